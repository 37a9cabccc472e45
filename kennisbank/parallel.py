"""Spread independent work (reading entries, rendering entry pages) over the machine's cores.

MkDocs builds on one core. For a large base the two slowest steps of our own, reading and
checking every YAML file and rendering every entry page, are independent per entry, so they
run in forked worker processes. Small bases (the real one, `mkdocs serve`) stay in one
process: starting workers would cost more than it saves, and forking a process that runs
a web server's threads is best avoided.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from typing import TypeVar

from kennisbank import optimalisaties

T = TypeVar("T")
U = TypeVar("U")

# below this many tasks one process is faster; tests set it lower to run the parallel paths
MINIMUM = int(os.environ.get("KENNISBANK_PARALLEL_VANAF", "300"))

_taak: Callable | None = None  # inherited by the forked workers, so it need not be picklable


def _voer_uit(x):
    return _taak(x)


def aantal_processen() -> int:
    return min(os.cpu_count() or 1, 8)


def loont(aantal: int) -> bool:
    """Whether `kaart` would use worker processes for this many tasks."""
    return (
        aantal >= MINIMUM
        and aantal_processen() >= 2
        and "fork" in multiprocessing.get_all_start_methods()
        and optimalisaties.aan("parallel")
    )


def kaart(functie: Callable[[T], U], invoer: Iterable[T]) -> list[U]:
    """`[functie(x) for x in invoer]`, in order; in worker processes when that pays off.
    Results travel back pickled, so they must be plain data."""
    return later(functie, invoer)()


def later(functie: Callable[[T], U], invoer: Iterable[T]) -> Callable[[], list[U]]:
    """Like `kaart`, but the workers start now and the caller collects their results by calling
    what this returns, doing work of its own meanwhile. Without workers, all work is done then."""
    global _taak
    invoer = list(invoer)
    if not loont(len(invoer)):
        return lambda: [functie(x) for x in invoer]
    kernen = aantal_processen()
    _taak = functie
    try:
        pool = multiprocessing.get_context("fork").Pool(kernen)  # the workers are forked here
    finally:
        _taak = None
    bezig = pool.map_async(_voer_uit, invoer, chunksize=max(1, len(invoer) // (kernen * 4)))

    def resultaten() -> list[U]:
        try:
            return bezig.get()
        finally:
            pool.terminate()

    return resultaten
