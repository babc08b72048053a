"""Kill drill: the real kktui in a terminal, notes typed at a human pace, SIGKILL at random.

    .venv/bin/python tests/drills/kill_drill.py [--kills 200] [--seed N] [--keep DIR]

Before the first round a running meeting is put in a fresh data folder with the headless
API, so the app opens on home with that meeting on top. Every round then:

1. starts `python -m kktui --data DIR` in a pseudo-terminal (80x24, TERM=xterm-256color);
2. presses Enter on home (opens the running meeting) and waits until the meeting screen
   has recorded that it is open (the meeting's `last_seen` on disk moves);
3. types numbered words into the notes, one character every 30-60 ms, newline now and
   then, noting the time each character was sent;
4. SIGKILLs the app at a random moment of the typing (one round in ten instead kills
   it at a random moment while it is still starting: imports, lock, backup, home).

After each kill the folder must open read-only and writable with no damage and no
recovery, and the notes on disk must be what was on disk before plus a prefix of what
was typed. "Lost" is how much typing is missing: the time between the last character
that reached the disk and the last character sent. The same folder is used for every
round (the meeting resumes where the last one left it), as on a real laptop.

The figures: kills, typing lost (max / median / 90th percentile seconds), damaged
opens (must be 0), kills that left a half-written temp file behind.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `drills` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kktui.storage import files as storage
from kktui.storage import locations  # noqa: E402
from kktui.storage.store import Store  # noqa: E402
from support.drills import running_meeting  # noqa: E402
from support.pty_app import ENTER, PtyApp, app_env  # noqa: E402

GAP_SECONDS = (0.030, 0.060)  # between two characters: a fast but human typist
TYPING_SECONDS = (0.2, 2.6)  # how long a round types before the kill
STARTUP_KILL_SHARE = 0.1
STARTUP_KILL_SECONDS = (0.0, 0.6)
LOST_LIMIT = 1.5  # autosave runs every second; a save takes milliseconds


@dataclass
class Round:
    number: int
    phase: str  # "typing" or "startup"
    sent: int = 0  # characters sent this round
    kept: int = 0  # of those, on disk after the kill
    lost_seconds: float = 0.0
    typed_seconds: float = 0.0
    mid_write: bool = False  # a temp file was left: the kill landed inside a save
    damaged: str = ""  # why the folder did not open cleanly ("" when it did)
    problem: str = ""  # anything else wrong (notes not a prefix, ...)
    last_word: str = ""  # the last whole word that reached the disk


@dataclass
class Report:
    seed: int
    folder: Path
    rounds: list[Round] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def kills(self) -> int:
        return len(self.rounds)

    @property
    def typing_rounds(self) -> list[Round]:
        return [r for r in self.rounds if r.phase == "typing"]

    @property
    def lost(self) -> list[float]:
        return [r.lost_seconds for r in self.typing_rounds]

    @property
    def damaged(self) -> list[Round]:
        return [r for r in self.rounds if r.damaged]

    @property
    def problems(self) -> list[Round]:
        return [r for r in self.rounds if r.problem]

    def summary(self) -> str:
        lost = sorted(self.lost) or [0.0]
        p90 = lost[min(len(lost) - 1, int(round(0.9 * (len(lost) - 1))))]
        typed = self.typing_rounds
        return "\n".join(
            [
                f"kill drill: {self.kills} kills ({len(typed)} while typing, "
                f"{self.kills - len(typed)} while starting) in {self.seconds:.1f} s, seed {self.seed}",
                f"  typing lost per kill: max {max(lost):.3f} s, median {statistics.median(lost):.3f} s, "
                f"p90 {p90:.3f} s (limit {LOST_LIMIT} s)",
                f"  characters typed {sum(r.sent for r in typed)}, on disk {sum(r.kept for r in typed)}; "
                f"typing per round {min((r.typed_seconds for r in typed), default=0):.2f}-"
                f"{max((r.typed_seconds for r in typed), default=0):.2f} s",
                f"  kills inside a save (temp file left): {sum(r.mid_write for r in self.rounds)}",
                f"  damaged opens: {len(self.damaged)}; other problems: {len(self.problems)}",
            ]
            + [f"  round {r.number}: {r.damaged or r.problem}" for r in self.damaged + self.problems]
        )


# -- the data folder ---------------------------------------------------------------------


def prepare(folder: Path) -> str:
    """A running meeting in a new data folder, the way the app would have left it."""
    return running_meeting(folder, time.time(), "nb")


def current_notes(folder: Path, meeting_id: str) -> tuple[str, float | None]:
    """The notes of the meeting's current step and its `last_seen`, as the disk has them now.

    Read through the store (read-only: it never writes), so the drill does not depend on
    how the files are laid out.
    """
    try:
        meeting = Store.open(folder, read_only=True).meeting(meeting_id)
    except (storage.StorageError, LookupError, OSError, ValueError):
        return "", None
    step = meeting.current_step
    return (step.notes if step else ""), meeting.last_seen


def unreadable_files(folder: Path) -> list[str]:
    """Every JSON file of the data folder (backups aside) that does not parse: must be none."""
    bad = []
    for path in sorted(folder.rglob("*.json")):
        if locations.backups_dir(folder) in path.parents:
            continue
        try:
            json.loads(path.read_bytes().decode("utf-8"))
        except (OSError, ValueError) as exc:
            bad.append(f"{path.relative_to(folder)}: {exc}")
    return bad


def check_folder(folder: Path, meeting_id: str) -> tuple[str, str]:
    """(notes on disk, "" or why the folder did not open cleanly), read-only then writable."""
    bad = unreadable_files(folder)
    if bad:
        return "", "damaged file: " + "; ".join(bad)
    try:
        store = Store.open(folder, read_only=True)
        meeting = store.meeting(meeting_id)
    except (storage.StorageError, LookupError) as exc:
        return "", f"read-only open failed: {exc}"
    notes = meeting.current_step.notes if meeting.current_step else ""
    if meeting.status != "running":
        return notes, f"the meeting is {meeting.status}, not running"
    try:
        store = Store.open(folder)
    except storage.StorageError as exc:
        return notes, f"writable open failed: {exc}"
    try:
        if store.recovery is not None:
            return notes, f"recovery: {store.recovery.message}"
        again = store.meeting(meeting_id)
        if (again.current_step.notes if again.current_step else "") != notes:
            return notes, "the writable open sees other notes than the read-only one"
    finally:
        store.close()
    aside = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.damaged-*"))
    if aside:
        return notes, f"files were moved aside as damaged: {aside}"
    return notes, ""


# -- one round -------------------------------------------------------------------------------


def round_text(number: int) -> str:
    """Numbered words, `round.word`, a new line every eight words: "3.1 3.2 ... 3.8\\n3.9 ..."."""
    words = []
    for n in range(1, 400):
        words.append(f"{number}.{n}" + ("\r" if n % 8 == 0 else " "))
    return "\r" + "".join(words)


def last_whole_word(text: str) -> str:
    words = text.replace("\n", " ").split(" ")
    return words[-2] if len(words) > 1 else ""


def run_round(folder: Path, meeting_id: str, number: int, rng: random.Random, phase: str, cwd: Path) -> Round:
    result = Round(number, phase)
    before, seen = current_notes(folder, meeting_id)
    app = PtyApp(["--data", str(folder)], cwd=cwd, env=app_env())
    sent_at: list[float] = []
    text = round_text(number)
    try:
        if phase == "startup":
            time.sleep(rng.uniform(*STARTUP_KILL_SECONDS))
            app.kill()
        else:
            if not app.wait_for_text("Planleggingsmøte", timeout=30):
                raise RuntimeError(f"home never showed the meeting:\n{app.screen_text()}")
            app.send(ENTER)
            opened = app.wait_until(lambda: current_notes(folder, meeting_id)[1] != seen, timeout=30)
            if not opened:
                raise RuntimeError(f"the meeting never opened:\n{app.screen_text()}")
            start = time.monotonic()
            deadline = start + rng.uniform(*TYPING_SECONDS)
            next_at = start
            for ch in text:
                if next_at > deadline:
                    break
                time.sleep(max(0.0, next_at - time.monotonic()))
                sent_at.append(app.send(ch.encode()))
                next_at = sent_at[-1] + rng.uniform(*GAP_SECONDS)
            time.sleep(max(0.0, deadline - time.monotonic()))
            app.kill()
            result.typed_seconds = time.monotonic() - start
            if app.proc.returncode != -9:
                result.problem = f"the app ended by itself ({app.proc.returncode}): {app.screen_text()}"
    finally:
        app.close()

    result.mid_write = bool([p for p in folder.rglob(f".*{storage.TMP_SUFFIX}")])
    notes, result.damaged = check_folder(folder, meeting_id)
    typed = text[: len(sent_at)].replace("\r", "\n")
    result.sent = len(sent_at)
    if not notes.startswith(before):
        result.problem = result.problem or "notes from before this round are gone"
        return result
    added = notes[len(before) :]
    if not typed.startswith(added):
        result.problem = result.problem or f"the notes on disk are not what was typed: {added[-40:]!r}"
        return result
    result.kept = len(added)
    result.last_word = last_whole_word(notes)
    if sent_at:
        last_kept = sent_at[result.kept - 1] if result.kept else start
        result.lost_seconds = sent_at[-1] - last_kept
        if result.lost_seconds > LOST_LIMIT:
            result.problem = (
                f"lost {result.lost_seconds:.2f} s of typing ({len(sent_at) - result.kept} "
                f"characters, last on disk {result.last_word!r})"
            )
    return result


def run_drill(folder: Path, kills: int, seed: int | None = None, progress=None) -> Report:
    seed = random.randrange(2**32) if seed is None else seed
    rng = random.Random(seed)
    report = Report(seed, folder)
    meeting_id = prepare(folder)
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kill-drill-cwd-") as cwd:
        for number in range(1, kills + 1):
            phase = "startup" if rng.random() < STARTUP_KILL_SHARE else "typing"
            outcome = run_round(folder, meeting_id, number, rng, phase, Path(cwd))
            report.rounds.append(outcome)
            if progress is not None:
                progress(outcome)
            if outcome.damaged:
                break  # the folder is no longer the one the next round expects
    report.seconds = time.monotonic() - began
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--keep", metavar="DIR", help="data folder to use (kept afterwards)")
    parser.add_argument("-v", "--verbose", action="store_true", help="a line per kill")
    args = parser.parse_args(argv)

    def progress(r: Round) -> None:
        if args.verbose or r.damaged or r.problem:
            print(
                f"  {r.number:4d} {r.phase:7s} sent {r.sent:3d} kept {r.kept:3d} "
                f"lost {r.lost_seconds:.3f} s{' mid-write' if r.mid_write else ''} "
                f"{r.damaged or r.problem}",
                flush=True,
            )

    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        report = run_drill(folder / "data", args.kills, args.seed, progress)
    else:
        with tempfile.TemporaryDirectory(prefix="kill-drill-") as tmp:
            report = run_drill(Path(tmp) / "data", args.kills, args.seed, progress)
    print(report.summary())
    return 1 if report.damaged or report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
