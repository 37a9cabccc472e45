"""Write entries as YAML text, with every field explained from the JSON Schema.

The schema is read at run time, so the commented skeleton that
scripts/nieuw.py writes, the templates in CONTRIBUTING.md and the entries that
scripts/issue_naar_yaml.py makes always follow the one source of truth.

`tekst(schema_naam, data)` writes `data` in the schema's field order. A field
that is missing gets an empty placeholder when the schema requires it (so the
validator names exactly what still needs content, with its line) and, with
comments on, a commented-out placeholder when it is optional.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

import yaml

from kennisbank.inhoud import schemas
from kennisbank.inhoud.slugs import slug

BREEDTE = 100  # comment lines and folded text stay within about this many characters
KORT = 110  # a longer line (field name and text) becomes a folded block (>-) over several lines

VOORBEELD = "praktijkvoorbeeld.schema.json"
WERKVORM = "werkvorm.schema.json"


def schemaregel(schema_naam: str) -> str:
    """First line of every entry: editors with yaml-language-server use it for help and checks."""
    return f"# yaml-language-server: $schema=../schema/{schema_naam}"


# --- The schema ----------------------------------------------------------------------------


def los_op(deel: dict, document: str) -> tuple[dict, str]:
    """Follow a $ref (also into vocabulaire.schema.json); keywords next to the $ref win.

    Returns the merged schema and the document that relative references in it belong to.
    """
    if "$ref" not in deel:
        return deel, document
    verwijzing = deel["$ref"]
    bestand, _, pointer = verwijzing.partition("#")
    doel_document = bestand or document
    doel: Any = schemas.alle_schemas()[doel_document]
    for stuk in [s for s in pointer.split("/") if s]:
        doel = doel[stuk.replace("~1", "/").replace("~0", "~")]
    opgelost, doel_document = los_op(doel, doel_document)
    samen = dict(opgelost)
    samen.update({k: v for k, v in deel.items() if k != "$ref"})
    return samen, doel_document


def deelschema(schema_naam: str, pad: tuple | list | str) -> dict:
    """The (resolved) schema of the value at `pad`: ('aanpak', 0, 'titel'), or 'aanpak[1].titel'."""
    if isinstance(pad, str):
        pad = tuple(int(index) - 1 if index else naam for naam, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", pad))
    deel, document = los_op(schemas.alle_schemas()[schema_naam], schema_naam)
    for stuk in pad:
        if isinstance(stuk, int) or (isinstance(stuk, str) and stuk.isdigit()):
            deel, document = los_op(deel["items"], document)
        else:
            deel, document = los_op(deel["properties"][stuk], document)
    return deel


def _items(deel: dict, document: str) -> tuple[dict, str]:
    return los_op(deel.get("items", {}), document)


def _soort(deel: dict) -> str:
    soort = deel.get("type", "string")
    if isinstance(soort, list):  # ["string", "integer"] for a year or a month: write as text
        return "string"
    return soort


# --- Scalars --------------------------------------------------------------------------------


def _gewoon_schrijfbaar(tekst: str) -> bool:
    """True if the text reads back unchanged without quotes, as a value and as a list item."""
    if not tekst or tekst != tekst.strip() or "\n" in tekst or len(tekst) > 200:
        return False
    try:
        return yaml.safe_load(f"k: {tekst}") == {"k": tekst} and yaml.safe_load(f"- {tekst}") == [tekst]
    except yaml.YAMLError:
        return False


def _scalar(voorvoegsel: str, waarde: Any) -> list[str]:
    """`voorvoegsel` ('titel:' or '-') followed by the value, on one line or as a folded block."""
    if waarde is None:
        return [voorvoegsel]
    if isinstance(waarde, bool):
        return [f"{voorvoegsel} {'true' if waarde else 'false'}"]
    if isinstance(waarde, (int, float)):
        return [f"{voorvoegsel} {waarde}"]
    tekst = str(waarde)
    if "\n" not in tekst and len(voorvoegsel) + len(tekst) <= KORT:
        return [f"{voorvoegsel} {tekst if _gewoon_schrijfbaar(tekst) else _aangehaald(tekst)}"]
    blok = _gevouwen(tekst)
    if blok is not None:
        return [f"{voorvoegsel} >-"] + ["  " + regel if regel else "" for regel in blok]
    return [f"{voorvoegsel} {_aangehaald(tekst)}"]


def _aangehaald(tekst: str) -> str:
    # A JSON string is a valid YAML double-quoted string.
    return json.dumps(tekst, ensure_ascii=False)


def _gevouwen(tekst: str) -> list[str] | None:
    """The text as the lines of a folded block (>-), or None if it would not read back the same."""
    regels: list[str] = []
    for i, alinea in enumerate(tekst.split("\n")):
        if i:
            regels.append("")
        regels += textwrap.wrap(alinea, width=BREEDTE - 10, break_long_words=False, break_on_hyphens=False) or [""]
    proef = "k: >-\n" + "\n".join("  " + r if r else "" for r in regels) + "\n"
    try:
        if yaml.safe_load(proef) == {"k": tekst}:
            return regels
    except yaml.YAMLError:
        pass
    return None


def _inspringen(regels: list[str], n: int = 2) -> list[str]:
    return [" " * n + r if r else r for r in regels]


def _uitgecommentarieerd(regels: list[str]) -> list[str]:
    """Comment a block out at its own indentation, as an editor's 'toggle comment' does."""
    inspring = min((len(r) - len(r.lstrip(" ")) for r in regels if r.strip()), default=0)
    return [r[:inspring] + "# " + r[inspring:] if r.strip() else r for r in regels]


