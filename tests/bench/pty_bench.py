"""What a user feels, measured in a real pseudo-terminal: kktui against a bare Textual app.

Each app runs as its own process with its own pty (80x24, TERM=xterm-256color); see
pty_harness.py. Every figure is "key (or start) until the user could see it" — not time to
exit, not Textual's test pilot. Rounds of kktui and the baseline alternate, so a busy machine
slows both alike; each comparison prints baseline, kktui and their ratio from the same run.

    .venv/bin/python tests/bench/pty_bench.py start  [--rounds 9]   (first frame, and memory after it)
    .venv/bin/python tests/bench/pty_bench.py keys   [--keys 600]
    .venv/bin/python tests/bench/pty_bench.py step   [--rounds 9]   (rounds/3 walks through the agenda)
    .venv/bin/python tests/bench/pty_bench.py memory [--keys 2000] [--step-changes 50]
        (ten years, in a meeting: RSS after start, after the keys, after ctrl+n to the end, ctrl+b back …)
    .venv/bin/python tests/bench/pty_bench.py demo   [--rounds 9]   (`kktui demo` vs opening its folder)
    .venv/bin/python tests/bench/pty_bench.py all
    .venv/bin/python tests/bench/pty_bench.py start --against OTHER/.venv/bin/python
        (also starts another build of kktui on the same demo data in the same rounds: before/after a change)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from pty_harness import (
    BARE_START,
    BARE_TYPING,
    COLS,
    CTRL_B,
    CTRL_N,
    ROWS,
    Figures,
    PtyProcess,
    compare,
    demo_argv,
    demo_folder,
    kktui_argv,
    meeting_folder,
    scratch,
    script,
    step_marker,
    years_folder,
)

SETTLE_SECONDS = 1.0  # memory "after start": the first frame, then this long for start-up work to end


def first_frame(argv: list[str], marker: str, memory: Figures | None = None) -> float:
    """Seconds from start to the first frame showing `marker`; with `memory`, also the RSS after it."""
    app = PtyProcess(argv)
    try:
        shown = app.wait_for(lambda text: marker in text) - app.started
        if memory is not None:
            time.sleep(SETTLE_SECONDS)
            memory.values.append(app.rss_mib())
        return shown
    finally:
        app.close()


def bench_start(rounds: int, against: str | None = None) -> None:
    bare = script(BARE_START)
    empty = scratch("kktui-bench-empty-")
    demo, demo_marker = demo_folder()
    years, years_marker = years_folder()
    cases = [
        ("bare Header+Static+Footer app", bare, "hello bench"),
        ("kktui, empty folder", kktui_argv(empty), "kktui"),
        ("kktui, demo data", kktui_argv(demo), demo_marker),
        ("kktui, ten years (1,000 meetings, 10,000 tasks)", kktui_argv(years), years_marker),
    ]
    if against:
        other = [against, "-P", "-m", "kktui", "--data", str(demo)]  # -P: not this folder's kktui
        cases.append((f"other build ({against}), demo data", other, demo_marker))
    for _, argv, marker in cases:  # warm the file cache and the .pyc files
        first_frame(argv, marker)
    names = [name for name, _, _ in cases]
    times = {name: Figures(name) for name in names}
    memory = {name: Figures(name, unit="MiB") for name in names}
    for _ in range(rounds):
        for name, argv, marker in cases:
            times[name].values.append(first_frame(argv, marker, memory[name]))
    bare_, empty_, demo_, years_ = names[:4]
    compare(
        "Start to the first frame that shows the data (vs bare app)",
        times[bare_],
        times[demo_],
        target="≤ 1.25",
    )
    compare("Ten years vs an empty folder", times[empty_], times[years_], target="≤ 1.1")
    # The empty folder draws two empty tables; demo and ten years fill them. Against the demo,
    # the same screen filled, what is left is what the years of history cost.
    compare("Ten years vs demo data (the same tables filled)", times[demo_], times[years_])
    compare("Ten years vs bare app", times[bare_], times[years_])
    if against:
        compare("This build vs the other build, demo data", times[names[4]], times[demo_])
    print(f"\nResident memory after start (first frame + {SETTLE_SECONDS:g} s), same rounds:")
    for name in names:
        print("  " + memory[name].line(with_tail=False))
    ratio = statistics.median(memory[years_].values) / statistics.median(memory[empty_].values)
    print(f"  ratio ten years / empty folder: median {ratio:.2f}  (target ≤ 1.25)")


def type_keys(app: PtyProcess, keys: int, rng: random.Random, out: Figures | None, gap=(0.05, 0.1)) -> None:
    """One key every `gap` seconds (50–100 ms); each letter timed until it is on the screen."""
    letters = "zqxjvw"
    typed_line = ""
    done = 0
    while done < keys:
        if len(typed_line) >= 40:
            app.send("\r")
            typed_line = ""
            time.sleep(rng.uniform(*gap))
            continue
        if typed_line and not typed_line.endswith(" ") and rng.random() < 0.2:
            app.send(" ")
            typed_line += " "
            time.sleep(rng.uniform(*gap))
            continue
        ch = rng.choice(letters)
        typed_line += ch
        word = typed_line.rsplit(" ", 1)[-1][-4:]
        sent = app.send(ch)
        if out is None:  # memory: keys at typing speed, no echo timed (the box scrolls)
            done += 1
            time.sleep(rng.uniform(*gap))
            continue
        shown = app.wait_for(
            lambda text, w=word: any(
                line.rstrip().endswith(w) or w + " " in line for line in text.splitlines()
            ),
            timeout=10,
        )
        out.values.append(shown - sent)
        done += 1
        time.sleep(max(0.0, rng.uniform(*gap) - (time.perf_counter() - sent)))


def open_typing(argv: list[str], ready: str, enter: bool) -> PtyProcess:
    app = PtyProcess(argv)
    app.wait_for(lambda text: ready in text)
    if enter:
        app.send("\r")
        app.wait_for(lambda text: "Notater" in text or "Notes" in text or "/" in text)
    time.sleep(1.5)  # let start-up work settle: we measure typing, not opening
    return app


def typing_pair(base: Path | None) -> tuple[PtyProcess, PtyProcess, list[str]]:
    """The bare TextArea app and kktui in a running meeting (on a copy of `base`), both ready."""
    folder, title, steps = meeting_folder(base)
    bare_app = open_typing(script(BARE_TYPING.format(steps=steps)), "ready", enter=False)
    try:
        kktui_app = open_typing(kktui_argv(folder), title[:12], enter=True)
    except BaseException:
        bare_app.close()
        raise
    return bare_app, kktui_app, steps


def bench_keys(keys: int, blocks: int = 4) -> None:
    years, _ = years_folder()
    rng_b, rng_k = random.Random(1), random.Random(1)
    base, ours = Figures("bare TextArea app"), Figures("kktui live meeting, ten years, autosave on")
    per_block = keys // blocks
    bare_app, kktui_app, _ = typing_pair(years)
    try:
        for _ in range(blocks):
            type_keys(bare_app, per_block, rng_b, base)
            type_keys(kktui_app, per_block, rng_k, ours)
    finally:
        bare_app.close()
        kktui_app.close()
    compare(
        f"Key to echo while typing notes ({keys} keys each, 50–100 ms apart, interleaved blocks)",
        base,
        ours,
        with_tail=True,
        target="p99 ≤ 1.3 and ≤ 16 ms",
    )


def bench_step(runs: int) -> None:
    demo, _ = demo_folder()
    base, ours = Figures("bare app: Static + Markdown + TextArea swap"), Figures("kktui ctrl+n")
    for _ in range(runs):
        bare_app, kktui_app, steps = typing_pair(demo)
        try:
            for index in range(1, len(steps)):
                for app, out in ((bare_app, base), (kktui_app, ours)):
                    sent = app.send(CTRL_N)
                    out.values.append(app.wait_for(step_marker(index, steps), timeout=10) - sent)
                    time.sleep(0.3)
        finally:
            bare_app.close()
            kktui_app.close()
    compare(
        "Step change (ctrl+n until the next step's title is on screen)",
        base,
        ours,
        with_tail=True,
        target="≤ 1.3",
    )


def walk_steps(
    apps: list[PtyProcess], changes: int, steps: list[str], at: tuple[int, int] = (0, 1)
) -> tuple[int, int]:
    """`changes` step changes in each app, in turns: ctrl+n to the last step, ctrl+b back to the
    first. `at` is the step the apps are on and the way they go; returns where they are then."""
    current, direction = at
    for _ in range(changes):
        if not 0 <= current + direction < len(steps):
            direction = -direction
        current += direction
        for app in apps:
            app.send(CTRL_N if direction > 0 else CTRL_B)
            app.wait_for(step_marker(current, steps), timeout=10)
            time.sleep(0.2)
    return current, direction


def bench_memory(keys: int, changes: int, blocks: int = 4) -> None:
    years, _ = years_folder()
    rng_b, rng_k = random.Random(2), random.Random(2)
    bare_app, kktui_app, steps = typing_pair(years)
    apps = {"bare TextArea app": bare_app, "kktui, ten years, in a meeting": kktui_app}
    rss = {name: [app.rss_mib()] for name, app in apps.items()}
    try:
        for _ in range(blocks):
            type_keys(bare_app, keys // blocks, rng_b, None, gap=(0.02, 0.04))
            type_keys(kktui_app, keys // blocks, rng_k, None, gap=(0.02, 0.04))
        for name, app in apps.items():
            rss[name].append(app.rss_mib())
        at = (0, 1)
        for _ in range(2):  # the second time round shows whether it keeps growing or has levelled off
            at = walk_steps([bare_app, kktui_app], changes, steps, at)
            time.sleep(SETTLE_SECONDS)
            for name, app in apps.items():
                rss[name].append(app.rss_mib())
    finally:
        bare_app.close()
        kktui_app.close()
    print(
        f"\nResident memory (MiB): after start → after {keys // blocks * blocks} keys (20–40 ms apart, "
        f"as typed; a long note scrolls, so the echo is not waited for) → after {changes} step changes "
        f"→ after {changes} more; change from start (target ±5 % for the first two)"
    )
    for name, (start, *after) in rss.items():
        print(
            f"  {name}: {start:.1f} → "
            + " → ".join(f"{mib:.1f} ({(mib / start - 1) * 100:+.1f} %)" for mib in after)
        )
    (b0, *_), (k0, *_) = rss.values()
    print(f"  ratio kktui/bare after start: {k0 / b0:.2f}")


def bench_demo(rounds: int) -> None:
    """`kktui demo --data NEW` (seeds the new folder, then opens the app) against `kktui --data DEMO`
    (a demo folder that exists), each to the first frame that shows the demo data."""
    existing, marker = demo_folder()
    parent = scratch("kktui-bench-demo-new-")
    made = iter(range(10**6))

    def new_folder() -> list[str]:
        return demo_argv(parent / f"data{next(made)}")  # not there yet: as a user would name it

    cases = [
        ("kktui --data DEMO (the folder exists)", lambda: kktui_argv(existing)),
        ("kktui demo --data NEW (seeds it, then opens)", new_folder),
    ]
    for _, argv in cases:  # warm the file cache and the .pyc files
        first_frame(argv(), marker)
    results = {name: Figures(name) for name, _ in cases}
    for _ in range(rounds):
        for name, argv in cases:
            results[name].values.append(first_frame(argv(), marker))
    base, ours = results.values()
    compare("`kktui demo` into a new folder vs opening a demo folder", base, ours, target="≤ 1.3")


def main() -> None:
    from years import compile_kktui

    compile_kktui()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("start", "keys", "step", "memory", "demo", "all"))
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--keys", type=int, help="keys typed: 600 for keys, 2000 for memory")
    parser.add_argument("--step-changes", type=int, default=50, help="memory: step changes after typing")
    parser.add_argument("--against", metavar="PYTHON", help="start: also time the kktui this Python runs")
    args = parser.parse_args()
    print(
        f"{date.today().isoformat()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"real pty {COLS}x{ROWS}"
    )
    if args.what in ("start", "all"):
        bench_start(args.rounds, args.against)
    if args.what in ("demo", "all"):
        bench_demo(args.rounds)
    if args.what in ("keys", "all"):
        bench_keys(args.keys or 600)
    if args.what in ("step", "all"):
        bench_step(max(1, args.rounds // 3))
    if args.what in ("memory", "all"):
        bench_memory(args.keys or 2000, args.step_changes)


if __name__ == "__main__":
    main()
