"""The same site on another engine: ProperDocs, the maintained fork of MkDocs 1.x, builds it
from the same mkdocs.yml (hooks and macros included) into the same pages, byte for byte apart
from the generator tag. Zensical: see tests/test_zensical.py."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from .conftest import PROJECT

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _bestanden(site: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site)): GENERATOR.sub(b"", p.read_bytes())
        for p in site.rglob("*")
        if p.is_file() and "pagefind" not in p.parts and p.suffix != ".gz"
    }


def test_properdocs_bouwt_dezelfde_site(site_map, tmp_path):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", KENNISBANK_ZOEKINDEX="0")
    r = subprocess.run(
        [str(Path(sys.executable).parent / "properdocs"), "build", "--strict", "-q", "-d", str(tmp_path)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    properdocs, mkdocs = _bestanden(tmp_path), _bestanden(site_map)
    assert len(mkdocs) > 200
    assert sorted(set(mkdocs) ^ set(properdocs)) == []
    verschillend = sorted(naam for naam in mkdocs if mkdocs[naam] != properdocs[naam])
    assert verschillend == [], verschillend[:20]
