"""Make the README's screenshots: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [OUT_DIR]`.

Each picture is the real window on the bundled samples (seen as on 15 March 2025), with its own
throw-away settings, user data and cache, so the pictures never depend on this machine's state.
`--lang en` makes the English ones (named *-en.png) instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SIZE = (1400, 880)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default=str(HERE))
    parser.add_argument("--lang", choices=("pt", "en"), default="pt")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vagas-shots-"))
    os.environ.update(VAGAS_DATA_DIR=str(work / "data"), VAGAS_CACHE_DIR=str(work / "cache"),
                      VAGAS_LOG_DIR=str(work / "logs"))
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from vagas_desktop.gui.language import install_translators

    app = QApplication([sys.argv[0]])
    install_translators(app, args.lang)  # pt too: its plural forms and Qt's own words come from catalogues
    suffix = "" if args.lang == "pt" else "-en"
    out = Path(args.out)
    try:
        shoot_main(work, out / f"main-window{suffix}.png")
        shoot_main(work, out / f"main-window-dark{suffix}.png", dark=True)
        shoot_shortlists(work, out / f"shortlists{suffix}.png")
        shoot_problems(work, out / f"problems{suffix}.png")
        shoot_saved_searches(work, out / f"saved-searches{suffix}.png")
        shoot_statistics(work, out / f"statistics{suffix}.png")
        shoot_statistics(work, out / f"statistics-dark{suffix}.png", dark=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def window(work: Path, name: str, folder: Path):
    from PySide6.QtCore import QSettings

    from vagas_desktop.core.shortlists import UserStore
    from vagas_desktop.gui.main_window import MainWindow

    settings = QSettings(str(work / f"{name}.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings, today=date(2025, 3, 15), store=UserStore.open(work / "data" / name))
    win.resize(*SIZE)
    win.show()
    win.open_folder(str(folder))
    win.wait_for_load()
    return win


def settle(win) -> None:
    """Until the search, the facet counts and the folder load are all done."""
    import time

    from PySide6.QtCore import QCoreApplication

    win.wait_for_load()
    deadline = time.monotonic() + 10
    while (win.controller.pending or win.is_loading) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def save(win, path: Path) -> None:
    settle(win)
    win.grab().save(str(path))
    print(path)


def row_of(win, ref: str) -> int:
    from vagas_desktop.gui.table_model import POSTING_ROLE

    return next(r for r in range(win.model.rowCount()) if win.model.index(r, 0).data(POSTING_ROLE).ref == ref)


def shoot_main(work: Path, path: Path, dark: bool = False) -> None:
    from vagas_desktop.gui.theme import ThemeChoice

    win = window(work, "dark" if dark else "main", ROOT / "sample_posts")
    if dark:
        win.theme_menu.choice_actions[ThemeChoice.DARK].trigger()
    win.search_edit.setText("tecnico")
    settle(win)
    win.table.selectRow(0)
    save(win, path)
    win.theme_menu.choice_actions[ThemeChoice.SYSTEM].trigger()  # the next pictures are light
    win.close()


def shoot_shortlists(work: Path, path: Path) -> None:
    from vagas_desktop.core.userdata_schema import Status
    from vagas_desktop.gui.table_model import POSTING_ROLE

    win = window(work, "lists", ROOT / "sample_posts")
    postings = [win.model.index(r, 0).data(POSTING_ROLE) for r in range(win.model.rowCount())]
    lisboa = [p for p in postings if p.distrito == "Lisboa"][:4]
    ana = win.user.create_list("Ana Silva (Lisboa)")
    win.user.add_to_list(ana.id, lisboa)
    rui = win.user.create_list("Rui Costa — informática")
    win.user.add_to_list(rui.id, [p for p in postings if "Inform" in (p.trabalho or "")][:3])
    first = lisboa[0]
    win.user.set_status([first], Status.CANDIDATURA_ENVIADA)
    win.user.set_status([first], Status.ENTREVISTA)
    win.user.set_note(first, "Entrevista marcada para 24/03 às 10h.\nLevar certificado de habilitações.")
    win.user.toggle_bookmark(lisboa[1:2])
    win.shortlists.set_scope(ana.id)
    settle(win)
    win.table.selectRow(row_of(win, first.ref))
    save(win, path)
    win.close()


def shoot_problems(work: Path, path: Path) -> None:
    """A dirty folder: the samples plus broken files, a link out of the folder and an oversized file."""
    folder = work / "dirty"
    shutil.copytree(ROOT / "sample_posts", folder)
    (folder / "sem-front-matter.md").write_text("Só texto, sem cabeçalho.\n", encoding="utf-8")
    (folder / "yaml-partido.md").write_text("---\nRef: OE202503/9001\ntitle: [sem fecho\nTrabalho: Técnico\n"
                                            "DataFecho: 31/02/2025\n---\n", encoding="utf-8")
    (folder / "enorme.md").write_bytes(b"---\nRef: OE202503/9002\nDescricao: " + b"x" * (3 << 20) + b"\n---\n")
    (folder / "id-gigante.md").write_text("---\nRef: OE202503/9003\nTrabalho: Técnico\nId: " + "9" * 5000
                                          + "\n---\n", encoding="utf-8")
    (folder / "ligacao-para-fora").symlink_to("/")
    win = window(work, "dirty", folder)
    win.problems_action.trigger()
    settle(win)
    win.table.selectRow(0)
    save(win, path)
    win.close()


def shoot_saved_searches(work: Path, path: Path) -> None:
    """A counselor's saved searches after a new scrape: 'N novas' per client, the news in the status bar."""
    from PySide6.QtCore import QCoreApplication

    from vagas_desktop.core.facets import DeadlineFilter, FacetChoice
    from vagas_desktop.gui.shortlist_panel import search_scope

    folder, later = work / "scrape", work / "next-scrape"
    shutil.copytree(ROOT / "sample_posts", folder)
    later.mkdir()
    for file in sorted(folder.rglob("*.md"))[-9:]:  # the next scrape brings these
        file.rename(later / file.name)
    win = window(work, "searches", folder)
    clients = [("Ana — técnicos, Lisboa e Setúbal", "tecnico", FacetChoice(distritos={"Lisboa", "Setúbal"})),
               ("Rui — informática", "informatica", FacetChoice()),
               ("Marta — Porto e Braga", "", FacetChoice(distritos={"Porto", "Braga"})),
               ("João — assistente operacional", '"assistente operacional" -empregador:"Junta"', FacetChoice())]
    for name, query, choice in clients:
        win.search_edit.setText(query)
        win.filter_bar.set_selection(replace(choice, deadline=DeadlineFilter.OPEN))
        settle(win)
        win.saved_searches.save_current(name)
    for file in later.iterdir():
        file.rename(folder / file.name)
    win.open_folder(str(folder))
    settle(win)
    while win.saved_searches.pending:
        QCoreApplication.processEvents()
    newest = max(win.saved_searches.counts, key=lambda c: c.new)  # the client with the most news
    win.shortlists.set_scope(search_scope(newest.search_id))
    settle(win)
    win.table.selectRow(0)
    save(win, path)
    win.close()


def shoot_statistics(work: Path, path: Path, dark: bool = False) -> None:
    """View ▸ Estatísticas beside the table: every posting of the samples by distrito, the bars' counts."""
    from PySide6.QtCore import QCoreApplication, Qt

    from vagas_desktop.gui.theme import ThemeChoice

    win = window(work, "stats-dark" if dark else "stats", ROOT / "sample_posts")
    if dark:
        win.theme_menu.choice_actions[ThemeChoice.DARK].trigger()
    win.filter_bar.clear()  # every posting, not only the open ones
    win.statistics.show_and_focus()
    win.resizeDocks([win.statistics], [520], Qt.Orientation.Horizontal)
    settle(win)
    while win.statistics.view.pending:
        QCoreApplication.processEvents()
    win.table.selectRow(0)
    save(win, path)
    win.theme_menu.choice_actions[ThemeChoice.SYSTEM].trigger()
    win.close()


if __name__ == "__main__":
    sys.exit(main())
