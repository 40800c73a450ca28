"""Rows of the engagement file in the facilitator's words ("Gnosjö's vote on 1 Teknik, criterion 5"), for
the conflicts a merge reports. A thing is named as this file names it (after any rename for a
collision), then as the merge so far, the other side or the base does, so a row removed on one side is still named. A thing
renamed differently on both sides goes by its name at the common base, the one both laptops started from:
"organisation Gnosjö: name “…kansliet” here, “…förvaltningen” there" and "Gnosjö's vote on …" agree, and
the subject is not already cut to one of the two names in question."""

from __future__ import annotations

from collections.abc import Callable

import apsw

from workshop.domain.messages import Term, decimal, term
from workshop.domain.vocabulary import ItemKind, ItemStatus, MeetingKind, MeetingStatus

# Where a name is looked up, in this order: this file as it was (with any renames for collisions, which
# are made there too), the merge as it goes (things added there), the other file, the base.
SCHEMAS = ("mine", "main", "theirs", "base")

# The one value of a thing: a conflict about it names no field ("2 here, 3 there").
VALUE_COLUMNS = {"potential_scores": "value", "criteria_votes": "value", "agreed_scores": "value",
                 "preferences": "alternative_code"}
# What names a thing known by its code, said beside the code when it is added ("added: alternative 3 “Delad
# servicedesk”"): the code alone reads as the facilitator's own alternative 3, renamed "3 (2)" by the same merge.
NAME_COLUMNS = {"alternatives": "name", "areas": "name", "area_groups": "name", "criteria": "text"}

FIELDS = {
    "name": term("name"), "title": term("title"), "text": term("text"), "notes": term("notes"),
    "position": term("place in the order"), "description": term("description"), "status": term("status"),
    "starts_at": term("start"), "duration_minutes": term("length in minutes"), "place": term("place"),
    "comment": term("comment"), "rationale": term("rationale"), "will": term("will"), "benefit": term("benefit"),
    "ability": term("ability"), "weight": term("weight"), "scale_min": term("lowest score"),
    "scale_max": term("highest score"), "owner": term("owner"), "due_date": term("due date"),
    "today_share": term("share of today's spend"), "role": term("role"), "steering_group": term("steering group"),
    "seconds_spent": term("time spent"), "meeting_uid": term("meeting"), "organisation_uid": term("organisation"),
    "value": term("value"), "client": term("client"), "facilitator": term("facilitator"),
    "contact": term("contact person"), "start_date": term("start date"), "end_date": term("end date"),
    "short_code": term("short code"), "hint": term("hint"), "reason": term("reason"), "kind": term("kind"),
    "theme_title": term("theme"), "question_uid": term("question"), "closed_in_meeting_uid": term("closed in meeting"),
    "potential_mode": term("potential mode"), "potential_factor_scale": term("factor scale"),
    "template": term("template"), "alternative_code": term("alternative"), "group_code": term("group"),
    # A phase's dates, a person's contact details…: the column's own name had shown ("ends on" in Swedish).
    "starts_on": term("start"), "ends_on": term("end"), "email": term("e-mail"), "phone": term("phone"),
    "internal_notes": term("internal notes"), "approved_on": term("approval date"), "approvers": term("approvers"),
    "code": term("code"), "number": term("number"), "from_code": term("from"), "to_code": term("to"),
    "made_on": term("date"), "criterion_number": term("criterion"), "area_code": term("area"),
}


# Coded values as the interface names them (a conflict read "meeting type “joint” | “steering”" in Swedish too).
CODED = {
    ("meetings", "kind"): {MeetingKind.WORK: term("work meeting"), MeetingKind.JOINT: term("joint meeting"),
                           MeetingKind.STEERING: term("steering-group check-in")},
    ("meetings", "status"): {MeetingStatus.PLANNED: term("planned"), MeetingStatus.RUNNING: term("running"),
                             MeetingStatus.CLOSED: term("held")},
    ("agenda_items", "kind"): {ItemKind.QUESTION: term("catalogue question"), ItemKind.FREE: term("free item"),
                               ItemKind.FOLLOW_UP: term("follow-up question")},
    ("agenda_items", "status"): {ItemStatus.OPEN: term("open"), ItemStatus.ANSWERED: term("answered"),
                                 ItemStatus.SKIPPED: term("skipped"), ItemStatus.PARKED: term("parked")},
}


