"""The trainer tools in a real browser: the Netwerkkaart and Afsprakenkaart (save, JSON round trip,
CSV, wrong files, blank print), and all three tool pages accessible and without requests to other
origins. The Sessieplanner itself is tested in tests/test_browser_sessieplanner.py."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kennisbank.inhoud import catalogus
from kennisbank.paginas import werkvormtools

from .browser import axe_schendingen, open_pagina
from .conftest import PROJECT, alle_motoren

_cat = catalogus.laad(PROJECT)


def _laad_draaiboek(pagina):
    pagina.locator(".wt-laad-sjabloon[data-sjabloon=netwerksessie-3-uur]").click()
    assert pagina.locator("li.wt-blok").count() == 10


# ---------------------------------------------------------------------------------------------
# Netwerkkaart and Afsprakenkaart


def _download(pagina, knop: str):
    with pagina.expect_download() as info:
        pagina.locator(knop).click()
    d = info.value
    return d.suggested_filename, open(d.path(), "rb").read()


def _wis(pagina):
    pagina.once("dialog", lambda dialog: dialog.accept())
    pagina.locator("#wt-f-wissen").click()


@pytest.mark.browser
@alle_motoren
def test_netwerkkaart_json_heen_en_terug(pagina, tmp_path):
    open_pagina(pagina, "/formulieren/netwerkkaart/")
    assert pagina.locator("section.wt-kaart").count() == 1
    pagina.locator("#wt-f-1-organisatie").fill("Gemeente Almelo")
    pagina.locator("#wt-f-1-soort_partner-0").check()
    pagina.locator("#wt-f-1-ideeen").fill('Samen één loket;\n"jongeren" eerst')
    pagina.locator("#wt-f-1-delen_mag").check()
    pagina.locator("#wt-f-nieuw").click()
    assert pagina.locator("section.wt-kaart").count() == 2
    pagina.locator("#wt-f-2-organisatie").fill("ROC van Twente")
    pagina.locator("#wt-f-2-soort_partner-5").check()  # mbo-instelling
    pagina.locator("#wt-f-2-datum").fill("2026-11-20")

    naam, inhoud = _download(pagina, "#wt-f-json")
    assert naam.startswith("netwerkkaart-") and naam.endswith(".json")
    data = json.loads(inhoud)
    assert data["formulier"] == "netwerkkaart"
    assert [p["organisatie"] for p in data["partners"]] == ["Gemeente Almelo", "ROC van Twente"]
    assert data["partners"][0]["soort_partner"] == "gemeente"  # the shared vocabulary's partner types
    assert data["partners"][0]["ideeen"] == 'Samen één loket;\n"jongeren" eerst'
    assert data["partners"][0]["delen_mag"] is True and data["partners"][1]["delen_mag"] is False
    assert data["partners"][1]["datum"] == "2026-11-20"

    # saved in the browser: survives a reload
    pagina.reload(wait_until="networkidle")
    assert pagina.locator("#wt-f-2-organisatie").input_value() == "ROC van Twente"

    _wis(pagina)
    assert pagina.locator("section.wt-kaart").count() == 1
    assert pagina.locator("#wt-f-invullen input[data-veld=organisatie]").input_value() == ""
    pagina.reload(wait_until="networkidle")
    assert pagina.locator("#wt-f-invullen input[data-veld=organisatie]").input_value() == ""

    bestand = tmp_path / naam
    bestand.write_bytes(inhoud)
    pagina.locator("#wt-f-laad").set_input_files(str(bestand))
    pagina.wait_for_function("document.querySelectorAll('section.wt-kaart').length === 2")
    kaarten = pagina.locator("section.wt-kaart")
    assert kaarten.nth(0).locator("input[data-veld=organisatie]").input_value() == "Gemeente Almelo"
    assert kaarten.nth(0).locator("input[data-veld=soort_partner][value=gemeente]").is_checked()
    assert kaarten.nth(0).locator("textarea[data-veld=ideeen]").input_value() == 'Samen één loket;\n"jongeren" eerst'
    assert kaarten.nth(0).locator("input[data-veld=delen_mag]").is_checked()
    assert kaarten.nth(1).locator("input[data-veld=datum]").input_value() == "2026-11-20"
    # the status is written a moment after the cards (so screen readers announce it): wait for it
    pagina.wait_for_function("document.getElementById('wt-f-status').textContent.includes('geladen: 2 partners')")
    assert json.loads(_download(pagina, "#wt-f-json")[1])["partners"] == data["partners"]
    assert not pagina.vreemde_verzoeken, pagina.vreemde_verzoeken


@pytest.mark.browser
def test_netwerkkaart_csv(pagina):
    definitie = werkvormtools.formulier_definitie(_cat, "netwerkkaart")
    open_pagina(pagina, "/formulieren/netwerkkaart/")
    pagina.locator("#wt-f-1-organisatie").fill('=Werkgever; met "quotes"')
    pagina.locator("#wt-f-1-zorgen").fill("Eerste zorg\nTweede zorg")
    pagina.locator("#wt-f-1-delen_mag").check()
    pagina.locator("#wt-f-nieuw").click()
    pagina.locator("#wt-f-2-organisatie").fill("Jongerenwerk Hengelo")
    pagina.locator("#wt-f-2-soort_partner-10").check()  # jongerenwerk
    pagina.locator("#wt-f-nieuw").click()  # an empty third card is not exported
    naam, inhoud = _download(pagina, "#wt-f-csv")
    assert naam.endswith(".csv")
    rijen = list(csv.reader(io.StringIO(inhoud.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rijen[0] == werkvormtools.csv_kolommen(definitie)
    assert len(rijen) == 3
    kolom = {label: i for i, label in enumerate(rijen[0])}
    assert rijen[1][kolom["Naam van de organisatie"]] == '\'=Werkgever; met "quotes"'
    assert rijen[1][kolom["Waar maakt de partner zich zorgen over?"]] == "Eerste zorg\nTweede zorg"
    assert rijen[1][kolom[werkvormtools.alle_velden(definitie)[-1]["label"]]] == "ja"
    assert rijen[2][kolom["Naam van de organisatie"]] == "Jongerenwerk Hengelo"
    assert rijen[2][kolom["Soort partner"]] == "jongerenwerk"


@pytest.mark.browser
@alle_motoren
def test_afsprakenkaart_heen_en_terug_en_csv(pagina, tmp_path):
    definitie = werkvormtools.formulier_definitie(_cat, "afsprakenkaart")
    open_pagina(pagina, "/formulieren/afsprakenkaart/")
    assert pagina.locator("table.wt-rijen caption").is_visible()
    pagina.locator("#wt-f-kop-organisatie").fill("UWV Twente")
    pagina.locator("#wt-f-kop-datum").fill("2026-11-23")
    pagina.locator("#wt-f-1-wat").fill("Nabellen van alle deelnemers")
    pagina.locator("#wt-f-1-wie").fill("Accountmanager")
    pagina.locator("#wt-f-1-wanneer").fill("binnen twee weken")
    pagina.locator("#wt-f-nieuw").click()
    pagina.locator("#wt-f-2-wat").fill("Vervolgsessie plannen")
    pagina.locator("#wt-f-2-wanneer").fill("maart")

    naam, inhoud = _download(pagina, "#wt-f-csv")
    rijen = list(csv.reader(io.StringIO(inhoud.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rijen[0] == werkvormtools.csv_kolommen(definitie)
    assert rijen[0][:3] == ["Organisatie", "Speerpunten van de bijeenkomst", "Datum van de bijeenkomst"]
    kolom = {label: i for i, label in enumerate(rijen[0])}
    assert [(r[kolom["Organisatie"]], r[kolom["Wat gaan we doen?"]], r[kolom["Wanneer?"]]) for r in rijen[1:]] == [
        ("UWV Twente", "Nabellen van alle deelnemers", "binnen twee weken"),
        ("UWV Twente", "Vervolgsessie plannen", "maart"),
    ]
    assert rijen[1][kolom["Datum van de bijeenkomst"]] == "2026-11-23"

    naam, inhoud = _download(pagina, "#wt-f-json")
    data = json.loads(inhoud)
    assert data["formulier"] == "afsprakenkaart" and data["kop"]["organisatie"] == "UWV Twente"
    assert [a["wat"] for a in data["afspraken"]] == ["Nabellen van alle deelnemers", "Vervolgsessie plannen"]
    _wis(pagina)
    assert pagina.locator("table.wt-rijen tbody tr").count() == 1
    assert pagina.locator("#wt-f-kop-organisatie").input_value() == ""
    bestand = tmp_path / naam
    bestand.write_bytes(inhoud)
    pagina.locator("#wt-f-laad").set_input_files(str(bestand))
    pagina.wait_for_function("document.querySelectorAll('table.wt-rijen tbody tr').length === 2")
    assert pagina.locator("#wt-f-kop-organisatie").input_value() == "UWV Twente"
    assert (
        pagina.locator("table.wt-rijen tbody tr:nth-child(2) textarea[data-veld=wat]").input_value()
        == "Vervolgsessie plannen"
    )
    assert (
        pagina.locator("table.wt-rijen tbody tr:nth-child(1) textarea[data-veld=wie]").input_value() == "Accountmanager"
    )


@pytest.mark.browser
def test_verkeerd_bestand_geeft_een_duidelijke_melding(pagina, tmp_path):
    open_pagina(pagina, "/formulieren/netwerkkaart/")
    pagina.locator("#wt-f-1-organisatie").fill("Blijft staan")
    gevallen = {
        "afspraken.json": (
            json.dumps({"formulier": "afsprakenkaart", "afspraken": []}),
            "is een Afsprakenkaart, geen Netwerkkaart",
        ),
        "kapot.json": ("{dit is geen json", "geen JSON-bestand"),
        "ander.json": (json.dumps({"naam": "iets anders"}), "geen Netwerkkaart van deze site"),
        "zonder-lijst.json": (json.dumps({"formulier": "netwerkkaart"}), "geen lijst met partners"),
    }
    for naam, (inhoud, melding) in gevallen.items():
        bestand = tmp_path / naam
        bestand.write_text(inhoud, encoding="utf-8")
        pagina.locator("#wt-f-laad").set_input_files(str(bestand))
        pagina.wait_for_function("document.getElementById('wt-f-fout').textContent.length > 0")
        assert melding in pagina.locator("#wt-f-fout").inner_text(), naam
        assert pagina.locator("#wt-f-1-organisatie").input_value() == "Blijft staan"
        pagina.evaluate("document.getElementById('wt-f-fout').textContent = ''")
    # values that do not fit the card are skipped and counted
    bestand = tmp_path / "deels.json"
    bestand.write_text(
        json.dumps(
            {
                "formulier": "netwerkkaart",
                "partners": [{"organisatie": "Werkplein", "soort_partner": "Bestaat niet", "delen_mag": "misschien"}],
            }
        ),
        encoding="utf-8",
    )
    pagina.locator("#wt-f-laad").set_input_files(str(bestand))
    pagina.wait_for_function("document.getElementById('wt-f-status').textContent.includes('geladen')")
    assert "2 waarden pasten niet" in pagina.locator("#wt-f-status").inner_text()
    assert pagina.locator("section.wt-kaart input[data-veld=organisatie]").input_value() == "Werkplein"


@pytest.mark.browser
@pytest.mark.parametrize(
    "pad,rijen",
    [("/formulieren/netwerkkaart/", "section.wt-kaart"), ("/formulieren/afsprakenkaart/", "table.wt-rijen tbody tr")],
)
def test_lege_kaart_afdrukken(pagina, pad, rijen):
    naam = pad.rstrip("/").rsplit("/", 1)[1]
    lege_rijen = werkvormtools.formulier_definitie(_cat, naam)["lege_rijen"]
    open_pagina(pagina, pad)
    pagina.locator("#wt-f-invullen [data-veld]").first.fill("Niet op de lege kaart")
    pagina.evaluate("window.print = () => { window.__afgedrukt = true; }")
    pagina.locator("#wt-f-leeg-afdrukken").click()
    assert pagina.evaluate("window.__afgedrukt") is True
    pagina.emulate_media(media="print")
    assert not pagina.locator("#wt-formulier").is_visible()
    for selector in (".md-header", ".md-tabs", ".md-footer", ".admonition"):
        assert not pagina.locator(selector).first.is_visible(), selector
    leeg = pagina.locator("#wt-f-leeg")
    assert leeg.is_visible()
    # rows: as many as the card asks; partner cards: a whole A4 page of them (three per page)
    verwacht = lege_rijen if "tr" in rijen else -(-lege_rijen // 3) * 3
    assert leeg.locator(rijen).count() == verwacht
    assert leeg.locator("button").count() == 0
    assert all(v == "" for v in leeg.locator("input[type=text], textarea").evaluate_all("els => els.map(e => e.value)"))
    # after printing the page is the filled form again
    pagina.emulate_media(media="screen")
    pagina.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert pagina.locator("#wt-formulier").is_visible()
    assert pagina.locator("#wt-f-leeg *").count() == 0


@pytest.mark.browser
def test_ingevulde_kaart_afdrukken_zonder_knoppen(pagina):
    open_pagina(pagina, "/formulieren/netwerkkaart/")
    pagina.locator("#wt-f-1-organisatie").fill("Gemeente Hengelo")
    pagina.emulate_media(media="print")
    assert pagina.locator("#wt-f-1-organisatie").is_visible()
    for selector in (
        ".md-header",
        ".md-sidebar--primary",
        ".wt-werkbalk",
        "#wt-f-nieuw",
        ".wt-verwijder",
        "#wt-f-laad",
    ):
        assert not pagina.locator(selector).first.is_visible(), selector


# ---------------------------------------------------------------------------------------------
# Accessibility and privacy on all three pages


@pytest.mark.browser
@pytest.mark.parametrize("pad", ["/sessieplanner/", "/formulieren/netwerkkaart/", "/formulieren/afsprakenkaart/"])
def test_toegankelijk_en_zonder_vreemde_verzoeken(pagina, pad):
    open_pagina(pagina, pad)
    if pad == "/sessieplanner/":
        _laad_draaiboek(pagina)
    else:
        pagina.locator("#wt-f-nieuw").click()
    assert pagina.locator("html").get_attribute("lang") == "nl"
    assert pagina.locator("h1").count() == 1
    schendingen = axe_schendingen(pagina)
    assert not schendingen, "\n".join(schendingen)
    assert not pagina.vreemde_verzoeken, pagina.vreemde_verzoeken
    assert pagina.context.cookies() == []
