<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pt_PT">
<context>
    <name>About</name>
    <message>
        <location filename="../../vagas_desktop/gui/about.py" line="20" />
        <source>Uma bancada offline para ofertas de emprego público (BEP). Os ficheiros da pasta nunca são alterados.</source>
        <translation>An offline workbench for Portuguese public-sector job postings (BEP). The files in the folder are never changed.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/about.py" line="22" />
        <source>Licença: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/about.py" line="23" />
        <source>Qt %1 · PySide6 %2 · Python %3</source>
        <translation>Qt %1 · PySide6 %2 · Python %3</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/about.py" line="34" />
        <source>Sobre o Vagas Desktop</source>
        <translation>About Vagas Desktop</translation>
    </message>
</context>
<context>
    <name>ActivityReportAction</name>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="96" />
        <source>&amp;Relatório de atividade…</source>
        <translation>Activity &amp;report…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="104" />
        <source>atividade</source>
        <translation>activity</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="105" />
        <source>Guardar o relatório em</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="122" />
        <source>(estado retirado)</source>
        <translation>(status cleared)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="127" />
        <source>Relatório de atividade</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="134" />
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="136" />
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="139" />
        <source>Não foi possível criar o relatório</source>
        <translation>Could not create the report</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="140" />
        <source>Erro inesperado; nenhum ficheiro foi escrito. Os detalhes estão no registo.</source>
        <translation>Unexpected error; no file was written. The details are in the log.</translation>
    </message>
