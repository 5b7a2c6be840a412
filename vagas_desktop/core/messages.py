"""The core's user-facing messages, in Portuguese and English: one code per message, rendered on demand.

Why a catalogue here and not Qt's: the core never imports Qt, and the CLI speaks without a
QApplication. The core hands out a stable code and plain-text arguments (a ParseProblem, a store's
LoadReport); the GUI and the CLI render them with render(code, args, lang) in their active language.
Data that outlives a run (the scan cache) keeps only code and arguments, so a language switch never
invalidates it.

An argument that is itself a code (it starts with "#", e.g. "#os.eacces") is rendered in the same
language: the system's reason for a failed read is named, not quoted in the C library's English.
A message with a count (in _PLURALS) has a (singular, plural) pair per language, chosen by args[0].
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping, Sequence
from typing import Literal

Lang = Literal["pt", "en"]
Note = tuple[str, tuple[str, ...]]  # a message for the user: code and arguments
DEFAULT_LANG: Lang = "pt"  # the app's own language: a C/POSIX locale, or one we do not speak, gets it

# code -> (Portuguese, English); "{0}", "{1}": the arguments in order.
_TEXTS: dict[str, tuple[str, str]] = {
    # -- reading one file (core.parse, core.frontmatter_text) ------------------------------------
    "unreadable": ("ilegível: {0}", "unreadable: {0}"),
    "too-large": ("grande demais para ser uma vaga (mais de {0} MB)", "too large to be a posting (over {0} MB)"),
    "failed": ("não foi possível ler: {0}", "could not be read: {0}"),
    "appears-twice": ("{0} aparece duas vezes; ficou o último valor, o anterior era '{1}'",
                      "{0} appears twice; kept the last value, the earlier was '{1}'"),
    "id-too-long": ("Id demasiado longo ({0} algarismos); mantido como texto",
                    "Id too long ({0} digits); kept as text"),
    "id-not-number": ("Id '{0}' não é um número inteiro", "Id '{0}' is not a whole number"),
    "bad-date": ("{0} '{1}' não é uma data válida", "{0} '{1}' is not a valid date"),
    "dates-reversed": ("DataFecho {0} é anterior a DataAbertura {1}", "DataFecho {0} is before DataAbertura {1}"),
    "no-fields": ("não é uma vaga: sem título, Ref, Id, Trabalho, Empregador nem Descricao",
                  "not a posting: no title, Ref, Id, Trabalho, Empregador or Descricao"),
    "bad-utf16": ("UTF-16 inválido: bytes errados substituídos por �", "invalid UTF-16: bad bytes replaced by �"),
    "cp1252": ("não está em UTF-8: lido como Windows-1252", "not UTF-8: read as Windows-1252"),
    "latin1": ("não está em UTF-8: lido como Latin-1", "not UTF-8: read as Latin-1"),
    "binary": ("não é uma vaga: dados binários", "not a posting: binary data"),
    "no-front-matter": ("não é uma vaga: sem cabeçalho (front matter)", "not a posting: no front matter"),
    "empty-front-matter": ("não é uma vaga: o cabeçalho (front matter) está vazio",
                           "not a posting: the front matter is empty"),
    "no-closing-fence": ("o cabeçalho não tem '---' de fecho: lido até ao fim do ficheiro",
                         "front matter has no closing '---': read to the end of the file"),
    # PyYAML's errors (core.yaml_problems): {0} is the file's line; its tokens ({1}, {2}) stay as written
    "yaml-expected-at": ("YAML inválido na linha {0}: esperava-se {1}, mas encontrou-se {2}; lido linha a linha",
                         "invalid YAML at line {0}: expected {1}, but found {2}; read line by line"),
    "yaml-char-at": ("YAML inválido na linha {0}: o carácter {1} não pode começar um elemento; lido linha a linha",
                     "invalid YAML at line {0}: found character {1} that cannot start any token; "
                     "read line by line"),
    "yaml-escape-at": ("YAML inválido na linha {0}: sequência de escape desconhecida {1}; lido linha a linha",
                       "invalid YAML at line {0}: found unknown escape character {1}; read line by line"),
    "yaml-missing-at": ("YAML inválido na linha {0}: falta {1}; lido linha a linha",
                        "invalid YAML at line {0}: did not find expected {1}; read line by line"),
    "yaml-missing-key-at": ("YAML inválido na linha {0}: falta uma chave; lido linha a linha",
                            "invalid YAML at line {0}: did not find expected key; read line by line"),
    "yaml-missing-dash-at": ("YAML inválido na linha {0}: falta o '-' de um elemento de lista; lido linha a linha",
                             "invalid YAML at line {0}: did not find expected '-' indicator; read line by line"),
    "yaml-bad-char-at": ("YAML inválido na linha {0}: um carácter não pode começar um elemento; lido linha a linha",
                         "invalid YAML at line {0}: found character that cannot start any token; "
                         "read line by line"),
    "yaml-bad-escape-at": ("YAML inválido na linha {0}: sequência de escape desconhecida; lido linha a linha",
                           "invalid YAML at line {0}: found unknown escape character; read line by line"),
    "yaml-colon-at": ("YAML inválido na linha {0}: ':' inesperado; lido linha a linha",
                      "invalid YAML at line {0}: found unexpected ':'; read line by line"),
    "yaml-mapping-values-at": ("YAML inválido na linha {0}: aqui não pode haver 'chave: valor'; lido linha a linha",
                               "invalid YAML at line {0}: mapping values are not allowed here; read line by line"),
    "yaml-end-at": ("YAML inválido na linha {0}: o texto acaba antes do tempo; lido linha a linha",
                    "invalid YAML at line {0}: found unexpected end of stream; read line by line"),
    "yaml-sequence-at": ("YAML inválido na linha {0}: aqui não pode haver elementos de lista; lido linha a linha",
                         "invalid YAML at line {0}: sequence entries are not allowed here; read line by line"),
    "yaml-mapping-keys-at": ("YAML inválido na linha {0}: aqui não pode haver chaves; lido linha a linha",
                             "invalid YAML at line {0}: mapping keys are not allowed here; read line by line"),
    "yaml-separator-at": ("YAML inválido na linha {0}: separador de documento inesperado; lido linha a linha",
                          "invalid YAML at line {0}: found unexpected document separator; read line by line"),
    "yaml-tab-at": ("YAML inválido na linha {0}: uma tabulação onde se esperava um espaço; lido linha a linha",
                    "invalid YAML at line {0}: a tab character where an indentation space is expected; "
                    "read line by line"),
    "yaml-other-at": ("YAML inválido na linha {0}: erro de sintaxe; lido linha a linha",
                      "invalid YAML at line {0}: syntax error; read line by line"),
    "yaml-aliases-at": ("YAML recusado na linha {0}: não são permitidos aliases (*nome); lido linha a linha",
                        "invalid YAML at line {0}: aliases (*name) are not allowed; read line by line"),
    "yaml-nested-at": ("YAML recusado na linha {0}: aninhamento com mais de {1} níveis; lido linha a linha",
                       "invalid YAML at line {0}: nested deeper than {1} levels; read line by line"),
    "not-key-value": ("o cabeçalho não é uma lista de linhas 'Chave: valor'; lido linha a linha",
                      "front matter is not a list of 'Key: value' lines; read line by line"),
    # -- finding the files (core.scan) ------------------------------------------------------------
    "not-regular": ("ignorado: não é um ficheiro normal", "ignored: not a regular file"),
    "link-outside": ("ignorado: ligação para fora da pasta aberta ({0})",
                     "ignored: link outside the opened folder ({0})"),
    "link-file-outside": ("ignorado: ligação para um ficheiro fora da pasta aberta ({0})",
                          "ignored: link to a file outside the opened folder ({0})"),
    "link-folder-outside": ("ignorado: ligação para uma pasta fora da pasta aberta ({0})",
                            "ignored: link to a folder outside the opened folder ({0})"),
    "broken-link": ("ignorado: ligação quebrada", "ignored: broken link"),
    "folder-unreadable": ("pasta ilegível: {0}", "folder unreadable: {0}"),
    "superseded": ("substituída: a Ref {0} também está em {1}, uma versão mais recente",
                   "superseded: Ref {0} also in {1}, a newer version"),
    # -- what changed in a posting between opens (core.posting_history: "change-" + ChangeKind) ----
    "change-extended": ("Prazo prorrogado: {0} → {1}", "Deadline extended: {0} → {1}"),
    "change-shortened": ("Prazo antecipado: {0} → {1}", "Deadline brought forward: {0} → {1}"),
    "change-deadline": ("Prazo alterado: {0} → {1}", "Deadline changed: {0} → {1}"),
    "change-opening": ("Abertura alterada: {0} → {1}", "Opening date changed: {0} → {1}"),
    "change-title": ("Título alterado: «{0}» → «{1}»", "Title changed: “{0}” → “{1}”"),
    "change-trabalho": ("Trabalho alterado: {0} → {1}", "Job type changed: {0} → {1}"),
    "change-empregador": ("Empregador alterado: {0} → {1}", "Employer changed: {0} → {1}"),
    "change-place": ("Local alterado: {0} → {1}", "Place changed: {0} → {1}"),
    "change-profile": ("Perfil alterado", "Profile changed"),
    "change-republished": ("Republicação de {0}", "Republication of {0}"),
    # -- reasons, used as arguments ("#...") -------------------------------------------------------
    "#nesting": ("aninhamento demasiado profundo", "nesting too deep"),
    "#memory": ("memória esgotada", "out of memory"),
    "#os.eacces": ("permissão negada", "permission denied"),
    "#os.eperm": ("operação não permitida", "operation not permitted"),
    "#os.enoent": ("ficheiro ou pasta inexistente", "no such file or directory"),
    "#os.enotdir": ("não é uma pasta", "not a directory"),
    "#os.eisdir": ("é uma pasta", "is a directory"),
    "#os.eloop": ("demasiados níveis de ligações", "too many levels of symbolic links"),
    "#os.eio": ("erro de entrada/saída", "input/output error"),
    "#os.einval": ("não é um ficheiro normal", "not a regular file"),
    "#os.enospc": ("não há espaço no disco", "no space left on device"),
    "#os.erofs": ("sistema de ficheiros só de leitura", "read-only file system"),
    "#os.enametoolong": ("nome demasiado longo", "file name too long"),
    "#os.emfile": ("demasiados ficheiros abertos", "too many open files"),
}

_TEXTS.update({
    # -- the user-data store (core.atomic, core.shortlists) -----------------------------------------
    "store.unreadable": ("Não foi possível ler os dados do utilizador ({0}).", "Your data could not be read ({0})."),
    "store.nothing-saved": ("Abertos só para leitura: nada será gravado por cima do ficheiro.",
                            "Opened read-only: nothing will be saved over the file."),
    "store.cannot-write": ("Não é possível gravar na pasta dos dados ({0}: {1}).",
                           "The data folder cannot be written ({0}: {1})."),
    "store.cannot-write-not-folder": ("Não é possível gravar na pasta dos dados ({0}: {1} não é uma pasta).",
                                      "The data folder cannot be written ({0}: {1} is not a folder)."),
    "#store.rofs": ("o disco só permite leitura", "the disk is read-only"),
    "#store.no-permission": ("sem permissão de escrita", "no permission to write"),
    "store.no-change-saved": ("Os seus dados estão abertos só para leitura; nenhuma alteração será gravada.",
                              "Your data is open read-only; no change will be saved."),
    "store.newer": ("Os dados foram gravados por uma versão mais recente da aplicação (esquema {0}; "
                    "esta versão lê até {1}).",
                    "Your data was saved by a newer version of the app (schema {0}; this version reads up to {1})."),
    "store.newer-none": ("Esta versão não consegue mostrar nenhum deles.", "This version can show none of it."),
    "store.update-app": ("Abertos só para leitura, sem alterações: atualize a aplicação.",
                         "Opened read-only, unchanged: update the app."),
    "store.damaged-moved": ("O ficheiro de dados estava danificado; foi guardado à parte como {0}.",
                            "The data file was damaged; it was set aside as {0}."),
    "store.damaged-kept": ("O ficheiro de dados está danificado e não pôde ser posto à parte; aberto só para leitura.",
                           "The data file is damaged and could not be set aside; opened read-only."),
    "store.backup-offered": ("Existe uma cópia de segurança anterior que pode ser reposta.",
                             "An earlier backup exists and can be restored."),
    "store.backup-only": ("Não foi encontrado o ficheiro de dados, mas existe uma cópia de segurança que pode ser "
                          "reposta.", "The data file was not found, but a backup exists and can be restored."),
    "store.restored": ("A cópia de segurança foi reposta.", "The backup was restored."),
})

_TEXTS.update({
    # -- the search box (core.query): {0} is the filter name typed ---------------------------------
    "hint.unclosed-quote": ("Faltam as aspas de fecho: o resto do texto é procurado como uma só frase.",
                            "Missing closing quote: the rest of the text is searched as one phrase."),
    "hint.empty-value": ('"{0}:" precisa de um valor logo a seguir aos dois pontos, p. ex. {0}:lisboa.',
                         '"{0}:" needs a value right after the colon, e.g. {0}:lisboa.'),
    "hint.empty-phrase": ('Uma frase vazia ("") foi ignorada.', 'An empty phrase ("") was ignored.'),
    "hint.unknown-qualifier": ('Filtro desconhecido "{0}:", procurado como texto.',
                               'Unknown filter "{0}:", searched as plain text.'),
    "hint.lone-minus": ('Um "-" sozinho foi ignorado: ponha-o logo antes de uma palavra para a excluir, '
                        'p. ex. -lisboa.',
                        'A lone "-" was ignored: put it right before a word to exclude it, e.g. -lisboa.'),
    # {0}: the term as typed
    "hint.bad-date": ('Data não reconhecida em "{0}" (filtro ignorado): use p. ex. fecho<=2025-03-31, '
                      'abertura>=01/03/2025, fecho:2025-03, abertura:2024 ou fecho<=7d (dias a contar de hoje).',
                      'Date not understood in "{0}" (filter ignored): use e.g. fecho<=2025-03-31, '
                      'abertura>=01/03/2025, fecho:2025-03, abertura:2024 or fecho<=7d (days from today).'),
    "hint.bad-state": ('Estado desconhecido em "{0}" (filtro ignorado): use estado:aberta, estado:a-fechar, '
                       'estado:fecha-hoje, estado:fechada ou estado:a-abrir.',
                       'Unknown state in "{0}" (filter ignored): use estado:open, estado:closing, '
                       'estado:today, estado:closed or estado:upcoming.'),
})

_TEXTS.update({
    # -- exports (core.export, core.export_columns) ------------------------------------------------
    "export.cannot-write": ("Não foi possível escrever em {0}: {1}", "Could not write {0}: {1}"),
    "export.disk-full": ("Não foi possível escrever em {0}: o disco está cheio ({1})",
                         "Could not write {0}: the disk is full ({1})"),
    "export.incomplete": ("Não foi possível escrever em {0}: o ficheiro não foi escrito por inteiro ({1})",
                          "Could not write {0}: the whole file could not be written ({1})"),
    "export.unknown-format": ("Formato desconhecido {0}. Formatos: {1}", "Unknown format {0}. Formats: {1}"),
    "export.no-columns": ("Nenhuma coluna indicada. Colunas válidas: {0}", "No columns given. Valid columns: {0}"),
    "export.unknown-column": ("Coluna desconhecida {0}. Colunas válidas: {1}",
                              "Unknown column {0}. Valid columns: {1}"),
    "export.duplicate-column": ("Coluna repetida: {0}", "Duplicate column: {0}"),
    # -- calendar events (core.export_ics): the summary and the description's lines ----------------
    "ics.summary": ("Fecho: {0}", "Closes: {0}"),
    "ics.employer": ("Empregador: {0}", "Employer: {0}"),
    "ics.ref": ("Ref: {0}", "Ref: {0}"),
    "ics.place": ("Local: {0}", "Place: {0}"),
    "ics.status": ("Estado: {0}", "Status: {0}"),
    "ics.link": ("Página no BEP: {0}", "BEP page: {0}"),
    # -- the activity report (core.activity_report): column headers, sheet and title ----------------
    "report.date": ("Data", "Date"),
    "report.ref": ("Ref", "Ref"),
    "report.trabalho": ("Trabalho", "Job"),
    "report.empregador": ("Empregador", "Employer"),
    "report.place": ("Local", "Place"),
    "report.status": ("Estado", "Status"),
    "report.closes": ("Fecho", "Closes"),
    "report.link": ("Página no BEP", "BEP page"),
    "report.notes": ("Notas", "Notes"),
    "report.cleared": ("(estado retirado)", "(status cleared)"),
    "report.sheet": ("Atividade", "Activity"),
    "report.title": ("Relatório de atividade", "Activity report"),
    "report.period": ("Período: {0} a {1}", "Period: {0} to {1}"),
    "report.since": ("desde o início", "the beginning"),
    "report.until": ("hoje", "today"),
    # -- application statuses for the CLI's words (the GUI translates STATUS_LABELS with Qt) -----------
    "status.interessado": ("Interessado", "Interested"),
    "status.candidatura_enviada": ("Candidatura enviada", "Application sent"),
    "status.entrevista": ("Entrevista / Prova", "Interview / Test"),
    "status.oferta": ("Oferta / Colocado", "Offer / Placed"),
    "status.excluido": ("Excluído", "Excluded"),
    "status.desisti": ("Desisti", "Withdrawn"),
})

# -- statistics (core.stats): chart titles and the names of bars that are not a value ----------------
_TEXTS.update({
    "stats.by.distrito": ("Vagas por distrito", "Postings by district"),
    "stats.by.concelho": ("Vagas por concelho", "Postings by municipality"),
    "stats.by.trabalho": ("Vagas por trabalho", "Postings by job"),
    "stats.by.empregador": ("Vagas por empregador", "Postings by employer"),
    "stats.by.fecho-semana": ("Prazos: a fechar por semana", "Deadlines: closing per week"),
    "stats.by.abertura-mes": ("Abertas por mês", "Opened per month"),
    "stats.by.estado": ("Vagas por estado da candidatura", "Postings by application status"),
    "stats.count": ("vagas", "postings"),
    "stats.share": ("percentagem", "share"),
    "stats.total": ("total", "total"),
    "stats.others": ("outros ({0})", "others ({0})"),
    "stats.empty": ("(sem valor)", "(none)"),
    "stats.closed": ("já fechadas", "already closed"),
    "stats.later": ("mais tarde", "later"),
    "stats.no-status": ("sem estado", "no status"),
    "stats.week": ("{0}–{1}", "{0}–{1}"),
    "status.interessado": ("Interessado", "Interested"),
    "status.candidatura_enviada": ("Candidatura enviada", "Application sent"),
    "status.entrevista": ("Entrevista / Prova", "Interview / Test"),
    "status.oferta": ("Oferta / Colocado", "Offer / Placed"),
    "status.excluido": ("Excluído", "Excluded"),
    "status.desisti": ("Desisti", "Withdrawn"),
})

# Messages with a count: code -> ((pt singular, pt plural), (en singular, en plural)); args[0] is the count.
_PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "more-warnings": (("e mais {0} aviso", "e mais {0} avisos"), ("and {0} more warning", "and {0} more warnings")),
    "store.newer-partial": (("Há {0} registo que esta versão não consegue mostrar por completo.",
                             "Há {0} registos que esta versão não consegue mostrar por completo."),
                            ("{0} record cannot be shown in full by this version.",
                             "{0} records cannot be shown in full by this version.")),
}

_ERRNO_CODES = {
    errno.EACCES: "#os.eacces", errno.EPERM: "#os.eperm", errno.ENOENT: "#os.enoent", errno.ENOTDIR: "#os.enotdir",
    errno.EISDIR: "#os.eisdir", errno.ELOOP: "#os.eloop", errno.EIO: "#os.eio", errno.EINVAL: "#os.einval",
    errno.ENOSPC: "#os.enospc", errno.EROFS: "#os.erofs", errno.ENAMETOOLONG: "#os.enametoolong",
    errno.EMFILE: "#os.emfile",
}


class NotedError(Exception):
    """An error whose words are a code and arguments: text(lang) for the user; str() is Portuguese."""

    def __init__(self, code: str, *args: str) -> None:
        super().__init__(render(code, args))
        self.note: Note = (code, args)

    def text(self, lang: Lang = DEFAULT_LANG) -> str:
        return render(*self.note, lang)


def is_code(code: str) -> bool:
    return code in _TEXTS or code in _PLURALS


def codes() -> list[str]:
    """Every message code (for tests and the translation check)."""
    return [*_TEXTS, *_PLURALS]


def pairs() -> list[tuple[str, str]]:
    """Every (Portuguese, English) template, plural forms included (for the language tests)."""
    found = list(_TEXTS.values())
    for (pt_one, pt_many), (en_one, en_many) in _PLURALS.values():
        found += [(pt_one, en_one), (pt_many, en_many)]
    return found


def os_reason(exc: OSError) -> str:
    """The reason of a failed system call as a code when we know it, else the system's own words."""
    code = _ERRNO_CODES.get(exc.errno or 0)
    return code if code else (exc.strerror or str(exc)).lower()


