"""The accessibility statement follows the Dutch model and is made from data/toegankelijkheid.yaml."""

from __future__ import annotations

import datetime as dt

import yaml

from kennisbank.paginas import toegankelijkheid

from .conftest import PROJECT

DATA = yaml.safe_load((PROJECT / "data" / "toegankelijkheid.yaml").read_text(encoding="utf-8"))


def test_de_pagina_heeft_alle_onderdelen_van_het_model(site_map):
    html = (site_map / "toegankelijkheid" / "index.html").read_text(encoding="utf-8")
    for kop in ("Reikwijdte", "Status", "Onderzoek", "Bekende afwijkingen", "Een probleem melden", "Datums"):
        assert f">{kop}<" in html, kop
    assert f"Status {DATA['status']}: {toegankelijkheid.STATUS[DATA['status']]}" in html
    assert DATA["afwijkingen"][0]["wat"] in html
    jaar, maand, dag = str(DATA["herzien"]).split("-")
    assert f"{int(dag)} {toegankelijkheid_maand(int(maand))} {jaar}" in html


def toegankelijkheid_maand(maand: int) -> str:
    from kennisbank.paginas.weergave import MAANDEN

    return MAANDEN[maand - 1]


def test_een_verklaring_van_meer_dan_een_jaar_oud_zegt_dat():
    herzien = dt.date.fromisoformat(str(DATA["herzien"]))
    assert not toegankelijkheid.gegevens(DATA, vandaag=herzien + dt.timedelta(days=300))["verouderd"]
    assert toegankelijkheid.gegevens(DATA, vandaag=herzien + dt.timedelta(days=400))["verouderd"]
