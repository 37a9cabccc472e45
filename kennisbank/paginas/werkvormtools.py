"""Data for the trainer tools: the Sessieplanner and the fillable cards (issue 4).

Plain Python, no MkDocs: the macros in kennisbank/motoren/macros.py pass what these
functions return to templates/sessieplanner.md.j2 and templates/formulier.md.j2.
The draaiboeken and the card fields live in data/sessiesjablonen.yaml.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from markupsafe import Markup

from kennisbank import PROJECT
from kennisbank.inhoud import schemas
from kennisbank.inhoud.catalogus import Catalogus, Item
from kennisbank.inhoud.yamlbestand import lees

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
        lijst.append(
            {
                "slug": item.slug,
                "titel": item.titel,
                "fasen": fasen,
                "fase": fasen[0] if fasen else "overig",
                "minuten": standaard_minuten(item),
                "url": WERKVORM_URL.format(slug=item.slug),
            }
        )
    return lijst


def werkvormen_per_fase(lijst: list[dict]) -> list[dict]:
    """Group the picker's werkvormen under their earliest phase, in the vocabulary's order."""
    groepen = []
    for fase in schemas.waarden("fase") + ["overig"]:
        in_fase = [w for w in lijst if w["fase"] == fase]
        if in_fase:
            groepen.append({"fase": fase, "label": fase[:1].upper() + fase[1:], "werkvormen": in_fase})
    return groepen


def _blokken(ruw: list, start: str, titels: dict) -> list[dict]:
    """Blocks with start and end time; a werkvorm another content set lacks is left out."""
    klok = minuten_van(start)
    blokken = []
    for nr, blok in enumerate(ruw, start=1):
        slug = blok.get("werkvorm")
        if slug not in titels:  # only when another content set lacks the werkvorm
            slug = None
        blokken.append(
            {
                "nr": nr,
                "titel": blok["titel"],
                "minuten": blok["minuten"],
                "redactie": blok.get("herkomst") == "redactie",
                "wat": " ".join(str(blok.get("wat", "")).split()),
                "werkvorm": slug,
                "werkvorm_titel": titels.get(slug, "") if slug else "",
                "url": WERKVORM_URL.format(slug=slug) if slug else "",
                "begin": tijd(klok),
                "eind": tijd(klok + blok["minuten"]),
            }
        )
        klok += blok["minuten"]
    return blokken


def sjablonen(cat: Catalogus) -> list[dict]:
    """The ready-made draaiboeken, each as one or more meetings (a trajectory) with start and end
    time per block, the totals, and which times are the editors' suggestion."""
    data, uit_catalogus = _gegevens(cat)
    titels = {w.slug: w.titel for w in cat.van("werkvorm")}
    resultaat = []
    for sjabloon in data.get("sjablonen") or []:
        start = sjabloon.get("start", "13:00")
        start_redactie = sjabloon.get("start_herkomst", "redactie") == "redactie"
        ruwe = sjabloon.get("bijeenkomsten") or [{"titel": sjabloon["titel"], "blokken": sjabloon.get("blokken") or []}]
        bijeenkomsten = []
        for nr, b in enumerate(ruwe, start=1):
            blokken = _blokken(b.get("blokken") or [], start, titels)
            totaal = sum(x["minuten"] for x in blokken)
            bijeenkomsten.append(
                {
                    "nr": nr,
                    "titel": b["titel"],
                    "wat": " ".join(str(b.get("wat", "")).split()),
                    "blokken": blokken,
                    "eind": tijd(minuten_van(start) + totaal),
                    "totaal": totaal,
                    "totaal_tekst": duur_tekst(totaal),
                    "redactie": any(x["redactie"] for x in blokken),
                }
            )
        eerste = bijeenkomsten[0]
        resultaat.append(
            {
                "naam": sjabloon["naam"],
                "titel": sjabloon["titel"],
                "samenvatting": sjabloon.get("samenvatting", ""),
                "start": start,
                "start_redactie": start_redactie,
                "traject": "bijeenkomsten" in sjabloon,
                "bijeenkomsten": bijeenkomsten,
                # one meeting: its blocks and times directly, as before trajectories existed
                "eind": eerste["eind"],
                "deelnemers": sjabloon.get("deelnemers"),
                "blokken": eerste["blokken"],
                "totaal": sum(b["totaal"] for b in bijeenkomsten),
                "totaal_tekst": duur_tekst(sum(b["totaal"] for b in bijeenkomsten)),
                "redactie": any(b["redactie"] for b in bijeenkomsten),
                "bron": sjabloon.get("bron") or {},
                "uit_catalogus": uit_catalogus,
            }
        )
    return resultaat


def planner(cat: Catalogus) -> dict:
    """Everything templates/sessieplanner.md.j2 needs, and the data the planner's script reads
    (werkvormen with minutes, URL and materials; the draaiboeken) as JSON."""
    lijst = werkvormen(cat)
    materialen = {
        w.slug: [" ".join(str(m).split()) for m in w.data.get("materialen") or []] for w in cat.van("werkvorm")
    }
    sjabl = sjablonen(cat)
    data = {
        "werkvormen": {
            w["slug"]: {
                "titel": w["titel"],
                "minuten": w["minuten"],
                "url": w["url"],
                "materialen": materialen.get(w["slug"], []),
            }
            for w in lijst
        },
        "sjablonen": {
            s["naam"]: {
                "titel": s["titel"],
                "start": s["start"],
                "start_redactie": s["start_redactie"],
                "bijeenkomsten": [
                    {
                        "titel": b["titel"] if s["traject"] else s["titel"],
                        "blokken": [
                            {
                                "werkvorm": x["werkvorm"],
                                "titel": x["titel"],
                                "minuten": x["minuten"],
                                "redactie": x["redactie"],
                                "wat": x["wat"],
                            }
                            for x in b["blokken"]
                        ],
                    }
                    for b in s["bijeenkomsten"]
                ],
            }
            for s in sjabl
        },
    }
    return {
        "werkvormen": lijst,
        "groepen": werkvormen_per_fase(lijst),
        "sjablonen": sjabl,
        "start": "13:00",
        "data_json": als_json(data),
    }


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
                "onderdelen": [
                    {"titel": o["titel"], "velden": [_veld(v) for v in o["velden"]]} for o in formulier["onderdelen"]
                ],
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
