"""The documents' words for records: draft and approved minutes, addenda, anonymised names (sv, en)."""

from __future__ import annotations

SV: dict[str, str] = {
    "draft": "Utkast",
    "draft_banner": "Utkast – protokollet är inte justerat.",
    "draft_watermark": "UTKAST",
    "approved_by": "Justerat {date} av {names}",
    "approved_on": "Justerat {date}",
    "addenda": "Tillägg efter justering",
    "addenda_intro": "Ändringar gjorda efter att protokollet justerades. Den justerade texten ovan är oförändrad.",
    "addendum_notes": "Anteckningar till punkt {n} ({item}) ändrade",
    "addendum_decision-added": "Beslut tillagt",
    "addendum_decision-changed": "Beslut ändrat",
    "addendum_decision-removed": "Beslut struket",
    "addendum_action-added": "Åtgärd tillagd",
    "addendum_action-changed": "Åtgärd ändrad",
    "addendum_action-removed": "Åtgärd struken",
    "addendum_was": "Tidigare",
    "addendum_now": "Nu",
    "organisation_n": "Organisation {letter}",
    "person_role": "{role} ({organisation})",
    "a_participant": "Deltagare",
    "an_address": "(e-postadress)",
}

EN: dict[str, str] = {
    "draft": "Draft",
    "draft_banner": "Draft — these minutes have not been approved.",
    "draft_watermark": "DRAFT",
    "approved_by": "Approved {date} by {names}",
    "approved_on": "Approved {date}",
    "addenda": "Addenda after approval",
    "addenda_intro": "Changes made after the minutes were approved. The approved text above is unchanged.",
    "addendum_notes": "Notes on item {n} ({item}) changed",
    "addendum_decision-added": "Decision added",
    "addendum_decision-changed": "Decision changed",
    "addendum_decision-removed": "Decision struck out",
    "addendum_action-added": "Action item added",
    "addendum_action-changed": "Action item changed",
    "addendum_action-removed": "Action item struck out",
    "addendum_was": "Before",
    "addendum_now": "Now",
    "organisation_n": "Organisation {letter}",
    "person_role": "{role} ({organisation})",
    "a_participant": "Participant",
    "an_address": "(e-mail address)",
}
