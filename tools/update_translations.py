"""Refresh resources/translations/vagas_desktop_en.ts from the sources and compile the .qm.

    python tools/update_translations.py [NEW.tsv ...]

1. pyside6-lupdate (with -no-obsolete) over every .py of the package into a scratch .ts;
2. the translations already in the .ts are kept (matched by context + source);
3. entries with %n (or %Ln) get numerus="yes" and their plural forms back (lupdate loses them for
   QCoreApplication.translate(ctx, text, "", n) calls in Python);
4. each TSV line "context<TAB>portuguese source<TAB>english" (plural: "singular|plural") fills an
   entry that has no translation yet (or replaces it, with --force);
5. entries still unfinished are listed (exit status 1 with --strict), then pyside6-lrelease
   writes the .qm beside the .ts.
The same for vagas_desktop_pt_PT.ts, which holds only the Portuguese plural forms (the %n
entries): new ones come from --pt FILE.tsv, "context<TAB>source<TAB>singular|plural".
qt_overrides_pt_PT.ts (European Portuguese for Qt's own widgets) is edited by hand: only lrelease.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_EN = ROOT / "resources" / "translations" / "vagas_desktop_en.ts"
# Portuguese is the source language; its catalogue holds only the plural forms (%n) of the sources.
TS_PT = ROOT / "resources" / "translations" / "vagas_desktop_pt_PT.ts"
# Qt's own contexts (QFileDialog, QPlatformTheme...), hand-maintained: lupdate would drop them all.
TS_QT_OVERRIDES = ROOT / "resources" / "translations" / "qt_overrides_pt_PT.ts"
PACKAGE = ROOT / "vagas_desktop"
Key = tuple[str, str]  # (context, source)


def _is_numerus(source: str) -> bool:
    """A source with a count: %n, or %Ln (the count in the locale's digits)."""
    return "%n" in source or "%Ln" in source


def tool(name: str) -> str:
    """The Qt tool beside this Python (a venv's bin), else on PATH."""
    here = Path(sys.executable).with_name(name)
    return str(here) if here.exists() else (shutil.which(name) or name)


def translations(root: ET.Element) -> dict[Key, list[str]]:
    """(context, source) -> its finished translation(s): one text, or the plural forms."""
    found: dict[Key, list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            texts = forms if forms else [tr.text or ""]
            if any(texts):
                found[(name, message.findtext("source", ""))] = texts
    return found


def read_tsv(paths: list[Path]) -> dict[Key, list[str]]:
    rows: dict[Key, list[str]] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                if not row or row[0].startswith("#"):
                    continue
                if len(row) != 3:
                    sys.exit(f"{path}:{n}: expected context<TAB>source<TAB>english, got {len(row)} fields")
                context, source, english = row
                rows[(context, source)] = english.split("|") if _is_numerus(source) else [english]
    return rows


def set_translation(message: ET.Element, texts: list[str]) -> None:
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    tr.attrib.pop("type", None)
    tr.text = None
    for child in list(tr):
        tr.remove(child)
    if message.get("numerus") == "yes":
        forms = texts if len(texts) > 1 else [texts[0], texts[0]]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = texts[0]


def refresh(ts: Path, target: str, plural_only: bool, new: dict[Key, list[str]], force: bool,
            sources: list[str]) -> list[Key]:
    """Rewrite ts from the sources, its old translations and new ones; compile it; the unfinished keys."""
    old = translations(ET.parse(ts).getroot()) if ts.exists() else {}
    # lupdate writes locations relative to the .ts: a fresh scratch file in the .ts's own folder
    scratch = ts.with_name(".scratch_" + ts.name)
    scratch.unlink(missing_ok=True)
    try:
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-source-language", "pt_PT",
                        "-target-language", target, *sources, "-ts", str(scratch)], cwd=ROOT, check=True)
        tree = ET.parse(scratch)
    finally:
        scratch.unlink(missing_ok=True)

    if plural_only:  # not lupdate's -pluralonly: it misses QCoreApplication.translate(ctx, text, "", n)
        for context in list(tree.getroot().iter("context")):
            for message in list(context.iter("message")):
                if not _is_numerus(message.findtext("source", "")):
                    context.remove(message)
            if context.find("message") is None:
                tree.getroot().remove(context)
    unfinished: list[Key] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            if _is_numerus(key[1]):
                message.set("numerus", "yes")
            texts = new[key] if key in new and (force or key not in old) else old.get(key)
            if texts:
                set_translation(message, texts)
            else:
                tr = message.find("translation")
                if tr is None:
                    tr = ET.SubElement(message, "translation")
                tr.set("type", "unfinished")
                unfinished.append(key)
    present = {(c.findtext("name", ""), m.findtext("source", "")) for c in tree.getroot().iter("context")
               for m in c.iter("message")}

    ET.indent(tree, space="    ")
    # Laid out as lupdate does (contexts flush left), so a refresh diffs only what changed
    lines = ET.tostring(tree.getroot(), encoding="unicode").split("\n")
    body = "\n".join(line[4:] if line.startswith("    ") else line for line in lines)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)

    for context, source in sorted(set(new) - present):
        print(f"{ts.name}: not in the sources (TSV line unused): {context}: {source!r}")
    for context, source in unfinished:
        print(f"{ts.name}: unfinished: {context}: {source!r}")
    print(f"{ts.relative_to(ROOT)}: {len(present)} messages, {len(unfinished)} unfinished")
    return unfinished


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tsv", nargs="*", type=Path, help="new English translations: context, source, english")
    parser.add_argument("--pt", nargs="*", type=Path, default=[],
                        help="Portuguese plural forms (context, source, 'singular|plural') for the pt_PT catalogue")
    parser.add_argument("--force", action="store_true", help="a TSV line replaces an existing translation")
    parser.add_argument("--strict", action="store_true", help="exit 1 while any entry is unfinished")
    args = parser.parse_args(argv)

    sources = sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))
    unfinished = refresh(TS_EN, "en", False, read_tsv(args.tsv), args.force, sources)
    unfinished += refresh(TS_PT, "pt_PT", True, read_tsv(args.pt), args.force, sources)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS_QT_OVERRIDES), "-qm",
                    str(TS_QT_OVERRIDES.with_suffix(".qm"))], check=True)
    print(f"{TS_QT_OVERRIDES.relative_to(ROOT)}: compiled (hand-maintained, no lupdate)")
    return 1 if args.strict and unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
