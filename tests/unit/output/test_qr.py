"""The QR code drawn as big as the window allows, and a link shown on one line."""

from __future__ import annotations

from kktui.output.qr import fit_scale, qr_matrix, scaled, shortened


def test_the_biggest_whole_scale_that_fits_both_ways() -> None:
    assert fit_scale(41, 42, 21) == 1  # 80×24: one module per column, two per row
    assert fit_scale(41, 122, 42) == 2  # 160×45 beside the info column: 82 columns, 41 rows
    assert fit_scale(41, 500, 42) == 2  # the height decides
    assert fit_scale(41, 20, 10) == 1  # too small: drawn anyway, not left out


def test_scaling_repeats_every_module_and_keeps_the_code() -> None:
    matrix = qr_matrix("http://192.168.1.20:8000/abc")
    big = scaled(matrix, 3)
    assert len(big) == len(big[0]) == 3 * len(matrix)
    assert [row[::3] for row in big[::3]] == matrix
    assert scaled(matrix, 1) is matrix


def test_a_link_too_long_for_its_line_keeps_its_start_and_end() -> None:
    url = "http://192.168.100.200:47614/" + "T" * 40 + "end"
    assert shortened(url, 200) == url
    short = shortened(url, 40)
    assert len(short) == 40 and short.startswith("http://192.168.100.200") and short.endswith("end")
    assert "…" in short
