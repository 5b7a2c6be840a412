"""Light and dark: every colour the app paints stays readable (WCAG AA) and switches live."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QToolButton, QWidget

from vagas_desktop.core.deadline import DeadlineState, deadline_state
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.texts import ProfileText, TextState
from vagas_desktop.gui import html_render
from vagas_desktop.gui.detail_pane import DetailPane
from vagas_desktop.gui.export_pdf import build_document
from vagas_desktop.gui.icons import app_icon, icon
from vagas_desktop.gui.main_window import MainWindow
from vagas_desktop.gui.table_model import PostingTableModel
from vagas_desktop.gui.theme import (
    COLOURS,
    Scheme,
    ThemeChoice,
    colours_for,
    contrast_ratio,
    palette_for,
    theme_manager,
)
from vagas_desktop.gui.theme_menu import SETTINGS_KEY

from .conftest import open_and_wait, open_window, show_every_deadline

AA = 4.5
TODAY = date(2025, 3, 15)
PACKAGE = Path(__file__).parent.parent / "vagas_desktop"


def desktop_palette(window: str, base: str, alternate: str, text: str) -> QPalette:
    """A palette as another desktop might set it (not ours): the colours must hold there too."""
    palette = QPalette(QApplication.palette())
    for role, name in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base),
                       (QPalette.ColorRole.AlternateBase, alternate), (QPalette.ColorRole.Text, text),
                       (QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.ButtonText, text),
                       (QPalette.ColorRole.Button, window)):
        palette.setColor(role, QColor(name))
    return palette


BREEZE_DARK = ("#31363b", "#232629", "#2c3034", "#eff0f1")
ADWAITA_LIGHT = ("#f6f5f4", "#ffffff", "#f3f3f3", "#2e3436")


@pytest.fixture(autouse=True)
def _back_to_system(qapp):
    """Each test starts and ends on the platform's own (light, offscreen) palette."""
    theme_manager().set_choice(ThemeChoice.SYSTEM)
    QApplication.setPalette(QPalette())
    yield
    theme_manager().set_choice(ThemeChoice.SYSTEM)
    QApplication.setPalette(QPalette())


def set_app_palette(qtbot, widget: QWidget, palette: QPalette) -> None:
    """What a desktop does when it switches scheme; widgets take the new palette on the next events."""
    QApplication.setPalette(palette)
    base = palette.color(QPalette.ColorRole.Base)
    qtbot.waitUntil(lambda: widget.palette().color(QPalette.ColorRole.Base) == base)


def ratio(a: QColor | str, b: QColor | str) -> float:
    return contrast_ratio(QColor(a), QColor(b))


def test_contrast_ratio_follows_wcag() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21)
    assert ratio("#777777", "#777777") == pytest.approx(1)
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic AA grey


# -- the table --------------------------------------------------------------------------------------
def brush_colour(value: object) -> QColor | None:
    return value.color() if isinstance(value, QBrush) else None


def row_pairs(model: PostingTableModel, palette: QPalette) -> dict[str, list[tuple[QColor, QColor]]]:
    """Per row state, every (text, background) the table paints, as the model returns them; the
    palette's text on base and alternate base where the model leaves a role to the view."""
    pairs: dict[str, list[tuple[QColor, QColor]]] = {}
    text = palette.color(QPalette.ColorRole.Text)
    plain = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)]
    for row in range(model.rowCount()):
        posting = model.posting_at(row)
        assert posting is not None
        state = deadline_state(posting.data_fecho, model.today, opens=posting.data_abertura).value
        if model.is_ghost(model.rows[row]):
            state += "+ghost"
        for column in range(model.columnCount()):
            index = model.index(row, column)
            fg = brush_colour(index.data(Qt.ItemDataRole.ForegroundRole)) or text
            bg = brush_colour(index.data(Qt.ItemDataRole.BackgroundRole))
            pairs.setdefault(state, []).extend((fg, b) for b in ([bg] if bg is not None else plain))
    return pairs


def assert_rows_readable(window: MainWindow) -> dict[str, list[tuple[QColor, QColor]]]:
    pairs = row_pairs(window.model, window.table.palette())
    for state, seen in pairs.items():
        for fg, bg in seen:
            assert ratio(fg, bg) >= AA, f"{state}: {fg.name()} on {bg.name()} is {ratio(fg, bg):.2f}"
    return pairs


