"""WCAG 2.2 AA on every page type at 320, 390 and 1280 px in a real Chromium: axe-core with the
2.2 and best-practice rules (also with the phone menu open), no sideways scrolling at 320 px
(1.4.10), targets of at least 24 × 24 px (2.5.8) and a focused element never under the sticky
header (2.4.11)."""

from __future__ import annotations

import pytest

from kennisbank.inhoud import catalogus

from .browser import axe_schendingen, open_pagina
from .conftest import MOTOREN, PROJECT

_cat = catalogus.laad(PROJECT)
_voorbeeld = sorted(_cat.items["praktijkvoorbeeld"])[0]
_werkvorm = sorted(_cat.items["werkvorm"])[0]
_fase = sorted({f for w in _cat.items["werkvorm"].values() for f in w.data["fasen"]})[0]
BREEDTES = (320, 390, 1280)

PAGINATYPEN = {
    "home": "/",
    "praktijkvoorbeeld": f"/voorbeelden/{_voorbeeld}/",
    "werkvorm": f"/werkvormen/{_werkvorm}/",
    "werkvormkaarten": "/printen/netwerksessie/",
    "regio": "/regios/twente/",
    "tag": "/tags/matchen/",
    "tags": "/tags/",
    "regios": "/regios/",
    "voorbeelden": "/voorbeelden/",
    "werkvormen": "/werkvormen/",
    "verkenner": "/verkenner/",
    "zoeken": "/zoeken/?q=jongeren",
    "begrippen": "/begrippen/",
    "open-data": "/open-data/",
    "toegankelijkheid": "/toegankelijkheid/",
    "bijdragen": "/bijdragen/",
    "verbetertool": "/verbetertool/",
    "verbetertool-thema": "/verbetertool/thema-1-motivatie-kwaliteiten-en-interesses/",
    "verbetertool-factor": "/verbetertool/factor-1-1/",
    "verbetertool-check": "/verbetertool/check/",
    "verbetertool-team": "/verbetertool/team/",
    "netwerkkaart": "/formulieren/netwerkkaart/",
    "afsprakenkaart": "/formulieren/afsprakenkaart/",
    "sessieplanner": "/sessieplanner/",
}


# On ProperDocs and Zensical: the main page types (MkDocs: all of them)
KERN = (
    "home",
    "praktijkvoorbeeld",
    "werkvorm",
    "verbetertool-check",
    "sessieplanner",
    "netwerkkaart",
    "afsprakenkaart",
)
MOTOR_EN_PAGINA = [("mkdocs", naam) for naam in PAGINATYPEN] + [
    (motor, naam) for motor in MOTOREN if motor != "mkdocs" for naam in KERN
]


def _open(pagina, naam: str, breedte: int):
    pagina.set_viewport_size({"width": breedte, "height": 844 if breedte < 1000 else 800})
    open_pagina(pagina, PAGINATYPEN[naam])
    if naam == "sessieplanner":  # with a loaded template: the plan table is filled
        pagina.locator(".wt-laad-sjabloon").first.click()
        pagina.locator("li.wt-blok").first.wait_for()
    if naam == "verbetertool-check":  # with results: tables and lowest factors filled
        for waarde, factor in zip((3, 8, 5), ("1-1", "2-8", "3-12"), strict=True):
            pagina.locator(f'input[name="vt-{factor}"][value="{waarde}"]').check()
        pagina.locator("#vt-laagste[data-geladen=ja]").wait_for(state="attached")
    # back to the top: axe counts a target that is scrolled under the sticky header as too small
    pagina.evaluate("window.scrollTo(0, 0)")


@pytest.mark.browser
@pytest.mark.parametrize("breedte", BREEDTES)
@pytest.mark.parametrize(("motor", "naam"), MOTOR_EN_PAGINA, scope="session")
def test_axe_wcag22_en_geen_zijwaarts_scrollen(motor, naam, breedte, pagina):
    _open(pagina, naam, breedte)
    schendingen = axe_schendingen(pagina)
    assert not schendingen, "\n".join(schendingen)
    breed = pagina.evaluate("document.documentElement.scrollWidth")
    assert breed <= breedte, f"{PAGINATYPEN[naam]} is {breed} px breed bij een scherm van {breedte} px"


@pytest.mark.browser
@pytest.mark.parametrize("breedte", (320, 390))
@pytest.mark.parametrize("naam", ["home", "werkvorm", "verbetertool-check"])
def test_menu_op_de_telefoon_is_gevuld_en_toegankelijk(naam, breedte, pagina):
    _open(pagina, naam, breedte)
    pagina.locator(".md-header label[for=__drawer]").click()
    menu = pagina.locator(".md-sidebar--primary")
    menu.locator("a", has_text="Werkvormen").first.wait_for(state="visible")
    assert menu.locator("a:visible").count() >= 8, "het menu op de telefoon is (bijna) leeg"
    schendingen = axe_schendingen(pagina)
    assert not schendingen, "\n".join(schendingen)


