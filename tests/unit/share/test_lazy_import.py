"""aiohttp is loaded when sharing starts, never before: starting kktui does not pay for it."""

from __future__ import annotations

from pathlib import Path

from support.scripts import script_report

SCRIPT = r"""
import asyncio, json, sys
from pathlib import Path

import kktui, kktui.cli, kktui.share.server, kktui.services.sharing, kktui.services.live
from kktui.screens.app import KktuiApp
from kktui.screens.views import live_meeting, live_share, share
from kktui.services.demo import seed
from kktui.storage.store import Store

folder = Path(sys.argv[1])
store = Store.open(folder)
seed(store)
store.close()
seen = {}

async def main():
    app = KktuiApp(store=Store.open(folder), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen["running"] = sorted(m for m in sys.modules if m.split(".")[0] in ("aiohttp", "aiohttp_sse"))
        server = kktui.share.server.ShareServer("<p>x</p>", "127.0.0.1").start()
        seen["sharing"] = "aiohttp" in sys.modules and "aiohttp_sse" in sys.modules
        server.stop()
        server.wait(2)
    app.session.close()
    app.session.store.close()

asyncio.run(main())
print(json.dumps(seen))
"""


def test_starting_the_app_does_not_import_aiohttp_and_sharing_does(tmp_path: Path) -> None:
    seen = script_report(SCRIPT, str(tmp_path / "data"), cwd=tmp_path)
    assert seen["running"] == []
    assert seen["sharing"] is True
