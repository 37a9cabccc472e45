"""The menu rendered once per folder (kennisbank/motoren/themafragmenten.py) gives the very same
site as the menu rendered on every page."""

from __future__ import annotations

from pathlib import Path

from kennisbank.motoren.themafragmenten import Themafragmenten
from tests.conftest import mkdocs_build


def test_site_is_dezelfde_met_en_zonder_eenmalig_menu(site_map, tmp_path):
    zonder = tmp_path / "zonder"
    r = mkdocs_build(zonder, extra_env={"KENNISBANK_ZOEKINDEX": "0", "KENNISBANK_UIT": "fragmenten"})
    assert r.returncode == 0, r.stderr[-3000:]
    paginas = sorted(p.relative_to(zonder) for p in zonder.rglob("*.html"))
    assert len(paginas) > 100
    verschillend = [p for p in paginas if (site_map / p).read_bytes() != (zonder / p).read_bytes()]
    assert not verschillend, f"{len(verschillend)} pagina's verschillen, bijvoorbeeld {verschillend[:5]}"


def test_menu_wordt_gedeeld_door_paginas_in_dezelfde_map():
    f = Themafragmenten({"", "voorbeelden/"}, ["", "voorbeelden/", "voorbeelden/a/", "voorbeelden/b/", "c/", "c/d.pdf"])
    assert f.sleutel("voorbeelden/a/") == f.sleutel("voorbeelden/b/") == "voorbeelden"
    assert f.sleutel("voorbeelden/") is None  # in the menu: it is marked active there
    assert f.sleutel("c/") is None  # a link to c/d.pdf from c/ is not the same as from another folder
    assert f.sleutel("404.html") is None  # not a folder: MkDocs makes its links relative to the root

    gemaakt = []

    class Pagina:
        def __init__(self, url: str) -> None:
            self.url = url

    def menu() -> str:
        gemaakt.append(1)
        return "<nav>menu</nav>"

    assert f.eenmaal("nav", Pagina("voorbeelden/a/"), menu) == f.eenmaal("nav", Pagina("voorbeelden/b/"), menu)
    assert len(gemaakt) == 1
    f.eenmaal("nav", Pagina("voorbeelden/"), menu)
    f.eenmaal("tabs", Pagina("voorbeelden/a/"), menu)
    assert len(gemaakt) == 3


def test_thema_vraagt_het_menu_via_kb_eenmaal():
    # without the call the cache is never used and the optimisation silently does nothing
    tekst = (Path(__file__).parents[1] / "overrides" / "main.html").read_text(encoding="utf-8")
    assert 'kb_eenmaal("nav", page)' in tekst
    assert 'kb_eenmaal("tabs", page)' in tekst
