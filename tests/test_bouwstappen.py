"""The pieces that keep the build fast: raw HTML kept out of Markdown (site.stel_uit), work spread
over the cores (kennisbank.parallel), unchanged files not read again (catalogus.laad with a cache),
and the local web server that compresses like a static host (scripts/webserver.py)."""

from __future__ import annotations

import gzip
import os
import re
import urllib.request

from kennisbank import parallel
from kennisbank.inhoud import catalogus
from kennisbank.motoren import mkdocs_vooraf
from kennisbank.paginas.site import stel_uit
from scripts import webserver

from .conftest import PROJECT, mkdocs_build


def test_stel_uit_haalt_html_blokken_uit_markdown_en_voegt_opeenvolgende_samen():
    md, blokken = stel_uit(
        "## Kop {#kop}\n\n<p>een</p>\n\n<ul><li>twee</li></ul>\n\nGewone *tekst*.\n\n"
        '<div class="x" markdown="0"><b>drie</b></div>',
        "T",
    )
    assert md.split("\n\n")[0] == "## Kop {#kop}", "koppen blijven Markdown voor de inhoudsopgave"
    assert "Gewone *tekst*." in md
    assert len(blokken) == 2
    eerste, tweede = blokken.values()
    assert eerste == "<p>een</p>\n\n<ul><li>twee</li></ul>"
    assert tweede == '<div class="x"><b>drie</b></div>', 'markdown="0" hoort niet op de pagina'
    for sleutel in blokken:
        assert md.count(sleutel) == 1


def test_stel_uit_laat_markdown_in_html_en_sluittags_staan():
    tekst = '<section markdown="1">\n\n## Binnen\n\n<p>blok</p>\n\n</section>\n\n<!-- opmerking -->'
    md, blokken = stel_uit(tekst, "T")
    assert md.startswith('<section markdown="1">') and "</section>" in md and "<!-- opmerking -->" in md
    assert list(blokken.values()) == ["<p>blok</p>"]


def test_parallel_geeft_hetzelfde_in_dezelfde_volgorde(monkeypatch):
    invoer = list(range(50))
    verwacht = [x * x for x in invoer]
    assert parallel.kaart(lambda x: x * x, invoer) == verwacht  # below the minimum: one process
    monkeypatch.setattr(parallel, "MINIMUM", 1)
    uitkomst = parallel.kaart(lambda x: (x * x, os.getpid()), invoer)
    assert [u for u, _ in uitkomst] == verwacht
    if (os.cpu_count() or 1) > 1:
        assert os.getpid() not in {pid for _, pid in uitkomst}, "liep niet in aparte processen"


