"""Turn jsonschema's English errors into one Dutch line each: field, what is wrong, what is allowed."""

from __future__ import annotations

import calendar
import datetime
import difflib
import re
import unicodedata
from typing import TYPE_CHECKING

import yaml

from kennisbank import PROJECT
from kennisbank.inhoud import schemas
from kennisbank.inhoud.fouten import Fout
from kennisbank.inhoud.kalender import MAANDEN
from kennisbank.inhoud.tekstcontrole import LEEG
from kennisbank.inhoud.yamlbestand import Loader, YamlBestand, veldnaam

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError


# Where each vocabulary list belongs in a praktijkvoorbeeld, to point a value put in the wrong
# field to the right one ("kwetsbare jongeren" in themas is a target group).
LIJSTEN = {
    "regio": ("een arbeidsmarktregio", "regios"),
    "pijler": ("een pijler", "pijlers"),
    "thema": ("een thema", "themas"),
    "doelgroep": ("een doelgroep", "doelgroep.groepen"),
    "partnertype": ("een soort partner", "partners[].type"),
    "bewijskracht": ("een niveau van bewijskracht", "bewijskracht"),
    "fase": ("een fase", "fasen"),
}

TYPEN = {
    "string": "tekst",
    "integer": "een heel getal",
    "number": "een getal",
    "array": "een lijst (regels die beginnen met '- ')",
    "object": "een groep velden (veld: waarde)",
    "boolean": "true of false",
    "null": "leeg",
}


def _typenaam(t) -> str:
    if isinstance(t, list):
        return " of ".join(TYPEN.get(x, x) for x in t)
    return TYPEN.get(t, t)


def _toegestaan(waarden: list, gegeven) -> str:
    tekst = ", ".join(str(w) for w in waarden)
    if isinstance(gegeven, str):
        lijkt = (
            difflib.get_close_matches(gegeven, [str(w) for w in waarden], n=1, cutoff=0.6)
            or [str(w) for w in waarden if len(gegeven) >= 4 and _sleutel(gegeven) in _sleutel(str(w))][:1]
        )
        if lijkt:
            return f"bedoelde je '{lijkt[0]}'? Toegestaan: {tekst}"
    return f"toegestaan: {tekst}"


