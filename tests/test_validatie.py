"""The validator: every real entry is valid, and every kind of bad input gets a clear
Dutch message with file, line and field while valid files beside it stay valid."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from kennisbank.inhoud import catalogus

from .slechte_invoer import ANDERE_PLATFORMS, GEVALLEN, PADGEVALLEN, Geval, Padgeval, schrijf_geval

PROJECT = Path(__file__).resolve().parent.parent
GELDIG = PROJECT / "tests" / "fixtures" / "geldig"
SCRIPT = str(PROJECT / "scripts" / "valideer.py")
# the shape of every line the validator prints: file:line: field: message
MELDING = re.compile(r"^(?P<pad>[^:]+):(?P<regel>\d+): (?P<veld>[^:]+): (?P<bericht>\S.*)$")
# the parser's and jsonschema's English must not reach a contributor
ENGELS = ("Traceback", "found", "expected", "mapping values", "is not", "Error", "could not")


def valideer(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True, cwd=cwd)


def controleer_weigering(r: subprocess.CompletedProcess, begin: str, melding: str) -> None:
    uitvoer = r.stdout + r.stderr
    assert r.returncode == 1, uitvoer
    assert not any(woord in uitvoer for woord in ENGELS), uitvoer
    regels = r.stdout.strip().splitlines()
    assert regels and all(MELDING.match(regel) for regel in regels), uitvoer
    assert any(regel.startswith(begin) and melding in regel for regel in regels), (
        f"verwachtte een regel '{begin}...{melding}...', kreeg:\n{uitvoer}"
    )
    assert r.stderr.strip().endswith("fout(en) gevonden."), uitvoer


def test_alle_echte_items_zijn_geldig():
    cat = catalogus.laad(PROJECT)
    assert [str(f) for f in cat.fouten] == []
    assert cat.items.get("praktijkvoorbeeld") and cat.items.get("werkvorm")


def test_geldige_fixtures_zijn_geldig():
    cat = catalogus.laad(GELDIG)
    assert cat.fouten == []
    assert set(cat.items["praktijkvoorbeeld"]) == {"testregio-proefaanpak"}


@pytest.fixture
def werkmap(tmp_path):
    shutil.copytree(GELDIG, tmp_path, dirs_exist_ok=True)
    return tmp_path


@pytest.mark.parametrize("geval", GEVALLEN, ids=[g.naam for g in GEVALLEN])
def test_slechte_invoer_krijgt_duidelijke_melding(geval: Geval, werkmap):
    pad = schrijf_geval(geval, werkmap)
    cat = catalogus.laad(werkmap)
    relatief = str(pad.relative_to(werkmap))
    regels = [str(f) for f in cat.fouten]
    passend = [
        f
        for f in cat.fouten
        if f.pad == relatief
        and f.veld == geval.veld
        and (geval.regel is None or f.regel == geval.regel)
        and geval.melding in f.bericht
    ]
    assert passend, (
        f"{geval.naam}: verwachtte {relatief}:{geval.regel}: {geval.veld}: ...{geval.melding}...\nkreeg:\n"
        + "\n".join(regels)
    )
    # valid entries beside the bad one are untouched
    assert "testregio-proefaanpak" in cat.items["praktijkvoorbeeld"]
    assert "testvorm" in cat.items["werkvorm"]
    assert all(f.pad == relatief for f in cat.fouten if geval.alleen_eigen_bestand), regels


def test_valideer_script_meldt_fouten_per_regel_en_stopt_met_1(werkmap):
    schrijf_geval(GEVALLEN[0], werkmap)
    r = subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "valideer.py"), "--map", str(werkmap)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 1
    assert "Traceback" not in r.stdout + r.stderr
    for regel in r.stdout.strip().splitlines():
        pad, nummer, veld, bericht = regel.split(":", 3)
        assert pad.endswith(".yaml") and nummer.isdigit() and veld.strip() and bericht.strip()


def test_valideer_script_geeft_samenvatting_bij_succes():
    r = subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "valideer.py"), "--map", str(GELDIG)], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("In orde:") and len(r.stdout.strip().splitlines()) == 1


def test_valideer_script_op_een_bestand(werkmap):
    pad = schrijf_geval(GEVALLEN[0], werkmap)
    geldig = werkmap / "voorbeelden" / "testregio-proefaanpak.yaml"
    script = str(PROJECT / "scripts" / "valideer.py")
    goed = subprocess.run([sys.executable, script, "--map", str(werkmap), str(geldig)], capture_output=True, text=True)
    assert goed.returncode == 0, goed.stdout
    fout = subprocess.run([sys.executable, script, "--map", str(werkmap), str(pad)], capture_output=True, text=True)
    assert fout.returncode == 1 and pad.name in fout.stdout


@pytest.mark.parametrize("geval", GEVALLEN, ids=[g.naam for g in GEVALLEN])
def test_valideer_script_weigert_slechte_invoer_met_pad_regel_en_veld(geval: Geval, werkmap):
    """Each hostile file, given to scripts/valideer.py on its own, as a contributor runs it."""
    pad = schrijf_geval(geval, werkmap)
    relatief = str(pad.relative_to(werkmap))
    r = valideer("--map", str(werkmap), relatief, cwd=werkmap)
    regel = geval.regel if geval.regel is not None else ""
    if geval.regel is None:
        begin = next(
            (lijn for lijn in r.stdout.splitlines() if lijn.startswith(relatief + ":") and f": {geval.veld}: " in lijn),
            relatief + ":",
        )
        begin = begin.split(f": {geval.veld}: ")[0] + f": {geval.veld}: "
    else:
        begin = f"{relatief}:{regel}: {geval.veld}: "
    controleer_weigering(r, begin, geval.melding)


@pytest.mark.parametrize("geval", PADGEVALLEN, ids=[g.naam for g in PADGEVALLEN])
def test_valideer_script_weigert_wat_geen_bestand_in_de_kennisbank_is(geval: Padgeval, werkmap):
    argument = geval.maak(werkmap)
    volledig = os.path.abspath(werkmap / argument)
    getoond = os.path.relpath(volledig, werkmap) if volledig.startswith(str(werkmap) + os.sep) else volledig
    r = valideer("--map", str(werkmap), argument, cwd=werkmap)
    controleer_weigering(r, f"{getoond}:1: -: ", geval.melding)
    assert "In orde" not in r.stdout


def test_link_in_de_kennisbank_wordt_ook_zonder_naam_geweigerd(werkmap):
    (werkmap / "voorbeelden" / "gelinkt.yaml").symlink_to("/etc/passwd")
    r = valideer("--map", str(werkmap), cwd=werkmap)
    controleer_weigering(r, "voorbeelden/gelinkt.yaml:1: -: ", "is een symbolische link")
    assert "root:" not in r.stdout  # the target is never read


@pytest.mark.parametrize("geval", ANDERE_PLATFORMS, ids=[g.naam for g in ANDERE_PLATFORMS])
def test_geldige_bestanden_van_andere_platforms_worden_geaccepteerd(geval: Geval, werkmap):
    pad = schrijf_geval(geval, werkmap)
    r = valideer("--map", str(werkmap), str(pad.relative_to(werkmap)), cwd=werkmap)
    assert r.returncode == 0 and r.stdout.startswith("In orde:"), r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    item = catalogus.laad(werkmap).get("praktijkvoorbeeld", pad.stem)
    titel = item.data["titel"]
    assert titel.startswith("Geval") and "\r" not in item.data["samenvatting"]
    assert unicodedata.is_normalized("NFC", titel)


def test_waarden_uit_vaste_lijsten_en_tekst_worden_genormaliseerd(werkmap):
    for naam in ("hoofdletters-in-vaste-lijst", "losse-accenten-nfd", "emoji-in-titel"):
        schrijf_geval(next(g for g in ANDERE_PLATFORMS if g.naam == naam), werkmap)
    cat = catalogus.laad(werkmap)
    assert cat.fouten == []
    hoofdletters = cat.get("praktijkvoorbeeld", "geval-hoofdletters-in-vaste-lijst").data
    assert hoofdletters["bewijskracht"] == "goed beschreven" and hoofdletters["regios"] == ["Twente"]
    assert cat.get("praktijkvoorbeeld", "geval-losse-accenten-nfd").data["titel"] == "Geval caf\u00e9 en Frysl\u00e2n"
    assert "👩\u200d💻" in cat.get("praktijkvoorbeeld", "geval-emoji-in-titel").data["titel"]


def test_gemeente_hoort_bij_een_arbeidsmarktregio(werkmap):
    """The municipality lists in data/regios.yaml drive the region suggestion, so each
    municipality may stand in one region only."""
    tekst = (PROJECT / "data" / "regios.yaml").read_text(encoding="utf-8")
    (werkmap / "data").mkdir()
    (werkmap / "data" / "regios.yaml").write_text(
        tekst.replace("gemeenten: [Amersfoort, Baarn", "gemeenten: [Aalten, Amersfoort, Baarn", 1), encoding="utf-8"
    )
    r = valideer("--map", str(werkmap), "data/regios.yaml", cwd=werkmap)
    controleer_weigering(r, "data/regios.yaml:", "gemeente 'Aalten' staat ook bij Achterhoek")
