"""Textual screens and widgets of kktui (installed as kktui.screens)."""