def test_ongewijzigde_bestanden_worden_niet_opnieuw_gelezen(monkeypatch):
    cache: dict = {}
    eerste = catalogus.laad(PROJECT, cache=cache)
    gelezen = []
    echt = catalogus._lees_een
    monkeypatch.setattr(catalogus, "_lees_een", lambda *a: gelezen.append(a[1]) or echt(*a))
    tweede = catalogus.laad(PROJECT, cache=cache)
    assert gelezen == []
    assert tweede.items.keys() == eerste.items.keys() and tweede.fouten == eerste.fouten
    # a changed file (other mtime or size) is read again, and only that one
    pad = next(iter(eerste.items["praktijkvoorbeeld"].values())).pad
    st = pad.stat()
    os.utime(pad, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    try:
        catalogus.laad(PROJECT, cache=cache)
    finally:
        os.utime(pad, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert gelezen == [pad]


def test_webserver_comprimeert_tekst_zoals_een_statische_host(tmp_path):
    (tmp_path / "map").mkdir()
    (tmp_path / "map" / "index.html").write_text("<!doctype html><title>x</title>" + "tekst " * 500, encoding="utf-8")
    (tmp_path / "plaatje.png").write_bytes(b"\x89PNG" + bytes(2000))
    url, httpd = webserver.start(tmp_path)
    try:
        vraag = urllib.request.Request(url + "/map/", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(vraag) as r:
            assert r.headers["Content-Encoding"] == "gzip"
            inhoud = r.read()
            assert len(inhoud) < 500 and gzip.decompress(inhoud).startswith(b"<!doctype html>")
        with urllib.request.urlopen(url + "/map/") as r:  # no gzip asked: plain
            assert r.headers.get("Content-Encoding") is None and r.read().startswith(b"<!doctype html>")
        with urllib.request.urlopen(
            urllib.request.Request(url + "/plaatje.png", headers={"Accept-Encoding": "gzip"})
        ) as r:
            assert r.headers.get("Content-Encoding") is None
        with urllib.request.urlopen(url + "/map") as r:  # redirect to the folder URL, as hosts do
            assert r.url.endswith("/map/")
    finally:
        httpd.shutdown()


def test_bouw_op_alle_kernen_geeft_dezelfde_paginas(site_map, tmp_path):
    """A large base reads its entries and renders its entry pages and their HTML on worker
    processes (kennisbank/parallel.py, kennisbank/motoren/mkdocs_vooraf.py). Forced here for the real base, every page must be
    what the one-process build makes of it (the fixture site), whitespace aside. (That the HTML
    itself is what MkDocs would make: test_vooraf_omgezet_is_wat_mkdocs_zelf_maakt.)"""
    r = mkdocs_build(
        tmp_path / "site", stil=False, extra_env={"KENNISBANK_PARALLEL_VANAF": "1", "KENNISBANK_ZOEKINDEX": "0"}
    )
    uitvoer = r.stdout + r.stderr
    assert r.returncode == 0, uitvoer
    paginas = sorted(p.relative_to(site_map) for p in site_map.rglob("*.html") if "pagefind" not in p.parts)
    assert paginas == sorted(p.relative_to(tmp_path / "site") for p in (tmp_path / "site").rglob("*.html"))
    verschil = [
        str(p)
        for p in paginas
        if re.sub(r"\s+", "", (site_map / p).read_text(encoding="utf-8"))
        != re.sub(r"\s+", "", (tmp_path / "site" / p).read_text(encoding="utf-8"))
    ]
    assert verschil == []


def test_alleen_koppen_en_html_blokken_worden_vooraf_omgezet():
    """mkdocs_vooraf converts a page itself only when nothing but headings (without links) stands
    between its HTML blocks; everything else goes MkDocs' way, where links are checked."""
    omzetter = mkdocs_vooraf.Omzetter(["toc", "attr_list"], {"toc": {"permalink": "#"}})
    kop = '---\ntitle: "T"\n---\n\n<p>intro</p>\n\n## Doel {#doel}\n\n<ul><li id="eerste">een</li></ul>\n'
    omgezet = omzetter("x.md", kop)
    assert omgezet.meta == {"title": "T"}
    assert omgezet.html.startswith("<p>intro</p>") and '<h2 id="doel">Doel' in omgezet.html
    assert '<ul><li id="eerste">een</li></ul>' in omgezet.html
    assert [t["id"] for t in omgezet.toc] == ["doel"] and {"doel", "eerste"} <= omgezet.ankers
    assert omzetter("y.md", kop) == omgezet  # the same source again: from the cache, same result
    assert omzetter("z.md", kop.replace("## Doel", "## [Doel](doel.md)")) is None, "link in een kop"
    assert omzetter("z.md", kop + "\nGewone *tekst*.\n") is None, "Markdown-tekst"


def test_herbouw_maakt_alleen_gewijzigde_itempaginas_opnieuw(monkeypatch):
    """With `bewaard` (what `mkdocs serve` keeps between rebuilds) an entry page is rendered again
    only when its own entry, its related entries, its dates or the templates changed."""
    from kennisbank.paginas import site

    cat = catalogus.laad(PROJECT)
    gemaakt: list[str] = []
    echt = site.render
    monkeypatch.setattr(site, "render", lambda sjabloon, **ctx: gemaakt.append(sjabloon) or echt(sjabloon, **ctx))
    bewaard: dict = {}
    eerste = {p.pad: p.inhoud for p in site.paginas(cat, "/", bewaard=bewaard)}
    entries = len(cat.van("praktijkvoorbeeld")) + len(cat.van("werkvorm"))
    assert gemaakt.count("praktijkvoorbeeld.md.j2") + gemaakt.count("werkvorm.md.j2") == entries
    gemaakt.clear()
    assert {p.pad: p.inhoud for p in site.paginas(cat, "/", bewaard=bewaard)} == eerste
    assert "praktijkvoorbeeld.md.j2" not in gemaakt and "werkvorm.md.j2" not in gemaakt
    # another summary for one example: only its own page is made again, and shows it
    item = cat.van("praktijkvoorbeeld")[0]
    monkeypatch.setitem(item.data, "samenvatting", "Een heel andere samenvatting.")
    gemaakt.clear()
    derde = {p.pad: p.inhoud for p in site.paginas(cat, "/", bewaard=bewaard)}
    assert gemaakt.count("praktijkvoorbeeld.md.j2") == 1 and "werkvorm.md.j2" not in gemaakt
    assert "Een heel andere samenvatting." in derde[f"voorbeelden/{item.slug}/index.md"]


def test_vooraf_omgezet_is_wat_mkdocs_zelf_maakt():
    """Every generated page that mkdocs_vooraf converts itself gets the same HTML and table of
    contents as MkDocs' own Markdown conversion of that page would give it."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    from kennisbank.paginas import site

    config = load_config(str(PROJECT / "mkdocs.yml"))
    omzetter = mkdocs_vooraf.Omzetter(config.markdown_extensions, config.mdx_configs or {})
    cat = catalogus.laad(PROJECT)
    vergeleken = 0
    for pagina in site.paginas(cat, config.site_url or "/"):
        omgezet = omzetter(pagina.pad, pagina.inhoud)
        if omgezet is None:
            continue
        markdown, blokken = site.stel_uit(pagina.inhoud, mkdocs_vooraf.VOORVOEGSEL)
        bestand = File(pagina.pad, src_dir=None, dest_dir=config.site_dir, use_directory_urls=True)
        bestand.content_string = markdown
        page = Page(None, bestand, config)
        page.read_source(config)
        page.render(config, Files([bestand]))
        assert site.zet_terug(page.content, blokken) == omgezet.html, pagina.pad
        assert str(page.toc) == str(mkdocs_vooraf.get_toc(omgezet.toc)), pagina.pad
        assert page.meta == omgezet.meta and page.title == omgezet.meta["title"], pagina.pad
        vergeleken += 1
    entries = len(cat.van("praktijkvoorbeeld")) + len(cat.van("werkvorm"))
    assert vergeleken >= entries


def test_vooraf_zet_wat_mkdocs_render_zet():
    """VoorafOmgezettePagina overrides Page.render, MkDocs' public method, and sets the page's
    documented attributes itself. When an upgrade of MkDocs (or ProperDocs) makes render set
    anything else, this fails, so the fast path never silently misses a new attribute."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    from kennisbank.paginas import site

    config = load_config(str(PROJECT / "mkdocs.yml"))
    omzetter = mkdocs_vooraf.Omzetter(config.markdown_extensions, config.mdx_configs or {})
    cat = catalogus.laad(PROJECT)
    pagina = next(p for p in site.paginas(cat, "/") if p.pad.startswith("voorbeelden/"))
    omgezet = omzetter(pagina.pad, pagina.inhoud)
    assert omgezet is not None

    def gezet_door_render(page: Page) -> set[str]:
        bestand = File(pagina.pad, src_dir=None, dest_dir=config.site_dir, use_directory_urls=True)
        bestand.content_string = omgezet.markdown
        page = page(bestand)
        page.read_source(config)
        voor = dict(vars(page))
        page.render(config, Files([bestand]))
        return {k for k, v in vars(page).items() if k not in voor or voor[k] is not v}

    mkdocs_zet = gezet_door_render(lambda b: Page(None, b, config))
    wij_zetten = gezet_door_render(lambda b: mkdocs_vooraf.VoorafOmgezettePagina(b, config, omgezet))
    # MkDocs' own _title_from_render only serves pages without a title; ours always have one
    assert {k for k in mkdocs_zet if not k.startswith("_")} == wij_zetten, (mkdocs_zet, wij_zetten)


def test_serve_controleert_opnieuw_na_schema_vocabulaire_data_of_sjabloon(tmp_path, monkeypatch):
    """`make serve` keeps the catalogue between rebuilds (on the build state); an edited schema,
    vocabulary, data file or template must count at the next one, also for files that did not
    change (issue 17: 0 errors in the serve process against 46 from valideer.py)."""
    import json
    import shutil

    from kennisbank.inhoud import schemas
    from kennisbank.motoren import toestand

    schema_map, inhoud, project = tmp_path / "schema", tmp_path / "inhoud", tmp_path / "project"
    shutil.copytree(PROJECT / "schema", schema_map)
    shutil.copytree(PROJECT / "tests" / "fixtures" / "geldig", inhoud)
    (inhoud / "data").mkdir()
    shutil.copy(PROJECT / "data" / "regios.yaml", inhoud / "data")
    shutil.copytree(PROJECT / "templates", project / "templates")
    monkeypatch.setattr(schemas, "SCHEMA_MAP", schema_map)
    monkeypatch.setattr(toestand, "PROJECT", project)
    staat = toestand.Bouwtoestand()  # a fresh one: what `mkdocs serve` keeps from its first build
    assert staat.catalogus_voor(inhoud).fouten == []

    def fouten_na(pad, wijzig) -> list:
        oud = pad.read_text(encoding="utf-8")
        pad.write_text(wijzig(oud), encoding="utf-8")
        try:
            return staat.catalogus_voor(inhoud).fouten
        finally:
            pad.write_text(oud, encoding="utf-8")
            assert staat.catalogus_voor(inhoud).fouten == [], "na het terugzetten weer geldig"

    def korte_titels(tekst: str) -> str:
        schema = json.loads(tekst)
        schema["properties"]["titel"]["maxLength"] = 5
        return json.dumps(schema, ensure_ascii=False)

    fouten = fouten_na(schema_map / "praktijkvoorbeeld.schema.json", korte_titels)
    assert fouten and all(f.veld == "titel" for f in fouten), fouten

    def zonder_twente(tekst: str) -> str:
        vocabulaire = json.loads(tekst)
        vocabulaire["$defs"]["regio"]["enum"].remove("Twente")
        return json.dumps(vocabulaire, ensure_ascii=False)

    fouten = fouten_na(schema_map / "vocabulaire.schema.json", zonder_twente)
    assert any(f.veld.startswith("regios") for f in fouten), fouten

    fouten = fouten_na(inhoud / "data" / "regios.yaml", lambda t: t.replace("naam: Twente", "naam: Twentee"))
    assert any("Twente" in f.bericht for f in fouten), fouten

    eerst = staat.catalogus_voor(inhoud)
    sjabloon = project / "templates" / "praktijkvoorbeeld.md.j2"
    sjabloon.write_text(sjabloon.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert staat.catalogus_voor(inhoud) is not eerst, "na een gewijzigd sjabloon begint de herbouw opnieuw"
