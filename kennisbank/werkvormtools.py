"""Data for the trainer tools: the Sessieplanner and the fillable cards (issue 4).

Plain Python, no MkDocs: the macros in kennisbank/macros.py pass what these
functions return to templates/sessieplanner.md.j2 and templates/formulier.md.j2.
The draaiboeken and the card fields live in data/sessiesjablonen.yaml.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from markupsafe import Markup

from . import PROJECT, schemas
from .catalogus import Catalogus, Item
from .yamlbestand import lees

DATABESTAND = Path("data") / "sessiesjablonen.yaml"
WERKVORM_URL = "../werkvormen/{slug}/"  # relative to /sessieplanner/


def standaard_minuten(werkvorm: Item) -> int:
    """How long a werkvorm takes by default: its steps added up, else its shortest duration."""
    minuten = [s.get("minuten") for s in werkvorm.data.get("stappen") or [] if isinstance(s, dict)]
    if minuten and all(isinstance(m, int) for m in minuten):
        return sum(minuten)
    return int((werkvorm.data.get("duur") or {}).get("min") or 10)


def tijd(minuten: int) -> str:
    """Minutes after midnight as hh:mm (past midnight wraps round)."""
    minuten %= 24 * 60
    return f"{minuten // 60:02d}:{minuten % 60:02d}"


def minuten_van(tekst: str) -> int:
    uur, minuut = str(tekst).split(":")
    return int(uur) * 60 + int(minuut)


def duur_tekst(minuten: int) -> str:
    """180 -> '180 minuten (3 uur)', 95 -> '95 minuten (1 uur en 35 minuten)'."""
    if minuten < 60:
        return f"{minuten} minuten"
    uren, rest = divmod(minuten, 60)
    uitleg = f"{uren} uur" + (f" en {rest} minuten" if rest else "")
    return f"{minuten} minuten ({uitleg})"


def _gegevens(cat: Catalogus) -> tuple[dict, bool]:
    """The content of data/sessiesjablonen.yaml and whether it came from the catalogue.

    A build of other content (KENNISBANK_INHOUD, used by the tests) may lack the file;
    then the project's own file is used, so the tool pages still work."""
    data = cat.data("sessiesjablonen")
    if isinstance(data, dict):
        return data, True
    pad = PROJECT / DATABESTAND
    if pad.exists():
        bestand = lees(pad, str(DATABESTAND))
        if isinstance(bestand.data, dict) and not bestand.fouten:
            return bestand.data, False
    return {}, False


def werkvormen(cat: Catalogus) -> list[dict]:
    """Every werkvorm for the planner's picker: slug, title, phases, default minutes, URL."""
    volgorde = schemas.waarden("fase")
    lijst = []
    for item in cat.van("werkvorm"):
        fasen = [f for f in item.data.get("fasen") or [] if f in volgorde]
        fasen.sort(key=volgorde.index)
        lijst.append({
            "slug": item.slug,
            "titel": item.titel,
            "fasen": fasen,
            "fase": fasen[0] if fasen else "overig",
            "minuten": standaard_minuten(item),
            "url": WERKVORM_URL.format(slug=item.slug),
        })
    return lijst


def werkvormen_per_fase(lijst: list[dict]) -> list[dict]:
    """Group the picker's werkvormen under their earliest phase, in the vocabulary's order."""
    groepen = []
    for fase in schemas.waarden("fase") + ["overig"]:
        in_fase = [w for w in lijst if w["fase"] == fase]
        if in_fase:
            groepen.append({"fase": fase, "label": fase[:1].upper() + fase[1:], "werkvormen": in_fase})
    return groepen


