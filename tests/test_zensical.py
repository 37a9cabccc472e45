"""Ready for the successor: Zensical (0.0.73, the newest installable here) builds the site with
scripts/bouw_met.py, which writes the generated pages as Markdown first (Zensical ignores `hooks:`)
and makes the Pagefind search index afterwards. The result has the same page URLs and the same
other files as the MkDocs build; the browser tests with `@alle_motoren` check that it works (links,
search, QR codes, axe, the forms, the planner and the Verbetertool)."""

from __future__ import annotations

from pathlib import Path

# the engines' own files: the theme's assets, the sitemap (MkDocs also gzips it), the search indexes
EIGEN = ("assets", "pagefind", "sitemap.xml", "sitemap.xml.gz", "search.json")


def _paginas(site_map: Path) -> set[str]:
    return {str(p.relative_to(site_map).parent) for p in site_map.rglob("index.html") if "pagefind" not in p.parts}


def _overige_bestanden(site_map: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site_map)): p.read_bytes()
        for p in site_map.rglob("*")
        if p.is_file() and p.suffix != ".html" and p.relative_to(site_map).parts[0] not in EIGEN
    }


def test_zensical_bouwt_dezelfde_paginas(sites_per_motor):
    mkdocs = _paginas(sites_per_motor("mkdocs")[0])
    zensical = _paginas(sites_per_motor("zensical")[0])
    assert len(mkdocs) > 100
    assert mkdocs - zensical == set()
    assert zensical - mkdocs == set()


def test_zensical_site_heeft_zoekindex_en_dezelfde_open_data(sites_per_motor):
    mkdocs, zensical = sites_per_motor("mkdocs")[0], sites_per_motor("zensical")[0]
    assert (zensical / "pagefind" / "pagefind.js").is_file()
    # open data, feeds, the Verbetertool's tips, scripts, stylesheets: byte for byte the same
    bij_mkdocs, bij_zensical = _overige_bestanden(mkdocs), _overige_bestanden(zensical)
    assert {"feed.xml", "data/voorbeelden.json", "javascripts/kennisbank.js"} <= set(bij_mkdocs)
    assert sorted(set(bij_mkdocs) ^ set(bij_zensical)) == []
    assert sorted(n for n in bij_mkdocs if bij_mkdocs[n] != bij_zensical[n]) == []
    tips = "verbetertool/check/verbetertips.html"
    assert (zensical / tips).read_bytes() == (mkdocs / tips).read_bytes()
    # Zensical's own search index stays empty: Pagefind searches
    assert b'"items":[]' in (zensical / "search.json").read_bytes()
