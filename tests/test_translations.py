"""The English translation ships and loads: menus and column headers change language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator

from vagas_desktop.gui.language import install_translators
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.paths import resources_dir


def test_english_translation_applies_to_menus_and_headers(qtbot, qapp, tmp_path: Path) -> None:
    assert (resources_dir() / "translations" / "vagas_desktop_en.qm").is_file()
    translators = install_translators(qapp, "en")
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


def test_english_status_bar_after_opening_a_dirty_folder(qtbot, qapp, tmp_path: Path) -> None:
    # The folder-loading strings once lived in a mixin and were looked up under the wrong context.
    from .conftest import EXAMPLE, open_and_wait

    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "ok.md").write_bytes(EXAMPLE.read_bytes())
    (folder / "bad.md").write_text("no front matter\n")
    (folder / "out").symlink_to("/")
    translators = install_translators(qapp, "en")
    try:
        win = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), today=date(2025, 3, 15))
        qtbot.addWidget(win)
        win.show()
        open_and_wait(qtbot, win, folder)
        assert win.statusBar().currentMessage().startswith("1 posting read in")
        assert win.problems_button.text() == "1 problem · 1 ignored"
        assert win.count_label.text() == "1 of 1 posting"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
