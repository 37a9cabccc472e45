#!/usr/bin/env python3
"""Benchmark: bouwtijd, geheugen, paginagrootte, herbouw bij `make serve` en zoeksnelheid.

Gebruik:  python scripts/bench_bouw.py [--alleen DEEL ...] [--zonder DEEL ...] [--aantallen 500 2000]
          [--keer 5] [--vergelijk 2000] [--groot 10000]
DEEL is bouw, zoeken, lighthouse, serve, motoren, 10000 of optimalisaties; zonder --alleen alle.
Bijvoorbeeld `--alleen motoren 10000 optimalisaties` meet de bouw zonder browser en Lighthouse.
Meet op de echte kennisbank en op synthetische bases (scripts/synthetisch.py):
- bouw: de bouw (MkDocs, en de zoekindex apart) van de echte en van 500 en 2000 voorbeelden, en
  MkDocs naast een gewone Markdown-bouw van dezelfde pagina's (zelfde thema, zonder macros en
  hooks); de grootste HTML-pagina van een praktijkvoorbeeld;
- 10000: één bouw van 10.000 voorbeelden zoals `make build` (met zoekindex), met het piekgeheugen
  van de hele procesboom (zie scripts/bench_gepaard.py);
- motoren: MkDocs, ProperDocs en Zensical op 2000 voorbeelden zoals `make build MOTOR=...`
  (scripts/bouw_met.py, met zoekindex), om de beurt in 5 rondes, mediaan;
- optimalisaties: elke optimalisatie om de beurt uit (scripts/bench_optimalisaties.py), idem;
- serve: de herbouw van `mkdocs serve` na een wijziging in één YAML-bestand;
- zoeken: zoeken met Pagefind in Chromium: gecomprimeerde bytes tot het eerste resultaat en de tijd
  tussen de laatste toetsaanslag en het eerste resultaat;
- lighthouse: Lighthouse op de belangrijkste paginatypen (mediaan van 5 runs per pagina, de
  pagina's om de beurt).
De site wordt geserveerd zoals een statische host dat doet, met gzip (scripts/webserver.py).
Drukt Markdown-tabellen af voor de README (voortgang op stderr); budgetten: zie README.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "scripts"))
sys.path.insert(0, str(PROJECT))
import bench_gepaard  # noqa: E402
import bench_optimalisaties  # noqa: E402
import synthetisch  # noqa: E402
import webserver  # noqa: E402
from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

from kennisbank.paginas import zoekindex  # noqa: E402

PY = sys.executable
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


def tijd(cmd: list[str], env: dict, cwd: Path = PROJECT) -> float:
    start = time.perf_counter()
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    duur = time.perf_counter() - start
    if r.returncode != 0:
        raise SystemExit(f"mislukt: {' '.join(cmd)}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    return duur


def mkdocs_bouw(doel: Path, inhoud: Path | None, zoekindex: bool) -> float:
    env = dict(ENV, KENNISBANK_ZOEKINDEX="1" if zoekindex else "0")
    if inhoud:
        env["KENNISBANK_INHOUD"] = str(inhoud)
    return tijd([PY, "-m", "mkdocs", "build", "-q", "-d", str(doel)], env)


def gewone_bouw(werk: Path, inhoud: Path) -> float:
    """The same pages as plain Markdown files, built by MkDocs without macros or hooks."""
    subprocess.run(
        [PY, str(PROJECT / "scripts" / "schrijf_paginas.py"), str(werk / "docs"), "--map", str(inhoud)],
        check=True,
        capture_output=True,
    )
    # the hand-written pages would call macros: keep them but strip their Jinja
    for pad in (werk / "docs").rglob("*.md"):
        tekst = pad.read_text(encoding="utf-8")
        if "render_macros: true" in tekst:
            pad.write_text(re.sub(r"\{\{.*?\}\}", "", tekst), encoding="utf-8")
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"hooks:\n(  - .*\n)+", "", config)
    config = re.sub(r"watch:\n(  - .*\n)+", "", config)
    config = re.sub(r"  - macros:\n(      .*\n)+", "", config)
    config = config.replace("custom_dir: overrides", f"custom_dir: {PROJECT / 'overrides'}")
    (werk / "mkdocs.yml").write_text(config, encoding="utf-8")
    return tijd(
        [PY, "-m", "mkdocs", "build", "-q", "-f", str(werk / "mkdocs.yml"), "-d", str(werk / "site")], ENV, cwd=werk
    )


def grootste_voorbeeldpagina(site: Path) -> int:
    return max(p.stat().st_size for p in (site / "voorbeelden").glob("*/index.html"))


def pagefind_tijd(site: Path) -> float:
    """The search index as the build makes it (in parts for a large site, with pagefind/delen.json)."""
    start = time.perf_counter()
    fout = zoekindex.maak(site)
    if fout:
        raise SystemExit(fout)
    return time.perf_counter() - start


def serve_herbouw(keer: int = 3) -> list[float]:
    """Seconds MkDocs reports for the rebuild after one YAML file changes under `mkdocs serve`,
    started as `make serve` starts it (preview in /dev/shm where there is one); `keer` changes
    in one session, as someone editing a file does."""
    doelbestand = sorted((PROJECT / "voorbeelden").glob("*.yaml"))[0]
    origineel = doelbestand.read_text(encoding="utf-8")
    # the same choice as SERVE_TMP in the Makefile: /dev/shm if writable with 1 GB free
    shm = os.access("/dev/shm", os.W_OK) and shutil.disk_usage("/dev/shm").free >= 1e9
    env = dict(ENV, TMPDIR="/dev/shm") if shm else ENV
    proc = subprocess.Popen(
        [PY, "-m", "mkdocs", "serve", "--dev-addr", "127.0.0.1:8199", "--livereload"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    regels: list[str] = []
    klaar = threading.Event()

    def lees():
        for regel in proc.stdout:
            regels.append(regel)
            if "Serving on" in regel:
                klaar.set()

    threading.Thread(target=lees, daemon=True).start()

    def gebouwd() -> list[str]:
        return [r for r in regels if "Documentation built in" in r]

    try:
        if not klaar.wait(300):
            raise SystemExit("mkdocs serve startte niet:\n" + "".join(regels[-30:]))
        tijden = []
        for i in range(1, keer + 1):
            time.sleep(3)  # the search index of the previous build is made in the background
            aantal = len(gebouwd())
            doelbestand.write_text(origineel + "\n" * i, encoding="utf-8")
            einde = time.time() + 120
            while time.time() < einde and len(gebouwd()) == aantal:
                time.sleep(0.1)
            tijden.append(float(re.search(r"built in ([\d.]+) seconds", gebouwd()[-1]).group(1)))
        return tijden
    finally:
        doelbestand.write_text(origineel, encoding="utf-8")
        proc.terminate()
        proc.wait(10)


# (page, search box, list that gets the results, a result, "all results are in") for the search page
# and for the instant results under the header box (issue 14)
ZOEKPAGINA = (
    "/zoeken/",
    "#kb-zoekveld",
    "kb-zoekresultaten",
    "#kb-zoekresultaten li",
    "document.getElementById('kb-zoekstatus').textContent.includes('resulta')",
)
ZOEKVAK = (
    "/",
    "#kb-zoekveld-kop",
    "kb-kop-lijst",
    "#kb-kop-lijst [role=option]",
    "document.getElementById('kb-kop-lijst').hasAttribute('data-vraag')",
)


def zoekmeting(
    site: Path, vraag: str = "jongeren werkgevers bbl", waar: tuple = ZOEKPAGINA
) -> tuple[int, int, float, int]:
    """(bytes downloaded until the first result is shown, of which Pagefind's, ms from the last
    keystroke to the first result, bytes once all results are in: ten on the search page, the list
    under the header box). Bytes as sent over the wire, so compressed; the page itself and its
    stylesheets and scripts count too."""
    pad, veld, lijst, resultaat, klaar = waar
    from playwright.sync_api import sync_playwright

    basis, httpd = webserver.start(site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            antwoorden = []
            page.on("response", lambda r: antwoorden.append(r) if r.ok else None)
            page.goto(basis + pad, wait_until="networkidle")
            # the first result for the whole question: both lists say which question they show
            # (data-vraag), so results for a part of it shown while typing do not count
            page.evaluate(
                """([lijst, resultaat, vraag]) => { window.__eerste = null; const el = document.getElementById(lijst);
                new MutationObserver(() => { if (!window.__eerste && el.getAttribute('data-vraag') === vraag
                  && document.querySelector(resultaat)) window.__eerste = performance.now(); })
                  .observe(el, {childList: true, attributes: true}); }""",
                [lijst, resultaat, vraag],
            )
            page.locator(veld).click()
            page.keyboard.type(vraag, delay=30)
            laatste = page.evaluate("performance.now()")
            page.wait_for_function("() => window.__eerste !== null", timeout=10000)
            page.wait_for_function(klaar, timeout=10000)
            eerste = page.evaluate("window.__eerste")
            eerste_epoch = page.evaluate("performance.timeOrigin + window.__eerste")
            rijen = []  # (is search data, arrived before the first result, bytes over the wire)
            for r in antwoorden:
                timing = r.request.timing
                rijen.append(
                    (
                        "/pagefind/" in r.url,
                        timing["startTime"] + timing["responseEnd"] <= eerste_epoch,
                        r.request.sizes()["responseBodySize"],
                    )
                )
            browser.close()
            # the input handler waits 80 ms after the last key before searching: that is counted too
            return (
                sum(b for _, voor, b in rijen if voor),
                sum(b for z, voor, b in rijen if z and voor),
                eerste - laatste,
                sum(b for _, _, b in rijen),
            )
    finally:
        httpd.shutdown()


LIGHTHOUSE_PAGINAS = [
    "/",
    "/voorbeelden/achterhoek-actieve-bemiddeling-jongeren/",
    "/werkvormen/check-in/",
    "/verkenner/",
    "/zoeken/",
    "/verbetertool/check/",
    "/sessieplanner/",
    "/formulieren/netwerkkaart/",
]


def lighthouse(site: Path, keer: int = 5) -> list[tuple[str, dict]]:
    """Lighthouse scores (0-100) per page, served from 127.0.0.1 with gzip like a static host.
    Each page is measured `keer` times and the median is reported: performance varies from run
    to run on a shared 2-core machine, and Lighthouse's own advice is the median of five runs.
    The pages take turns, so a slow spell of the machine does not land on one page only."""
    lh = PROJECT / "node_modules" / ".bin" / "lighthouse"
    basis, httpd = webserver.start(site)
    metingen: dict[str, list[dict]] = {pad: [] for pad in LIGHTHOUSE_PAGINAS}
    try:
        for _ in range(keer):
            for pad in LIGHTHOUSE_PAGINAS:
                with tempfile.NamedTemporaryFile(suffix=".json") as f:
                    subprocess.run(
                        [
                            str(lh),
                            basis + pad,
                            "--quiet",
                            "--output=json",
                            f"--output-path={f.name}",
                            f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
                        ],
                        env=dict(ENV, CHROME_PATH=CHROMIUM),
                        check=True,
                        capture_output=True,
                        timeout=300,
                    )
                    rapport = json.loads(Path(f.name).read_text(encoding="utf-8"))
                metingen[pad].append({k: round(v["score"] * 100) for k, v in rapport["categories"].items()})
        uit = [
            (pad, {k: statistics.median(m[k] for m in ms) for k in ms[0]} | {"reeks": [m["performance"] for m in ms]})
            for pad, ms in metingen.items()
        ]
    finally:
        httpd.shutdown()
    return uit


DELEN = ("bouw", "zoeken", "lighthouse", "serve", "motoren", "10000", "optimalisaties")


def motor_bouw(motor: str, inhoud: Path, doel: Path, fases: tuple[str, ...] = ()) -> bench_gepaard.Uitkomst:
    """The whole build of the base in `inhoud` with one engine, as `make build MOTOR=...` does it
    (scripts/bouw_met.py: pages, site and the Pagefind index; Zensical from scratch in a new
    working folder each time). The one place that knows how an engine is started."""
    env = dict(ENV, KENNISBANK_INHOUD=str(inhoud))
    env.pop("KENNISBANK_ZOEKINDEX", None)
    return bench_gepaard.meet(
        [PY, str(PROJECT / "scripts" / "bouw_met.py"), motor, "--doel", str(doel)], env, PROJECT, fases=fases
    )


def motoren(inhoud: Path, werk: Path, keer: int) -> str:
    """MkDocs, ProperDocs and Zensical over the same base, in rounds (see bench_gepaard), each the
    whole build with the search index, as `make build MOTOR=...`."""
    varianten = {
        naam: (lambda m=motor: motor_bouw(m, inhoud, werk / f"motor-{m}"))
        for motor, naam in (("mkdocs", "MkDocs"), ("properdocs", "ProperDocs"), ("zensical", "Zensical"))
    }
    runs = bench_gepaard.om_de_beurt(varianten, keer)
    regels = [
        "| motor | hele bouw met zoekindex (s, mediaan) | verhouding met MkDocs (mediaan per ronde) | losse runs (s) | "
        "piekgeheugen procesboom (MB, mediaan) |",
        "|---|---|---|---|---|",
    ]
    for naam, rs in runs.items():
        piek = statistics.median(u.piek_boom for u in rs)
        regels.append(
            f"| {naam} | {bench_gepaard.seconden(rs):.1f} | {bench_gepaard.verhouding(rs, runs['MkDocs']):.2f} | "
            f"{bench_gepaard.reeks(rs)} | {bench_gepaard.mb(piek)} |"
        )
    return "\n".join(regels)


def groot(inhoud: Path, doel: Path, n: int) -> str:
    """One build of a large base as `make build` does it (scripts/bouw_met.py: MkDocs, which
    begins on the search index while it writes the pages, then the rest of the index), with the
    time until the first Pagefind run starts, from then to the end, and the peak memory of the
    whole process tree."""
    u = motor_bouw("mkdocs", inhoud, doel, fases=("pagefind",))
    begin, eind = u.fases.get("pagefind", (u.seconden, u.seconden))
    paginas = sum(1 for _ in doel.rglob("index.html"))
    return (
        "| voorbeelden | pagina's | tot de eerste Pagefind-run (s) | vanaf de eerste Pagefind-run (s) | hele bouw (s) | "
        "piekgeheugen procesboom (MB) | idem zonder Pagefind (MB) | grootste proces (MB) | "
        "grootste voorbeeldpagina (kB) |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
        f"| {n} | {paginas} | {begin:.1f} | {eind - begin:.1f} | {u.seconden:.1f} | {bench_gepaard.mb(u.piek_boom)} | "
        f"{bench_gepaard.mb(u.piek_buiten_fases)} | {bench_gepaard.mb(u.piek_proces)} | "
        f"{grootste_voorbeeldpagina(doel) / 1000:.1f} |\n\n"
        f"Procesboom bij de piek: {'; '.join(f'{naam} {bench_gepaard.mb(b)} MB' for naam, b in u.bij_piek)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantallen", type=int, nargs="*", default=[500, 2000], help="synthetische bases voor 'bouw'")
    parser.add_argument(
        "--alleen",
        nargs="+",
        choices=DELEN,
        default=list(DELEN),
        metavar="DEEL",
        help=f"alleen deze onderdelen ({', '.join(DELEN)}); standaard alle",
    )
    parser.add_argument("--zonder", nargs="+", choices=DELEN, default=[], metavar="DEEL", help="deze onderdelen niet")
    parser.add_argument("--zonder-serve", action="store_true", help="hetzelfde als --zonder serve")
    parser.add_argument("--keer", type=int, default=5, help="rondes voor 'motoren' en 'optimalisaties' (standaard 5)")
    parser.add_argument("--vergelijk", type=int, default=2000, help="voorbeelden voor 'motoren' en 'optimalisaties'")
    parser.add_argument("--groot", type=int, default=10000, help="voorbeelden voor het onderdeel '10000'")
    args = parser.parse_args()
    delen = set(args.alleen) - set(args.zonder) - ({"serve"} if args.zonder_serve else set())

    def kop(tekst: str) -> None:
        print(f"\n## {tekst}\n", flush=True)
        print(f"[{time.strftime('%H:%M:%S')}] {tekst}", file=sys.stderr, flush=True)

    print(
        f"Machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · "
        f"{time.strftime('%Y-%m-%d %H:%M')} · belasting bij de start {os.getloadavg()[0]:.1f}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        bases: dict[int, Path] = {}

        def basis(n: int) -> Path:
            if n not in bases:
                print(f"[{time.strftime('%H:%M:%S')}] synthetische basis van {n} maken", file=sys.stderr, flush=True)
                bases[n] = tmp / f"synth{n}"
                synthetisch.maak(n, bases[n])
            return bases[n]

        echt = tmp / "echt"
        if delen & {"bouw", "zoeken", "lighthouse"}:
            mkdocs_bouw(echt, None, zoekindex=True)
        zoek_n = max(args.aantallen, default=args.vergelijk)
        if "bouw" in delen:
            kop("Bouw")
            rijen = []
            echt_mkdocs = mkdocs_bouw(tmp / "echt2", None, zoekindex=False)
            n_echt = len(list((PROJECT / "voorbeelden").glob("*.yaml")))
            rijen.append(
                (
                    "echte kennisbank",
                    n_echt,
                    echt_mkdocs,
                    None,
                    pagefind_tijd(tmp / "echt2"),
                    grootste_voorbeeldpagina(echt),
                )
            )
            for n in args.aantallen:
                site = tmp / f"site{n}"
                t_macros = mkdocs_bouw(site, basis(n), zoekindex=False)
                t_gewoon = gewone_bouw(tmp / f"gewoon{n}", basis(n))
                t_pf = pagefind_tijd(site)
                rijen.append((f"synthetisch {n}", n, t_macros, t_gewoon, t_pf, grootste_voorbeeldpagina(site)))
            print(
                "| basis | voorbeelden | MkDocs-bouw (s) | gewone Markdown-bouw (s) | verhouding | zoekindex (s) "
                "| grootste voorbeeldpagina (kB) |"
            )
            print("|---|---|---|---|---|---|---|")
            for naam, n, t, g, pf, grootte in rijen:
                verh = f"{t / g:.2f}×" if g else "–"
                print(
                    f"| {naam} | {n} | {t:.1f} | {f'{g:.1f}' if g else '–'} | {verh} | {pf:.1f} | {grootte / 1000:.1f} |"
                )
        if "zoeken" in delen:
            kop("Zoeken")
            site = tmp / f"site{zoek_n}"
            if not (site / "pagefind").is_dir():
                mkdocs_bouw(site, basis(zoek_n), zoekindex=True)
            metingen = [
                ("Zoeken", "echte kennisbank", zoekmeting(echt)),
                ("Zoeken", f"{zoek_n} voorbeelden", zoekmeting(site)),
                ("Zoekvak bovenaan", "echte kennisbank", zoekmeting(echt, waar=ZOEKVAK)),
                ("Zoekvak bovenaan", f"{zoek_n} voorbeelden", zoekmeting(site, waar=ZOEKVAK)),
            ]
            for soort, naam, (alles, zoekdata, ms, rest) in metingen:
                eerste, slot = (
                    ("het eerste resultaat", "met alle tien resultaten")
                    if soort == "Zoeken"
                    else ("de eerste directe resultaten", "met de hele lijst")
                )
                print(
                    f"{soort} ({naam}): tot {eerste} {alles / 1000:.0f} kB gecomprimeerd in totaal, waarvan "
                    f"{zoekdata / 1000:.0f} kB zoekindex (Pagefind); eerste resultaat {ms:.0f} ms na de laatste toets; "
                    f"{slot} {rest / 1000:.0f} kB"
                )
        if "lighthouse" in delen:
            kop("Lighthouse")
            print(
                "| pagina | performance (mediaan; losse runs) | accessibility | best practices | SEO |\n|---|---|---|---|---|"
            )
            for pad, sc in lighthouse(echt):
                print(
                    f"| `{pad}` | {sc['performance']:.0f} ({', '.join(map(str, sc['reeks']))}) | "
                    f"{sc['accessibility']:.0f} | {sc['best-practices']:.0f} | {sc['seo']:.0f} |"
                )
        if "motoren" in delen:
            kop(f"Bouwmotoren, {args.vergelijk} voorbeelden, {args.keer} rondes")
            print(motoren(basis(args.vergelijk), tmp, args.keer))
        if "optimalisaties" in delen:
            kop(f"Optimalisaties, {args.vergelijk} voorbeelden, {args.keer} rondes")
            print(bench_optimalisaties.meet(basis(args.vergelijk), tmp, args.keer))
        if "10000" in delen:
            kop(f"Grote basis, {args.groot} voorbeelden, één bouw")
            print(groot(basis(args.groot), tmp / f"groot{args.groot}", args.groot))
    if "serve" in delen:
        kop("Herbouw bij make serve")
        herbouw = serve_herbouw()
        print(
            f"Herbouw door `make serve` na wijziging van één YAML-bestand: {statistics.median(herbouw):.2f} s "
            f"(mediaan; losse runs {', '.join(f'{t:.2f}' for t in herbouw)})"
        )
    print(f"\nBelasting aan het eind: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
