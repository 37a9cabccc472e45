"""The accessibility statement's data, prepared for templates/toegankelijkheid.md.j2."""

from __future__ import annotations

import datetime as dt

from kennisbank.inhoud import actualiteit

STATUS = {
    "A": "voldoet volledig",
    "B": "voldoet gedeeltelijk",
    "C": "eerste maatregelen genomen",
    "D": "eerste maatregelen gepland",
    "E": "voldoet niet",
}
ONDERZOEK = {
    "automatisch": "Automatische controle",
    "handmatig": "Handmatige controle",
    "extern": "Onafhankelijk onderzoek",
}


def gegevens(verklaring: dict | None, vandaag: dt.date | None = None) -> dict:
    """Context for the template; `verouderd` when the last review is over a year old
    (the Dutch model asks for a yearly review). A content set without the file (such as the
    test fixtures) gets a page that says so."""
    if verklaring is None:
        return {"v": None}
    vandaag = vandaag or actualiteit.vandaag()
    herzien = dt.date.fromisoformat(str(verklaring["herzien"]))
    return {
        "v": verklaring,
        "status_naam": STATUS[verklaring["status"]],
        "onderzoek_soorten": ONDERZOEK,
        "verouderd": (vandaag - herzien).days > 366,
    }