def every_state_window(qtbot, tmp_path: Path, sample_copy: Path) -> MainWindow:
    """The samples with a bookmarked posting in each deadline state, and three of them deleted (ghosts)."""
    win = open_window(qtbot, tmp_path, sample_copy)
    show_every_deadline(qtbot, win)  # a new user starts on "Abertas"
    model = win.model
    by_state: dict[DeadlineState, list[Posting]] = {}
    for row in range(model.rowCount()):
        posting = model.posting_at(row)
        assert posting is not None
        by_state.setdefault(deadline_state(posting.data_fecho, TODAY, opens=posting.data_abertura), []).append(posting)
    assert {DeadlineState.CLOSED, DeadlineState.TODAY, DeadlineState.SOON, DeadlineState.OPEN,
            DeadlineState.UPCOMING} <= set(by_state)
    marked = [p for postings in by_state.values() for p in postings[:2]]
    win.user.toggle_bookmark(marked)
    for state in (DeadlineState.CLOSED, DeadlineState.TODAY, DeadlineState.SOON):
        Path(by_state[state][0].source_path).unlink()
    open_and_wait(qtbot, win, sample_copy)
    win.shortlists.set_scope("bookmarked")
    qtbot.waitUntil(lambda: any(win.model.is_ghost(i) for i in win.model.rows))
    return win


def test_every_row_state_is_readable_and_switches_live_with_the_palette(qtbot, tmp_path: Path,
                                                                        sample_copy: Path) -> None:
    win = every_state_window(qtbot, tmp_path, sample_copy)
    theme = theme_manager()
    assert theme.scheme is Scheme.LIGHT
    light = assert_rows_readable(win)
    assert {"closed+ghost", "today+ghost", "soon+ghost", "closed", "today", "soon", "open"} <= set(light)
    soon_light = win.model.index(next(r for r in range(win.model.rowCount())
                                      if deadline_state(win.model.posting_at(r).data_fecho, TODAY)
                                      is DeadlineState.SOON), 0)
    before = soon_light.data(Qt.ItemDataRole.BackgroundRole).color()

    # A desktop turning dark just sets the application palette: the same window follows, no restart.
    with qtbot.waitSignal(win.model.dataChanged):
        set_app_palette(qtbot, win.table, desktop_palette(*BREEZE_DARK))
    assert theme.scheme is Scheme.DARK
    after = soon_light.data(Qt.ItemDataRole.BackgroundRole).color()
    assert after != before and after.lightness() < 100
    dark = assert_rows_readable(win)
    assert set(dark) == set(light)

    win.shortlists.set_scope(None)  # and every other row of the folder
    qtbot.waitUntil(lambda: not any(win.model.is_ghost(i) for i in win.model.rows))
    assert_rows_readable(win)
    set_app_palette(qtbot, win.table, desktop_palette(*ADWAITA_LIGHT))
    assert theme.scheme is Scheme.LIGHT
    assert_rows_readable(win)


# -- the detail pane --------------------------------------------------------------------------------
def fragments(pane: DetailPane):
    block = pane.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def pane_pages(pane: DetailPane) -> list[str]:
    """Render every kind of page the pane shows and return what was checked."""
    shown = []
    extra = {"Link": "https://www.bep.gov.pt/x", "Remuneracao": "1000 euros tecnico"}
    cases = [TODAY - timedelta(days=3), TODAY, TODAY + timedelta(days=2), TODAY + timedelta(days=40), None]
    for i, fecho in enumerate(cases):
        posting = Posting(title=f"Técnico {i}", trabalho="Técnico Superior", empregador="Câmara", id=1000 + i,
                          data_fecho=fecho, descricao="Intro técnico.\n\nAtendimento técnico\n- Fazer técnico",
                          extra=extra)
        state = TextState.GONE if i == 0 else TextState.CHANGED
        pane.profile_source = lambda p, state=state: ProfileText(p.descricao, state)
        pane.show_posting(posting, TODAY, ["tecnico"])
        assert_fragments_readable(pane)
        shown.append(pane.browser.toPlainText())
    pane.show_posting(None, TODAY)
    assert_fragments_readable(pane)
    return shown


def assert_fragments_readable(pane: DetailPane) -> None:
    """Every run of text the document paints against what it is painted on (the pane's base unless
    the run has its own background, as search highlights do)."""
    palette = pane.browser.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    for fragment in fragments(pane):
        if not fragment.text().strip():
            continue
        fmt = fragment.charFormat()
        fg = fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush else text
        bg = fmt.background().color() if fmt.background().style() != Qt.BrushStyle.NoBrush else base
        assert ratio(fg, bg) >= AA, f"{fragment.text()!r}: {fg.name()} on {bg.name()}"


