"""Read the built site: every page, its ids and its links (standard library only)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit


class _Lezer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
        if tag in ("link", "script", "img") and (a.get("href") or a.get("src")):
            self.links.append(a.get("href") or a.get("src"))


def lees(pad: Path) -> _Lezer:
    lezer = _Lezer()
    lezer.feed(pad.read_text(encoding="utf-8"))
    return lezer


def paginas(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def boven_de_wortel(site: Path, pagina: Path, href: str) -> bool:
    """A relative link that climbs above the site's root: a browser clamps it at a domain's root,
    so it seems to work there, but it breaks when the site is published under a subpath."""
    url = urlsplit(href)
    if url.scheme or href.startswith(("/", "mailto:")) or not url.path:
        return False
    diepte = len(pagina.relative_to(site).parent.parts)
    for deel in url.path.split("/"):
        if deel == "..":
            diepte -= 1
            if diepte < 0:
                return True
        elif deel not in ("", "."):
            diepte += 1
    return False


def doel_van(site: Path, pagina: Path, href: str) -> tuple[Path | None, str]:
    """The file a relative link points to, and its fragment; None for external links."""
    url = urlsplit(href)
    if url.scheme or href.startswith("//") or href.startswith("mailto:"):
        return None, ""
    basis = "/" + str(pagina.relative_to(site).parent).strip(".") + "/"
    pad = (
        unquote(urlsplit(urljoin(basis.replace("//", "/"), url.path)).path)
        if url.path
        else "/" + str(pagina.relative_to(site))
    )
    doel = site / pad.lstrip("/")
    if doel.is_dir() or pad.endswith("/"):
        doel = doel / "index.html"
    return doel, url.fragment
