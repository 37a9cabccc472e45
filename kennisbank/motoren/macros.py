"""Macros for the hand-written overview pages in docs/ (mkdocs-macros-plugin).

Pages opt in with `render_macros: true`. Each macro renders a template from
templates/ with data prepared by kennisbank.*, so pages stay short and the
layout lives in one place.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kennisbank.inhoud import schemas
from kennisbank.motoren.toestand import TOESTAND, inhoud_root  # noqa: E402
from kennisbank.paginas import site, toegankelijkheid
from kennisbank.paginas import verkenner as verkenner_data
from kennisbank.paginas.weergave import render  # noqa: E402


def define_env(env):
    # MkDocs passes the config file's path; Zensical's macros emulation passes project_dir.
    config_pad = env.conf.get("config_file_path") if hasattr(env.conf, "get") else None
    root = inhoud_root(Path(config_pad).parent if config_pad else Path(getattr(env, "project_dir", ".")))

    geladen = TOESTAND.catalogus_voor(root)  # once per build; define_env runs again on every rebuild

    def cat():
        return geladen

    afkortingen = site.Afkortingen(geladen)  # glossary tooltips in the overviews written as HTML

    teller = itertools.count()

    def blok(markdown: str) -> str:
        """A macro's output with its raw HTML blocks kept out of Markdown's slow HTML parser
        (TOESTAND.uitgesteld); unchanged when the MkDocs adapter is not running."""
        if not TOESTAND.uitgesteld.actief:  # also: Zensical's pages have no .file to name them by
            return markdown
        return TOESTAND.uitgesteld.stel_uit(env.page.file.src_uri, markdown, f"KBMACRO{next(teller)}X")

    @env.macro
    def aantal(soort: str) -> int:
        """Number of entries of a kind, e.g. aantal('praktijkvoorbeeld')."""
        return len(cat().items.get(soort, {}))

    @env.macro
    def voorbeelden_overzicht() -> str:
        return blok(
            render("overzicht_voorbeelden.html.j2", items=cat().van("praktijkvoorbeeld"), afkortingen=afkortingen)
        )

    @env.macro
    def werkvormen_overzicht() -> str:
        items = cat().van("werkvorm")
        per_fase = {fase: [i for i in items if fase in i.data["fasen"]] for fase in schemas.waarden("fase")}
        return blok(render("overzicht_werkvormen.md.j2", per_fase=per_fase))

    @env.macro
    def regio_overzicht() -> str:
        return blok(render("overzicht_regios.html.j2", regios=site.regio_overzicht(cat()), afkortingen=afkortingen))

    @env.macro
    def tag_overzicht() -> str:
        return blok(render("overzicht_tags.md.j2", tags=site.tags(cat())))

    @env.macro
    def begrippenlijst() -> str:
        return blok(render("begrippenlijst.html.j2", begrippen=(cat().data("begrippen") or {}).get("begrippen", [])))

    @env.macro
    def toegankelijkheidsverklaring() -> str:
        """The accessibility statement, made from data/toegankelijkheid.yaml."""
        return render("toegankelijkheid.md.j2", **toegankelijkheid.gegevens(cat().data("toegankelijkheid")))

    @env.macro
    def verkenner() -> str:
        return blok(render("verkenner.html.j2", **verkenner_data.gegevens(cat())))

    # --- Verbetertool (docs/verbetertool/): the check, comparing as a team, the theme table ---
    from kennisbank.paginas import verbetertool as verbetertool_data

    @env.macro
    def verbetertool_themas() -> str:
        """Table of the seven themes with links to their pages."""
        return blok(render("verbetertool_overzicht.md.j2", themas=verbetertool_data.themas(cat())))

    @env.macro
    def verbetertool_aantal_factoren() -> int:
        return len(verbetertool_data.alle_factoren(cat()))

    @env.macro
    def verbetertool_check() -> str:
        """The whole check: form, results, plans and the save/print/load controls."""
        return blok(render("verbetertool_check.md.j2", **verbetertool_data.gegevens(cat())))

    @env.macro
    def verbetertool_team() -> str:
        """Samen vergelijken: open several answer files and compare per factor."""
        return blok(render("verbetertool_team.md.j2", **verbetertool_data.gegevens(cat())))

    # Trainer tools (issue 4): the Sessieplanner and the fillable cards.
    from kennisbank.paginas import werkvormtools  # noqa: E402

    @env.macro
    def sessieplanner() -> str:
        return blok(render("sessieplanner.md.j2", **werkvormtools.planner(cat())))

    @env.macro
    def formulier(naam: str) -> str:
        return blok(render("formulier.md.j2", **werkvormtools.formulier(cat(), naam)))
