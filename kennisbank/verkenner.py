"""Facets of the Verkenner: which filters there are and each example's values for them."""
from __future__ import annotations

from collections import Counter

from . import schemas
from .catalogus import Catalogus
from .slugs import slug

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
VOLGORDE = {"regio": "regio", "pijler": "pijler", "thema": "thema", "doelgroep": "doelgroep",
            "partner": "partnertype", "bewijs": "bewijskracht"}


def gegevens(cat: Catalogus) -> dict:
    items = cat.van("praktijkvoorbeeld")
    rijen = []
    tellingen = {naam: Counter() for naam, _, _ in FACETTEN}
    for item in items:
        waarden = {}
        for naam, _, f in FACETTEN:
            vals = f(item.data)
            waarden[naam] = [slug(v) for v in vals]
            tellingen[naam].update(vals)
        rijen.append({"item": item, "waarden": waarden,
                      "attrs": {naam: " ".join(v) for naam, v in waarden.items()}})
    facetten = []
    for naam, label, _ in FACETTEN:
        if naam in VOLGORDE:
            volgorde = schemas.waarden(VOLGORDE[naam])
        else:
            volgorde = sorted(tellingen[naam])
        opties = [{"waarde": slug(v), "label": v, "aantal": tellingen[naam][v]}
                  for v in volgorde if tellingen[naam][v]]
        facetten.append({"naam": naam, "label": label, "opties": opties})
    return {"rijen": rijen, "facetten": facetten, "totaal": len(items)}
