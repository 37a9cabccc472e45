"""Parts of Material's templates that overrides/ copy and change. When Material changes one of
these originals (an upgrade), the copy would silently drift from it; this test fails instead,
naming what to compare. After comparing and updating the copy, write the new checksum here."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import material
import pytest

MATERIAL = Path(material.__file__).parent / "templates"

# (Material's template, block or None for the whole file, our copy, sha256 of the original)
KOPIEEN = [
    (
        "base.html",
        "site_nav",
        "overrides/main.html",
        "08b0b8418133d46ea078a7737f096bed62048ed4be5f9c1ba790b3cd3f498cbc",
    ),
    (
        "partials/header.html",
        None,
        "overrides/partials/header.html",
        "8cf3fb15bcf969ff596649616fd99366b3c31c08d57a86d05308efc16d8fa75f",
    ),
]


def origineel(bestand: str, blok: str | None) -> str:
    tekst = (MATERIAL / bestand).read_text(encoding="utf-8")
    if blok is None:
        return tekst
    gevonden = re.search(r"\{% block " + blok + r" %\}.*?\{% endblock %\}", tekst, re.DOTALL)
    assert gevonden, f"Material's {bestand} heeft geen block {blok} meer"
    return gevonden.group(0)


@pytest.mark.parametrize(
    ("bestand", "blok", "kopie", "sha256"), KOPIEEN, ids=[f"{k[2]}:{k[1] or 'alles'}" for k in KOPIEEN]
)
def test_gekopieerd_deel_van_material_is_niet_veranderd(bestand, blok, kopie, sha256):
    nu = hashlib.sha256(origineel(bestand, blok).encode()).hexdigest()
    assert nu == sha256, (
        f"Material {material.__version__} veranderde {bestand}"
        + (f" (block {blok})" if blok else "")
        + f": vergelijk het met de kopie in {kopie}, neem de wijzigingen over en zet daarna {nu} in KOPIEEN"
    )
