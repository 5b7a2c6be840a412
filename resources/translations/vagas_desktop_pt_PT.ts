<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="pt_PT">
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/html_render.py" line="89" />
        <source>fechou há %n dias</source>
        <translation>
            <numerusform>fechou há %n dia</numerusform>
            <numerusform>fechou há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/html_render.py" line="91" />
        <source>faltam %n dias</source>
        <translation>
            <numerusform>falta %n dia</numerusform>
            <numerusform>faltam %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/export_pdf.py" line="114" />
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
        <location filename="../../vagas_desktop/gui/main_window.py" line="351" />
        <location filename="../../vagas_desktop/gui/main_window.py" line="357" />
        <source>%n novas</source>
        <translation>
            <numerusform>%n nova</numerusform>
            <numerusform>%n novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="352" />
        <source>%n removidas</source>
        <translation>
            <numerusform>%n removida</numerusform>
            <numerusform>%n removidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="354" />
        <source>%n vagas lidas em %1 s</source>
        <translation>
            <numerusform>%n vaga lida em %1 s</numerusform>
            <numerusform>%n vagas lidas em %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="358" />
        <source>%n fecharam</source>
        <translation>
            <numerusform>%n fechou</numerusform>
            <numerusform>%n fecharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/main_window.py" line="403" />
        <source>%1 de %Ln vagas</source>
        <translation>
            <numerusform>%1 de %Ln vaga</numerusform>
            <numerusform>%1 de %Ln vagas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsButton</name>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="123" />
        <source>%n problemas</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="125" />
        <source>%n versões antigas</source>
        <translation>
            <numerusform>%n versão antiga</numerusform>
            <numerusform>%n versões antigas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vagas_desktop/gui/problems_view.py" line="127" />
        <source>%n ignorados</source>
        <translation>
            <numerusform>%n ignorado</numerusform>
            <numerusform>%n ignorados</numerusform>
        </translation>
    </message>
</context>
</TS>
