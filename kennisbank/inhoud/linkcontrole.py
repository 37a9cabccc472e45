"""External links: which the content holds, whether they still work, and what the site says
about them.

`make links` (scripts/links.py) checks every external link with `controleer` and stores the
outcome in data/linkstatus.yaml; the build reads that file and never contacts another site
itself. A dead link keeps its place on the page, marked as dead, with the date it last worked
and a link to the copy in the Internet Archive (an address built from the URL, not fetched).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import requests

from kennisbank.inhoud.catalogus import Catalogus

# Outcomes. 'dood': the server says the page is gone (404, 410) or the host no longer exists or
# refuses connections. 'onbereikbaar': no answer in time, or a server error; may pass, so the
# page says "niet bereikbaar bij de laatste controle" instead of "werkt niet meer".
OK, DOOD, ONBEREIKBAAR, NIET_GECONTROLEERD = "ok", "dood", "onbereikbaar", "niet gecontroleerd"
DOOD_STATUS = {404, 410}
# Servers that refuse HEAD (or answer it wrongly) get a GET; the body is not read.
HEAD_NIET_GOED = {400, 403, 405, 406, 429, 500, 501, 502, 503}
GEEN_DNS = re.compile(
    r"Name or service not known|nodename nor servname|getaddrinfo failed|"
    r"No address associated|Temporary failure in name resolution|NameResolutionError",
    re.IGNORECASE,
)
USER_AGENT = "KennisbankJongerenEnWerk-linkcontrole/1.0 (wekelijkse controle van de links in de kennisbank)"
ARCHIEF = "https://web.archive.org/web/"


def archief_url(url: str) -> str:
    """The Internet Archive's address for the latest copy of `url` (built, never fetched)."""
    return ARCHIEF + url


# --- what the content links to ---------------------------------------------------------------


@dataclass(frozen=True)
class Vindplaats:
    soort: str  # praktijkvoorbeeld, regios, pagina
    naam: str  # slug, region name or docs path
    titel: str
    veld: str  # e.g. links[2].url or partners[1].website


MD_LINK = re.compile(r"\]\((https?://[^)\s]+)\)|<(https?://[^>\s]+)>")


def links_in_inhoud(cat: Catalogus, docs: Path | None = None) -> dict[str, list[Vindplaats]]:
    """Every external URL in the content, with where it occurs."""
    uit: dict[str, list[Vindplaats]] = defaultdict(list)
    for item in cat.van("praktijkvoorbeeld"):
        for i, link in enumerate(item.data.get("links", []), 1):
            uit[link["url"]].append(Vindplaats("praktijkvoorbeeld", item.slug, item.titel, f"links[{i}].url"))
        for i, p in enumerate(item.data.get("partners", []), 1):
            if p.get("website"):
                uit[p["website"]].append(
                    Vindplaats("praktijkvoorbeeld", item.slug, item.titel, f"partners[{i}].website")
                )
    for r in (cat.data("regios") or {}).get("regios", []):
        if r.get("website"):
            uit[r["website"]].append(Vindplaats("regios", r["naam"], f"Arbeidsmarktregio {r['naam']}", "website"))
    if docs is not None:
        for pad in sorted(docs.rglob("*.md")):
            for m in MD_LINK.finditer(pad.read_text(encoding="utf-8")):
                naam = str(pad.relative_to(docs))
                uit[m.group(1) or m.group(2)].append(Vindplaats("pagina", naam, naam, "tekst"))
    return dict(sorted(uit.items()))


# --- checking --------------------------------------------------------------------------------


@dataclass
class Instellingen:
    """Timeouts in seconds. The defaults are for the weekly run; tests make them small."""

    verbinden: float = 10.0
    lezen: float = 20.0
    pogingen: int = 3  # attempts per URL for timeouts, connection errors and 5xx
    wachten: float = 2.0  # pause before a retry, doubled each time
    per_host_pauze: float = 1.0  # pause between two requests to the same host
    tegelijk: int = 8  # hosts checked at the same time; one request per host at a time
    max_doorverwijzingen: int = 10


@dataclass
class Uitslag:
    url: str
    uitkomst: str
    status: int | None = None
    eind_url: str | None = None
    doorverwijzingen: list[dict] = field(default_factory=list)
    melding: str | None = None


class _Host:
    """One lock per host, and the time of its last request: polite, one at a time."""

    def __init__(self):
        self.slot = threading.Lock()
        self.vorige = 0.0


def _vraag(sessie: requests.Session, methode: str, url: str, ins: Instellingen) -> requests.Response:
    # stream=True: for a GET only the headers are read, not the (possibly large) body
    r = sessie.request(methode, url, allow_redirects=True, timeout=(ins.verbinden, ins.lezen), stream=True)
    r.close()
    return r


