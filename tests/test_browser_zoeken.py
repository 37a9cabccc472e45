"""Search quality in a real browser: realistic questions (tests/zoekvragen.yaml) on /zoeken/, each
with the page(s) that should answer it. For at least 90% of them an expected page must be in the top 3
of what the search page shows (window.kennisbankZoek: Pagefind plus the page's own handling of stop
words and partial matches); the raw Pagefind index on its own must not fall below 85%. Also:
diacritics and spelling variants don't matter, and a result shows its kind, region and pillars."""

from __future__ import annotations

import re

import pytest
import yaml

from .conftest import PROJECT, alle_motoren

VRAGEN = yaml.safe_load((PROJECT / "tests" / "zoekvragen.yaml").read_text(encoding="utf-8"))
TOP = 3
# Share of questions with an expected page in the top 3: what the search page shows, and what the
# Pagefind index gives without the page's help (a floor, so a weaker index is noticed early).
MINIMUM = {"zoekpagina": 0.90, "pagefind": 0.85}

# Runs in the page: every question, the first `top` result URLs per question. Each question starts
# from a fresh Pagefind state (destroy) and is "typed" first: every prefix goes through the page's
# own preloading (window.kennisbankVoorlaad), as when someone types. Pagefind drops an unknown word
# only when no loaded index chunk holds a prefix of it, so the outcome depends on what is loaded;
# this way it is what a visitor gets, and not on the questions asked before.
_ZOEK_JS = """async ([vragen, top, via]) => {
  const pf = await import('/pagefind/pagefind.js');
  const uit = [];
  for (const q of vragen) {
    await pf.destroy();
    await pf.options({baseUrl: '/', excerptLength: 24});
    window.kennisbankVoorlaad.vergeet();
    for (let i = 1; i < q.length; i++) window.kennisbankVoorlaad(q.slice(0, i));
    await window.kennisbankVoorlaad.klaar();
    let data;
    if (via === 'zoekpagina') {
      data = await window.kennisbankZoek(q);
    } else {
      const s = await pf.search(q);
      data = await Promise.all(s.results.slice(0, top).map(r => r.data()));
    }
    uit.push(data.slice(0, top).map(d => d.url));
  }
  return uit;
}"""


@pytest.fixture(scope="module")
def zoekpagina(browser, server):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(server + "/zoeken/", wait_until="networkidle")
    yield page
    context.close()


def _zoek(page, vragen: list[str], top: int = TOP, via: str = "pagefind") -> list[list[str]]:
    if via == "zoekpagina":
        assert page.evaluate("typeof window.kennisbankZoek") == "function", (
            "zoeken.js biedt window.kennisbankZoek(vraag) niet meer aan"
        )
    return page.evaluate(_ZOEK_JS, [vragen, top, via])


def test_zoekvragen_zijn_goed_gevormd(site_map):
    assert len(VRAGEN) >= 65
    teksten = [v["vraag"] for v in VRAGEN]
    assert len(set(t.lower() for t in teksten)) == len(teksten), "dubbele zoekvraag"
    for v in VRAGEN:
        assert set(v) == {"vraag", "verwacht", "waarom"}, v
        assert v["verwacht"] and v["waarom"].strip(), v
        for verwacht in v["verwacht"]:
            # An expectation that points at no page would count as a miss for the wrong reason.
            pad, _, anker = verwacht.partition("#")
            assert pad.startswith("/") and pad.endswith("/"), pad
            html = site_map / pad.strip("/") / "index.html"
            assert html.is_file(), f"{v['vraag']!r}: {pad} bestaat niet"
            assert not anker or f'id="{anker}"' in html.read_text(encoding="utf-8"), (
                f"{v['vraag']!r}: #{anker} bestaat niet"
            )


