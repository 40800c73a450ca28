"""Every fixed word the documents and data files print, per language (Swedish first).

Municipal readers expect Swedish; English is here so a variant is one argument
away. Each language must have exactly the same keys (a test checks this).
"""

from __future__ import annotations

from collections.abc import Mapping

from workshop.domain import gaps, messages

DEFAULT_LANGUAGE = "sv"

_SV: dict[str, str] = {
    # Documents
    "minutes": "Protokoll",
    "preread": "Underlag inför möte",
    "report": "Slutrapport",
    "report_interim": "Delrapport",
    "interim_note": "Arbetet pågår. Rapporten visar läget {date} och är inte utredningens slutrapport.",
    "interim_held_1": "{held} av 1 möte är genomfört{running}.",
    "interim_held_n": "{held} av {n} möten är genomförda{running}.",
    "interim_running_1": ", 1 pågår",
    "interim_running_n": ", {n} pågår",
    "interim_not_assessed": "Alla organisationer har inte bedömt potentialen i alla områden ännu.",
    "interim_not_scored": "Alla alternativ har inte poäng på alla kriterier ännu.",
    "interim_none_assessed": "Ingen organisation har bedömt potentialen ännu.",
    "interim_none_scored": "Inget alternativ har poäng ännu.",
    "interim_no_recommendation": "Någon samlad rekommendation är ännu inte formulerad.",
    "interim_no_meetings": "Inga möten är ännu inlagda.",
    "page_of": "Sida {page} av {pages}",
    "contents": "Innehåll",
    "figure": "Bild {n}",
    "see_figure": "se bild {n}",
    "see_figures": "se bild {numbers}",
    "appendix_figures": "Bilaga: samlade bilder",
    "none_recorded": "Inget noterat.",
    "chart_empty": "Inget att visa ännu: diagrammet fylls i när poäng och röster har angetts.",
    "chart_no_preferences": "Inga föredragna alternativ ännu: diagrammet fylls i när de anges.",
    "decimal_mark": ",",
    # Title block
    "engagement": "Uppdrag",
    "meeting": "Möte",
    "meeting_kind": "Mötestyp",
    "date": "Datum",
    "time": "Tid",
    "place": "Plats",
    "facilitator": "Utredare",
    "client": "Beställare",
    "contact": "Kontaktperson",
    "organisations": "Organisationer",
    "period": "Period",
    "version_date": "Datum",
    # Meeting kinds and statuses
    "kind_work": "Arbetsmöte",
    "kind_joint": "Gemensamt arbetsmöte",
    "kind_steering": "Avstämning med styrgruppen",
    "status_open": "Öppen",
    "status_answered": "Behandlad",
    "status_skipped": "Överhoppad",
    "status_parked": "Parkerad",
    "status_closed": "Avslutad",
    "item_question": "Fråga",
    "item_free": "Punkt",
    "item_follow-up": "Följdfråga",
    # Minutes sections
    "attendees": "Deltagare",
    "name": "Namn",
    "role": "Roll",
    "organisation": "Organisation",
    "agenda": "Dagordning",
    "notes": "Anteckningar",
    "no_notes": "Inga anteckningar.",
    "scores_votes": "Poäng och röster",
    "potential_scores": "Potentialbedömning",
    "votes": "Kriterieröster",
    "decisions": "Beslut",
    "action_items": "Åtgärder",
    "action": "Åtgärd",
    "owner": "Ansvarig",
    "due": "Klart senast",
    "status": "Status",
    "carried_over": "Öppna punkter från tidigare möten",
    "from_meeting": "Från möte",
    "parked_question": "Parkerad fråga",
    "no_attendees": "Inga deltagare registrerade.",
    "no_agenda": "Dagordningen är tom.",
    "no_scores": "Inga poäng eller röster lämnades vid mötet.",
    "no_decisions": "Inga beslut fattades.",
    "no_actions": "Inga nya åtgärder.",
    "no_carried": "Inga öppna punkter från tidigare möten.",
    "fig_potential_meeting": "Potential per område, angiven vid mötet ({orgs})",
    "fig_group_potential_meeting": "Potential jämfört med idag, per grupp, enligt bedömningarna vid mötet ({orgs})",
    "fig_votes_meeting": "Kriterieröster vid mötet: summa per alternativ och organisation",
    "fig_votes_partial": "{caption} (*\u00a0{partial})",  # the bars marked "9*": "Hylte, S: 3 av 7 kriterier"
    "minutes_by": "Protokollförare: {name}",
    # Pre-read
    "preread_intro": (
        "Inför mötet skickas här de frågor vi avser att gå igenom. Frågorna är en utgångspunkt för "
        "samtalet; vi följer dem löst och lägger till följdfrågor under mötet. Fundera gärna på "
        "frågorna i förväg och ta med underlag som kan vara till hjälp."
    ),
    "questions": "Frågor",
    "invited": "Inbjudna",
    # Report
    "introduction": "Inledning",
    "background": "Bakgrund",
    "method": "Genomförande och arbetsmetod",
    "method_text": (
        "Arbetet har bedrivits genom arbetsmöten med företrädare för de deltagande organisationerna, "
        "enskilt och i grupp, samt avstämningar med styrgruppen. Totalt har {meetings} "
        "genomförts, varav {joint} och {steering}."
    ),
    "held_meetings_1": "1 möte",
    "held_meetings_n": "{n} möten",
    "held_joint_1": "1 gemensamt",
    "held_joint_n": "{n} gemensamma",
    "held_steering_1": "1 avstämning med styrgruppen",
    "held_steering_n": "{n} avstämningar med styrgruppen",
    "running_not_held_1": "1 möte pågår ännu och räknas inte ovan.",
    "running_not_held_n": "{n} möten pågår ännu och räknas inte ovan.",
    "planned_not_held_1": "Därutöver är 1 möte planerat men ännu inte genomfört; det räknas inte ovan.",
    "planned_not_held_n": "Därutöver är {n} möten planerade men ännu inte genomförda; de räknas inte ovan.",
    "method_none_held": (
        "Arbetet bedrivs genom arbetsmöten med företrädare för de deltagande organisationerna, enskilt och i "
        "grupp, samt avstämningar med styrgruppen. Inget möte har genomförts ännu."
    ),
    "running_only_1": "1 möte pågår.",
    "running_only_n": "{n} möten pågår.",
    "planned_only_1": "1 möte är planerat.",
    "planned_only_n": "{n} möten är planerade.",
    "participants_table": "Deltagande organisationer",
    "code": "Kod",
    "meetings_attended": "Möten",
    "meetings_held": "Genomförda möten",
    "title": "Titel",
    "current_state": "Nuläge och potential",
    "areas_groups": "Områden och grupper",
    "areas_intro": "Hela området har delats in i följande områden och grupper:",
    "area": "Område",
    "group": "Grupp",
    "scoped_out": "Avgränsningar",
    "scoped_out_intro": "Följande moment bedöms ligga utanför vad som i detta skede är rimligt att samverka kring:",
    "reason": "Motiv",
    "no_scoped_out": "Inga moment har avgränsats bort.",
    "no_organisations": "Inga organisationer har lagts till ännu.",
    "no_areas": "Inga områden har angetts ännu.",
    "no_groups": "Inga grupper har angetts ännu.",
    "no_criteria": "Inga kriterier har angetts ännu.",
    "no_alternatives": "Inga handlingsalternativ har angetts ännu.",
    "no_alternatives_ref": "Inga handlingsalternativ har angetts ännu ({ref}).",
    "potential": "Potential",
    "today": "Idag",
    "potential_title": "Potential för en samverkan",
    "potential_text": (
        "Varje organisation har bedömt potentialen för respektive område, med maxvärdet 100, utifrån sin "
        "egen situation. Potentialen har summerats för organisationerna och fördelats per grupp, bredvid "
        "gruppens uppskattade andel av dagens livscykelutgift (kolumn \u201dIdag\u201d) ({ref})."
    ),
    "potential_text_partial": (
        "Varje organisation bedömer potentialen för respektive område, med maxvärdet 100, utifrån sin egen "
        "situation. Bedömningarna är ännu inte kompletta; de som har lämnats har summerats för organisationerna "
        "och fördelats per grupp, bredvid gruppens uppskattade andel av dagens livscykelutgift (kolumn "
        "\u201dIdag\u201d) ({ref})."
    ),
    "potential_text_none": (
        "Varje organisation bedömer potentialen för respektive område, med maxvärdet 100, utifrån sin egen "
        "situation. Inga bedömningar har lämnats ännu ({ref})."
    ),
    "no_potentials_ref": "Ingen organisation har bedömt något område ännu ({ref}).",
    "potential_per_org": "Potential per område och organisation",
    "sum": "Summa",
    "partial_sum": "{sum} ({n} av {total})",  # a sum of the criteria scored so far: "14 (5 av 7)"
    "partial_note_1": (
        "{alternatives} har ännu inte poäng på alla kriterier: summan räknar bara kriterierna med poäng (hur många "
        "står inom parentes), och alternativet får en placering först när alla kriterier har poäng."
    ),
    "partial_note_n": (
        "{alternatives} har ännu inte poäng på alla kriterier: summorna räknar bara kriterierna med poäng (hur många "
        "står inom parentes), och alternativen får en placering först när alla kriterier har poäng."
    ),
    "missing_scores": "Saknade bedömningar: {count}.",
    "analysis": "Analys",
    "criteria": "Kriterier",
    "criteria_intro": "Alternativen har värderats utifrån följande kriterier:",
    "criteria_intro_none": "Inga poäng har getts ännu. Alternativen ska värderas utifrån följande kriterier:",
    "criteria_intro_partial_1": (
        "Värderingen pågår: {n} av {total} alternativ har poäng på alla kriterier. Alternativen värderas utifrån "
        "följande kriterier:"
    ),
    "criteria_intro_partial_n": (
        "Värderingen pågår: {n} av {total} alternativ har poäng på alla kriterier. Alternativen värderas utifrån "
        "följande kriterier:"
    ),
    "no_scores_yet": "Inga poäng har getts ännu.",
    "no_scores_ref": "Inga poäng har getts ännu ({ref}).",
    "scale": "Skala",
    "weight": "Vikt",
    "alternatives": "Handlingsalternativ",
    "coverage": "Alternativens omfattning",
    "coverage_text": "Alternativens omfattning av områdena framgår av tabellen nedan ({ref}).",
    "coverage_share": "Andel av den samlade potentialen",
    "alternative": "Alternativ",
    "pros": "Fördelar",
    "cons": "Nackdelar",
    "no_points": "Inga angivna.",
    "criterion": "Kriterium",
    "score": "Poäng",
    "agreed": "Överenskommen",
    "valuation": "Värdering av {name}",
    "overall_valuation": "Samlad värdering",
    "overall_text": "Sammanställning av alternativens poäng per kriterium, med summa och rangordning ({ref}).",
    "rank": "Placering",
    "weighted_sum": "Viktad summa",
    "median_note": "Poängen är medianen av organisationernas röster, utom där utredaren har satt ett värde för hand.",
    "robustness": "Robusthet",
    "robust_nothing": "Inget alternativ har röstats om ännu.",
    "robust_tie": "Inget alternativ ligger ensamt först: {leaders} delar förstaplatsen.",
    "robust_lead_1": "{winner} leder med {margin} poäng före {runners} (delad förstaplats räknas som att ledningen går förlorad).",
    "robust_lead_n": "{winner} leder med {margin} poäng före {runners} (delad förstaplats räknas som att ledningen går förlorad).",
    "robust_alone": "{winner} är det enda alternativ som har poäng.",
    "robust_alone_complete": "{winner} är det enda alternativ som har poäng på alla kriterier.",
    "robust_nothing_complete": "Inget alternativ har poäng på alla kriterier ännu.",
    "robust_partial_1": "{alternatives} har ännu inte poäng på alla kriterier och jämförs inte.",
    "robust_partial_n": "{alternatives} har ännu inte poäng på alla kriterier och jämförs inte.",
    "robust_unscored_1": "{alternatives} har ännu inga överenskomna poäng och jämförs inte.",
    "robust_unscored_n": "{alternatives} har ännu inga överenskomna poäng och jämförs inte.",
    "robust_vote_strict": (
        "Minsta förändring som ändrar resultatet är en enda röst: om rösten från {org} på alternativ {alt}, "
        "kriterium {crit}, ändras från {old} till {new} hamnar {leaders} ensamt först."
    ),
    "robust_vote_tie": (
        "Minsta förändring som ändrar resultatet är en enda röst: om rösten från {org} på alternativ {alt}, "
        "kriterium {crit}, ändras från {old} till {new} delar {leaders} förstaplatsen."
    ),
    "robust_vote_count": "Totalt skulle {n} enskilda röständringar med ett steg var för sig ändra resultatet.",
    "robust_no_vote": "Ingen enskild röst som flyttas ett steg ändrar resultatet.",
    "robust_weight": (
        "Med vikter: en vikt på {new} i stället för {old} för kriterium {crit} skulle göra {challenger} "
        "likvärdigt med {winner}."
    ),
    "robust_missing_1": "1 röst saknas och räknas inte.",
    "robust_missing_n": "{n} röster saknas och räknas inte.",
    "paths": "Tänkbara vägval",
    "now": "Nu",
    "external": "Extern lösning",
    "organisation_forms": "Organisationsform",
    "recommendation": "Samlad rekommendation",
    "preferences": "Organisationernas inställning",
    "preferences_text": "Respektive organisation har angett vilket alternativ den föredrar ({ref}).",
    "preferred": "Föredraget alternativ",
    "comment": "Kommentar",
    "preference_summary_1": "{orgs} föredrar {alt}.",
    "preference_summary_n": "{orgs} föredrar {alt}.",
    "preference_count": "{n} av {total} organisationer föredrar {alt}.",
    "no_preferences": "Inga föredragna alternativ har angetts.",
    "preferences_text_partial_1": "1 av {total} organisationer har angett vilket alternativ den föredrar ({ref}).",
    "preferences_text_partial_n": "{n} av {total} organisationer har angett vilket alternativ de föredrar ({ref}).",
    "preference_missing_1": "{orgs} har ännu inte angett vilket alternativ den föredrar.",
    "preference_missing_n": "{orgs} har ännu inte angett vilket alternativ de föredrar.",
    "preference_missing_count": "{n} av {total} organisationer har ännu inte angett vilket alternativ de föredrar.",
    "joint_decisions": "Beslut från gemensamma möten",
    "meeting_under_way": "(mötet\u00a0pågår)",  # kept on one line
    "fig_group_potential": "Potential jämfört med idag, per grupp",
    "fig_potential_radar": "Potential per område och organisation",
    "fig_potential_radar_median": "Potential per område: medianen av {n} organisationer",
    "median_of_orgs": "Median av {n} organisationer",
    # A radar's series with no score, and with some areas unscored: the window's words (domain/gaps.py), as
    # workshop_sv.ts gives them (a test holds them equal)
    "radar_not_scored": "{name} (ej bedömd)",
    "radar_partly_scored": "{name} (delvis bedömd)",
    "all_organisations": "Alla {n} organisationer",
    "fig_criteria": "Kriteriepoäng per alternativ",
    "fig_sums": "Summa av kriteriepoäng per alternativ",
    "fig_sums_partial": "{caption} ({partial})",
    "criteria_scored": "{code}: {n}\u00a0av\u00a0{total}\u00a0kriterier",  # kept on one line
    "fig_coverage": "Alternativens andel av den samlade potentialen och summa av kriteriepoäng",
    "fig_preferences": "Antal organisationer som föredrar respektive alternativ",
    "and": "och",
    # Data exports
    "sheet_potential": "Potential",
    "sheet_votes": "Röster",
    "sheet_agreed": "Överenskomna poäng",
    "sheet_preferences": "Föredragna alternativ",
    "sheet_actions": "Åtgärder",
    "sheet_attendees": "Deltagare",
    "area_name": "Områdesnamn",
    "will": "Vilja",
    "benefit": "Nytta",
    "ability": "Förmåga",
    "rationale": "Motivering",
    "criterion_number": "Kriterium nr",
    "source": "Källa",
    "source_median": "median",
    "source_set": "satt av utredaren",
    "source_none": "saknas",
    "lowest": "Lägst",
    "highest": "Högst",
    "vote_count": "Antal röster",
    "meeting_id": "Mötes-ID",
}

