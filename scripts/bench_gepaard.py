"""Shared by the benchmarks: time a command as a whole process, with its peak memory, and run
variants in turn so they can be compared pair by pair within one run.

- `meet` starts a command and reports its wall time and two peak-memory figures:
  the largest single process (the operating system's own accounting, `os.wait4` → ru_maxrss,
  the same figure as `/usr/bin/time -v`'s "Maximum resident set size") and the whole process tree
  (the sum of the proportional set size, PSS, over the command and all its descendants, read from
  /proc every 0.1 s). PSS counts a page that forked workers share with their parent once in all,
  so the tree figure is what the build takes from the machine; it can miss a spike shorter than 0.1 s.
- `om_de_beurt` runs every variant once per round, the order shifting by one each round, and
  `verhouding` takes the median of the per-round ratios against the baseline: a machine that gets
  faster or slower during the run affects both sides of each ratio alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PAGINA = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Uitkomst:
    seconden: float
    piek_boom: int  # bytes: largest sum of PSS over the process tree at one moment (sampled)
    piek_proces: int  # bytes: largest single process (ru_maxrss)
    # for each word asked for in `meet(..., fases=...)`: (first, last) second, from the start, at which a
    # process of the tree had that word in its command line
    fases: dict[str, tuple[float, float]] = field(default_factory=dict)
    # the tree at its peak: (process, bytes), largest first; the command itself is "hoofdproces",
    # processes forked from it (same command line) "fork van het hoofdproces"
    bij_piek: list[tuple[str, int]] = field(default_factory=list)
    piek_buiten_fases: int = 0  # bytes: as piek_boom, over the moments no process of a phase ran


def _kinderen() -> dict[int, list[int]]:
    kinderen: dict[int, list[int]] = {}
    for naam in os.listdir("/proc"):
        if not naam.isdigit():
            continue
        try:
            with open(f"/proc/{naam}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # the name between brackets may contain spaces: the parent id is the 2nd field after ')'
        ouder = int(stat[stat.rindex(b")") + 2 :].split()[1])
        kinderen.setdefault(ouder, []).append(int(naam))
    return kinderen


def _boom(wortel: int) -> list[int]:
    kinderen = _kinderen()
    boom, rij = [], [wortel]
    while rij:
        pid = rij.pop()
        boom.append(pid)
        rij.extend(kinderen.get(pid, []))
    return boom


def _geheugen(pid: int) -> int:
    """The process's proportional set size (PSS): a page shared by n processes counts 1/n for
    each, so the sum over forked workers and their parent counts shared pages once. Falls back
    to RSS where the kernel has no smaps_rollup (before Linux 4.14)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for regel in f:
                if regel.startswith(b"Pss:"):
                    return int(regel.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGINA
    except (OSError, IndexError, ValueError):
        return 0


def _opdracht(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return b""


def meet(cmd: list[str], env: dict, cwd: Path, fases: tuple[str, ...] = ()) -> Uitkomst:
    """Run `cmd` to the end; raise SystemExit with its last output if it fails."""
    with tempfile.TemporaryFile() as uitvoer:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=uitvoer, stderr=subprocess.STDOUT)
        klaar = threading.Event()
        piek = [0, 0]
        gezien: dict[str, list[float]] = {}

        bij_piek: list[tuple[str, int]] = []

        def bemonster() -> None:
            eigen = _opdracht(proc.pid)
            while not klaar.is_set():
                boom = _boom(proc.pid)
                geheugen = {p: _geheugen(p) for p in boom}
                if sum(geheugen.values()) > piek[0]:
                    piek[0] = sum(geheugen.values())
                    bij_piek[:] = sorted(
                        ((_naam(p, proc.pid, eigen), b) for p, b in geheugen.items()), key=lambda x: -x[1]
                    )
                in_fase = False
                for woord in fases:
                    if any(woord.encode() in _opdracht(p) for p in boom[1:]):
                        nu = time.perf_counter() - start
                        gezien.setdefault(woord, [nu, nu])[1] = nu
                        in_fase = True
                if not in_fase:
                    piek[1] = max(piek[1], sum(geheugen.values()))
                klaar.wait(0.1)

        bemonsteraar = threading.Thread(target=bemonster, daemon=True)
        bemonsteraar.start()
        # wait4 rather than Popen.wait: it returns the finished process's own resource accounting
        _, status, gebruik = os.wait4(proc.pid, 0)
        duur = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        klaar.set()
        bemonsteraar.join()
        if proc.returncode != 0:
            uitvoer.seek(0)
            tekst = uitvoer.read().decode("utf-8", "replace")
            raise SystemExit(f"mislukt ({proc.returncode}): {' '.join(cmd)}\n{tekst[-4000:]}")
    return Uitkomst(
        duur, piek[0], gebruik.ru_maxrss * 1024, {w: (a, b) for w, (a, b) in gezien.items()}, bij_piek, piek[1]
    )


def _naam(pid: int, wortel: int, eigen: bytes) -> str:
    if pid == wortel:
        return "hoofdproces"
    opdracht = _opdracht(pid)
    if opdracht == eigen:
        return "fork van het hoofdproces"
    delen = [d.decode("utf-8", "replace") for d in opdracht.split(b"\0") if d]
    return " ".join([Path(delen[0]).name, *delen[1:3]])[:60] if delen else str(pid)


def om_de_beurt(
    varianten: dict[str, Callable[[], Uitkomst]], keer: int, opwarmen: bool = True
) -> dict[str, list[Uitkomst]]:
    """`keer` rounds of every variant. Round r starts at the r-th variant, so each takes each place
    in the order; one warm-up run of the first variant (not counted) goes first."""
    namen = list(varianten)
    if opwarmen:
        varianten[namen[0]]()
    uit: dict[str, list[Uitkomst]] = {n: [] for n in namen}
    for r in range(keer):
        for naam in namen[r % len(namen) :] + namen[: r % len(namen)]:
            u = varianten[naam]()
            uit[naam].append(u)
            print(f"  ronde {r + 1}/{keer}: {naam} {u.seconden:.1f} s", file=sys.stderr, flush=True)
    return uit


def seconden(runs: list[Uitkomst]) -> float:
    return statistics.median(u.seconden for u in runs)


def verhouding(runs: list[Uitkomst], basis: list[Uitkomst]) -> float:
    """Median of the time ratios round by round."""
    return statistics.median(u.seconden / b.seconden for u, b in zip(runs, basis, strict=True))


def reeks(runs: list[Uitkomst]) -> str:
    return ", ".join(f"{u.seconden:.1f}" for u in runs)


def mb(aantal_bytes: float) -> str:
    return f"{aantal_bytes / 1e6:.0f}"
