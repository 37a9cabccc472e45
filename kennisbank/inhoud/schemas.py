"""Load the JSON Schemas in schema/: the one description of the data.

The loaded schemas and their validators are kept per version of the schema folder (the name,
modification time and size of each file), so a schema edited during `make serve` is used at
the next rebuild instead of the one read at start-up.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from kennisbank import PROJECT

SCHEMA_MAP = PROJECT / "schema"


# Set while a whole load runs (see `vastgezet`), so its thousands of lookups need not each look
# at the folder again.
_vast: ContextVar[tuple | None] = ContextVar("schemahandtekening", default=None)


def handtekening() -> tuple:
    """The version of the schema folder: what every cache of schemas or of validation results
    depends on."""
    return _vast.get() or _lees_handtekening()


@contextmanager
def vastgezet() -> Iterator[None]:
    """Within this block the schema folder is read as one version: a load of the knowledge base
    checks it once instead of four times per file (43,000 times for 10,000 examples). A schema
    edited meanwhile is seen by the next load, as before."""
    teken = _vast.set(_lees_handtekening())
    try:
        yield
    finally:
        _vast.reset(teken)


def _lees_handtekening() -> tuple:
    uit: list[tuple] = [str(SCHEMA_MAP)]
    for pad in sorted(SCHEMA_MAP.glob("*.schema.json")):
        try:
            st = pad.stat()
        except OSError:
            continue
        uit.append((pad.name, st.st_mtime_ns, st.st_size))
    return tuple(uit)


def per_versie(*bestanden: Path):
    """Like functools.lru_cache, but the key also holds the version of the schema folder and of
    `bestanden` (name, modification time, size), for results derived from them: a schema or data
    file edited during `make serve` is seen at the next rebuild."""

    def versie_van_bestanden() -> tuple:
        uit = []
        for pad in bestanden:
            try:
                st = pad.stat()
                uit.append((str(pad), st.st_mtime_ns, st.st_size))
            except OSError:
                uit.append((str(pad), None, None))
        return tuple(uit)

    def decorator(functie):
        gecached = lru_cache(maxsize=64)(lambda _versie, *args: functie(*args))

        @functools.wraps(functie)
        def met_versie(*args):
            return gecached((handtekening(), versie_van_bestanden()), *args)

        met_versie.cache_clear = gecached.cache_clear
        return met_versie

    return decorator


@dataclass
class _Schemas:
    """One version of the schema folder, with the validators made from it."""

    map_: Path
    inhoud: dict[str, dict] = field(init=False)
    _validators: dict = field(default_factory=dict)
    _snel: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.inhoud = {
            p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(self.map_.glob("*.schema.json"))
        }
        # Schemas refer to each other by file name, as editors resolve them too.
        self.registry = Registry().with_resources(
            (naam, Resource.from_contents(schema)) for naam, schema in self.inhoud.items()
        )

    def validator(self, naam: str) -> Draft202012Validator:
        if naam not in self._validators:
            self._validators[naam] = Draft202012Validator(
                self.inhoud[naam], registry=self.registry, format_checker=FormatChecker()
            )
        return self._validators[naam]

    def snel(self, naam: str):
        if naam not in self._snel:
            # One self-contained document (the vocabulary's $defs copied in) for the Rust validator.
            schema = json.loads(
                json.dumps(copy.deepcopy(self.inhoud[naam])).replace("vocabulaire.schema.json#/$defs/", "#/$defs/")
            )
            schema.setdefault("$defs", {}).update(self.inhoud["vocabulaire.schema.json"]["$defs"])
            self._snel[naam] = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)
        return self._snel[naam]


@lru_cache(maxsize=4)
def _versie(sleutel: tuple) -> _Schemas:
    return _Schemas(Path(sleutel[0]))


def _huidig() -> _Schemas:
    return _versie(handtekening())


def alle_schemas() -> dict[str, dict]:
    return _huidig().inhoud


def registry() -> Registry:
    return _huidig().registry


def validator(schema_naam: str) -> Draft202012Validator:
    return _huidig().validator(schema_naam)


def vocabulaire(naam: str) -> dict:
    """A definition from vocabulaire.schema.json, e.g. vocabulaire('regio')['enum']."""
    return alle_schemas()["vocabulaire.schema.json"]["$defs"][naam]


def waarden(naam: str) -> list[str]:
    return list(vocabulaire(naam)["enum"])


def brontitel(document: str) -> str:
    return vocabulaire("bron")["properties"]["document"]["x-titels"].get(document, document)


def is_geldig(schema_naam: str, data) -> bool:
    """Fast check (jsonschema-rs, ~300x faster); only invalid files go through the slower
    Python validator, which gives the detailed errors the messages are built from."""
    return _huidig().snel(schema_naam).is_valid(data)
