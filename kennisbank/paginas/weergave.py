"""Render entries and overviews to Markdown through the Jinja templates in templates/.

Python prepares the data; templates decide the layout. Every value printed by
a template is escaped for Markdown unless a filter marks it as safe, so text
from contributors can never become markup.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from kennisbank import PROJECT
from kennisbank.inhoud import schemas
from kennisbank.inhoud.kalender import MAANDEN
from kennisbank.inhoud.slugs import slug
from kennisbank.paginas.markdowntekst import html_attr, md, md_regel, veilige_url

TEMPLATES = PROJECT / "templates"


def _finalize(waarde: Any) -> Any:
    if waarde is None:
        return ""
    if isinstance(waarde, Markup):
        return waarde
    return md(waarde)


def _maand(waarde: Any) -> str:
    """2015-09 -> 'september 2015'; a bare year stays as it is."""
    tekst = str(waarde)
    if len(tekst) == 7 and tekst[4] == "-":
        return f"{MAANDEN[int(tekst[5:]) - 1]} {tekst[:4]}"
    return tekst


def _datum(waarde: Any) -> str:
    """2026-11-22 -> '22 november 2026'."""
    tekst = str(waarde)[:10]
    try:
        jaar, maand, dag = tekst.split("-")
        return f"{int(dag)} {MAANDEN[int(maand) - 1]} {jaar}"
    except ValueError:
        return tekst


def _getal(waarde: Any) -> str:
    if isinstance(waarde, float) and waarde.is_integer():
        waarde = int(waarde)
    if isinstance(waarde, int):
        return f"{waarde:,}".replace(",", ".")
    return str(waarde).replace(".", ",")


@jinja2.pass_context
def _h(context, waarde: Any) -> Markup:
    """Text for HTML: escaped, with glossary abbreviations as <abbr> tooltips and each werkvorm
    reference [[slug]] as a link under the werkvorm's title (the validator checks the slug exists)."""
    tekst = html.escape(" ".join(str(waarde).split()), quote=False)
    afkortingen = context.get("afkortingen")
    if not afkortingen:
        return Markup(tekst)
    tekst = afkortingen.markeer(tekst)
    if "[[" in tekst:
        wortel = context.get("wortel") or "../../"
        titels = afkortingen.werkvormtitels

        def link(m: re.Match) -> str:
            slug_ = m.group(1)
            if slug_ not in titels:  # only in another content set; the validator stops the real build
                return html.escape(slug_)
            return f'<a href="{wortel}werkvormen/{slug_}/">{html.escape(titels[slug_], quote=False)}</a>'

        tekst = VERWIJZING.sub(link, tekst)
    return Markup(tekst)


# A werkvorm named in entry text: [[historielijn]] (the werkvorm's file name without .yaml).
VERWIJZING = re.compile(r"\[\[([a-z0-9]+(?:-[a-z0-9]+)*)\]\]")


def _alineas(waarde: Any) -> list[str]:
    """Multi-paragraph text split at blank lines (templates/tekst.j2 makes the <p>s)."""
    return [b for b in re.split(r"\n\s*\n", str(waarde)) if b.strip()]


def _kaal(waarde: Any) -> Markup:
    """Raw one-line text for places Markdown does not parse, such as abbr titles
    (the Markdown serializer escapes them as attributes itself)."""
    return Markup(" ".join(str(waarde).replace("[", "(").replace("]", ")").split()))


@cache
def omgeving(map_: Path = TEMPLATES) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(map_)),
        autoescape=True,
        finalize=_finalize,
        # Markdown uses {#id} for anchors, so Jinja comments are {## ... ##} here.
        comment_start_string="{##",
        comment_end_string="##}",
        undefined=jinja2.Undefined,  # optional fields may be absent
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        md=md,
        regel=md_regel,
        url=veilige_url,
        attr=html_attr,
        kaal=_kaal,
        h=_h,
        alineas=_alineas,
        slug=slug,
        maand=_maand,
        datum=_datum,
        getal=_getal,
        brontitel=schemas.brontitel,
    )
    return env


@cache
def omgeving_html(map_: Path = TEMPLATES) -> jinja2.Environment:
    """For the few files written as HTML (redirect pages): plain HTML escaping."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(map_)), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters.update(url=veilige_url)
    return env


def render(template: str, **context: Any) -> str:
    if template.endswith((".html.j2", ".xml.j2")):
        return omgeving_html().get_template(template).render(**context)
    return omgeving().get_template(template).render(**context)
