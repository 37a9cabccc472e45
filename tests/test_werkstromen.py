"""The GitHub workflows, proven here as a region's fork would run them.

- The shell steps of .github/workflows/controle.yml (what every pull request runs) pass in a fresh
  copy of the repository with nothing beside it: no source texts, nothing from this machine.
- The Pages build with a project-page address (https://owner.github.io/repo/) works under that
  sub-path: links, search, QR codes and open-data URLs, checked in Chromium with the site served
  under /repo/.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
import zxingcpp
from PIL import Image

from scripts import webserver

from .browser import axe_schendingen
from .conftest import PROJECT, mkdocs_build
from .htmlcheck import doel_van, lees, paginas

# Steps that only make sense on GitHub's runner, and the step that runs this very test suite.
NIET_HIER = {
    "Browser voor de tests": "koppelt Google Chrome van de GitHub-runner; hier is het Debian's chromium",
    "Tests": "make test: dat is de testrun waarin deze test zelf draait",
}
PROJECTPAGINA = "https://owner.github.io/repo/"


def _losse_kopie(doel: Path) -> Path:
    """The working tree as a lone clone (with its git history, for the page dates), in a folder
    with nothing beside it; the installed .venv and node_modules are linked, not copied."""
    kloon = doel / "kennisbank"
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(PROJECT), str(kloon)], check=True)
    bestanden = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=PROJECT,
            check=True,
            capture_output=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for naam in filter(None, bestanden):
        bron = PROJECT / naam
        if bron.is_file() and not bron.is_symlink():
            (kloon / naam).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(bron, kloon / naam)
    for map_ in (".venv", "node_modules"):
        (kloon / map_).symlink_to(PROJECT / map_)
    assert sorted(p.name for p in doel.iterdir()) == ["kennisbank"]
    return kloon


def test_de_stappen_van_de_controle_workflow_slagen_in_een_losse_kloon(tmp_path):
    werkstroom = yaml.safe_load((PROJECT / ".github" / "workflows" / "controle.yml").read_text(encoding="utf-8"))
    stappen = [s for s in werkstroom["jobs"]["controle"]["steps"] if "run" in s]
    assert {s["name"] for s in stappen} >= set(NIET_HIER), "de workflow is veranderd: pas NIET_HIER aan"
    kloon = _losse_kopie(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "KENNISBANK"))}
    env.update(werkstroom["jobs"]["controle"].get("env", {}), GITHUB_ENV=str(tmp_path / "github_env"), CI="true")
    gedraaid = []
    for stap in stappen:
        if stap["name"] in NIET_HIER:
            continue
        r = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", stap["run"]],
            cwd=kloon,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert r.returncode == 0, f"stap '{stap['name']}' faalde:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
        gedraaid.append(stap["name"])
    assert "Site bouwen (strikt)" in gedraaid and "Inhoud controleren" in gedraaid
    assert (kloon / "site" / "index.html").exists() and (kloon / "site" / "pagefind" / "pagefind.js").exists()


@pytest.fixture(scope="module")
def projectpagina(tmp_path_factory):
    """The site as GitHub Pages publishes a project page: built with SITE_URL=…/repo/ and served
    under /repo/ on 127.0.0.1."""
    wortel = tmp_path_factory.mktemp("pages")
    r = mkdocs_build(wortel / "repo", extra_env={"SITE_URL": PROJECTPAGINA})
    assert r.returncode == 0, r.stdout + r.stderr
    url, httpd = webserver.start(wortel)
    yield wortel, url
    httpd.shutdown()


def test_alle_links_werken_onder_het_subpad(projectpagina):
    wortel, _ = projectpagina
    kapot = []
    for pagina in paginas(wortel / "repo"):
        for href in lees(pagina).links:
            doel, _anker = doel_van(wortel, pagina, href)
            if doel is not None and not doel.exists():
                kapot.append(f"{pagina.relative_to(wortel)} -> {href}")
    assert not kapot, "\n".join(kapot[:30])


def test_open_data_en_feed_gebruiken_het_adres_van_de_projectpagina(projectpagina):
    wortel, _ = projectpagina
    data = wortel / "repo" / "data"
    for naam in ("voorbeelden.json", "werkvormen.json"):
        for record in json.loads((data / naam).read_text(encoding="utf-8")):
            assert record["url"].startswith(PROJECTPAGINA), record["url"]
    pakket = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    assert all(b["path"].startswith(PROJECTPAGINA) for b in pakket["resources"])
    feed = (wortel / "repo" / "feed.xml").read_text(encoding="utf-8")
    assert f'<link rel="self" href="{PROJECTPAGINA}feed.xml"/>' in feed
    assert "https://kennisbank-jongeren.nl" not in feed


@pytest.fixture(scope="module")
def browser_pagina(projectpagina, browser):
    _, url = projectpagina
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.fouten = []
    page.on("response", lambda r: r.status >= 400 and page.fouten.append(f"{r.status} {r.url}"))
    page.on(
        "request",
        lambda r: (
            urlsplit(r.url).netloc not in ("", urlsplit(url).netloc)
            and r.url.startswith("http")
            and page.fouten.append(f"ander domein: {r.url}")
        ),
    )
    page.basis = url
    yield page
    context.close()


def test_pagina_s_laden_zonder_fouten_onder_het_subpad(browser_pagina):
    page = browser_pagina
    for pad in (
        "/repo/",
        "/repo/voorbeelden/",
        "/repo/werkvormen/check-in/",
        "/repo/regios/twente/",
        "/repo/verbetertool/check/",
        "/repo/sessieplanner/",
        "/repo/open-data/",
    ):
        page.goto(page.basis + pad, wait_until="networkidle")
        assert page.locator("h1").first.is_visible(), pad
    assert not page.fouten, page.fouten
    assert not axe_schendingen(page)


def test_zoeken_werkt_onder_het_subpad(browser_pagina):
    page = browser_pagina
    page.goto(page.basis + "/repo/zoeken/", wait_until="networkidle")
    urls = page.evaluate("""async () => {
        const pf = await import('/repo/pagefind/pagefind.js');
        const r = await pf.search('bbl');
        return Promise.all(r.results.slice(0, 5).map(async x => (await x.data()).url));
    }""")
    assert urls and all(u.startswith("/repo/") for u in urls), urls
    page.goto(page.basis + urls[0], wait_until="networkidle")
    assert page.locator("h1").first.is_visible()
    assert not page.fouten, page.fouten


def test_qr_code_leidt_naar_de_projectpagina(browser_pagina):
    page = browser_pagina
    page.goto(page.basis + "/repo/werkvormen/historielijn/", wait_until="networkidle")
    svg = page.locator(".kb-qr svg").first.evaluate("e => e.outerHTML")
    page.set_content(f'<body style="margin:40px;background:#fff">{svg}</body>')  # the code alone, with a quiet zone
    png = page.locator("svg").screenshot()
    codes = [c.text for c in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)).convert("L"))]
    assert len(codes) == 1 and codes[0].startswith(PROJECTPAGINA), codes
    # The code's address, opened on this server, ends at the werkvorm (also through a short URL).
    page.goto(page.basis + "/" + codes[0].removeprefix("https://owner.github.io/"), wait_until="networkidle")
    assert urlsplit(page.url).path == "/repo/werkvormen/historielijn/"
    assert not page.fouten, page.fouten
