<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="150"/>
        <source>Show the chart on screen before exporting it.</source>
        <translation>Visa diagrammet på skärmen innan du exporterar det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="164"/>
        <source>Exported from Workshop</source>
        <translation>Exporterat från Workshop</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="200"/>
        <source>The chart could not be made into a PNG image.</source>
        <translation>Diagrammet kunde inte göras till en PNG-bild.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="240"/>
        <source>Export as PNG…</source>
        <translation>Exportera som PNG…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="243"/>
        <source>Export as SVG…</source>
        <translation>Exportera som SVG…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="264"/>
        <source>{n}× — {w} × {h} px</source>
        <translation>{n}× – {w} × {h} px</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="265"/>
        <location filename="../../src/workshop/charts/export.py" line="269"/>
        <source>Export as PNG</source>
        <translation>Exportera som PNG</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="265"/>
        <source>Resolution:</source>
        <translation>Upplösning:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="270"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="276"/>
        <source>Export as SVG</source>
        <translation>Exportera som SVG</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="277"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-grafik (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/charts/export.py" line="285"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="25"/>
        <source>Workshop engagements (*.workshop);;All files (*)</source>
        <translation>Workshop-uppdrag (*.workshop);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="38"/>
        <source>Workshop engagement</source>
        <translation>Workshop-uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="74"/>
        <source>Open engagement</source>
        <translation>Öppna uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="93"/>
        <source>“{name}” is no file name: give the file a name.</source>
        <translation>”{name}” är inget filnamn: ge filen ett namn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="100"/>
        <source>“{name}” already exists. Replace it?</source>
        <translation>”{name}” finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="260"/>
        <source>About Workshop</source>
        <translation>Om Workshop</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="261"/>
        <source>Workshop {version}

Facilitate multi-organisation investigations offline: question catalogues, meetings, potential scoring, criteria voting, live charts and PDF minutes.</source>
        <translation>Workshop {version}

Led utredningar med flera organisationer helt offline: frågekataloger, möten, bedömning av potential, röstning på kriterier, diagram som uppdateras direkt och protokoll som PDF.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="284"/>
        <source>Another meeting is running</source>
        <translation>Ett annat möte pågår</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="285"/>
        <source>“{running}” is still running. Scores and votes given from now on are recorded in the running meeting, so only one meeting runs at a time.

What becomes of “{running}” when “{starting}” starts?</source>
        <translation>”{running}” pågår fortfarande. Poäng och röster som ges från och med nu förs till det pågående mötet, så bara ett möte i taget pågår.

Vad händer med ”{running}” när ”{starting}” startar?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="289"/>
        <source>It was held: close it</source>
        <translation>Mötet hölls: avsluta det</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="290"/>
        <source>Back to planned</source>
        <translation>Tillbaka till planerat</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="249"/>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="84"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="88"/>
        <source>&amp;Minutes (PDF)…</source>
        <translation>&amp;Protokoll (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="89"/>
        <source>&amp;Pre-read (PDF)…</source>
        <translation>&amp;Underlag inför möte (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="90"/>
        <source>Engagement &amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="92"/>
        <source>Data as &amp;Excel Workbook…</source>
        <translation>Data som &amp;Excel-arbetsbok…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="93"/>
        <source>Data as &amp;CSV Files…</source>
        <translation>Data som &amp;CSV-filer…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="94"/>
        <source>Engagement as &amp;JSON…</source>
        <translation>Uppdraget som &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="105"/>
        <source>&amp;Anonymise (Organisation A, B…; people by role)</source>
        <translation>&amp;Anonymisera (Organisation A, B…; personer med roll)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="107"/>
        <source>Documents and data exported while this is ticked name no organisation or person, for sharing results beyond the engagement</source>
        <translation>Dokument och data som exporteras medan detta är markerat nämner ingen organisation eller person, för att dela resultat utanför uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="110"/>
        <source>Report &amp;With a Page per Organisation</source>
        <translation>Rapport med en sida per &amp;organisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="113"/>
        <source>Each organisation&apos;s meetings, its radar against the median and what changed since its previous meeting, after the closing chapter.</source>
        <translation>Varje organisations möten, radardiagram mot medianen och vad som ändrats sedan föregående möte, efter det avslutande kapitlet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="115"/>
        <source>&amp;Open Files When Done</source>
        <translation>&amp;Öppna filerna när exporten är klar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="120"/>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importera från JSON…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="166"/>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="293"/>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="338"/>
        <source>Cannot export</source>
        <translation>Det går inte att exportera</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="172"/>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="144"/>
        <source>That is the open engagement file itself; choose another name.</source>
        <translation>Det är den öppna uppdragsfilen; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="187"/>
        <source>Export minutes</source>
        <translation>Exportera protokoll</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="187"/>
        <source>Export pre-read</source>
        <translation>Exportera underlag inför möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="191"/>
        <source>Meeting:</source>
        <translation>Möte:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="198"/>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="233"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="229"/>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="246"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="247"/>
        <source>A change typed into a form cannot be stored: {reason}

Export without it?</source>
        <translation>En ändring i ett formulär kan inte sparas: {reason}

Exportera utan den?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="260"/>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="260"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="291"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporten avbröts; ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="83"/>
        <source>Export this person&apos;s data…</source>
        <translation>Exportera personens uppgifter…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="84"/>
        <source>Forget this person…</source>
        <translation>Radera personen…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="101"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="102"/>
        <source>Pho&amp;ne</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="104"/>
        <source>Where they appear</source>
        <translation>Där personen förekommer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="127"/>
        <source>No one yet: people come in as attendees of a meeting (Meetings → Details and attendees) and as the steering group (Framework → Steering group).</source>
        <translation>Ingen ännu: personer kommer in som deltagare i ett möte (Möten → Detaljer och deltagare) och som styrgrupp (Ramverk → Styrgrupp).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="122"/>
        <source>Everyone the engagement holds, and where: meetings attended, action items owned, texts that name them. Export a person&apos;s data when they ask for it; forget them when they ask to be erased.</source>
        <translation>Alla personer i uppdraget och var de förekommer: möten de deltagit i, åtgärder de ansvarar för, texter som nämner dem. Exportera en persons uppgifter när hen begär det; radera dem när hen begär radering.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="53"/>
        <location filename="../../src/workshop/ui/people/view.py" line="131"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="66"/>
        <source>The text there</source>
        <translation>Texten där</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="193"/>
        <source>Forgotten: no personal data is held.</source>
        <translation>Raderad: inga personuppgifter finns kvar.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="210"/>
        <source>Contact details of {name}</source>
        <translation>Kontaktuppgifter för {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="224"/>
        <source>Export person&apos;s data</source>
        <translation>Exportera personens uppgifter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="235"/>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="299"/>
        <source>Saved {path}</source>
        <translation>Sparat: {path}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="243"/>
        <source>Forget {name}?

Their name is replaced by a pseudonym in every note, decision and action item, their contact details are removed, and every backup of this file is rewritten the same way. This cannot be undone; the undo history is cleared.</source>
        <translation>Radera uppgifterna om {name}?

Namnet ersätts med en pseudonym i varje anteckning, beslut och åtgärd, kontaktuppgifterna tas bort och varje säkerhetskopia av filen skrivs om på samma sätt. Detta kan inte ångras; ångrahistoriken töms.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="247"/>
        <source>Forget person</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="258"/>
        <source>{name} is now “{pseudonym}” in this file, which has no backups.</source>
        <translation>{name} heter nu ”{pseudonym}” i filen, som inte har några säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="259"/>
        <source>{name} is now “{pseudonym}” in this file and its backup.</source>
        <translation>{name} heter nu ”{pseudonym}” i filen och i dess säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="260"/>
        <source>{name} is now “{pseudonym}” in this file and its {n} backups.</source>
        <translation>{name} heter nu ”{pseudonym}” i filen och i dess {n} säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="263"/>
        <source>The note “before merging …” beside one of them says “{pseudonym}” too.</source>
        <translation>Anteckningen ”före sammanslagning från …” vid en av dem säger också ”{pseudonym}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="265"/>
        <source>The notes “before merging …” beside {n} of them say “{pseudonym}” too.</source>
        <translation>Anteckningarna ”före sammanslagning från …” vid {n} av dem säger också ”{pseudonym}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="267"/>
        <source>Documents and data exported earlier, and copies saved elsewhere (a copy handed out to another laptop, say), are not reached: delete or redact them yourself.</source>
        <translation>Dokument och data som exporterats tidigare, och kopior sparade på andra ställen (till exempel en kopia utlämnad till en annan dator), nås inte: radera eller maskera dem själv.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="270"/>
        <source>The file could not be rebuilt ({error}): old pages in it may still hold the name.</source>
        <translation>Filen kunde inte byggas om ({error}): gamla sidor i den kan fortfarande innehålla namnet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="273"/>
        <source>Another program has the file open: old pages may hold the name until it closes.</source>
        <translation>Ett annat program har filen öppen: gamla sidor kan innehålla namnet tills det stängs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="275"/>
        <source>Not rewritten: {files}</source>
        <translation>Inte omskrivna: {files}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="318"/>
        <source>Export data</source>
        <translation>Exportera data</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="318"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="320"/>
        <source>Export engagement</source>
        <translation>Exportera uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/view.py" line="225"/>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="320"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="322"/>
        <source>Export data as CSV (a folder)</source>
        <translation>Exportera data som CSV (en mapp)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="322"/>
        <source>Folders (*)</source>
        <translation>Mappar (*)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="344"/>
        <source>Import engagement</source>
        <translation>Importera uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="345"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-filer (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="348"/>
        <source>Save imported engagement as</source>
        <translation>Spara det importerade uppdraget som</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="349"/>
        <location filename="../../src/workshop/ui/shell/export_controller.py" line="358"/>
        <source>Cannot import</source>
        <translation>Det går inte att importera</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="83"/>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="98"/>
        <source>Cannot open engagement</source>
        <translation>Det går inte att öppna uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="125"/>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="132"/>
        <source>New engagement</source>
        <translation>Nytt uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="125"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="130"/>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="135"/>
        <source>Title of the investigation:</source>
        <translation>Utredningens titel:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="137"/>
        <source>Save new engagement as</source>
        <translation>Spara det nya uppdraget som</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="135"/>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="149"/>
        <source>The title must not be empty.</source>
        <translation>Titeln får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="139"/>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="143"/>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="152"/>
        <source>Cannot create engagement</source>
        <translation>Det går inte att skapa uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="163"/>
        <source>Save a copy as</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="164"/>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="170"/>
        <source>Cannot save a copy</source>
        <translation>Det går inte att spara en kopia</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/file_controller.py" line="172"/>
        <source>Copy saved to {path}</source>
        <translation>Kopian sparades i {path}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/start_page.py" line="23"/>
        <source>No engagement is open.</source>
        <translation>Inget uppdrag är öppet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/start_page.py" line="25"/>
        <source>Start a new investigation from a template, or open an engagement file you already have.</source>
        <translation>Börja en ny utredning från en mall, eller öppna en uppdragsfil som du redan har.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/start_page.py" line="31"/>
        <source>New Engagement…</source>
        <translation>Nytt uppdrag…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/start_page.py" line="31"/>
        <source>Open Engagement…</source>
        <translation>Öppna uppdrag…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="92"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/window.py" line="137"/>
        <source>Votes are hidden until the facilitator reveals them.</source>
        <translation>Rösterna är dolda tills utredaren visar dem.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/window.py" line="160"/>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="130"/>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="200"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="133"/>
        <source>{name} — Workshop</source>
        <translation>{name} – Workshop</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="240"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="243"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="259"/>
        <source>What you typed was stored as the latest edit; there is nothing to redo after it.</source>
        <translation>Det du skrev sparades som den senaste ändringen; det finns inget att göra om efter den.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="299"/>
        <source>Could not undo or redo that edit: {reason}</source>
        <translation>Ändringen kunde inte ångras eller göras om: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="303"/>
        <source>{edit}: done. {undo} brings it back.</source>
        <translation>{edit}: klart. {undo} ångrar det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="358"/>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="364"/>
        <source>Close the engagement</source>
        <translation>Stäng uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="359"/>
        <source>A change typed into a form cannot be stored: {reason}

Close anyway and lose it?</source>
        <translation>En ändring i ett formulär kan inte sparas: {reason}

Stänga ändå och förlora den?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/main_window.py" line="365"/>
        <source>The file refused to store a change since it was opened: {reason}

What was typed since then may not be stored, in the file or beside it. Close anyway and lose it?</source>
        <translation>Filen vägrade spara en ändring sedan den öppnades: {reason}

Det som skrivits sedan dess kanske inte är sparat, varken i filen eller bredvid den. Stäng ändå och förlora det?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="75"/>
        <source>Presenter screen</source>
        <translation>Skärm för presentationsvyn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="75"/>
        <source>Show the presenter view on:</source>
        <translation>Visa presentationsvyn på:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="88"/>
        <source>Only one screen is connected ({screen}): the presenter view opens on it. Connect the projector to choose it here.</source>
        <translation>Bara en skärm är ansluten ({screen}): presentationsvyn öppnas på den. Anslut projektorn för att kunna välja den här.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="128"/>
        <source>Projector: {what}</source>
        <translation>Projektorn: {what}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="142"/>
        <source>black</source>
        <translation>mörklagd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="144"/>
        <source>question {position}</source>
        <translation>fråga {position}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="148"/>
        <source>votes hidden ({chart})</source>
        <translation>rösterna dolda ({chart})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="149"/>
        <source>the title page</source>
        <translation>titelsidan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="161"/>
        <source>The projector is blanked: {key} (View → Blank the Projector) shows it to the room.</source>
        <translation>Projektorn är mörklagd: {key} (Visa → Mörklägg projektorn) visar det för deltagarna igen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="26"/>
        <source>Ready for the projector: press F5 (View → Start Presenter View) to show it to the room.</source>
        <translation>Klart för projektorn: tryck F5 (Visa → Starta presentationsvyn) för att visa det för deltagarna.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/controller.py" line="201"/>
        <source>The presenter screen was disconnected; the presenter view is back on this screen (F5 to present).</source>
        <translation>Skärmen för presentationsvyn kopplades från; presentationsvyn visas nu på den här skärmen (F5 för att presentera).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/presenter/window.py" line="61"/>
        <source>Workshop — Presenter</source>
        <translation>Workshop – Presentationsvy</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="25"/>
        <source>due {date}</source>
        <translation>senast {date}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="52"/>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="115"/>
        <source>Earlier open actions: {n}</source>
        <translation>Tidigare öppna åtgärder: {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="53"/>
        <source>Space closes the selected action in this meeting (Alt+K comes here)</source>
        <translation>Blanksteg avslutar den markerade åtgärden i det här mötet (Alt+K flyttar hit)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="57"/>
        <source>A decision, then Enter (Alt+D)</source>
        <translation>Ett beslut, sedan Enter (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="61"/>
        <source>Action item (Alt+T)</source>
        <translation>Åtgärd (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="117"/>
        <source>Alt+K goes to the list; Space closes the selected action.</source>
        <translation>Alt+K går till listan; blanksteg avslutar den markerade åtgärden.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="33"/>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="35"/>
        <source>Pre-study</source>
        <translation>Förstudie</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="36"/>
        <source>Implementation plan</source>
        <translation>Genomförandeplan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="37"/>
        <source>Recommendation &amp; plan</source>
        <translation>Förslag och plan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="54"/>
        <source>The joint recommendation</source>
        <translation>Den samlade rekommendationen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="64"/>
        <source>One proposal per line</source>
        <translation>Ett förslag per rad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="72"/>
        <source>&amp;Recommended alternative</source>
        <translation>Rekommenderat &amp;alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="73"/>
        <source>R&amp;ationale</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="74"/>
        <source>&amp;Proposals for the continued work</source>
        <translation>&amp;Förslag till fortsatt arbete</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="88"/>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="84"/>
        <source>Change the recommendation</source>
        <translation>Ändra rekommendationen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="97"/>
        <source>(no single alternative)</source>
        <translation>(inget enskilt alternativ)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="117"/>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="117"/>
        <source>Points</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="118"/>
        <source>Hea&amp;ding</source>
        <translation>R&amp;ubrik</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="118"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="119"/>
        <source>&amp;Points</source>
        <translation>&amp;Punkter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="137"/>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="64"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="139"/>
        <source>&amp;Phase</source>
        <translation>&amp;Fas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="139"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="140"/>
        <source>E&amp;nd</source>
        <translation>S&amp;lut</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="140"/>
        <source>&amp;Owner</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="141"/>
        <source>&amp;Activities</source>
        <translation>A&amp;ktiviteter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="137"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="137"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="137"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/closing/view.py" line="147"/>
        <source>The phases over time (as printed in the report):</source>
        <translation>Faserna över tid (som i rapporten):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="78"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/panels.py" line="82"/>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="85"/>
        <source>Notes for this item — saved as you type (Alt+N)</source>
        <translation>Anteckningar till punkten – sparas medan du skriver (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="88"/>
        <source>Notes not saved: {why}</source>
        <translation>Anteckningarna sparades inte: {why}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="96"/>
        <source>Follow-up question, then Enter (Alt+U)</source>
        <translation>Följdfråga, sedan Enter (Alt+U)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="413"/>
        <source>Also saved in the catalogue, under “{theme}”.</source>
        <translation>Sparades även i frågekatalogen, under ”{theme}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="97"/>
        <source>Also save in the catalogue</source>
        <translation>Spara även i frågekatalogen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="144"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="88"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="96"/>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="147"/>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="457"/>
        <source>End meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="144"/>
        <source>Back to preparation; the meeting stays open ({key})</source>
        <translation>Tillbaka till förberedelserna; mötet förblir öppet ({key})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="157"/>
        <source>◀ Previous</source>
        <translation>◀ Föregående</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="158"/>
        <source>Go to…</source>
        <translation>Gå till…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="159"/>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="160"/>
        <source>✔ Answered</source>
        <translation>✔ Behandlad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="161"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="162"/>
        <source>Park for later</source>
        <translation>Parkera till senare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="219"/>
        <source>No action item from an earlier meeting is open.</source>
        <translation>Ingen åtgärd från ett tidigare möte är öppen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="314"/>
        <source>approved: changes become addenda</source>
        <translation>justerat: ändringar blir tillägg</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="317"/>
        <source>Free item</source>
        <translation>Fri punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="317"/>
        <source>Follow-up</source>
        <translation>Följdfråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="322"/>
        <source>Hint (only you see this): {hint}</source>
        <translation>Tips (syns bara för dig): {hint}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="342"/>
        <source>Item {item}   Meeting {total}</source>
        <translation>Punkt {item}   Möte {total}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="353"/>
        <source>That was the last item: End meeting (Ctrl+E) when you are done.</source>
        <translation>Det var sista punkten: Avsluta mötet (Ctrl+E) när ni är klara.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="354"/>
        <source>This is the first item.</source>
        <translation>Det här är första punkten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="380"/>
        <source>Go to item</source>
        <translation>Gå till punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="380"/>
        <source>Agenda item:</source>
        <translation>Dagordningspunkt:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="454"/>
        <source>End “{title}”?</source>
        <translation>Avsluta ”{title}”?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/view.py" line="456"/>
        <source>Questions still open or parked: {n}.</source>
        <translation>Frågor som fortfarande är öppna eller parkerade: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="92"/>
        <source>Share of total potential</source>
        <translation>Andel av den samlade potentialen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="123"/>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="241"/>
        <source>{alt} covers {area}</source>
        <translation>{alt} täcker {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="123"/>
        <source>{alt} does not cover {area}</source>
        <translation>{alt} täcker inte {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="131"/>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="53"/>
        <location filename="../../src/workshop/ui/potential/shares.py" line="32"/>
        <location filename="../../src/workshop/ui/report/view.py" line="207"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="170"/>
        <source>A click or Space toggles whether the alternative covers the area.</source>
        <translation>Ett klick eller blanksteg växlar om alternativet täcker området.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="176"/>
        <source>Double-click an area to rename it.</source>
        <translation>Dubbelklicka på ett område för att byta namn på det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="185"/>
        <source>&amp;Alternatives</source>
        <translation>&amp;Alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/view.py" line="35"/>
        <source>Alternatives</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="187"/>
        <source>Add alternative…</source>
        <translation>Lägg till alternativ…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="188"/>
        <source>Remove alternative…</source>
        <translation>Ta bort alternativ…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="241"/>
        <source>{alt} no longer covers {area}</source>
        <translation>{alt} täcker inte längre {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="249"/>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="253"/>
        <source>Add alternative</source>
        <translation>Lägg till alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="270"/>
        <source>Remove {code} — {name}? It has no votes yet. Undo puts it back.</source>
        <translation>Ta bort {code} – {name}? Det har inga röster ännu. Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="271"/>
        <source>Remove {code} — {name} with its vote? Undo puts it back.</source>
        <translation>Ta bort {code} – {name} och dess röst? Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="272"/>
        <source>Remove {code} — {name} with its {n} votes? Undo puts it back.</source>
        <translation>Ta bort {code} – {name} och dess {n} röster? Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="143"/>
        <source>Add alternative {code}</source>
        <translation>Lägg till alternativ {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="274"/>
        <source>Remove alternative</source>
        <translation>Ta bort alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="153"/>
        <source>Remove alternative {code}</source>
        <translation>Ta bort alternativ {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="284"/>
        <source>Area {code}</source>
        <translation>Område {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="134"/>
        <source>Rename area {code}</source>
        <translation>Byt namn på område {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="57"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="162"/>
        <source>Pros</source>
        <translation>Fördelar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="162"/>
        <source>Cons</source>
        <translation>Nackdelar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="130"/>
        <source>Rename {item}</source>
        <translation>Byt namn på {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="133"/>
        <source>Edit the description of {item}</source>
        <translation>Ändra beskrivningen av {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="194"/>
        <source>Edit a point of {item}</source>
        <translation>Ändra en punkt för {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="203"/>
        <source>Add a point to {item}</source>
        <translation>Lägg till en punkt för {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="211"/>
        <source>Remove a point from {item}</source>
        <translation>Ta bort en punkt från {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="201"/>
        <source>Add a pro</source>
        <translation>Lägg till en fördel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="201"/>
        <source>Add a con</source>
        <translation>Lägg till en nackdel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="201"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="196"/>
        <source>Areas covered by each alternative (as in the report&apos;s figure)</source>
        <translation>Områden som varje alternativ täcker (som i rapportens figur)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="228"/>
        <source>Areas: {areas}</source>
        <translation>Områden: {areas}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="24"/>
        <source>A path cannot lead from alternative {code} to itself.</source>
        <translation>Ett vägval kan inte leda från alternativ {code} till sig själv.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="26"/>
        <source>There is already a path {start} → {end}.</source>
        <translation>Det finns redan ett vägval {start} → {end}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="27"/>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="38"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="126"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="27"/>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="39"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="126"/>
        <source>External solution</source>
        <translation>Extern lösning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="41"/>
        <source>There is already an organisation form “{name}”.</source>
        <translation>Det finns redan en organisationsform ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="49"/>
        <source>The scoped-out item</source>
        <translation>Det avgränsade momentet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="51"/>
        <source>“{text}”: say why it is left out (the reason must not be empty).</source>
        <translation>”{text}”: ange varför det avgränsas bort (motivet får inte vara tomt).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="58"/>
        <source>A sub-item</source>
        <translation>Ett delmoment</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="59"/>
        <source>The area already has a sub-item “{name}”.</source>
        <translation>Området har redan ett delmoment ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="67"/>
        <source>That organisation no longer exists.</source>
        <translation>Organisationen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="59"/>
        <source>Path</source>
        <translation>Vägval</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="59"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="143"/>
        <source>What it means</source>
        <translation>Vad det innebär</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="62"/>
        <source>F2 or a double-click edits what a path means.</source>
        <translation>F2 eller dubbelklick ändrar vad ett vägval innebär.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="53"/>
        <source>No path between the alternatives yet: paths are added in {place}.</source>
        <translation>Inga vägval mellan alternativen ännu: vägval läggs till i {place}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="55"/>
        <source>No organisation form yet: forms are added in {place}.</source>
        <translation>Ingen organisationsform ännu: organisationsformer läggs till i {place}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="82"/>
        <source>Paths between the alternatives</source>
        <translation>Tänkbara vägval mellan alternativen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="89"/>
        <source>&amp;Organisation forms</source>
        <translation>&amp;Organisationsformer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="56"/>
        <location filename="../../src/workshop/ui/framework/view.py" line="47"/>
        <source>Organisation forms</source>
        <translation>Organisationsformer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="142"/>
        <source>Describe the path {start} → {end}</source>
        <translation>Beskriv vägvalet {start} → {end}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/view.py" line="36"/>
        <source>Paths &amp;&amp; forms</source>
        <translation>Vägval och organisationsformer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/view.py" line="37"/>
        <source>Criteria voting</source>
        <translation>Röstning på kriterier</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/view.py" line="38"/>
        <source>Preferences</source>
        <translation>Föredragna alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/view.py" line="39"/>
        <source>Robustness</source>
        <translation>Robusthet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="55"/>
        <location filename="../../src/workshop/storage/catalogue.py" line="66"/>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="31"/>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="38"/>
        <source>The theme title</source>
        <translation>Temats rubrik</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/commands.py" line="77"/>
        <source>Add theme “{title}”</source>
        <translation>Lägg till temat ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/commands.py" line="103"/>
        <source>Rename theme “{title}”</source>
        <translation>Byt namn på temat ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/commands.py" line="110"/>
        <source>Move theme</source>
        <translation>Flytta tema</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/commands.py" line="115"/>
        <source>Delete theme “{title}”</source>
        <translation>Ta bort temat ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="131"/>
        <location filename="../../src/workshop/storage/catalogue.py" line="146"/>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="55"/>
        <location filename="../../src/workshop/ui/catalogue/edits.py" line="62"/>
        <source>The question</source>
        <translation>Frågan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/commands.py" line="122"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="109"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="261"/>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/commands.py" line="137"/>
        <source>Edit question</source>
        <translation>Ändra fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/commands.py" line="144"/>
        <source>Move question</source>
        <translation>Flytta fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/commands.py" line="151"/>
        <source>Delete question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/commands.py" line="159"/>
        <source>Import catalogue</source>
        <translation>Importera frågekatalog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="28"/>
        <source>Question catalogues (*.json);;All files (*)</source>
        <translation>Frågekataloger (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="46"/>
        <source>Only you see this, never the room.</source>
        <translation>Syns bara för dig, aldrig för deltagarna.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="79"/>
        <source>Question catalogue</source>
        <translation>Frågekatalog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="81"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="82"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="87"/>
        <source>&amp;Themes</source>
        <translation>&amp;Teman</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="90"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="220"/>
        <source>Add theme</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="91"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="110"/>
        <location filename="../../src/workshop/ui/meetings/view.py" line="116"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="94"/>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="95"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="111"/>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="81"/>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="113"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="97"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="112"/>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="82"/>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="114"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="116"/>
        <source>&amp;Question</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="118"/>
        <source>F&amp;acilitator&apos;s hint (never shown to the room)</source>
        <translation>T&amp;ips till utredaren (visas aldrig för deltagarna)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="193"/>
        <source>Questions of “{theme}”</source>
        <translation>Frågor i ”{theme}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="194"/>
        <source>No theme yet: Add theme adds one (Insert), or Import… brings in a catalogue exported from another engagement.</source>
        <translation>Inga teman ännu: Lägg till tema lägger till ett (Insert), eller så hämtar Importera… en frågekatalog som exporterats från ett annat uppdrag.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="220"/>
        <source>Title of the new theme:</source>
        <translation>Det nya temats rubrik:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="259"/>
        <source>Add a theme first.</source>
        <translation>Lägg till ett tema först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="261"/>
        <source>The question:</source>
        <translation>Frågan:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="300"/>
        <source>Export question catalogue</source>
        <translation>Exportera frågekatalog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="301"/>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="311"/>
        <source>Cannot export the catalogue</source>
        <translation>Det går inte att exportera frågekatalogen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="315"/>
        <source>Import question catalogue</source>
        <translation>Importera frågekatalog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/catalogue/view.py" line="323"/>
        <source>Cannot import the catalogue</source>
        <translation>Det går inte att importera frågekatalogen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="131"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="110"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="114"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="165"/>
        <source>&amp;Pros</source>
        <translation>&amp;Fördelar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="115"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="165"/>
        <source>&amp;Cons</source>
        <translation>Na&amp;ckdelar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="52"/>
        <location filename="../../src/workshop/ui/engagement/view.py" line="96"/>
        <source>Groups of areas and today&apos;s spend</source>
        <translation>Grupper av områden och dagens livscykelutgift</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="84"/>
        <source>No organisation yet. Add organisation… adds each one taking part, with a short code; each becomes a row of the potential grid and a column of the vote grid.</source>
        <translation>Ingen organisation ännu. Lägg till organisation… lägger till var och en som deltar, med en kod; var och en blir en rad i potentialens rutnät och en kolumn i röstningens rutnät.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="87"/>
        <source>Add organisation…</source>
        <translation>Lägg till organisation…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="88"/>
        <source>Remove organisation</source>
        <translation>Ta bort organisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="91"/>
        <source>Organisations taking part</source>
        <translation>Deltagande organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="145"/>
        <source>The title</source>
        <translation>Titeln</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="152"/>
        <source>Edit {field}</source>
        <translation>Ändra {field}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="183"/>
        <location filename="../../src/workshop/ui/engagement/view.py" line="193"/>
        <source>Add organisation</source>
        <translation>Lägg till organisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="253"/>
        <location filename="../../src/workshop/ui/alternatives/info.py" line="284"/>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="156"/>
        <location filename="../../src/workshop/ui/engagement/view.py" line="182"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="193"/>
        <source>Short code (shown where the whole name does not fit):</source>
        <translation>Kod (visas där hela namnet inte får plats):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="47"/>
        <source>Add organisation {name}</source>
        <translation>Lägg till organisationen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="57"/>
        <source>Remove organisation {name}</source>
        <translation>Ta bort organisationen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="75"/>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="58"/>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="83"/>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="113"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="54"/>
        <source>Free item, e.g. “Break”</source>
        <translation>Fri punkt, t.ex. ”Fika”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="94"/>
        <source>Catalogue: Enter on a theme adds all its questions, on a question adds it</source>
        <translation>Frågekatalog: Enter på ett tema lägger till alla dess frågor, på en fråga bara den frågan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="100"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="163"/>
        <source>Add to agenda</source>
        <translation>Lägg till i dagordningen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="201"/>
        <source>“{what}” is on the agenda already.</source>
        <translation>”{what}” finns redan på dagordningen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="206"/>
        <source>1 question already on the agenda was not added again.</source>
        <translation>1 fråga som redan fanns på dagordningen lades inte till igen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="207"/>
        <source>{n} questions already on the agenda were not added again.</source>
        <translation>{n} frågor som redan fanns på dagordningen lades inte till igen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="86"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="227"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="45"/>
        <source>Move organisation {name}</source>
        <translation>Flytta organisationen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="48"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="86"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="164"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="48"/>
        <source>&amp;Short code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/edit.py" line="101"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="84"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="94"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="113"/>
        <location filename="../../src/workshop/ui/people/model.py" line="59"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="70"/>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="387"/>
        <source>Change {name}</source>
        <translation>Ändra {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="81"/>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="395"/>
        <source>Move {name}</source>
        <translation>Flytta {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="84"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="94"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="121"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="86"/>
        <source>&amp;Role</source>
        <translation>R&amp;oll</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="87"/>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="100"/>
        <source>Left out</source>
        <translation>Avgränsas bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="100"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="101"/>
        <source>&amp;Left out</source>
        <translation>&amp;Avgränsas bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="101"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiv</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="115"/>
        <source>Choose an area first.</source>
        <translation>Välj ett område först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="118"/>
        <source>Sub-item</source>
        <translation>Delmoment</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="118"/>
        <source>&amp;Sub-item</source>
        <translation>&amp;Delmoment</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="143"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="143"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="145"/>
        <source>F&amp;rom</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="146"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="147"/>
        <source>&amp;What it means</source>
        <translation>Vad &amp;det innebär</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="150"/>
        <source>path {name}</source>
        <translation>vägvalet {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="162"/>
        <source>Organisation form</source>
        <translation>Organisationsform</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="177"/>
        <source>A scale runs between two whole numbers, e.g. 1 and 4.</source>
        <translation>En skala går mellan två heltal, t.ex. 1 och 4.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="182"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="182"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="184"/>
        <source>&amp;Lowest</source>
        <translation>&amp;Lägst</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="184"/>
        <source>Hi&amp;ghest (best)</source>
        <translation>Hö&amp;gst (bäst)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/view.py" line="41"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/lists.py" line="105"/>
        <location filename="../../src/workshop/storage/store.py" line="274"/>
        <location filename="../../src/workshop/storage/store.py" line="289"/>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="96"/>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="53"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="47"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="84"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="94"/>
        <location filename="../../src/workshop/ui/people/model.py" line="59"/>
        <location filename="../../src/workshop/ui/report/view.py" line="221"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/lists.py" line="134"/>
        <location filename="../../src/workshop/storage/lists.py" line="143"/>
        <source>That person no longer exists (another window or program removed them).</source>
        <translation>Personen finns inte längre (ett annat fönster eller program tog bort den).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="107"/>
        <source>F2 edits a name, role or organisation; the change applies wherever the person attends.</source>
        <translation>F2 ändrar namn, roll eller organisation; ändringen gäller överallt där personen deltar.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="114"/>
        <source>People met before are offered as you type.</source>
        <translation>Personer du mött förut föreslås medan du skriver.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="124"/>
        <source>Add attendee</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="145"/>
        <source>&amp;Kind</source>
        <translation>&amp;Mötestyp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="41"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="146"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="42"/>
        <source>&amp;Client</source>
        <translation>&amp;Beställare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="43"/>
        <source>F&amp;acilitator</source>
        <translation>&amp;Utredare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="44"/>
        <source>Client&apos;s c&amp;ontact</source>
        <translation>&amp;Kontaktperson hos beställaren</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="45"/>
        <source>&amp;Start date</source>
        <translation>&amp;Startdatum</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="46"/>
        <source>Final &amp;meeting</source>
        <translation>Slut&amp;möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/view.py" line="47"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="164"/>
        <source>&amp;Description</source>
        <translation>Beskr&amp;ivning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="147"/>
        <source>&amp;Starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="148"/>
        <source>&amp;Length</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="149"/>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="150"/>
        <source>&amp;Organisations taking part</source>
        <translation>Deltagande or&amp;ganisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/details.py" line="158"/>
        <source>Attendees</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="146"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="55"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="40"/>
        <location filename="../../src/workshop/ui/meetings/details.py" line="217"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="58"/>
        <source>“{status}” is not an action item status.</source>
        <translation>”{status}” är ingen giltig status för en åtgärd.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="31"/>
        <location filename="../../src/workshop/storage/records.py" line="14"/>
        <source>That meeting no longer exists (another window or program removed it); the change was not saved.</source>
        <translation>Mötet finns inte längre (ett annat fönster eller program tog bort det); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="33"/>
        <location filename="../../src/workshop/storage/records.py" line="66"/>
        <source>That person no longer exists (another window or program removed them); the change was not saved.</source>
        <translation>Personen finns inte längre (ett annat fönster eller program tog bort personen); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="35"/>
        <location filename="../../src/workshop/storage/records.py" line="16"/>
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
        <location filename="../../src/workshop/storage/meetings.py" line="123"/>
        <source>“{status}” is not a meeting status.</source>
        <translation>”{status}” är ingen giltig status för ett möte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="130"/>
        <location filename="../../src/workshop/storage/scores.py" line="263"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="46"/>
        <source>That meeting no longer exists.</source>
        <translation>Mötet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="65"/>
        <location filename="../../src/workshop/storage/meetings.py" line="166"/>
        <location filename="../../src/workshop/storage/meetings.py" line="175"/>
        <source>The person&apos;s name</source>
        <translation>Personens namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="99"/>
        <location filename="../../src/workshop/storage/meetings.py" line="114"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="60"/>
        <source>The meeting title</source>
        <translation>Mötets titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="84"/>
        <source>New meeting “{title}”</source>
        <translation>Nytt möte ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="96"/>
        <source>Delete meeting “{title}”</source>
        <translation>Ta bort mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="102"/>
        <source>Edit meeting details</source>
        <translation>Ändra mötesuppgifter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="89"/>
        <source>Reopen meeting</source>
        <translation>Öppna mötet igen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="114"/>
        <source>Change organisations taking part</source>
        <translation>Ändra deltagande organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="132"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="153"/>
        <source>The attendee&apos;s name</source>
        <translation>Deltagarens namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="139"/>
        <source>{name} already attends this meeting.</source>
        <translation>{name} deltar redan i mötet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="140"/>
        <source>Add attendee {name}</source>
        <translation>Lägg till deltagaren {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="148"/>
        <source>Remove attendee</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="140"/>
        <source>Edit attendee {name}</source>
        <translation>Ändra deltagaren {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="163"/>
        <source>Add “{text}” to agenda</source>
        <translation>Lägg till ”{text}” i dagordningen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="169"/>
        <source>Remove agenda item</source>
        <translation>Ta bort dagordningspunkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="175"/>
        <source>Move agenda item</source>
        <translation>Flytta dagordningspunkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="61"/>
        <location filename="../../src/workshop/storage/meetings.py" line="204"/>
        <location filename="../../src/workshop/storage/meetings.py" line="243"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="186"/>
        <source>The agenda item</source>
        <translation>Dagordningspunkten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="181"/>
        <source>Edit agenda item</source>
        <translation>Ändra dagordningspunkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="88"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="110"/>
        <source>Run meeting</source>
        <translation>Genomför mötet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="197"/>
        <source>Mark answered</source>
        <translation>Markera som behandlad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="197"/>
        <source>Skip item</source>
        <translation>Hoppa över punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="197"/>
        <source>Park item</source>
        <translation>Parkera punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="198"/>
        <source>Reopen item</source>
        <translation>Öppna punkten igen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="208"/>
        <source>Add follow-up question</source>
        <translation>Lägg till följdfråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="271"/>
        <location filename="../../src/workshop/storage/meetings.py" line="282"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="215"/>
        <source>The decision</source>
        <translation>Beslutet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="207"/>
        <source>Add decision</source>
        <translation>Lägg till beslut</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="219"/>
        <source>Delete decision</source>
        <translation>Ta bort beslut</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/meetings.py" line="56"/>
        <location filename="../../src/workshop/storage/meetings.py" line="296"/>
        <location filename="../../src/workshop/storage/meetings.py" line="309"/>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="225"/>
        <source>The action item</source>
        <translation>Åtgärden</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="225"/>
        <source>Add action item</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="237"/>
        <source>Delete action item</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="239"/>
        <source>Close action item</source>
        <translation>Avsluta åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/edits.py" line="239"/>
        <source>Reopen action item</source>
        <translation>Öppna åtgärden igen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="21"/>
        <location filename="../../src/workshop/ui/meetings/view.py" line="64"/>
        <source>Work meeting</source>
        <translation>Arbetsmöte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="21"/>
        <source>Joint meeting</source>
        <translation>Gemensamt arbetsmöte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="22"/>
        <source>Steering-group check-in</source>
        <translation>Avstämning med styrgruppen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="32"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="32"/>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="32"/>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="40"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="40"/>
        <source>Answered</source>
        <translation>Behandlad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="40"/>
        <source>Skipped</source>
        <translation>Överhoppad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="41"/>
        <source>Parked</source>
        <translation>Parkerad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="57"/>
        <location filename="../../src/workshop/ui/meetings/model.py" line="46"/>
        <source>free item</source>
        <translation>fri punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="46"/>
        <source>follow-up</source>
        <translation>följdfråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="125"/>
        <location filename="../../src/workshop/ui/meetings/view.py" line="64"/>
        <source>All ({n})</source>
        <translation>Alla ({n})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="131"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="82"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="82"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="205"/>
        <location filename="../../src/workshop/ui/history/view.py" line="82"/>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="82"/>
        <source>Potential scores</source>
        <translation>Potentialpoäng</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="87"/>
        <location filename="../../src/workshop/ui/meetings/model.py" line="131"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="87"/>
        <source>Area / criterion</source>
        <translation>Område / kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="87"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="87"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="88"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="92"/>
        <source>Given in</source>
        <translation>Lämnad vid</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="92"/>
        <source>Score or vote</source>
        <translation>Poäng eller röst</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="95"/>
        <source>Set meeting</source>
        <translation>Ange möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="115"/>
        <source>Organisations over time</source>
        <translation>Organisationer över tid</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="116"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="121"/>
        <source>Its meetings (choose one to see what changed in it):</source>
        <translation>Organisationens möten (välj ett för att se ändringarna):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="129"/>
        <source>Which meeting each of its numbers was given in:</source>
        <translation>Vid vilket möte varje poäng lämnades:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="203"/>
        <source>(no meeting)</source>
        <translation>(inget möte)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="246"/>
        <source>{org} after {meeting} ({date})</source>
        <translation>{org} efter {meeting} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="248"/>
        <source>{org} after the meeting of {date}</source>
        <translation>{org} efter mötet {date}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="250"/>
        <source>{org} after {meeting}</source>
        <translation>{org} efter {meeting}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="226"/>
        <source>No organisation yet: each one taking part is followed here, meeting by meeting, once it has given scores or votes.</source>
        <translation>Ingen organisation ännu: var och en som deltar följs här, möte för möte, när den har lämnat poäng eller röster.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="232"/>
        <source>{org} has no meetings, scores or votes yet: it is followed here, meeting by meeting, once it has given some.</source>
        <translation>{org} har ännu inga möten, poäng eller röster: den följs här, möte för möte, när den har lämnat några.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="263"/>
        <source>No meeting yet.</source>
        <translation>Inget möte ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="269"/>
        <source>{org} gave no scores before this meeting: nothing to compare with.</source>
        <translation>{org} gav inga poäng före det här mötet: inget att jämföra med.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="273"/>
        <source>Changes since {meeting} ({date}):</source>
        <translation>Förändringar sedan {meeting} ({date}):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="278"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="290"/>
        <source>Potential {area}</source>
        <translation>Potential {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="296"/>
        <source>Vote {alt} / {n}</source>
        <translation>Röst {alt} / {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="301"/>
        <source>Preference</source>
        <translation>Föredraget alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="316"/>
        <source>Choose a number first.</source>
        <translation>Välj ett värde först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/history/view.py" line="325"/>
        <source>Set the meeting of {what}</source>
        <translation>Ange mötet för {what}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="166"/>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="191"/>
        <location filename="../../src/workshop/ui/framework/view.py" line="45"/>
        <location filename="../../src/workshop/ui/meetings/model.py" line="131"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/model.py" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="72"/>
        <source>&amp;Details and attendees</source>
        <translation>&amp;Detaljer och deltagare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="73"/>
        <source>A&amp;genda</source>
        <translation>Dag&amp;ordning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="47"/>
        <location filename="../../src/workshop/ui/meetings/view.py" line="109"/>
        <location filename="../../src/workshop/ui/people/model.py" line="59"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="115"/>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="118"/>
        <source>Approve minutes…</source>
        <translation>Justera protokoll…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="119"/>
        <source>Record who approved the minutes, and when</source>
        <translation>Anteckna vem som justerade protokollet, och när</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="132"/>
        <source>No meetings yet. New meeting… (Insert) adds one; give it its organisations and attendees here and its questions from the catalogue in the Agenda tab, then Run meeting.</source>
        <translation>Inga möten än. Nytt möte… (Insert) lägger till ett; ge det organisationer och deltagare här och frågor ur katalogen på fliken Dagordning, och välj sedan Genomför mötet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="268"/>
        <source>“{title}” was held and now runs again ({undo} undoes that).</source>
        <translation>”{title}” hade hållits och pågår nu igen ({undo} ångrar det).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="271"/>
        <source>“{title}” was planned for {planned} and is held now: it starts {now} ({undo} undoes that).</source>
        <translation>”{title}” var planerat till {planned} och hålls nu: det börjar {now} ({undo} ångrar det).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="121"/>
        <source>Run meeting ▶</source>
        <translation>Genomför mötet ▶</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="197"/>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="197"/>
        <source>Title of the meeting:</source>
        <translation>Mötets titel:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="233"/>
        <source>“{title}” has not been held yet: its minutes can be approved once it has.</source>
        <translation>”{title}” har inte hållits än: protokollet kan justeras när mötet har hållits.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="246"/>
        <source>Choose the meeting to run in the list (or add one with “New meeting…”).</source>
        <translation>Välj i listan vilket möte som ska hållas (eller lägg till ett med ”Nytt möte…”).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/view.py" line="251"/>
        <source>The agenda is empty: add questions or free items first.</source>
        <translation>Dagordningen är tom: lägg först till frågor eller fria punkter.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="59"/>
        <source>Potential per area — all organisations</source>
        <translation>Potential per område – alla organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="60"/>
        <source>Potential per area — {org}</source>
        <translation>Potential per område – {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="82"/>
        <source>Other organisations</source>
        <translation>Övriga organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/summary.py" line="112"/>
        <source>Median of all organisations</source>
        <translation>Median för alla organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/summary.py" line="112"/>
        <source>Median of {n} organisations</source>
        <translation>Median för {n} organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="120"/>
        <location filename="../../src/workshop/ui/potential/charts.py" line="89"/>
        <source>{n} organisations</source>
        <translation>{n} organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/gaps.py" line="20"/>
        <source>{name} (not scored)</source>
        <translation>{name} (ej bedömd)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/gaps.py" line="20"/>
        <source>{name} (partly scored)</source>
        <translation>{name} (delvis bedömd)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="90"/>
        <source>{total} organisations, 1 not scored</source>
        <translation>{total} organisationer, 1 ej bedömd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="91"/>
        <source>{total} organisations, {n} not scored</source>
        <translation>{total} organisationer, {n} ej bedömda</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/gaps.py" line="21"/>
        <source>{name} (no votes)</source>
        <translation>{name} (inga röster)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/gaps.py" line="21"/>
        <source>{name} (votes missing)</source>
        <translation>{name} (röster saknas)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="117"/>
        <source>Share of potential vs share of today&apos;s spend, per group</source>
        <translation>Andel av potentialen jämfört med andel av dagens livscykelutgift, per grupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="30"/>
        <location filename="../../src/workshop/domain/validation.py" line="49"/>
        <source>{what}: expected a whole number, got {value!r}.</source>
        <translation>{what}: ska vara ett heltal, inte {value!r}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="36"/>
        <source>{what}: expected a whole number, got {value}.</source>
        <translation>{what}: ska vara ett heltal, inte {value}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="43"/>
        <source>{what}: “{text}” is not a whole number.</source>
        <translation>{what}: ”{text}” är inte ett heltal.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="57"/>
        <source>{what} must be between {low} and {high}; {value} is outside.</source>
        <translation>{what} måste vara mellan {low} och {high}; {value} ligger utanför.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="66"/>
        <location filename="../../src/workshop/ui/history/view.py" line="275"/>
        <location filename="../../src/workshop/ui/potential/charts.py" line="128"/>
        <location filename="../../src/workshop/ui/potential/model.py" line="209"/>
        <location filename="../../src/workshop/ui/potential/shares.py" line="32"/>
        <location filename="../../src/workshop/ui/report/view.py" line="207"/>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="86"/>
        <source>{what} must not be empty.</source>
        <translation>{what} måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="88"/>
        <source>{what} must not be empty: it begins with a NUL character (U+0000).</source>
        <translation>{what} får inte vara tom: den börjar med ett NUL-tecken (U+0000).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="103"/>
        <source>{what} “{name}” already exists.</source>
        <translation>{what} ”{name}” finns redan.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="122"/>
        <source>A criterion&apos;s scale: expected whole numbers, got {value!r}.</source>
        <translation>Ett kriteriums skala ska anges i heltal, inte {value!r}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="124"/>
        <source>A criterion&apos;s scale must run upwards over {least} to {most} steps between -{limit} and {limit}; {low}–{high} does not.</source>
        <translation>Ett kriteriums skala ska gå uppåt i {least} till {most} steg mellan -{limit} och {limit}; {low}–{high} gör inte det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="132"/>
        <source>Criterion number</source>
        <translation>Kriteriets nummer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="138"/>
        <source>A meeting lasts from 1 to {most} minutes; {minutes} is outside.</source>
        <translation>Ett möte varar 1 till {most} minuter; {minutes} ligger utanför.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="148"/>
        <source>Weight: “{weight}” is not a number.</source>
        <translation>Vikt: ”{weight}” är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="150"/>
        <source>Weight must be a finite number.</source>
        <translation>Vikten måste vara ett ändligt tal.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="152"/>
        <source>Weight must not be negative.</source>
        <translation>Vikten får inte vara negativ.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="154"/>
        <source>Weight must be at most {most}.</source>
        <translation>Vikten får vara högst {most}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="182"/>
        <source>{what} must be between 0 and 100 %; {value} % is outside.</source>
        <translation>{what} måste vara mellan 0 och 100 %; {value} % ligger utanför.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="162"/>
        <location filename="../../src/workshop/storage/store.py" line="378"/>
        <source>At least one criterion weight must be above zero.</source>
        <translation>Minst ett kriterium måste ha en vikt över noll.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="179"/>
        <source>{what}: “{text}” is not a percentage.</source>
        <translation>{what}: ”{text}” är ingen procentsats.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/charts.py" line="129"/>
        <location filename="../../src/workshop/ui/potential/shares.py" line="32"/>
        <location filename="../../src/workshop/ui/report/view.py" line="207"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="42"/>
        <source>Typed directly (0–100)</source>
        <translation>Anges direkt (0–100)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="43"/>
        <source>From factors: will × benefit × ability</source>
        <translation>Från faktorer: vilja × nytta × förmåga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="47"/>
        <source>scale 0–</source>
        <translation>skala 0–</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="55"/>
        <source>&amp;Scores:</source>
        <translation>&amp;Poäng:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="81"/>
        <source>Type will, benefit and ability, e.g. “{example}”; potential = 100 × product / {s}³.</source>
        <translation>Ange vilja, nytta och förmåga, t.ex. ”{example}”; potential = 100 × produkten / {s}³.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="83"/>
        <source>Type a number from 0 to 100; Delete clears a cell (no score).</source>
        <translation>Ange ett tal från 0 till 100; Delete tömmer cellen (ingen poäng).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="92"/>
        <source>Change how potential is scored</source>
        <translation>Ändra hur potentialen poängsätts</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="112"/>
        <location filename="../../src/workshop/ui/potential/details.py" line="148"/>
        <source>Select a cell to write its r&amp;ationale.</source>
        <translation>Markera en cell för att skriva &amp;motiveringen till den.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="116"/>
        <source>Rationale for this score (optional)</source>
        <translation>Motivering till poängen (valfritt)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/details.py" line="141"/>
        <source>R&amp;ationale: {org}, {code}. {area}</source>
        <translation>&amp;Motivering: {org}, {code}. {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/potential.py" line="27"/>
        <source>The factor scale must be at least 1.</source>
        <translation>Skalan för faktorerna måste vara minst 1.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/potential.py" line="28"/>
        <location filename="../../src/workshop/ui/potential/model.py" line="52"/>
        <source>Will</source>
        <translation>Vilja</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/potential.py" line="28"/>
        <location filename="../../src/workshop/ui/potential/model.py" line="52"/>
        <source>Benefit</source>
        <translation>Nytta</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/potential.py" line="28"/>
        <location filename="../../src/workshop/ui/potential/model.py" line="52"/>
        <source>Ability</source>
        <translation>Förmåga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/potential.py" line="30"/>
        <source>{name} must be a whole number between 0 and {scale}.</source>
        <translation>{name} måste vara ett heltal mellan 0 och {scale}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="50"/>
        <source>Type three factors — will, benefit, ability — each 0–{scale}, e.g. “{example}”.</source>
        <translation>Ange tre faktorer – vilja, nytta, förmåga – var och en 0–{scale}, t.ex. ”{example}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="168"/>
        <source>No score yet.</source>
        <translation>Ingen poäng ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="170"/>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="100"/>
        <source>Will {w} · benefit {b} · ability {a} (scale 0–{s})</source>
        <translation>Vilja {w} · nytta {b} · förmåga {a} (skala 0–{s})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="212"/>
        <source>{org}, area {area}: {problem}</source>
        <translation>{org}, område {area}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="216"/>
        <source>Set potential of {org} for {area}</source>
        <translation>Ange potential för {org}, område {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/model.py" line="246"/>
        <source>Set rationale of {org} for {area}</source>
        <translation>Ange motivering för {org}, område {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="53"/>
        <location filename="../../src/workshop/ui/potential/shares.py" line="32"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="53"/>
        <source>Share today</source>
        <translation>Andel idag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/shares.py" line="46"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="233"/>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="234"/>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="74"/>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="155"/>
        <location filename="../../src/workshop/ui/potential/view.py" line="75"/>
        <location filename="../../src/workshop/ui/potential/view.py" line="78"/>
        <source>Show on projector</source>
        <translation>Visa på projektorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="80"/>
        <source>Show the chart in view on the presenter screen (the radar, or the shares on their tab); it follows every edit.</source>
        <translation>Visar diagrammet som syns här (radardiagrammet, eller andelarna på deras flik) på presentationsskärmen; det uppdateras vid varje ändring.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="105"/>
        <source>Potential per organisation and area (0–100, 3–5 years ahead)</source>
        <translation>Potential per organisation och område (0–100, 3–5 år framåt)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="120"/>
        <source>&amp;Radar:</source>
        <translation>Radar&amp;diagram:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="125"/>
        <source>Radar</source>
        <translation>Radardiagram</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="125"/>
        <source>Shares</source>
        <translation>Andelar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="137"/>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="171"/>
        <source>Add the organisations taking part and the areas of concern in the Engagement view first: each organisation gets a row here, each area a column.</source>
        <translation>Lägg först till de deltagande organisationerna och områdena i vyn Uppdrag: varje organisation får en rad här, varje område en kolumn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="174"/>
        <source>Add the organisations taking part in the Engagement view first: each gets a row here.</source>
        <translation>Lägg först till de deltagande organisationerna i vyn Uppdrag: var och en får en rad här.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="176"/>
        <source>Add the areas of concern in the Engagement view first: each gets a column here.</source>
        <translation>Lägg först till områdena i vyn Uppdrag: vart och ett får en kolumn här.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/merging.py" line="64"/>
        <source>{subject}, {field}: {here} here, {there} there</source>
        <translation>{subject}, {field}: {here} här, {there} där</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/missing.py" line="57"/>
        <location filename="../../src/workshop/ui/potential/view.py" line="192"/>
        <source> and {n} more</source>
        <translation> och {n} till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/merging.py" line="70"/>
        <source>{shown} and {n} more</source>
        <translation>{shown} och {n} till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/merging.py" line="72"/>
        <source>{subject}: {here} here, {there} there ({details})</source>
        <translation>{subject}: {here} här, {there} där ({details})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/merging.py" line="73"/>
        <source>{subject}: {here} here, {there} there</source>
        <translation>{subject}: {here} här, {there} där</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/merging.py" line="113"/>
        <source>{subject} added there is now “{new}”: another one with “{old}” was added here</source>
        <translation>{subject} som lades till där heter nu ”{new}”: en annan med ”{old}” lades till här</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/merging.py" line="115"/>
        <source>{subject} added here is now “{new}”: another one with “{old}” was added there</source>
        <translation>{subject} som lades till här heter nu ”{new}”: en annan med ”{old}” lades till där</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/potential/view.py" line="193"/>
        <source>No score yet ({n}): {cells}{more}. Sums count them as nothing.</source>
        <translation>Ingen poäng ännu ({n}): {cells}{more}. De räknas som noll i summorna.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="96"/>
        <location filename="../../src/workshop/ui/report/view.py" line="148"/>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="38"/>
        <location filename="../../src/workshop/ui/room/view.py" line="158"/>
        <source>Preferred alternative</source>
        <translation>Föredraget alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="96"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="114"/>
        <source>{org}: “{text}” is not an alternative ({codes}).</source>
        <translation>{org}: ”{text}” är inte ett alternativ ({codes}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="122"/>
        <source>{org}: choose the preferred alternative before its comment.</source>
        <translation>{org}: välj föredraget alternativ innan du skriver kommentaren.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="130"/>
        <source>Preference of {org}</source>
        <translation>Föredraget alternativ för {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="172"/>
        <source>Preferred alternative per organisation</source>
        <translation>Föredraget alternativ per organisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="241"/>
        <source>Each organisation&apos;s preferred alternative, with its reasons</source>
        <translation>Varje organisations föredragna alternativ, med motivering</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="267"/>
        <source>Add the organisations taking part first, in the Engagement view: each states its preference here.</source>
        <translation>Lägg först till de deltagande organisationerna i vyn Uppdrag: var och en anger sitt föredragna alternativ här.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="270"/>
        <source>Add the alternatives first, in the Alternatives tab: each organisation chooses one of them here.</source>
        <translation>Lägg först till alternativen på fliken Alternativ: varje organisation väljer ett av dem här.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="110"/>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="204"/>
        <source>{orgs} has not stated a preference yet.</source>
        <translation>{orgs} har ännu inte angett vilket alternativ den föredrar.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="111"/>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="205"/>
        <source>{orgs} have not stated a preference yet.</source>
        <translation>{orgs} har ännu inte angett vilket alternativ de föredrar.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="93"/>
        <location filename="../../src/workshop/ui/alternatives/preferences.py" line="203"/>
        <source>{n} more</source>
        <translation>{n} till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="227"/>
        <source>No group of areas yet: they are added in the {view} view.</source>
        <translation>Inga grupper av områden ännu: de läggs till i vyn {view}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="229"/>
        <source>No alternative yet: they are added in {view} → Alternatives.</source>
        <translation>Inga alternativ ännu: de läggs till i {view} → Alternativ.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="231"/>
        <source>No organisation has said which alternative it prefers yet ({view} → Preferences).</source>
        <translation>Ingen organisation har ännu sagt vilket alternativ den föredrar ({view} → Föredragna alternativ).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="40"/>
        <source>Engagement report (PDF)…</source>
        <translation>Rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="41"/>
        <source>Minutes of a meeting (PDF)…</source>
        <translation>Protokoll från ett möte (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="42"/>
        <source>Pre-read of a meeting (PDF)…</source>
        <translation>Underlag inför ett möte (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="43"/>
        <source>Data as Excel workbook…</source>
        <translation>Data som Excel-arbetsbok…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="44"/>
        <source>Data as CSV files…</source>
        <translation>Data som CSV-filer…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="45"/>
        <source>Engagement as JSON…</source>
        <translation>Uppdraget som JSON…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="136"/>
        <source>Results and report</source>
        <translation>Resultat och rapport</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="248"/>
        <source>Written now, it is the final report: every meeting is held, everything is scored and the recommendation written.</source>
        <translation>Skrivs den nu blir det slutrapporten: alla möten är genomförda, allt är bedömt och rekommendationen är formulerad.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="260"/>
        <source>Not every organisation has assessed the potential of every area yet.</source>
        <translation>Alla organisationer har inte bedömt potentialen i alla områden ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="263"/>
        <source>Not every alternative is scored on every criterion yet.</source>
        <translation>Alla alternativ har inte poäng på alla kriterier ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="261"/>
        <source>No organisation has assessed the potential yet.</source>
        <translation>Ingen organisation har bedömt potentialen ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="264"/>
        <source>No alternative has scores yet.</source>
        <translation>Inget alternativ har poäng ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="251"/>
        <source>Written now, it is an interim report, dated today.</source>
        <translation>Skrivs den nu blir det en delrapport, daterad i dag.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="255"/>
        <source>{held} of 1 meeting held.</source>
        <translation>{held} av 1 möte är genomfört.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="255"/>
        <source>{held} of {n} meetings held.</source>
        <translation>{held} av {n} möten är genomförda.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="258"/>
        <source>1 meeting under way.</source>
        <translation>1 möte pågår.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="258"/>
        <source>{n} meetings under way.</source>
        <translation>{n} möten pågår.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="253"/>
        <source>No meetings yet.</source>
        <translation>Inga möten ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="266"/>
        <source>No recommendation written yet.</source>
        <translation>Ingen rekommendation är formulerad ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="140"/>
        <source>Potential compared with today</source>
        <translation>Potential jämfört med idag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="143"/>
        <source>Criteria: agreed scores, sums and ranks</source>
        <translation>Kriterier: överenskomna poäng, summor och placeringar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="146"/>
        <source>How robust is the ranking?</source>
        <translation>Hur robust är rangordningen?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="154"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="53"/>
        <location filename="../../src/workshop/ui/report/view.py" line="213"/>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="186"/>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="264"/>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="146"/>
        <location filename="../../src/workshop/ui/potential/shares.py" line="32"/>
        <location filename="../../src/workshop/ui/report/view.py" line="213"/>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="146"/>
        <location filename="../../src/workshop/ui/report/view.py" line="213"/>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/report/view.py" line="221"/>
        <source>Prefers</source>
        <translation>Föredrar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="94"/>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="30"/>
        <source>{first} and {last}</source>
        <translation>{first} och {last}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="39"/>
        <source>No sole winner: {leaders} tie for first with {points} points.</source>
        <translation>Ingen ensam vinnare: {leaders} delar förstaplatsen med {points} poäng.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="36"/>
        <source>No alternative has an agreed score on every criterion yet.</source>
        <translation>Inget alternativ har överenskommen poäng på alla kriterier ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="42"/>
        <source>{winner} is the only alternative scored on every criterion so far.</source>
        <translation>{winner} är hittills det enda alternativ som har poäng på alla kriterier.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="80"/>
        <source>{others} is not scored on every criterion yet and is not compared.</source>
        <translation>{others} har ännu inte poäng på alla kriterier och jämförs inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="81"/>
        <source>{others} are not scored on every criterion yet and are not compared.</source>
        <translation>{others} har ännu inte poäng på alla kriterier och jämförs inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="46"/>
        <source>{winner} is the only alternative.</source>
        <translation>{winner} är det enda alternativet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="48"/>
        <source>{winner} is the only alternative scored so far; {others} has no agreed score yet.</source>
        <translation>{winner} är det enda alternativ som har poäng hittills; {others} har ännu ingen överenskommen poäng.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="50"/>
        <source>{winner} is the only alternative scored so far; {others} have no agreed scores yet.</source>
        <translation>{winner} är det enda alternativ som har poäng hittills; {others} har ännu inga överenskomna poäng.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="52"/>
        <source>{winner} leads with {points} points, {margin} point ahead of {runners}.</source>
        <translation>{winner} leder med {points} poäng, {margin} poäng före {runners}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="53"/>
        <source>{winner} leads with {points} points, {margin} points ahead of {runners}.</source>
        <translation>{winner} leder med {points} poäng, {margin} poäng före {runners}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="63"/>
        <source>Any of the changes listed below would decide it.</source>
        <translation>Vilken som helst av ändringarna nedan skulle avgöra saken.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="68"/>
        <source>Fragile: one organisation moving one vote by one step would end the lead (1 such vote).</source>
        <translation>Sårbart: om en organisation flyttar en röst ett steg bryts ledningen (1 sådan röst).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="69"/>
        <source>Fragile: one organisation moving one vote by one step would end the lead ({n} such votes).</source>
        <translation>Sårbart: om en organisation flyttar en röst ett steg bryts ledningen ({n} sådana röster).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="70"/>
        <source>Robust to any single vote moving by one step.</source>
        <translation>Robust: ledningen håller även om en enskild röst flyttas ett steg.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="84"/>
        <source>{others} has no agreed score yet and is not compared.</source>
        <translation>{others} har ännu ingen överenskommen poäng och jämförs inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="85"/>
        <source>{others} have no agreed scores yet and are not compared.</source>
        <translation>{others} har ännu inga överenskomna poäng och jämförs inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="46"/>
        <source>A tie for first counts as losing the lead: the winner must be first alone. Margins are in agreed-score points (weights rescaled to average 1).</source>
        <translation>Delad förstaplats räknas som förlorad ledning: vinnaren måste vara ensam etta. Marginalerna anges i överenskomna poäng (vikterna omräknade till medelvärdet 1).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="53"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="182"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="53"/>
        <source>Vote now</source>
        <translation>Röst nu</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="54"/>
        <source>Moved to</source>
        <translation>Flyttad till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="54"/>
        <source>Then first</source>
        <translation>Då leder</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="69"/>
        <source>Show sums on projector</source>
        <translation>Visa summorna på projektorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="80"/>
        <source>Single votes that would change the result (each moved by one step)</source>
        <translation>Enskilda röster som skulle ändra resultatet (var och en flyttad ett steg)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="100"/>
        <source>Weights: all criteria weigh the same.</source>
        <translation>Vikter: alla kriterier väger lika.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="103"/>
        <source>Weights: {list}.</source>
        <translation>Vikter: {list}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="107"/>
        <source>tie: {leaders}</source>
        <translation>delad: {leaders}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="116"/>
        <source>Smallest weight change: a weight of {new} instead of {old} on criterion {n} would make {challenger} tie with {winner}.</source>
        <translation>Minsta viktändring: vikten {new} i stället för {old} på kriterium {n} skulle ge {challenger} samma summa som {winner}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="121"/>
        <source>No change of a single weight can end the lead.</source>
        <translation>Ingen ändring av en enskild vikt kan bryta ledningen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="129"/>
        <source>1 vote is missing; agreed scores use the votes given.</source>
        <translation>1 röst saknas; de överenskomna poängen bygger på de röster som har lämnats.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="130"/>
        <source>{n} votes are missing; agreed scores use the votes given.</source>
        <translation>{n} röster saknas; de överenskomna poängen bygger på de röster som har lämnats.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/robustness.py" line="134"/>
        <source>Set by hand (votes cannot move these): {cells}.</source>
        <translation>Satta för hand (rösterna kan inte ändra dessa): {cells}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="48"/>
        <source>Agreed scores per criterion — all alternatives</source>
        <translation>Överenskomna poäng per kriterium – alla alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="49"/>
        <source>Alternative {code} — scores per criterion</source>
        <translation>Alternativ {code} – poäng per kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="99"/>
        <source>{code}, agreed</source>
        <translation>{code}, överenskommen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="133"/>
        <source>Share of the total potential covered</source>
        <translation>Andel av den samlade potentialen som täcks</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="134"/>
        <source>Criteria sum (feasibility)</source>
        <translation>Kriteriesumma (genomförbarhet)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="140"/>
        <location filename="../../src/workshop/ui/alternatives/voting/projector.py" line="59"/>
        <source>Alternatives: potential against feasibility</source>
        <translation>Alternativ: potential mot genomförbarhet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="167"/>
        <source>Criteria sum</source>
        <translation>Kriteriesumma</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="174"/>
        <location filename="../../src/workshop/ui/alternatives/voting/projector.py" line="68"/>
        <source>Criteria sums per alternative</source>
        <translation>Kriteriesummor per alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="246"/>
        <source>{title}

Votes are hidden until the facilitator reveals them.
{given} of 1 vote is in.</source>
        <translation>{title}

Rösterna är dolda tills utredaren visar dem.
{given} av 1 röst har kommit in.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/charts.py" line="248"/>
        <source>{title}

Votes are hidden until the facilitator reveals them.
{given} of {n} votes are in.</source>
        <translation>{title}

Rösterna är dolda tills utredaren visar dem.
{given} av {n} röster har kommit in.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="201"/>
        <source>no vote</source>
        <translation>ingen röst</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="202"/>
        <source>{org} on {alt}, criterion {n}: {vote}
{text}</source>
        <translation>{org} om {alt}, kriterium {n}: {vote}
{text}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="205"/>
        <source>Rationale: {text}</source>
        <translation>Motivering: {text}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="212"/>
        <source>Set by the facilitator.</source>
        <translation>Satt av utredaren.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="185"/>
        <source>Lowest–highest of 1 vote</source>
        <translation>Lägsta–högsta av 1 röst</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="186"/>
        <source>Lowest–highest of {n} votes</source>
        <translation>Lägsta–högsta av {n} röster</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="216"/>
        <source>Median of 1 vote.</source>
        <translation>Median av 1 röst.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="216"/>
        <source>Median of {n} votes.</source>
        <translation>Median av {n} röster.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="218"/>
        <source>No votes yet.</source>
        <translation>Inga röster ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="220"/>
        <source>No vote from: {names}</source>
        <translation>Ingen röst från: {names}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="256"/>
        <source>Spread</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="256"/>
        <source>Agreed</source>
        <translation>Överens-
kommen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="260"/>
        <source>Lowest–highest vote</source>
        <translation>Lägsta–högsta röst</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="261"/>
        <source>The median of the votes, unless set by hand (✎)</source>
        <translation>Medianen av rösterna, om den inte har satts för hand (✎)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="269"/>
        <source>{text} (scale {low}–{high}, {high} is best)</source>
        <translation>{text} (skala {low}–{high}, {high} är bäst)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="291"/>
        <source>{org}, {alt}, criterion {n}</source>
        <translation>{org}, {alt}, kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="292"/>
        <location filename="../../src/workshop/ui/history/view.py" line="275"/>
        <source>Vote</source>
        <translation>Röst</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="304"/>
        <source>Vote of {where}</source>
        <translation>Röst för {where}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="90"/>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="309"/>
        <source>Choose an organisation&apos;s vote first.</source>
        <translation>Välj en organisations röst först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="315"/>
        <source>{org} has no vote on {alt}, criterion {n}: vote before giving the rationale.</source>
        <translation>{org} har ingen röst på {alt}, kriterium {n}: rösta innan motiveringen anges.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="322"/>
        <source>Rationale of {org}&apos;s vote on {alt}, criterion {n}</source>
        <translation>Motivering till {org}s röst på {alt}, kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="344"/>
        <source>{alt}, criterion {n}</source>
        <translation>{alt}, kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="345"/>
        <source>Agreed score</source>
        <translation>Överenskommen poäng</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="355"/>
        <source>Agreed score of {where}</source>
        <translation>Överenskommen poäng för {where}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/model.py" line="355"/>
        <source>Agreed score of {where} back to the median</source>
        <translation>Överenskommen poäng för {where} tillbaka till medianen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="133"/>
        <source>Not every criterion has an agreed score yet: the sum adds the {n} of {total} that have one, and the alternative is ranked once all have one.</source>
        <translation>Alla kriterier har ännu inte någon överenskommen poäng: summan lägger ihop de {n} av {total} som har en, och alternativet får en placering när alla har det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="136"/>
        <source>No criterion has an agreed score yet: no sum and no rank.</source>
        <translation>Inget kriterium har någon överenskommen poäng ännu: ingen summa och ingen placering.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/sums.py" line="25"/>
        <source>{sum} ({n} of {total})</source>
        <translation>{sum} ({n} av {total})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="146"/>
        <source>Weighted</source>
        <translation>Viktad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="151"/>
        <source>Equal weights: the same as the sum</source>
        <translation>Lika vikter: samma som summan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="152"/>
        <source>Each agreed score times its criterion&apos;s weight</source>
        <translation>Varje överenskommen poäng gånger kriteriets vikt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="160"/>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="215"/>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="162"/>
        <source>Weights (optional): each agreed score times its criterion&apos;s weight gives the weighted sum. Type a number (0 or more) in the criterion&apos;s column.</source>
        <translation>Vikter (valfritt): varje överenskommen poäng gånger kriteriets vikt ger den viktade summan. Skriv ett tal (0 eller mer) i kriteriets kolumn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="230"/>
        <source>A weight cannot be empty; type 1 for the default.</source>
        <translation>En vikt får inte vara tom; ange 1 för standardvärdet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="233"/>
        <source>Criterion {n}: {problem}</source>
        <translation>Kriterium {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results.py" line="237"/>
        <source>Weight of criterion {n}</source>
        <translation>Vikt för kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/table.py" line="102"/>
        <source>“{text}” is not a vote: type a digit from {low} to {high}; Delete leaves the cell empty (no vote).</source>
        <translation>”{text}” är ingen röst: ange en siffra från {low} till {high}; Delete lämnar cellen tom (ingen röst).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="73"/>
        <source>Double-click a criterion to change its wording.</source>
        <translation>Dubbelklicka på ett kriterium för att ändra dess formulering.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="272"/>
        <source>All alternatives side by side</source>
        <translation>Alla alternativ sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="121"/>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="240"/>
        <source>Reveal votes to the room</source>
        <translation>Visa rösterna för deltagarna</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="124"/>
        <source>Until revealed, the projector shows only how many votes are in.</source>
        <translation>Innan rösterna visas, visar projektorn bara hur många röster som har kommit in.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="126"/>
        <source>Agreed result only (anonymised)</source>
        <translation>Bara överenskommet (anonymt)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="128"/>
        <source>Each organisation&apos;s votes</source>
        <translation>Varje organisations röster</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="136"/>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="319"/>
        <source>Equal weights</source>
        <translation>Lika vikter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="139"/>
        <source>Add criterion…</source>
        <translation>Lägg till kriterium…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="142"/>
        <source>Remove criterion…</source>
        <translation>Ta bort kriterium…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="145"/>
        <source>Rationale of vote…</source>
        <translation>Motivera röst…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="147"/>
        <source>Why the organisation gave the selected vote (shown in the minutes).</source>
        <translation>Varför organisationen gav den markerade rösten (visas i protokollet).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="149"/>
        <source>Votes on projector</source>
        <translation>Röster på projektorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="159"/>
        <source>Voting &amp;on:</source>
        <translation>Röstning &amp;om:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="167"/>
        <source>Projector shows:</source>
        <translation>Projektorn visar:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="176"/>
        <source>Type each organisation&apos;s vote (a digit); arrows move; Delete leaves no vote. Typing in “Agreed” sets the score by hand, with a comment.</source>
        <translation>Ange varje organisations röst (en siffra); piltangenterna flyttar; Delete tar bort rösten. Att skriva i ”Överenskommen” sätter poängen för hand, med en kommentar.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="195"/>
        <source>Votes per criterion</source>
        <translation>Röster per kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="195"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results_pane.py" line="115"/>
        <source>Result: agreed score per criterion, sum and rank</source>
        <translation>Resultat: överenskommen poäng per kriterium, summa och placering</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="205"/>
        <source>Potential and feasibility</source>
        <translation>Potential och genomförbarhet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/view.py" line="240"/>
        <source>Votes revealed</source>
        <translation>Rösterna visas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="35"/>
        <source>Add criterion</source>
        <translation>Lägg till kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="52"/>
        <source>Remove criterion {n}? Votes on it: {votes}. Undo puts it back.</source>
        <translation>Ta bort kriterium {n}? Röster på det: {votes}. Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/missing.py" line="42"/>
        <source>Add the criteria first (“Add criterion…” above): each is a row of the grid.</source>
        <translation>Lägg först till kriterierna (”Lägg till kriterium…” ovan): vart och ett blir en rad i rutnätet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/missing.py" line="43"/>
        <source>Add the alternatives first, in the Alternatives tab: each is voted on here.</source>
        <translation>Lägg först till alternativen, under fliken Alternativ: vart och ett röstas om här.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/missing.py" line="45"/>
        <source>Add the organisations taking part first, in the Engagement view: each votes in a column.</source>
        <translation>Lägg först till de deltagande organisationerna, i vyn Uppdrag: var och en röstar i en kolumn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="98"/>
        <source>Why did {org} give {alt}, criterion {n} ({criterion}) a {value}?</source>
        <translation>Varför gav {org} {alt}, kriterium {n} ({criterion}) värdet {value}?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="99"/>
        <source>Why did {org} vote as it did on {alt}, criterion {n} ({criterion})?</source>
        <translation>Varför röstade {org} som den gjorde på {alt}, kriterium {n} ({criterion})?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="100"/>
        <source>Reason for the vote</source>
        <translation>Motivering till rösten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="194"/>
        <source>Add criterion {n}</source>
        <translation>Lägg till kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="47"/>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="53"/>
        <source>Remove criterion</source>
        <translation>Ta bort kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="47"/>
        <source>Criterion:</source>
        <translation>Kriterium:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="204"/>
        <source>Remove criterion {n}</source>
        <translation>Ta bort kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="63"/>
        <source>Criterion {n}</source>
        <translation>Kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="35"/>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="63"/>
        <source>Wording:</source>
        <translation>Formulering:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="220"/>
        <source>Reword criterion {n}</source>
        <translation>Formulera om kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/missing.py" line="58"/>
        <source>Missing votes ({n}): {list}{more}. Agreed scores use the votes given.</source>
        <translation>Saknade röster ({n}): {list}{more}. De överenskomna poängen bygger på de röster som har lämnats.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results_pane.py" line="102"/>
        <source>All criteria weigh the same: the rank follows the plain sum.</source>
        <translation>Alla kriterier väger lika: placeringen följer den vanliga summan.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/results_pane.py" line="103"/>
        <source>Criteria are weighted: the rank follows the weighted sum.</source>
        <translation>Kriterierna är viktade: placeringen följer den viktade summan.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="76"/>
        <source>Agreed score set by hand</source>
        <translation>Överenskommen poäng satt för hand</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/voting/grid_edits.py" line="77"/>
        <source>{alt}, criterion {n}: the room agrees on {value} (median of the votes: {median}). Why?</source>
        <translation>{alt}, kriterium {n}: deltagarna enas om {value} (medianen av rösterna: {median}). Varför?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/language_menu.py" line="22"/>
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/language_menu.py" line="43"/>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/language_menu.py" line="49"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/language_menu.py" line="49"/>
        <source>The new language is used the next time Workshop starts.</source>
        <translation>Det nya språket används nästa gång Workshop startas.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/language_menu.py" line="94"/>
        <source>&amp;Documents and Projector Language</source>
        <translation>&amp;Dokument- och projektorspråk</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="30"/>
        <source>There is no item {number} to move.</source>
        <translation>Det finns ingen punkt {number} att flytta.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="66"/>
        <source>The follow-up question</source>
        <translation>Följdfrågan</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="72"/>
        <source>“{status}” is not an agenda item status.</source>
        <translation>”{status}” är ingen giltig status för en dagordningspunkt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="79"/>
        <source>“{kind}” is not a kind of meeting.</source>
        <translation>”{kind}” är ingen giltig mötestyp.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="94"/>
        <source>“{text}” is not a date and time (expected e.g. 2024-06-10 13:00).</source>
        <translation>”{text}” är inte ett datum med klockslag (ange t.ex. 2024-06-10 13:00).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="117"/>
        <source>The final meeting ({end}) is before the start ({start}).</source>
        <translation>Slutmötet ({end}) ligger före starten ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="171"/>
        <source>“{text}” is not a date (expected e.g. 2024-09-17).</source>
        <translation>”{text}” är inte ett datum (ange t.ex. 2024-09-17).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/agenda.py" line="180"/>
        <source>“{text}”: the year must be between {first} and {last}.</source>
        <translation>”{text}”: året måste ligga mellan {first} och {last}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="51"/>
        <source>Not a question catalogue: the file does not hold a JSON object.</source>
        <translation>Ingen frågekatalog: filen innehåller inget JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="53"/>
        <source>Not a question catalogue: the file lacks &quot;format&quot;: &quot;workshop-catalogue&quot;.</source>
        <translation>Ingen frågekatalog: filen saknar &quot;format&quot;: &quot;workshop-catalogue&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="56"/>
        <source>The catalogue&apos;s format version {version!r} is not one this version of Workshop reads.</source>
        <translation>Frågekatalogens formatversion {version!r} kan inte läsas av den här versionen av Workshop.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="60"/>
        <source>The catalogue has no list of themes.</source>
        <translation>Frågekatalogen saknar en lista med teman.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="64"/>
        <source>Theme {n} is not an object.</source>
        <translation>Tema {n} är inte ett objekt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="65"/>
        <source>The title of theme {n} is missing or empty.</source>
        <translation>Rubriken för tema {n} saknas eller är tom.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="68"/>
        <source>Theme “{title}”: its questions are not a list.</source>
        <translation>Temat ”{title}”: frågorna är inte en lista.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="72"/>
        <source>Theme “{title}”, question {m} is not an object.</source>
        <translation>Temat ”{title}”: fråga {m} är inte ett objekt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="75"/>
        <source>Theme “{title}”, question {m}: the hint is not text.</source>
        <translation>Temat ”{title}”, fråga {m}: tipset är inte text.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/catalogue_format.py" line="76"/>
        <source>Theme “{title}”, question {m}: the text is missing or empty.</source>
        <translation>Temat ”{title}”, fråga {m}: texten saknas eller är tom.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/common.py" line="23"/>
        <source>There is no meeting with ID “{meeting_id}”; `workshop meetings FILE` lists the IDs.</source>
        <translation>Det finns inget möte med ID ”{meeting_id}”; `workshop meetings FILE` listar alla ID:n.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="48"/>
        <location filename="../../src/workshop/export/json_checks_records.py" line="80"/>
        <source>{path}: duplicate id “{value}” (also at {other}).</source>
        <translation>{path}: id:t ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="49"/>
        <source>{path}: duplicate name “{value}” (also at {other}).</source>
        <translation>{path}: namnet ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="50"/>
        <source>{path}: duplicate short code “{value}” (also at {other}).</source>
        <translation>{path}: koden ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="51"/>
        <source>{path}: duplicate group code “{value}” (also at {other}).</source>
        <translation>{path}: gruppkoden ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="52"/>
        <source>{path}: duplicate area code “{value}” (also at {other}).</source>
        <translation>{path}: områdeskoden ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="53"/>
        <source>{path}: duplicate alternative code “{value}” (also at {other}).</source>
        <translation>{path}: alternativkoden ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="54"/>
        <source>{path}: duplicate criterion number “{value}” (also at {other}).</source>
        <translation>{path}: kriterienumret ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="55"/>
        <source>{path}: duplicate organisation “{value}” (also at {other}).</source>
        <translation>{path}: organisationen ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="56"/>
        <source>{path}: duplicate attendee “{value}” (also at {other}).</source>
        <translation>{path}: deltagaren ”{value}” finns redan i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="57"/>
        <source>{path}: duplicate preference of organisation “{value}” (also at {other}).</source>
        <translation>{path}: organisationen ”{value}” har redan ett föredraget alternativ i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="58"/>
        <source>{path}: duplicate score for organisation and area (also at {other}).</source>
        <translation>{path}: det finns redan en poäng för samma organisation och område i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="60"/>
        <source>{path}: duplicate vote for organisation, alternative and criterion (also at {other}).</source>
        <translation>{path}: det finns redan en röst för samma organisation, alternativ och kriterium i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="62"/>
        <source>{path}: duplicate agreed score for alternative and criterion (also at {other}).</source>
        <translation>{path}: det finns redan en överenskommen poäng för samma alternativ och kriterium i {other}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="65"/>
        <source>{path}: refers to organisation “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till organisationen ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="66"/>
        <source>{path}: refers to person “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till personen ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="67"/>
        <source>{path}: refers to group “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till gruppen ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="68"/>
        <source>{path}: refers to area “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till området ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="69"/>
        <source>{path}: refers to alternative “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till alternativet ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="70"/>
        <source>{path}: refers to criterion “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till kriteriet ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="71"/>
        <source>{path}: refers to theme “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till temat ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="72"/>
        <source>{path}: refers to question “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till frågan ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="73"/>
        <source>{path}: refers to meeting “{value}”, which is not in the export.</source>
        <translation>{path}: hänvisar till mötet ”{value}”, som inte finns i exporten.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="87"/>
        <source>{path}: an id must be visible text, without control or direction characters.</source>
        <translation>{path}: ett id måste vara synlig text, utan kontroll- eller riktningstecken.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="97"/>
        <location filename="../../src/workshop/export/json_checks_records.py" line="64"/>
        <source>{path}: must not be empty.</source>
        <translation>{path}: får inte vara tomt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="99"/>
        <source>{path}: must not be empty: it begins with a NUL character (U+0000).</source>
        <translation>{path}: får inte vara tom: den börjar med ett NUL-tecken (U+0000).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="117"/>
        <source>{path}: “{value}” has spaces or invisible characters at its ends.</source>
        <translation>{path}: ”{value}” har mellanslag eller osynliga tecken i början eller slutet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="132"/>
        <source>{path}: “{value}” is not written as the app writes it (e.g. {example}).</source>
        <translation>{path}: ”{value}” är inte skrivet som appen skriver det (t.ex. {example}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="139"/>
        <location filename="../../src/workshop/export/json_checks_records.py" line="71"/>
        <source>{path}: “{value}” is not one of {allowed}.</source>
        <translation>{path}: ”{value}” är inte ett av värdena {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="149"/>
        <source>{path}: {value} is outside {low}–{high}.</source>
        <translation>{path}: {value} ligger utanför {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="90"/>
        <source>text or null</source>
        <translation>text eller null</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="90"/>
        <source>a whole number or null</source>
        <translation>ett heltal eller null</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="90"/>
        <source>a number or null</source>
        <translation>ett tal eller null</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="91"/>
        <source>true or false or null</source>
        <translation>true, false eller null</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="101"/>
        <location filename="../../src/workshop/export/json_codec.py" line="158"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="29"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="103"/>
        <location filename="../../src/workshop/export/json_codec.py" line="138"/>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="105"/>
        <location filename="../../src/workshop/export/json_codec.py" line="165"/>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="116"/>
        <source>{path}: expected {expected}, found the number {number}.</source>
        <translation>{path}: ska vara {expected}, men är talet {number}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="118"/>
        <source>{path}: expected {expected}, found {found}.</source>
        <translation>{path}: ska vara {expected}, men är {found}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="131"/>
        <source>a value or null</source>
        <translation>ett värde eller null</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="134"/>
        <location filename="../../src/workshop/export/json_codec.py" line="160"/>
        <source>{path}: unsupported type {type}.</source>
        <translation>{path}: typen {type} stöds inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="144"/>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="148"/>
        <location filename="../../src/workshop/export/json_codec.py" line="188"/>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="152"/>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="154"/>
        <source>a finite number</source>
        <translation>ett ändligt tal</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="241"/>
        <source>{path}: the text holds an unpaired surrogate (\u{code:04x}), which is not a character.</source>
        <translation>{path}: texten innehåller ett oparat surrogat (\u{code:04x}), som inte är ett tecken.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="171"/>
        <source>{path}: unknown key “{key}”.</source>
        <translation>{path}: okänd nyckel ”{key}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="176"/>
        <source>{path}: missing key “{key}”.</source>
        <translation>{path}: nyckeln ”{key}” saknas.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="184"/>
        <source>this is not a Workshop engagement export (no &quot;format&quot;: &quot;{format}&quot; at the top).</source>
        <translation>det här är inte en uppdragsexport från Workshop (&quot;format&quot;: &quot;{format}&quot; saknas på översta nivån).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="190"/>
        <source>format_version {version} is newer than this app reads ({supported}); update Workshop.</source>
        <translation>format_version {version} är nyare än den här versionen av Workshop kan läsa ({supported}); uppdatera Workshop.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="193"/>
        <source>format_version: {version} is not a valid version.</source>
        <translation>format_version: {version} är inte en giltig version.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="196"/>
        <source>unknown key “{key}” at the top.</source>
        <translation>okänd nyckel ”{key}” på översta nivån.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="198"/>
        <source>missing key “engagement” at the top.</source>
        <translation>nyckeln ”engagement” saknas på översta nivån.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="221"/>
        <source>the number {number} is too large for an engagement export.</source>
        <translation>talet {number} är för stort för en uppdragsexport.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="231"/>
        <source>the key “{key}” is given twice in one object.</source>
        <translation>nyckeln ”{key}” förekommer två gånger i samma objekt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="253"/>
        <location filename="../../src/workshop/export/json_codec.py" line="258"/>
        <source>not valid JSON ({error}).</source>
        <translation>inte giltig JSON ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="36"/>
        <source>{path}: the disk is full; nothing was written and any earlier file is unchanged.</source>
        <translation>{path}: disken är full; ingenting sparades och en eventuell tidigare fil är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="42"/>
        <location filename="../../src/workshop/storage/targets.py" line="40"/>
        <location filename="../../src/workshop/storage/targets.py" line="53"/>
        <source>{path}: you may not write in the folder {folder} (permission denied).</source>
        <translation>{path}: du får inte skriva i mappen {folder} (åtkomst nekad).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="45"/>
        <location filename="../../src/workshop/export/transfer.py" line="79"/>
        <location filename="../../src/workshop/storage/connection.py" line="341"/>
        <location filename="../../src/workshop/storage/targets.py" line="51"/>
        <source>{path}: the folder {folder} does not exist.</source>
        <translation>{path}: mappen {folder} finns inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="47"/>
        <location filename="../../src/workshop/export/safe_write.py" line="75"/>
        <location filename="../../src/workshop/export/transfer.py" line="77"/>
        <source>{path}: that is a folder; give a file name.</source>
        <translation>{path}: det är en mapp; ange ett filnamn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="51"/>
        <source>{path}: could not be written ({error}).</source>
        <translation>{path}: kunde inte sparas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="92"/>
        <source>{path}: that file cannot be read, so it cannot be told from an engagement; an export replaces only a file it can read. Give another name.</source>
        <translation>{path}: filen går inte att läsa, så den kan inte skiljas från ett uppdrag; en export ersätter bara en fil den kan läsa. Ange ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="192"/>
        <source>{path}: the folder holds other files ({name}); choose a new or empty folder.</source>
        <translation>{path}: mappen innehåller andra filer ({name}); välj en ny eller tom mapp.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/targets.py" line="32"/>
        <source>No file name was given.</source>
        <translation>Inget filnamn angavs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/targets.py" line="44"/>
        <source>{path}: that name belongs to the journal or lock of the engagement {owner}; writing there would damage it. Give another name.</source>
        <translation>{path}: namnet hör till journalen eller låset för uppdraget {owner}; att skriva där skulle skada det. Ange ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="79"/>
        <source>{path}: not a regular file (a link, device or pipe); give another name.</source>
        <translation>{path}: ingen vanlig fil (en länk, enhet eller rörledning); ange ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="81"/>
        <source>{path}: that is an engagement file (a database); an export never replaces one. Give another name.</source>
        <translation>{path}: det är en uppdragsfil (en databas); en export ersätter aldrig en sådan. Ange ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="184"/>
        <source>{path}: a file with that name exists; give a folder name.</source>
        <translation>{path}: det finns redan en fil med det namnet; ange ett mappnamn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/styles.py" line="368"/>
        <source>{path}: the PDF could not be laid out ({error}).</source>
        <translation>{path}: PDF-dokumentets sidlayout kunde inte skapas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/transfer.py" line="61"/>
        <source>{path}: too large to be an engagement export.</source>
        <translation>{path}: för stor för att vara en uppdragsexport.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/catalogue_file.py" line="23"/>
        <location filename="../../src/workshop/export/transfer.py" line="33"/>
        <location filename="../../src/workshop/storage/connection.py" line="62"/>
        <location filename="../../src/workshop/storage/connection.py" line="69"/>
        <source>{path}: cannot be read ({error}).</source>
        <translation>{path}: kan inte läsas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/transfer.py" line="35"/>
        <source>{path}: that is an engagement file, not a JSON export of one; open it as it is (File → Open…), or export it first (`workshop export FILE --format json`).</source>
        <translation>{path}: det är en uppdragsfil, inte en JSON-export av en; öppna den som den är (Arkiv → Öppna…), eller exportera den först (`workshop export FIL --format json`).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/transfer.py" line="41"/>
        <source>{path}: not a Workshop engagement export (not UTF-8 text).</source>
        <translation>{path}: inte en uppdragsexport från Workshop (inte UTF-8-text).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/transfer.py" line="55"/>
        <source>{path}: not a regular file.</source>
        <translation>{path}: ingen vanlig fil.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/catalogue_file.py" line="32"/>
        <location filename="../../src/workshop/export/json_checks.py" line="125"/>
        <location filename="../../src/workshop/export/transfer.py" line="46"/>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/transfer.py" line="81"/>
        <source>{path}: a file with that name already exists (use --force to replace it).</source>
        <translation>{path}: det finns redan en fil med det namnet (använd --force för att ersätta den).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="71"/>
        <source>That theme no longer exists (another window or program removed it); the change was not saved.</source>
        <translation>Temat finns inte längre (ett annat fönster eller program tog bort det); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="94"/>
        <source>That theme no longer exists.</source>
        <translation>Temat finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="151"/>
        <source>That question no longer exists (another window or program removed it); the change was not saved.</source>
        <translation>Frågan finns inte längre (ett annat fönster eller program tog bort den); ändringen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/catalogue.py" line="166"/>
        <source>That question no longer exists.</source>
        <translation>Frågan finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="60"/>
        <source>{path}: no such file.</source>
        <translation>{path}: filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="64"/>
        <location filename="../../src/workshop/storage/targets.py" line="20"/>
        <source>{path}: not a file.</source>
        <translation>{path}: är inte en fil.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="78"/>
        <source>{path}: not a Workshop engagement file (it is not an SQLite database).</source>
        <translation>{path}: inte en uppdragsfil från Workshop (det är ingen SQLite-databas).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="71"/>
        <location filename="../../src/workshop/storage/connection.py" line="76"/>
        <location filename="../../src/workshop/storage/connection.py" line="139"/>
        <location filename="../../src/workshop/storage/connection.py" line="170"/>
        <location filename="../../src/workshop/storage/store.py" line="202"/>
        <source>{path}: the file is damaged ({check}).</source>
        <translation>{path}: filen är skadad ({check}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="106"/>
        <source>{path}: an SQLite database, but not a Workshop engagement file.</source>
        <translation>{path}: en SQLite-databas, men inte en uppdragsfil från Workshop.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="39"/>
        <source>{path}: the folder {folder} is on a disk that may only be read; nothing was written.</source>
        <translation>{path}: mappen {folder} ligger på en skrivskyddad disk; ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="46"/>
        <source>parts of the file are missing or overwritten</source>
        <translation>delar av filen saknas eller är överskrivna</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="47"/>
        <source>it is not a database file, or its beginning is overwritten</source>
        <translation>det är ingen databasfil, eller så är dess början överskriven</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="48"/>
        <location filename="../../src/workshop/domain/causes.py" line="49"/>
        <source>another program is using the file</source>
        <translation>ett annat program använder filen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="42"/>
        <source>the disk could not be read or written</source>
        <translation>disken kunde inte läsas eller skrivas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="51"/>
        <source>the file may only be read</source>
        <translation>filen får bara läsas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="42"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="53"/>
        <source>the file or its folder cannot be opened</source>
        <translation>filen eller dess mapp kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="59"/>
        <location filename="../../src/workshop/domain/causes.py" line="60"/>
        <source>permission denied</source>
        <translation>behörighet saknas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="61"/>
        <source>the disk may only be read</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="62"/>
        <source>no such file or folder</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="63"/>
        <source>the name is too long for the disk</source>
        <translation>namnet är för långt för disken</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="64"/>
        <source>that is a folder</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="65"/>
        <source>a part of the path is not a folder</source>
        <translation>en del av sökvägen är ingen mapp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="74"/>
        <source>a value that must be unique is already in the file: {where}</source>
        <translation>ett värde som måste vara unikt finns redan i filen: {where}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="75"/>
        <source>a value the file requires is missing: {where}</source>
        <translation>ett värde som filen kräver saknas: {where}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="76"/>
        <source>a value is outside what the file allows: {where}</source>
        <translation>ett värde ligger utanför vad filen tillåter: {where}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="92"/>
        <source>it refers to something the file does not hold</source>
        <translation>det hänvisar till något som filen inte innehåller</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="93"/>
        <source>a score lies outside its criterion&apos;s scale</source>
        <translation>en poäng ligger utanför sitt kriteriums skala</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="94"/>
        <source>votes lie outside the criterion&apos;s new scale</source>
        <translation>röster ligger utanför kriteriets nya skala</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="99"/>
        <source>a value is missing at line {line}, column {column}</source>
        <translation>ett värde saknas på rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="100"/>
        <source>a comma is missing at line {line}, column {column}</source>
        <translation>ett kommatecken saknas på rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="101"/>
        <source>a colon is missing at line {line}, column {column}</source>
        <translation>ett kolon saknas på rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="103"/>
        <source>a name in double quotes is missing at line {line}, column {column}</source>
        <translation>ett namn inom dubbla citattecken saknas på rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="105"/>
        <source>a text that begins at line {line}, column {column} never ends</source>
        <translation>en text som börjar på rad {line}, kolumn {column} tar aldrig slut</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="107"/>
        <source>something follows the end of the JSON at line {line}, column {column}</source>
        <translation>något följer efter JSON-textens slut på rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="109"/>
        <source>a text holds a line break or another control character at line {line}, column {column}</source>
        <translation>en text innehåller en radbrytning eller ett annat styrtecken på rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="111"/>
        <source>a backslash begins no escape JSON knows at line {line}, column {column}</source>
        <translation>ett omvänt snedstreck inleder ingen kod som JSON känner till på rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="113"/>
        <source>an unfinished \u escape at line {line}, column {column}</source>
        <translation>en ofullständig \u-kod på rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="155"/>
        <source>{error} at line {line}, column {column}</source>
        <translation>{error} på rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="119"/>
        <source>row {row} is missing from the index {index}</source>
        <translation>rad {row} saknas i indexet {index}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="121"/>
        <source>the index {index} holds the wrong number of rows</source>
        <translation>indexet {index} har fel antal rader</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="123"/>
        <source>the index {index} holds twice a value that must be unique</source>
        <translation>indexet {index} har två gånger ett värde som måste vara unikt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="126"/>
        <source>a value in {table} is outside what the file allows</source>
        <translation>ett värde i {table} ligger utanför vad filen tillåter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="128"/>
        <location filename="../../src/workshop/domain/causes.py" line="165"/>
        <source>a value in {column} is not of the type {kind}</source>
        <translation>ett värde i {column} är inte av typen {kind}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="132"/>
        <source>page {page} is overwritten or unreadable</source>
        <translation>sida {page} är överskriven eller oläslig</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/causes.py" line="88"/>
        <source>a text in the column {where} is not valid UTF-8</source>
        <translation>en text i kolumnen {where} är inte giltig UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="71"/>
        <source>it is empty</source>
        <translation>den är tom</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="77"/>
        <source>its first bytes are not an SQLite database&apos;s</source>
        <translation>dess första byte är inte en SQLite-databas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="101"/>
        <location filename="../../src/workshop/storage/connection.py" line="153"/>
        <source>{path}: the file is damaged or unreadable ({check}).</source>
        <translation>{path}: filen är skadad eller oläslig ({check}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="104"/>
        <source>{path}: cannot be read now ({error}).</source>
        <translation>{path}: kan inte läsas just nu ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="109"/>
        <source>{path}: written by a newer version of Workshop (file format {version}; this version reads up to {supported}). Update Workshop to open it.</source>
        <translation>{path}: sparad av en nyare version av Workshop (filformat {version}; den här versionen läser upp till {supported}). Uppdatera Workshop för att öppna filen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="114"/>
        <source>{path}: a Workshop file that holds no engagement (it was not written by Workshop, or not to the end).</source>
        <translation>{path}: en Workshop-fil utan uppdrag (den skrevs inte av Workshop, eller inte färdigt).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="115"/>
        <source>no engagement</source>
        <translation>inget uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="129"/>
        <source>no table {table}</source>
        <translation>tabellen {table} saknas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="132"/>
        <source>no column {column} in the table {table}</source>
        <translation>kolumnen {column} saknas i tabellen {table}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="200"/>
        <source>{path}: its last changes are still in its journal ({wal}), which cannot be read in a folder you may not write to; copy both files to a folder you may write to and open the copy.</source>
        <translation>{path}: de senaste ändringarna finns fortfarande i journalen ({wal}), som inte kan läsas i en mapp du inte får skriva i; kopiera båda filerna till en mapp du får skriva i och öppna kopian.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="253"/>
        <source>{path}: no copy could be kept before updating it to this version ({error}); the file was not changed.</source>
        <translation>{path}: ingen kopia kunde sparas innan filen uppdateras till den här versionen ({error}); filen ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="272"/>
        <source>{path}: the disk refused the update to this version ({error}); the file was not changed.</source>
        <translation>{path}: disken vägrade uppdateringen till den här versionen ({error}); filen ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="274"/>
        <source>{path}: holds values this version of Workshop refuses ({error}); the file was not changed.</source>
        <translation>{path}: innehåller värden som den här versionen av Workshop inte godtar ({error}); filen ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/schema.py" line="346"/>
        <source>{column} holds values that differ only by spaces at their ends ({values}); rename one in the program that wrote the file</source>
        <translation>{column} innehåller värden som bara skiljer sig åt i mellanslag i början eller slutet ({values}); byt namn på ett av dem i programmet som skrev filen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/schema.py" line="375"/>
        <source>1 row of {table} lies outside its criterion&apos;s scale</source>
        <translation>1 rad i {table} ligger utanför sitt kriteriums skala</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/schema.py" line="376"/>
        <source>{n} rows of {table} lie outside their criterion&apos;s scale</source>
        <translation>{n} rader i {table} ligger utanför sitt kriteriums skala</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/schema.py" line="379"/>
        <source>a row of {table} refers to a missing row of {parent}</source>
        <translation>en rad i {table} hänvisar till en rad i {parent} som saknas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="309"/>
        <source>{path}: cannot be opened ({error}).</source>
        <translation>{path}: kan inte öppnas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/files.py" line="140"/>
        <source>{theirs} (“{their_title}”) and {mine} (“{title}”) are two different engagements, not copies of one (handed out with File → Hand Out a Copy…), so they cannot be merged. Nothing was written.</source>
        <translation>{theirs} (”{their_title}”) och {mine} (”{title}”) är två olika uppdrag, inte kopior av samma (utlämnade med Arkiv → Lämna ut en kopia…), så de kan inte slås ihop. Ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/files.py" line="146"/>
        <source>{theirs} and {mine} have no common base: neither was handed out from the other (File → Hand Out a Copy…, or `workshop handout`), so what each side changed cannot be told apart. Nothing was written.</source>
        <translation>{theirs} och {mine} har ingen gemensam bas: ingen av dem lämnades ut från den andra (Arkiv → Lämna ut en kopia…, eller `workshop handout`), så det går inte att avgöra vad varje sida har ändrat. Ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/targets.py" line="22"/>
        <source>{path}: a file with that name already exists.</source>
        <translation>{path}: det finns redan en fil med det namnet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/files.py" line="191"/>
        <source>{path}: the merged engagement could not be written ({error}).</source>
        <translation>{path}: det sammanslagna uppdraget kunde inte skrivas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/files.py" line="210"/>
        <source>{path}: the merge could not be saved ({error}); the file is as it was.</source>
        <translation>{path}: sammanslagningen kunde inte sparas ({error}); filen är som den var.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/connection.py" line="346"/>
        <location filename="../../src/workshop/storage/store.py" line="167"/>
        <source>{path}: cannot be created ({error}).</source>
        <translation>{path}: kan inte skapas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/ordering.py" line="36"/>
        <source>The new order does not hold the same items; reload and try again.</source>
        <translation>Den nya ordningen innehåller inte samma poster; läs in på nytt och försök igen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/lists.py" line="47"/>
        <location filename="../../src/workshop/storage/ordering.py" line="47"/>
        <location filename="../../src/workshop/storage/store.py" line="262"/>
        <source>The engagement file refused the change ({error}).</source>
        <translation>Uppdragsfilen godtog inte ändringen ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/reader.py" line="60"/>
        <source>The file holds no engagement.</source>
        <translation>Filen innehåller inget uppdrag.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="43"/>
        <location filename="../../src/workshop/storage/scores.py" line="292"/>
        <source>The engagement file refused the value ({error}).</source>
        <translation>Uppdragsfilen godtog inte värdet ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="111"/>
        <location filename="../../src/workshop/storage/scores.py" line="235"/>
        <location filename="../../src/workshop/storage/scores.py" line="284"/>
        <location filename="../../src/workshop/storage/store.py" line="376"/>
        <source>There is no criterion {number}.</source>
        <translation>Det finns inget kriterium {number}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="160"/>
        <source>Vote on criterion {n}</source>
        <translation>Röst på kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="180"/>
        <source>Agreed score on criterion {n}</source>
        <translation>Överenskommen poäng på kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="214"/>
        <location filename="../../src/workshop/storage/scores.py" line="233"/>
        <source>The criterion&apos;s text</source>
        <translation>Kriteriets text</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="247"/>
        <source>Criterion {number}: {count} votes or agreed scores lie outside {low}–{high}; change them first.</source>
        <translation>Kriterium {number}: {count} röster eller överenskomna poäng ligger utanför {low}–{high}; ändra dem först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="260"/>
        <source>That score no longer exists.</source>
        <translation>Poängen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="219"/>
        <source>There is already a criterion {number}.</source>
        <translation>Det finns redan ett kriterium {number}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/scores.py" line="228"/>
        <source>Criterion {number} is in use and cannot be removed.</source>
        <translation>Kriterium {number} används och kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="102"/>
        <source>{path}: the file is damaged ({check}). A good backup from {taken} holds {meetings} meetings: restore it (File → Restore from Backup…, or `workshop restore FILE newest`).</source>
        <translation>{path}: filen är skadad ({check}). En hel säkerhetskopia från {taken} innehåller {meetings} möten: återställ den (Arkiv → Återställ från säkerhetskopia…, eller `workshop restore FIL newest`).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="156"/>
        <source>{path}: the engagement could not be written ({error}).</source>
        <translation>{path}: uppdraget kunde inte sparas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="207"/>
        <source>The engagement title</source>
        <translation>Uppdragets titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="220"/>
        <source>Alternative code</source>
        <translation>Alternativets kod</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="221"/>
        <location filename="../../src/workshop/storage/store.py" line="242"/>
        <source>The alternative&apos;s name</source>
        <translation>Alternativets namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="236"/>
        <source>Alternative {code} is in use and cannot be removed.</source>
        <translation>Alternativ {code} används och kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/validation.py" line="191"/>
        <source>Group {group} still holds areas {areas}: remove them first.</source>
        <translation>Gruppen {group} innehåller fortfarande områdena {areas}: ta bort dem först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/scope.py" line="38"/>
        <location filename="../../src/workshop/domain/scope.py" line="39"/>
        <location filename="../../src/workshop/storage/framework.py" line="90"/>
        <location filename="../../src/workshop/storage/store.py" line="243"/>
        <source>A pro or con</source>
        <translation>En fördel eller nackdel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/framework.py" line="80"/>
        <location filename="../../src/workshop/storage/lists.py" line="80"/>
        <location filename="../../src/workshop/storage/store.py" line="247"/>
        <location filename="../../src/workshop/storage/store.py" line="399"/>
        <source>There is no area {code}.</source>
        <translation>Det finns inget område {code}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="131"/>
        <source>The vote must be a JSON object.</source>
        <translation>Rösten måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="134"/>
        <source>Unknown field {field}.</source>
        <translation>Okänt fält {field}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="137"/>
        <source>Unknown organisation.</source>
        <translation>Okänd organisation.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="139"/>
        <source>Unknown item.</source>
        <translation>Okänd punkt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="164"/>
        <source>Unknown factor {factor}.</source>
        <translation>Okänd faktor {factor}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="289"/>
        <source>How potential is scored has changed since the round began; start it again.</source>
        <translation>Hur potentialen poängsätts har ändrats sedan omgången började; starta den igen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="235"/>
        <source>how potential is scored changed</source>
        <translation>hur potentialen poängsätts ändrades</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="239"/>
        <source>organisation {name} was removed</source>
        <translation>organisationen {name} togs bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="246"/>
        <source>area {code} was removed</source>
        <translation>område {code} togs bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="248"/>
        <source>area {code} is now area {new}</source>
        <translation>område {code} är nu område {new}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="253"/>
        <location filename="../../src/workshop/room/round.py" line="263"/>
        <source>alternative {code} was removed</source>
        <translation>alternativ {code} togs bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="255"/>
        <location filename="../../src/workshop/room/round.py" line="265"/>
        <source>alternative {code} is now alternative {new}</source>
        <translation>alternativ {code} är nu alternativ {new}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="275"/>
        <source>criterion {n} was removed</source>
        <translation>kriterium {n} togs bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="277"/>
        <source>criterion {n} is now criterion {new}</source>
        <translation>kriterium {n} är nu kriterium {new}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="279"/>
        <source>the scale of criterion {n} changed to {low}–{high}</source>
        <translation>skalan för kriterium {n} ändrades till {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="292"/>
        <source>The round no longer matches the engagement ({what}); start it again.</source>
        <translation>Omgången stämmer inte längre med uppdraget ({what}); starta den igen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="161"/>
        <location filename="../../src/workshop/room/round.py" line="166"/>
        <source>Send the factors will, benefit and ability together.</source>
        <translation>Skicka faktorerna vilja, nytta och förmåga tillsammans.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="145"/>
        <source>Unknown choice.</source>
        <translation>Okänt val.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="148"/>
        <source>The value must be a whole number.</source>
        <translation>Värdet måste vara ett heltal.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="149"/>
        <location filename="../../src/workshop/ui/history/view.py" line="92"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="153"/>
        <source>The name must be text.</source>
        <translation>Namnet måste vara text.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/plan.py" line="67"/>
        <location filename="../../src/workshop/domain/scope.py" line="22"/>
        <location filename="../../src/workshop/room/round.py" line="186"/>
        <location filename="../../src/workshop/storage/store.py" line="253"/>
        <location filename="../../src/workshop/storage/store.py" line="363"/>
        <source>There is no alternative {code}.</source>
        <translation>Det finns inget alternativ {code}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/plan.py" line="69"/>
        <source>A proposal</source>
        <translation>Ett förslag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/plan.py" line="74"/>
        <source>The heading</source>
        <translation>Rubriken</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/plan.py" line="76"/>
        <source>The pre-study already has a heading “{name}”.</source>
        <translation>Förstudien har redan en rubrik ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/plan.py" line="75"/>
        <source>A point</source>
        <translation>En punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/plan.py" line="82"/>
        <source>The phase&apos;s name</source>
        <translation>Fasens namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/plan.py" line="86"/>
        <source>The phase “{name}” ends ({end}) before it starts ({start}).</source>
        <translation>Fasen ”{name}” slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/plan.py" line="89"/>
        <source>An activity</source>
        <translation>En aktivitet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/plan.py" line="95"/>
        <source>The plan already has a phase “{name}”.</source>
        <translation>Planen har redan en fas ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="187"/>
        <source>The engagement has no criteria to vote on.</source>
        <translation>Uppdraget har inga kriterier att rösta om.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="199"/>
        <source>There is no organisation {name}.</source>
        <translation>Det finns ingen organisation {name}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="200"/>
        <source>The engagement has no areas to score.</source>
        <translation>Uppdraget har inga områden att bedöma.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="297"/>
        <source>The engagement has no alternatives to prefer.</source>
        <translation>Uppdraget har inga alternativ att välja mellan.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/round.py" line="305"/>
        <source>The engagement has no organisations to vote.</source>
        <translation>Uppdraget har inga organisationer som kan rösta.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="267"/>
        <source>A share of today&apos;s spend must be between 0 and 100 %.</source>
        <translation>En andel av dagens livscykelutgift måste vara mellan 0 och 100 %.</translation>
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
        <location filename="../../src/workshop/storage/store.py" line="269"/>
        <location filename="../../src/workshop/storage/store.py" line="390"/>
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
        <location filename="../../src/workshop/domain/scope.py" line="36"/>
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
        <location filename="../../src/workshop/storage/lists.py" line="106"/>
        <location filename="../../src/workshop/storage/store.py" line="275"/>
        <location filename="../../src/workshop/ui/framework/tabs.py" line="47"/>
        <source>Short code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="284"/>
        <source>The organisation could not be added ({error}).</source>
        <translation>Organisationen kunde inte läggas till ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/lists.py" line="108"/>
        <location filename="../../src/workshop/storage/store.py" line="291"/>
        <source>That organisation no longer exists (another window or program removed it); the new name was not saved.</source>
        <translation>Organisationen finns inte längre (ett annat fönster eller program tog bort den); det nya namnet sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/store.py" line="300"/>
        <source>{path}: that is the open file itself; choose another name.</source>
        <translation>{path}: det är den öppna filen; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/bases.py" line="151"/>
        <location filename="../../src/workshop/storage/store.py" line="311"/>
        <source>{path}: the copy could not be written ({error}).</source>
        <translation>{path}: kopian kunde inte sparas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/bases.py" line="162"/>
        <source>{path}: that is the file itself; choose another name for the copy.</source>
        <translation>{path}: det är själva filen; välj ett annat namn för kopian.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/templates.py" line="79"/>
        <source>There is no template called “{name}”.</source>
        <translation>Det finns ingen mall som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="62"/>
        <source>Type a share as a percentage, e.g. 40 or 37.5 (empty: not known yet); F2 on a group&apos;s name renames it.</source>
        <translation>Skriv andelen i procent, t.ex. 40 eller 37,5 (tomt: inte känd än); F2 på en grupps namn byter namn på den.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="71"/>
        <source>Add group…</source>
        <translation>Lägg till grupp…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="73"/>
        <source>Add area…</source>
        <translation>Lägg till område…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="74"/>
        <source>Remove area…</source>
        <translation>Ta bort område…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="72"/>
        <source>Remove group…</source>
        <translation>Ta bort grupp…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="101"/>
        <source>Rename an area by double-clicking it in the coverage matrix (Alternatives &amp; Criteria).</source>
        <translation>Byt namn på ett område genom att dubbelklicka på det i täckningsmatrisen (Alternativ och kriterier).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="114"/>
        <source>No group of areas yet: Add group… adds one, then Add area… adds its areas, each a column of the potential grid.</source>
        <translation>Ingen grupp av områden ännu: Lägg till grupp… lägger till en, sedan lägger Lägg till område… till dess områden, vart och ett en kolumn i potentialens rutnät.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="117"/>
        <source>Total so far: {total} (not every group has a share yet).</source>
        <translation>Summa hittills: {total} (alla grupper har inte fått en andel än).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="120"/>
        <source>Total: {total} — the shares should make 100 %.</source>
        <translation>Summa: {total} – andelarna ska bli 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="123"/>
        <source>Total: 100 %</source>
        <translation>Summa: 100 %</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="134"/>
        <source>Share of today&apos;s spend for {group}</source>
        <translation>Andel av dagens livscykelutgift för {group}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="187"/>
        <source>Remove area {code}? It has no scores yet. Undo puts it back.</source>
        <translation>Ta bort område {code}? Det har inga poäng ännu. Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="188"/>
        <source>Remove area {code} with its score? Undo puts it back.</source>
        <translation>Ta bort område {code} och dess poäng? Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="189"/>
        <source>Remove area {code} with its {n} scores? Undo puts it back.</source>
        <translation>Ta bort område {code} och dess {n} poäng? Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="104"/>
        <source>Set today&apos;s share of {group}</source>
        <translation>Ange dagens andel för {group}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="90"/>
        <source>Rename group {code}</source>
        <translation>Byt namn på grupp {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="156"/>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="159"/>
        <source>Add group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="159"/>
        <source>Code (e.g. IS):</source>
        <translation>Kod (t.ex. IS):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="68"/>
        <source>Add group {name}</source>
        <translation>Lägg till gruppen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="169"/>
        <source>Add a group first: every area belongs to one.</source>
        <translation>Lägg först till en grupp: varje område hör till en grupp.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="308"/>
        <source>Add area</source>
        <translation>Lägg till område</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="317"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="318"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dialogs.py" line="319"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="197"/>
        <source>Group:</source>
        <translation>Grupp:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="112"/>
        <source>Add area {code}</source>
        <translation>Lägg till område {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="182"/>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="190"/>
        <source>Remove area</source>
        <translation>Ta bort område</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="182"/>
        <source>Area:</source>
        <translation>Område:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="122"/>
        <source>Remove area {code}</source>
        <translation>Ta bort område {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="197"/>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="206"/>
        <source>Remove group</source>
        <translation>Ta bort grupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/engagement/today_shares.py" line="206"/>
        <source>Remove group {name}? Undo puts it back.</source>
        <translation>Ta bort gruppen {name}? Ångra lägger tillbaka den.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/edits.py" line="78"/>
        <source>Remove group {name}</source>
        <translation>Ta bort gruppen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dates.py" line="25"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dates.py" line="26"/>
        <source>Type a date as YYYY-MM-DD or pick it in the calendar; empty means no date.</source>
        <translation>Skriv ett datum som ÅÅÅÅ-MM-DD eller välj det i kalendern; tomt betyder inget datum.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dates.py" line="35"/>
        <source>Pick a date</source>
        <translation>Välj datum</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/dates.py" line="52"/>
        <source>Only digits and dashes: type a date as YYYY-MM-DD, or pick it in the calendar.</source>
        <translation>Bara siffror och bindestreck: skriv ett datum som ÅÅÅÅ-MM-DD eller välj det i kalendern.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/backups.py" line="167"/>
        <source>{path}: no backup could be written: {folder} is a file where the backups&apos; folder belongs (move or rename it).</source>
        <translation>{path}: ingen säkerhetskopia kunde skrivas: {folder} är en fil där säkerhetskopiornas mapp ska ligga (flytta eller byt namn på den).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/backups.py" line="194"/>
        <source>{path}: no backup could be written ({error}).</source>
        <translation>{path}: ingen säkerhetskopia kunde skrivas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/backups.py" line="233"/>
        <source>This backup cannot be restored: {error}</source>
        <translation>Säkerhetskopian kan inte återställas: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/backups.py" line="335"/>
        <source>{error} Nothing was restored: the present state would have been lost.</source>
        <translation>{error} Inget återställdes: nuvarande läge skulle ha gått förlorat.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/backups.py" line="239"/>
        <location filename="../../src/workshop/storage/backups.py" line="252"/>
        <location filename="../../src/workshop/storage/backups.py" line="289"/>
        <source>{path}: the backup could not be restored ({error}).</source>
        <translation>{path}: säkerhetskopian kunde inte återställas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="50"/>
        <source>{path}: open read-only, because {user} on {host} has had it open since {since}; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad, eftersom {user} på {host} har haft den öppen sedan {since}; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="53"/>
        <source>{path}: open read-only, because another program has it open; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad, eftersom ett annat program har den öppen; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="56"/>
        <source>{path}: open read-only, because the file may not be written; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad, eftersom filen inte får skrivas; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="59"/>
        <source>{path}: open read-only, because its folder may not be written; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad, eftersom dess mapp inte får skrivas; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="62"/>
        <source>{path}: open read-only, because the file has other names (hard links) through which it could be open elsewhere; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad, eftersom filen har fler namn (hårda länkar) genom vilka den kan vara öppen på annat håll; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="64"/>
        <source>{path}: open read-only; nothing was saved.</source>
        <translation>{path}: öppen skrivskyddad; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="71"/>
        <source>{path}: another program is writing to the file; nothing was saved. Try again in a moment.</source>
        <translation>{path}: ett annat program skriver till filen; inget sparades. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="74"/>
        <source>{path}: the file may not be written (read-only); nothing was saved.</source>
        <translation>{path}: filen får inte skrivas (skrivskyddad); inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="76"/>
        <source>{path}: the disk is full; nothing was saved.</source>
        <translation>{path}: disken är full; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="78"/>
        <source>{path}: the file is damaged ({error}); nothing was saved.</source>
        <translation>{path}: filen är skadad ({error}); inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="80"/>
        <source>{path}: the disk refused the write ({error}); nothing was saved.</source>
        <translation>{path}: disken vägrade skrivningen ({error}); inget sparades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="82"/>
        <source>{path}: the change could not be saved ({error}).</source>
        <translation>{path}: ändringen kunde inte sparas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/guard.py" line="104"/>
        <source>{path}: the file was replaced or deleted by another program; this window no longer saves to it. Use Save a Copy to keep what you see.</source>
        <translation>{path}: filen ersattes eller togs bort av ett annat program; det här fönstret sparar inte längre till den. Använd Spara en kopia för att behålla det du ser.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/lock.py" line="141"/>
        <source>{path}: no lock file can be made beside it ({error}).</source>
        <translation>{path}: ingen låsfil kan skapas bredvid den ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/lock.py" line="196"/>
        <source>{path}: another program has the file open; close it there first.</source>
        <translation>{path}: ett annat program har filen öppen; stäng den där först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/lock.py" line="198"/>
        <source>{path}: open in Workshop by {user} on {host} since {since}; close it there first.</source>
        <translation>{path}: öppen i Workshop av {user} på {host} sedan {since}; stäng den där först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="26"/>
        <source>{taken} — damaged, cannot be restored</source>
        <translation>{taken} – skadad, kan inte återställas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="31"/>
        <source>{taken} — last edit {edit} — 1 meeting</source>
        <translation>{taken} – senast ändrad {edit} – 1 möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="32"/>
        <source>{taken} — last edit {edit} — {n} meetings</source>
        <translation>{taken} – senast ändrad {edit} – {n} möten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="28"/>
        <source>{taken} — before merging {name} — 1 meeting</source>
        <translation>{taken} – före sammanslagning från {name} – 1 möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="29"/>
        <source>{taken} — before merging {name} — {n} meetings</source>
        <translation>{taken} – före sammanslagning från {name} – {n} möten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="49"/>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="38"/>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="134"/>
        <source>Restore from Backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/backups_dialog.py" line="50"/>
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
        <location filename="../../src/workshop/ui/filesafety/banner.py" line="27"/>
        <source>Read-only: this file has other names (hard links), through which it could be open elsewhere. Save a copy to keep working.</source>
        <translation>Skrivskyddad: filen har fler namn (hårda länkar), genom vilka den kan vara öppen på annat håll. Spara en kopia för att arbeta vidare.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/banner.py" line="29"/>
        <source>Read-only: you may not write in this file&apos;s folder. Save a copy to keep working.</source>
        <translation>Skrivskyddad: du får inte skriva i filens mapp. Spara en kopia för att arbeta vidare.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/banner.py" line="44"/>
        <source>Save a Copy…</source>
        <translation>Spara en kopia…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/banner.py" line="48"/>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="43"/>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="142"/>
        <source>Cannot restore the backup</source>
        <translation>Säkerhetskopian kan inte återställas</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="55"/>
        <source>File</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="96"/>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="124"/>
        <source>No backup could be made: {reason}</source>
        <translation>Ingen säkerhetskopia kunde göras: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="134"/>
        <source>This engagement has no backups yet.</source>
        <translation>Uppdraget har inga säkerhetskopior än.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/controller.py" line="146"/>
        <source>Restored the backup of {taken}.</source>
        <translation>Säkerhetskopian från {taken} är återställd.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/runner.py" line="29"/>
        <source>{address} is not an IP address.</source>
        <translation>{address} är ingen IP-adress.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/runner.py" line="31"/>
        <source>Room voting listens on one network interface, never on all of them ({address}).</source>
        <translation>Röstning i rummet lyssnar på ett nätverksgränssnitt, aldrig på alla ({address}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/room/runner.py" line="47"/>
        <source>Nothing can listen on {address}, port {port} ({error}): give one of this machine&apos;s addresses and a free port.</source>
        <translation>Inget kan lyssna på {address}, port {port} ({error}): ange en av den här datorns adresser och en ledig port.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="48"/>
        <source>{n} of {total} organisations have voted on criterion {item}</source>
        <translation>{n} av {total} organisationer har röstat på kriterium {item}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="52"/>
        <source>Area {item} scored by {org}</source>
        <translation>Område {item} poängsatt av {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="52"/>
        <source>Area {item} not yet scored by {org}</source>
        <translation>Område {item} ännu inte poängsatt av {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="54"/>
        <source>{n} of {total} organisations have stated their preference</source>
        <translation>{n} av {total} organisationer har angett sitt föredragna alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="76"/>
        <source>{value} · {who}</source>
        <translation>{value} · {who}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="77"/>
        <source>Sent from a phone by {who}</source>
        <translation>Skickat från en telefon av {who}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="79"/>
        <source>{value} · earlier</source>
        <translation>{value} · tidigare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="80"/>
        <source>In the file before this round began</source>
        <translation>Fanns i filen innan omgången började</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="84"/>
        <source>{value} · typed</source>
        <translation>{value} · inskrivet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="84"/>
        <source>Typed by the facilitator</source>
        <translation>Inskrivet av utredaren</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="87"/>
        <source>{n} of {total}</source>
        <translation>{n} av {total}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="102"/>
        <source>Will {w} · benefit {b} · ability {a}</source>
        <translation>Vilja {w} · nytta {b} · förmåga {a}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="142"/>
        <source>Every organisation has voted on every item.</source>
        <translation>Alla organisationer har röstat på alla punkter.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="145"/>
        <source>Not yet voted on every item ({n}): {names}</source>
        <translation>Har inte röstat på allt ({n}): {names}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="121"/>
        <source>{n} of {total} areas scored by {org}</source>
        <translation>{n} av {total} områden poängsatta av {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="135"/>
        <source>Every area has been scored.</source>
        <translation>Alla områden är poängsatta.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="136"/>
        <source>Areas not yet scored ({n}): {codes}</source>
        <translation>Områden som inte har poängsatts än ({n}): {codes}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="141"/>
        <source>Every organisation has stated its preference.</source>
        <translation>Alla organisationer har angett sitt föredragna alternativ.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="144"/>
        <source>Not yet stated a preference ({n}): {names}</source>
        <translation>Har inte angett föredraget alternativ än ({n}): {names}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="229"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="231"/>
        <source>Arrived</source>
        <translation>Inkommet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="83"/>
        <source>participant {n}</source>
        <translation>deltagare {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="204"/>
        <source>A phone&apos;s vote could not be saved ({error}).</source>
        <translation>En telefons röst kunde inte sparas ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="239"/>
        <source>Phone vote of {org}, {alt}, criterion {n}</source>
        <translation>Telefonröst från {org}, {alt}, kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="243"/>
        <source>Phone potential of {org} for {area}</source>
        <translation>Potential per telefon från {org} för {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="247"/>
        <source>Phone preference of {org}</source>
        <translation>Föredraget alternativ per telefon från {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="327"/>
        <source>Room voting stopped: how potential is scored changed while the room voted. The phones see the round as closed; start room voting again to vote as it is scored now.</source>
        <translation>Röstningen i rummet stoppades: hur potentialen poängsätts ändrades medan rummet röstade. Telefonerna ser omgången som stängd; starta röstningen i rummet igen för att rösta som den poängsätts nu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="62"/>
        <source>any free port</source>
        <translation>valfri ledig port</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="66"/>
        <source>Show the QR code on the projector</source>
        <translation>Visa QR-koden på projektorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="69"/>
        <source>Reveal the results on the projector</source>
        <translation>Visa resultatet på projektorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="77"/>
        <source>Vote &amp;on</source>
        <translation>Rösta &amp;om</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="78"/>
        <source>&amp;Network</source>
        <translation>&amp;Nätverk</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="79"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="84"/>
        <source>Room voting</source>
        <translation>Röstning i rummet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="397"/>
        <source>Participants open the address (or scan the code) on a phone on the same network, pick their organisation and tap their votes. Votes are stored like typed ones and stay hidden on the projector until you reveal the round here (a criteria round also in Alternatives &amp; Criteria → Criteria voting).</source>
        <translation>Deltagarna öppnar adressen (eller skannar koden) i en telefon på samma nätverk, väljer sin organisation och anger sina röster. Rösterna sparas som inskrivna och är dolda på projektorn tills du visar omgången här (en omgång om kriterier även under Alternativ och kriterier → Röstning på kriterier).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="402"/>
        <source>The phones&apos; scores are stored like typed ones and stay hidden on the projector until you reveal them here. To change a score, type over it in Potential; the table below then says typed.</source>
        <translation>Telefonernas poäng sparas som inskrivna och är dolda på projektorn tills du visar dem här. Skriv över en poäng under Potential för att ändra den; tabellen nedan säger då ”inskrivet”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="405"/>
        <source>The phones&apos; choices are stored like typed ones and stay hidden on the projector until you reveal them here. To change one, pick another in Alternatives &amp; Criteria → Preferences; the table below then says typed.</source>
        <translation>Telefonernas val sparas som inskrivna och är dolda på projektorn tills du visar dem här. Välj ett annat alternativ under Alternativ och kriterier → Föredragna alternativ för att ändra ett val; tabellen nedan säger då ”inskrivet”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="408"/>
        <source>The phones&apos; votes are stored like typed ones and stay hidden on the projector until you reveal them here or in Alternatives &amp; Criteria → Criteria voting. To change a vote, type over it there; the table below then says typed.</source>
        <translation>Telefonernas röster sparas som inskrivna och är dolda på projektorn tills du visar dem här eller under Alternativ och kriterier → Röstning på kriterier. Skriv över en röst där för att ändra den; tabellen nedan säger då ”inskrivet”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="125"/>
        <source>Once room voting is on, this lists the round&apos;s items: how many organisations have voted on each, and each organisation&apos;s latest vote with who sent it.</source>
        <translation>När röstningen i rummet är igång visas omgångens punkter här: hur många organisationer som har röstat på varje punkt, och varje organisations senaste röst och vem som skickade den.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="154"/>
        <source>Criteria of alternative {code}</source>
        <translation>Kriterier för alternativ {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/arrivals.py" line="40"/>
        <location filename="../../src/workshop/ui/room/view.py" line="157"/>
        <source>Potential of {org}</source>
        <translation>Potential för {org}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="166"/>
        <source>{address} (this computer only)</source>
        <translation>{address} (bara den här datorn)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="202"/>
        <source>Choose a round and a network first.</source>
        <translation>Välj först en omgång och ett nätverk.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="207"/>
        <source>Room voting could not start. {reason}</source>
        <translation>Röstningen i rummet kunde inte starta. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="213"/>
        <source>Stop room voting</source>
        <translation>Stoppa röstningen i rummet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="217"/>
        <source>Listening at {url}</source>
        <translation>Lyssnar på {url}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="279"/>
        <source>Revealed. The projector still shows “{title}”.</source>
        <translation>Resultatet är inte längre dolt, men projektorn visar fortfarande ”{title}”.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="282"/>
        <source>Revealed: the projector shows the round&apos;s results.</source>
        <translation>Resultatet visas nu på projektorn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="299"/>
        <source>Start room voting</source>
        <translation>Starta röstningen i rummet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="308"/>
        <source>Room voting is off; nothing listens.</source>
        <translation>Röstningen i rummet är avstängd; inget lyssnar.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/bridge.py" line="273"/>
        <source>Room voting stopped: {what} while the room voted. The phones see the round as closed; start room voting again to vote on the engagement as it is now.</source>
        <translation>Röstningen i rummet stoppades: {what} medan rummet röstade. Telefonerna ser omgången som stängd; starta röstningen i rummet igen för att rösta om uppdraget som det är nu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="326"/>
        <source>Scan to vote: {round}</source>
        <translation>Skanna för att rösta: {round}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/room/view.py" line="329"/>
        <source>Vote on your phone</source>
        <translation>Rösta i telefonen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="139"/>
        <source>engagement contact</source>
        <translation>uppdragets kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="139"/>
        <source>engagement facilitator</source>
        <translation>uppdragets utredare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="140"/>
        <source>engagement description</source>
        <translation>uppdragets beskrivning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="147"/>
        <source>vote rationale</source>
        <translation>motivering till röst</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="149"/>
        <source>potential rationale given in a meeting</source>
        <translation>motivering till potential given vid ett möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="151"/>
        <source>vote rationale given in a meeting</source>
        <translation>motivering till röst given vid ett möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="161"/>
        <source>meeting title</source>
        <translation>mötets titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="162"/>
        <source>meeting place</source>
        <translation>mötets plats</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="163"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="45"/>
        <source>internal notes</source>
        <translation>interna anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="165"/>
        <source>item {n}</source>
        <translation>punkt {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="166"/>
        <source>item {n}, theme</source>
        <translation>punkt {n}, tema</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="167"/>
        <source>item {n}, notes</source>
        <translation>punkt {n}, anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="168"/>
        <source>item {n}, internal notes</source>
        <translation>punkt {n}, interna anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="170"/>
        <source>decision {n}</source>
        <translation>beslut {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="172"/>
        <source>action item {n}</source>
        <translation>åtgärd {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="174"/>
        <source>approved by</source>
        <translation>justerat av</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="177"/>
        <source>approved minutes, item {n}</source>
        <translation>justerat protokoll, punkt {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="179"/>
        <source>approved minutes, decision {n}</source>
        <translation>justerat protokoll, beslut {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="181"/>
        <source>approved minutes, action item {n}</source>
        <translation>justerat protokoll, åtgärd {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="183"/>
        <source>approved minutes, title and place</source>
        <translation>justerat protokoll, rubrik och plats</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="187"/>
        <source>approved minutes, rationales and comments</source>
        <translation>justerat protokoll, motiveringar och kommentarer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="190"/>
        <source>approved minutes, open items from earlier meetings</source>
        <translation>justerat protokoll, öppna punkter från tidigare möten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="192"/>
        <source>addendum of {date}</source>
        <translation>tillägg {date}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="145"/>
        <source>potential rationale</source>
        <translation>motivering till potential</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="138"/>
        <source>engagement title</source>
        <translation>uppdragets titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="138"/>
        <source>engagement client</source>
        <translation>beställare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="153"/>
        <source>preference comment</source>
        <translation>kommentar till föredraget alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="155"/>
        <source>agreed score comment</source>
        <translation>kommentar till överenskommen poäng</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="207"/>
        <source>scoped-out item</source>
        <translation>avgränsning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="211"/>
        <source>path between alternatives</source>
        <translation>väg mellan alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="213"/>
        <source>criterion {n}</source>
        <translation>kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="215"/>
        <source>organisation form</source>
        <translation>organisationsform</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="221"/>
        <source>recommendation</source>
        <translation>rekommendation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="223"/>
        <source>pre-study</source>
        <translation>förstudie</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="225"/>
        <source>plan phase</source>
        <translation>fas i genomförandeplanen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="236"/>
        <source>attendee</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="239"/>
        <source>action item owner</source>
        <translation>ansvarig för åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="266"/>
        <source>There is no person with ID “{uid}”; `workshop people FILE` lists the IDs.</source>
        <translation>Det finns ingen person med id ”{uid}”; `workshop people FIL` listar id:na.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="290"/>
        <source>{name} was forgotten: the file holds no data about them.</source>
        <translation>Uppgifterna om {name} har raderats: filen innehåller inga uppgifter om personen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/records.py" line="37"/>
        <source>Name at least one person who approves the minutes.</source>
        <translation>Ange minst en person som justerar protokollet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/records.py" line="40"/>
        <source>Give the date the minutes were approved.</source>
        <translation>Ange datum då protokollet justerades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/records.py" line="42"/>
        <source>{date} is in the future; minutes are approved on or before today ({today}).</source>
        <translation>{date} ligger i framtiden; protokoll justeras idag ({today}) eller tidigare.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/records.py" line="45"/>
        <source>{date} is before the meeting ({meeting}); minutes are approved after it.</source>
        <translation>{date} är före mötet ({meeting}); protokoll justeras efter mötet.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/records.py" line="48"/>
        <source>These minutes were already approved on {date} by {names}.</source>
        <translation>Protokollet är redan justerat {date} av {names}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/records.py" line="57"/>
        <source>The minutes of this meeting were approved on {date}: it cannot start after that day.</source>
        <translation>Protokollet från mötet justerades {date}: mötet kan inte börja efter den dagen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/records.py" line="60"/>
        <source>This meeting has been held: it cannot start later than now ({now}).</source>
        <translation>Mötet har hållits: det kan inte börja senare än nu ({now}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks_records.py" line="21"/>
        <source>{path}: “{value}” is not a date written as the app writes it (e.g. {example}).</source>
        <translation>{path}: ”{value}” är inte ett datum skrivet som appen skriver det (t.ex. {example}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks_records.py" line="31"/>
        <source>{path}: approved minutes keep no contact details; leave it empty.</source>
        <translation>{path}: ett justerat protokoll sparar inga kontaktuppgifter; lämna fältet tomt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks_records.py" line="61"/>
        <source>{path}: at least one approver is needed.</source>
        <translation>{path}: minst en justerare behövs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks_records.py" line="76"/>
        <source>{path}: a second addendum for the same thing on the same day (also at {other}).</source>
        <translation>{path}: ett andra tillägg för samma sak samma dag (även vid {other}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/forget.py" line="275"/>
        <source>{path}: the person could not be forgotten ({error}); nothing was changed.</source>
        <translation>{path}: personens uppgifter kunde inte raderas ({error}); inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/forget.py" line="302"/>
        <source>{name} was already forgotten.</source>
        <translation>Uppgifterna om {name} är redan raderade.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/approve.py" line="35"/>
        <source>Approve minutes</source>
        <translation>Justera protokoll</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/approve.py" line="41"/>
        <source>Minutes of “{title}” ({date})</source>
        <translation>Protokoll från ”{title}” ({date})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/approve.py" line="48"/>
        <source>Names, separated by commas</source>
        <translation>Namn, åtskilda med komma</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/approve.py" line="52"/>
        <source>Approved &amp;by</source>
        <translation>Justerat &amp;av</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/approve.py" line="53"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/commands.py" line="251"/>
        <source>Approve minutes of “{title}”</source>
        <translation>Justera protokollet för ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/approve.py" line="43"/>
        <source>Approved minutes are frozen: later changes are printed after them, as addenda.</source>
        <translation>Ett justerat protokoll är fryst: senare ändringar skrivs ut efter det, som tillägg.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/approve.py" line="105"/>
        <source>Minutes: draft</source>
        <translation>Protokoll: utkast</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/approve.py" line="106"/>
        <source>Minutes approved {date} by {names}</source>
        <translation>Protokollet justerat {date} av {names}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/approve.py" line="110"/>
        <source>(1 addendum since)</source>
        <translation>(1 tillägg sedan dess)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/approve.py" line="110"/>
        <source>({n} addenda since)</source>
        <translation>({n} tillägg sedan dess)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/internal.py" line="26"/>
        <source>Internal — not in the minutes</source>
        <translation>Intern – kommer inte med i protokollet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/internal.py" line="61"/>
        <source>This item, for you only (Alt+I)</source>
        <translation>Denna punkt, bara för dig (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/internal.py" line="62"/>
        <source>The whole meeting, for you only (Alt+M)</source>
        <translation>Hela mötet, bara för dig (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/internal.py" line="91"/>
        <source>Internal notes not saved: {why}</source>
        <translation>Interna anteckningar inte sparade: {why}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/runner/internal.py" line="112"/>
        <source>Alt+I: this item&apos;s internal notes; Alt+M: the whole meeting&apos;s</source>
        <translation>Alt+I: punktens interna anteckningar; Alt+M: hela mötets</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/model.py" line="19"/>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/model.py" line="19"/>
        <source>Owns action item</source>
        <translation>Ansvarig för åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/model.py" line="20"/>
        <source>Mentioned</source>
        <translation>Omnämnd</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/model.py" line="59"/>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/model.py" line="59"/>
        <source>Mentions</source>
        <translation>Omnämnanden</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/model.py" line="105"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/model.py" line="105"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/people/model.py" line="105"/>
        <source>Date / text</source>
        <translation>Datum / text</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/view.py" line="45"/>
        <location filename="../../src/workshop/ui/meetings/model.py" line="27"/>
        <source>Steering group</source>
        <translation>Styrgrupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/view.py" line="46"/>
        <source>Scoped out</source>
        <translation>Avgränsningar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/view.py" line="46"/>
        <source>Sub-items</source>
        <translation>Delmoment</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/alternatives/paths.py" line="54"/>
        <location filename="../../src/workshop/ui/framework/view.py" line="47"/>
        <source>Paths</source>
        <translation>Vägval</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/view.py" line="48"/>
        <source>Criteria scales</source>
        <translation>Kriteriernas skalor</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/framework/view.py" line="51"/>
        <source>Framework</source>
        <translation>Ramverk</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/scope_edits.py" line="67"/>
        <source>Rename organisation {name}</source>
        <translation>Byt namn på organisationen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/scope_edits.py" line="86"/>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="378"/>
        <source>Add {name}</source>
        <translation>Lägg till {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/scope_edits.py" line="103"/>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="390"/>
        <source>Remove {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/session/scope_edits.py" line="125"/>
        <source>Scale of criterion {n}</source>
        <translation>Skala för kriterium {n}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="74"/>
        <source>Meeting ended</source>
        <translation>Mötet avslutat</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="75"/>
        <source>“{title}” has ended. Export its minutes now?</source>
        <translation>”{title}” är avslutat. Exportera protokollet nu?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="112"/>
        <source>Clear form</source>
        <translation>Töm formuläret</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/agenda.py" line="90"/>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="112"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="112"/>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="139"/>
        <source>One per line</source>
        <translation>En per rad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="334"/>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="351"/>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="360"/>
        <source>Choose a row first.</source>
        <translation>Välj en rad först.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="203"/>
        <location filename="../../src/workshop/storage/merge/collisions.py" line="33"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="237"/>
        <source>group {code}</source>
        <translation>grupp {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="205"/>
        <location filename="../../src/workshop/storage/merge/collisions.py" line="33"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="238"/>
        <source>area {code}</source>
        <translation>område {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="209"/>
        <location filename="../../src/workshop/storage/merge/collisions.py" line="34"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="242"/>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="19"/>
        <source>alternative {code}</source>
        <translation>alternativ {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/collisions.py" line="34"/>
        <source>criterion {code}</source>
        <translation>kriterium {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/collisions.py" line="35"/>
        <source>organisation {code}</source>
        <translation>organisationen {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/collisions.py" line="35"/>
        <source>the short code {code}</source>
        <translation>koden {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/collisions.py" line="63"/>
        <source>Both copies added criterion {number}, and no free number is left to give one of them; nothing was written.</source>
        <translation>Båda kopiorna lade till kriterium {number}, och inget ledigt nummer finns kvar att ge det ena; ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/collisions.py" line="93"/>
        <location filename="../../src/workshop/storage/merge/collisions.py" line="96"/>
        <source>{what} (“{name}”)</source>
        <translation>{what} (”{name}”)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="188"/>
        <source>removed: {what}</source>
        <translation>borttaget: {what}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="194"/>
        <source>added: {what}</source>
        <translation>tillagt: {what}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="200"/>
        <source>moved: {what}</source>
        <translation>flyttat: {what}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="282"/>
        <source>{subject} could not be merged: the file refuses the combination of both sides&apos; changes; nothing was written.</source>
        <translation>{subject} kunde inte slås ihop: filen godtar inte båda sidornas ändringar tillsammans; ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="453"/>
        <source>{subject}: {value}</source>
        <translation>{subject}: {value}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="453"/>
        <source>{value}</source>
        <translation>{value}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="454"/>
        <source>{field} {value}</source>
        <translation>{field} {value}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="458"/>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="459"/>
        <source>{subject} ({changes})</source>
        <translation>{subject} ({changes})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="502"/>
        <source>{subject} refers to something neither file holds; nothing was written.</source>
        <translation>{subject} hänvisar till något som ingen av filerna innehåller; ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="516"/>
        <location filename="../../src/workshop/storage/merge/engine.py" line="517"/>
        <source>removed</source>
        <translation>togs bort</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="516"/>
        <location filename="../../src/workshop/storage/merge/engine.py" line="517"/>
        <source>changed</source>
        <translation>ändrades</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="632"/>
        <source>a criterion&apos;s scale kept from one side leaves votes kept from the other outside it</source>
        <translation>en kriterieskala som behålls från ena sidan lämnar röster som behålls från den andra utanför sig</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="634"/>
        <source>a vote kept from one side lies outside the scale kept from the other</source>
        <translation>en röst som behålls från ena sidan ligger utanför skalan som behålls från den andra</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/finish.py" line="82"/>
        <source>The merge left a row of {table} pointing at nothing; nothing was written.</source>
        <translation>Sammanslagningen lämnade en rad i {table} som pekar på ingenting; ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/finish.py" line="88"/>
        <source>The merged engagement fails SQLite&apos;s integrity check ({check}); nothing was written.</source>
        <translation>Det sammanslagna uppdraget klarar inte SQLites integritetskontroll ({check}); ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/engine.py" line="627"/>
        <location filename="../../src/workshop/storage/merge/files.py" line="80"/>
        <source>The files could not be merged ({error}); nothing was written.</source>
        <translation>Filerna kunde inte slås ihop ({error}); ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/schema_info.py" line="75"/>
        <source>The table {table} has no primary key, so its rows cannot be merged.</source>
        <translation>Tabellen {table} har ingen primärnyckel, så dess rader kan inte slås ihop.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="29"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="29"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="29"/>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="30"/>
        <source>place in the order</source>
        <translation>plats i ordningen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="30"/>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="30"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="31"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="44"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="31"/>
        <source>length in minutes</source>
        <translation>längd i minuter</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="31"/>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="32"/>
        <source>comment</source>
        <translation>kommentar</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="32"/>
        <source>rationale</source>
        <translation>motivering</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="32"/>
        <source>will</source>
        <translation>vilja</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="32"/>
        <source>benefit</source>
        <translation>nytta</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="33"/>
        <source>ability</source>
        <translation>förmåga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="33"/>
        <source>weight</source>
        <translation>vikt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="33"/>
        <source>lowest score</source>
        <translation>lägsta poäng</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="34"/>
        <source>highest score</source>
        <translation>högsta poäng</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="34"/>
        <source>owner</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="34"/>
        <source>due date</source>
        <translation>klart senast</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="35"/>
        <source>share of today&apos;s spend</source>
        <translation>andel av dagens livscykelutgift</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="35"/>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="35"/>
        <source>steering group</source>
        <translation>styrgrupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="36"/>
        <source>time spent</source>
        <translation>använd tid</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="36"/>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="201"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="36"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="37"/>
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="37"/>
        <source>client</source>
        <translation>beställare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="37"/>
        <source>facilitator</source>
        <translation>utredare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="38"/>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="38"/>
        <source>start date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="38"/>
        <source>end date</source>
        <translation>slutdatum</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="39"/>
        <source>short code</source>
        <translation>kod</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="39"/>
        <source>hint</source>
        <translation>tips</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="39"/>
        <source>reason</source>
        <translation>skäl</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="39"/>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="217"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="40"/>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="40"/>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="40"/>
        <source>closed in meeting</source>
        <translation>avslutad vid möte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="41"/>
        <source>potential mode</source>
        <translation>potentialläge</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="41"/>
        <source>factor scale</source>
        <translation>faktorskala</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="42"/>
        <source>template</source>
        <translation>mall</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="42"/>
        <source>alternative</source>
        <translation>alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="42"/>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="44"/>
        <source>end</source>
        <translation>slut</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="44"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="44"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="45"/>
        <source>approval date</source>
        <translation>justeringsdatum</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="45"/>
        <source>approvers</source>
        <translation>justerare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="46"/>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="46"/>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="46"/>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="46"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="47"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="47"/>
        <source>criterion</source>
        <translation>kriterium</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="47"/>
        <source>area</source>
        <translation>område</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="53"/>
        <source>work meeting</source>
        <translation>arbetsmöte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="53"/>
        <source>joint meeting</source>
        <translation>gemensamt arbetsmöte</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="54"/>
        <source>steering-group check-in</source>
        <translation>avstämning med styrgruppen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="55"/>
        <source>planned</source>
        <translation>planerat</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="55"/>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="56"/>
        <source>held</source>
        <translation>genomfört</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/people.py" line="219"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="57"/>
        <source>catalogue question</source>
        <translation>fråga ur katalogen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="58"/>
        <source>follow-up question</source>
        <translation>följdfråga</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="59"/>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="59"/>
        <source>answered</source>
        <translation>behandlad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="60"/>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="60"/>
        <source>parked</source>
        <translation>parkerad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/messages.py" line="50"/>
        <source>{whole}.{fraction}</source>
        <translation>{whole},{fraction}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="167"/>
        <location filename="../../src/workshop/ui/merge/model.py" line="103"/>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="170"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="184"/>
        <location filename="../../src/workshop/ui/merge/model.py" line="103"/>
        <source>“{value}”</source>
        <translation>”{value}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="172"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="172"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="176"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="213"/>
        <source>a row of {table}</source>
        <translation>en rad i {table}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="214"/>
        <source>{table} ({details})</source>
        <translation>{table} ({details})</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="234"/>
        <source>the engagement</source>
        <translation>uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="235"/>
        <source>organisation {name}</source>
        <translation>organisationen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="236"/>
        <source>person {name}</source>
        <translation>personen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="252"/>
        <source>a pro or con of organisation form {name}: “{what}”</source>
        <translation>en för- eller nackdel med organisationsformen {name}: ”{what}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="256"/>
        <source>question “{what}”</source>
        <translation>frågan ”{what}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="264"/>
        <source>agenda item “{what}” of meeting “{title}”</source>
        <translation>dagordningspunkten ”{what}” på mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="265"/>
        <source>decision “{what}” of meeting “{title}”</source>
        <translation>beslutet ”{what}” på mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="266"/>
        <source>action “{what}” of meeting “{title}”</source>
        <translation>åtgärden ”{what}” från mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="275"/>
        <source>{organisation}&apos;s potential for area {area} as given in meeting “{title}”</source>
        <translation>{organisation}s potential för område {area} så som den lämnades vid mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="278"/>
        <source>{organisation}&apos;s vote on {alternative}, criterion {number} as given in meeting “{title}”</source>
        <translation>{organisation}s röst på {alternative}, kriterium {number} så som den lämnades vid mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="282"/>
        <source>the recommendation</source>
        <translation>rekommendationen</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="283"/>
        <source>the proposal “{what}”</source>
        <translation>förslaget ”{what}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="284"/>
        <source>the pre-study heading “{what}”</source>
        <translation>förstudierubriken ”{what}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="285"/>
        <source>a point of the pre-study: “{what}”</source>
        <translation>en punkt i förstudien: ”{what}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="286"/>
        <source>the plan&apos;s phase “{name}”</source>
        <translation>planens fas ”{name}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="287"/>
        <source>an activity of the plan: “{what}”</source>
        <translation>en aktivitet i planen: ”{what}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="288"/>
        <source>the approval of the minutes of meeting “{title}”</source>
        <translation>justeringen av protokollet från mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="290"/>
        <source>an addendum to the minutes of meeting “{title}”</source>
        <translation>ett tillägg till protokollet från mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="243"/>
        <source>area {area} in alternative {code}</source>
        <translation>område {area} i alternativ {code}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="248"/>
        <source>the path {start} → {end}</source>
        <translation>vägen {start} → {end}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="209"/>
        <location filename="../../src/workshop/storage/merge/words.py" line="250"/>
        <source>criterion {number}</source>
        <translation>kriterium {number}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="94"/>
        <source>{what} “{name}”</source>
        <translation>{what} ”{name}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="239"/>
        <source>a line of area {code}: “{what}”</source>
        <translation>en rad i område {code}: ”{what}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="241"/>
        <source>the scoped-out item “{what}”</source>
        <translation>den bortavgränsade punkten ”{what}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="245"/>
        <source>a pro or con of alternative {code}: “{what}”</source>
        <translation>en för- eller nackdel med alternativ {code}: ”{what}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="251"/>
        <source>organisation form {name}</source>
        <translation>organisationsformen {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="255"/>
        <source>theme “{title}”</source>
        <translation>temat ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="257"/>
        <source>meeting “{title}”</source>
        <translation>mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="258"/>
        <source>{organisation} at meeting “{title}”</source>
        <translation>{organisation} på mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="261"/>
        <source>{person} at meeting “{title}”</source>
        <translation>{person} på mötet ”{title}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="267"/>
        <source>{organisation}&apos;s potential for area {area}</source>
        <translation>{organisation}s potential för område {area}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="269"/>
        <source>{organisation}&apos;s vote on {alternative}, criterion {number}</source>
        <translation>{organisation}s röst på {alternative}, kriterium {number}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="272"/>
        <source>the agreed score of {alternative}, criterion {number}</source>
        <translation>den överenskomna poängen för {alternative}, kriterium {number}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/merge/words.py" line="274"/>
        <source>{organisation}&apos;s preferred alternative</source>
        <translation>{organisation}s föredragna alternativ</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="100"/>
        <source>Hand out a copy as</source>
        <translation>Lämna ut en kopia som</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="101"/>
        <location filename="../../src/workshop/ui/merge/controller.py" line="109"/>
        <source>Cannot hand out a copy</source>
        <translation>Det går inte att lämna ut en kopia</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="112"/>
        <source>Copy handed out to {path}. Once it has been worked on on the other laptop, bring its work in here with File → Merge From…</source>
        <translation>Kopian är utlämnad till {path}. När den har använts på den andra datorn tar du in arbetet här med Arkiv → Slå ihop från…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="120"/>
        <source>Merge from which copy?</source>
        <translation>Slå ihop från vilken kopia?</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="124"/>
        <location filename="../../src/workshop/ui/merge/controller.py" line="129"/>
        <location filename="../../src/workshop/ui/merge/controller.py" line="141"/>
        <location filename="../../src/workshop/ui/merge/controller.py" line="175"/>
        <source>Cannot merge</source>
        <translation>Det går inte att slå ihop</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="130"/>
        <source>A change typed into a form cannot be stored: {reason}

Correct or clear it, then merge.</source>
        <translation>En ändring som skrivits in i ett formulär kan inte sparas: {reason}

Rätta eller töm den och slå sedan ihop.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="151"/>
        <location filename="../../src/workshop/ui/merge/controller.py" line="172"/>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="65"/>
        <source>Merge from {name}</source>
        <translation>Slå ihop från {name}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="144"/>
        <source>{name} holds nothing this file lacks; nothing to merge.</source>
        <translation>{name} innehåller inget som den här filen saknar; inget att slå ihop.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="165"/>
        <source>These choices cannot be merged: {reason} Choose otherwise, or cancel.</source>
        <translation>De här valen går inte att slå ihop: {reason} Välj annorlunda eller avbryt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="167"/>
        <source>Merged {name} (changes that came in: {count}; conflicts you decided: {decided}); a backup was taken first (Edit → Undo takes the merge back).</source>
        <translation>Slog ihop {name} (ändringar som kom in: {count}; skillnader du avgjorde: {decided}); en säkerhetskopia togs först (Redigera → Ångra tar tillbaka sammanslagningen).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="125"/>
        <source>{name} is the file open here. Choose the copy from the other laptop.</source>
        <translation>{name} är filen som är öppen här. Välj kopian från den andra datorn.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="67"/>
        <source>Changes made in “{theirs}” that come into “{mine}” as they are: {count}.</source>
        <translation>Ändringar i ”{theirs}” som tas in i ”{mine}” utan att du behöver välja: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="47"/>
        <source>Kept here as in an earlier merge from this copy (neither laptop has changed them since):</source>
        <translation>Behålls som i den här filen, precis som vid en tidigare sammanslagning från samma kopia (ingen av datorerna har ändrat dem sedan dess):</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="70"/>
        <source>Changed differently on the two laptops: {count}. For each, choose the version to keep: click it, or go to it with the arrow keys and press Space.</source>
        <translation>Ändrat olika på de två datorerna: {count}. Välj för var och en vilken version som ska behållas: klicka på den, eller gå dit med piltangenterna och tryck Mellanslag.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="97"/>
        <source>Renamed, so that both are kept:</source>
        <translation>Omdöpt, så att båda behålls:</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="120"/>
        <source>Keep All Here</source>
        <translation>Behåll allt härifrån</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="121"/>
        <source>Keep All There</source>
        <translation>Behåll allt därifrån</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="122"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="171"/>
        <source>{count} still to decide.</source>
        <translation>{count} kvar att avgöra.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="172"/>
        <source>A backup of this file is taken first; Edit → Undo takes the whole merge back.</source>
        <translation>En säkerhetskopia av filen tas först; Redigera → Ångra tar tillbaka hela sammanslagningen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/controller.py" line="150"/>
        <location filename="../../src/workshop/ui/merge/dialog.py" line="92"/>
        <location filename="../../src/workshop/ui/merge/model.py" line="89"/>
        <location filename="../../src/workshop/ui/merge/model.py" line="110"/>
        <source>and {n} more</source>
        <translation>och {n} till</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="119"/>
        <source>{subject}, {field}</source>
        <translation>{subject}, {field}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="173"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="173"/>
        <source>Here (this file)</source>
        <translation>Här (den här filen)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="173"/>
        <source>There (the other copy)</source>
        <translation>Där (den andra kopian)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/running_notice.py" line="37"/>
        <source>Back to the meeting</source>
        <translation>Tillbaka till mötet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/meetings/running_notice.py" line="92"/>
        <source>Running: {title} — scores and votes go to its minutes.</source>
        <translation>Pågår: {title} – poäng och röster hamnar i mötets protokoll.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/paths.py" line="117"/>
        <source>{path}: the file&apos;s name is too long to keep its journal, lock and backups beside it; rename it to at most {most} bytes (å, ä and ö take two).</source>
        <translation>{path}: filens namn är för långt för att dess journal, lås och säkerhetskopior ska få plats bredvid den; byt namn till högst {most} byte (å, ä och ö tar två).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/live_chart.py" line="76"/>
        <source>No areas of concern yet.</source>
        <translation>Inga områden ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/live_chart.py" line="77"/>
        <source>No organisations yet.</source>
        <translation>Inga organisationer ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/live_chart.py" line="78"/>
        <source>No groups of areas yet.</source>
        <translation>Inga grupper av områden ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/live_chart.py" line="79"/>
        <source>No scores yet: the chart fills in as they are entered.</source>
        <translation>Inga poäng ännu: diagrammet fylls i när de anges.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="48"/>
        <source>No area groups yet.</source>
        <translation>Inga områdesgrupper ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="58"/>
        <location filename="../../src/workshop/ui/widgets/live_chart.py" line="80"/>
        <source>No alternatives yet.</source>
        <translation>Inga alternativ ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="79"/>
        <source>No organisation has stated a preference yet.</source>
        <translation>Ingen organisation har angett något föredraget alternativ ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="103"/>
        <source>{orgs} has not assessed the potential yet.</source>
        <translation>{orgs} har ännu inte bedömt potentialen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="104"/>
        <source>{orgs} have not assessed the potential yet.</source>
        <translation>{orgs} har ännu inte bedömt potentialen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="106"/>
        <source>{orgs} has not voted yet.</source>
        <translation>{orgs} har ännu inte röstat.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/cli_summary.py" line="107"/>
        <source>{orgs} have not voted yet.</source>
        <translation>{orgs} har ännu inte röstat.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/live_chart.py" line="81"/>
        <source>No criteria yet.</source>
        <translation>Inga kriterier ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/live_chart.py" line="82"/>
        <source>No votes yet: the chart fills in as they are entered.</source>
        <translation>Inga röster ännu: diagrammet fylls i när de anges.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/live_chart.py" line="83"/>
        <source>No preferences yet: the chart fills in as they are entered.</source>
        <translation>Inga föredragna alternativ ännu: diagrammet fylls i när de anges.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/typing_journal.py" line="86"/>
        <source>{path}: what is being typed could not be kept beside the file ({error}).</source>
        <translation>{path}: det som skrivs kunde inte sparas bredvid filen ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/typing_journal.py" line="120"/>
        <source>{path}: larger than anything typed by hand; it was not read.</source>
        <translation>{path}: större än något som skrivits för hand; den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/recovered_dialog.py" line="50"/>
        <source>Recovered Typing</source>
        <translation>Återställd text</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/recovered_dialog.py" line="53"/>
        <source>Workshop stopped before it stored what was typed below, and the file does not hold it: each field&apos;s whole text as it was. Copy what you need and paste it where it belongs; once you close this, it is not offered again.</source>
        <translation>Workshop avslutades innan det som skrevs nedan hann sparas, och filen innehåller det inte: varje fälts hela text som den var. Kopiera det du behöver och klistra in det där det hör hemma; när du stänger detta erbjuds det inte igen.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/recovered_dialog.py" line="59"/>
        <source>Recovered text</source>
        <translation>Återställd text</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/recovered_dialog.py" line="66"/>
        <source>Copy All</source>
        <translation>Kopiera allt</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/recovered_dialog.py" line="80"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/widgets/record_editor.py" line="251"/>
        <source>(new)</source>
        <translation>(ny)</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/filesafety/typing.py" line="194"/>
        <source>What you type is not kept beside the file until it is stored: {reason}</source>
        <translation>Det du skriver sparas inte bredvid filen innan det lagras: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/domain/robustness.py" line="275"/>
        <location filename="../../src/workshop/ui/widgets/robustness_text.py" line="37"/>
        <source>No alternative has been voted on yet.</source>
        <translation>Inget alternativ har röstats om ännu.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/targets.py" line="66"/>
        <source>{path}: the name is too long for the disk; give a shorter one (a name may have {most} bytes, å, ä and ö take two).</source>
        <translation>{path}: namnet är för långt för disken; ange ett kortare (ett namn får vara {most} byte, å, ä och ö tar två).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/storage/targets.py" line="69"/>
        <source>{path}: the disk does not accept that name; give another, without characters such as \ : * ? &quot; &lt; &gt; |.</source>
        <translation>{path}: disken tar inte emot det namnet; ange ett annat, utan tecken som \ : * ? &quot; &lt; &gt; |.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/safe_write.py" line="32"/>
        <source>{path}: the earlier file could not be replaced; it may be open in another program (a PDF reader, Excel). Close it there and export again; nothing was written.</source>
        <translation>{path}: den tidigare filen kunde inte ersättas; den kan vara öppen i ett annat program (en PDF-läsare, Excel). Stäng den där och exportera igen; ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="211"/>
        <source>not valid JSON ({name} is not a number an engagement export may hold).</source>
        <translation>inte giltig JSON ({name} är inget tal som en uppdragsexport får innehålla).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_codec.py" line="255"/>
        <source>not valid JSON for Workshop: its lists and objects are nested too deeply.</source>
        <translation>inte giltig JSON för Workshop: dess listor och objekt är nästlade för djupt.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/json_checks.py" line="108"/>
        <source>{path}: {length} characters; a name holds at most {most}, as the window&apos;s fields do.</source>
        <translation>{path}: {length} tecken; ett namn rymmer högst {most}, som fönstrets fält.</translation>
    </message>
    <message>
        <location filename="../../src/workshop/export/catalogue_file.py" line="28"/>
        <source>{path}: not a question catalogue (not UTF-8 text).</source>
        <translation>{path}: ingen frågekatalog (inte UTF-8-text).</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="62"/>
        <source>a space</source>
        <translation>ett mellanslag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="62"/>
        <source>a no-break space</source>
        <translation>ett hårt mellanslag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="63"/>
        <source>another kind of space</source>
        <translation>ett annat slags mellanslag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="63"/>
        <source>a zero-width space</source>
        <translation>ett nollbrett mellanslag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="64"/>
        <source>a soft hyphen</source>
        <translation>ett mjukt bindestreck</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="65"/>
        <source>an accent typed apart from its letter</source>
        <translation>en accent skriven skild från sin bokstav</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="70"/>
        <source>an invisible character</source>
        <translation>ett osynligt tecken</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="66"/>
        <source>a carriage return</source>
        <translation>en vagnretur</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="66"/>
        <source>a line separator</source>
        <translation>en radavgränsare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="67"/>
        <source>a paragraph separator</source>
        <translation>en styckeavgränsare</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="68"/>
        <source>another kind of line break</source>
        <translation>ett annat slags radbrytning</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="69"/>
        <source>a character that looks like another</source>
        <translation>ett tecken som ser ut som ett annat</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="75"/>
        <source>{character} ({mark}) after “{before}”</source>
        <translation>{character} ({mark}) efter ”{before}”</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="77"/>
        <source>{character} ({mark}) at the start of a line</source>
        <translation>{character} ({mark}) i början av en rad</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="85"/>
        <source>here {characters}</source>
        <translation>här {characters}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="85"/>
        <source>there {characters}</source>
        <translation>där {characters}</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/merge/model.py" line="91"/>
        <source>The two versions differ only in what does not show: {differences}.</source>
        <translation>Versionerna skiljer sig bara i det som inte syns: {differences}.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="37"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nytt uppdrag från mall…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="38"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="39"/>
        <source>Save a Copy &amp;As…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="40"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="41"/>
        <source>&amp;Hand Out a Copy…</source>
        <translation>&amp;Lämna ut en kopia…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="42"/>
        <source>&amp;Merge From…</source>
        <translation>Slå i&amp;hop från…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="43"/>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="44"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="45"/>
        <source>Start &amp;Presenter View</source>
        <translation>&amp;Starta presentationsvyn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="46"/>
        <source>S&amp;top Presenter View</source>
        <translation>&amp;Avsluta presentationsvyn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="47"/>
        <source>Choose Presenter &amp;Screen…</source>
        <translation>&amp;Välj skärm för presentationsvyn…</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="48"/>
        <source>&amp;Blank the Projector</source>
        <translation>&amp;Mörklägg projektorn</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="49"/>
        <source>&amp;About Workshop</source>
        <translation>&amp;Om Workshop</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="30"/>
        <source>&amp;File</source>
        <translation>A&amp;rkiv</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/actions.py" line="31"/>
        <source>&amp;Edit</source>
        <translation>R&amp;edigera</translation>
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
    <name>OrganisationRadar</name>
    <message>
        <location filename="../../src/workshop/ui/history/radar.py" line="96"/>
        <source>A radar needs three areas or more.</source>
        <translation>Ett radardiagram behöver minst tre områden.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/workshop/ui/closing/timeline.py" line="45"/>
        <source>Give the phases a start and an end to see them over time.</source>
        <translation>Ge faserna start och slut för att se dem över tid.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="125"/>
        <source>Engagement</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="126"/>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="127"/>
        <source>Alternatives &amp; Criteria</source>
        <translation>Alternativ och kriterier</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="128"/>
        <source>Catalogue</source>
        <translation>Frågekatalog</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="129"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="130"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="131"/>
        <source>Room voting</source>
        <translation>Röstning i rummet</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="132"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="133"/>
        <source>Framework</source>
        <translation>Ramverk</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="134"/>
        <source>Organisations over time</source>
        <translation>Organisationer över tid</translation>
    </message>
    <message>
        <location filename="../../src/workshop/ui/shell/views.py" line="135"/>
        <source>Recommendation &amp; plan</source>
        <translation>Förslag och plan</translation>
    </message>
</context>
</TS>
