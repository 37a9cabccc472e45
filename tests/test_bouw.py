"""The strict build: every entry has its page, nothing is left unrendered, every
internal link and anchor resolves, and the build refuses invalid content."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kennisbank.inhoud import catalogus

from .conftest import MOTOREN, PROJECT, alle_motoren, bouw_met, mkdocs_build
from .htmlcheck import boven_de_wortel, doel_van, lees, paginas
from .slechte_invoer import ANDERE_PLATFORMS, GEVALLEN, schrijf_geval


@alle_motoren
def test_elk_item_heeft_een_pagina(site_map):
    cat = catalogus.laad(PROJECT)
    for soort, map_ in (("praktijkvoorbeeld", "voorbeelden"), ("werkvorm", "werkvormen")):
        items = cat.items.get(soort, {})
        assert items
        for slug, item in items.items():
            pagina = site_map / map_ / slug / "index.html"
            assert pagina.exists(), f"geen pagina voor {map_}/{slug}.yaml"
            h1 = re.search(r"<h1[^>]*>(.*?)</h1>", pagina.read_text(encoding="utf-8"), re.S).group(1)
            h1 = re.sub(r"<a class=\"headerlink\".*?</a>", "", h1)
            assert html.unescape(re.sub(r"<[^>]+>", "", h1)).strip() == item.titel


@alle_motoren
def test_niets_onvertaald_of_kapot(site_map):
    for pagina in paginas(site_map):
        tekst = pagina.read_text(encoding="utf-8")
        # KBBLOK/KBMACRO: a raw HTML block that was taken out of Markdown and not put back;
        # markdown=: an md_in_html attribute that should never reach the page
        for teken in (
            "{{",
            "{%",
            "Macro Syntax Error",
            "Macro Rendering Error",
            "Traceback",
            "KBBLOK",
            "KBMACRO",
            ' markdown="',
            " markdown>",
        ):
            assert teken not in tekst, f"{teken!r} in {pagina.relative_to(site_map)}"


@alle_motoren
def test_tagpagina_toont_alle_items_met_die_tag(site_map):
    cat = catalogus.laad(PROJECT)
    verwacht = sorted(i.titel for i in cat.van("praktijkvoorbeeld") if "bbl" in i.data["themas"])
    assert verwacht
    tekst = (site_map / "tags" / "bbl" / "index.html").read_text(encoding="utf-8")
    lijst = re.search(r'<ul class="kb-itemlijst"[^>]*>(.*?)</ul>', tekst, re.S).group(1)
    gevonden = [html.unescape(re.sub(r"<[^>]+>", "", t)) for t in re.findall(r"<li><a [^>]*>(.*?)</a>", lijst)]
    assert sorted(gevonden) == verwacht
    # and the tag chips above an entry link to the tag pages
    item = next(i for i in cat.van("praktijkvoorbeeld") if "bbl" in i.data["themas"])
    pagina = (site_map / "voorbeelden" / item.slug / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<nav class="md-tags" aria-label="Tags">.*href="../../tags/bbl/"', pagina)


@alle_motoren
def test_interne_links_en_ankers_kloppen(site_map):
    cache: dict[Path, set[str]] = {}
    kapot = []
    for pagina in paginas(site_map):
        for href in lees(pagina).links:
            doel, anker = doel_van(site_map, pagina, href)
            if doel is None:
                continue
            if boven_de_wortel(site_map, pagina, href):
                kapot.append(f"{pagina.relative_to(site_map)} -> {href} (boven de hoofdmap van de site)")
                continue
            if not doel.exists():
                kapot.append(f"{pagina.relative_to(site_map)} -> {href}")
                continue
            if anker and doel.suffix == ".html":
                if doel not in cache:
                    cache[doel] = lees(doel).ids
                if anker not in cache[doel]:
                    kapot.append(f"{pagina.relative_to(site_map)} -> {href} (anker ontbreekt)")
    assert not kapot, "\n".join(kapot[:50])


@alle_motoren
def test_tags_en_regios_hebben_paginas(site_map):
    assert (site_map / "tags" / "matchen" / "index.html").exists()
    assert (site_map / "tags" / "bbl" / "index.html").exists()
    assert (site_map / "regios" / "zaanstreek-waterland" / "index.html").exists()
    assert len(list((site_map / "regios").glob("*/index.html"))) == 35


def test_verborgen_inhoudsopgave_staat_ook_niet_in_het_menu(site_map):
    # Material keeps a hidden table of contents in the mobile menu, and its script then
    # measures every heading on load; pages that hide it must not carry it at all
    check = (site_map / "verbetertool" / "check" / "index.html").read_text(encoding="utf-8")
    assert 'data-md-component="toc"' not in check
    assert 'id="thema-1"' in check  # the headings themselves stay, with their anchors
    voorbeeld = site_map / "voorbeelden" / "achterhoek-actieve-bemiddeling-jongeren" / "index.html"
    assert 'data-md-component="toc"' in voorbeeld.read_text(encoding="utf-8")


def _bouw(motor: str, doel: Path, inhoud: Path) -> subprocess.CompletedProcess:
    if motor == "mkdocs":
        return mkdocs_build(doel, inhoud=inhoud)
    return bouw_met(motor, doel, {"KENNISBANK_INHOUD": str(inhoud)})


@pytest.mark.parametrize("motor", MOTOREN)
def test_bouw_stopt_bij_ongeldige_inhoud_met_dezelfde_meldingen_als_de_validator(motor, tmp_path):
    inhoud = tmp_path / "inhoud"
    shutil.copytree(PROJECT / "tests" / "fixtures" / "geldig", inhoud)
    for naam in (
        "onbekende-regio",
        "richtingteken",
        "mobiel-nummer",
        "dubbele-punt-in-tekst",
        "gemeente-als-regio",
        "datum-bestaat-niet",
        "doelgroep-als-thema",
        "leeg-veld",
    ):
        schrijf_geval(next(g for g in GEVALLEN if g.naam == naam), inhoud)
    validator = subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "valideer.py"), "--map", str(inhoud)], capture_output=True, text=True
    )
    meldingen = validator.stdout.strip().splitlines()
    assert validator.returncode == 1 and len(meldingen) >= 8, validator.stdout
    r = _bouw(motor, tmp_path / "site", inhoud)
    uitvoer = r.stdout + r.stderr
    assert r.returncode != 0
    if motor != "mkdocs":  # through scripts/bouw_met.py, as `make build MOTOR=...`
        assert "Bouwen met " in uitvoer and " is mislukt" in uitvoer
    assert "voorbeelden/geval-onbekende-regio.yaml:3: regios[1]: 'Atlantis' is geen toegestane waarde" in uitvoer
    for melding in meldingen:
        assert melding in uitvoer
    assert "Traceback" not in uitvoer
    assert not (tmp_path / "site" / "index.html").exists()


@pytest.mark.parametrize("motor", MOTOREN)
def test_geldige_fixtures_bouwen_met_escaping(motor, tmp_path):
    """Text that may legitimately hold '<' or braces shows as text, never as markup."""
    r = _bouw(motor, tmp_path / "site", PROJECT / "tests" / "fixtures" / "geldig")
    assert r.returncode == 0, r.stdout + r.stderr
    html = (tmp_path / "site" / "voorbeelden" / "testregio-proefaanpak" / "index.html").read_text(encoding="utf-8")
    assert "leeftijd &lt; 27" in html
    oud = tmp_path / "site" / "werkvormen" / "oude-testvorm" / "index.html"
    assert "url=../testvorm/" in oud.read_text(encoding="utf-8")


def test_bestanden_van_andere_platforms_bouwen_genormaliseerd(tmp_path):
    """CRLF, emoji and a vocabulary value in another case build, with the canonical spelling."""
    inhoud = tmp_path / "inhoud"
    shutil.copytree(PROJECT / "tests" / "fixtures" / "geldig", inhoud)
    for geval in ANDERE_PLATFORMS:
        schrijf_geval(geval, inhoud)
    r = mkdocs_build(tmp_path / "site", inhoud=inhoud)
    assert r.returncode == 0, r.stdout + r.stderr
    pagina = tmp_path / "site" / "voorbeelden"
    hoofdletters = (pagina / "geval-hoofdletters-in-vaste-lijst" / "index.html").read_text(encoding="utf-8")
    assert "<dd>goed beschreven</dd>" in hoofdletters and "Goed Beschreven" not in hoofdletters
    emoji = (pagina / "geval-emoji-in-titel" / "index.html").read_text(encoding="utf-8")
    assert "Geval 👩\u200d💻 jongeren aan het werk" in emoji
    nfd = (pagina / "geval-losse-accenten-nfd" / "index.html").read_text(encoding="utf-8")
    assert "Geval caf\u00e9 en Frysl\u00e2n" in nfd
