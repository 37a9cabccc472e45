"""`make serve` as the README gives it (scripts/bouw_met.py MOTOR --serve): the site comes up on
127.0.0.1 with its search index, for MkDocs and for Zensical (which bouw_met.py drives itself),
and stops cleanly, without a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from .conftest import PROJECT, vrije_poort


def _haal(url: str) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read()
    except (urllib.error.URLError, OSError):
        return None


@pytest.mark.parametrize("motor", ["mkdocs", "zensical"])
def test_make_serve_toont_de_site_met_zoekindex(motor, tmp_path):
    adres = f"127.0.0.1:{vrije_poort()}"
    uitvoer = tmp_path / "uitvoer.txt"
    with uitvoer.open("w") as log:
        proces = subprocess.Popen(
            [sys.executable, str(PROJECT / "scripts" / "bouw_met.py"), motor, "--serve", adres],
            cwd=PROJECT,
            env=dict(os.environ, NO_MKDOCS_2_WARNING="1", TMPDIR=str(tmp_path)),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            eind = time.monotonic() + 600
            start = delen = None
            while time.monotonic() < eind and proces.poll() is None and (start is None or delen is None):
                assert "Traceback" not in uitvoer.read_text(), uitvoer.read_text()[-3000:]
                start = start or _haal(f"http://{adres}/")
                delen = delen or _haal(f"http://{adres}/pagefind/delen.json")
                time.sleep(1)
            assert proces.poll() is None, f"make serve stopte:\n{uitvoer.read_text()[-3000:]}"
            assert start and b'lang="nl"' in start, "de startpagina kwam niet"
            assert delen == b"[]", f"geen zoekindex: {delen!r}"
            assert _haal(f"http://{adres}/pagefind/pagefind.js")
        finally:
            proces.send_signal(signal.SIGTERM)
            try:
                proces.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proces.kill()
    tekst = uitvoer.read_text()
    assert "Traceback" not in tekst, tekst[-3000:]