# Columns naming another row, shown by that row's name.
REFERENCES = {"organisation_uid": ("organisations", "name"), "meeting_uid": ("meetings", "title"),
              "closed_in_meeting_uid": ("meetings", "title"), "question_uid": ("questions", "text"),
              "person_uid": ("people", "name"), "theme_uid": ("themes", "title")}
# Text columns that are codes or times, not free text.
_NOT_FREE = ("alternative_code", "area_code", "group_code", "short_code", "starts_at", "steering_group")


def field_words(column: str) -> Term:
    """A column in words ("share of today's spend"); an unknown one as it is spelled."""
    return FIELDS.get(column) or term(column.replace("_", " "))


def _flat(text) -> str:
    return " ".join(str(text).split())


def _short(text: str, limit: int = 50, start: int = 0) -> str:
    """At most `limit` characters of the text on one line ("…" where cut), from `start` (see _start)."""
    text = _flat(text)
    if start > 0:
        text = "…" + text[start:]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def with_name(table: str, row: dict, what: Term) -> Term:
    """`what` (a thing named by its code) with its name beside it, for a thing added: see NAME_COLUMNS."""
    column = NAME_COLUMNS.get(table)
    if column is None or not row.get(column):
        return what
    return term("{what} “{name}”", what=what, name=_short(row[column], 50))


AFTER_DIFFERENCE = 12  # letters shown after where two texts first differ


def _start(texts, limit: int = 50) -> int:
    """Where to start showing texts that differ: 0, or a little before their first difference when it lies
    past what `limit` characters show (two long names that differ at the end read alike cut at 50)."""
    flat = [_flat(t) for t in texts if isinstance(t, str)]
    if len(flat) < 2:
        return 0
    same = 0
    for letters in zip(*flat):
        if len(set(letters)) > 1:
            break
        same += 1
    # From the start when the difference shows there with a few letters of it (a first difference at 47 of
    # 50, cut at 49, had shown "…IT-ka…" and "…IT-av…"), or when every text is shown whole.
    if same + AFTER_DIFFERENCE < limit - 1 or all(len(t) <= limit for t in flat):
        return 0
    return same - 15


