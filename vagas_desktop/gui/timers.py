"""A debounce timer: restarted on every event, fires once things go quiet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer


def debounce_timer(parent: QObject, interval_ms: int, slot: Callable[[], Any]) -> QTimer:
    """A single-shot QTimer owned by parent; call start() on each event, slot runs after interval_ms of quiet."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
