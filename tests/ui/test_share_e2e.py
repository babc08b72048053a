"""End to end, the way the room does it: the QR code on the screen, a phone camera, a browser.

The code is read off the app's screen by an independent decoder (zxing-cpp), the link is
fetched, and a real headless Chromium (Debian's `chromium`, installed by the test command)
opens it with a phone's viewport (390×844, touch, device pixel ratio 3) through the DevTools
protocol on a pipe; it must find the decisions and the tasks, not the private lines, and
fit the phone's width. A screenshot is kept in tests/artifacts/.
"""

from __future__ import annotations

import asyncio
import base64
import json
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from kktui.clock import FixedClock
from kktui.screens.messages import OpenMeeting
from kktui.screens.views.share import ShareOptions, ShareScreen
from kktui.screens.views.summary import SummaryScreen
from support.browser import PHONE, DevTools
from support.share import ARTIFACTS, decode_qr, demo_with_private_notes, require_tool, screen_image
from support.ui import close_app

READ_PAGE = """JSON.stringify({
  title: document.title,
  headings: [...document.querySelectorAll('h1,h2,h3')].map(h => h.textContent),
  decisions: [...document.querySelectorAll('h2 + ol > li')].map(li => li.textContent),
  tasks: [...document.querySelectorAll('h2 + ul > li')].map(li => li.textContent),
  text: document.body.innerText,
  scripts: document.scripts.length,
  viewport: window.innerWidth,
  scrollWidth: document.documentElement.scrollWidth,
  fontSize: parseFloat(getComputedStyle(document.body).fontSize),
  styled: getComputedStyle(document.querySelector('h2')).borderBottomStyle,
})"""


def open_on_a_phone(chromium: str, url: str, screenshot: Path) -> dict:
    """Open `url` at a phone's size in headless Chromium; return what the page shows."""
    with tempfile.TemporaryDirectory(prefix="kktui-chromium-") as profile:
        browser = DevTools(chromium, profile)
        try:
            target = browser.send("Target.createTarget", url="about:blank")["targetId"]
            session = browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            browser.send("Emulation.setDeviceMetricsOverride", session, **PHONE)
            browser.send("Emulation.setTouchEmulationEnabled", session, enabled=True)
            browser.send("Page.enable", session)
            navigation = browser.send("Page.navigate", session, url=url)
            assert "errorText" not in navigation, navigation
            browser.wait_for("Page.loadEventFired")
            found = browser.send("Runtime.evaluate", session, expression=READ_PAGE, returnByValue=True)
            shot = browser.send("Page.captureScreenshot", session, format="png")
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            screenshot.write_bytes(base64.b64decode(shot["data"]))
            return json.loads(found["result"]["value"])
        finally:
            browser.close()


def status_of(url: str, method: str = "GET") -> int:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code


async def test_scan_the_screen_then_read_the_minutes_on_a_phone(data_dir: Path, clock: FixedClock) -> None:
    chromium = require_tool("chromium")
    app = demo_with_private_notes(data_dir, clock)
    app.share_options = ShareOptions(host="127.0.0.1")  # loopback: explicitly asked for, as a test may
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(OpenMeeting("demo01"))
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("s")
        await pilot.pause()
        share = app.screen
        assert isinstance(share, ShareScreen)

        # 1. The phone's camera: the QR code as drawn on the terminal, read by zxing-cpp.
        [url] = decode_qr(screen_image(app))
        assert url == share.url and url.startswith("http://127.0.0.1:")
        token = url.rsplit("/", 1)[1]

        # 2. The link works; nothing else does.
        assert status_of(url) == 200
        base = url.rsplit("/", 1)[0]
        for wrong in [
            f"{base}/{token[:-1]}",
            f"{base}/{token}x",
            f"{base}/",
            f"{base}/{token}/",
            f"{base}/../{token}",
            f"{base}/%2e%2e/{token}",
            f"{base}/favicon.ico",
        ]:
            assert status_of(wrong) == 404, wrong
        for method in ["POST", "PUT", "DELETE", "HEAD", "OPTIONS"]:
            assert status_of(url, method) == 405, method

        # 3. A real browser with a phone's viewport (run beside the app, which keeps running).
        screenshot = ARTIFACTS / "share-phone-390x844.png"
        page = await asyncio.to_thread(open_on_a_phone, chromium, url, screenshot)

        assert page["title"] == "Planleggingsmøte med kontaktlærer"
        assert "Vedtak" in page["headings"] and "Oppgaver" in page["headings"]
        assert page["decisions"] == ["Foreldregruppa bruker Spond; kontaktlærer sender ukebrev fredag."]
        assert any("Opprette Spond-gruppe" in task and "Kari Nordmann" in task for task in page["tasks"])
        assert any("Lage forslag til årshjul" in task and "frist" in task for task in page["tasks"])
        assert "Synlig linje etter den private." in page["text"]
        assert "Per i 4B" not in page["text"] and "Moren til Per" not in page["text"]
        assert page["scripts"] == 0
        assert page["viewport"] == 390 and page["scrollWidth"] <= 390, "no sideways scrolling on a phone"
        assert page["fontSize"] >= 16 and page["styled"] == "solid"  # the style passed the CSP
        assert screenshot.stat().st_size > 10_000
        print(f"\nphone screenshot: {screenshot}")

        share.tick()
        assert share.server.opens == 2  # urllib once, the phone once
    close_app(app)


def test_hostile_minutes_in_a_real_browser_run_nothing_and_fit_a_phone() -> None:
    """Notes full of tricks, served and opened for real: no script runs, long words wrap."""
    from kktui.output.html import minutes_html
    from kktui.share.server import ShareServer
    from support.hostile import LONG, hostile_meeting

    chromium = require_tool("chromium")
    meeting, tasks = hostile_meeting()
    server = ShareServer(minutes_html(meeting, tasks, 1_800_000_000.0), "127.0.0.1").start()
    try:
        page = open_on_a_phone(chromium, server.url, ARTIFACTS / "share-phone-hostile.png")
    finally:
        server.stop()
    assert page["scripts"] == 0
    assert page["scrollWidth"] <= 390, "a 720-character word must not widen the page"
    assert "<script>alert('notes')</script>" in page["text"]
    assert "Blåbærsyltetøy på dugnaden 🎉 – ÆØÅ æøå" in page["text"]
    assert LONG[:50] in page["text"].replace("\n", "")
    assert page["decisions"] == ["Vi kjøper <img src=x onerror=alert('decision')> kaffe"]
