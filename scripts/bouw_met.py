#!/usr/bin/env python3
"""Bouw of bekijk de site met een van de drie bouwmotoren: MkDocs (standaard), ProperDocs of Zensical.

Gebruik:  python scripts/bouw_met.py MOTOR [--doel MAP] [--serve ADRES]
          make build MOTOR=zensical      (de site in site/)
          make serve MOTOR=zensical      (bekijken op http://127.0.0.1:8000)

MkDocs en ProperDocs lezen mkdocs.yml zoals die is: de hook kennisbank/motoren/mkdocs_adapter.py maakt de
pagina's uit de YAML-bestanden en begint bij een grote site al aan de zoekindex; de rest van de
zoekindex maakt dit script daarna, als de motor klaar is.
Zensical negeert `hooks:`. Voor Zensical schrijft dit script daarom eerst alle gegenereerde
pagina's als Markdown in een werkmap (scripts/schrijf_paginas.py), bouwt die strikt met een kopie van mkdocs.yml (zie zensical_config)
en maakt dan de Pagefind-zoekindex (kennisbank/paginas/zoekindex.py). Bij `--serve` schrijft het de pagina's
opnieuw zodra er iets verandert, en maakt het na elke herbouw de zoekindex opnieuw.
De inhoud komt uit de projectmap, of uit KENNISBANK_INHOUD (tests); het adres van de site uit
SITE_URL of mkdocs.yml.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from kennisbank import parallel  # noqa: E402
from kennisbank.paginas import zoekindex  # noqa: E402

MOTOREN = {"mkdocs": "MkDocs", "properdocs": "ProperDocs", "zensical": "Zensical"}
# What `--serve` with Zensical watches: a change here writes the pages and the configuration again
# (Zensical itself watches overrides/).
BRONNEN = (
    "mkdocs.yml",
    "docs",
    "voorbeelden",
    "werkvormen",
    "verbetertool",
    "data",
    "schema",
    "templates",
    "kennisbank",
)


def _env_tag(loader, node):
    """MkDocs' `!ENV [NAAM, standaard]`: the first variable that is set, else the last item."""
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    *namen, standaard = loader.construct_sequence(node)
    return next((os.environ[n] for n in namen if n in os.environ), standaard)


class _ConfigLader(yaml.SafeLoader):
    pass


_ConfigLader.add_constructor("!ENV", _env_tag)


def lees_config() -> dict:
    return yaml.load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLader)


def zensical_config(config: dict) -> dict:
    """mkdocs.yml as Zensical 0.0.73 builds it in the work folder: the pages from there, the theme
    overrides from the project by absolute path, the macros module through a link (schrijf_werkmap)."""
    config = dict(config)
    config.pop("hooks", None)  # Zensical ignores them; the pages are written beforehand
    config.pop("watch", None)  # `--serve` watches the sources itself (BRONNEN)
    # relative to the configuration in the work folder (Zensical 0.0.73 panics on an absolute docs_dir)
    config["docs_dir"], config["site_dir"] = "docs", "site"
    config["strict"] = True
    # 'classic' is the look of Material for MkDocs, which kennisbank.css was made for (Zensical's
    # default 'modern' changes fonts, colours and spacing).
    config["theme"] = dict(config["theme"], custom_dir=str(PROJECT / "overrides"), variant="classic")
    # Zensical makes its own search index (search.json, 2 MB) unless told not to; Pagefind searches here.
    config["plugins"] = [*config.get("plugins", []), {"search": {"enabled": False}}]
    return config


