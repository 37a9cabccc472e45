"""What the build makes for search and browsing (issue 14), read from the built site: an Atom feed
per region and per tag, linked from its page; schema.org JSON-LD on entry pages; every indexed page
typed for the search, and the metadata box and item lists kept out of the search text."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from kennisbank.inhoud import catalogus, schemas
from kennisbank.inhoud.slugs import slug

from .conftest import PROJECT

ATOM = {"a": "http://www.w3.org/2005/Atom"}
_cat = catalogus.laad(PROJECT)


def _jsonld(html: str) -> dict:
    blokken = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blokken) == 1, len(blokken)
    return json.loads(blokken[0])


def test_feed_per_regio_met_zijn_voorbeelden(site_map):
    for regio in schemas.waarden("regio"):
        pad = site_map / "regios" / slug(regio) / "feed.xml"
        feed = ET.parse(pad).getroot()
        assert regio in feed.find("a:title", ATOM).text
        assert feed.find("a:id", ATOM).text.endswith(f"/regios/{slug(regio)}/feed.xml")
        links = {e.find("a:link", ATOM).get("href") for e in feed.findall("a:entry", ATOM)}
        verwacht = {v.slug for v in _cat.van("praktijkvoorbeeld") if regio in v.data["regios"]}
        assert {link.rstrip("/").rsplit("/", 1)[-1] for link in links} == verwacht, regio
        html = (site_map / "regios" / slug(regio) / "index.html").read_text(encoding="utf-8")
        # a visible link: a <link rel="alternate"> in the head makes Material fetch a sitemap next to it
        assert '<a href="feed.xml" type="application/atom+xml">' in html


def test_feed_per_tag(site_map):
    v = _cat.van("praktijkvoorbeeld")[0]
    thema = v.data["themas"][0]
    feed = ET.parse(site_map / "tags" / slug(thema) / "feed.xml").getroot()
    titels = [e.find("a:title", ATOM).text for e in feed.findall("a:entry", ATOM)]
    assert v.data["titel"] in titels
    for e in feed.findall("a:entry", ATOM):
        assert e.find("a:updated", ATOM).text.endswith("Z") and e.find("a:summary", ATOM).text


def test_jsonld_op_voorbeeld_en_werkvorm(site_map):
    v = _cat.van("praktijkvoorbeeld")[0]
    d = _jsonld((site_map / "voorbeelden" / v.slug / "index.html").read_text(encoding="utf-8"))
    assert d["@context"] == "https://schema.org" and d["@type"] == "Article"
    assert d["headline"] == v.data["titel"] and d["description"] == v.data["samenvatting"]
    assert d["url"].endswith(f"/voorbeelden/{v.slug}/") and d["inLanguage"] == "nl"
    assert [p["name"] for p in d["spatialCoverage"]] == [f"Arbeidsmarktregio {r}" for r in v.data["regios"]]
    w = _cat.van("werkvorm")[0]
    d = _jsonld((site_map / "werkvormen" / w.slug / "index.html").read_text(encoding="utf-8"))
    assert "HowTo" in d["@type"] and "LearningResource" in d["@type"]
    assert [s["name"] for s in d["step"]] == [s["titel"] for s in w.data["stappen"]]
    assert d["totalTime"] == f"PT{sum(s['minuten'] for s in w.data['stappen'])}M"


def test_elke_geindexeerde_pagina_heeft_een_soort(site_map):
    soorten = {}
    for html_pad in site_map.rglob("index.html"):
        html = html_pad.read_text(encoding="utf-8")
        if "data-pagefind-body" not in html:
            continue
        m = re.search(r'data-pagefind-filter="soort:([^"]+)"', html)
        assert m, html_pad
        soorten[str(html_pad.parent.relative_to(site_map))] = m.group(1)
    assert soorten["regios/twente"] == "Regio" and soorten["tags/matchen"] == "Tag"
    assert soorten["sessieplanner"] == soorten["verkenner"] == soorten["formulieren/netwerkkaart"] == "Tool"
    assert soorten["verbetertool/check"] == soorten["verbetertool/team"] == "Verbetertool"
    assert soorten["begrippen"] == "Begrip"
    assert all(soorten[k] == "Verbetertool" for k in soorten if k.startswith("verbetertool/factor-"))
    assert all(
        soorten[k] == "Praktijkvoorbeeld" for k in soorten if k.startswith("voorbeelden/") and k != "voorbeelden"
    )


def test_metadata_en_lijsten_geen_zoektekst(site_map):
    v = _cat.van("praktijkvoorbeeld")[0]
    html = (site_map / "voorbeelden" / v.slug / "index.html").read_text(encoding="utf-8")
    assert '<div class="kb-kenmerken" data-pagefind-ignore>' in html
    html = (site_map / "regios" / "twente" / "index.html").read_text(encoding="utf-8")
    assert '<ul class="kb-itemlijst" data-pagefind-ignore>' in html
    html = (site_map / "verbetertool" / "factor-7-30" / "index.html").read_text(encoding="utf-8")
    assert "<ul data-pagefind-ignore>" in html  # the examples it quotes are found themselves
    # each glossary term is a heading with an id: Pagefind makes it a sub-result that lands on it
    html = (site_map / "begrippen" / "index.html").read_text(encoding="utf-8")
    assert '<h2 id="loonkostensubsidie" class="kb-begrip"' in html
