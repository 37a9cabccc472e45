"""How current an entry is: an example nobody has checked for more than 24 months says so."""

from __future__ import annotations

import datetime as dt
import os

MAANDEN = 24


def vandaag() -> dt.date:
    """The build date. SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes it, so a
    rebuild of the same commit gives the same pages and tests can pick a date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def grens(op: dt.date) -> dt.date:
    """The date 24 months before `op` (29 February falls back to the 28th)."""
    jaar, maand = divmod(op.year * 12 + op.month - 1 - MAANDEN, 12)
    dag = op.day
    while True:
        try:
            return dt.date(jaar, maand + 1, dag)
        except ValueError:
            dag -= 1


def verouderd(laatst_bekeken: str | dt.date, op: dt.date) -> bool:
    """True when the entry was last checked more than 24 months before `op`."""
    datum = laatst_bekeken if isinstance(laatst_bekeken, dt.date) else dt.date.fromisoformat(str(laatst_bekeken))
    return datum < grens(op)
