"""Engines: the thin adapters between the data layer and a site generator.

- mkdocs_adapter.py: MkDocs/ProperDocs hooks (validate in on_config, add pages in on_files);
- mkdocs_vooraf.py: pages converted to HTML on the worker that renders them (MkDocs only);
- macros.py: the macros for the hand-written pages in docs/ (MkDocs and Zensical);
- toestand.py: the one object that holds a build's state and what outlives a rebuild.
Zensical ignores hooks: scripts/bouw_met.py writes the same pages as files for it (genereer.schrijf).
"""
