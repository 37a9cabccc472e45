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

T = TypeVar("T")
U = TypeVar("U")

MINIMUM = 300  # below this many tasks one process is faster

_taak: Callable | None = None  # inherited by the forked workers, so it need not be picklable


def _voer_uit(x):
    return _taak(x)


def kaart(functie: Callable[[T], U], invoer: Iterable[T], minimum: int = MINIMUM) -> list[U]:
    """`[functie(x) for x in invoer]`, in order; in worker processes when that pays off.
    Results travel back pickled, so they must be plain data."""
    global _taak
    invoer = list(invoer)
    kernen = min(os.cpu_count() or 1, 8)
    if len(invoer) < minimum or kernen < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [functie(x) for x in invoer]
    _taak = functie
    try:
        with multiprocessing.get_context("fork").Pool(kernen) as pool:
            return pool.map(_voer_uit, invoer, chunksize=max(1, len(invoer) // (kernen * 4)))
    finally:
        _taak = None
