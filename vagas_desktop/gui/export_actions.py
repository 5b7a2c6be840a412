"""File ▸ Export and Print: build the choices from the window, run the export with progress and cancel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..core.export import ExportCancelled, ExportError, export, safe_text
from ..core.export_columns import ExportArgumentError, ExportContext
from ..core.export_ics import DEFAULT_REMIND_DAYS, export_ics
from ..core.export_json import export_json, record_maker, relative_to, user_fields
from ..core.library import Library
from ..core.posting import Posting
from ..core.saved_searches import match_rows
from .export_dialog import FORMAT_SUFFIX, ExportDialog, ExportRequest, ExportSource
from .export_pdf import export_pdf, print_document
from .language import active_language
from .table_model import PostingTableModel, status_label
from .user_data import UserDataController

log = logging.getLogger(__name__)
REMIND_SETTING = "export/remind_days"

class ExportActions(QObject):
    """Owns Export (Ctrl+E), Print (Ctrl+P) and the deadlines' calendar export; `selected` gives the
    table's selected postings. The reminder's working days are remembered in settings (when given)."""

    def __init__(self, model: PostingTableModel, library: Callable[[], Library], user: UserDataController,
                 selected: Callable[[], list[Posting]], shown_keys: Callable[[], list[str]], window: QWidget,
                 settings: QSettings | None = None) -> None:
        super().__init__(window)
        self._settings = settings
        self._model, self._library, self._user = model, library, user
        self._selected, self._shown_keys = selected, shown_keys
        self._window = window
        self.export_action = QAction(self.tr("&Exportar…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.export_dialog())
        self.print_action = QAction(self.tr("&Imprimir…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_view)
        self.calendar_action = QAction(self.tr("Exportar prazos para o &calendário…"), window)
        self.calendar_action.triggered.connect(lambda: self.export_dialog(fmt="ics"))
        window.addAction(self.export_action)
        window.addAction(self.print_action)
        self.last_path = ""

    # -- what can be exported -------------------------------------------------------------------------
    def sources(self) -> list[ExportSource]:
        model, store, library = self._model, self._user.store, self._library()
        view = [library.postings[i] for i in model.rows]
        sources = [
            ExportSource("view", self.tr("As vagas à vista, pela ordem atual"), view, self.tr("Vagas")),
            ExportSource("selected", self.tr("As linhas selecionadas"), self._selected(),
                         self.tr("Vagas selecionadas")),
        ]
        for shortlist in store.shortlists():
            members = library.postings_of(store.members(shortlist.id))
            sources.append(ExportSource(f"list:{shortlist.id}", self.tr("Lista «%1»").replace("%1", shortlist.name),
                                        members, shortlist.name))
        bookmarked = [p for p, key in zip(library.postings, library.keys, strict=True) if store.is_bookmarked(key)]
        sources.append(ExportSource("bookmarked", self.tr("Todas as marcadas"), bookmarked, self.tr("Vagas marcadas")))
        for search in store.saved_searches():  # its matches today, as `export --search` exports them
            matches = [library.postings[row] for row in match_rows(library, search, store, self._model.today)]
            sources.append(ExportSource(f"search:{search.id}",
                                        self.tr("Pesquisa guardada «%1»").replace("%1", search.name),
                                        matches, search.name))
        return sources

    def context(self) -> ExportContext:
        store = self._user.store

        def status_of(posting: Posting) -> str:
            status = store.status(posting.key)
            return status_label(status) if status is not None else ""

        return ExportContext(today=self._model.today, status_of=status_of,
                             note_of=lambda p: store.note(p.key))

    # -- export -----------------------------------------------------------------------------------------
    def remind_days(self) -> int:
        value = self._settings.value(REMIND_SETTING, DEFAULT_REMIND_DAYS) if self._settings is not None else None
        try:
            return int(value) if value is not None else DEFAULT_REMIND_DAYS  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return DEFAULT_REMIND_DAYS

    def export_dialog(self, preselect: str | None = None, fmt: str | None = None) -> None:
        dialog = ExportDialog(self.sources(), self._shown_keys(), preselect, self._window, fmt, self.remind_days())
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        request = dialog.request()
        if request.fmt == "ics" and self._settings is not None:
            self._settings.setValue(REMIND_SETTING, request.remind_days)
        path = self._ask_path(request)
        if path:
            self.run(request, path)

    def _ask_path(self, request: ExportRequest) -> str:
        suffix = FORMAT_SUFFIX[request.fmt]
        name = f"vagas-{self._model.today.isoformat()}{suffix}"
        start = str(Path(self.last_path).with_name(name)) if self.last_path else name
        # Qt's save dialog asks before replacing an existing file.
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Exportar para"), start, f"*{suffix}")
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def run(self, request: ExportRequest, path: str, overwrite: bool = True) -> bool:
        """Export with a progress dialog; True when the file was written."""
        postings = request.source.postings
        progress = QProgressDialog(self.tr("A exportar…"), self.tr("Cancelar"), 0, max(len(postings), 1), self._window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def on_progress(done: int, total: int) -> None:
            progress.setValue(done)
            QCoreApplication.processEvents()

        try:
            if request.fmt == "pdf":
                export_pdf(postings, Path(path), self.context(), request.source.title, overwrite=overwrite,
                           progress=on_progress, cancelled=progress.wasCanceled, include_notes=request.include_notes)
            elif request.fmt == "ics":
                calendar = export_ics(postings, Path(path), self.context(), active_language(), request.remind_days,
                                      request.source.title, overwrite=overwrite, progress=on_progress,
                                      cancelled=progress.wasCanceled)
                self._calendar_done(calendar.written, calendar.skipped, path)
                return True
            elif request.fmt == "json":
                export_json(postings, Path(path), record_maker(self._model.today, relative_to(self._library().folder)),
                            user_fields(self._user.store), overwrite=overwrite, progress=on_progress,
                            cancelled=progress.wasCanceled)
            else:
                export(postings, Path(path), request.fmt, request.columns, self.context(), overwrite=overwrite,
                       progress=on_progress, cancelled=progress.wasCanceled)
        except ExportCancelled:
            self._status(self.tr("Exportação cancelada; nenhum ficheiro foi escrito."))
            return False
        except (ExportError, ExportArgumentError) as exc:
            QMessageBox.warning(self._window, self.tr("Não foi possível exportar"), exc.text(active_language()))
            return False
        except FileExistsError:
            QMessageBox.warning(self._window, self.tr("Não foi possível exportar"),
                                self.tr("O ficheiro já existe: %1").replace("%1", safe_text(path)))
            return False
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self._window, self.tr("Não foi possível exportar"), safe_text(str(exc)))
            return False
        except Exception:  # a bug in a writer must not take the window down; the temp file is gone already
            log.exception("export to %s failed", safe_text(path))
            QMessageBox.warning(self._window, self.tr("Não foi possível exportar"),
                                self.tr("Erro inesperado; nenhum ficheiro foi escrito. Os detalhes estão no registo."))
            return False
        finally:
            progress.close()
        self.last_path = path
        self._status(self.tr("%1 vagas exportadas para %2").replace("%1", str(len(postings))).replace("%2", path))
        return True

    def _calendar_done(self, written: int, skipped: int, path: str) -> None:
        self.last_path = path
        text = self.tr("%1 prazos exportados para %2").replace("%1", str(written)).replace("%2", path)
        if skipped:
            text += " " + self.tr("(%n sem data de fecho, fora do calendário)", "", skipped)
        self._status(text)

    def print_view(self) -> None:
        """File ▸ Print: the print dialog offers the selected rows (chosen when several are) and the
        current posting's pages beside the whole view and a page range; then print_to."""
        selected = self._selected()
        if not selected and not self._model.rows:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._window)
        options = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(options.PrintSelection, bool(selected))
        dialog.setOption(options.PrintCurrentPage, len(selected) == 1)
        if len(selected) > 1:
            printer.setPrintRange(QPrinter.PrintRange.Selection)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print on a printer the dialog set up: the selected rows for its Selection, else the view in
        its order (the pages of the posting on show for CurrentPage), its page range and copies
        honoured; the document's page count (0: nothing to print)."""
        selected = self._selected()
        view = [self._model.postings[i] for i in self._model.rows]
        current = None
        if printer.printRange() == QPrinter.PrintRange.Selection:
            postings = selected
        else:
            postings = view
            if len(selected) == 1:
                current = next((n for n, p in enumerate(view) if p is selected[0]), None)
        if not postings:
            return 0
        return print_document(postings, printer, self.context(), self.tr("Vagas"), current=current)

    def _status(self, text: str) -> None:
        status_bar = getattr(self._window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 10_000)

