"""Data behind the trainer tools: the draaiboek of the toolkit, the card fields and the helpers."""

from __future__ import annotations

import json

from kennisbank.inhoud import catalogus
from kennisbank.inhoud.catalogus import Catalogus
from kennisbank.paginas import werkvormtools

from .conftest import PROJECT

# The agenda of the 3-hour network session in the toolkit Werk aan je Netwerk (stap 3), pause included.
TOOLKIT_AGENDA = [
    ("Introductie", 10),
    ("Voorstelronde", 10),
    ("Toekomstdroom", 15),
    ("Toekomstdroom delen", 45),
    ("Pauze", 10),
    ("Terugkoppeling", 10),
    ("Check op gedeeldheid", 10),
    ("Plannen voor de regio", 30),
    ("Acties!", 30),
    ("Afsluiting", 10),
]

_cat = catalogus.laad(PROJECT)


def test_datafile_is_geldig():
    fouten = [f for f in _cat.fouten if "sessiesjablonen" in f.pad]
    assert not fouten, "\n".join(map(str, fouten))
    assert _cat.data("sessiesjablonen") is not None


def test_draaiboek_volgt_de_toolkit():
    sjabloon = next(s for s in werkvormtools.sjablonen(_cat) if s["naam"] == "netwerksessie-3-uur")
    assert [(b["titel"], b["minuten"]) for b in sjabloon["blokken"]] == TOOLKIT_AGENDA
    assert sum(m for _, m in TOOLKIT_AGENDA) == sjabloon["totaal"] == 180
    assert sjabloon["start"] == "13:00" and sjabloon["eind"] == "16:00"
    assert [(b["begin"], b["eind"]) for b in sjabloon["blokken"]][4] == ("14:20", "14:30")  # the pause
    assert sjabloon["totaal_tekst"] == "180 minuten (3 uur)"
    for blok in sjabloon["blokken"]:
        if blok["werkvorm"]:
            assert _cat.get("werkvorm", blok["werkvorm"]) is not None
            assert blok["url"] == f"../werkvormen/{blok['werkvorm']}/"


def test_standaardminuten_zijn_de_som_van_de_stappen():
    lijst = werkvormtools.werkvormen(_cat)
    assert len(lijst) == len(_cat.items["werkvorm"])
    for w in lijst:
        item = _cat.get("werkvorm", w["slug"])
        assert w["minuten"] == sum(s["minuten"] for s in item.data["stappen"])
        assert w["fase"] in item.data["fasen"]
    groepen = werkvormtools.werkvormen_per_fase(lijst)
    assert sum(len(g["werkvormen"]) for g in groepen) == len(lijst)


def test_tijden_en_duur():
    assert werkvormtools.tijd(13 * 60 + 5) == "13:05"
    assert werkvormtools.tijd(24 * 60 + 30) == "00:30"
    assert werkvormtools.minuten_van("09:45") == 585
    assert werkvormtools.duur_tekst(45) == "45 minuten"
    assert werkvormtools.duur_tekst(95) == "95 minuten (1 uur en 35 minuten)"


def test_kaarten_hebben_unieke_velden_en_csv_kolommen():
    for naam in ("netwerkkaart", "afsprakenkaart"):
        d = werkvormtools.formulier_definitie(_cat, naam)
        namen = [v["naam"] for v in d["kop"]] + [v["naam"] for v in werkvormtools.alle_velden(d)]
        assert len(namen) == len(set(namen)), naam
        assert werkvormtools.csv_kolommen(d)[: len(d["kop"])] == [v["label"] for v in d["kop"]]
    netwerk = werkvormtools.formulier_definitie(_cat, "netwerkkaart")
    velden = {v["naam"]: v for v in werkvormtools.alle_velden(netwerk)}
    # what the toolkit puts on a Netwerkkaart: organisation, type, contact, ideas, wishes, worries
    assert {"organisatie", "soort_partner", "contact", "ideeen", "wensen", "zorgen"} <= set(velden)
    assert {"vso/pro-school", "UWV", "werkgeversservicepunt", "RMC"} <= set(velden["soort_partner"]["opties"])
    assert "toestemming" in velden["contact"]["hulp"]
    afspraken = werkvormtools.formulier_definitie(_cat, "afsprakenkaart")
    assert {"wat", "wie", "wanneer"} <= {v["naam"] for v in werkvormtools.alle_velden(afspraken)}


def test_json_in_de_pagina_kan_script_niet_sluiten():
    tekst = str(werkvormtools.als_json({"a": "</script><b>&"}))
    assert "<" not in tekst and ">" not in tekst and "&" not in tekst
    assert json.loads(tekst) == {"a": "</script><b>&"}


def test_andere_inhoud_zonder_datafile_werkt_nog(tmp_path):
    """A build of other content (the test fixtures) lacks the data file: the project's file is used
    and links to werkvormen that content does not have are left out."""
    leeg = Catalogus(root=tmp_path)
    sjabloon = werkvormtools.sjablonen(leeg)[0]
    assert sjabloon["totaal"] == 180
    assert all(b["werkvorm"] is None for b in sjabloon["blokken"])
    assert werkvormtools.formulier(leeg, "afsprakenkaart")["f"]["weergave"] == "rijen"


