"""Load every entry of the knowledge base, validate it, and hold the result.

`laad(root)` reads all kinds, validates each file against its schema and runs
the checks that span files (duplicate titles, references, renamed slugs). It
collects every problem instead of stopping at the first, like endoflife.date's
checks, so a contributor sees all that needs fixing at once.
"""

from __future__ import annotations

import datetime
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kennisbank import PROJECT, parallel
from kennisbank.inhoud import actualiteit, schemas, soorten, tekstcontrole
from kennisbank.inhoud.fouten import Fout
from kennisbank.inhoud.schemafouten import kinderen, normaliseer, vertaal_alle
from kennisbank.inhoud.soorten import Soort
from kennisbank.inhoud.yamlbestand import YamlBestand, lees, leesfout, veldnaam

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
NEGEER = {"README.md", ".gitkeep"}
INHOUDSMAPPEN = {Path(s.patroon).parent.name for s in soorten.ALLE}  # voorbeelden, werkvormen, ...


@dataclass
class Item:
    soort: Soort
    slug: str
    pad: Path
    data: dict
    bestand: YamlBestand

    @property
    def titel(self) -> str:
        return self.data.get("titel", self.slug)

    @property
    def url(self) -> str:
        return f"{self.soort.url}/{self.slug}/"


@dataclass
class Catalogus:
    root: Path
    items: dict[str, dict[str, Item]] = field(default_factory=dict)  # soort -> slug -> item
    fouten: list[Fout] = field(default_factory=list)

    def van(self, soort: str) -> list[Item]:
        return sorted(self.items.get(soort, {}).values(), key=lambda i: i.titel.lower())

    def get(self, soort: str, slug: str) -> Item | None:
        return self.items.get(soort, {}).get(slug)

    def data(self, soort: str) -> Any:
        """The content of a single-file kind such as data/regios.yaml."""
        gevonden = list(self.items.get(soort, {}).values())
        return gevonden[0].data if gevonden else None


def _toon(pad: Path, root: Path) -> str:
    try:
        return str(pad.relative_to(root))
    except ValueError:
        return str(pad)


def _soort_van_bestand(pad: Path) -> Soort | None:
    for soort in soorten.ALLE:
        if soort.patroon.endswith("/*") and pad.parent.name == soort.patroon[:-2]:
            return soort
        if not soort.patroon.endswith("/*") and pad.name == Path(soort.patroon).name:
            return soort
    try:
        eerste = pad.open(encoding="utf-8", errors="replace").readline()
    except OSError:
        return None
    for soort in soorten.ALLE:
        if soort.schema in eerste:
            return soort
    return None


def bestanden(root: Path) -> Iterable[tuple[Soort, Path]]:
    for soort in soorten.ALLE:
        for pad in sorted(root.glob(soort.patroon)):
            # symlinks are yielded too: _lees_een refuses them with a message
            if (pad.is_file() or pad.is_symlink()) and pad.name not in NEGEER:
                yield soort, pad


def controleer_pad(pad: Path, root: Path, ook_buiten: bool = False) -> tuple[Path | None, Fout | None]:
    """A path given on the command line: its resolved form if it is a regular file inside the
    knowledge base, or the message that says why it is not checked. `ook_buiten` lets a
    script check a draft it wrote elsewhere against the knowledge base (issue_naar_yaml --toon)."""
    naam = _toon(Path(os.path.abspath(pad)), root)
    try:
        st = os.lstat(pad)
    except OSError as exc:
        return None, Fout(naam, 1, "-", f"bestand {leesfout(exc)}")
    if stat.S_ISLNK(st.st_mode):
        return None, Fout(
            naam,
            1,
            "-",
            "is een symbolische link; de controle volgt geen links: zet het bestand "
            "zelf in voorbeelden/ of werkvormen/",
        )
    if stat.S_ISDIR(st.st_mode):
        return None, Fout(
            naam,
            1,
            "-",
            "is een map, geen bestand; noem de .yaml-bestanden, of laat de namen weg om alles te controleren",
        )
    if not stat.S_ISREG(st.st_mode):
        return None, Fout(
            naam, 1, "-", "is geen gewoon bestand (maar bijvoorbeeld een apparaat of pijp); noem een .yaml-bestand"
        )
    echt = pad.resolve()
    try:
        echt.relative_to(root)
    except ValueError:
        if ook_buiten:
            return echt, None
        return None, Fout(
            naam,
            1,
            "-",
            f"staat buiten de kennisbank ({root}); alleen bestanden daarin worden "
            "gecontroleerd: zet het in voorbeelden/ of werkvormen/",
        )
    if echt.name in NEGEER:
        return None, Fout(_toon(echt, root), 1, "-", "is de uitleg bij de map, geen item; noem een .yaml-bestand")
    if echt.suffix != ".yaml":
        if echt.parent.name in INHOUDSMAPPEN:
            hint = "hernoem het naar .yaml" if echt.suffix == ".yml" else "alleen .yaml-bestanden horen hier"
            return None, Fout(_toon(echt, root), 1, "-", f"bestandsnaam moet eindigen op .yaml; {hint}")
        return None, Fout(
            _toon(echt, root),
            1,
            "-",
            "is geen bestand met inhoud van de kennisbank: alleen "
            ".yaml-bestanden in voorbeelden/, werkvormen/, verbetertool/ en data/ worden gecontroleerd",
        )
    return echt, None


