"""People's data: every place a person appears, their data exported, and forgetting that reaches every byte."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.cli import main
from workshop.domain.meetings import ActionItem
from workshop.domain.people import everyone, name_pattern
from workshop.domain.vocabulary import PlaceKind
from workshop.storage import EngagementStore
from workshop.storage.backups import backups_of
from workshop.ui.widgets import dialogs


def _person(path: Path, name: str):
    with EngagementStore.open(path, read_only=True) as store:
        e = store.load()
    return e, next(p for p in e.people if p.name == name)


def _every_byte(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()]


def _folder_state(folder: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(b).hexdigest() for p, b in _every_byte(folder)}


def test_people_lists_everyone_with_meetings_actions_and_mentions(example_path, capsys):
    """`workshop people --json`: each person with the meetings attended, action items owned and notes naming them."""
    assert main(["people", str(example_path), "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    johan = next(p for p in people if p["name"] == "Johan Lindqvist")
    kinds = [p["kind"] for p in johan["places"]]
    assert kinds.count(PlaceKind.ATTENDED) == 3 and PlaceKind.OWNS_ACTION in kinds
    assert any(p["kind"] == PlaceKind.MENTIONED and "Johan är it-chef" in p["text"] for p in johan["places"])
    assert main(["people", str(example_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(people) and any("Johan Lindqvist\tGislaved\t3 meetings" in line for line in lines)


def test_a_first_name_shared_with_another_person_is_not_taken_for_theirs(example):
    """Only the full name, or a part nobody else's name has, counts as a mention."""
    from workshop.domain.model import Person

    anna, other = Person(name="Anna Sanell"), Person(name="Anna Berg")
    pattern = name_pattern(anna, [anna, other])
    assert pattern.search("Anna Sanell sa") and pattern.search("enligt Sanell") and pattern.search("Sanells idé")
    assert not pattern.search("Anna sa") and not pattern.search("Sanellska")


def test_everyone_finds_each_way_a_name_is_written_and_only_where_it_is(example):
    """The People list (built for all at once, looking a name up only in the texts holding its words)
    finds a name in full across a line break and in capitals, a part no one else has in the genitive, and a
    double-barrelled surname, and puts no mention on the person whose first name is only shared."""
    import dataclasses

    from workshop.domain.model import Person

    people = (Person(name="Åsa Lindqvist-Berg"), Person(name="Åsa Ek"), Person(name="Bo Strand"))
    notes = ["ÅSA\nLINDQVIST-BERG ledde", "Lindqvist-Bergs förslag", "Strands idé", "Åsa sa inget", "Inget namn"]
    m = example.meetings[0]
    agenda = tuple(dataclasses.replace(a, notes=n) for a, n in zip(m.agenda, notes))
    e = dataclasses.replace(example, people=people, meetings=(dataclasses.replace(m, agenda=agenda, attendee_uids=()),
                                                              *example.meetings[1:]))
    found = {p.person.name: [place.text for place in p.places if place.kind == PlaceKind.MENTIONED]
             for p in everyone(e)}
    assert found["Åsa Lindqvist-Berg"] == notes[:2]
    assert found["Bo Strand"] == [notes[2]]  # "Bo" is too short to look for alone; "Strands" is his
    assert found["Åsa Ek"] == []


def test_a_name_part_that_is_also_a_word_is_found_only_as_a_name(example):
    """"Per" of Per Håkansson is a name; "per" in "potential per område" is a word (anonymised documents had
    read "potential Kommundirektör, Organisation A område"). The full name is found in any case."""
    from workshop.domain.model import Person

    per = Person(name="Per Håkansson")
    pattern = name_pattern(per, [per])
    assert not pattern.search("Samlad potentialbedömning per område och grupp")
    assert not pattern.search("kostnad per år")
    assert pattern.search("Per sa att") and pattern.search("enligt PER") and pattern.search("Håkanssons förslag")
    assert pattern.search("per håkansson deltog") and pattern.search("PER HÅKANSSON")


