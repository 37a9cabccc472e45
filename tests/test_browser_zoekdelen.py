"""A search index in parts (kennisbank/paginas/zoekindex.py), as a large site gets it: the real site
indexed again in parts of 40 pages, searched in a real browser. Every page is in exactly one part,
the search page merges the parts (pagefind/delen.json), finds every page the one-part index finds,
and meets the same bar for the realistic questions."""

from __future__ import annotations

import json
import shutil

import pytest

from kennisbank.paginas import zoekindex
from scripts import webserver

from .test_browser_zoeken import MINIMUM, TOP, VRAGEN

PER_DEEL = 40

# The result pages of each word, from the index as the search page loaded it (zoeken.js
# merges the parts into the one Pagefind module, so this import sees them once they are loaded).
_AANTAL_JS = """async (woorden) => {
  await window.kennisbankZoek('jongeren');
  const pf = await import('/pagefind/pagefind.js');
  const uit = [];
  for (const w of woorden) {
    const s = await pf.search(w);
    uit.push((await Promise.all(s.results.map(r => r.data()))).map(d => d.url).sort());
  }
  return uit;
}"""
WOORDEN = ["jongeren", "werkgever", "bbl", "check-in", "Twente", "nazorg", "afsprakenkaart", "uitkering"]


@pytest.fixture(scope="module")
def in_delen(site_map, tmp_path_factory):
    kopie = tmp_path_factory.mktemp("zoekdelen") / "site"
    shutil.copytree(site_map, kopie)
    fout = zoekindex.maak(kopie, per_deel=PER_DEEL, tegelijk=2)
    assert fout is None, fout
    url, httpd = webserver.start(kopie)
    yield kopie, url
    httpd.shutdown()


def test_verdeel_houdt_delen_klein_en_gelijk():
    paginas = list(range(101))
    delen = zoekindex.verdeel(paginas, 40)
    assert [len(d) for d in delen] == [34, 34, 33]
    assert [p for d in delen for p in d] == paginas
    assert zoekindex.verdeel(paginas, 200) == [paginas]
    assert zoekindex.verdeel([], 40) == [[]]
    # two runs at a time: an even number of parts, so the last run does not go alone
    assert [len(d) for d in zoekindex.verdeel(paginas, 40, veelvoud=2)] == [26, 26, 26, 23]
    assert zoekindex.verdeel(paginas, 200, veelvoud=2) == [paginas]


def test_elke_pagina_in_precies_een_deel(site_map, in_delen):
    kopie, _ = in_delen
    paginas = zoekindex.te_indexeren(kopie)
    extra = json.loads((kopie / "pagefind" / "delen.json").read_text(encoding="utf-8"))
    assert len(extra) + 1 == len(zoekindex.verdeel(paginas, PER_DEEL)) >= 3
    bundels = [kopie / "pagefind", *(kopie / d for d in extra)]
    per_bundel = [
        json.loads((b / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]["nl"]["page_count"]
        for b in bundels
    ]
    assert sum(per_bundel) == len(paginas), per_bundel
    assert max(per_bundel) <= PER_DEEL
    # the one-part index of the real site: an empty list, and the same number of pages
    assert json.loads((site_map / "pagefind" / "delen.json").read_text(encoding="utf-8")) == []
    entry = json.loads((site_map / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["nl"]["page_count"] == len(paginas)


def test_oude_delen_verdwijnen(in_delen, tmp_path):
    kopie, _ = in_delen
    site = tmp_path / "site"
    shutil.copytree(kopie, site)
    assert list((site / "pagefind").glob("deel-*"))
    assert zoekindex.maak(site) is None  # now in one part
    assert not list((site / "pagefind").glob("deel-*"))
    assert json.loads((site / "pagefind" / "delen.json").read_text(encoding="utf-8")) == []


def _open(browser, url):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(url + "/zoeken/", wait_until="networkidle")
    return context, page


@pytest.mark.browser
def test_delen_vinden_wat_een_index_vindt(browser, server, in_delen):
    _, url = in_delen
    uitkomsten = []
    for basis in (server, url):
        context, page = _open(browser, basis)
        try:
            uitkomsten.append(page.evaluate(_AANTAL_JS, WOORDEN))
        finally:
            context.close()
    een, delen = uitkomsten
    for woord, hier, daar in zip(WOORDEN, een, delen, strict=True):
        assert hier, f"{woord!r} vindt niets"
        # A part without the word itself gets Pagefind's near matches (words that start with it),
        # which rank below the real ones: more results, never fewer.
        assert set(hier) <= set(daar), f"{woord!r}: in delen niet gevonden: {sorted(set(hier) - set(daar))}"


@pytest.mark.browser
def test_zoekpagina_met_delen_haalt_de_lat(browser, in_delen):
    kopie, url = in_delen
    context, page = _open(browser, url)
    verzoeken: list[str] = []
    page.on("request", lambda r: verzoeken.append(r.url))
    try:
        resultaten = page.evaluate(
            "async (vragen) => { const uit = []; for (const q of vragen) "
            "uit.push((await window.kennisbankZoek(q)).map(d => d.url)); return uit; }",
            [v["vraag"] for v in VRAGEN],
        )
    finally:
        context.close()
    raak = sum(
        bool({p.split("#")[0] for p in v["verwacht"]} & set(urls[:TOP]))
        for v, urls in zip(VRAGEN, resultaten, strict=True)
    )
    assert raak / len(VRAGEN) >= MINIMUM["zoekpagina"], f"{raak} van {len(VRAGEN)} in de top {TOP}"
    # the search page really loaded the other parts
    extra = json.loads((kopie / "pagefind" / "delen.json").read_text(encoding="utf-8"))
    geladen = {d for d in extra if any(f"/{d}" in v for v in verzoeken)}
    assert geladen == set(extra), f"niet geladen: {sorted(set(extra) - geladen)}"
