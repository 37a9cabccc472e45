"""Related entries (kennisbank/paginas/verwant.py) against a plain reading of the rules, on
random examples: the index takes shortcuts for speed, the outcome must not change."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from kennisbank.paginas.verwant import GEWICHT, VerwantIndex, _kenmerken

REGIOS = ["Achterhoek", "Drenthe", "Twente", "Flevoland"]
THEMAS = ["outreach", "jobhunting", "bbl", "nazorg", "matchen"]
PIJLERS = ["werkgeversdienstverlening", "werkzoekendendienstverlening", "matchen"]
GROEPEN = ["nuggers", "vso", "pro", "mbo"]


def _voorbeeld(rng: random.Random, n: int) -> SimpleNamespace:
    data = {
        "titel": f"{rng.choice('ABCDE')} voorbeeld {rng.randrange(1000)}",
        "regios": rng.sample(REGIOS, rng.choice([1, 1, 2])),
        "themas": rng.sample(THEMAS, rng.randrange(0, 3)),
        "pijlers": rng.sample(PIJLERS, rng.randrange(0, 2)),
        "doelgroep": {"groepen": rng.sample(GROEPEN, rng.randrange(0, 2))},
    }
    if n % 7 == 0 and n:
        data["gerelateerd"] = [f"v{rng.randrange(n)}"]
    return SimpleNamespace(slug=f"v{n}", data=data, titel=data["titel"])


def _catalogus(items: list) -> SimpleNamespace:
    return SimpleNamespace(items={"praktijkvoorbeeld": {i.slug: i for i in items}})


def _verwacht(items: list, item, hoeveel: int = 5) -> tuple[list[str], list[str]]:
    """The rules as the docstrings state them, the slow way."""
    eigen = sorted(_kenmerken(item))
    expliciet = [s for s in item.data.get("gerelateerd", []) if s != item.slug]
    kandidaten = []
    for positie, ander in enumerate(items):
        if ander.slug == item.slug or ander.slug in expliciet:
            continue
        gedeeld = [i for i, k in enumerate(eigen) if k in _kenmerken(ander)]
        score = sum(GEWICHT[eigen[i][0]] for i in gedeeld)
        if score > 0:
            kandidaten.append((-score, gedeeld[0], positie, ander.slug))
    meest_gelijk = expliciet + [k[3] for k in sorted(kandidaten)[:hoeveel]]
    zelfde_regio = sorted(
        {a.slug for a in items if a.slug != item.slug and set(a.data["regios"]) & set(item.data["regios"])},
        key=lambda s: (next(a.titel for a in items if a.slug == s), s),
    )[:10]
    return meest_gelijk, zelfde_regio


@pytest.mark.parametrize("zaad", range(5))
def test_verwante_voorbeelden_volgen_de_regels(zaad):
    rng = random.Random(zaad)
    items = [_voorbeeld(rng, n) for n in range(rng.choice([3, 40, 300]))]
    index = VerwantIndex(_catalogus(items))
    for item in items:
        verwant = index.bij_voorbeeld(item)
        meest_gelijk, zelfde_regio = _verwacht(items, item)
        assert [a.link for a in verwant.voorbeelden] == [f"voorbeelden/{s}/" for s in meest_gelijk], item.slug
        assert [a.link for a in verwant.regio] == [f"voorbeelden/{s}/" for s in zelfde_regio], item.slug
