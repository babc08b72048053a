"""A QR code as a matrix, as terminal text and as SVG; drawn by us from `qrcode`'s matrix.

In the terminal one character holds two modules (▀ ▄ █ and space), so a link of about sixty
characters fits at 80×24 with the full four-module quiet zone; a bigger window draws each
module as 2×2, 3×3 … cells (`fit_scale`, `scaled`), as big as fits. Colours are the caller's
job: dark modules must come out black on white whatever the terminal's theme.
"""

from __future__ import annotations

from collections.abc import Iterator

QUIET_ZONE = 4

# (top dark, bottom dark) -> the character drawn in the dark colour on a light cell.
HALF_BLOCKS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def qr_matrix(text: str, border: int = QUIET_ZONE) -> list[list[bool]]:
    """True for a dark module; `border` light modules all round (the quiet zone)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    return [list(map(bool, row)) for row in code.get_matrix()]


def fit_scale(modules: int, width: int, height: int) -> int:
    """The largest whole number of cells per module (columns; half rows) that fits `width`×`height`
    cells; at least 1, so a window too small still shows the code (cut, rather than nothing)."""
    if modules <= 0:
        return 1
    return max(1, min(width // modules, (2 * height) // modules))


def scaled(matrix: list[list[bool]], factor: int) -> list[list[bool]]:
    """Each module drawn `factor`×`factor` times: a bigger code, the same code."""
    if factor <= 1:
        return matrix
    return [[dark for dark in row for _ in range(factor)] for row in matrix for _ in range(factor)]


def shortened(text: str, width: int) -> str:
    """`text` on one line of `width` characters: whole if it fits, else its start and end around «…»."""
    if len(text) <= width:
        return text
    if width < 3:
        return text[:width]
    head = (width - 1) * 2 // 3
    return text[:head] + "…" + text[len(text) - (width - 1 - head) :]


def half_block_rows(matrix: list[list[bool]]) -> Iterator[list[tuple[bool, bool]]]:
    """Pairs of module rows as one row of (top, bottom) cells; an odd last row gets a light bottom."""
    for y in range(0, len(matrix), 2):
        top = matrix[y]
        bottom = matrix[y + 1] if y + 1 < len(matrix) else [False] * len(top)
        yield list(zip(top, bottom, strict=False))


def terminal_lines(matrix: list[list[bool]]) -> list[str]:
    """The code as text: dark is the character's colour, light is the background."""
    return ["".join(HALF_BLOCKS[cell] for cell in row) for row in half_block_rows(matrix)]


def ansi_text(matrix: list[list[bool]]) -> str:
    """For a real terminal: black on white forced with escape codes, so dark themes don't invert it."""
    on, off = "\x1b[38;2;0;0;0;48;2;255;255;255m", "\x1b[0m"
    return "\n".join(on + line + off for line in terminal_lines(matrix)) + "\n"


def svg(text: str, module_px: int = 10) -> str:
    """A standalone SVG (for a projector or an e-mail): one black path on a white square."""
    matrix = qr_matrix(text)
    size = len(matrix)
    path = "".join(f"M{x} {y}h1v1h-1z" for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark)
    pixels = size * module_px
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{pixels}" height="{pixels}" '
        f'viewBox="0 0 {size} {size}" shape-rendering="crispEdges">'
        f'<rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path d="{path}" fill="#000"/></svg>\n'
    )
