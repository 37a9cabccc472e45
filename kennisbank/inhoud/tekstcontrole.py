"""Checks on every text in an entry that a schema cannot express well.

Entries are plain text: the site shows markup as text anyway, but refusing it
at the door tells a contributor at once, with the line, instead of leaving an
odd page. Personal e-mail addresses and phone numbers are refused for privacy.
Invisible characters (direction controls, zero-width characters, control codes) are
refused with their place: they can make a text read differently from what it says.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

# "<" directly followed by a tag name is markup; "a < b" or "< 27" is ordinary text.
HTML_TAG = re.compile(r"</?[a-zA-Z!?]")
GEVAARLIJK_SCHEMA = re.compile(r"\b(javascript|data|vbscript)\s*:", re.IGNORECASE)
SJABLOON = re.compile(r"\{\{|\{%|\{#|%\}|\}\}")
MARKDOWN_LINK = re.compile(r"!?\[[^\]]*\]\s*\(")
STUURTEKEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What a Dutch phone number starts with (0, +31, 0031, "(0") and enough room for its digits;
# only texts with one go to `phonenumbers` (year ranges such as 2015-2017 never do).
TELEFOON_KANDIDAAT = re.compile(r"(?<![\w+])(?:\+|\(0|0)[\d \u00a0().\-/]{8,}")
# the same without the look-behind, which makes the regex engine try every position: 30x faster,
# and only the 1 in 100 texts that match it get the precise search
_TELEFOON_SNEL = re.compile(r"[0+(][\d \u00a0().\-/]{8}")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# a character every check above needs; most texts have none, and skip them all (2,000 entries
# hold some 160,000 texts)
NODIG = re.compile(r"[<:{}\[@\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# One wording for every empty field, whether it is "", [], {} or nothing after the colon.
LEEG = "is leeg; vul het in"

# Shared mailboxes of an organisation are fine; anything else is taken as personal.
ALGEMENE_MAILBOXEN = {
    "info",
    "contact",
    "post",
    "mail",
    "secretariaat",
    "servicedesk",
    "helpdesk",
    "vragen",
    "communicatie",
    "redactie",
    "algemeen",
    "office",
    "receptie",
    "wsp",
    "werkgeversservicepunt",
    "werkgevers",
    "jongeren",
    "jongerenloket",
    "leerwerkloket",
    "rmc",
    "leerplicht",
    "klantcontact",
    "noreply",
    "no-reply",
    "webmaster",
    "pers",
    "loket",
}


# Stands in for an invisible character while the file is parsed (kennisbank.inhoud.yamlbestand); a
# private-use character, refused itself, so it never reaches a page.
PLAATSHOUDER = "\ue000"

# Anything but printable ASCII and the Latin letters; the few that match are looked up one by one.
_KANDIDAAT = re.compile(r"[^\t\n\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff]")
_RICHTING = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ZONDER_BREEDTE = set("\u200b\u200c\u200d\u2060\ufeff\u180e")
_OPVULLING = set("\u115f\u1160\u3164\uffa0\u2800")
_COMBINEREND = (
    set("\u034f\u17b4\u17b5\u180b\u180c\u180d\u180f")
    | {chr(c) for c in range(0xFE00, 0xFE10)}
    | {chr(c) for c in range(0xE0100, 0xE01F0)}
)
# parts of emoji sequences (👩‍💻, ❤️, flags of Scotland and Wales): fine inside an emoji
_EMOJIDEEL = {"\u200d"} | {chr(c) for c in range(0xFE00, 0xFE10)} | {chr(c) for c in range(0xE0020, 0xE0080)}


def _soort_onzichtbaar(teken: str) -> str | None:
    if teken in _RICHTING:
        return "richtingteken (draait de leesrichting van tekst om)"
    if teken in _ZONDER_BREEDTE:
        return "teken zonder breedte"
    if teken == "\u00ad":
        return "zacht afbreekstreepje"
    if teken in _OPVULLING:
        return "leeg opvulteken"
    if teken in _COMBINEREND:
        return "onzichtbaar combinatieteken"
    categorie = unicodedata.category(teken)
    if categorie == "Cc":
        return "stuurteken"
    if categorie == "Cf":
        return "onzichtbaar opmaakteken"
    if categorie in ("Zl", "Zp"):
        return "regel- of alineascheiding"
    if categorie == "Co":
        return "teken uit een privégebied van een lettertype"
    code = ord(teken)
    if 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE:
        return "ongeldig teken"
    return None


def onzichtbare_tekens(tekst: str) -> list[tuple[int, str, str]]:
    """(index, character, kind) of every invisible or direction-changing character."""
    if tekst.isascii() and not STUURTEKEN.search(tekst):
        return []
    gevonden = []
    emoji = None
    for m in _KANDIDAAT.finditer(tekst):
        teken = m.group()
        soort = _soort_onzichtbaar(teken)
        if soort is None:
            continue
        if teken in _EMOJIDEEL:
            if emoji is None:
                import emoji as emoji_lib  # only for the rare text with such a character

                emoji = [(e["match_start"], e["match_end"]) for e in emoji_lib.emoji_list(tekst)]
            if any(begin < m.start() < eind for begin, eind in emoji):
                continue
        gevonden.append((m.start(), teken, soort))
    return gevonden


def onzichtbaar_bericht(teken: str, soort: str, regel: str, kolom: int, waar: str = "deze regel") -> str:
    """`kolom` is 0-based; the message counts from 1, as editors do."""
    ervoor = "".join(
        t for t in regel[max(0, kolom - 20) : kolom] if t != PLAATSHOUDER and _soort_onzichtbaar(t) is None
    ).lstrip()
    na = f", na '{ervoor}'" if ervoor.strip() else ""
    return (
        f"onzichtbaar teken: {soort} (U+{ord(teken):04X}) op positie {kolom + 1} van {waar}{na}; "
        "haal het weg of typ de tekst opnieuw"
    )


def telefoonnummers(tekst: str) -> list[str]:
    """Dutch phone numbers that may lead to a person: mobile, direct and VoIP lines. General
    numbers of organisations (0800, 0900, 088 and 14 + area code) are allowed."""
    if not _TELEFOON_SNEL.search(tekst) or not any(
        sum(t.isdigit() for t in m.group()) >= 8 for m in TELEFOON_KANDIDAAT.finditer(tekst)
    ):
        return []
    import phonenumbers  # only for the few texts with a long run of digits

    algemeen = {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
    }
    return [
        m.raw_string
        for m in phonenumbers.PhoneNumberMatcher(tekst, "NL")
        if phonenumbers.number_type(m.number) not in algemeen
    ]


def _vreemde_letters_in_adres(url: str) -> list[str]:
    """A web address whose host mixes in letters of another script that look Latin
    (www.gооgle.com with Cyrillic о) leads somewhere else than it seems."""
    from urllib.parse import urlsplit

    from confusable_homoglyphs import confusables  # only for the rare address with such a letter

    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return []
    for i, teken in enumerate(host):
        if not teken.isascii() and confusables.is_confusable(teken, preferred_aliases=["latin"], greedy=True):
            return [
                f"het webadres bevat een letter die op een Latijnse letter lijkt maar het niet is: '{teken}' "
                f"(U+{ord(teken):04X}, {unicodedata.name(teken, '?').lower()}) op positie {url.index(host) + i + 1};"
                " typ het adres opnieuw"
            ]
    return []


def teksten(data: Any, pad: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every string in the data with its path, keys included."""
    if isinstance(data, dict):
        for sleutel, waarde in data.items():
            yield from teksten(waarde, pad + (sleutel,))
    elif isinstance(data, list):
        for i, waarde in enumerate(data):
            yield from teksten(waarde, pad + (i,))
    elif isinstance(data, str):
        yield pad, data


