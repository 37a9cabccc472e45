"""The Sessieplanner in a real browser (issue 15): times and totals, the plan in the URL (one
meeting and a trajectory), the draaiboeken, inserting at a position, replacing a block without
changing the total, reordering by keyboard and by drag and drop, notes prefilled from the
draaiboek, the combined materials, the target-duration warning, the two prints as PDF, the phone
layout, and axe (WCAG 2.2 AA and best practice) with a loaded draaiboek at 390 and 1280 px."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

import pypdfium2 as pdfium
import pytest

from kennisbank.inhoud import catalogus
from kennisbank.paginas import werkvormtools

from .browser import AXE_JS, open_pagina
from .conftest import PROJECT, alle_motoren
from .test_werkvormtools import TOOLKIT_AGENDA

_cat = catalogus.laad(PROJECT)
CHECK_IN = _cat.get("werkvorm", "check-in")
CHECK_IN_MINUTEN = werkvormtools.standaard_minuten(CHECK_IN)
SJABLONEN = {s["naam"]: s for s in werkvormtools.sjablonen(_cat)}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def _axe(pagina) -> list[str]:
    """axe on the page content (the planner and the draaiboeken). The site's header and menus are
    checked on every page type by the site-wide accessibility tests."""
    pagina.add_script_tag(path=str(AXE_JS))
    uitslag = pagina.evaluate(
        "(tags) => axe.run({include: [['.md-content']]}, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [f"{v['id']}: {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}" for v in uitslag["violations"]]


def _rijen(pagina, bijeenkomst: int = 1) -> list[dict]:
    """The blocks of one meeting as shown: begin, end, title, minutes, note, editors' mark."""
    return pagina.eval_on_selector_all(
        f"section.wt-bijeenkomst:nth-of-type({bijeenkomst}) li.wt-blok",
        """rows => rows.map(r => ({
        begin: r.querySelector('.wt-begin').textContent, eind: r.querySelector('.wt-eind').textContent,
        titel: r.querySelector('[data-actie=titel]').value,
        minuten: Number(r.querySelector('[data-actie=minuten]').value),
        notitie: r.querySelector('[data-actie=notitie]').value,
        richtwaarde: !!r.querySelector('.wt-redactie')}))""",
    )


def _blok(pagina, nr: int, bijeenkomst: int = 1):
    return pagina.locator(f"section.wt-bijeenkomst:nth-of-type({bijeenkomst}) li.wt-blok").nth(nr - 1)


def _veld(pagina, actie: str, bijeenkomst: int = 1):
    return pagina.locator(f"section.wt-bijeenkomst:nth-of-type({bijeenkomst}) [data-actie={actie}]").first


def _samenvatting(pagina, bijeenkomst: int = 1) -> str:
    return pagina.locator(f"section.wt-bijeenkomst:nth-of-type({bijeenkomst}) .wt-samenvatting").inner_text()


def _status(pagina, bevat: str = "") -> str:
    pagina.wait_for_function(
        "(t) => document.getElementById('wt-status').textContent.includes(t) && document.getElementById('wt-status').textContent.length > 0",
        arg=bevat,
    )
    return pagina.locator("#wt-status").inner_text()


def _vrij_blok(pagina, titel: str, minuten: int):
    pagina.locator("#wt-vrij-titel").fill(titel)
    pagina.locator("#wt-vrij-minuten").fill(str(minuten))
    pagina.locator("#wt-voeg-vrij").click()


def _laad(pagina, naam: str = "netwerksessie-3-uur"):
    pagina.locator(f".wt-laad-sjabloon[data-sjabloon={naam}]").click()
    verwacht = sum(len(b["blokken"]) for b in SJABLONEN[naam]["bijeenkomsten"])
    pagina.wait_for_function("(n) => document.querySelectorAll('li.wt-blok').length === n", arg=verwacht)


def _pdf(pagina, soort: str) -> pdfium.PdfDocument:
    pagina.evaluate("(s) => document.documentElement.setAttribute('data-afdruk', s)", soort)
    pagina.emulate_media(media="print")
    pdf = pdfium.PdfDocument(pagina.pdf(format="A4"))
    pagina.emulate_media(media="screen")
    return pdf


