"""Data layer of the knowledge base: load, validate and render entries.

Plain Python with no dependency on MkDocs, so the same code serves the
validator, the tests, the MkDocs adapter and any future site generator.
"""

from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
