"""How the screen modules depend on each other: no circles, the app decides where to go.

The import graph is read from the source (every `import`, also those inside functions, but not
those under `if TYPE_CHECKING:`, which never run), so a lazy import that closes a circle counts.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kktui.screens

SCREENS_DIR = Path(kktui.screens.__file__).parent
PACKAGE = "kktui.screens"


def module_name(path: Path, root: Path = SCREENS_DIR) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PACKAGE, *parts))


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_names(tree: ast.AST, here: str, is_package: bool) -> set[str]:
    """Every module name an import in `tree` may load, skipping `if TYPE_CHECKING:` blocks."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = here.split(".") if is_package else here.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # `from pkg import module`
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph(folder: Path = SCREENS_DIR) -> dict[str, set[str]]:
    paths = sorted(folder.rglob("*.py"))
    modules = {module_name(path, folder): path for path in paths}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        names = imported_names(tree, name, path.name == "__init__.py")
        # A package's __init__ is loaded on the way to its modules; only real edges count.
        graph[name] = {n for n in names if n in modules and n != name and not _is_ancestor(n, name)}
    return graph


def _is_ancestor(package: str, module: str) -> bool:
    return module.startswith(package + ".")


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of imports (first module repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target) :] + [target]
            if target not in state and (cycle := walk(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := walk(start)):
            return cycle
    return None


def test_screen_modules_import_each_other_without_a_circle() -> None:
    graph = import_graph()
    assert len(graph) > 30  # the walk really found the screens
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_the_cycle_finder_finds_a_lazy_import_circle(tmp_path: Path) -> None:
    """The check above can fail: a circle closed inside a function is found, a TYPE_CHECKING one is not."""
    folder = tmp_path / "screens"
    (folder / "views").mkdir(parents=True)
    (folder / "__init__.py").write_text("")
    (folder / "views" / "__init__.py").write_text("")
    (folder / "views" / "a.py").write_text("from kktui.screens.views.b import thing\n")
    (folder / "views" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kktui.screens.views import c\n"
        "def later():\n    from . import a\n"
    )
    (folder / "views" / "c.py").write_text("from kktui.screens.views import b\n")

    graph = import_graph(folder)
    assert graph["kktui.screens.views.b"] == {"kktui.screens.views.a"}
    assert find_cycle(graph) == ["kktui.screens.views.a", "kktui.screens.views.b", "kktui.screens.views.a"]


def test_every_screen_and_dialog_stands_on_the_kktui_base() -> None:
    """So each has its bindings in the current language and the hooks the app calls (F2, quitting, saving)."""
    import importlib
    import inspect

    from textual.screen import Screen

    from kktui.screens.app import KktuiApp
    from kktui.screens.base import KkBase
    from kktui.screens.bindings import TranslatedBindings

    classes = []
    for name in import_graph():
        module = importlib.import_module(name)
        classes += [cls for _, cls in inspect.getmembers(module, inspect.isclass) if cls.__module__ == name]
    screens = [cls for cls in classes if issubclass(cls, Screen)]
    assert len(screens) > 20
    assert [cls.__qualname__ for cls in screens if not issubclass(cls, KkBase)] == []
    # Widgets with keys of their own translate them too (the app does so itself, also on a language switch).
    keyed = [cls for cls in classes if "BINDINGS" in vars(cls) and cls is not KktuiApp]
    assert [cls.__qualname__ for cls in keyed if not issubclass(cls, TranslatedBindings)] == []


def test_every_screen_uses_the_footer_that_shows_only_whole_keys() -> None:
    """Textual's Footer cuts the last key at 80 columns and leaves a stray letter after it
    (`Kommandoerf`); widgets/footer.py shows only the keys that fit. A new screen must use it."""
    offenders = [
        path.relative_to(SCREENS_DIR).as_posix()
        for path in SCREENS_DIR.rglob("*.py")
        if path.name != "footer.py" and "Footer(" in path.read_text(encoding="utf-8").replace("KkFooter(", "")
    ]
    assert offenders == []
