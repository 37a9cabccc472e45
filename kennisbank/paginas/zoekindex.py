"""Build the Pagefind search index over a built site (Dutch stemming from lang="nl")."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

from kennisbank import PROJECT


def maak(site_map: Path) -> str | None:
    """Index the site; returns a Dutch error message, or None when it worked."""
    # from the project root, where Pagefind finds its settings (pagefind.yml)
    r = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_map.resolve()), "--silent"],
        capture_output=True,
        text=True,
        cwd=PROJECT,
    )
    if r.returncode != 0:
        return f"zoekindex maken met Pagefind mislukte:\n{r.stdout}{r.stderr}"
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
