"""One string catalogue for every user-facing text, in bokmål, nynorsk and English.

The language is set once at start-up (`use`), never read from config at import time.
"""

from __future__ import annotations

from kktui.i18n.catalogue import STRINGS

LANGUAGES = ("nb", "nn", "en")
# Where each language sits in a catalogue entry: (bokmål, English, nynorsk).
_COLUMN = {"nb": 0, "en": 1, "nn": 2}
_lang = "nb"


def use(lang: str) -> None:
    global _lang
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose nb, nn or en")
    _lang = lang


def current() -> str:
    return _lang


def _column(entry: tuple, lang: str | None) -> object:
    index = _COLUMN[lang or _lang]
    return entry[index] if index < len(entry) else entry[0]


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The text for `key` in the current language, with {placeholders} filled in.

    `key` and `lang` are positional-only, so `{key}` and `{lang}` can be placeholders.
    """
    text = _column(STRINGS[key], lang)
    if not isinstance(text, str):
        raise TypeError(f"{key} has plural forms; use tn()")
    return text.format(**values) if values else text


def tn(key: str, n: int, lang: str | None = None, /, **values: object) -> str:
    """The singular or plural text for `key`, chosen by `n` (also the placeholder {n})."""
    forms = _column(STRINGS[key], lang)
    if not isinstance(forms, tuple):
        raise TypeError(f"{key} has no plural forms; use t()")
    values.setdefault("n", n)
    return forms[0 if n == 1 else 1].format(**values)
