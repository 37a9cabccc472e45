"""Checks on every text in an entry that a schema cannot express well.

Entries are plain text: the site shows markup as text anyway, but refusing it
at the door tells a contributor at once, with the line, instead of leaving an
odd page. Personal e-mail addresses are refused for privacy.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

# "<" directly followed by a tag name is markup; "a < b" or "< 27" is ordinary text.
HTML_TAG = re.compile(r"</?[a-zA-Z!?]")
GEVAARLIJK_SCHEMA = re.compile(r"\b(javascript|data|vbscript)\s*:", re.IGNORECASE)
SJABLOON = re.compile(r"\{\{|\{%|\{#|%\}|\}\}")
MARKDOWN_LINK = re.compile(r"!?\[[^\]]*\]\s*\(")
STUURTEKEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# a character every check above needs; most texts have none, and skip them all (2,000 entries
# hold some 160,000 texts)
NODIG = re.compile(r"[<:{}\[@\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Shared mailboxes of an organisation are fine; anything else is taken as personal.
ALGEMENE_MAILBOXEN = {
    "info", "contact", "post", "mail", "secretariaat", "servicedesk", "helpdesk", "vragen",
    "communicatie", "redactie", "algemeen", "office", "receptie", "wsp", "werkgeversservicepunt",
    "werkgevers", "jongeren", "jongerenloket", "leerwerkloket", "rmc", "leerplicht", "klantcontact",
    "noreply", "no-reply", "webmaster", "pers", "loket",
}


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


def problemen(tekst: str, is_url: bool = False) -> list[str]:
    if not NODIG.search(tekst):
        return []
    gevonden = []
    if HTML_TAG.search(tekst):
        gevonden.append("HTML-code is niet toegestaan (schrijf gewone tekst zonder < >)")
    if not is_url and GEVAARLIJK_SCHEMA.search(tekst):
        gevonden.append("links met 'javascript:' of 'data:' zijn niet toegestaan")
    if SJABLOON.search(tekst):
        gevonden.append("'{{', '{%' en '{#' zijn niet toegestaan (dat is sjablooncode)")
    if MARKDOWN_LINK.search(tekst):
        gevonden.append("opmaak met [tekst](link) is niet toegestaan; zet links in het veld 'links'")
    if STUURTEKEN.search(tekst):
        gevonden.append("onzichtbaar stuurteken in de tekst; typ de tekst opnieuw")
    for adres in EMAIL.findall(tekst):
        lokaal = adres.split("@", 1)[0].lower()
        if lokaal not in ALGEMENE_MAILBOXEN:
            gevonden.append(f"persoonlijk e-mailadres '{adres}' is niet toegestaan; noem de organisatie "
                            "en haar website, of een algemeen adres zoals info@")
    return gevonden
