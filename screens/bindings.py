"""Bindings are declared with catalogue keys and translated when a screen is made.

Class attributes are evaluated at import, before the language is known, so the
Footer would otherwise show whatever language was current then.
"""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from kktui.i18n.catalogue import STRINGS
from kktui.i18n import t


def _tr(text: str) -> str:
    return t(text) if text in STRINGS else text


def translate_bindings(node: DOMNode) -> None:
    """Fill in the current language, starting again from the class's keys (so it can be redone)."""
    if node._merged_bindings is not None:
        node._bindings = node._merged_bindings.copy()
    bindings = node._bindings.key_to_bindings
    for key, items in bindings.items():
        bindings[key] = [
            replace(b, description=_tr(b.description), tooltip=_tr(b.tooltip)) for b in items
        ]
