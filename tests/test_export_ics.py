"""Deadlines as iCalendar: the file read back by an independent parser (icalendar), field by field."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from vagas_desktop.core.export_columns import ExportContext
from vagas_desktop.core.export_ics import export_ics, fold, ics_text, uid_of
from vagas_desktop.core.posting import Posting
from vagas_desktop.core.scan import scan
from vagas_desktop.core.shortlists import UserStore
from vagas_desktop.core.userdata_schema import Status

from .conftest import SAMPLE_POSTS

icalendar = pytest.importorskip("icalendar")

NOW = datetime(2025, 4, 10, 8, 30, tzinfo=UTC)
EASTER_MONDAY = Posting(
    id=140001, ref="OE202504/0001", title="Técnico Superior; área jurídica, contencioso \\ recursos",
    empregador="Câmara Municipal de Évora", concelho="Évora", distrito="Évora", data_fecho=date(2025, 4, 21),
)
LONG = Posting(ref="OE202504/0002", title="Assistente Técnico – " + "ção " * 40, data_fecho=date(2025, 5, 2))
NO_DATE = Posting(ref="OE202504/0003", title="Sem prazo")
CTX = ExportContext(date(2025, 4, 10), status_of=lambda p: "Candidatura enviada" if p.ref.endswith("1") else "")


def events(text: str) -> dict[str, object]:
    cal = icalendar.Calendar.from_ical(text)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_every_field_read_back_by_icalendar(tmp_path: Path) -> None:
    path = tmp_path / "prazos.ics"
    result = export_ics([EASTER_MONDAY, LONG, NO_DATE], path, CTX, "pt", remind_days=3, name="Cliente Ana",
                        now=NOW)
    assert (result.written, result.skipped) == (2, 1)
    raw = path.read_bytes()
    cal = icalendar.Calendar.from_ical(raw)
    assert cal["VERSION"] == "2.0" and cal["CALSCALE"] == "GREGORIAN" and cal["METHOD"] == "PUBLISH"
    assert "Vagas Desktop" in str(cal["PRODID"]) and str(cal["X-WR-CALNAME"]) == "Cliente Ana"
    found = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(found) == {uid_of(EASTER_MONDAY), uid_of(LONG)}
    event = found[uid_of(EASTER_MONDAY)]
    assert event.decoded("DTSTART") == date(2025, 4, 21) and event.decoded("DTEND") == date(2025, 4, 22)
    assert event.decoded("DTSTAMP") == NOW
    assert str(event["SUMMARY"]) == "Fecho: Técnico Superior; área jurídica, contencioso \\ recursos"
    assert str(event["DESCRIPTION"]).split("\n") == [
        "Empregador: Câmara Municipal de Évora", "Ref: OE202504/0001", "Local: Évora, Évora",
        "Estado: Candidatura enviada",
        "Página no BEP: https://www.bep.gov.pt/pages/oferta/Oferta_Detalhes.aspx?CodOferta=140001",
    ]
    assert str(event["URL"]) == "https://www.bep.gov.pt/pages/oferta/Oferta_Detalhes.aspx?CodOferta=140001"
    assert str(event["LOCATION"]) == "Évora, Évora"
    alarm = event.walk("VALARM")[0]
    assert str(alarm["ACTION"]) == "DISPLAY"
    # Easter Monday 2025: 3 working days back skips Easter weekend and Good Friday -> Tue 15 Apr at 09:00.
    ring = datetime(2025, 4, 21) + alarm.decoded("TRIGGER")
    assert ring == datetime(2025, 4, 15, 9, 0)
    long_event = found[uid_of(LONG)]
    assert str(long_event["SUMMARY"]) == "Fecho: " + LONG.title  # unfolded whole
    assert "URL" not in long_event and "LOCATION" not in long_event


def test_lines_are_crlf_folded_at_75_octets_on_character_boundaries(tmp_path: Path) -> None:
    text, _ = ics_text([EASTER_MONDAY, LONG], CTX, "pt", now=NOW)
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # no line ends inside a multi-byte character
    assert any(line.startswith(b" ") for line in lines)  # the long title was folded
    assert fold("X:" + "é" * 80).count("\r\n ") == 2
    # Escaping per RFC 5545 3.3.11, as written on the wire.
    assert "SUMMARY:Fecho: Técnico Superior\\; área jurídica\\, contencioso \\\\ recursos" in text.replace("\r\n ", "")


def test_uids_are_stable_so_a_new_file_updates_the_same_events() -> None:
    first, _ = ics_text([EASTER_MONDAY], CTX, "pt", now=NOW)
    later = Posting(**{**{k: getattr(EASTER_MONDAY, k) for k in ("id", "ref", "title", "empregador")},
                       "data_fecho": date(2025, 4, 28)})
    second, _ = ics_text([later], CTX, "pt", now=NOW + timedelta(days=1))
    assert set(events(first)) == set(events(second)) == {uid_of(EASTER_MONDAY)}
    assert uid_of(EASTER_MONDAY) != uid_of(LONG)


def test_english_words_and_no_reminder() -> None:
    text, _ = ics_text([EASTER_MONDAY], CTX, "en", remind_days=-1, now=NOW)
    event = next(iter(events(text).values()))
    assert str(event["SUMMARY"]).startswith("Closes: ") and "Employer: " in str(event["DESCRIPTION"])
    assert not event.walk("VALARM")


def test_reminder_on_the_deadline_itself() -> None:
    text, _ = ics_text([LONG], CTX, "pt", remind_days=0, now=NOW)
    alarm = next(iter(events(text).values())).walk("VALARM")[0]
    assert datetime(2025, 5, 2) + alarm.decoded("TRIGGER") == datetime(2025, 5, 2, 9, 0)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vagas_desktop", "export", *args],
                          capture_output=True, text=True, timeout=180)


@pytest.mark.usefixtures("english_cli")
def test_cli_exports_a_shortlist_as_ics(tmp_path: Path) -> None:
    data = tmp_path / "data"
    postings = scan(str(SAMPLE_POSTS), use_cache=False).postings
    store = UserStore.open(data)
    client = store.create_list("Cliente Ana")
    store.add_to_list(client.id, postings[3:8])
    store.set_status(postings[3:4], Status.ENTREVISTA)
    out = tmp_path / "ana.ics"
    proc = run(str(SAMPLE_POSTS), "-o", str(out), "--shortlist", "Cliente Ana", "--data-dir", str(data),
               "--remind-days", "5")
    assert proc.returncode == 0, proc.stderr
    found = events(out.read_text(encoding="utf-8"))
    dated = [p for p in postings[3:8] if p.data_fecho]
    assert set(found) == {uid_of(p) for p in dated}
    for posting in dated:
        event = found[uid_of(posting)]
        assert event.decoded("DTSTART") == posting.data_fecho
        assert str(event["SUMMARY"]) == "Closes: " + posting.title  # the CLI speaks English here
        ring = datetime.combine(posting.data_fecho, datetime.min.time()) + event.walk("VALARM")[0].decoded("TRIGGER")
        assert ring.hour == 9 and ring.weekday() < 5
    if postings[3].data_fecho:
        assert "Status: Interview / Test" in str(found[uid_of(postings[3])]["DESCRIPTION"])
    proc = run(str(SAMPLE_POSTS), "-o", str(tmp_path / "q.ics"), "--query", "distrito:faro", "--format", "ics")
    assert proc.returncode == 0, proc.stderr
    assert events((tmp_path / "q.ics").read_text(encoding="utf-8"))
