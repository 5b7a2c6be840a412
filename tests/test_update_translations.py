"""tools/update_translations.py on a copy of the project: a new string and a new plural come out translated."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]


def project_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "vagas_desktop", copy / "vagas_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources" / "translations", copy / "resources" / "translations")
    (copy / "tools").mkdir()
    shutil.copy(ROOT / "tools" / "update_translations.py", copy / "tools")
    (copy / "vagas_desktop" / "gui" / "novo.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def words(n: int) -> tuple[str, str, str]:\n"
        '    return (QCoreApplication.translate("Novo", "Olá"), QCoreApplication.translate("Novo", "Adeus"),\n'
        '            QCoreApplication.translate("Novo", "%n vagas novas", "", n))\n', encoding="utf-8")
    return copy


def test_new_strings_are_filled_from_tsv_and_plurals_keep_their_forms(tmp_path: Path) -> None:
    copy = project_copy(tmp_path)
    english = tmp_path / "en.tsv"
    english.write_text("Novo\tOlá\tHello\nNovo\t%n vagas novas\t%n new posting|%n new postings\n", encoding="utf-8")
    portuguese = tmp_path / "pt.tsv"
    portuguese.write_text("Novo\t%n vagas novas\t%n vaga nova|%n vagas novas\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(copy / "tools" / "update_translations.py"), str(english),
                           "--pt", str(portuguese), "--strict"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1  # "Adeus" has no translation yet: listed, and --strict fails
    assert "unfinished: Novo: 'Adeus'" in proc.stdout and proc.stdout.count("unfinished: ") == 1, proc.stdout
    folder = copy / "resources" / "translations"
    en, pt = QTranslator(), QTranslator()
    assert en.load(str(folder / "vagas_desktop_en.qm")) and pt.load(str(folder / "vagas_desktop_pt_PT.qm"))
    assert en.translate("Novo", "Olá") == "Hello"
    assert en.translate("Novo", "%n vagas novas", "", 1) == "%n new posting"
    assert en.translate("Novo", "%n vagas novas", "", 2) == "%n new postings"
    assert pt.translate("Novo", "%n vagas novas", "", 1) == "%n vaga nova"
    assert en.translate("MainWindow", "&Ficheiro") == "&File"  # the translations already there are kept
    assert 'numerus="yes"' in (folder / "vagas_desktop_en.ts").read_text(encoding="utf-8")
