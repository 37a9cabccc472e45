#!/usr/bin/env python3
"""Zet een ingestuurd issue-formulier 'Nieuw praktijkvoorbeeld' om in een YAML-bestand.

Gebruik (voor beheerders):
  python scripts/issue_naar_yaml.py issue.md --nummer 12     schrijft voorbeelden/<slug>.yaml
  python scripts/issue_naar_yaml.py issue.md --toon          toont de YAML, schrijft niets
  gh issue view 12 --json body -q .body | python scripts/issue_naar_yaml.py - --nummer 12

GitHub zet de antwoorden van het formulier in het issue als '### Label' met het antwoord
eronder. Dit script leest de labels uit .github/ISSUE_TEMPLATE/nieuw-praktijkvoorbeeld.yml
en de veldsoorten uit schema/praktijkvoorbeeld.schema.json, maakt het bestand en draait
daarna de validator erop. Kijk het resultaat altijd na: het is een voorstel, geen publicatie.

Foutcodes: 0 geldig, 1 het bestand is gemaakt maar de validator vond fouten (die staan erbij),
2 verkeerde invoer (geen formulier, geen toestemming, bestand bestaat al).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import re
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kennisbank import PROJECT  # noqa: E402
from kennisbank.inhoud import catalogus, sjabloon

FORMULIER = PROJECT / ".github" / "ISSUE_TEMPLATE" / "nieuw-praktijkvoorbeeld.yml"
GEEN_ANTWOORD = "_No response_"
TOESTEMMING = "toestemming"
OPSOMMING = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")
KOP = re.compile(r"^###[ \t]+(.+?)[ \t]*$", re.MULTILINE)


class Invoerfout(Exception):
    """A problem with the input: one Dutch message, exit code 2, no traceback."""


def formuliervelden(formulier: Path = FORMULIER) -> list[dict]:
    """The form's fields that have an id, in order."""
    data = yaml.safe_load(formulier.read_text(encoding="utf-8"))
    return [veld for veld in data["body"] if veld.get("id")]


def secties(body: str) -> dict[str, str]:
    """'### Label' sections of a rendered issue form: label -> answer text."""
    body = body.replace("\r\n", "\n")
    koppen = list(KOP.finditer(body))
    uit = {}
    for i, kop in enumerate(koppen):
        einde = koppen[i + 1].start() if i + 1 < len(koppen) else len(body)
        uit[kop.group(1).strip()] = body[kop.end() : einde].strip()
    return uit


def schemapad(veld_id: str) -> tuple[str, ...]:
    """The id of a form field is its path in the schema, with '-' between the levels."""
    return tuple(veld_id.split("-"))


def _tekst(waarde: str) -> str:
    return " ".join(waarde.split())


def _regels(waarde: str) -> list[str]:
    uit = []
    for regel in waarde.split("\n"):
        regel = _tekst(OPSOMMING.sub("", regel, count=1))
        if regel:
            uit.append(regel)
    return uit


def _getal(waarde: str):
    """'1.200' -> 1200, '3,5' -> 3.5, '79' -> 79; other text stays text (the validator says why)."""
    kaal = waarde.strip().replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", kaal):
        return int(kaal.replace(".", ""))
    if re.fullmatch(r"\d+", kaal):
        return int(kaal)
    if re.fullmatch(r"\d+[,.]\d+", kaal):
        return float(kaal.replace(",", "."))
    return waarde.strip()


def _scalar(waarde: str, deel: dict):
    tekst = _tekst(waarde)
    soort = deel.get("type", "string")
    if soort in ("number", "integer"):
        return _getal(tekst)
    if isinstance(soort, list) and "integer" in soort and re.fullmatch(r"\d{4}", tekst):
        return int(tekst)  # a year
    if "enum" in deel:
        for keuze in deel["enum"]:
            if tekst.lower() == str(keuze).lower():
                return keuze
    return tekst


def _object(regel: str, deel: dict, document: str) -> dict:
    namen = list(deel.get("properties", {}))
    if "|" in regel:
        stukken = [s.strip() for s in regel.split("|")]
    else:  # 'Titel: beschrijving' is what people write without the bar
        stukken = [s.strip() for s in regel.split(": ", 1)]
    uit = {}
    for naam, stuk in zip(namen, stukken, strict=False):
        if stuk:
            uit[naam] = _scalar(stuk, sjabloon.los_op(deel["properties"][naam], document)[0])
    return uit


def _waarde(antwoord: str, veld: dict, deel: dict, document: str):
    soort = deel.get("type", "string")
    if soort != "array":
        return _scalar(antwoord, deel)
    items, items_doc = sjabloon.los_op(deel.get("items", {}), document)
    if veld.get("type") == "dropdown" or veld.get("type") == "input":
        delen = [_tekst(s) for s in antwoord.split(",")]
        return [_scalar(d, items) for d in delen if d]
    if items.get("type") == "object":
        return [_object(r, items, items_doc) for r in _regels(antwoord)]
    return [_scalar(r, items) for r in _regels(antwoord)]


def _zet(data: dict, pad: tuple[str, ...], waarde) -> None:
    for stuk in pad[:-1]:
        data = data.setdefault(stuk, {})
    data[pad[-1]] = waarde