def _env(inhoud: Path) -> dict:
    return dict(os.environ, KENNISBANK_INHOUD=str(inhoud), NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")


def schrijf_werkmap(werkmap: Path, inhoud: Path, site_url: str, docs: Path | None = None) -> bool:
    """The generated pages (and docs/) as Markdown in werkmap/docs (or `docs`), and the configuration."""
    r = subprocess.run(
        [
            sys.executable,
            str(PROJECT / "scripts" / "schrijf_paginas.py"),
            str(docs or werkmap / "docs"),
            "--map",
            str(inhoud),
            "--site-url",
            site_url,
        ],
        env=_env(inhoud),
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        print(r.stdout + r.stderr, end="", file=sys.stderr)
        return False
    if not (werkmap / "kennisbank").exists():
        (werkmap / "kennisbank").symlink_to(PROJECT / "kennisbank")
    config = zensical_config(lees_config())
    tekst = yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=1000)
    pad = werkmap / "mkdocs.yml"
    if not pad.is_file() or pad.read_text(encoding="utf-8") != tekst:  # unchanged: no reload by Zensical
        pad.write_text(tekst, encoding="utf-8")
    return True


def _zensical(werkmap: Path, inhoud: Path, opdracht: list[str], **kwargs):
    return [sys.executable, "-m", "zensical", *opdracht, "-f", str(werkmap / "mkdocs.yml")], dict(
        cwd=werkmap, env=_env(inhoud), **kwargs
    )


def bouw_zensical(doel: Path, inhoud: Path, site_url: str) -> int:
    with tempfile.TemporaryDirectory(prefix="kennisbank-zensical-") as tijdelijk:
        werkmap = Path(tijdelijk)
        if not schrijf_werkmap(werkmap, inhoud, site_url):
            return _mislukt("zensical", "de pagina's konden niet geschreven worden (zie de meldingen hierboven)")
        # strict (-s): a warning (a broken link, a missing anchor) stops the build
        opdracht, opties = _zensical(werkmap, inhoud, ["build", "--strict", "--clean"])
        r = subprocess.run(opdracht, **opties)
        if r.returncode != 0:
            return _mislukt("zensical", f"zensical build stopte met code {r.returncode} (zie de meldingen hierboven)")
        site = werkmap / "site"
        if not (site / "index.html").is_file():
            return _mislukt("zensical", f"er staat geen index.html in {site}")
        fout = zoekindex.maak(site)
        if fout:
            return _mislukt("zensical", fout)
        if doel.is_dir():
            shutil.rmtree(doel)  # as MkDocs empties its site_dir (main() refuses the project folder)
        doel.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(site), str(doel))
    print(f"Zensical bouwde {sum(1 for _ in doel.rglob('index.html'))} pagina's in {doel}, met zoekindex")
    return 0


def _synchroniseer(nieuw: Path, docs: Path) -> int:
    """Make `docs` equal to `nieuw`, touching only the files that changed (Zensical rebuilds
    those); returns how many changed."""
    veranderd = 0
    for bron in nieuw.rglob("*"):
        if bron.is_dir():
            continue
        doel = docs / bron.relative_to(nieuw)
        if doel.is_file() and filecmp.cmp(bron, doel, shallow=False):
            continue
        doel.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(bron, doel)
        veranderd += 1
    for oud in sorted(docs.rglob("*"), reverse=True):
        if not (nieuw / oud.relative_to(docs)).exists():
            oud.rmdir() if oud.is_dir() else oud.unlink()
            veranderd += 1
    return veranderd


def _stand(inhoud: Path) -> dict[str, tuple[int, int]]:
    stand = {}
    for naam in BRONNEN:
        for wortel in {PROJECT / naam, inhoud / naam}:
            for pad in [wortel, *(wortel.rglob("*") if wortel.is_dir() else ())]:
                if pad.is_file() and "__pycache__" not in pad.parts:
                    s = pad.stat()
                    stand[str(pad)] = (s.st_mtime_ns, s.st_size)
    return stand


