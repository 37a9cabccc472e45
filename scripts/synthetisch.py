#!/usr/bin/env python3
"""Maak een synthetische kennisbank van N praktijkvoorbeelden uit de echte, voor de benchmark.

Gebruik:  python scripts/synthetisch.py N DOELMAP
Kopieert werkvormen/, verbetertool/ en data/, en schrijft N voorbeelden: de echte, telkens
opnieuw met een eigen bestandsnaam en titel en een andere regio, zodat de verdeling realistisch blijft.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from kennisbank.inhoud import schemas  # noqa: E402


def maak(aantal: int, doel: Path) -> None:
    if doel.exists():
        shutil.rmtree(doel)
    for map_ in ("werkvormen", "verbetertool", "data"):
        shutil.copytree(PROJECT / map_, doel / map_)
    (doel / "voorbeelden").mkdir(parents=True)
    echte = sorted((PROJECT / "voorbeelden").glob("*.yaml"))
    regios = schemas.waarden("regio")
    for n in range(aantal):
        bron = echte[n % len(echte)]
        data = yaml.load(bron.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        data["titel"] = f"{data['titel'][:108]} ({n + 1})"
        data["regios"] = [regios[n % len(regios)]]
        data.pop("gerelateerd", None)
        tekst = "# yaml-language-server: $schema=../schema/praktijkvoorbeeld.schema.json\n"
        tekst += yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        (doel / "voorbeelden" / f"synth-{n + 1:04d}-{bron.stem}"[:90]).with_suffix(".yaml").write_text(
            tekst, encoding="utf-8"
        )
    # verbetertool factors may point at real examples: keep those references valid
    for pad in (doel / "verbetertool").glob("*.yaml"):
        data = yaml.safe_load(pad.read_text(encoding="utf-8"))
        for f in data.get("factoren", []):
            f.pop("voorbeelden", None)
        pad.write_text(
            "# yaml-language-server: $schema=../schema/verbetertool-thema.schema.json\n"
            + yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )


if __name__ == "__main__":
    maak(int(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[1]} voorbeelden geschreven naar {sys.argv[2]}")
