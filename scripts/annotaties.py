#!/usr/bin/env python3
"""Zet de meldingen van scripts/valideer.py om in annotaties voor GitHub Actions.

Gebruik (in een workflow):
  python scripts/valideer.py > valideer.txt; python scripts/annotaties.py valideer.txt

Elke regel `pad:regel: veld: melding` wordt `::error file=pad,line=regel,title=veld::melding`,
zodat GitHub de fout in de pull request bij de regel in het bestand zet. Staat
GITHUB_STEP_SUMMARY in de omgeving, dan komt er ook een lijstje in de samenvatting van de run.
Andere regels worden overgeslagen. Het script stopt altijd met 0: de validator bepaalt of de stap faalt.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

MELDING = re.compile(r"^(?P<pad>[^:\s][^:]*):(?P<regel>\d+): (?P<veld>[^:]*?): (?P<bericht>.+)$")


def _data(tekst: str) -> str:
    return tekst.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _eigenschap(tekst: str) -> str:
    return _data(tekst).replace(":", "%3A").replace(",", "%2C")


def annotaties(regels: list[str]) -> list[str]:
    uit = []
    for regel in regels:
        m = MELDING.match(regel.rstrip("\n"))
        if not m:
            continue
        titel = f"Kennisbank: {m['veld']}" if m["veld"] not in ("-", "") else "Kennisbank"
        uit.append(
            f"::error file={_eigenschap(m['pad'])},line={m['regel']},title={_eigenschap(titel)}::{_data(m['bericht'])}"
        )
    return uit


def samenvatting(regels: list[str]) -> str:
    meldingen = [MELDING.match(r.rstrip("\n")) for r in regels]
    meldingen = [m for m in meldingen if m]
    if not meldingen:
        return "### Controle van de inhoud\n\nGeen fouten gevonden.\n"
    rijen = [f"- `{m['pad']}` regel {m['regel']}, **{m['veld']}**: {m['bericht']}" for m in meldingen]
    return (
        f"### Controle van de inhoud: {len(meldingen)} fout(en)\n\n"
        + "\n".join(rijen)
        + "\n\nVerbeter deze velden en push opnieuw; de controle draait dan vanzelf weer.\n"
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    tekst = Path(argv[0]).read_text(encoding="utf-8") if argv else sys.stdin.read()
    regels = tekst.splitlines()
    for regel in annotaties(regels):
        print(regel)
    doel = os.environ.get("GITHUB_STEP_SUMMARY")
    if doel:
        with open(doel, "a", encoding="utf-8") as f:
            f.write(samenvatting(regels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
