#!/usr/bin/env python3
"""Bouw de site met Zensical in plaats van MkDocs, als proef voor de overstap.

Gebruik:  python scripts/zensical_proef.py WERKMAP
Zensical leest mkdocs.yml en draait macros, maar negeert `hooks:`. Daarom schrijft dit script
eerst alle gegenereerde pagina's als Markdown (scripts/schrijf_paginas.py) en bouwt dan in
WERKMAP/site. Het print het aantal pagina's. Met KENNISBANK_INHOUD bouwt het die inhoud
(voorbeelden/, werkvormen/ ...) in plaats van die van de repository, zoals de MkDocs-bouw.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "scripts"))

import schrijf_paginas  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    werkmap = Path((argv or sys.argv[1:])[0]).resolve()
    werkmap.mkdir(parents=True, exist_ok=True)
    inhoud = Path(os.environ.get("KENNISBANK_INHOUD") or PROJECT).resolve()
    if schrijf_paginas.main([str(werkmap / "docs"), "--map", str(inhoud)]) != 0:
        return 1
    for naam in ("kennisbank", "overrides", "templates", "schema"):
        link = werkmap / naam
        if not link.exists():
            link.symlink_to(PROJECT / naam)
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"hooks:\n(  - .*\n)+", "", config)  # Zensical ignores hooks anyway
    config = re.sub(r"watch:\n(  - .*\n)+", "", config)
    # Zensical resolves some relative links differently and warns; the URLs are what we compare.
    config = config.replace("strict: true", "strict: false")
    # The search index is Pagefind's, as in the MkDocs build (which has no search plugin); Zensical's
    # own search is on unless switched off, and refuses the Verkenner page at 2,000 examples.
    config = config.replace("plugins:\n", "plugins:\n  - search:\n      enabled: false\n", 1)
    (werkmap / "mkdocs.yml").write_text(config, encoding="utf-8")
    env = dict(os.environ, KENNISBANK_INHOUD=str(inhoud), NO_MKDOCS_2_WARNING="1")
    r = subprocess.run(
        [str(Path(sys.executable).parent / "zensical"), "build", "-f", "mkdocs.yml"],
        cwd=werkmap,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if r.returncode != 0:
        print(r.stdout[-4000:], r.stderr[-4000:])
        return r.returncode
    print(f"Zensical bouwde {len(list((werkmap / 'site').rglob('index.html')))} pagina's in {werkmap / 'site'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
