"""Helpers for browser tests: axe-core accessibility checks and page loading."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python

AXE_JS = Path(axe_playwright_python.__file__).parent / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_schendingen(page) -> list[str]:
    """Run axe-core (bundled in the axe-playwright-python wheel) on the current page."""
    page.add_script_tag(path=str(AXE_JS))
    resultaat = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"]) for n in v["nodes"][:3])
        for v in resultaat["violations"]
    ]


def open_pagina(page, pad: str):
    page.goto(page.basis + pad, wait_until="networkidle")
    return page
