"""Render time of the HTML view in headless Chromium, precomputed layout vs browser physics.

Run: .venv/bin/python bench/bench_html.py [--sizes 1000 5000] [--timeout 90]

For each size it exports a synthetic graph twice: as citegraph ships it (layout computed in
Python, physics off) and with the precompute turned off (vis-network's physics lays the
graph out in the page, like pyvis' default output). "ready" is the page's own mark: first
frame drawn when physics is off, or first frame after stabilisation when it is on.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from citegraph.exports.html import write_html
from citegraph.synthetic import synthetic_store
from tests.browser import chromium, offline_page

MODES = {"precomputed": 0, "physics (baseline)": math.inf}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--timeout", type=float, default=90, help="seconds per page")
    args = parser.parse_args()
    print(f"{'nodes':>6} {'edges':>6}  {'mode':<19} {'export s':>8} {'MB':>5} {'ready s':>8}")
    with chromium() as browser, tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            graph = synthetic_store(size).graph
            for mode, threshold in MODES.items():
                out = Path(tmp) / f"{size}-{threshold}.html"
                started = time.perf_counter()
                write_html(graph, out, layout_threshold=threshold)
                export_s = time.perf_counter() - started
                with offline_page(browser) as offline:
                    try:
                        ready = f"{offline.open(out, int(args.timeout * 1000)) / 1000:8.2f}"
                    except Exception:  # a timeout is a result here, not a failure
                        ready = f"> {args.timeout:.0f}"
                    if any(not url.startswith("file:") for url in offline.requests):
                        ready += "  (made network requests!)"
                mb = out.stat().st_size / 1e6
                print(
                    f"{graph.number_of_nodes():>6} {graph.number_of_edges():>6}  {mode:<19} "
                    f"{export_s:>8.2f} {mb:>5.1f} {ready:>8}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
