"""Which entries belong together: shared region, pillars, themes and explicit references."""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from kennisbank.inhoud.catalogus import Catalogus, Item
from kennisbank.inhoud.slugs import slug as maak_slug


@dataclass
class Link:
    titel: str
    link: str  # page path from the site root, e.g. "voorbeelden/x/"
    uitleg: str = ""


@dataclass
class Verwant:
    voorbeelden: list[Link] = field(default_factory=list)
    regio: list[Link] = field(default_factory=list)
    regionaam: str = ""
    werkvormen: list[Link] = field(default_factory=list)
    factoren: list[Link] = field(default_factory=list)


def _kenmerken(item: Item) -> set[tuple[str, str]]:
    d = item.data
    return (
        {("regio", r) for r in d.get("regios", [])}
        | {("thema", t) for t in d.get("themas", [])}
        | {("pijler", p) for p in d.get("pijlers", [])}
        | {("doelgroep", g) for g in d.get("doelgroep", {}).get("groepen", [])}
    )


GEWICHT = {"regio": 1, "thema": 3, "pijler": 1, "doelgroep": 1}


class VerwantIndex:
    """Built once per build. Which examples share which characteristics is a 0/1 matrix, so the
    scores of all examples against one are a single product: fast for thousands of entries.
    Per page the work is linear in the number of examples: no sorting of them all."""

    def __init__(self, cat: Catalogus):
        self.cat = cat
        self.voorbeelden = cat.items.get("praktijkvoorbeeld", {})
        self.werkvormen = cat.items.get("werkvorm", {})
        self.kenmerken = {slug: _kenmerken(i) for slug, i in self.voorbeelden.items()}
        self.index: dict[tuple[str, str], list[str]] = defaultdict(list)
        for slug, ks in self.kenmerken.items():
            for k in ks:
                self.index[k].append(slug)
        self.slugs = list(self.kenmerken)  # catalogue order
        self.positie = {s: i for i, s in enumerate(self.slugs)}
        self.kolom = {k: i for i, k in enumerate(sorted(self.index))}
        # one row per characteristic (the examples that have it): a page reads a few whole rows.
        # float32, so the product is one BLAS call; the sums are small whole numbers, exact.
        self.per_kenmerk = np.zeros((len(self.kolom), len(self.slugs)), dtype=np.float32)
        for slug, ks in self.kenmerken.items():
            for k in ks:
                self.per_kenmerk[self.kolom[k], self.positie[slug]] = 1
        # per region its examples by title, sorted once instead of on every page
        self.regio_op_titel = {
            k[1]: sorted(slugs, key=self._op_titel) for k, slugs in self.index.items() if k[0] == "regio"
        }
        # reverse references: werkvorm -> voorbeelden, voorbeeld/werkvorm -> verbetertool factors
        self.voorbeelden_bij_werkvorm: dict[str, list[str]] = defaultdict(list)
        for slug, item in self.voorbeelden.items():
            for w in item.data.get("werkvormen", []):
                self.voorbeelden_bij_werkvorm[w].append(slug)
        self.factoren_bij: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
        for thema in cat.items.get("verbetertool-thema", {}).values():
            for factor in thema.data.get("factoren", []):
                for v in factor.get("voorbeelden", []):
                    self.factoren_bij[("praktijkvoorbeeld", v)].append((thema.slug, factor))
                for w in factor.get("werkvormen", []):
                    self.factoren_bij[("werkvorm", w)].append((thema.slug, factor))

    def _factoren(self, soort: str, slug: str) -> list[Link]:
        return [
            Link(f"{f['nummer']} {f['titel']}", f"verbetertool/factor-{maak_slug(f['nummer'])}/")
            for _, f in self.factoren_bij.get((soort, slug), [])
        ]

    def _op_titel(self, slug: str) -> tuple[str, str]:
        return (self.voorbeelden[slug].titel, slug)

    def _meest_gelijk(self, item: Item, zonder: list[str], hoeveel: int) -> list[str]:
        """The examples with the highest weighted count of shared characteristics. Ties go to the
        one that shares the alphabetically first characteristic, then to catalogue order."""
        eigen = sorted(self.kenmerken[item.slug])
        if not eigen:
            return []
        rijen = self.per_kenmerk[[self.kolom[k] for k in eigen]]
        score = np.array([GEWICHT[k[0]] for k in eigen], dtype=np.float32) @ rijen
        for s in [item.slug, *zonder]:
            score[self.positie[s]] = 0
        # only those that score at least as high as the one in place `hoeveel` can make it
        grens = max(np.partition(score, -hoeveel)[-hoeveel], 1) if len(score) > hoeveel else 1
        kandidaten = np.flatnonzero(score >= grens)
        eerste_kenmerk = rijen[:, kandidaten].argmax(axis=0)
        # the three criteria as one number, unique per candidate; then only the best few are sorted
        n = len(self.slugs)
        sleutel = -score[kandidaten].astype(np.int64) * (len(eigen) * n) + eerste_kenmerk * n + kandidaten
        beste = np.argpartition(sleutel, hoeveel)[:hoeveel] if len(sleutel) > hoeveel else np.arange(len(sleutel))
        return [self.slugs[i] for i in kandidaten[beste[np.argsort(sleutel[beste])]]]

    def bij_voorbeeld(self, item: Item, hoeveel: int = 5) -> Verwant:
        # entries the contributor linked by hand come first, then the most similar ones
        expliciet = [s for s in item.data.get("gerelateerd", []) if s in self.voorbeelden and s != item.slug]
        beste = [(s, None) for s in expliciet] + [(s, None) for s in self._meest_gelijk(item, expliciet, hoeveel)]
        eigen_themas = set(item.data.get("themas", []))
        gedeeld = {s: sorted(eigen_themas & set(self.voorbeelden[s].data.get("themas", []))) for s, _ in beste}
        regios = item.data.get("regios", [])
        zelfde_regio = list(
            itertools.islice(
                (
                    s
                    for s, _ in itertools.groupby(
                        heapq.merge(*(self.regio_op_titel.get(r, []) for r in regios), key=self._op_titel)
                    )
                    if s != item.slug
                ),
                10,
            )
        )
        werkvormen = [w for w in item.data.get("werkvormen", []) if w in self.werkvormen]
        return Verwant(
            voorbeelden=[
                Link(
                    self.voorbeelden[s].titel,
                    f"voorbeelden/{s}/",
                    f"ook over {', '.join(gedeeld[s])}" if gedeeld[s] else "",
                )
                for s, _ in beste
            ],
            regio=[Link(self.voorbeelden[s].titel, f"voorbeelden/{s}/") for s in zelfde_regio],
            regionaam=" en ".join(regios),
            werkvormen=[Link(self.werkvormen[w].titel, f"werkvormen/{w}/") for w in werkvormen],
            factoren=self._factoren("praktijkvoorbeeld", item.slug),
        )

    def bij_werkvorm(self, item: Item) -> Verwant:
        expliciet = [w for w in item.data.get("gerelateerd", []) if w in self.werkvormen]
        fasen = set(item.data.get("fasen", []))
        zelfde_fase = sorted(
            (
                w
                for w, i in self.werkvormen.items()
                if w != item.slug and w not in expliciet and fasen & set(i.data.get("fasen", []))
            ),
            key=lambda w: self.werkvormen[w].titel,
        )
        werkvormen = expliciet + zelfde_fase[: max(0, 6 - len(expliciet))]
        voorbeelden = sorted(self.voorbeelden_bij_werkvorm.get(item.slug, []), key=lambda s: self.voorbeelden[s].titel)
        return Verwant(
            voorbeelden=[Link(self.voorbeelden[s].titel, f"voorbeelden/{s}/") for s in voorbeelden],
            werkvormen=[Link(self.werkvormen[w].titel, f"werkvormen/{w}/") for w in werkvormen],
            factoren=self._factoren("werkvorm", item.slug),
        )