_EN: dict[str, str] = {
    "minutes": "Minutes",
    "preread": "Pre-read",
    "report": "Final report",
    "report_interim": "Interim report",
    "interim_note": (
        "The work is still under way. This report shows the state on {date}; it is not the investigation's "
        "final report."
    ),
    "interim_held_1": "{held} of 1 meeting has been held{running}.",
    "interim_held_n": "{held} of {n} meetings have been held{running}.",
    "interim_running_1": ", 1 is under way",
    "interim_running_n": ", {n} are under way",
    "interim_not_assessed": "Not every organisation has assessed the potential of every area yet.",
    "interim_not_scored": "Not every alternative has scores on every criterion yet.",
    "interim_none_assessed": "No organisation has assessed the potential yet.",
    "interim_none_scored": "No alternative has scores yet.",
    "interim_no_recommendation": "No recommendation has been written yet.",
    "interim_no_meetings": "No meetings have been set up yet.",
    "page_of": "Page {page} of {pages}",
    "contents": "Contents",
    "figure": "Figure {n}",
    "see_figure": "see figure {n}",
    "see_figures": "see figures {numbers}",
    "appendix_figures": "Appendix: all figures",
    "none_recorded": "Nothing recorded.",
    "chart_empty": "Nothing to show yet: the chart fills in once scores and votes are entered.",
    "chart_no_preferences": "No preferences yet: the chart fills in as they are entered.",
    "decimal_mark": ".",
    "engagement": "Engagement",
    "meeting": "Meeting",
    "meeting_kind": "Meeting type",
    "date": "Date",
    "time": "Time",
    "place": "Place",
    "facilitator": "Facilitator",
    "client": "Client",
    "contact": "Contact",
    "organisations": "Organisations",
    "period": "Period",
    "version_date": "Date",
    "kind_work": "Work meeting",
    "kind_joint": "Joint work meeting",
    "kind_steering": "Steering group check-in",
    "status_open": "Open",
    "status_answered": "Answered",
    "status_skipped": "Skipped",
    "status_parked": "Parked",
    "status_closed": "Closed",
    "item_question": "Question",
    "item_free": "Item",
    "item_follow-up": "Follow-up",
    "attendees": "Attendees",
    "name": "Name",
    "role": "Role",
    "organisation": "Organisation",
    "agenda": "Agenda",
    "notes": "Notes",
    "no_notes": "No notes.",
    "scores_votes": "Scores and votes",
    "potential_scores": "Potential scores",
    "votes": "Criteria votes",
    "decisions": "Decisions",
    "action_items": "Action items",
    "action": "Action",
    "owner": "Owner",
    "due": "Due",
    "status": "Status",
    "carried_over": "Open items from earlier meetings",
    "from_meeting": "From meeting",
    "parked_question": "Parked question",
    "no_attendees": "No attendees recorded.",
    "no_agenda": "The agenda is empty.",
    "no_scores": "No scores or votes were taken in the meeting.",
    "no_decisions": "No decisions were taken.",
    "no_actions": "No new action items.",
    "no_carried": "No open items from earlier meetings.",
    "fig_potential_meeting": "Potential per area, given in the meeting ({orgs})",
    "fig_group_potential_meeting": "Potential compared with today, per group, from the scores given in the meeting ({orgs})",
    "fig_votes_meeting": "Criteria votes in the meeting: sum per alternative and organisation",
    "fig_votes_partial": "{caption} (*\u00a0{partial})",  # the bars marked "9*": "Hylte, S: 3 of 7 criteria"
    "minutes_by": "Minutes taken by: {name}",
    "preread_intro": (
        "Ahead of the meeting, here are the questions we intend to cover. They are a starting point for "
        "the conversation; we follow them loosely and add follow-up questions in the meeting. Please "
        "think about them beforehand and bring any material that may help."
    ),
    "questions": "Questions",
    "invited": "Invited",
    "introduction": "Introduction",
    "background": "Background",
    "method": "Method",
    "method_text": (
        "The work was carried out in work meetings with representatives of the participating "
        "organisations, alone and together, and check-ins with the steering group. In all, {meetings} "
        "held, of which {joint} and {steering}."
    ),
    "held_meetings_1": "1 meeting was",
    "held_meetings_n": "{n} meetings were",
    "held_joint_1": "1 joint meeting",
    "held_joint_n": "{n} joint meetings",
    "held_steering_1": "1 steering group check-in",
    "held_steering_n": "{n} steering group check-ins",
    "running_not_held_1": "1 meeting is still under way and is not counted above.",
    "running_not_held_n": "{n} meetings are still under way and are not counted above.",
    "planned_not_held_1": "One more meeting is planned but not yet held; it is not counted above.",
    "planned_not_held_n": "{n} more meetings are planned but not yet held; they are not counted above.",
    "method_none_held": (
        "The work is carried out in work meetings with representatives of the participating organisations, "
        "alone and together, and check-ins with the steering group. No meeting has been held yet."
    ),
    "running_only_1": "1 meeting is under way.",
    "running_only_n": "{n} meetings are under way.",
    "planned_only_1": "1 meeting is planned.",
    "planned_only_n": "{n} meetings are planned.",
    "participants_table": "Participating organisations",
    "code": "Code",
    "meetings_attended": "Meetings",
    "meetings_held": "Meetings held",
    "title": "Title",
    "current_state": "Current state and potential",
    "areas_groups": "Areas and groups",
    "areas_intro": "The whole field was divided into the following areas and groups:",
    "area": "Area",
    "group": "Group",
    "scoped_out": "Scope exclusions",
    "scoped_out_intro": "The following items are considered outside what is reasonable to collaborate on at this stage:",
    "reason": "Reason",
    "no_scoped_out": "Nothing was scoped out.",
    "no_organisations": "No organisations have been added yet.",
    "no_areas": "No areas have been set up yet.",
    "no_groups": "No groups have been set up yet.",
    "no_criteria": "No criteria have been set up yet.",
    "no_alternatives": "No alternatives have been set up yet.",
    "no_alternatives_ref": "No alternatives have been set up yet ({ref}).",
    "potential": "Potential",
    "today": "Today",
    "potential_title": "Potential for a collaboration",
    "potential_text": (
        "Each organisation scored the potential of each area, with a maximum of 100, from its own "
        "situation. The scores were summed over the organisations and divided per group, beside the "
        "group's estimated share of today's lifecycle spend (column \u201cToday\u201d) ({ref})."
    ),
    "potential_text_partial": (
        "Each organisation scores the potential of each area, with a maximum of 100, from its own situation. "
        "The scores are not complete yet; those given were summed over the organisations and divided per "
        "group, beside the group's estimated share of today's lifecycle spend (column \u201cToday\u201d) ({ref})."
    ),
    "potential_text_none": (
        "Each organisation scores the potential of each area, with a maximum of 100, from its own situation. "
        "No scores have been given yet ({ref})."
    ),
    "no_potentials_ref": "No organisation has scored any area yet ({ref}).",
    "potential_per_org": "Potential per area and organisation",
    "sum": "Sum",
    "partial_sum": "{sum} ({n} of {total})",
    "partial_note_1": (
        "{alternatives} is not yet scored on every criterion: its sum counts only the criteria with a score (how "
        "many in brackets), and it is given a rank once every criterion has a score."
    ),
    "partial_note_n": (
        "{alternatives} are not yet scored on every criterion: their sums count only the criteria with a score "
        "(how many in brackets), and they are given a rank once every criterion has a score."
    ),
    "missing_scores": "Missing scores: {count}.",
    "analysis": "Analysis",
    "criteria": "Criteria",
    "criteria_intro": "The alternatives were scored on the following criteria:",
    "criteria_intro_none": "No scores have been given yet. The alternatives are to be scored on the following criteria:",
    "criteria_intro_partial_1": (
        "The scoring is under way: {n} of {total} alternatives has scores on every criterion. The alternatives "
        "are scored on the following criteria:"
    ),
    "criteria_intro_partial_n": (
        "The scoring is under way: {n} of {total} alternatives have scores on every criterion. The alternatives "
        "are scored on the following criteria:"
    ),
    "no_scores_yet": "No scores have been given yet.",
    "no_scores_ref": "No scores have been given yet ({ref}).",
    "scale": "Scale",
    "weight": "Weight",
    "alternatives": "Alternatives",
    "coverage": "Scope of the alternatives",
    "coverage_text": "The areas each alternative covers are shown in the table below ({ref}).",
    "coverage_share": "Share of potential",
    "alternative": "Alternative",
    "pros": "Pros",
    "cons": "Cons",
    "no_points": "None given.",
    "criterion": "Criterion",
    "score": "Score",
    "agreed": "Agreed",
    "valuation": "Scoring of {name}",
    "overall_valuation": "Overall scoring",
    "overall_text": "The alternatives' scores per criterion, with sums and ranks ({ref}).",
    "rank": "Rank",
    "weighted_sum": "Weighted sum",
    "median_note": "Scores are the median of the organisations' votes where the facilitator did not set a value.",
    "robustness": "Robustness",
    "robust_nothing": "No alternative has been voted on yet.",
    "robust_tie": "No alternative is first alone: {leaders} share first place.",
    "robust_lead_1": "{winner} leads by {margin} point ahead of {runners} (a shared first place counts as losing the lead).",
    "robust_lead_n": "{winner} leads by {margin} points ahead of {runners} (a shared first place counts as losing the lead).",
    "robust_alone": "{winner} is the only alternative with scores.",
    "robust_alone_complete": "{winner} is the only alternative scored on every criterion.",
    "robust_nothing_complete": "No alternative is scored on every criterion yet.",
    "robust_partial_1": "{alternatives} is not yet scored on every criterion and is not compared.",
    "robust_partial_n": "{alternatives} are not yet scored on every criterion and are not compared.",
    "robust_unscored_1": "{alternatives} has no agreed scores yet and is not compared.",
    "robust_unscored_n": "{alternatives} have no agreed scores yet and are not compared.",
    "robust_vote_strict": (
        "The smallest change that alters the result is a single vote: if {org}'s vote on alternative {alt}, "
        "criterion {crit}, moved from {old} to {new}, {leaders} would be first alone."
    ),
    "robust_vote_tie": (
        "The smallest change that alters the result is a single vote: if {org}'s vote on alternative {alt}, "
        "criterion {crit}, moved from {old} to {new}, {leaders} would share first place."
    ),
    "robust_vote_count": "In all, {n} single-vote changes of one step would each alter the result.",
    "robust_no_vote": "No single vote moved by one step alters the result.",
    "robust_weight": (
        "By weights: a weight of {new} instead of {old} on criterion {crit} would make {challenger} "
        "equal to {winner}."
    ),
    "robust_missing_1": "1 vote is missing and does not count.",
    "robust_missing_n": "{n} votes are missing and do not count.",
    "paths": "Possible paths",
    "now": "Now",
    "external": "External solution",
    "organisation_forms": "Organisation form",
    "recommendation": "Recommendation",
    "preferences": "The organisations' preferences",
    "preferences_text": "Each organisation stated the alternative it prefers ({ref}).",
    "preferred": "Preferred alternative",
    "comment": "Comment",
    "preference_summary_1": "{orgs} prefers {alt}.",  # one organisation: "Gislaved prefers …"
    "preference_summary_n": "{orgs} prefer {alt}.",
    "preference_count": "{n} of {total} organisations prefer {alt}.",
    "no_preferences": "No preferences were stated.",
    "preferences_text_partial_1": "1 of {total} organisations has stated the alternative it prefers ({ref}).",
    "preferences_text_partial_n": "{n} of {total} organisations have stated the alternative they prefer ({ref}).",
    "preference_missing_1": "{orgs} has not stated a preference yet.",
    "preference_missing_n": "{orgs} have not stated a preference yet.",
    "preference_missing_count": "{n} of {total} organisations have not stated a preference yet.",
    "joint_decisions": "Decisions from joint meetings",
    "meeting_under_way": "(the\u00a0meeting\u00a0is\u00a0under\u00a0way)",
    "fig_group_potential": "Potential compared with today, per group",
    "fig_potential_radar": "Potential per area and organisation",
    "fig_potential_radar_median": "Potential per area: the median of {n} organisations",
    "median_of_orgs": "Median of {n} organisations",
    "radar_not_scored": gaps.POTENTIAL_GAP_WORDS[0],
    "radar_partly_scored": gaps.POTENTIAL_GAP_WORDS[1],
    "all_organisations": "All {n} organisations",
    "fig_criteria": "Criteria scores per alternative",
    "fig_sums": "Sum of criteria scores per alternative",
    "fig_sums_partial": "{caption} ({partial})",
    "criteria_scored": "{code}: {n}\u00a0of\u00a0{total}\u00a0criteria",
    "fig_coverage": "The alternatives' share of the total potential and sum of criteria scores",
    "fig_preferences": "Number of organisations preferring each alternative",
    "and": "and",
    "sheet_potential": "Potential",
    "sheet_votes": "Votes",
    "sheet_agreed": "Agreed scores",
    "sheet_preferences": "Preferences",
    "sheet_actions": "Action items",
    "sheet_attendees": "Attendees",
    "area_name": "Area name",
    "will": "Will",
    "benefit": "Benefit",
    "ability": "Ability",
    "rationale": "Rationale",
    "criterion_number": "Criterion no.",
    "source": "Source",
    "source_median": "median",
    "source_set": "set by the facilitator",
    "source_none": "missing",
    "lowest": "Lowest",
    "highest": "Highest",
    "vote_count": "Votes",
    "meeting_id": "Meeting ID",
}

