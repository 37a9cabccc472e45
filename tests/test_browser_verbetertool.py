"""The Verbetertool in a real browser: the check (scores, averages, lowest factors, keeping
answers, download and load, print view) and Samen vergelijken (several answer files)."""

from __future__ import annotations

import json
import re
import statistics
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from playwright.sync_api import expect

from kennisbank.inhoud import catalogus
from kennisbank.paginas import verbetertool

from .browser import axe_schendingen, open_pagina
from .conftest import PROJECT, alle_motoren

_themas = verbetertool.themas(catalogus.laad(PROJECT))
_factoren = [f for t in _themas for f in t["factoren"]]
_per_nummer = {f["nummer"]: f for f in _factoren}
CHECK = "/verbetertool/check/"
TEAM = "/verbetertool/team/"


def _een_decimaal(waarde) -> str:
    """Half up to one decimal with a decimal comma, as the page shows numbers."""
    return str(Decimal(waarde).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).replace(".", ",")


def _gemiddelde(scores: list[int]) -> str:
    exact = Fraction(sum(scores), len(scores))
    return _een_decimaal(Decimal(exact.numerator) / Decimal(exact.denominator))


def _radio(pagina, nummer: str, waarde):
    return pagina.locator(f'input[name="vt-{nummer.replace(".", "-")}"][value="{waarde}"]')


def _scoor(pagina, scores: dict):
    for nummer, waarde in scores.items():
        _radio(pagina, nummer, waarde).check()


def _rij(pagina, thema: int):
    return pagina.locator(f'#vt-thematabel tr[data-thema="{thema}"]')


def _zichtbare_laagste(pagina) -> list[str]:
    # the tips come from verbetertips.html next to the page, fetched after load
    expect(pagina.locator("#vt-laagste")).to_have_attribute("data-geladen", "ja")
    return [li.get_attribute("data-factor") for li in pagina.locator("#vt-laagste > li:visible").all()]


def _wis(pagina, akkoord: bool = True):
    pagina.once("dialog", lambda d: d.accept() if akkoord else d.dismiss())
    pagina.locator("#vt-wis").click()


def test_de_gegevens_kloppen_met_de_tool():
    """Guards the numbers the browser tests rely on."""
    assert [t["nummer"] for t in _themas] == list(range(1, 8))
    assert len(_factoren) == 31
    assert _factoren[0]["nummer"] == "1.1" and _factoren[-1]["nummer"] == "7.31"


@pytest.mark.browser
@alle_motoren
def test_gemiddelde_per_thema_zonder_nvt(pagina):
    open_pagina(pagina, CHECK)
    # theme 1: 7, 4, n.v.t., 8 -> (7 + 4 + 8) / 3; theme 3: only n.v.t.; theme 2 partly by keyboard
    _scoor(
        pagina,
        {"1.1": 7, "1.2": 4, "1.3": "nvt", "1.4": 8, "2.8": 5, "2.9": 6, "3.12": "nvt", "3.13": "nvt", "3.14": "nvt"},
    )
    _radio(pagina, "2.10", "nvt").focus()
    pagina.keyboard.press("Space")
    pagina.keyboard.press("ArrowRight")  # native radio group: moves to and chooses 1
    assert _radio(pagina, "2.10", 1).is_checked()

    rij1 = _rij(pagina, 1)
    assert rij1.locator(".vt-getal").inner_text() == _gemiddelde([7, 4, 8]) == "6,3"
    assert rij1.locator(".vt-aantal").inner_text() == "3 van 7"
    assert rij1.locator(".vt-aantal-nvt").inner_text() == "1"
    breedte = rij1.locator(".vt-balk-vulling").evaluate("e => parseFloat(e.style.width)")
    assert breedte == pytest.approx(63.33, abs=0.01)

    rij2 = _rij(pagina, 2)
    assert rij2.locator(".vt-getal").inner_text() == _gemiddelde([5, 6, 1]) == "4,0"
    assert rij2.locator(".vt-aantal").inner_text() == "3 van 4"

    rij3 = _rij(pagina, 3)
    assert rij3.locator(".vt-getal").inner_text() == "geen gemiddelde (alleen n.v.t.)"
    assert rij3.locator(".vt-aantal").inner_text() == "0 van 3"
    assert rij3.locator(".vt-aantal-nvt").inner_text() == "3"
    assert _rij(pagina, 4).locator(".vt-getal").inner_text() == "nog geen scores"

    # the table is a real table for screen readers
    assert pagina.locator("#vt-thematabel caption").count() == 1
    assert pagina.locator("#vt-thematabel thead th[scope=col]").count() == 4
    assert pagina.locator("#vt-thematabel tbody th[scope=row]").count() == 7

    # the results are live: no button to update them, and the last change is shown
    assert pagina.locator("#vt-bereken").count() == 0
    assert pagina.get_by_role("button", name=re.compile("bijwerken|bereken", re.I)).count() == 0
    assert pagina.locator(".vt-live").is_visible()
    assert pagina.locator("#vt-voortgang").inner_text().startswith("Je hebt 10 van de 31 factoren ingevuld")
    _scoor(pagina, {"2.11": 1})
    assert pagina.locator("#vt-laatste").inner_text() == (
        f"Bijgewerkt met factor 2.11 (score 1): thema 2 heeft nu gemiddeld {_gemiddelde([5, 6, 1, 1])}."
    )
    assert _rij(pagina, 2).locator(".vt-getal").inner_text() == "3,3"
    assert pagina.locator("#vt-voortgang").inner_text().startswith("Je hebt 11 van de 31 factoren ingevuld")


