"""The printed card of every werkvorm (issue 15): Chromium's PDF of the page in print media is
exactly one A4 page, its QR code decodes to the page's URL, and the print per phase gives one
page per card. Plus the shortening that makes a long werkvorm fit, which the web page does not do."""

from __future__ import annotations

import copy

import pypdfium2 as pdfium
import pytest
import zxingcpp

from kennisbank.inhoud import catalogus
from kennisbank.paginas import werkvormkaart

from .browser import open_pagina
from .conftest import PROJECT, alle_motoren

_cat = catalogus.laad(PROJECT)
_werkvormen = sorted(_cat.van("werkvorm"), key=lambda i: i.slug)
SITE_URL = "https://kennisbank-jongeren.nl"


def _pdf(pagina, pad: str) -> pdfium.PdfDocument:
    open_pagina(pagina, pad)
    pagina.emulate_media(media="print")
    return pdfium.PdfDocument(pagina.pdf(format="A4"))


def _qr_teksten(pdf_pagina) -> list[str]:
    beeld = pdf_pagina.render(scale=2).to_pil().convert("L")
    return [c.text for c in zxingcpp.read_barcodes(beeld)]


@pytest.mark.browser
@alle_motoren
def test_elke_werkvorm_is_een_kaart_van_een_a4_met_qr_code(pagina):
    fouten = []
    for item in _werkvormen:
        pdf = _pdf(pagina, f"/werkvormen/{item.slug}/")
        url = f"{SITE_URL}/werkvormen/{item.slug}/"
        if len(pdf) != 1:
            fouten.append(f"{item.slug}: {len(pdf)} pagina's")
            continue
        breedte, hoogte = pdf[0].get_size()
        assert abs(breedte - 595.3) < 2 and abs(hoogte - 841.9) < 2, item.slug  # A4 in points
        if _qr_teksten(pdf[0]) != [url]:
            fouten.append(f"{item.slug}: QR-code {_qr_teksten(pdf[0])} in plaats van {url}")
        tekst = pdf[0].get_textpage().get_text_range()
        for deel in (item.titel, "Materialen", "Stappen", "achter de QR-code"):
            if " ".join(deel.split()) not in " ".join(tekst.split()):
                fouten.append(f"{item.slug}: '{deel}' staat niet op de kaart")
        for stap in item.data["stappen"]:
            if f"({stap['minuten']} min" not in tekst:
                fouten.append(f"{item.slug}: minuten van stap '{stap['titel']}' ontbreken")
    assert not fouten, "\n".join(fouten)


@pytest.mark.browser
@pytest.mark.parametrize("fase", ["netwerksessie", "richting bepalen"])
def test_print_per_fase_geeft_een_kaart_per_pagina(pagina, fase):
    items = [i for i in _cat.van("werkvorm") if fase in i.data["fasen"]]
    pdf = _pdf(pagina, f"/printen/{fase.replace(' ', '-')}/")
    assert len(pdf) == len(items)
    gevonden = [t for i in range(len(pdf)) for t in _qr_teksten(pdf[i])]
    assert sorted(gevonden) == sorted(f"{SITE_URL}/werkvormen/{i.slug}/" for i in items)


def test_een_lange_werkvorm_wordt_ingekort_en_de_kaart_zegt_het():
    lang = copy.deepcopy(next(i for i in _werkvormen if i.slug == "netwerksessie-online").data)
    for stap in lang["stappen"]:
        stap["beschrijving"] = ("Dit is een lange zin over wat de gespreksleider in deze stap doet. " * 8).strip()
    lang["samenvatting"] = "Een samenvatting die veel te lang is voor een kaart. " * 10
    kaart = werkvormkaart.kaart(lang, f"{SITE_URL}/werkvormen/x/")
    assert kaart["ingekort"]
    assert werkvormkaart.schat_regels(kaart) <= werkvormkaart.REGELS_BESCHIKBAAR
    # every step keeps its title and minutes; cut text ends at a sentence or with an ellipsis
    assert [(s["titel"], s["minuten"]) for s in kaart["stappen"]] == [
        (s["titel"], s["minuten"]) for s in lang["stappen"]
    ]
    assert all(s["beschrijving"] == "" or s["beschrijving"].endswith((".", "…")) for s in kaart["stappen"])
    # deterministic: the same input gives the same card
    assert werkvormkaart.kaart(lang, f"{SITE_URL}/werkvormen/x/") == kaart
    kort = werkvormkaart.kaart(
        next(i for i in _werkvormen if i.slug == "check-in").data, f"{SITE_URL}/werkvormen/check-in/"
    )
    assert not kort["ingekort"] and kort["korte_url"] == "kennisbank-jongeren.nl/werkvormen/check-in"


def test_kort_knipt_op_zin_of_woord():
    assert werkvormkaart.kort("Eén. Twee drie. Vier vijf zes.", 16) == ("Eén. Twee drie.", True)
    assert werkvormkaart.kort("Eénlangwoord twee drie vier", 15) == ("Eénlangwoord…", True)
    assert werkvormkaart.kort("Kort.", 100) == ("Kort.", False)


@pytest.mark.browser
def test_de_webpagina_houdt_alle_tekst(pagina):
    item = next(i for i in _werkvormen if i.slug == "netwerksessie-online")
    open_pagina(pagina, "/werkvormen/netwerksessie-online/")
    zichtbaar = " ".join(pagina.locator("article").inner_text().split())
    for stap in item.data["stappen"]:
        assert " ".join(stap["beschrijving"].split()) in zichtbaar
    assert not pagina.locator(".kb-a4").is_visible()  # the card is for print only
