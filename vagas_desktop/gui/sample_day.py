"""The bundled samples' reference day: the app's "today" while they are open, shown in the status bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from ..paths import SAMPLES_REFERENCE_DAY, is_sample_folder


class SampleDay(QObject):
    """Picks the day a folder is seen on: --today when given, else the samples' day for the samples,
    else the real date. A permanent status-bar label says so while the samples are open."""

    def __init__(self, given_today: date | None, status: QStatusBar) -> None:
        super().__init__(status)
        self.given_today = given_today
        self.label = QLabel(status)
        self.label.setObjectName("sampleDayLabel")
        self.label.setToolTip(self.tr("Os exemplos estão datados à volta deste dia; abra outra pasta para "
                                      "ver as suas vagas no dia de hoje."))
        self.label.hide()
        status.insertPermanentWidget(0, self.label)  # first of the permanent widgets, left of the count

    def today_for(self, folder: str) -> date:
        if self.given_today is not None:
            return self.given_today
        return SAMPLES_REFERENCE_DAY if is_sample_folder(folder) else date.today()

    def show_for(self, folder: str) -> None:
        """Show the label while the samples are seen on their own day; hide it for any other folder."""
        on = self.given_today is None and is_sample_folder(folder)
        if on:
            self.label.setText(self.tr("Exemplos vistos a %1").replace(
                "%1", SAMPLES_REFERENCE_DAY.strftime("%d/%m/%Y")))
        self.label.setVisible(on)
