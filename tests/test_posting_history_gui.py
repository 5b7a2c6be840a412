"""What a job seeker sees after a rescrape: Histórico in the detail pane, the badge, the tracked-changes
button, the closed-since-last-visit list and the older versions of a posting."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vagas_desktop.core.user_filters import SCOPE_CLOSED
from vagas_desktop.gui.table_model import HISTORY_COLUMN, POSTING_ROLE
from vagas_desktop.gui.tracked_changes import TRACKED_CHANGED_QUERY
from vagas_desktop.gui.versions_dialog import VersionsDialog

from .conftest import open_and_wait, open_window
from .test_posting_history import write_posting

TODAY = date(2025, 3, 15)
SHOTS = Path(os.environ.get("VAGAS_SHOTS", "/tmp/s15a_shots"))


def select_ref(qtbot, win, ref: str) -> None:
    model = win.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(POSTING_ROLE).ref == ref)
    win.table.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: win.detail.posting() is not None and win.detail.posting().ref == ref)


def refs_shown(win) -> list[str]:
    return sorted(win.model.index(r, 0).data(POSTING_ROLE).ref for r in range(win.model.rowCount()))


def test_a_rescrape_shows_what_changed(qtbot, qtmodeltester, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write_posting(folder, "a.md", "OE202503/0001")
    write_posting(folder, "b.md", "OE202503/0002", fecho="2025-03-20")
    write_posting(folder, "c.md", "OE202503/0003", title="Assistente Técnico")
    win = open_window(qtbot, tmp_path, folder, today=TODAY)
    select_ref(qtbot, win, "OE202503/0001")
    win.user.toggle_bookmark([win.detail.posting()])
    assert not win.tracked_changes.button.isVisible()

    # The scraper ran again: A's deadline extended, B's brought forward (it closed), C retitled.
    write_posting(folder, "a.md", "OE202503/0001", fecho="2025-04-15")
    write_posting(folder, "b.md", "OE202503/0002", fecho="2025-03-12")
    write_posting(folder, "c.md", "OE202503/0003", title="Assistente Técnico (Contabilidade)")
    open_and_wait(qtbot, win, folder)

    select_ref(qtbot, win, "OE202503/0001")
    text = win.detail.browser.toPlainText()
    assert "Histórico" in text
    assert "Prazo prorrogado: 31/03/2025 → 15/04/2025" in text
    assert "visto a 15/03/2025" in text
    assert "Prazo prorrogado: 31/03/2025 → 15/04/2025" in win.detail.as_text()
    save_shot(win.detail, "history_section.png")

    row = next(r for r in range(win.model.rowCount()) if win.model.index(r, 0).data(POSTING_ROLE).ref.endswith("1"))
    badge = win.model.index(row, HISTORY_COLUMN)
    assert badge.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Prazo prorrogado" in badge.data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(win.model)

    # Only A is bookmarked: the status bar names it, and one click shows it.
    button = win.tracked_changes.button
    assert button.isVisible() and button.text() == "1 das suas vagas mudaram de prazo"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert win.search_edit.text() == TRACKED_CHANGED_QUERY
    qtbot.waitUntil(lambda: refs_shown(win) == ["OE202503/0001"])

    # The Lists panel: B closed since the last visit.
    panel = win.shortlists
    qtmodeltester.check(panel.model)
    labels = [str(panel.model.index(r, 0).data()) for r in range(panel.model.rowCount())]
    assert "✕ Fecharam (1)" in labels
    win.search_edit.clear()
    panel.view.setFocus()
    panel.set_scope(None)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)  # Todas, Novas, Fecharam: by keyboard
    qtbot.waitUntil(lambda: refs_shown(win) == ["OE202503/0002"])
    assert win.library.changes_of(win.model.index(0, 0).data(POSTING_ROLE))[0].new == "2025-03-12"
    panel.set_scope(None)
    qtbot.waitUntil(lambda: win.model.rowCount() == 3)
    select_ref(qtbot, win, "OE202503/0001")
    win.resize(1400, 700)
    save_shot(win, "window_after_rescrape.png")


def test_nothing_closed_since_the_last_visit_says_so(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write_posting(folder, "a.md", "OE202503/0001")
    win = open_window(qtbot, tmp_path, folder, today=TODAY)
    win.shortlists.set_scope(SCOPE_CLOSED)
    overlay = win.empty_state.overlay
    qtbot.waitUntil(lambda: overlay.isVisible())
    assert overlay.label.text() == "Nenhuma vaga fechou desde a última visita."
    qtbot.mouseClick(overlay.button, Qt.MouseButton.LeftButton)  # "Mostrar todas as vagas"
    qtbot.waitUntil(lambda: refs_shown(win) == ["OE202503/0001"])


def test_older_versions_are_reachable_by_keyboard_with_the_differences_marked(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write_posting(folder / "2025-02", "x.md", "OE202502/0240", abertura="2025-02-01", fecho="2025-02-20",
                  title="Técnico Superior <b>Jurista</b>")
    write_posting(folder / "2025-03", "x.md", "OE202502/0240", abertura="2025-03-01", fecho="2025-03-31")
    win = open_window(qtbot, tmp_path, folder, today=TODAY)
    select_ref(qtbot, win, "OE202502/0240")
    assert "1 versões anteriores" in win.detail.browser.toPlainText()  # %n untranslated in tests

    browser = win.detail.browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # the versions link is the page's only link
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.findChild(VersionsDialog) is not None)
    dialog = win.findChild(VersionsDialog)
    assert dialog.list.count() == 1 and dialog.list.item(0).text() == os.path.join("2025-02", "x.md")
    assert dialog.differing_labels(0) == ["Título", "Abertura", "Fecho"]
    shown = dialog.view.toHtml()
    assert "≠ atual: 31/03/2025" in dialog.view.toPlainText()  # the older 20/02 beside today's deadline
    assert "≠ atual: Técnico Superior - Jurista" in dialog.view.toPlainText()
    assert "<b>Jurista</b>" not in shown and "&lt;b&gt;Jurista&lt;/b&gt;" in shown  # data, escaped
    assert "20/02/2025" in dialog.view.toPlainText()
    dialog.resize(700, 360)
    save_shot(dialog, "versions_dialog.png")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def save_shot(widget, name: str) -> None:
    """Keep a picture for a person to look at (not compared)."""
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))
