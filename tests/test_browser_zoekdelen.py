"""A search index in parts (kennisbank/paginas/zoekindex.py), as a large site gets it: the real site
indexed in parts of 40 pages, in the three ways a site gets them: `zoekindex.maak` over a built
site, `make build` (the first parts made while MkDocs writes the site, the rest afterwards) and a
bare `mkdocs build` (all in the hook). Every page is in exactly one part, the search page merges
the parts (pagefind/delen.json), finds every page the one-part index finds, and meets the same bar
for the realistic questions."""

from __future__ import annotations

import gzip
import json
import shutil

import pytest

from kennisbank.paginas import zoekindex
from scripts import webserver

from .conftest import bouw_met, mkdocs_build
from .test_browser_zoeken import MINIMUM, TOP, VRAGEN

PER_DEEL = 40

# The result pages of each word, from the index as the search page loaded it (zoeken.js
# merges the parts into the one Pagefind module, so this import sees them once they are loaded),
# each with whether its indexed text holds the word itself.
_AANTAL_JS = """async (woorden) => {
  await window.kennisbankZoek('jongeren');
  const pf = await import('/pagefind/pagefind.js');
  const uit = [];
  for (const w of woorden) {
    const s = await pf.search(w);
    const zelf = new RegExp('(^|[^\\\\p{L}\\\\p{N}])' + w + '($|[^\\\\p{L}\\\\p{N}])', 'iu');
    uit.push((await Promise.all(s.results.map(r => r.data()))).map(d => [d.url, zelf.test(d.content)]));
  }
  return uit;
}"""
WOORDEN = ["jongeren", "werkgever", "bbl", "check-in", "Twente", "nazorg", "afsprakenkaart", "uitkering"]


MANIEREN = ("maak", "make build", "mkdocs build")


@pytest.fixture(scope="module", params=MANIEREN)
def in_delen(request, site_map, tmp_path_factory):
    kopie = tmp_path_factory.mktemp("zoekdelen") / "site"
    if request.param == "maak":
        shutil.copytree(site_map, kopie)
        fout = zoekindex.maak(kopie, per_deel=PER_DEEL, tegelijk=2)
        assert fout is None, fout
    else:
        # parts made during the build are half of KENNISBANK_ZOEKDEEL: 40 pages, as small as
        # maak's here (smaller parts rank worse: Pagefind weighs words per part)
        env = {"KENNISBANK_ZOEKDEEL": str(2 * PER_DEEL)}
        r = bouw_met("mkdocs", kopie, env) if request.param == "make build" else mkdocs_build(kopie, extra_env=env)
        assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    url, httpd = webserver.start(kopie)
    yield kopie, url, request.param
    httpd.shutdown()


def _urls(bundel) -> list[str]:
    """The page of every fragment in one bundle (Pagefind's gzipped, prefixed JSON)."""
    return [
        json.loads(gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd"))["url"]
        for f in (bundel / "fragment").glob("*.pf_fragment")
    ]


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
    kopie, _, manier = in_delen
    paginas = zoekindex.te_indexeren(kopie)
    extra = json.loads((kopie / "pagefind" / "delen.json").read_text(encoding="utf-8"))
    if manier == "maak":
        assert len(extra) + 1 == len(zoekindex.verdeel(paginas, PER_DEEL)) >= 3
    # every part folder is listed, and nothing of the build's bookkeeping is left in the site
    assert sorted(extra) == sorted(f"pagefind/{d.name}/" for d in (kopie / "pagefind").glob("deel-*"))
    assert not (kopie / "pagefind" / zoekindex.VOORTGANG).exists()
    bundels = [kopie / "pagefind", *(kopie / d for d in extra)]
    per_bundel = [
        json.loads((b / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]["nl"]["page_count"]
        for b in bundels
    ]
    assert sum(per_bundel) == len(paginas), per_bundel
    assert max(per_bundel) <= (PER_DEEL if manier == "maak" else 2 * PER_DEEL)
    urls = [u for b in bundels for u in _urls(b)]
    assert sorted(urls) == sorted("/" + p.relative_to(kopie).parent.as_posix().removeprefix(".") + "/" for p in paginas)
    if manier == "make build":
        # at least the first part (half size, to fit in memory beside MkDocs) during the build; how
        # many more, and so how large the parts made afterwards are, depends on the machine's speed
        assert min(per_bundel) <= PER_DEEL, per_bundel
    elif manier == "mkdocs build":
        assert max(per_bundel) <= PER_DEEL, per_bundel  # all in the hook, half size


def test_oude_delen_verdwijnen(in_delen, tmp_path):
    kopie, _, _ = in_delen
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
    _, url, _ = in_delen
    uitkomsten = []
    for basis in (server, url):
        context, page = _open(browser, basis)
        try:
            uitkomsten.append(page.evaluate(_AANTAL_JS, WOORDEN))
        finally:
            context.close()
    een, delen = uitkomsten
    for woord, hier, daar in zip(WOORDEN, een, delen, strict=True):
        met_woord = {url for url, zelf in hier if zelf}
        assert met_woord, f"{woord!r} vindt geen pagina met dat woord"
        # Every page with the word itself is found, whatever part it is in. Near matches (words
        # that start with it, 'werkgever' in 'werkgeversnetwerk') Pagefind picks per part, so
        # those can differ between one index and parts.
        gevonden = {url for url, _ in daar}
        assert met_woord <= gevonden, f"{woord!r}: in delen niet gevonden: {sorted(met_woord - gevonden)}"


@pytest.mark.browser
def test_zoekpagina_met_delen_haalt_de_lat(browser, in_delen):
    kopie, url, _ = in_delen
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
