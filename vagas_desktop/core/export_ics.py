"""Deadlines as an iCalendar file (RFC 5545): one all-day event per posting on its closing day.

Written by hand (no runtime dependency): CRLF lines folded at 75 octets on UTF-8 boundaries, TEXT
escaped. The UID is a hash of the posting's key, so importing a newer file updates the events.
The reminder is a VALARM N working days before the deadline at 09:00, written as a duration
relative to the event's start (the all-day start is local midnight, so "-P2DT15H" is 09:00 three
days earlier in the user's own time zone); an absolute trigger would have to be in UTC.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from .columns import bep_url
from .export import CancelCheck, ProgressCallback, Ticker, atomic_output, check_complete
from .export_columns import ExportContext, clean_text
from .holidays import working_days_before
from .messages import Lang, render
from .posting import Posting

__all__ = [
    "DEFAULT_REMIND_DAYS", "REMIND_HOUR", "IcsResult", "escape_text", "event_lines", "export_ics", "fold",
    "ics_text", "reminder_day", "uid_of",
]  # fmt: skip

DEFAULT_REMIND_DAYS = 3
REMIND_HOUR = 9  # the reminder rings at 09:00 local time of the working day
PRODID = "-//Vagas Desktop//Prazos//PT"
LINE_OCTETS = 75


@dataclass(frozen=True)
class IcsResult:
    """How many events were written, and how many postings had no DataFecho to put in a calendar."""

    written: int
    skipped: int


def escape_text(text: str) -> str:
    """A TEXT value per RFC 5545 3.3.11: backslash, ";" and "," escaped, line breaks as "\\n"."""
    text = clean_text(text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded at 75 octets (continuations start with a space), never inside a
    UTF-8 sequence; ends with CRLF."""
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return line + "\r\n"
    pieces: list[str] = []
    start, limit = 0, LINE_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a continuation byte: back off
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, LINE_OCTETS - 1  # the leading space of a continuation counts
    return "\r\n ".join(pieces) + "\r\n"


def uid_of(posting: Posting) -> str:
    """A stable UID per posting key (Ref, else Id, else a content hash)."""
    return hashlib.sha256(posting.key.encode("utf-8", "surrogatepass")).hexdigest()[:32] + "@vagas-desktop"


def reminder_day(deadline: date, remind_days: int) -> date:
    return working_days_before(deadline, remind_days)


def _trigger(deadline: date, remind_days: int) -> str:
    """The reminder as a duration before the event's start (local midnight of the deadline)."""
    before = timedelta(days=(deadline - reminder_day(deadline, remind_days)).days) - timedelta(hours=REMIND_HOUR)
    if before <= timedelta(0):  # 0 working days: 09:00 on the day itself
        return f"PT{REMIND_HOUR}H"
    days, seconds = before.days, before.seconds
    hours = seconds // 3600
    return "-P" + (f"{days}D" if days else "") + (f"T{hours}H" if hours else "")


def _place(posting: Posting) -> str:
    return ", ".join(p for p in (posting.concelho, posting.distrito) if p)


def event_lines(posting: Posting, ctx: ExportContext, lang: Lang, remind_days: int, stamp: str) -> list[str]:
    """The unfolded content lines of one posting's VEVENT (the posting must have a DataFecho)."""
    deadline = posting.data_fecho
    assert deadline is not None
    title = posting.title or posting.trabalho or posting.ref or "—"
    status = ctx.status_of(posting) if ctx.status_of is not None else ""
    url = bep_url(posting.id) if isinstance(posting.id, int) else None
    described = [
        ("ics.employer", posting.empregador), ("ics.ref", posting.ref), ("ics.place", _place(posting)),
        ("ics.status", status), ("ics.link", url or ""),
    ]
    description = "\n".join(render(code, (clean_text(value),), lang) for code, value in described if value)
    summary = render("ics.summary", (clean_text(title),), lang)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid_of(posting)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{deadline:%Y%m%d}",
        f"DTEND;VALUE=DATE:{deadline + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",  # a deadline does not make the user busy all day
    ]
    if _place(posting):
        lines.append(f"LOCATION:{escape_text(_place(posting))}")
    if url:
        lines.append(f"URL;VALUE=URI:{url}")
    if remind_days >= 0:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(summary)}",
            f"TRIGGER;RELATED=START:{_trigger(deadline, remind_days)}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def ics_text(postings: Iterable[Posting], ctx: ExportContext, lang: Lang, remind_days: int = DEFAULT_REMIND_DAYS,
             name: str = "", now: datetime | None = None, tick: Ticker | None = None) -> tuple[str, IcsResult]:
    """The whole calendar as text, and the counts. remind_days < 0: no reminder."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = [fold(line) for line in ("BEGIN:VCALENDAR", f"PRODID:{PRODID}", "VERSION:2.0", "CALSCALE:GREGORIAN",
                                   "METHOD:PUBLISH")]
    if name:
        out.append(fold(f"X-WR-CALNAME:{escape_text(name)}"))
    written = skipped = 0
    for i, posting in enumerate(postings):
        if tick is not None:
            tick(i)
        if posting.data_fecho is None:
            skipped += 1
            continue
        out += [fold(line) for line in event_lines(posting, ctx, lang, remind_days, stamp)]
        written += 1
    out.append(fold("END:VCALENDAR"))
    return "".join(out), IcsResult(written, skipped)


def export_ics(postings: Sequence[Posting], path: Path, ctx: ExportContext, lang: Lang,
               remind_days: int = DEFAULT_REMIND_DAYS, name: str = "", overwrite: bool = False,
               now: datetime | None = None, progress: ProgressCallback | None = None,
               cancelled: CancelCheck | None = None) -> IcsResult:
    """Write the calendar atomically (same rules as core.export.export); the counts."""
    tick = Ticker(len(postings), progress, cancelled)
    text, result = ics_text(postings, ctx, lang, remind_days, name, now, tick)
    with atomic_output(Path(path), overwrite) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(text.encode("utf-8"))
            check_complete(fh)
        tick.check()
    tick.finish()
    return result
