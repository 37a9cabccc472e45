#!/usr/bin/env python3
"""Benchmark: wat elke optimalisatie van de bouw oplevert.

Gebruik:  python scripts/bench_optimalisaties.py [--aantal 2000] [--keer 5]
Bouwt een synthetische kennisbank (scripts/synthetisch.py) steeds opnieuw: met alle
optimalisaties aan, en met telkens één uit (KENNISBANK_UIT, zie kennisbank/optimalisaties.py).
De bouwen gaan om de beurt (alles aan, zonder A, zonder B, ..., en dan weer vooraan), zodat een
machine die onderweg sneller of trager wordt alle varianten gelijk raakt. Per variant: de mediaan
van de bouwtijd en de mediaan van de verhouding met de bouw met alles aan uit dezelfde ronde.
Zonder zoekindex: die is voor alle varianten gelijk.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "scripts"))
import synthetisch  # noqa: E402

from kennisbank import optimalisaties  # noqa: E402


def bouw(inhoud: Path, doel: Path, uit: str) -> float:
    env = dict(
        os.environ, NO_MKDOCS_2_WARNING="1", KENNISBANK_ZOEKINDEX="0", KENNISBANK_INHOUD=str(inhoud), KENNISBANK_UIT=uit
    )
    start = time.perf_counter()
    r = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(doel)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
    )
    duur = time.perf_counter() - start
    if r.returncode != 0:
        raise SystemExit(f"bouw met KENNISBANK_UIT={uit!r} mislukte:\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")
    return duur


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=2000)
    parser.add_argument("--keer", type=int, default=5)
    args = parser.parse_args()
    varianten = ["", *optimalisaties.NAMEN]
    tijden: dict[str, list[float]] = {v: [] for v in varianten}
    with tempfile.TemporaryDirectory() as tmp:
        inhoud = Path(tmp) / "inhoud"
        synthetisch.maak(args.aantal, inhoud)
        bouw(inhoud, Path(tmp) / "opwarmen", "")
        for _ in range(args.keer):
            for v in varianten:
                tijden[v].append(bouw(inhoud, Path(tmp) / f"site-{v or 'alles'}", v))
    basis = tijden[""]
    print(
        f"Machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()}; "
        f"{args.aantal} voorbeelden, {args.keer} rondes\n"
    )
    print(
        "| variant | bouw (s, mediaan) | verhouding met alles aan (mediaan per ronde) | wat deze optimalisatie doet |"
    )
    print("|---|---|---|---|")
    print(f"| alles aan | {statistics.median(basis):.1f} | 1,00 | |")
    for naam, uitleg in optimalisaties.NAMEN.items():
        verhouding = statistics.median(t / b for t, b in zip(tijden[naam], basis, strict=True))
        print(f"| zonder {naam} | {statistics.median(tijden[naam]):.1f} | {verhouding:.2f} | {uitleg} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
