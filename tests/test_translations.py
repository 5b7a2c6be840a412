"""The English translation ships and loads: menus and column headers change language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator

from vagas_desktop.app import install_translators
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.paths import resources_dir


def test_english_translation_applies_to_menus_and_headers(qtbot, qapp, tmp_path: Path) -> None:
    assert (resources_dir() / "translations" / "vagas_desktop_en.qm").is_file()
    translators = install_translators(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert any(isinstance(t, QTranslator) for t in translators)
        win = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), today=date(2025, 3, 15))
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&Lists", "&View", "&Help"]
        headers = [win.model.headerData(c, Qt.Orientation.Horizontal) for c in range(win.model.columnCount())]
        assert "Employer" in headers and "Empregador" not in headers
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&Ficheiro") == "&Ficheiro"  # Portuguese is the source
