"""Make text from YAML safe to place in Markdown (or HTML): it shows as typed, never as markup.

Entries are plain text. HTML is escaped so `<script>` shows as text, and the
characters Markdown (and its extensions) would act on are backslash-escaped,
so `[x](javascript:...)` or `{: onclick=...}` stay inert.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from markupsafe import Markup

# Characters with meaning in Python-Markdown, attr_list, tables and pymdownx;
# pymdownx.escapeall lets every one of them be escaped with a backslash.
# Only what can start markup inside running text: every escape costs the Markdown
# parser a placeholder, which adds up over thousands of pages.
_SPECIAAL = re.compile(r"([\\`*_\[\]{])")
_LIJST_BEGIN = re.compile(r"^(\s*)(\d+)([.)])", re.MULTILINE)
_STREEP_BEGIN = re.compile(r"^(\s*)([-+#:=|])", re.MULTILINE)


def md(tekst: object) -> Markup:
    """Escape a value for use as running Markdown text."""
    if isinstance(tekst, Markup):
        return tekst
    waarde = html.escape(str(tekst), quote=False)
    waarde = _SPECIAAL.sub(r"\\\1", waarde)
    waarde = _LIJST_BEGIN.sub(r"\1\2\\\3", waarde)
    waarde = _STREEP_BEGIN.sub(r"\1\\\2", waarde)
    return Markup(waarde)


def veilige_url(url: object) -> Markup:
    """An http(s) URL for an attribute; anything else becomes '#' (the validator refuses it first)."""
    waarde = str(url).strip()
    if urlsplit(waarde).scheme.lower() not in ("http", "https"):
        return Markup("#")
    return Markup(html.escape(waarde, quote=True))


def html_regel(tekst: object) -> Markup:
    """Escape a value for HTML text or an attribute value (quotes too), on one line."""
    return Markup(html.escape(" ".join(str(tekst).split()), quote=True))
