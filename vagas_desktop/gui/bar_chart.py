"""BarChart: a QPainter bar chart (horizontal bars or columns) that can be clicked, hovered and keyed through."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .theme import theme_manager

MARGIN = 10
GAP = 8  # between a label and its bar, a bar and its number
MIN_BAR_ROOM = 90  # a label is elided only when a wider one would leave the bars less than this
COLUMNS_HEIGHT = 260  # a column chart's height; bar charts grow with their bars
COLUMNS_MIN_HEIGHT = 200  # a dock below the table is lower than that: the columns shrink, no scroll bar


@dataclass(frozen=True)
class ChartBar:
    """What one bar shows: its label and count; muted bars (closed, outros) are grey."""

    label: str
    count: int
    share: float
    clickable: bool = True
    muted: bool = False
    short: str = ""  # a column's label under the axis when shorter than label ("15/03" for a week)
    scaled: bool = True  # False: left out of the scale ("outros" would dwarf the values), drawn at most full

    @property
    def axis_label(self) -> str:
        return self.short or self.label


class BarChart(QWidget):
    """Bars sorted by the caller, numbers beside them, the title above; Enter or a click activates a bar."""

    activated = Signal(int)  # the bar's index
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._title = ""
        self._bars: list[ChartBar] = []
        self._columns = False
        self._current = -1
        self._hovered = -1
        theme_manager().changed.connect(self.update)

    # -- content ---------------------------------------------------------------------------------
    def set_bars(self, title: str, bars: list[ChartBar], columns: bool) -> None:
        """Show new bars; the current bar stays where it was when there still is one."""
        self._title, self._bars, self._columns = title, bars, columns
        self._current = min(self._current, len(bars) - 1) if bars else -1
        if self._current < 0 and bars:
            self._current = 0
        self._hovered = -1
        self.setAccessibleName(title)
        self._describe_current()
        self.updateGeometry()
        self.setMinimumHeight(self.minimumSizeHint().height())
        self.update()

    @property
    def bars(self) -> list[ChartBar]:
        return self._bars

    @property
    def current(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        if 0 <= index < len(self._bars) and index != self._current:
            self._current = index
            self._describe_current()
            self.current_changed.emit(index)
            self.update()

    def describe(self, index: int) -> str:
        """The bar's words for a tooltip or a screen reader: "Lisboa: 8 (14,3%)"."""
        bar = self._bars[index]
        locale = QLocale()
        share = locale.toString(100 * bar.share, "f", 1)
        return self.tr("%1: %2 (%3%)").replace("%1", bar.label).replace(
            "%2", locale.toString(bar.count)).replace("%3", share)

    def _describe_current(self) -> None:
        self.setAccessibleDescription(self.describe(self._current) if self._current >= 0 else "")

    # -- geometry --------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        if self._columns:
            return QSize(max(320, 2 * MARGIN + 6 * len(self._bars)), COLUMNS_HEIGHT)
        return QSize(320, self._plot_top() + len(self._bars) * self._row_height() + MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, COLUMNS_MIN_HEIGHT if self._columns else self.sizeHint().height())

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _plot_top(self) -> int:
        return MARGIN + self.fontMetrics().height() + 10

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) + 2 for b in self._bars), default=0)  # +2: rounding
        room = self.width() - 2 * MARGIN - 2 * GAP - self._number_width() - MIN_BAR_ROOM
        return max(min(widest, room), int(self.width() * 0.3))  # "Região Autónoma da Madeira" whole

    def shown_label(self, index: int) -> str:
        """A bar chart's label as drawn: elided (…) in the middle only when the chart is too narrow."""
        label = self._bars[index].label
        return self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideMiddle, self._label_width())

    def _number_width(self) -> int:
        widest = max((b.count for b in self._bars), default=0)
        return self.fontMetrics().horizontalAdvance(QLocale().toString(widest)) + 2

    def bar_rects(self) -> list[QRect]:
        """Each bar's clickable area (its whole row or column, label included)."""
        if self._columns:
            slot = self._slot()
            top, bottom = self._plot_top(), self.height() - MARGIN
            return [QRect(MARGIN + int(i * slot), top, max(int(slot), 1), bottom - top) for i in range(len(self._bars))]
        row = self._row_height()
        return [QRect(MARGIN, self._plot_top() + i * row, self.width() - 2 * MARGIN, row)
                for i in range(len(self._bars))]

    def _slot(self) -> float:
        return (self.width() - 2 * MARGIN) / max(len(self._bars), 1)

    def _bar_at(self, point: QPoint) -> int:
        return next((i for i, rect in enumerate(self.bar_rects()) if rect.contains(point)), -1)

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(text)
        painter.setFont(self._title_font())
        painter.drawText(QRect(MARGIN, MARGIN, self.width() - 2 * MARGIN, self.fontMetrics().height() + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title)
        painter.setFont(self.font())
        if self._columns:
            self._paint_columns(painter)
        else:
            self._paint_bars(painter)
        painter.end()

    def _fill(self, index: int) -> str:
        bar = self._bars[index]
        if index in (self._hovered, self._current if self.hasFocus() else -1):
            return "chart_bar_active"
        return "chart_bar_muted" if bar.muted else "chart_bar"

    def _paint_bars(self, painter: QPainter) -> None:
        theme = theme_manager()
        text = self.palette().color(QPalette.ColorRole.Text)
        label_w, number_w = self._label_width(), self._number_width()
        room = max(self.width() - 2 * MARGIN - label_w - 2 * GAP - number_w, 10)
        peak = self._peak()
        for i, (bar, rect) in enumerate(zip(self._bars, self.bar_rects(), strict=True)):
            label = self.shown_label(i)
            painter.setPen(text)
            painter.drawText(QRect(rect.left(), rect.top(), label_w, rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            left = rect.left() + label_w + GAP
            length = round(room * min(bar.count / peak, 1.0))
            body = QRect(left, rect.top() + 3, length, rect.height() - 6)
            if bar.count:
                painter.fillRect(body, theme.color(self._fill(i)))
            else:  # an empty bar: its outline, so a zero reads as a value and not as a gap
                painter.setPen(theme.color("border"))
                painter.drawRect(QRect(left, body.top(), 3, body.height() - 1))
            painter.setPen(text)
            painter.drawText(QRect(left + max(length, 3) + GAP, rect.top(), number_w, rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QLocale().toString(bar.count))
            if i == self._current and self.hasFocus():
                painter.setPen(theme.color("chart_bar_active"))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def _paint_columns(self, painter: QPainter) -> None:
        theme, metrics = theme_manager(), self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.Text)
        line = metrics.height()
        slot = self._slot()
        top = self._plot_top() + line + 2  # room for the tallest column's number
        base = self.height() - MARGIN - line - 4  # the baseline, labels under it
        peak = self._peak()
        labelled = self._labelled_columns(slot)
        painter.setPen(theme.color("border"))
        painter.drawLine(MARGIN, base, self.width() - MARGIN, base)
        for i, (bar, rect) in enumerate(zip(self._bars, self.bar_rects(), strict=True)):
            width = max(int(slot * 0.7), 1)
            left = rect.left() + (rect.width() - width) // 2
            height = round((base - top) * min(bar.count / peak, 1.0))
            if bar.count:
                painter.fillRect(QRect(left, base - height, width, height), theme.color(self._fill(i)))
            number = QLocale().toString(bar.count)
            painter.setPen(text)
            if metrics.horizontalAdvance(number) <= slot + 2:
                painter.drawText(QRect(rect.left() - 4, base - height - line - 2, rect.width() + 8, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, number)
            if i in labelled:
                width = metrics.horizontalAdvance(bar.axis_label) + 4
                left = min(max(rect.center().x() - width // 2, 0), self.width() - width)  # never cut at an edge
                painter.drawText(QRect(left, base + 2, width, line + 2),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, bar.axis_label)
            if i == self._current and self.hasFocus():
                painter.setPen(theme.color("chart_bar_active"))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def _peak(self) -> int:
        return max((b.count for b in self._bars if b.scaled), default=0) or 1

    def _labelled_columns(self, slot: float) -> set[int]:
        """Which columns get their label under the axis: the muted ones (closed, later) first, then as
        many others as fit without touching a neighbour's."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.axis_label) for b in self._bars), default=0) + 10
        apart = max(1, math.ceil(widest / max(slot, 1)))
        order = [i for i, b in enumerate(self._bars) if b.muted] + [i for i, b in enumerate(self._bars) if not b.muted]
        chosen: set[int] = set()
        for i in order:
            if all(abs(i - j) >= apart for j in chosen):
                chosen.add(i)
        return chosen

    # -- interaction -----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._bar_at(event.pos())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.describe(index), self, self.bar_rects()[index])
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self._bar_at(event.position().toPoint())
        if index != self._hovered:
            self._hovered = index
            clickable = index >= 0 and self._bars[index].clickable
            self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._hovered = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self._bar_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.set_current(index)
            self._activate(index)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        forward = Qt.Key.Key_Right if self._columns else Qt.Key.Key_Down
        back = Qt.Key.Key_Left if self._columns else Qt.Key.Key_Up
        moves: dict[Qt.Key, int] = {forward: self._current + 1, back: self._current - 1, Qt.Key.Key_Home: 0,
                 Qt.Key.Key_End: len(self._bars) - 1}
        if key in moves:
            self.set_current(max(0, min(moves[Qt.Key(key)], len(self._bars) - 1)))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current >= 0:
            self._activate(self._current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusOutEvent(event)

    def _activate(self, index: int) -> None:
        if self._bars[index].clickable:
            self.activated.emit(index)
