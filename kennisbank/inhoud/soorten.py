"""The kinds of files the knowledge base holds, and where each lives.

A kind names its folder, its JSON Schema and the fields that refer to other
entries (checked by the validator). Pages are made for kinds with a `url`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Soort:
    naam: str
    patroon: str  # glob relative to the project root
    schema: str
    url: str | None = None  # pages live at /<url>/<slug>/
    titelveld: str | None = "titel"
    # path pattern (with "*" for any list index) -> kind the slugs refer to
    verwijzingen: dict[tuple, str] = field(default_factory=dict)


VOORBEELD = Soort(
    naam="praktijkvoorbeeld",
    patroon="voorbeelden/*",
    schema="praktijkvoorbeeld.schema.json",
    url="voorbeelden",
    verwijzingen={("werkvormen", "*"): "werkvorm", ("gerelateerd", "*"): "praktijkvoorbeeld"},
)
WERKVORM = Soort(
    naam="werkvorm",
    patroon="werkvormen/*",
    schema="werkvorm.schema.json",
    url="werkvormen",
    verwijzingen={("gerelateerd", "*"): "werkvorm"},
)
VERBETERTHEMA = Soort(
    naam="verbetertool-thema",
    patroon="verbetertool/*",
    schema="verbetertool-thema.schema.json",
    url="verbetertool",
    verwijzingen={
        ("factoren", "*", "voorbeelden", "*"): "praktijkvoorbeeld",
        ("factoren", "*", "werkvormen", "*"): "werkvorm",
    },
)
REGIOS = Soort(naam="regios", patroon="data/regios.yaml", schema="regios.schema.json", titelveld=None)
BEGRIPPEN = Soort(naam="begrippen", patroon="data/begrippen.yaml", schema="begrippen.schema.json", titelveld=None)

SESSIESJABLONEN = Soort(
    naam="sessiesjablonen",
    patroon="data/sessiesjablonen.yaml",
    schema="sessiesjablonen.schema.json",
    titelveld=None,
    verwijzingen={
        ("sjablonen", "*", "blokken", "*", "werkvorm"): "werkvorm",
        ("sjablonen", "*", "bijeenkomsten", "*", "blokken", "*", "werkvorm"): "werkvorm",
    },
)

TOEGANKELIJKHEID = Soort(
    naam="toegankelijkheid", patroon="data/toegankelijkheid.yaml", schema="toegankelijkheid.schema.json", titelveld=None
)

# Written by `make links` (scripts/links.py), read by the build.
LINKSTATUS = Soort(naam="linkstatus", patroon="data/linkstatus.yaml", schema="linkstatus.schema.json", titelveld=None)

ALLE = (VOORBEELD, WERKVORM, VERBETERTHEMA, REGIOS, BEGRIPPEN, SESSIESJABLONEN, TOEGANKELIJKHEID, LINKSTATUS)
PER_NAAM = {s.naam: s for s in ALLE}
