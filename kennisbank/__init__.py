"""Kennisbank Jongeren en werk: the code that turns the YAML entries into a site.

Three layers, data flowing one way:
- kennisbank.inhoud: load and validate (YAML + JSON Schema → Catalogus, or errors);
- kennisbank.paginas: prepare and render (Catalogus → generated pages and data files);
- kennisbank.motoren: the engine adapters (MkDocs/ProperDocs hooks, macros, build state).
inhoud imports nothing from paginas or motoren, and paginas nothing from motoren.
parallel.py and optimalisaties.py serve all layers.
"""

from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
