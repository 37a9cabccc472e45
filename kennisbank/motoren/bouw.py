"""The loaded catalogue for a build, reloaded only when a content file changed.

Both the macros module and the MkDocs adapter ask for it; during `mkdocs serve`
a changed YAML file changes the signature and so triggers a fresh load.
"""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
import jinja2.bccache

from kennisbank import PROJECT
from kennisbank.inhoud import catalogus, schemas
from kennisbank.inhoud.catalogus import Catalogus
from kennisbank.paginas import site

_cache: dict[Path, tuple[tuple, Catalogus]] = {}
_per_bestand: dict[Path, dict] = {}  # per content root: what each unchanged file gave last time
INHOUD = ("voorbeelden", "werkvormen", "verbetertool", "data", "schema")


def _handtekening(root: Path) -> tuple:
    delen: list = [schemas.handtekening()]
    for map_ in INHOUD:
        for pad in sorted((root / map_).glob("*")):
            try:
                st = pad.stat()
            except OSError:
                continue
            delen.append((str(pad), st.st_mtime_ns, st.st_size))
    return tuple(delen)


def catalogus_voor(root: Path = PROJECT) -> Catalogus:
    root = root.resolve()
    handtekening = _handtekening(root)
    bekend = _cache.get(root)
    if bekend and bekend[0] == handtekening:
        return bekend[1]
    cat = catalogus.laad(root, cache=_per_bestand.setdefault(root, {}))
    _cache[root] = (handtekening, cat)
    return cat


class UitgesteldeBlokken:
    """Raw HTML blocks taken out of a page's Markdown (site.stel_uit), per page, until the
    MkDocs adapter puts them back into the converted HTML. Shared by the adapter (generated
    pages) and the macros (hand-written overview pages); only used when the adapter is active,
    so another generator (Zensical runs the macros but not the hooks) gets the full HTML."""

    def __init__(self) -> None:
        self.actief = False
        self.per_pagina: dict[str, dict[str, str]] = {}

    def stel_uit(self, pagina: str, markdown: str, voorvoegsel: str) -> str:
        if not self.actief:
            return markdown
        markdown, blokken = site.stel_uit(markdown, voorvoegsel)
        self.per_pagina.setdefault(pagina, {}).update(blokken)
        return markdown

    def zet_terug(self, pagina: str, html: str) -> str:
        return site.zet_terug(html, self.per_pagina.pop(pagina, {}))


uitgesteld = UitgesteldeBlokken()


class GeheugenBytecode(jinja2.BytecodeCache):
    """Compiled theme templates, kept in memory. MkDocs makes a new template environment on
    every rebuild of `mkdocs serve`; without this, Material's templates were compiled again
    each time. The key holds a checksum of the template, so an edited template is recompiled."""

    def __init__(self) -> None:
        self.opslag: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.opslag:
            bucket.bytecode_from_string(self.opslag[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.opslag[bucket.key] = bucket.bytecode_to_string()


# These outlive the hooks module, which MkDocs loads afresh for every rebuild of `mkdocs serve`.
bytecode = GeheugenBytecode()
omgezet: dict = {}  # Markdown already converted to HTML (mkdocs_vooraf.Omzetter)
paginas: dict = {}  # entry pages by path, with the inputs they were made from (site.paginas)
draait_serve = False  # set by the MkDocs adapter's on_startup


def inhoud_root(config_map: Path) -> Path:
    """Where the content folders are: next to mkdocs.yml, or KENNISBANK_INHOUD
    (used by tests and benchmarks to build another set of entries with the same site)."""
    anders = os.environ.get("KENNISBANK_INHOUD")
    return Path(anders).resolve() if anders else Path(config_map).resolve()
