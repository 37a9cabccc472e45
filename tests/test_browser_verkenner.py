"""The Verkenner in a real browser: filters with counts, URL state, and the full list without JS."""

from __future__ import annotations

import pytest

from kennisbank.inhoud import catalogus
from kennisbank.inhoud.slugs import slug

from .browser import open_pagina
from .conftest import PROJECT

_voorbeelden = catalogus.laad(PROJECT).van("praktijkvoorbeeld")


def _zichtbaar(pagina) -> int:
    return pagina.locator("#kb-verkenner-lijst > li:visible").count()


@pytest.mark.browser
def test_filter_pijler_telt_en_staat_in_url(pagina):
    open_pagina(pagina, "/verkenner/")
    assert _zichtbaar(pagina) == len(_voorbeelden)
    verwacht = sum(1 for v in _voorbeelden if "matchen" in v.data["pijlers"])
    optie = pagina.locator("input[name=pijler][value=matchen]")
    label = pagina.locator("label.kb-optie", has=optie)
    assert f"({verwacht})" in label.inner_text()
    optie.check()
    assert _zichtbaar(pagina) == verwacht
    assert "pijler=matchen" in pagina.url
    assert pagina.locator("#kb-verkenner-status").inner_text().startswith(str(verwacht))


@pytest.mark.browser
def test_twee_facetten_en_url_delen(pagina):
    regio = _voorbeelden[0].data["regios"][0]
    thema = _voorbeelden[0].data["themas"][0]
    verwacht = sum(1 for v in _voorbeelden if regio in v.data["regios"] and thema in v.data["themas"])
    open_pagina(pagina, f"/verkenner/?regio={slug(regio)}&thema={slug(thema)}")
    assert pagina.locator(f"input[name=regio][value={slug(regio)}]").is_checked()
    assert _zichtbaar(pagina) == verwacht >= 1
    pagina.locator("#kb-wis-filters").click()
    assert _zichtbaar(pagina) == len(_voorbeelden)
    assert "regio=" not in pagina.url


