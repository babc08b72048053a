"""One string catalogue for every user-facing text, in bokmål and English.

The language is set once at start-up (`use`), never read from config at import time.
"""

from __future__ import annotations

from kktui.i18n.catalogue import STRINGS

LANGUAGES = ("nb", "en")
_lang = "nb"


def use(lang: str) -> None:
    global _lang
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose nb or en")
    _lang = lang


def current() -> str:
    return _lang


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The text for `key` in the current language, with {placeholders} filled in.

    `key` and `lang` are positional-only, so `{key}` and `{lang}` can be placeholders.
    """
    entry = STRINGS[key]
    text = entry[LANGUAGES.index(lang or _lang)]
    return text.format(**values) if values else text
