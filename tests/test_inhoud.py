"""Content guards: every region has an example, every example is complete, key figures
are in the results, and no personal data of the sources' contact persons leaks in.

Nothing here reads outside the repository: what the tests need from the sources is in
tests/fixtures (short quotations, hashed names). `make bronnen BRONNEN=<map>` checks those
against the full source texts for maintainers who have them."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import yaml

from kennisbank.inhoud import catalogus, schemas, tekstcontrole
from scripts import bronnen

PROJECT = Path(__file__).resolve().parent.parent
NAAM_HASHES = {
    r
    for r in (PROJECT / "tests" / "fixtures" / "contactpersonen.sha256").read_text(encoding="utf-8").split()
    if len(r) == 64
}
KERNCIJFERS = yaml.safe_load((PROJECT / "tests" / "fixtures" / "kerncijfers.yaml").read_text(encoding="utf-8"))
INHOUD_MAPPEN = ("voorbeelden", "werkvormen", "verbetertool", "data", "docs")

_cat = catalogus.laad(PROJECT)
_voorbeelden = _cat.items.get("praktijkvoorbeeld", {})


def test_elke_regio_heeft_minstens_een_voorbeeld():
    gedekt = {r for v in _voorbeelden.values() for r in v.data["regios"]}
    assert sorted(set(schemas.waarden("regio")) - gedekt) == []


def test_alle_33_voorbeelden_uit_de_monitor_staan_erin():
    uit_monitor = [v for v in _voorbeelden.values() if v.data["bron"]["document"] == "monitor-matchen-op-werk-2017"]
    assert len(uit_monitor) == 33


def test_elk_voorbeeld_is_compleet():
    for slug, v in _voorbeelden.items():
        d = v.data
        assert len(d["samenvatting"]) >= 60, slug
        assert len(d["aanleiding"]) >= 80, slug
        assert d["aanpak"] and all(len(s["beschrijving"]) >= 20 for s in d["aanpak"]), slug
        assert d["werkzame_elementen"] and d["partners"] and d["resultaten"] and d["tips"], slug
        assert len(d["overdraagbaarheid"]["context"]) >= 40, slug
        assert d["bron"]["sectie"], slug


def test_kerncijfers_staan_in_de_resultaten():
    """The figures a reader looks for first; that each is in its source quotation is checked by
    tests/test_herkomst.py against tests/fixtures/citaten.yaml."""
    assert set(KERNCIJFERS) <= set(_voorbeelden), sorted(set(KERNCIJFERS) - set(_voorbeelden))
    for slug, cijfers in KERNCIJFERS.items():
        resultaten = " ".join(
            f"{r['omschrijving']} {r.get('aantal', '')} {r.get('periode', '')}"
            for r in _voorbeelden[slug].data["resultaten"]
        )
        for cijfer in cijfers:
            assert re.search(rf"(?<![\d,.]){re.escape(cijfer)}(?![\d]|,\d)", resultaten), (
                f"{slug}: {cijfer} niet in resultaten"
            )


def test_geen_persoonlijke_mailadressen_in_de_inhoud():
    gevonden = []
    for map_ in INHOUD_MAPPEN:
        for pad in (PROJECT / map_).rglob("*"):
            if pad.suffix in (".yaml", ".md", ".json", ".js") and pad.is_file():
                for adres in tekstcontrole.EMAIL.findall(pad.read_text(encoding="utf-8")):
                    if adres.split("@")[0].lower() not in tekstcontrole.ALGEMENE_MAILBOXEN:
                        gevonden.append(f"{pad.relative_to(PROJECT)}: {adres}")
    assert not gevonden, gevonden


def _naamkandidaten(woorden: list[str]):
    """Every run of two to five words: a name of a contact person is one of them."""
    for n in range(2, 6):
        for i in range(len(woorden) - n + 1):
            yield " ".join(woorden[i : i + n])


def test_de_lijst_met_contactpersonen_is_er():
    assert len(NAAM_HASHES) > 40  # the Monitor lists many; fewer means the list was damaged


def test_de_namencontrole_vindt_een_naam():
    naam = "Voorbeeldnaam Testpersoon"
    hashes = {bronnen.naam_hash(naam)}
    tekst = bronnen.woorden(f"Neem contact op met {naam.upper()}, projectleider.")
    assert any(hashlib.sha256(k.encode()).hexdigest() in hashes for k in _naamkandidaten(tekst))


def test_geen_namen_van_contactpersonen():
    gevonden = []
    for map_ in INHOUD_MAPPEN:
        for pad in (PROJECT / map_).rglob("*"):
            if pad.suffix in (".yaml", ".md") and pad.is_file():
                woorden = bronnen.woorden(pad.read_text(encoding="utf-8"))
                gevonden += [
                    f"{pad.relative_to(PROJECT)}: '{k}'"
                    for k in _naamkandidaten(woorden)
                    if hashlib.sha256(k.encode()).hexdigest() in NAAM_HASHES
                ]
    assert not gevonden, gevonden
