"""One escaping convention in templates/ (kennisbank/paginas/weergave.py): the file type decides.
`.html.j2` and `.xml.j2` are escaped as HTML, `.md.j2` as Markdown, also inside included
templates and imported macros; filters add meaning, never safety."""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser

import jinja2
import markdown
import pytest
from mkdocs.config import load_config
from mkdocs.utils import meta as frontmatter

from kennisbank.inhoud import catalogus
from kennisbank.paginas import site, weergave
from kennisbank.paginas.verwant import VerwantIndex

from .conftest import PROJECT

TEMPLATES = PROJECT / "templates"
SOORTEN = (".md.j2", ".html.j2", ".xml.j2")
# what contributors could try if the validator ever let it through: a script, quotes that end an
# attribute, a link to javascript:, emphasis, an attribute list, and a blank line that would end
# a raw HTML block in a Markdown page
VIJANDIG = (
    '<script>alert(1)</script> "x" onmouseover="alert(2)" \'y\' [klik](javascript:alert(3)) *schuin* '
    "_ook_ {: .klasse} `code`\n\n[na](javascript:alert(4)) een witregel"
)
ALS_TEKST = " ".join(VIJANDIG.split())  # how HTML shows it: on one line


def _sjablonen():
    return sorted(p for p in TEMPLATES.iterdir() if p.is_file())


def _filters(pad):
    """(filter name, the expression it filters) for every filter in the template."""
    omgeving = weergave.omgeving()
    boom = omgeving.parse(pad.read_text(encoding="utf-8"))
    return [(f.name, f.node) for f in boom.find_all(jinja2.nodes.Filter)]


def test_elk_sjabloon_zegt_met_zijn_naam_hoe_het_escapet():
    vreemd = [p.name for p in _sjablonen() if not p.name.endswith(SOORTEN)]
    assert vreemd == [], f"geen .md.j2, .html.j2 of .xml.j2: {vreemd}"
    assert weergave.omgeving().autoescape("a.html.j2") and weergave.omgeving().autoescape("a.xml.j2")
    assert not weergave.omgeving().autoescape("a.md.j2")


def test_geen_escaping_met_de_hand():
    """No |attr (gone: autoescape does it), |safe only on the heading marks a template passes to
    werkvorm_kaart.md.j2 itself, |h (HTML) only in HTML templates, |kaal (raw) only in Markdown."""
    assert "md" not in weergave.omgeving().filters and "regel" in weergave.omgeving().filters
    fout = []
    for pad in _sjablonen():
        for naam, node in _filters(pad):
            doel = getattr(node, "name", None)
            if naam == "attr":  # Jinja's own |attr is attribute lookup; ours (escaping) is gone
                fout.append(f"{pad.name}: |attr")
            if naam == "safe" and doel != "kop":
                fout.append(f"{pad.name}: |safe op {doel or node}")
            if naam == "h" and not pad.name.endswith(".html.j2"):
                fout.append(f"{pad.name}: |h buiten een .html.j2")
            if naam == "kaal" and not pad.name.endswith(".md.j2"):
                fout.append(f"{pad.name}: |kaal buiten een .md.j2")
    assert fout == []
    kop = {
        waarde
        for pad in _sjablonen()
        for waarde in re.findall(r"kop=(\"[^\"]*\"|'[^']*'|\w+)", pad.read_text(encoding="utf-8"))
    }
    assert kop == {'"##"', '"###"'}, "kop krijgt alleen vaste tekst uit een sjabloon"


def test_markdownsjablonen_zetten_geen_waarde_in_html():
    """A value inside an HTML tag of a .md.j2 would be Markdown-escaped where HTML is read: such
    HTML belongs in an .html.j2 (a macro or include)."""
    fout = []
    for pad in _sjablonen():
        if pad.name.endswith(".md.j2"):
            tekst = re.sub(r"\{##.*?##\}", "", pad.read_text(encoding="utf-8"), flags=re.DOTALL)
            fout += [f"{pad.name}: {m.group(0)}" for m in re.finditer(r"<[a-zA-Z][^>]*\{\{[^>]*", tekst)]
    assert fout == []


class _Elementen(HTMLParser):
    """Start tags with their attributes, and the text, of an HTML fragment."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.tekst: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.tekst.append(data)


@pytest.fixture(scope="module")
def naar_html():
    """Markdown of a page to its HTML the way the build does it: raw HTML blocks out (site.stel_uit),
    the rest through the site's Markdown extensions, the blocks back in."""
    config = load_config(str(PROJECT / "mkdocs.yml"))
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs or {})

    def omzetten(tekst: str) -> str:
        kaal, blokken = site.stel_uit(tekst, "TESTBLOK")
        bron, _ = frontmatter.get_data(kaal)
        return site.zet_terug(md.reset().convert(bron), blokken)

    return omzetten