def vertaal(fout: ValidationError, bestand: YamlBestand, naam: str) -> Fout:
    pad = tuple(fout.absolute_path)
    veld = veldnaam(pad) or "(hele bestand)"
    regel = bestand.regel(pad)
    soort = fout.validator
    waarde = fout.instance
    schema = fout.schema if isinstance(fout.schema, dict) else {}

    if _is_leeg(waarde) and soort in ("required", "type", "minLength", "minItems", "pattern", "format", "enum"):
        return Fout(naam, regel, veld, LEEG)
    if soort == "required":
        ontbrekend = re.match(r"'(.+)' is a required property", fout.message)
        naam_veld = ontbrekend.group(1) if ontbrekend else str(fout.validator_value)
        volledig = veldnaam(pad + (naam_veld,))
        uitleg = _beschrijving(fout, naam_veld)
        # its fields are there, without the line "veld:" above them: report it where they start
        wezen = [
            k
            for k in kinderen(schema.get("properties", {}).get(naam_veld))
            if isinstance(waarde, dict) and k in waarde and k not in schema.get("properties", {})
        ]
        if wezen:
            eerste = min(wezen, key=lambda k: bestand.regel(pad + (k,)))
            return Fout(
                naam,
                bestand.regel(pad + (eerste,)),
                volledig,
                f"verplicht veld ontbreekt{uitleg}; {', '.join(sorted(wezen))} horen erbij: zet de regel "
                f"'{naam_veld}:' boven deze regel en spring de velden eronder twee spaties in",
            )
        # Reported where it belongs: above the next field (in the schema's order) that is there,
        # or below the one before it.
        volgorde = list(schema.get("properties", {}))
        plek = ""
        if naam_veld in volgorde and isinstance(waarde, dict):
            i = volgorde.index(naam_veld)
            na = [k for k in volgorde[i + 1 :] if k in waarde]
            voor = [k for k in volgorde[:i] if k in waarde]
            if na:
                regel, plek = bestand.regel(pad + (na[0],)), f"; zet het boven deze regel, vóór '{na[0]}'"
            elif voor:
                regel, plek = bestand.regel(pad + (voor[-1],)), f"; zet het na '{voor[-1]}'"
        return Fout(naam, regel, volledig, f"verplicht veld ontbreekt{uitleg}{plek}")
    if soort == "additionalProperties":
        return _onbekende_velden(fout, bestand, naam)[0]
    if soort == "enum":
        return Fout(naam, regel, veld, _enumbericht(waarde, list(fout.validator_value)))
    datumsoort = _datumsoort(schema)
    if datumsoort and soort in ("type", "pattern", "format", "minimum", "maximum"):
        return Fout(naam, regel, veld, datumhint(waarde, datumsoort))
    if soort == "type":
        if fout.validator_value == "string" and isinstance(waarde, dict) and len(waarde) == 1:
            # `- Tip: doe dit` is read by YAML as a field "Tip" with value "doe dit"
            ((sleutel, rest),) = waarde.items()
            tekst = f"{sleutel}: {rest}" if isinstance(rest, (str, int, float)) else f"{sleutel}: ..."
            aanhalingsteken = "'" if '"' in tekst else '"'
            return Fout(
                naam,
                regel,
                veld,
                "dubbele punt in de tekst: zet tekst met een dubbele punt tussen "
                f"aanhalingstekens, zo: {aanhalingsteken}{_kort(tekst)}{aanhalingsteken}",
            )
        return Fout(
            naam, regel, veld, f"verwacht {_typenaam(fout.validator_value)}, maar kreeg {_beschrijf_waarde(waarde)}"
        )
    if soort == "pattern":
        uitleg = schema.get("x-foutmelding", f"voldoet niet aan het patroon {fout.validator_value}")
        return Fout(naam, regel, veld, f"'{_kort(waarde)}' klopt niet: {uitleg}")
    if soort == "format":
        uitleg = schema.get("x-foutmelding", f"geen geldige {fout.validator_value}")
        return Fout(naam, regel, veld, f"'{_kort(waarde)}' klopt niet: {uitleg}")
    if soort == "minLength":
        return Fout(naam, regel, veld, f"te kort: minstens {fout.validator_value} tekens")
    if soort == "maxLength":
        return Fout(naam, regel, veld, f"te lang: {len(waarde)} tekens, hoogstens {fout.validator_value}")
    if soort == "minItems":
        return Fout(naam, regel, veld, f"te weinig items: minstens {fout.validator_value}")
    if soort == "maxItems":
        return Fout(naam, regel, veld, f"te veel items: {len(waarde)}, hoogstens {fout.validator_value}")
    if soort == "uniqueItems":
        return Fout(naam, regel, veld, "een item staat twee keer in de lijst")
    if soort == "minimum":
        return Fout(naam, regel, veld, f"{waarde} is te klein: minstens {fout.validator_value}")
    if soort == "maximum":
        return Fout(naam, regel, veld, f"{waarde} is te groot: hoogstens {fout.validator_value}")
    if soort == "const":
        return Fout(naam, regel, veld, f"moet precies '{fout.validator_value}' zijn")
    if soort in ("oneOf", "anyOf"):
        return Fout(
            naam,
            regel,
            veld,
            "past bij geen van de toegestane vormen van dit veld; kijk naar het "
            "voorbeeld in het sjabloon (python scripts/nieuw.py sjabloon voorbeeld of werkvorm)",
        )
    if soort == "exclusiveMinimum":
        return Fout(naam, regel, veld, f"{waarde} is te klein: meer dan {fout.validator_value}")
    if soort == "exclusiveMaximum":
        return Fout(naam, regel, veld, f"{waarde} is te groot: minder dan {fout.validator_value}")
    if soort == "multipleOf":
        return Fout(naam, regel, veld, f"{waarde} moet een veelvoud van {fout.validator_value} zijn")
    # a schema rule without its own wording yet: still Dutch, and names the rule for the maintainers
    return Fout(naam, regel, veld, f"klopt niet volgens het schema (regel '{soort}')")


def _beschrijving(fout: ValidationError, veld: str) -> str:
    eigenschap = fout.schema.get("properties", {}).get(veld, {}) if isinstance(fout.schema, dict) else {}
    titel = eigenschap.get("title")
    omschrijving = eigenschap.get("description")
    if titel and omschrijving:
        return f" ({titel}: {omschrijving})"
    return ""