def test_person_export_writes_everything_held_about_them(example_path, tmp_path):
    """The export holds their facts and every place they appear: each meeting attended (with its date), each
    action item they own, each note naming them, with the meeting it is in."""
    e, johan = _person(example_path, "Johan Lindqvist")
    with EngagementStore.open(example_path) as store:
        store.records.set_contact(johan.uid, "johan@gislaved.se", "0371-81000")
    out = tmp_path / "johan.json"
    assert main(["person-export", str(example_path), "--person", johan.uid, "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"] == {"id": johan.uid, "name": "Johan Lindqvist", "role": "IT-chef", "organisation": "Gislaved",
                              "steering_group": False, "email": "johan@gislaved.se", "phone": "0371-81000"}
    # What the example holds about him, looked up here in the engagement itself.
    expected = [("attended", m.uid, m.starts_at[:10]) for m in e.meetings if johan.uid in m.attendee_uids] + \
        [("owns-action", m.uid, a.text) for m in e.meetings for a in m.action_items if a.owner == johan.name] + \
        [("mentioned", m.uid, a.notes) for m in e.meetings for a in m.agenda if re.search(r"\bJohan\b", a.notes)]
    assert len(expected) == 5
    assert sorted((p["kind"], p["meeting_id"], p["text"]) for p in data["places"]) == sorted(expected)


def test_forget_person_leaves_the_name_in_no_byte_of_the_file_or_its_backups(example_path, capsys):
    """After forgetting, no byte of the file, its WAL or any backup holds the name; documents say "Person N"."""
    with EngagementStore.open(example_path) as store:  # a backup on open, then edits that mention him
        e = store.load()
        johan = next(p for p in e.people if p.name == "Johan Lindqvist")
        store.records.set_contact(johan.uid, "johan.lindqvist@gislaved.se", "070-1234567")
        m = next(m for m in e.meetings if johan.uid in m.attendee_uids)
        store.records.set_item_internal_notes(m.agenda[0].uid, "Lindqvist verkade tveksam")
        store.records.set_meeting_internal_notes(m.uid, "Ring Johan Lindqvist om Johans förslag")
        store.backup_if_edited()
    assert main(["approve", str(example_path), "--meeting", m.uid, "--by", "Johan Lindqvist",
                 "--date", "2024-06-25"]) == 0
    with EngagementStore.open(example_path) as store:
        store.meetings.set_item_notes(m.agenda[1].uid, "Johan Lindqvist kompletterade")  # an addendum
    folder = example_path.parent
    secrets = ("Lindqvist", "johan.lindqvist", "070-1234567")
    assert any(s.encode() in b for _p, b in _every_byte(folder) for s in secrets)
    assert backups_of(example_path)
    capsys.readouterr()
    assert main(["forget-person", str(example_path), "--person", johan.uid]) == 0
    said = capsys.readouterr().out
    assert "Person 3" in said and "exported earlier" in said
    for path, data in _every_byte(folder):
        for s in secrets + ("Johan",):
            for form in (s.encode("utf-8"), s.encode("utf-16-le")):
                assert form not in data, (path, s)
    e, person = _person(example_path, "Person 3")
    assert person.uid == johan.uid and person.email == "" and person.phone == ""
    m = next(x for x in e.meetings if x.uid == m.uid)
    assert m.approval.approvers == ("Person 3",) and m.internal_notes == "Ring Person 3 om Person 3:s förslag"
    assert [a.kind for a in m.addenda] == ["notes"]  # the erasure itself left no addendum
    assert main(["minutes", str(example_path), "--meeting", m.uid, "-o", str(folder / "m.pdf")]) == 0


def test_ctrl_c_while_forgetting_waits_until_every_copy_is_done(example_path, monkeypatch):
    """Ctrl+C while the name is being erased from the file's copies had stopped half way: the copies not yet
    reached kept the name, and "already forgotten" refused a rerun. The erasure finishes, then the
    interrupt comes."""
    import os
    import signal

    from workshop.storage import forget

    for _ in range(2):  # two backups: an interrupt after the first copy leaves one to do
        with EngagementStore.open(example_path) as store:
            store.meetings.set_item_notes(store.load().meetings[0].agenda[0].uid, "Johan Lindqvist sa")
            store.backup_if_edited()
    assert len(backups_of(example_path)) >= 2
    real_compact = forget.compact

    def compact_then_ctrl_c(conn):
        done = real_compact(conn)
        os.kill(os.getpid(), signal.SIGINT)  # pressed as soon as a copy is done
        return done

    monkeypatch.setattr(forget, "compact", compact_then_ctrl_c)
    with EngagementStore.open(example_path) as store:
        johan = next(p for p in store.load().people if p.name == "Johan Lindqvist")
        report = forget.forget_person(store, johan.uid)
    assert report.interrupted and len(report.copies) >= 2 and not report.unreachable  # said with what was done
    monkeypatch.undo()
    for path, data in _every_byte(example_path.parent):
        assert b"Lindqvist" not in data, path


def test_a_stop_while_forgetting_waits_then_says_what_was_done(example_path, capsys, monkeypatch):
    """SIGTERM (a closed terminal) had cut the erasure half way; deferred, it had then killed the process by
    the signal with nothing said and the lock left. The erasure finishes, the report is printed, exit 130."""
    import os
    import signal

    from workshop.storage import forget

    with EngagementStore.open(example_path) as store:
        store.meetings.set_item_notes(store.load().meetings[0].agenda[0].uid, "Johan Lindqvist sa")
        store.backup_if_edited()
    real_compact = forget.compact

    def compact_then_stop(conn):
        done = real_compact(conn)
        os.kill(os.getpid(), signal.SIGTERM)
        return done

    monkeypatch.setattr(forget, "compact", compact_then_stop)
    _e, johan = _person(example_path, "Johan Lindqvist")
    assert main(["forget-person", str(example_path), "--person", johan.uid]) == 130
    monkeypatch.undo()
    captured = capsys.readouterr()
    assert "Person 3" in captured.out and "interrupted once the erasure above was done" in captured.err
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    for path, data in _every_byte(example_path.parent):
        assert b"Lindqvist" not in data, path


def test_forgetting_stopped_half_way_is_finished_by_running_it_again(example_path, capsys, monkeypatch):
    """A backup that could not be rewritten (or a run killed half way) kept the name: the command had said
    exit 0, the rerun was refused as "already forgotten", and `restore` of that backup brought the name
    back. Now the first run exits 1 naming what is left, and the rerun finishes it."""
    import sqlite3

    from workshop.storage import forget

    for _ in range(2):
        with EngagementStore.open(example_path) as store:
            store.meetings.set_item_notes(store.load().meetings[0].agenda[0].uid, "Johan Lindqvist sa")
            store.backup_if_edited()
    stuck = backups_of(example_path)[0]
    _e, johan = _person(example_path, "Johan Lindqvist")
    erase = forget.erase_everywhere

    def refused_on_one_copy(conn, *args, **kwargs):
        if Path(conn.execute("PRAGMA database_list").fetchone()[2]) == stuck.resolve():
            raise sqlite3.OperationalError("disk I/O error")  # as a copy on a failing disk (root writes anything)
        return erase(conn, *args, **kwargs)

    monkeypatch.setattr(forget, "erase_everywhere", refused_on_one_copy)
    assert main(["forget-person", str(example_path), "--person", johan.uid]) == 1
    monkeypatch.undo()
    said = capsys.readouterr().out
    assert "not reached" in said and "again" in said
    assert any(b"Lindqvist" in data for _p, data in _every_byte(example_path.parent))
    assert main(["forget-person", str(example_path), "--person", johan.uid]) == 0
    assert "now also in" in capsys.readouterr().out
    for path, data in _every_byte(example_path.parent):
        assert b"Lindqvist" not in data, path
    assert main(["forget-person", str(example_path), "--person", johan.uid]) == 2  # nothing left: refused


@pytest.mark.parametrize("command", ["forget-person", "person-export"])
def test_unknown_or_forgotten_people_are_refused_and_nothing_changes(example_path, tmp_path, capsys, command):
    """An unknown ID, or a person already forgotten (no data held): one line, exit 2, no file touched."""
    out = ["-o", str(tmp_path / "p.json")] if command == "person-export" else []
    before = _folder_state(example_path.parent)
    assert main([command, str(example_path), "--person", "nobody", *out]) == 2
    assert "no person with ID" in capsys.readouterr().err
    assert _folder_state(example_path.parent) == before and not (tmp_path / "p.json").exists()
    _e, johan = _person(example_path, "Johan Lindqvist")
    assert main(["forget-person", str(example_path), "--person", johan.uid]) == 0
    capsys.readouterr()
    before = _folder_state(example_path.parent)
    assert main([command, str(example_path), "--person", johan.uid, *out]) == 2
    assert "forgotten" in capsys.readouterr().err
    assert _folder_state(example_path.parent) == before and not (tmp_path / "p.json").exists()


@pytest.fixture
def app_window(open_app, example_path):
    return open_app(example_path, size=(1366, 768))


def test_people_view_shows_places_and_forgets_after_asking(app_window, qtbot, qtmodeltester, monkeypatch,
                                                          example_path):
    """The view lists everyone with their places; Forget asks first, then no undo can bring the name back."""
    window = app_window
    window.show_view("people")
    view = window.views["people"]
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.places)
    row = next(r for r in range(view.model.rowCount()) if view.model.person(r).person.name == "Johan Lindqvist")
    view.table.selectRow(row)
    assert view.places.rowCount() == len(everyone(window.session.engagement)[row].places) >= 5
    assert "Johan Lindqvist" in view.facts.text()
    view.email.setText("johan@example.se")
    view.email.editingFinished.emit()
    assert window.session.engagement.people[row].email == "johan@example.se"
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: asked.append(k) or False)
    view.forget_button.click()
    assert asked and window.session.engagement.people[row].name == "Johan Lindqvist"  # declined: nothing changed
    assert asked[0].get("undoable") is False  # the question starts on No: a hasty Enter forgets no one
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    view.forget_button.click()
    person = window.session.engagement.people[row]
    assert person.name == "Person 3" and person.email == ""
    assert "Person 3" in view.message.text() and not window.session.undo_stack.canUndo()
    assert " backups" not in view.message.text() or " its " in view.message.text()  # not "and 1 backups"
    assert "B00020" not in view.message.styleSheet()  # done, said in green: it was in the refusals' red
    assert not view.forget_button.isEnabled()
    window.session.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert all(b"Lindqvist" not in data for _p, data in _every_byte(example_path.parent))