def serve_zensical(adres: str, inhoud: Path, site_url: str) -> int:
    with tempfile.TemporaryDirectory(prefix="kennisbank-zensical-") as tijdelijk:
        werkmap = Path(tijdelijk)
        if not schrijf_werkmap(werkmap, inhoud, site_url):
            return _mislukt("zensical", "de pagina's konden niet geschreven worden (zie de meldingen hierboven)")
        site = werkmap / "site"
        opdracht, opties = _zensical(
            werkmap, inhoud, ["serve", "--dev-addr", adres], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        proces = subprocess.Popen(opdracht, **opties)
        achtergrond = zoekindex.OpDeAchtergrond()

        def volg_uitvoer():
            # Zensical 0.0.73 ends every (re)build with "No issues found" or "N issues found" and
            # empties the site folder when it rebuilds: then the search index is made again.
            for regel in proces.stdout:
                print(regel, end="", flush=True)
                if re.search(r"\bissues? found\b", regel):
                    achtergrond.start(site)

        threading.Thread(target=volg_uitvoer, daemon=True).start()
        # stopped with `kill` as with Ctrl-C: Zensical stops too, and the work folder is removed
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        stand = _stand(inhoud)
        try:
            while proces.poll() is None:
                time.sleep(1)
                nu = _stand(inhoud)
                if nu == stand:
                    continue
                stand = nu
                nieuw = werkmap / "docs-nieuw"
                if schrijf_werkmap(werkmap, inhoud, site_url, docs=nieuw):
                    print(f"{_synchroniseer(nieuw, werkmap / 'docs')} bestand(en) bijgewerkt", flush=True)
                shutil.rmtree(nieuw, ignore_errors=True)
        except KeyboardInterrupt:
            pass
        finally:
            proces.terminate()
            proces.wait()
            achtergrond.wacht()
    return 0


def _mislukt(motor: str, reden: str) -> int:
    print(f"Bouwen met {MOTOREN[motor]} is mislukt: {reden}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("motor", help="mkdocs, properdocs of zensical")
    parser.add_argument("--doel", type=Path, help="map voor de gebouwde site (standaard site/)")
    parser.add_argument("--serve", metavar="ADRES", help="niet bouwen maar bekijken op ADRES, bijv. 127.0.0.1:8000")
    args = parser.parse_args(argv)
    motor = args.motor.lower()
    if motor not in MOTOREN:
        print(f"Onbekende bouwmotor '{args.motor}': kies mkdocs, properdocs of zensical", file=sys.stderr)
        return 2
    doel = (args.doel or PROJECT / "site").resolve()
    if PROJECT.is_relative_to(doel):
        print(f"De doelmap {doel} bevat het project zelf; kies een lege map of site/", file=sys.stderr)
        return 2
    inhoud = Path(os.environ.get("KENNISBANK_INHOUD") or PROJECT).resolve()
    if motor == "zensical":
        site_url = lees_config().get("site_url") or "/"
        return serve_zensical(args.serve, inhoud, site_url) if args.serve else bouw_zensical(doel, inhoud, site_url)
    # MkDocs and ProperDocs: mkdocs.yml as it is, with the hook (pages and search index)
    if args.serve:
        opdracht = [sys.executable, "-m", motor, "serve", "--dev-addr", args.serve, "--livereload"]
        os.chdir(PROJECT)
        os.execve(sys.executable, opdracht, _env(inhoud))
    # The hook makes only the parts of the search index that it can make while the engine writes
    # the site (a large site's first parts); the rest is made here, after the engine has ended,
    # so Pagefind's memory does not come on top of the engine's (about 1.2 GB at 10,000 examples).
    # KENNISBANK_ZOEKINDEX=0 leaves the index out, as with `mkdocs build`.
    zoeken = os.environ.get("KENNISBANK_ZOEKINDEX") != "0"
    r = subprocess.run(
        [sys.executable, "-m", motor, "build", "--strict", "-d", str(doel)],
        cwd=PROJECT,
        env=dict(_env(inhoud), KENNISBANK_ZOEKINDEX="tijdens" if zoeken else "0"),
    )
    if r.returncode != 0:
        return _mislukt(motor, f"{motor} build stopte met code {r.returncode} (zie de meldingen hierboven)")
    # This process is small, so Pagefind may index two parts at a time (see zoekindex.maak): about
    # 1.6 GB at most, below what the engine took. More at a time would need more memory.
    fout = zoekindex.maak(doel, tegelijk=min(2, parallel.aantal_processen())) if zoeken else None
    if fout:
        return _mislukt(motor, fout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
