"""DetailPane: rendering, escaping, highlight, offline resources, safe links and copy as text."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument, QTextFragment
from PySide6.QtWidgets import QApplication, QTextBrowser

from vagas_desktop.core import textfold
from vagas_desktop.core.parse import parse_bytes
from vagas_desktop.core.posting import Posting
from vagas_desktop.gui import html_render
from vagas_desktop.gui.detail_pane import DetailPane
from vagas_desktop.gui.theme import theme_manager

TODAY = date(2025, 3, 15)
HEADERS = [
    "Atendimento presencial",
    "Atendimento telefónico",
    "Atendimento online",
    "Faturação e gestão da receita",
    "Competências Comportamentais",
]
# The offscreen platform plugin warns when a window is shown; that is not ours to fix.
SHOWN = pytest.mark.qt_log_ignore("propagateSizeHints")
EVIL = '<script>alert(1)</script> <img src="http://evil/x.png" onerror="alert(1)"> &amp; <b>bold</b>'


@pytest.fixture
def example(example_bytes: bytes) -> Posting:
    posting, problems = parse_bytes(example_bytes, "example-posting.md")
    assert posting is not None and not problems
    return posting


@pytest.fixture
def pane(qtbot) -> DetailPane:
    widget = DetailPane()
    qtbot.addWidget(widget)
    widget.resize(600, 800)
    return widget


@pytest.fixture
def opened(pane: DetailPane) -> list[QUrl]:
    urls: list[QUrl] = []
    pane.open_url = urls.append
    return urls


def html_of(pane: DetailPane) -> str:
    return pane.browser.toHtml()


def fragments(pane: DetailPane) -> list[QTextFragment]:
    """Every run of same-format text in the document, in order."""
    found: list[QTextFragment] = []
    block = pane.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            found.append(it.fragment())
            it += 1
        block = block.next()
    return found


def anchors(pane: DetailPane) -> list[tuple[str, str]]:
    """(text, href) of each link in the document."""
    return [(f.text(), f.charFormat().anchorHref()) for f in fragments(pane) if f.charFormat().isAnchor()]


def highlighted(pane: DetailPane) -> list[str]:
    """Texts drawn on the search-highlight background."""
    marked = theme_manager().color("highlight_bg")
    return [f.text() for f in fragments(pane) if f.charFormat().background().color() == marked]


def show_active(qtbot, pane: DetailPane) -> None:
    with qtbot.waitExposed(pane):
        pane.show()
    with qtbot.waitActive(pane):
        pane.activateWindow()
    pane.browser.setFocus()
    assert QApplication.focusWidget() is pane.browser


def test_browser_identity_and_flags(pane: DetailPane) -> None:
    browser = pane.findChild(QTextBrowser, "detailPane")
    assert browser is pane.browser
    assert browser.accessibleName() == "Detalhes da vaga"
    assert browser.isReadOnly()
    assert not browser.openLinks() and not browser.openExternalLinks()
    flags = browser.textInteractionFlags()
    for flag in (
        Qt.TextInteractionFlag.TextSelectableByMouse,
        Qt.TextInteractionFlag.TextSelectableByKeyboard,
        Qt.TextInteractionFlag.LinksAccessibleByMouse,
        Qt.TextInteractionFlag.LinksAccessibleByKeyboard,
    ):
        assert flags & flag


def test_placeholder_when_nothing_selected(pane: DetailPane) -> None:
    assert "Selecione uma vaga para ver os detalhes." in pane.browser.toPlainText()
    pane.show_posting(None, TODAY)
    assert pane.browser.toPlainText().strip() == "Selecione uma vaga para ver os detalhes."
    assert pane.posting() is None and pane.as_text() == ""
    assert not pane.copy_text_action.isEnabled()


def test_example_header(pane: DetailPane, example: Posting) -> None:
    pane.show_posting(example, TODAY)
    text = pane.browser.toPlainText()
    for expected in (
        "Emprego - Oeiras - Assistente Técnico",
        "Câmara Municipal de Oeiras",
        "Oeiras / Lisboa",
        "2784-501 OEIRAS",
        "OE202502/0240",
        "132314",
        "06/02/2025",
        "31/12/2025",
        "faltam 292 dias",  # 2025-03-15 .. 2025-12-31, closing day included
        "Ver no BEP",
    ):
        assert expected in text, expected
    assert pane.browser.document().firstBlock().blockFormat().headingLevel() == 1
    assert pane.browser.document().firstBlock().text() == "Emprego - Oeiras - Assistente Técnico"


def test_example_profile_sections_are_headings_and_lists(pane: DetailPane, example: Posting) -> None:
    pane.show_posting(example, TODAY)
    doc = pane.browser.document()
    headings: dict[str, int] = {}
    list_items = 0
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            headings[block.text()] = level
        if block.textList() is not None:
            list_items += 1
        block = block.next()
    assert all(headings.get(h) == 3 for h in HEADERS), headings
    assert headings.get("Perfil funcional") == 2
    assert list_items == 6 + 5 + 5 + 6 + 8
    assert html_of(pane).count("<li") == list_items
    assert "Rececionar e registar expediente" in pane.browser.toPlainText()
    assert "Outros campos" not in pane.browser.toPlainText()  # only "layout", which is hidden


def test_untitled_section_is_just_a_list(pane: DetailPane) -> None:
    posting = Posting(title="T", descricao="Funções:   Assegurar a limpeza   Efetuar compras   Registar pedidos")
    pane.show_posting(posting, TODAY)
    page = html_of(pane)
    assert page.count("<li") == 3
    assert not re.search(r"<h3", page)


@pytest.mark.parametrize(
    ("fecho", "expected"),
    [
        (TODAY, "fecha hoje"),
        (TODAY + timedelta(days=3), "faltam 4 dias"),
        (TODAY - timedelta(days=1), "fechou há 1 dia"),
        (TODAY - timedelta(days=10), "fechou há 10 dias"),
        (None, "sem data de fecho"),
    ],
)
def test_countdown(pane: DetailPane, fecho: date | None, expected: str) -> None:
    pane.show_posting(Posting(title="T", data_fecho=fecho), TODAY)
    assert expected in pane.browser.toPlainText()
    assert expected in pane.as_text()


def test_countdown_colours(pane: DetailPane) -> None:
    colours = {}
    for phrase, fecho in (
        ("fechou", TODAY - timedelta(days=2)),
        ("fecha", TODAY),
        ("faltam", TODAY + timedelta(days=2)),
    ):
        pane.show_posting(Posting(title="T", data_fecho=fecho), TODAY)
        (fragment,) = [f for f in fragments(pane) if f.text().startswith(phrase)]
        colours[phrase] = fragment.charFormat().foreground().color().name()
    assert colours["fechou"] == theme_manager().hex("countdown_closed")  # closed: the theme's grey
    assert len(set(colours.values())) == 3  # today and soon: their own accents


def test_posting_text_is_data(pane: DetailPane) -> None:
    posting = Posting(title=EVIL, empregador=EVIL, descricao=EVIL, extra={"Nota": EVIL, "<i>k</i>": "v"})
    pane.show_posting(posting, TODAY, ["<img"])
    plain = pane.browser.toPlainText()
    # The profile parser may cut descricao into list items, but every fragment stays literal text.
    assert plain.count("<script>alert(1)</script>") == 4
    assert plain.count('<img src="http:') == 4 and plain.count('onerror="alert(1)">') == 4
    assert plain.count("&amp;") == 4 and plain.count("<b>bold</b>") == 4
    assert "<i>k</i>" in plain
    page = html_of(pane)
    assert not re.search(r"<(img|script|b|i)[\s>]", page)
    assert "&lt;img" in page and "&lt;script&gt;" in page
    assert "\ufffc" not in pane.browser.document().toRawText()  # no inline object (image) at all


def test_no_resource_is_ever_loaded(pane: DetailPane) -> None:
    browser = pane.browser
    for url in ("http://evil/x.png", "https://evil/x.css", "file:///etc/passwd", "x.png", "qrc:/icon.png"):
        assert browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url)) is None
    # Even raw HTML with an image (never produced by the pane) renders without fetching anything.
    browser.blocked_resources.clear()
    browser.setHtml('<img src="http://evil/x.png"><img src="file:///etc/hostname">')
    pane.grab()  # lays out and paints, which asks for the images
    assert browser.blocked_resources == {"http://evil/x.png", "file:///etc/hostname"}


def test_highlight_is_accent_and_case_insensitive(pane: DetailPane, example: Posting) -> None:
    pane.show_posting(example, TODAY, ["tecnico"])
    # "Técnico" occurs in the title, Trabalho and the intro.
    assert highlighted(pane) == ["Técnico"] * 3 + ["técnico"]  # ... and "técnicos" in an item
    assert html_of(pane).count(f"background-color:{theme_manager().hex('highlight_bg')}") == 4
    assert html_render.text_html("Assistente Técnico", ["TECNICO"]) == (
        f"Assistente {html_render.HIGHLIGHT_OPEN}Técnico{html_render.HIGHLIGHT_CLOSE}"
    )


def test_set_highlight_rerenders_current_posting(pane: DetailPane, example: Posting) -> None:
    pane.show_posting(example, TODAY)
    assert highlighted(pane) == []
    pane.set_highlight(["ONLINE"])
    assert highlighted(pane) == ["online"] and pane.posting() is example
    pane.setFocus()
    assert pane.focusProxy() is pane.browser


def test_highlight_never_touches_markup() -> None:
    open_, close = html_render.HIGHLIGHT_OPEN, html_render.HIGHLIGHT_CLOSE
    assert html_render.text_html("a < b & c", ["<", "&"]) == f"a {open_}&lt;{close} b {open_}&amp;{close} c"
    assert html_render.text_html("x & y", ["amp"]) == "x &amp; y"
    assert html_render.text_html("<b>", ["b"]) == f"&lt;{open_}b{close}&gt;"
    assert html_render.text_html("span style", ["span", "style", " "]) == f"{open_}span{close} {open_}style{close}"
    assert html_render.text_html("nada", ["", "  "]) == "nada"


def test_highlight_folds_as_search() -> None:
    # The highlighter uses the search's own fold (core.textfold), with offsets back into the text.
    assert textfold.fold("ÁÉÍÓÚ çã") == "aeiou ca"
    assert html_render.highlight_spans("Straße", ["STRASSE"]) == []  # search does not expand ß either
    assert html_render.highlight_spans("Straße", ["straße"]) == [(0, 6)]


def test_highlight_in_the_pane_with_markup_terms(pane: DetailPane) -> None:
    pane.show_posting(Posting(title="a <b> & c", descricao="x & y"), TODAY, ["<b>", "&"])
    assert "a <b> & c" in pane.browser.toPlainText()
    assert highlighted(pane) == ["<b>", "&", "&"]


def test_extra_fields_table_and_links(pane: DetailPane, opened: list[QUrl]) -> None:
    url = "https://www.bep.gov.pt/pages/oferta/Oferta_Detalhe.aspx?CodOferta=1&x=<y>"
    posting = Posting(title="T", extra={"layout": "post", "Vagas": "2", "Link": url, "Nota": "ftp://x"})
    pane.show_posting(posting, TODAY)
    plain = pane.browser.toPlainText()
    assert "Outros campos" in plain and "Vagas" in plain and "layout" not in plain
    page = html_of(pane)
    assert page.count("<a href=") == 1  # no Id -> no BEP link; ftp is not linked
    assert anchors(pane) == [(url, url)]
    assert "Vagas: 2" in pane.as_text() and "layout" not in pane.as_text()


@SHOWN
def test_bep_link_by_keyboard(qtbot, pane: DetailPane, example: Posting, opened: list[QUrl]) -> None:
    pane.show_posting(example, TODAY)
    show_active(qtbot, pane)
    qtbot.keyClick(pane.browser, Qt.Key.Key_Tab)
    assert pane.browser.textCursor().selectedText() == "Ver no BEP"
    with qtbot.waitSignal(pane.link_activated) as signal:
        qtbot.keyClick(pane.browser, Qt.Key.Key_Return)
    expected = QUrl("https://www.bep.gov.pt/pages/oferta/Oferta_Detalhes.aspx?CodOferta=132314")
    assert signal.args == [expected]
    assert opened == [expected]


@SHOWN
def test_bep_link_by_mouse(qtbot, pane: DetailPane, example: Posting, opened: list[QUrl]) -> None:
    pane.show_posting(example, TODAY)
    show_active(qtbot, pane)
    (link,) = [f for f in fragments(pane) if f.charFormat().isAnchor()]
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(link.position() + 2)
    with qtbot.waitSignal(pane.link_activated):
        qtbot.mouseClick(
            pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=pane.browser.cursorRect(cursor).center()
        )
    assert [u.toString() for u in opened] == [link.charFormat().anchorHref()]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x/y", "relative.html", "data:,x"])
def test_unsafe_links_are_not_opened(qtbot, pane: DetailPane, opened: list[QUrl], url: str) -> None:
    with qtbot.assertNotEmitted(pane.link_activated):
        pane.browser.anchorClicked.emit(QUrl(url))
    assert opened == []


def test_http_link_click_is_opened(pane: DetailPane, opened: list[QUrl]) -> None:
    pane.browser.anchorClicked.emit(QUrl("HTTP://example.org/a"))
    assert [u.toString() for u in opened] == ["http://example.org/a"]


def test_copy_as_text(qtbot, pane: DetailPane, example: Posting) -> None:
    pane.show_posting(example, TODAY)
    QApplication.clipboard().clear()
    pane.copy_text_action.trigger()
    text = QApplication.clipboard().text()
    assert text == pane.as_text()
    assert text.startswith("Emprego - Oeiras - Assistente Técnico\n\n")
    assert "Empregador: Câmara Municipal de Oeiras" in text
    assert "Fecho: 31/12/2025 (faltam 292 dias)" in text
    assert "Atendimento presencial\n• Assegurar o atendimento" in text
    assert text.count("• ") == 30 and "<" not in text


@SHOWN
def test_copy_shortcut_and_context_menu(qtbot, pane: DetailPane, example: Posting) -> None:
    assert pane.copy_text_action.shortcut().toString() == "Ctrl+Shift+C"
    pane.show_posting(example, TODAY)
    show_active(qtbot, pane)
    QApplication.clipboard().clear()
    qtbot.keyClick(pane.browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.clipboard().text() == pane.as_text()
    menu = pane.browser.build_context_menu(pane.browser.viewport().rect().center())
    actions = menu.actions()
    assert pane.copy_text_action in actions
    assert len([a for a in actions if not a.isSeparator()]) >= 3  # standard copy / select all kept
    qtbot.keyClick(pane.browser, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert pane.browser.textCursor().selectedText().startswith("Emprego - Oeiras")
    qtbot.keyClick(pane.browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert copied.startswith("Emprego - Oeiras") and "Comunicação." in copied and copied != pane.as_text()