def naar_data(body: str, nummer: int | None = None, vandaag: str | None = None, formulier: Path = FORMULIER) -> dict:
    """The entry that an issue body describes, in the schema's shape."""
    velden = formuliervelden(formulier)
    antwoorden = secties(body)
    per_label = {v["attributes"]["label"]: v for v in velden}
    if not set(antwoorden) & set(per_label):
        raise Invoerfout(
            "Dit lijkt geen ingevuld formulier 'Nieuw praktijkvoorbeeld': geen van de vragen "
            "(zoals '### Titel') staat erin."
        )
    onbekend = sorted(set(antwoorden) - set(per_label))
    if onbekend:
        print("Let op, deze koppen ken ik niet en sla ik over: " + ", ".join(onbekend), file=sys.stderr)

    toestemming = next((v for v in velden if v["id"] == TOESTEMMING), None)
    if toestemming is not None:
        nodig = len(toestemming["attributes"]["options"])
        gegeven = len(
            re.findall(r"^\s*- \[[xX]\]", antwoorden.get(toestemming["attributes"]["label"], ""), re.MULTILINE)
        )
        if gegeven < nodig:
            raise Invoerfout(
                f"De inzender heeft {gegeven} van de {nodig} vinkjes bij "
                f"'{toestemming['attributes']['label']}' gezet. Zonder toestemming zet je "
                "dit voorbeeld niet op de kennisbank; vraag het eerst na."
            )

    schema, document = sjabloon.los_op(sjabloon.schemas.alle_schemas()[sjabloon.VOORBEELD], sjabloon.VOORBEELD)
    data: dict = {}
    for label, antwoord in antwoorden.items():
        veld = per_label.get(label)
        if veld is None or veld["id"] == TOESTEMMING or not antwoord or antwoord == GEEN_ANTWOORD:
            continue
        pad = schemapad(veld["id"])
        deel, deel_doc = schema, document
        for stuk in pad:
            deel, deel_doc = sjabloon.los_op(deel["properties"][stuk], deel_doc)
        waarde = _waarde(antwoord, veld, deel, deel_doc)
        if waarde not in ("", [], {}):
            _zet(data, pad, waarde)

    sectie = data.get("bron", {}).get("sectie", "")
    if nummer is not None:
        sectie = f"{sectie} (GitHub-issue #{nummer})" if sectie else f"Ingestuurd via GitHub-issue #{nummer}"
    data["bron"] = {"document": "inzending", "sectie": sectie}
    data["laatst_bekeken"] = vandaag or datetime.date.today().isoformat()
    return data


def slug_van(data: dict) -> str:
    regios = data.get("regios") or []
    titel = data.get("titel")
    if not regios or not titel:
        raise Invoerfout("Titel en regio zijn nodig om een bestandsnaam te maken; ze ontbreken in het issue.")
    naam = sjabloon.maak_slug(str(regios[0]), str(titel))
    if not naam:
        raise Invoerfout("Uit titel en regio valt geen bestandsnaam te maken.")
    return naam


def valideer(pad: Path, root: Path, toon: str) -> list[str]:
    """The validator's lines for one file, with `toon` as the path shown."""
    cat = catalogus.laad(root, alleen=[pad], ook_buiten=True)  # --toon checks a draft in a temporary folder
    return [str(dataclasses.replace(f, pad=toon)) for f in cat.fouten]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="issue_naar_yaml.py", description="Zet een ingestuurd issue-formulier om in een praktijkvoorbeeld."
    )
    p.add_argument("bestand", help="de tekst van het issue (Markdown), of - voor standaardinvoer")
    p.add_argument("--nummer", type=int, help="nummer van het issue (komt in bron.sectie)")
    p.add_argument("--toon", action="store_true", help="toon de YAML in plaats van het bestand te schrijven")
    p.add_argument("--overschrijf", action="store_true", help="overschrijf een bestaand bestand")
    p.add_argument("--map", type=Path, default=PROJECT, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    root = args.map.resolve()
    try:
        if args.bestand == "-":
            body = sys.stdin.read()
        else:
            try:
                body = Path(args.bestand).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise Invoerfout(f"Kan {args.bestand} niet lezen: {exc}") from None
        data = naar_data(body, args.nummer)
        naam = slug_van(data)
        inhoud = sjabloon.tekst(sjabloon.VOORBEELD, data, commentaar=False)
        toon = f"voorbeelden/{naam}.yaml"
        if args.toon:
            with tempfile.TemporaryDirectory() as tmp:
                pad = Path(tmp) / "voorbeelden" / f"{naam}.yaml"
                pad.parent.mkdir()
                pad.write_text(inhoud, encoding="utf-8")
                fouten = valideer(pad, root, toon)
            sys.stdout.write(inhoud)
            uit = sys.stderr
        else:
            pad = root / toon
            if pad.exists() and not args.overschrijf:
                raise Invoerfout(f"{toon} bestaat al; gebruik --overschrijf of --toon.")
            pad.parent.mkdir(parents=True, exist_ok=True)
            pad.write_text(inhoud, encoding="utf-8", newline="\n")
            print(f"Gemaakt: {toon}")
            fouten = valideer(pad, root, toon)
            uit = sys.stdout
    except Invoerfout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    for fout in fouten:
        print(fout, file=uit)
    if fouten:
        print(f"{len(fouten)} fout(en): vul aan of verbeter, samen met de inzender.", file=sys.stderr)
        return 1
    print(f"In orde: {toon} is geldig. Kijk de tekst na voordat je hem publiceert.", file=uit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
