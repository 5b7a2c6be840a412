"""fold_with_offsets: the one fold, with each folded character's offset in the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vagas_desktop.core.textfold import fold, fold_with_offsets

# Latin text as it comes from BEP and from Word, plus what NFKD widens, narrows or reorders.
TRICKY = st.text(alphabet="aAeEçÇãáÁéÉ \u00a0’‘“”–—'\"-.;ﬁßİΣσΑ½…µ™\u0301\u0327\u0591\u05b0\u3000x", max_size=30)


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(TRICKY, st.text(max_size=30)))
def test_offsets_follow_the_fold(text: str) -> None:
    folded, starts = fold_with_offsets(text)
    assert folded == fold(text)  # exactly the fold search uses
    assert len(starts) == len(folded)
    assert list(starts) == sorted(starts) and all(0 <= s < len(text) for s in starts)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="aAeEçÇãáÁéÉ ’‘“”–—'\"-ﬁßİ½…\u0301\u0327x", max_size=30))
def test_each_folded_character_comes_from_its_original(text: str) -> None:
    folded, starts = fold_with_offsets(text)
    for i, offset in enumerate(starts):  # that original character folds to a run holding it
        assert folded[i] in fold(text[offset])


def test_offsets_of_widened_narrowed_and_decomposed_characters() -> None:
    assert fold_with_offsets("d’Água") == ("d'agua", range(6))  # one byte each: the fast path
    folded, starts = fold_with_offsets("ﬁm cafe\u0301 İ")
    assert folded == "fim cafe i"
    assert list(starts) == [0, 0, 1, 2, 3, 4, 5, 6, 8, 9]  # "ﬁ" gives two; the accent none
    assert fold_with_offsets("") == ("", range(0))