@pytest.mark.browser
@alle_motoren
def test_laagste_factoren_met_tips_en_links(pagina):
    scores = {
        "1.1": 5,
        "1.2": 3,
        "1.3": "nvt",
        "2.8": 3,
        "2.10": 1,
        "4.15": 2,
        "5.18": 9,
        "6.22": 3,
        "7.31": 5,
        "3.12": 8,
    }
    open_pagina(pagina, CHECK)
    assert _zichtbare_laagste(pagina) == []
    _scoor(pagina, scores)
    cijfers = {k: v for k, v in scores.items() if v != "nvt"}
    verwacht = sorted(cijfers, key=lambda k: (cijfers[k], verbetertool.factor_volgorde(k)))[:5]
    assert verwacht == ["2.10", "4.15", "1.2", "2.8", "6.22"]  # ties (3) by factor number
    assert _zichtbare_laagste(pagina) == verwacht

    for nummer in verwacht:
        f = _per_nummer[nummer]
        li = pagina.locator(f'#vt-laagste > li[data-factor="{nummer}"]')
        assert li.locator(".vt-laag-getal").inner_text() == str(cijfers[nummer])
        assert li.locator(".vt-tips > li").count() == len(f["tips"])
        links = [a.get_attribute("href") for a in li.locator(".vt-verwijzingen a").all()]
        assert links[0] == f"../factor-{nummer.replace('.', '-')}/"
        assert links[1:] == [v["url"] for v in f["voorbeelden"]] + [w["url"] for w in f["werkvormen"]]
        assert li.locator("h4").inner_text().startswith(nummer)

    # the factor page link works
    pagina.locator('#vt-laagste > li[data-factor="2.10"] .vt-verwijzingen a').first.click()
    pagina.wait_for_load_state()
    assert pagina.url.endswith("/verbetertool/factor-2-10/")

    # a better score moves a factor out of the five lowest
    open_pagina(pagina, CHECK)
    _radio(pagina, "2.10", 10).check()
    assert _zichtbare_laagste(pagina) == ["4.15", "1.2", "2.8", "6.22", "1.1"]


