"""The Verbetertool pages without a browser: the form is in the HTML (so it reads and prints
without JavaScript), the links are right, and text from the YAML cannot become markup."""

from __future__ import annotations

import copy
import re
from types import SimpleNamespace

from kennisbank.inhoud import catalogus
from kennisbank.paginas import verbetertool
from kennisbank.paginas.weergave import render

from .conftest import PROJECT
from .htmlcheck import lees

_cat = catalogus.laad(PROJECT)
_themas = verbetertool.themas(_cat)


def test_factoren_in_volgorde_van_nummer():
    assert (
        verbetertool.factor_volgorde("1.2") < verbetertool.factor_volgorde("1.10") < verbetertool.factor_volgorde("2.8")
    )
    nummers = [f["nummer"] for f in verbetertool.alle_factoren(_cat)]
    assert nummers == sorted(nummers, key=verbetertool.factor_volgorde)
    assert len(nummers) == len(set(nummers)) == 31
    assert _themas[0]["bereik"] == "1.1 tot en met 1.7"
    assert verbetertool.OPTIES == ["nvt", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]


def test_check_staat_helemaal_in_de_html(site_map):
    html = (site_map / "verbetertool" / "check" / "index.html").read_text(encoding="utf-8")
    velden = re.findall(r'<fieldset class="vt-factor"[^>]*data-factor="([0-9.]+)"', html)
    assert velden == [f["nummer"] for t in _themas for f in t["factoren"]]
    for t in _themas:
        for f in t["factoren"]:
            naam = "vt-" + f["id"]
            waarden = re.findall(rf'<input type="radio" name="{naam}" value="([a-z0-9]+)"', html)
            assert waarden == verbetertool.OPTIES, f["nummer"]
    assert html.count("<legend>") >= 31
    assert html.count('class="vt-plantekst"') == 7
    assert html.count('<h2 id="thema-') == 7
    assert 'role="status"' in html and 'aria-live="polite"' in html
    assert "stuurt niets naar een server" in html
    assert '<noscript><p class="vt-melding">Je browser voert geen JavaScript uit.' in html
    # a tool page is findable by its title and description only (issue 14), never by its controls
    assert html.count("data-pagefind-body") == 1
    zoekdeel = html.split("data-pagefind-body", 1)[1].split("</div>", 1)[0]
    assert "<input" not in zoekdeel and "<legend" not in zoekdeel


def test_links_van_de_verbetertool(site_map):
    index = lees(site_map / "verbetertool" / "index.html").links
    for t in _themas:
        assert f"{t['slug']}/" in index, t["slug"]
    assert "check/" in index and "team/" in index
    check = lees(site_map / "verbetertool" / "check" / "index.html").links
    for t in _themas:
        for f in t["factoren"]:
            assert f["url"] in check
            assert (site_map / "verbetertool" / f"factor-{f['id']}" / "index.html").exists()
    team = lees(site_map / "verbetertool" / "team" / "index.html").links
    assert "../check/" in team


def test_team_tabel_heeft_een_rij_per_factor(site_map):
    html = (site_map / "verbetertool" / "team" / "index.html").read_text(encoding="utf-8")
    rijen = re.findall(r'<tr data-factor="([0-9.]+)"', html)
    assert rijen == [f["nummer"] for t in _themas for f in t["factoren"]]
    assert '<input type="file" id="vt-team-bestanden" multiple' in html
    assert html.count('<th scope="col"') == 7 + 2  # per factor, and per theme (Thema, Iedereen)


def test_tekst_uit_yaml_wordt_geen_html():
    data = copy.deepcopy(next(iter(_cat.van("verbetertool-thema"))).data)
    data["titel"] = "Thema <script>alert(1)</script> & *meer*"
    data["factoren"][0]["titel"] = 'Factor "x" <img src=x onerror=alert(1)>'
    data["factoren"][0]["tips"] = ["Tip met <b>vet</b> en [link](javascript:alert(1))"]
    data["verbeterplan_vragen"] = ["Vraag <i>schuin</i>?"]
    nep = SimpleNamespace(van=lambda soort: [SimpleNamespace(data=data, slug="thema-x")], get=lambda soort, slug: None)
    uit = render("verbetertool_check.md.j2", **verbetertool.gegevens(nep))
    # the tips for the lowest scores come from their own file (verbetertips.html)
    tips = render("verbetertips.html.j2", factoren=verbetertool.gegevens(nep)["factoren"])
    for gevaarlijk in ("<script>", "<img", "<b>vet", "<i>schuin", 'href="javascript'):
        assert gevaarlijk not in uit
        assert gevaarlijk not in tips
    assert "Thema &lt;script&gt;alert(1)&lt;/script&gt; &amp; *meer*" in uit
    assert "&lt;b&gt;vet&lt;/b&gt;" in tips
    assert "Factor &quot;x&quot; &lt;img src=x onerror=alert(1)&gt;" in tips
    # raw HTML blocks stay free of blank lines, or Markdown would start parsing inside them
    for blok in re.findall(r'<div class="vt-[a-z-]+"[^>]*markdown="0">.*?\n</div>\n', uit, re.S):
        assert "\n\n" not in blok
