"""Drills: the real kktui, run the way a user runs it, pushed until something would break.

`pty_app` runs `python -m kktui` in a pseudo-terminal and reads what it shows;
`kill_drill` is the SIGKILL-while-typing drill (a script, and the code its test runs).
"""