@pytest.mark.browser
def test_antwoorden_blijven_na_herladen_en_wissen_vraagt_bevestiging(pagina):
    open_pagina(pagina, CHECK)
    _scoor(pagina, {"1.1": 6, "4.16": "nvt", "7.30": 2})
    pagina.locator("#vt-plan-4").focus()
    pagina.keyboard.type("Ouders eerder betrekken.")
    pagina.locator("#vt-naam").focus()
    pagina.keyboard.type("Jobcoach")

    pagina.reload(wait_until="networkidle")
    assert _radio(pagina, "1.1", 6).is_checked()
    assert _radio(pagina, "4.16", "nvt").is_checked()
    assert _radio(pagina, "7.30", 2).is_checked()
    assert not _radio(pagina, "1.2", 6).is_checked()
    assert pagina.locator("#vt-plan-4").input_value() == "Ouders eerder betrekken."
    assert pagina.locator("#vt-naam").input_value() == "Jobcoach"
    assert _rij(pagina, 7).locator(".vt-getal").inner_text() == "2,0"

    _wis(pagina, akkoord=False)
    assert _radio(pagina, "1.1", 6).is_checked()
    assert "niets gewist" in pagina.locator("#vt-status").inner_text()

    _wis(pagina, akkoord=True)
    assert pagina.locator("#vt-status").inner_text() == "Alle antwoorden en verbeterplannen zijn gewist."
    assert pagina.locator(".vt-factor input:checked").count() == 0
    pagina.reload(wait_until="networkidle")
    assert pagina.locator(".vt-factor input:checked").count() == 0
    assert pagina.locator("#vt-plan-4").input_value() == ""
    assert _rij(pagina, 7).locator(".vt-getal").inner_text() == "nog geen scores"


@pytest.mark.browser
def test_een_thema_tegelijk_tonen(pagina):
    open_pagina(pagina, CHECK)
    assert pagina.locator("section.vt-thema:visible").count() == 7
    assert pagina.locator("button.vt-volgende:visible").count() == 0
    pagina.locator("#vt-toon").select_option("3")
    assert [s.get_attribute("data-thema") for s in pagina.locator("section.vt-thema:visible").all()] == ["3"]
    assert pagina.locator("button.vt-volgende:visible").count() == 1
    pagina.locator('section[data-thema="3"] button.vt-volgende').click()
    assert [s.get_attribute("data-thema") for s in pagina.locator("section.vt-thema:visible").all()] == ["4"]
    assert pagina.evaluate("document.activeElement.id") == "thema-4"
    # a link to another theme switches to it
    pagina.locator('.vt-themanav a[href="#thema-6"]').click()
    assert pagina.locator('section[data-thema="6"]').is_visible()
    assert pagina.locator("#vt-toon").input_value() == "6"
    pagina.locator("#vt-toon").select_option("alle")
    assert pagina.locator("section.vt-thema:visible").count() == 7
    assert pagina.locator("button.vt-volgende:visible").count() == 0


@pytest.mark.browser
def test_download_en_weer_openen(pagina, tmp_path):
    scores = {"1.1": 8, "1.2": "nvt", "2.11": 4, "5.21": 10, "7.31": 1}
    open_pagina(pagina, CHECK)
    _scoor(pagina, scores)
    pagina.locator("#vt-plan-1").focus()
    pagina.keyboard.type("Warme overdracht regelen.")
    pagina.keyboard.press("Enter")
    pagina.keyboard.type("Tweede regel.")
    pagina.locator("#vt-naam").focus()
    pagina.keyboard.type("Teamleider Noord")

    with pagina.expect_download() as wachten:
        pagina.locator("#vt-download").click()
    download = wachten.value
    assert re.fullmatch(r"verbetertool-teamleider-noord-\d{4}-\d{2}-\d{2}\.json", download.suggested_filename)
    pad = tmp_path / download.suggested_filename
    download.save_as(pad)
    data = json.loads(pad.read_text(encoding="utf-8"))
    assert data["versie"] == 1
    assert data["naam"] == "Teamleider Noord"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["datum"])
    assert data["scores"] == scores
    assert list(data["scores"]) == sorted(scores, key=verbetertool.factor_volgorde)
    assert data["plannen"] == {"1": "Warme overdracht regelen.\nTweede regel."}
    assert "gedownload" in pagina.locator("#vt-status").inner_text()

    _wis(pagina)
    assert pagina.locator(".vt-factor input:checked").count() == 0

    pagina.locator("#vt-laad").set_input_files(str(pad))
    pagina.wait_for_function("document.getElementById('vt-status').textContent.startsWith('Antwoorden geladen')")
    for nummer, waarde in scores.items():
        assert _radio(pagina, nummer, waarde).is_checked(), nummer
    assert pagina.locator(".vt-factor input:checked").count() == len(scores)
    assert pagina.locator("#vt-plan-1").input_value() == "Warme overdracht regelen.\nTweede regel."
    assert pagina.locator("#vt-naam").input_value() == "Teamleider Noord"
    status = pagina.locator("#vt-status").inner_text()
    assert "van Teamleider Noord" in status and "4 cijfers, 1 keer n.v.t. en 1 verbeterplan" in status
    assert _rij(pagina, 1).locator(".vt-getal").inner_text() == "8,0"
    # what was loaded is kept as well
    pagina.reload(wait_until="networkidle")
    assert _radio(pagina, "5.21", 10).is_checked()


