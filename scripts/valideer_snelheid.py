#!/usr/bin/env python3
"""Meet hoe lang scripts/valideer.py over één kapot bestand doet, zoals een bijdrager het draait.

Gebruik:  python scripts/valideer_snelheid.py
Zet de echte inhoud (voorbeelden/, werkvormen/, verbetertool/, data/) en de testbestanden in
een tijdelijke map, voegt daar elk geval uit tests/slechte_invoer.py aan toe en draait
`valideer.py --map MAP BESTAND` per geval als eigen proces. Meldt per geval de tijd op de klok
en de processortijd (die hangt minder af van wat de machine verder doet), daarna mediaan en
maximum. Doel: elk geval onder een seconde. Een meting, geen test (tests
meten geen tijd).
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from tests.slechte_invoer import ANDERE_PLATFORMS, GEVALLEN, schrijf_geval  # noqa: E402


def main() -> int:
    tijden: list[tuple[float, str]] = []
    cpu: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for geval in GEVALLEN + ANDERE_PLATFORMS:
            kennisbank = Path(tmp) / geval.naam
            for map_ in ("voorbeelden", "werkvormen", "verbetertool", "data"):
                shutil.copytree(PROJECT / map_, kennisbank / map_)
            shutil.copytree(PROJECT / "tests" / "fixtures" / "geldig", kennisbank, dirs_exist_ok=True)
            pad = schrijf_geval(geval, kennisbank)
            start = time.perf_counter()
            voor = resource.getrusage(resource.RUSAGE_CHILDREN)
            r = subprocess.run(
                [sys.executable, str(PROJECT / "scripts" / "valideer.py"), "--map", str(kennisbank), str(pad)],
                capture_output=True,
                text=True,
            )
            duur = time.perf_counter() - start
            na = resource.getrusage(resource.RUSAGE_CHILDREN)
            processor = na.ru_utime + na.ru_stime - voor.ru_utime - voor.ru_stime
            tijden.append((duur, geval.naam))
            cpu.append(processor)
            print(f"{duur:6.2f} s klok  {processor:5.2f} s processor  code {r.returncode}  {geval.naam}")
    waarden = [t for t, _ in tijden]
    traagste = max(tijden)
    print(
        f"\n{len(tijden)} gevallen: mediaan {statistics.median(waarden):.2f} s, "
        f"maximum {traagste[0]:.2f} s ({traagste[1]}); processortijd: mediaan "
        f"{statistics.median(cpu):.2f} s, maximum {max(cpu):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
