"""The engagement file's schema, as ordered migration steps.

Each step is registered with sqlite-utils' Migrations; after they run,
`PRAGMA user_version` holds the number of steps applied, so an older app can
tell a newer file apart and refuse it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workshop.domain.messages import term
from workshop.domain.validation import (
    CRITERION_NUMBER_MAX,
    MEETING_MINUTES_MAX,
    SCALE_LIMIT,
    SCALE_STEPS_MAX,
    SCALE_STEPS_MIN,
    TRIM_CHARS,
    WEIGHT_MAX,
)
from workshop.domain.vocabulary import (
    ActionStatus, ArgumentKind, ItemKind, ItemStatus, MeetingKind, MeetingStatus, PotentialMode, values,
)

# "WKSH" as a 32-bit integer marks a file as a Workshop engagement.
APPLICATION_ID = 0x574B5348

migrations = Migrations("workshop")
_STEP_NAMES: list[str] = []


def _step(name: str):
    """Register a migration step; the order of registration is the order they run."""
    _STEP_NAMES.append(name)
    return migrations(name=name)

_NONEMPTY = "CHECK (length(trim({col})) > 0)"


def _one_of(col: str, vocabulary: type[StrEnum]) -> str:
    """A CHECK that keeps a column within a closed set of values of the domain."""
    listed = ", ".join(f"'{v}'" for v in values(vocabulary))
    return f"CHECK ({col} IN ({listed}))"


def _text(col: str) -> str:
    return f"{col} TEXT NOT NULL {_NONEMPTY.format(col=col)}"


_V1 = [
    f"""CREATE TABLE engagement (
        uid TEXT PRIMARY KEY,
        singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
        {_text('title')},
        client TEXT NOT NULL DEFAULT '',
        facilitator TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL DEFAULT '',
        end_date TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        template TEXT NOT NULL DEFAULT '',
        potential_mode TEXT NOT NULL DEFAULT 'direct' {_one_of('potential_mode', PotentialMode)},
        potential_factor_scale INTEGER NOT NULL DEFAULT 5 CHECK (potential_factor_scale BETWEEN 1 AND 10)
    )""",
    f"""CREATE TABLE organisations (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_text('name')} UNIQUE COLLATE NOCASE,
        {_text('short_code')} UNIQUE COLLATE NOCASE
    )""",
    f"""CREATE TABLE people (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_text('name')},
        role TEXT NOT NULL DEFAULT '',
        organisation_uid TEXT REFERENCES organisations(uid) ON DELETE SET NULL,
        steering_group INTEGER NOT NULL DEFAULT 0 CHECK (steering_group IN (0, 1))
    )""",
    f"""CREATE TABLE area_groups (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_text('code')} UNIQUE,
        {_text('name')},
        today_share REAL CHECK (today_share IS NULL OR today_share BETWEEN 0 AND 1)
    )""",
    f"""CREATE TABLE areas (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_text('code')} UNIQUE,
        {_text('name')},
        group_code TEXT NOT NULL REFERENCES area_groups(code) ON UPDATE CASCADE
    )""",
    f"""CREATE TABLE area_sub_items (
        uid TEXT PRIMARY KEY,
        area_uid TEXT NOT NULL REFERENCES areas(uid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        {_text('text')}
    )""",
    f"""CREATE TABLE scoped_out_items (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_text('text')},
        reason TEXT NOT NULL DEFAULT ''
    )""",
    f"""CREATE TABLE alternatives (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_text('code')} UNIQUE,
        {_text('name')},
        description TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE alternative_areas (
        alternative_code TEXT NOT NULL REFERENCES alternatives(code) ON UPDATE CASCADE ON DELETE CASCADE,
        area_code TEXT NOT NULL REFERENCES areas(code) ON UPDATE CASCADE ON DELETE CASCADE,
        PRIMARY KEY (alternative_code, area_code)
    )""",
    f"""CREATE TABLE alternative_points (
        uid TEXT PRIMARY KEY,
        alternative_uid TEXT NOT NULL REFERENCES alternatives(uid) ON DELETE CASCADE,
        kind TEXT NOT NULL {_one_of('kind', ArgumentKind)},
        position INTEGER NOT NULL,
        {_text('text')}
    )""",
    """CREATE TABLE alternative_paths (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        from_code TEXT REFERENCES alternatives(code) ON UPDATE CASCADE ON DELETE CASCADE,
        to_code TEXT REFERENCES alternatives(code) ON UPDATE CASCADE ON DELETE CASCADE,
        description TEXT NOT NULL DEFAULT ''
    )""",
    f"""CREATE TABLE criteria (
        uid TEXT PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
        {_text('text')},
        scale_min INTEGER NOT NULL DEFAULT 1,
        scale_max INTEGER NOT NULL DEFAULT 4,
        weight REAL NOT NULL DEFAULT 1.0 CHECK (weight >= 0),
        CHECK (scale_min < scale_max)
    )""",
    f"""CREATE TABLE organisation_forms (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_text('name')},
        description TEXT NOT NULL DEFAULT ''
    )""",
    f"""CREATE TABLE organisation_form_points (
        uid TEXT PRIMARY KEY,
        form_uid TEXT NOT NULL REFERENCES organisation_forms(uid) ON DELETE CASCADE,
        kind TEXT NOT NULL {_one_of('kind', ArgumentKind)},
        position INTEGER NOT NULL,
        {_text('text')}
    )""",
    f"""CREATE TABLE themes (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_text('title')}
    )""",
    f"""CREATE TABLE questions (
        uid TEXT PRIMARY KEY,
        theme_uid TEXT NOT NULL REFERENCES themes(uid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        {_text('text')},
        hint TEXT NOT NULL DEFAULT ''
    )""",
    f"""CREATE TABLE meetings (
        uid TEXT PRIMARY KEY,
        kind TEXT NOT NULL {_one_of('kind', MeetingKind)},
        {_text('title')},
        starts_at TEXT NOT NULL DEFAULT '',
        duration_minutes INTEGER NOT NULL DEFAULT 120 CHECK (duration_minutes > 0),
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned' {_one_of('status', MeetingStatus)}
    )""",
    """CREATE TABLE meeting_organisations (
        meeting_uid TEXT NOT NULL REFERENCES meetings(uid) ON DELETE CASCADE,
        organisation_uid TEXT NOT NULL REFERENCES organisations(uid) ON DELETE CASCADE,
        PRIMARY KEY (meeting_uid, organisation_uid)
    )""",
    """CREATE TABLE meeting_attendees (
        meeting_uid TEXT NOT NULL REFERENCES meetings(uid) ON DELETE CASCADE,
        person_uid TEXT NOT NULL REFERENCES people(uid) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (meeting_uid, person_uid)
    )""",
    f"""CREATE TABLE agenda_items (
        uid TEXT PRIMARY KEY,
        meeting_uid TEXT NOT NULL REFERENCES meetings(uid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL {_one_of('kind', ItemKind)},
        question_uid TEXT REFERENCES questions(uid) ON DELETE SET NULL,
        theme_title TEXT NOT NULL DEFAULT '',
        {_text('text')},
        status TEXT NOT NULL DEFAULT 'open' {_one_of('status', ItemStatus)},
        notes TEXT NOT NULL DEFAULT '',
        seconds_spent INTEGER NOT NULL DEFAULT 0 CHECK (seconds_spent >= 0)
    )""",
    f"""CREATE TABLE decisions (
        uid TEXT PRIMARY KEY,
        meeting_uid TEXT NOT NULL REFERENCES meetings(uid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        {_text('text')}
    )""",
    f"""CREATE TABLE action_items (
        uid TEXT PRIMARY KEY,
        meeting_uid TEXT NOT NULL REFERENCES meetings(uid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        {_text('text')},
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' {_one_of('status', ActionStatus)},
        closed_in_meeting_uid TEXT REFERENCES meetings(uid) ON DELETE SET NULL
    )""",
    """CREATE TABLE potential_scores (
        uid TEXT PRIMARY KEY,
        organisation_uid TEXT NOT NULL REFERENCES organisations(uid) ON DELETE CASCADE,
        area_code TEXT NOT NULL REFERENCES areas(code) ON UPDATE CASCADE ON DELETE CASCADE,
        value INTEGER CHECK (value IS NULL OR (typeof(value) = 'integer' AND value BETWEEN 0 AND 100)),
        rationale TEXT NOT NULL DEFAULT '',
        will INTEGER CHECK (will IS NULL OR (typeof(will) = 'integer' AND will BETWEEN 0 AND 10)),
        benefit INTEGER CHECK (benefit IS NULL OR (typeof(benefit) = 'integer' AND benefit BETWEEN 0 AND 10)),
        ability INTEGER CHECK (ability IS NULL OR (typeof(ability) = 'integer' AND ability BETWEEN 0 AND 10)),
        meeting_uid TEXT REFERENCES meetings(uid) ON DELETE SET NULL,
        UNIQUE (organisation_uid, area_code)
    )""",
    """CREATE TABLE criteria_votes (
        uid TEXT PRIMARY KEY,
        organisation_uid TEXT NOT NULL REFERENCES organisations(uid) ON DELETE CASCADE,
        alternative_code TEXT NOT NULL REFERENCES alternatives(code) ON UPDATE CASCADE ON DELETE CASCADE,
        criterion_number INTEGER NOT NULL REFERENCES criteria(number) ON UPDATE CASCADE ON DELETE CASCADE,
        value INTEGER NOT NULL CHECK (typeof(value) = 'integer'),
        meeting_uid TEXT REFERENCES meetings(uid) ON DELETE SET NULL,
        UNIQUE (organisation_uid, alternative_code, criterion_number)
    )""",
    """CREATE TABLE agreed_scores (
        uid TEXT PRIMARY KEY,
        alternative_code TEXT NOT NULL REFERENCES alternatives(code) ON UPDATE CASCADE ON DELETE CASCADE,
        criterion_number INTEGER NOT NULL REFERENCES criteria(number) ON UPDATE CASCADE ON DELETE CASCADE,
        value INTEGER NOT NULL CHECK (typeof(value) = 'integer'),
        comment TEXT NOT NULL DEFAULT '',
        UNIQUE (alternative_code, criterion_number)
    )""",
    """CREATE TABLE preferences (
        uid TEXT PRIMARY KEY,
        organisation_uid TEXT NOT NULL UNIQUE REFERENCES organisations(uid) ON DELETE CASCADE,
        alternative_code TEXT NOT NULL REFERENCES alternatives(code) ON UPDATE CASCADE ON DELETE CASCADE,
        comment TEXT NOT NULL DEFAULT ''
    )""",
]

# A vote's range depends on its criterion's scale, which a CHECK cannot see.
for _table in ("criteria_votes", "agreed_scores"):
    for _event in ("INSERT", "UPDATE"):
        _V1.append(
            f"""CREATE TRIGGER {_table}_range_{_event.lower()} BEFORE {_event} ON {_table}
            WHEN NEW.value < (SELECT scale_min FROM criteria WHERE number = NEW.criterion_number)
              OR NEW.value > (SELECT scale_max FROM criteria WHERE number = NEW.criterion_number)
            BEGIN SELECT RAISE(ABORT, 'score outside the criterion''s scale'); END"""
        )


@_step("0001_initial")
def _initial(db: Database) -> None:
    for statement in _V1:
        db.execute(statement)


# Step 2: the file refuses what the app refuses. Every table becomes STRICT (text in a number column is
# refused; a weight of 'abc' written by another tool used to crash the app), names carry no spaces or
# invisible characters at their ends, and scales, numbers, durations and dates stay within the app's bounds.
_TRIM = "char(" + ", ".join(str(ord(c)) for c in TRIM_CHARS) + ")"
NAME_COLUMNS = {  # the non-empty text columns (_text above), trimmed like the app trims them
    "engagement": ("title",), "organisations": ("name", "short_code"), "people": ("name",),
    "area_groups": ("code", "name"), "areas": ("code", "name"), "area_sub_items": ("text",),
    "scoped_out_items": ("text",), "alternatives": ("code", "name"), "alternative_points": ("text",),
    "criteria": ("text",), "organisation_forms": ("name",), "organisation_form_points": ("text",),
    "themes": ("title",), "questions": ("text",), "meetings": ("title",), "agenda_items": ("text",),
    "decisions": ("text",), "action_items": ("text",),
}
# A date must read back as itself ('+0 days' makes SQLite carry an impossible day over: 2024-02-30 does not).
_BOUNDS = {
    "criteria": (f"number <= {CRITERION_NUMBER_MAX}",
                 f"scale_min >= -{SCALE_LIMIT} AND scale_max <= {SCALE_LIMIT}",
                 f"scale_max - scale_min + 1 BETWEEN {SCALE_STEPS_MIN} AND {SCALE_STEPS_MAX}",
                 f"weight <= {WEIGHT_MAX}"),
    "meetings": (f"duration_minutes <= {MEETING_MINUTES_MAX}",
                 "starts_at = '' OR (strftime('%Y-%m-%dT%H:%M', starts_at, '+0 days') = starts_at"
                 " AND starts_at BETWEEN '1900' AND '2200')"),
    "action_items": ("due_date = '' OR (strftime('%Y-%m-%d', due_date, '+0 days') = due_date"
                     " AND due_date BETWEEN '1900' AND '2200')",),
    "agenda_items": ("seconds_spent <= 10000000",),
}
_SCALE_GUARD = """CREATE TRIGGER criteria_scale_update BEFORE UPDATE OF scale_min, scale_max ON criteria
    WHEN EXISTS (SELECT 1 FROM criteria_votes WHERE criterion_number = NEW.number
                 AND value NOT BETWEEN NEW.scale_min AND NEW.scale_max)
      OR EXISTS (SELECT 1 FROM agreed_scores WHERE criterion_number = NEW.number
                 AND value NOT BETWEEN NEW.scale_min AND NEW.scale_max)
    BEGIN SELECT RAISE(ABORT, 'votes lie outside the criterion''s new scale'); END"""


def _strict(statement: str) -> tuple[str, str]:
    """A V1 CREATE TABLE as (table name, its STRICT form with the added checks)."""
    name = statement.split()[2]
    checks = [f"CHECK ({col} = trim({col}, {_TRIM}))" for col in NAME_COLUMNS.get(name, ())]
    checks += [f"CHECK ({rule})" for rule in _BOUNDS.get(name, ())]
    body = statement.rstrip().removesuffix(")").rstrip()
    extra = "".join(f",\n        {c}" for c in checks)
    return name, f"{body}{extra}\n    ) STRICT"


_V2_TABLES = [_strict(s) for s in _V1 if s.lstrip().startswith("CREATE TABLE")]
_V1_TRIGGERS = [s for s in _V1 if s.lstrip().startswith("CREATE TRIGGER")]


def _columns_referring_to_names() -> list[tuple[str, str]]:
    """(table, column) pairs whose foreign key names a trimmed column ('S ' in an area's code and in its scores)."""
    scratch = sqlite3.connect(":memory:")
    for statement in _V1:
        scratch.execute(statement)
    pairs = []
    for (table,) in scratch.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        for fk in scratch.execute(f"PRAGMA foreign_key_list({table})"):
            if fk[4] in NAME_COLUMNS.get(fk[2], ()):
                pairs.append((table, fk[3]))
    scratch.close()
    return pairs


_REFERRING_TO_NAMES = _columns_referring_to_names()


def _refuse_names_equal_once_trimmed(db: Database, table: str, col: str) -> None:
    """Two codes that differ only by spaces at their ends ('S' and 'S ') would become one: refuse, naming them."""
    unique = any([info[2] for info in db.execute(f"PRAGMA index_info({index[1]})")] == [col]
                 for index in db.execute(f"PRAGMA index_list({table})") if index[2])
    if not unique:
        return
    twins = db.execute(f"SELECT group_concat(quote({col}), ', ') FROM {table} GROUP BY trim({col}, {_TRIM}) "
                       "HAVING count(*) > 1 LIMIT 1").fetchone()
    if twins:
        raise sqlite3.IntegrityError(term("{column} holds values that differ only by spaces at their ends "
                                          "({values}); rename one in the program that wrote the file",
                                          column=f"{table}.{col}", values=twins[0]))


@_step("0002_strict_bounds")
def _strict_bounds(db: Database) -> None:
    """Rebuild every table (SQLite's way: new table, copy, drop, rename) with foreign keys off, the caller's
    job; existing names are trimmed first, and a value outside the new rules stops the step (nothing changes)."""
    for table, columns in NAME_COLUMNS.items():
        for col in columns:
            _refuse_names_equal_once_trimmed(db, table, col)
            db.execute(f"UPDATE {table} SET {col} = trim({col}, {_TRIM}) WHERE {col} != trim({col}, {_TRIM})")
    for table, col in _REFERRING_TO_NAMES:  # a code trimmed above is trimmed where other rows name it
        db.execute(f"UPDATE {table} SET {col} = trim({col}, {_TRIM}) WHERE {col} != trim({col}, {_TRIM})")
    for (trigger,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute(f"DROP TRIGGER {trigger}")
    for table, create in _V2_TABLES:
        db.execute(create.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {table}_v2 (", 1))
        db.execute(f"INSERT INTO {table}_v2 SELECT * FROM {table}")
        db.execute(f"DROP TABLE {table}")
        db.execute(f"ALTER TABLE {table}_v2 RENAME TO {table}")
    for statement in (*_V1_TRIGGERS, _SCALE_GUARD):
        db.execute(statement)
    for table in ("criteria_votes", "agreed_scores"):  # the triggers see only rows written from now on
        outside = db.execute(f"SELECT count(*) FROM {table} t JOIN criteria c ON c.number = t.criterion_number"
                             " WHERE t.value NOT BETWEEN c.scale_min AND c.scale_max").fetchone()[0]
        if outside:
            raise sqlite3.IntegrityError(
                term("1 row of {table} lies outside its criterion's scale", table=table) if outside == 1 else
                term("{n} rows of {table} lie outside their criterion's scale", n=outside, table=table))
    problem = db.execute("PRAGMA foreign_key_check").fetchone()
    if problem:
        raise sqlite3.IntegrityError(term("a row of {table} refers to a missing row of {parent}",
                                          table=problem[0], parent=problem[2]))


# Step 3: the engagement start to finish. Every number given while a meeting runs names that meeting (agreed
# scores and preferences too) and is also kept per meeting (potential_history, vote_history), so what an
# organisation said in each meeting can be compared with what it said before; votes carry a rationale;
# the recommendation, the pre-study's content and the phased plan close the report.
_DATE = "{col} = '' OR (strftime('%Y-%m-%d', {col}, '+0 days') = {col} AND {col} BETWEEN '1900' AND '2200')"


def _trimmed(col: str) -> str:
    return f"{_text(col)} CHECK ({col} = trim({col}, {_TRIM}))"


NAME_COLUMNS_3 = {"recommendation_proposals": ("text",), "prestudy_items": ("title",), "prestudy_points": ("text",),
                  "plan_phases": ("name",), "phase_activities": ("text",)}
_V3 = [
    "ALTER TABLE criteria_votes ADD COLUMN rationale TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE agreed_scores ADD COLUMN meeting_uid TEXT REFERENCES meetings(uid) ON DELETE SET NULL",
    "ALTER TABLE preferences ADD COLUMN meeting_uid TEXT REFERENCES meetings(uid) ON DELETE SET NULL",
    """CREATE TABLE potential_history (
        meeting_uid TEXT NOT NULL REFERENCES meetings(uid) ON DELETE CASCADE,
        organisation_uid TEXT NOT NULL REFERENCES organisations(uid) ON DELETE CASCADE,
        area_code TEXT NOT NULL REFERENCES areas(code) ON UPDATE CASCADE ON DELETE CASCADE,
        value INTEGER CHECK (value IS NULL OR value BETWEEN 0 AND 100),
        rationale TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (meeting_uid, organisation_uid, area_code)
    ) STRICT""",
    """CREATE TABLE vote_history (
        meeting_uid TEXT NOT NULL REFERENCES meetings(uid) ON DELETE CASCADE,
        organisation_uid TEXT NOT NULL REFERENCES organisations(uid) ON DELETE CASCADE,
        alternative_code TEXT NOT NULL REFERENCES alternatives(code) ON UPDATE CASCADE ON DELETE CASCADE,
        criterion_number INTEGER NOT NULL REFERENCES criteria(number) ON UPDATE CASCADE ON DELETE CASCADE,
        value INTEGER NOT NULL,
        rationale TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (meeting_uid, organisation_uid, alternative_code, criterion_number)
    ) STRICT""",
    """CREATE TABLE recommendation (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        alternative_code TEXT REFERENCES alternatives(code) ON UPDATE CASCADE ON DELETE SET NULL,
        rationale TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    f"""CREATE TABLE recommendation_proposals (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_trimmed('text')}
    ) STRICT""",
    f"""CREATE TABLE prestudy_items (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_trimmed('title')},
        description TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    f"""CREATE TABLE prestudy_points (
        uid TEXT PRIMARY KEY,
        item_uid TEXT NOT NULL REFERENCES prestudy_items(uid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        {_trimmed('text')}
    ) STRICT""",
    f"""CREATE TABLE plan_phases (
        uid TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        {_trimmed('name')},
        starts_on TEXT NOT NULL DEFAULT '' CHECK ({_DATE.format(col='starts_on')}),
        ends_on TEXT NOT NULL DEFAULT '' CHECK ({_DATE.format(col='ends_on')}),
        owner TEXT NOT NULL DEFAULT '',
        CHECK (starts_on = '' OR ends_on = '' OR ends_on >= starts_on)
    ) STRICT""",
    f"""CREATE TABLE phase_activities (
        uid TEXT PRIMARY KEY,
        phase_uid TEXT NOT NULL REFERENCES plan_phases(uid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        {_trimmed('text')}
    ) STRICT""",
    # What an older file already links to a meeting is that meeting's record.
    "INSERT INTO potential_history SELECT meeting_uid, organisation_uid, area_code, value, rationale"
    " FROM potential_scores WHERE meeting_uid IS NOT NULL",
    "INSERT INTO vote_history SELECT meeting_uid, organisation_uid, alternative_code, criterion_number, value, ''"
    " FROM criteria_votes WHERE meeting_uid IS NOT NULL",
]


@_step("0003_engagement")
def _engagement(db: Database) -> None:
    for statement in _V3:
        db.execute(statement)


@_step("0004_records")
def _records(db: Database) -> None:
    """Internal notes, minutes approval and its addenda, contact details (storage/schema_records.py)."""
    from workshop.storage.schema_records import STATEMENTS

    for statement in STATEMENTS:
        db.execute(statement)


# Every table and column a file at the current version holds (tests/test_storage.py builds the schema and
# compares): a file lacking one was changed by another program, which SQLite's integrity check does not see.
# Kept as a list, as building the schema to find them cost ~60 ms at each start.
COLUMNS: dict[str, tuple[str, ...]] = {
    "_sqlite_migrations": ("id", "migration_set", "name", "applied_at"),
    "action_items": ("uid", "meeting_uid", "position", "text", "owner", "due_date", "status",
                     "closed_in_meeting_uid"),
    "agenda_items": ("uid", "meeting_uid", "position", "kind", "question_uid", "theme_title", "text", "status",
                     "notes", "seconds_spent", "internal_notes"),
    "agreed_scores": ("uid", "alternative_code", "criterion_number", "value", "comment", "meeting_uid"),
    "alternative_areas": ("alternative_code", "area_code"),
    "alternative_paths": ("uid", "position", "from_code", "to_code", "description"),
    "alternative_points": ("uid", "alternative_uid", "kind", "position", "text"),
    "alternatives": ("uid", "position", "code", "name", "description"),
    "area_groups": ("uid", "position", "code", "name", "today_share"),
    "area_sub_items": ("uid", "area_uid", "position", "text"),
    "areas": ("uid", "position", "code", "name", "group_code"),
    "criteria": ("uid", "number", "text", "scale_min", "scale_max", "weight"),
    "criteria_votes": ("uid", "organisation_uid", "alternative_code", "criterion_number", "value", "meeting_uid",
                       "rationale"),
    "decisions": ("uid", "meeting_uid", "position", "text"),
    "engagement": ("uid", "singleton", "title", "client", "facilitator", "contact", "start_date", "end_date",
                   "description", "template", "potential_mode", "potential_factor_scale"),
    "meeting_attendees": ("meeting_uid", "person_uid", "position"),
    "meeting_organisations": ("meeting_uid", "organisation_uid"),
    "meetings": ("uid", "kind", "title", "starts_at", "duration_minutes", "place", "status", "internal_notes"),
    "minutes_addenda": ("uid", "meeting_uid", "made_on", "kind", "subject_uid", "text", "before"),
    "minutes_approvals": ("meeting_uid", "approved_on", "approvers", "minutes"),
    "organisation_form_points": ("uid", "form_uid", "kind", "position", "text"),
    "organisation_forms": ("uid", "position", "name", "description"),
    "organisations": ("uid", "position", "name", "short_code"),
    "people": ("uid", "position", "name", "role", "organisation_uid", "steering_group", "email", "phone"),
    "phase_activities": ("uid", "phase_uid", "position", "text"),
    "plan_phases": ("uid", "position", "name", "starts_on", "ends_on", "owner"),
    "potential_history": ("meeting_uid", "organisation_uid", "area_code", "value", "rationale"),
    "potential_scores": ("uid", "organisation_uid", "area_code", "value", "rationale", "will", "benefit", "ability",
                         "meeting_uid"),
    "preferences": ("uid", "organisation_uid", "alternative_code", "comment", "meeting_uid"),
    "prestudy_items": ("uid", "position", "title", "description"),
    "prestudy_points": ("uid", "item_uid", "position", "text"),
    "questions": ("uid", "theme_uid", "position", "text", "hint"),
    "recommendation": ("singleton", "alternative_code", "rationale"),
    "recommendation_proposals": ("uid", "position", "text"),
    "scoped_out_items": ("uid", "position", "text", "reason"),
    "themes": ("uid", "position", "title"),
    "vote_history": ("meeting_uid", "organisation_uid", "alternative_code", "criterion_number", "value",
                     "rationale"),
}


def schema_version() -> int:
    """The user_version a file written by this app carries."""
    return len(_STEP_NAMES)


@dataclass(frozen=True)
class Schema:
    """A migration set and the version a file has once all of it has run."""

    migrations: Migrations
    version: int


def current_schema() -> Schema:
    """The schema this version of the app writes."""
    return Schema(migrations, schema_version())


def text_columns(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every (table, column) of the database that holds text, as the file has them (this schema or an older
    one): what forgetting a person rewrites and the typing journal looks through."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                         " AND name NOT LIKE 'sqlite_%'")]
    return [(t, c[1]) for t in tables for c in conn.execute(f'PRAGMA table_info("{t}")')
            if c[2].upper() in ("TEXT", "") or "CHAR" in c[2].upper()]
