"""View ▸ Tema: Sistema / Claro / Escuro, remembered in QSettings and applied at start."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from .theme import ThemeChoice, theme_manager

log = logging.getLogger(__name__)

SETTINGS_KEY = "view/theme"


def saved_choice(settings: QSettings) -> ThemeChoice:
    value = str(settings.value(SETTINGS_KEY, ThemeChoice.SYSTEM.value) or "")
    try:
        return ThemeChoice(value)
    except ValueError:
        log.warning("unknown theme %r in the settings; following the system", value)
        return ThemeChoice.SYSTEM


class ThemeMenu(QMenu):
    """Three exclusive choices; making the menu applies the saved one."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Tema"), parent)
        self.setObjectName("themeMenu")
        self._settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        labels = {
            ThemeChoice.SYSTEM: self.tr("&Sistema"),
            ThemeChoice.LIGHT: self.tr("&Claro"),
            ThemeChoice.DARK: self.tr("&Escuro"),
        }
        self.choice_actions: dict[ThemeChoice, QAction] = {}
        for choice, label in labels.items():
            act = self.addAction(label)
            act.setCheckable(True)
            act.setData(choice.value)
            self.group.addAction(act)
            self.choice_actions[choice] = act
        chosen = saved_choice(settings)
        self.choice_actions[chosen].setChecked(True)
        theme_manager().set_choice(chosen)
        self.group.triggered.connect(self._on_chosen)

    def _on_chosen(self, act: QAction) -> None:
        choice = ThemeChoice(act.data())
        self._settings.setValue(SETTINGS_KEY, choice.value)
        theme_manager().set_choice(choice)
