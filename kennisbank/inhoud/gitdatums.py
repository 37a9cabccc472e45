"""When each entry file was added and last changed, read from git in one pass."""

from __future__ import annotations

import subprocess
from pathlib import Path


def datums(root: Path, mappen: tuple[str, ...] = ("voorbeelden", "werkvormen")) -> dict[str, tuple[str, str]]:
    """{relative path: (first date, last date)} as YYYY-MM-DD; empty outside a git checkout."""
    try:
        r = subprocess.run(
            ["git", "log", "--format=@%cs", "--name-only", "--no-renames", "--", *mappen],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return {}
    if r.returncode != 0:
        return {}
    uit: dict[str, tuple[str, str]] = {}
    datum = ""
    for regel in r.stdout.splitlines():  # newest commit first
        if regel.startswith("@"):
            datum = regel[1:]
        elif regel.strip():
            eerste, laatste = uit.get(regel, (datum, datum))
            uit[regel] = (datum, laatste)  # keeps overwriting "first" with older dates
    return uit
