"""Search and highlight agree: the detail pane marks exactly what the search matched on."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from vagas_desktop.core.posting import Posting
from vagas_desktop.core.query import parse_query
from vagas_desktop.core.search import SearchIndex
from vagas_desktop.core.textfold import fold
from vagas_desktop.gui import html_render
from vagas_desktop.gui.detail_pane import DetailPane
from vagas_desktop.gui.theme import theme_manager

# Portuguese text, typographic punctuation, and characters NFKD widens (ﬁ, ½ kept), decomposes or drops.
LATIN = "aAeEoçÇãáÁéÉõ \u00a0’‘“”–'\"-.;ﬁßİ½…\u0301\u0327gu"
TEXT = st.text(alphabet=LATIN, max_size=30)


def marked(text: str, term: str) -> list[str]:
    return [text[start:end] for start, end in html_render.highlight_spans(text, [term])]


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(TEXT, st.text(max_size=20)), data=st.data())
def test_the_pane_marks_a_text_exactly_when_the_search_finds_it(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    start = data.draw(st.integers(0, len(folded)))
    term = data.draw(st.one_of(st.just(folded[start : start + 4]), TEXT)).strip()  # the box strips words
    if not fold(term):
        return
    assert bool(marked(text, term)) == (fold(term) in folded)


@settings(max_examples=400, deadline=None)
@given(text=TEXT, data=st.data())
def test_each_marked_span_folds_to_the_term(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    start = data.draw(st.integers(0, len(folded)))
    term = folded[start : start + data.draw(st.integers(1, 5))].strip()
    if not term:
        return
    for span in marked(text, term):
        assert fold(term) in fold(span)  # merged neighbours hold it more than once
    if all(len(fold(c)) == 1 for c in text) and len(folded) == len(text):  # no widening, no dropped marks
        for span in marked(text, term):
            spots = [i for i in range(len(span)) if fold(span).startswith(fold(term), i)]
            covered = {i + k for i in spots for k in range(len(fold(term)))}
            assert covered == set(range(len(span)))  # nothing marked that is not the term


def test_marks_take_in_dropped_accents_and_whole_widened_characters() -> None:
    assert marked("Café\u0301 e d’água", "cafe") == ["Café\u0301"]
    assert marked("ﬁm", "i") == ["ﬁ"] and marked("ﬁm", "fim") == ["ﬁm"]
    assert marked("Straße", "STRASSE") == [] and marked("Straße", "straße") == ["Straße"]
    assert html_render.highlight_spans("ÁÉÍÓÚ çã", ["aeiou ca"]) == [(0, 8)]


def test_a_typed_apostrophe_marks_the_typographic_one_in_the_pane(qtbot) -> None:
    posting = Posting(title="Guarda-rios de Vila d’Água", descricao="Vigiar as linhas d’água do concelho.")
    query = parse_query("d'agua")
    assert SearchIndex([posting]).search(query) == [0]  # the search finds it...
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_posting(posting, date(2025, 3, 15), query.highlight_terms())
    doc, found = pane.browser.document(), []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().color() == theme_manager().color("highlight_bg"):
                found.append(fragment.text())
            it += 1
        block = block.next()
    assert found == ["d’Água", "d’água"]  # ... and the pane marks it, in the title and the profile