def _beschrijf_waarde(waarde) -> str:
    if waarde is None:
        return "een leeg veld"
    if isinstance(waarde, bool):
        return f"{str(waarde).lower()} (ja/nee)"
    if isinstance(waarde, (int, float)):
        return f"het getal {waarde}"
    if isinstance(waarde, str):
        return f"de tekst '{_kort(waarde)}'"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een groep velden"
    return type(waarde).__name__


def _kort(waarde) -> str:
    tekst = str(waarde).replace("\n", " ")
    return tekst if len(tekst) <= 60 else tekst[:57] + "..."


def vertaal_alle(fout: ValidationError, bestand: YamlBestand, naam: str) -> list[Fout]:
    """Like `vertaal`, with one message per unknown field."""
    if fout.validator == "additionalProperties":
        return _onbekende_velden(fout, bestand, naam)
    return [vertaal(fout, bestand, naam)]


def _onbekende_velden(fout: ValidationError, bestand: YamlBestand, naam: str) -> list[Fout]:
    pad = tuple(fout.absolute_path)
    schema = fout.schema if isinstance(fout.schema, dict) else {}
    eigenschappen = schema.get("properties", {})
    bekend = sorted(eigenschappen)
    extra = sorted(set(fout.instance) - set(bekend), key=str) if isinstance(fout.instance, dict) else []
    uit = []
    for sleutel in extra or ["?"]:
        ouders = [p for p, sub in eigenschappen.items() if sleutel in kinderen(sub)]
        if ouders:
            hint = f" Hoort het bij '{ouders[0]}'? Zet het dan onder '{ouders[0]}:' en spring het twee spaties in."
        else:
            lijkt = difflib.get_close_matches(str(sleutel), bekend, n=1, cutoff=0.6)
            hint = f" Bedoelde je '{lijkt[0]}'?" if lijkt else ""
        uit.append(
            Fout(
                naam,
                bestand.regel(pad + (sleutel,)),
                veldnaam(pad + (sleutel,)),
                f"onbekend veld.{hint} Toegestane velden: {', '.join(bekend)}",
            )
        )
    return uit


def _opgelost(schema) -> dict:
    """A subschema with a $ref to the vocabulary replaced by the definition it points to."""
    if isinstance(schema, dict) and "$ref" in schema and "/$defs/" in schema["$ref"]:
        try:
            return {**schemas.vocabulaire(schema["$ref"].rsplit("/", 1)[1]), **schema}
        except KeyError:
            return schema
    return schema if isinstance(schema, dict) else {}


def kinderen(schema) -> set[str]:
    """The field names inside a block (an object, or a list of objects)."""
    schema = _opgelost(schema)
    if "items" in schema:
        schema = _opgelost(schema["items"])
    return set(schema.get("properties", {}))


def _is_leeg(waarde) -> bool:
    return waarde is None or waarde == [] or waarde == {} or (isinstance(waarde, str) and not waarde.strip())


def _sleutel(tekst: str) -> str:
    return " ".join(tekst.split()).casefold()


def normaliseer(fouten: list[ValidationError], data) -> bool:
    """Put vocabulary values written in another case ("Goed beschreven", "twente ") in their
    canonical spelling, in the data itself. True if anything changed (validate again)."""
    veranderd = False
    for fout in fouten:
        if fout.validator != "enum" or not isinstance(fout.instance, str) or not fout.absolute_path:
            continue
        gelijk = [w for w in fout.validator_value if isinstance(w, str) and _sleutel(w) == _sleutel(fout.instance)]
        if not gelijk:
            continue
        *ouder, laatste = list(fout.absolute_path)
        houder = data
        for stuk in ouder:
            houder = houder[stuk]
        houder[laatste] = gelijk[0]
        veranderd = True
    return veranderd


@schemas.per_versie()
def _lijst_van(waarden: tuple) -> str | None:
    for naam in LIJSTEN:
        if tuple(schemas.waarden(naam)) == waarden:
            return naam
    return None