@pytest.mark.browser
@pytest.mark.parametrize(
    "inhoud, melding",
    [
        ("dit is geen json", "de inhoud is geen JSON"),
        ('{"versie": 2, "scores": {}}', "versie 2"),
        ('{"versie": 1, "scores": {"9.99": 5}}', "factoren die de verbetertool niet kent: 9.99"),
        ('{"versie": 1, "scores": {"1.1": 11}}', "ongeldige score bij factor 1.1"),
        ("[1, 2, 3]", "Dit is geen antwoordbestand van de verbetertool"),
    ],
)
def test_verkeerd_bestand_geeft_nederlandse_melding(pagina, tmp_path, inhoud, melding):
    open_pagina(pagina, CHECK)
    _radio(pagina, "1.1", 5).check()
    pad = tmp_path / "verkeerd.json"
    pad.write_text(inhoud, encoding="utf-8")
    pagina.locator("#vt-laad").set_input_files(str(pad))
    status = pagina.locator("#vt-status")
    pagina.wait_for_function("document.getElementById('vt-status').textContent.length > 0")
    tekst = status.inner_text()
    assert melding in tekst
    assert "‘verkeerd.json’ is niet geladen" in tekst
    assert "niet veranderd" in tekst
    assert "vt-fout" in status.get_attribute("class")
    assert _radio(pagina, "1.1", 5).is_checked()


def _teambestanden(tmp_path) -> tuple[list, dict]:
    antwoorden = [
        {
            "versie": 1,
            "naam": "Jobcoach",
            "datum": "2025-03-01",
            "scores": {"1.1": 8, "1.2": 2, "1.3": "nvt", "1.4": 3, "2.8": 6, "4.15": 5, "7.31": 1},
            "plannen": {"1": "Intake uitbreiden."},
        },
        {
            "versie": 1,
            "naam": "Jongere",
            "datum": "2025-03-02",
            "scores": {"1.1": 6, "1.2": 9, "1.3": 4, "1.4": 4, "2.8": 7, "4.15": 5, "7.31": 10},
            "plannen": {"1": "Meer luisteren.", "4": "Ouders erbij halen."},
        },
        {
            "versie": 1,
            "datum": "2025-03-03",
            "scores": {"1.1": 7, "1.2": 5, "1.3": 4, "2.8": 6, "4.15": 6, "5.18": "nvt", "6.22": 3},
        },
    ]
    paden = []
    for i, a in enumerate(antwoorden):
        pad = tmp_path / f"antwoorden-{i + 1}.json"
        pad.write_text(json.dumps(a), encoding="utf-8")
        paden.append(str(pad))
    verwacht = {}
    for f in _factoren:
        nr = f["nummer"]
        waarden = [a["scores"][nr] for a in antwoorden if nr in a["scores"]]
        cijfers = [w for w in waarden if w != "nvt"]
        verwacht[nr] = {
            "n": len(cijfers),
            "nvt": len(waarden) - len(cijfers),
            "cijfers": cijfers,
            "variantie": Fraction(
                sum((Fraction(c) - Fraction(sum(cijfers), len(cijfers))) ** 2 for c in cijfers), len(cijfers)
            )
            if cijfers
            else None,
        }
    return paden, verwacht


