"""File ▸ Relatório de atividade: choose the period, a list or every tracked posting, the format; write it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from ..core.activity_report import activity_rows, report_table, write_report
from ..core.export import ExportError, safe_text
from ..core.export_columns import ExportArgumentError
from ..core.library import Library
from ..core.posting import Posting
from ..core.shortlists import UserStore
from .activity_pdf import export_report_pdf, period_text
from .language import active_language
from .table_model import status_label

log = logging.getLogger(__name__)

SUFFIX = {"pdf": ".pdf", "csv-excel-pt": ".csv", "csv": ".csv", "xlsx": ".xlsx"}
ALL_TRACKED = ""


class ActivityReportDialog(QDialog):
    """Period (from, to), scope (every tracked posting or one list), format and "incluir notas"."""

    def __init__(self, store: UserStore, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityReportDialog")
        self.setWindowTitle(self.tr("Relatório de atividade"))
        self.start_edit = QDateEdit(QDate(today.year, today.month, 1), self)
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name in ((self.start_edit, "reportFrom"), (self.end_edit, "reportTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("reportScope")
        self.scope_combo.addItem(self.tr("Todas as vagas acompanhadas"), ALL_TRACKED)
        for shortlist in store.shortlists():
            self.scope_combo.addItem(self.tr("Lista «%1»").replace("%1", shortlist.name), shortlist.id)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("reportFormat")
        for key, label in (("pdf", self.tr("PDF (para imprimir ou entregar)")),
                           ("csv-excel-pt", self.tr("CSV — Excel (Portugal)")), ("csv", self.tr("CSV — UTF-8")),
                           ("xlsx", self.tr("XLSX — folha de cálculo Excel"))):
            self.format_combo.addItem(label, key)
        self.notes_check = QCheckBox(self.tr("Incluir notas (são privadas: por omissão ficam de fora)"), self)
        self.notes_check.setObjectName("reportIncludeNotes")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Criar relatório…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("De:"), self.start_edit)
        form.addRow(self.tr("Até:"), self.end_edit)
        form.addRow(self.tr("Vagas:"), self.scope_combo)
        form.addRow(self.tr("Formato:"), self.format_combo)
        form.addRow("", self.notes_check)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        return (start, end) if start <= end else (end, start)

    def list_id(self) -> str | None:
        return str(self.scope_combo.currentData()) or None

    def fmt(self) -> str:
        return str(self.format_combo.currentData())


class ActivityReportAction(QObject):
    """The menu action and the run: ask, choose a file, write; errors shown, never raised."""

    def __init__(self, store: Callable[[], UserStore], library: Callable[[], Library], today: Callable[[], date],
                 window: QWidget) -> None:
        super().__init__(window)
        self._store, self._library, self._today, self._window = store, library, today, window
        self.action = QAction(self.tr("&Relatório de atividade…"), window)
        self.action.triggered.connect(self.ask)

    def ask(self) -> None:
        dialog = ActivityReportDialog(self._store(), self._today(), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        suffix = SUFFIX[dialog.fmt()]
        name = self.tr("atividade") + f"-{dialog.period()[0].isoformat()}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Guardar o relatório em"), name, f"*{suffix}")
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.write(dialog, path)

    def write(self, dialog: ActivityReportDialog, path: str, overwrite: bool = True) -> int | None:
        """Write the report the dialog describes to path; the rows written, None on failure (said to the user)."""
        store, lang = self._store(), active_language()
        start, end = dialog.period()
        library = self._library()

        def lookup(key: str) -> Posting | None:
            index = library.index_of(key)
            return library.postings[index] if index >= 0 else None

        rows = activity_rows(store, start, end, dialog.list_id(), lookup)
        cleared = self.tr("(estado retirado)")
        table = report_table(rows, lang, lambda s: status_label(s) if s is not None else cleared,
                             dialog.notes_check.isChecked())
        try:
            if dialog.fmt() == "pdf":
                title = self.tr("Relatório de atividade")
                chosen = store.shortlist(dialog.list_id() or "")
                if chosen is not None:
                    title += f" — {chosen.name}"
                return export_report_pdf(table, Path(path), title, period_text(start, end, lang), overwrite)
            return write_report(table, Path(path), dialog.fmt(), overwrite)
        except (ExportError, ExportArgumentError) as exc:
            QMessageBox.warning(self._window, self.tr("Não foi possível criar o relatório"), exc.text(lang))
        except OSError as exc:
            QMessageBox.warning(self._window, self.tr("Não foi possível criar o relatório"), safe_text(str(exc)))
        except Exception:  # a bug must not take the window down
            log.exception("activity report to %s failed", safe_text(path))
            QMessageBox.warning(self._window, self.tr("Não foi possível criar o relatório"),
                                self.tr("Erro inesperado; nenhum ficheiro foi escrito. Os detalhes estão no registo."))
        return None
