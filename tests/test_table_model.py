"""PostingTableModel: model-tester clean, display by text, deadline colours, sort by value via the core."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from vagas_desktop.core.library import Library
from vagas_desktop.core.posting import Posting
from vagas_desktop.gui.filter_proxy import FilterController
from vagas_desktop.gui.table_model import POSTING_ROLE, Column, PostingTableModel

TODAY = date(2025, 3, 15)
COL = {c: i for i, c in enumerate(Column)}


def posting(ref: str, concelho: str = "Beja", fecho: date | None = None, **kw: object) -> Posting:
    return Posting(ref=ref, concelho=concelho, distrito=kw.pop("distrito", "Beja"),  # type: ignore[arg-type]
                   data_fecho=fecho, **kw)


@pytest.fixture
def postings(qapp) -> list[Posting]:  # the controller's timers need a running application
    return [
        posting("OE1/0003", "Faro", TODAY + timedelta(days=30), extra={"Vagas": "2"}),
        posting("OE1/0001", "Évora", TODAY, trabalho="Técnico Superior"),
        posting("OE1/0002", "Beja", TODAY - timedelta(days=1), extra={"Remuneracao": "1 385,99 €"}),
        posting("OE1/0004", "Aveiro", TODAY + timedelta(days=3)),
        posting("OE1/0005", "évora do sul", None),
    ]


def make_model(postings: list[Posting]) -> tuple[PostingTableModel, FilterController]:
    model = PostingTableModel()
    model.set_today(TODAY)
    controller = FilterController(model)
    controller.set_library(Library.build("", postings, {}))
    return model, controller


def cell(model: PostingTableModel, row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.data(model.index(row, COL[column]), role)


def test_model_tester_and_extra_columns(qtmodeltester, postings: list[Posting]) -> None:
    model, controller = make_model(postings)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.extra_keys == ["Remuneracao", "Vagas"]
    assert model.columnCount() == len(Column) + 2
    assert model.headerData(len(Column) + 1, Qt.Orientation.Horizontal) == "Vagas"
    controller.set_query_text("evora", debounce=False)
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_display_dates_days_and_deadline_colours(postings: list[Posting]) -> None:
    model, _ = make_model(postings)
    assert cell(model, 0, Column.FECHO) == "14/04/2025"
    assert cell(model, 0, Column.DIAS) == "31"  # inclusive of the closing day
    assert cell(model, 1, Column.DIAS) == "fecha hoje"
    assert cell(model, 2, Column.DIAS) == "fechada"
    assert cell(model, 3, Column.DIAS) == "4"
    assert cell(model, 4, Column.DIAS) == "—"
    assert cell(model, 2, Column.REF, Qt.ItemDataRole.ForegroundRole) is not None  # closed: greyed
    assert cell(model, 0, Column.REF, Qt.ItemDataRole.ForegroundRole) is None
    today_bg = cell(model, 1, Column.REF, Qt.ItemDataRole.BackgroundRole)
    soon_bg = cell(model, 3, Column.REF, Qt.ItemDataRole.BackgroundRole)
    assert today_bg is not None and soon_bg is not None and today_bg != soon_bg
    assert cell(model, 0, Column.REF, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(model, 0, Column.REF, POSTING_ROLE) is postings[0]
    assert model.data(model.index(2, len(Column)), Qt.ItemDataRole.DisplayRole) == "1 385,99 €"
    assert cell(model, 1, Column.TRABALHO, Qt.ItemDataRole.ToolTipRole) == "Técnico Superior"  # full text on hover


def refs(model: PostingTableModel) -> list[str]:
    return [str(cell(model, r, Column.REF)) for r in range(model.rowCount())]


def concelhos(model: PostingTableModel) -> list[str]:
    return [str(cell(model, r, Column.CONCELHO)) for r in range(model.rowCount())]


def test_sort_by_value(qtmodeltester, postings: list[Posting]) -> None:
    model, _ = make_model(postings)
    model.sort(COL[Column.CONCELHO], Qt.SortOrder.AscendingOrder)
    assert concelhos(model) == ["Aveiro", "Beja", "Évora", "évora do sul", "Faro"]  # É under E
    model.sort(COL[Column.DIAS], Qt.SortOrder.AscendingOrder)
    assert refs(model) == ["OE1/0001", "OE1/0004", "OE1/0003", "OE1/0002", "OE1/0005"]  # closed, then no date last
    model.sort(COL[Column.FECHO], Qt.SortOrder.DescendingOrder)
    assert refs(model) == ["OE1/0003", "OE1/0004", "OE1/0001", "OE1/0002", "OE1/0005"]
    qtmodeltester.check(model)


def test_sort_keeps_selection_on_its_posting(qtbot, postings: list[Posting]) -> None:
    from vagas_desktop.gui.postings_view import PostingsTableView

    model, _ = make_model(postings)
    view = PostingsTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(0)
    assert cell(model, view.currentIndex().row(), Column.REF) == "OE1/0003"
    view.sortByColumn(COL[Column.CONCELHO], Qt.SortOrder.AscendingOrder)
    assert cell(model, view.currentIndex().row(), Column.REF) == "OE1/0003"
    assert view.currentIndex().row() == 4
