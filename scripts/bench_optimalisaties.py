#!/usr/bin/env python3
"""Benchmark: wat elke optimalisatie van de bouw oplevert.

Gebruik:  python scripts/bench_optimalisaties.py [--aantal 2000] [--keer 5]
Ook onderdeel van `make bench` (scripts/bench_bouw.py --alleen optimalisaties).
Bouwt een synthetische kennisbank (scripts/synthetisch.py) steeds opnieuw: met alle
optimalisaties aan, en met telkens één uit (KENNISBANK_UIT, zie kennisbank/optimalisaties.py).
De bouwen gaan om de beurt, in rondes (alles aan, zonder A, zonder B; de volgende ronde een plek
verschoven), zodat een machine die onderweg sneller of trager wordt alle varianten gelijk raakt.
Per variant: de mediaan van de bouwtijd en de mediaan van de verhouding met de bouw met alles aan
uit dezelfde ronde. Zonder zoekindex: die is voor alle varianten gelijk.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "scripts"))
import bench_gepaard  # noqa: E402
import synthetisch  # noqa: E402

from kennisbank import optimalisaties  # noqa: E402


def bouw(inhoud: Path, doel: Path, uit: str) -> bench_gepaard.Uitkomst:
    env = dict(
        os.environ, NO_MKDOCS_2_WARNING="1", KENNISBANK_ZOEKINDEX="0", KENNISBANK_INHOUD=str(inhoud), KENNISBANK_UIT=uit
    )
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(doel)]
    return bench_gepaard.meet(cmd, env, PROJECT)


def meet(inhoud: Path, werk: Path, keer: int) -> str:
    """The Markdown table: all on, and each optimisation off in turn, over the base in `inhoud`."""
    varianten = {"alles aan": lambda: bouw(inhoud, werk / "site-alles", "")} | {
        v: (lambda v=v: bouw(inhoud, werk / f"site-{v}", v)) for v in optimalisaties.NAMEN
    }
    runs = bench_gepaard.om_de_beurt(varianten, keer)
    basis = runs["alles aan"]
    regels = [
        "| variant | bouw (s, mediaan) | verhouding met alles aan (mediaan per ronde) | losse runs (s) | "
        "wat deze optimalisatie doet |",
        "|---|---|---|---|---|",
        f"| alles aan | {bench_gepaard.seconden(basis):.1f} | 1.00 | {bench_gepaard.reeks(basis)} | |",
    ]
    for naam, uitleg in optimalisaties.NAMEN.items():
        regels.append(
            f"| zonder {naam} | {bench_gepaard.seconden(runs[naam]):.1f} | "
            f"{bench_gepaard.verhouding(runs[naam], basis):.2f} | {bench_gepaard.reeks(runs[naam])} | {uitleg} |"
        )
    return "\n".join(regels)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=2000)
    parser.add_argument("--keer", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inhoud = Path(tmp) / "inhoud"
        synthetisch.maak(args.aantal, inhoud)
        tabel = meet(inhoud, Path(tmp), args.keer)
    print(
        f"Machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()}; "
        f"{args.aantal} voorbeelden, {args.keer} rondes\n"
    )
    print(tabel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
