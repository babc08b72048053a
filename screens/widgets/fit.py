"""Text cut to the cells it has, saying so with «…», so the columns beside it show whole."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size


def ellipsized(text: str, cells: int) -> str:
    """`text` if it fits in `cells`, else as much as fits followed by «…»."""
    if cell_len(text) <= cells:
        return text
    if cells <= 1:
        return "…"[:cells]
    return set_cell_size(text, cells - 1).rstrip() + "…"


def middle_column_room(
    table_width: int, *others: list[str], cell_padding: int = 1, scrollbar: int = 2
) -> int:
    """Cells left for one column of a DataTable `table_width` wide, once the `others` (each a
    list of its cells) are as wide as their widest cell; never less than 12."""
    columns = len(others) + 1
    used = sum(max((cell_len(cell) for cell in cells), default=0) for cells in others)
    return max(12, table_width - scrollbar - 2 * cell_padding * columns - used)
