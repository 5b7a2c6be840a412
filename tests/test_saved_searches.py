"""Saved searches and hidden employers in the user-data file, and their evaluation on a folder (no Qt)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from vagas_desktop.core.facets import DeadlineFilter, FacetChoice
from vagas_desktop.core.library import Library
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.query import parse_query
from vagas_desktop.core.saved_searches import (
    count_all,
    hidden_posting_count,
    hiding_query,
    match_keys,
    match_rows,
)
from vagas_desktop.core.shortlists import StoreError, UserStore
from vagas_desktop.core.userdata_schema import SCHEMA_VERSION, SavedSearch, merge_search

TODAY = date(2025, 3, 15)
T0 = datetime(2025, 3, 1, 9, tzinfo=UTC)


def posting(i: int, distrito: str = "Lisboa", empregador: str = "Câmara Municipal de Lisboa",
            fecho: date = date(2025, 4, 30)) -> Posting:
    return Posting(ref=f"OE2025/{i:04d}", title=f"Técnico Superior {i}", distrito=distrito, concelho=distrito,
                   empregador=empregador, trabalho="Técnico Superior", data_abertura=date(2025, 3, 1),
                   data_fecho=fecho, source_path=f"/p/{i}.md")


def library(postings: list[Posting]) -> Library:
    return Library.build("/p", postings, {})


def test_a_version_1_file_opens_and_is_saved_as_the_current_version(tmp_path: Path) -> None:
    v1 = {"schema_version": 1, "lists": {}, "entries": {
        "OE1": {"bookmarked": True, "bookmarked_at": "2024-03-01T09:00:00Z", "updated_at": "2024-03-01T09:00:00Z"}}}
    (tmp_path / "userdata.json").write_text(json.dumps(v1), "utf-8")
    store = UserStore.open(tmp_path)
    assert store.load_report.ok and not store.read_only
    assert store.is_bookmarked("OE1") and store.saved_searches() == [] and store.hidden_employers() == []
    store.create_search("Lisboa", "distrito:lisboa", {})
    saved = json.loads((tmp_path / "userdata.json").read_text("utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION == 2
    assert saved["entries"]["OE1"]["bookmarked"] is True
    assert json.loads((tmp_path / "userdata.json.bak").read_text("utf-8"))["schema_version"] == 1  # the old file kept


def test_saved_searches_survive_reopening_backup_and_import(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path / "a")
    made = store.create_search("Ana — TS Lisboa", "tecnico", FacetChoice(distritos=frozenset({"Lisboa"})).to_dict(),
                               seen=["OE2025/0001"])
    store.set_employers_hidden(["Câmara Municipal do Porto"], True)
    again = UserStore.open(tmp_path / "a")
    found = again.saved_search_by_name("ana — ts lisboa")
    assert found is not None and found.id == made.id and found.seen == ("OE2025/0001",)
    assert FacetChoice.from_dict(found.facets).distritos == {"Lisboa"}
    assert again.is_employer_hidden("câmara municipal do porto")
    again.export_backup(tmp_path / "copia.json")
    other = UserStore.open(tmp_path / "b")
    other.import_backup(tmp_path / "copia.json")
    assert [s.name for s in other.saved_searches()] == ["Ana — TS Lisboa"]
    assert other.hidden_employers() == ["Câmara Municipal do Porto"]


def test_names_are_unique_and_changes_are_refused_on_gone_searches(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    made = store.create_search("Porto", "", {})
    with pytest.raises(StoreError, match="duplicate-search-name"):
        store.create_search(" porto ", "x", {})
    with pytest.raises(StoreError, match="empty-name"):
        store.create_search("  ", "x", {})
    store.delete_search(made.id)
    with pytest.raises(StoreError, match="no-such-search"):
        store.rename_search(made.id, "Outro")
    store.create_search("Porto", "", {})  # the name is free again
    store.restore_search(made.id)  # undo of the deletion: the name was taken meanwhile
    assert [s.name for s in store.saved_searches()] == ["Porto", "Porto (2)"]


def test_two_windows_merge_definition_and_seen_apart(tmp_path: Path) -> None:
    a = UserStore.open(tmp_path)
    made = a.create_search("Lisboa", "distrito:lisboa", {})
    b = UserStore.open(tmp_path)
    a.rename_search(made.id, "Lisboa — Ana")
    b.mark_search_seen(made.id, ["OE2025/0001", "OE2025/0002"])
    a.reload_if_changed()
    merged = a.saved_search(made.id)
    assert merged is not None and merged.name == "Lisboa — Ana" and merged.seen == ("OE2025/0001", "OE2025/0002")


def test_merge_search_is_commutative() -> None:
    base = SavedSearch(id="x", name="A", created_at=T0, updated_at=T0)
    renamed = base.model_copy(update={"name": "B", "updated_at": T0 + timedelta(seconds=1)})
    seen = base.model_copy(update={"seen": ("k",), "seen_at": T0 + timedelta(seconds=2)})
    assert merge_search(renamed, seen) == merge_search(seen, renamed)
    assert merge_search(renamed, seen).name == "B" and merge_search(renamed, seen).seen == ("k",)


def test_matches_and_new_follow_the_search_box(tmp_path: Path) -> None:
    postings = [posting(1), posting(2), posting(3, "Porto"), posting(4, fecho=date(2025, 3, 1))]
    lib = library(postings)
    store = UserStore.open(tmp_path)
    everything = store.create_search("Lisboa", "distrito:lisboa", {})
    open_only = store.create_search("Lisboa abertas", "distrito:lisboa",
                                    FacetChoice(deadline=DeadlineFilter.OPEN).to_dict())
    # the same rows as the search box's own path (Library.search with the parsed query and facets)
    box = lib.search(parse_query("distrito:lisboa"), FacetChoice(deadline=DeadlineFilter.OPEN).on(TODAY), store)
    assert match_rows(lib, open_only, store, TODAY) == box == [0, 1]
    keys = [p.key for p in postings]
    assert match_keys(lib, everything, store, TODAY) == [keys[0], keys[1], keys[3]]  # the closed one too
    store.mark_search_seen(everything.id, [keys[0]])
    counts = {c.name: (c.matches, c.new) for c in count_all(lib, store, TODAY)}
    assert counts == {"Lisboa": (3, 2), "Lisboa abertas": (2, 2)}


def test_hidden_employers_leave_every_count(tmp_path: Path) -> None:
    postings = [posting(1), posting(2, empregador="Junta de Freguesia de Arroios"), posting(3)]
    lib = library(postings)
    store = UserStore.open(tmp_path)
    made = store.create_search("Lisboa", "distrito:lisboa", {})
    store.set_employers_hidden(["junta de freguesia de arroios"], True)  # any case: one employer
    assert store.hidden_employers() == ["junta de freguesia de arroios"]
    assert match_keys(lib, made, store, TODAY) == [postings[0].key, postings[2].key]
    assert hidden_posting_count(lib, store.hidden_employers()) == 1
    query = hiding_query(parse_query(""), store.hidden_employers())
    assert lib.facet_counts(query, None, "empregador") == [("Câmara Municipal de Lisboa", 2)]
    store.set_employers_hidden(["Junta de Freguesia de Arroios"], False)
    assert store.hidden_employers() == [] and len(match_keys(lib, made, store, TODAY)) == 3


def test_a_newer_version_file_with_searches_is_shown_read_only(tmp_path: Path) -> None:
    UserStore.open(tmp_path).create_search("Lisboa", "distrito:lisboa", {})
    data = json.loads((tmp_path / "userdata.json").read_text("utf-8"))
    data["schema_version"] = SCHEMA_VERSION + 1
    for search in data["searches"].values():
        search["colour"] = "verde"
    (tmp_path / "userdata.json").write_text(json.dumps(data), "utf-8")
    store = UserStore.open(tmp_path)
    assert store.read_only and [s.name for s in store.saved_searches()] == ["Lisboa"]
    with pytest.raises(StoreError, match="read-only"):
        store.create_search("Porto", "", {})


def test_facet_exclusions_and_date_terms_come_along(tmp_path: Path) -> None:
    postings = [posting(1), posting(2, "Porto"), posting(3, "Faro", fecho=date(2025, 3, 20))]
    lib = library(postings)
    store = UserStore.open(tmp_path)
    choice = FacetChoice(excluded_distritos=frozenset({"Porto"}))
    made = store.create_search("Sem Porto", "", choice.to_dict())
    assert match_keys(lib, made, store, TODAY) == [postings[0].key, postings[2].key]
    soon = store.create_search("A fechar", "fecho<=7d", {})  # relative dates count from the given today
    assert match_keys(lib, soon, store, TODAY) == [postings[2].key]
    assert match_keys(lib, soon, store, date(2025, 4, 25)) == [p.key for p in postings]  # all close by 2 May
