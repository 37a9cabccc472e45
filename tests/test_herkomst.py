"""Provenance: every figure says whether the source gives it or the editors suggest it, and every
result with a number has a short verbatim quotation from the source that holds that number."""

from __future__ import annotations

import csv
import html
import re

import pytest
import yaml

from kennisbank.inhoud import catalogus

from .browser import axe_schendingen, open_pagina
from .conftest import PROJECT

CITATEN = yaml.safe_load((PROJECT / "tests" / "fixtures" / "citaten.yaml").read_text(encoding="utf-8"))
_cat = catalogus.laad(PROJECT)
_voorbeelden = _cat.items["praktijkvoorbeeld"]
_werkvormen = _cat.items["werkvorm"]

# The sources write small numbers as words ("vier plaatsingen", "dertig extra bbl-plekken").
GETALWOORDEN = {
    1: "een",
    2: "twee",
    3: "drie",
    4: "vier",
    5: "vijf",
    6: "zes",
    7: "zeven",
    8: "acht",
    9: "negen",
    10: "tien",
    11: "elf",
    12: "twaalf",
    20: "twintig",
    30: "dertig",
    40: "veertig",
    50: "vijftig",
    100: "honderd",
}


def schrijfwijzen(aantal: float) -> set[str]:
    """How a source may write this number: 5076, 5.076 or 5,076; 14,7 or 14.7; 'vier'."""
    if isinstance(aantal, float) and not aantal.is_integer():
        return {str(aantal), str(aantal).replace(".", ",")}
    n = int(aantal)
    vormen = {str(n), f"{n:,}", f"{n:,}".replace(",", ".")}
    if n in GETALWOORDEN:
        vormen.add(GETALWOORDEN[n])
    return vormen


def getallen_en_woorden(tekst: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,]\d+)*|[^\W\d_]+", tekst.lower()))


def test_schrijfwijzen_vinden_het_getal_en_niet_een_ander():
    assert schrijfwijzen(5076) & getallen_en_woorden("bedroeg 5076 jongeren.")
    assert schrijfwijzen(1700) & getallen_en_woorden("zo’n 1.700 studenten")
    assert schrijfwijzen(14.7) & getallen_en_woorden("gedaald van 14,7 procent")
    assert schrijfwijzen(4) & getallen_en_woorden("Vier jongeren zitten")
    assert schrijfwijzen(46) & getallen_en_woorden("werk/studie 46% 58%")
    assert not schrijfwijzen(4) & getallen_en_woorden("40 jongeren en 14 stages")
    assert not schrijfwijzen(24) & getallen_en_woorden("minimaal 240 uur")


def test_elk_resultaat_met_een_aantal_heeft_een_citaat_uit_de_bron():
    met_aantal = {
        (slug, i) for slug, v in _voorbeelden.items() for i, r in enumerate(v.data["resultaten"], 1) if "aantal" in r
    }
    geciteerd = {(slug, c["resultaat"]) for slug, lijst in CITATEN.items() for c in lijst}
    assert sorted(met_aantal - geciteerd) == [], (
        "resultaten met een aantal zonder citaat in tests/fixtures/citaten.yaml"
    )
    assert sorted(geciteerd - met_aantal) == [], "citaten bij resultaten die (nu) geen aantal hebben"


def test_elk_citaat_is_kort_en_bevat_het_getal_van_het_resultaat():
    fouten = []
    for slug, lijst in CITATEN.items():
        v = _voorbeelden[slug].data
        for c in lijst:
            r = v["resultaten"][c["resultaat"] - 1]
            plek = f"{slug} resultaat {c['resultaat']}"
            if c["aantal"] != r["aantal"]:
                fouten.append(f"{plek}: citaat hoort bij {c['aantal']}, resultaat zegt {r['aantal']}")
            if len(c["citaat"].split()) > 12:
                fouten.append(f"{plek}: citaat langer dan 12 woorden")
            if c["document"] != v["bron"]["document"]:
                fouten.append(f"{plek}: citaat uit {c['document']}, voorbeeld uit {v['bron']['document']}")
            if c["vanaf_pagina"] is not None and f"(p. {c['vanaf_pagina']})" not in v["bron"]["sectie"]:
                fouten.append(f"{plek}: pagina {c['vanaf_pagina']} past niet bij de sectie")
            if not schrijfwijzen(r["aantal"]) & getallen_en_woorden(c["citaat"]):
                fouten.append(f"{plek}: {r['aantal']} staat niet in het citaat {c['citaat']!r}")
    assert not fouten, "\n".join(fouten)


def test_groningen_noemt_de_definitie_van_een_match_niet_als_resultaat():
    v = _voorbeelden["groningen-marktbewerkingsplan-2016"].data
    assert all("aantal" not in r for r in v["resultaten"])
    assert "zonder uitkering en startkwalificatie" not in " ".join(v["doel"].split()) and "nuggers" in v["doel"]


