"""The Netwerkkaart and Afsprakenkaart on a phone (rows stack, nothing scrolls sideways) and on
paper as Chromium prints them: a blank Afsprakenkaart with ruled lines in every cell on one A4,
three partners per A4 page of the Netwerkkaart."""

from __future__ import annotations

import re

import pytest

from .browser import open_pagina


def pdf_paginas(pagina) -> int:
    """Pages of the PDF Chromium makes of the page (A4, the page's own @page rules)."""
    pagina.emulate_media(media="print")
    pdf = pagina.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    pagina.emulate_media(media="screen")
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


@pytest.mark.browser
@pytest.mark.parametrize("breedte", (320, 390))
def test_afsprakenkaart_op_een_telefoon_onder_elkaar(breedte, pagina):
    pagina.set_viewport_size({"width": breedte, "height": 844})
    open_pagina(pagina, "/formulieren/afsprakenkaart/")
    assert pagina.evaluate("document.documentElement.scrollWidth") <= breedte
    veld = pagina.locator("#wt-f-invullen table.wt-rijen textarea[data-veld=wat]").first
    box = veld.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= breedte
    # the label is on screen above its field, not only in a column head far away
    label = pagina.locator(f"label[for='{veld.get_attribute('id')}']")
    assert label.is_visible() and label.bounding_box()["height"] > 5
    assert label.bounding_box()["y"] < box["y"]
    veld.fill("Stageplekken bij drie werkgevers")
    assert pagina.evaluate("document.documentElement.scrollWidth") <= breedte


@pytest.mark.browser
@pytest.mark.parametrize("breedte", (960, 1280))
def test_afsprakenkaart_past_op_een_laptop(breedte, pagina):
    pagina.set_viewport_size({"width": breedte, "height": 800})
    open_pagina(pagina, "/formulieren/afsprakenkaart/")
    vak = pagina.locator("#wt-f-invullen .wt-tabel-scroll")
    breed, zichtbaar = vak.evaluate("v => [v.scrollWidth, v.clientWidth]")
    assert breed <= zichtbaar, f"de tabel is {breed} px breed in een vak van {zichtbaar} px"
    assert pagina.locator("#wt-f-invullen table.wt-rijen thead th").first.is_visible()


@pytest.mark.browser
def test_netwerkkaart_op_320_pixels(pagina):
    pagina.set_viewport_size({"width": 320, "height": 844})
    open_pagina(pagina, "/formulieren/netwerkkaart/")
    pagina.locator("#wt-f-nieuw").click()
    assert pagina.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.mark.browser
def test_lege_afsprakenkaart_op_een_a4_met_lijnen_in_elke_cel(pagina):
    open_pagina(pagina, "/formulieren/afsprakenkaart/")
    pagina.evaluate("window.print = () => {}")
    pagina.locator("#wt-f-leeg-afdrukken").click()
    pagina.emulate_media(media="print")
    cellen = pagina.locator("#wt-f-leeg table.wt-rijen tbody td")
    assert cellen.count() >= 6 * 7
    achtergronden = cellen.evaluate_all("tds => tds.map(td => getComputedStyle(td).backgroundImage)")
    assert all("linear-gradient" in a for a in achtergronden), "niet elke cel heeft lijnen"
    hoogtes = cellen.evaluate_all("tds => tds.map(td => td.getBoundingClientRect().height)")
    assert min(hoogtes) > 40  # room to write: at least three ruled lines
    assert pdf_paginas(pagina) == 1  # (printing ends with afterprint, which removes the blank copy)


@pytest.mark.browser
@pytest.mark.parametrize("partners,paginas", [(3, 1), (6, 2)])
def test_netwerkkaart_drie_partners_per_a4(partners, paginas, pagina):
    open_pagina(pagina, "/formulieren/netwerkkaart/")
    for _ in range(partners - 1):
        pagina.locator("#wt-f-nieuw").click()
    kaarten = pagina.locator("#wt-f-invullen section.wt-kaart")
    assert kaarten.count() == partners
    for i in range(partners):
        kaart = kaarten.nth(i)
        kaart.locator("input[data-veld=organisatie]").fill(f"Organisatie {i + 1}")
        kaart.locator("textarea[data-veld=wat_doen_ze]").fill(
            "Begeleidt jongeren zonder startkwalificatie naar werk of school, met jobcoaches."
        )
    assert pdf_paginas(pagina) == paginas


@pytest.mark.browser
def test_lege_netwerkkaart_is_een_volle_a4(pagina):
    open_pagina(pagina, "/formulieren/netwerkkaart/")
    pagina.evaluate("window.print = () => {}")
    pagina.locator("#wt-f-leeg-afdrukken").click()
    assert pagina.locator("#wt-f-leeg section.wt-kaart").count() == 3
    assert pdf_paginas(pagina) == 1
