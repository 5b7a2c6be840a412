"""Rows of files read with problems: a warning icon, its reason, and the way to the Problems panel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from vagas_desktop.gui.table_model import POSTING_ROLE, WARNING_COLUMN

from .conftest import EXAMPLE, open_window


def truncated_folder(tmp_path: Path) -> tuple[Path, Path]:
    """A good posting and one cut short before its closing '---' (as a copy interrupted mid-way)."""
    folder = tmp_path / "posts"
    folder.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    (folder / "good.md").write_text(text, encoding="utf-8")
    cut = folder / "cut.md"
    body = text.replace("OE202502/0240", "OE202502/0999")
    cut.write_text(body[: body.rindex("---")], encoding="utf-8")
    return folder, cut


def row_of(win, path: Path) -> int:
    return next(r for r in range(win.model.rowCount())
                if win.model.index(r, 0).data(POSTING_ROLE).source_path == str(path))


def test_a_truncated_file_shows_a_warning_icon_with_its_reason(qtbot, tmp_path: Path, qtmodeltester) -> None:
    folder, cut = truncated_folder(tmp_path)
    win = open_window(qtbot, tmp_path, folder, today=date(2025, 3, 1))
    qtmodeltester.check(win.model)
    warned = win.model.index(row_of(win, cut), WARNING_COLUMN)
    assert not warned.data(Qt.ItemDataRole.DecorationRole).isNull()
    tip = warned.data(Qt.ItemDataRole.ToolTipRole)
    assert "closing '---'" in tip and "painel de Problemas" in tip
    good = win.model.index(row_of(win, folder / "good.md"), WARNING_COLUMN)
    assert good.data(Qt.ItemDataRole.DecorationRole) is None
    assert not win.table.isColumnHidden(WARNING_COLUMN)  # the icon's column is a default one


def test_double_click_on_the_icon_opens_the_problems_panel_on_that_file(qtbot, tmp_path: Path) -> None:
    folder, cut = truncated_folder(tmp_path)
    win = open_window(qtbot, tmp_path, folder, today=date(2025, 3, 1))
    assert not win.problems.isVisible()
    index = win.model.index(row_of(win, cut), WARNING_COLUMN)
    win.table.setCurrentIndex(index)
    rect = win.table.visualRect(index)
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's
    qtbot.mouseDClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # press, then the second
    assert win.problems.isVisible()
    chosen = {win.problems.model.problem_at(i.row()).source_path
              for i in win.problems.view.selectionModel().selectedRows()}
    assert chosen == {str(cut)}


def test_the_row_menu_offers_the_files_problems_only_when_it_has_some(qtbot, tmp_path: Path) -> None:
    folder, cut = truncated_folder(tmp_path)
    win = open_window(qtbot, tmp_path, folder, today=date(2025, 3, 1))
    menus = []
    for path in (folder / "good.md", cut):
        win.table.selectRow(row_of(win, path))
        menus.append(win.row_problems.with_entry(win.tracking_actions.row_menu()))  # what a right-click shows
    assert win.row_problems.show_action not in menus[0].actions()
    assert win.row_problems.show_action in menus[1].actions()
    win.row_problems.show_action.trigger()
    assert win.problems.isVisible()
    current = win.problems.view.currentIndex()
    assert win.problems.model.problem_at(current.row()).source_path == str(cut)
