"""Where a side dock opens: beside the table when the table keeps room to read, else below it.

On a 1024 px window the filters (~230 px) and the details (~300 px) leave the table ~490 px; a dock
of ~400 px beside it would squeeze it to a column of stars. Below, it takes some height instead, and
shares the bottom area with a dock already there (as a tab, the way Qt Creator's output panes do).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle, QWidget

MIN_TABLE_WIDTH = 400  # the table's Ref, Trabalho and Fecho columns whole, side by side
BELOW_SHARE = 0.4  # of the window's height, for a dock put below the table
Area = Qt.DockWidgetArea
SIDES = (Area.LeftDockWidgetArea, Area.RightDockWidgetArea)


class DockPlacement:
    """Chooses, each time the dock is about to show, between its side and the bottom area.

    Only a dock this class moved below goes back to the side on its own (when the window is wide
    again); a dock the user dragged somewhere, or floated, stays where they put it."""

    def __init__(self, dock: QDockWidget, window: QMainWindow, keep: QWidget | None,
                 side: Area = Area.RightDockWidgetArea) -> None:
        self._dock, self._window, self._keep, self._side = dock, window, keep, side
        self._side_width = 0  # the dock's narrowest width beside the table, before it went below
        self.moved_below = False

    def _table_left(self, dock_width: int) -> int:
        """The width keep would have with a dock of dock_width beside it (keep takes the squeeze)."""
        assert self._keep is not None
        separator = self._window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
        return self._keep.width() - dock_width - separator

    def place(self) -> None:
        """Call before showing the dock (hidden, it takes no room yet)."""
        dock, window = self._dock, self._window
        if self._keep is None or dock.isFloating() or not dock.isHidden():
            return
        area = window.dockWidgetArea(dock)
        if area in SIDES:
            narrowest = dock.minimumSizeHint().width()
            if self._table_left(narrowest) < MIN_TABLE_WIDTH:
                self._side_width = narrowest
                self._put_below()
        elif self.moved_below and self._table_left(self._side_width) >= MIN_TABLE_WIDTH:
            self.moved_below = False
            window.addDockWidget(self._side, dock)
        elif self.moved_below:
            self._put_below()  # again: a tab beside a dock opened below since

    def _put_below(self) -> None:
        dock, window = self._dock, self._window
        bottom = Area.BottomDockWidgetArea
        neighbour = next((d for d in window.findChildren(QDockWidget) if d is not dock and d.isVisible()
                          and not d.isFloating() and window.dockWidgetArea(d) == bottom), None)
        if neighbour is not None:
            window.tabifyDockWidget(neighbour, dock)  # the problems list keeps its height; a tab each
        else:
            window.addDockWidget(bottom, dock)
        self.moved_below = True

    def fit(self) -> None:
        """Once shown: below, a share of the window's height (never under the dock's minimum); beside,
        no wider than leaves the table its room, as far as the dock's own minimum allows."""
        dock, window = self._dock, self._window
        if self._keep is None or dock.isFloating():
            return
        area = window.dockWidgetArea(dock)
        if self.moved_below and area == Area.BottomDockWidgetArea:
            height = max(dock.minimumSizeHint().height(), int(window.height() * BELOW_SHARE))
            window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
            return
        layout = window.layout()
        if area not in SIDES or layout is None:
            return
        layout.activate()  # the widths with the dock in place, now rather than on the next event
        short = MIN_TABLE_WIDTH - self._keep.width()
        if short > 0:
            width = max(dock.minimumSizeHint().width(), dock.width() - short)
            window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
