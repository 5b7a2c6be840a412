"""What changed in each posting between two opens of a real folder: deadlines, title, profile, republications."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from vagas_desktop.core.folder_load import LoadedFolder, prepare_folder
from vagas_desktop.core.messages import render
from vagas_desktop.core.posting_history import Change, ChangeKind, change_note, changes_path
from vagas_desktop.core.query import parse_query
from vagas_desktop.core.scan import scan
from vagas_desktop.core.shortlists import UserStore
from vagas_desktop.core.user_filters import USER_QUALIFIERS

MONDAY, FRIDAY = date(2025, 3, 10), date(2025, 3, 14)
PROFILE = "Apoio jurídico aos serviços municipais; elaboração de pareceres. Atendimento ao público."


def write_posting(folder: Path, name: str, ref: str, fecho: str = "2025-03-31", abertura: str = "2025-03-01",
                  title: str = "Técnico Superior - Jurista", empregador: str = "Câmara Municipal de Évora",
                  trabalho: str = "Técnico Superior", concelho: str = "Évora", distrito: str = "Évora",
                  profile: str = PROFILE) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"---\ntitle: {title}\nRef: {ref}\nDataAbertura: {abertura}\nDataFecho: {fecho}\n"
        f"Trabalho: {trabalho}\nEmpregador: {empregador}\nDescricao: {profile}\n"
        f"Concelho: {concelho}\nDistrito: {distrito}\n---\n", encoding="utf-8")


def load(folder: Path, cache: Path, day: date) -> LoadedFolder:
    return prepare_folder(scan(str(folder)), {}, cache, day, True)


def kinds(loaded: LoadedFolder, ref: str) -> list[ChangeKind]:
    return [c.kind for c in loaded.library.changes.of(f"ref:{ref}")]


def search(loaded: LoadedFolder, text: str, store: UserStore) -> list[str]:
    library = loaded.library
    rows = library.search(parse_query(text, USER_QUALIFIERS), store=store)
    return sorted(library.postings[i].ref for i in rows)


@pytest.fixture
def store(tmp_path: Path) -> UserStore:
    return UserStore(tmp_path / "data")


def test_each_change_kind_across_two_opens(tmp_path: Path, store: UserStore) -> None:
    folder, cache = tmp_path / "posts", tmp_path / "cache"
    for ref in "ABCDEFGHI":
        write_posting(folder, f"{ref}.md", ref)
    first = load(folder, cache, MONDAY)
    assert first.library.changes.history == {}  # nothing to compare with on a first open
    write_posting(folder, "A.md", "A", fecho="2025-04-15")
    write_posting(folder, "B.md", "B", fecho="2025-03-20")
    write_posting(folder, "C.md", "C", title="Técnico Superior - Jurista (Urbanismo)")
    write_posting(folder, "D.md", "D", profile=PROFILE + " Carta de condução.")
    write_posting(folder, "E.md", "E", abertura="2025-03-05")
    write_posting(folder, "F.md", "F", concelho="Montemor-o-Novo")
    write_posting(folder, "G.md", "G", empregador="Município de Évora")
    write_posting(folder, "H.md", "H", trabalho="Especialista de Informática")
    write_posting(folder, "I.md", "I", fecho="")  # the deadline went from the file
    second = load(folder, cache, FRIDAY)
    assert kinds(second, "A") == [ChangeKind.EXTENDED]
    extended = second.library.changes.of("ref:A")[0]
    assert (extended.old, extended.new, extended.seen) == ("2025-03-31", "2025-04-15", FRIDAY)
    assert kinds(second, "B") == [ChangeKind.SHORTENED]
    assert kinds(second, "C") == [ChangeKind.TITLE]
    assert second.library.changes.of("ref:C")[0].new == "Técnico Superior - Jurista (Urbanismo)"
    assert kinds(second, "D") == [ChangeKind.PROFILE]
    assert kinds(second, "E") == [ChangeKind.OPENING]
    assert kinds(second, "F") == [ChangeKind.PLACE]
    assert second.library.changes.of("ref:F")[0].new == "Montemor-o-Novo / Évora"
    assert kinds(second, "G") == [ChangeKind.EMPREGADOR] and kinds(second, "H") == [ChangeKind.TRABALHO]
    assert kinds(second, "I") == [ChangeKind.DEADLINE]
    assert second.posting_changes.changed_now == {f"ref:{r}" for r in "ABCDEFGHI"}
    assert search(second, "is:alterada", store) == list("ABCDEFGHI")
    assert search(second, "is:prorrogada", store) == ["A"]
    assert search(second, "is:extended", store) == ["A"]

    third = load(folder, cache, date(2025, 3, 17))  # nothing moved since: the history stays, nothing is news
    assert kinds(third, "A") == [ChangeKind.EXTENDED] and third.posting_changes.changed_now == set()
    write_posting(folder, "A.md", "A", fecho="2025-04-30")
    fourth = load(folder, cache, date(2025, 3, 18))
    assert [(c.old, c.new) for c in fourth.library.changes.of("ref:A")] == [
        ("2025-03-31", "2025-04-15"), ("2025-04-15", "2025-04-30")]


def test_changes_read_in_either_language_with_the_app_dates() -> None:
    extended = Change(ChangeKind.EXTENDED, "2025-03-31", "2025-04-15", FRIDAY)
    note = change_note(extended, lambda day: day.strftime("%d/%m/%Y"))
    assert render(*note, "pt") == "Prazo prorrogado: 31/03/2025 → 15/04/2025"
    assert render(*note, "en") == "Deadline extended: 31/03/2025 → 15/04/2025"
    gone = change_note(Change(ChangeKind.DEADLINE, "2025-03-31", "", FRIDAY), str)
    assert render(*gone, "pt") == "Prazo alterado: 2025-03-31 → —"
    again = change_note(Change(ChangeKind.REPUBLISHED, "OE202501/0318", "OE202503/0102", FRIDAY), str)
    assert render(*again, "pt") == "Republicação de OE202501/0318"


def test_a_republication_is_matched_and_is_not_new(tmp_path: Path, store: UserStore) -> None:
    folder, cache = tmp_path / "posts", tmp_path / "cache"
    write_posting(folder, "old.md", "OE202501/0318")
    write_posting(folder, "other.md", "OE202501/0400", empregador="Município de Beja", concelho="Beja",
                  distrito="Beja")
    load(folder, cache, MONDAY)
    (folder / "old.md").unlink()
    write_posting(folder, "new.md", "OE202503/0102", fecho="2025-04-20")
    second = load(folder, cache, FRIDAY)
    (change,) = second.library.changes.of("ref:OE202503/0102")
    assert (change.kind, change.old, change.new) == (ChangeKind.REPUBLISHED, "OE202501/0318", "OE202503/0102")
    assert second.changes is not None and second.changes.new_keys == set()  # not counted as a new offer
    assert search(second, "is:republicada", store) == ["OE202503/0102"]
    assert search(second, "is:nova", store) == []


@pytest.mark.parametrize("near_miss", [
    {"profile": PROFILE + " Experiência em contratação pública."},  # another profile
    {"concelho": "Montemor-o-Novo"},  # another place
    {"trabalho": "Assistente Técnico"},
])
def test_a_near_miss_is_a_new_posting_not_a_republication(tmp_path: Path, store: UserStore,
                                                          near_miss: dict[str, str]) -> None:
    folder, cache = tmp_path / "posts", tmp_path / "cache"
    write_posting(folder, "old.md", "OE202501/0318")
    load(folder, cache, MONDAY)
    (folder / "old.md").unlink()
    write_posting(folder, "new.md", "OE202503/0102", **near_miss)
    second = load(folder, cache, FRIDAY)
    assert second.library.changes.history == {}
    assert second.changes is not None and second.changes.new_keys == {"ref:OE202503/0102"}


def test_two_candidates_for_one_republication_match_none(tmp_path: Path) -> None:
    folder, cache = tmp_path / "posts", tmp_path / "cache"
    write_posting(folder, "old.md", "OE202501/0318")
    load(folder, cache, MONDAY)
    (folder / "old.md").unlink()
    write_posting(folder, "new1.md", "OE202503/0102")
    write_posting(folder, "new2.md", "OE202503/0103")
    second = load(folder, cache, FRIDAY)
    assert second.library.changes.history == {}  # which of the two? no guess


def test_a_damaged_history_starts_afresh_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder, cache = tmp_path / "posts", tmp_path / "cache"
    write_posting(folder, "A.md", "A")
    load(folder, cache, MONDAY)
    path = changes_path(cache, str(folder))
    good = path.read_bytes()
    write_posting(folder, "A.md", "A", fecho="2025-04-15")
    for junk in (b"", b"VAGASHST", good[:-3], good[:20] + bytes([good[20] ^ 1]) + good[21:], b"\xff" * 64):
        path.write_bytes(junk)
        with caplog.at_level(logging.WARNING, logger="vagas_desktop.core.posting_history"):
            again = load(folder, cache, FRIDAY)
        assert again.library.changes.history == {}  # never a change made up from a damaged file
        assert "started afresh" in caplog.text
        caplog.clear()
    assert path.read_bytes()[:8] == b"VAGASHST"  # rebuilt


def test_the_history_never_goes_into_the_postings_folder(tmp_path: Path) -> None:
    folder, cache = tmp_path / "posts", tmp_path / "cache"
    write_posting(folder, "A.md", "A")
    load(folder, cache, MONDAY)
    assert sorted(p.name for p in folder.iterdir()) == ["A.md"]
    assert changes_path(cache, str(folder)).is_relative_to(cache)


def test_an_incomplete_load_matches_no_republication_and_remembers_nothing(tmp_path: Path) -> None:
    folder, cache = tmp_path / "posts", tmp_path / "cache"
    write_posting(folder, "old.md", "OE202501/0318")
    load(folder, cache, MONDAY)
    (folder / "old.md").unlink()
    write_posting(folder, "new.md", "OE202503/0102")
    partial = scan(str(folder))
    partial.cancelled = True  # as when the user cancels: what was not read is not gone
    assert prepare_folder(partial, {}, cache, FRIDAY, True).library.changes.history == {}
    whole = load(folder, cache, FRIDAY)  # the next complete load still sees the republication
    assert kinds(whole, "OE202503/0102") == [ChangeKind.REPUBLISHED]
