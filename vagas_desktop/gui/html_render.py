"""Pure HTML and plain-text rendering of a posting: escaping, search highlight, profile sections."""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from ..core import textfold
from ..core.columns import CONTEXT, bep_url, days_words, extra_label, visible_extra_keys
from ..core.deadline import DeadlineState, days_left, deadline_state
from ..core.posting import Posting
from ..core.profile import Profile, parse_profile
from ..core.texts import ProfileText, TextState, read_profile

# Colours live in the style sheet only (gui/theme.py picks them): the markup names classes.
HIGHLIGHT_OPEN = '<span class="hl">'
HIGHLIGHT_CLOSE = "</span>"
_URL = re.compile(r"https?://\S+$", re.IGNORECASE)

_COUNTDOWN_PREFIX = "countdown_"  # theme roles "countdown_<state>" become classes "countdown-<state>"
_STRONG_COUNTDOWNS = frozenset({"soon", "today"})  # worth a bold weight


def style_sheet(colours: Mapping[str, str]) -> str:
    """The detail pane's (and the PDF's) style sheet in one scheme's colours (theme role -> #rrggbb)."""
    countdowns = "".join(
        f"span.countdown-{role.removeprefix(_COUNTDOWN_PREFIX)} {{ color: {value};"
        f"{' font-weight: 600;' if role.removeprefix(_COUNTDOWN_PREFIX) in _STRONG_COUNTDOWNS else ''} }}\n"
        for role, value in colours.items() if role.startswith(_COUNTDOWN_PREFIX))
    c = colours
    return f"""
h1 {{ font-size: x-large; font-weight: 600; margin-top: 4px; margin-bottom: 10px; }}
h2 {{ font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 6px; color: {c["heading"]}; }}
h3 {{ font-size: medium; font-weight: 600; margin-top: 14px; margin-bottom: 4px; color: {c["heading"]}; }}
p {{ margin-top: 0px; margin-bottom: 8px; line-height: 125%; }}
li {{ margin-bottom: 4px; line-height: 120%; }}
a {{ color: {c["link"]}; }}
td {{ padding: 3px 8px 3px 0px; vertical-align: top; }}
td.label {{ color: {c["muted"]}; white-space: nowrap; }}
table.extra {{ border-collapse: collapse; }}
table.extra td {{ padding: 4px 8px; border: 1px solid {c["border"]}; }}
p.links {{ margin-top: 8px; }}
p.placeholder {{ color: {c["placeholder"]}; }}
p.notice {{ color: {c["notice"]}; font-style: italic; }}
span.seen {{ color: {c["muted"]}; }}
span.hl {{ background-color: {c["highlight_bg"]}; color: {c["highlight_text"]}; }}
{countdowns}"""


def countdown_html(countdown: Countdown) -> str:
    """The deadline phrase in its state's colour (a class of the style sheet)."""
    return f'<span class="countdown-{countdown.state.value}">{html.escape(countdown.text)}</span>'


@dataclass(frozen=True)
class Labels:
    """User-visible labels (the widget fills them through tr())."""

    trabalho: str = "Trabalho"
    empregador: str = "Empregador"
    place: str = "Concelho / Distrito"
    codigo_postal: str = "Código postal"
    ref: str = "Ref"
    id: str = "Id"
    abertura: str = "Abertura"
    fecho: str = "Fecho"
    bep_link: str = "Ver no BEP"
    profile: str = "Perfil funcional"
    file_changed: str = "O ficheiro mudou desde a leitura: mostra-se o texto atual."
    file_gone: str = "O ficheiro desta vaga já não existe ou não pode ser lido: o perfil não está disponível."
    extra: str = "Outros campos"


@dataclass(frozen=True)
class Countdown:
    """The deadline phrase ("faltam 3 dias") and the state that picks its colour."""

    text: str
    state: DeadlineState


