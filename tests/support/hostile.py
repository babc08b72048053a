"""A meeting full of HTML and link tricks, shared by the HTML unit tests and the browser test."""

from __future__ import annotations

from kktui.meeting.model import AgendaStep, Decision, Meeting, Task

LONG = "Dugnad" * 120  # a 720-character word with no place to break

HOSTILE_NOTES = f"""<script>alert('notes')</script>
<img src=x onerror="alert('img')">
[klikk her](javascript:alert('link'))
[skjult](JaVaScRiPt:alert(1)) [entity](java&#115;cript:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=)
<javascript:alert(3)> [fil](file:///etc/passwd) [relativ](../../kktui.json)
![sporing](https://tracker.example/pixel.png)
[Skolens side](https://skole.example.no/4b) og [e-post](mailto:kontakt@skole.example.no)
<a href="https://evil.example">rå lenke</a> <iframe src="https://evil.example"></iframe>
<style>body{{display:none}}</style>
{LONG}
Blåbærsyltetøy på dugnaden 🎉 – ÆØÅ æøå «sitat» & 5 < 6 > 4"""


def hostile_meeting() -> tuple[Meeting, list[Task]]:
    step = AgendaStep("Dugnad <b>viktig</b>", 10, notes=HOSTILE_NOTES, status="done", elapsed_seconds=600)
    meeting = Meeting(
        title="Foreldremøte 4B <script>alert('title')</script>",
        lang="nb",
        date="2026-11-21",
        time="18:00",
        place='Aulaen "stor" & <liten>',
        class_name="4B",
        attendees=["Kari <Nordmann>", "Ola 🙂"],
        steps=[step],
        status="finished",
    )
    meeting.decisions.append(
        Decision("Vi kjøper <img src=x onerror=alert('decision')> kaffe", step_id=step.id)
    )
    tasks = [
        Task(
            "Bestille <script>x()</script> container",
            owner='Ola "O\'Hara"',
            due="2026-12-01",
            meeting_id=meeting.id,
            step_id=step.id,
        )
    ]
    return meeting, tasks
