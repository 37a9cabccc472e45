"""Generated pages converted to HTML before MkDocs reads them, on the processes that render them.

MkDocs converts the Markdown of every page on one core, with a new Markdown instance per page;
at 2,000 entries that was the largest part of the build. Entry, region, tag and Verbetertool
pages are only headings between raw HTML blocks (site.stel_uit takes those out), so the worker
that renders such a page converts it too, with the site's own Markdown extensions, and the
adapter gives MkDocs a page that already has its HTML. A page with any other Markdown (links,
lists, text) takes MkDocs' usual way, where links between pages are checked and rewritten.
Used by the MkDocs adapter only; another generator reads the plain Markdown pages.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import markdown
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import meta as frontmatter

from kennisbank.paginas import site

log = logging.getLogger("mkdocs.kennisbank")
VOORVOEGSEL = "KBBLOK"
# what Markdown may remain around the placeholders for a page to be converted here: ATX headings
# without links (MkDocs rewrites and checks links; these pages have theirs in the HTML blocks)
_ALLEEN_KOPPEN = re.compile(rf"(?:[ \t]*(?:#{{1,6}} [^\n\[]*|{VOORVOEGSEL}\d+X\d+)?[ \t]*\n?)*")
# ids, and names of <a>, as MkDocs counts them (two plain patterns: one with both was slow)
_ID = re.compile(r'\sid="([^"]+)"')
_A_NAME = re.compile(r'<a\s[^>]*?\bname="([^"]+)"')


@dataclass(frozen=True)
class Omgezet:
    markdown: str  # without front matter
    meta: dict
    html: str
    toc: list  # Python-Markdown's toc_tokens
    ankers: frozenset[str]  # ids on the page, for MkDocs' check of links to #anchors


class Omzetter:
    """`site.paginas(..., nabewerking=Omzetter(config))`: Markdown to HTML for pages that qualify,
    None for the others. One Markdown instance per process, reset between pages. Pages made
    from one template mostly have the very same headings and placeholders, so each distinct
    source is converted once: the result depends on nothing else."""

    def __init__(self, extensies: list, configs: dict, bewaard: dict | None = None) -> None:
        self.extensies = extensies
        self.configs = configs
        self._md: markdown.Markdown | None = None
        # `bewaard` outlives one build (TOESTAND.omgezet), so a rebuild of `mkdocs serve` converts
        # only what changed; per set of extensions, since the result depends on them too
        self.sleutel = repr((extensies, configs))  # what the result depends on besides the page
        self._gezien: dict[str, tuple[str, list]] = (bewaard if bewaard is not None else {}).setdefault(
            self.sleutel, {}
        )

    def __call__(self, pad: str, tekst: str) -> Omgezet | None:
        kaal, blokken = site.stel_uit(tekst, VOORVOEGSEL)
        bron, meta = frontmatter.get_data(kaal)
        if not _ALLEEN_KOPPEN.fullmatch(bron):
            return None
        if bron not in self._gezien:
            if self._md is None:
                self._md = markdown.Markdown(extensions=self.extensies, extension_configs=self.configs)
            md = self._md.reset()
            self._gezien[bron] = (md.convert(bron), getattr(md, "toc_tokens", []))
        html, toc = self._gezien[bron]
        html = site.zet_terug(html, blokken)
        return Omgezet(bron, meta, html, toc, frozenset(_ID.findall(html) + _A_NAME.findall(html)))


class VoorafOmgezettePagina(Page):
    """A page whose HTML is already there: reading and rendering just hand it over. MkDocs'
    events for the page still run (the macros plugin, our adapter), and so does its theme.
    Only public surface of MkDocs 1.6: the Page class, its methods read_source and render, and the
    attributes render fills in, which Page declares and documents (content, toc,
    present_anchor_ids, links_to_anchors). tests/test_bouwstappen.py fails when MkDocs' own
    render sets anything else, or converts a page differently."""

    def __init__(self, file: File, config, omgezet: Omgezet) -> None:
        self._omgezet = omgezet
        super().__init__(None, file, config)  # sets file.page, so MkDocs uses this page

    def read_source(self, config) -> None:
        self.markdown, self.meta = self._omgezet.markdown, dict(self._omgezet.meta)

    def render(self, config, files) -> None:
        self.content = self._omgezet.html
        self.toc = get_toc(self._omgezet.toc)
        self.present_anchor_ids = set(self._omgezet.ankers)
        self.links_to_anchors = {}
