"""Facets of the Verkenner: which filters there are and each example's values for them, plus what a
result card shows (summary, region, evidence level, one key figure) and what it sorts on."""

from __future__ import annotations

import re
from collections import Counter

from kennisbank.inhoud import gitdatums, schemas
from kennisbank.inhoud.catalogus import Catalogus
from kennisbank.inhoud.slugs import slug
from kennisbank.paginas import kenmerken

# (field in the URL, label, function giving an entry's values)
FACETTEN = [
    ("regio", "Regio", lambda d: d["regios"]),
    ("pijler", "Pijler", lambda d: d["pijlers"]),
    ("thema", "Thema", lambda d: d["themas"]),
    ("doelgroep", "Doelgroep", lambda d: d["doelgroep"]["groepen"]),
    ("partner", "Soort partner", lambda d: sorted({p["type"] for p in d["partners"]})),
    ("bewijs", "Bewijskracht", lambda d: [d["bewijskracht"]]),
    ("start", "Startjaar", lambda d: [str(d["periode"]["van"])[:4]]),
]
VOLGORDE = {
    "regio": "regio",
    "pijler": "pijler",
    "thema": "thema",
    "doelgroep": "doelgroep",
    "partner": "partnertype",
    "bewijs": "bewijskracht",
}
# facets that show every value of the vocabulary, also at 0: nobody can tell otherwise that a level is empty
ALTIJD_ALLE = {"bewijs"}


def bewijsniveaus(aantallen: Counter | None = None) -> list[dict]:
    """The evidence levels in order, each with its Dutch definition (from the vocabulary's own
    description, the one source of truth) and the number of examples at that level."""
    beschrijving = schemas.vocabulaire("bewijskracht")["description"]
    uitleg = dict(re.findall(r"([a-z][a-z ]*?) \(([^)]*)\)", beschrijving.split(":", 1)[-1]))
    return [
        {"naam": n, "slug": slug(n), "uitleg": uitleg.get(n, ""), "aantal": (aantallen or Counter())[n]}
        for n in schemas.waarden("bewijskracht")
    ]


def gegevens(cat: Catalogus) -> dict:
    items = cat.van("praktijkvoorbeeld")
    datums = gitdatums.datums(cat.root)
    rijen = []
    tellingen = {naam: Counter() for naam, _, _ in FACETTEN}
    for item in items:
        waarden = {}
        for naam, _, f in FACETTEN:
            vals = f(item.data)
            waarden[naam] = [slug(v) for v in vals]
            tellingen[naam].update(vals)
        toegevoegd = datums.get(f"{item.soort.patroon[:-2]}/{item.pad.name}", (None, None))[0]
        rijen.append(
            {
                "item": item,
                "waarden": waarden,
                "kerncijfer": kenmerken.kerncijfer(item.data),
                "nieuw": str(toegevoegd or item.data.get("laatst_bekeken") or ""),
                "attrs": {naam: " ".join(v) for naam, v in waarden.items()},
            }
        )
    facetten = []
    for naam, label, _ in FACETTEN:
        if naam in VOLGORDE:
            volgorde = schemas.waarden(VOLGORDE[naam])
        else:
            volgorde = sorted(tellingen[naam])
        opties = [
            {"waarde": slug(v), "label": v, "aantal": tellingen[naam][v]}
            for v in volgorde
            if tellingen[naam][v] or naam in ALTIJD_ALLE
        ]
        facetten.append({"naam": naam, "label": label, "opties": opties})
    return {
        "rijen": rijen,
        "facetten": facetten,
        "totaal": len(items),
        "bewijsniveaus": bewijsniveaus(tellingen["bewijs"]),
    }
