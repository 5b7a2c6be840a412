"""The UI language: which one (override, else the system locale), and its Qt translators.

Portuguese is the source language of every string, so it needs no catalogue of ours; English loads
resources/translations/vagas_desktop_en.qm. Qt's own dialogs (Yes/No, Cancel, the folder dialog)
use qtbase_pt_BR (the wheel has no qtbase_pt_PT), with the legacy qt_pt_PT installed after it so
that whatever it does have wins, then our qt_overrides_pt_PT (hand-maintained: European wording where
those two say "Arquivo", "Salvar", "Excluir", "Seleccionar"...). The messages of the Qt-free core
are rendered by core.messages in the language active_language() reports.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core.messages import Lang, env_language, language_of
from ..paths import resources_dir

log = logging.getLogger(__name__)

SETTING = "ui/language"  # "" (follow the system), "pt" or "en"; read once, at start
CHOICES: tuple[str, ...] = ("", "pt", "en")


def chosen_language(settings: QSettings | None = None, system: QLocale | None = None) -> Lang:
    """VAGAS_LANG, else the Idioma menu's choice, else the system locale (en* -> English, else pt)."""
    if os.environ.get("VAGAS_LANG"):
        return env_language({"VAGAS_LANG": os.environ["VAGAS_LANG"]})
    saved = str(settings.value(SETTING, "") or "") if settings is not None else ""
    if saved in ("pt", "en"):
        return "en" if saved == "en" else "pt"
    return locale_language(system or QLocale.system())


def locale_language(locale: QLocale) -> Lang:
    """English for an English locale; Portuguese for every other, C/POSIX included."""
    return "en" if locale.language() == QLocale.Language.English else language_of(locale.name())


def install_translators(app: QCoreApplication, lang: Lang) -> list[QTranslator]:
    """Install Qt's and our catalogues for lang; returns them (for remove_translators)."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resources_dir() / "translations")
    # pt: ours holds only the plural forms (%n) of the Portuguese sources
    wanted = [("qtbase_pt_BR", qt_dir), ("qt_pt_PT", qt_dir), ("qt_overrides_pt_PT", ours),
              ("vagas_desktop_pt_PT", ours)] if lang == "pt" else [("vagas_desktop_en", ours)]
    installed = []
    for name, folder in wanted:  # the last installed is searched first
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def active_language() -> Lang:
    """The language the installed catalogues speak: the English one translates "pt" to "en"."""
    return "en" if QCoreApplication.translate("Language", "pt") == "en" else "pt"