@pytest.mark.browser
def test_team_combineert_drie_bestanden(pagina, tmp_path):
    paden, verwacht = _teambestanden(tmp_path)
    kapot = tmp_path / "iets-anders.json"
    kapot.write_text('{"titel": "geen antwoorden"}', encoding="utf-8")
    open_pagina(pagina, TEAM)
    pagina.locator("#vt-team-bestanden").set_input_files(paden + [str(kapot)])
    pagina.wait_for_function("document.getElementById('vt-team-status').textContent.length > 0")
    status = pagina.locator("#vt-team-status").inner_text()
    assert status.startswith("3 antwoordbestanden toegevoegd; samen 3 antwoordbestanden geladen.")
    assert "‘iets-anders.json’: Dit is geen antwoordbestand van de verbetertool" in status
    assert pagina.locator("#vt-team-lijst > li").count() == 3

    for nr, v in verwacht.items():
        rij = pagina.locator(f'#vt-teamtabel tr[data-factor="{nr}"]')
        assert rij.locator(".vt-n").inner_text() == str(v["n"]), nr
        assert rij.locator(".vt-n-nvt").inner_text() == str(v["nvt"]), nr
        if v["n"]:
            lo, hi = min(v["cijfers"]), max(v["cijfers"])
            assert rij.locator(".vt-gem").inner_text() == _gemiddelde(v["cijfers"]), nr
            assert rij.locator(".vt-bereik").inner_text() == (str(lo) if lo == hi else f"{lo} tot {hi}"), nr
            assert rij.locator(".vt-sd").inner_text() == _een_decimaal(statistics.pstdev(v["cijfers"])), nr
        else:
            assert rij.locator(".vt-gem").inner_text() == "–", nr
            assert rij.locator(".vt-sd").inner_text() == "–", nr

    # the same numbers written out, so a mistake in the helpers above cannot hide one on the page
    def cel(nr, klasse):
        return pagina.locator(f'#vt-teamtabel tr[data-factor="{nr}"] .{klasse}').inner_text()

    assert [cel("1.2", k) for k in ("vt-n", "vt-gem", "vt-bereik", "vt-sd")] == ["3", "5,3", "2 tot 9", "2,9"]
    assert [cel("7.31", k) for k in ("vt-n", "vt-gem", "vt-bereik", "vt-sd")] == ["2", "5,5", "1 tot 10", "4,5"]
    assert [cel("1.1", k) for k in ("vt-gem", "vt-sd")] == ["7,0", "0,8"]
    assert [cel("1.3", k) for k in ("vt-n", "vt-n-nvt", "vt-gem", "vt-bereik", "vt-sd")] == [
        "2",
        "1",
        "4,0",
        "4",
        "0,0",
    ]
    assert [cel("5.18", k) for k in ("vt-n", "vt-n-nvt", "vt-gem")] == ["0", "1", "–"]

    # most different: the five largest spreads (n >= 2), ties at the edge included
    kandidaten = sorted(
        (nr for nr, v in verwacht.items() if v["n"] >= 2 and v["variantie"] > 0),
        key=lambda nr: -verwacht[nr]["variantie"],
    )
    grens = verwacht[kandidaten[4]]["variantie"]
    groot = {nr for nr in kandidaten if verwacht[nr]["variantie"] >= grens}
    assert groot == {"7.31", "1.2", "1.1", "1.4", "2.8", "4.15"}  # 2.8 and 4.15 tie for fifth
    gemarkeerd = {r.get_attribute("data-factor") for r in pagina.locator("#vt-teamtabel tr.vt-groot-verschil").all()}
    assert gemarkeerd == groot
    for nr in groot:
        assert pagina.locator(f'#vt-teamtabel tr[data-factor="{nr}"] .vt-verschil').inner_text() == "ja"
    assert "1.1, 1.2, 1.4, 2.8, 4.15 en 7.31" in pagina.locator("#vt-team-samenvatting").inner_text()

    # sorted by factor number by default, by spread on request
    volgorde = [r.get_attribute("data-factor") for r in pagina.locator("#vt-teamtabel tbody tr").all()]
    assert volgorde == [f["nummer"] for f in _factoren]
    assert pagina.locator("#vt-kolom-factor").get_attribute("aria-sort") == "ascending"
    pagina.locator('input[name="vt-volgorde"][value="spreiding"]').check()
    volgorde = [r.get_attribute("data-factor") for r in pagina.locator("#vt-teamtabel tbody tr").all()]
    assert volgorde[:9] == ["7.31", "1.2", "1.1", "1.4", "2.8", "4.15", "1.3", "6.22", "1.5"]
    assert pagina.locator("#vt-kolom-sd").get_attribute("aria-sort") == "descending"
    assert pagina.locator("#vt-kolom-factor").get_attribute("aria-sort") is None
    assert "grootste standaardafwijking eerst" in pagina.locator("#vt-teamtabel caption").inner_text()

    # a column per person or role, in the factor table and in the theme averages
    koppen = pagina.locator("#vt-team-kopregel th.vt-persoon").all_inner_texts()
    assert koppen == ["Jobcoach", "Jongere", "Deelnemer 3"]
    assert pagina.locator("#vt-team-thema-kopregel th.vt-persoon").all_inner_texts() == koppen
    assert pagina.locator('#vt-teamtabel tr[data-factor="1.3"] td.vt-persoon').all_inner_texts() == ["n.v.t.", "4", "4"]
    assert pagina.locator('#vt-teamtabel tr[data-factor="6.22"] td.vt-persoon').all_inner_texts() == ["–", "–", "3"]
    thema1 = pagina.locator('#vt-team-thematabel tr[data-thema="1"]')
    assert thema1.locator("td.vt-gem").inner_text() == _gemiddelde([8, 2, 3, 6, 9, 4, 4, 7, 5, 4])  # 5,2
    assert thema1.locator("td.vt-persoon").all_inner_texts() == [
        _gemiddelde([8, 2, 3]),
        _gemiddelde([6, 9, 4, 4]),
        _gemiddelde([7, 5, 4]),
    ]
    assert thema1.locator("td.vt-persoon").all_inner_texts() == ["4,3", "5,8", "5,3"]
    assert pagina.locator('#vt-team-thematabel tr[data-thema="5"] td').all_inner_texts() == ["–", "–", "–", "–"]

    # the plans, each with who wrote it
    plannen1 = pagina.locator('.vt-team-plan[data-thema="1"] li').all_inner_texts()
    assert plannen1 == ["Jobcoach: Intake uitbreiden.", "Jongere: Meer luisteren."]
    assert pagina.locator('.vt-team-plan[data-thema="2"]').is_hidden()

    # the same file again is not counted twice; taking one away recalculates
    pagina.locator("#vt-team-bestanden").set_input_files(paden[0])
    pagina.wait_for_function("document.getElementById('vt-team-status').textContent.indexOf('overgeslagen') >= 0")
    assert pagina.locator("#vt-team-lijst > li").count() == 3
    pagina.locator("#vt-team-lijst > li").nth(1).get_by_role("button").click()
    assert pagina.locator("#vt-team-lijst > li").count() == 2
    assert cel("1.2", "vt-gem") == _gemiddelde([2, 5])
    assert not pagina.vreemde_verzoeken


