"""Build the Pagefind search index over a built site (Dutch stemming from lang="nl")."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def maak(site_map: Path) -> str | None:
    """Index the site; returns a Dutch error message, or None when it worked."""
    r = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_map), "--silent"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return f"zoekindex maken met Pagefind mislukte:\n{r.stdout}{r.stderr}"
    return None