from workshop.export import labels_closing  # noqa: E402  (its words for what schema step 3 added)
from workshop.export.labels_records import EN as _RECORDS_EN, SV as _RECORDS_SV  # noqa: E402

_SV.update(_RECORDS_SV)
_EN.update(_RECORDS_EN)
LANGUAGES: dict[str, Mapping[str, str]] = {"sv": {**_SV, **labels_closing.SV}, "en": {**_EN, **labels_closing.EN}}


def labels(language: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    """The labels of one language; an unknown language is refused with the ones there are."""
    try:
        return LANGUAGES[language]
    except KeyError:
        raise ValueError(f"Unknown document language “{language}”; choose one of: {', '.join(LANGUAGES)}.") from None


def counted(lab: Mapping[str, str], key: str, n: int, **values: str) -> str:
    """A count in words that agree with it: `key`_1 for one ("1 gemensamt möte"), else `key`_n ("2 gemensamma
    möten", "0 …"), with {n} and `values` filled in."""
    return messages.counted(n, lab[f"{key}_1"], lab[f"{key}_n"], **values)


def join_names(names: list[str], lab: Mapping[str, str]) -> str:
    """'A, B och C' in the document's language."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {lab['and']} {names[-1]}"


def gap_words(lab: Mapping[str, str]) -> tuple[str, str]:
    """A radar's words for a series with no score and with some missing ("{name} (ej bedömd)", …)."""
    return lab["radar_not_scored"], lab["radar_partly_scored"]
