"""Fixture set of hostile and broken entries, each with the line the validator must print.

Every case starts from the valid test entry in tests/fixtures/geldig/ and breaks one
thing, so the expected field and line are known exactly. PADGEVALLEN are paths that are
not a regular file in the knowledge base; ANDERE_PLATFORMS are valid files as other
systems and editors write them, which must be accepted.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GELDIG = Path(__file__).resolve().parent / "fixtures" / "geldig"
VOORBEELD = (GELDIG / "voorbeelden" / "testregio-proefaanpak.yaml").read_text(encoding="utf-8")
WERKVORM = (GELDIG / "werkvormen" / "testvorm.yaml").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Geval:
    naam: str
    inhoud: Callable[[str], bytes | str]  # from the valid text to the broken file
    veld: str
    regel: int | None
    melding: str
    soort: str = "voorbeelden"
    bestandsnaam: str | None = None
    alleen_eigen_bestand: bool = True


def vervang(oud: str, nieuw: str) -> Callable[[str], str]:
    def doe(tekst: str) -> str:
        assert oud in tekst, oud
        return tekst.replace(oud, nieuw, 1)

    return doe


def eigen_titel(naam: str, tekst: str) -> str:
    tekst = tekst.replace("titel: Proefaanpak voor de tests", f"titel: Geval {naam}", 1)
    return tekst.replace("titel: Testvorm\n", f"titel: Geval {naam}\n", 1)


def schrijf_geval(geval: Geval, map_: Path) -> Path:
    basis = VOORBEELD if geval.soort == "voorbeelden" else WERKVORM
    inhoud = geval.inhoud(eigen_titel(geval.naam, basis))
    pad = map_ / geval.soort / (geval.bestandsnaam or f"geval-{geval.naam}.yaml")
    pad.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(inhoud, bytes):
        pad.write_bytes(inhoud)
    else:
        pad.write_text(inhoud, encoding="utf-8")
    return pad


def _diep(_: str) -> str:
    return "titel: diep\nregios: " + "[" * 200 + "]" * 200 + "\n"


def _bom(tekst: str) -> bytes:
    return b"\xef\xbb\xbf" + tekst.encode("utf-8")


def _latin1(tekst: str) -> bytes:
    regels = tekst.encode("utf-8").split(b"\n")
    regels[4] = b"samenvatting: co\xf6peratie in Twente, zonder UTF-8 opgeslagen."
    return b"\n".join(regels)


def _groot(tekst: str) -> str:
    return tekst + "# " + "x" * 10_000_000 + "\n"


def _zonder(regelbegin: str) -> Callable[[str], str]:
    def doe(tekst: str) -> str:
        return "\n".join(r for r in tekst.split("\n") if not r.startswith(regelbegin))

    return doe


BOM_AANVAL = (
    "titel: bom\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
)

GEVALLEN = [
    Geval(
        "script-in-titel",
        vervang("titel: Geval script-in-titel", "titel: <script>alert(1)</script> Geval"),
        "titel",
        2,
        "HTML-code",
    ),
    Geval(
        "html-in-samenvatting",
        vervang("samenvatting: Een kort", "samenvatting: <b>Een</b> kort"),
        "samenvatting",
        5,
        "HTML-code",
    ),
    Geval(
        "script-diep-in-aanpak",
        vervang(
            "beschrijving: De accountmanager bezoekt werkgevers.",
            "beschrijving: 'Bezoek <script src=//x.nl/a.js></script>'",
        ),
        "aanpak[1].beschrijving",
        13,
        "HTML-code",
    ),
    Geval(
        "img-onerror-in-tips",
        vervang("tips: [Begin klein.]", "tips: ['<img src=x onerror=alert(1)>']"),
        "tips[1]",
        28,
        "HTML-code",
    ),
    Geval(
        "javascript-url",
        vervang('url: "https://example.org/"', 'url: "javascript:alert(1)"'),
        "links[1].url",
        34,
        "http://",
    ),
    Geval(
        "data-url",
        vervang('url: "https://example.org/"', 'url: "data:text/html,<script>alert(1)</script>"'),
        "links[1].url",
        34,
        "http://",
    ),
    Geval(
        "javascript-in-tekst",
        vervang("aanleiding: De tests", "aanleiding: Klik javascript:alert(1) De tests"),
        "aanleiding",
        6,
        "javascript:",
    ),
    Geval(
        "markdown-link",
        vervang("aanleiding: De tests", "aanleiding: Lees [klik hier](https://x.nl) De tests"),
        "aanleiding",
        6,
        "[tekst](link)",
    ),
    Geval(
        "jinja-config",
        vervang("doel: 12 jongeren aan werk helpen.", "doel: '{{ config }} 12 jongeren'"),
        "doel",
        7,
        "sjablooncode",
    ),
    Geval(
        "jinja-blok",
        vervang("werkzame_elementen: [Korte lijnen tussen partners.]", "werkzame_elementen: ['{% include \"x\" %}']"),
        "werkzame_elementen[1]",
        16,
        "sjablooncode",
    ),
    Geval("alias-bom", lambda _: BOM_AANVAL, "a", 2, "ankers en aliassen"),
    Geval("tien-megabyte", _groot, "-", 1, "kB"),
    Geval("diep-genest", _diep, "-", 2, "te diep genest"),
    Geval(
        "tabs",
        vervang("  omschrijving: Jongeren", "\tomschrijving: Jongeren"),
        "doelgroep.omschrijving",
        9,
        "een tab-teken om in te springen; gebruik spaties",
    ),
    Geval("bom-teken", _bom, "-", 1, "BOM"),
    Geval("geen-utf8", _latin1, "-", 5, "UTF-8"),
    Geval("dubbel-veld", vervang("gemeenten: [Enschede]", "regios: [Twente]"), "regios", 4, "twee keer"),
    Geval("lijst-wordt-tekst", vervang("tips: [Begin klein.]", "tips: Begin klein."), "tips", 28, "verwacht een lijst"),
    Geval(
        "tekst-waar-getal-hoort",
        vervang("aantal: 12", "aantal: veel"),
        "resultaten[1].aantal",
        23,
        "verwacht een getal",
    ),
    Geval(
        "onbekende-regio", vervang("regios: [Twente]", "regios: [Atlantis]"), "regios[1]", 3, "geen toegestane waarde"
    ),
    Geval("regio-tikfout", vervang("regios: [Twente]", "regios: [Twentee]"), "regios[1]", 3, "bedoelde je 'Twente'"),
    Geval("onbekend-veld", lambda t: t + "kleur: blauw\n", "kleur", 37, "onbekend veld"),
    Geval("verplicht-veld-mist", _zonder("doel:"), "doel", None, "verplicht veld ontbreekt"),
    Geval(
        "persoonlijk-mailadres",
        vervang("rol: Voert de bemiddeling uit.", "rol: Mail j.de.vries@gemeente-enschede.nl voor info."),
        "partners[1].rol",
        20,
        "persoonlijk e-mailadres",
    ),
    Geval(
        "dubbele-titel",
        vervang("titel: Geval dubbele-titel", "titel: Proefaanpak voor de tests"),
        "titel",
        2,
        "dezelfde titel",
        alleen_eigen_bestand=False,
    ),
    Geval(
        "verwijzing-bestaat-niet",
        vervang("werkvormen: [testvorm]", "werkvormen: [bestaat-niet]"),
        "werkvormen[1]",
        35,
        "bestaat niet",
    ),
    Geval("slechte-bestandsnaam", lambda t: t, "-", 1, "geen geldige naam", bestandsnaam="Geval Met Spaties.yaml"),
    Geval("yml-extensie", lambda t: t, "-", 1, ".yaml", bestandsnaam="geval-yml.yml"),
    Geval(
        "ongeldige-datum",
        vervang("laatst_bekeken: 2026-11-22", "laatst_bekeken: 2026-13-45"),
        "laatst_bekeken",
        36,
        "2026-13-45 bestaat niet: er is geen maand 13; schrijf de datum als JJJJ-MM-DD",
    ),
    Geval("leeg-bestand", lambda _: "# alleen commentaar\n", "-", 1, "leeg"),
    Geval("lijst-in-plaats-van-velden", lambda _: "- titel: x\n- titel: y\n", "-", 1, "velden"),
    Geval(
        "onbekende-pijler",
        vervang("pijlers: [matchen]", "pijlers: [werkgevers]"),
        "pijlers[1]",
        29,
        "geen toegestane waarde",
    ),
    Geval(
        "stuurteken",
        vervang("samenvatting: Een kort", "samenvatting: Een\x07 kort"),
        "samenvatting",
        5,
        "stuurteken (U+0007)",
    ),
    Geval("twee-documenten", lambda t: t + "---\ntitel: nog een\n", "-", None, "meer dan één YAML-document"),
    Geval(
        "python-tag",
        vervang("doel: 12 jongeren aan werk helpen.", "doel: !!python/object/apply:os.system [ls]"),
        "doel",
        7,
        "YAML-tag",
    ),
    Geval(
        "periode-achterstevoren",
        vervang("periode: {van: 2016, tot: 2017-01}", "periode: {van: 2018, tot: 2017-01}"),
        "periode.tot",
        32,
        "voor het begin",
    ),
    Geval(
        "duur-min-groter-dan-max",
        vervang("duur: {min: 10, max: 20,", "duur: {min: 30, max: 20,"),
        "duur.min",
        6,
        "groter dan maximum",
        soort="werkvormen",
    ),
    Geval(
        "stappen-passen-niet-in-duur",
        vervang("minuten: 10,", "minuten: 50,"),
        "stappen",
        11,
        "duren samen",
        soort="werkvormen",
    ),
    Geval(
        "werkvorm-verwijst-naar-niets",
        lambda t: t + "gerelateerd: [bestaat-ook-niet]\n",
        "gerelateerd[1]",
        20,
        "bestaat niet",
        soort="werkvormen",
    ),
    Geval(
        "online-zonder-variant",
        vervang(
            "  - {titel: Online, beschrijving: Gebruik de chat.}",
            "  - {titel: Grote groep, beschrijving: Splits de groep.}",
        ),
        "varianten",
        8,
        "Online",
        soort="werkvormen",
    ),
    Geval(
        "negatieve-minuten",
        vervang("minuten: 5,", "minuten: -5,"),
        "stappen[1].minuten",
        12,
        "te klein",
        soort="werkvormen",
    ),
    # invisible and direction-changing characters, refused with their place
    Geval(
        "nulbreedte-in-titel",
        vervang("titel: Geval nulbreedte-in-titel", "titel: Geval nul\u200bbreedte-in-titel"),
        "titel",
        2,
        "teken zonder breedte (U+200B) op positie 17 van deze regel, na 'titel: Geval nul'",
    ),
    Geval(
        "richtingteken",
        vervang("doel: 12 jongeren", "doel: \u202e12 jongeren"),
        "doel",
        7,
        "richtingteken (draait de leesrichting van tekst om) (U+202E)",
    ),
    Geval(
        "richting-isolatie-in-naam",
        vervang("naam: Werkgeversservicepunt Twente", "naam: Werkgevers\u2066punt\u2069"),
        "partners[1].naam",
        18,
        "U+2066",
    ),
    Geval(
        "zacht-afbreekstreepje",
        vervang("samenvatting: Een kort", "samenvatting: Een kort\u00adje"),
        "samenvatting",
        5,
        "zacht afbreekstreepje (U+00AD)",
    ),
    Geval("onzichtbare-tip", vervang("tips: [Begin klein.]", "tips: [\u3164]"), "tips[1]", 28, "leeg opvulteken"),
    Geval(
        "nulbreedte-als-escape",
        vervang("doel: 12 jongeren aan werk helpen.", 'doel: "12 jongeren\\u200b aan werk"'),
        "doel",
        7,
        "U+200B) op positie 12 van de tekst",
    ),
    Geval(
        "bom-midden-in-tekst", vervang("aanleiding: De tests", "aanleiding: De\ufeff tests"), "aanleiding", 6, "U+FEFF"
    ),
    Geval(
        "regelscheiding",
        vervang("doel: 12 jongeren", "doel: 12\u2028jongeren"),
        "doel",
        7,
        "regel- of alineascheiding (U+2028)",
    ),
    Geval("privegebied", vervang("rol: Voert", "rol: \ue123 Voert"), "partners[1].rol", 20, "privégebied"),
    Geval(
        "onzichtbaar-in-veldnaam",
        vervang("bewijskracht: praktijkervaring", "bewijs\u200bkracht: praktijkervaring"),
        "bewijskracht",
        31,
        "U+200B",
    ),
    # look-alike letters in vocabulary fields, refused with the intended value
    Geval(
        "cyrillisch-in-regio",
        vervang("regios: [Twente]", "regios: [Tw\u0435nte]"),
        "regios[1]",
        3,
        "(U+0435, cyrillic small letter ie) op positie 3; bedoeld is 'Twente'",
    ),
    Geval(
        "grieks-in-thema",
        vervang("themas: [jobhunting]", "themas: [j\u03bfbhunting]"),
        "themas[1]",
        30,
        "bedoeld is 'jobhunting'",
    ),
    Geval(
        "breed-schrift-in-bewijskracht",
        vervang("bewijskracht: praktijkervaring", "bewijskracht: \uff50raktijkervaring"),
        "bewijskracht",
        31,
        "bedoeld is 'praktijkervaring'",
    ),
    Geval(
        "cyrillisch-in-partnertype",
        vervang("type: werkgeversservicepunt", "type: werkgeversservic\u0435punt"),
        "partners[1].type",
        19,
        "bedoeld is 'werkgeversservicepunt'",
    ),
    # numbers: finite and plausible
    Geval("oneindig-aantal", vervang("aantal: 12", "aantal: .inf"), "resultaten[1].aantal", 23, "geen gewoon getal"),
    Geval("geen-getal", vervang("aantal: 12", "aantal: .NaN"), "resultaten[1].aantal", 23, "geen gewoon getal"),
    Geval(
        "onwaarschijnlijk-aantal",
        vervang("aantal: 12", "aantal: 99999999999999999999999"),
        "resultaten[1].aantal",
        23,
        "te groot: hoogstens 1000000",
    ),
    Geval(
        "stap-van-duizend-minuten",
        vervang("minuten: 5,", "minuten: 1000,"),
        "stappen[1].minuten",
        12,
        "te groot",
        soort="werkvormen",
    ),
    Geval(
        "groep-van-nul",
        vervang("groepsgrootte: {min: 2,", "groepsgrootte: {min: 0,"),
        "groepsgrootte.min",
        7,
        "te klein",
        soort="werkvormen",
    ),
    # dates: real and not in the future
    Geval(
        "datum-bestaat-niet",
        vervang("laatst_bekeken: 2026-11-22", "laatst_bekeken: 2026-02-30"),
        "laatst_bekeken",
        36,
        "2026-02-30 bestaat niet: februari 2026 heeft 28 dagen",
    ),
    Geval(
        "datum-dag-maand-jaar",
        vervang("laatst_bekeken: 2026-11-22", "laatst_bekeken: 02-12-2025"),
        "laatst_bekeken",
        36,
        "02-12-2025 → schrijf 2025-12-02",
    ),
    Geval(
        "datum-in-de-toekomst",
        vervang("laatst_bekeken: 2026-11-22", "laatst_bekeken: 2999-01-01"),
        "laatst_bekeken",
        36,
        "ligt in de toekomst",
    ),
    Geval(
        "maand-dertien",
        vervang("tot: 2017-01}", "tot: 2017-13}"),
        "periode.tot",
        32,
        "2017-13 bestaat niet: er is geen maand 13",
    ),
    Geval("periode-in-de-toekomst", vervang("tot: 2017-01}", "tot: 2999}"), "periode.tot", 32, "ligt in de toekomst"),
    # phone numbers, like personal e-mail
    Geval(
        "mobiel-nummer",
        vervang("rol: Voert de bemiddeling uit.", "rol: Bel 06-12345678 voor info."),
        "partners[1].rol",
        20,
        "telefoonnummer '06-12345678' is niet toegestaan",
    ),
    Geval(
        "mobiel-internationaal",
        vervang("aanleiding: De tests", "aanleiding: Bel +31 6 1234 5678. De tests"),
        "aanleiding",
        6,
        "telefoonnummer '+31 6 1234 5678'",
    ),
    Geval(
        "doorkiesnummer",
        vervang("tips: [Begin klein.]", "tips: [Bel (053) 481 23 45.]"),
        "tips[1]",
        28,
        "telefoonnummer",
    ),
    Geval(
        "doorkiesnummer-0031",
        vervang("context: Past in", "context: Bel 0031 20 555 1234. Past in"),
        "overdraagbaarheid.context",
        26,
        "telefoonnummer",
    ),
    # messages a policy officer understands
    Geval(
        "gemeente-als-regio",
        vervang("regios: [Twente]", "regios: [Rotterdam]"),
        "regios[1]",
        3,
        "'Rotterdam' is geen arbeidsmarktregio; het hoort bij de arbeidsmarktregio 'Rijnmond'",
    ),
    Geval(
        "gemeente-enschede-als-regio",
        vervang("regios: [Twente]", "regios: [enschede]"),
        "regios[1]",
        3,
        "arbeidsmarktregio 'Twente'",
    ),
    Geval(
        "nieuwe-gemeente-als-regio",
        vervang("regios: [Twente]", "regios: [Meierijstad]"),
        "regios[1]",
        3,
        "het hoort bij de arbeidsmarktregio 'Noordoost-Brabant'",
    ),
    Geval(
        "andere-naam-van-regio",
        vervang("regios: [Twente]", "regios: [Zuid-Holland Zuid]"),
        "regios[1]",
        3,
        "het hoort bij de arbeidsmarktregio 'Drechtsteden'. Schrijf die naam bij regios",
    ),
    Geval(
        "gemeente-in-twee-regios",
        vervang("regios: [Twente]", "regios: [Vijfheerenlanden]"),
        "regios[1]",
        3,
        "het ligt in de arbeidsmarktregio's 'Gorinchem' en 'Midden-Utrecht'",
    ),
    Geval(
        "dubbele-punt-in-tekst",
        vervang("doel: 12 jongeren aan werk helpen.", "doel: Doel: 12 jongeren."),
        "doel",
        7,
        'zet tekst met een dubbele punt tussen aanhalingstekens, zo: doel: "Doel: 12 jongeren."',
    ),
    Geval(
        "dubbele-punt-in-lijstitem",
        vervang("tips: [Begin klein.]", "tips:\n  - Let op: begin klein."),
        "tips[1]",
        29,
        "zet tekst met een dubbele punt tussen aanhalingstekens",
    ),
    Geval(
        "dubbele-punt-in-vervolgregel",
        vervang("samenvatting: Een kort voorbeeld dat", "samenvatting: Een kort voorbeeld\n  let op: dat"),
        "samenvatting",
        6,
        "dubbele punt in de tekst",
    ),
    Geval(
        "aanhalingsteken-niet-gesloten",
        vervang("doel: 12 jongeren aan werk helpen.", 'doel: "12 jongeren.'),
        "doel",
        7,
        "wordt op deze regel niet afgesloten",
    ),
    Geval(
        "inspringen-klopt-niet",
        vervang("  groepen:", "   groepen:"),
        "doelgroep.groepen",
        10,
        "het inspringen klopt niet",
    ),
    Geval(
        "stap-springt-verkeerd-in",
        vervang("  - titel: Tweede stap\n    beschrijving:", "  - titel: Tweede stap\n     beschrijving:"),
        "aanpak[2].beschrijving",
        15,
        "het inspringen klopt niet",
    ),
    Geval("leeg-veld", vervang("doel: 12 jongeren aan werk helpen.", "doel:"), "doel", 7, "is leeg; vul het in"),
    Geval("lege-tekst", vervang("doel: 12 jongeren aan werk helpen.", 'doel: ""'), "doel", 7, "is leeg; vul het in"),
    Geval("lege-lijst", vervang("tips: [Begin klein.]", "tips: []"), "tips", 28, "is leeg; vul het in"),
    Geval("alleen-spaties", vervang("tips: [Begin klein.]", "tips: ['   ']"), "tips[1]", 28, "is leeg; vul het in"),
    Geval(
        "leeg-blok",
        vervang(
            "doelgroep:\n  omschrijving: Jongeren tot 27 jaar, leeftijd < 27 en werkzoekend.\n"
            "  groepen: [alle werkzoekende jongeren]",
            "doelgroep: {}",
        ),
        "doelgroep",
        8,
        "is leeg; vul het in",
    ),
    Geval(
        "blok-ontbreekt",
        vervang(
            "doelgroep:\n  omschrijving: Jongeren tot 27 jaar, leeftijd < 27 en werkzoekend.\n"
            "  groepen: [alle werkzoekende jongeren]\n",
            "",
        ),
        "doelgroep",
        8,
        "verplicht veld ontbreekt (Doelgroep: Voor wie de aanpak is.); zet het boven deze regel, vóór 'aanpak'",
    ),
    Geval(
        "regel-van-blok-ontbreekt",
        vervang("doelgroep:\n", ""),
        "doelgroep.omschrijving",
        8,
        "de regel 'doelgroep:' ontbreekt erboven",
    ),
    Geval(
        "blok-zonder-inspringen",
        vervang("bron: {document: inzending, sectie: Testbestand}", "document: inzending\nsectie: Testbestand"),
        "bron",
        33,
        "verplicht veld ontbreekt (Bron: Waar de inhoud vandaan komt.); document, sectie horen erbij: zet de regel "
        "'bron:' boven deze regel",
    ),
    Geval(
        "lijst-ontbreekt-in-blok",
        vervang("  groepen: [alle werkzoekende jongeren]\n", ""),
        "doelgroep.groepen",
        9,
        "verplicht veld ontbreekt",
    ),
    Geval(
        "doelgroep-als-thema",
        vervang("themas: [jobhunting]", "themas: [kwetsbare jongeren]"),
        "themas[1]",
        30,
        "'kwetsbare jongeren' is een doelgroep, geen thema: zet het bij doelgroep.groepen",
    ),
    Geval(
        "bewijskracht-verkeerd-gespeld",
        vervang("bewijskracht: praktijkervaring", "bewijskracht: Goed-beschreven"),
        "bewijskracht",
        31,
        "bedoelde je 'goed beschreven'?",
    ),
    Geval("utf16", lambda t: t.encode("utf-16"), "-", 1, "UTF-16"),
    Geval(
        "datum-met-schuine-strepen",
        vervang("laatst_bekeken: 2026-11-22", "laatst_bekeken: 2026/11/02"),
        "laatst_bekeken",
        36,
        "2026/11/02 → schrijf 2026-11-02",
    ),
    Geval(
        "zestigtallig-getal",
        vervang("minuten: 5,", "minuten: 1:30,"),
        "stappen[1].minuten",
        12,
        "'1:30' is geen gewoon getal (YAML leest het als 90)",
        soort="werkvormen",
    ),
    Geval(
        "octaal-getal",
        vervang("aantal: 12", "aantal: 012"),
        "resultaten[1].aantal",
        23,
        "'012' is geen gewoon getal (YAML leest het als 10)",
    ),
    Geval(
        "alleen-null",
        lambda _: "# yaml-language-server: $schema=../schema/praktijkvoorbeeld.schema.json\n~\n",
        "-",
        1,
        "bestand is leeg",
    ),
    Geval(
        "datum-jaar-nul",
        vervang("laatst_bekeken: 2026-11-22", "laatst_bekeken: 0000-01-01"),
        "laatst_bekeken",
        36,
        "kan niet kloppen",
    ),
    Geval(
        "lijkt-op-letter-in-webadres",
        vervang('url: "https://example.org/"', 'url: "https://www.ex\u0430mple.org/"'),
        "links[1].url",
        34,
        "'\u0430' (U+0430, cyrillic small letter a) op positie 15",
    ),
]


def _link_naar(doel: str):
    def maak(map_: Path) -> str:
        pad = map_ / "voorbeelden" / "gelinkt.yaml"
        pad.symlink_to(doel if doel.startswith("/") else map_ / doel)
        return "voorbeelden/gelinkt.yaml"

    return maak


def _map(map_: Path) -> str:
    (map_ / "voorbeelden" / "submap.yaml").mkdir()
    return "voorbeelden/submap.yaml"


def _pijp(map_: Path) -> str:
    os.mkfifo(map_ / "voorbeelden" / "pijp.yaml")
    return "voorbeelden/pijp.yaml"


def _buiten(map_: Path) -> str:
    buiten = map_.parent / "buiten-de-kennisbank.yaml"
    buiten.write_text(VOORBEELD, encoding="utf-8")
    return str(buiten)


def _andere_naam(naam: str):
    def maak(map_: Path) -> str:
        (map_ / "voorbeelden" / naam).write_text(eigen_titel(naam, VOORBEELD), encoding="utf-8")
        return f"voorbeelden/{naam}"

    return maak


@dataclass(frozen=True)
class Padgeval:
    naam: str
    maak: Callable[[Path], str]  # makes the path in the knowledge base folder; returns the argument to give
    melding: str
    getoond: str | None = None  # the name the message starts with, if not the argument


PADGEVALLEN = [
    Padgeval("link-naar-systeembestand", _link_naar("/etc/passwd"), "is een symbolische link"),
    Padgeval(
        "link-naar-geldig-bestand", _link_naar("voorbeelden/testregio-proefaanpak.yaml"), "is een symbolische link"
    ),
    Padgeval("map", _map, "is een map, geen bestand"),
    Padgeval("pijp", _pijp, "is geen gewoon bestand"),
    Padgeval("apparaat", lambda _: "/dev/null", "is geen gewoon bestand"),
    Padgeval("buiten-de-kennisbank", _buiten, "staat buiten de kennisbank"),
    Padgeval(
        "via-dubbele-punt-naar-buiten",
        lambda m: (_buiten(m), "voorbeelden/../../buiten-de-kennisbank.yaml")[1],
        "staat buiten de kennisbank",
    ),
    Padgeval("yml-extensie", _andere_naam("geval.yml"), "moet eindigen op .yaml; hernoem het naar .yaml"),
    Padgeval("txt-extensie", _andere_naam("geval.txt"), "moet eindigen op .yaml"),
    Padgeval("bestaat-niet", lambda _: "voorbeelden/bestaat-niet.yaml", "bestand bestaat niet"),
    Padgeval(
        "geen-inhoud",
        lambda m: (m / "mkdocs.yml").write_text("site_name: x\n") and "mkdocs.yml",
        "is geen bestand met inhoud van de kennisbank",
    ),
]


def _crlf(tekst: str) -> bytes:
    return tekst.replace("\n", "\r\n").encode("utf-8")


def _cr(tekst: str) -> bytes:
    return tekst.replace("\n", "\r").encode("utf-8")


# valid files as other systems write them: each must pass, with its text kept
ANDERE_PLATFORMS = [
    Geval("windows-regeleinden", _crlf, "", None, ""),
    Geval("oude-mac-regeleinden", _cr, "", None, ""),
    Geval(
        "emoji-in-titel",
        vervang(
            "titel: Geval emoji-in-titel",
            'titel: "Geval 👩\u200d💻 jongeren aan het werk ❤\ufe0f 🏴\U000e0067\U000e0062'
            '\U000e0073\U000e0063\U000e0074\U000e007f 1\ufe0f\u20e3"',
        ),
        "",
        None,
        "",
    ),
    Geval(
        "niet-ascii-titel",
        vervang(
            "titel: Geval niet-ascii-titel", 'titel: "Geval Fryslân: café ‘t Hoekje, Ærø, Łódź, İstanbul, Straße – €5"'
        ),
        "",
        None,
        "",
    ),
    Geval(
        "losse-accenten-nfd",
        vervang("titel: Geval losse-accenten-nfd", "titel: Geval cafe\u0301 en Frysla\u0302n"),
        "",
        None,
        "",
    ),
    Geval("harde-spatie-uit-word", vervang("samenvatting: Een kort", "samenvatting: Een\u00a0kort"), "", None, ""),
    Geval(
        "hoofdletters-in-vaste-lijst",
        lambda t: vervang("bewijskracht: praktijkervaring", "bewijskracht: Goed Beschreven")(
            vervang("regios: [Twente]", "regios: [twente]")(t)
        ),
        "",
        None,
        "",
    ),
    Geval(
        "algemene-nummers",
        vervang("rol: Voert de bemiddeling uit.", "rol: Bel 0800-1234, 14 053 of 088 898 20 01 (algemene nummers)."),
        "",
        None,
        "",
    ),
]
