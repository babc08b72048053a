"""Where the first frame's time goes: phase marks inside kktui's start, in a real pty.

Each round starts the bare Header+Static+Footer app and kktui on a demo folder, each in its
own pty (80x24), alternating so a busy machine slows both alike. The pty reader stamps the
moment the screen first shows what we wait for; inside kktui a few monkeypatched marks
(written to a file, as seconds since the spawn) say how far it got when:

    start    the interpreter ran our first line (python + site)
    cli      `kktui.cli` imported
    store    `Store.open` returned
    app      `kktui.screens.app` imported (Textual and the home screen with it)
    init     `KktuiApp.__init__` returned
    mount    `KktuiApp.on_mount` called (the CSS parsed, the default screen composed)
    frame    the screen showed the data (from the pty)

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

from pty_bench import BARE_START, PtyProcess, demo_folder, first_title  # noqa: E402
from years import compile_kktui  # noqa: E402

# Run inside the measured process: marks around kktui's start, then `python -m kktui` itself.
MARKED = r"""
import importlib.abc, json, os, sys, time
T0 = float(os.environ["PHASE_T0"])
marks = {"start": time.time() - T0}
out = os.environ["PHASE_OUT"]

def mark(name):
    marks.setdefault(name, time.time() - T0)
    with open(out, "w") as f:
        json.dump(marks, f)

class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "kktui.screens.app":
            return None
        sys.meta_path.remove(self)
        import importlib.util
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
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
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Hook())
import kktui.cli
mark("cli")
from kktui.storage.store import Store
_open = Store.open.__func__
def opened(cls, *a, **k):
    store = _open(cls, *a, **k)
    mark("store")
    return store
Store.open = classmethod(opened)
sys.argv = ["kktui", *sys.argv[1:]]
sys.exit(kktui.cli.main())
"""

PHASES = ("start", "cli", "store", "app", "init", "mount", "frame")


def run_once(python: str, argv: list[str], marker: str, marked: bool) -> dict[str, float]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    env = dict(os.environ, TERM="xterm-256color", PYTHONDONTWRITEBYTECODE="1", PHASE_OUT=out)
    env.pop("KKTUI_DATA", None)
    env["PHASE_T0"] = repr(time.time())
    app = PtyProcess([python, *argv], env=env)
    try:
        shown = app.wait_for(lambda text: marker in text) - app.started
    finally:
        app.close()
    marks = json.loads(Path(out).read_text()) if marked and Path(out).stat().st_size else {}
    Path(out).unlink()
    marks["frame"] = shown
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
        "bare": (sys.executable, ["-c", BARE_START], "hello bench", False),
        "kktui": (sys.executable, ["-c", MARKED, "--data", str(folder)], marker, True),
    }
    if args.against:
        cases["other"] = (args.against, ["-P", "-c", MARKED, "--data", str(folder)], marker, True)
    for python, argv, mark, marked in cases.values():
        run_once(python, argv, mark, marked)  # warm the file cache
    results: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
    for _ in range(args.rounds):
        for name, (python, argv, mark, marked) in cases.items():
            results[name].append(run_once(python, argv, mark, marked))
    bare = statistics.median(r["frame"] for r in results["bare"])
    print(f"medians of {args.rounds} rounds, ms since spawn; bare app first frame {bare * 1000:.0f} ms")
    for name in cases:
        if name == "bare":
            continue
        row = []
        for phase in PHASES:
            values = [r[phase] for r in results[name] if phase in r]
            if values:
                row.append(f"{phase} {statistics.median(values) * 1000:.0f}")
        frame = statistics.median(r["frame"] for r in results[name])
        print(f"  {name}: " + ", ".join(row) + f"  (ratio {frame / bare:.2f})")


if __name__ == "__main__":
    main()
