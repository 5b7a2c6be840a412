"""What the CLI says, in Portuguese or English, following the locale like gettext (C/POSIX: Portuguese).

The CLI runs without a QApplication, so its words sit here beside the core's (core.messages), in
the same (Portuguese, English) form. argparse's own words ("usage:", "error:") stay as Python
ships them: Python carries no Portuguese catalogue for argparse.
"""

from __future__ import annotations

from .core.messages import Lang, env_language

_TEXTS: dict[str, tuple[str, str]] = {
    "folder-not-found": ("pasta não encontrada: {0}", "folder not found: {0}"),
    "not-a-folder": ("não é uma pasta: {0}", "not a folder: {0}"),
    "folder-not-readable": ("pasta ilegível: {0}", "folder not readable: {0}"),
    "cannot-write": ("não foi possível escrever {0}: {1}", "cannot write {0}: {1}"),
    "summary": ("vagas: {0}, problemas: {1} ({2} erros, {3} avisos), versões antigas: {4}, ignorados: {5}, "
                "segundos: {6}", "postings: {0}, problems: {1} ({2} errors, {3} warnings), superseded: {4}, "
                "ignored: {5}, seconds: {6}"),
    "cached": (", da cache: {0}", ", cached: {0}"),
    "exported": ("{0} vagas exportadas para {1} ({2})", "exported {0} postings to {1} ({2})"),
    "exists": ("{0} já existe; use --force para o substituir", "{0} already exists; use --force to overwrite it"),
    "no-shortlist": ("não há nenhuma lista chamada {0!r} (listas: {1})", "no shortlist named {0!r} (lists: {1})"),
    "ends-with-separator": ("{0} termina num separador de pastas; indique um nome de ficheiro, p. ex. {1}",
                            "{0} ends with a path separator; give a file name, e.g. {1}"),
    "is-a-folder": ("{0} é uma pasta; indique um nome de ficheiro dentro dela, p. ex. {1}",
                    "{0} is a folder; give a file name inside it, e.g. {1}"),
    "not-regular": ("{0} existe e não é um ficheiro normal", "{0} exists and is not a regular file"),
    "parent-not-found": ("pasta não encontrada: {0} (crie-a primeiro)", "folder not found: {0} (create it first)"),
}


def language() -> Lang:
    return env_language()


def say(code: str, *args: object) -> str:
    """The CLI's message code in the locale's language."""
    pt, en = _TEXTS[code]
    return (en if language() == "en" else pt).format(*args)