@schemas.per_versie(PROJECT / "data" / "regios.yaml")
def _gemeenten() -> dict[str, list[str]]:
    """Municipality (and other names people use for a region) -> labour-market region(s), from
    data/regios.yaml (municipalities of 2016 and those formed since) and the vocabulary's
    x-zoekvarianten."""
    uit: dict[str, list[str]] = {}
    try:
        data = yaml.load((PROJECT / "data" / "regios.yaml").read_text(encoding="utf-8"), Loader=Loader)
    except (OSError, yaml.YAMLError):
        data = None
    for regio in (data or {}).get("regios") or []:
        if not isinstance(regio, dict):
            continue
        for gemeente in (
            list(regio.get("gemeenten") or [])
            + list(regio.get("nieuwe_gemeenten") or [])
            + [regio.get("centrumgemeente")]
        ):
            if isinstance(gemeente, str) and regio.get("naam") not in uit.setdefault(_sleutel(gemeente), []):
                uit[_sleutel(gemeente)].append(regio.get("naam"))
    for regio, varianten in schemas.vocabulaire("regio").get("x-zoekvarianten", {}).items():
        for variant in varianten:
            if regio not in uit.setdefault(_sleutel(variant), []):
                uit[_sleutel(variant)].append(regio)
    return uit


@schemas.per_versie(PROJECT / "data" / "regios.yaml")
def _alleen_gemeenten() -> frozenset[str]:
    """The names in _gemeenten() that are municipalities (not a region's other name)."""
    andere = {_sleutel(v) for vs in schemas.vocabulaire("regio").get("x-zoekvarianten", {}).values() for v in vs}
    try:
        data = yaml.load((PROJECT / "data" / "regios.yaml").read_text(encoding="utf-8"), Loader=Loader)
    except (OSError, yaml.YAMLError):
        data = None
    namen = {
        _sleutel(g)
        for r in (data or {}).get("regios") or []
        if isinstance(r, dict)
        for g in list(r.get("gemeenten") or []) + list(r.get("nieuwe_gemeenten") or [])
        if isinstance(g, str)
    }
    return frozenset(namen | (set(_gemeenten()) - andere))


def _lookalikes(tekst: str) -> tuple[str, list[tuple[int, str]]]:
    """The text with look-alike letters (Cyrillic е, Greek Ο, fullwidth Ｔ) replaced by the Latin
    letters they imitate, and the positions of those letters."""
    vreemd = [(i, t) for i, t in enumerate(tekst) if not t.isascii()]
    if not vreemd:
        return tekst, []
    from confusable_homoglyphs import confusables  # only for the rare value with such a letter

    tekens = list(tekst)
    gevonden = []
    for i, t in vreemd:
        latijn = unicodedata.normalize("NFKC", t)
        if not latijn.isascii():
            lijkt = confusables.is_confusable(t, preferred_aliases=["latin"], greedy=True) or []
            opties = [h["c"] for g in lijkt for h in g["homoglyphs"] if h["c"].isascii() and len(h["c"]) == 1]
            latijn = opties[0] if opties else ""
        if latijn.isascii() and latijn:
            tekens[i] = latijn
            gevonden.append((i, t))
    return "".join(tekens), gevonden


def _enumbericht(waarde, toegestaan: list) -> str:
    if not isinstance(waarde, str):
        return f"{_beschrijf_waarde(waarde)} is geen toegestane waarde; {_toegestaan(toegestaan, waarde)}"
    per_sleutel = {_sleutel(str(w)): str(w) for w in toegestaan}
    skelet, vreemd = _lookalikes(waarde)
    if vreemd and _sleutel(skelet) in per_sleutel:
        i, teken = vreemd[0]
        naam = unicodedata.name(teken, "onbekend teken").lower()
        return (
            f"'{waarde}' bevat een teken dat op een letter lijkt maar een ander teken is: '{teken}' "
            f"(U+{ord(teken):04X}, {naam}) op positie {i + 1}; bedoeld is '{per_sleutel[_sleutel(skelet)]}': "
            "typ de waarde opnieuw"
        )
    lijst = _lijst_van(tuple(toegestaan))
    if lijst == "regio":
        zonder = re.sub(r"^(gemeente|regio|arbeidsmarktregio)\s+", "", _sleutel(waarde))
        if zonder in per_sleutel:
            return f"'{waarde}' is geen toegestane waarde; schrijf '{per_sleutel[zonder]}'"
        regios = _gemeenten().get(zonder) or []
        # the municipality itself may go in gemeenten; a name such as "Zuid-Holland Zuid" may not
        gemeente = f" (en eventueel '{waarde}' bij gemeenten)" if zonder in _alleen_gemeenten() else ""
        if len(regios) == 1:
            return (
                f"'{waarde}' is geen arbeidsmarktregio; het hoort bij de arbeidsmarktregio '{regios[0]}'. "
                f"Schrijf die naam bij regios{gemeente}"
            )
        if regios:
            welke = " en ".join(f"'{r}'" for r in regios)
            return (
                f"'{waarde}' is geen arbeidsmarktregio; het ligt in de arbeidsmarktregio's {welke}. Schrijf bij "
                f"regios de regio('s) waar het voorbeeld loopt{gemeente}"
            )
    if lijst and not _toegestaan(toegestaan, waarde).startswith("bedoelde"):
        for ander, (omschrijving, veld) in LIJSTEN.items():
            if ander != lijst and _sleutel(waarde) in {_sleutel(w) for w in schemas.waarden(ander)}:
                return f"'{waarde}' is {omschrijving}, geen {LIJSTEN[lijst][0].split(' ', 1)[1]}: zet het bij {veld}"
    return f"'{waarde}' is geen toegestane waarde; {_toegestaan(toegestaan, waarde)}"


