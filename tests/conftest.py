"""Shared fixtures: the built site (built once per run), a local web server for it,
and a real headless Chromium (Debian's) driven by Playwright."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from scripts import webserver  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def mkdocs_build(
    doel: Path, inhoud: Path | None = None, extra_env: dict | None = None, stil: bool = True
) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if inhoud is not None:
        env["KENNISBANK_INHOUD"] = str(inhoud)
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *(["-q"] if stil else []), "-d", str(doel)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def site_map(tmp_path_factory) -> Path:
    """The real site, built strictly once for the whole test run."""
    doel = tmp_path_factory.mktemp("site")
    resultaat = mkdocs_build(doel)
    assert resultaat.returncode == 0, f"mkdocs build --strict faalde:\n{resultaat.stdout}\n{resultaat.stderr}"
    return doel


@pytest.fixture(scope="session")
def server(site_map):
    url, httpd = webserver.start(site_map)
    yield url
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"Chromium niet gevonden op {CHROMIUM}: draai 'make test' (installeert het)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def pagina(browser, server):
    """A fresh page that records every request leaving the site's own origin."""
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    page = context.new_page()
    page.vreemde_verzoeken = []
    eigen = urlsplit(server).netloc

    def controleer(request):
        deel = urlsplit(request.url)
        if deel.scheme in ("http", "https", "ws", "wss") and deel.netloc != eigen:
            page.vreemde_verzoeken.append(request.url)

    page.on("request", controleer)
    page.basis = server
    yield page
    context.close()


@pytest.fixture(scope="session")
def fixture_server(tmp_path_factory):
    """The test fixtures (tests/fixtures/geldig) built as a site and served on 127.0.0.1."""
    doel = tmp_path_factory.mktemp("fixturesite")
    r = mkdocs_build(doel, inhoud=PROJECT / "tests" / "fixtures" / "geldig")
    assert r.returncode == 0, r.stdout + r.stderr
    url, httpd = webserver.start(doel)
    yield url
    httpd.shutdown()
