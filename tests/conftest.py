"""Shared fixtures: the built site (built once per run and engine), a local web server for it,
and a real headless Chromium (Debian's) driven by Playwright.

The site is built with MkDocs unless a test asks for another engine: `@alle_motoren` runs a test
against the builds of MkDocs, ProperDocs and Zensical (scripts/bouw_met.py), each built once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from scripts import webserver  # noqa: E402
from scripts.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402, F401 (also used by other tests)


def vrije_poort() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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


MOTOREN = ("mkdocs", "properdocs", "zensical")
# A test on the builds of all three engines. Parameters `motor` are always session-scoped, so that
# pytest runs the tests per engine.
alle_motoren = pytest.mark.parametrize("motor", MOTOREN, scope="session")


def bouw_met(motor: str, doel: Path, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    """The site built as `make build MOTOR=<motor>` builds it."""
    return subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "bouw_met.py"), motor, "--doel", str(doel)],
        cwd=PROJECT,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1", **(extra_env or {})),
        capture_output=True,
        text=True,
        timeout=900,
    )


def _geparametriseerd(metafunc, naam: str) -> bool:
    for marker in metafunc.definition.iter_markers("parametrize"):
        namen = marker.args[0].split(",") if isinstance(marker.args[0], str) else marker.args[0]
        if naam in (n.strip() for n in namen):
            return True
    return False


def pytest_generate_tests(metafunc):
    # Every test on a built site gets its engine as a parameter, MkDocs unless it says otherwise:
    # one mechanism for all, so the site (a session fixture) changes whenever the engine does.
    if "motor" in metafunc.fixturenames and not _geparametriseerd(metafunc, "motor"):
        metafunc.parametrize("motor", ["mkdocs"], scope="session")


@pytest.fixture(scope="session")
def sites_per_motor(tmp_path_factory):
    """Per engine: the site, built strictly once for the whole test run, and its local server."""
    sites: dict[str, tuple[Path, str]] = {}
    servers = []

    def site_en_server(motor: str) -> tuple[Path, str]:
        if motor not in sites:
            doel = tmp_path_factory.mktemp(f"site-{motor}")
            r = mkdocs_build(doel) if motor == "mkdocs" else bouw_met(motor, doel)
            assert r.returncode == 0, f"bouwen met {motor} faalde:\n{r.stdout[-5000:]}\n{r.stderr[-5000:]}"
            url, httpd = webserver.start(doel)
            servers.append(httpd)
            sites[motor] = (doel, url)
        return sites[motor]

    yield site_en_server
    for httpd in servers:
        httpd.shutdown()


@pytest.fixture(scope="session")
def site_map(motor, sites_per_motor) -> Path:
    """The real site, built strictly once for the whole test run (per engine)."""
    return sites_per_motor(motor)[0]


@pytest.fixture(scope="session")
def server(motor, sites_per_motor) -> str:
    return sites_per_motor(motor)[1]


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
