"""Werkvormen for trainers in a real browser: stable URL with section anchors, copy-link button,
QR code that decodes to the page URL, a print card without site chrome, and the overview filters."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image

from kennisbank.inhoud import catalogus

from .browser import axe_schendingen, open_pagina
from .conftest import PROJECT, alle_motoren

_werkvormen = catalogus.laad(PROJECT).van("werkvorm")
SITE_URL = "https://kennisbank-jongeren.nl"


@pytest.mark.browser
@alle_motoren
def test_vaste_url_ankers_en_qr_code(pagina):
    w = next(i for i in _werkvormen if i.slug == "check-in")
    open_pagina(pagina, "/werkvormen/check-in/#stappen")
    assert pagina.locator("h2#stappen").is_visible()
    for anker in ("doel", "materialen", "voorbereiding", "stappen", "tips", "bron"):
        assert pagina.locator(f"#{anker}").count() == 1, anker
    png = pagina.locator(".kb-qr svg").screenshot()
    codes = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)).convert("L"))
    assert [c.text for c in codes] == [f"{SITE_URL}/werkvormen/{w.slug}/"]


@pytest.mark.browser
def test_kopieer_link_zet_de_url_op_het_klembord(browser, server):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(server + "/werkvormen/historielijn/", wait_until="networkidle")
    page.locator("button.kb-kopieer").click()
    page.locator(".kb-status", has_text="gekopieerd").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == f"{SITE_URL}/werkvormen/historielijn/"
    context.close()


@pytest.mark.browser
@alle_motoren
def test_print_toont_een_kaart_zonder_navigatie(pagina):
    open_pagina(pagina, "/werkvormen/waarderend-interview/")
    pagina.emulate_media(media="print")
    for kies in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer", ".kb-kaart-acties"):
        assert not pagina.locator(kies).first.is_visible(), kies
    # the print is the A4 card (title, steps, QR code); the web text itself stays on screen only
    assert pagina.locator(".kb-a4 .kb-a4-titel").is_visible() and pagina.locator(".kb-a4-stappen").is_visible()
    assert pagina.locator(".kb-a4-qr svg").is_visible()
    assert not pagina.locator("h1").is_visible() and not pagina.locator("#stappen").is_visible()


@pytest.mark.browser
def test_print_per_fase_heeft_alle_kaarten(pagina):
    fase = "richting bepalen"
    verwacht = [w for w in _werkvormen if fase in w.data["fasen"]]
    open_pagina(pagina, "/printen/richting-bepalen/")
    assert pagina.locator(".kb-printkaart").count() == len(verwacht)
    assert pagina.locator(".kb-printkaart .kb-qr svg").count() == len(verwacht)
    assert not axe_schendingen(pagina)


def _zichtbaar(pagina) -> set[str]:
    return set(
        pagina.eval_on_selector_all(
            "tr[data-slug]", "rows => rows.filter(r => r.offsetParent !== null).map(r => r.dataset.slug)"
        )
    )


@pytest.mark.browser
def test_filters_fase_tijd_groep_online_zonder_zoekvraag(pagina):
    open_pagina(pagina, "/werkvormen/")
    assert _zichtbaar(pagina) == {w.slug for w in _werkvormen}
    pagina.locator("input[name=fase][value=experimenteren]").check()
    pagina.locator("#kb-tijd").fill("30")
    pagina.locator("#kb-groep").fill("10")
    pagina.locator("input[name=online]").check()
    verwacht = {
        w.slug
        for w in _werkvormen
        if "experimenteren" in w.data["fasen"]
        and w.data["duur"]["min"] <= 30
        and w.data["groepsgrootte"]["min"] <= 10 <= w.data["groepsgrootte"]["max"]
        and w.data["online"]
    }
    assert _zichtbaar(pagina) == verwacht
    assert "fase=experimenteren" in pagina.url and "tijd=30" in pagina.url and "online=1" in pagina.url
    pagina.reload(wait_until="networkidle")
    assert _zichtbaar(pagina) == verwacht
    assert not axe_schendingen(pagina)
