"""Publish: for groups that keep minutes online, copy the page to a folder the web already sees.

The user sets a folder (e.g. a synced drive) and the address it is reachable at; the page
gets an unguessable name, so only those who get the link (by QR code) can find it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kktui.i18n import t
from kktui.storage.files import atomic_write_text
from kktui.storage.settings import Settings


class PublishError(Exception):
    """One sentence: why the page could not be published."""


@dataclass(frozen=True)
class Published:
    path: Path
    url: str


def publish_page(page: str, settings: Settings, name: str | None = None) -> Published:
    """Write the page under a new unguessable name (or `name`, to update the same link)."""
    if not settings.can_publish:
        raise PublishError(t("publish.not_configured"))
    base = settings.publish_base_url
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PublishError(t("publish.bad_base_url", url=base))
    folder = settings.publish_folder
    assert folder is not None
    if not folder.is_dir():
        raise PublishError(t("publish.no_folder", path=folder))
    name = name or f"{secrets.token_urlsafe(16)}.html"
    target = folder / name
    try:
        atomic_write_text(target, page, mode=0o644)  # public on purpose: a web server serves it
    except OSError as exc:
        raise PublishError(t("publish.cannot_write", path=target, reason=exc.strerror or exc)) from None
    return Published(target, base.rstrip("/") + "/" + name)