@pytest.mark.browser
def test_afdrukweergave(pagina):
    open_pagina(pagina, CHECK)
    _scoor(pagina, {"1.1": 4, "1.2": "nvt", "2.8": 9})
    pagina.locator("#vt-plan-2").focus()
    pagina.keyboard.type("Certificaten zichtbaar maken.")
    pagina.locator("#vt-toon").select_option("2")  # even with one theme shown, print has all
    pagina.emulate_media(media="print")
    for verborgen in (
        ".md-header",
        ".md-tabs",
        ".md-sidebar--primary",
        ".md-footer",
        "#vt-download",
        "#vt-wis",
        "#vt-laad",
        "#vt-toon",
        ".vt-themanav",
        "#vt-plan-2",
    ):
        assert pagina.locator(verborgen).first.is_hidden(), verborgen
    assert pagina.locator("#vt-thematabel").is_visible()
    assert _rij(pagina, 1).locator(".vt-getal").inner_text() == "4,0"
    assert _zichtbare_laagste(pagina) == ["1.1", "2.8"]
    assert pagina.locator('section[data-thema="1"]').is_visible()
    # only the chosen answer of each factor is printed
    assert pagina.locator("#factor-1-1 label.vt-optie:visible").count() == 1
    assert pagina.locator("#factor-1-1 label.vt-optie:visible").inner_text().strip() == "4"
    assert pagina.locator("#factor-1-2 label.vt-optie:visible").count() == 1
    afdruk = pagina.locator('.vt-plan-afdruk[data-thema="2"]')
    assert afdruk.is_visible() and afdruk.inner_text() == "Certificaten zichtbaar maken."
    # unanswered factors, themes without answers and empty plans are left out ...
    assert pagina.locator("#factor-1-3").is_hidden()
    assert pagina.locator('section[data-thema="5"]').is_hidden()
    assert pagina.locator('.vt-plan-afdruk[data-thema="3"]').is_hidden()
    # ... unless asked for with the checkbox
    pagina.emulate_media(media="screen")
    pagina.evaluate("window.print = () => {}")
    pagina.locator("#vt-afdrukken-leeg").check()
    pagina.locator("#vt-afdrukken").click()
    pagina.emulate_media(media="print")
    assert pagina.locator("#factor-1-3").is_visible()
    assert pagina.locator('section[data-thema="5"]').is_visible()
    assert pagina.locator('.vt-plan-afdruk[data-thema="3"]').inner_text() == "(nog niets ingevuld)"
    pagina.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert pagina.locator("#factor-1-3").is_hidden()
    pagina.emulate_media(media="screen")
    assert pagina.locator(".md-header").is_visible()
    assert pagina.locator('section[data-thema="1"]').is_hidden()


