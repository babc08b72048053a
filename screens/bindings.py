"""Bindings are declared with catalogue keys and translated when a screen is made.

Class attributes are evaluated at import, before the language is known, so the
Footer would otherwise show whatever language was current then.

Textual 8.2.8 has no public way to change a binding's description after the class is
made: `Binding` is a frozen dataclass, `BindingsMap.bind` only adds, and keymaps change
keys, not text. So the one private use, `node._bindings`, lives here and nowhere else.
The translated maps are made once per class and language, then copied per instance.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from kktui import i18n
from kktui.i18n import has, t


def _tr(text: str) -> str:
    return t(text) if has(text) else text


@cache
def _translated(cls: type[DOMNode], lang: str) -> tuple[tuple[str, tuple[Binding, ...]], ...]:
    merged = cls._merged_bindings or BindingsMap()
    return tuple(
        (key, tuple(replace(b, description=_tr(b.description), tooltip=_tr(b.tooltip)) for b in items))
        for key, items in merged.key_to_bindings.items()
    )


def translate_bindings(node: DOMNode) -> None:
    """Give `node` its class's bindings in the current language (again, after a language switch)."""
    keys = {key: list(items) for key, items in _translated(type(node), i18n.current())}
    node._bindings = BindingsMap.from_keys(keys)  # the one private use, see the module doc


class TranslatedBindings:
    """Mixin for any DOM node with BINDINGS: its Footer and palette show the current language."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self)  # type: ignore[arg-type]


def is_ours(node: DOMNode, key: str, binding: Binding) -> bool:
    """Whether `binding` (active on `node` for `key`) is one of kktui's, declared with a catalogue
    key, rather than one of Textual's own (`Cursor down`, `Page Left`, `Focus Next`: English, and
    for keys no one needs a palette for)."""
    merged = type(node)._merged_bindings
    originals = merged.key_to_bindings.get(key, []) if merged else []
    return any(b.action == binding.action and has(b.description) for b in originals)
