"""Everything the site generates from the data: one Markdown page per entry and per tag,
region and factor, plus redirects for renamed werkvormen.

This is the whole of "YAML -> pages" with no MkDocs in it: the MkDocs adapter
adds these pages to the build, and scripts/schrijf_paginas.py writes them to
disk for any other generator.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import segno
from markupsafe import Markup

from kennisbank import parallel
from kennisbank.inhoud import actualiteit, gitdatums, linkcontrole, schemas
from kennisbank.inhoud.catalogus import Catalogus, Item
from kennisbank.inhoud.slugs import slug
from kennisbank.paginas import kenmerken, opendata, verbetertool, werkvormkaart
from kennisbank.paginas.markdowntekst import html_regel
from kennisbank.paginas.verwant import Verwant, VerwantIndex
from kennisbank.paginas.weergave import TEMPLATES, render


@dataclass(frozen=True)
class Pagina:
    # path as if under docs/, e.g. "voorbeelden/achterhoek-x/index.md": every page is the index.md of
    # its own folder, so a relative link means the same in the file as on the site (MkDocs leaves
    # links in raw HTML as written, Zensical resolves them against the file's folder)
    pad: str
    inhoud: str  # Markdown, ready for any generator; empty when `vooraf` holds the page
    vooraf: Any = None  # what the generator's `nabewerking` made of it (see paginas), if anything


def stel_uit(tekst: str, voorvoegsel: str) -> tuple[str, dict[str, str]]:
    """The same Markdown with its raw HTML blocks taken out and replaced by a placeholder
    paragraph each, plus the blocks. Python-Markdown parses raw HTML with a pure-Python
    parser, which made it most of the build time; the MkDocs adapter puts the blocks back
    into the converted HTML instead. Headings stay Markdown, so the table of contents works.
    `voorvoegsel` keeps the placeholders of different sources on one page apart."""
    blokken: dict[str, str] = {}
    delen = tekst.split("\n\n")
    vorige = None  # placeholder of the chunk just before, if it was one: blocks in a row become one
    for i, deel in enumerate(delen):
        # markdown="0" (md_in_html: leave the inside alone) is what a placeholder does anyway;
        # like md_in_html, don't let the attribute reach the page
        kaal = deel.strip().replace(' markdown="0"', "")
        eerste_tag = kaal.split(">", 1)[0]
        # comments may be directives for a plugin; markdown="1" blocks need Markdown, and so
        # does the closing tag that ends such a block further down
        if (
            kaal.startswith("<")
            and not kaal.startswith(("<!--", "</"))
            and kaal.endswith(">")
            and " markdown" not in eerste_tag
        ):
            if vorige is not None:
                blokken[vorige] += "\n\n" + kaal
                delen[i] = None
                continue
            vorige = f"{voorvoegsel}{i}X{len(blokken)}"
            blokken[vorige] = kaal
            delen[i] = vorige
        else:
            vorige = None
    return "\n\n".join(d for d in delen if d is not None), blokken


def zet_terug(html: str, blokken: dict[str, str]) -> str:
    """The converted HTML with the blocks of `stel_uit` back in place of their placeholders."""
    for sleutel, blok in blokken.items():
        html = html.replace(f"<p>{sleutel}</p>", blok, 1)
    return html


def voorkant(**velden) -> Markup:
    """Front matter. JSON is valid YAML and much faster to write than yaml.safe_dump;
    text is HTML-escaped because themes print titles unescaped."""
    regels = [
        f"{k}: {json.dumps(str(html_regel(v)) if isinstance(v, str) else v, ensure_ascii=False)}"
        for k, v in velden.items()
        if v is not None
    ]
    return Markup("---\n" + "\n".join(regels) + "\n---\n")


@cache  # the same URL gives the same code; also across `mkdocs serve` rebuilds
def qr_svg(url: str) -> Markup:
    uit = io.BytesIO()
    segno.make(url, error="m").save(
        uit,
        kind="svg",
        xmldecl=False,
        svgns=True,
        scale=3,
        border=2,
        title=f"QR-code voor {url}",
        svgclass="kb-qr-code",
        lineclass=None,
    )
    return Markup(uit.getvalue().decode("utf-8"))


def paginas(
    cat: Catalogus, site_url: str, nabewerking: Callable[[str, str], Any] | None = None, bewaard: dict | None = None
) -> Iterator[Pagina]:
    """Every generated page. `nabewerking(pad, markdown)`, if given, runs right after a page is
    rendered, on the same worker process, and its result travels along as `Pagina.vooraf`: a
    generator can convert its pages on all cores that way (see kennisbank/motoren/mkdocs_vooraf.py).
    `bewaard`, a dict kept between builds, lets a rebuild of a small base (`mkdocs serve`) skip
    the entry pages whose inputs did not change."""
    index = VerwantIndex(cat)
    datums = gitdatums.datums(cat.root)
    afk = Afkortingen(cat)
    linkstatus = linkcontrole.per_url(cat)
    vandaag = actualiteit.vandaag()

    def pagina(pad: str, tekst: str) -> Pagina:
        vooraf = nabewerking(pad, tekst) if nabewerking else None
        # what the generator made of it is all it needs: the Markdown need not travel back too
        return Pagina(pad, "" if vooraf is not None else tekst, vooraf)

    # entry pages are independent of each other: for a large base they render on all cores;
    # the workers get a number, and find the entry in the memory they inherited
    voorbeelden = cat.van("praktijkvoorbeeld")
    werkvormen = cat.van("werkvorm")

    def voorbeeld(item: Item) -> tuple[str, list, Callable[[], str]]:
        verwant = index.bij_voorbeeld(item)
        links = linkinfo(item, linkstatus)
        verouderd = actualiteit.verouderd(item.data["laatst_bekeken"], vandaag)
        return (
            f"voorbeelden/{item.slug}/index.md",
            [item.data, verwant, _datums(item, datums), links, verouderd],
            lambda: voorbeeld_pagina(item, verwant, datums, afk, links, verouderd, site_url),
        )

    def werkvorm(item: Item) -> tuple[str, list, Callable[[], str]]:
        verwant = index.bij_werkvorm(item)
        return (
            f"werkvormen/{item.slug}/index.md",
            [item.data, verwant, _datums(item, datums)],
            lambda: werkvorm_pagina(item, verwant, site_url, datums, afk),
        )

    def paginas_van(items: list[Item], opzet) -> Callable[[], list[Pagina]]:
        """The pages of these entries: on the workers, started now, for a large base; otherwise
        made when asked for, from `bewaard` where their inputs did not change."""
        if bewaard is None or parallel.loont(len(items)):

            def maak(n: int) -> Pagina:
                pad, _, tekst = opzet(items[n])
                return pagina(pad, tekst())

            return parallel.later(maak, range(len(items)))

        def uit_bewaard() -> list[Pagina]:
            omgeving = _omgeving(afk, site_url, nabewerking)
            uit = []
            for item in items:
                pad, invoer, tekst = opzet(item)
                sleutel = json.dumps([omgeving, invoer], default=repr, sort_keys=True)
                if bewaard.get(pad, (None,))[0] != sleutel:
                    bewaard[pad] = (sleutel, pagina(pad, tekst()))
                uit.append(bewaard[pad][1])
            return uit

        return uit_bewaard

    # while the workers make the example pages of a large base, this process makes the rest
    voorbeeldpaginas = paginas_van(voorbeelden, voorbeeld)
    werkvormpaginas = paginas_van(werkvormen, werkvorm)()
    overige = [
        pagina(p.pad, p.inhoud)
        for p in (*tag_paginas(cat), *regio_paginas(cat), *verbetertool_paginas(cat), *printpaginas(cat, site_url, afk))
    ]
    yield from voorbeeldpaginas()
    yield from werkvormpaginas
    yield from overige


def _omgeving(afk: Afkortingen, site_url: str, nabewerking: Any) -> list:
    """What an entry page depends on besides its own entry, relations and dates: the templates,
    the schemas (vocabulary, source titles), the glossary, the site URL and the conversion."""
    bestanden = [
        (p.name, p.stat().st_mtime_ns) for map_ in (TEMPLATES, schemas.SCHEMA_MAP) for p in sorted(map_.glob("*"))
    ]
    return [
        bestanden,
        sorted(afk.per_afkorting.items()),
        site_url,
        getattr(nabewerking, "sleutel", None) if nabewerking else None,
    ]


def _werkvorm_url(site_url: str, slug_: str) -> str:
    return f"{site_url.rstrip('/')}/werkvormen/{slug_}/"


def printpaginas(cat: Catalogus, site_url: str, afk: Afkortingen) -> Iterator[Pagina]:
    """Per phase one page with all its werkvormen as cards, for printing a set at once."""
    for fase in schemas.waarden("fase"):
        items = [i for i in cat.van("werkvorm") if fase in i.data["fasen"]]
        if not items:
            continue
        kaarten = [
            {
                "slug": i.slug,
                "w": i.data,
                "url": _werkvorm_url(site_url, i.slug),
                "qr_svg": qr_svg(_werkvorm_url(site_url, i.slug)),
                "a4": werkvormkaart.kaart(i.data, _werkvorm_url(site_url, i.slug), afk.werkvormtitels),
                "totaal_minuten": sum(s["minuten"] for s in i.data["stappen"]),
            }
            for i in items
        ]
        yield Pagina(
            f"printen/{slug(fase)}/index.md",
            render(
                "printen_fase.md.j2",
                fase=fase,
                kaarten=kaarten,
                wortel=WORTEL,
                afkortingen=afk,
                voorkant=voorkant(
                    title=f"Printen: {fase}",
                    description=f"Alle werkvormen van de fase {fase} als kaarten",
                    zoeken=False,
                ),
            ),
        )


def verbetertool_paginas(cat: Catalogus) -> Iterator[Pagina]:
    for thema in sorted(cat.van("verbetertool-thema"), key=lambda i: i.data["nummer"]):
        t = thema.data
        yield Pagina(
            f"verbetertool/{thema.slug}/index.md",
            render(
                "verbetertool_thema.md.j2",
                t=t,
                item=thema,
                voorkant=voorkant(
                    title=f"Thema {t['nummer']}: {t['titel']}",
                    description=t["toelichting"][:300],
                    zoeksoort="Verbetertool",
                ),
            ),
        )
        for f in t["factoren"]:
            voorbeelden = [cat.get("praktijkvoorbeeld", s) for s in f.get("voorbeelden", [])]
            werkvormen = [cat.get("werkvorm", s) for s in f.get("werkvormen", [])]
            yield Pagina(
                f"verbetertool/factor-{slug(f['nummer'])}/index.md",
                render(
                    "verbetertool_factor.md.j2",
                    f=f,
                    t=t,
                    thema_slug=thema.slug,
                    voorbeelden=[v for v in voorbeelden if v],
                    werkvormen=[w for w in werkvormen if w],
                    voorkant=voorkant(
                        title=f"{f['nummer']} {f['titel']}",
                        description=f["toelichting"][:300],
                        zoeksoort="Verbetertool",
                    ),
                ),
            )


def _datums(item: Item, datums: dict) -> dict:
    eerste, laatste = datums.get(f"{item.soort.patroon[:-2]}/{item.pad.name}", (None, None))
    return {"toegevoegd": eerste, "gewijzigd": laatste}


# Entry pages live at <kind>/<slug>/, two levels below the site root.
WORTEL = "../../"


def zoekvarianten(titel: str, regios: list[str] = (), data: dict | None = None, afk: Afkortingen | None = None) -> str:
    """Extra words for the search index: region aliases (vocabulary), title words without their
    inner punctuation ('ZOWh@t' -> 'ZOWhat', 'Meet&Greet' -> 'MeetGreet') and the full term of
    each glossary abbreviation the entry uses ('WSP' -> 'werkgeversservicepunt'). Pagefind only
    finds a page that holds every word of the question, so these close the gap between how
    people ask and how an entry is written."""
    aliassen = schemas.vocabulaire("regio").get("x-zoekvarianten", {})
    woorden = [a for r in regios for a in aliassen.get(r, [])]
    for woord in titel.split():
        if re.search(r"\w[@&+/]\w", woord):
            woorden.append(re.sub(r"[^\w]", "", woord.replace("@", "a")))
    if data is not None and afk is not None and afk.patroon:
        tekst = json.dumps(data, ensure_ascii=False, default=str)
        klein = tekst.lower()
        for naam in sorted(set(afk.patroon.findall(tekst))):
            term = afk.per_afkorting[naam]["term"]
            if term.lower() not in klein:
                woorden.append(term)
    return " ".join(dict.fromkeys(woorden))


def linkinfo(item: Item, linkstatus: dict[str, dict]) -> dict[str, dict]:
    """What the page says about each of the entry's external links that does not work (see
    linkcontrole.weergave); links that work or were never checked are not in it."""
    urls = [link["url"] for link in item.data.get("links", [])]
    urls += [p["website"] for p in item.data.get("partners", []) if p.get("website")]
    uit = {url: linkcontrole.weergave(linkstatus.get(url)) for url in urls}
    return {url: w for url, w in uit.items() if w}


def voorbeeld_pagina(
    item: Item,
    verwant: Verwant,
    datums: dict,
    afk: Afkortingen,
    links: dict[str, dict] | None = None,
    verouderd: bool = False,
    site_url: str = "",
) -> str:
    v = item.data
    d = _datums(item, datums)
    return render(
        "praktijkvoorbeeld.md.j2",
        v=v,
        item=item,
        verwant=verwant,
        wortel=WORTEL,
        afkortingen=afk,
        linkinfo=links or {},
        verouderd=verouderd,
        maanden=actualiteit.MAANDEN,
        zoekvarianten=zoekvarianten(v["titel"], v["regios"], v, afk),
        kerncijfer=kenmerken.kerncijfer(v),
        jsonld=kenmerken.jsonld_voorbeeld(v, f"{site_url.rstrip('/')}/{item.url}", d),
        datums=d,
        voorkant=voorkant(
            title=v["titel"],
            description=v["samenvatting"],
            kb_soort="praktijkvoorbeeld",
            kb_regios=v["regios"],
            zoeksoort="Praktijkvoorbeeld",
        ),
    )


def werkvorm_pagina(item: Item, verwant: Verwant, site_url: str, datums: dict, afk: Afkortingen) -> str:
    w = item.data
    url = _werkvorm_url(site_url, item.slug)
    return render(
        "werkvorm.md.j2",
        w=w,
        item=item,
        wortel=WORTEL,
        afkortingen=afk,
        zoekvarianten=zoekvarianten(w["titel"], (), w, afk),
        verwant=verwant,
        url=url,
        qr_svg=qr_svg(url),
        a4=werkvormkaart.kaart(w, url, afk.werkvormtitels),
        datums=_datums(item, datums),
        jsonld=kenmerken.jsonld_werkvorm(w, url, _datums(item, datums)),
        totaal_minuten=sum(s["minuten"] for s in w["stappen"]),
        voorkant=voorkant(title=w["titel"], description=w["samenvatting"], kb_soort="werkvorm", zoeksoort="Werkvorm"),
    )


TAG_SOORTEN = (("pijler", "Pijler"), ("thema", "Thema"), ("fase", "Fase"))
# the Verkenner filter (URL parameter) of a tag kind; phases belong to werkvormen, not in the Verkenner
VERKENNER_FILTER = {"pijler": "pijler", "thema": "thema"}


def _lijstitem(item: Item) -> dict:
    """What a tag or region page shows of an entry: title, summary and one key figure or the duration."""
    d = item.data
    uit = {"titel": item.titel, "link": item.url, "slug": item.slug, "samenvatting": d["samenvatting"]}
    if "regios" in d:
        uit.update(regios=d["regios"], bewijskracht=d["bewijskracht"], kerncijfer=kenmerken.kerncijfer(d))
    else:
        uit.update(duur=d["duur"], fasen=d["fasen"])
    return uit


def tags(cat: Catalogus) -> list[dict]:
    """Every pillar, theme and phase with its page and the entries that carry it, by title."""
    per_tag: dict[str, list[dict]] = {}
    for soort, velden in (("praktijkvoorbeeld", ("pijlers", "themas")), ("werkvorm", ("fasen",))):
        for item in cat.van(soort):
            for veld in velden:
                for t in item.data[veld]:
                    per_tag.setdefault(t, []).append(_lijstitem(item))
    uit = []
    for soort, label in TAG_SOORTEN:
        voc = schemas.vocabulaire(soort)
        for waarde in voc["enum"]:
            items = sorted(per_tag.get(waarde, []), key=lambda i: i["titel"].lower())
            uit.append(
                {
                    "soort": soort,
                    "label": label,
                    "naam": waarde,
                    "slug": slug(waarde),
                    "aantal": len(items),
                    "inhoud": items,
                    "uitleg": voc["description"],
                    "verkenner": f"{VERKENNER_FILTER[soort]}={slug(waarde)}" if soort in VERKENNER_FILTER else None,
                }
            )
    return uit


def tag_paginas(cat: Catalogus) -> Iterator[Pagina]:
    for tag in tags(cat):
        yield Pagina(
            f"tags/{tag['slug']}/index.md",
            render(
                "tag.md.j2",
                tag=tag,
                voorkant=voorkant(
                    title=f"{tag['label']}: {tag['naam']}",
                    zoeksoort="Tag",
                    description=f"Alle items met {tag['label'].lower()} {tag['naam']}",
                ),
            ),
        )


def regio_paginas(cat: Catalogus) -> Iterator[Pagina]:
    aliassen = schemas.vocabulaire("regio").get("x-zoekvarianten", {})
    for regio in regio_overzicht(cat):
        yield Pagina(
            f"regios/{regio['slug']}/index.md",
            render(
                "regio.md.j2",
                regio=regio,
                items=[_lijstitem(i) for i in regio["voorbeelden"]],
                zoektermen=" ".join(aliassen.get(regio["naam"], [])),
                voorkant=voorkant(
                    title=f"Arbeidsmarktregio {regio['naam']}",
                    zoeksoort="Regio",
                    description=f"Praktijkvoorbeelden uit arbeidsmarktregio {regio['naam']}",
                ),
            ),
        )


def regio_overzicht(cat: Catalogus) -> list[dict]:
    gegevens = {r["naam"]: r for r in (cat.data("regios") or {}).get("regios", [])}
    per_regio: dict[str, list[Item]] = {naam: [] for naam in schemas.waarden("regio")}
    for item in cat.van("praktijkvoorbeeld"):
        for r in item.data["regios"]:
            per_regio[r].append(item)
    return [
        {"naam": naam, "slug": slug(naam), "gegevens": gegevens.get(naam, {}), "voorbeelden": items}
        for naam, items in per_regio.items()
    ]


def extra_bestanden(cat: Catalogus, site_url: str) -> Iterator[tuple[str, str]]:
    """Files that are not pages: open data, the feed, redirects from renamed werkvormen and the
    tips the Verbetertool check loads."""
    datums = gitdatums.datums(cat.root)
    yield from opendata.bestanden(cat, site_url, datums)
    yield from opendata.feeds_per_regio_en_tag(cat, site_url, datums, tags(cat), regio_overzicht(cat))
    if cat.van("verbetertool-thema"):
        yield (
            "verbetertool/check/verbetertips.html",
            render("verbetertips.html.j2", factoren=verbetertool.gegevens(cat)["factoren"]),
        )
    for item in cat.van("werkvorm"):
        for oud in item.data.get("eerdere_namen", []):
            yield (
                f"werkvormen/{oud}/index.html",
                render(
                    "doorverwijzing.html.j2",
                    doel=f"../{item.slug}/",
                    titel=item.titel,
                    volledig=f"{site_url.rstrip('/')}/werkvormen/{item.slug}/",
                ),
            )


class Afkortingen:
    """Markdown abbreviation definitions for the glossary terms a page actually uses.

    Appending only those keeps the abbr extension cheap: with all 70+ terms on every
    page it was the largest single cost of a 2,000-page build."""

    def __init__(self, cat: Catalogus):
        # Also the werkvorm titles, for references like [[historielijn]] in entry text (see weergave._h).
        self.werkvormtitels = {i.slug: i.titel for i in cat.van("werkvorm")}
        begrippen = [b for b in (cat.data("begrippen") or {}).get("begrippen", []) if b.get("afkorting")]
        self.per_afkorting = {b["afkorting"]: b for b in begrippen}
        # one pass over the page for all terms; longest first so 'W&I' wins over 'W'
        namen = sorted(self.per_afkorting, key=len, reverse=True)
        self.patroon = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, namen)) + r")(?![\w-])") if namen else None
        self.per_escaped = {html.escape(n, quote=False): b for n, b in self.per_afkorting.items()}
        self.patroon_html = (
            re.compile(
                r"(?<![\w&;-])("
                + "|".join(map(re.escape, sorted(self.per_escaped, key=len, reverse=True)))
                + r")(?![\w-])"
            )
            if namen
            else None
        )

    def markeer(self, escaped: str) -> str:
        """Wrap each abbreviation in already HTML-escaped text in an <abbr> tooltip."""
        if not self.patroon_html:
            return escaped

        def vervang(m: re.Match) -> str:
            b = self.per_escaped[m.group(1)]
            titel = html.escape(f"{b['term']}: {b['uitleg']}", quote=True)
            return f'<abbr title="{titel}">{m.group(1)}</abbr>'

        return self.patroon_html.sub(vervang, escaped)

    def voor(self, markdown: str) -> str:
        if not self.patroon:
            return ""
        gevonden = set(self.patroon.findall(markdown))
        gebruikt = [b for naam, b in self.per_afkorting.items() if naam in gevonden]
        return render("afkortingen.md.j2", begrippen=gebruikt) if gebruikt else ""
