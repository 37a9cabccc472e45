"""Content: read the YAML files and validate them against the JSON Schemas in schema/.

`catalogus.laad(root)` gives every entry with all errors collected (file, line, field, Dutch
message). Nothing here knows about pages or site generators; the pages and the validator
(scripts/valideer.py) both start from a Catalogus.
"""
