"""The validator: every real entry is valid, and every kind of bad input gets a clear
Dutch message with file, line and field while valid files beside it stay valid."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kennisbank import catalogus

from .slechte_invoer import GEVALLEN, Geval, schrijf_geval

PROJECT = Path(__file__).resolve().parent.parent
GELDIG = PROJECT / "tests" / "fixtures" / "geldig"


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
    start = time.perf_counter()
    cat = catalogus.laad(werkmap)
    duur = time.perf_counter() - start
    assert duur < 1.0, f"{geval.naam}: controle duurde {duur:.2f} s"
    relatief = str(pad.relative_to(werkmap))
    regels = [str(f) for f in cat.fouten]
    passend = [f for f in cat.fouten if f.pad == relatief and f.veld == geval.veld
               and (geval.regel is None or f.regel == geval.regel) and geval.melding in f.bericht]
    assert passend, f"{geval.naam}: verwachtte {relatief}:{geval.regel}: {geval.veld}: ...{geval.melding}...\nkreeg:\n" + "\n".join(regels)
    # valid entries beside the bad one are untouched
    assert "testregio-proefaanpak" in cat.items["praktijkvoorbeeld"]
    assert "testvorm" in cat.items["werkvorm"]
    assert all(f.pad == relatief for f in cat.fouten if geval.alleen_eigen_bestand), regels


def test_valideer_script_meldt_fouten_per_regel_en_stopt_met_1(werkmap):
    schrijf_geval(GEVALLEN[0], werkmap)
    r = subprocess.run([sys.executable, str(PROJECT / "scripts" / "valideer.py"), "--map", str(werkmap)],
                       capture_output=True, text=True)
    assert r.returncode == 1
    assert "Traceback" not in r.stdout + r.stderr
    for regel in r.stdout.strip().splitlines():
        pad, nummer, veld, bericht = regel.split(":", 3)
        assert pad.endswith(".yaml") and nummer.isdigit() and veld.strip() and bericht.strip()


def test_valideer_script_geeft_samenvatting_bij_succes():
    r = subprocess.run([sys.executable, str(PROJECT / "scripts" / "valideer.py"), "--map", str(GELDIG)],
                       capture_output=True, text=True)
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
