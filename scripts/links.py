"""Check every external link in the content and report what needs attention.

    python scripts/links.py controleren    # check all links, write data/linkstatus.yaml (make links)
    python scripts/links.py aanvullen      # no network: add new links as 'niet gecontroleerd', drop gone ones
    python scripts/links.py rapport        # Markdown: dead links per entry and entries older than 24 months

The weekly workflow (.github/workflows/links.yml) runs `controleren`, commits the status file and
puts the `rapport` in one GitHub issue.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from kennisbank.inhoud import actualiteit, catalogus, linkcontrole  # noqa: E402
from kennisbank.paginas.weergave import render  # noqa: E402

KOP = """\
# yaml-language-server: $schema=../schema/linkstatus.schema.json
# Geschreven door `make links` (scripts/links.py); niet met de hand bewerken.
# De bouw toont links met uitkomst 'dood' of 'onbereikbaar' als zodanig, met een gearchiveerde versie.
"""


class _Inspringen(yaml.SafeDumper):
    """List items indented under their key, as yamllint (and the rest of the content) wants."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def schrijf(pad: Path, links: list[dict]) -> None:
    tekst = yaml.dump({"links": links}, Dumper=_Inspringen, allow_unicode=True, sort_keys=False, width=120)
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(KOP + tekst, encoding="utf-8")


def laad(root: Path) -> catalogus.Catalogus:
    cat = catalogus.laad(root)
    if cat.fouten:
        for f in cat.fouten:
            print(f, file=sys.stderr)
        raise SystemExit("De inhoud heeft fouten; los die eerst op (python scripts/valideer.py).")
    return cat


def rapport(cat: catalogus.Catalogus, vandaag: dt.date) -> tuple[str, int]:
    """The issue body, and how many things it lists."""
    status = linkcontrole.per_url(cat)
    vindplaatsen = linkcontrole.links_in_inhoud(cat, cat.root / "docs")
    per_item: dict[tuple[str, str], dict] = {}
    for url, plekken in vindplaatsen.items():
        s = status.get(url)
        if not s or s["uitkomst"] not in (linkcontrole.DOOD, linkcontrole.ONBEREIKBAAR):
            continue
        for p in plekken:
            item = per_item.setdefault(
                (p.soort, p.naam), {"titel": p.titel, "soort": p.soort, "naam": p.naam, "links": []}
            )
            item["links"].append({**s, "veld": p.veld, "archief": linkcontrole.archief_url(url)})
    items = sorted(per_item.values(), key=lambda i: (i["soort"], i["naam"]))
    verouderd = sorted(
        (
            {"slug": i.slug, "titel": i.titel, "laatst_bekeken": i.data["laatst_bekeken"], "regios": i.data["regios"]}
            for i in cat.van("praktijkvoorbeeld")
            if actualiteit.verouderd(i.data["laatst_bekeken"], vandaag)
        ),
        key=lambda v: (v["laatst_bekeken"], v["slug"]),
    )
    niet_gecontroleerd = sum(
        1
        for url in vindplaatsen
        if status.get(url, {}).get("uitkomst", linkcontrole.NIET_GECONTROLEERD) == linkcontrole.NIET_GECONTROLEERD
    )
    tekst = render(
        "linkrapport.md.j2",
        items=items,
        verouderd=verouderd,
        vandaag=vandaag,
        maanden=actualiteit.MAANDEN,
        aantal_links=len(vindplaatsen),
        niet_gecontroleerd=niet_gecontroleerd,
    )
    return tekst, sum(len(i["links"]) for i in items) + len(verouderd)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("opdracht", choices=["controleren", "aanvullen", "rapport"])
    ap.add_argument("--map", type=Path, default=PROJECT, help="map met de inhoud (standaard: dit project)")
    ap.add_argument("--uitvoer", type=Path, help="rapport: schrijf naar dit bestand in plaats van naar het scherm")
    ap.add_argument("--verbinden", type=float, default=10.0, help="seconden om te verbinden (standaard 10)")
    ap.add_argument("--lezen", type=float, default=20.0, help="seconden wachten op een antwoord (standaard 20)")
    ap.add_argument("--pogingen", type=int, default=3, help="pogingen per link bij time-outs en serverfouten")
    ap.add_argument("--wachten", type=float, default=2.0, help="seconden voor een nieuwe poging (verdubbelt)")
    ap.add_argument("--pauze", type=float, default=1.0, help="seconden tussen twee verzoeken aan dezelfde site")
    args = ap.parse_args(argv)
    root = args.map.resolve()
    cat = laad(root)
    vandaag = actualiteit.vandaag()
    pad = root / "data" / "linkstatus.yaml"

    if args.opdracht == "rapport":
        tekst, aantal = rapport(cat, vandaag)
        if args.uitvoer:
            args.uitvoer.write_text(tekst.rstrip("\n") + "\n", encoding="utf-8")
        else:
            print(tekst.rstrip("\n"))
        if os.environ.get("GITHUB_OUTPUT"):  # the workflow opens or closes its issue on this
            with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as f:
                f.write(f"meldingen={aantal}\n")
        print(f"{aantal} meldingen.", file=sys.stderr)
        return 0

    urls = list(linkcontrole.links_in_inhoud(cat, root / "docs"))
    oud = linkcontrole.per_url(cat)
    if args.opdracht == "aanvullen":
        nieuw = [oud[u] for u in sorted(urls) if u in oud] + linkcontrole.onbekend(u for u in urls if u not in oud)
        schrijf(pad, sorted(nieuw, key=lambda r: r["url"]))
        print(
            f"{pad.relative_to(root)}: {len(urls)} links, {sum(u not in oud for u in urls)} nieuw (niet gecontroleerd)."
        )
        return 0

    ins = linkcontrole.Instellingen(
        verbinden=args.verbinden,
        lezen=args.lezen,
        pogingen=args.pogingen,
        wachten=args.wachten,
        per_host_pauze=args.pauze,
    )
    print(f"{len(urls)} links controleren...", file=sys.stderr)
    uitslagen = linkcontrole.controleer(urls, ins)
    schrijf(pad, linkcontrole.bijwerken(oud, uitslagen, vandaag))
    telling: dict[str, int] = {}
    for u in uitslagen.values():
        telling[u.uitkomst] = telling.get(u.uitkomst, 0) + 1
    print(f"{pad.relative_to(root)}: " + ", ".join(f"{n} {k}" for k, n in sorted(telling.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