def sjablonen(cat: Catalogus) -> list[dict]:
    """The ready-made draaiboeken with start and end time per block and the total."""
    data, uit_catalogus = _gegevens(cat)
    titels = {w.slug: w.titel for w in cat.van("werkvorm")}
    resultaat = []
    for sjabloon in data.get("sjablonen") or []:
        start = sjabloon.get("start", "13:00")
        klok = minuten_van(start)
        blokken = []
        for nr, blok in enumerate(sjabloon.get("blokken") or [], start=1):
            slug = blok.get("werkvorm")
            if slug not in titels:  # only when another content set lacks the werkvorm
                slug = None
            blokken.append({
                "nr": nr,
                "titel": blok["titel"],
                "minuten": blok["minuten"],
                "wat": blok.get("wat", ""),
                "werkvorm": slug,
                "werkvorm_titel": titels.get(slug, "") if slug else "",
                "url": WERKVORM_URL.format(slug=slug) if slug else "",
                "begin": tijd(klok),
                "eind": tijd(klok + blok["minuten"]),
            })
            klok += blok["minuten"]
        totaal = sum(b["minuten"] for b in blokken)
        resultaat.append({
            "naam": sjabloon["naam"],
            "titel": sjabloon["titel"],
            "samenvatting": sjabloon.get("samenvatting", ""),
            "start": start,
            "eind": tijd(minuten_van(start) + totaal),
            "deelnemers": sjabloon.get("deelnemers"),
            "blokken": blokken,
            "totaal": totaal,
            "totaal_tekst": duur_tekst(totaal),
            "bron": sjabloon.get("bron") or {},
            "uit_catalogus": uit_catalogus,
        })
    return resultaat


def planner(cat: Catalogus) -> dict:
    """Everything templates/sessieplanner.md.j2 needs."""
    lijst = werkvormen(cat)
    return {"werkvormen": lijst, "groepen": werkvormen_per_fase(lijst), "sjablonen": sjablonen(cat),
            "start": "13:00"}


def _veld(veld: dict) -> dict:
    soort = veld["soort"]
    standaard_regels = {"tekstvak": 3}.get(soort, 1)
    return {
        "naam": veld["naam"],
        "label": veld["label"],
        "soort": soort,
        "hulp": veld.get("hulp", ""),
        # a keuzelijst is a fixed list of the shared vocabulary (the same partner types as the entries)
        "opties": schemas.waarden(veld["keuzelijst"]) if veld.get("keuzelijst") else list(veld.get("opties") or []),
        "regels": int(veld.get("regels") or standaard_regels),
    }


def formulier_definitie(cat: Catalogus, naam: str) -> dict:
    """One card's definition (fields with defaults filled in); KeyError if it does not exist."""
    data, _ = _gegevens(cat)
    for formulier in data.get("formulieren") or []:
        if formulier.get("naam") == naam:
            return {
                "naam": naam,
                "titel": formulier["titel"],
                "eenheid": formulier["eenheid"],
                "meervoud": formulier["meervoud"],
                "weergave": formulier["weergave"],
                "uitleg": formulier["uitleg"],
                "lege_rijen": int(formulier.get("lege_rijen") or (6 if formulier["weergave"] == "rijen" else 1)),
                "kop": [_veld(v) for v in formulier.get("kop") or []],
                "onderdelen": [{"titel": o["titel"], "velden": [_veld(v) for v in o["velden"]]}
                               for o in formulier["onderdelen"]],
                "bron": formulier.get("bron") or {},
            }
    raise KeyError(f"geen invulkaart '{naam}' in {DATABESTAND}")


def alle_velden(definitie: dict) -> list[dict]:
    """The fields of one partner or one agreement, in order (the CSV columns after the kop)."""
    return [v for o in definitie["onderdelen"] for v in o["velden"]]


def csv_kolommen(definitie: dict) -> list[str]:
    """The header of the CSV download: the kop fields, then the fields per partner or agreement."""
    return [v["label"] for v in definitie["kop"]] + [v["label"] for v in alle_velden(definitie)]


def als_json(waarde: Any) -> Markup:
    """JSON that is safe inside <script type="application/json"> in an HTML page."""
    tekst = json.dumps(waarde, ensure_ascii=False, separators=(",", ":"))
    tekst = tekst.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    tekst = tekst.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(tekst)


def formulier(cat: Catalogus, naam: str) -> dict:
    """Everything templates/formulier.md.j2 needs."""
    definitie = formulier_definitie(cat, naam)
    return {"f": definitie, "definitie_json": als_json(definitie), "kolommen": csv_kolommen(definitie)}
