"""Text that looks like markup but is allowed shows as plain text, and no script runs from it.
Everything the validator refuses is also refused by the build, with the same message."""

from __future__ import annotations

import shutil

import pytest

from .conftest import PROJECT, mkdocs_build
from .slechte_invoer import GEVALLEN, schrijf_geval


@pytest.mark.browser
def test_opmaakachtige_tekst_blijft_tekst(browser, fixture_server):
    context = browser.new_context()
    page = context.new_page()
    dialogen = []
    page.on("dialog", lambda d: (dialogen.append(d.message), d.dismiss()))
    page.goto(fixture_server + "/voorbeelden/testregio-proefaanpak/", wait_until="networkidle")
    tekst = page.locator("#overdraagbaarheid ~ ul").first.inner_text()
    assert "a < b > c, *sterretjes*, _streepjes_, [haken], {: .klasse}, # hekje, 3 & 4, `code`." in tekst
    assert "leeftijd < 27" in page.locator("article").inner_text()
    assert page.locator("article em, article code, article .klasse").count() == 0
    assert dialogen == []
    context.close()


@pytest.mark.parametrize("geval", GEVALLEN, ids=[g.naam for g in GEVALLEN])
def test_bouw_weigert_wat_de_validator_weigert(geval, tmp_path):
    inhoud = tmp_path / "inhoud"
    shutil.copytree(PROJECT / "tests" / "fixtures" / "geldig", inhoud)
    pad = schrijf_geval(geval, inhoud)
    r = mkdocs_build(tmp_path / "site", inhoud=inhoud)
    uitvoer = r.stdout + r.stderr
    assert r.returncode != 0
    assert str(pad.relative_to(inhoud)) in uitvoer and geval.melding in uitvoer
    assert "Traceback" not in uitvoer