def test_forgetting_says_so_when_a_reader_keeps_old_pages(example_path):
    """A reader holding the file open keeps the checkpoint from finishing: the report says the file is not clean."""
    import sqlite3

    from workshop.storage.forget import forget_person

    _e, johan = _person(example_path, "Johan Lindqvist")
    reader = sqlite3.connect(example_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM people").fetchone()  # a read transaction pins the old pages
    try:
        with EngagementStore.open(example_path) as store:
            report = forget_person(store, johan.uid)
    finally:
        reader.close()
    assert report.pseudonym == "Person 3" and not report.file_compacted


def test_every_kind_of_place_has_words_in_the_interface(qapp):
    """The People view never shows a raw code for how a person appears."""
    from workshop.ui.people.model import place_labels

    assert set(place_labels()) == set(PlaceKind)


def test_people_view_exports_a_persons_data(app_window, monkeypatch, tmp_path):
    """Export this person's data writes the same JSON `workshop person-export` writes."""
    import json as json_module

    window = app_window
    window.show_view("people")
    view = window.views["people"]
    row = next(r for r in range(view.model.rowCount()) if view.model.person(r).person.name == "Anna Sanell")
    view.table.selectRow(row)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(tmp_path / "anna.json"))
    view.export_button.click()
    data = json_module.loads((tmp_path / "anna.json").read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Anna Sanell" and data["places"]
    assert "anna.json" in view.message.text()
    anna = view.model.person(row).person.uid
    assert main(["person-export", str(window.session.path), "--person", anna, "-o", str(tmp_path / "cli.json")]) == 0
    assert json_module.loads((tmp_path / "cli.json").read_text(encoding="utf-8")) == data


def test_a_persons_data_to_a_place_an_export_may_not_go_is_refused_in_the_view(open_app, example_path, monkeypatch,
                                                                                tmp_path):
    """Export this person's data into a folder that does not exist, or onto an engagement file: the reason
    under the list and nothing written (both had raised a traceback); a name holding "/" is proposed as a file
    name, not as a folder to write into."""
    import dataclasses

    _e, anna = _person(example_path, "Anna Sanell")
    with EngagementStore.open(example_path) as store:
        store.meetings.update_person(dataclasses.replace(anna, name="Anna/Bertil Sanell"))
    window = open_app(example_path, size=(1366, 768))
    window.show_view("people")
    view = window.views["people"]
    row = next(r for r in range(view.model.rowCount()) if view.model.person(r).person.uid == anna.uid)
    view.table.selectRow(row)
    other = tmp_path / "other.json"  # an engagement under an export's name
    other.write_bytes(window.session.path.read_bytes())
    proposed = []

    def answer(target):
        def ask(parent, title, folder, *args, **kwargs):
            proposed.append(folder)
            return str(target)
        return ask

    for target, reason in ((tmp_path / "missing" / "p.json", "does not exist"), (other, "engagement file")):
        before = sorted(p.name for p in tmp_path.iterdir())
        monkeypatch.setattr(dialogs, "ask_save_path", answer(target))
        view.export_button.click()
        assert reason in view.message.text()
        assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert other.read_bytes() == window.session.path.read_bytes()
    assert all(Path(folder).name == "Anna Bertil Sanell.json" for folder in proposed)


def test_forgetting_leaves_other_peoples_names_alone(example_path):
    """Forgetting someone whose name is part of another person's name renames only them."""
    from workshop.domain.model import Person
    from workshop.storage.forget import forget_person

    with EngagementStore.open(example_path) as store:
        anna, other = Person(name="Anna"), Person(name="Anna Berg")
        store.meetings.add_person(anna)
        store.meetings.add_person(other)
        forget_person(store, anna.uid)
        names = {p.uid: p.name for p in store.load().people}
    assert names[other.uid] == "Anna Berg" and names[anna.uid].startswith("Person ")


def test_forgetting_reaches_the_merge_bases_a_handed_out_file_keeps(example_path, tmp_path, capsys):
    """A file that handed out a copy keeps the common base (compressed, so a byte search cannot see into it):
    forgetting rewrites it too, so no unpacked base holds the name, and the copy still merges."""
    import sqlite3
    import zlib

    copy = tmp_path / "laptop2.workshop"
    assert main(["handout", str(example_path), "-o", str(copy)]) == 0
    johan = _person(example_path, "Johan Lindqvist")[1]

    def bases_hold(path: Path, name: bytes) -> bool:
        conn = sqlite3.connect(path)
        try:
            return any(name in zlib.decompress(packed) for (packed,) in conn.execute("SELECT snapshot FROM merge_bases"))
        finally:
            conn.close()

    assert bases_hold(example_path, b"Lindqvist")
    assert main(["forget-person", str(example_path), "--person", johan.uid]) == 0
    assert main(["forget-person", str(copy), "--person", johan.uid]) == 0
    assert not bases_hold(example_path, b"Lindqvist") and not bases_hold(copy, b"Lindqvist")
    capsys.readouterr()
    assert main(["merge", str(example_path), str(copy), "-o", str(tmp_path / "merged.workshop")]) == 0


def test_the_people_list_is_whole_on_a_wide_screen_and_keeps_a_dragged_width(open_app, example_path, qtbot):
    """At 1920×1080 every column of the people list is in view (the meetings count was cut and it scrolled
    sideways while half the window sat empty); at 1366 px names stay whole; a width the user drags stays."""
    window = open_app(example_path, size=(1366, 708), view="people")
    qtbot.wait(30)
    window.resize(1920, 1020)  # maximised after opening
    qtbot.wait(30)
    view = window.views["people"]
    table = view.table
    assert table.horizontalScrollBar().maximum() == 0
    assert table.horizontalHeader().length() <= table.viewport().width()
    view.splitter.setSizes([500, view.splitter.width() - 500])
    view.splitter.splitterMoved.emit(500, 1)
    view.refresh()
    assert abs(view.splitter.sizes()[0] - 500) <= 2
    window.resize(1366, 708)
    qtbot.wait(30)
    names = table.horizontalHeader().sectionSize(0)
    assert names >= table.sizeHintForColumn(0)


def test_a_long_text_naming_a_person_is_read_in_a_scrolling_box_not_a_growing_window(open_app, example, tmp_path,
                                                                                    qtbot):
    """A 6,000-letter engagement description that names a person, chosen among their places at 1366×768: the
    whole text can be read and selected in a box that scrolls, the window stays on the screen and the places
    keep their rows (the text was a label as tall as the text, squeezing the places and growing the window)."""
    import dataclasses

    person = example.people[0]
    text = f"{person.name} " + "lång beskrivning av uppdraget " * 200
    info = dataclasses.replace(example.info, description=text)
    path = tmp_path / "long.workshop"
    EngagementStore.create(path, dataclasses.replace(example, info=info)).close()
    window = open_app(path, size=(1366, 708), view="people")
    view = window.views["people"]
    view.table.selectRow(view.model.row_of(person.uid))
    row = next(i for i, p in enumerate(view.places._rows) if p.kind == PlaceKind.MENTIONED and len(p.text) > 5000)
    view.places_table.selectRow(row)
    qtbot.wait(30)
    assert view.place_text.toPlainText() == text
    assert view.place_text.verticalScrollBar().maximum() > 0
    assert window.minimumSizeHint().height() <= 708
    assert view.places_table.viewport().height() >= 4 * view.places_table.verticalHeader().defaultSectionSize()


# Fields that hold no free text: ids, codes, kinds and statuses, dates, numbers' settings.
_NOT_TEXT = {"uid", "code", "short_code", "group_code", "alternative_code", "area_code", "kind", "status",
             "starts_at", "made_on", "approved_on", "due_date", "starts_on", "ends_on", "start_date", "end_date",
             "template", "potential_mode", "area_codes", "from_code", "to_code", "approvers"}


def _planted(value, counter: list[int]):
    """The value with every free text in it replaced by "Johan Lindqvist #k" (k counting up)."""
    import dataclasses

    if isinstance(value, str):
        counter[0] += 1
        return f"Johan Lindqvist #{counter[0]}"
    if isinstance(value, tuple):
        return tuple(_planted(v, counter) for v in value)
    if dataclasses.is_dataclass(value):
        owner = isinstance(value, ActionItem) and value.owner  # an owner is a place of its own (owns an action)
        changes = {f.name: _planted(getattr(value, f.name), counter) for f in dataclasses.fields(value)
                   if f.name not in _NOT_TEXT and not f.name.endswith(("_uid", "_uids"))
                   and not (owner and f.name == "owner")}
        return dataclasses.replace(value, **changes, **({"owner": "Johan Lindqvist"} if owner else {}))
    return value


def test_every_text_naming_a_person_is_among_their_places(example):
    """Each free text of the engagement (every field of the model, the people's own records apart) is
    found when it names the person: a person-data export had left out vote rationales, the history's
    rationales, a plan phase's owner, the pre-study, the recommendation, a meeting's place and more, all of
    which forgetting erased."""
    import dataclasses

    from workshop.domain.people import places_of

    counter = [0]
    planted = _planted(dataclasses.replace(example, people=()), counter)
    johan = next(p for p in example.people if p.name == "Johan Lindqvist")
    e = dataclasses.replace(planted, people=example.people)
    found = {int(n) for place in places_of(e, johan).places for n in re.findall(r"#(\d+)", place.text)}
    missing = sorted(set(range(1, counter[0] + 1)) - found)
    assert counter[0] > 300 and not missing, f"{len(missing)} texts not found, e.g. #{missing[:5]}"
    owners = [a for m in e.meetings for a in m.action_items if a.owner]
    assert len([p for p in places_of(e, johan).places if p.kind == PlaceKind.OWNS_ACTION]) == len(owners) > 0


def test_forgetting_on_a_full_disk_says_the_file_could_not_be_rebuilt(example_path, capsys, monkeypatch):
    """When the file cannot be rebuilt (VACUUM needs room for a second copy), the command says so and why;
    it had blamed "another program" that did not exist."""
    import sqlite3

    from workshop.storage import forget

    def full(conn):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(forget, "compact", full)
    _e, person = _person(example_path, "Johan Lindqvist")
    assert main(["forget-person", str(example_path), "--person", person.uid]) == 1  # its backup not reached
    out = capsys.readouterr().out
    assert "could not be rebuilt (database or disk is full)" in out and "another program" not in out
    assert "not reached" in out


def test_forgetting_a_person_in_the_window_renews_every_view(open_app, example_path, monkeypatch):
    """The recommendation and plan view, built before a person is forgotten in the People view, shows the
    pseudonym where their name was (it had been told only of meetings, the engagement and organisations,
    and kept showing the name until the file was opened again)."""
    import dataclasses

    with EngagementStore.open(example_path) as store:
        r = store.load().recommendation
        store.lists.set_recommendation(dataclasses.replace(r, rationale="Johan Lindqvist föreslår alternativ 1."))
    window = open_app(example_path, size=(1366, 768))
    window.show_view("closing")
    closing = window.views["closing"]
    assert "Johan Lindqvist" in closing.rationale.toPlainText()
    window.show_view("people")
    view = window.views["people"]
    view.table.selectRow(next(r for r in range(view.model.rowCount())
                              if view.model.person(r).person.name == "Johan Lindqvist"))
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    view.forget_button.click()
    window.show_view("closing")
    assert "Johan" not in closing.rationale.toPlainText() and "Person " in closing.rationale.toPlainText()


def test_a_question_about_what_cannot_be_undone_starts_on_no(qtbot, monkeypatch):
    """Enter in a question about something that cannot be undone answers No; other questions start on Yes."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    monkeypatch.undo()  # the real dialog, not the tests' refusal of unanswered ones
    defaults = []

    def answer(box):
        defaults.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not dialogs.ask_yes_no(parent, "Forget person", "Forget Johan?", undoable=False)
    dialogs.ask_yes_no(parent, "End meeting", "End it?")
    assert defaults == [True, False]


_LETTERS = "AaBbSsßẞİiIıYyÅå -'\n"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), names=st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=12), min_size=1, max_size=4))
def test_the_people_list_finds_what_each_persons_pattern_finds_in_every_text(example, data, names):
    """Looking a name up only in the texts holding its words finds exactly what running each person's
    pattern over every text finds, whatever the letters (ß, İ, genitive s, hyphens, line breaks)."""
    import dataclasses

    from workshop.domain.model import Person
    from workshop.domain.people import _texts

    word = st.one_of(st.sampled_from(names), st.sampled_from(names).map(lambda n: n + "s"),
                     st.sampled_from([part for n in names for part in n.split()] or ["x"]).map(str.upper),
                     st.text(alphabet=_LETTERS + ".,", max_size=8))
    notes = data.draw(st.lists(st.lists(word, max_size=5).map(" ".join), min_size=1, max_size=6))
    people = tuple(Person(name=n) for n in names)
    m = example.meetings[0]
    agenda = tuple(dataclasses.replace(a, notes=n) for a, n in zip(m.agenda, notes))
    e = dataclasses.replace(example, people=people, meetings=(dataclasses.replace(m, agenda=agenda),))
    texts = [t for t in _texts(e) if t[2]]
    for listed in everyone(e):
        pattern = name_pattern(listed.person, list(people))
        expected = [t[2] for t in texts if pattern is not None and pattern.search(t[2])]
        assert [p.text for p in listed.places if p.kind == PlaceKind.MENTIONED] == expected


def test_a_steering_group_member_added_in_framework_shows_in_people(open_app, template_path):
    """Someone added in Framework (a steering-group member) had not shown in People until another kind of edit:
    the list follows the people edited there, and Undo."""
    from workshop.domain.model import Person
    from workshop.ui.session.commands import push
    from workshop.ui.session.scope_edits import AddPerson

    window = open_app(template_path, view="people")
    view = window.views["people"]
    assert view.model.rowCount() == 0
    session = window.session
    push(session.undo_stack, AddPerson(session, Person(name="Märta Öberg", role="Kommundirektör",
                                                       steering_group=True)))
    assert view.model.rowCount() == 1
    session.undo_stack.undo()
    assert view.model.rowCount() == 0


def test_an_empty_list_of_people_says_where_people_come_from(open_app, template_path):
    """A new engagement's People view had been a table of headers only: a note says people come in as meeting
    attendees and as the steering group, and goes once there is someone."""
    from workshop.domain.model import Person
    from workshop.ui.session.commands import push
    from workshop.ui.session.scope_edits import AddPerson

    window = open_app(template_path, view="people")
    view = window.views["people"]
    assert view.empty_hint.isVisible() and "attendees of a meeting" in view.empty_hint.text()
    session = window.session
    push(session.undo_stack, AddPerson(session, Person(name="Märta Öberg", steering_group=True)))
    assert not view.empty_hint.isVisible()
