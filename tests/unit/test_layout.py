"""The shape of the code and the tests, checked from their source (nothing is imported).

- `kktui/` is the headless core: outside `kktui.screens` no module imports Textual or the
  screens. The one way in is the command that opens the app (`kktui.cli.run_app`), which
  imports `kktui.screens.app` inside the function, so every other command stays headless.
- No import cycle between kktui modules. Imports inside functions (lazy imports) count
  too: a cycle through them does not break importing today, but it ties the two modules
  together all the same; one kept on purpose goes in ALLOWED_CYCLES with why (none today).
  Imports under `if TYPE_CHECKING:` never run and are left out.
- No test module imports another test module: shared fixtures live in tests/conftest.py,
  shared helpers in tests/support/.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "kktui"
TESTS = ROOT / "tests"
# (module, function) allowed to import the screens, and what it may import.
APP_ENTRY = {("kktui.cli", "run_app"): {"kktui.screens.app"}}
# Cycles accepted on purpose: frozenset of the modules -> why (it must go through a lazy
# import, and say why the two cannot be apart). None today.
ALLOWED_CYCLES: dict[frozenset[str], str] = {}


@dataclass(frozen=True)
class Import:
    importer: str
    target: str  # the module imported, resolved to an absolute name
    line: int
    function: str | None  # the enclosing function, None at module level
    type_only: bool  # inside `if TYPE_CHECKING:`, never run


def module_name(path: Path, root: Path, package: str) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


def core_modules() -> dict[str, Path]:
    return {module_name(path, CORE, "kktui"): path for path in sorted(CORE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(path: Path, name: str, known: set[str] | None = None) -> list[Import]:
    """Every import in the file, relative ones resolved; `from pkg import sub` names pkg.sub
    when that is a module in `known`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: list[Import] = []

    def visit(node: ast.AST, function: str | None, type_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, function or child.name, type_only)
            elif isinstance(child, ast.If) and _is_type_checking(child.test):
                for part in child.body:
                    visit_one(part, function, True)
                for part in child.orelse:
                    visit_one(part, function, type_only)
            else:
                visit_one(child, function, type_only)

    def visit_one(child: ast.AST, function: str | None, type_only: bool) -> None:
        if isinstance(child, ast.Import):
            for alias in child.names:
                found.append(Import(name, alias.name, child.lineno, function, type_only))
        elif isinstance(child, ast.ImportFrom):
            if child.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (child.level - 1)]
                module = ".".join(base + ([child.module] if child.module else []))
            else:
                module = child.module or ""
            for alias in child.names:
                sub = f"{module}.{alias.name}"
                target = sub if known is not None and sub in known else module
                found.append(Import(name, target, child.lineno, function, type_only))
        else:
            visit(child, function, type_only)

    visit(tree, None, False)
    return found


def _banned(target: str) -> bool:
    return (
        target.split(".")[0] == "textual" or target == "kktui.screens" or target.startswith("kktui.screens.")
    )


def test_the_core_never_imports_textual_or_the_screens() -> None:
    modules = core_modules()
    assert "kktui.storage.store" in modules and "kktui.cli" in modules  # the walk found the core
    wrong = []
    for name, path in modules.items():
        for imp in imports_of(path, name, set(modules)):
            if not _banned(imp.target):
                continue
            if imp.function is not None and imp.target in APP_ENTRY.get((name, imp.function), set()):
                continue
            wrong.append(f"{path.relative_to(ROOT)}:{imp.line} imports {imp.target}")
    assert wrong == [], "the headless core must not import Textual or the screens:\n" + "\n".join(wrong)


def test_the_app_is_opened_only_from_its_entry_point() -> None:
    """The allowed import is still there and still lazy (else the rule above checks nothing)."""
    [(module, function)] = APP_ENTRY
    imports = imports_of(core_modules()[module], module)
    assert [(i.function, i.target) for i in imports if i.target.startswith("kktui.screens")] == [
        (function, "kktui.screens.app")
    ]


def graph(lazy: bool = True) -> dict[str, set[str]]:
    modules = core_modules()
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for imp in imports_of(path, name, set(modules)):
            if imp.type_only or (imp.function is not None and not lazy):
                continue
            if imp.target in modules and imp.target != name:
                edges[name].add(imp.target)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            connect(node)
    return sorted(found)


def test_relative_imports_are_resolved(tmp_path: Path) -> None:
    path = tmp_path / "store.py"
    path.write_text(
        "from .files import x\nfrom .. import i18n\nfrom ..i18n import t\n"
        "def f():\n    from ..screens.app import App\n",
        encoding="utf-8",
    )
    found = imports_of(path, "kktui.storage.store", {"kktui.storage.files", "kktui.i18n"})
    assert [(i.target, i.function) for i in found] == [
        ("kktui.storage.files", None),
        ("kktui.i18n", None),
        ("kktui.i18n", None),
        ("kktui.screens.app", "f"),
    ]
    init = tmp_path / "__init__.py"
    init.write_text("from .model import Meeting\n", encoding="utf-8")
    assert [i.target for i in imports_of(init, "kktui.meeting")] == ["kktui.meeting.model"]


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_kktui_modules() -> None:
    edges = graph()
    assert "kktui.i18n" in edges["kktui.storage.store"], "the walk found the store's imports"
    assert "kktui.screens.app" not in edges["kktui.cli"]  # the app is outside the core
    found = [c for c in cycles(edges) if frozenset(c) not in ALLOWED_CYCLES]
    assert found == [], "import cycles between kktui modules (break them, or document one in ALLOWED_CYCLES)"


def test_module_imports(path: Path) -> list[str]:
    """Where the file imports a test module (any dotted part named test_*), plain or relative."""
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    wrong = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [f"{node.module or ''}.{alias.name}" for alias in node.names]
        else:
            continue
        wrong += [
            f"{shown}:{node.lineno} imports {name.strip('.')}"
            for name in names
            if any(part.startswith("test_") for part in name.split("."))
        ]
    return wrong


test_module_imports.__test__ = False  # a helper, not a test


def test_the_check_sees_every_way_to_import_a_test_module(tmp_path: Path) -> None:
    cases = {
        "import test_files\n": True,
        "from unit.storage.test_files import folder\n": True,
        "from .test_cli import run\n": True,
        "from . import test_cli\n": True,
        "def f():\n    import test_dates\n": True,
        "from support.folders import snapshot\n": False,
        "from drills.kill_drill import run_drill\n": False,
    }
    for source, wrong in cases.items():
        path = tmp_path / "test_example.py"
        path.write_text(source, encoding="utf-8")
        assert bool(test_module_imports(path)) == wrong, source


def test_no_test_module_imports_another_test_module() -> None:
    files = sorted(TESTS.rglob("*.py"))
    assert TESTS / "conftest.py" in files and len([f for f in files if f.name.startswith("test_")]) > 30
    wrong = [line for path in files for line in test_module_imports(path)]
    assert wrong == [], (
        "share fixtures through tests/conftest.py and helpers through tests/support/:\n" + "\n".join(wrong)
    )