@pytest.mark.browser
def test_verkenner_zonder_javascript_toont_alles(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/verkenner/")
    assert page.locator("#kb-verkenner-lijst > li").count() == len(_voorbeelden)
    assert not page.locator("#kb-verkenner").is_visible()
    context.close()


# --- issue 14: the Verkenner as the main way in -------------------------------------------------

_OPLOPEND = "(xs) => xs.every((x, i) => i === 0 || xs[i - 1].localeCompare(x, 'nl') <= 0)"


@pytest.mark.browser
def test_tekstvak_zoekt_binnen_de_filters_en_chips_halen_filters_weg(pagina):
    open_pagina(pagina, "/verkenner/?pijler=matchen")
    binnen = [v for v in _voorbeelden if "matchen" in v.data["pijlers"]]
    assert _zichtbaar(pagina) == len(binnen)
    # a word from one summary, in another case and without its accent
    woord = "jongeren"
    verwacht = [
        v
        for v in binnen
        if woord in (v.data["titel"] + " " + v.data["samenvatting"] + " " + " ".join(v.data["regios"])).lower()
    ]
    pagina.locator("#kb-verkenner-tekst").fill(woord.upper())
    pagina.wait_for_function(
        "(n) => document.getElementById('kb-verkenner-status').textContent.startsWith(n + ' ')", arg=str(len(verwacht))
    )
    assert len(verwacht) < len(_voorbeelden)
    assert "q=JONGEREN" in pagina.url and "pijler=matchen" in pagina.url
    chip = pagina.locator("#kb-verkenner-chips .kb-chip")
    assert chip.count() == 1 and chip.inner_text() == "Pijler: matchen"
    assert chip.get_attribute("aria-label") == "Filter Pijler: matchen verwijderen"
    chip.click()
    assert not pagina.locator("input[name=pijler][value=matchen]").is_checked()
    assert "pijler=" not in pagina.url
    assert pagina.locator("#kb-verkenner-chips").is_hidden()
    # the text stays: now over all examples
    alle = [
        v
        for v in _voorbeelden
        if woord in (v.data["titel"] + " " + v.data["samenvatting"] + " " + " ".join(v.data["regios"])).lower()
    ]
    assert _zichtbaar(pagina) >= len(alle) >= len(verwacht)


@pytest.mark.browser
def test_resultaatkaart_en_sorteren(pagina):
    open_pagina(pagina, "/verkenner/")
    v = _voorbeelden[0]
    kaart = pagina.locator("#kb-verkenner-lijst > li", has=pagina.locator(f"a[href$='/voorbeelden/{v.slug}/']"))
    tekst = kaart.inner_text()
    assert v.data["samenvatting"][:60] in " ".join(tekst.split())
    assert v.data["regios"][0] in tekst and f"bewijskracht: {v.data['bewijskracht']}" in tekst
    assert "Resultaat:" in tekst
    pagina.locator("#kb-verkenner-sorteer").select_option("regio")
    assert "sorteer=regio" in pagina.url
    regios = pagina.eval_on_selector_all("#kb-verkenner-lijst > li", "ls => ls.map(l => l.dataset.regionaam)")
    assert pagina.evaluate(_OPLOPEND, regios), regios[:5]
    pagina.locator("#kb-verkenner-sorteer").select_option("titel")
    titels = pagina.eval_on_selector_all("#kb-verkenner-lijst > li > a", "as => as.map(a => a.textContent)")
    assert pagina.evaluate(_OPLOPEND, titels) and titels != regios, titels[:5]
    pagina.locator("#kb-verkenner-sorteer").select_option("nieuwste")
    datums = pagina.eval_on_selector_all("#kb-verkenner-lijst > li", "ls => ls.map(l => l.dataset.nieuw)")
    assert datums == sorted(datums, reverse=True)


@pytest.mark.browser
def test_bewijskracht_uitgelegd_en_ook_bij_nul(pagina):
    from kennisbank.inhoud import schemas

    open_pagina(pagina, "/verkenner/")
    niveaus = schemas.waarden("bewijskracht")
    for n in niveaus:
        assert pagina.locator(f"input[name=bewijs][value={slug(n)}]").count() == 1, n
    uitleg = pagina.locator(".kb-bewijsniveaus").inner_text()
    for n in niveaus:
        aantal = sum(1 for v in _voorbeelden if v.data["bewijskracht"] == n)
        assert f"{n} ({aantal} voorbeeld" in uitleg, (n, uitleg)
    assert "effect aangetoond in onderzoek" in uitleg.lower()


@pytest.mark.browser
def test_verkenner_op_een_telefoon(pagina):
    pagina.set_viewport_size({"width": 390, "height": 800})
    open_pagina(pagina, "/verkenner/?regio=twente")
    paneel = pagina.locator("#kb-filterpaneel")
    assert paneel.get_attribute("open") is None  # the filters wait behind one tap
    status = pagina.locator("#kb-verkenner-status").bounding_box()
    assert status["y"] < paneel.bounding_box()["y"] < pagina.locator("#kb-verkenner-lijst").bounding_box()["y"]
    assert "(1 gekozen)" in paneel.locator(":scope > summary").inner_text()
    assert pagina.evaluate("document.documentElement.scrollWidth") <= 390
    paneel.locator(":scope > summary").click()
    assert pagina.locator("input[name=regio][value=twente]").is_visible()


@pytest.mark.browser
@pytest.mark.parametrize(
    "pad, filter_",
    [("/regios/twente/", "regio=twente"), ("/tags/matchen/", "pijler=matchen"), ("/tags/outreach/", "thema=outreach")],
)
def test_tag_en_regio_tonen_samenvatting_kerncijfer_en_verkennerlink(pagina, pad, filter_):
    open_pagina(pagina, pad)
    link = pagina.locator(f"a[href$='verkenner/?{filter_}']")
    assert link.count() == 1
    items = pagina.locator(".kb-itemlijst > li")
    assert items.count() >= 1
    eerste = items.first
    assert eerste.locator(".kb-item-samenvatting").inner_text().strip()
    assert "bewijskracht:" in eerste.locator(".kb-zoekmeta").inner_text()
    assert pagina.locator(".kb-itemlijst .kb-kerncijfer").count() >= 1
    aantal = items.count()
    link.click()
    pagina.wait_for_url(f"**/verkenner/?{filter_}")
    assert pagina.locator("#kb-verkenner-lijst > li:visible").count() == aantal


@pytest.mark.browser
@pytest.mark.parametrize("breedte", [320, 390, 1366])
def test_voorbeeldentabel_past(pagina, breedte):
    pagina.set_viewport_size({"width": breedte, "height": 800})
    open_pagina(pagina, "/voorbeelden/")
    assert pagina.evaluate("document.documentElement.scrollWidth") <= breedte
    # nothing cut off: the table scrolls nothing inside and ends within the article's text column
    tabel = pagina.evaluate("""() => { const t = document.querySelector('.kb-tabel table');
      const a = document.querySelector('article').getBoundingClientRect();
      return [t.scrollWidth, t.clientWidth, t.getBoundingClientRect().right, a.right]; }""")
    assert tabel[0] <= tabel[1] + 1 and tabel[2] <= tabel[3] + 1, tabel


@pytest.mark.browser
def test_verkenner_gelinkt_vanaf_home_overzichten_en_zoekpagina(pagina):
    for pad in ("/", "/voorbeelden/", "/regios/", "/tags/", "/zoeken/"):
        open_pagina(pagina, pad)
        assert pagina.locator("article a[href$='verkenner/']").count() >= 1, pad
