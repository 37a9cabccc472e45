"""Thin MkDocs adapter (a hooks file): validate the data, then add the generated pages.

All knowledge of the data lives in kennisbank.*; this file only speaks MkDocs.
Another generator needs only scripts/schrijf_paginas.py instead of this file.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from kennisbank import bouw, site, zoekindex  # noqa: E402
from kennisbank.fouten import OngeldigeInhoud  # noqa: E402


# The catalogue of the current build; set in on_config, which MkDocs runs again on every
# rebuild of `mkdocs serve`, so a changed YAML file is always seen.
_huidig: dict = {}


def on_config(config):
    cat = bouw.catalogus_voor(bouw.inhoud_root(Path(config.config_file_path).parent))
    _huidig.clear()
    _huidig["cat"] = cat
    if cat.fouten:
        # PluginError makes MkDocs stop with this message and no traceback.
        raise PluginError(str(OngeldigeInhoud(cat.fouten)))
    return config


def on_files(files: Files, config) -> Files:
    cat = _huidig["cat"]
    _huidig["afkortingen"] = site.Afkortingen(cat)
    _huidig["blokken"] = {}
    for pagina in site.paginas(cat, config.site_url or "/"):
        if files.get_file_from_path(pagina.pad):
            raise PluginError(f"docs/{pagina.pad} bestaat al, maar deze pagina wordt uit de YAML-bestanden "
                              "gemaakt; haal het bestand in docs/ weg")
        markdown, blokken = pagina.uitgesteld()
        _huidig["blokken"][pagina.pad] = blokken
        files.append(File.generated(config, pagina.pad, content=markdown))
    for pad, inhoud in site.extra_bestanden(cat, config.site_url or "/"):
        files.append(File.generated(config, pad, content=inhoud))
    return files


def on_page_content(html: str, page, config, files) -> str:
    # Put the raw HTML blocks of generated pages back (see site.Pagina.uitgesteld).
    for sleutel, blok in _huidig.get("blokken", {}).get(page.file.src_uri, {}).items():
        html = html.replace(f"<p>{sleutel}</p>", blok, 1)
    return html


def on_page_markdown(markdown: str, page, config, files) -> str:
    # Glossary terms get a tooltip wherever they appear (abbr extension). Generated
    # entry pages already carry their <abbr> tooltips in their HTML blocks.
    if page.file.src_uri in _huidig.get("blokken", {}):
        return markdown
    return markdown + _huidig["afkortingen"].voor(markdown)


def on_nav(nav, config, files):
    # pages in the navigation; for all others the navigation is the same within a folder
    _huidig["in_nav"] = {id(p) for p in nav.pages}
    _huidig["nav_bewaard"] = {}
    return nav


def on_page_context(context, page, config, nav):
    # overrides/main.html renders the navigation once per folder for pages outside it
    buiten_nav = id(page) not in _huidig.get("in_nav", ())
    context["kb_nav"] = {"sleutel": page.url.rsplit("/", 2)[0] if buiten_nav and "/" in page.url else None,
                         "bewaard": _huidig.setdefault("nav_bewaard", {})}
    return context


def on_post_build(config) -> None:
    # The search index is part of every build, so `make serve` searches too.
    # (The benchmark switches it off with KENNISBANK_ZOEKINDEX=0 to time MkDocs alone.)
    if os.environ.get("KENNISBANK_ZOEKINDEX") == "0":
        return
    fout = zoekindex.maak(Path(config.site_dir))
    if fout:
        raise PluginError(fout)
