"""The state of a build, on one object: `TOESTAND`.

MkDocs loads the hooks module (mkdocs_adapter.py) and the macros module afresh for every
rebuild of `mkdocs serve`, so anything that must outlive a rebuild cannot live there. It lives
here, on one object, split in what one build uses (`nieuwe_bouw` resets it) and the caches that
make a rebuild fast. Each cache is keyed on everything its result depends on:
- catalogi: per content root, the signature of every content, schema, data and template file;
- per_bestand: per YAML file, its size and time plus the schema folder's version (catalogus.laad);
- paginas: per entry page, the JSON of all inputs it was made from (paginas.site.paginas);
- omgezet: per set of Markdown extensions, then per page source (mkdocs_vooraf.Omzetter);
- bytecode: per compiled theme template, keyed by Jinja on the template's checksum.
"""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
import jinja2.bccache

from kennisbank import PROJECT
from kennisbank.inhoud import catalogus, schemas
from kennisbank.inhoud.catalogus import Catalogus
from kennisbank.motoren.themafragmenten import Themafragmenten
from kennisbank.paginas import site, zoekindex

# what a catalogue depends on besides the schemas (templates: a rebuild after a template edit
# starts from a fresh catalogue too, so nothing made from the old templates is reused)
INHOUD = ("voorbeelden", "werkvormen", "verbetertool", "data", "schema", "templates")


class UitgesteldeBlokken:
    """Raw HTML blocks taken out of a page's Markdown (site.stel_uit), per page, until the
    MkDocs adapter puts them back into the converted HTML. Shared by the adapter (generated
    pages) and the macros (hand-written overview pages); only used when the adapter is active,
    so another generator (Zensical runs the macros but not the hooks) gets the full HTML."""

    def __init__(self) -> None:
        self.actief = False
        self.per_pagina: dict[str, dict[str, str]] = {}

    def stel_uit(self, pagina: str, markdown: str, voorvoegsel: str) -> str:
        if not self.actief:
            return markdown
        markdown, blokken = site.stel_uit(markdown, voorvoegsel)
        self.per_pagina.setdefault(pagina, {}).update(blokken)
        return markdown

    def zet_terug(self, pagina: str, html: str) -> str:
        return site.zet_terug(html, self.per_pagina.pop(pagina, {}))


class GeheugenBytecode(jinja2.BytecodeCache):
    """Compiled theme templates, kept in memory. MkDocs makes a new template environment on
    every rebuild of `mkdocs serve`; without this, Material's templates were compiled again
    each time. The key holds a checksum of the template, so an edited template is recompiled."""

    def __init__(self) -> None:
        self.opslag: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.opslag:
            bucket.bytecode_from_string(self.opslag[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.opslag[bucket.key] = bucket.bytecode_to_string()


def handtekening(root: Path) -> tuple:
    """What the catalogue of `root` depends on: the schema folder's version and the name, time
    and size of every file in the content folders (and templates/ of the project)."""
    delen: list = [schemas.handtekening()]
    for map_ in INHOUD:
        basis = PROJECT if map_ == "templates" else root
        for pad in sorted((basis / map_).glob("*")):
            try:
                st = pad.stat()
            except OSError:
                continue
            delen.append((str(pad), st.st_mtime_ns, st.st_size))
    return tuple(delen)


def inhoud_root(config_map: Path) -> Path:
    """Where the content folders are: next to mkdocs.yml, or KENNISBANK_INHOUD
    (used by tests and benchmarks to build another set of entries with the same site)."""
    anders = os.environ.get("KENNISBANK_INHOUD")
    return Path(anders).resolve() if anders else Path(config_map).resolve()


class Bouwtoestand:
    def __init__(self) -> None:
        self.serve = False  # `mkdocs serve` (set once, in on_startup) or a single build
        # this build (nieuwe_bouw)
        self.cat: Catalogus | None = None
        self.afkortingen: site.Afkortingen | None = None
        self.gegenereerd: set[str] = set()  # paths of the pages made from YAML
        self.uitgesteld = UitgesteldeBlokken()
        self.menu_urls: set[str] = set()  # the pages in the site menu (on_nav)
        self.themafragmenten: Themafragmenten | None = None  # made per build once all files are known
        self.zoekdelen: zoekindex.TijdensDeBouw | None = None  # a large site's index, begun during the build
        # outliving a rebuild (see the module's docstring for their keys)
        self.catalogi: dict[Path, tuple[tuple, Catalogus]] = {}
        self.per_bestand: dict[Path, dict] = {}
        self.paginas: dict = {}
        self.omgezet: dict = {}
        self.bytecode = GeheugenBytecode()
        self.zoekindex = zoekindex.OpDeAchtergrond()

    def catalogus_voor(self, root: Path = PROJECT) -> Catalogus:
        """The validated catalogue of `root`, loaded again only when something it depends on changed."""
        root = root.resolve()
        sleutel = handtekening(root)
        bekend = self.catalogi.get(root)
        if bekend and bekend[0] == sleutel:
            return bekend[1]
        cat = catalogus.laad(root, cache=self.per_bestand.setdefault(root, {}))
        self.catalogi[root] = (sleutel, cat)
        return cat

    def nieuwe_bouw(self, cat: Catalogus) -> None:
        """Start a build (or a rebuild of `mkdocs serve`) of this catalogue."""
        self.cat = cat
        self.afkortingen = site.Afkortingen(cat)
        self.gegenereerd = set()
        self.uitgesteld.actief = True
        self.uitgesteld.per_pagina.clear()
        self.menu_urls = set()
        self.themafragmenten = None
        self.zoekdelen = None


TOESTAND = Bouwtoestand()  # the only module-level state; the hooks and macros modules hold none
