"""The JSON Schemas are the one description of the data: valid draft 2020-12, and every field
has a Dutch title, description and examples (editors show them as hover help)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

SCHEMAS = sorted((Path(__file__).resolve().parent.parent / "schema").glob("*.schema.json"))


def _velden(schema: dict, pad: str = ""):
    """Every property (and array item object) below a schema node."""
    for naam, sub in schema.get("properties", {}).items():
        yield f"{pad}.{naam}", sub
        yield from _velden(sub, f"{pad}.{naam}")
        if isinstance(sub.get("items"), dict):
            yield from _velden(sub["items"], f"{pad}.{naam}[]")
    for naam, sub in schema.get("$defs", {}).items():
        yield f"$defs.{naam}", sub
        yield from _velden(sub, f"$defs.{naam}")


@pytest.mark.parametrize("pad", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_schema_is_geldig_en_volledig_beschreven(pad):
    schema = json.loads(pad.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema.get("title") and schema.get("description")
    ontbreekt = [
        f"{veld}: {sleutel}"
        for veld, sub in _velden(schema)
        for sleutel in ("title", "description", "examples")
        if sleutel not in sub
    ]
    assert not ontbreekt, ontbreekt


def test_entries_wijzen_naar_hun_schema():
    project = Path(__file__).resolve().parent.parent
    for map_, schema in (
        ("voorbeelden", "praktijkvoorbeeld"),
        ("werkvormen", "werkvorm"),
        ("verbetertool", "verbetertool-thema"),
    ):
        for pad in (project / map_).glob("*.yaml"):
            eerste = pad.read_text(encoding="utf-8").splitlines()[0]
            assert eerste == f"# yaml-language-server: $schema=../schema/{schema}.schema.json", pad.name