@pytest.mark.browser
@pytest.mark.parametrize("via", ["zoekpagina", "pagefind"])
def test_verwachte_pagina_in_top_3(zoekpagina, via):
    resultaten = _zoek(zoekpagina, [v["vraag"] for v in VRAGEN], via=via)
    missers = []
    for v, urls in zip(VRAGEN, resultaten, strict=True):
        # results here are pages: a glossary term counts as its page
        if not {p.split("#")[0] for p in v["verwacht"]} & set(urls):
            missers.append(f"  {v['vraag']!r}: verwacht {v['verwacht']}, top {TOP} {urls}")
    aandeel = 1 - len(missers) / len(VRAGEN)
    print(
        f"\n[{via}] {len(VRAGEN) - len(missers)} van {len(VRAGEN)} zoekvragen ({aandeel:.1%}) hebben een "
        f"verwachte pagina in de top {TOP}."
    )
    if missers:
        print("Missers:\n" + "\n".join(missers))
    assert aandeel >= MINIMUM[via], f"[{via}] {aandeel:.1%} < {MINIMUM[via]:.0%}; missers:\n" + "\n".join(missers)


@pytest.mark.browser
@pytest.mark.parametrize(
    "varianten",
    [
        ("coordinator", "coördinator"),
        ("ideeen", "ideeën"),
        ("een", "één"),
        ("coordinatiegroep", "coördinatiegroep"),
    ],
)
def test_diakrieten_maken_niet_uit(zoekpagina, varianten):
    zonder, met = _zoek(zoekpagina, list(varianten), top=1)
    assert met, f"{varianten[1]!r} vindt niets"
    assert zonder == met, f"{varianten[0]!r} geeft {zonder}, {varianten[1]!r} geeft {met}"


@pytest.mark.browser
@pytest.mark.parametrize("vraag", ["Food Valley", "FoodValley", "Foodvalley"])
def test_schrijfwijzen_van_foodvalley(zoekpagina, vraag):
    # the region's name: its region page and its only example on top
    (urls,) = _zoek(zoekpagina, [vraag], top=2)
    assert set(urls) == {"/regios/foodvalley/", "/voorbeelden/foodvalley-jongerenvouchers/"}, f"{vraag!r} geeft {urls}"


@pytest.mark.browser
@alle_motoren
def test_regio_en_onderwerp_geeft_het_voorbeeld(zoekpagina):
    (urls,) = _zoek(zoekpagina, ["foodvalley jongerenvouchers"], top=1)
    assert urls == ["/voorbeelden/foodvalley-jongerenvouchers/"], urls


@pytest.mark.browser
@alle_motoren
def test_zoektermen_vinden_de_pagina_maar_staan_niet_in_het_uittreksel(zoekpagina):
    # 'ZOWh@t' is typed as 'zowhat'; the extra search terms are Pagefind metadata, so they find the
    # page without showing up as page text in the excerpt.
    r = zoekpagina.evaluate("""async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.destroy(); await pf.options({baseUrl: '/', excerptLength: 24});
      const s = await pf.search('zowhat');
      return s.results.length ? await s.results[0].data() : null;
    }""")
    assert r and r["url"] == "/voorbeelden/noord-holland-noord-zowhat/", r and r["url"]
    assert "ZOWhat" in r["meta"].get("zoektermen", "")
    assert "ZOWhat" not in r["excerpt"], r["excerpt"]


@pytest.mark.browser
@alle_motoren
def test_resultaat_toont_soort_regio_en_pijlers(pagina):
    pagina.goto(pagina.basis + "/zoeken/", wait_until="networkidle")
    veld = pagina.locator("#kb-zoekveld")
    veld.focus()
    pagina.keyboard.type("bbl-banenmarkt")
    link = pagina.locator('a[href$="/voorbeelden/zeeland-bbl-banenmarkt/"]')
    item = pagina.locator("#kb-zoekresultaten li", has=link)
    item.first.wait_for()
    meta = item.first.locator(".kb-zoekmeta").inner_text()
    assert "Praktijkvoorbeeld" in meta
    assert "Zeeland" in meta
    for pijler in ("werkzoekendendienstverlening", "matchen", "werkgeversdienstverlening"):
        assert pijler in meta, (pijler, meta)
    assert re.match(r"\d+ resulta(at|ten) voor", pagina.locator("#kb-zoekstatus").inner_text())
    assert not pagina.vreemde_verzoeken
