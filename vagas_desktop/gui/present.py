"""Showing a non-modal window the user asked for again: in front, focused, never a second copy."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def present(window: QWidget) -> None:
    """Show window, or bring it forward if it is already open behind the main window."""
    if window.isVisible():
        window.raise_()
    window.show()
    window.activateWindow()
