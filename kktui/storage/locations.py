"""Every path kktui reads or writes, decided in one place.

The data folder is chosen at call time (never at import): `--data`, then the
`KKTUI_DATA` environment variable, then the platform's user-data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA = "KKTUI_DATA"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("kktui", appauthor=False)


def db_path(data: Path) -> Path:
    return data / "kktui.json"


def lock_path(data: Path) -> Path:
    return data / "kktui.lock"


def archive_path(data: Path) -> Path:
    """Finished tasks of earlier school years (storage/archive.py)."""
    return data / "archive" / "tasks.json"


def backups_dir(data: Path) -> Path:
    return data / "backups"


def user_templates_dir(data: Path) -> Path:
    return data / "templates"


def exports_dir(data: Path) -> Path:
    return data / "exports"


def settings_path(data: Path) -> Path:
    return data / "settings.json"


def content_dir() -> Path:
    """Built-in Markdown content: inside the installed package, or beside it in a checkout."""
    package = Path(__file__).resolve().parent.parent  # kktui/
    installed = package / "content"
    if installed.is_dir():
        return installed
    return package.parent / "content"


def templates_dir(lang: str) -> Path:
    return content_dir() / "templates" / lang


def guides_dir(lang: str) -> Path:
    return content_dir() / "guides" / lang
