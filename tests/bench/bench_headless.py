"""Headless commands: `kktui list` and `kktui export last --format md` against a script that
only imports tinydb and markdown-it-py and reads the same data file.

    .venv/bin/python tests/bench/bench_headless.py [--rounds 9] [--years]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = """
import json, sys
from pathlib import Path
import tinydb, markdown_it
data = json.loads((Path(sys.argv[1]) / "kktui.json").read_text(encoding="utf-8"))
print(len(data.get("meetings", {})))
"""


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - start


def run(folder: Path, label: str, rounds: int) -> None:
    commands = {
        "baseline": [sys.executable, "-c", BASELINE, str(folder)],
        "list": [sys.executable, "-m", "kktui", "list", "--data", str(folder)],
        "export": [sys.executable, "-m", "kktui", "export", "last", "--format", "md", "--data", str(folder)],
    }
    for command in commands.values():
        timed(command)  # warm the file cache
    times = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            times[name].append(timed(command))
    base = statistics.median(times["baseline"])
    print(
        f"headless, {label}, median of {rounds}: baseline (tinydb + markdown-it, read file) "
        f"{base * 1000:.0f} ms"
    )
    for name in ("list", "export"):
        median = statistics.median(times[name])
        print(f"  kktui {name}: {median * 1000:.0f} ms, ratio {median / base:.2f} (target <= 1.2)")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from years import compile_kktui

    compile_kktui()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--years", action="store_true", help="also with ten years of data (years.py)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kktui-bench-cli-"))
    subprocess.run(
        [sys.executable, "-m", "kktui", "demo", "--no-open", "--data", str(folder)],
        check=True,
        capture_output=True,
    )
    run(folder, "demo data", args.rounds)
    if args.years:
        from years import generate

        years = Path(tempfile.mkdtemp(prefix="kktui-bench-cli-years-"))
        generate(years)
        run(years, "ten years (1,000 meetings, 10,000 tasks)", args.rounds)


if __name__ == "__main__":
    main()
