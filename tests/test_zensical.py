"""Ready for the successor: the data layer does not need MkDocs. The generated pages, written
as Markdown by a script, build with Zensical into the same set of page URLs as the MkDocs build."""

from __future__ import annotations

import subprocess
import sys

from .conftest import PROJECT


def _paginas(site):
    return {str(p.relative_to(site).parent) for p in site.rglob("index.html") if "pagefind" not in p.parts}


def test_zensical_bouwt_dezelfde_paginas(site_map, tmp_path):
    r = subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "zensical_proef.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    mkdocs = _paginas(site_map)
    zensical = _paginas(tmp_path / "site")
    assert len(mkdocs) > 100
    assert mkdocs - zensical == set()
    assert zensical - mkdocs == set()
