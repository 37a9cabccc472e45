"""URL-safe names for vocabulary values: 'Zaanstreek/Waterland' -> 'zaanstreek-waterland'."""

from __future__ import annotations

import re
import unicodedata


def slug(tekst: str) -> str:
    zonder_accenten = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", zonder_accenten.lower()).strip("-")
