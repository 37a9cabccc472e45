"""Werkvormen are named by their title with a link, never by their file name (issue 15): entry text
writes [[slug]], the page shows the werkvorm's title as a link, the printed card its title, and no
page of the built site shows a werkvorm's file name as a name in its text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from kennisbank.inhoud import catalogus
from kennisbank.paginas import werkvormkaart

from .conftest import PROJECT

_cat = catalogus.laad(PROJECT)
# File names that are also ordinary words when written in text ("een check-in").
GEWONE_WOORDEN = {"check-in"}


class _Tekst(HTMLParser):
    """The text a reader sees as prose: no scripts, styles, attribute values or code samples (the
    open data and contributor pages show the `[[slug]]` notation and file names on purpose)."""

    def __init__(self):
        super().__init__()
        self.delen, self._weg = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template", "code"):
            self._weg += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template", "code") and self._weg:
            self._weg -= 1

    def handle_data(self, data):
        if not self._weg:
            self.delen.append(data)


def _tekst(pad) -> str:
    p = _Tekst()
    p.feed(pad.read_text(encoding="utf-8"))
    return " ".join(" ".join(p.delen).split())


def test_geen_pagina_noemt_een_werkvorm_bij_zijn_bestandsnaam(site_map):
    slugs = sorted(s for s in _cat.items["werkvorm"] if "-" in s and s not in GEWONE_WOORDEN)
    # a hyphenated file name anywhere in the text (not inside an address), or any file name after "werkvorm"
    los = re.compile(r"(?<![\w/.-])(" + "|".join(map(re.escape, slugs)) + r")(?![\w/-])")
    na_werkvorm = re.compile(
        r"\bwerkvorm(?:en)? ("
        + "|".join(map(re.escape, sorted(_cat.items["werkvorm"], key=len, reverse=True)))
        + r")\b"
    )
    fouten = []
    paginas = list(site_map.rglob("*.html"))
    assert len(paginas) > 100
    for pad in paginas:
        tekst = _tekst(pad)
        for m in list(los.finditer(tekst)) + list(na_werkvorm.finditer(tekst)):
            fouten.append(f"{pad.relative_to(site_map)}: …{tekst[max(0, m.start() - 40) : m.end() + 20]}…")
        if "[[" in tekst:
            fouten.append(f"{pad.relative_to(site_map)}: [[ in de tekst")
    assert not fouten, "\n".join(sorted(set(fouten))[:30])


def test_verwijzing_wordt_een_link_met_de_titel(site_map):
    html = (site_map / "werkvormen" / "waarderend-interview" / "index.html").read_text(encoding="utf-8")
    titel = _cat.get("werkvorm", "grumpy-moments").titel
    assert f'<a href="../../werkvormen/grumpy-moments/">{titel}</a>' in html
    # on the print-per-phase pages too
    fase = (site_map / "printen" / "richting-bepalen" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="../../werkvormen/grumpy-moments/">{titel}</a>' in fase


def test_de_kaart_noemt_de_titel():
    titels = {i.slug: i.titel for i in _cat.van("werkvorm")}
    assert werkvormkaart.met_titels("Zie [[wondervraag]].", titels) == f"Zie ‘{titels['wondervraag']}’."
