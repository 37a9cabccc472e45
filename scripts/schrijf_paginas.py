#!/usr/bin/env python3
"""Schrijf alle gegenereerde pagina's als Markdown naar een map, voor een andere sitegenerator.

Gebruik:  python scripts/schrijf_paginas.py DOELMAP [--map INHOUD] [--site-url URL]
De doelmap krijgt een kopie van docs/ plus een .md-bestand per praktijkvoorbeeld, werkvorm, tag,
regio en verbetertoolpagina, en de open-data-bestanden. Zo hangt de inhoud niet af van de
MkDocs-hooks: bijvoorbeeld Zensical (de opvolger van Material for MkDocs) bouwt de map zo.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kennisbank import PROJECT  # noqa: E402
from kennisbank.inhoud import catalogus  # noqa: E402
from kennisbank.paginas import genereer  # noqa: E402


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
    try:
        aantal = genereer.schrijf(cat, args.site_url, args.doel)
    except genereer.DubbelePagina as fout:
        print(fout)
        return 1
    print(f"{aantal} pagina's geschreven naar {args.doel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
