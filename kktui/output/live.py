"""The live view of a running meeting, as the phones in the room see it.

Only what the room may see while the meeting runs: the title, the agenda with the current
item and its time used against planned, and the decisions and tasks (what, who, due) as
they are captured. Never the notes (they come with the minutes, private lines removed),
never a private item. Made only through the gate (`gate.live`).

The page is whole without JavaScript (a reload shows the current state). One small inline
script, allowed by its hash in the Content-Security-Policy, follows the server's event
stream and replaces the content of <main> in place, so the page neither reloads nor jumps,
counts the current item's time up between updates, and loads the minutes once they are
shared at the same link.
"""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import datetime
from html import escape

from kktui.dates import clock_text, show_date
from kktui.i18n import LANGUAGES, t
from kktui.meeting.model import Meeting, Task
from kktui.output.html import STYLE
from kktui.output.privacy import is_private_line

LIVE_STYLE = (
    STYLE
    + """
.state{font-weight:600;margin:.2rem 0 .6rem}
ol.agenda{padding-left:1.6rem}
ol.agenda li{padding:.25rem .4rem;border-radius:.3rem}
ol.agenda li.now{background:#e3f4e8;border-left:5px solid #2a6;font-weight:600}
ol.agenda li.done,ol.agenda li.skipped{color:#555}
.time,.planned,.mark{display:inline-block;font-weight:400;font-size:.92em;color:#333}
.time.over{color:#a00;font-weight:600}
.none,.updated{color:#555}
ul.tasks li span{display:inline-block}
"""
)

# Kept tiny and readable: it is the only script kktui ever serves.
LIVE_SCRIPT = """(function(){
var main=document.getElementById('live');
function two(n){return (n<10?'0':'')+n;}
function clock(s){var h=Math.floor(s/3600),m=Math.floor(s%3600/60);return h+':'+two(m)+':'+two(s%60);}
setInterval(function(){var all=document.querySelectorAll('[data-used]');for(var i=0;i<all.length;i++){
var e=all[i],u=+e.getAttribute('data-used')+1,p=+e.getAttribute('data-planned');e.setAttribute('data-used',u);
e.querySelector('.used').textContent=clock(u);e.classList.toggle('over',u>p);}},1000);
if(!window.EventSource)return;
var events=new EventSource(location.pathname+'/events');
events.addEventListener('live',function(m){main.innerHTML=m.data;});
events.addEventListener('reload',function(){events.close();location.reload();});
})();"""


def _hash(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


# Only our own style and our own script; the event stream from this address; nothing else.
LIVE_CSP = (
    f"default-src 'none'; style-src 'sha256-{_hash(LIVE_STYLE)}'; script-src 'sha256-{_hash(LIVE_SCRIPT)}'; "
    "connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_META_CSP = LIVE_CSP.replace("; frame-ancestors 'none'", "")  # not allowed in <meta>

_TIMING = re.compile(
    r'<span class="time[^"]*" data-used="\d+"[^>]*>.*?</span></span>|<p class="updated">[^<]*</p>'
)


def _lang(meeting: Meeting) -> str:
    return meeting.lang if meeting.lang in LANGUAGES else "nb"


def live_title(meeting: Meeting) -> str:
    return meeting.title if not is_private_line(meeting.title) else t("cal.private_item", _lang(meeting))


def render_part(meeting: Meeting, tasks: list[Task], now: float) -> str:
    """What changes while the meeting runs: the content of the page's <main>."""
    lang = _lang(meeting)
    steps = [(i, s) for i, s in enumerate(meeting.steps) if not is_private_line(s.title)]
    running = meeting.status == "running"
    out: list[str] = []
    if meeting.status == "finished":
        out.append(f'<p class="state">{escape(t("live_view.finished", lang))}</p>')
    elif running:
        number = [i for i, _ in steps].index(meeting.current) + 1 if meeting.current in dict(steps) else 0
        state = t("live_view.running", lang, n=number or meeting.current + 1, of=len(steps))
        out.append(f'<p class="state">{escape(state)}</p>')
    else:
        out.append(f'<p class="state">{escape(t("live_view.not_started", lang))}</p>')

    out.append(f'<h2>{escape(t("live_view.agenda", lang))}</h2>\n<ol class="agenda">')
    for index, step in steps:
        planned = step.planned_minutes * 60
        title = escape(step.title)
        if index == meeting.current and running:
            used = int(meeting.step_elapsed(index, now))
            over = " over" if used > planned else ""
            time_text = t(
                "live_view.used",
                lang,
                used='<span class="used">' + clock_text(used) + "</span>",
                planned=clock_text(planned),
            )
            out.append(
                f'<li class="now" aria-current="step">{title} '
                f'<span class="time{over}" data-used="{used}" data-planned="{planned}">'
                f"<span>{time_text}</span></span></li>"
            )
        else:
            mark = ""
            if step.status in ("done", "skipped"):
                mark = f' <span class="mark">· {escape(t(f"live_view.{step.status}", lang))}</span>'
            minutes = escape(t("live_view.planned", lang, minutes=step.planned_minutes))
            out.append(
                f'<li class="{escape(step.status)}">{title} <span class="planned">{minutes}</span>{mark}</li>'
            )
    out.append("</ol>")

    decisions = [d.text for d in meeting.decisions if d.text.strip() and not is_private_line(d.text)]
    out.append(f"<h2>{escape(t('live_view.decisions', lang))}</h2>")
    if decisions:
        out.append('<ol class="decisions">' + "".join(f"<li>{escape(d)}</li>" for d in decisions) + "</ol>")
    else:
        out.append(f'<p class="none">{escape(t("live_view.no_decisions", lang))}</p>')

    shown = [k for k in tasks if k.what.strip() and not is_private_line(k.what)]
    out.append(f"<h2>{escape(t('live_view.tasks', lang))}</h2>")
    if shown:
        items = []
        for task in shown:
            parts = [f'<span class="what">{escape(task.what)}</span>']
            if task.owner and not is_private_line(task.owner):
                parts.append(f'<span class="who">{escape(t("live_view.who", lang, who=task.owner))}</span>')
            if task.due:
                due = t("live_view.due", lang, date=show_date(task.due))
                parts.append(f'<span class="due">{escape(due)}</span>')
            items.append("<li>" + " · ".join(parts) + "</li>")
        out.append('<ul class="tasks">' + "".join(items) + "</ul>")
    else:
        out.append(f'<p class="none">{escape(t("live_view.no_tasks", lang))}</p>')
    updated = t("live_view.updated", lang, time=datetime.fromtimestamp(now).strftime("%H:%M:%S"))
    out.append(f'<p class="updated">{escape(updated)}</p>')
    return "\n".join(out)


def what_changed(part: str) -> str:
    """The part without its clock: two snapshots that differ only in time are the same news."""
    return _TIMING.sub("", part)


def render_page(meeting: Meeting, part: str) -> str:
    """The whole live page around a part: readable on a phone, complete without JavaScript."""
    lang = _lang(meeting)
    title = escape(live_title(meeting))
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{_META_CSP}">'
        f'<meta name="referrer" content="no-referrer">'
        f'<meta name="robots" content="noindex, nofollow">'
        f"<title>{title}</title><style>{LIVE_STYLE}</style></head>"
        f'<body>\n<h1>{title}</h1>\n<main id="live">\n{part}\n</main>\n'
        f"<footer>{escape(t('live_view.footer', lang))}</footer>\n"
        f"<script>{LIVE_SCRIPT}</script>\n</body></html>\n"
    )
