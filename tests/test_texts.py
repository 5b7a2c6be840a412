"""The text service: profile texts kept, read back, changed since the scan or gone; keys and sections."""

from __future__ import annotations

import os
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLE_POSTS
from vagas_desktop.core.parse import parse_bytes, parse_file
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.profile import parse_profile, section_headers
from vagas_desktop.core.scan import scan
from vagas_desktop.core.texts import TextState, profile_of, read_profile
from vagas_desktop.core.userdata_schema import posting_key

# posting_key of tests/data/example-posting.md with its Ref and Id lines removed, as the code before
# keys were computed once gave it: users' bookmarks and notes are filed under it.
EXAMPLE_HASH_KEY = "hash:8fe6ca8fbbb13667"


def without_ref_and_id(data: bytes) -> bytes:
    return b"\n".join(line for line in data.split(b"\n") if not re.match(rb"(Ref|Id)\s*:", line))


def test_the_key_of_a_posting_without_ref_or_id_keeps_its_value(example_bytes: bytes, tmp_path: Path) -> None:
    data = without_ref_and_id(example_bytes)
    kept, _ = parse_bytes(data, "x.md")
    light, _ = parse_bytes(data, "x.md", keep_text=False)
    assert kept is not None and light is not None and not light.has_text
    assert kept.key == light.key == posting_key(light) == EXAMPLE_HASH_KEY
    (tmp_path / "x.md").write_bytes(data)
    assert [p.key for p in scan(str(tmp_path)).postings] == [EXAMPLE_HASH_KEY]
    assert [p.key for p in scan(str(tmp_path)).postings] == [EXAMPLE_HASH_KEY]  # from the cache
    by_hand = Posting(title=kept.title, empregador=kept.empregador, data_abertura=kept.data_abertura,
                      descricao=kept.descricao)
    assert by_hand.key == EXAMPLE_HASH_KEY


def test_keys_prefer_ref_then_id(example_bytes: bytes) -> None:
    posting, _ = parse_bytes(example_bytes, "x.md", keep_text=False)
    assert posting is not None and posting.key == "ref:OE202502/0240"
    assert Posting(id=7, title="x").key == "id:7"
    assert Posting(ref=" A\ud800 ").key == "ref:A\ufffd"  # UTF-8 cannot hold a lone surrogate
    assert Posting(ref="A").replace(ref="B").key == "ref:B"


def test_the_sections_are_the_profiles_headers(example_bytes: bytes) -> None:
    kept, _ = parse_bytes(example_bytes, "x.md")
    light, _ = parse_bytes(example_bytes, "x.md", keep_text=False)
    assert kept is not None and light is not None
    headers = tuple(parse_profile(kept.descricao).headers())
    assert headers and kept.sections == light.sections == headers
    assert Posting(descricao=kept.descricao).sections == headers
    assert section_headers("") == () and Posting().sections == ()


def test_sample_sections_match_the_profile_parser() -> None:
    postings = [parse_file(str(path))[0] for path in sorted(SAMPLE_POSTS.rglob("*.md"))]
    texts = [p.descricao for p in postings if p is not None]
    assert len(texts) > 10 and any(section_headers(t) for t in texts)
    assert [section_headers(t) for t in texts] == [tuple(parse_profile(t).headers()) for t in texts]


# Pieces of BEP profiles: headers, items, sentence ends, leads, glued "item.Header", odd spaces.
_PARTS = ["Atendimento ao público", "Expediente e arquivo", "Funções:", "Assegurar o atendimento.",
          "Rececionar e registar expediente;", "dos Munícipes.Atendimento telefónico", "Sr. Presidente",
          "o seguinte perfil funcional", "Apoio administrativo", "1) Instalar", "2) Prestar apoio", "a)", "•",
          "- Arquivar", "Perfil:", "Efetuar pagamentos", "Área", "e", ".", ":", ";", "Tratar", "D.L. n.º 12"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PARTS), st.sampled_from(["  ", " ", "   ", "\t", " \xa0 ", "\n"])),
                max_size=30).map(lambda pairs: "".join(part + sep for part, sep in pairs)))
def test_section_headers_are_exactly_the_profile_parsers(text: str) -> None:
    assert section_headers(text) == tuple(parse_profile(text).headers())
    assert section_headers(text) == tuple(parse_profile(text).headers())  # remembered splits: the same


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_section_headers_of_any_text(text: str) -> None:
    assert section_headers(text) == tuple(parse_profile(text).headers())


def test_a_text_is_kept_read_back_changed_or_gone(example_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(example_bytes)
    kept, _ = parse_file(str(path))
    [light] = scan(str(tmp_path), use_cache=False).postings
    assert kept is not None and not light.has_text
    assert read_profile(kept) == (kept.descricao, TextState.KEPT)
    assert read_profile(light) == (kept.descricao, TextState.READ)
    assert profile_of(light) == kept.descricao

    path.write_bytes(example_bytes.replace(b"Rececionar e registar expediente", b"Texto novo"))
    later(path)
    text, state = read_profile(light)
    assert "Texto novo" in text and state is TextState.CHANGED  # the file as it is now, and said so

    path.write_bytes(b"---\nlayout: post\n---\n")
    assert read_profile(light) == ("", TextState.GONE)  # no longer a posting
    path.unlink()
    assert read_profile(light) == ("", TextState.GONE)


def later(path: Path) -> None:
    """An edit a second after the scan (one within the file system's time tick has the scan's mtime)."""
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_a_text_read_back_is_the_files_current_one_even_with_its_old_date(example_bytes: bytes,
                                                                           tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(example_bytes)
    [light] = scan(str(tmp_path), use_cache=False).postings
    assert read_profile(light).state is TextState.READ
    st = os.stat(path)
    path.write_bytes(example_bytes.replace(b"Rececionar", b"Receciona_"))  # same size, date put back
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert "Receciona_" in read_profile(light).text  # never a stale text from the recent ones kept


def test_a_fifo_in_the_files_place_gives_gone_without_blocking(example_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(example_bytes)
    [light] = scan(str(tmp_path), use_cache=False).postings
    path.unlink()
    os.mkfifo(path)
    assert read_profile(light) == ("", TextState.GONE)


def test_posting_is_plain_data(example_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(example_bytes)
    [light] = scan(str(tmp_path), use_cache=False).postings
    path.unlink()
    # Comparing, hashing, copying and pickling never read the file (it is gone).
    import pickle

    again = pickle.loads(pickle.dumps(light))
    assert again == light and again.key == light.key and again.sections == light.sections
    assert again.mtime == light.mtime and not again.has_text and again.descricao is None
    assert light.replace(title="Outro").key == light.key  # the Ref decides