def laad(
    root: Path = PROJECT, alleen: list[Path] | None = None, cache: dict | None = None, ook_buiten: bool = False
) -> Catalogus:
    """Load and check everything below `root`; with `alleen`, report only those files' problems
    (files outside `root` are refused, unless `ook_buiten`).
    With `cache` (a dict kept by the caller, see kennisbank.motoren.toestand), a file that has not changed
    since the last call is not read again; the checks across files always run."""
    with schemas.vastgezet():  # the schema folder is one version for the whole load
        return _laad(root, alleen, cache, ook_buiten)


def _laad(root: Path, alleen: list[Path] | None, cache: dict | None, ook_buiten: bool) -> Catalogus:
    root = root.resolve()
    cat = Catalogus(root=root)
    te_laden = list(bestanden(root))
    extra_fouten: list[Fout] = []
    gevraagd: set[str] = set()
    if alleen:
        bekend = {p for _, p in te_laden}
        for pad in alleen:
            echt, fout = controleer_pad(pad, root, ook_buiten)
            if fout:
                extra_fouten.append(fout)
                gevraagd.add(fout.pad)
                geweigerd = Path(os.path.abspath(pad))
                te_laden = [(s, p) for s, p in te_laden if p != geweigerd]  # one message per file
                continue
            gevraagd.add(_toon(echt, root))
            if echt not in bekend:
                soort = _soort_van_bestand(echt)
                if soort is None:
                    extra_fouten.append(
                        Fout(
                            _toon(echt, root),
                            1,
                            "-",
                            "onbekend soort bestand: zet het in "
                            "voorbeelden/ of werkvormen/, of begin met de regel "
                            "'# yaml-language-server: $schema=...'",
                        )
                    )
                    continue
                te_laden.append((soort, echt))
                bekend.add(echt)

    cache = {} if cache is None else cache
    # A file's result also depends on the schemas and on data/ (vocabulary, regions), so a
    # change there checks every file again.
    afhankelijk = (schemas.handtekening(), tuple(_sleutel(s, p) for s, p in te_laden if p.parent.name == "data"))
    sleutels = [(_sleutel(soort, pad), afhankelijk) for soort, pad in te_laden]
    nieuw = [(s, taak) for s, taak in zip(sleutels, te_laden, strict=True) if s not in cache]
    for s, uitkomst in zip(
        [s for s, _ in nieuw],
        parallel.kaart(lambda taak: _lees_een(taak[0], taak[1], _toon(taak[1], root)), [taak for _, taak in nieuw]),
        strict=True,
    ):
        cache[s] = uitkomst
    gelezen = [cache[s] for s in sleutels]
    for oud in set(cache) - set(sleutels):  # changed or removed files
        del cache[oud]
    for (soort, pad), (fouten, bestand) in zip(te_laden, gelezen, strict=True):
        cat.fouten.extend(fouten)
        if bestand is None:
            continue
        naam = _toon(pad, root)
        if pad.stem in cat.items.setdefault(soort.naam, {}):
            cat.fouten.append(Fout(naam, 1, "-", f"er is al een {soort.naam} met de naam '{pad.stem}'"))
            continue
        cat.items[soort.naam][pad.stem] = Item(soort, pad.stem, pad, bestand.data, bestand)
    _controleer_samenhang(cat)
    cat.fouten.extend(extra_fouten)
    if alleen:
        cat.fouten = [f for f in cat.fouten if f.pad in gevraagd]
    cat.fouten = sorted(set(cat.fouten))
    return cat


def _sleutel(soort: Soort, pad: Path) -> tuple:
    try:
        st = pad.stat()
        return soort.naam, str(pad), st.st_mtime_ns, st.st_size
    except OSError:
        return soort.naam, str(pad), None, None


