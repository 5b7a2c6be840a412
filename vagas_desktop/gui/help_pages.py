"""The help window's pages as HTML, generated: the search syntax from the core's rows, the shortcuts
from the window's actions, the folders from vagas_desktop.paths. Every inserted value is escaped."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from ..core.query_help import CONTEXT as SYNTAX_CONTEXT
from ..core.query_help import syntax_rows

HELP_NAME = "helpName"  # an action's dynamic property: its name in the help when its text changes (undo)
translate = QCoreApplication.translate


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """An HTML table; headers are plain text, cells HTML already (escape before)."""
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


# -- the search syntax ----------------------------------------------------------------------------
def syntax_html() -> str:
    """Every row of the core's search syntax: what to type, what it does, an example."""
    rows = []
    also = translate("Help", "Também: %1")
    for row in syntax_rows():
        meaning = escape(translate(SYNTAX_CONTEXT, row.meaning) if row.meaning else "")
        if row.values:  # words to type (in either language), shown as code like the examples
            meaning += " " + escape(also).replace("%1", ", ".join(f"<code>{escape(v)}</code>" for v in row.values))
        syntax = translate(SYNTAX_CONTEXT, row.syntax)
        rows.append((f"<code>{escape(syntax)}</code>", meaning, f"<code>{escape(row.example)}</code>"))
    headers = (translate("Help", "Escreva"), translate("Help", "Para"), translate("Help", "Exemplo"))
    return "".join([
        _heading(2, translate("Help", "Pesquisar")),
        _paragraph(translate("Help", "Escreva na caixa de pesquisa (Ctrl+F). Junte palavras e filtros "
                                     "à vontade: uma vaga aparece se cumprir todos.")),
        _table(headers, rows),
        _paragraph(translate("Help", "Um filtro que a aplicação não conhece é procurado como texto; a "
                                     "linha ao lado da caixa de pesquisa explica o que não foi entendido.")),
    ])


# -- the keyboard shortcuts -----------------------------------------------------------------------
def _plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&Abrir" -> "Abrir", "A && B" -> "A & B")."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def _menu_actions(menu: QMenu, path: str) -> Iterable[tuple[str, QAction]]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_actions(sub, f"{path} ▸ {_plain(sub.title())}")
        elif not action.isSeparator():
            yield path, action


def window_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """Every action of the window with a place to show it: its menu path, else "Outras"."""
    found: dict[int, tuple[str, QAction]] = {}
    for top in window.menuBar().actions():
        if isinstance(top.menu(), QMenu):
            for path, action in _menu_actions(top.menu(), _plain(top.text())):
                found.setdefault(id(action), (path, action))
    others = translate("Help", "Outras")
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            found.setdefault(id(action), (_plain(toolbar.windowTitle()) or others, action))
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is window or widget.window() is window:
            for action in widget.actions():
                found.setdefault(id(action), (others, action))
    return list(found.values())


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu path, action name, keys in the platform's words) of every action with a shortcut."""
    rows = []
    for path, action in window_actions(window):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            name = action.property(HELP_NAME) or _plain(action.text())
            rows.append((path, str(name), ", ".join(keys)))
    return rows


def _key_row(name: str, keys: str) -> tuple[str, str]:
    return escape(name), f"<b>{escape(keys)}</b>"


def shortcuts_html(window: QMainWindow) -> str:
    groups: dict[str, list[tuple[str, str]]] = {}
    for path, name, keys in shortcut_rows(window):
        groups.setdefault(path, []).append(_key_row(name, keys))
    headers = (translate("Help", "Ação"), translate("Help", "Teclas"))
    parts = [_heading(2, translate("Help", "Atalhos de teclado"))]
    for path, items in groups.items():
        parts += [_heading(3, path), _table(headers, items)]
    table_keys = [  # keys the table handles itself, not through an action
        _key_row(translate("Help", "Primeira / última vaga"), translate("Help", "Início / Fim")),
        _key_row(translate("Help", "Escolher várias vagas"), translate("Help", "Shift+setas, Ctrl+clique")),
        _key_row(translate("Help", "Passar à zona seguinte"), "Tab"),
    ]
    parts += [_heading(3, translate("Help", "Na tabela")), _table(headers, table_keys)]
    return "".join(parts)


# -- where things live ----------------------------------------------------------------------------
def _folder_url(path: str) -> str:
    """A folder's URL; a file's (or a folder not made yet) is its parent's, which the file manager can show."""
    return QUrl.fromLocalFile(path if os.path.isdir(path) else os.path.dirname(path)).toString()


def places_html(places: Sequence[tuple[str, str]]) -> str:
    """(what, path) rows; each path a link that opens its folder in the file manager."""
    rows = [(escape(what), f"<a href='{escape(_folder_url(path))}'>{escape(path)}</a>") for what, path in places]
    return "".join([
        _heading(2, translate("Help", "Onde ficam os dados")),
        _table((translate("Help", "O quê"), translate("Help", "Onde")), rows),
        _paragraph(translate("Help", "A pasta de vagas só é lida, nunca alterada. Os seus dados (marcas, "
                                     "estados, notas e listas) ficam num ficheiro à parte, com uma cópia "
                                     "de segurança ao lado.")),
        _paragraph(translate("Help", "A cache pode ser apagada: é refeita na próxima leitura.")),
    ])
