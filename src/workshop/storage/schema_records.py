"""Schema step 0004_records: internal notes, minutes approval (justering) with its addenda, contact details.

Changes to approved minutes are recorded by triggers, so no writer can rewrite approved minutes silently:
a change to an item's notes, or a decision or action item added, changed or removed in an approved
meeting, leaves one dated addendum per thing changed and day (the first text of the day is kept as
`before`; a change undone the same day leaves none).
"""

from __future__ import annotations

from workshop.domain.vocabulary import AddendumKind, values

_KINDS = ", ".join(f"'{v}'" for v in values(AddendumKind))
_DATE = ("{col} = '' OR (strftime('%Y-%m-%d', {col}, '+0 days') = {col} AND {col} BETWEEN '1900' AND '2200')")
_UID = ("lower(substr(hex(randomblob(4)), 1) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
        " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-'"
        " || hex(randomblob(6)))")

TABLES = [
    "ALTER TABLE agenda_items ADD COLUMN internal_notes TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE meetings ADD COLUMN internal_notes TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE people ADD COLUMN email TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
    f"""CREATE TABLE minutes_approvals (
        meeting_uid TEXT PRIMARY KEY REFERENCES meetings(uid) ON DELETE CASCADE,
        approved_on TEXT NOT NULL CHECK (approved_on != '' AND ({_DATE.format(col='approved_on')})),
        approvers TEXT NOT NULL CHECK (json_valid(approvers) AND json_type(approvers) = 'array'
                                       AND json_array_length(approvers) > 0),
        minutes TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(minutes))
    ) STRICT""",
    f"""CREATE TABLE minutes_addenda (
        uid TEXT PRIMARY KEY,
        meeting_uid TEXT NOT NULL REFERENCES meetings(uid) ON DELETE CASCADE,
        made_on TEXT NOT NULL CHECK (made_on != '' AND ({_DATE.format(col='made_on')})),
        kind TEXT NOT NULL CHECK (kind IN ({_KINDS})),
        subject_uid TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        before TEXT NOT NULL DEFAULT '',
        UNIQUE (meeting_uid, subject_uid, made_on)
    ) STRICT""",
]


def _action(row: str) -> str:
    """An action item as the JSON text an addendum keeps."""
    return (f"json_object('text', {row}.text, 'owner', {row}.owner, 'due_date', {row}.due_date,"
            f" 'status', {row}.status)")


def _record(name: str, event: str, table: str, row: str, kind: str, text: str, before: str,
            when: str = "") -> str:
    approved = (f"EXISTS (SELECT 1 FROM minutes_approvals WHERE meeting_uid = {row}.meeting_uid)"
                f" AND EXISTS (SELECT 1 FROM meetings WHERE uid = {row}.meeting_uid)")
    return f"""CREATE TRIGGER {name} AFTER {event} ON {table}
        WHEN {approved}{when}
        BEGIN
            INSERT INTO minutes_addenda (uid, meeting_uid, made_on, kind, subject_uid, text, before)
            VALUES ({_UID}, {row}.meeting_uid, date('now', 'localtime'), '{kind}', {row}.uid, {text}, {before})
            ON CONFLICT (meeting_uid, subject_uid, made_on) DO UPDATE SET
                kind = CASE WHEN minutes_addenda.kind LIKE '%-added' AND excluded.kind LIKE '%-changed'
                            THEN minutes_addenda.kind ELSE excluded.kind END,
                text = excluded.text;
            UPDATE minutes_addenda SET kind = replace(kind, '-added', '-changed')
                WHERE subject_uid = {row}.uid AND kind LIKE '%-added' AND before != '';
            DELETE FROM minutes_addenda WHERE subject_uid = {row}.uid AND (
                (kind NOT LIKE '%-removed' AND text = before) OR (kind LIKE '%-removed' AND before = ''));
        END"""


K = AddendumKind
TRIGGERS = [
    _record("addendum_notes", "UPDATE OF notes", "agenda_items", "NEW", K.NOTES, "NEW.notes", "OLD.notes",
            " AND NEW.notes IS NOT OLD.notes"),
    _record("addendum_decision_added", "INSERT", "decisions", "NEW", K.DECISION_ADDED, "NEW.text", "''"),
    _record("addendum_decision_changed", "UPDATE OF text", "decisions", "NEW", K.DECISION_CHANGED, "NEW.text",
            "OLD.text", " AND NEW.text IS NOT OLD.text"),
    _record("addendum_decision_removed", "DELETE", "decisions", "OLD", K.DECISION_REMOVED, "''", "OLD.text"),
    _record("addendum_action_added", "INSERT", "action_items", "NEW", K.ACTION_ADDED, _action("NEW"), "''"),
    _record("addendum_action_changed", "UPDATE OF text, owner, due_date, status", "action_items", "NEW",
            K.ACTION_CHANGED, _action("NEW"), _action("OLD"), f" AND {_action('NEW')} IS NOT {_action('OLD')}"),
    _record("addendum_action_removed", "DELETE", "action_items", "OLD", K.ACTION_REMOVED, "''", _action("OLD")),
]

STATEMENTS = TABLES + TRIGGERS