def _datumsoort(schema: dict) -> str | None:
    if schema == schemas.vocabulaire("datum"):
        return "datum"
    if schema == schemas.vocabulaire("maand"):
        return "maand"
    return None


def datumhint(waarde, soort: str) -> str:
    """What is wrong with a date (JJJJ-MM-DD) or a year-or-month (JJJJ or JJJJ-MM), and how to write it."""
    tekst = str(waarde).strip()
    if soort == "datum":
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", tekst)
        if m:
            jaar, maand, dag = map(int, m.groups())
            if not 1 <= maand <= 12:
                return f"{tekst} bestaat niet: er is geen maand {maand}; schrijf de datum als JJJJ-MM-DD"
            dagen = calendar.monthrange(jaar, maand)[1]
            if not 1 <= dag <= dagen:
                return f"{tekst} bestaat niet: {MAANDEN[maand - 1]} {jaar} heeft {dagen} dagen"
            return f"{tekst} → schrijf {jaar:04d}-{maand:02d}-{dag:02d} (twee cijfers voor maand en dag)"
        # other separators, or the day first: (pattern, groups in the order year-month-day, hint)
        for patroon, volgorde, hint in (
            (r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", (0, 1, 2), "met streepjes"),
            (r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", (2, 1, 0), "eerst het jaar, dan maand en dag"),
        ):
            m = re.fullmatch(patroon, tekst)
            if m:
                jaar, maand, dag = (int(m.groups()[i]) for i in volgorde)
                try:
                    datetime.date(jaar, maand, dag)
                except ValueError:
                    return f"{tekst} bestaat niet; schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-22"
                return f"{tekst} → schrijf {jaar:04d}-{maand:02d}-{dag:02d} ({hint})"
        m = re.fullmatch(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", tekst.lower())
        if m and any(n.startswith(m.group(2)[:3]) for n in MAANDEN):
            maand = next(i for i, n in enumerate(MAANDEN, 1) if n.startswith(m.group(2)[:3]))
            return f"{tekst} → schrijf {int(m.group(3)):04d}-{maand:02d}-{int(m.group(1)):02d}"
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", tekst)
        if m:
            return f"{tekst} → schrijf {m.group(1)}-{m.group(2)}-{m.group(3)}"
        return f"'{_kort(tekst)}' is geen datum; schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-22"
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", tekst)
    if m:
        jaar, maand = map(int, m.groups())
        if not 1 <= maand <= 12:
            return f"{tekst} bestaat niet: er is geen maand {maand}; schrijf een jaar (2015) of een maand (2015-09)"
        if not 1900 <= jaar <= 2099:
            return f"{tekst}: het jaar {jaar} kan niet kloppen"
        return f"{tekst} → schrijf {jaar:04d}-{maand:02d}"
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{4})", tekst)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{tekst} → schrijf {m.group(2)}-{int(m.group(1)):02d} (eerst het jaar, dan de maand)"
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", tekst)
    if m:
        return f"{tekst} → schrijf alleen jaar en maand: {m.group(1)}-{int(m.group(2)):02d}"
    m = re.fullmatch(r"(\d{4})\s*[-/]\s*(\d{4})", tekst)
    if m:
        return f"{tekst} is een periode; schrijf één jaar, en een periode als van: {m.group(1)} en tot: {m.group(2)}"
    if re.fullmatch(r"\d+", tekst):
        return f"{tekst} kan geen jaar zijn; schrijf een jaar tussen 1900 en 2099 (2015) of een maand (2015-09)"
    return f"'{_kort(tekst)}' klopt niet: schrijf een jaar (2015) of een maand (2015-09)"