def test_herkomst_is_eerlijk_gezet_waar_de_bron_het_zegt():
    """The few figures the sources do give are marked as such; the invented timings are not."""
    assert _werkvormen["progressiegerichte-intervisie"].data["duur"]["herkomst"] == "bron"
    assert {s["minuten_herkomst"] for s in _werkvormen["hoe-werkt-dat-hier"].data["stappen"]} == {"bron"}
    for slug in ("patroondoorbrekers", "cirkel-van-invloed", "toekomst-verbeelden"):
        w = _werkvormen[slug].data
        assert w["duur"]["herkomst"] == w["groepsgrootte"]["herkomst"] == "redactie", slug
        assert {s["minuten_herkomst"] for s in w["stappen"]} == {"redactie"}, slug
    for thema in _cat.items["verbetertool-thema"].values():
        assert thema.data["verbeterplan_vragen_herkomst"] == "redactie"


def _tekst(pad) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", pad.read_text(encoding="utf-8")))


def _kenmerk(pagina_html: str, naam: str) -> str:
    m = re.search(rf"<dt>{naam}</dt><dd>(.*?)</dd>", pagina_html)
    assert m, naam
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))


def test_werkvormpagina_en_kaart_zeggen_wat_van_de_redactie_komt(site_map):
    pagina = (site_map / "werkvormen" / "toekomstdroom" / "index.html").read_text(encoding="utf-8")
    assert "richtwaarde van de redactie" in _kenmerk(pagina, "Duur")
    assert "richtwaarde" not in _kenmerk(pagina, "Groep")  # 8 to 12 people: the toolkit says so
    assert "voorstel" not in _kenmerk(pagina, "Online")  # the toolkit gives the online alternatives for the photo cards
    stap = re.search(r"Alleen nadenken en opschrijven</strong> <span class=\"kb-minuten\">\(([^)]*)\)", pagina)
    assert stap and stap.group(1) == "5 min, uit de bron"
    tekst = html.unescape(re.sub(r"<[^>]+>", "", pagina))
    assert "De minuten per stap zijn een richtwaarde van de redactie, behalve waar" in tekst
    assert "In de agenda van de bijeenkomst in de bron staat 15 minuten." in tekst

    check_in = (site_map / "werkvormen" / "check-in" / "index.html").read_text(encoding="utf-8")
    assert "voorstel van de redactie" in _kenmerk(check_in, "Online")  # the werkboek (2019) says nothing about online

    bron = (site_map / "werkvormen" / "progressiegerichte-intervisie" / "index.html").read_text(encoding="utf-8")
    assert "richtwaarde" not in _kenmerk(bron, "Duur")
    assert "richtwaarde van de redactie" in _kenmerk(bron, "Groep")

    # the cards printed per phase carry the same marks
    kaarten = _tekst(site_map / "printen" / "experimenteren" / "index.html")
    assert kaarten.count("richtwaarde van de redactie") >= len(
        [
            w
            for w in _werkvormen.values()
            if "experimenteren" in w.data["fasen"] and w.data["duur"]["herkomst"] == "redactie"
        ]
    )


def test_verbeterplanvragen_heten_een_voorstel_van_de_redactie(site_map):
    thema = _tekst(site_map / "verbetertool" / "thema-1-motivatie-kwaliteiten-en-interesses" / "index.html")
    assert "Deze vragen zijn een voorstel van de redactie" in thema
    check = _tekst(site_map / "verbetertool" / "check" / "index.html")
    assert check.count("voorstel van de redactie") == len(_cat.items["verbetertool-thema"])


def test_open_data_dragen_de_herkomst(site_map):
    rijen = {r["slug"]: r for r in csv.DictReader((site_map / "data" / "werkvormen.csv").open(encoding="utf-8"))}
    assert rijen["progressiegerichte-intervisie"]["duur_herkomst"] == "bron"
    assert rijen["toekomstdroom"]["duur_herkomst"] == "redactie"
    assert rijen["toekomstdroom"]["groep_herkomst"] == "bron"
    assert rijen["toekomstdroom"]["minuten_herkomst"] == "gemengd"
    assert rijen["netwerksessie-online"]["online_herkomst"] == "bron"


@pytest.mark.browser
def test_herkomst_zichtbaar_in_de_browser_en_op_de_geprinte_kaart(pagina):
    for breedte in (390, 1280):
        pagina.set_viewport_size({"width": breedte, "height": 900})
        open_pagina(pagina, "/werkvormen/cirkel-van-invloed/")
        duur = pagina.locator(".kb-kenmerken dd").nth(1)
        assert duur.locator(".kb-herkomst").is_visible()
        assert duur.inner_text().endswith("(richtwaarde van de redactie)")
        assert pagina.locator("#herkomst").is_visible()
        assert not axe_schendingen(pagina)
    # On paper the one-page card (templates/werkvorm_a4.html.j2) stands in for the page.
    pagina.emulate_media(media="print")
    kaart = pagina.locator(".kb-a4")
    assert kaart.is_visible()
    assert "(richtwaarde van de redactie)" in kaart.locator(".kb-a4-kenmerken").inner_text()
    assert all("richtwaarde van de redactie" in m for m in kaart.locator(".kb-a4-min").all_inner_texts())
    pdf = pagina.pdf()
    assert pdf.startswith(b"%PDF")
