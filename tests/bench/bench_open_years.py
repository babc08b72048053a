"""Opening years of data: the home screen with ten years of a busy class vs an empty folder.

    .venv/bin/python tests/bench/bench_open_years.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import KKTUI_APP  # noqa: E402
from years import generate  # noqa: E402


def timed(folder: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", KKTUI_APP, str(folder)], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    empty = Path(tempfile.mkdtemp(prefix="kktui-bench-empty-"))
    years = Path(tempfile.mkdtemp(prefix="kktui-bench-years-"))
    generate(years)
    timed(empty), timed(years)  # warm up (and let the first open make its backups)
    e, y = [], []
    for _ in range(args.rounds):
        e.append(timed(empty))
        y.append(timed(years))
    me, my = statistics.median(e), statistics.median(y)
    print(f"home screen, median of {args.rounds}: empty folder {me * 1000:.0f} ms, "
          f"ten years (1,000 meetings, 10,000 tasks) {my * 1000:.0f} ms, ratio {my / me:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
