"""The same site on another engine. ProperDocs, the maintained fork of MkDocs 1.x, builds it from the
same mkdocs.yml (hooks and macros included) into the same files, byte for byte apart from the
generator tag. Zensical: see tests/test_zensical.py. The browser tests marked `@alle_motoren` (or
with a `motor` parameter) run on all three builds, made by scripts/bouw_met.py as
`make build MOTOR=...` makes them."""

from __future__ import annotations

import re
from pathlib import Path

from kennisbank.inhoud import catalogus
from kennisbank.paginas import site

from .conftest import PROJECT, alle_motoren

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _bestanden(site_map: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site_map)): GENERATOR.sub(b"", p.read_bytes())
        for p in site_map.rglob("*")
        if p.is_file() and "pagefind" not in p.parts and p.suffix != ".gz"
    }


def test_properdocs_bouwt_dezelfde_site(sites_per_motor):
    properdocs, mkdocs = _bestanden(sites_per_motor("properdocs")[0]), _bestanden(sites_per_motor("mkdocs")[0])
    assert len(mkdocs) > 200
    assert sorted(set(mkdocs) ^ set(properdocs)) == []
    verschillend = sorted(naam for naam in mkdocs if mkdocs[naam] != properdocs[naam])
    assert verschillend == [], verschillend[:20]


def test_elke_pagina_is_de_index_van_een_eigen_map():
    """A relative link in a page's Markdown then means the same to every engine: MkDocs leaves links
    in raw HTML as written (relative to the page's URL), Zensical resolves them against the file's
    folder. For `regios/twente.md` those differ by one level; for `regios/twente/index.md` not."""
    cat = catalogus.laad(PROJECT)
    gegenereerd = [p.pad for p in site.paginas(cat, "https://kennisbank-jongeren.nl/")]
    handgeschreven = [str(p.relative_to(PROJECT / "docs")) for p in (PROJECT / "docs").rglob("*.md")]
    assert len(gegenereerd) > 150 and len(handgeschreven) > 10
    anders = [pad for pad in gegenereerd + handgeschreven if pad != "index.md" and not pad.endswith("/index.md")]
    assert anders == [], f"schrijf deze pagina's als <map>/index.md: {anders}"


@alle_motoren
def test_de_site_komt_van_de_gevraagde_motor(motor, site_map):
    generator = GENERATOR.search((site_map / "index.html").read_bytes()).group(0).decode()
    verwacht = {"mkdocs": "mkdocs-1.6.1", "properdocs": "ProperDocs", "zensical": "zensical-"}[motor]
    assert verwacht in generator, generator
