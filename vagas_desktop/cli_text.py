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
    # "key: count" lines need no plural forms
    "summary": ("vagas: {0}, problemas: {1} (erros: {2}, avisos: {3}), versões antigas: {4}, ignorados: {5}, "
                "segundos: {6}", "postings: {0}, problems: {1} (errors: {2}, warnings: {3}), superseded: {4}, "
                "ignored: {5}, seconds: {6}"),
    "cached": (", da cache: {0}", ", cached: {0}"),
    "exported": ("exportado para {1} ({2}): vagas: {0}", "exported to {1} ({2}): postings: {0}"),
    "exists": ("{0} já existe; use --force para o substituir", "{0} already exists; use --force to overwrite it"),
    "no-shortlist": ("não há nenhuma lista chamada {0!r} (listas: {1})", "no shortlist named {0!r} (lists: {1})"),
    "ends-with-separator": ("{0} termina num separador de pastas; indique um nome de ficheiro, p. ex. {1}",
                            "{0} ends with a path separator; give a file name, e.g. {1}"),
    "is-a-folder": ("{0} é uma pasta; indique um nome de ficheiro dentro dela, p. ex. {1}",
                    "{0} is a folder; give a file name inside it, e.g. {1}"),
    "not-regular": ("{0} existe e não é um ficheiro normal", "{0} exists and is not a regular file"),
    "parent-not-found": ("pasta não encontrada: {0} (crie-a primeiro)", "folder not found: {0} (create it first)"),
    "no-search": ("não há nenhuma pesquisa guardada chamada {0!r} (pesquisas: {1})",
                  "no saved search named {0!r} (searches: {1})"),
    "search-exists": ("já existe uma pesquisa guardada chamada {0!r}", "a saved search named {0!r} already exists"),
    "search-empty-name": ("uma pesquisa guardada precisa de um nome", "a saved search needs a name"),
    "search-bad-query": ("pesquisa {0!r}: {1}", "search {0!r}: {1}"),
    "store-refused": ("os dados do utilizador não foram alterados: {0}", "the user data was not changed: {0}"),
    "ics-skipped": ("sem data de fecho, fora do calendário: {0}", "no closing date, left out of the calendar: {0}"),
    "reported": ("relatório escrito em {1} ({2}): mudanças de estado: {0}",
                 "report written to {1} ({2}): status changes: {0}"),
    # -- argparse help ---------------------------------------------------------------------------------
    "help.export": ('exportar vagas (uma pesquisa, uma lista, as marcadas) para CSV, XLSX, PDF, calendário '
                    '(ICS) ou JSON',
                   'export postings (a query, a shortlist, the bookmarked) to CSV, XLSX, PDF, calendar (ICS) '
                   'or JSON'),
    "help.output": ('o ficheiro a escrever',
                   'the file to write'),
    "help.format": ('por omissão: pelo nome do ficheiro (.xlsx, .pdf, .ics, .json), senão csv-excel-pt',
                   'default: from the file name (.xlsx, .pdf, .ics, .json), else csv-excel-pt'),
    "help.query": ('a mesma sintaxe da caixa de pesquisa, p. ex. "distrito:lisboa tecnico"',
                  'same syntax as the search box, e.g. "distrito:lisboa tecnico"'),
    "help.shortlist": ('só as vagas desta lista',
                      'only the postings of this named list'),
    "help.bookmarked": ('só as vagas marcadas',
                       'only bookmarked postings'),
    "help.columns": ('chaves das colunas separadas por vírgulas (por omissão: um conjunto útil)',
                    'comma-separated column keys (default: a useful set)'),
    "help.include-notes": ("pdf: incluir as notas (privadas; por omissão ficam de fora)",
                           "pdf: include the notes (private; left out by default)"),
    "help.report": ("relatório de atividade: cada candidatura com as mudanças de estado e as datas, num período",
                    "activity report: each application with its status changes and their dates, in a period"),
    "help.report-format": ("csv-excel-pt, csv, xlsx ou pdf; por omissão: pelo nome do ficheiro",
                           "csv-excel-pt, csv, xlsx or pdf; default: from the file name"),
    "help.report-from": ("primeiro dia do período (por omissão: desde o início)",
                         "first day of the period (default: from the beginning)"),
    "help.report-to": ("último dia do período (por omissão: hoje)", "last day of the period (default: today)"),
    "help.report-shortlist": ("só as vagas desta lista (por omissão: todas as acompanhadas)",
                              "only the postings of this named list (default: every tracked posting)"),
    "help.report-notes": ("incluir as notas (privadas; por omissão ficam de fora)",
                          "include the notes (private; left out by default)"),
    "help.remind-days": ("ics: lembrete N dias úteis antes do fecho (fins de semana e feriados nacionais não "
                         "contam; por omissão 3; -1: sem lembrete)",
                         "ics: reminder N working days before the deadline (weekends and national holidays "
                         "skipped; default 3; -1: none)"),
    "help.today": ('o dia de hoje da aplicação, AAAA-MM-DD',
                  "the app's today, YYYY-MM-DD"),
    "help.data-dir": ('onde estão os dados do utilizador (também $VAGAS_DATA_DIR)',
                     'where user data lives (also $VAGAS_DATA_DIR)'),
    "help.force": ('substituir um ficheiro de saída que já exista',
                  'overwrite an existing output file'),
    "help.export-no-cache": ('ler todos os ficheiros, sem a cache da leitura',
                            'read every file, ignoring the scan cache'),
    "help.searches": ("pesquisas guardadas: listar (com as novas), juntar, apagar",
                      "saved searches: list (with what is new), add, remove"),
    "help.searches-list": ("uma linha por pesquisa: nome, vagas, novas desde a última vez (separados por TAB)",
                           "one line a search: name, matches, new since last seen (tab-separated)"),
    "help.searches-add": ("guardar uma pesquisa (sem filtros de facetas nem de prazo)",
                          "save a search (no facet or deadline filter)"),
    "help.searches-remove": ("apagar uma pesquisa guardada", "remove a saved search"),
    "help.mark-seen": ("marcar as vagas atuais de cada pesquisa como vistas",
                       "mark each search's current matches as seen"),
    "help.searches-json": ("escrever JSON em vez de linhas", "write JSON instead of lines"),
    "help.search": ("só as vagas desta pesquisa guardada", "only the matches of this saved search"),
    "help.stats": ('contar as vagas (por distrito, concelho, trabalho, empregador, prazo, mês de abertura ou estado)',
                   'count postings (by district, municipality, job, employer, deadline, opening month or status)'),
    "help.by": ('o que contar (por omissão: distrito)', 'what to count by (default: distrito)'),
    "help.top": ('só os N valores mais frequentes e "outros" (distrito, concelho, trabalho, empregador)',
                 'only the N most frequent values and "others" (distrito, concelho, trabalho, empregador)'),
    "help.stats-format": ('text (por omissão), csv (vírgulas, com cabeçalho) ou json',
                          'text (default), csv (commas, with a header) or json'),
    "not-positive": ('não é um número inteiro positivo: {0!r}', 'not a positive whole number: {0!r}'),
    "help.headless": ('Comandos sem janela.',
                     'Headless commands.'),
    "help.scan": ('ler uma pasta; escrever as vagas e os problemas em linhas JSON',
                 'read a folder; write postings and problems as JSON lines'),
    "help.records": ("as vagas em linhas JSON ('-' = stdout)",
                    "postings as JSON lines ('-' = stdout)"),
    "help.problems": ("os problemas em linhas JSON ('-' = stdout)",
                     "problems as JSON lines ('-' = stdout)"),
    "help.scan-no-cache": ('ler todos os ficheiros; não ler nem escrever a cache da leitura da pasta',
                          "read every file; neither read nor write the folder's scan cache"),
    "help.verbose": ('registar tudo, também no stderr',
                    'log everything, to stderr too'),
    "help.gui": ("Vagas Desktop: ofertas de emprego público, offline. "
                 "Comandos sem janela: 'vagas-desktop scan --help'.",
                "Vagas Desktop: public-sector job postings, offline. Headless commands: 'vagas-desktop scan --help'."),
    "help.folder": ('pasta das vagas (por omissão: a última aberta, senão os exemplos)',
                   'folder of postings (default: the last one, else the samples)'),
    "help.version": ("mostrar a versão e sair", "show the version and exit"),
    "help.install-desktop-entry": ('criar a entrada no menu de aplicações e os ícones, só para este utilizador '
                                   '(Linux, em ~/.local/share)',
                                   'add the app, with its icon, to the applications menu of this user only '
                                   '(Linux, under ~/.local/share)'),
    "desktop-entry.linux-only": ('--install-desktop-entry só existe em Linux',
                                 '--install-desktop-entry is for Linux only'),
    "desktop-entry.failed": ('não foi possível criar a entrada no menu: {0}',
                             'could not add the menu entry: {0}'),
    "desktop-entry.done": ('Entrada no menu criada: {0}\nComando: {1}',
                           'Menu entry added: {0}\nCommand: {1}'),
    "not-a-date": ('não é uma data (AAAA-MM-DD): {0!r}',
                  'not a date (YYYY-MM-DD): {0!r}'),
}


def pairs() -> list[tuple[str, str]]:
    """Every (Portuguese, English) template (for the language tests)."""
    return list(_TEXTS.values())


def language() -> Lang:
    return env_language()


def say(code: str, *args: object) -> str:
    """The CLI's message code in the locale's language."""
    pt, en = _TEXTS[code]
    return (en if language() == "en" else pt).format(*args)
