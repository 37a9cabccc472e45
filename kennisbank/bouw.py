"""The loaded catalogue for a build, reloaded only when a content file changed.

Both the macros module and the MkDocs adapter ask for it; during `mkdocs serve`
a changed YAML file changes the signature and so triggers a fresh load.
"""
from __future__ import annotations

import os
from pathlib import Path

from . import PROJECT, catalogus
from .catalogus import Catalogus

_cache: dict[Path, tuple[tuple, Catalogus]] = {}
_per_bestand: dict[Path, dict] = {}  # per content root: what each unchanged file gave last time
INHOUD = ("voorbeelden", "werkvormen", "verbetertool", "data", "schema")


def _handtekening(root: Path) -> tuple:
    delen = []
    for map_ in INHOUD:
        for pad in sorted((root / map_).glob("*")):
            try:
                st = pad.stat()
            except OSError:
                continue
            delen.append((str(pad), st.st_mtime_ns, st.st_size))
    return tuple(delen)


def catalogus_voor(root: Path = PROJECT) -> Catalogus:
    root = root.resolve()
    handtekening = _handtekening(root)
    bekend = _cache.get(root)
    if bekend and bekend[0] == handtekening:
        return bekend[1]
    cat = catalogus.laad(root, cache=_per_bestand.setdefault(root, {}))
    _cache[root] = (handtekening, cat)
    return cat


def inhoud_root(config_map: Path) -> Path:
    """Where the content folders are: next to mkdocs.yml, or KENNISBANK_INHOUD
    (used by tests and benchmarks to build another set of entries with the same site)."""
    anders = os.environ.get("KENNISBANK_INHOUD")
    return Path(anders).resolve() if anders else Path(config_map).resolve()
