"""kktui: run a class parent meeting from the terminal."""

__version__ = "0.1.0"