def countdown(data_fecho: date | None, today: date, opens: date | None = None) -> Countdown:
    """The deadline phrase of the detail pane and the PDF, one wording for both (the table's Dias
    column has its short form in core.columns.days_words; "abre em N dias" is the same words in both)."""
    state = deadline_state(data_fecho, today, opens=opens)
    if state is DeadlineState.UPCOMING:
        text, n = days_words(data_fecho, today, opens)
        return Countdown(QCoreApplication.translate(CONTEXT, text, "", n), state)
    if state is DeadlineState.UNKNOWN or data_fecho is None:
        return Countdown(QCoreApplication.translate("Countdown", "sem data de fecho"), state)
    if state is DeadlineState.TODAY:
        return Countdown(QCoreApplication.translate("Countdown", "fecha hoje"), state)
    if state is DeadlineState.CLOSED:
        ago = (today - data_fecho).days
        if ago == 1:  # the Portuguese source has no plural forms of its own
            return Countdown(QCoreApplication.translate("Countdown", "fechou há 1 dia"), state)
        return Countdown(QCoreApplication.translate("Countdown", "fechou há %n dias", "", ago), state)
    left = days_left(data_fecho, today) or 0
    return Countdown(QCoreApplication.translate("Countdown", "faltam %n dias", "", left), state)


