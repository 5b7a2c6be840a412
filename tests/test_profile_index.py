"""Profile search from shared pieces finds exactly what a search of each whole text finds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from vagas_desktop.core.pieces import PieceMemo, crosses_cut, split_pieces
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.profile_index import ProfileIndex
from vagas_desktop.core.scan import scan
from vagas_desktop.core.search import SearchIndex
from vagas_desktop.core.textfold import fold_utf8

TEXT = st.text(alphabet="ab é;.  \nÇ\x00", max_size=40)  # runs of spaces, separators, NULs


def _naive(texts: list[str], needle: bytes) -> list[int]:
    return [r for r, t in enumerate(texts) if needle in fold_utf8(t)]


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(TEXT, min_size=1, max_size=6), pick=st.integers(0, 5), start=st.integers(0, 40),
       length=st.integers(1, 12))
def test_pieces_find_what_the_whole_text_finds(texts: list[str], pick: int, start: int, length: int) -> None:
    source = fold_utf8(texts[pick % len(texts)])
    needle = source[start : start + length]
    if not needle:
        return
    postings = [Posting(descricao=t, source_path=f"/x/{i}.md") for i, t in enumerate(texts)]
    index = ProfileIndex(postings)
    rows = list(range(len(texts)))
    assert index.matching(rows, needle) == _naive(texts, needle)
    assert index.matching(rows, needle, negated=True) == [r for r in rows if r not in _naive(texts, needle)]


def test_pieces_are_cut_only_at_separators_and_shared() -> None:
    memo = PieceMemo()
    one = memo.pieces("Atendimento presencial   Assegurar o atendimento; registar expediente. Fim")
    two = memo.pieces("Outro texto   Assegurar o atendimento; mais")
    assert split_pieces(b"a  b; c. d.e") == [b"a", b"  b;", b" c.", b" d.e"]
    assert b"".join(one) == fold_utf8("Atendimento presencial   Assegurar o atendimento; registar expediente. Fim")
    assert one[1] == b"   assegurar o atendimento;" and one[1] is two[1]
    assert crosses_cut(b"atendimento; registar") and not crosses_cut(b"atendimento presencial")


def _write(folder: Path, name: str, ref: str, descricao: str) -> Path:
    path = folder / name
    path.write_text(f"---\ntitle: Vaga {ref}\nRef: {ref}\nDescricao: {descricao}\n---\n", encoding="utf-8")
    return path


def test_scanned_postings_search_their_profile_without_reading_the_files(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", "A1", "Atendimento presencial   Rececionar expediente; arquivar processos")
    _write(tmp_path, "b.md", "B2", "Manutenção de jardins   Condução de viaturas")
    result = scan(str(tmp_path), use_cache=False)
    assert not any(p.has_text for p in result.postings)  # the profile texts are not kept in memory
    index = SearchIndex(result.postings)
    (tmp_path / "a.md").unlink()
    (tmp_path / "b.md").unlink()
    refs = lambda rows: [result.postings[r].ref for r in rows]  # noqa: E731
    assert refs(index.search("texto:expediente")) == ["A1"]
    assert refs(index.search("texto:conducao")) == ["B2"]
    assert refs(index.search("jardins -texto:viaturas")) == []


def test_a_word_across_a_cut_is_checked_on_the_whole_text(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", "A1", "Rececionar expediente; arquivar processos")
    _write(tmp_path, "b.md", "B2", "Rececionar expediente;   arquivar processos")
    result = scan(str(tmp_path), use_cache=False)
    index = SearchIndex(result.postings)
    found = [result.postings[r].ref for r in index.search('texto:"expediente; arquivar"')]
    assert found == ["A1"]


def test_a_phrase_across_a_cut_is_found_without_the_files(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", "A1", "Serviço público. Atendimento presencial   Rececionar expediente")
    _write(tmp_path, "b.md", "B2", "Serviço público.   Atendimento presencial")
    _write(tmp_path, "c.md", "C3", "Atendimento presencial; serviço público. Outro")
    result = scan(str(tmp_path), use_cache=False)
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).unlink()  # the answer comes from memory
    index = SearchIndex(result.postings)
    refs = lambda query: [result.postings[r].ref for r in index.search(query)]  # noqa: E731
    assert refs('"público. Atendimento"') == ["A1"]
    assert refs('texto:"presencial; servico"') == ["C3"]
    assert refs('-"público. atendimento"') == ["B2", "C3"]
