"""The live view in a real browser: Debian's headless Chromium on a phone's screen follows the meeting.

Chromium opens the live page at 390×844 (touch, device pixel ratio 3) through the DevTools
protocol. The test scrolls down (large text, so the page is taller than the phone), then
moves the meeting to its next item and captures a decision through the application layer:
the page must show both within 2 s, without a reload and without losing its scroll
position. A second tab with JavaScript off shows the same current state when it loads.
Screenshots are saved in the test's tmp dir.
"""

from __future__ import annotations

import base64
import json
import tempfile
import time
from pathlib import Path

import pytest

from kktui.clock import FixedClock
from kktui.meeting import flow
from kktui.meeting.model import Decision
from kktui.meeting.templates import find_template
from kktui.services import live, meetings
from kktui.services.demo import seed
from kktui.services.session import Session
from kktui.storage.store import Store
from support.browser import PHONE, DevTools
from support.share import require_tool

DECISION = "Klassefest i januar, foreldrene tar med mat"
LARGE_TEXT = "document.body.style.fontSize = '30px'"  # a phone set to large text

READ = """JSON.stringify({
  now: (document.querySelector('li.now') || {}).textContent || '',
  decisions: [...document.querySelectorAll('ol.decisions > li')].map(li => li.textContent),
  marker: window.kktuiMarker || 0,
  scrollY: window.scrollY,
  height: document.documentElement.scrollHeight,
  scrollWidth: document.documentElement.scrollWidth,
  viewport: window.innerWidth,
  used: (document.querySelector('[data-used]') || {getAttribute: () => -1}).getAttribute('data-used'),
  scripts: document.scripts.length,
  lang: document.documentElement.lang,
})"""


@pytest.fixture
def session(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    seed(store, "nb", clock)
    session = Session(store, clock)
    yield session
    live.stop(session)
    session.close()
    store.close()


class Tab:
    def __init__(self, browser: DevTools, url: str, scripts: bool = True) -> None:
        self.browser = browser
        target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        browser.send("Emulation.setDeviceMetricsOverride", self.session, **PHONE)
        browser.send("Emulation.setTouchEmulationEnabled", self.session, enabled=True)
        if not scripts:
            browser.send("Emulation.setScriptExecutionDisabled", self.session, value=True)
        browser.send("Page.enable", self.session)
        navigation = browser.send("Page.navigate", self.session, url=url)
        assert "errorText" not in navigation, navigation
        browser.wait_for("Page.loadEventFired")

    def run(self, expression: str):
        found = self.browser.send("Runtime.evaluate", self.session, expression=expression, returnByValue=True)
        return found["result"].get("value")

    def read(self) -> dict:
        return json.loads(self.run(READ))

    def screenshot(self, path: Path) -> None:
        shot = self.browser.send("Page.captureScreenshot", self.session, format="png")
        path.write_bytes(base64.b64decode(shot["data"]))


def test_a_phone_in_chromium_follows_the_step_and_the_decision_within_2_s(
    session: Session, clock: FixedClock, tmp_path: Path
) -> None:
    chromium = require_tool("chromium")
    template = find_template("foreldremote-host", "nb", session.data_dir)
    meeting = meetings.new_meeting(session, template, date="2026-11-21", class_name="4b", start_now=True)
    server = live.start(session, meeting, "127.0.0.1")

    with tempfile.TemporaryDirectory(prefix="kktui-chromium-") as profile:
        browser = DevTools(chromium, profile)
        try:
            phone = Tab(browser, server.url)
            phone.run(LARGE_TEXT)
            phone.run("window.kktuiMarker = 1")  # gone if the page reloads
            before = phone.read()
            assert before["viewport"] == 390 and before["scrollWidth"] <= 390, "no sideways scrolling"
            assert before["height"] > 844 + 300, "large text makes the page taller than the phone"
            assert meeting.steps[0].title in before["now"] and before["decisions"] == []
            assert before["lang"] == "nb" and before["scripts"] == 1
            phone.run("window.scrollTo(0, 300)")
            phone.screenshot(tmp_path / "live-before.png")

            used = int(before["used"])
            time.sleep(1.5)
            assert int(phone.read()["used"]) > used, "the page's one script runs (its CSP hash is right)"

            # The class contact moves on and captures a decision: through the application layer.
            clock.advance(90)
            flow.next_step(meeting, session.now())
            session.save_meeting(meeting)
            meeting.decisions.append(Decision(DECISION, meeting.steps[1].id))
            session.save_meeting(meeting)
            changed = time.monotonic()
            after = phone.read()
            while not (meeting.steps[1].title in after["now"] and after["decisions"]):
                assert time.monotonic() - changed < 2.0, f"the phone did not show the change in 2 s: {after}"
                time.sleep(0.05)
                after = phone.read()
            took = time.monotonic() - changed
            phone.screenshot(tmp_path / "live-after.png")
            print(f"\nthe phone showed the step and the decision {took * 1000:.0f} ms after; {tmp_path}")

            assert after["decisions"] == [DECISION]
            assert after["marker"] == 1, "updated in place, not reloaded"
            assert abs(after["scrollY"] - 300) <= 2, "the scroll position is kept"
            assert after["scrollWidth"] <= 390

            # Without JavaScript, a load shows the same current state.
            plain = Tab(browser, server.url, scripts=False)
            shown = json.loads(plain.run(READ))
            assert meeting.steps[1].title in shown["now"] and shown["decisions"] == [DECISION]
            plain.screenshot(tmp_path / "live-no-javascript.png")
        finally:
            browser.close()
    assert (tmp_path / "live-after.png").stat().st_size > 10_000
