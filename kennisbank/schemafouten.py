"""Turn jsonschema's English errors into one Dutch line each: field, what is wrong, what is allowed."""
from __future__ import annotations

import difflib
import re

from jsonschema.exceptions import ValidationError

from .fouten import Fout
from .yamlbestand import YamlBestand, veldnaam

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
        lijkt = difflib.get_close_matches(gegeven, [str(w) for w in waarden], n=1, cutoff=0.6)
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

    if soort == "required":
        ontbrekend = re.match(r"'(.+)' is a required property", fout.message)
        naam_veld = ontbrekend.group(1) if ontbrekend else str(fout.validator_value)
        volledig = veldnaam(pad + (naam_veld,))
        uitleg = _beschrijving(fout, naam_veld)
        return Fout(naam, regel, volledig, f"verplicht veld ontbreekt{uitleg}")
    if soort == "additionalProperties":
        bekend = sorted(schema.get("properties", {}))
        extra = sorted(set(waarde) - set(bekend)) if isinstance(waarde, dict) else []
        eerste = extra[0] if extra else "?"
        lijkt = difflib.get_close_matches(eerste, bekend, n=1, cutoff=0.6)
        hint = f" Bedoelde je '{lijkt[0]}'?" if lijkt else ""
        return Fout(naam, bestand.regel(pad + (eerste,)), veldnaam(pad + (eerste,)),
                    f"onbekend veld.{hint} Toegestane velden: {', '.join(bekend)}")
    if soort == "enum":
        return Fout(naam, regel, veld, f"'{waarde}' is geen toegestane waarde; {_toegestaan(fout.validator_value, waarde)}")
    if soort == "type":
        bericht = f"verwacht {_typenaam(fout.validator_value)}, maar kreeg {_beschrijf_waarde(waarde)}"
        if fout.validator_value == "string" and isinstance(waarde, dict) and len(waarde) == 1:
            # `- Tip: doe dit` is read by YAML as a field "Tip" with value "doe dit"
            bericht += ("; staat er een dubbele punt met spatie (': ') in de tekst? "
                        "Zet de hele tekst dan tussen aanhalingstekens")
        return Fout(naam, regel, veld, bericht)
    if soort == "pattern":
        uitleg = schema.get("x-foutmelding", f"voldoet niet aan het patroon {fout.validator_value}")
        return Fout(naam, regel, veld, f"'{_kort(waarde)}' klopt niet: {uitleg}")
    if soort == "format":
        uitleg = schema.get("x-foutmelding", f"geen geldige {fout.validator_value}")
        return Fout(naam, regel, veld, f"'{_kort(waarde)}' klopt niet: {uitleg}")
    if soort == "minLength":
        if fout.validator_value <= 1:
            return Fout(naam, regel, veld, "mag niet leeg zijn")
        return Fout(naam, regel, veld, f"te kort: minstens {fout.validator_value} tekens")
    if soort == "maxLength":
        return Fout(naam, regel, veld, f"te lang: {len(waarde)} tekens, hoogstens {fout.validator_value}")
    if soort == "minItems":
        if fout.validator_value <= 1:
            return Fout(naam, regel, veld, "lijst mag niet leeg zijn: geef minstens één item")
        return Fout(naam, regel, veld, f"te weinig items: minstens {fout.validator_value}")
    if soort == "maxItems":
        return Fout(naam, regel, veld, f"te veel items: {len(waarde)}, hoogstens {fout.validator_value}")
    if soort == "uniqueItems":
        return Fout(naam, regel, veld, "een item staat twee keer in de lijst")
    if soort == "minimum":
        return Fout(naam, regel, veld, f"{waarde} is te klein: minstens {fout.validator_value}")
    if soort == "maximum":
        return Fout(naam, regel, veld, f"{waarde} is te groot: hoogstens {fout.validator_value}")
    return Fout(naam, regel, veld, f"ongeldige waarde ({fout.validator}: {fout.message})")


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