def render(code: str, args: Sequence[str] = (), lang: Lang = DEFAULT_LANG) -> str:
    """The message in lang; an unknown code is shown as it is (with its arguments), never raises."""
    index = 0 if lang == "pt" else 1
    if code in _PLURALS:
        count = int(args[0]) if args and args[0].lstrip("-").isdigit() else 0
        template = _PLURALS[code][index][0 if abs(count) == 1 else 1]
    elif code in _TEXTS:
        template = _TEXTS[code][index]
    else:
        return " ".join([code, *args]) if args else code
    shown = [render(a, (), lang) if a.startswith("#") and is_code(a) else a for a in args]
    try:
        return template.format(*shown)
    except (IndexError, KeyError, ValueError):  # a cached message with fewer arguments than this version's
        return template


def language_of(locale_name: str) -> Lang:
    """'en_GB.UTF-8', 'en' -> English; everything else (pt_PT, C, POSIX, xx_YY, empty) -> Portuguese."""
    return "en" if locale_name.strip().lower().startswith("en") else DEFAULT_LANG


def env_language(environ: Mapping[str, str] | None = None) -> Lang:
    """The language the environment asks for, as gettext reads it: VAGAS_LANG first; else the first
    set of LC_ALL, LC_MESSAGES, LANG, with LANGUAGE's first entry before it unless that locale is
    C/POSIX (or none is set). C/POSIX and locales we do not speak give Portuguese."""
    env = os.environ if environ is None else environ
    if env.get("VAGAS_LANG"):
        return language_of(env["VAGAS_LANG"])
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            if value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
                return DEFAULT_LANG  # gettext ignores LANGUAGE under the C locale, so do we
            first = env.get("LANGUAGE", "").split(":")[0]
            return language_of(first or value)
    return DEFAULT_LANG  # no locale set at all is the C locale
