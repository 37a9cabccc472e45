"""Maintainer check against the full source texts, which are not part of the repository.

    make bronnen BRONNEN=<folder with the source texts as .txt>

1. Every quotation in tests/fixtures/citaten.yaml occurs word for word in its document.
2. No passage of 14 or more words in the content is copied from a source (the own-words rule).
3. tests/fixtures/contactpersonen.sha256 holds the names of the contact persons listed in the
   Monitor, as hashes; `--schrijf` writes it anew. tests/test_inhoud.py uses it to make sure no
   name is published, without the repository holding the names themselves.

Exit status 1 when a check finds something, 2 for a wrong folder.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
CITATEN = PROJECT / "tests" / "fixtures" / "citaten.yaml"
NAMEN = PROJECT / "tests" / "fixtures" / "contactpersonen.sha256"
INHOUD = ("voorbeelden", "werkvormen", "verbetertool", "data", "docs", "templates")
ACHTERVOEGSELS = {".yaml", ".yml", ".md", ".j2", ".json", ".js", ".html"}
MIN_WOORDEN = 14
WOORD = re.compile(r"[0-9a-zà-ÿ]+")
URL = re.compile(r"https?://\S+")

# A phrase that only the text of each document holds (document ids from schema/vocabulaire).
HERKENNING = {
    "toolkit-werk-aan-je-netwerk-2021": "met deze toolkit",
    "werkboek-samen-slim-vernieuwen-2019": "kickstart",
    "monitor-matchen-op-werk-2017": "tweede monitor matchen op werk",
    "jongerentop-noord-holland-noord-2019": "jongerentop",
    "verbetertool-wat-werkt": "instituut gak",
}


def woorden(tekst: str) -> list[str]:
    """Lower-case words, with the PDF extraction's line-break hyphens undone."""
    return WOORD.findall(re.sub(r"-\s*\n\s*", "", tekst.lower()))


def naam_hash(naam: str) -> str:
    return hashlib.sha256(" ".join(woorden(naam)).encode()).hexdigest()


def documenten(map_: Path) -> dict[str, str]:
    teksten = {p: p.read_text(encoding="utf-8", errors="replace") for p in sorted(map_.glob("*.txt"))}
    gevonden = {}
    for document, zin in HERKENNING.items():
        kandidaten = [p for p, t in teksten.items() if zin in " ".join(woorden(t))]
        if len(kandidaten) != 1:
            sys.exit(
                f"{map_}: geen eenduidige brontekst voor {document} (gezocht op '{zin}'); "
                f"gevonden: {[p.name for p in kandidaten] or 'geen'}"
            )
        gevonden[document] = teksten[kandidaten[0]]
    return gevonden


def controleer_citaten(bronnen: dict[str, str]) -> list[str]:
    fouten = []
    woorden_per_document = {d: " " + " ".join(woorden(t)) + " " for d, t in bronnen.items()}
    for slug, lijst in (yaml.safe_load(CITATEN.read_text(encoding="utf-8")) or {}).items():
        for c in lijst:
            citaat = " " + " ".join(woorden(c["citaat"])) + " "
            if c["document"] not in woorden_per_document:
                fouten.append(f"{CITATEN.name}: {slug} resultaat {c['resultaat']}: onbekend document {c['document']}")
            elif citaat not in woorden_per_document[c["document"]]:
                fouten.append(
                    f"{CITATEN.name}: {slug} resultaat {c['resultaat']}: citaat staat niet in "
                    f'{c["document"]}: "{c["citaat"]}"'
                )
    return fouten


def controleer_eigen_woorden(bronnen: dict[str, str]) -> list[str]:
    n = MIN_WOORDEN
    grammen: dict[tuple, str] = {}
    for document, tekst in bronnen.items():
        w = woorden(tekst)
        for i in range(len(w) - n + 1):
            grammen.setdefault(tuple(w[i : i + n]), document)
    fouten = []
    for map_ in INHOUD:
        for pad in sorted((PROJECT / map_).rglob("*")):
            if not pad.is_file() or pad.suffix not in ACHTERVOEGSELS:
                continue
            # web addresses are references, not retold text: a long one matches the source word for word
            w = woorden(URL.sub(" ", pad.read_text(encoding="utf-8", errors="replace")))
            i = 0
            while i <= len(w) - n:
                if tuple(w[i : i + n]) in grammen:
                    j = i + n
                    while j < len(w) and tuple(w[j - n + 1 : j + 1]) in grammen:
                        j += 1
                    fouten.append(
                        f"{pad.relative_to(PROJECT)}: {j - i} woorden letterlijk uit "
                        f'{grammen[tuple(w[i : i + n])]}: "{" ".join(w[i:j])[:120]}"'
                    )
                    i = j
                else:
                    i += 1
    return fouten


def contactpersonen(monitor: str) -> set[str]:
    """The Monitor lists a contact person per example as a bullet line above the e-mail address."""
    regels = monitor.splitlines()
    namen = set()
    for i, regel in enumerate(regels):
        if "@" in regel and not regel.startswith("mailto:"):
            for j in range(i - 1, max(i - 4, 0), -1):
                if regels[j].lstrip().startswith("\uf0b7"):
                    naam = regels[j].strip().lstrip("\uf0b7").split(",")[0].strip()
                    delen = naam.split()
                    if 2 <= len(delen) <= 5 and delen[0][:1].isupper():
                        namen.add(naam)
                    break
    return namen


def controleer_namen(bronnen: dict[str, str], schrijf: bool) -> list[str]:
    hashes = sorted({naam_hash(n) for n in contactpersonen(bronnen["monitor-matchen-op-werk-2017"])})
    if len(hashes) < 40:
        return [f"maar {len(hashes)} contactpersonen gevonden in de Monitor; klopt de brontekst?"]
    inhoud = (
        "# SHA-256 of the names of the contact persons in the Monitor (scripts/bronnen.py --schrijf),\n"
        "# lower case, words joined by one space. tests/test_inhoud.py refuses content that holds one.\n"
        + "".join(h + "\n" for h in hashes)
    )
    if schrijf:
        NAMEN.write_text(inhoud, encoding="utf-8")
        return []
    if not NAMEN.exists() or NAMEN.read_text(encoding="utf-8") != inhoud:
        return [f"{NAMEN.relative_to(PROJECT)} is niet actueel: draai scripts/bronnen.py <map> --schrijf"]
    return []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map", type=Path, help="map met de bronteksten (.txt)")
    parser.add_argument("--schrijf", action="store_true", help="schrijf de lijst met contactpersonen (hashes) opnieuw")
    args = parser.parse_args()
    if not args.map.is_dir():
        print(f"{args.map}: geen map", file=sys.stderr)
        return 2
    bronnen = documenten(args.map)
    fouten = controleer_citaten(bronnen) + controleer_eigen_woorden(bronnen) + controleer_namen(bronnen, args.schrijf)
    for fout in fouten:
        print(fout)
    print(f"{len(fouten)} bevinding(en)." if fouten else "In orde: citaten, eigen woorden en contactpersonen.")
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())
