"""File ▸ Export and Print: build the choices from the window, run the export with progress and cancel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..core.export import ExportCancelled, ExportError, export, safe_text
from ..core.export_columns import ExportArgumentError, ExportContext
from ..core.library import Library
from ..core.posting import Posting
from .export_dialog import FORMAT_SUFFIX, ExportDialog, ExportRequest, ExportSource
from .export_pdf import export_pdf, print_document
from .language import active_language
from .table_model import PostingTableModel, status_label
from .user_data import UserDataController

log = logging.getLogger(__name__)

class ExportActions(QObject):
    """Owns Export (Ctrl+E) and Print (Ctrl+P); `selected` gives the table's selected postings."""

    def __init__(self, model: PostingTableModel, library: Callable[[], Library], user: UserDataController,
                 selected: Callable[[], list[Posting]], shown_keys: Callable[[], list[str]], window: QWidget) -> None:
        super().__init__(window)
        self._model, self._library, self._user = model, library, user
        self._selected, self._shown_keys = selected, shown_keys
        self._window = window
        self.export_action = QAction(self.tr("&Exportar…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.export_dialog())
        self.print_action = QAction(self.tr("&Imprimir…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_view)
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
        return sources

    def context(self) -> ExportContext:
        store = self._user.store

        def status_of(posting: Posting) -> str:
            status = store.status(posting.key)
            return status_label(status) if status is not None else ""

        return ExportContext(today=self._model.today, status_of=status_of,
                             note_of=lambda p: store.note(p.key))

    # -- export -----------------------------------------------------------------------------------------
    def export_dialog(self, preselect: str | None = None) -> None:
        dialog = ExportDialog(self.sources(), self._shown_keys(), preselect, self._window)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        request = dialog.request()
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
                           progress=on_progress, cancelled=progress.wasCanceled)
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

    def print_view(self) -> None:
        selected = self._selected()
        postings = selected if len(selected) > 1 else [self._model.postings[i] for i in self._model.rows]
        if not postings:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_document(postings, printer, self.context(), self.tr("Vagas"))

    def _status(self, text: str) -> None:
        status_bar = getattr(self._window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 10_000)