def highlight_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Merged (start, end) ranges of text where any term occurs, folded as search folds (core.textfold)."""
    folded, starts = textfold.fold_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for term in {textfold.fold(t.strip()) for t in terms}:
        if not term:
            continue
        found = folded.find(term)
        while found >= 0:
            after = found + len(term)
            # The end takes in the marks the fold dropped and all of a character it widened.
            nxt = bisect_right(starts, starts[after - 1], after - 1)
            end = starts[nxt] if nxt < len(starts) else len(text)
            spans.append((starts[found], end))
            found = folded.find(term, after)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def text_html(text: str, terms: Sequence[str] = ()) -> str:
    """Escape text for HTML, wrapping the search matches in a highlight span; newlines become <br>."""
    pieces: list[str] = []
    pos = 0
    for start, end in highlight_spans(text, terms) if terms else ():
        pieces.append(html.escape(text[pos:start]))
        pieces.append(HIGHLIGHT_OPEN + html.escape(text[start:end]) + HIGHLIGHT_CLOSE)
        pos = end
    pieces.append(html.escape(text[pos:]))
    return "".join(pieces).replace("\n", "<br>")


def link_html(url: str, text: str, terms: Sequence[str] = ()) -> str:
    """An anchor with an escaped href and escaped (highlighted) text."""
    return f'<a href="{html.escape(url, quote=True)}">{text_html(text, terms)}</a>'


def is_web_url(value: str) -> bool:
    """True for a single http(s) URL."""
    return bool(_URL.match(value.strip()))


def format_date(day: date | None) -> str:
    """dd/mm/aaaa, or "" for no date."""
    return day.strftime("%d/%m/%Y") if day else ""


def visible_extra(posting: Posting) -> list[tuple[str, str]]:
    """Extra fields worth showing, in file order, each under its readable label."""
    extra = posting.extra
    return [(QCoreApplication.translate(CONTEXT, extra_label(k)), extra[k]) for k in visible_extra_keys(extra)]


def header_fields(posting: Posting, labels: Labels) -> list[tuple[str, str]]:
    """(label, value) pairs of the header, empty values left out (dates and countdown handled apart)."""
    place = " / ".join(p for p in (posting.concelho, posting.distrito) if p)
    pairs = [
        (labels.trabalho, posting.trabalho),
        (labels.empregador, posting.empregador),
        (labels.place, place),
        (labels.codigo_postal, posting.codigo_postal),
        (labels.ref, posting.ref),
        (labels.id, "" if posting.id is None else str(posting.id)),
        (labels.abertura, format_date(posting.data_abertura)),
    ]
    return [(label, value) for label, value in pairs if value]


def _row(label: str, value_html: str) -> str:
    return f'<tr><td class="label">{html.escape(label)}</td><td>{value_html}</td></tr>'


def profile_html(profile: Profile, terms: Sequence[str] = ()) -> str:
    """Intro paragraph, then each section as an h3 heading (if any) and a bulleted list."""
    parts = [f"<p>{text_html(profile.intro, terms)}</p>"] if profile.intro else []
    for section in profile.sections:
        if section.header:
            parts.append(f"<h3>{text_html(section.header, terms)}</h3>")
        if section.items:
            items = "".join(f"<li>{text_html(item, terms)}</li>" for item in section.items)
            parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


def extra_html(pairs: list[tuple[str, str]], terms: Sequence[str] = ()) -> str:
    """A two-column bordered table; URL values become links."""
    rows = []
    for key, value in pairs:
        shown = link_html(value.strip(), value.strip(), terms) if is_web_url(value) else text_html(value, terms)
        rows.append(f'<tr><td class="label">{text_html(key, terms)}</td><td>{shown}</td></tr>')
    return f'<table class="extra" cellspacing="0" width="100%">{"".join(rows)}</table>'


def posting_html(posting: Posting, countdown: Countdown, labels: Labels, terms: Sequence[str] = (),
                 profile: ProfileText | None = None, history: str = "") -> str:
    """The whole detail page of one posting (profile: its text as the Library gave it; read here if None).

    history: the Histórico section's HTML (gui.history_render), put before the profile: for someone who
    applied, what changed matters most.
    """
    parts = [f"<h1>{text_html(posting.title or posting.trabalho or '—', terms)}</h1>"]
    rows = [_row(label, text_html(value, terms)) for label, value in header_fields(posting, labels)]
    phrase = countdown_html(countdown)
    closing = format_date(posting.data_fecho)
    rows.append(_row(labels.fecho, f"{html.escape(closing)} &nbsp;{phrase}" if closing else phrase))
    parts.append(f'<table cellspacing="0">{"".join(rows)}</table>')
    url = bep_url(posting.id)
    if url:
        parts.append(f'<p class="links">{link_html(url, labels.bep_link)}</p>')
    parts.append(history)
    parts.append(profile_and_extra_html(posting, labels, terms, profile))
    return "".join(parts)


def profile_notice(profile: ProfileText, labels: Labels) -> str:
    """What the reader must know about the text shown: the file changed since the scan, or is gone."""
    if profile.state is TextState.CHANGED:
        return labels.file_changed
    if profile.state is TextState.GONE:
        return labels.file_gone
    return ""


def profile_and_extra_html(posting: Posting, labels: Labels, terms: Sequence[str] = (),
                           profile_text: ProfileText | None = None) -> str:
    """The formatted profile and the extra fields, each under its heading (shared with the PDF)."""
    parts = []
    text = profile_text if profile_text is not None else read_profile(posting)
    profile = parse_profile(text.text)
    notice = profile_notice(text, labels)
    if profile.intro or profile.sections or notice:
        parts.append(f"<h2>{html.escape(labels.profile)}</h2>")
        if notice:
            parts.append(f'<p class="notice">{html.escape(notice)}</p>')
        parts.append(profile_html(profile, terms))
    extra = visible_extra(posting)
    if extra:
        parts.append(f"<h2>{html.escape(labels.extra)}</h2>{extra_html(extra, terms)}")
    return "".join(parts)


def posting_text(posting: Posting, countdown: Countdown, labels: Labels, profile: ProfileText | None = None) -> str:
    """Plain-text rendering: title, fields, profile and extra fields, blocks separated by blank lines."""
    lines = [f"{label}: {value}" for label, value in header_fields(posting, labels)]
    closing = format_date(posting.data_fecho)
    lines.append(f"{labels.fecho}: {closing} ({countdown.text})" if closing else f"{labels.fecho}: {countdown.text}")
    url = bep_url(posting.id)
    if url:
        lines.append(f"{labels.bep_link}: {url}")
    blocks = [posting.title or posting.trabalho, "\n".join(lines)]
    text = profile if profile is not None else read_profile(posting)
    profile_text = "\n\n".join(filter(None, (profile_notice(text, labels), parse_profile(text.text).as_text())))
    if profile_text:
        blocks.append(f"{labels.profile}\n\n{profile_text}")
    extra = visible_extra(posting)
    if extra:
        blocks.append("\n".join([labels.extra, *(f"{k}: {v}" for k, v in extra)]))
    return "\n\n".join(b for b in blocks if b)


def placeholder_html(text: str) -> str:
    """A centred, muted message for when nothing is selected."""
    return f'<p align="center" class="placeholder">{html.escape(text)}</p>'