def _lees_een(soort: Soort, pad: Path, naam: str) -> tuple[list[Fout], YamlBestand | None]:
    """Read and check one file on its own: its problems, and the file when it holds data.
    Touches nothing shared, so files can be read in parallel (kennisbank.parallel)."""
    try:
        return _controleer_een(soort, pad, naam)
    except RecursionError:
        return [Fout(naam, 1, "-", "te diep genest of te ingewikkeld om te controleren")], None
    except Exception as exc:  # a bug of ours must still stop the build with the file's name, not a traceback
        return [
            Fout(naam, 1, "-", f"interne fout bij het controleren ({type(exc).__name__}: {exc}); meld dit in een issue")
        ], None


def _controleer_een(soort: Soort, pad: Path, naam: str) -> tuple[list[Fout], YamlBestand | None]:
    fouten: list[Fout] = []
    try:
        st = os.lstat(pad)
    except OSError as exc:
        return [Fout(naam, 1, "-", f"bestand {leesfout(exc)}")], None
    if stat.S_ISLNK(st.st_mode):
        return [
            Fout(naam, 1, "-", "is een symbolische link; de controle volgt geen links: zet het bestand zelf hier neer")
        ], None
    if not stat.S_ISREG(st.st_mode):
        return [Fout(naam, 1, "-", "is geen gewoon bestand")], None
    if soort.url:
        if pad.suffix != ".yaml":
            return [Fout(naam, 1, "-", "bestandsnaam moet eindigen op .yaml")], None
        if not SLUG.match(pad.stem):
            voorstel = re.sub(r"[^a-z0-9]+", "-", pad.stem.lower()).strip("-")
            return [
                Fout(
                    naam,
                    1,
                    "-",
                    f"bestandsnaam '{pad.name}' is geen geldige naam: gebruik "
                    f"kleine letters, cijfers en koppeltekens, bijvoorbeeld '{voorstel}.yaml'",
                )
            ], None
    bestand = lees(pad, naam, blokken=_blokken(soort.schema))
    fouten.extend(bestand.fouten)
    if bestand.data is None:
        if not fouten:  # a document that is only "null" or "~"
            fouten.append(Fout(naam, 1, "-", "bestand is leeg"))
        return fouten, None
    if not isinstance(bestand.data, dict):
        fouten.append(
            Fout(naam, 1, "-", "het bestand moet bestaan uit velden (veld: waarde), niet uit een lijst of losse tekst")
        )
        return fouten, None
    if soort.schema not in schemas.alle_schemas():
        fouten.append(Fout(naam, 1, "-", f"schema/{soort.schema} ontbreekt"))
        return fouten, None
    if not schemas.is_geldig(soort.schema, bestand.data):
        schemafouten = list(schemas.validator(soort.schema).iter_errors(bestand.data))
        # "Goed beschreven" is accepted as "goed beschreven": fix the data, then check again
        if normaliseer(schemafouten, bestand.data):
            schemafouten = (
                []
                if schemas.is_geldig(soort.schema, bestand.data)
                else list(schemas.validator(soort.schema).iter_errors(bestand.data))
            )
        for fout in schemafouten:
            fouten.extend(vertaal_alle(fout, bestand, naam))
    fouten.extend(_datums_in_de_toekomst(soort, bestand, naam))
    for pad_in, tekst in tekstcontrole.teksten(bestand.data):
        is_url = bool(pad_in) and pad_in[-1] in ("url", "website")
        for probleem in tekstcontrole.problemen(tekst, is_url=is_url, escapes=bestand.escapes):
            fouten.append(Fout(naam, bestand.regel(pad_in), veldnaam(pad_in), probleem))
    fouten.extend(_eigen_regels(soort, bestand, naam))
    return fouten, bestand


@schemas.per_versie()
def _blokken(schema_naam: str) -> dict[str, str]:
    """Field inside a top-level block -> the block (omschrijving -> doelgroep), for parse errors."""
    eigenschappen = schemas.alle_schemas().get(schema_naam, {}).get("properties", {})
    uit: dict[str, str] = {}
    for blok, sub in eigenschappen.items():
        for kind in sorted(kinderen(sub)):
            if kind not in eigenschappen:
                uit.setdefault(kind, blok)
    return uit


@schemas.per_versie()
def _datumvelden(schema_naam: str) -> list[tuple[tuple, str]]:
    """(path pattern, 'datum' or 'maand') for every date field of a kind, read from its schema."""
    gevonden = []

    def loop(schema, patroon, diepte=0):
        if not isinstance(schema, dict) or diepte > 12:
            return
        ref = schema.get("$ref", "")
        for soortnaam in ("datum", "maand"):
            if ref.endswith(f"/$defs/{soortnaam}"):
                gevonden.append((patroon, soortnaam))
        for sleutel, sub in schema.get("properties", {}).items():
            loop(sub, patroon + (sleutel,), diepte + 1)
        if isinstance(schema.get("items"), dict):
            loop(schema["items"], patroon + ("*",), diepte + 1)

    loop(schemas.alle_schemas().get(schema_naam, {}), ())
    return gevonden


