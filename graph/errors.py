"""The one exception root of citegraph.

Library code raises these; only the CLI decides how to show them (one `Error: ...` line and
exit status 1). Anything that is not a `CitegraphError` is a bug in citegraph, not bad input,
and is allowed to surface as a traceback.
"""

from __future__ import annotations


class CitegraphError(Exception):
    """Root of every error citegraph raises on purpose."""


class InputError(CitegraphError):
    """A source file citegraph cannot read, with the place it went wrong.

    The place is part of the contract: users fix their input by opening FILE at LINE, so every
    error about a file's content names both (`FILE:LINE: reason`, `line` 1-based). An error
    about the file itself (missing, unreadable, a pattern that matched nothing) has no line:
    `line` is None and the message is `FILE: reason`, since no line of it was read.
    """

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        # One line whatever the reason quotes from the input: a JSON key "\n" or a title
        # with a tab is shown escaped, as Python would write it.
        self.reason = reason if reason.isprintable() else _escaped(reason)
        place = path if line is None else f"{path}:{line}"
        super().__init__(f"{place}: {self.reason}")


def _escaped(text: str) -> str:
    """`text` with each character that does not print (newline, tab, NUL...) escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class StoreError(CitegraphError):
    """A graph store could not be read or written (corrupt file, unreachable server...)."""
