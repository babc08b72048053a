"""Links in rendered Markdown are never followed blindly: only web and mail links open."""

from __future__ import annotations

from urllib.parse import urlparse

from textual.app import App

from kktui.guidance.guides import parse_link
from kktui.i18n import t

ALLOWED_SCHEMES = {"http", "https", "mailto"}


def open_allowed_link(app: App, href: str) -> bool:
    """Web and mail links open outside; `guide:` links open the guide browser; nothing else."""
    target = parse_link(href)
    if target is not None:
        from kktui.screens.messages import OpenGuide

        app.post_message(OpenGuide(*target))
        return True
    if urlparse(href).scheme.lower() in ALLOWED_SCHEMES:
        app.open_url(href)
        return True
    app.notify(t("link.blocked", href=href), severity="warning", timeout=5)
    return False
