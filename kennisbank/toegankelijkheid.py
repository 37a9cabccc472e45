"""The accessibility statement's data, prepared for templates/toegankelijkheid.md.j2."""
from __future__ import annotations

import datetime as dt

STATUS = {
    "A": "voldoet volledig",
    "B": "voldoet gedeeltelijk",
    "C": "eerste maatregelen genomen",
    "D": "eerste maatregelen gepland",
    "E": "voldoet niet",
}
ONDERZOEK = {"automatisch": "Automatische controle", "handmatig": "Handmatige controle",
             "extern": "Onafhankelijk onderzoek"}


def gegevens(verklaring: dict, vandaag: dt.date | None = None) -> dict:
    """Context for the template; `verouderd` when the last review is over a year old
    (the Dutch model asks for a yearly review)."""
    vandaag = vandaag or dt.date.today()
    herzien = dt.date.fromisoformat(str(verklaring["herzien"]))
    return {"v": verklaring, "status_naam": STATUS[verklaring["status"]], "onderzoek_soorten": ONDERZOEK,
            "verouderd": (vandaag - herzien).days > 366}
