"""The app's DataTable: a text cell shows exactly what was typed.

Textual's DataTable reads a str cell as Rich markup, so «Klassetur [utsatt]» lost its word
and a «[/b]» in a title, a name or a parent's input sent from a phone stopped the screen
from drawing (MarkupError). Here every str cell becomes a plain Text before it is stored;
cells that are already Text (a styled due date) stay as they are. Column headings too: a str
heading is parsed as markup with emoji codes, whose table (rich._emoji_codes, ~5 ms) the
first frame then imported for nothing.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import DataTable
from textual.widgets.data_table import CellType, ColumnKey, RowKey


def plain(value: Any, one_line: bool = True) -> Any:
    """A str as Text without markup (as the table's own formatter makes it, minus the markup)."""
    return Text(value, no_wrap=one_line, end="") if isinstance(value, str) else value


class PlainTable(DataTable[Any]):
    def add_column(
        self,
        label: Any,
        *,
        width: int | None = None,
        key: str | None = None,
        default: CellType | None = None,
    ) -> ColumnKey:
        heading = Text(label) if isinstance(label, str) else label  # as Text.from_markup makes it
        return super().add_column(heading, width=width, key=key, default=default)

    def add_row(
        self,
        *cells: CellType,
        height: int | None = 1,
        key: str | None = None,
        label: Any = None,
    ) -> RowKey:
        return super().add_row(
            *(plain(cell, height == 1) for cell in cells), height=height, key=key, label=label
        )

    def update_cell(
        self,
        row_key: RowKey | str,
        column_key: ColumnKey | str,
        value: CellType,
        *,
        update_width: bool = False,
    ) -> None:
        super().update_cell(row_key, column_key, plain(value), update_width=update_width)
