"""One language at a time: the window, the core's messages and the CLI speak Portuguese or English, never both.

"The other language" is told two ways: a string that is one side of a known pair (the .ts, the
core's and the CLI's catalogues) where the two sides differ, and a few tell-tale words per language.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolBar,
    QWidget,
)

from vagas_desktop import cli_text
from vagas_desktop.core import messages
from vagas_desktop.core.shortlists import UserStore
from vagas_desktop.gui.about import about_text
from vagas_desktop.gui.export_dialog import ExportDialog
from vagas_desktop.gui.export_pdf import _labels as pdf_labels
from vagas_desktop.gui.help_pages import places_html, shortcuts_html, syntax_html
from vagas_desktop.gui.help_window import app_places
from vagas_desktop.gui.html_render import countdown
from vagas_desktop.gui.language import active_language, chosen_language, install_translators, remove_translators
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.paths import resources_dir

from .conftest import EXAMPLE, SAMPLE_POSTS, open_and_wait

TS = resources_dir() / "translations" / "vagas_desktop_en.ts"
_PLACEHOLDER = re.compile(r"%n|%\d|\{\d[^}]*\}|%s")
# Words that only one of the two languages uses (whole words, any case).
TELLTALE = {
    "pt": re.compile(r"\b(de|da|das|dos|vagas?|problemas?|pasta|ficheiros?|não|ignorados?|abrir|sair|ajuda|"
                     r"desde|lidas?|colunas?|listas?|pesquisa|cancelar|sim|fecha|fechou|faltam?|ilegível|"
                     r"inválid[oa]|é|está)\b", re.IGNORECASE),
    "en": re.compile(r"\b(the|of|and|invalid|could|not|postings?|problems?|folder|files?|open|cancel|yes|"
                     r"unreadable|ignored|help|read|since|columns?|lists?|search|closed|closes|days?|left|"
                     r"is|are)\b", re.IGNORECASE),
}
OTHER = {"pt": "en", "en": "pt"}


def _plain(text: str) -> str:
    """Without mnemonics, tags, placeholders and the app's name: what a reader sees of a template."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("Vagas Desktop", " ")
    return " ".join(_PLACEHOLDER.sub(" ", text).split())


def known_pairs() -> list[tuple[str, str]]:
    """(Portuguese, English) for every string we translate: the .ts and the two Python catalogues."""
    found = [*messages.pairs(), *cli_text.pairs()]
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source", "")
        tr = message.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
        for english in forms or [tr.text or "" if tr is not None else ""]:
            found.append((source, english))
    return found


def only_in(lang: str) -> set[str]:
    """Whole strings that belong to lang alone (the two sides of their pair differ)."""
    side = 0 if lang == "pt" else 1
    return {_plain(pair[side]) for pair in known_pairs()
            if _plain(pair[0]) != _plain(pair[1]) and len(_plain(pair[side])) > 3}