def problemen(tekst: str, is_url: bool = False, escapes: bool = True) -> list[str]:
    """What is wrong with one text. `escapes`: the file has a backslash, so a quoted text may
    hold characters written as an escape (\\u200b) that the check of the file as written missed."""
    gevonden = []
    if not tekst.strip():
        gevonden.append(LEEG)
    if not is_url and _TELEFOON_SNEL.search(tekst):
        for nummer in telefoonnummers(tekst):
            gevonden.append(
                f"telefoonnummer '{nummer}' is niet toegestaan: het kan naar een persoon leiden; "
                "noem de organisatie en haar website, of een algemeen nummer (0800, 0900, 088 of 14 "
                "met netnummer)"
            )
    # characters that an escape in quotes (\u200b, \x07) put into the text; the file's own
    # characters were checked as written (kennisbank.inhoud.yamlbestand)
    for index, teken, soort in onzichtbare_tekens(tekst) if escapes else ():
        if teken != PLAATSHOUDER:
            gevonden.append(onzichtbaar_bericht(teken, soort, tekst, index, "de tekst"))
    if is_url and not tekst.isascii():
        gevonden.extend(_vreemde_letters_in_adres(tekst))
    if not NODIG.search(tekst):
        return gevonden
    if HTML_TAG.search(tekst):
        gevonden.append("HTML-code is niet toegestaan (schrijf gewone tekst zonder < >)")
    if not is_url and GEVAARLIJK_SCHEMA.search(tekst):
        gevonden.append("links met 'javascript:' of 'data:' zijn niet toegestaan")
    if SJABLOON.search(tekst):
        gevonden.append("'{{', '{%' en '{#' zijn niet toegestaan (dat is sjablooncode)")
    if MARKDOWN_LINK.search(tekst):
        gevonden.append("opmaak met [tekst](link) is niet toegestaan; zet links in het veld 'links'")
    for adres in EMAIL.findall(tekst):
        lokaal = adres.split("@", 1)[0].lower()
        if lokaal not in ALGEMENE_MAILBOXEN:
            gevonden.append(
                f"persoonlijk e-mailadres '{adres}' is niet toegestaan; noem de organisatie "
                "en haar website, of een algemeen adres zoals info@"
            )
    return gevonden
