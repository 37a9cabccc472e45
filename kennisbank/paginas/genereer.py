"""The one function that makes the generated part of the site, for every engine.

`bestanden(cat, site_url)` yields each page made from the YAML entries (Markdown with HTML
blocks, path as if under docs/) and each data file (open data, feeds, redirects). The MkDocs
adapter hands them to MkDocs in memory; `schrijf` writes them into a copy of docs/ for an
engine that reads only files (Zensical, see scripts/schrijf_paginas.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kennisbank import PROJECT
from kennisbank.inhoud import schemas
from kennisbank.inhoud.catalogus import Catalogus
from kennisbank.paginas import site


@dataclass(frozen=True)
class Bestand:
    pad: str  # relative to docs/, e.g. "voorbeelden/achterhoek-x.md" or "data/voorbeelden.json"
    inhoud: str  # a page's Markdown (empty when `vooraf` holds it) or a data file's text
    pagina: bool  # a page for the engine to convert and theme, or a file to copy as it is
    vooraf: Any = None  # what the engine's `nabewerking` made of a page (see site.paginas)


class DubbelePagina(Exception):
    """A file in docs/ has the path of a page made from the YAML files."""

    def __init__(self, pad: str) -> None:
        super().__init__(
            f"docs/{pad} bestaat al, maar deze pagina wordt uit de YAML-bestanden gemaakt; haal het bestand in docs/ weg"
        )


def bestanden(
    cat: Catalogus,
    site_url: str,
    nabewerking: Callable[[str, str], Any] | None = None,
    bewaard: dict | None = None,
) -> Iterator[Bestand]:
    """Every generated page, then every data file. `nabewerking` and `bewaard`: see site.paginas."""
    # one version of the schema folder for all of them (the vocabulary is looked up on every
    # page), also on the workers, which inherit it
    with schemas.vastgezet():
        for p in site.paginas(cat, site_url, nabewerking=nabewerking, bewaard=bewaard):
            yield Bestand(p.pad, p.inhoud, True, p.vooraf)
        for pad, inhoud in site.extra_bestanden(cat, site_url):
            yield Bestand(pad, inhoud, False)


def schrijf(cat: Catalogus, site_url: str, doel: Path, docs: Path = PROJECT / "docs") -> int:
    """A copy of `docs` with every generated file added, for an engine without our hooks.
    Returns the number of pages written."""
    if doel.exists():
        shutil.rmtree(doel)
    shutil.copytree(docs, doel)
    afkortingen = site.Afkortingen(cat)
    # The glossary tooltips the MkDocs hook adds to hand-written pages (on_page_markdown, after the
    # macros). What a page's macros will write is not known here: such a page gets every term.
    alle_termen = " ".join(afkortingen.per_afkorting)
    for pad in doel.rglob("*.md"):
        tekst = pad.read_text(encoding="utf-8")
        met_macros = "\nrender_macros: true\n" in tekst.split("\n---", 1)[0]
        if extra := afkortingen.voor(tekst + ("\n" + alle_termen if met_macros else "")):
            pad.write_text(tekst + extra, encoding="utf-8")
    aantal = 0
    for bestand in bestanden(cat, site_url):
        pad = doel / bestand.pad
        if bestand.pagina and pad.exists():
            raise DubbelePagina(bestand.pad)
        pad.parent.mkdir(parents=True, exist_ok=True)
        # as in the MkDocs hook, generated pages get no definitions: their <abbr> tooltips are there
        pad.write_text(bestand.inhoud, encoding="utf-8")
        aantal += bestand.pagina
    return aantal
