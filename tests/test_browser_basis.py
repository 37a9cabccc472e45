"""Every page type in a real headless Chromium: it loads, is Dutch, has no WCAG 2.2 A/AA or axe
best-practice violations, asks nothing of another origin, sets no cookies, reads without JS."""

from __future__ import annotations

import pytest

from kennisbank.inhoud import catalogus

from .browser import axe_schendingen, open_pagina
from .conftest import PROJECT, alle_motoren

_cat = catalogus.laad(PROJECT)
_voorbeeld = sorted(_cat.items.get("praktijkvoorbeeld", {}))[:1] or ["ontbreekt"]
_werkvorm = sorted(_cat.items.get("werkvorm", {}))[:1] or ["ontbreekt"]

PAGINATYPEN = {
    "home": "/",
    "praktijkvoorbeeld": f"/voorbeelden/{_voorbeeld[0]}/",
    "werkvorm": f"/werkvormen/{_werkvorm[0]}/",
    "voorbeelden-overzicht": "/voorbeelden/",
    "werkvormen-overzicht": "/werkvormen/",
    "tag": "/tags/matchen/",
    "tags": "/tags/",
    "regios": "/regios/",
    "regio": "/regios/twente/",
    "begrippen": "/begrippen/",
    "zoeken": "/zoeken/?q=jongeren",
    "toegankelijkheid": "/toegankelijkheid/",
}


@pytest.mark.browser
@pytest.mark.parametrize("naam", PAGINATYPEN)
def test_pagina_is_toegankelijk_nederlands_en_privé(naam, pagina):
    open_pagina(pagina, PAGINATYPEN[naam])
    assert pagina.locator("html").get_attribute("lang") == "nl"
    assert pagina.locator("h1").count() == 1
    assert "404" not in pagina.title()
    schendingen = axe_schendingen(pagina)
    assert not schendingen, "\n".join(schendingen)
    assert not pagina.vreemde_verzoeken, pagina.vreemde_verzoeken
    assert pagina.context.cookies() == []


@pytest.mark.browser
@alle_motoren
def test_leesbaar_zonder_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/voorbeelden/", wait_until="load")
    links = page.locator("article a[href*='/voorbeelden/'], article a[href$='/']").count()
    assert links >= len(_cat.items.get("praktijkvoorbeeld", {}))
    page.goto(server + PAGINATYPEN["praktijkvoorbeeld"], wait_until="load")
    assert page.locator("h2#aanpak").is_visible()
    context.close()


@pytest.mark.browser
@alle_motoren
def test_zoeken_vindt_en_toont_regio(pagina):
    open_pagina(pagina, "/zoeken/")
    pagina.locator("#kb-zoekveld").click()
    pagina.keyboard.type("jobhunter bbl")
    pagina.locator("#kb-zoekresultaten li").first.wait_for(timeout=5000)
    eerste = pagina.locator("#kb-zoekresultaten li").first
    assert eerste.locator("a").get_attribute("href")
    assert "q=jobhunter" in pagina.url
    assert not pagina.vreemde_verzoeken


@pytest.mark.browser
@alle_motoren
def test_zoekformulier_in_de_kop_werkt_met_toetsenbord(pagina):
    open_pagina(pagina, "/")
    pagina.locator("#kb-zoekveld-kop").focus()
    pagina.keyboard.type("nazorg")
    pagina.keyboard.press("Enter")
    pagina.wait_for_url("**/zoeken/?q=nazorg")
    pagina.locator("#kb-zoekresultaten li").first.wait_for(timeout=5000)
