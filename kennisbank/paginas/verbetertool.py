"""Data for the interactive Verbetertool pages (the check, comparing as a team, the intro).

Plain Python: it turns the theme files in verbetertool/ into the lists the
templates need. The scoring itself happens in the browser
(docs/javascripts/verbetertool.js); nothing about a visitor ever reaches a server.

Links are written relative to the pages in docs/verbetertool/ with directory
URLs (/verbetertool/check/), because the form is raw HTML that MkDocs does not
rewrite.
"""

from __future__ import annotations

from kennisbank.inhoud.catalogus import Catalogus
from kennisbank.inhoud.slugs import slug

# The scale of every factor: n.v.t. first, then 1 to 10.
NVT = "nvt"
OPTIES = [NVT] + [str(n) for n in range(1, 11)]
# Version of the answer file (JSON) that the check downloads and the team page reads.
BESTANDSVERSIE = 1


def factor_volgorde(nummer: str) -> tuple[int, int]:
    """Sort key for factor numbers: '1.2' < '1.10' < '2.8' (numbers, not text)."""
    thema, factor = nummer.split(".")
    return int(thema), int(factor)


def _verwijzingen(cat: Catalogus, soort: str, slugs: list[str], map_: str) -> list[dict]:
    uit = []
    for s in slugs:
        item = cat.get(soort, s)
        if item is not None:  # the validator reports unknown slugs; skip them here
            uit.append({"titel": item.titel, "url": f"../../{map_}/{s}/"})
    return uit


def themas(cat: Catalogus) -> list[dict]:
    """Every theme in order, with its factors ready for the form, the results and the links."""
    uit = []
    for item in sorted(cat.van("verbetertool-thema"), key=lambda i: i.data["nummer"]):
        t = item.data
        factoren = []
        for f in sorted(t["factoren"], key=lambda f: factor_volgorde(f["nummer"])):
            factoren.append(
                {
                    "nummer": f["nummer"],
                    "id": slug(f["nummer"]),  # "1-1", for ids and names
                    "titel": f["titel"],
                    "toelichting": f["toelichting"],
                    "tips": list(f["tips"]),
                    "url": f"../factor-{slug(f['nummer'])}/",
                    "md": f"factor-{slug(f['nummer'])}/index.md",
                    "voorbeelden": _verwijzingen(cat, "praktijkvoorbeeld", f.get("voorbeelden", []), "voorbeelden"),
                    "werkvormen": _verwijzingen(cat, "werkvorm", f.get("werkvormen", []), "werkvormen"),
                }
            )
        uit.append(
            {
                "nummer": t["nummer"],
                "titel": t["titel"],
                "slug": item.slug,
                "url": f"../{item.slug}/",
                "md": f"{item.slug}/index.md",
                "vraag": t["vraag"],
                "toelichting": t["toelichting"],
                "verbeterplan_vragen": list(t["verbeterplan_vragen"]),
                "verbeterplan_vragen_herkomst": t["verbeterplan_vragen_herkomst"],
                "factoren": factoren,
                "bereik": (
                    f"{factoren[0]['nummer']} tot en met {factoren[-1]['nummer']}"
                    if len(factoren) > 1
                    else factoren[0]["nummer"]
                ),
            }
        )
    return uit


def alle_factoren(cat: Catalogus) -> list[dict]:
    """All factors in the order of the tool, each with the number and title of its theme."""
    return [dict(f, thema=t["nummer"], thema_titel=t["titel"]) for t in themas(cat) for f in t["factoren"]]


def gegevens(cat: Catalogus) -> dict:
    """Context for the templates of the check and the team page."""
    ts = themas(cat)
    return {
        "themas": ts,
        "factoren": [dict(f, thema=t["nummer"]) for t in ts for f in t["factoren"]],
        "aantal_factoren": sum(len(t["factoren"]) for t in ts),
        "opties": OPTIES,
        "nvt": NVT,
        "versie": BESTANDSVERSIE,
    }
