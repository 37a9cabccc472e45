"""The printed card of a werkvorm: exactly one A4 page (issue 15).

The web page keeps every word; the card holds the title, summary, duration, group size,
materials, the steps with minutes and a QR code. When that does not fit on one page, the
text is shortened here, at build time, the same way every build: step descriptions, the
summary and the materials are cut at a sentence or word boundary to ever smaller lengths
until the estimated height fits. The card then says that the full text is behind the QR code.

The estimate counts printed lines with the widths and heights of the print style for
`.kb-a4` in docs/stylesheets/kennisbank.css (A4, 15 mm margins, 10 pt text); it is kept on
the safe side, and tests/test_browser_werkvormkaart.py checks the real PDF of every card.
"""

from __future__ import annotations

import math
import re
from typing import Any

# Characters per printed line (10 pt body text in 180 mm; narrower next to the QR code and in
# the indented step list). Chosen low, so an estimate that fits is a page that fits.
TEKENS_BREED = 100
TEKENS_STAP = 92
# Height budget in body lines (10 pt at line height 1.35 is about 5.3 mm as Chromium prints it:
# 267 mm of page is 50 lines, minus 9 for the header with the QR code and 2 for the footer note;
# the line estimates above are on the long side: 39 estimated lines filled 82% of a page).
REGELS_BESCHIKBAAR = 44

# Ever shorter limits (characters) for a step description, the summary and a material.
NIVEAUS = [
    (None, None, None),
    (320, 300, 140),
    (240, 240, 110),
    (170, 200, 90),
    (120, 160, 70),
    (80, 130, 60),
    (0, 110, 50),  # 0: the step keeps its title and minutes only
]


def is_redactie(waarde: Any, veld: str = "herkomst") -> bool:
    """Whether a duration or group size (`herkomst`) or a step's minutes (`minuten_herkomst`)
    is the editors' own suggestion (schema/werkvorm.schema.json): the card then says so."""
    return isinstance(waarde, dict) and waarde.get(veld) == "redactie"


def kort(tekst: str, grens: int | None) -> tuple[str, bool]:
    """`tekst` in at most `grens` characters: whole sentences if possible, else whole words
    and an ellipsis. Returns the text and whether it was cut."""
    tekst = " ".join(str(tekst).split())
    if grens is None or len(tekst) <= grens:
        return tekst, False
    if grens <= 0:
        return "", True
    zinnen = re.split(r"(?<=[.!?])\s+", tekst)
    gekozen = ""
    for zin in zinnen:
        kandidaat = f"{gekozen} {zin}".strip()
        if len(kandidaat) > grens:
            break
        gekozen = kandidaat
    if gekozen:
        return gekozen, True
    woorden = tekst[: grens - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return woorden + "…", True


def _regels(tekst: str, breedte: int) -> int:
    return max(1, math.ceil(len(tekst) / breedte))


def schat_regels(kaart: dict) -> int:
    """Estimated height of the card body below the header, in 10 pt lines."""
    regels = _regels(kaart["samenvatting"], TEKENS_BREED) + 0.4
    regels += 1.5  # heading "Materialen" and its margin
    regels += sum(_regels(m, TEKENS_STAP) + 0.2 for m in kaart["materialen"])
    regels += 1.5  # heading "Stappen" and its margin
    for s in kaart["stappen"]:
        kop = f"{s['titel']} ({s['minuten']} min{', richtwaarde' if s['redactie'] else ''})"
        tekst = f"{kop} {s['beschrijving']}".strip()
        regels += _regels(tekst, TEKENS_STAP) + 0.2  # margin between steps
    return math.ceil(regels)


def met_titels(tekst: str, titels: dict[str, str]) -> str:
    """Text with each werkvorm reference [[slug]] as the werkvorm's title (paper has no links)."""
    return re.sub(r"\[\[([a-z0-9-]+)\]\]", lambda m: f"‘{titels.get(m.group(1), m.group(1))}’", str(tekst))


def kaart(w: dict, url: str, titels: dict[str, str] | None = None) -> dict:
    """What templates/werkvorm_a4.html.j2 needs for one werkvorm: the (possibly shortened)
    texts, whether anything was cut, and the short URL printed under the QR code. `titels`
    (slug -> title) turns references to other werkvormen into their titles."""
    titels = titels or {}
    for stap_grens, samenvatting_grens, materiaal_grens in NIVEAUS:
        ingekort = False
        samenvatting, cut = kort(met_titels(w["samenvatting"], titels), samenvatting_grens)
        ingekort |= cut
        materialen = []
        for m in w.get("materialen") or []:
            tekst, cut = kort(met_titels(m, titels), materiaal_grens)
            ingekort |= cut
            materialen.append(tekst)
        stappen = []
        for s in w.get("stappen") or []:
            tekst, cut = kort(met_titels(s.get("beschrijving", ""), titels), stap_grens)
            ingekort |= cut
            stappen.append(
                {
                    "titel": s["titel"],
                    "minuten": s["minuten"],
                    "beschrijving": tekst,
                    "redactie": is_redactie(s, "minuten_herkomst"),
                }
            )
        resultaat = {
            "samenvatting": samenvatting,
            "materialen": materialen,
            "stappen": stappen,
            "ingekort": ingekort,
        }
        if schat_regels(resultaat) <= REGELS_BESCHIKBAAR:
            break
    duur, groep = w.get("duur") or {}, w.get("groepsgrootte") or {}
    resultaat.update(
        {
            "titel": w["titel"],
            "fasen": list(w.get("fasen") or []),
            "duur": duur,
            "duur_redactie": is_redactie(duur),
            "groep": groep,
            "groep_redactie": is_redactie(groep),
            "totaal_minuten": sum(s["minuten"] for s in w.get("stappen") or []),
            "url": url,
            "korte_url": re.sub(r"^https?://", "", url).rstrip("/"),
        }
    )
    return resultaat
