"""Pages: prepare the data of a validated catalogue and render it through templates/.

`genereer.bestanden(cat, site_url)` is the one function every engine uses: it yields each
generated page (Markdown with HTML blocks) and each data file. Python prepares, the Jinja
templates render; nothing here imports a site generator.
"""
