"""Thin MkDocs adapter (a hooks file): validate the data, then add the generated pages.

All knowledge of the data lives in kennisbank.*; this file only speaks MkDocs.
Another generator needs only scripts/schrijf_paginas.py instead of this file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402
from mkdocs.structure.toc import TableOfContents  # noqa: E402

from kennisbank import optimalisaties
from kennisbank.inhoud.fouten import OngeldigeInhoud  # noqa: E402
from kennisbank.motoren import bouw, mkdocs_vooraf  # noqa: E402
from kennisbank.paginas import site, zoekindex

# The catalogue of the current build; set in on_config, which MkDocs runs again on every
# rebuild of `mkdocs serve`, so a changed YAML file is always seen.
_huidig: dict = {}


def on_startup(command, dirty):
    # runs once per `mkdocs serve` or `mkdocs build`, not on every rebuild
    bouw.draait_serve = command == "serve"


def on_config(config):
    bouw.uitgesteld.actief = True
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
    bouw.uitgesteld.per_pagina.clear()
    _huidig["gegenereerd"] = set()
    # entry pages come back with their HTML already made (kennisbank/motoren/mkdocs_vooraf.py)
    omzetter = (
        mkdocs_vooraf.Omzetter(config.markdown_extensions, config.mdx_configs or {}, bouw.omgezet)
        if optimalisaties.aan("vooraf")
        else None
    )
    for pagina in site.paginas(cat, config.site_url or "/", nabewerking=omzetter, bewaard=bouw.paginas):
        if files.get_file_from_path(pagina.pad):
            raise PluginError(
                f"docs/{pagina.pad} bestaat al, maar deze pagina wordt uit de YAML-bestanden "
                "gemaakt; haal het bestand in docs/ weg"
            )
        _huidig["gegenereerd"].add(pagina.pad)
        if pagina.vooraf is not None:
            bestand = File.generated(config, pagina.pad, content=pagina.vooraf.markdown)
            mkdocs_vooraf.VoorafOmgezettePagina(bestand, config, pagina.vooraf)
        else:
            markdown = bouw.uitgesteld.stel_uit(pagina.pad, pagina.inhoud, mkdocs_vooraf.VOORVOEGSEL)
            bestand = File.generated(config, pagina.pad, content=markdown)
        files.append(bestand)
    for pad, inhoud in site.extra_bestanden(cat, config.site_url or "/"):
        files.append(File.generated(config, pad, content=inhoud))
    return files


def on_page_content(html: str, page, config, files) -> str:
    # Put the raw HTML blocks of generated pages and of macros back (see site.stel_uit).
    return bouw.uitgesteld.zet_terug(page.file.src_uri, html)


def on_page_markdown(markdown: str, page, config, files) -> str:
    # Glossary terms get a tooltip wherever they appear (abbr extension). Generated
    # entry pages already carry their <abbr> tooltips in their HTML blocks.
    if page.file.src_uri in _huidig.get("gegenereerd", ()):
        return markdown
    return markdown + _huidig["afkortingen"].voor(markdown)


def on_page_context(context, page, config, nav):
    if "toc" in (page.meta.get("hide") or ()):
        # Material hides only the sidebar: it still puts the table of contents in the mobile
        # menu, and its script then measures every heading on load, which forces the layout
        # that content-visibility skips (on the Verbetertool check, a third of the load's work).
        page.toc = TableOfContents([])
    return context


def on_env(env, config, files):
    env.bytecode_cache = bouw.bytecode
    return env


def on_pre_build(config) -> None:
    zoekindex.achtergrond.wacht()


def on_post_build(config) -> None:
    # The search index is part of every build, so `make serve` searches too.
    # (The benchmark switches it off with KENNISBANK_ZOEKINDEX=0 to time MkDocs alone.)
    if os.environ.get("KENNISBANK_ZOEKINDEX") == "0":
        return
    if bouw.draait_serve:  # don't make the reload wait for the index
        zoekindex.achtergrond.start(Path(config.site_dir))
        return
    fout = zoekindex.maak(Path(config.site_dir))
    if fout:
        raise PluginError(fout)
