"""The three languages by name: as a form shows them, and read back from what a user types."""

from __future__ import annotations

from kktui.i18n import LANGUAGES, t


def language_name(code: str, lang: str | None = None) -> str:
    """`nynorsk`, `Norwegian Nynorsk`: a language's name in the language the user reads."""
    return t(f"lang.{code}", lang)


def read_language(text: str) -> str | None:
    """`nn`, `nynorsk`, `Nynorsk`, `Norwegian Nynorsk`, `engelsk`, `bokmal` → the code; None if it
    names none of them. A language's name is read in any of the three languages."""
    raw = " ".join(text.strip().casefold().split())
    if raw in LANGUAGES:
        return raw
    for code in LANGUAGES:
        names = {t(f"lang.{code}", shown).casefold() for shown in LANGUAGES}
        short = {name.removeprefix("norwegian ") for name in names}
        if raw in names | short | {name.replace("å", "a") for name in names | short}:
            return code
    return None
