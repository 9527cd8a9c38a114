<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>BatchDialog</name>
        <message>
            <location filename="../batch_dialog.py" />
            <source>(no profile)</source>
            <translation>(sin perfil)</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" />
            <source>Each country&apos;s own</source>
            <translation>El de cada país</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" />
            <source>Every language</source>
            <translation>Todos los idiomas</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="182" />
            <source>Batch: many packs at once</source>
            <translation>Por lotes: muchos dosieres a la vez</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="198" />
            <location filename="../batch_dialog.py" line="301" />
            <source>Audiences</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="200" />
            <location filename="../batch_dialog.py" line="305" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="202" />
            <location filename="../batch_dialog.py" line="312" />
            <source>Organisations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="204" />
            <location filename="../batch_dialog.py" line="313" />
            <location filename="../batch_dialog.py" line="387" />
            <source>Output folder</source>
            <translation>Carpeta de salida</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="205" />
            <source>Folder for the packs and the manifest</source>
            <translation>Carpeta para los dosieres y el manifiesto</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="209" />
            <location filename="../batch_dialog.py" line="318" />
            <source>Worker processes</source>
            <translation>Procesos de trabajo</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="217" />
            <source>Sections to leave out</source>
            <translation>Secciones que omitir</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="219" />
            <source>Also one combined PDF per organisation and audience</source>
            <translation>También un PDF combinado por organización y destinatarios</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="220" />
            <source>Also one zip of the output folder</source>
            <translation>También un zip de la carpeta de salida</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="225" />
            <source>Choose what to make, then Start.</source>
            <translation>Elija qué crear y pulse Iniciar.</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="229" />
            <source>Batch report</source>
            <translation>Informe del lote</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="235" />
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="238" />
            <location filename="../batch_dialog.py" line="521" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="240" />
            <source>Open output folder</source>
            <translation>Abrir carpeta de salida</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="281" />
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="282" />
            <source>With a profile</source>
            <translation>Con perfil</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="283" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="289" />
            <source>Add profile file…</source>
            <translation>Añadir archivo de perfil…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="290" />
            <source>Add folder of member profiles…</source>
            <translation>Añadir carpeta de perfiles de miembros…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="295" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="314" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="315" />
            <source>Safety mode</source>
            <translation>Modo seguro</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="316" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="317" />
            <source>Leave out</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="361" />
            <source>Organisation profile</source>
            <translation>Perfil de la organización</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="370" />
            <source>Folder of member profiles</source>
            <translation>Carpeta de perfiles de miembros</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="431" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="433" />
            <location filename="../batch_dialog.py" line="487" />
            <source>Planning…</source>
            <translation>Planificando…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="459" />
            <source>Stopping after the packs in progress…</source>
            <translation>Deteniendo tras los dosieres en curso…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="488" />
            <source>Merging…</source>
            <translation>Combinando…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="489" />
            <source>Writing the manifest…</source>
            <translation>Escribiendo el manifiesto…</translation>
        </message>
    </context>
    <context>
        <name>ChoicesPanel</name>
        <message>
            <location filename="../side_panel.py" />
            <source>Country&apos;s language (%1)</source>
            <translation>Idioma del país (%1)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" />
            <source>Country&apos;s language</source>
            <translation>Idioma del país</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="46" />
            <source>Audience</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="56" />
            <source>Organisation profile</source>
            <translation>Perfil de la organización</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="57" />
            <source>Whose name, logo and contacts the pack carries</source>
            <translation>De quién son el nombre, el logotipo y los contactos del dosier</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="67" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="70" />
            <source>Safety mode</source>
            <translation>Modo seguro</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="77" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="85" />
            <source>&amp;Paper</source>
            <translation>&amp;Papel</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="86" />
            <source>Sa&amp;fety</source>
            <translation>Se&amp;guridad</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="87" />
            <source>La&amp;nguage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="93" />
            <source>&amp;Audience</source>
            <translation>&amp;Destinatarios</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="97" />
            <source>&amp;Country</source>
            <translation>&amp;País</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="100" />
            <source>Or&amp;ganisation</source>
            <translation>Or&amp;ganización</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="103" />
            <source>Optional sections</source>
            <translation>Secciones opcionales</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="125" />
            <source>No organisation</source>
            <translation>Sin organización</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="129" />
            <source>Open profile file…</source>
            <translation>Abrir archivo de perfil…</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="164" />
            <source>This audience's pack has no optional sections.</source>
            <translation>El dosier para estos destinatarios no tiene secciones opcionales.</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="181" />
            <location filename="../side_panel.py" line="191" />
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="185" />
            <source>Country default (%1)</source>
            <translation>Predeterminado del país (%1)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="187" />
            <source>Country default</source>
            <translation>Predeterminado del país</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="196" />
            <source>Automatic (on: high-risk country)</source>
            <translation>Automático (activado: país de alto riesgo)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="198" />
            <source>Automatic (off)</source>
            <translation>Automático (desactivado)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="201" />
            <source>On</source>
            <translation>Activado</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="202" />
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../country_picker.py" line="144" />
            <source>Search by name or code</source>
            <translation>Buscar por nombre o código</translation>
        </message>
        <message>
            <location filename="../country_picker.py" line="146" />
            <source>Search countries</source>
            <translation>Buscar países</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../main_window.py" line="57" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="59" />
            <source>safety mode</source>
            <translation>modo seguro</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="61" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n aviso</numerusform>
                <numerusform>%n avisos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="63" />
            <source>no warnings</source>
            <translation>sin avisos</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="144" />
            <source>&amp;Open content…</source>
            <translation>&amp;Abrir contenido…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="147" />
            <source>Choose another campaign folder</source>
            <translation>Elegir otra carpeta de campaña</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="150" />
            <source>Use a &amp;templates folder…</source>
            <translation>Usar una carpeta de &amp;plantillas…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="153" />
            <source>Override the shipped templates file by file, as --templates DIR does</source>
            <translation>Sustituir las plantillas incluidas archivo por archivo, como --templates DIR</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="156" />
            <source>Use the shipped templates</source>
            <translation>Usar las plantillas incluidas</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="159" />
            <source>Open the &amp;shipped campaign</source>
            <translation>Abrir la campaña &amp;incluida</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="163" />
            <source>Show content &amp;folder</source>
            <translation>Mostrar carpeta de &amp;contenido</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="165" />
            <source>Open the content folder in the file manager</source>
            <translation>Abrir la carpeta de contenido en el gestor de archivos</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="168" />
            <source>&amp;Reload content</source>
            <translation>&amp;Recargar contenido</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="168" />
            <source>Read the content folder again</source>
            <translation>Volver a leer la carpeta de contenido</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="171" />
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Guardar como PDF…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="174" />
            <source>Save the pack shown as a PDF file</source>
            <translation>Guardar el dosier mostrado como PDF</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>Print the pack shown</source>
            <translation>Imprimir el dosier mostrado</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="180" />
            <source>&amp;Batch…</source>
            <translation>Por &amp;lotes…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="180" />
            <source>Make many packs at once</source>
            <translation>Crear muchos dosieres a la vez</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="182" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="184" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Ampliar</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="188" />
            <source>Zoom &amp;out</source>
            <translation>&amp;Reducir</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="191" />
            <source>Fit &amp;width</source>
            <translation>Ajustar al &amp;ancho</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="194" />
            <source>Fit &amp;page</source>
            <translation>Ajustar a la &amp;página</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="196" />
            <source>&amp;About briefgen</source>
            <translation>&amp;Acerca de briefgen</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="204" />
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="205" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="244" />
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="262" />
            <source>Pack information</source>
            <translation>Información del dosier</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="283" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="285" />
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="297" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="299" />
            <source>&amp;Problems</source>
            <translation>&amp;Problemas</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="306" />
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="307" />
            <source>&amp;Editor for problems…</source>
            <translation>&amp;Editor para los problemas…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="309" />
            <source>&amp;Interface language…</source>
            <translation>&amp;Idioma de la interfaz…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="311" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="381" />
            <source>No recent folders</source>
            <translation>No hay carpetas recientes</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="487" />
            <source>Problems — %1</source>
            <translation>Problemas — %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="503" />
            <source>Finishing the preview first…</source>
            <translation>Terminando primero la vista previa…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="539" />
            <source>Could not save the pack</source>
            <translation>No se pudo guardar el dosier</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="573" />
            <source>Sending the pack to the printer…</source>
            <translation>Enviando el dosier a la impresora…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="573" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="575" />
            <source>Printing</source>
            <translation>Impresión</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="600" />
            <source>Sent %n page(s) to %1</source>
            <translation>
                <numerusform>Se envió %n página a %1</numerusform>
                <numerusform>Se enviaron %n páginas a %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="605" />
            <source>Could not print the pack</source>
            <translation>No se pudo imprimir el dosier</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="609" />
            <source>Printing cancelled.</source>
            <translation>Impresión cancelada.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="639" />
            <source>Batch is not available in this build.</source>
            <translation>El modo por lotes no está disponible en esta versión.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="673" />
            <source>This profile cannot be used</source>
            <translation>No se puede usar este perfil</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="702" />
            <source>Editor for problems</source>
            <translation>Editor para los problemas</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="714" />
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="719" />
            <source>Interface language</source>
            <translation>Idioma de la interfaz</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="720" />
            <source>Language of the menus and buttons (the pack's language is chosen apart):</source>
            <translation>Idioma de menús y botones (el del dosier se elige aparte):</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="728" />
            <source>The interface language applies when briefgen starts again.</source>
            <translation>El idioma de la interfaz se aplicará al reiniciar briefgen.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="502" />
            <source>an undated source</source>
            <translation>una fuente sin fecha</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="506" />
            <source>Re-check before you use this pack: the evidence for its status under %1 is more than %n day(s) old today.</source>
            <translation>
                <numerusform>Vuelva a comprobarlo antes de usar este dosier: la evidencia de su situación respecto de %1 tiene más de %n día.</numerusform>
                <numerusform>Vuelva a comprobarlo antes de usar este dosier: la evidencia de su situación respecto de %1 tiene más de %n días.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../preview.py" line="49" />
            <source>Preview of the pack</source>
            <translation>Vista previa del dosier</translation>
        </message>
        <message>
            <location filename="../preview.py" line="92" />
            <source>Choose an audience and a country: the pack appears here.</source>
            <translation>Elija destinatarios y país: el dosier aparecerá aquí.</translation>
        </message>
        <message>
            <location filename="../preview.py" line="123" />
            <source>Previous page (Page Up)</source>
            <translation>Página anterior (Re Pág)</translation>
        </message>
        <message>
            <location filename="../preview.py" line="130" />
            <source>Next page (Page Down)</source>
            <translation>Página siguiente (Av Pág)</translation>
        </message>
        <message>
            <location filename="../preview.py" line="136" />
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <location filename="../preview.py" line="140" />
            <location filename="../preview.py" line="192" />
            <source>of %1</source>
            <translation>de %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message numerus="yes">
            <location filename="../problems_panel.py" line="50" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../problems_panel.py" line="53" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n aviso</numerusform>
                <numerusform>%n avisos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="54" />
            <source>no problems</source>
            <translation>sin problemas</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="66" />
            <source>Content problems</source>
            <translation>Problemas del contenido</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="73" />
            <source>Double-click or press Enter to open the file</source>
            <translation>Doble clic o Intro para abrir el archivo</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="98" />
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="99" />
            <source>warning</source>
            <translation>aviso</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../printing.py" line="184" />
            <source>Print pack</source>
            <translation>Imprimir dosier</translation>
        </message>
    </context>
    <context>
        <name>sections</name>
        <message>
            <location filename="../../content/sections.py" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Key facts</source>
            <translation>Datos clave</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Treaty status</source>
            <translation>Situación de los tratados</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Concerns</source>
            <translation>Preocupaciones</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Examples</source>
            <translation>Ejemplos</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Asks</source>
            <translation>Peticiones</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Country profile</source>
            <translation>Perfil del país</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
    </context>
</TS>
