"""Query answers as Python sees them: a list of dicts that also turns into a DataFrame.

`Rows` is a plain `list` so that everything written for `citegraph query --json` output
(loops, `json.dumps`, comparisons) works on it unchanged; it only adds what a notebook
wants on top: a DataFrame when pandas is installed, and an HTML table when displayed.
pandas stays optional: it is imported by `to_pandas()` alone, never by `import citegraph`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, SupportsIndex, overload

from citegraph.graph.display import display_name
from citegraph.graph.errors import CitegraphError

if TYPE_CHECKING:
    import pandas

Row = dict[str, Any]


class NotInstalledError(CitegraphError):
    """An optional dependency a call needs is missing; the message says what to install."""


class Rows(list[Row]):
    """The rows of one named query (the same dicts `citegraph query NAME --json` prints).

    `query` and `params` record what was asked (parameters as the CLI's `k=v` text), so
    `OpenGraph.show(rows)` can draw the same question as a graph.
    """

    def __init__(
        self,
        rows: Iterable[Row] = (),
        *,
        query: str | None = None,
        params: dict[str, str] | None = None,
    ) -> None:
        super().__init__(rows)
        self.query = query
        self.params = dict(params or {})

    @overload
    def __getitem__(self, index: SupportsIndex) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> Rows: ...

    def __getitem__(self, index: SupportsIndex | slice) -> Row | Rows:
        """A slice stays `Rows` (`rows[:10].to_pandas()` works); an index is one row."""
        if isinstance(index, slice):
            return Rows(super().__getitem__(index), query=self.query, params=self.params)
        return super().__getitem__(index)

    def to_pandas(self) -> pandas.DataFrame:
        """A DataFrame with one column per key, in the rows' key order.

        Nested values (a group's list of papers) stay Python lists in their cells.
        """
        try:
            import pandas
        except ImportError:
            raise NotInstalledError(
                "to_pandas() needs pandas, which is not installed: "
                "pip install pandas (or pip install 'citegraph[notebook]')"
            ) from None
        return pandas.DataFrame.from_records(list(self))

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter; every cell is escaped (titles come from scraped pages)."""
        if not self:
            return "<p><em>(no rows)</em></p>"
        columns = list(dict.fromkeys(key for row in self for key in row))
        head = "".join(f"<th>{html.escape(column)}</th>" for column in columns)
        body = "".join(
            "<tr>"
            + "".join(f"<td>{html.escape(_cell(row.get(c)))}</td>" for c in columns)
            + "</tr>"
            for row in self
        )
        caption = f"<caption>{html.escape(self.query)}</caption>" if self.query else ""
        return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: Any) -> str:
    """One readable cell: lists of papers or entities show their titles or names."""
    if isinstance(value, list):
        return "; ".join(
            display_name(item)
            if isinstance(item, dict)
            else str(item)
            for item in value
        )
    if isinstance(value, float):
        return f"{value:.4f}"
    return "" if value is None else str(value)


__all__ = ["NotInstalledError", "Row", "Rows"]
