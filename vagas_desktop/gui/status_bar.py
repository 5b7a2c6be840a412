"""The window's status bar: a line between its permanent widgets, and a message elided (…) before them."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QWidget

from .theme import theme_manager

GAP = 6  # QStatusBar's own spacing between widgets: the separator sits in its middle
MARGIN = 6  # left of the message, as QStatusBar draws it


class StatusBar(QStatusBar):
    """Qt draws the temporary message clipped, touching the first permanent widget; here it ends
    with … before a separator, its whole text in the tooltip, and every permanent widget (count,
    problems, hidden, tracked changes, the samples' day) has a line on its left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._on_message)
        theme_manager().changed.connect(self.update)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - Qt override
        self._keep(widget)
        super().addPermanentWidget(widget, stretch)

    def insertPermanentWidget(self, index: int, widget: QWidget, stretch: int = 0) -> int:  # noqa: N802
        self._keep(widget)
        return super().insertPermanentWidget(index, widget, stretch)

    def removeWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt override
        if widget in self._permanent:
            self._permanent.remove(widget)
        super().removeWidget(widget)

    def _keep(self, widget: QWidget) -> None:
        self._permanent.append(widget)
        if isinstance(widget, QLabel):  # buttons have their own padding; a label's text would touch the line
            widget.setContentsMargins(GAP, 0, GAP, 0)

    def shown_permanent(self) -> list[QWidget]:
        """The permanent widgets on show, left to right."""
        return sorted((w for w in self._permanent if w.isVisible()), key=lambda w: w.x())

    def message_rect(self) -> QRect:
        """Where the temporary message is drawn: from the left edge to before the first permanent widget."""
        shown = self.shown_permanent()
        right = shown[0].x() - GAP if shown else self.width() - MARGIN
        return QRect(MARGIN, 0, max(0, right - MARGIN), self.height())

    def shown_message(self) -> str:
        """The message as drawn: elided when the permanent widgets leave it too little room."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideRight,
                                             self.message_rect().width())

    def _on_message(self, text: str) -> None:
        self.setToolTip(text)  # the whole message, however much of it fits

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(theme_manager().color("border"))
        for widget in self.shown_permanent():
            x = widget.x() - GAP // 2
            painter.drawLine(x, widget.y() + 2, x, widget.y() + widget.height() - 2)
        if self.currentMessage():
            painter.setPen(self.palette().windowText().color())
            painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextSingleLine, self.shown_message())