def assert_style_sheet_readable(css: str, base: QColor) -> None:
    """Every colour the style sheet gives text holds against the base (or its own background)."""
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        fg = re.search(r"(?<!-)color:\s*(#[0-9a-fA-F]{6})", body)
        bg = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", body)
        if fg:
            against = QColor(bg.group(1)) if bg else base
            assert ratio(fg.group(1), against) >= AA, f"{selector.strip()}: {fg.group(1)} on {against.name()}"


def test_detail_pane_colours_are_readable_in_both_schemes_and_rerender_live(qtbot) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show()
    light_pages = pane_pages(pane)
    assert any("fechou" in p for p in light_pages) and any("faltam" in p for p in light_pages)
    css_light = html_render.style_sheet(theme_manager().colours())
    assert_style_sheet_readable(css_light, pane.browser.palette().color(QPalette.ColorRole.Base))

    posting = Posting(title="Técnico", data_fecho=TODAY + timedelta(days=2), descricao="Intro\n\nSecção\n- item")
    pane.profile_source = lambda p: ProfileText(p.descricao, TextState.KEPT)
    pane.show_posting(posting, TODAY, ["tecnico"])
    light_html = pane.browser.toHtml()
    set_app_palette(qtbot, pane.browser, desktop_palette(*BREEZE_DARK))  # the pane re-renders by itself
    dark_html = pane.browser.toHtml()
    assert theme_manager().hex("highlight_bg") in dark_html and theme_manager().hex("heading") in dark_html
    assert dark_html != light_html and pane.posting() is posting
    pane_pages(pane)
    css_dark = html_render.style_sheet(theme_manager().colours())
    assert_style_sheet_readable(css_dark, pane.browser.palette().color(QPalette.ColorRole.Base))


def test_every_colour_pair_in_the_registry_meets_aa_on_both_schemes_palettes() -> None:
    """What the widget tests cannot reach (a countdown state not yet used, say) is measured here."""
    for scheme, desktops in ((Scheme.LIGHT, [ADWAITA_LIGHT]), (Scheme.DARK, [BREEZE_DARK])):
        colours = colours_for(scheme)
        ours = palette_for(scheme)
        backgrounds = [ours.color(QPalette.ColorRole.Base), ours.color(QPalette.ColorRole.AlternateBase),
                       ours.color(QPalette.ColorRole.Window)]
        backgrounds += [QColor(c) for d in desktops for c in d[:3]]
        texts = [role for role in COLOURS if not role.endswith("_bg") and role != "border"]
        for role in texts:
            on = [QColor(colours["banner_bg"])] if role == "banner_text" else backgrounds
            if role == "highlight_text":
                on = [QColor(colours["highlight_bg"])]
            for bg in on:
                assert ratio(colours[role], bg) >= AA, f"{scheme.value} {role} on {bg.name()}"
        for row_bg in ("today_bg", "soon_bg"):  # rows: the palette's text and the table's own colours
            for fg in [ours.color(QPalette.ColorRole.Text), *(QColor(colours[r]) for r in ("star", "ghost_text"))]:
                assert ratio(fg, colours[row_bg]) >= AA, f"{scheme.value} {fg.name()} on {row_bg}"


# -- widgets styled from the theme -----------------------------------------------------------------
def sheet_colour(label: QLabel, prop: str) -> QColor:
    found = re.search(rf"(?<![-\w]){prop}:\s*(#[0-9a-fA-F]{{6}})", label.styleSheet())
    assert found, label.styleSheet()
    return QColor(found.group(1))


def assert_labels_readable(win: MainWindow) -> None:
    window_bg = win.palette().color(QPalette.ColorRole.Window)
    assert ratio(sheet_colour(win.hint_label, "color"), window_bg) >= AA
    assert ratio(sheet_colour(win.tracking.history_label, "color"), window_bg) >= AA
    banner = win.tracking.missing_label
    assert ratio(sheet_colour(banner, "color"), sheet_colour(banner, "background")) >= AA


def test_view_theme_menu_switches_live_and_is_remembered(qtbot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path)
    theme = theme_manager()
    menu = win.theme_menu
    assert [a.isChecked() for a in menu.choice_actions.values()] == [True, False, False]
    assert menu.group.isExclusive()
    assert theme.scheme is Scheme.LIGHT
    assert_labels_readable(win)
    light_soon = theme.hex("soon_bg")

    menu.choice_actions[ThemeChoice.DARK].trigger()  # the offscreen platform has no scheme: our palette
    assert theme.scheme is Scheme.DARK and theme.choice is ThemeChoice.DARK
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 60
    qtbot.waitUntil(lambda: win.table.palette().color(QPalette.ColorRole.Base).lightness() < 60)
    assert theme.hex("soon_bg") != light_soon
    assert theme.hex("heading") in win.detail.browser.toHtml()
    assert_labels_readable(win)
    assert_rows_readable(win)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value(SETTINGS_KEY) == "dark"

    win.close()
    again = open_window(qtbot, tmp_path)  # the saved choice applies at start
    assert again.theme_menu.choice_actions[ThemeChoice.DARK].isChecked() and theme.scheme is Scheme.DARK

    again.theme_menu.choice_actions[ThemeChoice.LIGHT].trigger()
    assert theme.scheme is Scheme.LIGHT
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor("#ffffff")  # the platform's own
    again.theme_menu.choice_actions[ThemeChoice.SYSTEM].trigger()
    assert theme.scheme is Scheme.LIGHT and theme.choice is ThemeChoice.SYSTEM