def _een_poging(sessie: requests.Session, url: str, ins: Instellingen) -> Uitslag:
    try:
        try:
            r = _vraag(sessie, "HEAD", url, ins)
        except requests.exceptions.ReadTimeout:
            r = None  # some servers never answer a HEAD; the GET decides
        if r is None or r.status_code in HEAD_NIET_GOED or r.status_code in DOOD_STATUS:
            # some servers only answer GET properly; a 404 on HEAD is confirmed with GET too
            r = _vraag(sessie, "GET", url, ins)
    except requests.exceptions.TooManyRedirects:
        return Uitslag(url, DOOD, melding="te veel doorverwijzingen")
    except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout):
        return Uitslag(url, ONBEREIKBAAR, melding="geen antwoord binnen de tijd")
    except requests.exceptions.SSLError as e:
        return Uitslag(url, ONBEREIKBAAR, melding=f"certificaatfout: {type(e).__name__}")
    except requests.exceptions.ConnectionError as e:
        tekst = str(e)
        if GEEN_DNS.search(tekst):
            return Uitslag(url, DOOD, melding="domeinnaam bestaat niet (meer)")
        if "refused" in tekst.lower():
            return Uitslag(url, DOOD, melding="verbinding geweigerd")
        return Uitslag(url, ONBEREIKBAAR, melding="verbinding mislukt")
    except requests.exceptions.RequestException as e:
        return Uitslag(url, ONBEREIKBAAR, melding=f"fout bij het ophalen: {type(e).__name__}")
    stappen = [{"status": h.status_code, "url": h.url} for h in r.history]
    if 200 <= r.status_code < 300:
        uitkomst = OK
    elif r.status_code in DOOD_STATUS:
        uitkomst = DOOD
    else:
        uitkomst = ONBEREIKBAAR
    return Uitslag(url, uitkomst, status=r.status_code, eind_url=r.url if stappen else None, doorverwijzingen=stappen)


def _controleer_een(sessie: requests.Session, url: str, host: _Host, ins: Instellingen) -> Uitslag:
    uitslag = None
    for poging in range(ins.pogingen):
        if poging:
            time.sleep(ins.wachten * 2 ** (poging - 1))
        with host.slot:
            pauze = host.vorige + ins.per_host_pauze - time.monotonic()
            if pauze > 0:
                time.sleep(pauze)
            try:
                uitslag = _een_poging(sessie, url, ins)
            finally:
                host.vorige = time.monotonic()
        # a definite answer needs no second try; timeouts, refusals and server errors might pass
        if uitslag.uitkomst == OK or uitslag.status in DOOD_STATUS:
            break
    return uitslag


def controleer(urls: Iterable[str], ins: Instellingen | None = None) -> dict[str, Uitslag]:
    """Check the URLs: hosts in parallel, each host one request at a time with a pause."""
    ins = ins or Instellingen()
    urls = list(dict.fromkeys(urls))
    hosts: dict[str, _Host] = defaultdict(_Host)
    per_host: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        per_host[urlsplit(url).netloc.lower()].append(url)
    for naam in per_host:
        hosts[naam]  # create them here, not racing in the threads
    uit: dict[str, Uitslag] = {}

    def host_rij(naam: str) -> None:
        with requests.Session() as sessie:
            sessie.headers["User-Agent"] = USER_AGENT
            sessie.max_redirects = ins.max_doorverwijzingen
            for url in per_host[naam]:
                uit[url] = _controleer_een(sessie, url, hosts[naam], ins)

    with ThreadPoolExecutor(max_workers=max(1, ins.tegelijk)) as pool:
        for f in [pool.submit(host_rij, naam) for naam in per_host]:
            f.result()
    return {url: uit[url] for url in urls}


# --- the stored status -----------------------------------------------------------------------


def bijwerken(oud: dict[str, dict], uitslagen: dict[str, Uitslag], vandaag: dt.date) -> list[dict]:
    """The new contents of data/linkstatus.yaml: this run's outcome per URL, keeping the date a
    link last worked from earlier runs. URLs no longer in the content drop out."""
    nieuw = []
    for url, u in sorted(uitslagen.items()):
        vorige = oud.get(url, {})
        regel = {"url": url, "uitkomst": u.uitkomst, "gecontroleerd": vandaag.isoformat()}
        if u.status is not None:
            regel["status"] = u.status
        if u.eind_url and u.eind_url != url:
            regel["eind_url"] = u.eind_url
        if u.doorverwijzingen:
            regel["doorverwijzingen"] = u.doorverwijzingen
        if u.melding:
            regel["melding"] = u.melding
        laatst_ok = vandaag.isoformat() if u.uitkomst == OK else vorige.get("laatst_ok")
        if laatst_ok:
            regel["laatst_ok"] = laatst_ok
        nieuw.append(regel)
    return nieuw


def onbekend(urls: Iterable[str]) -> list[dict]:
    """Entries for links never checked: the site shows them as ordinary links."""
    return [{"url": u, "uitkomst": NIET_GECONTROLEERD} for u in sorted(set(urls))]


def per_url(cat: Catalogus) -> dict[str, dict]:
    """data/linkstatus.yaml as {url: entry}; empty when the file is not there."""
    data = cat.data("linkstatus") or {}
    return {r["url"]: r for r in data.get("links", [])}


def weergave(status: dict | None) -> dict | None:
    """What a page shows about one link, or None when there is nothing to say (it works, or it
    was never checked)."""
    if not status or status["uitkomst"] not in (DOOD, ONBEREIKBAAR):
        return None
    return {
        "dood": status["uitkomst"] == DOOD,
        "gecontroleerd": status.get("gecontroleerd"),
        "laatst_ok": status.get("laatst_ok"),
        "archief": archief_url(status["url"]),
    }
