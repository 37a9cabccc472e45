"""Open data written with every build: JSON, CSV, the JSON Schemas and an Atom feed."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterator

from . import schemas
from .catalogus import Catalogus
from .weergave import render

VELDEN_CSV = {
    "praktijkvoorbeeld": ["slug", "url", "titel", "regios", "gemeenten", "samenvatting", "pijlers", "themas",
                          "doelgroepen", "partners", "bewijskracht", "periode_van", "periode_tot",
                          "bron_document", "bron_sectie", "laatst_bekeken"],
    "werkvorm": ["slug", "url", "titel", "samenvatting", "fasen", "duur_min", "duur_max", "groep_min",
                 "groep_max", "online", "bron_document", "bron_sectie"],
}


def _record(item, site_url: str, datums: dict) -> dict:
    toegevoegd, gewijzigd = datums.get(str(item.pad.relative_to(item.pad.parents[1])), (None, None))
    return {"slug": item.slug, "url": f"{site_url.rstrip('/')}/{item.url}",
            "toegevoegd": toegevoegd, "gewijzigd": gewijzigd, **item.data}


def _csv_rij(soort: str, r: dict) -> dict:
    lijst = "; ".join
    if soort == "praktijkvoorbeeld":
        return {"slug": r["slug"], "url": r["url"], "titel": r["titel"], "regios": lijst(r["regios"]),
                "gemeenten": lijst(r.get("gemeenten", [])), "samenvatting": r["samenvatting"],
                "pijlers": lijst(r["pijlers"]), "themas": lijst(r["themas"]),
                "doelgroepen": lijst(r["doelgroep"]["groepen"]),
                "partners": lijst(p["naam"] for p in r["partners"]), "bewijskracht": r["bewijskracht"],
                "periode_van": r["periode"]["van"], "periode_tot": r["periode"].get("tot", ""),
                "bron_document": r["bron"]["document"], "bron_sectie": r["bron"]["sectie"],
                "laatst_bekeken": r["laatst_bekeken"]}
    return {"slug": r["slug"], "url": r["url"], "titel": r["titel"], "samenvatting": r["samenvatting"],
            "fasen": lijst(r["fasen"]), "duur_min": r["duur"]["min"], "duur_max": r["duur"]["max"],
            "groep_min": r["groepsgrootte"]["min"], "groep_max": r["groepsgrootte"]["max"],
            "online": "ja" if r["online"] else "nee", "bron_document": r["bron"]["document"],
            "bron_sectie": r["bron"]["sectie"]}


def _csv(soort: str, records: list[dict]) -> str:
    uit = io.StringIO()
    schrijver = csv.DictWriter(uit, fieldnames=VELDEN_CSV[soort], lineterminator="\n")
    schrijver.writeheader()
    for r in records:
        rij = _csv_rij(soort, r)
        # Spreadsheet programs run cells that start with = + - @ as formulas.
        schrijver.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@" else v) for k, v in rij.items()})
    return uit.getvalue()


def bestanden(cat: Catalogus, site_url: str, datums: dict) -> Iterator[tuple[str, str]]:
    alle = []
    for soort, naam in (("praktijkvoorbeeld", "voorbeelden"), ("werkvorm", "werkvormen")):
        records = [_record(i, site_url, datums) for i in cat.van(soort)]
        alle += [(soort, r) for r in records]
        # compact: with indent, json falls back to its pure-Python encoder (0.6 s at 2,000 entries)
        yield f"data/{naam}.json", json.dumps(records, ensure_ascii=False, separators=(",", ":"))
        yield f"data/{naam}.csv", _csv(soort, records)
    for naam, inhoud in schemas.alle_schemas().items():
        yield f"data/schema/{naam}", json.dumps(inhoud, ensure_ascii=False, indent=2)
    yield "feed.xml", feed(alle, site_url, "Kennisbank Jongeren en werk: nieuw en gewijzigd", "feed.xml")


def _sleutel(paar) -> str:
    _, r = paar
    return r["gewijzigd"] or r.get("laatst_bekeken") or "0000-00-00"


def feed(alle: list[tuple[str, dict]], site_url: str, titel: str, pad: str) -> str:
    """An Atom feed of the 50 newest of these (kind, record) pairs; `pad` is where it is written."""
    nieuwste = sorted(alle, key=_sleutel, reverse=True)[:50]
    return render("feed.xml.j2", site_url=site_url.rstrip("/"), items=nieuwste, titel=titel, pad=pad,
                  bijgewerkt=_sleutel(nieuwste[0]) if nieuwste else "2026-11-22")


def feeds_per_regio_en_tag(cat: Catalogus, site_url: str, datums: dict, tags: list[dict],
                           regios: list[dict]) -> Iterator[tuple[str, str]]:
    """A feed per region and per tag, next to its page: a region subscribes to its own news."""
    records = {i.url: (soort, _record(i, site_url, datums))
               for soort in ("praktijkvoorbeeld", "werkvorm") for i in cat.van(soort)}
    for regio in regios:
        pad = f"regios/{regio['slug']}/feed.xml"
        yield pad, feed([records[i.url] for i in regio["voorbeelden"]], site_url,
                        f"Kennisbank Jongeren en werk: arbeidsmarktregio {regio['naam']}", pad)
    for tag in tags:
        pad = f"tags/{tag['slug']}/feed.xml"
        yield pad, feed([records[i["link"]] for i in tag["inhoud"]], site_url,
                        f"Kennisbank Jongeren en werk: {tag['label'].lower()} {tag['naam']}", pad)