def test_unknown_saved_theme_follows_the_system(qtbot, settings) -> None:
    settings.setValue(SETTINGS_KEY, "purple")
    win = MainWindow(settings, today=TODAY)
    qtbot.addWidget(win)
    assert win.theme_menu.choice_actions[ThemeChoice.SYSTEM].isChecked()


def test_pdf_stays_light_on_a_dark_screen(qtbot) -> None:
    from vagas_desktop.core.export import ExportContext

    theme_manager().set_choice(ThemeChoice.DARK)
    assert theme_manager().scheme is Scheme.DARK
    posting = Posting(title="T", data_fecho=TODAY + timedelta(days=2), descricao="Intro\n\nSecção\n- item")
    doc = build_document([posting], ExportContext(today=TODAY), "Lista")
    page = doc.toHtml()
    light, dark = colours_for(Scheme.LIGHT), colours_for(Scheme.DARK)
    assert light["heading"] in page and light["countdown_soon"] in page
    assert dark["heading"] not in page and dark["countdown_soon"] not in page


# -- icons and the toolbar --------------------------------------------------------------------------
def ink(image: QImage) -> list[QColor]:
    """The opaque pixels of an icon image."""
    return [c for y in range(image.height()) for x in range(image.width())
            if (c := image.pixelColor(x, y)).alpha() > 200]


def test_toolbar_actions_have_icons_tinted_for_the_scheme(qtbot, window: MainWindow) -> None:
    bar = window.findChild(QToolBar, "mainToolbar")
    assert bar is window.main_toolbar and bar.isVisibleTo(window)
    assert window.findChild(QToolBar, "searchToolbar") is not None  # the search toolbar stays
    tracking, export = window.tracking_actions, window.export_actions
    expected = [window.open_action, window.reload_action, tracking.bookmark_action,
                tracking.status_menu.menuAction(), tracking.add_menu.menuAction(),
                export.export_action, export.print_action, window.statistics.show_action]
    shown = [a for a in bar.actions() if not a.isSeparator()]
    assert shown == expected
    for act in shown:
        assert not act.icon().isNull(), act.text()
    for menu in (tracking.status_menu, tracking.add_menu):
        button = bar.widgetForAction(menu.menuAction())
        assert isinstance(button, QToolButton)
        assert button.popupMode() is QToolButton.ToolButtonPopupMode.InstantPopup
    for act in (window.find_action, window.quit_action, window.about_action, window.detail.copy_text_action):
        assert not act.icon().isNull(), act.text()  # menus show the same icons

    light_ink = ink(window.open_action.icon().pixmap(24).toImage())
    assert light_ink and max(c.lightness() for c in light_ink) < 80  # dark strokes on a light toolbar
    window.theme_menu.choice_actions[ThemeChoice.DARK].trigger()
    dark_ink = ink(window.open_action.icon().pixmap(24).toImage())
    assert dark_ink and min(c.lightness() for c in dark_ink) > 180  # and light ones on a dark one


def test_statistics_hook_adds_a_group_with_its_icon(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    stats = QAction("Estatísticas", window)
    window.main_toolbar.add_statistics(stats, window.icons)
    assert window.main_toolbar.actions()[-1] is stats and not stats.icon().isNull()
    assert window.main_toolbar.actions()[-2].isSeparator()


def test_application_icon(qtbot, window: MainWindow) -> None:
    assert not app_icon().isNull() and not window.windowIcon().isNull()
    assert ink(app_icon().pixmap(64).toImage())  # drawn, not an empty square
    assert icon("no-such-icon").isNull()


def test_no_colour_literal_outside_the_theme() -> None:
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![0-9a-fA-F])")
    offenders = [f"{path.relative_to(PACKAGE)}:{n}" for path in PACKAGE.rglob("*.py") if path.name != "theme.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if literal.search(line.split("  #")[0])]
    assert offenders == []