def foreign(texts: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    """The (where, text) whose text belongs to the other language."""
    other = OTHER[lang]
    theirs = only_in(other)
    bad = []
    for where, text in texts:
        plain = _plain(text)
        if plain and (plain in theirs or TELLTALE[other].search(plain)):
            bad.append((where, text))
    return bad


@pytest.fixture(params=["pt", "en"])
def lang(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def dirty_folder(tmp_path: Path) -> Path:
    """Sample postings plus files the scan must explain: no front matter, a bad date and Id, an older version."""
    folder = tmp_path / "posts"
    shutil.copytree(SAMPLE_POSTS, folder)
    (folder / "sem.md").write_text("só texto\n", encoding="utf-8")
    (folder / "datas.md").write_text("---\nRef: X1\nId: abc\nDataFecho: 2025-02-30\n---\n", encoding="utf-8")
    (folder / "2024").mkdir()
    (folder / "2024" / "velha.md").write_bytes(EXAMPLE.read_bytes())
    (folder / "nova.md").write_bytes(EXAMPLE.read_bytes())
    (folder / "partida").symlink_to(folder / "nada")
    return folder


def _texts_of_menu(menu: QMenu, where: str) -> list[tuple[str, str]]:
    found = [(where, menu.title())]
    for act in menu.actions():
        if act.isSeparator():
            continue
        here = f"{where} > {act.text()}"
        found += [(here, act.text()), (here + " [tip]", act.toolTip()), (here + " [status]", act.statusTip())]
        if act.menu() is not None:
            act.menu().aboutToShow.emit()  # menus that fill themselves when opened (Colunas)
            found += _texts_of_menu(act.menu(), here)
    return found


def _lines(html: str) -> list[str]:
    """The text of an HTML page line by line, without its code (search examples are typed, not read)."""
    html = re.sub(r"<code>.*?</code>", " ", html, flags=re.S)
    html = re.sub(r"<(br|/p|/tr|/td|/th|/h\d|/li)\b[^>]*>", "\n", html)
    return [line for line in re.sub(r"<[^>]+>", " ", html).splitlines() if line.strip()]


def help_pages(win: MainWindow, tmp_path: Path) -> list[tuple[str, list[str]]]:
    """The F1 window's three pages, as it builds them when it opens."""
    names = [name for name, _ in app_places(win.user.store, win.window_settings.settings)]
    places = places_html([(name, str(tmp_path)) for name in names])
    return [("syntax", _lines(syntax_html())), ("shortcuts", _lines(shortcuts_html(win))),
            ("places", [line.replace(str(tmp_path), "") for line in _lines(places)])]


def window_texts(win: MainWindow) -> list[tuple[str, str]]:
    """Every string the window shows or explains: menus, actions, widgets, headers, status bar, problems."""
    found: list[tuple[str, str]] = []
    for act in win.menuBar().actions():
        if act.menu() is not None:
            act.menu().aboutToShow.emit()
            found += _texts_of_menu(act.menu(), act.text())
    for act in win.findChildren(QMenu):
        found += _texts_of_menu(act, act.objectName() or act.title())
    for widget in win.findChildren(QWidget):
        name = f"{type(widget).__name__}#{widget.objectName()}"
        found += [(name + " [tip]", widget.toolTip()), (name + " [accessible]", widget.accessibleName()),
                  (name + " [title]", widget.windowTitle() if isinstance(widget, QDockWidget | QToolBar) else "")]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((name + " [placeholder]", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # Qt's own internal models (a header's) hide their columnCount
                columns = 0
            for column in range(columns):
                found.append((name + " [header]", str(model.headerData(column, Qt.Orientation.Horizontal) or "")))
    for column in range(win.model.columnCount()):
        found.append(("table header", str(win.model.headerData(column, Qt.Orientation.Horizontal) or "")))
    problems = win.problems.model
    for row in range(problems.rowCount()):
        for column in (1, 2):  # severity and reason (column 0 is the file's name)
            found.append((f"problem {problems.relative(problems.problem_at(row).source_path)}",
                          str(problems.index(row, column).data())))
    found += [("status bar", win.statusBar().currentMessage()), ("problems button", win.problems_button.text()),
              ("count", win.count_label.text()), ("hint", win.hint_label.text())]
    return [(where, text) for where, text in found if text and text.strip()]


def test_the_window_speaks_one_language(qtbot, lang: str, tmp_path: Path) -> None:
    assert active_language() == lang
    win = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), today=date(2025, 3, 15),
                     store=UserStore.open(tmp_path / "data"))
    qtbot.addWidget(win)
    win.show()
    open_and_wait(qtbot, win, dirty_folder(tmp_path))
    status = win.statusBar().currentMessage()
    win.problems_action.trigger()
    win.search_edit.setText('foo:bar "aberta')
    qtbot.waitUntil(lambda: win.hint_label.text() != "")
    ExportDialog(win.export_actions.sources(), [], None, win)  # its widgets join the walk, unshown
    labels = dataclasses.asdict(win.detail._labels())  # the detail pane's and the PDF's field names
    countdowns = [countdown(date(2025, 3, d), win.model.today).text for d in (10, 14, 15, 16, 20)] + [
        countdown(None, win.model.today).text]
    # Data is not UI: paths, and the keys of the files' own extra fields (e.g. "Vagas"), named as written
    extras = {key for posting in win.library.postings for key in posting.extra}
    texts = [(where, text.replace(str(tmp_path), "")) for where, text in window_texts(win)
             if _plain(text) not in extras]
    assert win.problems.model.rowCount() >= 4
    assert len(texts) > 100  # the walk reached the window's strings
    texts += [(f"label {k}", v) for k, v in labels.items()] + [("countdown", c) for c in countdowns]
    texts += [(f"help {name}", line) for name, page in help_pages(win, tmp_path) for line in page]
    texts += [("about", line) for line in _lines(about_text())]
    assert sum(where.startswith("help ") for where, _ in texts) > 20  # the help pages were read
    texts += [(f"PDF label {k}", v) for k, v in dataclasses.asdict(pdf_labels()).items()]
    bad = foreign(texts + [("status after load", status)], lang)
    assert bad == [], "\n".join(f"{where}: {text!r}" for where, text in bad)
    expected = {"pt": ("problemas", "vagas lidas em"), "en": ("problems", "postings read in")}[lang]
    assert expected[0] in win.problems_button.text() and expected[1] in status


def test_plurals_follow_the_count(qtbot, lang: str, tmp_path: Path) -> None:
    from vagas_desktop.core.posting import ParseProblem, Severity
    from vagas_desktop.gui.problems_view import ProblemsButton

    button = ProblemsButton()
    qtbot.addWidget(button)
    one = [ParseProblem(source_path="a.md", severity=Severity.ERROR, code="binary")]
    button.show_counts(one, 0)
    assert button.text() == {"pt": "1 problema", "en": "1 problem"}[lang]
    button.show_counts(one * 3, 0)
    assert button.text() == {"pt": "3 problemas", "en": "3 problems"}[lang]
    assert "(s)" not in TS.read_text(encoding="utf-8")


def test_qt_dialog_buttons_are_translated(qtbot, lang: str) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {_plain(b.text()) for b in box.buttons()}
    assert texts == ({"Sim", "Não", "Cancelar"} if lang == "pt" else {"Yes", "No", "Cancel"})


@pytest.mark.parametrize("code", messages.codes())
def test_every_core_message_reads_in_one_language(code: str) -> None:
    args = ("3", "x", "y")
    for lang in ("pt", "en"):
        text = messages.render(code, args, lang)  # type: ignore[arg-type]
        assert text and not TELLTALE[OTHER[lang]].search(text.replace("DataFecho", "").replace("DataAbertura", "")), \
            (lang, text)


def test_store_report_in_each_language(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "userdata.json").write_text("{ not json", encoding="utf-8")
    report = UserStore.open(folder).load_report
    assert not report.ok and "danificado" in report.text("pt") and "damaged" in report.text("en")
    assert not TELLTALE["pt"].search(report.text("en").replace(report.moved_to.name, ""))


@pytest.mark.parametrize(("locale", "lang"), [
    ("en_GB", "en"), ("en_US", "en"), ("pt_PT", "pt"), ("pt_BR", "pt"), ("C", "pt"), ("fr_FR", "pt"), ("xx_YY", "pt"),
])
def test_the_ui_language_follows_the_system_locale(locale: str, lang: str) -> None:
    assert chosen_language(None, QLocale(locale)) == lang


def test_the_language_menu_choice_wins_over_the_locale(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    assert chosen_language(settings, QLocale("pt_PT")) == "en"
    settings.setValue("ui/language", "pt")
    assert chosen_language(settings, QLocale("en_GB")) == "pt"


def test_choosing_a_language_is_saved_for_the_next_start(qtbot, window, settings) -> None:
    menu = window.findChild(QMenu, "languageMenu")
    english = next(a for a in menu.actions() if a.text() == "English")
    english.trigger()
    assert settings.value("ui/language") == "en" and english.isChecked()
    assert "aplica-se" in window.statusBar().currentMessage()


# -- the CLI -----------------------------------------------------------------------------------------

def _cli(env_lang: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "VAGAS_LANG")}
    env.update(env_lang)
    return subprocess.run([sys.executable, "-m", "vagas_desktop", *args], capture_output=True, text=True,
                          timeout=120, env=env, encoding="utf-8")


@pytest.mark.parametrize(("env_lang", "lang"), [
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "C"}, "pt"),
    ({"LANG": "POSIX"}, "pt"),
    ({}, "pt"),
    ({"LANG": "pt_PT.UTF-8"}, "pt"),
    ({"LANG": "xx_YY.UTF-8"}, "pt"),  # not installed anywhere: no crash, Portuguese
    ({"LC_ALL": "en_GB.UTF-8", "LANG": "pt_PT.UTF-8"}, "en"),
    ({"LANGUAGE": "en_GB:pt", "LANG": "pt_PT.UTF-8"}, "en"),
    ({"LANGUAGE": "en", "LC_ALL": "C"}, "pt"),  # gettext ignores LANGUAGE in the C locale
    ({"LANGUAGE": "en"}, "pt"),  # no locale at all is the C locale
    ({"VAGAS_LANG": "en", "LANG": "pt_PT.UTF-8"}, "en"),
])
def test_the_cli_speaks_the_locales_language(tmp_path: Path, env_lang: dict[str, str], lang: str) -> None:
    problems = tmp_path / "problems.jsonl"
    proc = _cli(env_lang, "scan", str(dirty_folder(tmp_path)), "--records", os.devnull, "--problems", str(problems))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in problems.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 4 and all(r["code"] for r in rows)
    said = [("summary", proc.stderr)] + [(r["source_path"], r["message"]) for r in rows]
    assert foreign(said, lang) == []
    assert ("vagas:" if lang == "pt" else "postings:") in proc.stderr
    missing = _cli(env_lang, "scan", str(tmp_path / "nowhere"))
    said = missing.stderr.split(": ", 1)[1].replace(str(tmp_path), "")
    assert missing.returncode == 2 and foreign([("missing", said)], lang) == []


def test_the_gui_starts_under_a_locale_the_system_lacks(tmp_path: Path) -> None:
    code = ("import sys; from PySide6.QtWidgets import QApplication; "
            "from vagas_desktop.gui.language import chosen_language, install_translators, active_language; "
            "app = QApplication([]); lang = chosen_language(); install_translators(app, lang); "
            "print(lang, active_language())")
    env = {**os.environ, "LANG": "xx_YY.UTF-8", "LC_ALL": "xx_YY.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("VAGAS_LANG", None)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["pt", "pt"]


@pytest.mark.parametrize("code", ["read-only", "busy", "future-version", "bad-backup", "unreadable", "no-backup",
                                  "empty-name", "duplicate-name", "no-such-list"])
def test_every_store_refusal_is_told_in_the_ui_language(lang: str, window, code: str) -> None:
    from vagas_desktop.core.shortlists import StoreError

    text = window.user.describe(StoreError(code, "internal words"))
    assert "internal words" not in text and foreign([(code, text)], lang) == []
