"""Discarded folder data is emptied over several event-loop turns, never in one go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vagas_desktop.gui.slow_release import SLICE, SlowRelease


class Holder:
    def __init__(self) -> None:
        self.rows = list(range(3 * SLICE))
        self.small = [1, 2, 3]


def test_lists_drain_a_slice_per_turn(qtbot) -> None:
    graveyard = SlowRelease()
    postings = [object() for _ in range(2 * SLICE + 5)]
    holder = Holder()
    graveyard.release(postings, holder, None)
    assert graveyard.pending and len(postings) == 2 * SLICE + 5  # nothing freed synchronously
    total = len(postings) + len(holder.rows)
    QCoreApplication.processEvents()  # one turn of the event loop
    left = len(postings) + len(holder.rows)
    assert 0 < left < total  # some freed, not everything at once
    qtbot.waitUntil(lambda: not graveyard.pending, timeout=5000)
    assert postings == [] and holder.rows == [] and holder.small == [1, 2, 3]
