<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pt_PT">
<context>
    <name>Columns</name>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="51" />
        <source>fechada</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="52" />
        <source>fecha hoje</source>
        <translation>closes today</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="238" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="240" />
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="241" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="243" />
        <source>Trabalho</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="244" />
        <source>Empregador</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="246" />
        <source>Concelho</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="247" />
        <source>Distrito</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="248" />
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="250" />
        <source>Abertura</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="252" />
        <source>Fecho</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="253" />
        <source>Dias</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="255" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="256" />
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="257" />
        <source>Perfil funcional</source>
        <translation>Job profile</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="258" />
        <source>Descrição</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="259" />
        <source>Ligação BEP</source>
        <translation>BEP link</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="260" />
        <source>Ficheiro</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="261" />
        <source>Secções</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="262" />
        <source>Outros campos</source>
        <translation>Other fields</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../vagas_desktop/gui/html_render.py" line="82" />
        <source>sem data de fecho</source>
        <translation>no closing date</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/html_render.py" line="84" />
        <source>fecha hoje</source>
        <translation>closes today</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/html_render.py" line="88" />
        <source>fechou há 1 dia</source>
        <translation>closed 1 day ago</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/html_render.py" line="89" />
        <source>fechou há %n dias</source>
        <translation>
            <numerusform>closed %n day ago</numerusform>
            <numerusform>closed %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/html_render.py" line="91" />
        <source>faltam %n dias</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="65" />
        <source>Detalhes da vaga</source>
        <translation>Posting details</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="79" />
        <source>Copiar como texto</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="101" />
        <source>Selecione uma vaga para ver os detalhes.</source>
        <translation>Select a posting to see its details.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="137" />
        <source>Trabalho</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="138" />
        <source>Empregador</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="139" />
        <source>Concelho / Distrito</source>
        <translation>Municipality / District</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="140" />
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="141" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="142" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="143" />
        <source>Abertura</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="144" />
        <source>Fecho</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="145" />
        <source>Ver no BEP</source>
        <translation>View on BEP</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="146" />
        <source>Perfil funcional</source>
        <translation>Job profile</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="147" />
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="60" />
        <source>O ficheiro mudou desde a leitura: mostra-se o texto atual.</source>
        <translation>The file changed since it was read: its current text is shown.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="148" />
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="62" />
        <source>O ficheiro desta vaga já não existe ou não pode ser lido: o perfil não está disponível.</source>
        <translation>This posting's file no longer exists or cannot be read: the profile is not available.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="150" />
        <source>Outros campos</source>
        <translation>Other fields</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="35" />
        <source>&amp;Exportar…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="38" />
        <source>&amp;Imprimir…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="50" />
        <source>As vagas à vista, pela ordem atual</source>
        <translation>The postings in view, in the current order</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="50" />
        <location filename="../../vagas_desktop/gui/export_actions.py" line="142" />
        <source>Vagas</source>
        <translation>Postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="51" />
        <source>As linhas selecionadas</source>
        <translation>The selected rows</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="52" />
        <source>Vagas selecionadas</source>
        <translation>Selected postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="56" />
        <source>Lista «%1»</source>
        <translation>List “%1”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="59" />
        <source>Todas as marcadas</source>
        <translation>All bookmarked</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="59" />
        <source>Vagas marcadas</source>
        <translation>Bookmarked postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="87" />
        <source>Exportar para</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="95" />
        <source>A exportar…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="95" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="111" />
        <source>Exportação cancelada; nenhum ficheiro foi escrito.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="114" />
        <location filename="../../vagas_desktop/gui/export_actions.py" line="117" />
        <location filename="../../vagas_desktop/gui/export_actions.py" line="121" />
        <location filename="../../vagas_desktop/gui/export_actions.py" line="125" />
        <source>Não foi possível exportar</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="118" />
        <source>O ficheiro já existe: %1</source>
        <translation>The file already exists: %1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="126" />
        <source>Erro inesperado; nenhum ficheiro foi escrito. Os detalhes estão no registo.</source>
        <translation>Unexpected error; no file was written. The details are in the log.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="131" />
        <source>%1 vagas exportadas para %2</source>
        <translation>%1 postings exported to %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="52" />
        <source>CSV — Excel (Portugal): ponto e vírgula, UTF-8 com BOM</source>
        <translation>CSV — Excel (Portugal): semicolon, UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="54" />
        <source>CSV — UTF-8 (vírgula): LibreOffice, pandas, scripts</source>
        <translation>CSV — UTF-8 (comma): LibreOffice, pandas, scripts</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="55" />
        <source>XLSX — folha de cálculo Excel</source>
        <translation>XLSX — Excel spreadsheet</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="56" />
        <source>PDF para um cliente (para imprimir)</source>
        <translation>PDF for a client (for printing)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="84" />
        <source>Exportar vagas</source>
        <translation>Export postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="87" />
        <source>O quê</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="99" />
        <source>Colunas a exportar (arraste ou Alt+↑/↓ para ordenar)</source>
        <translation>Columns to export (drag or Alt+↑/↓ to reorder)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="102" />
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="102" />
        <source>Descer</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="117" />
        <source>Exportar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="122" />
        <source>Formato:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="125" />
        <source>&lt;b&gt;Colunas&lt;/b&gt; (CSV e XLSX; marque, arraste ou use Alt+↑/↓)</source>
        <translation>&lt;b&gt;Columns&lt;/b&gt; (CSV and XLSX; tick, drag or use Alt+↑/↓)</translation>
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="48" />
        <source>Trabalho</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="49" />
        <source>Empregador</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="50" />
        <source>Concelho / Distrito</source>
        <translation>Municipality / District</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="51" />
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="52" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="53" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="54" />
        <source>Abertura</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="55" />
        <source>Fecho</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="56" />
        <source>Página no BEP</source>
        <translation>Page on BEP</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="57" />
        <source>Perfil funcional</source>
        <translation>Job profile</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="58" />
        <source>Outros campos</source>
        <translation>Other fields</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="90" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="93" />
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="112" />
        <source>1 oferta</source>
        <translation>1 posting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="114" />
        <source>%n ofertas</source>
        <translation>
            <numerusform>%n posting</numerusform>
            <numerusform>%n postings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="115" />
        <source>Situação em %1</source>
        <translation>As of %1</translation>
    </message>