class Words:
    """Names rows of one merge's connection (schemas main, mine, theirs and base)."""

    def __init__(self, conn: apsw.Connection):
        self.conn = conn
        self._known: dict[str, list[str]] = {}
        self._names: dict[tuple, str] = {}

    def _columns(self, table: str) -> list[str]:
        if table not in self._known:
            self._known[table] = [r[1] for r in self.conn.execute(f"PRAGMA main.table_info({table})")]
        return self._known[table]

    def _in(self, schema: str, table: str, column: str, value) -> dict | None:
        try:
            row = self.conn.execute(f"SELECT * FROM {schema}.{table} WHERE {column} = ? LIMIT 1", [value]).fetchone()
        except apsw.SQLError:  # a table one schema lacks: the thing is not there
            return None
        return None if row is None else dict(zip(self._columns(table), row))

    def _name(self, table: str, uid, column: str) -> str:
        """What a thing is called (see the module's note), at most 40 characters."""
        key = (table, uid, column)
        if key not in self._names:
            found = {schema: self._in(schema, table, "uid", uid) for schema in SCHEMAS} if uid is not None else {}
            here, there, base = (found.get(s) and found[s][column] for s in ("mine", "theirs", "base"))
            if base is not None and here is not None and there is not None and len({here, there, base}) == 3:
                name = base  # renamed on both sides, differently: the name both started from
            else:
                name = next((row[column] for row in found.values() if row is not None), None)
            self._names[key] = "?" if name is None else _short(name, 40)
        return self._names[key]

    def whole(self, table: str, column: str, values: tuple) -> tuple[str, str] | None:
        """Two versions of a text a person typed, whole, when `value` would show either shortened (cut, or its
        lines joined); None for anything else (a number, a code, a name looked up)."""
        texts = tuple("" if v is None else v for v in values)
        if not all(isinstance(v, str) for v in texts) or column in REFERENCES or column in _NOT_FREE \
                or (table, column) in CODED:
            return None
        start = _start(texts)
        if all(_short(t, start=start) == t for t in texts):
            return None
        return texts  # type: ignore[return-value]

    def value(self, table: str, column: str, value, among=()) -> Term | str:
        """A stored value as the facilitator knows it (an organisation's name, not its uid). `among`: the
        values it is shown beside, for a long text to be shown where they differ."""
        if value is None or value == "":
            return term("empty")
        if column in REFERENCES:
            table_named, named = REFERENCES[column]
            return term("“{value}”", value=self._name(table_named, value, named))
        if column == "steering_group":
            return term("yes") if value else term("no")
        if value in CODED.get((table, column), {}):
            return CODED[table, column][value]
        if column == "today_share" and isinstance(value, (int, float)):  # as the framework shows it: 45 %
            return term("{percent} %", percent=decimal(f"{value * 100:.1f}".removesuffix(".0")))
        if column == "seconds_spent" and isinstance(value, int):  # as the runner's clocks: 2:05, never two "2 min"
            return f"{value // 60}:{value % 60:02d}"
        if column == "starts_at" and isinstance(value, str):
            return value.replace("T", " ")
        if isinstance(value, float):
            return decimal(f"{value:g}")
        if isinstance(value, str) and column not in _NOT_FREE:
            return term("“{value}”", value=_short(value, start=_start(among)))  # Swedish quotes ”…”
        return str(value)

    def subject(self, table: str, row: dict) -> Term:
        """What a row is, in words."""
        describe = _SUBJECTS.get(table)
        try:
            if describe is not None:
                return describe(self, row)
        except (KeyError, TypeError):  # a schema changed by a later step: described as any other table
            pass
        return self._any_row(table, row)

    def _any_row(self, table: str, row: dict) -> Term:
        """A row of a table this module does not know (added by a later schema step), by what it names:
        "vote history (Gnosjö, 1 Teknik, criterion 5, “Workshop 2”)"."""
        parts = []
        for column, value in row.items():
            if value is None or column == "uid" or column.endswith("position"):
                continue
            if column in ("organisation_uid", "meeting_uid", "person_uid", "question_uid", "theme_uid"):
                parts.append(str(self.value(table, column, value)))
            elif column in ("alternative_code", "area_code", "group_code"):
                parts.append(str(value))
            elif column == "criterion_number":
                parts.append(str(term("criterion {number}", number=value)))
            elif column in ("name", "title", "text"):
                parts.append(f"“{_short(value, 40)}”")
        if not parts:
            return term("a row of {table}", table=table)
        return term("{table} ({details})", table=table.replace("_", " "), details=", ".join(parts[:4]))

    def org(self, uid) -> str:
        return self._name("organisations", uid, "name")

    def meeting(self, uid) -> str:
        return self._name("meetings", uid, "title")


def _own(words: Words, table: str, row: dict, column: str) -> str:
    """A named thing's own name, looked up as the names other rows refer to it by (see Words._name)."""
    return words._name(table, row["uid"], column) if row.get("uid") else _short(row[column], 40)


def _in_meeting(words: Words, row: dict) -> dict:
    # "what", not "text": term() takes the template as its argument `text`
    return {"what": _short(row["text"] or "", 40), "title": words.meeting(row["meeting_uid"])}