# --- Explanations ---------------------------------------------------------------------------


def _zin(tekst: str) -> str:
    tekst = tekst.strip()
    if not tekst:
        return ""
    tekst = tekst[0].upper() + tekst[1:]
    return tekst if tekst.endswith((".", "?", "!", ".)")) else tekst + "."


def _voorbeeld(deel: dict) -> str | None:
    voorbeelden = deel.get("examples") or []
    if not voorbeelden:
        return None
    eerste = voorbeelden[0]
    if isinstance(eerste, list) and eerste and all(isinstance(x, (str, int, float)) for x in eerste):
        return ", ".join(str(x) for x in eerste)
    if isinstance(eerste, (str, int, float)) and not isinstance(eerste, bool):
        return str(eerste)
    return None


def uitleg(naam: str, deel: dict, document: str, verplicht: bool) -> str:
    """One explanation of a field, from the schema's title, description and constraints."""
    titel = deel.get("title", naam)
    delen = [f"{titel} ({'verplicht' if verplicht else 'optioneel'}). {_zin(deel.get('description', ''))}"]
    soort = _soort(deel)
    if soort == "array":
        items, items_doc = _items(deel, document)
        if "enum" in items:
            keuzes = items["enum"]
            if len(keuzes) <= 40:
                delen.append("Kies uit: " + ", ".join(keuzes) + ".")
            else:
                delen.append(f"Kies uit de {len(keuzes)} waarden in schema/vocabulaire.schema.json.")
            delen.append("Zet elke keuze op een eigen regel die begint met '- '.")
        elif _soort(items) == "object":
            delen.append("Elk item begint met '- '; kopieer het blok voor een volgend item.")
        else:
            delen.append("Zet elk punt op een eigen regel die begint met '- '.")
        if deel.get("minItems", 0) >= 1:
            delen.append("Minstens één.")
        if "maxItems" in deel and deel["maxItems"] < 35:
            delen.append(f"Hoogstens {deel['maxItems']}.")
    elif "enum" in deel:
        delen.append("Kies uit: " + ", ".join(str(w) for w in deel["enum"]) + ".")
    elif soort == "boolean":
        delen.append("Schrijf true (ja) of false (nee).")
    elif soort in ("integer", "number"):
        grenzen = (deel.get("minimum"), deel.get("maximum"))
        if soort == "integer" and None not in grenzen:
            delen.append(f"Een heel getal van {grenzen[0]} tot en met {grenzen[1]}.")
        else:
            delen.append("Een getal, zonder eenheid.")
    elif soort == "string":
        if "x-foutmelding" in deel:
            delen.append(_zin(deel["x-foutmelding"]))
        elif deel.get("format") == "date":
            delen.append("Schrijf de datum als JJJJ-MM-DD.")
        if deel.get("maxLength", 5000) < 5000 and "pattern" not in deel:
            delen.append(f"Hoogstens {deel['maxLength']} tekens.")
    voorbeeld = _voorbeeld(deel) if "enum" not in deel else None
    if "bijvoorbeeld" in deel.get("x-foutmelding", "").lower():
        voorbeeld = None
    if voorbeeld and soort != "object":
        delen.append(f"Bijvoorbeeld: {voorbeeld}")
    return " ".join(delen)


def _commentaar(tekst: str, vervolg: str = "") -> list[str]:
    return [
        "# " + r
        for r in textwrap.wrap(
            tekst, width=BREEDTE - 2, break_long_words=False, break_on_hyphens=False, subsequent_indent=vervolg
        )
    ]


# --- Writing --------------------------------------------------------------------------------


def _placeholder(deel: dict, document: str) -> Any:
    """An empty value of the right shape: the validator then names the field at this line."""
    soort = _soort(deel)
    if soort == "object":
        return {}  # its required fields get placeholders in turn
    if soort == "array":
        items, items_doc = _items(deel, document)
        if "enum" in items:
            return []
        return [_placeholder(items, items_doc)]
    if soort in ("integer", "number", "boolean"):
        return None
    return ""


def _veld(naam: str, waarde: Any, deel: dict, document: str, commentaar: bool) -> list[str]:
    if isinstance(waarde, dict):
        return [f"{naam}:"] + _inspringen(_object(waarde, deel, document, commentaar))
    if isinstance(waarde, list):
        if not waarde:
            return [f"{naam}: []"]
        items, items_doc = _items(deel, document)
        regels = [f"{naam}:"]
        if commentaar and _soort(items) == "object":
            regels += _inspringen(_itemuitleg(items, items_doc))
        for item in waarde:
            regels += _inspringen(_lijstitem(item, items, items_doc, commentaar))
        return regels
    return _scalar(f"{naam}:", waarde)


