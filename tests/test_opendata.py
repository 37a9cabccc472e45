"""Open data: JSON that validates against the published schemas, CSV, and a valid Atom feed."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

EXTRA = {
    "slug",
    "url",
    "toegevoegd",
    "gewijzigd",
    "linkcontrole",
    "verouderd",
}  # beside the entry: link check, 24-month rule


def _registry(site_map):
    schemas = {p.name: json.loads(p.read_text()) for p in (site_map / "data" / "schema").glob("*.json")}
    return schemas, Registry().with_resources((n, Resource.from_contents(s)) for n, s in schemas.items())


def test_json_voldoet_aan_gepubliceerde_schemas(site_map):
    schemas, registry = _registry(site_map)
    for bestand, schema in (
        ("voorbeelden.json", "praktijkvoorbeeld.schema.json"),
        ("werkvormen.json", "werkvorm.schema.json"),
    ):
        records = json.loads((site_map / "data" / bestand).read_text(encoding="utf-8"))
        assert records, bestand
        validator = Draft202012Validator(schemas[schema], registry=registry)
        for r in records:
            assert r["url"].endswith(f"/{r['slug']}/")
            fouten = list(validator.iter_errors({k: v for k, v in r.items() if k not in EXTRA}))
            assert not fouten, (r["slug"], [f.message for f in fouten])


def test_csv_heeft_een_rij_per_item(site_map):
    for naam in ("voorbeelden", "werkvormen"):
        rijen = list(csv.DictReader((site_map / "data" / f"{naam}.csv").open(encoding="utf-8")))
        records = json.loads((site_map / "data" / f"{naam}.json").read_text(encoding="utf-8"))
        assert [r["slug"] for r in rijen] == [r["slug"] for r in records]


def test_atom_feed_is_geldig(site_map):
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.parse(site_map / "feed.xml").getroot()
    entries = feed.findall("a:entry", ns)
    assert entries
    for e in entries:
        assert e.find("a:title", ns).text and e.find("a:updated", ns).text.endswith("Z")
        assert e.find("a:link", ns).get("href").startswith("http")
