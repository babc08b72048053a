"""A DataTable measured when its rows are added, so the next frame shows them at their widths.

Textual's DataTable (8.2.8) sizes its columns and its scrollable height on its next idle,
after the screen has drawn a frame with every column as narrow as its heading (`Fore`,
`planla`); the finished table comes one or two frames later. The home screen fills its
tables just before the first frame, so that frame was thrown away on every start.

`measure_now` does at once what the table's own idle would do (the same private calls as
`DataTable._on_idle`), which leaves its idle nothing to do. It is the one use of the
table's private state, kept here.
"""

from __future__ import annotations

from textual.widgets import DataTable


def measure_now(table: DataTable) -> None:
    """Column widths and scrollable size for the rows added so far, as the table's idle does."""
    if table._updated_cells:
        updated = table._updated_cells.copy()
        table._updated_cells.clear()
        table._update_column_widths(updated)
    if table._require_update_dimensions:
        table._require_update_dimensions = False
        new_rows = table._new_rows.copy()
        table._new_rows.clear()
        table._update_dimensions(new_rows)
