"""DATA/settings.json: the few choices a user makes once (language, sharing, publishing).

One typed, frozen `Settings`, read once when the app or a command starts (`load_settings`,
never at import, so `--data` and tests always see their own folder) and written through
one function (`save_settings`), whole and atomically.

A damaged file, or a value of the wrong kind, never stops kktui: the defaults are used,
`Settings.problem` says in one sentence what was wrong and where, and the file is kept
(a damaged one is moved aside before anything new is written in its place).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kktui.i18n import LANGUAGES, t
from kktui.storage import locations
from kktui.storage.files import atomic_write_text, move_aside

SHARE_MINUTES_DEFAULT = 15
SHARE_MINUTES_MAX = 240


@dataclass(frozen=True)
class Problem:
    """Something wrong in settings.json, put into words when shown (in the language then)."""

    key: str
    values: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return t(self.key, **dict(self.values))


@dataclass(frozen=True)
class Settings:
    lang: str = ""  # "nb", "nn" or "en"; "" when never chosen (kktui then speaks bokmål)
    share_minutes: float = SHARE_MINUTES_DEFAULT  # how long a shared link lives
    publish_folder: Path | None = None  # where "publish" copies the page (e.g. a synced drive)
    publish_base_url: str = ""  # the web address that folder is seen at
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def can_publish(self) -> bool:
        return self.publish_folder is not None and bool(self.publish_base_url)

    @property
    def problem(self) -> str:
        """What was wrong with settings.json, in one sentence each; "" when nothing."""
        return " ".join(str(p) for p in self.problems)


# The keys save_settings writes, as they are spelled in the file.
KEYS = ("lang", "share_minutes", "publish_folder", "publish_base_url")


def _read_raw(path: Path) -> tuple[dict[str, Any], Problem | None]:
    """The file's object ({} if there is none), or {} and why it could not be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except UnicodeDecodeError as exc:
        return {}, Problem("settings.unreadable", (("path", str(path)), ("reason", str(exc.reason))))
    except OSError as exc:
        return {}, Problem("settings.unreadable", (("path", str(path)), ("reason", str(exc.strerror or exc))))
    except RecursionError:
        return {}, Problem("settings.unreadable", (("path", str(path)), ("reason", t("storage.too_deep"))))
    except ValueError as exc:
        reason = t("storage.bad_json", line=getattr(exc, "lineno", "?"), col=getattr(exc, "colno", "?"))
        return {}, Problem("settings.unreadable", (("path", str(path)), ("reason", reason)))
    if not isinstance(data, dict):
        return {}, Problem(
            "settings.unreadable", (("path", str(path)), ("reason", t("settings.not_an_object")))
        )
    return data, None


def _from_raw(data: dict[str, Any], path: Path) -> Settings:
    problems: list[Problem] = []

    def bad(key: str, name: str, **values: object) -> None:
        problems.append(
            Problem(key, (("path", str(path)), ("key", name), *((k, str(v)) for k, v in values.items())))
        )

    lang = data.get("lang", "")
    if lang not in ("", *LANGUAGES):
        bad("settings.bad_lang", "lang", value=lang)
        lang = ""
    minutes = data.get("share_minutes", SHARE_MINUTES_DEFAULT)
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, (int, float))
        or not 0 < minutes <= SHARE_MINUTES_MAX
    ):
        bad(
            "settings.bad_minutes",
            "share_minutes",
            value=minutes,
            max=SHARE_MINUTES_MAX,
            default=SHARE_MINUTES_DEFAULT,
        )
        minutes = SHARE_MINUTES_DEFAULT
    texts = {}
    for name in ("publish_folder", "publish_base_url"):
        value = data.get(name, "")
        if not isinstance(value, str):
            bad("settings.bad_text", name, value=value)
            value = ""
        texts[name] = value.strip()
    folder = texts["publish_folder"]
    return Settings(
        lang=lang,
        share_minutes=minutes,
        publish_folder=Path(folder).expanduser() if folder else None,
        publish_base_url=texts["publish_base_url"],
        problems=tuple(problems),
    )


def load_settings(folder: Path) -> Settings:
    """The settings of a data folder; the defaults (and the problem) when the file is bad."""
    path = locations.settings_path(folder)
    data, problem = _read_raw(path)
    settings = _from_raw(data, path)
    if problem is not None:
        return Settings(problems=(problem,))
    return settings


def save_settings(folder: Path, **changes: Any) -> Settings:
    """Change some settings in the file (None puts one back to its default); the new Settings.

    Keys kktui does not know are kept as they are. A value of the wrong kind is refused
    (ValueError, one sentence) before anything is written; a damaged file is moved aside,
    never overwritten. OSError when the file cannot be written.
    """
    unknown = sorted(set(changes) - set(KEYS))
    if unknown:
        raise TypeError(f"no setting {', '.join(unknown)}")
    path = locations.settings_path(folder)
    data, problem = _read_raw(path)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = str(value) if isinstance(value, Path) else value
    settings = _from_raw(data, path)
    wrong = [p for p in settings.problems if dict(p.values).get("key") in changes]
    if wrong:
        raise ValueError(str(wrong[0]))
    if problem is not None and path.exists():
        move_aside(path)  # the damaged file is kept beside the new one
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return settings
