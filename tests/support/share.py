"""Shared by the share tests: a demo class with private notes, and reading the QR code off the screen.

The QR code is read the way a phone would see the terminal: every cell the app draws is
turned into two pixels (top and bottom half) from its character and its colours, and an
independent decoder (zxing-cpp) reads the picture. Nothing of kktui's own QR code is used.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from rich.color import Color
from rich.segment import Segment

from kktui.clock import FixedClock
from kktui.services.demo import seed
from kktui.storage.store import Store
from support.ui import make_app

PRIVATE_NOTE = "!! Per i 4B har blitt holdt utenfor i friminuttene"
PRIVATE_BLOCK = "!!!\nMoren til Per ringer kontaktlærer hver uke\n!!!"
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def demo_with_private_notes(data_dir: Path, clock: FixedClock, confidential: bool = False):
    """The demo class; its planning meeting (demo01) gets private lines and, if asked, is confidential."""
    store = Store.open(data_dir)
    seed(store, "nb", clock)
    meeting = store.meeting("demo01")
    meeting.steps[0].notes += f"\n{PRIVATE_NOTE}\nSynlig linje etter den private.\n{PRIVATE_BLOCK}"
    meeting.confidential = confidential
    store.save_meeting(meeting)
    store.close()
    return make_app(data_dir, clock)


def _level(color: Color | None, default: int) -> int:
    if color is None or color.is_default:
        return default
    r, g, b = color.get_truecolor()
    return int(0.299 * r + 0.587 * g + 0.114 * b)


def screen_image(app, scale: int = 6):
    """What the terminal shows, as a greyscale picture: one cell is 1×2 pixels before scaling."""
    from PIL import Image

    strips = app.screen._compositor.render_strips()
    width = app.size.width
    image = Image.new("L", (width, len(strips) * 2), 0)
    for y, strip in enumerate(strips):
        x = 0
        for text, style, _ in Segment.filter_control(strip):
            fg, bg = _level(style.color if style else None, 255), _level(style.bgcolor if style else None, 0)
            if style is not None and style.reverse:
                fg, bg = bg, fg
            for ch in text:
                top, bottom = {"▀": (fg, bg), "▄": (bg, fg), "█": (fg, fg)}.get(ch, (bg, bg))
                if x < width:
                    image.putpixel((x, 2 * y), top)
                    image.putpixel((x, 2 * y + 1), bottom)
                x += 1
    return image.resize((image.width * scale, image.height * scale), Image.NEAREST)


def decode_qr(image) -> list[str]:
    import zxingcpp

    return [result.text for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def decode_svg(svg_path: Path, tmp_path: Path) -> list[str]:
    """Render an SVG (a snapshot, or the QR file) with rsvg-convert and decode it."""
    from PIL import Image

    png = tmp_path / (svg_path.stem + ".png")
    subprocess.run([require_tool("rsvg-convert"), str(svg_path), "-o", str(png)], check=True, timeout=60)
    return decode_qr(Image.open(png).convert("L"))


def wait_until_free(host: str, port: int, timeout: float = 30.0) -> None:
    """For the few tests that must show a fixed port (a snapshot shows the link): wait while
    another test run on this machine holds it, and fail in one sentence if it stays taken.
    The probe binds the way the share server does (SO_REUSEADDR), so a closed server's
    lingering connections do not count as taken."""
    deadline = time.monotonic() + timeout
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, port))
                return
            except OSError as exc:
                if time.monotonic() > deadline:
                    pytest.fail(
                        f"{host}:{port} stayed in use for {timeout:.0f} s ({exc.strerror}); "
                        "this test needs exactly that port"
                    )
        time.sleep(0.2)


def require_tool(name: str) -> str:
    """A system tool the test command installs; in CI its absence is a failure, elsewhere a skip."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed; `bash tests/install-system-deps` installs it"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path
