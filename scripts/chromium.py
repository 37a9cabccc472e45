"""Debian's Chromium as the tests and the benchmark start it: its path (CHROMIUM overrides it) and
the flags for a headless run that makes no requests of its own (no updates, sync or other
background traffic), so that every request a page makes is one the site asked for."""

from __future__ import annotations

import os
import shutil

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