def _datums_in_de_toekomst(soort: Soort, bestand: YamlBestand, naam: str) -> list[Fout]:
    """Dates that cannot be right: in the future, or before 1900."""
    # one day's grace: a contributor east of the build machine may already be a day further
    morgen = actualiteit.vandaag() + datetime.timedelta(days=1)  # the build date (SOURCE_DATE_EPOCH)
    fouten = []
    for patroon, soortnaam in _datumvelden(soort.schema):
        for pad, waarde in _paden(bestand.data, patroon):
            tekst = str(waarde)
            if soortnaam == "datum" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", tekst):
                try:
                    datum = datetime.date.fromisoformat(tekst)
                except ValueError:
                    datum = None
                if datum is None or datum.year < 1900:
                    fouten.append(
                        Fout(
                            naam,
                            bestand.regel(pad),
                            veldnaam(pad),
                            f"{tekst} kan niet kloppen: schrijf een echte datum na 1900 als JJJJ-MM-DD",
                        )
                    )
                    continue
                te_laat = datum > morgen
            elif soortnaam == "maand" and re.fullmatch(r"\d{4}(-\d{2})?", tekst):
                te_laat = tekst > morgen.isoformat()[: len(tekst)]
            else:
                continue
            if te_laat:
                fouten.append(
                    Fout(
                        naam,
                        bestand.regel(pad),
                        veldnaam(pad),
                        f"{tekst} ligt in de toekomst (vandaag is {actualiteit.vandaag().isoformat()}); "
                        "vul een datum in die al geweest is",
                    )
                )
    return fouten


def _bereik(data: dict, veld: str, naam: str, bestand: YamlBestand, eenheid: str) -> list[Fout]:
    waarde = data.get(veld)
    if isinstance(waarde, dict) and isinstance(waarde.get("min"), int) and isinstance(waarde.get("max"), int):
        if waarde["min"] > waarde["max"]:
            return [
                Fout(
                    naam,
                    bestand.regel((veld, "min")),
                    f"{veld}.min",
                    f"minimum ({waarde['min']} {eenheid}) is groter dan maximum ({waarde['max']} {eenheid})",
                )
            ]
    return []


def _eigen_regels(soort: Soort, bestand: YamlBestand, naam: str) -> list[Fout]:
    data = bestand.data
    fouten: list[Fout] = []
    if soort is soorten.WERKVORM:
        fouten += _bereik(data, "duur", naam, bestand, "minuten")
        fouten += _bereik(data, "groepsgrootte", naam, bestand, "deelnemers")
        stappen = data.get("stappen")
        duur = data.get("duur")
        if isinstance(stappen, list) and isinstance(duur, dict) and not fouten:
            minuten = [s.get("minuten") for s in stappen if isinstance(s, dict)]
            if minuten and all(isinstance(m, int) for m in minuten):
                totaal = sum(minuten)
                lo, hi = duur.get("min"), duur.get("max")
                if isinstance(lo, int) and isinstance(hi, int) and not lo <= totaal <= hi:
                    fouten.append(
                        Fout(
                            naam,
                            bestand.regel(("stappen",)),
                            "stappen",
                            f"de stappen duren samen {totaal} minuten; dat past niet in duur ({lo} tot {hi} minuten)",
                        )
                    )
        if data.get("online") is True and not any(
            isinstance(v, dict) and "online" in str(v.get("titel", "")).lower() for v in data.get("varianten") or []
        ):
            fouten.append(
                Fout(
                    naam,
                    bestand.regel(("online",)),
                    "varianten",
                    "online is true: beschrijf dan ook een variant met 'Online' in de titel",
                )
            )
    if soort is soorten.VOORBEELD:
        periode = data.get("periode")
        if isinstance(periode, dict) and "van" in periode and "tot" in periode:
            if str(periode["van"]) > str(periode["tot"]):
                fouten.append(
                    Fout(
                        naam,
                        bestand.regel(("periode", "tot")),
                        "periode.tot",
                        f"einde ({periode['tot']}) ligt voor het begin ({periode['van']})",
                    )
                )
    if soort is soorten.REGIOS:
        namen = [r.get("naam") for r in data.get("regios") or [] if isinstance(r, dict)]
        for ontbreekt in sorted(set(schemas.waarden("regio")) - set(namen)):
            fouten.append(Fout(naam, bestand.regel(("regios",)), "regios", f"regio '{ontbreekt}' ontbreekt"))
        for i, n in enumerate(namen):
            if namen.index(n) != i:
                fouten.append(
                    Fout(
                        naam,
                        bestand.regel(("regios", i)),
                        f"regios[{i + 1}].naam",
                        f"regio '{n}' staat er twee keer in",
                    )
                )
        # a municipality belongs to one labour-market region: the validator's suggestion relies on it
        eerder: dict[str, str] = {}
        for i, regio in enumerate(data.get("regios") or []):
            if not isinstance(regio, dict):
                continue
            for j, gemeente in enumerate(regio.get("gemeenten") or []):
                if isinstance(gemeente, str) and gemeente in eerder and eerder[gemeente] != regio.get("naam"):
                    fouten.append(
                        Fout(
                            naam,
                            bestand.regel(("regios", i, "gemeenten", j)),
                            f"regios[{i + 1}].gemeenten[{j + 1}]",
                            f"gemeente '{gemeente}' staat ook bij {eerder[gemeente]}",
                        )
                    )
                elif isinstance(gemeente, str):
                    eerder[gemeente] = regio.get("naam")
    return fouten


