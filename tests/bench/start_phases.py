"""Where the first frame's time goes: phase marks inside kktui's start, in a real pty.

Each round starts the bare Header+Static+Footer app and kktui on a demo folder, each in its
own pty (80x24), alternating so a busy machine slows both alike. Inside each process a few
marks, patched in as the modules load, note the wall time since the spawn and the process's
CPU time (robust to a busy machine) when it got to:

    start    the interpreter ran our first line (python + site)
    cli      `kktui.cli` imported
    store    `Store.open` returned
    app      `kktui.screens.app` imported (Textual and the home screen with it)
    textual  `textual.app` imported
    init     `KktuiApp.__init__` returned
    run      `App.run` called
    compose  `App._on_compose` called (its CSS read and parsed, the driver started)
    mount    `KktuiApp.on_mount` called (the default screen composed)
    frame    the driver wrote the frame that holds the data (the bare app: its text)
    shown    the pty's screen showed it (wall time only, read by this process)

    .venv/bin/python tests/bench/start_phases.py [--rounds 15] [--data DIR] [--against PYTHON]

Medians only. CPU-bound and short: fine on a shared machine, but compare within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from pty_harness import BARE_START, PtyProcess, demo_folder, first_title  # noqa: E402
from years import compile_kktui  # noqa: E402

# Run inside the measured process: marks as modules load and methods run, then the app itself.
PRELUDE = r"""
import importlib.abc, importlib.util, json, os, sys, time
T0 = float(os.environ["PHASE_T0"])
MARKER = os.environ["PHASE_MARKER"]
marks = {"start": (time.time() - T0, time.process_time())}

def mark(name):
    if name not in marks:
        marks[name] = (time.time() - T0, time.process_time())
        with open(os.environ["PHASE_OUT"], "w") as f:
            json.dump(marks, f)

def patch_driver(module):
    write = module.LinuxDriver.write
    def marked(self, data):
        write(self, data)
        if MARKER in data:
            mark("frame")
    module.LinuxDriver.write = marked

def patch_app(module):
    mark("app")
    cls = module.KktuiApp
    init, on_mount = cls.__init__, cls.on_mount
    def patched_init(self, *a, **k):
        init(self, *a, **k)
        mark("init")
    def patched_mount(self):
        mark("mount")
        on_mount(self)
    cls.__init__, cls.on_mount = patched_init, patched_mount

def patch_textual(module):
    mark("textual")
    cls = module.App
    run, compose = cls.run, cls._on_compose
    def patched_run(self, *a, **k):
        mark("run")
        return run(self, *a, **k)
    async def patched_compose(self):
        mark("compose")
        await compose(self)
    cls.run, cls._on_compose = patched_run, patched_compose

def patch_store(module):
    opened = module.Store.open.__func__
    def patched(cls, *a, **k):
        store = opened(cls, *a, **k)
        mark("store")
        return store
    module.Store.open = classmethod(patched)

PATCHES = {
    "textual.drivers.linux_driver": patch_driver,
    "kktui.screens.app": patch_app,
    "textual.app": patch_textual,
    "kktui.storage.store": patch_store,
    "kktui.cli": lambda module: mark("cli"),
}

class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in PATCHES:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            PATCHES.pop(name)(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Hook())
"""

KKTUI_MAIN = """
import kktui.cli
sys.argv = ["kktui", *sys.argv[1:]]
sys.exit(kktui.cli.main())
"""
KKTUI = PRELUDE + KKTUI_MAIN
BARE = PRELUDE + BARE_START

PHASES = ("start", "cli", "store", "textual", "app", "init", "run", "compose", "mount", "frame", "shown")


def run_once(python: str, argv: list[str], marker: str) -> dict[str, tuple[float, float]]:
    """Phase -> (seconds since spawn, CPU seconds of the process); "shown" from the pty."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    env = dict(os.environ, TERM="xterm-256color", PYTHONDONTWRITEBYTECODE="1", PHASE_OUT=out)
    env.pop("KKTUI_DATA", None)
    env.update(PHASE_MARKER=marker, PHASE_T0=repr(time.time()))
    app = PtyProcess([python, *argv], env=env)
    try:
        shown = app.wait_for(lambda text: marker in text) - app.started
        deadline = time.perf_counter() + 5
        while '"frame"' not in Path(out).read_text() and time.perf_counter() < deadline:
            time.sleep(0.01)
    finally:
        app.close()
    marks = json.loads(Path(out).read_text())
    Path(out).unlink()
    marks["shown"] = (shown, float("nan"))
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--data", type=Path, help="a kktui folder (default: a new demo folder)")
    parser.add_argument("--against", metavar="PYTHON", help="also another build's python (-P)")
    args = parser.parse_args()
    compile_kktui()  # the apps run with PYTHONDONTWRITEBYTECODE, as in pty_bench
    if args.data:
        folder, marker = args.data, first_title(args.data)
    else:
        folder, marker = demo_folder()
    cases = {
        "bare": (sys.executable, ["-c", BARE], "hello bench"),
        "kktui": (sys.executable, ["-c", KKTUI, "--data", str(folder)], marker),
    }
    if args.against:
        cases["other"] = (args.against, ["-P", "-c", KKTUI, "--data", str(folder)], marker)
    for python, argv, mark in cases.values():
        run_once(python, argv, mark)  # warm the file cache
    results: dict[str, list[dict[str, tuple[float, float]]]] = {name: [] for name in cases}
    for _ in range(args.rounds):
        for name, (python, argv, mark) in cases.items():
            results[name].append(run_once(python, argv, mark))
    print(f"medians of {args.rounds} rounds: wall ms since spawn / CPU ms of the process")
    frames = {}
    for name in cases:
        row = []
        for phase in PHASES:
            wall = [r[phase][0] for r in results[name] if phase in r]
            cpu = [r[phase][1] for r in results[name] if phase in r and phase != "shown"]
            if wall:
                row.append(f"{phase} {statistics.median(wall) * 1000:.0f}")
                if cpu:
                    row[-1] += f"/{statistics.median(cpu) * 1000:.0f}"
        frames[name] = (
            statistics.median(r["shown"][0] for r in results[name]),
            statistics.median(r["frame"][1] for r in results[name]),
        )
        print(f"  {name}: " + ", ".join(row))
    for name in cases:
        if name != "bare":
            wall, cpu = (frames[name][i] / frames["bare"][i] for i in (0, 1))
            print(f"  {name}/bare first frame: wall {wall:.2f}, CPU {cpu:.2f}")


if __name__ == "__main__":
    main()
