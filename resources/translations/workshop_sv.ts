<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="149"/>
        <source>Show the chart on screen before exporting it.</source>
        <translation>Visa diagrammet på skärmen innan du exporterar det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="163"/>
        <source>Exported from Workshop</source>
        <translation>Exporterat från Workshop</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="200"/>
        <source>{path}: the image could not be written.</source>
        <translation>{path}: bilden kunde inte sparas.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="232"/>
        <source>Export as PNG…</source>
        <translation>Exportera som PNG…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="235"/>
        <source>Export as SVG…</source>
        <translation>Exportera som SVG…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="256"/>
        <source>{n}× — {w} × {h} px</source>
        <translation>{n}× — {w} × {h} px</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="257"/>
        <location filename="../../src/workshop/charts/export.py" line="261"/>
        <source>Export as PNG</source>
        <translation>Exportera som PNG</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="257"/>
        <source>Resolution:</source>
        <translation>Upplösning:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="262"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="268"/>
        <source>Export as SVG</source>
        <translation>Exportera som SVG</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="269"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-grafik (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="277"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="20"/>
        <source>Workshop engagements (*.workshop);;All files (*)</source>
        <translation>Workshop-uppdrag (*.workshop);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="25"/>
        <source>Open engagement</source>
        <translation>Öppna uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="70"/>
        <source>About Workshop</source>
        <translation>Om Workshop</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="71"/>
        <source>Workshop {version}

Facilitate multi-organisation investigations offline: question catalogues, meetings, potential scoring, criteria voting, live charts and PDF minutes.</source>
        <translation>Workshop {version}

Led utredningar med flera organisationer helt offline: frågekataloger, möten, bedömning av potential, röstning på kriterier, diagram som uppdateras direkt och protokoll som PDF.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="108"/>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="82"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="86"/>
        <source>&amp;Minutes (PDF)…</source>
        <translation>&amp;Protokoll (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="87"/>
        <source>&amp;Pre-read (PDF)…</source>
        <translation>&amp;Förhandsunderlag (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="88"/>
        <source>Engagement &amp;Report (PDF)…</source>
        <translation>Uppdrags&amp;rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="90"/>
        <source>Data as &amp;Excel Workbook…</source>
        <translation>Data som &amp;Excel-arbetsbok…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="91"/>
        <source>Data as &amp;CSV Files…</source>
        <translation>Data som &amp;CSV-filer…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="92"/>
        <source>Engagement as &amp;JSON…</source>
        <translation>Uppdraget som &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="102"/>
        <source>&amp;Open Files When Done</source>
        <translation>&amp;Öppna filerna när exporten är klar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="107"/>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importera från JSON…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="147"/>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="218"/>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="257"/>
        <source>Cannot export</source>
        <translation>Det går inte att exportera</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="147"/>
        <source>That is the open engagement file itself; choose another name.</source>
        <translation>Det är den öppna uppdragsfilen; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="161"/>
        <source>Export minutes</source>
        <translation>Exportera protokoll</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="161"/>
        <source>Export pre-read</source>
        <translation>Exportera förhandsunderlag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="162"/>
        <source>Meeting:</source>
        <translation>Möte:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="168"/>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="185"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="183"/>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="193"/>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="193"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="216"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporten avbröts; ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="224"/>
        <source>Saved {path}</source>
        <translation>Sparat: {path}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="238"/>
        <source>Export data</source>
        <translation>Exportera data</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="238"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="240"/>
        <source>Export engagement</source>
        <translation>Exportera uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="240"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="242"/>
        <source>Export data as CSV (a folder)</source>
        <translation>Exportera data som CSV (en mapp)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="242"/>
        <source>Folders (*)</source>
        <translation>Mappar (*)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="263"/>
        <source>Import engagement</source>
        <translation>Importera uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="264"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-filer (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="267"/>
        <source>Save imported engagement as</source>
        <translation>Spara det importerade uppdraget som</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="277"/>
        <source>Cannot import</source>
        <translation>Det går inte att importera</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="55"/>
        <source>Cannot open engagement</source>
        <translation>Det går inte att öppna uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="86"/>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="89"/>
        <source>New engagement</source>
        <translation>Nytt uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="86"/>
        <source>Template:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="89"/>
        <source>Title of the investigation:</source>
        <translation>Utredningens titel:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="92"/>
        <source>Save new engagement as</source>
        <translation>Spara det nya uppdraget som</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="100"/>
        <source>The title must not be empty.</source>
        <translation>Titeln får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="103"/>
        <source>Cannot create engagement</source>
        <translation>Det går inte att skapa uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="111"/>
        <source>Save a copy as</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="119"/>
        <source>Cannot save a copy</source>
        <translation>Det går inte att spara en kopia</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="121"/>
        <source>Copy saved to {path}</source>
        <translation>Kopian sparades i {path}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="37"/>
        <source>No engagement is open.
Use File → New from Template… or File → Open…</source>
        <translation>Inget uppdrag är öppet.
Välj Arkiv → Ny från mall… eller Arkiv → Öppna…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="63"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/window.py" line="115"/>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="92"/>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="107"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="95"/>
        <source>{name} — Workshop</source>
        <translation>{name} — Workshop</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="135"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="137"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="146"/>
        <source>Could not undo or redo that edit: {reason}</source>
        <translation>Ändringen kunde inte ångras eller göras om: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="52"/>
        <source>Presenter screen</source>
        <translation>Skärm för presentationsvyn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="52"/>
        <source>Show the presenter view on:</source>
        <translation>Visa presentationsvyn på:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="114"/>
        <source>The presenter screen was disconnected; the presenter view is back on this screen (F5 to present).</source>
        <translation>Skärmen för presentationsvyn kopplades från; presentationsvyn visas nu på den här skärmen (F5 för att presentera).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/window.py" line="45"/>
        <source>Workshop — Presenter</source>
        <translation>Workshop — Presentationsvy</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="24"/>
        <source>due {date}</source>
        <translation>senast {date}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="46"/>
        <source>Open actions from earlier meetings</source>
        <translation>Ej avslutade åtgärder från tidigare möten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="47"/>
        <source>Space closes the selected action in this meeting (Alt+K comes here)</source>
        <translation>Blanksteg avslutar den markerade åtgärden i det här mötet (Alt+K flyttar hit)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="51"/>
        <source>A decision, then Enter (Alt+D)</source>
        <translation>Ett beslut, sedan Enter (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="55"/>
        <source>Action item (Alt+T)</source>
        <translation>Åtgärd (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="58"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="72"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="76"/>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="105"/>
        <source>Earlier open actions: {n}  (Alt+K, Space closes)</source>
        <translation>Ej avslutade åtgärder från tidigare möten: {n}  (Alt+K, blanksteg avslutar)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="67"/>
        <source>Notes for this item — saved as you type (Alt+N)</source>
        <translation>Anteckningar till punkten — sparas medan du skriver (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="70"/>
        <source>Notes not saved: {why}</source>
        <translation>Anteckningarna sparades inte: {why}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="73"/>
        <source>Follow-up question, then Enter (Alt+U)</source>
        <translation>Följdfråga, sedan Enter (Alt+U)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="74"/>
        <source>Also save in the catalogue</source>
        <translation>Spara även i frågekatalogen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="116"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="116"/>
        <source>Back to preparation; the meeting stays open</source>
        <translation>Tillbaka till förberedelserna; mötet förblir öppet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="118"/>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="351"/>
        <source>End meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="118"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="127"/>
        <source>◀ Previous</source>
        <translation>◀ Föregående</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="127"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="128"/>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="128"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="129"/>
        <source>✔ Answered</source>
        <translation>✔ Besvarad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="129"/>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="130"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="130"/>
        <source>Alt+S</source>
        <translation>Alt+S</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="131"/>
        <source>Park for later</source>
        <translation>Parkera till senare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="131"/>
        <source>Alt+P</source>
        <translation>Alt+P</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="246"/>
        <source>Free item</source>
        <translation>Fri punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="246"/>
        <source>Follow-up</source>
        <translation>Följdfråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="251"/>
        <source>Hint (only you see this): {hint}</source>
        <translation>Ledtråd (syns bara för dig): {hint}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="270"/>
        <source>Item {item}   Meeting {total}</source>
        <translation>Punkt {item}   Möte {total}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="296"/>
        <source>Go to item</source>
        <translation>Gå till punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="296"/>
        <source>Agenda item:</source>
        <translation>Dagordningspunkt:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="348"/>
        <source>End “{title}”?</source>
        <translation>Avsluta ”{title}”?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="350"/>
        <source>{n} items are still open or parked.</source>
        <translation>{n} punkter är fortfarande öppna eller parkerade.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="85"/>
        <source>Share of total potential</source>
        <translation>Andel av den totala potentialen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="115"/>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="216"/>
        <source>{alt} covers {area}</source>
        <translation>{alt} täcker {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="115"/>
        <source>{alt} does not cover {area}</source>
        <translation>{alt} täcker inte {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="123"/>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="47"/>
        <location filename="../../src/workshop/ui/potential/shares.py" line="30"/>
        <location filename="../../src/workshop/ui/report/view.py" line="146"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="157"/>
        <source>A click or Space toggles whether the alternative covers the area.</source>
        <translation>Ett klick eller mellanslag växlar om alternativet täcker området.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="162"/>
        <source>Double-click an area to rename it.</source>
        <translation>Dubbelklicka på ett område för att byta namn på det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="168"/>
        <location filename="../../src/workshop/ui/alternatives/view.py" line="35"/>
        <source>Alternatives</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="170"/>
        <source>Add alternative…</source>
        <translation>Lägg till alternativ…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="171"/>
        <source>Remove alternative…</source>
        <translation>Ta bort alternativ…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="216"/>
        <source>{alt} no longer covers {area}</source>
        <translation>{alt} täcker inte längre {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="223"/>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="226"/>
        <source>Add alternative</source>
        <translation>Lägg till alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="223"/>
        <source>Code (e.g. 3):</source>
        <translation>Kod (t.ex. 3):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="141"/>
        <source>Add alternative {code}</source>
        <translation>Lägg till alternativ {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="243"/>
        <source>Remove alternative</source>
        <translation>Ta bort alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="244"/>
        <source>Remove {code} — {name} with its {votes} votes? Undo puts it back.</source>
        <translation>Ta bort {code} – {name} med dess {votes} röster? Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="151"/>
        <source>Remove alternative {code}</source>
        <translation>Ta bort alternativ {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="255"/>
        <source>Area {code}</source>
        <translation>Område {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="132"/>
        <source>Rename area {code}</source>
        <translation>Byt namn på område {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="52"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="97"/>
        <source>Pros</source>
        <translation>Fördelar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="98"/>
        <source>Cons</source>
        <translation>Nackdelar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="114"/>
        <source>Rename {item}</source>
        <translation>Byt namn på {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="115"/>
        <source>Edit the description of {item}</source>
        <translation>Ändra beskrivningen av {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="166"/>
        <source>Edit a point of {item}</source>
        <translation>Ändra en punkt för {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="175"/>
        <source>Add a point to {item}</source>
        <translation>Lägg till en punkt för {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="183"/>
        <source>Remove a point from {item}</source>
        <translation>Ta bort en punkt från {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="173"/>
        <source>Add a pro</source>
        <translation>Lägg till en fördel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="173"/>
        <source>Add a con</source>
        <translation>Lägg till en nackdel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="173"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="179"/>
        <source>Areas covered by each alternative (as in the report&apos;s figure)</source>
        <translation>Områden som varje alternativ täcker (som i rapportens figur)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="200"/>
        <source>Areas: {areas}</source>
        <translation>Områden: {areas}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="30"/>
        <source>Now</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="31"/>
        <source>External solution</source>
        <translation>Extern lösning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="45"/>
        <source>Path</source>
        <translation>Väg</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="45"/>
        <source>What it means</source>
        <translation>Vad det innebär</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="48"/>
        <source>F2 or a double-click edits what a path means.</source>
        <translation>F2 eller dubbelklick ändrar vad ett vägval innebär.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="66"/>
        <source>Paths between the alternatives</source>
        <translation>Vägar mellan alternativen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="72"/>
        <source>Organisation forms</source>
        <translation>Organisationsformer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="122"/>
        <source>Describe the path {start} → {end}</source>
        <translation>Beskriv vägvalet {start} → {end}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/view.py" line="36"/>
        <source>Paths &amp;&amp; forms</source>
        <translation>Vägar och organisationsformer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/view.py" line="37"/>
        <source>Criteria voting</source>
        <translation>Röstning på kriterier</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/view.py" line="38"/>
        <source>Preferences</source>
        <translation>Förordade alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/view.py" line="39"/>
        <source>Robustness</source>
        <translation>Robusthet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="55"/>
        <location filename="../../src/workshop/storage/catalogue.py" line="66"/>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="33"/>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="41"/>
        <source>The theme title</source>
        <translation>Temats rubrik</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="34"/>
        <source>Add theme “{title}”</source>
        <translation>Lägg till temat ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="42"/>
        <source>Rename theme “{title}”</source>
        <translation>Byt namn på temat ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="50"/>
        <source>Move theme</source>
        <translation>Flytta tema</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="56"/>
        <source>Delete theme “{title}”</source>
        <translation>Ta bort temat ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="116"/>
        <location filename="../../src/workshop/storage/catalogue.py" line="130"/>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="63"/>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="71"/>
        <source>The question</source>
        <translation>Frågan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="64"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="95"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="211"/>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="74"/>
        <source>Edit question</source>
        <translation>Ändra fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="83"/>
        <source>Move question</source>
        <translation>Flytta fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="89"/>
        <source>Delete question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="95"/>
        <source>Import catalogue</source>
        <translation>Importera frågekatalog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="24"/>
        <source>Question catalogues (*.json);;All files (*)</source>
        <translation>Frågekataloger (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="42"/>
        <source>Only you see this, never the room.</source>
        <translation>Syns bara för dig, aldrig för deltagarna.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="73"/>
        <source>Question catalogue</source>
        <translation>Frågekatalog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="75"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="76"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="81"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="84"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="177"/>
        <source>Add theme</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="84"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="95"/>
        <location filename="../../src/workshop/ui/meetings/view.py" line="90"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="85"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="96"/>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="60"/>
        <location filename="../../src/workshop/ui/meetings/view.py" line="91"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="97"/>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="61"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="97"/>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="61"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="98"/>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="62"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="99"/>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="62"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="102"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="104"/>
        <source>Facilitator&apos;s hint (never shown to the room)</source>
        <translation>Ledtråd för utredaren (visas aldrig för deltagarna)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="151"/>
        <source>Questions of “{theme}”</source>
        <translation>Frågor i ”{theme}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="152"/>
        <source>No theme yet: add one with Insert.</source>
        <translation>Inga teman ännu: lägg till ett med Insert.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="177"/>
        <source>Title of the new theme:</source>
        <translation>Det nya temats rubrik:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="209"/>
        <source>Add a theme first.</source>
        <translation>Lägg till ett tema först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="211"/>
        <source>The question:</source>
        <translation>Frågan:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="250"/>
        <source>Export question catalogue</source>
        <translation>Exportera frågekatalog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="260"/>
        <source>Cannot export the catalogue</source>
        <translation>Det går inte att exportera frågekatalogen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="264"/>
        <source>Import question catalogue</source>
        <translation>Importera frågekatalog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="271"/>
        <source>{path}: not a readable JSON file ({error}).</source>
        <translation>{path}: inte en läsbar JSON-fil ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="273"/>
        <source>Cannot import the catalogue</source>
        <translation>Det går inte att importera frågekatalogen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="38"/>
        <location filename="../../src/workshop/ui/meetings/model.py" line="116"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="39"/>
        <source>Client</source>
        <translation>Beställare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="40"/>
        <source>Facilitator</source>
        <translation>Utredare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="41"/>
        <source>Client&apos;s contact</source>
        <translation>Kontaktperson hos beställaren</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="42"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="43"/>
        <source>Final meeting</source>
        <translation>Slutmöte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="72"/>
        <location filename="../../src/workshop/ui/engagement/view.py" line="137"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="89"/>
        <source>Groups of areas and today&apos;s spend</source>
        <translation>Grupper av områden och dagens kostnader</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="93"/>
        <location filename="../../src/workshop/ui/engagement/view.py" line="73"/>
        <source>Save description</source>
        <translation>Spara beskrivning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="79"/>
        <source>Add organisation…</source>
        <translation>Lägg till organisation…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="80"/>
        <source>Remove organisation</source>
        <translation>Ta bort organisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="83"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="98"/>
        <source>Organisations taking part</source>
        <translation>Deltagande organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="132"/>
        <source>The title</source>
        <translation>Titeln</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="137"/>
        <source>Edit {field}</source>
        <translation>Ändra {field}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="146"/>
        <location filename="../../src/workshop/ui/engagement/view.py" line="149"/>
        <source>Add organisation</source>
        <translation>Lägg till organisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="226"/>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="255"/>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="134"/>
        <location filename="../../src/workshop/ui/engagement/view.py" line="146"/>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="109"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="149"/>
        <source>Short code (e.g. GIS):</source>
        <translation>Kortnamn (t.ex. GIS):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="45"/>
        <source>Add organisation {name}</source>
        <translation>Lägg till organisationen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="55"/>
        <source>Remove organisation {name}</source>
        <translation>Ta bort organisationen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="39"/>
        <source>A free item, e.g. “Coffee break” or “Next steps”, then Enter</source>
        <translation>En fri punkt, t.ex. ”Kaffepaus” eller ”Nästa steg”, sedan Enter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="57"/>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="53"/>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="60"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="66"/>
        <source>Catalogue: Enter on a theme adds all its questions, on a question adds it</source>
        <translation>Frågekatalog: Enter på ett tema lägger till alla dess frågor, på en fråga bara den frågan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="71"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="164"/>
        <source>Add to agenda</source>
        <translation>Lägg till i dagordningen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="71"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="47"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="55"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="55"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="72"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="242"/>
        <location filename="../../src/workshop/storage/store.py" line="257"/>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="82"/>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="47"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="55"/>
        <location filename="../../src/workshop/ui/report/view.py" line="158"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="62"/>
        <source>F2 edits a name or role; the change applies wherever the person attends.</source>
        <translation>F2 ändrar ett namn eller en roll; ändringen gäller i alla möten där personen deltar.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="65"/>
        <source>Name (people met before are offered)</source>
        <translation>Namn (personer du har träffat tidigare föreslås)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="75"/>
        <source>Add attendee</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="93"/>
        <source>&amp;Kind</source>
        <translation>&amp;Mötestyp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="94"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="95"/>
        <source>&amp;Starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="96"/>
        <source>&amp;Length</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="97"/>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="106"/>
        <source>Attendees</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="134"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="141"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="195"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="56"/>
        <source>“{status}” is not an action item status.</source>
        <translation>”{status}” är ingen giltig status för en åtgärd.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="31"/>
        <source>That meeting no longer exists (another window or program removed it); the change was not saved.</source>
        <translation>Mötet finns inte längre (ett annat fönster eller program tog bort det); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="33"/>
        <source>That person no longer exists (another window or program removed them); the change was not saved.</source>
        <translation>Personen finns inte längre (ett annat fönster eller program tog bort personen); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="35"/>
        <source>That agenda item no longer exists (another window or program removed it); the change was not saved.</source>
        <translation>Dagordningspunkten finns inte längre (ett annat fönster eller program tog bort den); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="37"/>
        <source>That decision no longer exists (another window or program removed it); the change was not saved.</source>
        <translation>Beslutet finns inte längre (ett annat fönster eller program tog bort det); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="39"/>
        <source>That action item no longer exists (another window or program removed it); the change was not saved.</source>
        <translation>Åtgärdspunkten finns inte längre (ett annat fönster eller program tog bort den); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="121"/>
        <source>“{status}” is not a meeting status.</source>
        <translation>”{status}” är ingen giltig status för ett möte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="128"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="42"/>
        <source>That meeting no longer exists.</source>
        <translation>Mötet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="153"/>
        <location filename="../../src/workshop/storage/meetings.py" line="162"/>
        <source>The person&apos;s name</source>
        <translation>Personens namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="97"/>
        <location filename="../../src/workshop/storage/meetings.py" line="112"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="69"/>
        <source>The meeting title</source>
        <translation>Mötets titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="72"/>
        <source>New meeting “{title}”</source>
        <translation>Nytt möte ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="80"/>
        <source>Delete meeting “{title}”</source>
        <translation>Ta bort mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="93"/>
        <source>Edit meeting details</source>
        <translation>Ändra mötesuppgifter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="101"/>
        <source>Start meeting</source>
        <translation>Starta mötet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="101"/>
        <source>Close meeting</source>
        <translation>Stäng mötet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="101"/>
        <source>Reopen meeting</source>
        <translation>Öppna mötet igen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="109"/>
        <source>Change organisations taking part</source>
        <translation>Ändra deltagande organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="120"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="153"/>
        <source>The attendee&apos;s name</source>
        <translation>Deltagarens namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="127"/>
        <source>{name} already attends this meeting.</source>
        <translation>{name} deltar redan i mötet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="140"/>
        <source>Add attendee {name}</source>
        <translation>Lägg till deltagaren {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="147"/>
        <source>Remove attendee</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="155"/>
        <source>Edit attendee {name}</source>
        <translation>Ändra deltagaren {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="164"/>
        <source>Add “{text}” to agenda</source>
        <translation>Lägg till ”{text}” i dagordningen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="177"/>
        <source>Remove agenda item</source>
        <translation>Ta bort dagordningspunkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="185"/>
        <source>Move agenda item</source>
        <translation>Flytta dagordningspunkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="57"/>
        <location filename="../../src/workshop/storage/meetings.py" line="191"/>
        <location filename="../../src/workshop/storage/meetings.py" line="230"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="191"/>
        <source>The agenda item</source>
        <translation>Dagordningspunkten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="193"/>
        <source>Edit agenda item</source>
        <translation>Ändra dagordningspunkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="212"/>
        <source>Mark answered</source>
        <translation>Markera som besvarad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="212"/>
        <source>Skip item</source>
        <translation>Hoppa över punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="212"/>
        <source>Park item</source>
        <translation>Parkera punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="213"/>
        <source>Reopen item</source>
        <translation>Öppna punkten igen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="234"/>
        <source>Add follow-up question</source>
        <translation>Lägg till följdfråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="258"/>
        <location filename="../../src/workshop/storage/meetings.py" line="269"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="240"/>
        <source>The decision</source>
        <translation>Beslutet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="241"/>
        <source>Add decision</source>
        <translation>Lägg till beslut</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="248"/>
        <source>Delete decision</source>
        <translation>Ta bort beslut</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="54"/>
        <location filename="../../src/workshop/storage/meetings.py" line="283"/>
        <location filename="../../src/workshop/storage/meetings.py" line="296"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="253"/>
        <source>The action item</source>
        <translation>Åtgärden</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="255"/>
        <source>Add action item</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="262"/>
        <source>Delete action item</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="270"/>
        <source>Close action item</source>
        <translation>Avsluta åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="270"/>
        <source>Reopen action item</source>
        <translation>Återöppna åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="20"/>
        <source>Work meeting</source>
        <translation>Arbetsmöte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="20"/>
        <source>Joint meeting</source>
        <translation>Gemensamt möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="21"/>
        <source>Steering-group check-in</source>
        <translation>Avstämning med styrgruppen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="26"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="26"/>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="26"/>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="34"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="34"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="34"/>
        <source>Skipped</source>
        <translation>Överhoppad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="35"/>
        <source>Parked</source>
        <translation>Parkerad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="40"/>
        <source>free item</source>
        <translation>fri punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="40"/>
        <source>follow-up</source>
        <translation>följdfråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="116"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="116"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="152"/>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="167"/>
        <location filename="../../src/workshop/ui/meetings/model.py" line="116"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="57"/>
        <source>&amp;Details and attendees</source>
        <translation>&amp;Detaljer och deltagare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="58"/>
        <source>A&amp;genda</source>
        <translation>Dag&amp;ordning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="88"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="90"/>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="92"/>
        <source>Run meeting ▶</source>
        <translation>Genomför mötet ▶</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="92"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="138"/>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="138"/>
        <source>Title of the meeting:</source>
        <translation>Mötets titel:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="171"/>
        <source>The agenda is empty: add questions or free items first.</source>
        <translation>Dagordningen är tom: lägg först till frågor eller fria punkter.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="44"/>
        <source>Potential per area — all organisations</source>
        <translation>Potential per område — alla organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="45"/>
        <source>Potential per area — {org}</source>
        <translation>Potential per område — {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="52"/>
        <source>Median of all organisations</source>
        <translation>Median för alla organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="83"/>
        <location filename="../../src/workshop/ui/potential/charts.py" line="63"/>
        <source>{n} organisations</source>
        <translation>{n} organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="81"/>
        <source>Share of potential vs share of today&apos;s spend, per group</source>
        <translation>Andel av potentialen jämfört med andel av dagens kostnader, per grupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="28"/>
        <location filename="../../src/workshop/domain/validation.py" line="47"/>
        <source>{what}: expected a whole number, got {value!r}.</source>
        <translation>{what}: ska vara ett heltal, inte {value!r}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="34"/>
        <source>{what}: expected a whole number, got {value}.</source>
        <translation>{what}: ska vara ett heltal, inte {value}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="41"/>
        <source>{what}: “{text}” is not a whole number.</source>
        <translation>{what}: ”{text}” är inte ett heltal.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="49"/>
        <source>{what} must be between {low} and {high}; {value} is outside.</source>
        <translation>{what} måste vara mellan {low} och {high}; {value} ligger utanför.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="58"/>
        <location filename="../../src/workshop/ui/potential/charts.py" line="88"/>
        <location filename="../../src/workshop/ui/potential/model.py" line="199"/>
        <location filename="../../src/workshop/ui/report/view.py" line="146"/>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="78"/>
        <source>{what} must not be empty.</source>
        <translation>{what} måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="87"/>
        <source>{what} “{name}” already exists.</source>
        <translation>{what} ”{name}” finns redan.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="95"/>
        <source>A criterion&apos;s scale: expected whole numbers, got {value!r}.</source>
        <translation>Ett kriteriums skala: heltal väntades, fick {value!r}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="97"/>
        <source>A criterion&apos;s scale must run upwards over {least} to {most} steps between -{limit} and {limit}; {low}–{high} does not.</source>
        <translation>Ett kriteriums skala ska gå uppåt i {least} till {most} steg mellan -{limit} och {limit}; {low}–{high} gör inte det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="105"/>
        <source>Criterion number</source>
        <translation>Kriteriets nummer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="111"/>
        <source>A meeting lasts from 1 to {most} minutes; {minutes} is outside.</source>
        <translation>Ett möte varar 1 till {most} minuter; {minutes} ligger utanför.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="121"/>
        <source>Weight: “{weight}” is not a number.</source>
        <translation>Vikt: ”{weight}” är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="123"/>
        <source>Weight must be a finite number.</source>
        <translation>Vikten måste vara ett ändligt tal.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="125"/>
        <source>Weight must not be negative.</source>
        <translation>Vikten får inte vara negativ.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="127"/>
        <source>Weight must be at most {most:g}.</source>
        <translation>Vikten får vara högst {most:g}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="135"/>
        <location filename="../../src/workshop/storage/store.py" line="345"/>
        <source>At least one criterion weight must be above zero.</source>
        <translation>Minst ett kriterium måste ha en vikt över noll.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="152"/>
        <source>{what}: “{text}” is not a percentage.</source>
        <translation>{what}: ”{text}” är ingen procentsats.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="155"/>
        <source>{what} must be between 0 and 100 %; {value:g} % is outside.</source>
        <translation>{what} måste vara mellan 0 och 100 %; {value:g} % ligger utanför.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="89"/>
        <location filename="../../src/workshop/ui/report/view.py" line="146"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="40"/>
        <source>Typed directly (0–100)</source>
        <translation>Anges direkt (0–100)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="41"/>
        <source>From factors: will × benefit × ability</source>
        <translation>Från faktorer: vilja × nytta × förmåga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="45"/>
        <source>scale 0–</source>
        <translation>skala 0–</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="53"/>
        <source>Scores:</source>
        <translation>Poäng:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="79"/>
        <source>Type will, benefit and ability, e.g. “{a} {b} {c}”; potential = 100 × product / {s}³.</source>
        <translation>Ange vilja, nytta och förmåga, t.ex. ”{a} {b} {c}”; potential = 100 × produkten / {s}³.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="81"/>
        <source>Type a number from 0 to 100; Delete clears a cell (no score).</source>
        <translation>Ange ett tal från 0 till 100; Delete tömmer cellen (ingen poäng).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="90"/>
        <source>Change how potential is scored</source>
        <translation>Ändra hur potentialen poängsätts</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="104"/>
        <location filename="../../src/workshop/ui/potential/details.py" line="135"/>
        <source>Select a cell to write its rationale.</source>
        <translation>Markera en cell för att skriva motiveringen till den.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="110"/>
        <source>Rationale for this score (optional)</source>
        <translation>Motivering till poängen (valfritt)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="113"/>
        <source>Save rationale</source>
        <translation>Spara motivering</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="141"/>
        <source>Rationale: {org}, {code}. {area}</source>
        <translation>Motivering: {org}, {code}. {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="42"/>
        <source>Type three factors — will, benefit, ability — each 0–{scale}, e.g. “4 5 3”.</source>
        <translation>Ange tre faktorer — vilja, nytta, förmåga — var och en 0–{scale}, t.ex. ”4 5 3”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/potential.py" line="27"/>
        <source>The factor scale must be at least 1.</source>
        <translation>Skalan för faktorerna måste vara minst 1.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/potential.py" line="28"/>
        <location filename="../../src/workshop/ui/potential/model.py" line="44"/>
        <source>Will</source>
        <translation>Vilja</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/potential.py" line="28"/>
        <location filename="../../src/workshop/ui/potential/model.py" line="44"/>
        <source>Benefit</source>
        <translation>Nytta</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/potential.py" line="28"/>
        <location filename="../../src/workshop/ui/potential/model.py" line="44"/>
        <source>Ability</source>
        <translation>Förmåga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/potential.py" line="30"/>
        <source>{name} must be a whole number between 0 and {scale}.</source>
        <translation>{name} måste vara ett heltal mellan 0 och {scale}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="160"/>
        <source>No score yet.</source>
        <translation>Ingen poäng ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="162"/>
        <source>Will {w} · benefit {b} · ability {a} (scale 0–{s})</source>
        <translation>Vilja {w} · nytta {b} · förmåga {a} (skala 0–{s})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="202"/>
        <source>{org}, area {area}: {problem}</source>
        <translation>{org}, område {area}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="206"/>
        <source>Set potential of {org} for {area}</source>
        <translation>Ange potential för {org}, område {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="236"/>
        <source>Set rationale of {org} for {area}</source>
        <translation>Ange motivering för {org}, område {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="47"/>
        <location filename="../../src/workshop/ui/potential/shares.py" line="30"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/shares.py" line="30"/>
        <source>Potential sum</source>
        <translation>Summa potential</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/shares.py" line="30"/>
        <source>Share of potential</source>
        <translation>Andel av potentialen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/shares.py" line="30"/>
        <source>Share today</source>
        <translation>Andel idag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/shares.py" line="44"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="193"/>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="194"/>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="62"/>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="136"/>
        <location filename="../../src/workshop/ui/potential/view.py" line="66"/>
        <location filename="../../src/workshop/ui/potential/view.py" line="69"/>
        <source>Show on projector</source>
        <translation>Visa på projektorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="71"/>
        <source>Show the radar on the presenter screen; it follows every edit.</source>
        <translation>Visa radardiagrammet på presentationsskärmen; det uppdateras vid varje ändring.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="89"/>
        <source>Potential per organisation and area (0–100, 3–5 years ahead)</source>
        <translation>Potential per organisation och område (0–100, 3–5 år framåt)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="103"/>
        <source>Radar:</source>
        <translation>Radardiagram:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="115"/>
        <source>All organisations, with the median</source>
        <translation>Alla organisationer, med medianen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="117"/>
        <source>{org}, with the median of all</source>
        <translation>{org}, med medianen för alla</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="287"/>
        <location filename="../../src/workshop/ui/potential/view.py" line="153"/>
        <source> and {n} more</source>
        <translation> och {n} till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="154"/>
        <source>No score yet ({n}): {cells}{more}. Sums count them as nothing.</source>
        <translation>Ingen poäng ännu ({n}): {cells}{more}. De räknas som noll i summorna.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="82"/>
        <location filename="../../src/workshop/ui/report/view.py" line="104"/>
        <location filename="../../src/workshop/ui/room/view.py" line="111"/>
        <source>Preferred alternative</source>
        <translation>Förordat alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="82"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="100"/>
        <source>{org}: “{text}” is not an alternative ({codes}).</source>
        <translation>{org}: ”{text}” är inte ett alternativ ({codes}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="108"/>
        <source>{org}: choose the preferred alternative before its comment.</source>
        <translation>{org}: välj förordat alternativ innan du skriver kommentaren.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="118"/>
        <source>Preference of {org}</source>
        <translation>Förordat alternativ för {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="157"/>
        <source>Preferred alternative per organisation</source>
        <translation>Förordat alternativ per organisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="201"/>
        <source>Each organisation&apos;s preferred alternative, with its reasons</source>
        <translation>Varje organisations förordade alternativ, med motivering</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="32"/>
        <source>Engagement report (PDF)…</source>
        <translation>Uppdragsrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="33"/>
        <source>Minutes of a meeting (PDF)…</source>
        <translation>Protokoll från ett möte (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="34"/>
        <source>Pre-read of a meeting (PDF)…</source>
        <translation>Förhandsunderlag till ett möte (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="35"/>
        <source>Data as Excel workbook…</source>
        <translation>Data som Excel-arbetsbok…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="36"/>
        <source>Data as CSV files…</source>
        <translation>Data som CSV-filer…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="37"/>
        <source>Engagement as JSON…</source>
        <translation>Uppdraget som JSON…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="94"/>
        <source>Results and report</source>
        <translation>Resultat och rapport</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="98"/>
        <source>Potential compared with today</source>
        <translation>Potential jämfört med idag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="100"/>
        <source>Criteria: agreed scores, sums and ranks</source>
        <translation>Kriterier: överenskomna poäng, summor och placeringar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="102"/>
        <source>How robust is the ranking?</source>
        <translation>Hur robust är rangordningen?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="109"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="47"/>
        <location filename="../../src/workshop/ui/report/view.py" line="152"/>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="136"/>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="225"/>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="99"/>
        <location filename="../../src/workshop/ui/report/view.py" line="152"/>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="99"/>
        <location filename="../../src/workshop/ui/report/view.py" line="152"/>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="158"/>
        <source>Prefers</source>
        <translation>Förordar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="19"/>
        <source>{first} and {last}</source>
        <translation>{first} och {last}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="25"/>
        <source>Nothing has been scored yet.</source>
        <translation>Inget har poängsatts ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="27"/>
        <source>No sole winner: {leaders} tie for first with {points} points.</source>
        <translation>Ingen ensam vinnare: {leaders} delar förstaplatsen med {points} poäng.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="30"/>
        <source>{winner} is the only alternative.</source>
        <translation>{winner} är det enda alternativet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="31"/>
        <source>{winner} leads with {points} points, {margin} point(s) ahead of {runners}.</source>
        <translation>{winner} leder med {points} poäng, {margin} poäng före {runners}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="40"/>
        <source>Any of the changes listed below would decide it.</source>
        <translation>Vilken som helst av ändringarna nedan skulle avgöra saken.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="42"/>
        <source>Fragile: one organisation moving one vote by one step would end the lead ({n} such votes).</source>
        <translation>Sårbart: om en organisation flyttar en röst ett steg bryts ledningen ({n} sådana röster).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="44"/>
        <source>Robust to any single vote moving by one step.</source>
        <translation>Robust: ledningen håller även om en enskild röst flyttas ett steg.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="40"/>
        <source>A tie for first counts as losing the lead: the winner must be first alone. Margins are in agreed-score points (weights rescaled to average 1).</source>
        <translation>Delad förstaplats räknas som förlorad ledning: vinnaren måste vara ensam etta. Marginalerna anges i överenskomna poäng (vikterna omräknade till medelvärdet 1).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="47"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="47"/>
        <source>Vote now</source>
        <translation>Röst nu</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="48"/>
        <source>Moved to</source>
        <translation>Flyttad till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="48"/>
        <source>Then first</source>
        <translation>Då etta</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="57"/>
        <source>Show sums on projector</source>
        <translation>Visa summorna på projektorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="68"/>
        <source>Single votes that would change the result (each moved by one step)</source>
        <translation>Enskilda röster som skulle ändra resultatet (var och en flyttad ett steg)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="88"/>
        <source>Weights: all criteria weigh the same, as in the report.</source>
        <translation>Vikter: alla kriterier väger lika, som i rapporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="91"/>
        <source>Weights: {list}.</source>
        <translation>Vikter: {list}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="95"/>
        <source>tie: {leaders}</source>
        <translation>delad: {leaders}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="102"/>
        <source>Smallest weight change: a weight of {new} instead of {old} on criterion {n} would make {challenger} tie with {winner}.</source>
        <translation>Minsta viktändring: vikten {new} i stället för {old} på kriterium {n} skulle ge {challenger} samma summa som {winner}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="106"/>
        <source>No change of a single weight can end the lead.</source>
        <translation>Ingen ändring av en enskild vikt kan bryta ledningen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="111"/>
        <source>{n} vote(s) are missing; agreed scores use the votes given.</source>
        <translation>{n} röst(er) saknas; de överenskomna poängen bygger på de röster som har lämnats.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="114"/>
        <source>Set by hand (votes cannot move these): {cells}.</source>
        <translation>Satta för hand (rösterna kan inte ändra dessa): {cells}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="54"/>
        <source>Agreed scores per criterion — all alternatives</source>
        <translation>Överenskomna poäng per kriterium — alla alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="55"/>
        <source>Alternative {code} — scores per criterion</source>
        <translation>Alternativ {code} — poäng per kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="69"/>
        <source>{code}, agreed</source>
        <translation>{code}, överenskommen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="94"/>
        <source>Share of the total potential covered</source>
        <translation>Andel av den totala potentialen som täcks</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="95"/>
        <source>Criteria sum (feasibility)</source>
        <translation>Kriteriesumma (genomförbarhet)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="101"/>
        <source>Alternatives: potential against feasibility</source>
        <translation>Alternativ: potential mot genomförbarhet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="121"/>
        <source>Criteria sum</source>
        <translation>Kriteriesumma</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="127"/>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="359"/>
        <source>Criteria sums per alternative</source>
        <translation>Kriteriesummor per alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="175"/>
        <source>{title}

Votes are hidden until the facilitator reveals them.
{given} of {expected} votes are in.</source>
        <translation>{title}

Rösterna är dolda tills utredaren visar dem.
{given} av {expected} röster har kommit in.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="151"/>
        <source>Lowest–highest of {n} vote(s)</source>
        <translation>Lägsta–högsta av {n} röst(er)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="167"/>
        <source>no vote</source>
        <translation>ingen röst</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="168"/>
        <source>{org} on {alt}, criterion {n}: {vote}
{text}</source>
        <translation>{org} om {alt}, kriterium {n}: {vote}
{text}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="175"/>
        <source>Set by the facilitator.</source>
        <translation>Satt av utredaren.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="179"/>
        <source>Median of {n} vote(s).</source>
        <translation>Median av {n} röst(er).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="181"/>
        <source>No votes yet.</source>
        <translation>Inga röster ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="183"/>
        <source>No vote from: {names}</source>
        <translation>Ingen röst från: {names}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="217"/>
        <source>Spread</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="217"/>
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="221"/>
        <source>Lowest–highest vote</source>
        <translation>Lägsta–högsta röst</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="222"/>
        <source>The median of the votes, unless set by hand (✎)</source>
        <translation>Medianen av rösterna, om den inte har satts för hand (✎)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="230"/>
        <source>{text} (scale {low}–{high}, {high} is best)</source>
        <translation>{text} (skala {low}–{high}, {high} är bäst)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="252"/>
        <source>{org}, {alt}, criterion {n}</source>
        <translation>{org}, {alt}, kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="253"/>
        <source>Vote</source>
        <translation>Röst</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="266"/>
        <source>Vote of {where}</source>
        <translation>Röst för {where}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="287"/>
        <source>{alt}, criterion {n}</source>
        <translation>{alt}, kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="288"/>
        <source>Agreed score</source>
        <translation>Överenskommen poäng</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="301"/>
        <source>Agreed score of {where}</source>
        <translation>Överenskommen poäng för {where}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="301"/>
        <source>Agreed score of {where} back to the median</source>
        <translation>Överenskommen poäng för {where} tillbaka till medianen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="89"/>
        <source>Some criteria have no agreed score yet; they count as nothing in the sum.</source>
        <translation>Några kriterier saknar ännu överenskommen poäng; de räknas som noll i summan.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="99"/>
        <source>Weighted</source>
        <translation>Viktad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="104"/>
        <source>Equal weights: the same as the sum</source>
        <translation>Lika vikter: samma som summan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="105"/>
        <source>Each agreed score times its criterion&apos;s weight</source>
        <translation>Varje överenskommen poäng gånger kriteriets vikt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="162"/>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="177"/>
        <source>A weight cannot be empty; type 1 for the default.</source>
        <translation>En vikt får inte vara tom; ange 1 för standardvärdet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="180"/>
        <source>Criterion {n}: {problem}</source>
        <translation>Kriterium {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="184"/>
        <source>Weight of criterion {n}</source>
        <translation>Vikt för kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/table.py" line="80"/>
        <source>“{text}” is not a vote: type a digit from {low} to {high}; Delete leaves the cell empty (no vote).</source>
        <translation>”{text}” är ingen röst: ange en siffra från {low} till {high}; Delete lämnar cellen tom (ingen röst).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="72"/>
        <source>Double-click a criterion to change its wording.</source>
        <translation>Dubbelklicka på ett kriterium för att ändra dess formulering.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="234"/>
        <source>All alternatives side by side</source>
        <translation>Alla alternativ sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="106"/>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="208"/>
        <source>Reveal votes to the room</source>
        <translation>Visa rösterna för deltagarna</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="109"/>
        <source>Until revealed, the projector shows only how many votes are in.</source>
        <translation>Innan rösterna visas, visar projektorn bara hur många röster som har kommit in.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="111"/>
        <source>Agreed result only (anonymised)</source>
        <translation>Bara överenskommet resultat (anonymiserat)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="113"/>
        <source>Each organisation&apos;s votes</source>
        <translation>Varje organisations röster</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="121"/>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="323"/>
        <source>Equal weights</source>
        <translation>Lika vikter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="124"/>
        <source>Add criterion…</source>
        <translation>Lägg till kriterium…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="127"/>
        <source>Remove criterion…</source>
        <translation>Ta bort kriterium…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="130"/>
        <source>Votes on projector</source>
        <translation>Röster på projektorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="140"/>
        <source>Voting on:</source>
        <translation>Röstning om:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="145"/>
        <source>Projector shows:</source>
        <translation>Projektorn visar:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="152"/>
        <source>Type each organisation&apos;s vote (a digit); arrows move; Delete leaves no vote. Typing in “Agreed” sets the score by hand, with a comment.</source>
        <translation>Ange varje organisations röst (en siffra); piltangenterna flyttar; Delete tar bort rösten. Att skriva i ”Överenskommen” sätter poängen för hand, med en kommentar.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="160"/>
        <source>Result: agreed score per criterion, sum and rank</source>
        <translation>Resultat: överenskommen poäng per kriterium, summa och placering</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="165"/>
        <source>Weights (optional):</source>
        <translation>Vikter (valfritt):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="208"/>
        <source>Votes revealed</source>
        <translation>Rösterna visas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="245"/>
        <source>Add criterion</source>
        <translation>Lägg till kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="192"/>
        <source>Add criterion {n}</source>
        <translation>Lägg till kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="257"/>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="264"/>
        <source>Remove criterion</source>
        <translation>Ta bort kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="257"/>
        <source>Criterion:</source>
        <translation>Kriterium:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="263"/>
        <source>Remove criterion {n} with its {votes} votes? Undo puts it back.</source>
        <translation>Ta bort kriterium {n} med dess {votes} röster? Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="202"/>
        <source>Remove criterion {n}</source>
        <translation>Ta bort kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="274"/>
        <source>Criterion {n}</source>
        <translation>Kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="245"/>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="274"/>
        <source>Wording:</source>
        <translation>Formulering:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="218"/>
        <source>Reword criterion {n}</source>
        <translation>Formulera om kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="288"/>
        <source>Missing votes ({n}): {list}{more}. Agreed scores use the votes given.</source>
        <translation>Saknade röster ({n}): {list}{more}. De överenskomna poängen bygger på de röster som har lämnats.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="293"/>
        <source>All criteria weigh the same, as in the report: the rank follows the plain sum.</source>
        <translation>Alla kriterier väger lika, som i rapporten: placeringen följer den vanliga summan.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="296"/>
        <source>Criteria are weighted: the rank follows the weighted sum.</source>
        <translation>Kriterierna är viktade: placeringen följer den viktade summan.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="311"/>
        <source>Agreed score set by hand</source>
        <translation>Överenskommen poäng satt för hand</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="312"/>
        <source>{alt}, criterion {n}: the room agrees on {value} (median of the votes: {median}). Why?</source>
        <translation>{alt}, kriterium {n}: deltagarna enas om {value} (medianen av rösterna: {median}). Varför?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/language_menu.py" line="15"/>
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/language_menu.py" line="20"/>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/language_menu.py" line="36"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/language_menu.py" line="36"/>
        <source>The new language is used the next time Workshop starts.</source>
        <translation>Det nya språket används nästa gång Workshop startas.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="26"/>
        <source>There is no item {number} to move.</source>
        <translation>Det finns ingen punkt {number} att flytta.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="62"/>
        <source>The follow-up question</source>
        <translation>Följdfrågan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="68"/>
        <source>“{status}” is not an agenda item status.</source>
        <translation>”{status}” är ingen giltig status för en dagordningspunkt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="75"/>
        <source>“{kind}” is not a kind of meeting.</source>
        <translation>”{kind}” är ingen giltig mötestyp.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="90"/>
        <source>“{text}” is not a date and time (expected e.g. 2024-06-10 13:00).</source>
        <translation>”{text}” är inte ett datum med klockslag (ange t.ex. 2024-06-10 13:00).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="101"/>
        <source>“{text}” is not a date (expected e.g. 2024-09-17).</source>
        <translation>”{text}” är inte ett datum (ange t.ex. 2024-09-17).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="110"/>
        <source>“{text}”: the year must be between {first} and {last}.</source>
        <translation>”{text}”: året måste ligga mellan {first} och {last}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="50"/>
        <source>Not a question catalogue: the file does not hold a JSON object.</source>
        <translation>Ingen frågekatalog: filen innehåller inget JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="52"/>
        <source>Not a question catalogue: the file lacks &quot;format&quot;: &quot;workshop-catalogue&quot;.</source>
        <translation>Ingen frågekatalog: filen saknar &quot;format&quot;: &quot;workshop-catalogue&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="55"/>
        <source>The catalogue&apos;s format version {version!r} is not one this version of Workshop reads.</source>
        <translation>Frågekatalogens formatversion {version!r} kan inte läsas av den här versionen av Workshop.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="59"/>
        <source>The catalogue has no list of themes.</source>
        <translation>Frågekatalogen saknar en lista med teman.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="63"/>
        <source>Theme {n} is not an object.</source>
        <translation>Tema {n} är inte ett objekt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="64"/>
        <source>The title of theme {n} is missing or empty.</source>
        <translation>Rubriken för tema {n} saknas eller är tom.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="67"/>
        <source>Theme “{title}”: its questions are not a list.</source>
        <translation>Temat ”{title}”: frågorna är inte en lista.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="71"/>
        <source>Theme “{title}”, question {m} is not an object.</source>
        <translation>Temat ”{title}”: fråga {m} är inte ett objekt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="74"/>
        <source>Theme “{title}”, question {m}: the hint is not text.</source>
        <translation>Temat ”{title}”, fråga {m}: ledtråden är inte text.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="75"/>
        <source>Theme “{title}”, question {m}: the text is missing or empty.</source>
        <translation>Temat ”{title}”, fråga {m}: texten saknas eller är tom.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/common.py" line="21"/>
        <source>There is no meeting with ID “{meeting_id}”; `workshop meetings FILE` lists the IDs.</source>
        <translation>Det finns inget möte med ID ”{meeting_id}”; `workshop meetings FILE` listar alla ID:n.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="43"/>
        <source>{path}: duplicate id “{value}” (also at {other}).</source>
        <translation>{path}: id:t ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="44"/>
        <source>{path}: duplicate name “{value}” (also at {other}).</source>
        <translation>{path}: namnet ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="45"/>
        <source>{path}: duplicate short code “{value}” (also at {other}).</source>
        <translation>{path}: kortnamnet ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="46"/>
        <source>{path}: duplicate group code “{value}” (also at {other}).</source>
        <translation>{path}: gruppkoden ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="47"/>
        <source>{path}: duplicate area code “{value}” (also at {other}).</source>
        <translation>{path}: områdeskoden ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="48"/>
        <source>{path}: duplicate alternative code “{value}” (also at {other}).</source>
        <translation>{path}: alternativkoden ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="49"/>
        <source>{path}: duplicate criterion number “{value}” (also at {other}).</source>
        <translation>{path}: kriterienumret ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="50"/>
        <source>{path}: duplicate organisation “{value}” (also at {other}).</source>
        <translation>{path}: organisationen ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="51"/>
        <source>{path}: duplicate attendee “{value}” (also at {other}).</source>
        <translation>{path}: deltagaren ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="52"/>
        <source>{path}: duplicate preference of organisation “{value}” (also at {other}).</source>
        <translation>{path}: organisationen ”{value}” har redan ett förordat alternativ i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="53"/>
        <source>{path}: duplicate score for organisation and area (also at {other}).</source>
        <translation>{path}: det finns redan en poäng för samma organisation och område i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="55"/>
        <source>{path}: duplicate vote for organisation, alternative and criterion (also at {other}).</source>
        <translation>{path}: det finns redan en röst för samma organisation, alternativ och kriterium i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="57"/>
        <source>{path}: duplicate agreed score for alternative and criterion (also at {other}).</source>
        <translation>{path}: det finns redan en överenskommen poäng för samma alternativ och kriterium i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="60"/>
        <source>{path}: refers to organisation “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till organisationen ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="61"/>
        <source>{path}: refers to person “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till personen ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="62"/>
        <source>{path}: refers to group “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till gruppen ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="63"/>
        <source>{path}: refers to area “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till området ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="64"/>
        <source>{path}: refers to alternative “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till alternativet ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="65"/>
        <source>{path}: refers to criterion “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till kriteriet ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="66"/>
        <source>{path}: refers to theme “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till temat ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="67"/>
        <source>{path}: refers to question “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till frågan ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="68"/>
        <source>{path}: refers to meeting “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till mötet ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="88"/>
        <source>{path}: must not be empty.</source>
        <translation>{path}: får inte vara tomt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="96"/>
        <source>{path}: “{value}” has spaces or invisible characters at its ends.</source>
        <translation>{path}: ”{value}” har mellanslag eller osynliga tecken i början eller slutet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="111"/>
        <source>{path}: “{value}” is not written as the app writes it (e.g. {example}).</source>
        <translation>{path}: ”{value}” är inte skrivet som appen skriver det (t.ex. {example}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="118"/>
        <source>{path}: “{value}” is not one of {allowed}.</source>
        <translation>{path}: ”{value}” är inte ett av värdena {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="128"/>
        <source>{path}: {value} is outside {low}–{high}.</source>
        <translation>{path}: {value} ligger utanför {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="57"/>
        <source>text or null</source>
        <translation>text eller null</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="57"/>
        <source>a whole number or null</source>
        <translation>ett heltal eller null</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="57"/>
        <source>a number or null</source>
        <translation>ett tal eller null</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="58"/>
        <source>true or false or null</source>
        <translation>true, false eller null</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="68"/>
        <location filename="../../src/workshop/export/json_codec.py" line="125"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="70"/>
        <location filename="../../src/workshop/export/json_codec.py" line="105"/>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="72"/>
        <location filename="../../src/workshop/export/json_codec.py" line="138"/>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="83"/>
        <source>{path}: expected {expected}, found the number {number}.</source>
        <translation>{path}: ska vara {expected}, men är talet {number}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="85"/>
        <source>{path}: expected {expected}, found {found}.</source>
        <translation>{path}: ska vara {expected}, men är {found}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="98"/>
        <source>a value or null</source>
        <translation>ett värde eller null</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="101"/>
        <location filename="../../src/workshop/export/json_codec.py" line="133"/>
        <source>{path}: unsupported type {type}.</source>
        <translation>{path}: typen {type} stöds inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="111"/>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="115"/>
        <location filename="../../src/workshop/export/json_codec.py" line="158"/>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="119"/>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="121"/>
        <source>a finite number</source>
        <translation>ett ändligt tal</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="129"/>
        <source>{path}: the text holds an unpaired surrogate (\u{code:04x}), which is not a character.</source>
        <translation>{path}: texten innehåller ett oparat surrogat (\u{code:04x}), som inte är ett tecken.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="144"/>
        <source>{path}: unknown key “{key}”.</source>
        <translation>{path}: okänd nyckel ”{key}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="147"/>
        <source>{path}: missing key “{key}”.</source>
        <translation>{path}: nyckeln ”{key}” saknas.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="154"/>
        <source>this is not a Workshop engagement export (no &quot;format&quot;: &quot;{format}&quot; at the top).</source>
        <translation>det här är inte en uppdragsexport från Workshop (&quot;format&quot;: &quot;{format}&quot; saknas på översta nivån).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="160"/>
        <source>format_version {version} is newer than this app reads ({supported}); update Workshop.</source>
        <translation>format_version {version} är nyare än den här versionen av Workshop kan läsa ({supported}); uppdatera Workshop.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="163"/>
        <source>format_version: {version} is not a valid version.</source>
        <translation>format_version: {version} är inte en giltig version.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="166"/>
        <source>unknown key “{key}” at the top.</source>
        <translation>okänd nyckel ”{key}” på översta nivån.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="168"/>
        <source>missing key “engagement” at the top.</source>
        <translation>nyckeln ”engagement” saknas på översta nivån.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="185"/>
        <source>the number {number} is too large for an engagement export.</source>
        <translation>talet {number} är för stort för en uppdragsexport.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="195"/>
        <source>the key “{key}” is given twice in one object.</source>
        <translation>nyckeln ”{key}” förekommer två gånger i samma objekt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="204"/>
        <source>not valid JSON ({error} at line {line}, column {column}).</source>
        <translation>inte giltig JSON ({error} på rad {line}, kolumn {column}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="207"/>
        <source>not valid JSON ({error}).</source>
        <translation>inte giltig JSON ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="27"/>
        <source>{path}: the disk is full; nothing was written and any earlier file is unchanged.</source>
        <translation>{path}: disken är full; ingenting sparades och en eventuell tidigare fil är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="30"/>
        <source>{path}: you may not write in the folder {folder} (permission denied).</source>
        <translation>{path}: du får inte skriva i mappen {folder} (åtkomst nekad).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="33"/>
        <location filename="../../src/workshop/export/safe_write.py" line="45"/>
        <location filename="../../src/workshop/export/safe_write.py" line="97"/>
        <location filename="../../src/workshop/export/transfer.py" line="72"/>
        <location filename="../../src/workshop/storage/connection.py" line="203"/>
        <location filename="../../src/workshop/storage/store.py" line="128"/>
        <location filename="../../src/workshop/storage/store.py" line="270"/>
        <source>{path}: the folder {folder} does not exist.</source>
        <translation>{path}: mappen {folder} finns inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="35"/>
        <location filename="../../src/workshop/export/safe_write.py" line="43"/>
        <location filename="../../src/workshop/export/transfer.py" line="70"/>
        <source>{path}: that is a folder; give a file name.</source>
        <translation>{path}: det är en mapp; ange ett filnamn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="36"/>
        <source>{path}: could not be written ({error}).</source>
        <translation>{path}: kunde inte sparas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="48"/>
        <source>{path}: not a regular file (a link, device or pipe); give another name.</source>
        <translation>{path}: ingen vanlig fil (en länk, enhet eller rörledning); ange ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="95"/>
        <source>{path}: a file with that name exists; give a folder name.</source>
        <translation>{path}: det finns redan en fil med det namnet; ange ett mappnamn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/styles.py" line="291"/>
        <source>{path}: the PDF could not be laid out ({error}).</source>
        <translation>{path}: PDF-dokumentets sidlayout kunde inte skapas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/transfer.py" line="55"/>
        <source>{path}: too large to be an engagement export.</source>
        <translation>{path}: för stor för att vara en uppdragsexport.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/transfer.py" line="31"/>
        <location filename="../../src/workshop/storage/connection.py" line="47"/>
        <source>{path}: cannot be read ({error}).</source>
        <translation>{path}: kan inte läsas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/transfer.py" line="35"/>
        <source>{path}: not a Workshop engagement export (not UTF-8 text).</source>
        <translation>{path}: inte en uppdragsexport från Workshop (inte UTF-8-text).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/transfer.py" line="49"/>
        <source>{path}: not a regular file.</source>
        <translation>{path}: ingen vanlig fil.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="104"/>
        <location filename="../../src/workshop/export/transfer.py" line="40"/>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/transfer.py" line="74"/>
        <source>{path}: a file with that name already exists (use --force to replace it).</source>
        <translation>{path}: det finns redan en fil med det namnet (använd --force för att ersätta den).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="68"/>
        <source>That theme no longer exists (another window or program removed it); the change was not saved.</source>
        <translation>Temat finns inte längre (ett annat fönster eller program tog bort det); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="79"/>
        <source>That theme no longer exists.</source>
        <translation>Temat finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="132"/>
        <source>That question no longer exists (another window or program removed it); the change was not saved.</source>
        <translation>Frågan finns inte längre (ett annat fönster eller program tog bort den); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="143"/>
        <source>That question no longer exists.</source>
        <translation>Frågan finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="40"/>
        <source>{path}: no such file.</source>
        <translation>{path}: filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="42"/>
        <location filename="../../src/workshop/storage/store.py" line="126"/>
        <location filename="../../src/workshop/storage/store.py" line="272"/>
        <source>{path}: not a file.</source>
        <translation>{path}: är inte en fil.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="49"/>
        <source>{path}: not a Workshop engagement file (it is not an SQLite database).</source>
        <translation>{path}: inte en uppdragsfil från Workshop (det är ingen SQLite-databas).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="61"/>
        <source>{path}: the file is damaged ({check}).</source>
        <translation>{path}: filen är skadad ({check}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="68"/>
        <source>{path}: the file is damaged or unreadable ({error}).</source>
        <translation>{path}: filen är skadad eller oläsbar ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="70"/>
        <source>{path}: an SQLite database, but not a Workshop engagement file.</source>
        <translation>{path}: en SQLite-databas, men inte en uppdragsfil från Workshop.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="73"/>
        <source>{path}: written by a newer version of Workshop (file format {version}; this version reads up to {supported}). Update Workshop to open it.</source>
        <translation>{path}: sparad av en nyare version av Workshop (filformat {version}; den här versionen läser upp till {supported}). Uppdatera Workshop för att öppna filen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="78"/>
        <source>{path}: a Workshop file that holds no engagement (it was not written by Workshop, or not to the end).</source>
        <translation>{path}: en Workshop-fil utan uppdrag (den skrevs inte av Workshop, eller inte färdigt).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="151"/>
        <source>{path}: holds values this version of Workshop refuses ({error}); the file was not changed.</source>
        <translation>{path}: innehåller värden som den här versionen av Workshop inte godtar ({error}); filen ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="171"/>
        <source>{path}: cannot be opened ({error}).</source>
        <translation>{path}: kan inte öppnas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="124"/>
        <source>{path}: a file with that name already exists.</source>
        <translation>{path}: det finns redan en fil med det namnet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="208"/>
        <location filename="../../src/workshop/storage/store.py" line="147"/>
        <source>{path}: cannot be created ({error}).</source>
        <translation>{path}: kan inte skapas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/ordering.py" line="36"/>
        <source>The new order does not hold the same items; reload and try again.</source>
        <translation>Den nya ordningen innehåller inte samma poster; läs in på nytt och försök igen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/ordering.py" line="47"/>
        <location filename="../../src/workshop/storage/store.py" line="230"/>
        <source>The engagement file refused the change ({error}).</source>
        <translation>Uppdragsfilen godtog inte ändringen ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/reader.py" line="57"/>
        <source>The file holds no engagement.</source>
        <translation>Filen innehåller inget uppdrag.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="48"/>
        <location filename="../../src/workshop/storage/scores.py" line="61"/>
        <source>The engagement file refused the value ({error}).</source>
        <translation>Uppdragsfilen godtog inte värdet ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="93"/>
        <location filename="../../src/workshop/storage/scores.py" line="204"/>
        <location filename="../../src/workshop/storage/scores.py" line="226"/>
        <location filename="../../src/workshop/storage/store.py" line="343"/>
        <source>There is no criterion {number}.</source>
        <translation>Det finns inget kriterium {number}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="124"/>
        <source>Vote on criterion {n}</source>
        <translation>Röst på kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="149"/>
        <source>Agreed score on criterion {n}</source>
        <translation>Överenskommen poäng på kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="183"/>
        <location filename="../../src/workshop/storage/scores.py" line="202"/>
        <source>The criterion&apos;s text</source>
        <translation>Kriteriets text</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="215"/>
        <source>Criterion {number}: {count} votes or agreed scores lie outside {low}–{high}; change them first.</source>
        <translation>Kriterium {number}: {count} röster eller överenskomna poäng ligger utanför {low}–{high}; ändra dem först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="188"/>
        <source>There is already a criterion {number}.</source>
        <translation>Det finns redan ett kriterium {number}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="197"/>
        <source>Criterion {number} is in use and cannot be removed.</source>
        <translation>Kriterium {number} används och kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="83"/>
        <source>{path}: the file is damaged ({check}). A good backup from {taken} holds {meetings} meetings: restore it (File → Restore from Backup…, or `workshop restore FILE newest`).</source>
        <translation>{path}: filen är skadad ({check}). En hel säkerhetskopia från {taken} innehåller {meetings} möten: återställ den (Arkiv → Återställ från säkerhetskopia…, eller `workshop restore FIL newest`).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="137"/>
        <source>{path}: the engagement could not be written ({error}).</source>
        <translation>{path}: uppdraget kunde inte sparas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="176"/>
        <source>The engagement title</source>
        <translation>Uppdragets titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="188"/>
        <source>Alternative code</source>
        <translation>Alternativets kod</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="189"/>
        <location filename="../../src/workshop/storage/store.py" line="210"/>
        <source>The alternative&apos;s name</source>
        <translation>Alternativets namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="204"/>
        <source>Alternative {code} is in use and cannot be removed.</source>
        <translation>Alternativ {code} används och kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="164"/>
        <source>Group {group} still holds areas {areas}: remove them first.</source>
        <translation>Gruppen {group} innehåller fortfarande områdena {areas}: ta bort dem först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="90"/>
        <location filename="../../src/workshop/storage/store.py" line="211"/>
        <source>A pro or con</source>
        <translation>En fördel eller nackdel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="80"/>
        <location filename="../../src/workshop/storage/store.py" line="215"/>
        <location filename="../../src/workshop/storage/store.py" line="366"/>
        <source>There is no area {code}.</source>
        <translation>Det finns inget område {code}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="108"/>
        <source>The vote must be a JSON object.</source>
        <translation>Rösten måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="111"/>
        <source>Unknown field {field}.</source>
        <translation>Okänt fält {field}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="114"/>
        <source>Unknown organisation.</source>
        <translation>Okänd organisation.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="116"/>
        <source>Unknown item.</source>
        <translation>Okänd punkt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="120"/>
        <source>Unknown choice.</source>
        <translation>Okänt val.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="123"/>
        <source>The value must be a whole number.</source>
        <translation>Värdet måste vara ett heltal.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="124"/>
        <source>Value</source>
        <translation>Värdet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="128"/>
        <source>The name must be text.</source>
        <translation>Namnet måste vara text.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="150"/>
        <location filename="../../src/workshop/storage/store.py" line="221"/>
        <location filename="../../src/workshop/storage/store.py" line="330"/>
        <source>There is no alternative {code}.</source>
        <translation>Det finns inget alternativ {code}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="151"/>
        <source>The engagement has no criteria to vote on.</source>
        <translation>Uppdraget har inga kriterier att rösta om.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="162"/>
        <source>There is no organisation {name}.</source>
        <translation>Det finns ingen organisation {name}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="163"/>
        <source>The engagement has no areas to score.</source>
        <translation>Uppdraget har inga områden att bedöma.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="171"/>
        <source>The engagement has no alternatives to prefer.</source>
        <translation>Uppdraget har inga alternativ att välja mellan.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="179"/>
        <source>The engagement has no organisations to vote.</source>
        <translation>Uppdraget har inga organisationer som kan rösta.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="235"/>
        <source>A share of today&apos;s spend must be between 0 and 100 %.</source>
        <translation>En andel av dagens kostnader måste vara mellan 0 och 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="31"/>
        <source>Group code</source>
        <translation>Gruppens kod</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="32"/>
        <location filename="../../src/workshop/storage/framework.py" line="72"/>
        <source>The group&apos;s name</source>
        <translation>Gruppens namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="41"/>
        <source>Area code</source>
        <translation>Områdets kod</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="42"/>
        <location filename="../../src/workshop/storage/framework.py" line="78"/>
        <source>The area&apos;s name</source>
        <translation>Områdets namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="44"/>
        <location filename="../../src/workshop/storage/framework.py" line="74"/>
        <location filename="../../src/workshop/storage/store.py" line="237"/>
        <location filename="../../src/workshop/storage/store.py" line="357"/>
        <source>There is no group {code}.</source>
        <translation>Det finns ingen grupp {code}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="54"/>
        <source>Area {code} is in use and cannot be removed.</source>
        <translation>Område {code} används och kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="85"/>
        <source>That path no longer exists.</source>
        <translation>Det vägvalet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="89"/>
        <source>The organisation form&apos;s name</source>
        <translation>Organisationsformens namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="95"/>
        <source>That organisation form no longer exists.</source>
        <translation>Den organisationsformen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="243"/>
        <source>Short code</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="252"/>
        <source>The organisation could not be added ({error}).</source>
        <translation>Organisationen kunde inte läggas till ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="259"/>
        <source>That organisation no longer exists (another window or program removed it); the new name was not saved.</source>
        <translation>Organisationen finns inte längre (ett annat fönster eller program tog bort den); det nya namnet sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="268"/>
        <source>{path}: that is the open file itself; choose another name.</source>
        <translation>{path}: det är den öppna filen; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="282"/>
        <source>{path}: the copy could not be written ({error}).</source>
        <translation>{path}: kopian kunde inte sparas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/templates.py" line="57"/>
        <source>There is no template called “{name}”.</source>
        <translation>Det finns ingen mall som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="47"/>
        <source>Share of today&apos;s spend</source>
        <translation>Andel av dagens kostnader</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="53"/>
        <source>Type a share as a percentage, e.g. 40 or 37.5 (empty: not known yet); F2 on a group&apos;s name renames it.</source>
        <translation>Skriv andelen i procent, t.ex. 40 eller 37,5 (tomt: inte känd än); F2 på en grupps namn byter namn på den.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="58"/>
        <source>Add group…</source>
        <translation>Lägg till grupp…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="59"/>
        <source>Add area…</source>
        <translation>Lägg till område…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="60"/>
        <source>Remove area…</source>
        <translation>Ta bort område…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="61"/>
        <source>Remove group…</source>
        <translation>Ta bort grupp…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="93"/>
        <source>The engagement has no groups of areas.</source>
        <translation>Uppdraget har inga grupper av områden.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="95"/>
        <source>Total so far: {total} (not every group has a share yet).</source>
        <translation>Summa hittills: {total} (alla grupper har inte fått en andel än).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="98"/>
        <source>Total: {total} — the shares should make 100 %.</source>
        <translation>Summa: {total} – andelarna ska bli 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="101"/>
        <source>Total: 100 %</source>
        <translation>Summa: 100 %</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="112"/>
        <source>Share of today&apos;s spend for {group}</source>
        <translation>Andel av dagens kostnader för {group}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="102"/>
        <source>Set today&apos;s share of {group}</source>
        <translation>Ange dagens andel för {group}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="88"/>
        <source>Rename group {code}</source>
        <translation>Byt namn på grupp {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="134"/>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="137"/>
        <source>Add group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="137"/>
        <source>Code (e.g. IS):</source>
        <translation>Kod (t.ex. IS):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="66"/>
        <source>Add group {name}</source>
        <translation>Lägg till gruppen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="147"/>
        <source>Add a group first: every area belongs to one.</source>
        <translation>Lägg först till en grupp: varje område hör till en grupp.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="99"/>
        <source>Add area</source>
        <translation>Lägg till område</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="173"/>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="110"/>
        <source>Group:</source>
        <translation>Grupp:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="110"/>
        <source>Add area {code}</source>
        <translation>Lägg till område {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="160"/>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="166"/>
        <source>Remove area</source>
        <translation>Ta bort område</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="160"/>
        <source>Area:</source>
        <translation>Område:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="165"/>
        <source>Remove area {code} with its {scores} scores? Undo puts it back.</source>
        <translation>Ta bort område {code} med dess {scores} poäng? Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="120"/>
        <source>Remove area {code}</source>
        <translation>Ta bort område {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="173"/>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="182"/>
        <source>Remove group</source>
        <translation>Ta bort grupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="182"/>
        <source>Remove group {name}? Undo puts it back.</source>
        <translation>Ta bort gruppen {name}? Ångra lägger tillbaka den.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="76"/>
        <source>Remove group {name}</source>
        <translation>Ta bort gruppen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dates.py" line="23"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dates.py" line="24"/>
        <source>Type a date as YYYY-MM-DD or pick it in the calendar; empty means no date.</source>
        <translation>Skriv ett datum som ÅÅÅÅ-MM-DD eller välj det i kalendern; tomt betyder inget datum.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dates.py" line="33"/>
        <source>Pick a date</source>
        <translation>Välj datum</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/backups.py" line="131"/>
        <source>{path}: no backup could be written ({error}).</source>
        <translation>{path}: ingen säkerhetskopia kunde skrivas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/backups.py" line="149"/>
        <location filename="../../src/workshop/storage/backups.py" line="167"/>
        <source>{path}: the backup is damaged and cannot be restored.</source>
        <translation>{path}: säkerhetskopian är skadad och kan inte återställas.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/backups.py" line="154"/>
        <location filename="../../src/workshop/storage/backups.py" line="189"/>
        <source>{path}: the backup could not be restored ({error}).</source>
        <translation>{path}: säkerhetskopian kunde inte återställas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="49"/>
        <source>{path}: open read-only, because {user} on {host} has had it open since {since}; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad, eftersom {user} på {host} har haft den öppen sedan {since}; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="52"/>
        <source>{path}: open read-only, because another program has it open; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad, eftersom ett annat program har den öppen; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="55"/>
        <source>{path}: open read-only, because the file may not be written; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad, eftersom filen inte får skrivas; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="58"/>
        <source>{path}: open read-only, because its folder may not be written; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad, eftersom dess mapp inte får skrivas; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="60"/>
        <source>{path}: open read-only; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="67"/>
        <source>{path}: another program is writing to the file; nothing was saved. Try again in a moment.</source>
        <translation>{path}: ett annat program skriver till filen; inget sparades. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="70"/>
        <source>{path}: the file may not be written (read-only); nothing was saved.</source>
        <translation>{path}: filen får inte skrivas (skrivskyddad); inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="72"/>
        <source>{path}: the disk is full; nothing was saved.</source>
        <translation>{path}: disken är full; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="74"/>
        <source>{path}: the file is damaged ({error}); nothing was saved.</source>
        <translation>{path}: filen är skadad ({error}); inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="76"/>
        <source>{path}: the disk refused the write ({error}); nothing was saved.</source>
        <translation>{path}: disken vägrade skrivningen ({error}); inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="78"/>
        <source>{path}: the change could not be saved ({error}).</source>
        <translation>{path}: ändringen kunde inte sparas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="98"/>
        <source>{path}: the file was replaced or deleted by another program; this window no longer saves to it. Use Save a Copy to keep what you see.</source>
        <translation>{path}: filen ersattes eller togs bort av ett annat program; det här fönstret sparar inte längre till den. Använd Spara en kopia för att behålla det du ser.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/lock.py" line="141"/>
        <source>{path}: no lock file can be made beside it ({error}).</source>
        <translation>{path}: ingen låsfil kan skapas bredvid den ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/lock.py" line="175"/>
        <source>{path}: another program has the file open; close it there first.</source>
        <translation>{path}: ett annat program har filen öppen; stäng den där först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/lock.py" line="177"/>
        <source>{path}: open in Workshop by {user} on {host} since {since}; close it there first.</source>
        <translation>{path}: öppen i Workshop av {user} på {host} sedan {since}; stäng den där först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="17"/>
        <source>{taken} — damaged, cannot be restored</source>
        <translation>{taken} — skadad, kan inte återställas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="18"/>
        <source>{taken} — last edit {edit} — {meetings} meetings</source>
        <translation>{taken} — senast ändrad {edit} — {meetings} möten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="25"/>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="40"/>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="136"/>
        <source>Restore from Backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="26"/>
        <source>Put this backup in place of the engagement (what it holds now is kept as a backup too):</source>
        <translation>Sätt den här säkerhetskopian i uppdragets ställe (det som finns nu sparas också som säkerhetskopia):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/banner.py" line="19"/>
        <source>Read-only: {user} on {host} has had this engagement open since {since}. Your changes cannot be saved here; save a copy to keep working.</source>
        <translation>Skrivskyddad: {user} på {host} har haft uppdraget öppet sedan {since}. Dina ändringar kan inte sparas här; spara en kopia för att arbeta vidare.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/banner.py" line="23"/>
        <source>Read-only: another program has this engagement open. Your changes cannot be saved here.</source>
        <translation>Skrivskyddad: ett annat program har uppdraget öppet. Dina ändringar kan inte sparas här.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/banner.py" line="25"/>
        <source>Read-only: you may not write this file. Save a copy to keep working.</source>
        <translation>Skrivskyddad: du får inte skriva i den här filen. Spara en kopia för att arbeta vidare.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/banner.py" line="26"/>
        <source>Read-only: you may not write in this file&apos;s folder. Save a copy to keep working.</source>
        <translation>Skrivskyddad: du får inte skriva i filens mapp. Spara en kopia för att arbeta vidare.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/banner.py" line="41"/>
        <source>Save a Copy…</source>
        <translation>Spara en kopia…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/banner.py" line="45"/>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="45"/>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="144"/>
        <source>Cannot restore the backup</source>
        <translation>Säkerhetskopian kan inte återställas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="57"/>
        <source>File</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="96"/>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="126"/>
        <source>No backup could be made: {reason}</source>
        <translation>Ingen säkerhetskopia kunde göras: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="136"/>
        <source>This engagement has no backups yet.</source>
        <translation>Uppdraget har inga säkerhetskopior än.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="148"/>
        <source>Restored the backup of {taken}.</source>
        <translation>Säkerhetskopian från {taken} är återställd.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/runner.py" line="21"/>
        <source>{address} is not an IP address.</source>
        <translation>{address} är ingen IP-adress.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/runner.py" line="23"/>
        <source>Room voting listens on one network interface, never on all of them ({address}).</source>
        <translation>Röstning i rummet lyssnar på ett nätverksgränssnitt, aldrig på alla ({address}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="33"/>
        <source>{n} of {total} organisations have voted on criterion {item}</source>
        <translation>{n} av {total} organisationer har röstat på kriterium {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="36"/>
        <source>{n} of {total} organisations have scored area {item}</source>
        <translation>{n} av {total} organisationer har bedömt område {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="37"/>
        <source>{n} of {total} organisations have stated their preference</source>
        <translation>{n} av {total} organisationer har angett sitt förstahandsval</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="53"/>
        <source>{value} · {who}</source>
        <translation>{value} · {who}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="54"/>
        <source>Sent from a phone by {who}</source>
        <translation>Skickat från en telefon av {who}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="56"/>
        <source>{value} · typed</source>
        <translation>{value} · inskrivet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="56"/>
        <source>Typed by the facilitator</source>
        <translation>Inskrivet av processledaren</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="58"/>
        <source>{n} of {total}</source>
        <translation>{n} av {total}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="112"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="114"/>
        <source>Arrived</source>
        <translation>Inkommet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="43"/>
        <source>participant {n}</source>
        <translation>deltagare {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="177"/>
        <source>Phone vote of {org}, {alt}, criterion {n}</source>
        <translation>Telefonröst från {org}, {alt}, kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="182"/>
        <source>Phone potential of {org} for {area}</source>
        <translation>Potential per telefon från {org} för {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="186"/>
        <source>Phone preference of {org}</source>
        <translation>Förstahandsval per telefon från {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="45"/>
        <source>any free port</source>
        <translation>valfri ledig port</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="49"/>
        <source>Show the QR code on the projector</source>
        <translation>Visa QR-koden på projektorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="54"/>
        <source>Vote on</source>
        <translation>Rösta om</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="55"/>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="56"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="61"/>
        <source>Room voting</source>
        <translation>Röstning i rummet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="66"/>
        <source>Participants open the address (or scan the code) on a phone on the same network, pick their organisation and tap their votes. Votes are stored like typed ones and stay hidden on the projector until you reveal the round.</source>
        <translation>Deltagarna öppnar adressen (eller skannar koden) i en telefon på samma nätverk, väljer sin organisation och trycker på sina röster. Rösterna sparas som inskrivna röster och döljs på projektorn tills du visar omgången.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="107"/>
        <source>Criteria of alternative {code}</source>
        <translation>Kriterier för alternativ {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="110"/>
        <source>Potential of {org}</source>
        <translation>Potential för {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="119"/>
        <source>{address} (this computer only)</source>
        <translation>{address} (bara den här datorn)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="155"/>
        <source>Choose a round and a network first.</source>
        <translation>Välj först en omgång och ett nätverk.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="160"/>
        <source>Room voting could not start: {reason}</source>
        <translation>Röstningen i rummet kunde inte starta: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="165"/>
        <source>Stop room voting</source>
        <translation>Stoppa röstningen i rummet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="170"/>
        <source>Listening at {url}</source>
        <translation>Lyssnar på {url}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="176"/>
        <source>Start room voting</source>
        <translation>Starta röstningen i rummet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="183"/>
        <source>Room voting is off; nothing listens.</source>
        <translation>Röstningen i rummet är avstängd; inget lyssnar.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="196"/>
        <source>Scan to vote: {round}</source>
        <translation>Skanna för att rösta: {round}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="199"/>
        <source>Vote on your phone</source>
        <translation>Rösta i telefonen</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="37"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Ny från mall…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="38"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="39"/>
        <source>Save a &amp;Copy As…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="40"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="41"/>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="42"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="43"/>
        <source>Start &amp;Presenter View</source>
        <translation>&amp;Starta presentationsvyn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="44"/>
        <source>S&amp;top Presenter View</source>
        <translation>&amp;Avsluta presentationsvyn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="45"/>
        <source>Choose Presenter &amp;Screen…</source>
        <translation>&amp;Välj skärm för presentationsvyn…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="46"/>
        <source>&amp;About Workshop</source>
        <translation>&amp;Om Workshop</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="31"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="32"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="33"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="81"/>
        <source>Engagement</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="82"/>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="83"/>
        <source>Alternatives &amp; Criteria</source>
        <translation>Alternativ och kriterier</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="84"/>
        <source>Catalogue</source>
        <translation>Frågekatalog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="85"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="86"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="87"/>
        <source>Room voting</source>
        <translation>Röstning i rummet</translation>
    </message>
</context>
</TS>