def _paden(data: Any, patroon: tuple, pad: tuple = ()) -> Iterable[tuple[tuple, Any]]:
    if not patroon:
        yield pad, data
        return
    kop, rest = patroon[0], patroon[1:]
    if kop == "*":
        if isinstance(data, list):
            for i, waarde in enumerate(data):
                yield from _paden(waarde, rest, pad + (i,))
    elif isinstance(data, dict) and kop in data:
        yield from _paden(data[kop], rest, pad + (kop,))


def _controleer_samenhang(cat: Catalogus) -> None:
    for soort in soorten.ALLE:
        items = list(cat.items.get(soort.naam, {}).values())
        if soort.titelveld:
            per_titel: dict[str, list[Item]] = {}
            for item in sorted(items, key=lambda i: i.slug):
                sleutel = " ".join(str(item.data.get(soort.titelveld, "")).lower().split())
                per_titel.setdefault(sleutel, []).append(item)
            # Both files are named: we cannot tell which one is the newcomer.
            for groep in per_titel.values():
                for item in groep if len(groep) > 1 else []:
                    anderen = ", ".join(_toon(a.pad, cat.root) for a in groep if a is not item)
                    cat.fouten.append(
                        Fout(
                            _toon(item.pad, cat.root),
                            item.bestand.regel((soort.titelveld,)),
                            soort.titelveld,
                            f"dezelfde titel staat ook in {anderen}; kies een titel die elk item onderscheidt",
                        )
                    )
        for item in items:
            for patroon, doel in soort.verwijzingen.items():
                for pad, slug in _paden(item.data, patroon):
                    if isinstance(slug, str) and slug not in cat.items.get(doel, {}):
                        map_ = soorten.PER_NAAM[doel].patroon[:-2]
                        cat.fouten.append(
                            Fout(
                                _toon(item.pad, cat.root),
                                item.bestand.regel(pad),
                                veldnaam(pad),
                                f"verwijst naar '{slug}', maar {map_}/{slug}.yaml bestaat niet",
                            )
                        )
            if soort in (soorten.WERKVORM, soorten.VOORBEELD):
                # a werkvorm named in running text as [[slug]] becomes a link under its title
                for pad, tekst in tekstcontrole.teksten(item.data):
                    for slug in re.findall(r"\[\[([^\]]*)\]\]", tekst):
                        if slug not in cat.items.get("werkvorm", {}):
                            cat.fouten.append(
                                Fout(
                                    _toon(item.pad, cat.root),
                                    item.bestand.regel(pad),
                                    veldnaam(pad),
                                    f"[[{slug}]] verwijst naar een werkvorm, maar werkvormen/{slug}.yaml "
                                    "bestaat niet; schrijf de bestandsnaam zonder .yaml, zoals [[historielijn]]",
                                )
                            )
            if soort is soorten.WERKVORM:
                eerdere = item.data.get("eerdere_namen")
                for i, oud in enumerate(eerdere if isinstance(eerdere, list) else []):
                    if isinstance(oud, str) and oud in cat.items.get(soort.naam, {}):
                        cat.fouten.append(
                            Fout(
                                _toon(item.pad, cat.root),
                                item.bestand.regel(("eerdere_namen", i)),
                                f"eerdere_namen[{i + 1}]",
                                f"'{oud}' is nog de naam van een "
                                "bestaande werkvorm; een oude naam kan niet doorverwijzen",
                            )
                        )
