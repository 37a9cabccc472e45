"""Build the Pagefind search index over a built site (Dutch stemming from lang="nl").

Pagefind keeps everything it indexes in memory until it writes, about 0.4 MB per page of ours
(3.8 GB for 10,000 examples; it has no setting to limit that, Pagefind/pagefind#842). A large
site is therefore indexed in parts of at most `PAGINAS_PER_DEEL` pages, each into its own
bundle; the search script (docs/javascripts/zoeken.js) merges them in the browser with
Pagefind's `mergeIndex`. `pagefind/delen.json` lists the extra bundles, an empty list for a site
that fits in one part (the real knowledge base, and `make serve`).

For such a large site the first parts are made while MkDocs still writes the rest
(`TijdensDeBouw`): MkDocs puts the pages in the theme on one core, so the other core is free.
`make build` (scripts/bouw_met.py) leaves the rest to `maak` once MkDocs has ended and its memory
is free, two parts at a time; a bare `mkdocs build` does the rest in the hook, one at a time.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from kennisbank import PROJECT

MAP = "pagefind"
DELEN = "delen.json"  # in MAP: the extra bundles, as paths from the site root
# about 1 GB of memory for Pagefind per part; fewer parts mean fewer files per search
PAGINAS_PER_DEEL = int(os.environ.get("KENNISBANK_ZOEKDEEL", "2500"))
KENMERK = b"data-pagefind-body"  # only pages with this are indexed (overrides/main.html)
KENMERK_TEKST = KENMERK.decode()
# in MAP, between the MkDocs hook and `maak`: the parts made during the build and their pages
VOORTGANG = ".tijdens-de-bouw.json"


def _pagefind(site: Path, uitvoer: Path) -> str | None:
    # from the project root, where Pagefind finds its settings (pagefind.yml)
    r = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(uitvoer), "--silent"],
        capture_output=True,
        text=True,
        cwd=PROJECT,
    )
    if r.returncode != 0:
        return f"zoekindex maken met Pagefind mislukte:\n{r.stdout}{r.stderr}"
    return None


def te_indexeren(site: Path, bekend: frozenset[Path] = frozenset()) -> list[Path]:
    """The pages Pagefind indexes (those with a data-pagefind-body), sorted, bundles left out;
    pages in `bekend` are known to have one and are not read again."""
    return sorted(
        p
        for p in site.rglob("*.html")
        if p.relative_to(site).parts[0] != MAP and (p in bekend or KENMERK in p.read_bytes())
    )


def verdeel(paginas: list[Path], per_deel: int, veelvoud: int = 1) -> list[list[Path]]:
    """Parts of at most `per_deel` pages, as equal in size as can be; their number a multiple
    of `veelvoud` (the runs at a time) when there is more than one, so no run goes alone."""
    if not paginas:
        return [[]]
    aantal = math.ceil(len(paginas) / max(1, per_deel))
    if aantal > 1:
        aantal = min(len(paginas), math.ceil(aantal / veelvoud) * veelvoud)
    grootte = math.ceil(len(paginas) / aantal)
    return [paginas[i : i + grootte] for i in range(0, len(paginas), grootte)]


def _koppel(bron: Path, doel: Path) -> None:
    doel.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(bron, doel)  # no copy: the part's folder costs next to nothing
    except OSError:
        shutil.copyfile(bron, doel)  # another file system, or links not allowed


def _maak_deel(site: Path, deel: list[Path], uitvoer: Path) -> str | None:
    # Pagefind indexes a whole folder: give it one holding just this part's pages
    with tempfile.TemporaryDirectory(prefix=".zoekdeel-", dir=site.parent) as tijdelijk:
        for pagina in deel:
            _koppel(pagina, Path(tijdelijk) / pagina.relative_to(site))
        return _pagefind(Path(tijdelijk), uitvoer)


def _uitvoer(bundel: Path, nummer: int) -> Path:
    return bundel if nummer == 1 else bundel / f"deel-{nummer}"


def _schrijf_delen(bundel: Path, aantal: int) -> None:
    extra = [f"{MAP}/deel-{nummer}/" for nummer in range(2, aantal + 1)]
    (bundel / DELEN).write_text(json.dumps(extra), encoding="utf-8")


def _voortgang(site: Path) -> tuple[int, frozenset[Path]]:
    """The parts the build made already (`TijdensDeBouw.af(rest_later=True)`) and their pages;
    read once: the file is not part of the site."""
    pad = site / MAP / VOORTGANG
    if not pad.is_file():
        return 0, frozenset()
    gegevens = json.loads(pad.read_text(encoding="utf-8"))
    pad.unlink()
    return gegevens["delen"], frozenset(site / p for p in gegevens["paginas"])


def maak(site_map: Path, per_deel: int | None = None, tegelijk: int = 1) -> str | None:
    """Index the site, or what the build left of it; returns a Dutch error message, or None when
    it worked. `tegelijk` parts are indexed at a time: faster on more cores, but each run takes
    its own memory (about 0.4 MB a page), so only a caller whose own process is small asks for
    more than one."""
    site = site_map.resolve()
    bundel = site / MAP
    klaar, gedaan = _voortgang(site)
    # an earlier index into the same folder goes (Pagefind leaves files it does not write again)
    if not klaar:
        shutil.rmtree(bundel, ignore_errors=True)
    for oud in bundel.glob("deel-*"):
        if int(oud.name.removeprefix("deel-")) > klaar:
            shutil.rmtree(oud)
    rest = [p for p in te_indexeren(site, bekend=gedaan) if p not in gedaan]
    delen = verdeel(rest, per_deel or PAGINAS_PER_DEEL, tegelijk) if rest or not klaar else []
    if not klaar and len(delen) == 1:
        fouten = [_pagefind(site, bundel)]  # the whole site in one part: Pagefind reads it itself
    else:
        uitvoer = [_uitvoer(bundel, klaar + nummer) for nummer in range(1, len(delen) + 1)]
        with ThreadPoolExecutor(max_workers=max(1, tegelijk)) as pool:
            fouten = list(pool.map(lambda d, u: _maak_deel(site, d, u), delen, uitvoer))
    fout = next((f for f in fouten if f), None)
    if fout:
        return fout
    _schrijf_delen(bundel, klaar + len(delen))
    return None


class TijdensDeBouw:
    """Parts of the index made while the engine writes the site (MkDocs' `on_post_page`), one
    run at a time, of `per_deel` pages each: small enough that a run fits in memory beside the
    engine's own. A part starts as soon as its pages are written; the parts hold the pages in
    the order they were written, and what the browser finds is the same either way.

    `pagina` is told of each page with a data-pagefind-body just before the engine writes it; a
    page goes into a part only after the engine has gone on to the next one, so it is on disk
    (should one still be missing, linking it fails and the build stops with that message).
    `af` finishes: with `rest_later` it stops parts that have not started and notes what is done
    for `maak`; otherwise it indexes the rest itself. Either way, what is indexed at the end is
    every page of the finished site with a data-pagefind-body, also one never announced."""

    def __init__(self, site_map: Path, per_deel: int) -> None:
        self.site = site_map.resolve()
        self.bundel = self.site / MAP
        self.grootte = max(1, per_deel)
        self.geschreven: list[Path] = []
        self.laatste: Path | None = None  # announced, perhaps not yet written
        self.delen: list[list[Path]] = []
        self.runs: list[Future] = []
        self.pool = ThreadPoolExecutor(max_workers=1)
        shutil.rmtree(self.bundel, ignore_errors=True)  # an earlier index into the same folder

    def pagina(self, pad: Path) -> None:
        if self.laatste is not None:
            self.geschreven.append(self.laatste)
        self.laatste = pad.resolve()
        if len(self.geschreven) >= self.grootte:
            self._start(self.geschreven[: self.grootte])
            del self.geschreven[: self.grootte]

    def _start(self, deel: list[Path]) -> None:
        self.delen.append(deel)
        self.runs.append(self.pool.submit(_maak_deel, self.site, deel, _uitvoer(self.bundel, len(self.delen))))

    def stop(self) -> None:
        """For a build that failed: no more runs; one that is going finishes on its own."""
        self.pool.shutdown(wait=False, cancel_futures=True)

    def af(self, rest_later: bool = False) -> str | None:
        """Returns a Dutch error message, or None when it worked."""
        if rest_later:
            for nummer in range(len(self.runs) - 1, -1, -1):  # one worker: the unstarted ones are last
                if self.runs[nummer].cancel():
                    del self.runs[nummer], self.delen[nummer]
        else:
            gedaan = {p for deel in self.delen for p in deel}
            aangekondigd = frozenset(gedaan | set(self.geschreven) | {self.laatste})
            over = [p for p in te_indexeren(self.site, bekend=aangekondigd) if p not in gedaan]
            for deel in verdeel(over, self.grootte) if over else []:
                self._start(deel)
        fouten = []
        for run in self.runs:
            try:
                fouten.append(run.result())
            except OSError as exc:
                fouten.append(
                    f"zoekindex maken mislukte: een pagina voor Pagefind ontbrak of kon niet gelezen worden ({exc})"
                )
        self.pool.shutdown()
        fout = next((f for f in fouten if f), None)
        if fout:
            return fout
        self.bundel.mkdir(parents=True, exist_ok=True)
        if rest_later:
            paginas = [str(p.relative_to(self.site)) for deel in self.delen for p in deel]
            (self.bundel / VOORTGANG).write_text(
                json.dumps({"delen": len(self.delen), "paginas": paginas}), encoding="utf-8"
            )
        elif not self.delen:
            return "zoekindex maken mislukte: geen enkele pagina heeft een data-pagefind-body"
        else:
            _schrijf_delen(self.bundel, len(self.delen))
        return None


class OpDeAchtergrond:
    """For `mkdocs serve`: index after the rebuild is done, so the page reloads without waiting
    for Pagefind; search catches up a moment later. One run at a time, and the next build waits
    for a run still going, so Pagefind never reads pages that are being written."""

    def __init__(self) -> None:
        self._draad: threading.Thread | None = None

    def start(self, site_map: Path) -> None:
        self.wacht()
        self._draad = threading.Thread(target=self._maak, args=(site_map,), daemon=True)
        self._draad.start()

    def wacht(self) -> None:
        if self._draad is not None:
            self._draad.join()
            self._draad = None

    @staticmethod
    def _maak(site_map: Path) -> None:
        fout = maak(site_map)
        if fout:
            logging.getLogger("mkdocs").error(fout)
