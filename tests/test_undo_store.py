"""UserStore.put_back and restore_list: what undo and redo need, without Qt, checked on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from vagas_desktop.core.shortlists import StoreError, UserStore
from vagas_desktop.core.userdata_schema import Status

from .test_shortlists import make


def test_put_back_restores_each_postings_own_bookmark_and_status(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    a, b, c = make(1), make(2), make(3)
    store.set_status([a], Status.ENTREVISTA)  # bookmarked too
    before = {p.key: store.entry(p.key) for p in (a, b, c)}
    store.set_status([a, b, c], Status.OFERTA)
    store.put_back(before, fields=("bookmarked", "status"))
    reopened = UserStore.open(tmp_path)
    for s in (store, reopened):
        assert s.status(a.key) is Status.ENTREVISTA and s.is_bookmarked(a.key)
        assert s.status(b.key) is None and not s.is_bookmarked(b.key)
        assert s.status(c.key) is None


def test_put_back_touches_only_the_fields_and_lists_named(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    a = make(1)
    keep, undo = store.create_list("Guardar"), store.create_list("Desfazer")
    store.add_to_list(keep.id, [a])
    before = {a.key: store.entry(a.key)}
    store.add_to_list(undo.id, [a])
    store.set_bookmarked([a], True)
    store.set_note(a, "nota")
    store.put_back(before, lists=[undo.id])
    assert store.lists_of(a.key) == {keep.id}
    assert store.is_bookmarked(a.key) and store.note(a.key) == "nota"
    with pytest.raises(ValueError):
        store.put_back(before, fields=("note",))


def test_restore_list_brings_back_members_in_their_order(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    lisboa = store.create_list("Lisboa")
    for i in (3, 1, 2):
        store.add_to_list(lisboa.id, [make(i)])
    members = store.members(lisboa.id)
    store.delete_list(lisboa.id)
    assert store.shortlist(lisboa.id) is None
    restored = store.restore_list(lisboa.id)
    assert restored.name == "Lisboa"
    reopened = UserStore.open(tmp_path)
    assert reopened.shortlist(lisboa.id) is not None
    assert reopened.members(lisboa.id) == members == [make(i).key for i in (3, 1, 2)]


def test_restore_list_whose_name_was_taken_meanwhile_gets_a_free_name(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path)
    old = store.create_list("Lisboa")
    store.delete_list(old.id)
    newer = store.create_list("lisboa")
    assert store.restore_list(old.id).name == "Lisboa (2)"
    assert store.shortlist(newer.id).name == "lisboa"  # the list made since keeps its name
    with pytest.raises(StoreError):
        store.restore_list("no-such-id")