_SUBJECTS: dict[str, Callable[[Words, dict], Term]] = {
    "engagement": lambda w, r: term("the engagement"),
    "organisations": lambda w, r: term("organisation {name}", name=_own(w, "organisations", r, "name")),
    "people": lambda w, r: term("person {name}", name=_own(w, "people", r, "name")),
    "area_groups": lambda w, r: term("group {code}", code=r["code"]),
    "areas": lambda w, r: term("area {code}", code=r["code"]),
    "area_sub_items": lambda w, r: term("a line of area {code}: “{what}”",
                                        code=w._name("areas", r["area_uid"], "code"), what=_short(r["text"], 40)),
    "scoped_out_items": lambda w, r: term("the scoped-out item “{what}”", what=_short(r["text"], 40)),
    "alternatives": lambda w, r: term("alternative {code}", code=r["code"]),
    "alternative_areas": lambda w, r: term("area {area} in alternative {code}", area=r["area_code"],
                                           code=r["alternative_code"]),
    "alternative_points": lambda w, r: term("a pro or con of alternative {code}: “{what}”",
                                            code=w._name("alternatives", r["alternative_uid"], "code"),
                                            what=_short(r["text"], 40)),
    "alternative_paths": lambda w, r: term("the path {start} → {end}", start=r["from_code"] or "–",
                                           end=r["to_code"] or "–"),
    "criteria": lambda w, r: term("criterion {number}", number=r["number"]),
    "organisation_forms": lambda w, r: term("organisation form {name}", name=_own(w, "organisation_forms", r, "name")),
    "organisation_form_points": lambda w, r: term("a pro or con of organisation form {name}: “{what}”",
                                                  name=w._name("organisation_forms", r["form_uid"], "name"),
                                                  what=_short(r["text"], 40)),
    "themes": lambda w, r: term("theme “{title}”", title=_own(w, "themes", r, "title")),
    "questions": lambda w, r: term("question “{what}”", what=_own(w, "questions", r, "text")),
    "meetings": lambda w, r: term("meeting “{title}”", title=_own(w, "meetings", r, "title")),
    "meeting_organisations": lambda w, r: term("{organisation} at meeting “{title}”",
                                               organisation=w.org(r["organisation_uid"]),
                                               title=w.meeting(r["meeting_uid"])),
    "meeting_attendees": lambda w, r: term("{person} at meeting “{title}”",
                                           person=w._name("people", r["person_uid"], "name"),
                                           title=w.meeting(r["meeting_uid"])),
    "agenda_items": lambda w, r: term("agenda item “{what}” of meeting “{title}”", **_in_meeting(w, r)),
    "decisions": lambda w, r: term("decision “{what}” of meeting “{title}”", **_in_meeting(w, r)),
    "action_items": lambda w, r: term("action “{what}” of meeting “{title}”", **_in_meeting(w, r)),
    "potential_scores": lambda w, r: term("{organisation}'s potential for area {area}",
                                          organisation=w.org(r["organisation_uid"]), area=r["area_code"]),
    "criteria_votes": lambda w, r: term("{organisation}'s vote on {alternative}, criterion {number}",
                                        organisation=w.org(r["organisation_uid"]),
                                        alternative=r["alternative_code"], number=r["criterion_number"]),
    "agreed_scores": lambda w, r: term("the agreed score of {alternative}, criterion {number}",
                                       alternative=r["alternative_code"], number=r["criterion_number"]),
    "preferences": lambda w, r: term("{organisation}'s preferred alternative", organisation=w.org(r["organisation_uid"])),
    "potential_history": lambda w, r: term("{organisation}'s potential for area {area} as given in meeting "
                                           "“{title}”", organisation=w.org(r["organisation_uid"]),
                                           area=r["area_code"], title=w.meeting(r["meeting_uid"])),
    "vote_history": lambda w, r: term("{organisation}'s vote on {alternative}, criterion {number} as given in meeting "
                                      "“{title}”", organisation=w.org(r["organisation_uid"]),
                                      alternative=r["alternative_code"], number=r["criterion_number"],
                                      title=w.meeting(r["meeting_uid"])),
    "recommendation": lambda w, r: term("the recommendation"),
    "recommendation_proposals": lambda w, r: term("the proposal “{what}”", what=_short(r["text"], 40)),
    "prestudy_items": lambda w, r: term("the pre-study heading “{what}”", what=_short(r["title"], 40)),
    "prestudy_points": lambda w, r: term("a point of the pre-study: “{what}”", what=_short(r["text"], 40)),
    "plan_phases": lambda w, r: term("the plan's phase “{name}”", name=_short(r["name"], 40)),
    "phase_activities": lambda w, r: term("an activity of the plan: “{what}”", what=_short(r["text"], 40)),
    "minutes_approvals": lambda w, r: term("the approval of the minutes of meeting “{title}”",
                                           title=w.meeting(r["meeting_uid"])),
    "minutes_addenda": lambda w, r: term("an addendum to the minutes of meeting “{title}”",
                                         title=w.meeting(r["meeting_uid"])),
}
