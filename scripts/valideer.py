#!/usr/bin/env python3
"""Controleer alle items van de kennisbank (of alleen de genoemde bestanden).

Gebruik:  python scripts/valideer.py [BESTAND ...] [--map MAP]
Elke fout komt op één regel als  pad:regel: veld: melding  en het script
stopt dan met code 1. Is alles in orde, dan volgt één regel samenvatting.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kennisbank import PROJECT  # noqa: E402
from kennisbank.inhoud import catalogus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Controleer de YAML-bestanden van de kennisbank.")
    parser.add_argument("bestanden", nargs="*", type=Path, help="alleen deze bestanden (standaard: alles)")
    parser.add_argument("--map", type=Path, default=PROJECT, help="projectmap met voorbeelden/ en werkvormen/")
    args = parser.parse_args(argv)
    # a file name that is not valid UTF-8 is still printed, not a UnicodeEncodeError
    for stroom in (sys.stdout, sys.stderr):
        if hasattr(stroom, "reconfigure"):
            stroom.reconfigure(errors="backslashreplace")
    if not args.map.is_dir():
        print(f"{args.map}:1: --map: is geen map met een kennisbank", file=sys.stdout)
        return 1
    cat = catalogus.laad(args.map, alleen=args.bestanden or None)
    for fout in cat.fouten:
        print(fout)
    if cat.fouten:
        print(f"{len(cat.fouten)} fout(en) gevonden.", file=sys.stderr)
        return 1
    aantallen = ", ".join(f"{len(v)} {k}" for k, v in sorted(cat.items.items()))
    if args.bestanden:
        print(f"In orde: {len(args.bestanden)} bestand(en) gecontroleerd ({aantallen} in de kennisbank).")
    else:
        print(f"In orde: {aantallen}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
