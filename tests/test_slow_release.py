"""Discarded folder data is emptied over several event-loop turns, never in one go."""

from __future__ import annotations

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
    qtbot.waitUntil(lambda: len(postings) < 2 * SLICE + 5)
    assert len(postings) > 0 or len(holder.rows) > 0  # one slice at a time, not everything at once
    qtbot.waitUntil(lambda: not graveyard.pending, timeout=5000)
    assert postings == [] and holder.rows == [] and holder.small == [1, 2, 3]
