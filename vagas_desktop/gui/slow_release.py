"""Free a previous folder's data a slice per event-loop turn, so dropping 100,000 postings never freezes the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

SLICE = 4000  # items freed per turn: a few milliseconds


class SlowRelease(QObject):
    """Holds discarded lists (and objects whose attributes are lists) and empties them bit by bit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lists: list[list[Any]] = []
        self._others: list[Any] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def release(self, *things: Any) -> None:
        """Take over these objects; lists (also those held in an object's attributes) drain gradually."""
        for thing in things:
            if isinstance(thing, list):
                self._lists.append(thing)
            elif thing is not None:
                self._lists.extend(v for v in vars(thing).values() if isinstance(v, list) and len(v) > SLICE)
                self._others.append(thing)
        if self._lists:
            self._timer.start()

    @property
    def pending(self) -> bool:
        return bool(self._lists)

    def _step(self) -> None:
        while self._lists and not self._lists[-1]:
            self._lists.pop()
        if not self._lists:
            self._timer.stop()
            self._others.clear()  # what is left of them is small
            return
        del self._lists[-1][-SLICE:]
