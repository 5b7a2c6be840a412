"""Qt's own widgets speak European Portuguese in pt: resources/translations/qt_overrides_pt_PT.ts over Qt's pt_BR."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QTreeView

from vagas_desktop.gui.language import install_translators, remove_translators
from vagas_desktop.paths import resources_dir

TS = resources_dir() / "translations" / "qt_overrides_pt_PT.ts"
# Brazilian forms (and the legacy qt_pt_PT's pre-1990 spelling) that must not reach the pt UI
BRAZILIAN = re.compile(r"arquivo|salvar|diret[óo]rio|excluir|\btela\b|seleccion|selec[çc][ãa]o|digite|"
                       r"visualizar|exibi[çc]", re.IGNORECASE)
BUTTONS = QMessageBox.StandardButton


@pytest.fixture(params=["pt", "en"])
def lang(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def entries() -> list[tuple[str, str, str, str]]:
    """(context, source, translation, what Qt showed before) for every message of the .ts."""
    root = ET.parse(TS).getroot()
    return [(c.findtext("name", ""), m.findtext("source", ""), m.findtext("translation", ""),
             m.findtext("extracomment", "")) for c in root.iter("context") for m in c.iter("message")]


def file_dialog_texts(qtbot, mode: str) -> dict[str, list[str]]:
    """A non-native file dialog's words: labels, buttons (tooltips, accessible names), combos, actions, menu."""
    dialog = QFileDialog(None, "t")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    texts: dict[str, list[str]] = {"labels": [], "buttons": [], "tips": [], "combos": [], "actions": [],
                                   "headers": [], "menu": []}
    texts["labels"] = [w.text() for w in dialog.findChildren(QLabel)]
    for button in dialog.findChildren(QAbstractButton):
        texts["buttons"].append(button.text())
        texts["tips"] += [button.toolTip(), button.accessibleName(), button.accessibleDescription()]
    texts["combos"] = [c.itemText(i) for c in dialog.findChildren(QComboBox) for i in range(c.count())]
    texts["actions"] = [a.text() for a in dialog.findChildren(QAction)]
    for view in dialog.findChildren(QTreeView):
        model = view.header().model()
        texts["headers"] += [str(model.headerData(c, view.header().orientation())) for c in range(model.columnCount())]
    for edit in dialog.findChildren(QLineEdit):
        menu = edit.createStandardContextMenu()
        texts["menu"] += [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
        menu.deleteLater()
    return texts


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_file_dialog_speaks_european_portuguese(qtbot, lang, mode) -> None:
    texts = file_dialog_texts(qtbot, mode)
    everything = [t for group in texts.values() for t in group if t]
    if lang == "en":
        assert "Files of &type:" in texts["labels"] or mode == "folder"
        assert "Select All" in texts["menu"] and "Delete" in texts["menu"]
        assert ("&Save" if mode == "save" else "&Choose" if mode == "folder" else "&Open") in texts["buttons"]
        assert "&Delete" in texts["actions"] and "Show &hidden files" in texts["actions"]
        return
    assert [t for t in everything if BRAZILIAN.search(t)] == []
    assert "&Procurar em:" in texts["labels"]
    assert ("Pasta:" if mode == "folder" else "&Nome do Ficheiro:") in texts["labels"]
    if mode != "folder":
        assert "Ficheiros do &tipo:" in texts["labels"]
    assert texts["menu"] == ["&Desfazer", "&Refazer", "Cor&tar", "&Copiar", "Co&lar", "Eliminar", "Selecionar tudo"]
    assert {"&Eliminar", "&Mudar o nome", "Mostrar ficheiros &ocultos", "&Nova pasta"} <= set(texts["actions"])
    assert "Mudar para a vista detalhada" in texts["tips"] and "Criar uma nova pasta" in texts["tips"]
    assert {"Nome", "Tamanho", "Tipo"} <= set(texts["headers"])
    if mode == "save":
        assert "&Guardar" in texts["buttons"]


def test_message_box_buttons(qtbot, lang) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    words = {b: box.addButton(b).text() for b in (BUTTONS.Save, BUTTONS.Discard, BUTTONS.SaveAll,
                                                   BUTTONS.RestoreDefaults, BUTTONS.Abort, BUTTONS.Cancel)}
    if lang == "en":
        assert words == {BUTTONS.Save: "Save", BUTTONS.Discard: "Discard", BUTTONS.SaveAll: "Save All",
                         BUTTONS.RestoreDefaults: "Restore Defaults", BUTTONS.Abort: "Abort", BUTTONS.Cancel: "Cancel"}
    else:
        assert words == {BUTTONS.Save: "Guardar", BUTTONS.Discard: "Descartar", BUTTONS.SaveAll: "Guardar tudo",
                         BUTTONS.RestoreDefaults: "Restaurar predefinições", BUTTONS.Abort: "Abortar",
                         BUTTONS.Cancel: "Cancelar"}


def test_every_override_names_a_message_qt_asks_for(qapp) -> None:
    """A wrong context or source text would override nothing: each entry's source is in the catalogue it
    replaces ('br:' qtbase_pt_BR, 'pt:' qt_pt_PT); 'none' entries (Qt has no translation) are checked above."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    shipped = {"br": QTranslator(), "pt": QTranslator()}
    assert shipped["br"].load("qtbase_pt_BR", qt_dir) and shipped["pt"].load("qt_pt_PT", qt_dir)
    found = entries()
    assert len(found) == len({(c, s) for c, s, _, _ in found}) > 40  # no duplicates
    for context, source, translation, was in found:
        where = was.split(":")[0]
        assert where in ("br", "pt", "none"), (context, source, was)
        assert translation and not BRAZILIAN.search(translation), (context, source)
        if where != "none":
            assert shipped[where].translate(context, source), (context, source, was)


def test_compiled_catalogue_matches_the_ts(qapp) -> None:
    """qt_overrides_pt_PT.qm was rebuilt after the last edit of the .ts (tools/update_translations.py)."""
    compiled = QTranslator()
    assert compiled.load(str(TS.with_suffix(".qm")))
    for context, source, translation, _ in entries():
        assert compiled.translate(context, source) == translation, (context, source)