def test_sessiesjablonen_uit_de_bronnen_met_herkomst_van_de_tijden():
    sjablonen = {s["naam"]: s for s in werkvormtools.sjablonen(_cat)}
    assert set(sjablonen) == {
        "netwerksessie-3-uur",
        "netwerksessie-online",
        "opvolgsessie",
        "pilottraject-vijf-bijeenkomsten",
        "ai-summit",
    }
    # the toolkit gives the minutes of the 3-hour session but no start time
    drie_uur = sjablonen["netwerksessie-3-uur"]
    assert drie_uur["start_redactie"] and not drie_uur["redactie"]
    assert all(not b["redactie"] for b in drie_uur["blokken"])
    # the online variant follows the same agenda
    assert [(b["titel"], b["minuten"]) for b in sjablonen["netwerksessie-online"]["blokken"]] == TOOLKIT_AGENDA
    # the Werkboek's pilot: five meetings in its order, no durations in the source
    pilot = sjablonen["pilottraject-vijf-bijeenkomsten"]
    assert pilot["traject"] and [b["titel"].split(": ", 1)[1] for b in pilot["bijeenkomsten"]] == [
        "Samen richten",
        "Onderzoeken en verdiepen",
        "Ontwerpen van acties",
        "Reflecteren",
        "Oogsten",
    ]
    for naam in ("pilottraject-vijf-bijeenkomsten", "ai-summit", "opvolgsessie"):
        s = sjablonen[naam]
        assert s["start_redactie"]
        assert all(b["redactie"] for bk in s["bijeenkomsten"] for b in bk["blokken"]), naam
    assert sjablonen["pilottraject-vijf-bijeenkomsten"]["bron"]["document"] == "werkboek-samen-slim-vernieuwen-2019"
    assert sjablonen["ai-summit"]["bron"]["document"] == "werkboek-samen-slim-vernieuwen-2019"
    assert sjablonen["opvolgsessie"]["bron"]["document"] == "toolkit-werk-aan-je-netwerk-2021"
    # every block with a werkvorm links to an existing one; every template cites a section
    for s in sjablonen.values():
        assert s["bron"].get("sectie"), s["naam"]
        for bk in s["bijeenkomsten"]:
            for b in bk["blokken"]:
                if b["werkvorm"]:
                    assert _cat.get("werkvorm", b["werkvorm"]) is not None
                    assert b["url"] == f"../werkvormen/{b['werkvorm']}/"
        assert sum(1 for bk in s["bijeenkomsten"] for b in bk["blokken"] if b["werkvorm"]) >= 4, s["naam"]


def test_plannerdata_heeft_materialen_en_instructies():
    data = json.loads(str(werkvormtools.planner(_cat)["data_json"]))
    assert data["werkvormen"]["toekomstdroom"]["materialen"]
    assert len(data["sjablonen"]["pilottraject-vijf-bijeenkomsten"]["bijeenkomsten"]) == 5
    eerste = data["sjablonen"]["netwerksessie-3-uur"]["bijeenkomsten"][0]["blokken"][0]
    assert eerste["wat"].startswith("De gespreksleider") and eerste["redactie"] is False


def test_sjabloon_zonder_blokken_of_met_beide_wordt_geweigerd():
    import yaml

    schema = json.loads((PROJECT / "schema" / "sessiesjablonen.schema.json").read_text(encoding="utf-8"))
    echt = yaml.safe_load((PROJECT / "data" / "sessiesjablonen.yaml").read_text(encoding="utf-8"))
    basis = {
        "naam": "x-y",
        "titel": "Titel",
        "samenvatting": "Samenvatting.",
        "bron": {"document": "inzending", "sectie": "Eigen draaiboek"},
    }
    blok = {"titel": "Blok", "minuten": 10, "herkomst": "redactie"}

    def fouten(sjabloon):
        return list(_valideer(schema, dict(echt, sjablonen=[sjabloon])))

    assert not fouten(dict(basis, blokken=[blok]))  # the control: a valid one passes
    assert not fouten(dict(basis, bijeenkomsten=[{"titel": "Een", "blokken": [blok]}] * 2))
    for fout in (
        dict(basis),  # neither blokken nor bijeenkomsten
        dict(basis, blokken=[blok], bijeenkomsten=[{"titel": "Een", "blokken": [blok]}] * 2),
        dict(basis, blokken=[{"titel": "Blok", "minuten": 10}]),  # minutes without provenance
        dict(basis, blokken=[blok], start="13:00"),
    ):  # start time without provenance
        assert fouten(fout), fout


def _valideer(schema, data):
    import jsonschema
    from referencing import Registry, Resource

    registry = Registry().with_resources(
        (p.name, Resource.from_contents(json.loads(p.read_text(encoding="utf-8"))))
        for p in (PROJECT / "schema").glob("*.json")
    )
    return jsonschema.Draft202012Validator(schema, registry=registry).iter_errors(data)


def test_keuzelijst_neemt_de_partnertypen_uit_de_vocabulaire():
    """A choice field with `keuzelijst: partnertype` offers exactly the shared partner types
    (with UWV, RMC and the werkgeversservicepunt, as the entries use them), not a list of its own."""
    from kennisbank.inhoud import schemas

    veld = werkvormtools._veld(
        {"naam": "soort_partner", "label": "Soort partner", "soort": "keuze", "keuzelijst": "partnertype"}
    )
    assert veld["opties"] == schemas.waarden("partnertype")
    assert {"UWV", "RMC", "werkgeversservicepunt", "gemeente"} <= set(veld["opties"])
