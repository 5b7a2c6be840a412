<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="pt_PT">
<context>
    <name>Columns</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/core/columns.py" line="57" />
        <source>abre em %n dias</source>
        <translation>
            <numerusform>abre em %n dia</numerusform>
            <numerusform>abre em %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/html_render.py" line="103" />
        <source>fechou há %n dias</source>
        <translation>
            <numerusform>fechou há %n dia</numerusform>
            <numerusform>fechou há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/html_render.py" line="105" />
        <source>faltam %n dias</source>
        <translation>
            <numerusform>falta %n dia</numerusform>
            <numerusform>faltam %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/export_actions.py" line="171" />
        <source>(%n sem data de fecho, fora do calendário)</source>
        <translation>
            <numerusform>(%n sem data de fecho, fora do calendário)</numerusform>
            <numerusform>(%n sem data de fecho, fora do calendário)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="171" />
        <source>%n ofertas</source>
        <translation>
            <numerusform>%n oferta</numerusform>
            <numerusform>%n ofertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/folder_display.py" line="100" />
        <location filename="../../vagas_desktop/gui/folder_display.py" line="109" />
        <source>%n novas</source>
        <translation>
            <numerusform>%n nova</numerusform>
            <numerusform>%n novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/folder_display.py" line="101" />
        <source>%n removidas</source>
        <translation>
            <numerusform>%n removida</numerusform>
            <numerusform>%n removidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/folder_display.py" line="104" />
        <source>%n vagas lidas em %1 s</source>
        <translation>
            <numerusform>%n vaga lida em %1 s</numerusform>
            <numerusform>%n vagas lidas em %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/folder_display.py" line="110" />
        <source>%n fecharam</source>
        <translation>
            <numerusform>%n fechou</numerusform>
            <numerusform>%n fecharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="312" />
        <source>%1 de %Ln vagas</source>
        <translation>
            <numerusform>%1 de %Ln vaga</numerusform>
            <numerusform>%1 de %Ln vagas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingHistory</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/history_render.py" line="41" />
        <source>%n versões anteriores</source>
        <translation>
            <numerusform>%n versão anterior</numerusform>
            <numerusform>%n versões anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsButton</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="157" />
        <source>%n problemas</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="159" />
        <source>%n versões antigas</source>
        <translation>
            <numerusform>%n versão antiga</numerusform>
            <numerusform>%n versões antigas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="161" />
        <source>%n ignorados</source>
        <translation>
            <numerusform>%n ignorado</numerusform>
            <numerusform>%n ignorados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedSearchActions</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="225" />
        <source>%n pesquisas com novidades</source>
        <translation>
            <numerusform>%n pesquisa com novidades</numerusform>
            <numerusform>%n pesquisas com novidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="281" />
        <source>%n vagas ocultas (à vista)</source>
        <translation>
            <numerusform>%n vaga oculta (à vista)</numerusform>
            <numerusform>%n vagas ocultas (à vista)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/saved_search_actions.py" line="282" />
        <source>%n vagas ocultas</source>
        <translation>
            <numerusform>%n vaga oculta</numerusform>
            <numerusform>%n vagas ocultas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistModel</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/shortlist_panel.py" line="73" />
        <source>%n novas</source>
        <translation>
            <numerusform>%n nova</numerusform>
            <numerusform>%n novas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/statistics_view.py" line="236" />
        <source>%n vagas em vista</source>
        <translation>
            <numerusform>%n vaga em vista</numerusform>
            <numerusform>%n vagas em vista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackedChangesNotice</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/tracked_changes.py" line="51" />
        <source>%n das suas vagas mudaram de prazo</source>
        <translation>
            <numerusform>%n das suas vagas mudou de prazo</numerusform>
            <numerusform>%n das suas vagas mudaram de prazo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/tracked_changes.py" line="53" />
        <source>%n das suas vagas mudaram</source>
        <translation>
            <numerusform>%n das suas vagas mudou</numerusform>
            <numerusform>%n das suas vagas mudaram</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDataController</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/user_data.py" line="77" />
        <source>Marcar %n vagas</source>
        <translation>
            <numerusform>Marcar %n vaga</numerusform>
            <numerusform>Marcar %n vagas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/user_data.py" line="78" />
        <source>Desmarcar %n vagas</source>
        <translation>
            <numerusform>Desmarcar %n vaga</numerusform>
            <numerusform>Desmarcar %n vagas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/user_data.py" line="137" />
        <source>Juntar %n vagas a «%1»</source>
        <translation>
            <numerusform>Juntar %n vaga a «%1»</numerusform>
            <numerusform>Juntar %n vagas a «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/user_data.py" line="142" />
        <source>Tirar %n vagas de «%1»</source>
        <translation>
            <numerusform>Tirar %n vaga de «%1»</numerusform>
            <numerusform>Tirar %n vagas de «%1»</numerusform>
        </translation>
    </message>
</context>
</TS>
