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
    # the glossary tooltips the MkDocs hook adds to hand-written pages (on_page_markdown)
    for pad in args.doel.rglob("*.md"):
        tekst = pad.read_text(encoding="utf-8")
        if extra := afkortingen.voor(tekst):
            pad.write_text(tekst + extra, encoding="utf-8")
    aantal = 0
    for pagina in site.paginas(cat, args.site_url):
        pad = args.doel / pagina.pad
        pad.parent.mkdir(parents=True, exist_ok=True)
        pad.write_text(pagina.inhoud + afkortingen.voor(pagina.inhoud), encoding="utf-8")
        aantal += 1
    for naam, inhoud in site.extra_bestanden(cat, args.site_url):
        pad = args.doel / naam
        pad.parent.mkdir(parents=True, exist_ok=True)
        pad.write_text(inhoud, encoding="utf-8")
    print(f"{aantal} pagina's geschreven naar {args.doel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
