"""The link check against a local server (200, 301, 404, 410, HEAD refused, a server error that
passes, timeout, connection refused, slow), the stored status, the weekly report, and what the
site shows for a dead link and for an entry older than 24 months. Nothing here leaves 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import yaml

from kennisbank.inhoud import actualiteit, catalogus, linkcontrole
from scripts import webserver

from .browser import axe_schendingen
from .conftest import PROJECT, mkdocs_build, vrije_poort

# Small timeouts keep the test quick; what is asserted is the outcome, never the time it took.
SNEL = linkcontrole.Instellingen(verbinden=1.0, lezen=0.5, pogingen=2, wachten=0.05, per_host_pauze=0.0, tegelijk=4)
HANGT = threading.Event()  # set at the end so the hanging handler lets go


class Handler(BaseHTTPRequestHandler):
    teller: dict[str, int] = {}
    verzoeken: list[tuple[str, str]] = []

    def log_message(self, *args):
        pass

    def _antwoord(self, status: int, headers: dict | None = None, body: bytes = b"ok"):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command == "GET":
            self.wfile.write(body)

    def _behandel(self):
        pad = self.path.split("?")[0]
        Handler.verzoeken.append((self.command, pad))
        Handler.teller[pad] = Handler.teller.get(pad, 0) + 1
        if pad == "/ok":
            self._antwoord(200)
        elif pad == "/verhuisd":
            self._antwoord(301, {"Location": "/tussenstap"})
        elif pad == "/tussenstap":
            self._antwoord(302, {"Location": "/ok"})
        elif pad == "/weg":
            self._antwoord(404)
        elif pad == "/verdwenen":
            self._antwoord(410)
        elif pad == "/alleen-get":
            self._antwoord(405 if self.command == "HEAD" else 200)
        elif pad == "/eerst-fout":  # a server error that is gone at the second try
            self._antwoord(503 if Handler.teller[pad] == 1 else 200)
        elif pad == "/altijd-fout":
            self._antwoord(500)
        elif pad == "/traag":  # slower than a quick server, still within the read timeout
            time.sleep(0.2)
            self._antwoord(200)
        elif pad == "/hangt":  # answers only after the read timeout (or at the end of the test)
            HANGT.wait(5)
            self._antwoord(200)
        elif pad == "/head-hangt":  # never answers a HEAD in time, answers a GET at once
            if self.command == "HEAD":
                HANGT.wait(5)
            self._antwoord(200)
        elif pad == "/rondje":
            self._antwoord(301, {"Location": "/rondje"})
        else:
            self._antwoord(404)

    do_GET = _behandel
    do_HEAD = _behandel


@pytest.fixture(scope="module")
def lokaal():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    HANGT.set()
    server.shutdown()


def test_controle_geeft_per_soort_antwoord_de_juiste_uitkomst(lokaal):
    geweigerd = f"http://127.0.0.1:{vrije_poort()}/"
    urls = [
        f"{lokaal}/{p}"
        for p in (
            "ok",
            "verhuisd",
            "weg",
            "verdwenen",
            "alleen-get",
            "eerst-fout",
            "altijd-fout",
            "traag",
            "hangt",
            "head-hangt",
            "rondje",
        )
    ] + [geweigerd]
    u = linkcontrole.controleer(urls, SNEL)
    assert list(u) == urls  # every URL, in the order asked

    assert (u[f"{lokaal}/ok"].uitkomst, u[f"{lokaal}/ok"].status) == ("ok", 200)
    assert (u[f"{lokaal}/traag"].uitkomst, u[f"{lokaal}/traag"].status) == ("ok", 200)

    verhuisd = u[f"{lokaal}/verhuisd"]
    assert (verhuisd.uitkomst, verhuisd.status, verhuisd.eind_url) == ("ok", 200, f"{lokaal}/ok")
    assert verhuisd.doorverwijzingen == [
        {"status": 301, "url": f"{lokaal}/verhuisd"},
        {"status": 302, "url": f"{lokaal}/tussenstap"},
    ]

    assert (u[f"{lokaal}/weg"].uitkomst, u[f"{lokaal}/weg"].status) == ("dood", 404)
    assert (u[f"{lokaal}/verdwenen"].uitkomst, u[f"{lokaal}/verdwenen"].status) == ("dood", 410)
    assert (u[geweigerd].uitkomst, u[geweigerd].melding) == ("dood", "verbinding geweigerd")
    assert u[f"{lokaal}/rondje"].uitkomst == "dood" and "doorverwijzingen" in u[f"{lokaal}/rondje"].melding

    # HEAD refused: the GET that follows decides
    assert (u[f"{lokaal}/alleen-get"].uitkomst, u[f"{lokaal}/alleen-get"].status) == ("ok", 200)
    assert ("GET", "/alleen-get") in Handler.verzoeken
    assert ("GET", "/ok") not in Handler.verzoeken  # HEAD was enough there

    # a server error is tried again; one that stays is 'onbereikbaar', not 'dood'
    assert (u[f"{lokaal}/eerst-fout"].uitkomst, Handler.teller["/eerst-fout"]) == ("ok", 2)
    assert (u[f"{lokaal}/altijd-fout"].uitkomst, u[f"{lokaal}/altijd-fout"].status) == ("onbereikbaar", 500)
    assert (u[f"{lokaal}/hangt"].uitkomst, u[f"{lokaal}/hangt"].melding) == (
        "onbereikbaar",
        "geen antwoord binnen de tijd",
    )
    assert Handler.teller["/hangt"] == 2 * SNEL.pogingen  # HEAD, then GET, in each attempt
    # a server that never answers a HEAD but does answer a GET works
    assert (u[f"{lokaal}/head-hangt"].uitkomst, u[f"{lokaal}/head-hangt"].status) == ("ok", 200)


def test_per_site_een_verzoek_tegelijk(lokaal):
    """Politeness: requests to one host never overlap, even with many workers."""
    actief, hoogste = 0, 0
    slot = threading.Lock()
    origineel = linkcontrole._een_poging

    def geteld(sessie, url, ins):
        nonlocal actief, hoogste
        with slot:
            actief += 1
            hoogste = max(hoogste, actief)
        try:
            return origineel(sessie, url, ins)
        finally:
            with slot:
                actief -= 1

    linkcontrole._een_poging = geteld
    try:
        uitslagen = linkcontrole.controleer([f"{lokaal}/traag?{i}" for i in range(6)], SNEL)
    finally:
        linkcontrole._een_poging = origineel
    assert {u.uitkomst for u in uitslagen.values()} == {"ok"}
    assert hoogste == 1


def test_bijwerken_bewaart_wanneer_een_link_voor_het_laatst_werkte():
    eerder = {"https://a.example/": {"url": "https://a.example/", "uitkomst": "ok", "laatst_ok": "2026-11-30"}}
    uitslagen = {
        "https://a.example/": linkcontrole.Uitslag("https://a.example/", "dood", status=404),
        "https://b.example/": linkcontrole.Uitslag("https://b.example/", "ok", status=200),
    }
    nieuw = {r["url"]: r for r in linkcontrole.bijwerken(eerder, uitslagen, dt.date(2026, 12, 7))}
    assert nieuw["https://a.example/"] == {
        "url": "https://a.example/",
        "uitkomst": "dood",
        "gecontroleerd": "2026-12-07",
        "status": 404,
        "laatst_ok": "2026-11-30",
    }
    assert nieuw["https://b.example/"]["laatst_ok"] == "2026-12-07"


def test_24_maanden_grens():
    assert actualiteit.grens(dt.date(2026, 12, 2)) == dt.date(2024, 12, 2)
    assert actualiteit.grens(dt.date(2028, 2, 29)) == dt.date(2026, 2, 28)
    assert not actualiteit.verouderd("2024-12-02", dt.date(2026, 12, 2))
    assert actualiteit.verouderd("2024-12-01", dt.date(2026, 12, 2))


def test_statusbestand_klopt_en_ongecontroleerd_is_nooit_dood():
    cat = catalogus.laad(PROJECT)
    assert not [f for f in cat.fouten if "linkstatus" in str(f)]
    status = linkcontrole.per_url(cat)
    inhoud = linkcontrole.links_in_inhoud(cat, PROJECT / "docs")
    assert len(inhoud) > 40 and set(status) & set(inhoud)
    assert {p.veld for plekken in inhoud.values() for p in plekken} >= {
        "links[1].url",
        "partners[1].website",
        "website",
        "tekst",
    }
    # unchecked links, and links a contributor just added (not in the file yet), are never shown as dead
    assert all(linkcontrole.weergave(s) is None for s in status.values() if s["uitkomst"] == "niet gecontroleerd")
    assert linkcontrole.weergave(None) is None
    assert linkcontrole.weergave({"url": "https://a.example/", "uitkomst": "ok", "gecontroleerd": "2026-12-07"}) is None


def _epoch(datum: dt.date) -> str:
    return str(int(dt.datetime(datum.year, datum.month, datum.day, tzinfo=dt.UTC).timestamp()))


@pytest.fixture(scope="module")
def inhoud_met_dode_link(tmp_path_factory):
    """The test fixtures with their example's link checked dead, and a build date 30 months after
    the example was last checked."""
    inhoud = tmp_path_factory.mktemp("inhoud")
    shutil.copytree(PROJECT / "tests" / "fixtures" / "geldig", inhoud, dirs_exist_ok=True)
    (inhoud / "data").mkdir(exist_ok=True)
    (inhoud / "data" / "linkstatus.yaml").write_text(
        "# yaml-language-server: $schema=../schema/linkstatus.schema.json\n"
        + yaml.safe_dump(
            {
                "links": [
                    {
                        "url": "https://example.org/",
                        "uitkomst": "dood",
                        "status": 410,
                        "gecontroleerd": "2029-05-20",
                        "laatst_ok": "2028-03-06",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    return inhoud


def test_rapport_noemt_dode_links_per_item_en_verouderde_voorbeelden(inhoud_met_dode_link, tmp_path):
    uitvoer = tmp_path / "rapport.md"
    gh = tmp_path / "github_output"
    env = dict(os.environ, SOURCE_DATE_EPOCH=_epoch(dt.date(2029, 5, 22)), GITHUB_OUTPUT=str(gh))
    r = subprocess.run(
        [sys.executable, "scripts/links.py", "rapport", "--map", str(inhoud_met_dode_link), "--uitvoer", str(uitvoer)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    tekst = uitvoer.read_text(encoding="utf-8")
    assert "### Proefaanpak" in tekst and "`voorbeelden/testregio-proefaanpak.yaml`" in tekst
    assert (
        "- `links[1].url`: [https://example.org/](https://example.org/) — **werkt niet meer** (HTTP 410); werkte voor het laatst op "
        "6 maart 2028. [Gearchiveerde versie](https://web.archive.org/web/https://example.org/)"
    ) in tekst
    assert "laatst nagekeken op 22 november 2026" in tekst
    assert gh.read_text(encoding="utf-8") == "meldingen=2\n"

    # the same content checked recently and with working links has nothing to report
    env["SOURCE_DATE_EPOCH"] = _epoch(dt.date(2027, 1, 1))
    status = inhoud_met_dode_link / "data" / "linkstatus.yaml"
    dood = status.read_text(encoding="utf-8")
    status.write_text(yaml.safe_dump({"links": [{"url": "https://example.org/", "uitkomst": "ok"}]}), encoding="utf-8")
    try:
        r = subprocess.run(
            [sys.executable, "scripts/links.py", "rapport", "--map", str(inhoud_met_dode_link)],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        status.write_text(dood, encoding="utf-8")
    assert r.returncode == 0 and "Geen: alle gecontroleerde links werken." in r.stdout
    assert "Geen: alle voorbeelden zijn in de afgelopen 24 maanden nagekeken." in r.stdout


@pytest.fixture(scope="module")
def dode_link_site(tmp_path_factory, inhoud_met_dode_link):
    doel = tmp_path_factory.mktemp("dodelinksite")
    r = mkdocs_build(doel, inhoud=inhoud_met_dode_link, extra_env={"SOURCE_DATE_EPOCH": _epoch(dt.date(2029, 5, 22))})
    assert r.returncode == 0, r.stdout + r.stderr
    url, httpd = webserver.start(doel)
    yield doel, url
    httpd.shutdown()


def test_dode_link_en_verouderd_voorbeeld_op_de_pagina(dode_link_site, browser):
    doel, url = dode_link_site
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    buiten = []
    page.on("request", lambda req: buiten.append(req.url) if not req.url.startswith(url) else None)
    try:
        for breedte in (390, 1280):
            page.set_viewport_size({"width": breedte, "height": 900})
            page.goto(f"{url}/voorbeelden/testregio-proefaanpak/")
            links = page.locator("#links + ul li")
            assert links.count() == 1
            tekst = " ".join(links.inner_text().split())
            assert tekst == (
                "Voorbeeldsite (werkt niet meer volgens de controle van 20 mei 2029; werkte voor het laatst "
                "op 6 maart 2028; gearchiveerde versie)"
            )
            # the dead address is no longer a link; the archived copy is
            assert links.locator("a").count() == 1
            assert links.locator("a").get_attribute("href") == "https://web.archive.org/web/https://example.org/"
            waarschuwing = page.locator(".kb-verouderd")
            assert waarschuwing.is_visible()
            assert (
                "voor het laatst nagekeken op 22 november 2026, meer dan 24 maanden geleden"
                in waarschuwing.inner_text()
            )
            assert not axe_schendingen(page)
        assert buiten == []  # the archive is linked, never fetched

        records = json.loads((doel / "data" / "voorbeelden.json").read_text(encoding="utf-8"))
        r = next(r for r in records if r["slug"] == "testregio-proefaanpak")
        assert r["verouderd"] is True
        assert r["linkcontrole"] == [
            {
                "url": "https://example.org/",
                "uitkomst": "dood",
                "status": 410,
                "gecontroleerd": "2029-05-20",
                "laatst_ok": "2028-03-06",
                "archief": "https://web.archive.org/web/https://example.org/",
            }
        ]
    finally:
        context.close()


def test_make_links_schrijft_een_geldig_statusbestand(lokaal, tmp_path, monkeypatch):
    """`scripts/links.py controleren` end to end, with the fixtures' link pointed at the local server."""
    inhoud = tmp_path / "inhoud"
    shutil.copytree(PROJECT / "tests" / "fixtures" / "geldig", inhoud)
    voorbeeld = inhoud / "voorbeelden" / "testregio-proefaanpak.yaml"
    voorbeeld.write_text(
        voorbeeld.read_text(encoding="utf-8").replace("https://example.org/", f"{lokaal}/verhuisd"), encoding="utf-8"
    )
    env = dict(os.environ, SOURCE_DATE_EPOCH=_epoch(dt.date(2026, 12, 7)))
    opties = ["--verbinden", "1", "--lezen", "0.5", "--pogingen", "1", "--pauze", "0"]
    r = subprocess.run(
        [sys.executable, "scripts/links.py", "controleren", "--map", str(inhoud), *opties],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    monkeypatch.setenv("SOURCE_DATE_EPOCH", env["SOURCE_DATE_EPOCH"])  # the same "today" as the check
    cat = catalogus.laad(inhoud)
    assert not cat.fouten, cat.fouten  # the written file passes its schema
    assert linkcontrole.per_url(cat) == {
        f"{lokaal}/verhuisd": {
            "url": f"{lokaal}/verhuisd",
            "uitkomst": "ok",
            "gecontroleerd": "2026-12-07",
            "status": 200,
            "eind_url": f"{lokaal}/ok",
            "doorverwijzingen": [
                {"status": 301, "url": f"{lokaal}/verhuisd"},
                {"status": 302, "url": f"{lokaal}/tussenstap"},
            ],
            "laatst_ok": "2026-12-07",
        }
    }
    assert (
        (inhoud / "data" / "linkstatus.yaml")
        .read_text(encoding="utf-8")
        .startswith("# yaml-language-server: $schema=../schema/linkstatus.schema.json\n")
    )
