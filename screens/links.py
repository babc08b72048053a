"""Links in rendered Markdown are never followed blindly: only web and mail links open."""

from __future__ import annotations

from urllib.parse import urlparse

from textual.app import App

from kktui.i18n import t

ALLOWED_SCHEMES = {"http", "https", "mailto"}


def open_allowed_link(app: App, href: str) -> bool:
    if urlparse(href).scheme.lower() in ALLOWED_SCHEMES:
        app.open_url(href)
        return True
    app.notify(t("link.blocked", href=href), severity="warning", timeout=5)
    return False
