"""The build's optimisations, each of which a benchmark can switch off on its own
(KENNISBANK_UIT=parallel,vooraf), so scripts/bench_bouw.py --alleen optimalisaties can measure what
each one buys against the same build with all of them on. The output is the same either way."""

from __future__ import annotations

import os

NAMEN = {
    "parallel": "werk per item (YAML lezen, pagina's maken) op alle kernen (kennisbank/parallel.py)",
    "vooraf": "pagina's met alleen koppen en HTML-blokken zelf omzetten (kennisbank/motoren/mkdocs_vooraf.py)",
    "fragmenten": "het menu van het thema één keer per map maken, niet op elke pagina (kennisbank/motoren/themafragmenten.py)",
}


def uitgezet() -> frozenset[str]:
    namen = frozenset(filter(None, (n.strip() for n in os.environ.get("KENNISBANK_UIT", "").split(","))))
    onbekend = namen - set(NAMEN)
    if onbekend:
        raise ValueError(f"KENNISBANK_UIT: onbekende optimalisatie(s) {sorted(onbekend)}; kies uit {sorted(NAMEN)}")
    return namen


def aan(naam: str) -> bool:
    assert naam in NAMEN, naam
    return naam not in uitgezet()
