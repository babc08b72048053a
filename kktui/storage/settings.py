"""DATA/settings.json: the few choices a user makes once (language, sharing, publishing).

Read at call time, never at import, so `--data` and tests always see their own folder.
Written whole and atomically; a damaged or missing file simply means the defaults.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kktui.storage import locations
from kktui.storage.files import atomic_write_text

SHARE_MINUTES_DEFAULT = 15
SHARE_MINUTES_MAX = 240


def read_settings(folder: Path) -> dict[str, Any]:
    path = locations.settings_path(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def update_settings(folder: Path, **changes: Any) -> dict[str, Any]:
    """Merge `changes` into the file (None removes a key) and write it atomically."""
    data = read_settings(folder)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    atomic_write_text(locations.settings_path(folder),
                      json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return data


@dataclass(frozen=True)
class ShareSettings:
    """How sharing behaves: how long a link lives, and where "publish" puts the page."""

    minutes: float = SHARE_MINUTES_DEFAULT
    publish_folder: Path | None = None
    publish_base_url: str = ""

    @property
    def can_publish(self) -> bool:
        return self.publish_folder is not None and bool(self.publish_base_url)


def share_settings(folder: Path) -> ShareSettings:
    data = read_settings(folder)
    minutes = data.get("share_minutes", SHARE_MINUTES_DEFAULT)
    if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or not 0 < minutes <= SHARE_MINUTES_MAX:
        minutes = SHARE_MINUTES_DEFAULT
    target = data.get("publish_folder")
    base = data.get("publish_base_url")
    return ShareSettings(
        minutes=minutes,
        publish_folder=Path(target).expanduser() if isinstance(target, str) and target.strip() else None,
        publish_base_url=base.strip() if isinstance(base, str) else "",
    )
