"""Thin MkDocs adapter (a hooks file): validate the data, then add the generated pages.

All knowledge of the data lives in kennisbank.*; this file only speaks MkDocs.
Another engine needs no hooks: scripts/bouw_met.py writes the same pages as files (Zensical).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402
from mkdocs.structure.toc import TableOfContents  # noqa: E402

from kennisbank import optimalisaties  # noqa: E402
from kennisbank.inhoud.fouten import OngeldigeInhoud  # noqa: E402
from kennisbank.motoren import mkdocs_vooraf  # noqa: E402
from kennisbank.motoren.themafragmenten import Themafragmenten  # noqa: E402
from kennisbank.motoren.toestand import TOESTAND, inhoud_root  # noqa: E402
from kennisbank.paginas import genereer, zoekindex  # noqa: E402

# This module holds no state: MkDocs loads it afresh for every rebuild of `mkdocs serve`.
# Everything a build keeps is on TOESTAND (kennisbank/motoren/toestand.py).


def on_startup(command, dirty):
    # runs once per `mkdocs serve` or `mkdocs build`, not on every rebuild
    TOESTAND.serve = command == "serve"


def on_config(config):
    # on_config runs again on every rebuild of `mkdocs serve`, so a changed file is always seen
    cat = TOESTAND.catalogus_voor(inhoud_root(Path(config.config_file_path).parent))
    TOESTAND.nieuwe_bouw(cat)
    if cat.fouten:
        # PluginError makes MkDocs stop with this message and no traceback.
        raise PluginError(str(OngeldigeInhoud(cat.fouten)))
    return config


def on_files(files: Files, config) -> Files:
    cat = TOESTAND.cat
    # entry pages come back with their HTML already made (kennisbank/motoren/mkdocs_vooraf.py)
    omzetter = (
        mkdocs_vooraf.Omzetter(config.markdown_extensions, config.mdx_configs or {}, TOESTAND.omgezet)
        if optimalisaties.aan("vooraf")
        else None
    )
    for bestand in genereer.bestanden(cat, config.site_url or "/", nabewerking=omzetter, bewaard=TOESTAND.paginas):
        if not bestand.pagina:
            files.append(File.generated(config, bestand.pad, content=bestand.inhoud))
            continue
        if files.get_file_from_path(bestand.pad):
            raise PluginError(str(genereer.DubbelePagina(bestand.pad)))
        TOESTAND.gegenereerd.add(bestand.pad)
        if bestand.vooraf is not None:
            mkdocs_bestand = File.generated(config, bestand.pad, content=bestand.vooraf.markdown)
            mkdocs_vooraf.VoorafOmgezettePagina(mkdocs_bestand, config, bestand.vooraf)
        else:
            markdown = TOESTAND.uitgesteld.stel_uit(bestand.pad, bestand.inhoud, mkdocs_vooraf.VOORVOEGSEL)
            mkdocs_bestand = File.generated(config, bestand.pad, content=markdown)
        files.append(mkdocs_bestand)
    return files


def on_page_content(html: str, page, config, files) -> str:
    # Put the raw HTML blocks of generated pages and of macros back (see site.stel_uit).
    return TOESTAND.uitgesteld.zet_terug(page.file.src_uri, html)


def on_page_markdown(markdown: str, page, config, files) -> str:
    # Glossary terms get a tooltip wherever they appear (abbr extension). Generated
    # entry pages already carry their <abbr> tooltips in their HTML blocks.
    if page.file.src_uri in TOESTAND.gegenereerd:
        return markdown
    return markdown + TOESTAND.afkortingen.voor(markdown)


def on_page_context(context, page, config, nav):
    if "toc" in (page.meta.get("hide") or ()):
        # Material hides only the sidebar: it still puts the table of contents in the mobile
        # menu, and its script then measures every heading on load, which forces the layout
        # that content-visibility skips (on the Verbetertool check, a third of the load's work).
        page.toc = TableOfContents([])
    return context


def on_nav(nav, config, files):
    TOESTAND.menu_urls = {p.url for p in nav.pages}
    return nav


def on_env(env, config, files):
    env.bytecode_cache = TOESTAND.bytecode
    if optimalisaties.aan("fragmenten"):
        # now that the theme's own files are in `files` too (see kennisbank/motoren/themafragmenten.py)
        TOESTAND.themafragmenten = Themafragmenten(TOESTAND.menu_urls, [f.url for f in files])
        env.globals["kb_eenmaal"] = TOESTAND.themafragmenten.eenmaal
    if _zoekindex() != "0" and not TOESTAND.serve and len(files.documentation_pages()) > zoekindex.PAGINAS_PER_DEEL:
        # more than one part: start on them while MkDocs writes the site. Half-size parts, so a
        # Pagefind run (0.4 MB a page) fits in memory beside MkDocs (about 1.2 GB at 10,000 examples).
        TOESTAND.zoekdelen = zoekindex.TijdensDeBouw(Path(config.site_dir), zoekindex.PAGINAS_PER_DEEL // 2)
    return env


def on_pre_build(config) -> None:
    TOESTAND.zoekindex.wacht()


# The search index is part of every build, so `make serve` searches too. KENNISBANK_ZOEKINDEX=0
# leaves it out (the benchmark times MkDocs alone); "tijdens" makes only what can be made while
# MkDocs writes the site, and scripts/bouw_met.py makes the rest once MkDocs has ended.
def _zoekindex() -> str:
    return os.environ.get("KENNISBANK_ZOEKINDEX", "")


def on_post_page(output: str, page, config) -> str:
    if TOESTAND.zoekdelen is not None and zoekindex.KENMERK_TEKST in output:
        TOESTAND.zoekdelen.pagina(Path(config.site_dir) / page.file.dest_uri)
    return output


def on_post_build(config) -> None:
    if _zoekindex() == "0":
        return
    if TOESTAND.serve:  # don't make the reload wait for the index
        TOESTAND.zoekindex.start(Path(config.site_dir))
        return
    if TOESTAND.zoekdelen is not None:
        fout = TOESTAND.zoekdelen.af(rest_later=_zoekindex() == "tijdens")
    elif _zoekindex() == "tijdens":
        return
    else:
        fout = zoekindex.maak(Path(config.site_dir))
    if fout:
        raise PluginError(fout)


def on_build_error(error) -> None:
    if TOESTAND.zoekdelen is not None:  # no more Pagefind runs for a build that failed
        TOESTAND.zoekdelen.stop()
