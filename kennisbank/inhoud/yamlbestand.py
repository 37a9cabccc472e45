"""Read one YAML file safely and remember on which line every value stands.

Contributors send files we did not write, so reading refuses what cannot be
meant before it costs time: huge files, deep nesting, anchors and aliases (the
"billion laughs" bomb), duplicate keys, a BOM and bytes that are not UTF-8.
Problems are returned as `Fout` values, never raised, so that the validator
can report every problem of every file in one run.
"""

from __future__ import annotations

import datetime
import errno
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kennisbank.inhoud import tekstcontrole
from kennisbank.inhoud.fouten import Fout

# C-accelerated loaders are ~15x faster on 2,000 files; fall back if libyaml is absent.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# An anchor (&naam) or alias (*naam) starts a node, so it follows whitespace, a line start or
# a flow indicator; '&' inside words ("W&I") or before a space ("Meet & Match") is plain text.
_ANKER_OF_ALIAS = re.compile(r"(?:^|[\s\[{,:])[&*][^\s\[\]{},]", re.M)

# a number as people write it: 12, -3, 0.5, 1.5e3; not 1:30 (sexagesimal), 012 (octal) or 0x1F
_GEWOON_GETAL = re.compile(r"^[-+]?(0|[1-9][0-9_]*)(\.[0-9_]*)?([eE][-+]?[0-9]+)?$|^[-+]?\.[0-9]+$")

MAX_BYTES = 200_000
MAX_DEPTH = 12

Pad = tuple  # path into the data: ("aanpak", 2, "titel")


@dataclass
class YamlBestand:
    path: Path
    data: Any = None
    regels: dict[Pad, int] = field(default_factory=dict)
    fouten: list[Fout] = field(default_factory=list)
    escapes: bool = True  # the text has a backslash: a quoted value may hold an escaped character

    def regel(self, pad: Pad) -> int:
        """The line of the value at `pad`, or of its nearest ancestor that exists."""
        pad = tuple(pad)
        while pad not in self.regels and pad:
            pad = pad[:-1]
        return self.regels.get(pad, 1)


