"""Headless Chromium for the browser tests and the bench: Debian's binary, no network.

Playwright is only the driver here; its own browser download (`playwright install`) is never
used, so the tests run where only Debian's `chromium` package can be installed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class Offline:
    """A page whose every request except the file itself is aborted and recorded."""

    page: object
    requests: list[str] = field(default_factory=list)

    def open(self, path: Path, timeout_ms: int = 60_000) -> float:
        """Load `path`, wait until the view says it is drawn; returns its readyAt (ms)."""
        page = self.page
        page.goto(path.resolve().as_uri())  # type: ignore[attr-defined]
        # A function, not an expression string: the page's CSP forbids eval.
        page.wait_for_function(  # type: ignore[attr-defined]
            "() => window.citegraphView && window.citegraphView.ready", timeout=timeout_ms
        )
        return float(page.evaluate("citegraphView.readyAt"))  # type: ignore[attr-defined]


@contextmanager
def chromium() -> Iterator[object]:
    """A launched headless Chromium with a fresh profile."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            viewport={"width": 1400, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()


@contextmanager
def offline_page(context: object) -> Iterator[Offline]:
    page = context.new_page()  # type: ignore[attr-defined]
    offline = Offline(page)

    def route(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        offline.requests.append(url)
        if url.startswith("file:"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            route.abort()  # type: ignore[attr-defined]

    page.route("**/*", route)
    try:
        yield offline
    finally:
        page.close()
