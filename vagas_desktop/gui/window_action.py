"""One way to make a window-wide action: text, optional shortcut, a slot that takes no arguments."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def window_action(window: QWidget, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                  slot: Callable[[], object] | None = None) -> QAction:
    """An action added to window (so its shortcut works wherever the focus is in it)."""
    act = QAction(text, window)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
    if slot is not None:
        act.triggered.connect(lambda _checked=False: slot())  # the slot never sees triggered's bool
    window.addAction(act)
    return act
