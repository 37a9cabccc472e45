"""The Verkenner in a real browser: filters with counts, URL state, and the full list without JS."""
from __future__ import annotations

import pytest

from kennisbank import catalogus
from kennisbank.slugs import slug

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