</context>
<context>
    <name>ActivityReportDialog</name>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="46" />
        <source>Relatório de atividade</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="55" />
        <source>Todas as vagas acompanhadas</source>
        <translation>Every tracked posting</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="57" />
        <source>Lista «%1»</source>
        <translation>List “%1”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="60" />
        <source>PDF (para imprimir ou entregar)</source>
        <translation>PDF (to print or hand in)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="61" />
        <source>CSV — Excel (Portugal)</source>
        <translation>CSV — Excel (Portugal)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="61" />
        <source>CSV — UTF-8</source>
        <translation>CSV — UTF-8</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="62" />
        <source>XLSX — folha de cálculo Excel</source>
        <translation>XLSX — Excel spreadsheet</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="64" />
        <source>Incluir notas (são privadas: por omissão ficam de fora)</source>
        <translation>Include notes (they are private: left out by default)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="67" />
        <source>Criar relatório…</source>
        <translation>Create report…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="71" />
        <source>De:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="72" />
        <source>Até:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="73" />
        <source>Vagas:</source>
        <translation>Postings:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/activity_dialog.py" line="74" />
        <source>Formato:</source>
        <translation>Format:</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../vagas_desktop/gui/bar_chart.py" line="93" />
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="53" />
        <source>fechada</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="54" />
        <source>fecha hoje</source>
        <translation>closes today</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="56" />
        <source>abre amanhã</source>
        <translation>opens tomorrow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/core/columns.py" line="57" />
        <source>abre em %n dias</source>
        <translation>
            <numerusform>opens in %n day</numerusform>
            <numerusform>opens in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="262" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="264" />
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="265" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="267" />
        <source>Trabalho</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="268" />
        <source>Empregador</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="270" />
        <source>Concelho</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="271" />
        <source>Distrito</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="272" />
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="274" />
        <source>Abertura</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="276" />
        <source>Fecho</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="278" />
        <source>Dias</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="281" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="283" />
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="284" />
        <source>Perfil funcional</source>
        <translation>Job profile</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="285" />
        <source>Descrição</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="286" />
        <source>Ligação BEP</source>
        <translation>BEP link</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="287" />
        <source>Ficheiro</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="288" />
        <source>Secções</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="289" />
        <source>Outros campos</source>
        <translation>Other fields</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="305" />
        <source>Remuneração</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="306" />
        <source>Tipo de vínculo</source>
        <translation>Type of contract</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="307" />
        <location filename="../../vagas_desktop/core/columns.py" line="308" />
        <source>Habilitação literária</source>
        <translation>Education required</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="309" />
        <source>Observações</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/columns.py" line="310" />
        <source>Ligação</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../vagas_desktop/gui/html_render.py" line="96" />
        <source>sem data de fecho</source>
        <translation>no closing date</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/html_render.py" line="98" />
        <source>fecha hoje</source>
        <translation>closes today</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/html_render.py" line="102" />
        <source>fechou há 1 dia</source>
        <translation>closed 1 day ago</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/html_render.py" line="103" />
        <source>fechou há %n dias</source>
        <translation>
            <numerusform>closed %n day ago</numerusform>
            <numerusform>closed %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/html_render.py" line="105" />
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
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="72" />
        <source>Detalhes da vaga</source>
        <translation>Posting details</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="86" />
        <source>Copiar como texto</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="109" />
        <source>Selecione uma vaga para ver os detalhes.</source>
        <translation>Select a posting to see its details.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="137" />
        <source>Histórico</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="159" />
        <source>Trabalho</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="160" />
        <source>Empregador</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="161" />
        <source>Concelho / Distrito</source>
        <translation>Municipality / District</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="162" />
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="163" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="164" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="165" />
        <source>Abertura</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="166" />
        <source>Fecho</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="167" />
        <source>Ver no BEP</source>
        <translation>View on BEP</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="168" />
        <source>Perfil funcional</source>
        <translation>Job profile</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="169" />
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="77" />
        <source>O ficheiro mudou desde a leitura: mostra-se o texto atual.</source>
        <translation>The file changed since it was read: its current text is shown.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="170" />
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="79" />
        <source>O ficheiro desta vaga já não existe ou não pode ser lido: o perfil não está disponível.</source>
        <translation>This posting's file no longer exists or cannot be read: the profile is not available.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/detail_pane.py" line="172" />
        <source>Outros campos</source>
        <translation>Other fields</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="99" />
        <source>A ler a pasta…</source>
        <translation>Reading the folder…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="102" />
        <source>Nenhuma pasta aberta.</source>
        <translation>No folder open.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="102" />
        <source>Abrir pasta…</source>
        <translation>Open folder…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="107" />
        <source>Esta pasta não tem vagas.</source>
        <translation>This folder has no postings.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="107" />
        <source>Abrir outra pasta…</source>
        <translation>Open another folder…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="110" />
        <source>Nenhuma vaga corresponde à pesquisa e aos filtros.</source>
        <translation>No posting matches the search and filters.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="111" />
        <source>Limpar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="113" />
        <location filename="../../vagas_desktop/gui/empty_state.py" line="117" />
        <location filename="../../vagas_desktop/gui/empty_state.py" line="120" />
        <location filename="../../vagas_desktop/gui/empty_state.py" line="123" />
        <source>Mostrar todas as vagas</source>
        <translation>Show all postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="116" />
        <source>Ainda não marcou nenhuma vaga. Marque-as com ★ ou Ctrl+D.</source>
        <translation>You have not bookmarked any posting yet. Bookmark them with ★ or Ctrl+D.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="119" />
        <source>Nenhuma vaga fechou desde a última visita.</source>
        <translation>No posting has closed since the last visit.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="122" />
        <source>Não há vagas novas desde a última visita.</source>
        <translation>There are no new postings since the last visit.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/empty_state.py" line="135" />
        <source>A lista «%1» está vazia. Arraste vagas da tabela para a lista, ou use Listas ▸ Juntar à lista.</source>
        <translation>The list “%1” is empty. Drag postings from the table onto the list, or use Lists ▸ Add to list.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="42" />
        <source>&amp;Exportar…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="45" />
        <source>&amp;Imprimir…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="48" />
        <source>Exportar prazos para o &amp;calendário…</source>
        <translation>Export deadlines to a &amp;calendar…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="59" />
        <source>As vagas à vista, pela ordem atual</source>
        <translation>The postings in view, in the current order</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="59" />
        <location filename="../../vagas_desktop/gui/export_actions.py" line="205" />
        <source>Vagas</source>
        <translation>Postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="60" />
        <source>As linhas selecionadas</source>
        <translation>The selected rows</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="61" />
        <source>Vagas selecionadas</source>
        <translation>Selected postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="65" />
        <source>Lista «%1»</source>
        <translation>List “%1”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="68" />
        <source>Todas as marcadas</source>
        <translation>All bookmarked</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="68" />
        <source>Vagas marcadas</source>
        <translation>Bookmarked postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="72" />
        <source>Pesquisa guardada «%1»</source>
        <translation>Saved search “%1”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="110" />
        <source>Exportar para</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="118" />
        <source>A exportar…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="118" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="144" />
        <source>Exportação cancelada; nenhum ficheiro foi escrito.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="147" />
        <location filename="../../vagas_desktop/gui/export_actions.py" line="150" />
        <location filename="../../vagas_desktop/gui/export_actions.py" line="154" />
        <location filename="../../vagas_desktop/gui/export_actions.py" line="158" />
        <source>Não foi possível exportar</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="151" />
        <source>O ficheiro já existe: %1</source>
        <translation>The file already exists: %1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="159" />
        <source>Erro inesperado; nenhum ficheiro foi escrito. Os detalhes estão no registo.</source>
        <translation>Unexpected error; no file was written. The details are in the log.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="164" />
        <source>%1 vagas exportadas para %2</source>
        <translation>%1 postings exported to %2</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_actions.py" line="169" />
        <source>%1 prazos exportados para %2</source>
        <translation>%1 deadlines exported to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/export_actions.py" line="171" />
        <source>(%n sem data de fecho, fora do calendário)</source>
        <translation>
            <numerusform>(%n without a closing date, left out of the calendar)</numerusform>
            <numerusform>(%n without a closing date, left out of the calendar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="73" />
        <source>CSV — Excel (Portugal): ponto e vírgula, UTF-8 com BOM</source>
        <translation>CSV — Excel (Portugal): semicolon, UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="75" />
        <source>CSV — UTF-8 (vírgula): LibreOffice, pandas, scripts</source>
        <translation>CSV — UTF-8 (comma): LibreOffice, pandas, scripts</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="76" />
        <source>XLSX — folha de cálculo Excel</source>
        <translation>XLSX — Excel spreadsheet</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="77" />
        <source>PDF para um cliente (para imprimir)</source>
        <translation>PDF for a client (for printing)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="78" />
        <source>Calendário (ICS): os prazos, com lembrete</source>
        <translation>Calendar (ICS): the deadlines, with a reminder</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="79" />
        <source>JSON — para scripts (com estado, notas e listas)</source>
        <translation>JSON — for scripts (with status, notes and lists)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="103" />
        <source>Exportar vagas</source>
        <translation>Export postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="106" />
        <source>O quê</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="118" />
        <source>Colunas a exportar (arraste ou Alt+↑/↓ para ordenar)</source>
        <translation>Columns to export (drag or Alt+↑/↓ to reorder)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="123" />
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="123" />
        <source>Descer</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="139" />
        <source>Incluir notas (são privadas: por omissão ficam de fora)</source>
        <translation>Include notes (they are private: left out by default)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="144" />
        <source>sem lembrete</source>
        <translation>no reminder</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="146" />
        <source>Lembrete: dias úteis antes do fecho</source>
        <translation>Reminder: working days before the deadline</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="150" />
        <source>Exportar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="155" />
        <source>Formato:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="157" />
        <source>Lembrete (dias úteis antes do fecho):</source>
        <translation>Reminder (working days before the deadline):</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_dialog.py" line="160" />
        <source>&lt;b&gt;Colunas&lt;/b&gt; (CSV e XLSX; marque, arraste ou use Alt+↑/↓)</source>
        <translation>&lt;b&gt;Columns&lt;/b&gt; (CSV and XLSX; tick, drag or use Alt+↑/↓)</translation>
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="65" />
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="138" />
        <source>Trabalho</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="66" />
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="139" />
        <source>Empregador</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="67" />
        <source>Concelho / Distrito</source>
        <translation>Municipality / District</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="68" />
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="69" />
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="138" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="70" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="71" />
        <source>Abertura</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="72" />
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="140" />
        <source>Fecho</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="73" />
        <source>Página no BEP</source>
        <translation>Page on BEP</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="74" />
        <source>Perfil funcional</source>
        <translation>Job profile</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="75" />
        <source>Outros campos</source>
        <translation>Other fields</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="111" />
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="141" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="114" />
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="139" />
        <source>Local</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="140" />
        <source>Dias</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="150" />
        <source>Resumo</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="169" />
        <source>1 oferta</source>
        <translation>1 posting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="171" />
        <source>%n ofertas</source>
        <translation>
            <numerusform>%n posting</numerusform>
            <numerusform>%n postings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="172" />
        <source>Situação em %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/pdf_pages.py" line="28" />
        <source>página %1 de %2</source>
        <translation>page %1 of %2</translation>
    </message>
</context>
<context>
    <name>FacetListModel</name>
    <message>
        <location filename="../../vagas_desktop/gui/facet_list.py" line="77" />
        <source>%1 (%2): excluído</source>
        <translation>%1 (%2): excluded</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/facet_list.py" line="85" />
        <source>excluído</source>
        <translation>excluded</translation>
    </message>
</context>
<context>
    <name>FacetListWidget</name>
    <message>
        <location filename="../../vagas_desktop/gui/facet_list.py" line="280" />
        <source>limpar</source>
        <translation>clear</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/facet_list.py" line="299" />
        <source>Procurar…</source>
        <translation>Search…</translation>
    </message>
</context>
<context>
    <name>FacetMenu</name>
    <message>
        <location filename="../../vagas_desktop/gui/facet_menu.py" line="30" />
        <location filename="../../vagas_desktop/gui/facet_menu.py" line="71" />
        <source>Excluir</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/facet_menu.py" line="71" />
        <source>Incluir</source>
        <translation>Include</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="51" />
        <source>Filtros</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="55" />
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="84" />
        <source>Limpar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="58" />
        <source>Limpar todos os filtros (Ctrl+Shift+L)</source>
        <translation>Clear all filters (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="71" />
        <source>Ocultar sempre este empregador</source>
        <translation>Always hide this employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="86" />
        <source>Limpar todos os filtros</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="165" />
        <source>Prazo</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="168" />
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="168" />
        <source>Prazo: todas as vagas</source>
        <translation>Deadline: all postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="169" />
        <source>Abertas</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="169" />
        <source>Prazo: só vagas abertas hoje</source>
        <translation>Deadline: only postings open today</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="170" />
        <source>A fechar em</source>
        <translation>Closing within</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="170" />
        <source>Prazo: vagas a fechar em breve</source>
        <translation>Deadline: postings closing soon</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="171" />
        <source>A abrir</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="171" />
        <source>Prazo: só vagas que ainda não abriram</source>
        <translation>Deadline: only postings not yet open</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="172" />
        <source>Fechadas</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="172" />
        <source>Prazo: só vagas fechadas</source>
        <translation>Deadline: closed postings only</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="186" />
        <source>Número de dias até fechar</source>
        <translation>Number of days until closing</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="191" />
        <source>dias</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="197" />
        <source>Abertas no dia</source>
        <translation>Open on</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="199" />
        <source>Só vagas abertas no dia escolhido</source>
        <translation>Only postings open on the chosen day</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="203" />
        <source>Dia em que as vagas estão abertas</source>
        <translation>Day on which the postings are open</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="223" />
        <source>Distrito</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="223" />
        <source>Filtro por distrito</source>
        <translation>Filter by district</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="224" />
        <source>Limpar filtro de distrito</source>
        <translation>Clear district filter</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="225" />
        <source>Concelho</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="225" />
        <source>Filtro por concelho</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="226" />
        <source>Limpar filtro de concelho</source>
        <translation>Clear municipality filter</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="226" />
        <source>Procurar concelho</source>
        <translation>Search municipalities</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="227" />
        <source>Trabalho</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="227" />
        <source>Filtro por trabalho</source>
        <translation>Filter by job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="228" />
        <source>Limpar filtro de trabalho</source>
        <translation>Clear job filter</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="228" />
        <source>Procurar trabalho</source>
        <translation>Search jobs</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="229" />
        <source>Empregador</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="229" />
        <source>Filtro por empregador</source>
        <translation>Filter by employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="230" />
        <source>Limpar filtro de empregador</source>
        <translation>Clear employer filter</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/filter_bar.py" line="230" />
        <source>Procurar empregador</source>
        <translation>Search employers</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="40" />
        <source>Também: %1</source>
        <translation>Also: %1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="47" />
        <source>Escreva</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="47" />
        <source>Para</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="47" />
        <source>Exemplo</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="49" />
        <source>Pesquisar</source>
        <translation>Searching</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="50" />
        <source>Escreva na caixa de pesquisa (Ctrl+F). Junte palavras e filtros à vontade: uma vaga aparece se cumprir todos.</source>
        <translation>Type in the search box (Ctrl+F). Combine words and filters freely: a posting shows if it meets them all.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="53" />
        <source>Um filtro que a aplicação não conhece é procurado como texto; a linha ao lado da caixa de pesquisa explica o que não foi entendido.</source>
        <translation>A filter the application does not know is searched as text; the line beside the search box explains what was not understood.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="80" />
        <source>Outras</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="110" />
        <source>Ação</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="110" />
        <source>Teclas</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="111" />
        <source>Atalhos de teclado</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="115" />
        <source>Primeira / última vaga</source>
        <translation>First / last posting</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="115" />
        <source>Início / Fim</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="116" />
        <source>Escolher várias vagas</source>
        <translation>Select several postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="116" />
        <source>Shift+setas, Ctrl+clique</source>
        <translation>Shift+arrows, Ctrl+click</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="117" />
        <source>Passar à zona seguinte</source>
        <translation>Move to the next area</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="119" />
        <source>Na tabela</source>
        <translation>In the table</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="133" />
        <source>Onde ficam os dados</source>
        <translation>Where the data lives</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="134" />
        <source>O quê</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="134" />
        <source>Onde</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="135" />
        <source>A pasta de vagas só é lida, nunca alterada. Os seus dados (marcas, estados, notas e listas) ficam num ficheiro à parte, com uma cópia de segurança ao lado.</source>
        <translation>The postings folder is only read, never changed. Your data (bookmarks, statuses, notes and lists) is kept in a separate file, with a backup copy beside it.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_pages.py" line="138" />
        <source>A cache pode ser apagada: é refeita na próxima leitura.</source>
        <translation>The cache can be deleted: it is rebuilt on the next read.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_window.py" line="26" />
        <source>Os seus dados (marcas, estados, notas, listas)</source>
        <translation>Your data (bookmarks, statuses, notes, lists)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_window.py" line="27" />
        <source>Cópia de segurança dos seus dados</source>
        <translation>Backup of your data</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_window.py" line="28" />
        <source>Cache das pastas lidas</source>
        <translation>Cache of the folders read</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_window.py" line="29" />
        <source>Registos (para relatar um problema)</source>
        <translation>Logs (to report a problem)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_window.py" line="30" />
        <source>Definições da janela (tamanho, colunas, filtros)</source>
        <translation>Window settings (size, columns, filters)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_window.py" line="57" />
        <source>Ajuda do Vagas Desktop</source>
        <translation>Vagas Desktop Help</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_window.py" line="64" />
        <source>&amp;Pesquisa</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_window.py" line="65" />
        <source>&amp;Atalhos</source>
        <translation>S&amp;hortcuts</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_window.py" line="66" />
        <source>&amp;Onde ficam os dados</source>
        <translation>&amp;Where the data lives</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/help_window.py" line="88" />
        <source>&amp;Ajuda do Vagas Desktop</source>
        <translation>Vagas Desktop &amp;Help</translation>
    </message>
</context>
<context>
    <name>HiddenEmployersDialog</name>
    <message>
        <location filename="../../vagas_desktop/gui/hidden_employers_dialog.py" line="39" />
        <location filename="../../vagas_desktop/gui/hidden_employers_dialog.py" line="43" />
        <source>Empregadores ocultos</source>
        <translation>Hidden employers</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/hidden_employers_dialog.py" line="45" />
        <source>Não ocultou nenhum empregador. Use «Ocultar sempre este empregador» no menu de uma vaga.</source>
        <translation>You have not hidden any employer. Use “Always hide this employer” in a posting's menu.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/hidden_employers_dialog.py" line="48" />
        <source>&amp;Voltar a mostrar</source>
        <translation>&amp;Show again</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/hidden_employers_dialog.py" line="57" />
        <source>As vagas destes empregadores não aparecem em nenhuma vista (a não ser com «Mostrar ocultas»).</source>
        <translation>Postings from these employers appear in no view (unless “Show hidden” is on).</translation>
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
    <name>MainToolbar</name>
    <message>
        <location filename="../../vagas_desktop/gui/main_toolbar.py" line="87" />
        <source>Barra de ferramentas</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vagas_desktop/gui/folder_display.py" line="99" />
        <source>Pasta atualizada: %1, %2</source>
        <translation>Folder updated: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/folder_display.py" line="100" />
        <location filename="../../vagas_desktop/gui/folder_display.py" line="109" />
        <source>%n novas</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/folder_display.py" line="101" />
        <source>%n removidas</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/folder_display.py" line="104" />
        <source>%n vagas lidas em %1 s</source>
        <translation>
            <numerusform>%n posting read in %1 s</numerusform>
            <numerusform>%n postings read in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/folder_display.py" line="108" />
        <source>Desde %1: %2, %3</source>
        <translation>Since %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/folder_display.py" line="110" />
        <source>%n fecharam</source>
        <translation>
            <numerusform>%n closed</numerusform>
            <numerusform>%n closed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/folder_display.py" line="122" />
        <source>A pasta foi aberta com as colunas e a ordem de origem: não foi possível repor as anteriores.</source>
        <translation>The folder was opened with the default columns and order: the previous ones could not be restored.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/folder_display.py" line="128" />
        <source>Não foi possível mostrar a pasta %s; mantém-se a pasta anterior.</source>
        <translation>The folder %s could not be shown; the previous folder stays open.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/folder_display.py" line="131" />
        <source>Vagas Desktop</source>
        <translation>Vagas Desktop</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/folder_display.py" line="146" />
        <source>Erro ao ler a pasta</source>
        <translation>Error reading the folder</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="101" />
        <source>Pesquisa</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="167" />
        <source>&amp;Abrir pasta…</source>
        <translation>&amp;Open folder…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="168" />
        <source>&amp;Recarregar</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="169" />
        <source>&amp;Sair</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="170" />
        <source>&amp;Procurar</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="173" />
        <source>Cancelar leitura</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="177" />
        <source>&amp;Problemas</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="179" />
        <source>Ir para a tabela</source>
        <translation>Go to table</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="180" />
        <source>Ir para os filtros</source>
        <translation>Go to filters</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="181" />
        <source>Ir para os detalhes</source>
        <translation>Go to details</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="186" />
        <source>&amp;Sobre o Vagas Desktop</source>
        <translation>&amp;About Vagas Desktop</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="258" />
        <source>Abrir pasta de vagas</source>
        <translation>Open postings folder</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="275" />
        <source>Pasta não encontrada</source>
        <translation>Folder not found</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/main_window.py" line="276" />
        <source>A pasta não existe ou não é legível:
%s</source>
        <translation>The folder does not exist or is not readable:
%s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="312" />
        <source>%1 de %Ln vagas</source>
        <translation>
            <numerusform>%1 of %Ln posting</numerusform>
            <numerusform>%1 of %Ln postings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data_feedback.py" line="38" />
        <location filename="../../vagas_desktop/gui/user_data_feedback.py" line="45" />
        <source>Os seus dados</source>
        <translation>Your data</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data_feedback.py" line="49" />
        <source>Quer recuperar a última cópia de segurança?</source>
        <translation>Do you want to restore the latest backup?</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/window_menus.py" line="39" />
        <source>&amp;Ficheiro</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/window_menus.py" line="41" />
        <source>Abrir &amp;recente</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/window_menus.py" line="56" />
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/window_menus.py" line="67" />
        <source>&amp;Listas</source>
        <translation>&amp;Lists</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/window_menus.py" line="77" />
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/window_menus.py" line="78" />
        <source>&amp;Colunas</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/window_menus.py" line="91" />
        <source>A&amp;juda</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>PostingHistory</name>
    <message>
        <location filename="../../vagas_desktop/gui/history_render.py" line="28" />
        <source>visto a %1</source>
        <translation>seen on %1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/history_render.py" line="36" />
        <source>Histórico</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/history_render.py" line="41" />
        <source>%n versões anteriores</source>
        <translation>
            <numerusform>%n earlier version</numerusform>
            <numerusform>%n earlier versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/history_render.py" line="52" />
        <source>Mudou desde que a viu:</source>
        <translation>Changed since you last saw it:</translation>
    </message>
</context>
<context>
    <name>PostingTableModel</name>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="94" />
        <source>Interessado</source>
        <translation>Interested</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="95" />
        <source>Candidatura enviada</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="96" />
        <source>Entrevista / Prova</source>
        <translation>Interview / Test</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="97" />
        <source>Oferta / Colocado</source>
        <translation>Offer / Placed</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="98" />
        <source>Excluído</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="99" />
        <source>Desisti</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="309" />
        <source>Marcada</source>
        <translation>Bookmarked</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="346" />
        <source>Não está nesta pasta (dados guardados)</source>
        <translation>Not in this folder (saved data)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="348" />
        <source>Marcar ou desmarcar (Ctrl+D)</source>
        <translation>Bookmark or unbookmark (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="414" />
        <source>Ficheiro lido com problemas:</source>
        <translation>File read with problems:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/table_model.py" line="416" />
        <source>Ver no painel de Problemas: menu de contexto ou duplo clique aqui</source>
        <translation>See the Problems panel: context menu or double-click here</translation>
    </message>
</context>
<context>
    <name>PostingsTableView</name>
    <message>
        <location filename="../../vagas_desktop/gui/postings_view.py" line="23" />
        <source>Tabela de vagas</source>
        <translation>Postings table</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/postings_view.py" line="104" />
        <source>Colunas</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>ProblemsButton</name>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="149" />
        <source>Mostrar os ficheiros com problemas (Ctrl+Shift+P)</source>
        <translation>Show the files with problems (Ctrl+Shift+P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="157" />
        <source>%n problemas</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="159" />
        <source>%n versões antigas</source>
        <translation>
            <numerusform>%n old version</numerusform>
            <numerusform>%n old versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="161" />
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
        <location filename="../../vagas_desktop/gui/problems_view.py" line="85" />
        <source>Problemas</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="90" />
        <source>Ficheiros com problemas</source>
        <translation>Files with problems</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="59" />
        <source>Ficheiro</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="59" />
        <source>Gravidade</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="59" />
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="73" />
        <source>erro</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="73" />
        <source>aviso</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/problems_view.py" line="74" />
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>RowProblems</name>
    <message>
        <location filename="../../vagas_desktop/gui/row_problems.py" line="22" />
        <source>Ver problemas deste ficheiro</source>
        <translation>Show this file's problems</translation>
    </message>
</context>
<context>
    <name>SampleDay</name>
    <message>
        <location filename="../../vagas_desktop/gui/sample_day.py" line="22" />
        <source>Os exemplos estão datados à volta deste dia; abra outra pasta para ver as suas vagas no dia de hoje.</source>
        <translation>The samples are dated around this day; open another folder to see your postings as of today.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/sample_day.py" line="36" />
        <source>Exemplos vistos a %1</source>
        <translation>Samples seen on %1</translation>
    </message>
</context>
<context>
    <name>SavedSearchActions</name>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="62" />
        <source>&amp;Guardar pesquisa…</source>
        <translation>&amp;Save search…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="64" />
        <source>Marcar como vistas</source>
        <translation>Mark as seen</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="65" />
        <source>Ocultar sempre este empregador</source>
        <translation>Always hide this employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="67" />
        <source>Empregadores ocultos…</source>
        <translation>Hidden employers…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="68" />
        <source>Mostrar ocultas</source>
        <translation>Show hidden</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="73" />
        <source>Vagas de empregadores que ocultou; clique para os gerir</source>
        <translation>Postings from employers you hid; click to manage them</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="103" />
        <source>Guardar pesquisa</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="104" />
        <source>Nome da pesquisa (por exemplo, cliente e carreira):</source>
        <translation>Search name (for example, client and career):</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="115" />
        <source>Atualizar pesquisa</source>
        <translation>Update search</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="116" />
        <source>Já existe a pesquisa «%1». Substituir os seus filtros pelos atuais?</source>
        <translation>The search “%1” already exists. Replace its filters with the current ones?</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="154" />
        <source>Exportar a pesquisa…</source>
        <translation>Export search…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="156" />
        <source>Exportar os prazos para o calendário…</source>
        <translation>Export the deadlines to a calendar…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="159" />
        <source>Mudar o nome da pesquisa…</source>
        <translation>Rename search…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="160" />
        <source>Duplicar a pesquisa</source>
        <translation>Duplicate search</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="161" />
        <source>Apagar a pesquisa</source>
        <translation>Delete search</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="168" />
        <source>Mudar o nome</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="168" />
        <source>Novo nome:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="180" />
        <source>%1 (cópia)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="183" />
        <source>%1 (cópia %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="225" />
        <source>%n pesquisas com novidades</source>
        <translation>
            <numerusform>%n search with news</numerusform>
            <numerusform>%n searches with news</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="281" />
        <source>%n vagas ocultas (à vista)</source>
        <translation>
            <numerusform>%n hidden posting (shown)</numerusform>
            <numerusform>%n hidden postings (shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="282" />
        <source>%n vagas ocultas</source>
        <translation>
            <numerusform>%n hidden posting</numerusform>
            <numerusform>%n hidden postings</numerusform>
        </translation>
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
    <name>SearchSyntax</name>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="57" />
        <source>palavra</source>
        <translation>word</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="58" />
        <source>Vagas com a palavra no título, função, empregador, concelho, distrito, referência ou perfil. Maiúsculas e acentos não contam.</source>
        <translation>Postings with the word in the title, job, employer, municipality, district, reference or profile. Case and accents do not matter.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="62" />
        <source>várias palavras</source>
        <translation>several words</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="63" />
        <source>Todas as palavras têm de aparecer (em qualquer campo).</source>
        <translation>Every word must appear (in any field).</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="66" />
        <source>"frase exata"</source>
        <translation>"exact phrase"</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="67" />
        <source>As palavras juntas, por esta ordem.</source>
        <translation>The words together, in this order.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="70" />
        <source>-palavra</source>
        <translation>-word</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="71" />
        <source>Exclui as vagas com a palavra; também antes de um filtro.</source>
        <translation>Leaves out postings with the word; also before a filter.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="73" />
        <source>Referência da oferta (ou parte dela).</source>
        <translation>The posting's reference (or part of it).</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="75" />
        <source>Tipo de trabalho ou carreira.</source>
        <translation>Type of work or career.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="77" />
        <source>Entidade empregadora.</source>
        <translation>Employer.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="79" />
        <source>Concelho do local de trabalho.</source>
        <translation>Municipality of the workplace.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="81" />
        <source>Distrito do local de trabalho.</source>
        <translation>District of the workplace.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="83" />
        <source>Só no texto do perfil (requisitos, funções…).</source>
        <translation>Only in the profile text (requirements, duties…).</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="85" />
        <source>Vagas marcadas com ★.</source>
        <translation>Postings bookmarked with ★.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="86" />
        <source>Vagas novas desde a última visita à pasta.</source>
        <translation>Postings new since the last visit to the folder.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="88" />
        <source>Vagas que fecharam desde a última visita à pasta.</source>
        <translation>Postings that closed since your last visit to the folder.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="90" />
        <source>Vagas que mudaram entre visitas à pasta (prazo, título, perfil…).</source>
        <translation>Postings that changed between visits to the folder (deadline, title, profile…).</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="91" />
        <source>Vagas com o prazo prorrogado.</source>
        <translation>Postings whose deadline was extended.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="93" />
        <source>Vagas publicadas de novo com outra referência.</source>
        <translation>Postings published again under another reference.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="95" />
        <source>Vagas marcadas ou com estado de candidatura.</source>
        <translation>Postings bookmarked or with an application status.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="96" />
        <source>Vagas com uma nota sua.</source>
        <translation>Postings with a note of yours.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="98" />
        <source>Vagas que acompanha mas já não estão na pasta.</source>
        <translation>Postings you track that are no longer in the folder.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="100" />
        <source>Vagas com esse estado de candidatura (basta o início do nome).</source>
        <translation>Postings with that application status (the start of its name is enough).</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="102" />
        <source>Vagas numa lista sua, pelo nome (ou parte dele).</source>
        <translation>Postings in one of your lists, by name (or part of it).</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="105" />
        <source>fecho&lt;=data</source>
        <translation>fecho&lt;=date</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="106" />
        <source>Vagas que fecham até esse dia, inclusive (as já fechadas também). Também &lt;, &gt;, &gt;= e = (ou fecho:). A data: 2025-03-31 ou 31/03/2025. Uma vaga sem a data nunca corresponde.</source>
        <translation>Postings closing on or before that day (closed ones too). Also &lt;, &gt;, &gt;= and = (or fecho:). The date: 2025-03-31 or 31/03/2025. A posting without the date never matches.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="111" />
        <source>fecho&lt;=7d</source>
        <translation>fecho&lt;=7d</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="112" />
        <source>Dias a contar de hoje (0d ou hoje: hoje; -7d: há 7 dias). fecho&lt;=7d inclui as já fechadas; para as deixar de fora junte fecho&gt;=0d ou estado:aberta.</source>
        <translation>Days from today (0d or today: today; -7d: 7 days ago). fecho&lt;=7d includes closed postings; to leave them out add fecho&gt;=0d or estado:aberta.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="117" />
        <source>fecho:mês</source>
        <translation>fecho:month</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="118" />
        <source>Um mês inteiro (2025-03 ou 03/2025); com &lt;, &lt;=, &gt;, &gt;= conta o primeiro ou o último dia dele.</source>
        <translation>A whole month (2025-03 or 03/2025); with &lt;, &lt;=, &gt;, &gt;= its first or last day counts.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="122" />
        <source>abertura&gt;=data</source>
        <translation>abertura&gt;=date</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="123" />
        <source>Data de abertura, com as mesmas formas que fecho: abertura&gt;=-7d são as abertas nos últimos 7 dias.</source>
        <translation>The opening date, in the same forms as fecho: abertura&gt;=-7d is the postings opened in the last 7 days.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="127" />
        <source>abertura:ano</source>
        <translation>abertura:year</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="128" />
        <source>Um ano inteiro.</source>
        <translation>A whole year.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="130" />
        <source>Vagas abertas hoje, como o prazo “Abertas”. estado: é o prazo da vaga; o da sua candidatura é status:.</source>
        <translation>Postings open today, like the “Open” deadline choice. estado: is the posting's deadline; your application's is status:.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="133" />
        <source>Abertas que fecham nos próximos 7 dias, hoje incluído.</source>
        <translation>Open postings closing within the next 7 days, today included.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="135" />
        <source>Vagas que fecham hoje.</source>
        <translation>Postings closing today.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="136" />
        <source>Vagas cujo prazo já acabou.</source>
        <translation>Postings whose deadline has passed.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/core/query_help.py" line="137" />
        <source>Vagas que ainda não abriram (abrem mais tarde).</source>
        <translation>Postings not yet open (they open later).</translation>
    </message>
</context>
<context>
    <name>ShortlistModel</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="73" />
        <source>%n novas</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="81" />
        <source>Pesquisas guardadas</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="86" />
        <source>Todas as vagas</source>
        <translation>All postings</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="87" />
        <source>✦ Novas (%1)</source>
        <translation>✦ New (%1)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="88" />
        <source>✕ Fecharam (%1)</source>
        <translation>✕ Closed (%1)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="89" />
        <source>★ Marcadas (%1)</source>
        <translation>★ Bookmarked (%1)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="133" />
        <source>Vagas novas desde a última visita à pasta.</source>
        <translation>New postings since your last visit to the folder.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="135" />
        <source>Vagas que fecharam desde a última visita à pasta.</source>
        <translation>Postings that closed since your last visit to the folder.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="137" />
        <source>Escolher esta pesquisa repõe os seus filtros; as vagas novas ficam vistas ao fim de um momento</source>
        <translation>Choosing this search restores its filters; its new postings count as seen after a moment</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="140" />
        <source>Arraste vagas da tabela para aqui para as juntar a esta lista</source>
        <translation>Drag postings here from the table to add them to this list</translation>
    </message>
</context>
<context>
    <name>ShortlistPanel</name>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="202" />
        <source>Listas de vagas</source>
        <translation>Posting lists</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="215" />
        <source>&lt;b&gt;Listas&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lists&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="219" />
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="322" />
        <source>Nova lista…</source>
        <translation>New list…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="220" />
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="268" />
        <source>Nova lista</source>
        <translation>New list</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="230" />
        <source>Mudar o nome da lista…</source>
        <translation>Rename list…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="232" />
        <source>Apagar a lista…</source>
        <translation>Delete list…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="234" />
        <source>Exportar a lista…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="236" />
        <source>Exportar os prazos para o calendário…</source>
        <translation>Export the deadlines to a calendar…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="268" />
        <source>Nome da lista (por exemplo, o cliente):</source>
        <translation>List name (for example, the client):</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="277" />
        <source>Mudar o nome</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="277" />
        <source>Novo nome:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="287" />
        <source>Apagar lista</source>
        <translation>Delete list</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="288" />
        <source>Apagar a lista «%1»? As vagas continuam marcadas e com as suas notas.</source>
        <translation>Delete the list “%1”? Its postings stay bookmarked and keep their notes.</translation>
    </message>
</context>
<context>
    <name>StatisticsDock</name>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="343" />
        <source>Estatísticas</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="347" />
        <source>&amp;Estatísticas</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="350" />
        <source>Mostrar as estatísticas das vagas em vista</source>
        <translation>Show the statistics of the postings in view</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="74" />
        <source>Contar as vagas por</source>
        <translation>Count postings by</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="79" />
        <source>Distrito dos concelhos</source>
        <translation>District of the municipalities</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="80" />
        <source>Todos os distritos</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="99" />
        <source>Copiar como imagem</source>
        <translation>Copy as image</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="100" />
        <source>Guardar imagem…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="101" />
        <source>Copiar tabela</source>
        <translation>Copy table</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="236" />
        <source>%n vagas em vista</source>
        <translation>
            <numerusform>%n posting in view</numerusform>
            <numerusform>%n postings in view</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="325" />
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="328" />
        <source>Guardar imagem</source>
        <translation>Save image</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="326" />
        <source>Imagem PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="329" />
        <source>Não foi possível guardar a imagem em %1.</source>
        <translation>Could not save the image to %1.</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../../vagas_desktop/gui/theme_menu.py" line="31" />
        <source>&amp;Tema</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/theme_menu.py" line="37" />
        <source>&amp;Sistema</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/theme_menu.py" line="38" />
        <source>&amp;Claro</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/theme_menu.py" line="39" />
        <source>&amp;Escuro</source>
        <translation>&amp;Dark</translation>
    </message>
</context>
<context>
    <name>TrackedChangesNotice</name>
    <message>
        <location filename="../../vagas_desktop/gui/tracked_changes.py" line="37" />
        <source>Mostrar as vagas que acompanha e que mudaram</source>
        <translation>Show the postings you track that changed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/tracked_changes.py" line="51" />
        <source>%n das suas vagas mudaram de prazo</source>
        <translation>
            <numerusform>%n of your postings had its deadline changed</numerusform>
            <numerusform>%n of your postings had their deadlines changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/tracked_changes.py" line="53" />
        <source>%n das suas vagas mudaram</source>
        <translation>
            <numerusform>%n of your postings changed</numerusform>
            <numerusform>%n of your postings changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingActions</name>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="28" />
        <source>&amp;Marcar / desmarcar</source>
        <translation>&amp;Bookmark / unbookmark</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="29" />
        <source>&amp;Estado da candidatura</source>
        <translation>Application &amp;status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="31" />
        <source>Sem estado</source>
        <translation>No status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="34" />
        <source>&amp;Juntar à lista</source>
        <translation>&amp;Add to list</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="36" />
        <source>&amp;Tirar da lista atual</source>
        <translation>&amp;Remove from current list</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="37" />
        <source>&amp;Nova lista…</source>
        <translation>&amp;New list…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="38" />
        <source>Guardar cópia dos meus dados…</source>
        <translation>Back up my data…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="39" />
        <source>Importar cópia dos meus dados…</source>
        <translation>Import a backup of my data…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="88" />
        <source>Nova lista</source>
        <translation>New list</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="89" />
        <source>Nome da lista (por exemplo, o cliente):</source>
        <translation>List name (for example, the client):</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="103" />
        <source>Guardar cópia dos meus dados</source>
        <translation>Back up my data</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="104" />
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="111" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="106" />
        <source>Cópia guardada</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="107" />
        <source>Os seus dados foram guardados em:
%1</source>
        <translation>Your data was saved to:
%1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="110" />
        <source>Importar cópia dos meus dados</source>
        <translation>Import a backup of my data</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="116" />
        <source>Dados importados</source>
        <translation>Data imported</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_actions.py" line="117" />
        <source>Juntados sem perder nada: %1 novas, %2 atualizadas, %3 mantidas, %4 listas novas.</source>
        <translation>Merged without losing anything: %1 new, %2 updated, %3 kept, %4 new lists.</translation>
    </message>
</context>
<context>
    <name>TrackingPanel</name>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="57" />
        <source>Estado da candidatura</source>
        <translation>Application status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="58" />
        <source>— sem estado —</source>
        <translation>— no status —</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="71" />
        <source>Notas sobre a vaga</source>
        <translation>Notes on the posting</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="72" />
        <source>Notas (guardadas automaticamente)…</source>
        <translation>Notes (saved automatically)…</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="80" />
        <source>Estado:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="103" />
        <source>Esta vaga não está nesta pasta: mostram-se os dados guardados quando foi marcada.</source>
        <translation>This posting is not in this folder: showing the data saved when it was bookmarked.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="113" />
        <source>★ Marcada</source>
        <translation>★ Bookmarked</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="113" />
        <source>☆ Marcar</source>
        <translation>☆ Bookmark</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="114" />
        <source>Marcar ou desmarcar (Ctrl+D)</source>
        <translation>Bookmark or unbookmark (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="119" />
        <source>Listas: %1</source>
        <translation>Lists: %1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/tracking_panel.py" line="138" />
        <source>sem estado</source>
        <translation>no status</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../vagas_desktop/gui/undo.py" line="52" />
        <source>Desfazer:</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/undo.py" line="53" />
        <source>Refazer:</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/undo.py" line="57" />
        <source>Desfazer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/undo.py" line="58" />
        <source>Refazer</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>UserDataController</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/user_data.py" line="77" />
        <source>Marcar %n vagas</source>
        <translation>
            <numerusform>Bookmark %n posting</numerusform>
            <numerusform>Bookmark %n postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/user_data.py" line="78" />
        <source>Desmarcar %n vagas</source>
        <translation>
            <numerusform>Unbookmark %n posting</numerusform>
            <numerusform>Unbookmark %n postings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="85" />
        <source>Estado: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="86" />
        <source>Limpar o estado</source>
        <translation>Clear the status</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="108" />
        <source>Criar a lista «%1»</source>
        <translation>Create the list “%1”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="122" />
        <source>Mudar o nome da lista «%1» para «%2»</source>
        <translation>Rename the list “%1” to “%2”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="128" />
        <source>Apagar a lista «%1»</source>
        <translation>Delete the list “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/user_data.py" line="137" />
        <source>Juntar %n vagas a «%1»</source>
        <translation>
            <numerusform>Add %n posting to “%1”</numerusform>
            <numerusform>Add %n postings to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/user_data.py" line="142" />
        <source>Tirar %n vagas de «%1»</source>
        <translation>
            <numerusform>Remove %n posting from “%1”</numerusform>
            <numerusform>Remove %n postings from “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="155" />
        <source>Guardar a pesquisa «%1»</source>
        <translation>Save the search “%1”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="164" />
        <source>Atualizar a pesquisa «%1»</source>
        <translation>Update the search “%1”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="178" />
        <source>Mudar o nome da pesquisa «%1» para «%2»</source>
        <translation>Rename the search “%1” to “%2”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="183" />
        <source>Apagar a pesquisa «%1»</source>
        <translation>Delete the search “%1”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="202" />
        <source>Ocultar «%1»</source>
        <translation>Hide “%1”</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="202" />
        <source>Voltar a mostrar «%1»</source>
        <translation>Show “%1” again</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="268" />
        <source>Os seus dados estão abertos só para leitura: esta alteração não foi gravada.</source>
        <translation>Your data is open read-only: this change was not saved.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="272" />
        <source>Outra janela ou instância da aplicação está a gravar os seus dados. Tente de novo.</source>
        <translation>Another window or instance of the app is saving your data. Try again.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="274" />
        <source>Essa cópia foi gravada por uma versão mais recente da aplicação; atualize a aplicação para a importar.</source>
        <translation>That copy was saved by a newer version of the app; update the app to import it.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="277" />
        <source>Esse ficheiro não é uma cópia válida dos seus dados; nada foi importado.</source>
        <translation>That file is not a valid copy of your data; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="279" />
        <source>Não foi possível ler esse ficheiro; nada foi importado.</source>
        <translation>That file could not be read; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="281" />
        <source>Não há nenhuma cópia de segurança válida para repor.</source>
        <translation>There is no valid backup to restore.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="283" />
        <source>Uma lista precisa de um nome.</source>
        <translation>A list needs a name.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="285" />
        <source>Já existe uma lista com esse nome.</source>
        <translation>A list with that name already exists.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="287" />
        <source>Essa lista já não existe.</source>
        <translation>That list no longer exists.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="289" />
        <source>Já existe uma pesquisa guardada com esse nome.</source>
        <translation>A saved search with that name already exists.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="291" />
        <source>Essa pesquisa guardada já não existe.</source>
        <translation>That saved search no longer exists.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/user_data.py" line="293" />
        <source>Não foi possível ler ou gravar o ficheiro: %1</source>
        <translation>The file could not be read or written: %1</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="29" />
        <source>Versões anteriores de %1</source>
        <translation>Earlier versions of %1</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="36" />
        <source>Versões anteriores</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="61" />
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="61" />
        <source>Abertura</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="61" />
        <source>Fecho</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="62" />
        <source>Trabalho</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="62" />
        <source>Empregador</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="62" />
        <source>Concelho</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="63" />
        <source>Distrito</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="63" />
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="63" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="64" />
        <source>Perfil funcional</source>
        <translation>Job profile</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="70" />
        <source>Este ficheiro já não pode ser lido.</source>
        <translation>This file can no longer be read.</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="72" />
        <source>≠ diferente da versão atual</source>
        <translation>≠ differs from the current version</translation>
    </message>
    <message>
        <location filename="../../vagas_desktop/gui/versions_dialog.py" line="79" />
        <source>≠ atual: %1</source>
        <translation>≠ now: %1</translation>
    </message>
</context>
</TS>