def lees(path: Path, weergavepad: str | None = None, blokken: dict[str, str] | None = None) -> YamlBestand:
    """`blokken` maps a field inside a block to the block's name (omschrijving -> doelgroep), from
    the schema, so that a parse error can say which line "blok:" is missing."""
    naam = weergavepad or str(path)
    bestand = YamlBestand(path=path)

    def fout(regel: int, veld: str, bericht: str) -> YamlBestand:
        bestand.fouten.append(Fout(naam, regel, veld, bericht))
        return bestand

    try:
        grootte = path.stat().st_size
        if grootte > MAX_BYTES:
            return fout(
                1,
                "-",
                f"bestand is {grootte // 1000} kB; de grens is {MAX_BYTES // 1000} kB. "
                "Is dit echt één voorbeeld of werkvorm?",
            )
        ruw = path.read_bytes()
    except OSError as exc:
        return fout(1, "-", f"bestand {leesfout(exc)}")
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return fout(1, "-", "bestand is opgeslagen als UTF-16 ('Unicode'); sla het op als UTF-8")
    if ruw.startswith(b"\xef\xbb\xbf"):
        return fout(1, "-", "bestand begint met een BOM; sla het op als UTF-8 zonder BOM")
    try:
        tekst = ruw.decode("utf-8")
    except UnicodeDecodeError as exc:
        regel = ruw[: exc.start].count(b"\n") + 1
        return fout(regel, "-", f"bestand is geen geldige UTF-8 (byte {ruw[exc.start]:#04x}); sla het op als UTF-8")
    if "\x00" in tekst:
        return fout(
            tekst[: tekst.index("\x00")].count("\n") + 1,
            "-",
            "bestand bevat een NUL-teken; is het wel een tekstbestand?",
        )
    # Windows (CRLF) and old Mac (CR) line ends are fine; one form keeps the line numbers right.
    if "\r" in tekst:
        tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    # The same word must be the same text: é typed as e + accent becomes the one character é.
    if not tekst.isascii() and not unicodedata.is_normalized("NFC", tekst):
        tekst = unicodedata.normalize("NFC", tekst)
    # Invisible characters are reported with their place; to find the field they stand in, the
    # file is parsed with a visible stand-in (same length, so every column stays the same).
    onzichtbaar = tekstcontrole.onzichtbare_tekens(tekst)
    if onzichtbaar:
        tekens = list(tekst)
        for index, _, _ in onzichtbaar:
            tekens[index] = tekstcontrole.PLAATSHOUDER
        tekst = "".join(tekens)
    regels = tekst.split("\n")
    bestand.escapes = "\\" in tekst

    # Pass 1, only for text that could hold anchors, aliases or deep nesting: the event
    # stream is flat, so these are refused before any tree is built (the C composer
    # recurses, and an alias bomb would explode in our own walk).
    diepte = 0
    verdacht = (
        _ANKER_OF_ALIAS.search(tekst)
        or tekst.count("[") + tekst.count("{") > 100
        or any(len(r) - len(r.lstrip(" ")) > 2 * MAX_DEPTH for r in regels)
    )
    knoop = None
    try:
        for event in yaml.parse(tekst, Loader=Loader) if verdacht else ():
            regel = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return fout(
                    regel,
                    _veld_op_regel(regels, regel),
                    "ankers en aliassen (& en *) zijn niet toegestaan; schrijf de tekst gewoon uit. "
                    "Begint je tekst met * of &? Zet hem dan tussen aanhalingstekens",
                )
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                diepte += 1
                if diepte > MAX_DEPTH:
                    return fout(regel, "-", f"te diep genest (meer dan {MAX_DEPTH} niveaus)")
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                diepte -= 1
        knoop = yaml.compose(tekst, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        fout(*yamlfout_uitgelegd(exc, regels, blokken))
    except yaml.reader.ReaderError as exc:
        regel = tekst[: exc.position].count("\n") + 1
        fout(
            regel,
            _veld_op_regel(regels, regel),
            f"onzichtbaar teken (U+{exc.character:04X}) in de tekst; haal het weg of typ de regel opnieuw",
        )
    except yaml.YAMLError as exc:
        fout(1, "-", f"ongeldige YAML ({exc})")

    for index, teken, soort in onzichtbaar[:MAX_ONZICHTBAAR]:
        regel = tekst.count("\n", 0, index) + 1
        kolom = index - (tekst.rfind("\n", 0, index) + 1)
        pad = _pad_op_plek(knoop, regel - 1, kolom) if knoop is not None else None
        veld = _veldnaam(pad) if pad else _veld_op_regel(regels, regel)
        # the field as the editor shows it, without the stand-in
        veld = (veld or "-").replace(tekstcontrole.PLAATSHOUDER, "") or "-"
        fout(regel, veld, tekstcontrole.onzichtbaar_bericht(teken, soort, regels[regel - 1], kolom))
    if len(onzichtbaar) > MAX_ONZICHTBAAR:
        fout(
            1,
            "-",
            f"nog {len(onzichtbaar) - MAX_ONZICHTBAAR} onzichtbare tekens meer; "
            "kopieer de tekst via een gewone teksteditor",
        )
    if bestand.fouten:
        return bestand
    if knoop is None:
        return fout(1, "-", "bestand is leeg")
    constructor = yaml.constructor.SafeConstructor()
    bestand.data = _bouw(knoop, (), bestand, constructor, naam)
    return bestand


MAX_ONZICHTBAAR = 20


def leesfout(exc: OSError) -> str:
    """Why a file cannot be read, in Dutch, to follow the word "bestand"."""
    return {
        errno.ENOENT: "bestaat niet",
        errno.EACCES: "is niet te lezen: geen leesrechten",
        errno.EPERM: "is niet te lezen: geen leesrechten",
        errno.EISDIR: "is een map",
        errno.ENAMETOOLONG: "heeft een te lange naam",
        errno.ENOTDIR: "bestaat niet (een deel van het pad is geen map)",
        errno.ELOOP: "is een symbolische link die naar zichzelf wijst",
    }.get(exc.errno, f"is niet te lezen ({exc.strerror or exc})")


def _pad_op_plek(knoop: yaml.Node, regel: int, kolom: int, pad: Pad = ()) -> Pad | None:
    """The path of the key or value that covers (regel, kolom), 0-based as in PyYAML's marks."""
    plek = (regel, kolom)

    def bevat(n: yaml.Node) -> bool:
        return (n.start_mark.line, n.start_mark.column) <= plek < (n.end_mark.line, n.end_mark.column)

    if isinstance(knoop, yaml.MappingNode):
        for sleutel, waarde in knoop.value:
            naam = sleutel.value if isinstance(sleutel, yaml.ScalarNode) else "?"
            if bevat(sleutel):
                return pad + (naam,)
            if bevat(waarde) or (isinstance(waarde, yaml.ScalarNode) and waarde.start_mark.line == regel):
                return _pad_op_plek(waarde, regel, kolom, pad + (naam,)) or pad + (naam,)
        return None
    if isinstance(knoop, yaml.SequenceNode):
        for i, kind in enumerate(knoop.value):
            if bevat(kind):
                return _pad_op_plek(kind, regel, kolom, pad + (i,)) or pad + (i,)
        return None
    return pad


STANDAARD_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")}


def _onbekende_tag(knoop: yaml.Node, pad: Pad, naam: str) -> Fout:
    return Fout(
        naam,
        knoop.start_mark.line + 1,
        _veldnaam(pad) or "-",
        f"onbekende YAML-tag '{knoop.tag}'; laat tags (!...) weg",
    )


def _bouw(knoop: yaml.Node, pad: Pad, bestand: YamlBestand, constructor, naam: str) -> Any:
    bestand.regels[pad] = knoop.start_mark.line + 1
    if len(pad) > MAX_DEPTH:
        bestand.fouten.append(
            Fout(naam, knoop.start_mark.line + 1, _veldnaam(pad), f"te diep genest (meer dan {MAX_DEPTH} niveaus)")
        )
        return None
    if knoop.tag not in STANDAARD_TAGS:
        bestand.fouten.append(_onbekende_tag(knoop, pad, naam))
        return None
    if isinstance(knoop, yaml.MappingNode):
        uit: dict[str, Any] = {}
        for sleutelknoop, waardeknoop in knoop.value:
            sleutel = sleutelknoop.value if isinstance(sleutelknoop, yaml.ScalarNode) else None
            regel = sleutelknoop.start_mark.line + 1
            if not isinstance(sleutel, str):
                bestand.fouten.append(Fout(naam, regel, _veldnaam(pad) or "-", f"veldnaam {sleutel!r} moet tekst zijn"))
                continue
            if sleutel in uit:
                eerder = bestand.regels.get(pad + (sleutel,), "?")
                bestand.fouten.append(
                    Fout(
                        naam,
                        regel,
                        _veldnaam(pad + (sleutel,)),
                        f"veld staat twee keer in het bestand (ook op regel {eerder}); haal een van beide weg",
                    )
                )
                continue
            uit[sleutel] = _bouw(waardeknoop, pad + (sleutel,), bestand, constructor, naam)
            # A key's own line is where a reader looks for it, also when its value is a block.
            bestand.regels[pad + (sleutel,)] = regel
        return uit
    if isinstance(knoop, yaml.SequenceNode):
        return [_bouw(kind, pad + (i,), bestand, constructor, naam) for i, kind in enumerate(knoop.value)]
    try:
        waarde = constructor.construct_object(knoop)
    except yaml.YAMLError:
        bestand.fouten.append(_onbekende_tag(knoop, pad, naam))
        return None
    except (ValueError, TypeError, OverflowError):
        # 2026-13-01 looks like a date but is none: keep the text, the schema says what is expected
        return knoop.value
    if (
        isinstance(waarde, (int, float))
        and not isinstance(waarde, bool)
        and not knoop.style
        and math.isfinite(waarde)
        and not _GEWOON_GETAL.match(knoop.value)
    ):
        # YAML 1.1 reads 1:30 as 90, 012 as 10 and 0x1F as 31: say so instead of using a surprise
        bestand.fouten.append(
            Fout(
                naam,
                knoop.start_mark.line + 1,
                _veldnaam(pad) or "-",
                f"'{knoop.value}' is geen gewoon getal (YAML leest het als {waarde}); schrijf "
                "het getal met alleen cijfers, zoals 90, of zet tekst tussen aanhalingstekens",
            )
        )
        return 0  # never used: the file has an error
    if isinstance(waarde, float) and not math.isfinite(waarde):
        bestand.fouten.append(
            Fout(
                naam,
                knoop.start_mark.line + 1,
                _veldnaam(pad) or "-",
                f"'{knoop.value}' is geen gewoon getal; schrijf een getal zoals 12 of 3.5",
            )
        )
        return 0  # never used: the file has an error
    # YAML turns 2026-11-22 into a date; the schemas describe dates as text.
    if isinstance(waarde, (datetime.date, datetime.datetime)):
        return waarde.isoformat()[:10]
    return waarde


def _veldnaam(pad: Pad) -> str:
    delen = []
    for stuk in pad:
        if isinstance(stuk, int):
            delen.append(f"[{stuk + 1}]")
        else:
            delen.append(("." if delen else "") + stuk)
    return "".join(delen)


veldnaam = _veldnaam

_SLEUTEL = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")
_LIJSTITEM = re.compile(r"-(?:[ \t]+|$)")


def _veld_op_regel(regels: list[str], nummer: int) -> str:
    """The field a line belongs to, read from the indentation alone: for a file that does not
    parse, so there is no tree to ask. Gives e.g. 'aanpak[2].beschrijving', or '-'."""
    delen: list = []
    grens = None  # ancestors are indented less than this
    regels = [r[: len(r) - len(r.lstrip(" \t"))].replace("\t", "  ") + r.lstrip(" \t") for r in regels[:nummer]]
    for i in range(min(nummer, len(regels)) - 1, -1, -1):
        r = regels[i]
        inhoud = r.lstrip(" ")
        if not inhoud.strip() or inhoud.startswith("#"):
            continue
        inspring = len(r) - len(inhoud)
        if grens is not None and inspring >= grens:
            continue
        item = _LIJSTITEM.match(inhoud)
        if item:
            sleutel = _SLEUTEL.match(inhoud[item.end() :])
            if sleutel and (grens is None or inspring + item.end() < grens):
                delen.insert(0, sleutel.group(1))
            eerder = 0
            for vorige in reversed(regels[:i]):
                vinhoud = vorige.lstrip(" ")
                if not vinhoud.strip() or vinhoud.startswith("#"):
                    continue
                vinspring = len(vorige) - len(vinhoud)
                if vinspring < inspring:
                    break
                if vinspring == inspring and _LIJSTITEM.match(vinhoud):
                    eerder += 1
            delen.insert(0, eerder)
        else:
            sleutel = _SLEUTEL.match(inhoud)
            if sleutel:
                delen.insert(0, sleutel.group(1))
        grens = inspring
        if inspring == 0:
            break
    return _veldnaam(tuple(delen)) or "-"


def _open_aanhalingsteken(regels: list[str], tot: int) -> int | None:
    """The first line up to `tot` whose value opens a quote that the line does not close."""
    for i, r in enumerate(regels[:tot]):
        inhoud = r.lstrip(" ")
        if inhoud.startswith("#"):
            continue
        item = _LIJSTITEM.match(inhoud)
        if item:
            inhoud = inhoud[item.end() :]
        sleutel = _SLEUTEL.match(inhoud)
        waarde = inhoud[sleutel.end() :].strip() if sleutel else inhoud.strip()
        if waarde[:1] == '"':
            rest = re.sub(r"\\.", "", waarde[1:])
            if '"' not in rest:
                return i + 1
        elif waarde[:1] == "'":
            if "'" not in waarde[1:].replace("''", ""):
                return i + 1
    return None


def _inspringing(r: str) -> int:
    return len(r) - len(r.lstrip(" "))


def yamlfout_uitgelegd(
    exc: yaml.MarkedYAMLError, regels: list[str], blokken: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """The parser's error as (line, field, Dutch message with the fix), for the mistakes people
    make: a colon in running text, tabs, indentation, a quote that is not closed."""
    probleem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    pmark, cmark = exc.problem_mark, exc.context_mark
    regel = pmark.line + 1 if pmark else (cmark.line + 1 if cmark else 1)
    regel = max(1, min(regel, len(regels)))
    tekst = regels[regel - 1] if regels else ""

    def uit(nummer: int, bericht: str) -> tuple[int, str, str]:
        return nummer, _veld_op_regel(regels, nummer), bericht

    # a tab in the indentation of any line up to the error
    for i, r in enumerate(regels[:regel]):
        if "\t" in r[: len(r) - len(r.lstrip(" \t"))]:
            return uit(i + 1, "een tab-teken om in te springen; gebruik spaties (twee per niveau)")
    if context.startswith("while scanning a quoted scalar") and cmark:
        teken = regels[cmark.line][cmark.column : cmark.column + 1] if cmark.line < len(regels) else '"'
        return uit(
            cmark.line + 1,
            f"het aanhalingsteken ({teken}) aan het begin van de tekst wordt niet "
            f"afgesloten; zet aan het eind van de tekst ook een {teken}",
        )
    open_regel = _open_aanhalingsteken(regels, regel)
    if open_regel and open_regel < regel:
        teken = regels[open_regel - 1].split(":", 1)[-1].strip()[:1] or '"'
        return uit(
            open_regel,
            f"het aanhalingsteken ({teken}) aan het begin van de tekst wordt op deze regel "
            f"niet afgesloten; zet aan het eind van de tekst ook een {teken}",
        )
    if probleem.startswith("mapping values are not allowed"):
        inhoud = tekst.lstrip(" ")
        item = _LIJSTITEM.match(inhoud)
        if item:
            inhoud = inhoud[item.end() :]
        sleutel = _SLEUTEL.match(inhoud)
        vorige = next((r for r in reversed(regels[: regel - 1]) if r.strip() and not r.lstrip().startswith("#")), "")
        vorige_inhoud = vorige.lstrip(" ")
        vorige_item = _LIJSTITEM.match(vorige_inhoud)
        # where the fields of the line above start ("  - titel: x" -> 4)
        vorige_inspring = _inspringing(vorige) + (vorige_item.end() if vorige_item else 0)
        vervolg = (
            bool(vorige)
            and _inspringing(tekst) > _inspringing(vorige)
            and bool(_SLEUTEL.match(vorige_inhoud[vorige_item.end() :] if vorige_item else vorige_inhoud))
            and not vorige.rstrip().endswith(":")
        )
        is_veldnaam = bool(sleutel) and re.fullmatch(r"[a-z_]+", sleutel.group(1)) is not None
        if sleutel and ":" in inhoud[sleutel.end() :] and not vervolg:
            waarde = inhoud[sleutel.end() :].strip()
            aanhalingsteken = "'" if '"' in waarde else '"'
            voorbeeld = waarde if len(waarde) <= 40 else waarde[:37] + "..."
            return uit(
                regel,
                "dubbele punt in de tekst: zet tekst met een dubbele punt tussen aanhalingstekens, "
                f"zo: {sleutel.group(1)}: {aanhalingsteken}{voorbeeld}{aanhalingsteken}",
            )
        if vervolg and not is_veldnaam:
            return uit(
                regel,
                "dubbele punt in de tekst: deze regel loopt door van de regel erboven; zet tekst "
                "met een dubbele punt tussen aanhalingstekens, of schrijf 'veld: >-' en de tekst "
                "ingesprongen op de regels eronder",
            )
        blok = (blokken or {}).get(sleutel.group(1)) if sleutel else None
        vorige_sleutel = _SLEUTEL.match(vorige_inhoud[vorige_item.end() :] if vorige_item else vorige_inhoud)
        if vervolg and blok and vorige_sleutel and vorige_sleutel.group(1) == blok:
            return (
                regel - 1,
                blok,
                (
                    f"achter '{blok}:' hoort niets: de velden van het blok staan op de regels "
                    "eronder, twee spaties ingesprongen"
                ),
            )
        if vervolg and blok and vorige_inspring == 0:
            return (
                regel,
                _veldnaam((blok, sleutel.group(1))),
                (
                    f"'{sleutel.group(1)}' hoort bij het blok '{blok}', maar de regel '{blok}:' ontbreekt erboven; zet "
                    f"'{blok}:' op een eigen regel boven de velden van het blok"
                ),
            )
        if vervolg:
            # the field it was meant to be: this line at the indentation of the fields above
            regels = regels[: regel - 1] + [" " * vorige_inspring + tekst.lstrip(" ")]
            return uit(
                regel,
                f"het inspringen klopt niet: deze regel springt {_inspringing(tekst)} spaties in, "
                f"de velden erboven {vorige_inspring}; zet velden van hetzelfde blok precies onder elkaar",
            )
        return uit(
            regel,
            "dubbele punt op een onverwachte plek: zet tekst met een dubbele punt tussen "
            "aanhalingstekens, of controleer het inspringen",
        )
    if probleem.startswith(
        ("did not find expected key", "did not find expected '-' indicator", "expected <block end>")
    ):
        return uit(
            regel,
            f"het inspringen klopt niet: deze regel springt {_inspringing(tekst)} spaties in; "
            "velden en lijstitems van hetzelfde blok staan precies onder elkaar (met spaties)",
        )
    if probleem.startswith("could not find expected ':'"):
        nummer = cmark.line + 1 if cmark else regel
        if nummer > 1 and not _SLEUTEL.match(_LIJSTITEM.sub("", regels[nummer - 1].lstrip(" "), count=1)):
            # text without a field name: most likely it continues the field above
            return (
                nummer,
                _veld_op_regel(regels, nummer - 1),
                (
                    "regel zonder 'veld: waarde': hoort de tekst bij het veld erboven, spring hem dan verder in dan "
                    "die veldnaam, of zet de hele tekst tussen aanhalingstekens; anders mist er een dubbele punt "
                    "na de veldnaam"
                ),
            )
        return uit(
            nummer,
            "regel zonder 'veld: waarde': mist er een dubbele punt na de veldnaam? Hoort de "
            "tekst bij het veld erboven, spring hem dan verder in dan die veldnaam, of zet de hele tekst "
            "tussen aanhalingstekens",
        )
    if probleem.startswith("did not find expected ',' or ']'") or probleem.startswith(
        "did not find expected ',' or '}'"
    ):
        sluit = "]" if "]" in probleem else "}"
        nummer = cmark.line + 1 if cmark else regel
        soort = "de lijst tussen [ ]" if sluit == "]" else "de groep velden tussen { }"
        return uit(
            nummer,
            f"{soort} wordt niet goed afgesloten: "
            f"mist er een '{sluit}' aan het eind, of staat er een dubbele punt in een item? Zet zo'n item "
            "tussen aanhalingstekens",
        )
    if probleem.startswith("block sequence entries are not allowed"):
        return uit(
            regel,
            "een '- ' op dezelfde regel als de veldnaam: zet elk lijstitem op een eigen regel onder "
            "het veld, of zet de tekst tussen aanhalingstekens",
        )
    if context.startswith(("while scanning an alias", "while scanning an anchor")):
        return uit(regel, "tekst die met * of & begint, zet je tussen aanhalingstekens")
    if "cannot start any token" in probleem:
        teken = tekst[pmark.column : pmark.column + 1] if pmark and pmark.column < len(tekst) else ""
        return uit(regel, f"tekst die begint met '{teken or '@'}' zet je tussen aanhalingstekens")
    if probleem.startswith("found unknown escape character") or "escape" in probleem:
        return uit(
            regel,
            "een \\ in tekst tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens ('...') of schrijf \\\\",
        )
    if "but found another document" in probleem or "expected a single document" in (context + probleem):
        return uit(regel, "het bestand bevat meer dan één YAML-document (---); zet één item per bestand")
    if probleem.startswith("found undefined tag handle"):
        return uit(
            regel,
            "onbekende tag (!); gebruik geen ! aan het begin van een waarde, of zet de tekst tussen aanhalingstekens",
        )
    if probleem.startswith("found unexpected end of stream"):
        return uit(regel, "bestand houdt onverwacht op; mist er een afsluitend aanhalingsteken of haakje?")
    if probleem.startswith("did not find expected node content"):
        return uit(
            regel,
            "hier ontbreekt een waarde, of staat een leesteken waar YAML het niet verwacht (zoals een "
            "dubbele punt of komma tussen [ ] of { }); zet zo'n tekst tussen aanhalingstekens",
        )
    if probleem.startswith("did not find expected <document start>"):
        return uit(
            regel,
            "deze regel is geen 'veld: waarde': staat er een leesteken in de veldnaam? Veldnamen "
            "zijn kleine letters en _; zet tekst met leestekens tussen aanhalingstekens",
        )
    if probleem.startswith(
        ("did not find expected comment or line break", "did not find expected whitespace or line break")
    ):
        return uit(
            regel,
            "na | of > hoort niets meer op de regel (de tekst komt op de regels eronder), of er staat "
            "een leesteken waar YAML het niet verwacht; zet de tekst tussen aanhalingstekens",
        )
    if (
        "directive" in probleem
        or "non-alphabetical character" in probleem
        or context.startswith("while scanning a directive")
    ):
        return uit(regel, "een regel die met % begint, kan YAML niet lezen; zet de tekst tussen aanhalingstekens")
    if probleem.startswith("found unexpected ':'"):
        return uit(
            regel, "dubbele punt op een onverwachte plek: zet tekst met een dubbele punt tussen aanhalingstekens"
        )
    if probleem.startswith("mapping keys are not allowed"):
        return uit(regel, "een vraagteken (?) dat YAML als speciaal teken leest: zet de tekst tussen aanhalingstekens")
    return uit(
        regel,
        "de YAML klopt hier niet: controleer het inspringen (spaties, precies onder elkaar), "
        "dubbele punten en aanhalingstekens; zet tekst met leestekens tussen aanhalingstekens",
    )
