<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- European Portuguese for Qt's own widgets, where the catalogues Qt ships say it otherwise.
     HAND-MAINTAINED (not touched by lupdate): see the README, "Translations".
     gui/language.py installs the compiled .qm after qtbase_pt_BR and qt_pt_PT, so it wins over both.
     Each entry: Qt's exact context and source text (as in qtbase_pt_BR.qm; a wrong one does nothing),
     and in <extracomment> what Qt showed before (br: qtbase_pt_BR, pt: the legacy qt_pt_PT, none: English).
     No <comment>: it would be part of the key. tools/update_translations.py compiles it (lrelease only). -->
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <extracomment>br: Arquivo</extracomment>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>File Folder</source>
        <extracomment>br: Pasta de arquivo</extracomment>
        <translation>Pasta de ficheiros</translation>
    </message>
    <message>
        <source>Alias</source>
        <extracomment>br: Apelido (a surname in Portugal)</extracomment>
        <translation>Nome alternativo</translation>
    </message>
    <message>
        <source>Drive</source>
        <extracomment>br: Drive</extracomment>
        <translation>Unidade</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job Control</source>
        <extracomment>br: Controle de tarefas</extracomment>
        <translation>Controlo de tarefas</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>pt: &amp;Gravar</extracomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save As</source>
        <extracomment>pt: Gravar Como</extracomment>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <extracomment>pt: &amp;Apagar</extracomment>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>br: Excluir</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <extracomment>pt: &amp;Mudar o Nome</extracomment>
        <translation>&amp;Mudar o nome</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <extracomment>br: Deseja realmente excluir</extracomment>
        <translation>Tem a certeza de que quer eliminar '%1'?</translation>
    </message>
    <message>
        <source>%1 File</source>
        <extracomment>br: Arquivo %1</extracomment>
        <translation>Ficheiro %1</translation>
    </message>
    <message>
        <source>Files</source>
        <extracomment>br: Arquivos</extracomment>
        <translation>Ficheiros</translation>
    </message>
    <message>
        <source>File Folder</source>
        <extracomment>br: Pasta de arquivos</extracomment>
        <translation>Pasta de ficheiros</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>br: Todos os arquivos (*)</extracomment>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Alias</source>
        <extracomment>br: Nome de exibição</extracomment>
        <translation>Nome alternativo</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>none</extracomment>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <extracomment>none</extracomment>
        <translation>Ficheiros do &amp;tipo:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <extracomment>pt: FIcheiros do tipo:</extracomment>
        <translation>Ficheiros do tipo:</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <extracomment>pt: Mostrar ficheiros &amp;escondidos</extracomment>
        <translation>Mostrar ficheiros &amp;ocultos</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <extracomment>br: Alterar para o modo de exibição detalhada</extracomment>
        <translation>Mudar para a vista detalhada</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <extracomment>br: Alterar para o modo de exibição em lista</extracomment>
        <translation>Mudar para a vista de lista</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <extracomment>br: Cria uma nova pasta</extracomment>
        <translation>Criar uma nova pasta</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <extracomment>br: Nome de arquivo inválido</extracomment>
        <translation>Nome de ficheiro inválido</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <extracomment>br: … com menos caracteres ou pontuação</extracomment>
        <translation>&lt;b&gt;O nome "%1" não pode ser utilizado.&lt;/b&gt;&lt;p&gt;Experimente outro nome, com menos caracteres ou sem sinais de pontuação.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>br: &amp;Salvar</extracomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <extracomment>br: Fecha sem salvar</extracomment>
        <translation>Fechar sem guardar</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <extracomment>br: Digite um valor:</extracomment>
        <translation>Introduza um valor:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Delete</source>
        <extracomment>pt: Apagar</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <extracomment>pt: Seleccionar Tudo (pre-1990 spelling)</extracomment>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <extracomment>pt: Mostrar Detalhes...</extracomment>
        <translation>Mostrar detalhes...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <extracomment>pt: Não Mostrar Detalhes...</extracomment>
        <translation>Ocultar detalhes...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page Layout</source>
        <extracomment>br: Layout da página</extracomment>
        <translation>Esquema da página</translation>
    </message>
    <message>
        <source>Page size:</source>
        <extracomment>pt: Tamanho página:</extracomment>
        <translation>Tamanho da página:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <extracomment>pt: Fonte papel:</extracomment>
        <translation>Origem do papel:</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <extracomment>none</extracomment>
        <translation>&amp;Ordem das páginas:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <extracomment>none</extracomment>
        <translation>Páginas por &amp;folha:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Save</source>
        <extracomment>br: Salvar</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <extracomment>br: Salvar tudo</extracomment>
        <translation>Guardar tudo</translation>
    </message>
    <message>
        <source>Abort</source>
        <extracomment>br: Cancelar, the same as Cancel</extracomment>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <extracomment>br: Restaurar padrões</extracomment>
        <translation>Restaurar predefinições</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Local file</source>
        <extracomment>br: Arquivo local</extracomment>
        <translation>Ficheiro local</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <extracomment>br: Imprimir para arquivo (PDF)</extracomment>
        <translation>Imprimir para ficheiro (PDF)</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <extracomment>br: Gravar arquivo PDF</extracomment>
        <translation>Escrever ficheiro PDF</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <extracomment>br: … nome de arquivo diferente</extracomment>
        <translation>%1 é uma pasta.
Escolha outro nome de ficheiro.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <extracomment>br: Conflitos de configurações duplex</extracomment>
        <translation>Conflitos nas definições de frente e verso</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <extracomment>br: … configurações duplex</extracomment>
        <translation>Há conflitos nas definições de frente e verso. Deseja corrigi-los?</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <extracomment>br: Visualizar impressão</extracomment>
        <translation>Pré-visualização da impressão</translation>
    </message>
    <message>
        <source>Next page</source>
        <extracomment>br: Próxima página</extracomment>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <extracomment>br: Mostrar visão geral …</extracomment>
        <translation>Mostrar a vista geral de todas as páginas</translation>
    </message>
    <message>
        <source>Show single page</source>
        <extracomment>br: Mostrar única página</extracomment>
        <translation>Mostrar uma só página</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <extracomment>pt: Selecção de páginas (pre-1990 spelling)</extracomment>
        <translation>Intervalo de impressão</translation>
    </message>
    <message>
        <source>Selection</source>
        <extracomment>pt: Selecção (pre-1990 spelling)</extracomment>
        <translation>Seleção</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <extracomment>none</extracomment>
        <translation>Conjunto de &amp;páginas:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <extracomment>br: Configurações de saída</extracomment>
        <translation>Definições de saída</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <extracomment>br: Tons de cinza</extracomment>
        <translation>Tons de cinzento</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <extracomment>br: Impressão em dupla face</extracomment>
        <translation>Impressão em frente e verso</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <extracomment>br: Impressão duplex</extracomment>
        <translation>Impressão em frente e verso</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Output &amp;file:</source>
        <extracomment>br: Arquivo de &amp;saída:</extracomment>
        <translation>&amp;Ficheiro de saída:</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>br: Visualização</extracomment>
        <translation>Pré-visualização</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>br: Recor&amp;tar</extracomment>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>br: Excluir</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <extracomment>br: Copiar localização do &amp;link</extracomment>
        <translation>Copiar o endereço da &amp;ligação</translation>
    </message>
</context>
</TS>
