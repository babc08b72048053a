"""Minutes as one self-contained HTML page. Raw HTML in notes is escaped (js-default)."""

from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt

STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:42rem;margin:0 auto;
padding:1rem;line-height:1.5;color:#111;background:#fff;overflow-wrap:anywhere}
h1{font-size:1.5rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem}
blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:4px solid #2a6;background:#f3faf5}
@media print{body{max-width:none;font-size:11pt}a{color:#000}}
"""


def render_html(markdown: str, title: str, lang: str) -> str:
    body = MarkdownIt("js-default").render(markdown)
    return (
        f'<!doctype html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body>\n{body}</body></html>\n"
    )
