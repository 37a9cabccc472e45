"""Render entries, overviews and files through the Jinja templates in templates/.

Python prepares the data; templates decide the layout. The file type of a template decides
how every value it prints is escaped, so text from contributors can never become markup and
no template has to remember a filter for it:

- `*.html.j2` and `*.xml.j2`: HTML escaping (Jinja's autoescape, quotes included), on one line.
  A raw HTML block in a Markdown page ends at a blank line, so a value that kept one could end
  the block and let the rest be read as Markdown; in HTML the folded whitespace looks the same.
  Quotes are written `&quot;` and `&#x27;` (html.escape, as in the front matter and `h`), not
  markupsafe's `&#34;` and `&#39;`, so every file spells them one way.
- `*.md.j2`: Markdown escaping (markdowntekst.md): HTML escaped and every character Markdown or
  one of its extensions acts on backslash-escaped, so `[x](javascript:...)` stays text.

One environment does both: `select_autoescape` switches autoescape on by template name, and
`_finalize` escapes each printed value for the mode its own template is in. An included
template or an imported macro escapes by its own file type, so a page that mixes Markdown and
HTML is a `.md.j2` skeleton (front matter, Markdown headings for the table of contents and the
anchors) that imports its HTML blocks as macros from an `.html.j2` file of the same name, e.g.
praktijkvoorbeeld.md.j2 and praktijkvoorbeeld.html.j2. A `.md.j2` holds no values inside HTML.
A macro made in an `.html.j2` returns Markup, which a `.md.j2` prints untouched; a macro made in
a `.md.j2` returns plain text, which is escaped like any other value.

Filters add meaning, never safety: `h` (glossary tooltips and links for [[werkvorm]], HTML only),
`regel` (one line, both modes), `url` (only http(s)), `alineas`, `code`, and formatting (`datum`,
`maand`, `getal`, `slug`, `brontitel`). What is printed unescaped is Markup made in Python for
HTML we build ourselves: the front matter (site.voorkant), the QR codes (site.qr_svg), the JSON
for the tools (werkvormtools.als_json), `tojson` and the output of the filters above; `kaal`
prints a term raw in a Markdown abbreviation definition, which Markdown does not parse. The only
`|safe` is on the heading marks that werkvorm_kaart.md.j2 gets from the templates that include it.
tests/test_sjablonen.py holds the templates to this.
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
from kennisbank.paginas.markdowntekst import html_regel, md, veilige_url

TEMPLATES = PROJECT / "templates"


@jinja2.pass_eval_context
def _finalize(eval_ctx: jinja2.nodes.EvalContext, waarde: Any) -> Any:
    """Every printed value: escaped for the mode of the template it is printed in."""
    if waarde is None:
        return ""
    if isinstance(waarde, Markup):
        return waarde
    if eval_ctx.autoescape:
        # What autoescape does, with `&quot;`/`&#x27;` for quotes as the pages always had, on one line.
        return html_regel(waarde)
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


def _regel(waarde: Any) -> Any:
    """On one line (list items, table cells, headings); escaped as any value afterwards."""
    if isinstance(waarde, Markup):
        return Markup(" ".join(waarde.split()))
    return " ".join(str(waarde).split())


@jinja2.pass_context
def _h(context: jinja2.runtime.Context, waarde: Any) -> Markup:
    """Text for HTML: escaped, with glossary abbreviations as <abbr> tooltips and each werkvorm
    reference [[slug]] as a link under the werkvorm's title (the validator checks the slug exists).
    In a Markdown template its HTML would still be read as Markdown, so only .html.j2 may use it."""
    if not context.eval_ctx.autoescape:
        raise jinja2.TemplateRuntimeError(f"|h hoort in een .html.j2-sjabloon, niet in {context.name}")
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
    """Multi-paragraph text split at blank lines (templates/tekst.html.j2 makes the <p>s)."""
    return [b for b in re.split(r"\n\s*\n", str(waarde)) if b.strip()]


@jinja2.pass_eval_context
def _kaal(eval_ctx: jinja2.nodes.EvalContext, waarde: Any) -> Markup:
    """Raw one-line text for the one place Markdown does not parse: a term in an abbreviation
    definition (the Markdown serializer escapes it as an attribute itself). Markdown only."""
    if eval_ctx.autoescape:
        raise jinja2.TemplateRuntimeError("|kaal hoort in een .md.j2-sjabloon")
    return Markup(" ".join(str(waarde).replace("[", "(").replace("]", ")").split()))


def _code(waarde: Any) -> Markup:
    """A Markdown code span around the text, which Markdown shows exactly as it is."""
    tekst = " ".join(str(waarde).split())
    langste = max((len(r) for r in re.findall(r"`+", tekst)), default=0)
    hek = "`" * (langste + 1)
    if tekst.startswith("`") or tekst.endswith("`"):
        tekst = f" {tekst} "
    return Markup(f"{hek}{tekst}{hek}")


class _Context(jinja2.runtime.Context):
    """A macro's result is escaped by the file the macro is written in. Jinja lets the caller's
    mode decide whether a macro returns Markup, so a .md.j2 would Markdown-escape the HTML of an
    .html.j2 macro once more; called without the caller's eval context, a macro takes the mode of
    its own template (jinja2.runtime.Macro falls back to it), and its values are escaped by that
    mode anyway (`_finalize` gets the context of the macro's own template)."""

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (Jinja's signature)
        if isinstance(__obj, jinja2.runtime.Macro):
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
            return __obj(*args, **kwargs)
        return super().call(__obj, *args, **kwargs)


@cache
def omgeving(map_: Path = TEMPLATES) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(map_)),
        # .html.j2 and .xml.j2 are HTML/XML; everything else (.md.j2, a string template) is Markdown
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2", "xml.j2"), default_for_string=False),
        finalize=_finalize,
        # Markdown uses {#id} for anchors, so Jinja comments are {## ... ##} here.
        comment_start_string="{##",
        comment_end_string="##}",
        undefined=jinja2.Undefined,  # optional fields may be absent
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.context_class = _Context
    env.filters.update(
        regel=_regel,
        url=veilige_url,
        kaal=_kaal,
        code=_code,
        h=_h,
        alineas=_alineas,
        slug=slug,
        maand=_maand,
        datum=_datum,
        getal=_getal,
        brontitel=schemas.brontitel,
    )
    return env


def render(template: str, **context: Any) -> str:
    return omgeving().get_template(template).render(**context)
