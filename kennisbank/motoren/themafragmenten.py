"""Parts of the theme that are the same on many pages, rendered once per build.

Material renders the whole site menu (sidebar and tabs) on every page: at 10,000 entries that
was a third of MkDocs' own theme loop, which runs on one core. The menu differs between pages
only through what is active (the page itself or a section it is in) and through the relative
links (`| url`). So for a page that is not in the menu and has no other file below its own
folder, the menu is the same as on any such page in the same folder: it is rendered for the
first and handed back for the others. Every other page is rendered as usual.

The theme asks for it with `{% call kb_eenmaal("nav", page) %}...{% endcall %}`
(overrides/main.html); the cache lives on this object, which the MkDocs adapter makes anew for
every build (on_env, once all files are known), so nothing outlives the menu and files it was made for. Another engine
(Zensical) has no `kb_eenmaal` and renders the menu on every page.
tests/test_themafragmenten.py builds the site with and without it and compares every page.
"""

from __future__ import annotations

import bisect
import posixpath
from collections.abc import Callable

from markupsafe import Markup


class Themafragmenten:
    def __init__(self, nav_urls: set[str], alle_urls: list[str]) -> None:
        self.nav_urls = nav_urls  # the pages in the menu: the menu marks them active
        self.alle_urls = sorted(alle_urls)  # every file of the site, to see what lies below a page
        self.opgeslagen: dict[tuple[str, str], Markup] = {}

    def sleutel(self, url: str) -> str | None:
        """What the menu on the page with this URL depends on (its folder), or None when it has
        to be rendered for this page alone."""
        if not url.endswith("/") or url in self.nav_urls:
            return None
        volgende = bisect.bisect_right(self.alle_urls, url)
        if volgende < len(self.alle_urls) and self.alle_urls[volgende].startswith(url):
            return None  # a link to a file below this page would be relative to the page itself
        return posixpath.dirname(url.rstrip("/"))

    def eenmaal(self, naam: str, page, caller: Callable[[], str]) -> Markup:
        """`{% call kb_eenmaal(naam, page) %}fragment{% endcall %}` in a theme template."""
        sleutel = self.sleutel(page.url) if page is not None else None
        if sleutel is None:
            return Markup(caller())
        if (naam, sleutel) not in self.opgeslagen:
            self.opgeslagen[naam, sleutel] = Markup(caller())
        return self.opgeslagen[naam, sleutel]
