"""Content guards: every region has an example, every example is complete, key figures
are written as in the source, and no personal data of the sources' contact persons leaks in."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from kennisbank import catalogus, schemas, tekstcontrole

PROJECT = Path(__file__).resolve().parent.parent
BRONNEN = PROJECT.parent / "shared" / "bronnen"
MONITOR = BRONNEN / "002_5ba9d041ec4d2dcc.txt"
KERNCIJFERS = yaml.safe_load((PROJECT / "tests" / "fixtures" / "kerncijfers.yaml").read_text(encoding="utf-8"))
INHOUD_MAPPEN = ("voorbeelden", "werkvormen", "verbetertool", "data", "docs")

_cat = catalogus.laad(PROJECT)
_voorbeelden = _cat.items.get("praktijkvoorbeeld", {})


def _bron(pad: Path) -> str:
    tekst = pad.read_text(encoding="utf-8")
    tekst = re.sub(r"-\s*\n\s*", "", tekst)  # undo the PDF's line-break hyphenation
    return " ".join(tekst.split())


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


def test_kerncijfers_staan_in_de_resultaten_en_in_de_bron():
    bronnen = {p.name: _bron(p) for p in BRONNEN.glob("*.txt")}
    alle_bron = " ".join(bronnen.values())
    assert set(KERNCIJFERS) <= set(_voorbeelden), sorted(set(KERNCIJFERS) - set(_voorbeelden))
    for slug, cijfers in KERNCIJFERS.items():
        resultaten = " ".join(
            f"{r['omschrijving']} {r.get('aantal', '')} {r.get('periode', '')}" for r in _voorbeelden[slug].data["resultaten"])
        for cijfer in cijfers:
            assert re.search(rf"(?<![\d,.]){re.escape(cijfer)}(?![\d]|,\d)", resultaten), f"{slug}: {cijfer} niet in resultaten"
            assert cijfer in alle_bron, f"{slug}: {cijfer} staat niet in de bronnen"


def test_geen_persoonlijke_mailadressen_in_de_inhoud():
    gevonden = []
    for map_ in INHOUD_MAPPEN:
        for pad in (PROJECT / map_).rglob("*"):
            if pad.suffix in (".yaml", ".md", ".json", ".js") and pad.is_file():
                for adres in tekstcontrole.EMAIL.findall(pad.read_text(encoding="utf-8")):
                    if adres.split("@")[0].lower() not in tekstcontrole.ALGEMENE_MAILBOXEN:
                        gevonden.append(f"{pad.relative_to(PROJECT)}: {adres}")
    assert not gevonden, gevonden


def _contactpersonen() -> set[str]:
    """Names of the contact persons in the Monitor: the bullet line above each e-mail address."""
    regels = MONITOR.read_text(encoding="utf-8").splitlines()
    namen = set()
    for i, regel in enumerate(regels):
        if "@" in regel and not regel.startswith("mailto:"):
            for j in range(i - 1, max(i - 4, 0), -1):
                if regels[j].lstrip().startswith("\uf0b7"):
                    naam = regels[j].strip().lstrip("\uf0b7").split(",")[0].strip()
                    woorden = naam.split()
                    if 2 <= len(woorden) <= 5 and woorden[0][:1].isupper():
                        namen.add(naam)
                    break
    return namen


def test_geen_namen_van_contactpersonen():
    namen = _contactpersonen()
    assert len(namen) > 40  # the Monitor lists many; if this drops, the extraction broke
    gevonden = []
    for map_ in INHOUD_MAPPEN:
        for pad in (PROJECT / map_).rglob("*"):
            if pad.suffix in (".yaml", ".md") and pad.is_file():
                tekst = pad.read_text(encoding="utf-8").lower()
                gevonden += [f"{pad.relative_to(PROJECT)}: {n}" for n in namen if n.lower() in tekst]
    assert not gevonden, gevonden
