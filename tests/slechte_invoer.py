"""Fixture set of hostile and broken entries, each with the line the validator must print.

Every case starts from the valid test entry in tests/fixtures/geldig/ and breaks one
thing, so the expected field and line are known exactly.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

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


BOM_AANVAL = "titel: bom\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" \
             "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n" \
             "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"

GEVALLEN = [
    Geval("script-in-titel", vervang("titel: Geval script-in-titel", "titel: <script>alert(1)</script> Geval"),
          "titel", 2, "HTML-code"),
    Geval("html-in-samenvatting", vervang("samenvatting: Een kort", "samenvatting: <b>Een</b> kort"),
          "samenvatting", 5, "HTML-code"),
    Geval("script-diep-in-aanpak", vervang("beschrijving: De accountmanager bezoekt werkgevers.",
                                           "beschrijving: 'Bezoek <script src=//x.nl/a.js></script>'"),
          "aanpak[1].beschrijving", 13, "HTML-code"),
    Geval("img-onerror-in-tips", vervang("tips: [Begin klein.]", "tips: ['<img src=x onerror=alert(1)>']"),
          "tips[1]", 28, "HTML-code"),
    Geval("javascript-url", vervang('url: "https://example.org/"', 'url: "javascript:alert(1)"'),
          "links[1].url", 34, "http://"),
    Geval("data-url", vervang('url: "https://example.org/"', 'url: "data:text/html,<script>alert(1)</script>"'),
          "links[1].url", 34, "http://"),
    Geval("javascript-in-tekst", vervang("aanleiding: De tests", "aanleiding: Klik javascript:alert(1) De tests"),
          "aanleiding", 6, "javascript:"),
    Geval("markdown-link", vervang("aanleiding: De tests", "aanleiding: Lees [klik hier](https://x.nl) De tests"),
          "aanleiding", 6, "[tekst](link)"),
    Geval("jinja-config", vervang("doel: 12 jongeren aan werk helpen.", "doel: '{{ config }} 12 jongeren'"),
          "doel", 7, "sjablooncode"),
    Geval("jinja-blok", vervang("werkzame_elementen: [Korte lijnen tussen partners.]",
                                "werkzame_elementen: ['{% include \"x\" %}']"),
          "werkzame_elementen[1]", 16, "sjablooncode"),
    Geval("alias-bom", lambda _: BOM_AANVAL, "-", 2, "ankers en aliassen"),
    Geval("tien-megabyte", _groot, "-", 1, "kB"),
    Geval("diep-genest", _diep, "-", 2, "te diep genest"),
    Geval("tabs", vervang("  omschrijving: Jongeren", "\tomschrijving: Jongeren"), "-", 9, "tab"),
    Geval("bom-teken", _bom, "-", 1, "BOM"),
    Geval("geen-utf8", _latin1, "-", 5, "UTF-8"),
    Geval("dubbel-veld", vervang("gemeenten: [Enschede]", "regios: [Twente]"), "regios", 4, "twee keer"),
    Geval("lijst-wordt-tekst", vervang("tips: [Begin klein.]", "tips: Begin klein."), "tips", 28, "verwacht een lijst"),
    Geval("tekst-waar-getal-hoort", vervang("aantal: 12", "aantal: veel"), "resultaten[1].aantal", 23,
          "verwacht een getal"),
    Geval("onbekende-regio", vervang("regios: [Twente]", "regios: [Atlantis]"), "regios[1]", 3,
          "geen toegestane waarde"),
    Geval("regio-tikfout", vervang("regios: [Twente]", "regios: [Twentee]"), "regios[1]", 3, "bedoelde je 'Twente'"),
    Geval("onbekend-veld", lambda t: t + "kleur: blauw\n", "kleur", 37, "onbekend veld"),
    Geval("verplicht-veld-mist", _zonder("doel:"), "doel", None, "verplicht veld ontbreekt"),
    Geval("persoonlijk-mailadres", vervang("rol: Voert de bemiddeling uit.",
                                           "rol: Mail j.de.vries@gemeente-enschede.nl voor info."),
          "partners[1].rol", 20, "persoonlijk e-mailadres"),
    Geval("dubbele-titel", vervang("titel: Geval dubbele-titel", "titel: Proefaanpak voor de tests"),
          "titel", 2, "dezelfde titel", alleen_eigen_bestand=False),
    Geval("verwijzing-bestaat-niet", vervang("werkvormen: [testvorm]", "werkvormen: [bestaat-niet]"),
          "werkvormen[1]", 35, "bestaat niet"),
    Geval("slechte-bestandsnaam", lambda t: t, "-", 1, "geen geldige naam", bestandsnaam="Geval Met Spaties.yaml"),
    Geval("yml-extensie", lambda t: t, "-", 1, ".yaml", bestandsnaam="geval-yml.yml"),
    Geval("ongeldige-datum", vervang("laatst_bekeken: 2026-11-22", "laatst_bekeken: 2026-13-45"),
          "laatst_bekeken", 36, "JJJJ-MM-DD"),
    Geval("leeg-bestand", lambda _: "# alleen commentaar\n", "-", 1, "leeg"),
    Geval("lijst-in-plaats-van-velden", lambda _: "- titel: x\n- titel: y\n", "-", 1, "velden"),
    Geval("onbekende-pijler", vervang("pijlers: [matchen]", "pijlers: [werkgevers]"), "pijlers[1]", 29,
          "geen toegestane waarde"),
    Geval("stuurteken", vervang("samenvatting: Een kort", "samenvatting: Een\x07 kort"), "-", 5,
          "stuurteken"),
    Geval("twee-documenten", lambda t: t + "---\ntitel: nog een\n", "-", None, "meer dan één YAML-document"),
    Geval("python-tag", vervang("doel: 12 jongeren aan werk helpen.", "doel: !!python/object/apply:os.system [ls]"),
          "doel", 7, "YAML-tag"),
    Geval("periode-achterstevoren", vervang("periode: {van: 2016, tot: 2017-01}", "periode: {van: 2018, tot: 2017-01}"),
          "periode.tot", 32, "voor het begin"),
    Geval("duur-min-groter-dan-max", vervang("duur: {min: 10, max: 20,", "duur: {min: 30, max: 20,"),
          "duur.min", 6, "groter dan maximum", soort="werkvormen"),
    Geval("stappen-passen-niet-in-duur", vervang("minuten: 10,", "minuten: 50,"), "stappen", 11, "duren samen",
          soort="werkvormen"),
    Geval("werkvorm-verwijst-naar-niets", lambda t: t + "gerelateerd: [bestaat-ook-niet]\n", "gerelateerd[1]", 20,
          "bestaat niet", soort="werkvormen"),
    Geval("online-zonder-variant", vervang("  - {titel: Online, beschrijving: Gebruik de chat.}",
                                           "  - {titel: Grote groep, beschrijving: Splits de groep.}"),
          "varianten", 8, "Online", soort="werkvormen"),
    Geval("negatieve-minuten", vervang("minuten: 5,", "minuten: -5,"), "stappen[1].minuten", 12, "te klein",
          soort="werkvormen"),
]