def _onschuldig(html: str) -> _Elementen:
    e = _Elementen(html)
    scripts = [a for t, a in e.tags if t == "script" and a.get("type") != "application/ld+json"]
    assert scripts == [], "een script uit de tekst"
    assert [t for t, _ in e.tags if t in ("em", "code")] == [], "Markdown-opmaak uit de tekst"
    for tag, attrs in e.tags:
        assert not [a for a in attrs if a.startswith("on")], f"een on...-attribuut op <{tag}>"
        assert "klasse" not in (attrs.get("class") or ""), f"een klasse uit de tekst op <{tag}>"
        assert not (attrs.get("href") or "").lower().startswith("javascript"), f"een javascript:-link op <{tag}>"
    return e


def test_vijandige_tekst_blijft_tekst_in_html_en_markdown(tmp_path, naar_html):
    """The same value through a Markdown skeleton, an imported .html.j2 macro and an included
    .html.j2: each part escapes by its own file type, and the page built from it has no markup
    from the value; in the HTML the value stays whole, in its attribute and on one line."""
    (tmp_path / "blok.html.j2").write_text(
        '{% macro kaart(x) %}<p class="kaart" title="{{ x }}" data-x=\'{{ x }}\'>{{ x }}</p>{% endmacro %}\n',
        encoding="utf-8",
    )
    (tmp_path / "deel.html.j2").write_text('<div class="deel" data-x="{{ x }}">{{ x | h }}</div>\n', encoding="utf-8")
    (tmp_path / "pagina.md.j2").write_text(
        '{% import "blok.html.j2" as html with context %}\n'
        "# {{ x | regel }}\n\n{{ x }}\n\n- {{ x | regel }}\n\n{{ html.kaart(x) }}\n\n"
        '{% include "deel.html.j2" %}\n',
        encoding="utf-8",
    )
    omgeving = weergave.omgeving(tmp_path)
    tekst = omgeving.get_template("pagina.md.j2").render(x=VIJANDIG)
    assert "<script" not in tekst and "\\[klik\\]" in tekst and "\\*schuin\\*" in tekst, "Markdown-escaping"
    assert 'title="&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; onmouseover=&quot;' in tekst, "HTML in de macro"
    assert 'data-x="&lt;script&gt;' in tekst and "\\" not in tekst.split('<div class="deel"')[1], "HTML in de include"

    e = _onschuldig(naar_html(tekst))
    kaart = next(a for t, a in e.tags if t == "p" and a.get("class") == "kaart")
    assert kaart == {"class": "kaart", "title": ALS_TEKST, "data-x": ALS_TEKST}
    assert next(a for t, a in e.tags if t == "div") == {"class": "deel", "data-x": ALS_TEKST}
    zichtbaar = "".join(e.tekst)
    assert zichtbaar.count(ALS_TEKST) == 4, "kop, lijst, macro en include: de hele tekst op één regel"
    assert zichtbaar.count("<script>alert(1)</script>") == 5 and zichtbaar.count("*schuin*") == 5


def test_vijandige_tekst_op_echte_paginas(naar_html):
    """The real templates, with every text field of an example and a werkvorm made hostile."""
    cat = catalogus.laad(PROJECT / "tests" / "fixtures" / "geldig")
    cat = copy.deepcopy(cat)
    voorbeeld, werkvorm = cat.van("praktijkvoorbeeld")[0], cat.van("werkvorm")[0]

    def vergiftig(waarde, sleutel=""):
        if isinstance(waarde, dict):
            return {k: vergiftig(v, k) for k, v in waarde.items()}
        if isinstance(waarde, list):
            return [vergiftig(v, sleutel) for v in waarde]
        # text, not values from a fixed list or addresses (the validator checks those first)
        vrij = sleutel not in ("regios", "pijlers", "themas", "fasen", "groepen", "document", "url", "website")
        return VIJANDIG if isinstance(waarde, str) and vrij and sleutel != "laatst_bekeken" else waarde

    for item in (voorbeeld, werkvorm):
        item.data.update(vergiftig(item.data))
    index, afk = VerwantIndex(cat), site.Afkortingen(cat)
    paginas = {
        "voorbeeld": site.voorbeeld_pagina(
            voorbeeld, index.bij_voorbeeld(voorbeeld), {}, afk, site_url="https://x.nl/"
        ),
        "werkvorm": site.werkvorm_pagina(werkvorm, index.bij_werkvorm(werkvorm), "https://x.nl/", {}, afk),
        **{p.pad: p.inhoud for p in site.printpaginas(cat, "https://x.nl/", afk)},
    }
    assert len(paginas) >= 3
    for naam, tekst in paginas.items():
        e = _onschuldig(naar_html(tekst))
        assert "<script>alert(1)</script>" in "".join(e.tekst), naam
