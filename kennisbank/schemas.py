"""Load the JSON Schemas in schema/: the one description of the data."""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from . import PROJECT

SCHEMA_MAP = PROJECT / "schema"


@lru_cache(maxsize=None)
def alle_schemas() -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(SCHEMA_MAP.glob("*.schema.json"))}


@lru_cache(maxsize=None)
def registry() -> Registry:
    # Schemas refer to each other by file name, as editors resolve them too.
    return Registry().with_resources(
        (naam, Resource.from_contents(inhoud)) for naam, inhoud in alle_schemas().items()
    )


@lru_cache(maxsize=None)
def validator(schema_naam: str) -> Draft202012Validator:
    return Draft202012Validator(alle_schemas()[schema_naam], registry=registry(),
                                format_checker=FormatChecker())


def vocabulaire(naam: str) -> dict:
    """A definition from vocabulaire.schema.json, e.g. vocabulaire('regio')['enum']."""
    return alle_schemas()["vocabulaire.schema.json"]["$defs"][naam]


def waarden(naam: str) -> list[str]:
    return list(vocabulaire(naam)["enum"])


def brontitel(document: str) -> str:
    return vocabulaire("bron")["properties"]["document"]["x-titels"].get(document, document)


@lru_cache(maxsize=None)
def _snelle_validator(schema_naam: str):
    # One self-contained document (the vocabulary's $defs copied in) for the Rust validator.
    schema = copy.deepcopy(alle_schemas()[schema_naam])
    schema = json.loads(json.dumps(schema).replace("vocabulaire.schema.json#/$defs/", "#/$defs/"))
    schema.setdefault("$defs", {}).update(alle_schemas()["vocabulaire.schema.json"]["$defs"])
    return jsonschema_rs.Draft202012Validator(schema, validate_formats=True)


def is_geldig(schema_naam: str, data) -> bool:
    """Fast check (jsonschema-rs, ~300x faster); only invalid files go through the slower
    Python validator, which gives the detailed errors the messages are built from."""
    return _snelle_validator(schema_naam).is_valid(data)
