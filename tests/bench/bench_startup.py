"""Start-up: process start to the first painted home screen, kktui vs a bare Textual app.

Both run headless in a fresh Python process and exit once their first frame is drawn;
they alternate, several rounds, and the medians and their ratio are printed.

    .venv/bin/python tests/bench/bench_startup.py [--rounds 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("hello")
        yield Footer()

async def first_frame(pilot):
    await pilot.pause()
    pilot.app.exit()

Bare().run(headless=True, auto_pilot=first_frame)
"""

KKTUI_APP = """
import sys
from pathlib import Path
from kktui.storage.store import Store
from kktui.screens.app import KktuiApp

async def first_frame(pilot):
    await pilot.pause()
    pilot.app.exit()

store = Store.open(Path(sys.argv[1]))
try:
    KktuiApp(store=store).run(headless=True, auto_pilot=first_frame)
finally:
    store.close()
"""


def timed(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kktui-bench-start-"))
    subprocess.run([sys.executable, "-m", "kktui", "demo", "--no-open", "--data", str(folder)],
                   check=True, capture_output=True)
    timed(BARE_APP), timed(KKTUI_APP, str(folder))  # warm the file cache
    bare, kktui = [], []
    for _ in range(args.rounds):
        bare.append(timed(BARE_APP))
        kktui.append(timed(KKTUI_APP, str(folder)))
    b, k = statistics.median(bare), statistics.median(kktui)
    print(f"start-up to first frame, median of {args.rounds}: bare Textual {b * 1000:.0f} ms, "
          f"kktui (demo data) {k * 1000:.0f} ms, ratio {k / b:.2f} (target <= 1.3)")


if __name__ == "__main__":
    main()