@pytest.mark.browser
def test_tips_staan_niet_in_de_check_zelf_en_een_mislukte_lading_meldt_zich(pagina):
    # the check's own HTML has no tips: they are fetched, from this site only
    html = pagina.request.get(pagina.basis + CHECK).text()
    assert 'class="vt-tips"' not in html and 'id="vt-laagste"' in html
    assert "Verbetertips" in pagina.request.get(pagina.basis + CHECK + "verbetertips.html").text()
    # when the file cannot be loaded the page says so and the rest keeps working
    pagina.route("**/verbetertips.html", lambda route: route.fulfill(status=404, body="weg"))
    open_pagina(pagina, CHECK)
    expect(pagina.locator("#vt-tips-fout")).to_be_visible()
    _scoor(pagina, {"1.1": 4})
    expect(_rij(pagina, 1).locator(".vt-getal")).to_have_text("4,0")
    assert pagina.locator("#vt-laagste > li").count() == 0
    schendingen = axe_schendingen(pagina)
    assert not schendingen, "\n".join(schendingen)


@pytest.mark.browser
@pytest.mark.parametrize("pad", ["/verbetertool/", CHECK, TEAM])
def test_toegankelijk_en_niets_van_elders(pagina, pad):
    open_pagina(pagina, pad)
    assert pagina.locator("h1").count() == 1
    schendingen = axe_schendingen(pagina)
    assert not schendingen, "\n".join(schendingen)
    assert not pagina.vreemde_verzoeken


@pytest.mark.browser
def test_check_met_resultaten_toegankelijk(pagina):
    open_pagina(pagina, CHECK)
    _scoor(pagina, {"1.1": 3, "1.2": 7, "3.12": "nvt", "4.15": 1, "6.22": 10, "7.29": 2})
    pagina.locator("#vt-plan-1").fill("Plan")
    assert len(_zichtbare_laagste(pagina)) == 5
    schendingen = axe_schendingen(pagina)
    assert not schendingen, "\n".join(schendingen)
    # an error message is accessible too
    pagina.locator("#vt-laad").set_input_files(
        files=[{"name": "x.json", "mimeType": "application/json", "buffer": b"kapot"}]
    )
    pagina.wait_for_function("document.getElementById('vt-status').textContent.length > 0")
    schendingen = axe_schendingen(pagina)
    assert not schendingen, "\n".join(schendingen)
    assert not pagina.vreemde_verzoeken


