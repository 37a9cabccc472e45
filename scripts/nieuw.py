#!/usr/bin/env python3
"""Maak een nieuw praktijkvoorbeeld of een nieuwe werkvorm om in te vullen.

Gebruik:
  python scripts/nieuw.py voorbeeld --regio "Twente" --titel "Jongerenloket in de wijk"
  python scripts/nieuw.py werkvorm --titel "Speeddate met werkgevers" [--fase netwerksessie]
  python scripts/nieuw.py sjabloon voorbeeld      (toont het lege sjabloon, schrijft niets)

Het bestand krijgt bij elk veld uitleg uit het schema (schema/*.schema.json). Daarna
noemt `python scripts/valideer.py <bestand>` precies de velden die nog leeg zijn, met regelnummer.
Foutcodes: 0 gelukt, 2 verkeerde invoer (onbekende regio of fase, bestand bestaat al).
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kennisbank import PROJECT  # noqa: E402
from kennisbank.inhoud import schemas, sjabloon
from kennisbank.inhoud.catalogus import SLUG  # noqa: E402
from kennisbank.inhoud.slugs import slug as maak_url_naam  # noqa: E402

# argparse speaks English; contributors read Dutch.
_NL = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze opties ontbreken: %s",
    "unrecognized arguments: %s": "onbekende opties: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "hier hoort een waarde achter",
    "argument %(argument_name)s: %(message)s": "optie %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
}
argparse._ = lambda tekst: _NL.get(tekst, tekst)  # type: ignore[attr-defined]


class Invoerfout(Exception):
    """A mistake of the user: printed as one Dutch message, exit code 2, no traceback."""


def _kies(waarde: str, toegestaan: list[str], wat: str, meervoud: str) -> str:
    """The allowed value that `waarde` names (case and punctuation do not matter)."""
    for kandidaat in toegestaan:
        if waarde.strip().lower() == kandidaat.lower() or maak_url_naam(waarde) == maak_url_naam(kandidaat):
            return kandidaat
    lijkt = difflib.get_close_matches(waarde, toegestaan, n=1, cutoff=0.6)
    hint = f" Bedoelde je '{lijkt[0]}'?" if lijkt else ""
    lijst = "\n".join(f"  {k}" for k in toegestaan)
    raise Invoerfout(f"Onbekende {wat} '{waarde}'.{hint}\nKies een van deze {len(toegestaan)} {meervoud}:\n{lijst}")


def _doel(root: Path, map_: str, naam: str, eigen_slug: str | None) -> Path:
    if eigen_slug is not None and not SLUG.match(eigen_slug):
        raise Invoerfout(
            f"De naam '{eigen_slug}' kan niet: gebruik kleine letters, cijfers en koppeltekens, "
            "bijvoorbeeld 'twente-jongerenloket'."
        )
    naam = eigen_slug or naam
    if not naam:
        raise Invoerfout(
            "Uit deze titel valt geen bestandsnaam te maken; gebruik letters of cijfers "
            "of geef zelf een naam met --slug."
        )
    pad = root / map_ / f"{naam}.yaml"
    if pad.exists():
        raise Invoerfout(
            f"{map_}/{naam}.yaml bestaat al. Kies een andere titel, of geef het bestand zelf een naam met --slug."
        )
    return pad


def _schrijf(pad: Path, inhoud: str, root: Path) -> None:
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        with pad.open("x", encoding="utf-8", newline="\n") as f:  # "x": never overwrite
            f.write(inhoud)
    except FileExistsError:
        raise Invoerfout(f"{pad} bestaat al.") from None
    except OSError as exc:
        raise Invoerfout(f"Kan {pad} niet schrijven: {exc.strerror}.") from None
    try:
        toon = pad.relative_to(root)
    except ValueError:
        toon = pad
    print(f"Gemaakt: {toon}")
    print("Zo ga je verder:")
    print(f"  1. Open {toon} en vul de lege velden in; boven elk veld staat wat erin hoort.")
    print(f"  2. Controleer: python scripts/valideer.py {toon}")
    print("     Die noemt elk veld dat nog niet klopt, met het regelnummer.")
    print("  3. Bekijk de pagina met 'make serve' en stuur het bestand in met een pull request.")


def voorbeeld(args: argparse.Namespace) -> int:
    regios = [_kies(r, schemas.waarden("regio"), "regio", "arbeidsmarktregio's") for r in args.regio]
    regios = list(dict.fromkeys(regios))
    titel = " ".join(args.titel.split())
    root = args.map.resolve()
    pad = _doel(root, "voorbeelden", sjabloon.maak_slug(regios[0], titel), args.slug)
    waarden = {
        "titel": titel,
        "regios": regios,
        "bron": {"document": "inzending"},
        "laatst_bekeken": datetime.date.today().isoformat(),
    }
    _schrijf(pad, sjabloon.skelet(sjabloon.VOORBEELD, waarden, pad=f"voorbeelden/{pad.name}"), root)
    return 0


def werkvorm(args: argparse.Namespace) -> int:
    fasen = list(dict.fromkeys(_kies(f, schemas.waarden("fase"), "fase", "fasen") for f in args.fase or []))
    titel = " ".join(args.titel.split())
    root = args.map.resolve()
    pad = _doel(root, "werkvormen", sjabloon.maak_slug(titel), args.slug)
    waarden: dict = {"titel": titel}
    if fasen:
        waarden["fasen"] = fasen
    waarden["bron"] = {"document": "inzending"}
    _schrijf(pad, sjabloon.skelet(sjabloon.WERKVORM, waarden, pad=f"werkvormen/{pad.name}"), root)
    return 0


def leeg_sjabloon(soort: str) -> str:
    """The blank, fully commented template (as in CONTRIBUTING.md)."""
    if soort == "voorbeeld":
        return sjabloon.skelet(
            sjabloon.VOORBEELD, {"bron": {"document": "inzending"}}, pad="voorbeelden/<regio-en-titel>.yaml"
        )
    return sjabloon.skelet(sjabloon.WERKVORM, {"bron": {"document": "inzending"}}, pad="werkvormen/<titel>.yaml")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="nieuw.py", description="Maak een nieuw bestand om in te vullen, met uitleg bij elk veld."
    )
    sub = p.add_subparsers(dest="soort", required=True, metavar="{voorbeeld,werkvorm,sjabloon}")

    v = sub.add_parser("voorbeeld", help="nieuw praktijkvoorbeeld in voorbeelden/")
    v.add_argument(
        "--regio",
        action="append",
        required=True,
        help="arbeidsmarktregio, zoals 'Twente' (herhaal de optie voor meer regio's)",
    )
    v.add_argument("--titel", required=True, help="korte titel: de naam van de aanpak en wat die doet")
    v.add_argument("--slug", help="eigen bestandsnaam zonder .yaml (standaard: regio en titel)")
    v.add_argument("--map", type=Path, default=PROJECT, help=argparse.SUPPRESS)
    v.set_defaults(functie=voorbeeld)

    w = sub.add_parser("werkvorm", help="nieuwe werkvorm in werkvormen/")
    w.add_argument("--titel", required=True, help="de naam van de werkvorm")
    w.add_argument(
        "--fase",
        action="append",
        help="fase waarin je de werkvorm inzet (herhaal voor meer): " + ", ".join(schemas.waarden("fase")),
    )
    w.add_argument("--slug", help="eigen bestandsnaam zonder .yaml (standaard: de titel)")
    w.add_argument("--map", type=Path, default=PROJECT, help=argparse.SUPPRESS)
    w.set_defaults(functie=werkvorm)

    s = sub.add_parser("sjabloon", help="toon het lege sjabloon met uitleg (schrijft niets)")
    s.add_argument("wat", choices=["voorbeeld", "werkvorm"])
    s.set_defaults(functie=lambda a: print(leeg_sjabloon(a.wat), end="") or 0)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.functie(args)
    except Invoerfout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