def _pdftekst(pdf) -> str:
    return " ".join(" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf)))


# ---------------------------------------------------------------------------------------------


@pytest.mark.browser
@alle_motoren
def test_planner_rekent_begin_eind_en_totaal(pagina):
    open_pagina(pagina, "/sessieplanner/")
    assert _veld(pagina, "bk-start").input_value() == "13:00"
    assert pagina.locator("#wt-werkvorm option").count() == len(_cat.items["werkvorm"])
    assert pagina.locator("#wt-werkvorm option[value=check-in]").get_attribute("data-minuten") == str(CHECK_IN_MINUTEN)

    _veld(pagina, "bk-start").fill("09:30")
    pagina.locator("#wt-werkvorm").select_option("check-in")
    pagina.locator("#wt-voeg-werkvorm").click()
    _vrij_blok(pagina, "Koffie", 15)
    _vrij_blok(pagina, "Afsluiting", 20)
    rijen = _rijen(pagina)
    assert [r["titel"] for r in rijen] == [CHECK_IN.titel, "Koffie", "Afsluiting"]
    assert rijen[0]["minuten"] == CHECK_IN_MINUTEN
    _blok(pagina, 1).locator("[data-actie=minuten]").fill("10")
    assert [(r["begin"], r["eind"]) for r in _rijen(pagina)] == [
        ("09:30", "09:40"),
        ("09:40", "09:55"),
        ("09:55", "10:15"),
    ]
    assert "van 09:30 tot 10:15, 45 minuten" in _samenvatting(pagina)

    _blok(pagina, 2).locator("[data-actie=minuten]").fill("50")
    assert [(r["begin"], r["eind"]) for r in _rijen(pagina)] == [
        ("09:30", "09:40"),
        ("09:40", "10:30"),
        ("10:30", "10:50"),
    ]
    assert "80 minuten (1 uur en 20 minuten)" in _samenvatting(pagina)

    _veld(pagina, "bk-start").fill("23:30")
    assert [(r["begin"], r["eind"]) for r in _rijen(pagina)] == [
        ("23:30", "23:40"),
        ("23:40", "00:30"),
        ("00:30", "00:50"),
    ]

    _blok(pagina, 2).locator("[data-actie=weg]").click()
    assert [r["titel"] for r in _rijen(pagina)] == [CHECK_IN.titel, "Afsluiting"]
    assert "verwijderd" in _status(pagina, "verwijderd")
    assert not pagina.vreemde_verzoeken, pagina.vreemde_verzoeken


@pytest.mark.browser
def test_draaiboek_van_de_toolkit_met_instructies_en_richtwaarden(pagina):
    open_pagina(pagina, "/sessieplanner/")
    _laad(pagina)
    rijen = _rijen(pagina)
    assert [(r["titel"], r["minuten"]) for r in rijen] == TOOLKIT_AGENDA
    assert [(r["begin"], r["eind"]) for r in rijen][4] == ("14:20", "14:30")
    assert "180 minuten (3 uur)" in _samenvatting(pagina)
    # the notes start as the draaiboek's instructions ("wat gebeurt er")
    verwacht = [b["wat"] for b in SJABLONEN["netwerksessie-3-uur"]["blokken"]]
    assert [r["notitie"] for r in rijen] == verwacht and verwacht[0]
    # the toolkit gives the minutes, not the start time: only the start is marked
    assert not any(r["richtwaarde"] for r in rijen)
    assert "redactie" in pagina.locator("section.wt-bijeenkomst .wt-start-uitleg").inner_text()
    # the target is the draaiboek's own duration
    assert _veld(pagina, "bk-doel").input_value() == "180"
    assert "Precies op je doel" in pagina.locator(".wt-doelmelding").inner_text()
    assert "geladen" in _status(pagina, "geladen")
    # the browser's back button brings the previous (empty) plan back
    pagina.go_back(wait_until="networkidle")
    pagina.wait_for_function("document.querySelectorAll('li.wt-blok').length === 0")


@pytest.mark.browser
def test_invoegen_op_elke_plek(pagina):
    open_pagina(pagina, "/sessieplanner/")
    _laad(pagina)
    # "Voeg erna in" on block 2 points the add form at that place
    _blok(pagina, 2).locator("[data-actie=erna]").click()
    assert pagina.evaluate("document.activeElement.id") == "wt-werkvorm"
    pagina.locator("#wt-werkvorm").select_option("wondervraag")
    pagina.locator("#wt-voeg-werkvorm").click()
    titels = [r["titel"] for r in _rijen(pagina)]
    assert titels[:4] == ["Introductie", "Voorstelronde", _cat.get("werkvorm", "wondervraag").titel, "Toekomstdroom"]
    assert "ingevoegd als blok 3" in _status(pagina, "ingevoegd")
    # the next insert follows the one just made
    _vrij_blok(pagina, "Even bewegen", 5)
    assert [r["titel"] for r in _rijen(pagina)][3] == "Even bewegen"
    # "Voeg ervoor in" on the first block, and the position list itself
    _blok(pagina, 1).locator("[data-actie=ervoor]").click()
    _vrij_blok(pagina, "Inloop", 15)
    assert [r["titel"] for r in _rijen(pagina)][0] == "Inloop"
    assert _rijen(pagina)[0]["begin"] == "13:00" and _rijen(pagina)[1]["begin"] == "13:15"
    pagina.locator("#wt-positie").select_option(label="Aan het eind")
    _vrij_blok(pagina, "Borrel", 30)
    assert [r["titel"] for r in _rijen(pagina)][-1] == "Borrel"


@pytest.mark.browser
def test_vervangen_houdt_de_totale_duur(pagina):
    open_pagina(pagina, "/sessieplanner/")
    _laad(pagina)
    # Toekomstdroom (15 min) replaced by the wondervraag, which takes 27 minutes by default
    wondervraag = _cat.get("werkvorm", "wondervraag")
    assert werkvormtools.standaard_minuten(wondervraag) != 15
    _blok(pagina, 3).locator("[data-actie=vervang]").click()
    keuze = _blok(pagina, 3).locator(".wt-vervang select")
    assert keuze.evaluate("el => el === document.activeElement")
    keuze.select_option("wondervraag")
    _blok(pagina, 3).locator("[data-actie=vervang-ok]").click()
    rij = _rijen(pagina)[2]
    assert rij["titel"] == wondervraag.titel and rij["minuten"] == 15
    assert "180 minuten (3 uur)" in _samenvatting(pagina)
    melding = _status(pagina, "vervangen")
    assert "houdt 15 minuten" in melding and "180 minuten" in melding
    assert _blok(pagina, 3).locator(".wt-werkvormlink a").get_attribute("href").endswith("/werkvormen/wondervraag/")
    # every block has the button, and cancelling changes nothing
    assert pagina.locator("li.wt-blok [data-actie=vervang]").count() == 10
    _blok(pagina, 1).locator("[data-actie=vervang]").click()
    _blok(pagina, 1).locator("[data-actie=vervang-stop]").click()
    assert _rijen(pagina)[0]["titel"] == "Introductie" and _blok(pagina, 1).locator(".wt-vervang").count() == 0


@pytest.mark.browser
def test_volgorde_wijzigen_met_het_toetsenbord(pagina):
    open_pagina(pagina, "/sessieplanner/")
    _laad(pagina)
    later = _blok(pagina, 1).locator("[data-actie=omlaag]")
    later.focus()
    pagina.keyboard.press("Enter")
    assert [r["titel"] for r in _rijen(pagina)][:3] == ["Voorstelronde", "Introductie", "Toekomstdroom"]
    # focus stays on the moved block's button, so pressing again moves it further
    assert (
        pagina.evaluate("document.activeElement.closest('li').querySelector('[data-actie=titel]').value")
        == "Introductie"
    )
    pagina.keyboard.press("Space")
    rijen = _rijen(pagina)
    assert [r["titel"] for r in rijen][:3] == ["Voorstelronde", "Toekomstdroom", "Introductie"]
    assert (rijen[2]["begin"], rijen[2]["eind"]) == ("13:25", "13:35")
    assert "is nu blok 3" in _status(pagina, "is nu blok 3")
    pagina.keyboard.press("Shift+Tab")
    assert pagina.evaluate("document.activeElement.dataset.actie") == "omhoog"
    pagina.keyboard.press("Enter")
    assert [r["titel"] for r in _rijen(pagina)][:3] == ["Voorstelronde", "Introductie", "Toekomstdroom"]
    # the notes move with their blocks, and the new order is in the URL
    assert _rijen(pagina)[1]["notitie"] == SJABLONEN["netwerksessie-3-uur"]["blokken"][0]["wat"]
    blokken = parse_qs(urlsplit(pagina.url).query)["b"][0].split(",")
    assert [b.rsplit(":", 1)[1] for b in blokken[:5]] == ["10", "10", "15", "45", "10"]
    assert blokken[0].startswith("voorstelronde~") and blokken[1].startswith("introductie-netwerksessie~")


@pytest.mark.browser
def test_slepen_met_de_muis(pagina):
    open_pagina(pagina, "/sessieplanner/")
    _laad(pagina)
    # Headless Chromium here starts no native drag from Playwright's mouse (dragstart, then at once
    # dragend), so the drag events are dispatched as the browser would, with a real DataTransfer.
    pagina.evaluate("""() => {
        const bron = document.querySelectorAll('li.wt-blok')[0].querySelector('.wt-greep');
        const doel = document.querySelectorAll('li.wt-blok')[3];
        const r = doel.getBoundingClientRect(), dt = new DataTransfer();
        const opties = {bubbles: true, cancelable: true, dataTransfer: dt, clientX: r.left + 20, clientY: r.bottom - 5};
        bron.dispatchEvent(new DragEvent('dragstart', opties));
        doel.dispatchEvent(new DragEvent('dragover', opties));
        doel.dispatchEvent(new DragEvent('drop', opties));
        bron.dispatchEvent(new DragEvent('dragend', opties));
    }""")
    titels = [r["titel"] for r in _rijen(pagina)]
    assert titels[:4] == ["Voorstelronde", "Toekomstdroom", "Toekomstdroom delen", "Introductie"], titels
    assert "180 minuten" in _samenvatting(pagina)
    assert "is nu blok 4" in _status(pagina, "is nu blok 4")


@pytest.mark.browser
def test_notities_doel_en_materialen(pagina):
    open_pagina(pagina, "/sessieplanner/")
    _laad(pagina)
    # a note of one's own, and an emptied one, survive a reload through the URL
    _blok(pagina, 2).locator("[data-actie=notitie]").fill(
        "Vraag naar de Netwerkkaart, 5 min extra; let op: geen namen!"
    )
    _blok(pagina, 5).locator("[data-actie=notitie]").fill("")
    _blok(pagina, 1).locator("[data-actie=notitie]").fill("")
    # the target: over and under are clearly said
    _blok(pagina, 4).locator("[data-actie=minuten]").fill("60")
    melding = pagina.locator(".wt-doelmelding")
    assert "15 minuten langer dan je doel van 180 minuten" in melding.inner_text()
    assert "wt-te-lang" in melding.get_attribute("class")
    _veld(pagina, "bk-doel").fill("240")
    assert "45 minuten korter dan je doel van 240 minuten" in melding.inner_text()
    assert "wt-te-kort" in melding.get_attribute("class")
    _veld(pagina, "bk-doel").fill("")
    assert not melding.is_visible()
    _veld(pagina, "bk-doel").fill("195")
    assert "Precies op je doel" in melding.inner_text()
    voor = _rijen(pagina)
    pagina.reload(wait_until="networkidle")
    assert _rijen(pagina) == voor
    assert (
        voor[1]["notitie"].startswith("Vraag naar de Netwerkkaart")
        and voor[0]["notitie"] == ""
        and voor[4]["notitie"] == ""
    )
    assert voor[2]["notitie"] == SJABLONEN["netwerksessie-3-uur"]["blokken"][2]["wat"]
    assert _veld(pagina, "bk-doel").input_value() == "195"
    # the materials of all werkvormen in the plan, each once, with the werkvormen that need them
    materialen = pagina.locator("#wt-materialen li").all_inner_texts()
    verwacht = {
        " ".join(m.split())
        for b in SJABLONEN["netwerksessie-3-uur"]["blokken"]
        if b["werkvorm"]
        for m in _cat.get("werkvorm", b["werkvorm"]).data["materialen"]
    }
    assert len(materialen) == len(verwacht)
    assert all(any(m.startswith(v) for m in materialen) for v in verwacht)
    assert any(_cat.get("werkvorm", "toekomstdroom").titel in m for m in materialen)


@pytest.mark.browser
@alle_motoren
def test_traject_van_vijf_bijeenkomsten_in_de_url(pagina):
    open_pagina(pagina, "/sessieplanner/")
    _laad(pagina, "pilottraject-vijf-bijeenkomsten")
    secties = pagina.locator("section.wt-bijeenkomst")
    assert secties.count() == 5
    titels = [
        pagina.locator(f"section.wt-bijeenkomst:nth-of-type({i}) [data-actie=bk-titel]").input_value()
        for i in range(1, 6)
    ]
    assert titels == [b["titel"] for b in SJABLONEN["pilottraject-vijf-bijeenkomsten"]["bijeenkomsten"]]
    # the Werkboek gives no durations: every block says so
    assert all(r["richtwaarde"] for i in range(1, 6) for r in _rijen(pagina, i))
    # change meeting 3: a block of one's own at the start, another start time; move a block to meeting 4
    pagina.locator("section.wt-bijeenkomst:nth-of-type(3) li.wt-blok").first.locator("[data-actie=ervoor]").click()
    _vrij_blok(pagina, "Koffie & thee", 10)
    _veld(pagina, "bk-start", 3).fill("09:00")
    assert _rijen(pagina, 3)[0] == {
        "begin": "09:00",
        "eind": "09:10",
        "titel": "Koffie & thee",
        "minuten": 10,
        "notitie": "",
        "richtwaarde": False,
    }
    laatste = pagina.locator("section.wt-bijeenkomst:nth-of-type(3) li.wt-blok").last
    naam = laatste.locator("[data-actie=titel]").input_value()
    laatste.locator("[data-actie=omlaag]").click()
    assert _rijen(pagina, 4)[0]["titel"] == naam
    voor = [_rijen(pagina, i) for i in range(1, 6)]
    assert "titel5=" in pagina.url and "b5=" in pagina.url
    # the link in a fresh tab gives the same trajectory
    url = pagina.url
    open_pagina(pagina, "/")
    pagina.goto(url, wait_until="networkidle")
    assert [_rijen(pagina, i) for i in range(1, 6)] == voor
    assert _veld(pagina, "bk-start", 3).input_value() == "09:00"
    assert pagina.locator("#wt-naam").input_value() == SJABLONEN["pilottraject-vijf-bijeenkomsten"]["titel"]
    # a sixth meeting, and removing it again
    pagina.locator("#wt-nieuwe-bijeenkomst").click()
    assert secties.count() == 6
    pagina.locator("section.wt-bijeenkomst:nth-of-type(6) [data-actie=bk-weg]").click()
    assert secties.count() == 5


@pytest.mark.browser
def test_oude_en_handgeschreven_links(pagina):
    # the format from before trajectories, an unknown werkvorm and a tricky title
    lastig = 'Pauze & koffie, thee: 10% ~ "even" bijkomen'
    open_pagina(
        pagina,
        "/sessieplanner/?start=08:00&titel=Regio%20Twente&b=bestaat-niet:5,check-in:12,~"
        + quote(lastig, safe="")
        + ":25",
    )
    assert [(r["titel"], r["begin"], r["eind"]) for r in _rijen(pagina)] == [
        ("bestaat-niet", "08:00", "08:05"),
        (CHECK_IN.titel, "08:05", "08:17"),
        (lastig, "08:17", "08:42"),
    ]
    assert _veld(pagina, "bk-titel").input_value() == "Regio Twente"
    assert "bestaat niet" in _status(pagina, "bestaat niet")


@pytest.mark.browser
def test_twee_afdrukken_als_pdf(pagina):
    open_pagina(pagina, "/sessieplanner/")
    _laad(pagina)
    _blok(pagina, 2).locator("[data-actie=notitie]").fill("Eigen notitie voor de begeleider")
    begeleider = _pdf(pagina, "begeleider")
    tekst = _pdftekst(begeleider)
    for deel in (
        "13:00–13:10",
        "Introductie",
        "Eigen notitie voor de begeleider",
        "Materialen",
        "/werkvormen/toekomstdroom/",
        SJABLONEN["netwerksessie-3-uur"]["blokken"][0]["wat"][:40],
        "voorstel van de redactie",
    ):
        assert deel in tekst, deel
    for weg in ("Kopieer link", "Vervang door", "Laad ‘"):
        assert weg not in tekst, weg
    deelnemers = _pdf(pagina, "deelnemers")
    tekst = _pdftekst(deelnemers)
    assert len(deelnemers) == 1
    assert "15:50–16:00" in tekst and "Afsluiting" in tekst
    for weg in ("Eigen notitie", "Materialen", "/werkvormen/"):
        assert weg not in tekst, weg


@pytest.mark.browser
def test_traject_afdrukken_met_richtwaarden(pagina):
    open_pagina(pagina, "/sessieplanner/")
    _laad(pagina, "pilottraject-vijf-bijeenkomsten")
    begeleider = _pdf(pagina, "begeleider")
    tekst = _pdftekst(begeleider)
    assert len(begeleider) >= 5  # each meeting starts on a new page
    for b in SJABLONEN["pilottraject-vijf-bijeenkomsten"]["bijeenkomsten"]:
        assert b["titel"] in tekst
    assert "richtwaarde" in tekst and "voorstel van de redactie" in tekst
    deelnemers = _pdftekst(_pdf(pagina, "deelnemers"))
    assert all(b["titel"] in deelnemers for b in SJABLONEN["pilottraject-vijf-bijeenkomsten"]["bijeenkomsten"])


@pytest.mark.browser
def test_draaiboeken_op_de_pagina_linken_en_zeggen_wat_richtwaarde_is(pagina):
    open_pagina(pagina, "/sessieplanner/")
    for naam, s in SJABLONEN.items():
        tabellen = pagina.locator(f"table[data-sjabloon={naam}]")
        assert tabellen.count() == len(s["bijeenkomsten"])
        links = pagina.locator(f"table[data-sjabloon={naam}] .wt-werkvormlink a")
        assert links.count() == sum(1 for bk in s["bijeenkomsten"] for b in bk["blokken"] if b["werkvorm"])
        richt = pagina.locator(f"table[data-sjabloon={naam}] .wt-redactie").count()
        assert richt == sum(1 for bk in s["bijeenkomsten"] for b in bk["blokken"] if b["redactie"]), naam
        assert "voorstel van de redactie" in tabellen.first.locator("caption").text_content()


@pytest.mark.browser
@pytest.mark.parametrize("breedte", [320, 390, 1280])
@pytest.mark.parametrize("naam", ["netwerksessie-3-uur", "pilottraject-vijf-bijeenkomsten"])
def test_telefoon_en_toegankelijkheid(pagina, breedte, naam):
    pagina.set_viewport_size({"width": breedte, "height": 800})
    open_pagina(pagina, "/sessieplanner/")
    _laad(pagina, naam)
    _blok(pagina, 2).locator("[data-actie=vervang]").click()  # with an open replace panel too
    assert pagina.evaluate("document.documentElement.scrollWidth") <= breedte
    # every block's controls are on screen
    rechts = pagina.eval_on_selector_all(
        "li.wt-blok button, li.wt-blok input, li.wt-blok textarea",
        "els => Math.max(...els.map(e => e.getBoundingClientRect().right))",
    )
    assert rechts <= breedte
    if breedte in (390, 1280):
        schendingen = _axe(pagina)
        assert not schendingen, "\n".join(schendingen)
    # targets at least 24 by 24 px (WCAG 2.5.8)
    klein = pagina.eval_on_selector_all(
        "li.wt-blok button",
        """els => els.filter(e => {
        const r = e.getBoundingClientRect(); return r.width < 24 || r.height < 24; }).length""",
    )
    assert klein == 0
    assert not pagina.vreemde_verzoeken