@pytest.mark.browser
@pytest.mark.parametrize("naam", ["praktijkvoorbeeld", "werkvorm"])
def test_titel_staat_in_het_eerste_scherm_van_een_telefoon(naam, pagina):
    _open(pagina, naam, 390)
    onderkant = pagina.locator("h1").evaluate("h => h.getBoundingClientRect().bottom")
    assert onderkant <= 844, f"de titel eindigt op {onderkant} px, onder het eerste scherm"
    tags = pagina.locator("nav.md-tags").evaluate("n => n.getBoundingClientRect().top")
    assert tags >= onderkant


# Every visible target smaller than 24 × 24 px that is not exempt under 2.5.8: an inline link in a
# sentence, or a target whose 24 px circle (centred on its box) touches no other target.
_KLEINE_DOELEN = """(binnen) => {
  const doelen = [...document.querySelector(binnen).querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, label[for], [tabindex]:not([tabindex="-1"])')]
    .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden'
                 && e.getBoundingClientRect().right > 0 && (binnen !== 'body' || !e.closest('.md-sidebar--primary'))
                 && !e.closest('[hidden], [inert], .kb-verborgen'));
  const inZin = e => {
    if (e.tagName !== 'A') return false;
    const blok = e.parentElement.closest('p, li, dd, td, th, figcaption, blockquote, .md-typeset__table, small');
    if (!blok || getComputedStyle(e).display !== 'inline') return false;
    return blok.textContent.replace(e.textContent, '').trim().length > 1;
  };
  const doos = e => e.getBoundingClientRect();
  const groot = r => r.width >= 23.5 && r.height >= 23.5;
  // a field's label is part of its target (a click on it works the field)
  const metLabel = e => e.labels && [...e.labels].some(l => groot(doos(l)));
  const klein = doelen.filter(e => !groot(doos(e)) && !inZin(e) && !metLabel(e));
  return klein.filter(e => {
    const r = doos(e), mx = r.left + r.width / 2, my = r.top + r.height / 2;
    return doelen.some(o => {
      if (o === e || o.contains(e) || e.contains(o) || (e.labels && [...e.labels].includes(o))) return false;
      const q = doos(o);
      const dx = Math.max(q.left - mx, 0, mx - q.right), dy = Math.max(q.top - my, 0, my - q.bottom);
      return Math.hypot(dx, dy) < 12;
    });
  }).map(e => { const r = doos(e);
    return `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} "${(e.textContent || e.value || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`; });
}"""


@pytest.mark.browser
@pytest.mark.parametrize("breedte", (390, 1280))
@pytest.mark.parametrize("naam", PAGINATYPEN)
def test_doelen_minstens_24_bij_24_pixels(naam, breedte, pagina):
    _open(pagina, naam, breedte)
    te_klein = pagina.evaluate(_KLEINE_DOELEN, "body")
    if breedte < 1000:  # the menu of a phone, open, on its own (it covers the page)
        pagina.locator(".md-header label[for=__drawer]").click()
        pagina.locator(".md-sidebar--primary a:visible").first.wait_for()
        te_klein += ["menu: " + d for d in pagina.evaluate(_KLEINE_DOELEN, ".md-sidebar--primary")]
    assert not te_klein, f"{PAGINATYPEN[naam]} bij {breedte} px:\n" + "\n".join(te_klein)


@pytest.mark.browser
@pytest.mark.parametrize("breedte", (390, 1280))
@pytest.mark.parametrize("naam", ["praktijkvoorbeeld", "verbetertool-check", "afsprakenkaart"])
def test_focus_nooit_onder_de_vaste_kop(naam, breedte, pagina):
    _open(pagina, naam, breedte)
    pagina.locator("body").focus()
    gezien = 0
    # forward, then back: going back the browser scrolls each element to the top of the window
    for toets in ["Tab"] * 80 + ["Shift+Tab"] * 60:
        pagina.keyboard.press(toets)
        # Material sets the height of its sticky sidebars on scroll, in the next frames
        pagina.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        plek = pagina.evaluate("""() => {
          const e = document.activeElement, kop = document.querySelector('.md-header');
          if (!e || e === document.body || kop.contains(e) || e.closest('.md-sidebar, .md-tabs')) return null;
          const r = e.getClientRects()[0];  // the first line of a link that wraps
          if (!r || !r.width || !r.height) return null;
          // what lies on top at its middle, and near its top edge where that is level with the header
          const x = r.left + Math.min(r.width / 2, 10), punten = [r.top + r.height / 2];
          if (r.top < kop.getBoundingClientRect().bottom) punten.push(r.top + 2);
          const bedekt = punten.map(y => document.elementFromPoint(x, y))
                               .filter(o => o && !e.contains(o) && !(e.labels && [...e.labels].some(l => l.contains(o))));
          return {bedekt: bedekt.map(o => o.tagName + '.' + o.className), top: Math.round(r.top),
                  naam: e.tagName + ' ' + (e.textContent || e.id || '').trim().slice(0, 40)};
        }""")
        if plek is None:
            continue
        gezien += 1
        assert not plek["bedekt"], (
            f"{plek['naam']} met de focus ligt (deels) onder {plek['bedekt']} (top {plek['top']} px)"
        )
    assert gezien >= 40, "te weinig elementen in de inhoud kregen de focus"
