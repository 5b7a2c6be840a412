"""ExportDialog: choose what to export (view, selection, a list, the bookmarked, a saved search's matches),
which columns, which format.

A list's export ticks Estado and Notas (a list is a client's file); the PDF leaves notes out unless
"incluir notas" is ticked; the calendar (ICS) takes a reminder in working days."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.columns import CONTEXT
from ..core.export_columns import (
    COLUMNS,
    EXTRA_PREFIX,
    LIST_KEYS,
    ExportColumn,
    column,
    extra_names,
    visible_extra_keys,
)
from ..core.export_ics import DEFAULT_REMIND_DAYS
from ..core.posting import Posting
from .language import active_language

FORMAT_SUFFIX = {"csv-excel-pt": ".csv", "csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf", "ics": ".ics",
                 "json": ".json"}
MAX_REMIND_DAYS = 30


@dataclass(frozen=True)
class ExportSource:
    """One "what" choice: a stable id, its label, the postings in export order, and a title for the PDF."""

    id: str
    label: str
    postings: list[Posting]
    title: str


@dataclass(frozen=True)
class ExportRequest:
    source: ExportSource
    columns: list[ExportColumn]
    fmt: str
    include_notes: bool = False  # PDF: the notes are private unless asked for
    remind_days: int = DEFAULT_REMIND_DAYS  # ICS: working days before the deadline; -1: no reminder


def format_labels() -> dict[str, str]:
    return {
        "csv-excel-pt": QCoreApplication.translate(
            "ExportDialog", "CSV — Excel (Portugal): ponto e vírgula, UTF-8 com BOM"),
        "csv": QCoreApplication.translate("ExportDialog", "CSV — UTF-8 (vírgula): LibreOffice, pandas, scripts"),
        "xlsx": QCoreApplication.translate("ExportDialog", "XLSX — folha de cálculo Excel"),
        "pdf": QCoreApplication.translate("ExportDialog", "PDF para um cliente (para imprimir)"),
        "ics": QCoreApplication.translate("ExportDialog", "Calendário (ICS): os prazos, com lembrete"),
        "json": QCoreApplication.translate("ExportDialog", "JSON — para scripts (com estado, notas e listas)"),
    }


class ColumnList(QListWidget):
    """The column checklist: Space ticks, Alt+Up/Down moves the current column (drag works too)."""

    move_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class ExportDialog(QDialog):
    """A modal dialog; `request()` after exec() says what the user chose."""

    def __init__(self, sources: list[ExportSource], shown_keys: list[str], preselect: str | None = None,
                 parent: QWidget | None = None, fmt: str | None = None,
                 remind_days: int = DEFAULT_REMIND_DAYS) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Exportar vagas"))
        self._sources = {s.id: s for s in sources}
        self._radios = QButtonGroup(self)
        what = QGroupBox(self.tr("O quê"), self)
        what_layout = QVBoxLayout(what)
        for number, source in enumerate(sources):
            radio = QRadioButton(f"{source.label} ({len(source.postings)})", what)
            radio.setObjectName(f"source_{source.id}")
            radio.setEnabled(bool(source.postings))
            self._radios.addButton(radio, number)
            what_layout.addWidget(radio)
        self._choose_source(sources, preselect)

        self.columns = ColumnList(self)
        self.columns.setObjectName("exportColumns")
        self.columns.setAccessibleName(self.tr("Colunas a exportar (arraste ou Alt+↑/↓ para ordenar)"))
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._fill_columns(shown_keys, [p for s in sources for p in s.postings[:2000]])
        self._radios.idToggled.connect(self._on_source_toggled)
        self._tick_list_columns()
        up, down = QPushButton(self.tr("Subir"), self), QPushButton(self.tr("Descer"), self)
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(1))
        self.columns.move_requested.connect(self.move_current)
        order = QHBoxLayout()
        order.addWidget(up)
        order.addWidget(down)
        order.addStretch(1)

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("exportFormat")
        for key, label in format_labels().items():
            self.format_combo.addItem(label, key)
        self.format_combo.setCurrentIndex(0 if active_language() == "pt" else 1)  # Excel (Portugal) in pt
        if fmt is not None:
            self.set_format(fmt)
        self.notes_check = QCheckBox(self.tr("Incluir notas (são privadas: por omissão ficam de fora)"), self)
        self.notes_check.setObjectName("exportIncludeNotes")
        self.remind_spin = QSpinBox(self)
        self.remind_spin.setObjectName("exportRemindDays")
        self.remind_spin.setRange(-1, MAX_REMIND_DAYS)
        self.remind_spin.setSpecialValueText(self.tr("sem lembrete"))  # shown for -1
        self.remind_spin.setValue(remind_days)
        self.remind_spin.setAccessibleName(self.tr("Lembrete: dias úteis antes do fecho"))
        self.format_combo.currentIndexChanged.connect(self._enable_options)
        self._enable_options()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exportar…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Formato:"), self.format_combo)
        form.addRow("", self.notes_check)
        form.addRow(self.tr("Lembrete (dias úteis antes do fecho):"), self.remind_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(QLabel(self.tr("<b>Colunas</b> (CSV e XLSX; marque, arraste ou use Alt+↑/↓)"), self))
        layout.addWidget(self.columns, 1)
        layout.addLayout(order)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 620)

    def _choose_source(self, sources: list[ExportSource], preselect: str | None) -> None:
        ids = [s.id for s in sources]
        wanted = ids.index(preselect) if preselect in ids else 0
        usable = [i for i, s in enumerate(sources) if s.postings]
        pick = wanted if wanted in usable else (usable[0] if usable else 0)
        button = self._radios.button(pick)
        if button is not None:
            button.setChecked(True)

    def _fill_columns(self, shown_keys: list[str], postings: list[Posting]) -> None:
        """Shown table columns first (checked, in table order), then everything else unchecked."""
        keys = [k for k in shown_keys if k in COLUMNS or k.startswith("extra:")]
        extras = [EXTRA_PREFIX + n for n in visible_extra_keys(extra_names(postings))]
        others = [k for k in COLUMNS if k not in keys] + extras
        for key in keys + [k for k in others if k not in keys]:
            item = QListWidgetItem(QCoreApplication.translate(CONTEXT, column(key).header))  # as the table says it
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self.columns.setCurrentRow(0)

    def _on_source_toggled(self, number: int, checked: bool) -> None:
        if checked:
            self._tick_list_columns()

    def _tick_list_columns(self) -> None:
        """A list's export includes Estado and Notas: ticked when a list is the chosen source."""
        source = self.chosen_source()
        if source is None or not source.id.startswith("list:"):
            return
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in LIST_KEYS:
                item.setCheckState(Qt.CheckState.Checked)

    def _enable_options(self) -> None:
        fmt = self.format_combo.currentData()
        self.notes_check.setEnabled(fmt == "pdf")
        self.remind_spin.setEnabled(fmt == "ics")
        self.columns.setEnabled(fmt in ("csv-excel-pt", "csv", "xlsx"))

    def chosen_source(self) -> ExportSource | None:
        sources = list(self._sources.values())
        number = self._radios.checkedId()
        return sources[number] if 0 <= number < len(sources) else None

    def move_current(self, step: int) -> None:
        row = self.columns.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.columns.count():
            return
        item = self.columns.takeItem(row)
        self.columns.insertItem(target, item)
        self.columns.setCurrentRow(target)

    def chosen_keys(self) -> list[str]:
        return [str(self.columns.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def request(self) -> ExportRequest:
        source = list(self._sources.values())[max(self._radios.checkedId(), 0)]
        return ExportRequest(source, [column(k) for k in self.chosen_keys()], str(self.format_combo.currentData()),
                             self.notes_check.isChecked(), self.remind_spin.value())
