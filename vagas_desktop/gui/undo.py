"""Undo and redo of the user's data changes: one QUndoCommand per change, the Edit menu's actions."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from .help_pages import HELP_NAME

log = logging.getLogger(__name__)

Step = Callable[[], bool]  # runs one direction of a change; False if the store refused it


class StoreCommand(QUndoCommand):
    """A user-data change: `first` makes it, then `undo_step` / `redo_step` put states back.

    A step that fails (read-only disk, another app holding the lock) makes the command obsolete, so
    the stack drops it instead of claiming an undo or redo that never reached the file.
    """

    def __init__(self, text: str, first: Step, undo_step: Step, redo_step: Step) -> None:
        super().__init__()
        # before the newline: the menu's text ("&&" so a list called "A&B" shows its "&"); after: plain
        self.setText(f"{text.replace('&', '&&')}\n{text}")
        self._first: Step | None = first
        self._undo_step = undo_step
        self._redo_step = redo_step

    def redo(self) -> None:
        step, self._first = (self._first or self._redo_step), None
        if not step():
            log.info("could not (re)do %r; dropped from the undo stack", self.text())
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._undo_step():
            log.info("could not undo %r; dropped from the undo stack", self.text())
            self.setObsolete(True)


def undo_actions(stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """Edit ▸ Desfazer / Refazer, named after the command ("Desfazer: Marcar 3 vagas").

    Window-wide shortcuts: a focused text field (the search box, the notes) takes Ctrl+Z first
    (Qt lets it claim its own undo keys), so typing is undone there and user data everywhere else.
    """
    # "Desfazer: Marcar 3 vagas" (as LibreOffice pt-PT writes it); Qt joins prefix and command with a space
    undo = stack.createUndoAction(parent, QCoreApplication.translate("Undo", "Desfazer:"))
    redo = stack.createRedoAction(parent, QCoreApplication.translate("Undo", "Refazer:"))
    undo.setObjectName("undoAction")
    redo.setObjectName("redoAction")
    # the help lists what the keys do, not the command they would undo today
    undo.setProperty(HELP_NAME, QCoreApplication.translate("Undo", "Desfazer"))
    redo.setProperty(HELP_NAME, QCoreApplication.translate("Undo", "Refazer"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
    redo.setShortcuts(redo_keys)
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return undo, redo