</context>
<context>
    <name>FacetListWidget</name>
    <message>
        <location filename="../../vagas_desktop/gui/facet_list.py" line="230" />
        <source>limpar</source>
        <translation>clear</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/facet_list.py" line="249" />
        <source>Procurar…</source>
        <translation>Search…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="49" />
        <source>Filtros</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="52" />
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="77" />
        <source>Limpar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="55" />
        <source>Limpar todos os filtros (Ctrl+Shift+L)</source>
        <translation>Clear all filters (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="79" />
        <source>Limpar todos os filtros</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="142" />
        <source>Prazo</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="145" />
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="145" />
        <source>Prazo: todas as vagas</source>
        <translation>Deadline: all postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="146" />
        <source>Abertas</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="146" />
        <source>Prazo: só vagas abertas</source>
        <translation>Deadline: open postings only</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="147" />
        <source>A fechar em</source>
        <translation>Closing within</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="147" />
        <source>Prazo: vagas a fechar em breve</source>
        <translation>Deadline: postings closing soon</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="148" />
        <source>Fechadas</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="148" />
        <source>Prazo: só vagas fechadas</source>
        <translation>Deadline: closed postings only</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="162" />
        <source>Número de dias até fechar</source>
        <translation>Number of days until closing</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="167" />
        <source>dias</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="173" />
        <source>Abertas no dia</source>
        <translation>Open on</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="175" />
        <source>Só vagas abertas no dia escolhido</source>
        <translation>Only postings open on the chosen day</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="179" />
        <source>Dia em que as vagas estão abertas</source>
        <translation>Day on which the postings are open</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="199" />
        <source>Distrito</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="199" />
        <source>Filtro por distrito</source>
        <translation>Filter by district</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="200" />
        <source>Limpar filtro de distrito</source>
        <translation>Clear district filter</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="201" />
        <source>Concelho</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="201" />
        <source>Filtro por concelho</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="202" />
        <source>Limpar filtro de concelho</source>
        <translation>Clear municipality filter</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="202" />
        <source>Procurar concelho</source>
        <translation>Search municipalities</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="203" />
        <source>Trabalho</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="203" />
        <source>Filtro por trabalho</source>
        <translation>Filter by job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="204" />
        <source>Limpar filtro de trabalho</source>
        <translation>Clear job filter</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="204" />
        <source>Procurar trabalho</source>
        <translation>Search jobs</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="205" />
        <source>Empregador</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="205" />
        <source>Filtro por empregador</source>
        <translation>Filter by employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="206" />
        <source>Limpar filtro de empregador</source>
        <translation>Clear employer filter</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="206" />
        <source>Procurar empregador</source>
        <translation>Search employers</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../vagas_desktop/gui/language.py" line="65" />
        <source>pt</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../vagas_desktop/gui/language_menu.py" line="16" />
        <source>&amp;Idioma</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/language_menu.py" line="22" />
        <source>Sistema</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/language_menu.py" line="27" />
        <source>A língua da aplicação muda quando a abrir de novo.</source>
        <translation>The app's language changes the next time you open it.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/language_menu.py" line="33" />
        <source>A língua escolhida aplica-se quando abrir de novo a aplicação.</source>
        <translation>The chosen language applies the next time you open the app.</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <location filename="../../vagas_desktop/gui/load_status.py" line="21" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/load_status.py" line="30" />
        <source>Leitura cancelada; mantém-se a pasta anterior.</source>
        <translation>Loading cancelled; keeping the previous folder.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/load_status.py" line="39" />
        <source>A ler %s…</source>
        <translation>Reading %s…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/load_status.py" line="44" />
        <source>%v de %m ficheiros</source>
        <translation>%v of %m files</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <location filename="../../vagas_desktop/gui/log_folder.py" line="20" />
        <source>Abrir pasta dos registos</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/log_folder.py" line="37" />
        <source>Não foi possível abrir a pasta dos registos:
{folder}</source>
        <translation>The log folder could not be opened:
{folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="62" />
        <location filename="../../vagas_desktop/gui/main_window.py" line="184" />
        <source>&amp;Ficheiro</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="99" />
        <source>Pesquisa</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="162" />
        <source>&amp;Abrir pasta…</source>
        <translation>&amp;Open folder…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="163" />
        <source>&amp;Recarregar</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="164" />
        <source>&amp;Sair</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="165" />
        <source>&amp;Procurar</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="168" />
        <source>Cancelar leitura</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="171" />
        <source>&amp;Problemas</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="173" />
        <source>Ir para a tabela</source>
        <translation>Go to table</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="174" />
        <source>Ir para os filtros</source>
        <translation>Go to filters</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="175" />
        <source>Ir para os detalhes</source>
        <translation>Go to details</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="176" />
        <source>&amp;Sobre o Vagas Desktop</source>
        <translation>&amp;About Vagas Desktop</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="186" />
        <source>Abrir &amp;recente</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="198" />
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="206" />
        <source>&amp;Listas</source>
        <translation>&amp;Lists</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="213" />
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="214" />
        <source>&amp;Colunas</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="222" />
        <source>A&amp;juda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="275" />
        <source>Abrir pasta de vagas</source>
        <translation>Open postings folder</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="292" />
        <source>Pasta não encontrada</source>
        <translation>Folder not found</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="293" />
        <source>A pasta não existe ou não é legível:
%s</source>
        <translation>The folder does not exist or is not readable:
%s</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="351" />
        <source>Pasta atualizada: %1, %2</source>
        <translation>Folder updated: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="351" />
        <location filename="../../vagas_desktop/gui/main_window.py" line="357" />
        <source>%n novas</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="352" />
        <source>%n removidas</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="354" />
        <source>%n vagas lidas em %1 s</source>
        <translation>
            <numerusform>%n posting read in %1 s</numerusform>
            <numerusform>%n postings read in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="356" />
        <source>Desde %1: %2, %3</source>
        <translation>Since %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="358" />
        <source>%n fecharam</source>
        <translation>
            <numerusform>%n closed</numerusform>
            <numerusform>%n closed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="369" />
        <source>A pasta foi aberta com as colunas e a ordem de origem: não foi possível repor as anteriores.</source>
        <translation>The folder was opened with the default columns and order: the previous ones could not be restored.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="375" />
        <source>Não foi possível mostrar a pasta %s; mantém-se a pasta anterior.</source>
        <translation>The folder %s could not be shown; the previous folder stays open.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="377" />
        <source>Vagas Desktop</source>
        <translation>Vagas Desktop</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="383" />
        <source>Erro ao ler a pasta</source>
        <translation>Error reading the folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="403" />
        <source>%1 de %Ln vagas</source>
        <translation>
            <numerusform>%1 of %Ln posting</numerusform>
            <numerusform>%1 of %Ln postings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="469" />
        <location filename="../../vagas_desktop/gui/main_window.py" line="478" />
        <location filename="../../vagas_desktop/gui/main_window.py" line="484" />
        <source>Os seus dados</source>
        <translation>Your data</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="479" />
        <source>Quer recuperar a última cópia de segurança?</source>
        <translation>Do you want to restore the latest backup?</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="494" />
        <source>Sobre o Vagas Desktop</source>
        <translation>About Vagas Desktop</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="495" />
        <source>Vagas Desktop — uma bancada offline para ofertas de emprego público (BEP).
Os ficheiros da pasta nunca são alterados.</source>
        <translation>Vagas Desktop — an offline workbench for public-sector job postings (BEP).
The files in the folder are never modified.</translation>
    </message>
</context>
<context>
    <name>PostingTableModel</name>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="95" />
        <source>Interessado</source>
        <translation>Interested</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="96" />
        <source>Candidatura enviada</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="97" />
        <source>Entrevista / Prova</source>
        <translation>Interview / Test</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="98" />
        <source>Oferta / Colocado</source>
        <translation>Offer / Placed</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="99" />
        <source>Excluído</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="100" />
        <source>Desisti</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="263" />
        <source>Marcada</source>
        <translation>Bookmarked</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="296" />
        <source>Não está nesta pasta (dados guardados)</source>
        <translation>Not in this folder (saved data)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="298" />
        <source>Marcar ou desmarcar (Ctrl+D)</source>
        <translation>Bookmark or unbookmark (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>PostingsTableView</name>
    <message>
        <location filename="../../vagas_desktop/gui/postings_view.py" line="20" />
        <source>Tabela de vagas</source>
        <translation>Postings table</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/postings_view.py" line="66" />
        <source>Colunas</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>ProblemsButton</name>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="115" />
        <source>Mostrar os ficheiros com problemas (Ctrl+Shift+P)</source>
        <translation>Show the files with problems (Ctrl+Shift+P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="123" />
        <source>%n problemas</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="125" />
        <source>%n versões antigas</source>
        <translation>
            <numerusform>%n old version</numerusform>
            <numerusform>%n old versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="127" />
        <source>%n ignorados</source>
        <translation>
            <numerusform>%n ignored</numerusform>
            <numerusform>%n ignored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="75" />
        <source>Problemas</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="80" />
        <source>Ficheiros com problemas</source>
        <translation>Files with problems</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="49" />
        <source>Ficheiro</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="49" />
        <source>Gravidade</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="49" />
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="63" />
        <source>erro</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="63" />
        <source>aviso</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="64" />
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>SearchEdit</name>
    <message>
        <location filename="../../vagas_desktop/gui/search_edit.py" line="16" />
        <source>Procurar vagas</source>
        <translation>Search postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/search_edit.py" line="19" />
        <source>Procurar (Ctrl+F): tecnico lisboa, "câmara municipal", -porto, distrito:faro</source>
        <translation>Search (Ctrl+F): tecnico lisboa, "câmara municipal", -porto, distrito:faro</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/search_edit.py" line="21" />
        <source>Palavras: todas têm de aparecer (sem acentos nem maiúsculas).
"frase exata", -excluir, e filtros ref: trabalho: empregador: concelho: distrito: texto:</source>
        <translation>Words: all must appear (accents and case are ignored).
"exact phrase", -exclude, and filters ref: trabalho: empregador: concelho: distrito: texto:</translation>
    </message>
</context>
<context>
    <name>ShortlistModel</name>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="40" />
        <source>Todas as vagas</source>
        <translation>All postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="41" />
        <source>✦ Novas desde a última visita (%1)</source>
        <translation>✦ New since last visit (%1)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="42" />
        <source>★ Marcadas (%1)</source>
        <translation>★ Bookmarked (%1)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="68" />
        <source>Arraste vagas da tabela para aqui para as juntar a esta lista</source>
        <translation>Drag postings here from the table to add them to this list</translation>
    </message>
</context>
<context>
    <name>ShortlistPanel</name>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="126" />
        <source>Listas de vagas</source>
        <translation>Posting lists</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="132" />
        <source>&lt;b&gt;Listas&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lists&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="136" />
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="211" />
        <source>Nova lista…</source>
        <translation>New list…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="137" />
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="177" />
        <source>Nova lista</source>
        <translation>New list</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="147" />
        <source>Mudar o nome da lista…</source>
        <translation>Rename list…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="149" />
        <source>Apagar a lista…</source>
        <translation>Delete list…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="151" />
        <source>Exportar a lista…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="177" />
        <source>Nome da lista (por exemplo, o cliente):</source>
        <translation>List name (for example, the client):</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="186" />
        <source>Mudar o nome</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="186" />
        <source>Novo nome:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="196" />
        <source>Apagar lista</source>
        <translation>Delete list</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="197" />
        <source>Apagar a lista «%1»? As vagas continuam marcadas e com as suas notas.</source>
        <translation>Delete the list “%1”? Its postings stay bookmarked and keep their notes.</translation>
    </message>
</context>
<context>
    <name>TrackingActions</name>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="27" />
        <source>&amp;Marcar / desmarcar</source>
        <translation>&amp;Bookmark / unbookmark</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="28" />
        <source>&amp;Estado da candidatura</source>
        <translation>Application &amp;status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="30" />
        <source>Sem estado</source>
        <translation>No status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="33" />
        <source>&amp;Juntar à lista</source>
        <translation>&amp;Add to list</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="35" />
        <source>&amp;Tirar da lista atual</source>
        <translation>&amp;Remove from current list</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="36" />
        <source>&amp;Nova lista…</source>
        <translation>&amp;New list…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="37" />
        <source>Guardar cópia dos meus dados…</source>
        <translation>Back up my data…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="38" />
        <source>Importar cópia dos meus dados…</source>
        <translation>Import a backup of my data…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="84" />
        <source>Nova lista</source>
        <translation>New list</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="85" />
        <source>Nome da lista (por exemplo, o cliente):</source>
        <translation>List name (for example, the client):</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="102" />
        <source>Guardar cópia dos meus dados</source>
        <translation>Back up my data</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="103" />
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="110" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="105" />
        <source>Cópia guardada</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="106" />
        <source>Os seus dados foram guardados em:
%1</source>
        <translation>Your data was saved to:
%1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="109" />
        <source>Importar cópia dos meus dados</source>
        <translation>Import a backup of my data</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="115" />
        <source>Dados importados</source>
        <translation>Data imported</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="116" />
        <source>Juntados sem perder nada: %1 novas, %2 atualizadas, %3 mantidas, %4 listas novas.</source>
        <translation>Merged without losing anything: %1 new, %2 updated, %3 kept, %4 new lists.</translation>
    </message>
</context>
<context>
    <name>TrackingPanel</name>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="55" />
        <source>Estado da candidatura</source>
        <translation>Application status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="56" />
        <source>— sem estado —</source>
        <translation>— no status —</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="69" />
        <source>Notas sobre a vaga</source>
        <translation>Notes on the posting</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="70" />
        <source>Notas (guardadas automaticamente)…</source>
        <translation>Notes (saved automatically)…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="78" />
        <source>Estado:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="101" />
        <source>Esta vaga não está nesta pasta: mostram-se os dados guardados quando foi marcada.</source>
        <translation>This posting is not in this folder: showing the data saved when it was bookmarked.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="111" />
        <source>★ Marcada</source>
        <translation>★ Bookmarked</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="111" />
        <source>☆ Marcar</source>
        <translation>☆ Bookmark</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="112" />
        <source>Marcar ou desmarcar (Ctrl+D)</source>
        <translation>Bookmark or unbookmark (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="117" />
        <source>Listas: %1</source>
        <translation>Lists: %1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="136" />
        <source>sem estado</source>
        <translation>no status</translation>
    </message>
</context>
<context>
    <name>UserDataController</name>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="103" />
        <source>Os seus dados estão abertos só para leitura: esta alteração não foi gravada.</source>
        <translation>Your data is open read-only: this change was not saved.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="107" />
        <source>Outra janela ou instância da aplicação está a gravar os seus dados. Tente de novo.</source>
        <translation>Another window or instance of the app is saving your data. Try again.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="109" />
        <source>Essa cópia foi gravada por uma versão mais recente da aplicação; atualize a aplicação para a importar.</source>
        <translation>That copy was saved by a newer version of the app; update the app to import it.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="112" />
        <source>Esse ficheiro não é uma cópia válida dos seus dados; nada foi importado.</source>
        <translation>That file is not a valid copy of your data; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="114" />
        <source>Não foi possível ler esse ficheiro; nada foi importado.</source>
        <translation>That file could not be read; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="116" />
        <source>Não há nenhuma cópia de segurança válida para repor.</source>
        <translation>There is no valid backup to restore.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="118" />
        <source>Uma lista precisa de um nome.</source>
        <translation>A list needs a name.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="120" />
        <source>Já existe uma lista com esse nome.</source>
        <translation>A list with that name already exists.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="122" />
        <source>Essa lista já não existe.</source>
        <translation>That list no longer exists.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="124" />
        <source>Não foi possível ler ou gravar o ficheiro: %1</source>
        <translation>The file could not be read or written: %1</translation>
    </message>
</context>
</TS>
