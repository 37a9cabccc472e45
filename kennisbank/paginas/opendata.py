"""Open data written with every build: JSON, CSV, the JSON Schemas, an Atom feed and a
Frictionless Data Package (data/datapackage.json) that names the files and their licence."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from kennisbank.inhoud import actualiteit, linkcontrole, schemas
from kennisbank.inhoud.catalogus import Catalogus
from kennisbank.paginas.weergave import render

# The content's licence (REUSE.toml, LICENSES/); the code is EUPL-1.2 and is not part of the data.
LICENTIE = {
    "name": "CC-BY-SA-4.0",
    "title": "Creative Commons Naamsvermelding-GelijkDelen 4.0 Internationaal",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/deed.nl",
}
NAAMSVERMELDING = (
    "Kennisbank Jongeren en werk, met de oorspronkelijke publicatie die bij elk item in het veld 'bron' staat"
)

VELDEN_CSV = {
    "praktijkvoorbeeld": [
        "slug",
        "url",
        "titel",
        "regios",
        "gemeenten",
        "samenvatting",
        "pijlers",
        "themas",
        "doelgroepen",
        "partners",
        "bewijskracht",
        "periode_van",
        "periode_tot",
        "bron_document",
        "bron_sectie",
        "laatst_bekeken",
        "verouderd",
        "links_niet_werkend",
    ],
    "werkvorm": [
        "slug",
        "url",
        "titel",
        "samenvatting",
        "fasen",
        "duur_min",
        "duur_max",
        "duur_herkomst",
        "groep_min",
        "groep_max",
        "groep_herkomst",
        "minuten_herkomst",
        "online",
        "online_herkomst",
        "bron_document",
        "bron_sectie",
    ],
}


def _linkcontrole(item, linkstatus: dict[str, dict]) -> list[dict]:
    """Per external link of the entry: the outcome and dates of the last check."""
    urls = [link["url"] for link in item.data.get("links", [])]
    urls += [p["website"] for p in item.data.get("partners", []) if p.get("website")]
    uit = []
    for url in dict.fromkeys(urls):
        s = linkstatus.get(url, {})
        uit.append(
            {
                "url": url,
                "uitkomst": s.get("uitkomst", linkcontrole.NIET_GECONTROLEERD),
                "status": s.get("status"),
                "gecontroleerd": s.get("gecontroleerd"),
                "laatst_ok": s.get("laatst_ok"),
                "archief": linkcontrole.archief_url(url)
                if s.get("uitkomst") in (linkcontrole.DOOD, linkcontrole.ONBEREIKBAAR)
                else None,
            }
        )
    return uit


def _record(item, site_url: str, datums: dict, linkstatus: dict[str, dict] | None = None, vandaag=None) -> dict:
    toegevoegd, gewijzigd = datums.get(str(item.pad.relative_to(item.pad.parents[1])), (None, None))
    extra = {}
    if item.soort.naam == "praktijkvoorbeeld":
        # beside the entry's own fields: what the link check and the 24-month rule say
        extra = {
            "linkcontrole": _linkcontrole(item, linkstatus or {}),
            "verouderd": actualiteit.verouderd(item.data["laatst_bekeken"], vandaag or actualiteit.vandaag()),
        }
    return {
        "slug": item.slug,
        "url": f"{site_url.rstrip('/')}/{item.url}",
        "toegevoegd": toegevoegd,
        "gewijzigd": gewijzigd,
        **item.data,
        **extra,
    }


def _csv_rij(soort: str, r: dict) -> dict:
    lijst = "; ".join
    if soort == "praktijkvoorbeeld":
        return {
            "slug": r["slug"],
            "url": r["url"],
            "titel": r["titel"],
            "regios": lijst(r["regios"]),
            "gemeenten": lijst(r.get("gemeenten", [])),
            "samenvatting": r["samenvatting"],
            "pijlers": lijst(r["pijlers"]),
            "themas": lijst(r["themas"]),
            "doelgroepen": lijst(r["doelgroep"]["groepen"]),
            "partners": lijst(p["naam"] for p in r["partners"]),
            "bewijskracht": r["bewijskracht"],
            "periode_van": r["periode"]["van"],
            "periode_tot": r["periode"].get("tot", ""),
            "bron_document": r["bron"]["document"],
            "bron_sectie": r["bron"]["sectie"],
            "laatst_bekeken": r["laatst_bekeken"],
            "verouderd": "ja" if r["verouderd"] else "nee",
            "links_niet_werkend": lijst(
                link["url"] for link in r["linkcontrole"] if link["uitkomst"] == linkcontrole.DOOD
            ),
        }
    return {
        "slug": r["slug"],
        "url": r["url"],
        "titel": r["titel"],
        "samenvatting": r["samenvatting"],
        "fasen": lijst(r["fasen"]),
        "duur_min": r["duur"]["min"],
        "duur_max": r["duur"]["max"],
        "duur_herkomst": r["duur"]["herkomst"],
        "groep_min": r["groepsgrootte"]["min"],
        "groep_max": r["groepsgrootte"]["max"],
        "groep_herkomst": r["groepsgrootte"]["herkomst"],
        # one column for all steps: 'gemengd' when some minutes come from the source and some not
        "minuten_herkomst": _samen({s["minuten_herkomst"] for s in r["stappen"]}),
        "online": "ja" if r["online"] else "nee",
        "online_herkomst": r["online_herkomst"],
        "bron_document": r["bron"]["document"],
        "bron_sectie": r["bron"]["sectie"],
    }


def _samen(herkomsten: set[str]) -> str:
    return next(iter(herkomsten)) if len(herkomsten) == 1 else "gemengd"


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
    linkstatus, vandaag = linkcontrole.per_url(cat), actualiteit.vandaag()
    for soort, naam in (("praktijkvoorbeeld", "voorbeelden"), ("werkvorm", "werkvormen")):
        records = [_record(i, site_url, datums, linkstatus, vandaag) for i in cat.van(soort)]
        alle += [(soort, r) for r in records]
        # compact: with indent, json falls back to its pure-Python encoder (0.6 s at 2,000 entries)
        yield f"data/{naam}.json", json.dumps(records, ensure_ascii=False, separators=(",", ":"))
        yield f"data/{naam}.csv", _csv(soort, records)
    for naam, inhoud in schemas.alle_schemas().items():
        yield f"data/schema/{naam}", json.dumps(inhoud, ensure_ascii=False, indent=2)
    yield "data/datapackage.json", json.dumps(datapakket(site_url), ensure_ascii=False, indent=2)
    yield "feed.xml", feed(alle, site_url, "Kennisbank Jongeren en werk: nieuw en gewijzigd", "feed.xml")


def _sleutel(paar) -> str:
    _, r = paar
    return r["gewijzigd"] or r.get("laatst_bekeken") or "0000-00-00"


def feed(alle: list[tuple[str, dict]], site_url: str, titel: str, pad: str) -> str:
    """An Atom feed of the 50 newest of these (kind, record) pairs; `pad` is where it is written."""
    nieuwste = sorted(alle, key=_sleutel, reverse=True)[:50]
    return render(
        "feed.xml.j2",
        site_url=site_url.rstrip("/"),
        items=nieuwste,
        titel=titel,
        pad=pad,
        licentie=LICENTIE,
        bijgewerkt=_sleutel(nieuwste[0]) if nieuwste else "2026-11-22",
    )


def feeds_per_regio_en_tag(
    cat: Catalogus, site_url: str, datums: dict, tags: list[dict], regios: list[dict]
) -> Iterator[tuple[str, str]]:
    """A feed per region and per tag, next to its page: a region subscribes to its own news."""
    records = {
        i.url: (soort, _record(i, site_url, datums))
        for soort in ("praktijkvoorbeeld", "werkvorm")
        for i in cat.van(soort)
    }
    for regio in regios:
        pad = f"regios/{regio['slug']}/feed.xml"
        yield (
            pad,
            feed(
                [records[i.url] for i in regio["voorbeelden"]],
                site_url,
                f"Kennisbank Jongeren en werk: arbeidsmarktregio {regio['naam']}",
                pad,
            ),
        )
    for tag in tags:
        pad = f"tags/{tag['slug']}/feed.xml"
        yield (
            pad,
            feed(
                [records[i["link"]] for i in tag["inhoud"]],
                site_url,
                f"Kennisbank Jongeren en werk: {tag['label'].lower()} {tag['naam']}",
                pad,
            ),
        )


def datapakket(site_url: str) -> dict:
    """The Data Package descriptor (https://datapackage.org): what each file holds and its licence."""
    basis = site_url.rstrip("/")
    bronnen = []
    for naam, soort, schema in (
        ("voorbeelden", "praktijkvoorbeelden", "praktijkvoorbeeld"),
        ("werkvormen", "werkvormen", "werkvorm"),
    ):
        for formaat in ("json", "csv"):
            bronnen.append(
                {
                    "name": f"{naam}-{formaat}",
                    "path": f"{basis}/data/{naam}.{formaat}",
                    "format": formaat,
                    "mediatype": "application/json" if formaat == "json" else "text/csv",
                    "title": f"Alle {soort}"
                    + (" met alle velden" if formaat == "json" else ", de belangrijkste velden"),
                    **({"schema": f"{basis}/data/schema/{schema}.schema.json"} if formaat == "json" else {}),
                    "licenses": [LICENTIE],
                }
            )
    return {
        "name": "kennisbank-jongeren-en-werk",
        "title": "Kennisbank Jongeren en werk",
        "description": "Praktijkvoorbeelden uit de 35 arbeidsmarktregio's en werkvormen voor regionale "
        "bijeenkomsten over jongeren en werk.",
        "homepage": f"{basis}/",
        "licenses": [LICENTIE],
        "sources": [{"title": NAAMSVERMELDING}],
        "resources": bronnen,
    }
