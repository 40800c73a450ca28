"""The participant's page: one HTML file in this package, no external assets, in Swedish or English.

The phone's Accept-Language picks the language (Swedish when it prefers
Swedish to English, else English). The page's texts are filled in here as
JSON; everything the engagement supplies (organisation names, criteria) comes
from `…/round` and is put on the page as text, never as markup.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files

TEXTS = {
    "en": {
        "title": "Vote",
        "organisation": "Your organisation",
        "name": "Your name (optional)",
        "change_organisation": "Change organisation",
        "received": "Received",
        "received_closed": "Received; the round is not open now.",
        "sending": "Sending…",
        "send": "Send",
        "closed": "The round is closed or the laptop cannot be reached.",
        "not_received": "Not received",
        "scale": "{low} = worst, {high} = best",
        "choose_one": "Choose one",
        "hint": "Tap a value. You can change it until the facilitator closes the round.",
        "hint_choice": "Tap an alternative. You can change it until the facilitator closes the round.",
        "you_are": "Without a name the facilitator sees your votes as participant {n}.",
        "name_later": "The votes you sent before writing this name reach the facilitator without it; send them again to add it.",
        "unsent": "Not sent yet: press Send.",
        "ended": "This voting round has ended, or the address is not right. Scan the code the facilitator shows now.",
        "hint_number": "Write a number and press Send. You can change it until the facilitator closes the round.",
        "number_range": "a whole number from {low} to {high}",
        "about_potential": "Potential per area, {min}–{max}, 3–5 years ahead",
        "about_potential_factors": "Potential per area, will × benefit × ability, 3–5 years ahead",
        "hint_factors": "Tap will, benefit and ability for each area; it is sent once all three are given. You can change them until the facilitator closes the round.",
        "factor_scale": "Each {low}–{high}: {low} = none, {high} = highest",
        "factor_will": "Will",
        "factor_benefit": "Benefit",
        "factor_ability": "Ability",
        "factors_missing": "Not sent yet: give all three.",
        "potential_is": "Potential: {value}",
        "about_criteria": "Score the alternative on each criterion",
        "about_preferences": "Which alternative does your organisation prefer?",
        "about_alternative": "What the alternative means",
        "about_alternatives": "What the alternatives mean",
        "refused_busy": "the round is closed or the laptop is busy; send it again, or tell the facilitator.",
        "refused_fast": "too many taps at once; wait a moment and send it again.",
        "refused_other": "the laptop did not take this vote (the round may have changed since this page opened); tell the facilitator.",
        "loading": "Loading…",
        "show_whole": "Show the whole title",
        "connecting": "Connecting…",
        "unreachable": "The laptop cannot be reached yet; still trying. Check that you are on the room's Wi-Fi.",
        "full": "Every place in this round is taken; tell the facilitator.",
        "replaced": "Another phone's vote for your organisation counts on this now, not yours.",
        "changed": "The facilitator has changed your organisation's vote since.",
        "removed": "The facilitator has removed your organisation's vote.",
        "no_answer": "No answer from the laptop; the vote may not have arrived. Send it again.",
        "no_answer_factors": "No answer from the laptop; the factors may not have arrived. Tap one of them again to send all three.",
    },
    "sv": {
        "title": "Röstning",
        "organisation": "Din organisation",
        "name": "Ditt namn (valfritt)",
        "change_organisation": "Byt organisation",
        "received": "Mottaget",
        "received_closed": "Mottaget; omgången är inte öppen nu.",
        "sending": "Skickar…",
        "send": "Skicka",
        "closed": "Omgången är stängd eller datorn går inte att nå.",
        "not_received": "Inte mottaget",
        "scale": "{low} = sämst, {high} = bäst",
        "choose_one": "Välj ett",
        "hint": "Tryck på ett värde. Du kan ändra det tills utredaren stänger omgången.",
        "hint_choice": "Tryck på ett alternativ. Du kan ändra det tills utredaren stänger omgången.",
        "you_are": "Utan namn ser utredaren dina röster som deltagare {n}.",
        "name_later": "Rösterna du skickade innan du skrev namnet syns utan det för utredaren; skicka dem igen för att lägga till det.",
        "unsent": "Inte skickat än: tryck på Skicka.",
        "ended": "Den här röstningsomgången är slut, eller så stämmer inte adressen. Skanna koden som utredaren visar nu.",
        "hint_number": "Skriv ett tal och tryck på Skicka. Du kan ändra det tills utredaren stänger omgången.",
        "number_range": "ett heltal från {low} till {high}",
        "about_potential": "Potential per område, {min}–{max}, 3–5 år framåt",
        "about_potential_factors": "Potential per område, vilja × nytta × förmåga, 3–5 år framåt",
        "hint_factors": "Tryck på vilja, nytta och förmåga för varje område; det skickas när alla tre är angivna. Du kan ändra dem tills utredaren stänger omgången.",
        "factor_scale": "Var och en {low}–{high}: {low} = ingen, {high} = högst",
        "factor_will": "Vilja",
        "factor_benefit": "Nytta",
        "factor_ability": "Förmåga",
        "factors_missing": "Inte skickat än: ange alla tre.",
        "potential_is": "Potential: {value}",
        "about_criteria": "Poängsätt alternativet på varje kriterium",
        "about_preferences": "Vilket alternativ föredrar er organisation?",
        "about_alternative": "Vad alternativet innebär",
        "about_alternatives": "Vad alternativen innebär",
        "refused_busy": "omgången är stängd eller datorn är upptagen; skicka igen eller säg till utredaren.",
        "refused_fast": "för många tryck på en gång; vänta en stund och skicka igen.",
        "refused_other": "datorn tog inte emot rösten (omgången kan ha ändrats sedan sidan öppnades); säg till utredaren.",
        "loading": "Laddar…",
        "show_whole": "Visa hela rubriken",
        "connecting": "Ansluter…",
        "unreachable": "Datorn går inte att nå än; försöker igen. Kontrollera att du är på rummets wifi.",
        "full": "Alla platser i den här omgången är tagna; säg till utredaren.",
        "replaced": "En annan telefons röst för er organisation gäller nu här, inte din.",
        "changed": "Utredaren har ändrat er organisations röst sedan dess.",
        "removed": "Utredaren har tagit bort er organisations röst.",
        "no_answer": "Inget svar från datorn; rösten kanske inte kom fram. Skicka den igen.",
        "no_answer_factors": "Inget svar från datorn; faktorerna kanske inte kom fram. Tryck på en av dem igen för att skicka alla tre.",
    },
}


def language(accept_language: str | None) -> str:
    """'sv' when the phone prefers Swedish to English (RFC 9110 quality values), else 'en'."""
    best: dict[str, float] = {}
    for part in (accept_language or "")[:500].split(","):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in ("sv", "en"):
            continue
        q = 1.0
        for p in params.split(";"):
            key, _, val = p.strip().partition("=")
            if key == "q":
                try:
                    q = max(0.0, min(1.0, float(val)))
                except ValueError:
                    q = 0.0
        best[primary] = max(best.get(primary, 0.0), q)
    sv, en = best.get("sv", 0.0), best.get("en", 0.0)
    return "sv" if sv > 0 and sv >= en else "en"


@functools.cache
def _template() -> str:
    return (files("workshop.room") / "page.html").read_text(encoding="utf-8")


@functools.cache
def page(lang: str) -> bytes:
    """The page in the language, ready to send."""
    texts = json.dumps(TEXTS[lang], ensure_ascii=False).replace("<", "\\u003c")
    return _template().replace("__LANG__", lang).replace("__TEXTS__", texts).encode("utf-8")

