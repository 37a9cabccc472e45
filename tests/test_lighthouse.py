"""Lighthouse (npm, against Debian's Chromium) on the main page types: accessibility 100,
best practices and SEO at least 95. Performance is noisy here and belongs to `make bench`."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from .conftest import CHROMIUM, CHROMIUM_ARGS, PROJECT
from .test_browser_basis import PAGINATYPEN

LIGHTHOUSE = PROJECT / "node_modules" / ".bin" / "lighthouse"
PAGINAS = {naam: PAGINATYPEN[naam] for naam in ("home", "praktijkvoorbeeld", "werkvorm", "zoeken")}
PAGINAS.update(
    {
        "verkenner": "/verkenner/",
        "verbetertool-check": "/verbetertool/check/",
        "sessieplanner": "/sessieplanner/",
        "netwerkkaart": "/formulieren/netwerkkaart/",
    }
)


@pytest.mark.browser
@pytest.mark.parametrize("naam", PAGINAS)
def test_lighthouse_scores(naam, server, tmp_path):
    assert LIGHTHOUSE.exists(), "Lighthouse ontbreekt: draai 'make test' (installeert het met npm ci)"
    uit = tmp_path / "lh.json"
    r = subprocess.run(
        [
            str(LIGHTHOUSE),
            server + PAGINAS[naam],
            "--quiet",
            "--output=json",
            f"--output-path={uit}",
            "--only-categories=accessibility,best-practices,seo",
            f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
        ],
        env=dict(os.environ, CHROME_PATH=CHROMIUM),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    rapport = json.loads(uit.read_text(encoding="utf-8"))
    scores = {k: v["score"] for k, v in rapport["categories"].items()}
    mislukt = [
        f"{a['id']}: {a['title']}"
        for a in rapport["audits"].values()
        if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"
    ]
    assert scores["accessibility"] == 1, mislukt
    assert scores["best-practices"] >= 0.95, mislukt
    assert scores["seo"] >= 0.95, mislukt
