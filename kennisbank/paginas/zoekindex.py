"""Build the Pagefind search index over a built site (Dutch stemming from lang="nl").

Pagefind keeps everything it indexes in memory until it writes, about 0.4 MB per page of ours
(3.8 GB for 10,000 examples; it has no setting to limit that, Pagefind/pagefind#842). A large
site is therefore indexed in parts of at most `PAGINAS_PER_DEEL` pages, one Pagefind run after
the other (`make build`: two at a time), each into its own bundle; the search script (docs/javascripts/zoeken.js) merges them
in the browser with Pagefind's `mergeIndex`. `pagefind/delen.json` lists the extra bundles, an
empty list for a site that fits in one part (the real knowledge base, and `make serve`).
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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kennisbank import PROJECT

MAP = "pagefind"
DELEN = "delen.json"  # in MAP: the extra bundles, as paths from the site root
# about 1 GB of memory for Pagefind per part; fewer parts mean fewer files per search
PAGINAS_PER_DEEL = int(os.environ.get("KENNISBANK_ZOEKDEEL", "2500"))
KENMERK = b"data-pagefind-body"  # only pages with this are indexed (overrides/main.html)


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


def te_indexeren(site: Path) -> list[Path]:
    """The pages Pagefind indexes (those with a data-pagefind-body), sorted, bundles left out."""
    return sorted(p for p in site.rglob("*.html") if p.relative_to(site).parts[0] != MAP and KENMERK in p.read_bytes())


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


def maak(site_map: Path, per_deel: int | None = None, tegelijk: int = 1) -> str | None:
    """Index the site; returns a Dutch error message, or None when it worked. `tegelijk` parts
    are indexed at a time: faster on more cores, but each run takes its own memory (about
    0.4 MB a page), so only a caller whose own process is small asks for more than one."""
    site = site_map.resolve()
    bundel = site / MAP
    for oud in bundel.glob("deel-*"):  # parts of an earlier build into the same folder
        shutil.rmtree(oud)
    delen = verdeel(te_indexeren(site), per_deel or PAGINAS_PER_DEEL, tegelijk)
    if len(delen) == 1:
        fouten = [_pagefind(site, bundel)]
    else:
        uitvoer = [bundel if nummer == 1 else bundel / f"deel-{nummer}" for nummer in range(1, len(delen) + 1)]
        with ThreadPoolExecutor(max_workers=max(1, tegelijk)) as pool:
            fouten = list(pool.map(lambda d, u: _maak_deel(site, d, u), delen, uitvoer))
    fout = next((f for f in fouten if f), None)
    if fout:
        return fout
    extra = [f"{MAP}/deel-{nummer}/" for nummer in range(2, len(delen) + 1)]
    (bundel / DELEN).write_text(json.dumps(extra), encoding="utf-8")
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
