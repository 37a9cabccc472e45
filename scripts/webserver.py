#!/usr/bin/env python3
"""Serve a built site on 127.0.0.1 the way a static host (GitHub Pages) does: text is sent gzip-compressed.

Gebruik:  python scripts/webserver.py [SITEMAP] [--poort 8000]
The tests and the benchmark use `start()`; Lighthouse and the search budget then measure
the bytes a visitor really downloads, not the uncompressed files of a bare http.server.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import threading
from pathlib import Path

# what GitHub Pages compresses; images and Pagefind's own (already gzipped) files are sent as they are
GECOMPRIMEERD = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".csv", ".txt", ".webmanifest"}


class StatischeHandler(http.server.SimpleHTTPRequestHandler):
    _cache: dict[tuple[str, float], bytes] = {}
    _slot = threading.Lock()

    def log_message(self, *args):  # keep test and benchmark output readable
        pass

    def send_head(self):
        pad = self.translate_path(self.path)
        if os.path.isdir(pad):
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the URL with a slash
            pad = os.path.join(pad, "index.html")
        if (
            Path(pad).suffix not in GECOMPRIMEERD
            or not os.path.isfile(pad)
            or "gzip" not in self.headers.get("Accept-Encoding", "")
        ):
            return super().send_head()
        sleutel = (pad, os.path.getmtime(pad))
        with self._slot:
            inhoud = self._cache.get(sleutel)
        if inhoud is None:
            inhoud = gzip.compress(Path(pad).read_bytes(), 6, mtime=0)
            with self._slot:
                self._cache[sleutel] = inhoud
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(pad))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(inhoud)))
        self.end_headers()
        return _Bytes(inhoud)


class _Bytes:
    """A file-like object over bytes, for SimpleHTTPRequestHandler.copyfile."""

    def __init__(self, inhoud: bytes):
        self._inhoud, self._gelezen = inhoud, False

    def read(self, _n: int = -1) -> bytes:
        if self._gelezen:
            return b""
        self._gelezen = True
        return self._inhoud

    def close(self) -> None:
        pass


def start(site_map: Path, poort: int = 0) -> tuple[str, http.server.ThreadingHTTPServer]:
    """Start serving in a background thread; returns (base URL, server to `shutdown()`)."""
    handler = functools.partial(StatischeHandler, directory=str(site_map))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", poort), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{httpd.server_address[1]}", httpd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default="site", type=Path)
    parser.add_argument("--poort", type=int, default=8000)
    args = parser.parse_args()
    url, httpd = start(args.site, args.poort)
    print(f"{args.site} op {url}/ (Ctrl-C stopt)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        httpd.shutdown()


if __name__ == "__main__":
    main()
