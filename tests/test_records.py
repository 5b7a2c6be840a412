"""One named record for the scan cache and the parse workers, and a cache key computed from the sources."""

from __future__ import annotations

import logging
import marshal
import os
import shutil
from pathlib import Path

import pytest

from vagas_desktop.core import cache, cache_file, parse_pool
from vagas_desktop.core.cache import cache_paths, inline_encoder, parser_key, record_sources
from vagas_desktop.core.cache_file import POSTING, Record, as_record
from vagas_desktop.core.parse import parse_file
from vagas_desktop.core.pieces import PieceMemo
from vagas_desktop.core.scan import list_candidates, scan

PACKAGE = Path(cache.__file__).resolve().parents[1]


OLD_NS = 1_700_000_000_123_456_789  # well before any scan: cached (a file changed just now is not)


def write(path: Path, *lines: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(["---", *lines, "---", ""]), encoding="utf-8")
    os.utime(path, ns=(OLD_NS, OLD_NS))


def test_a_record_crosses_marshal_as_a_plain_tuple_and_comes_back_named(example_bytes: bytes,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(example_bytes)
    [cand] = list_candidates(str(tmp_path))[0]
    outcome, cacheable = parse_pool.read_one(cand, PieceMemo())
    record = inline_encoder()(cand.size, cand.mtime_ns, cand.ctime_ns, cand.ino, outcome)
    assert cacheable and isinstance(record, Record) and record.kind == POSTING
    back = as_record(marshal.loads(marshal.dumps(tuple(record))))
    assert back == record and back.ref == "OE202502/0240" and back.key == "ref:OE202502/0240"
    assert back.sections == outcome[0].sections != () and back.size == cand.size


def test_workers_send_the_same_records_as_the_cache_keeps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(6):
        write(tmp_path / f"p{i}.md", f"Ref: R{i}", f"title: Vaga {i}",
              "Descricao: Perfil funcional:  Atender o público.  Apoio administrativo  Tratar expediente.  Arquivo  "
              "Organizar o arquivo")
    write(tmp_path / "sem_ref.md", "title: Sem referência", "Descricao: Texto")
    monkeypatch.setenv(parse_pool.WORKERS_ENV, "0")
    here = scan(str(tmp_path), use_cache=False, sections=True).postings
    monkeypatch.setenv(parse_pool.WORKERS_ENV, "2")
    monkeypatch.setattr(parse_pool, "BATCH", 2)
    batches = list(parse_pool.parse_in_workers(list_candidates(str(tmp_path))[0], 2))
    records = [rec for batch in batches for _cacheable, rec in batch]
    assert all(isinstance(rec, Record) for rec in records)
    assert [rec.key for rec in records] == [p.key for p in here]
    from_workers = scan(str(tmp_path), use_cache=False, sections=True).postings
    assert [(p.key, p.sections, p.mtime) for p in from_workers] == [(p.key, p.sections, p.mtime) for p in here]
    assert here[0].sections == ("Apoio administrativo", "Arquivo")
    assert here[-1].key.startswith("hash:")


def test_a_warm_scan_has_keys_and_sections_without_reading_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write(folder / "a.md", "title: Sem referência", "Descricao: Atendimento.  Funções gerais  Apoio")
    cold = scan(str(folder), sections=True)
    warm = scan(str(folder), sections=True)
    assert warm.cache_hits == warm.files == 1  # nothing was read
    assert [(p.key, p.sections, p.mtime) for p in warm.postings] == [(p.key, p.sections, p.mtime)
                                                                     for p in cold.postings]
    assert warm.postings[0].sections == ("Funções gerais",) and warm.postings[0].key.startswith("hash:")
    direct, _ = parse_file(str(folder / "a.md"))
    assert direct is not None and warm.postings[0].key == direct.key and warm.postings[0].mtime == direct.mtime


def test_sections_are_found_when_asked_for_and_then_kept(tmp_path: Path) -> None:
    # A window's scan leaves them unknown (they cost an eighth of a cold scan); scan --records asks.
    folder = tmp_path / "posts"
    write(folder / "a.md", "Ref: A", "Descricao: Atendimento.  Funções gerais  Apoio")
    window = scan(str(folder))
    assert window.postings[0].sections is None and window.postings[0].key == "ref:A"
    cli = scan(str(folder), sections=True)
    assert cli.cache_hits == 0 and cli.postings[0].sections == ("Funções gerais",)  # read again, for them
    again = scan(str(folder), sections=True)
    assert again.cache_hits == 1 and again.postings[0].sections == ("Funções gerais",)
    window_again = scan(str(folder))
    assert window_again.cache_hits == 1 and window_again.postings[0].sections == ("Funções gerais",)


def test_the_cache_key_covers_every_module_that_shapes_a_record() -> None:
    names = {path.relative_to(PACKAGE).as_posix() for path in record_sources()}
    assert {"core/parse.py", "core/parse_pool.py", "core/cache.py", "core/cache_file.py", "core/posting.py",
            "core/pieces.py", "core/textfold.py", "core/frontmatter_text.py", "core/profile.py"} <= names
    assert not any(name.startswith("gui/") for name in names)


def copy_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "vagas_desktop"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_PACKAGE_DIR", copy)
    return copy


def test_changing_a_module_that_shapes_records_changes_the_cache_key(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    copy = copy_package(tmp_path, monkeypatch)
    same = parser_key.__wrapped__()
    assert same == parser_key()
    pieces = copy / "core" / "pieces.py"
    pieces.write_text(pieces.read_text("utf-8") + "\n# another piece format\n", "utf-8")
    changed = parser_key.__wrapped__()
    assert changed != same
    gui = next((copy / "gui").glob("*.py"))
    gui.write_text(gui.read_text("utf-8") + "\n# a GUI change\n", "utf-8")
    assert parser_key.__wrapped__() == changed  # the GUI shapes no record


def test_without_sources_the_cache_key_is_the_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(cache, "_PACKAGE_DIR", tmp_path / "frozen")  # a frozen build has no .py files
    with caplog.at_level(logging.INFO, logger="vagas_desktop.core.cache"):
        key = parser_key.__wrapped__()
    assert key and key != parser_key()
    assert any("version only" in r.getMessage() for r in caplog.records)


def test_a_record_of_another_shape_is_read_again_not_served(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    write(folder / "a.md", "Ref: A", "title: t")
    write(folder / "b.md", "Ref: B", "title: u")
    expected = [(p.key, p.title, p.sections) for p in scan(str(folder)).postings]
    full, _delta = cache_paths(str(folder))
    stream = cache_file.open_segment(full, (str(folder), "full"), parser_key(), None)
    assert stream is not None
    token, texts = stream.token, stream.texts
    records = [rec for _pos, rec in stream.records()]
    stream.close()
    short = [tuple(records[0])[:9], records[1]]  # a record cut short (an older layout): the file is read
    cache_file.write_file(full, (str(folder), "full", token, parser_key()), short, texts)  # type: ignore[arg-type]
    result = scan(str(folder))
    assert [(p.key, p.title, p.sections) for p in result.postings] == expected
    assert result.cache_hits == 1 and result.cache_saved == "full"
