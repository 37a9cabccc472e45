"""Read one YAML file safely and remember on which line every value stands.

Contributors send files we did not write, so reading refuses what cannot be
meant before it costs time: huge files, deep nesting, anchors and aliases (the
"billion laughs" bomb), duplicate keys, a BOM and bytes that are not UTF-8.
Problems are returned as `Fout` values, never raised, so that the validator
can report every problem of every file in one run.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .fouten import Fout

# C-accelerated loaders are ~15x faster on 2,000 files; fall back if libyaml is absent.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# An anchor (&naam) or alias (*naam) starts a node, so it follows whitespace, a line start or
# a flow indicator; '&' inside words ("W&I") or before a space ("Meet & Match") is plain text.
_ANKER_OF_ALIAS = re.compile(r"(?:^|[\s\[{,:])[&*][^\s\[\]{},]", re.M)

MAX_BYTES = 200_000
MAX_DEPTH = 12

Pad = tuple  # path into the data: ("aanpak", 2, "titel")


@dataclass
class YamlBestand:
    path: Path
    data: Any = None
    regels: dict[Pad, int] = field(default_factory=dict)
    fouten: list[Fout] = field(default_factory=list)

    def regel(self, pad: Pad) -> int:
        """The line of the value at `pad`, or of its nearest ancestor that exists."""
        pad = tuple(pad)
        while pad not in self.regels and pad:
            pad = pad[:-1]
        return self.regels.get(pad, 1)


def lees(path: Path, weergavepad: str | None = None) -> YamlBestand:
    naam = weergavepad or str(path)
    bestand = YamlBestand(path=path)

    def fout(regel: int, veld: str, bericht: str) -> YamlBestand:
        bestand.fouten.append(Fout(naam, regel, veld, bericht))
        return bestand

    try:
        grootte = path.stat().st_size
    except OSError as exc:
        return fout(1, "-", f"bestand is niet te lezen ({exc.strerror})")
    if grootte > MAX_BYTES:
        return fout(1, "-", f"bestand is {grootte // 1000} kB; de grens is {MAX_BYTES // 1000} kB. "
                    "Is dit echt één voorbeeld of werkvorm?")
    ruw = path.read_bytes()
    if ruw.startswith(b"\xef\xbb\xbf"):
        return fout(1, "-", "bestand begint met een BOM; sla het op als UTF-8 zonder BOM")
    try:
        tekst = ruw.decode("utf-8")
    except UnicodeDecodeError as exc:
        regel = ruw[: exc.start].count(b"\n") + 1
        return fout(regel, "-", f"bestand is geen geldige UTF-8 (byte {ruw[exc.start]:#04x}); "
                    "sla het op als UTF-8")
    if "\x00" in tekst:
        return fout(tekst[: tekst.index("\x00")].count("\n") + 1, "-",
                    "bestand bevat een NUL-teken; is het wel een tekstbestand?")

    # Pass 1, only for text that could hold anchors, aliases or deep nesting: the event
    # stream is flat, so these are refused before any tree is built (the C composer
    # recurses, and an alias bomb would explode in our own walk).
    diepte = 0
    verdacht = _ANKER_OF_ALIAS.search(tekst) or tekst.count("[") + tekst.count("{") > 100 \
        or any(len(r) - len(r.lstrip(" ")) > 2 * MAX_DEPTH for r in tekst.splitlines())
    try:
        for event in (yaml.parse(tekst, Loader=Loader) if verdacht else ()):
            regel = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return fout(regel, "-", "ankers en aliassen (& en *) zijn niet toegestaan; "
                            "schrijf de tekst gewoon uit")
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                diepte += 1
                if diepte > MAX_DEPTH:
                    return fout(regel, "-", f"te diep genest (meer dan {MAX_DEPTH} niveaus)")
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                diepte -= 1
        knoop = yaml.compose(tekst, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        regel = mark.line + 1 if mark else 1
        regeltekst = tekst.splitlines()[regel - 1] if 0 < regel <= len(tekst.splitlines()) else ""
        if "\t" in regeltekst[: len(regeltekst) - len(regeltekst.lstrip())]:
            return fout(regel, "-", "ongeldige YAML: een tab-teken om in te springen; gebruik spaties")
        return fout(regel, "-", f"ongeldige YAML: {_vertaal_yamlfout(exc)}")
    except yaml.reader.ReaderError as exc:
        regel = tekst[: exc.position].count("\n") + 1
        return fout(regel, "-", f"onzichtbaar stuurteken (#x{exc.character:04x}) in de tekst; typ die regel opnieuw")
    except yaml.YAMLError as exc:
        return fout(1, "-", f"ongeldige YAML: {exc}")

    if knoop is None:
        return fout(1, "-", "bestand is leeg")
    constructor = yaml.constructor.SafeConstructor()
    bestand.data = _bouw(knoop, (), bestand, constructor, naam)
    return bestand


STANDAARD_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")}


def _bouw(knoop: yaml.Node, pad: Pad, bestand: YamlBestand, constructor, naam: str) -> Any:
    bestand.regels[pad] = knoop.start_mark.line + 1
    if len(pad) > MAX_DEPTH:
        bestand.fouten.append(Fout(naam, knoop.start_mark.line + 1, _veldnaam(pad), f"te diep genest (meer dan {MAX_DEPTH} niveaus)"))
        return None
    if knoop.tag not in STANDAARD_TAGS:
        bestand.fouten.append(Fout(naam, knoop.start_mark.line + 1, _veldnaam(pad) or "-",
                                   f"onbekende YAML-tag '{knoop.tag}'; laat tags (!...) weg"))
        return None
    if isinstance(knoop, yaml.MappingNode):
        uit: dict[str, Any] = {}
        for sleutelknoop, waardeknoop in knoop.value:
            sleutel = sleutelknoop.value if isinstance(sleutelknoop, yaml.ScalarNode) else None
            regel = sleutelknoop.start_mark.line + 1
            if not isinstance(sleutel, str):
                bestand.fouten.append(Fout(naam, regel, _veldnaam(pad) or "-",
                                           f"veldnaam {sleutel!r} moet tekst zijn"))
                continue
            if sleutel in uit:
                eerder = bestand.regels.get(pad + (sleutel,), "?")
                bestand.fouten.append(Fout(naam, regel, _veldnaam(pad + (sleutel,)),
                                           f"veld staat twee keer in het bestand (ook op regel {eerder}); "
                                           "haal een van beide weg"))
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
        bestand.fouten.append(Fout(naam, knoop.start_mark.line + 1, _veldnaam(pad) or "-",
                                   f"onbekende YAML-tag '{knoop.tag}'; laat tags (!...) weg"))
        return None
    except (ValueError, TypeError, OverflowError):
        # 2026-13-01 looks like a date but is none: keep the text, the schema says what is expected
        return knoop.value
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

_YAML_VERTALINGEN = {
    "found character '\\t' that cannot start any token": "een tab-teken; gebruik spaties om in te springen",
    "mapping values are not allowed here": "dubbele punt op een onverwachte plek; zet tekst met ': ' tussen aanhalingstekens",
    "could not find expected ':'": "verwachtte 'veld: waarde'; mist er een dubbele punt of een aanhalingsteken?",
    "found unexpected end of stream": "bestand houdt onverwacht op; mist er een afsluitend aanhalingsteken?",
    "did not find expected key": "verwachtte hier een veld; klopt het inspringen?",
    "did not find expected '-' indicator": "verwachtte hier een lijstitem ('- '); klopt het inspringen?",
    "found undefined tag handle": "onbekende tag (!); gebruik geen ! aan het begin van een waarde",
    "found unknown escape character": "onbekend escape-teken (\\) in tekst tussen dubbele aanhalingstekens",
    "but found another document": "het bestand bevat meer dan één YAML-document (---); zet één item per bestand",
}


def _vertaal_yamlfout(exc: yaml.MarkedYAMLError) -> str:
    probleem = (exc.problem or "").strip()
    for engels, nederlands in _YAML_VERTALINGEN.items():
        if probleem.startswith(engels):
            return nederlands
    return probleem or str(exc)