def _itemuitleg(items: dict, document: str) -> list[str]:
    regels = []
    if items.get("title") or items.get("description"):
        regels += _commentaar(f"{items.get('title', 'Item')}: {_zin(items.get('description', ''))}")
    verplicht = set(items.get("required", []))
    for naam, ruw in items.get("properties", {}).items():
        deel, deel_doc = los_op(ruw, document)
        regels += _commentaar(f"'{naam}': {uitleg(naam, deel, deel_doc, naam in verplicht)}", vervolg="  ")
    return regels


def _lijstitem(item: Any, items: dict, document: str, commentaar: bool) -> list[str]:
    if isinstance(item, dict):
        regels = _object(item, items, document, commentaar, in_lijst=True)
        if not regels:
            return ["- {}"]
        return ["- " + regels[0]] + _inspringen(regels[1:])
    return _scalar("-", item)


def _object(data: dict, deel: dict, document: str, commentaar: bool, in_lijst: bool = False) -> list[str]:
    return [regel for blok in _blokken(data, deel, document, commentaar, in_lijst) for regel in blok]


def _blokken(data: dict, deel: dict, document: str, commentaar: bool, in_lijst: bool = False) -> list[list[str]]:
    """The fields of an object, one block of lines (explanation and value) per field."""
    verplicht = set(deel.get("required", []))
    eigenschappen = deel.get("properties", {})
    blokken: list[list[str]] = []
    uitgezet: list[str] = []  # commented-out optional fields; in a list item they go last
    for naam, ruw in eigenschappen.items():
        sub, sub_doc = los_op(ruw, document)
        if naam in data:
            veld = _veld(naam, data[naam], sub, sub_doc, commentaar)
        elif naam in verplicht:
            veld = _veld(naam, _placeholder(sub, sub_doc), sub, sub_doc, commentaar)
        elif commentaar:
            veld = _uitgecommentarieerd(_veld(naam, _placeholder(sub, sub_doc), sub, sub_doc, False))
            if in_lijst:
                uitgezet += veld
                continue
        else:
            continue
        uitleg_regels = (
            _commentaar(uitleg(naam, sub, sub_doc, naam in verplicht)) if commentaar and not in_lijst else []
        )
        blokken.append(uitleg_regels + veld)
    for naam in data:  # keep what the schema does not know: the validator will name it
        if naam not in eigenschappen:
            blokken.append(_veld(naam, data[naam], {}, document, False))
    if uitgezet:
        blokken.append(uitgezet)
    return blokken


def tekst(schema_naam: str, data: dict, commentaar: bool = True, kop: list[str] | tuple = ()) -> str:
    """The YAML text of an entry: the schema line, optional header comments, then the fields."""
    schema, document = los_op(schemas.alle_schemas()[schema_naam], schema_naam)
    regels = [schemaregel(schema_naam)]
    for regel in kop:
        regels += _commentaar(regel) if regel else ["#"]
    if commentaar and kop:
        regels.append("")
    for i, blok in enumerate(_blokken(data, schema, document, commentaar)):
        if commentaar and i:
            regels.append("")  # a blank line between fields keeps a long commented file readable
        regels += blok
    return "\n".join(regels) + "\n"


KOP_VOORBEELD = [
    "Nieuw praktijkvoorbeeld voor de Kennisbank Jongeren en werk.",
    'Boven elk veld staat wat erin hoort. Vul alles in wat nog leeg is ("", [] of niets na de '
    "dubbele punt). Uitgezette velden (met '# ' voor de veldnaam) zijn optioneel: haal '# ' weg om "
    "ze te gebruiken. Lange tekst: schrijf 'veld: >-' en zet de tekst op de regels eronder, twee "
    "spaties verder ingesprongen dan de veldnaam.",
    "Controleer met: python scripts/valideer.py {pad}",
    "Geen namen, telefoonnummers of e-mailadressen van personen: noem organisaties.",
]
KOP_WERKVORM = [
    "Nieuwe werkvorm voor de Kennisbank Jongeren en werk.",
] + KOP_VOORBEELD[1:]


def skelet(schema_naam: str, waarden: dict | None = None, pad: str = "het bestand") -> str:
    """A fully commented entry with `waarden` filled in and placeholders everywhere else."""
    kop = KOP_VOORBEELD if schema_naam == VOORBEELD else KOP_WERKVORM
    return tekst(schema_naam, dict(waarden or {}), commentaar=True, kop=[r.format(pad=pad) for r in kop])


def maak_slug(*delen: str, max_lengte: int = 60) -> str:
    """File name from region and title: ascii, lowercase, hyphens, cut at a hyphen if long."""
    naam = slug(" ".join(d for d in delen if d))
    if len(naam) > max_lengte:
        naam = naam[: max_lengte + 1].rsplit("-", 1)[0] if "-" in naam[: max_lengte + 1] else naam[:max_lengte]
    return naam.strip("-")
