#!/usr/bin/env python3
"""Schrijf alle gegenereerde pagina's als Markdown naar een map, voor een andere sitegenerator.

Gebruik:  python scripts/schrijf_paginas.py DOELMAP [--map INHOUD] [--site-url URL]
De doelmap krijgt een kopie van docs/ plus een .md-bestand per praktijkvoorbeeld, werkvorm, tag,
regio en verbetertoolpagina, en de open-data-bestanden. Zo hangt de inhoud niet af van de
MkDocs-hooks: bijvoorbeeld Zensical (de opvolger van Material for MkDocs) bouwt de map zo.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kennisbank import PROJECT, catalogus, site  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("doel", type=Path)
    parser.add_argument("--map", type=Path, default=PROJECT, help="map met de inhoud (voorbeelden/, werkvormen/ ...)")
    parser.add_argument("--site-url", default="https://kennisbank-jongeren.nl/")
    args = parser.parse_args(argv)
    cat = catalogus.laad(args.map)
    if cat.fouten:
        for fout in cat.fouten:
            print(fout)
        return 1
    if args.doel.exists():
        shutil.rmtree(args.doel)
    shutil.copytree(PROJECT / "docs", args.doel)
    afkortingen = site.Afkortingen(cat)
    # The glossary tooltips the MkDocs hook adds to hand-written pages (on_page_markdown, after the
    # macros). What a page's macros will write is not known here: such a page gets every term.
    alle_termen = " ".join(afkortingen.per_afkorting)
    for pad in args.doel.rglob("*.md"):
        tekst = pad.read_text(encoding="utf-8")
        met_macros = "\nrender_macros: true\n" in tekst.split("\n---", 1)[0]
        if extra := afkortingen.voor(tekst + ("\n" + alle_termen if met_macros else "")):
            pad.write_text(tekst + extra, encoding="utf-8")
    aantal = 0
    for pagina in site.paginas(cat, args.site_url):
        pad = args.doel / pagina.pad
        pad.parent.mkdir(parents=True, exist_ok=True)
        # as in the MkDocs hook, without definitions: their text has its <abbr> tooltips already
        pad.write_text(pagina.inhoud, encoding="utf-8")
        aantal += 1
    for naam, inhoud in site.extra_bestanden(cat, args.site_url):
        pad = args.doel / naam
        pad.parent.mkdir(parents=True, exist_ok=True)
        pad.write_text(inhoud, encoding="utf-8")
    print(f"{aantal} pagina's geschreven naar {args.doel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