@pytest.mark.browser
def test_team_met_resultaten_toegankelijk(pagina, tmp_path):
    paden, _ = _teambestanden(tmp_path)
    open_pagina(pagina, TEAM)
    pagina.locator("#vt-team-bestanden").set_input_files(paden)
    pagina.wait_for_function("document.getElementById('vt-team-status').textContent.length > 0")
    pagina.locator('input[name="vt-volgorde"][value="spreiding"]').check()
    schendingen = axe_schendingen(pagina)
    assert not schendingen, "\n".join(schendingen)
    assert not pagina.vreemde_verzoeken


@pytest.mark.browser
def test_check_werkt_met_alleen_het_toetsenbord(pagina):
    open_pagina(pagina, CHECK)
    _radio(pagina, "1.1", "nvt").focus()
    pagina.keyboard.press("Space")
    for _ in range(6):
        pagina.keyboard.press("ArrowRight")
    assert _radio(pagina, "1.1", 6).is_checked()
    pagina.keyboard.press("Tab")  # to the link of the factor
    assert pagina.evaluate("document.activeElement.getAttribute('href')") == "../factor-1-1/"
    pagina.keyboard.press("Tab")  # to the next factor's radio group
    assert pagina.evaluate("document.activeElement.name") == "vt-1-2"
    # the focus is visible
    pagina.keyboard.press("Space")
    omlijning = pagina.evaluate("getComputedStyle(document.activeElement.closest('label')).outlineStyle")
    assert omlijning == "solid"
    assert _rij(pagina, 1).locator(".vt-getal").inner_text() == _gemiddelde([6])


@pytest.mark.browser
def test_check_zonder_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + CHECK)
    assert page.locator("fieldset.vt-factor:visible").count() == 31
    assert page.locator("fieldset.vt-factor").first.locator("input[type=radio]").count() == 11
    assert page.locator("textarea.vt-plantekst:visible").count() == 7
    for knop in ("#vt-download", "#vt-wis", "#vt-afdrukken-kort", "#vt-toon", "button.vt-volgende"):
        assert page.locator(knop).first.is_hidden(), knop
    page.goto(server + TEAM)
    assert page.locator("#vt-team-bestanden").is_hidden()
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("alles_ingevuld", [False, True])
def test_samenvatting_is_een_a4(alles_ingevuld, pagina):
    from .test_browser_formulieren_print import pdf_paginas

    open_pagina(pagina, CHECK)
    pagina.locator("#vt-naam").fill("jobcoach")
    if alles_ingevuld:  # the most there can be: every factor scored, seven long plans
        _scoor(pagina, {f["nummer"]: (i % 10) + 1 for i, f in enumerate(_factoren)})
        for t in _themas:
            pagina.locator(f"#vt-plan-{t['nummer']}").fill("We maken afspraken met het mbo en de gemeente. " * 12)
    else:
        _scoor(pagina, {"1.1": 3, "2.8": 7, "4.15": "nvt"})
        pagina.locator("#vt-plan-1").fill("Elke jongere binnen twee weken een gesprek.")
    pagina.evaluate("window.print = () => {}")
    pagina.locator("#vt-afdrukken-kort").click()
    pagina.emulate_media(media="print")
    # the scores per theme, the lowest factors and the plans; not the 31 questions
    assert pagina.locator("#vt-thematabel").is_visible()
    assert pagina.locator("#vt-laagste > li:visible h4").count() == (5 if alles_ingevuld else 2)
    assert pagina.locator("#vt-laagste .vt-tips:visible").count() == 0
    assert pagina.locator("section.vt-thema:visible").count() == 0
    assert pagina.locator(".vt-plan-afdruk:visible").count() == (7 if alles_ingevuld else 1)
    pagina.emulate_media(media="screen")
    assert pdf_paginas(pagina) == 1
