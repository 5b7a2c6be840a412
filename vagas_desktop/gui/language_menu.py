"""View ▸ Idioma: follow the system, or always Portuguese / English; applies at the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from .language import SETTING


class LanguageMenu(QMenu):
    """Three exclusive choices saved in the window's QSettings; the status bar says when they apply."""

    def __init__(self, settings: QSettings, status_bar: QStatusBar, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Idioma"), parent)
        self.setObjectName("languageMenu")
        self._settings, self._status_bar = settings, status_bar
        group = QActionGroup(self)
        saved = str(settings.value(SETTING, "") or "")
        # A language is named in its own words, so it can be found whatever the UI speaks.
        for value, text in (("", self.tr("Sistema")), ("pt", "Português"), ("en", "English")):
            act = self.addAction(text)
            act.setCheckable(True)
            act.setChecked(value == saved or (value == "" and saved not in ("pt", "en")))
            act.setData(value)
            act.setStatusTip(self.tr("A língua da aplicação muda quando a abrir de novo."))
            group.addAction(act)
            act.triggered.connect(lambda _=False, v=value: self._choose(v))

    def _choose(self, value: str) -> None:
        self._settings.setValue(SETTING, value)
        self._status_bar.showMessage(self.tr("A língua escolhida aplica-se quando abrir de novo a aplicação."), 10_000)
