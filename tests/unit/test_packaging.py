"""The wheel a user installs: everything inside `kktui`, and it runs without the checkout.

Builds a real wheel (pip, from a copy of the repository so no build/ or egg-info is
written into the checkout), installs it into a bare folder and runs it from a folder
outside the repository with only the dependencies of the test interpreter beside it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

# Both tests on one worker, so the wheel (about 25 s to build) is built once, not once per worker.
pytestmark = pytest.mark.xdist_group("wheel")

REPO = Path(__file__).resolve().parents[2]
SKIP_IN_COPY = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".hypothesis",
    "tests",
    "snapshot_report.html",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source, out = work / "src", work / "out"
    shutil.copytree(REPO, source, ignore=SKIP_IN_COPY)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--disable-pip-version-check",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = list(out.glob("kktui-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("installed") / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def _dependency_paths() -> list[str]:
    """The test interpreter's import path, minus anything that could supply the checkout's kktui."""
    keep = []
    for entry in sys.path:
        if not entry or not os.path.isdir(entry):
            continue  # '' (the cwd) and the editable install's path hook
        path = Path(entry).resolve()
        if path == REPO or (path / "kktui").exists() or (path / "kktui.py").exists():
            continue
        if path == REPO / "tests" or REPO / "tests" in path.parents:
            continue
        keep.append(str(path))
    return keep


def run_installed(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), *_dependency_paths()])
    env["KKTUI_DATA"] = str(cwd / "default-data")
    # -S: no site-packages processing, so the editable install's finder never loads.
    return subprocess.run(
        [sys.executable, "-S", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_wheel_puts_everything_inside_kktui(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        top_level = next(n for n in names if n.endswith(".dist-info/top_level.txt"))
        assert archive.read(top_level).decode().split() == ["kktui"]

    for required in [
        "kktui/__main__.py",
        "kktui/cli.py",
        "kktui/screens/__init__.py",
        "kktui/screens/app.py",
        "kktui/screens/app.tcss",
        "kktui/content/templates/nb/planleggingsmote.md",
        "kktui/content/templates/en/planleggingsmote.md",
    ]:
        assert required in names, required
    for lang in ("nb", "en"):
        assert any(n.startswith(f"kktui/content/guides/{lang}/") and n.endswith(".md") for n in names)

    # Every shipped template and guide made it in.
    for path in (REPO / "content").rglob("*.md"):
        assert f"kktui/content/{path.relative_to(REPO / 'content').as_posix()}" in names, path
    for path in (REPO / "screens").glob("*.tcss"):
        assert f"kktui/screens/{path.name}" in names, path

    tops = {name.split("/", 1)[0] for name in names}
    assert len(tops) == 2 and "kktui" in tops
    assert all(top == "kktui" or top.endswith(".dist-info") for top in tops), tops
    assert not any(n.startswith(("screens/", "content/", "tests/")) for n in names)


def test_installed_wheel_runs_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    assert REPO not in work.resolve().parents

    probe = run_installed(
        installed,
        work,
        "-c",
        (
            "import kktui, kktui.screens.app, kktui.storage.locations as L; "
            "from textual.app import App; "
            "assert issubclass(kktui.screens.app.KktuiApp, App); "
            "print(kktui.__file__); print(kktui.screens.app.__file__); print(L.content_dir())"
        ),
    )
    assert probe.returncode == 0, probe.stderr
    package_file, app_file, content = (Path(line) for line in probe.stdout.splitlines())
    site = installed.resolve()
    for path in (package_file, app_file, content):
        assert site in path.resolve().parents, path
        assert REPO not in path.resolve().parents, path
    assert (app_file.parent / "app.tcss").is_file()

    check = run_installed(installed, work, "-m", "kktui", "check-content")
    assert check.returncode == 0, check.stderr

    data = work / "data"
    demo = run_installed(installed, work, "-m", "kktui", "demo", "--no-open", "--data", str(data))
    assert demo.returncode == 0, demo.stderr
    assert demo.stdout.strip() == str(data)

    listed = run_installed(installed, work, "-m", "kktui", "list", "--data", str(data))
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) >= 2
    assert "planleggingsmote" in listed.stdout
