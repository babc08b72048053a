"""Minutes as one self-contained HTML page: for a phone that scans the QR code, and for A4.

Notes are typed live by anyone and may hold anything, so the page is built to be harmless:
markdown-it's js-default preset escapes raw HTML, links keep only http, https and mailto,
images are off (nothing is fetched from elsewhere), and a Content-Security-Policy with the
style's hash forbids scripts, frames and forms even if something slipped through.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape

from markdown_it import MarkdownIt

from kktui.i18n import t
from kktui.meeting.model import Meeting, Task
from kktui.output.minutes import render_markdown

ALLOWED_SCHEMES = ("http", "https", "mailto")

STYLE = """
:root{color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;font-size:17px;
line-height:1.5;color:#111;background:#fff;max-width:42rem;margin:0 auto;padding:1rem 1.1rem 3rem;
overflow-wrap:anywhere;word-break:break-word}
h1{font-size:1.55rem;line-height:1.2;margin:.2rem 0 .8rem}
h2{font-size:1.25rem;margin:1.6rem 0 .5rem;padding-bottom:.2rem;border-bottom:2px solid #2a6}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
p,ul,ol{margin:.4rem 0}
ul,ol{padding-left:1.3rem}
li{margin:.2rem 0}
a{color:#0645ad}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:4px solid #2a6;background:#f1f8f3}
pre,code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em}
pre{white-space:pre-wrap;background:#f4f4f4;padding:.5rem}
table{display:block;overflow-x:auto;border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.2rem .4rem}
footer{margin-top:2rem;color:#555;font-size:.85rem}
@page{size:A4;margin:18mm 16mm}
@media print{body{max-width:none;font-size:11pt;padding:0}a{color:#000;text-decoration:none}
h2,h3{break-after:avoid}li,blockquote{break-inside:avoid}}
"""

_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode("utf-8")).digest()).decode("ascii")

# No scripts, no frames, no forms, nothing from elsewhere; only our own inline style.
CSP = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; img-src 'none'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
_META_CSP = CSP.replace("; frame-ancestors 'none'", "")  # not allowed in <meta>

_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)


def link_allowed(url: str) -> bool:
    """Only web and mail links survive; javascript:, data:, file: and relative links do not."""
    cleaned = "".join(ch for ch in url if ch > " " and ch != "\x7f")
    match = _SCHEME.match(cleaned)
    return match is not None and match.group(1).lower() in ALLOWED_SCHEMES


def _markdown() -> MarkdownIt:
    md = MarkdownIt("js-default").disable("image")
    md.validateLink = link_allowed  # type: ignore[method-assign]  # markdown-it's documented hook

    def link_open(renderer, tokens, idx, options, env):
        tokens[idx].attrSet("rel", "noopener noreferrer")
        return renderer.renderToken(tokens, idx, options, env)

    md.add_render_rule("link_open", link_open)
    return md


def render_html(markdown: str, title: str, lang: str, footer: str | None = None) -> str:
    """Markdown to a whole page; raw HTML in the Markdown is shown as text, never run.
    The footer says what the page is (by default: minutes, to share only with those present)."""
    body = _markdown().render(markdown)
    footer = escape(t("html.footer", lang) if footer is None else footer)
    return (
        f'<!doctype html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{_META_CSP}">'
        f'<meta name="referrer" content="no-referrer">'
        f'<meta name="robots" content="noindex, nofollow">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body>\n<main>\n{body}</main>\n<footer>{footer}</footer>\n</body></html>\n"
    )


def minutes_html(meeting: Meeting, tasks: list[Task], now: float) -> str:
    """The shareable minutes (private lines already left out) as a page in the meeting's language."""
    return render_html(render_markdown(meeting, tasks, now), meeting.title, meeting.lang)
