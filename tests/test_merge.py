"""Two laptops, one engagement: hand out a copy, edit both, merge back (storage and command line)."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from merge_support import set_vote as _set_vote
from bad_input_matrix import damage_index
from pdf_support import reader

from workshop.cli import main
from workshop.domain.merging import ConflictKind, Side
from workshop.domain.model import Alternative, Criterion, Organisation, Vote
from workshop.domain.meetings import AgendaItem
from workshop.export.minutes import render_minutes
from workshop.storage import EngagementStore, StorageError
from workshop.storage.connection import DamagedFileError
from workshop.storage.merge import MergeError, hand_out_store, merge_files, read_side, write_image
from workshop.storage.merge.bases import bases


@pytest.fixture
def pair(example_path, tmp_path):
    """The example (mine) and a copy handed out from it (theirs)."""
    theirs = tmp_path / "theirs.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    return example_path, theirs


def _org(store, name):
    return next(o for o in store.load().organisations if o.name == name)


def _vote(store, org, alternative, criterion):
    return next(v for v in store.load().votes if v.organisation_uid == _org(store, org).uid
                and v.alternative_code == alternative and v.criterion_number == criterion)


def _merged(mine, theirs, tmp_path, **kw):
    report, image = merge_files(mine, theirs, **kw)
    assert image is not None, [c.text() for c in report.undecided]
    out = tmp_path / "out.workshop"
    write_image(image, out, overwrite=True)
    return report, out


def _tables(path):
    """Every row of every engagement table (the merge bookkeeping left out)."""
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                        "'\\_%' ESCAPE '\\' AND name NOT LIKE 'merge_%' ORDER BY name")]
    rows = {n: sorted(map(repr, conn.execute(f"SELECT * FROM {n}"))) for n in names}
    conn.close()
    return rows


def _merging_again_changes_nothing(out, sides, tmp_path) -> None:
    """The merged file merged once more with each side (keeping what it holds) stays exactly as it is."""
    for side in sides:
        _, image = merge_files(out, side, prefer=Side.MINE)
        again = tmp_path / "again.workshop"
        write_image(image, again, overwrite=True)
        assert _tables(again) == _tables(out)


def test_handout_gives_both_files_the_same_base_and_engagement(pair):
    """A handed-out copy holds the same engagement, and both files hold the same base to merge against."""
    mine, theirs = pair
    a, b = read_side(mine), read_side(theirs)
    assert [x.uid for x in a.bases] == [x.uid for x in b.bases] and len(a.bases) == 1
    assert _tables(mine) == _tables(theirs)
    with EngagementStore.open(theirs) as store:
        assert store.load().info.title == "Utredning it-drift GGVVH"


def test_changes_made_on_one_side_come_in_including_different_fields_of_one_row(pair, tmp_path):
    """A vote changed here and a meeting's title there both survive; so do two fields of one meeting."""
    mine, theirs = pair
    _set_vote(mine, "Gnosjö", "1 Teknik", 5, 4)
    with EngagementStore.open(theirs) as store:
        meeting = store.load().meetings[0]
        store.meetings.update_details(meeting.uid, kind=meeting.kind, title="Renamed there",
                                      starts_at=meeting.starts_at, duration_minutes=meeting.duration_minutes,
                                      place=meeting.place)
    with EngagementStore.open(mine) as store:
        store.meetings.update_details(meeting.uid, kind=meeting.kind, title=meeting.title,
                                      starts_at=meeting.starts_at, duration_minutes=meeting.duration_minutes,
                                      place="Moved here")
    report, out = _merged(mine, theirs, tmp_path)
    assert report.conflicts == []
    with EngagementStore.open(out, read_only=True) as store:
        assert _vote(store, "Gnosjö", "1 Teknik", 5).value == 4
        merged = next(m for m in store.load().meetings if m.uid == meeting.uid)
        assert (merged.title, merged.place) == ("Renamed there", "Moved here")


def test_the_same_vote_changed_to_different_values_is_a_conflict_in_words(pair, tmp_path, capsys):
    """Both sides changed one vote: the merge names it as a facilitator would, writes nothing, exits 3."""
    mine, theirs = pair
    _set_vote(mine, "Gnosjö", "1 Teknik", 6, 2)  # 4 in the example
    _set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
    out, listed = tmp_path / "out.workshop", tmp_path / "conflicts.json"
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--conflicts-json", str(listed)]) == 3
    assert not out.exists()
    err = capsys.readouterr().err
    assert "Gnosjö's vote on 1 Teknik, criterion 6: 2 here, 3 there" in err
    data = json.loads(listed.read_text())
    assert [c["text"] for c in data["conflicts"]] == ["Gnosjö's vote on 1 Teknik, criterion 6: 2 here, 3 there"]
    assert data["conflicts"][0]["base"] == "4" and data["conflicts"][0]["decided"] is None
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--prefer", "theirs"]) == 0
    with EngagementStore.open(out, read_only=True) as store:
        assert _vote(store, "Gnosjö", "1 Teknik", 6).value == 3


def test_two_long_names_that_differ_at_the_end_are_shown_where_they_differ(pair):
    """A long organisation name renamed differently on both sides: the two versions are shown from a little
    before their first difference (cut at 50 characters from the start, they read alike), and the subject is
    named short."""
    mine, theirs = pair
    long = "Kommunalförbundet för gemensam IT-drift i södra Småland och Halland, Gnosjö"
    for path, end in ((mine, "kansliet"), (theirs, "förvaltningen")):
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE organisations SET name = ? WHERE name = 'Gnosjö'", [f"{long} {end}"])
    report, _image = merge_files(mine, theirs)
    conflict, = [c for c in report.conflicts if c.field is not None and "name" in str(c.field)]
    here, there = str(conflict.here), str(conflict.there)
    assert here != there and "kansliet" in here and "förvaltningen" in there
    assert here.startswith("“…") and len(here) <= 52
    assert "Gnosjö" in str(conflict.subject) and "Kommunalförbundet" not in str(conflict.subject)


def test_conflicts_are_listed_in_reading_order(pair):
    """An organisation renamed and its votes changed differently on both sides: the organisation first, then its
    votes by alternative and criterion, as the facilitator reads the grid (the changeset's order is a hash's)."""
    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        org = _org(store, "Gnosjö")
        cells = [(v.alternative_code, v.criterion_number) for v in store.load().votes
                 if v.organisation_uid == org.uid and v.value in (2, 3)]
    for path, value, name in ((mine, 1, "Gnosjö kommun"), (theirs, 4, "Gnosjö k:n")):
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE organisations SET name = ? WHERE uid = ?", [name, org.uid])
            conn.execute("UPDATE criteria_votes SET value = ? WHERE organisation_uid = ? AND value IN (2, 3)",
                         [value, org.uid])
    report, _image = merge_files(mine, theirs)
    subjects = [str(c.subject) for c in report.conflicts]
    assert subjects[0] == "organisation Gnosjö" and len(cells) >= 10
    expected = [f"Gnosjö's vote on {alt}, criterion {n}" for alt, n in sorted(cells)]  # renamed on both sides:
    # both go by the name at the base
    assert subjects[1:] == expected


@pytest.mark.parametrize("renamed, named", [("here", "Gnosjö kommun"), ("there", "Gnosjö")])
def test_a_thing_renamed_on_one_side_goes_by_its_name_here(pair, renamed, named):
    """Gnosjö renamed on one side only, its votes changed differently on both sides: the votes' conflicts
    name it as this file does ("Gnosjö kommun's vote" when renamed here), not by the base's name that
    neither file holds any more, nor by the other file's new name."""
    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        org = _org(store, "Gnosjö")
    for path, value in ((mine, 1), (theirs, 4)):
        with sqlite3.connect(path) as conn:
            if path == (mine if renamed == "here" else theirs):
                conn.execute("UPDATE organisations SET name = 'Gnosjö kommun' WHERE uid = ?", [org.uid])
            conn.execute("UPDATE criteria_votes SET value = ? WHERE organisation_uid = ? AND value IN (2, 3)",
                         [value, org.uid])
    report, _image = merge_files(mine, theirs)
    subjects = {str(c.subject) for c in report.conflicts}
    assert subjects and all(s.startswith(f"{named}'s vote on ") for s in subjects)


def test_long_texts_that_differ_early_are_shown_from_their_start(pair):
    """Texts that differ within what is shown start at their beginning, as before."""
    from workshop.storage.merge.words import _short, _start

    first, second = "Möte 1 " + "x" * 80, "Möte 2 " + "x" * 80
    assert _start([first, second]) == 0 and _short(first, start=_start([first, second])).startswith("Möte 1")
    title = ["Gemensamt arbetsmöte: potential och alternativ 1", "Gemensamt arbetsmöte: potential och alternativ 2"]
    assert _start(title) == 0  # 48 characters: shown whole, the difference with them
    late = ["a" * 60 + "b", "a" * 60 + "c"]
    assert _short(late[0], start=_start(late)) == "…" + "a" * 15 + "b"
    # Differing at 47 of 50 letters shown: the two read "…IT-ka…" and "…IT-av…" (cut at 49): now from a little
    # before the difference, with what follows it.
    names = ["Gnosjö kommun, kommunledningsförvaltningen, IT-kansliet",
             "Gnosjö kommun, kommunledningsförvaltningen, IT-avdelningen"]
    shown = [_short(n, start=_start(names)) for n in names]
    assert "IT-kansliet" in shown[0] and "IT-avdelningen" in shown[1]


def test_the_same_change_on_both_sides_is_no_conflict(pair, tmp_path):
    """Two laptops that typed the same vote agree: nothing to decide."""
    mine, theirs = pair
    _set_vote(mine, "Hylte", "S", 1, 4)
    _set_vote(theirs, "Hylte", "S", 1, 4)
    report, out = _merged(mine, theirs, tmp_path)
    assert report.conflicts == []


def test_a_removed_organisation_whose_votes_changed_there_is_one_conflict(pair, tmp_path):
    """Removed here, its votes changed there: one conflict naming the organisation; each side's choice holds."""
    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        store.remove_organisation_keeping_rows(_org(store, "Hylte").uid)
    _set_vote(theirs, "Hylte", "S", 1, 4)
    _set_vote(theirs, "Hylte", "S", 2, 1)
    report, image = merge_files(mine, theirs)
    assert image is None and len(report.undecided) == 1
    conflict = report.undecided[0]
    assert conflict.kind is ConflictKind.REMOVED_HERE
    assert conflict.text().startswith("organisation Hylte: removed here, changed there")
    _, out = _merged(mine, theirs, tmp_path, prefer=Side.MINE)
    with EngagementStore.open(out, read_only=True) as store:
        assert "Hylte" not in [o.name for o in store.load().organisations]
    _, out = _merged(mine, theirs, tmp_path, prefer=Side.THEIRS)
    with EngagementStore.open(out, read_only=True) as store:
        assert _vote(store, "Hylte", "S", 1).value == 4
        assert len([v for v in store.load().votes if v.organisation_uid == _org(store, "Hylte").uid]) == 28


def test_a_vote_changed_here_for_an_organisation_removed_there_is_kept_when_chosen(pair, tmp_path):
    """Changed here, removed there: keeping it brings the organisation back with all its votes."""
    mine, theirs = pair
    _set_vote(mine, "Gislaved", "2", 7, 1)
    with EngagementStore.open(theirs) as store:
        store.remove_organisation_keeping_rows(_org(store, "Gislaved").uid)
    report, image = merge_files(mine, theirs)
    assert [c.kind for c in report.undecided] == [ConflictKind.REMOVED_THERE]
    assert "Gislaved's vote on 2, criterion 7" in report.undecided[0].text()
    _, out = _merged(mine, theirs, tmp_path, decisions={report.undecided[0].key: Side.MINE})
    assert _tables(out) == _tables(mine)


def test_agenda_items_added_on_both_sides_both_come_in_in_order(pair, tmp_path):
    """Each laptop adds an item to the same agenda: both are there, one after the other, in both merge orders."""
    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        meeting = store.load().meetings[0]
        store.meetings.insert_items(meeting.uid, [AgendaItem(text="Asked here", kind="free")])
    with EngagementStore.open(theirs) as store:
        store.meetings.insert_items(meeting.uid, [AgendaItem(text="Asked there", kind="free")])
    _, out = _merged(mine, theirs, tmp_path)
    with EngagementStore.open(out, read_only=True) as store:
        texts = [i.text for i in next(m for m in store.load().meetings if m.uid == meeting.uid).agenda]
    assert texts[-2:] in (["Asked here", "Asked there"], ["Asked there", "Asked here"])
    assert len(texts) == len(meeting.agenda) + 2
    report, image = merge_files(theirs, mine)
    write_image(image, tmp_path / "back.workshop")
    assert _tables(tmp_path / "back.workshop") == _tables(out)


def test_codes_added_on_both_sides_are_renamed_not_merged(pair, tmp_path):
    """Two alternatives "3" and two criteria 8 stay four things: one of each renamed, their votes with them."""
    mine, theirs = pair
    for path, name in ((mine, "Made here"), (theirs, "Made there")):
        with EngagementStore.open(path) as store:
            store.add_alternative(Alternative(code="3", name=name, area_codes=("A",)))
            store.scores.add_criterion(Criterion(number=8, text=f"Criterion {name}"))
            gnosjo = _org(store, "Gnosjö").uid
            store.scores.set_vote(Vote(organisation_uid=gnosjo, alternative_code="3", criterion_number=1,
                                        value=2 if path == mine else 3))
            store.scores.set_vote(Vote(organisation_uid=gnosjo, alternative_code="S", criterion_number=8,
                                        value=1 if path == mine else 4))
    report, out = _merged(mine, theirs, tmp_path)
    assert report.conflicts == []
    texts = sorted(r.text() for r in report.renames)
    assert len(texts) == 2
    assert texts[0].startswith("alternative 3 (“Made ") and " is now “3 (2)”" in texts[0]
    assert texts[1].startswith("criterion 8 (“Criterion Made ") and " is now “9”" in texts[1]
    with EngagementStore.open(out, read_only=True) as store:
        e = store.load()
        alternatives = {a.name: a.code for a in e.alternatives}
        criteria = {c.text: c.number for c in e.criteria}
        gnosjo = _org(store, "Gnosjö").uid
        votes = {(v.alternative_code, v.criterion_number): v.value for v in e.votes if v.organisation_uid == gnosjo}
    assert {alternatives["Made here"], alternatives["Made there"]} == {"3", "3 (2)"}
    assert {criteria["Criterion Made here"], criteria["Criterion Made there"]} == {8, 9}
    assert votes[(alternatives["Made here"], 1)] == 2 and votes[(alternatives["Made there"], 1)] == 3
    assert votes[("S", criteria["Criterion Made here"])] == 1 and votes[("S", criteria["Criterion Made there"])] == 4


def test_merging_the_result_again_with_either_side_changes_nothing(pair, tmp_path):
    """A merged file merged once more with either copy stays as it is."""
    mine, theirs = pair
    _set_vote(mine, "Gnosjö", "1 Teknik", 6, 2)
    _set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
    _set_vote(theirs, "Värnamo", "S", 3, 1)
    _, out = _merged(mine, theirs, tmp_path, prefer=Side.THEIRS)
    _merging_again_changes_nothing(out, (mine, theirs), tmp_path)


def test_an_item_removed_there_whose_place_only_moved_here_is_removed_and_stays_removed(pair, tmp_path):
    """Both remove the first agenda item, there the second too: the second's place moved here only because
    the list closed up, which holds nothing up; merging again with either copy changes nothing."""
    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        meeting = store.load().meetings[0]
        first, second = meeting.agenda[0].uid, meeting.agenda[1].uid
        store.meetings.remove_items([first])
    with EngagementStore.open(theirs) as store:
        store.meetings.remove_items([first])
        store.meetings.remove_items([second])
    report, out = _merged(mine, theirs, tmp_path, prefer=Side.MINE)
    assert report.conflicts == []
    with EngagementStore.open(out, read_only=True) as store:
        agenda = [a.uid for a in next(m for m in store.load().meetings if m.uid == meeting.uid).agenda]
    assert first not in agenda and second not in agenda and len(agenda) == len(meeting.agenda) - 2
    _merging_again_changes_nothing(out, (mine, theirs), tmp_path)


def test_an_organisation_moved_and_scored_here_but_removed_there_is_one_question_and_kept_whole(pair, tmp_path):
    """Moved to the top here and one vote changed; removed there: one question about the organisation, and
    keeping it keeps it with all its rows, which a second merge with either copy leaves as they are."""
    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        uids = [o.uid for o in store.load().organisations]
        hylte = _org(store, "Hylte").uid
        store.lists.order_organisations([hylte, *[u for u in uids if u != hylte]])
    _set_vote(mine, "Hylte", "2", 7, 1)
    with EngagementStore.open(theirs) as store:
        store.remove_organisation_keeping_rows(hylte)
    report, out = _merged(mine, theirs, tmp_path, prefer=Side.MINE)
    assert [c.key for c in report.conflicts] == [f'organisations:["{hylte}"]:removed']
    assert _tables(out) == _tables(mine)
    _merging_again_changes_nothing(out, (mine, theirs), tmp_path)


def test_copies_of_copies_merge_against_their_common_base(pair, tmp_path):
    """Handed out again from the copy, a third laptop's work still merges into the first file."""
    mine, theirs = pair
    third = tmp_path / "third.workshop"
    with EngagementStore.open(theirs) as store:
        hand_out_store(store, third)
    _set_vote(third, "Gnosjö", "S", 2, 1)
    _set_vote(mine, "Hylte", "S", 2, 1)
    report, out = _merged(mine, third, tmp_path)
    assert report.conflicts == []
    with EngagementStore.open(out, read_only=True) as store:
        assert _vote(store, "Gnosjö", "S", 2).value == 1 and _vote(store, "Hylte", "S", 2).value == 1


def test_files_that_do_not_belong_together_are_refused_and_nothing_written(pair, tmp_path, capsys, example):
    """Another engagement, a file never handed out, a file from a newer Workshop: a message, exit 2, no file."""
    mine, theirs = pair
    other = tmp_path / "other.workshop"
    EngagementStore.create(other, example).close()
    plain, newer = tmp_path / "plain.workshop", tmp_path / "newer.workshop"
    with EngagementStore.open(mine) as store:
        store.save_copy(plain)
        store.save_copy(newer)
    for path, change in ((other, "UPDATE engagement SET uid = 'another'"),  # the example again, as another one
                         (plain, "DELETE FROM merge_bases"), (newer, "PRAGMA user_version = 99")):
        conn = sqlite3.connect(path)
        conn.execute(change)
        conn.commit()
        conn.execute("PRAGMA journal_mode = DELETE")  # all in the file itself, to compare its bytes
        conn.close()
    out = tmp_path / "out.workshop"
    for given, words in ((other, "two different engagements"), (plain, "no common base"),
                         (newer, "newer version of Workshop")):
        before = given.read_bytes()
        assert main(["merge", str(mine), str(given), "-o", str(out)]) == 2
        assert words in capsys.readouterr().err
        assert not out.exists() and given.read_bytes() == before


def test_a_damaged_copy_is_refused_as_damaged_and_nothing_written(pair, tmp_path, capsys):
    """An index that lost its rows in either file (its integrity check runs beside the merge): the file is
    named as damaged, exit 2, no output, and neither file changes."""
    mine, theirs = pair
    _set_vote(theirs, "Hylte", "S", 2, 4)
    for damaged, other in ((theirs, mine), (mine, theirs)):
        good = damaged.read_bytes()
        conn = sqlite3.connect(damaged)
        conn.execute("PRAGMA journal_mode = DELETE")  # all in the file itself, to break its bytes
        conn.close()
        damage_index(damaged)
        before = damaged.read_bytes(), other.read_bytes()
        out = tmp_path / "out.workshop"
        assert main(["merge", str(mine), str(theirs), "-o", str(out), "--prefer", "theirs"]) == 2
        err = capsys.readouterr().err
        assert damaged.name in err and "damaged" in err
        assert not out.exists() and (damaged.read_bytes(), other.read_bytes()) == before
        with pytest.raises(DamagedFileError, match="damaged"):
            merge_files(mine, theirs, prefer=Side.THEIRS)
        damaged.write_bytes(good)


def test_handout_refuses_a_file_open_elsewhere_and_an_existing_copy(pair, tmp_path, capsys):
    """The hand-out records a base in the file: refused while another window has it; never overwrites."""
    mine, theirs = pair
    assert main(["handout", str(mine), "-o", str(theirs)]) == 2
    assert "already exists" in capsys.readouterr().err
    with EngagementStore.open(mine):
        assert main(["handout", str(mine), "-o", str(tmp_path / "new.workshop")]) == 2
        assert "read-only" in capsys.readouterr().err
    assert not (tmp_path / "new.workshop").exists()


def test_every_table_has_a_primary_key_for_the_session_extension(example_path):
    """SQLite's session extension skips a table without a primary key silently: a new table must have one."""
    conn = sqlite3.connect(example_path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        assert any(r[5] for r in conn.execute(f"PRAGMA table_info({name})")), name


def test_a_base_row_the_merge_adds_is_kept_with_both_sides_bases(pair, tmp_path):
    """The result holds every base either side held, so it merges with any copy later."""
    mine, theirs = pair
    third = tmp_path / "third.workshop"
    with EngagementStore.open(theirs) as store:
        hand_out_store(store, third)
    _, out = _merged(mine, third, tmp_path)
    conn = sqlite3.connect(out)
    assert len(bases(conn)) == 2
    conn.close()


def test_organisations_added_on_both_sides_with_one_name_are_both_kept(pair, tmp_path):
    """Two laptops each add "Jönköping": both come in, one renamed, and the merge says so."""
    mine, theirs = pair
    for path in (mine, theirs):
        with EngagementStore.open(path) as store:
            store.add_organisation(Organisation(name="Jönköping", short_code="JKP"))
    report, out = _merged(mine, theirs, tmp_path)
    with EngagementStore.open(out, read_only=True) as store:
        names = [o.name for o in store.load().organisations]
    assert "Jönköping" in names and "Jönköping (2)" in names
    assert any("organisation Jönköping added" in r.text() for r in report.renames)


def test_storage_refuses_an_unknown_output_folder(pair, tmp_path):
    """The merged file goes to an existing folder or nowhere: the refusal names the missing folder and
    nothing is created, neither the folder nor a file in it."""
    mine, theirs = pair
    _, image = merge_files(mine, theirs)
    before = sorted(p.name for p in tmp_path.iterdir())
    missing = tmp_path / "missing"
    with pytest.raises(StorageError, match=f"the folder {re.escape(str(missing))} does not exist"):
        write_image(image, missing / "out.workshop")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_copies_at_different_schema_versions_merge_and_the_older_file_is_left_as_it_was(tmp_path, example):
    """A copy handed out by an older Workshop (its base and the other laptop's file still at schema 1) merges
    with a file this version has migrated: both read through the migration steps, nothing written to THEIRS."""
    from bad_input_matrix import write_v1_file
    from workshop.storage.merge.bases import add_base

    mine, theirs = tmp_path / "mine.workshop", tmp_path / "theirs.workshop"
    write_v1_file(mine, example)
    conn = sqlite3.connect(mine)
    add_base(conn)  # as the older version's hand-out would have stored it
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    theirs.write_bytes(mine.read_bytes())
    _set_vote(mine, "Gnosjö", "S", 3, 1)  # opening migrates MINE to the current schema, after a backup
    assert (tmp_path / "mine.workshop.bak-v1").exists()
    with sqlite3.connect(theirs) as conn:  # the other laptop, still on schema 1
        conn.execute("UPDATE meetings SET title = 'Changed on the old laptop' WHERE rowid = 1")
    conn.close()
    before = theirs.read_bytes()
    report, out = _merged(mine, theirs, tmp_path)
    assert report.conflicts == [] and theirs.read_bytes() == before
    with EngagementStore.open(out, read_only=True) as store:
        assert _vote(store, "Gnosjö", "S", 3).value == 1
        assert "Changed on the old laptop" in [m.title for m in store.load().meetings]


def test_dropping_the_bases_leaves_a_file_that_asks_for_a_fresh_handout(pair, tmp_path):
    """The bases (earlier states, names included) can be erased; merging then is refused, not guessed."""
    from workshop.storage.merge.bases import drop_bases

    mine, theirs = pair
    with sqlite3.connect(mine) as conn:
        assert drop_bases(conn) == 1
    conn.close()
    with pytest.raises(MergeError, match="no common base"):
        merge_files(mine, theirs)


def test_a_removal_that_stands_takes_what_was_changed_under_it_too(pair, tmp_path):
    """Removed there; renamed here with a note changed under it: letting the removal stand removes it all."""
    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        meeting = store.load().meetings[0]
        store.meetings.update_details(meeting.uid, kind=meeting.kind, title="Renamed here",
                                      starts_at=meeting.starts_at, duration_minutes=meeting.duration_minutes,
                                      place=meeting.place)
        store.meetings.set_item_notes(meeting.agenda[0].uid, "Noted here")
    with EngagementStore.open(theirs) as store:
        store.meetings.remove_meeting(meeting.uid)
    report, image = merge_files(mine, theirs)
    assert len(report.undecided) == 1  # one question about the meeting, not one per changed row
    assert report.undecided[0].text().startswith("meeting “Renamed here”: changed here, removed there (title")
    assert "(notes “Noted here”)" in report.undecided[0].text()
    _, out = _merged(mine, theirs, tmp_path, prefer=Side.THEIRS)
    with EngagementStore.open(out, read_only=True) as store:
        assert meeting.uid not in [m.uid for m in store.load().meetings]
    _, out = _merged(mine, theirs, tmp_path, prefer=Side.MINE)
    with EngagementStore.open(out, read_only=True) as store:
        kept = next(m for m in store.load().meetings if m.uid == meeting.uid)
    assert kept.title == "Renamed here" and len(kept.agenda) == len(meeting.agenda)
    assert kept.agenda[0].notes == "Noted here"


def test_a_change_made_in_both_files_and_their_bases_leaves_nothing_to_merge(pair, tmp_path):
    """Rewriting the bases with the files (as forgetting a person must) keeps the copies mergeable, and the
    old text is gone from the bases."""
    import zlib

    from workshop.storage.merge.bases import rewrite_bases

    mine, theirs = pair
    for path in (mine, theirs):
        conn = sqlite3.connect(path, isolation_level=None)

        def rename(db):
            db.execute("UPDATE people SET name = 'Person 1' WHERE name = 'Karin Sjöberg'")
            db.execute("UPDATE action_items SET owner = 'Person 1' WHERE owner = 'Karin Sjöberg'")

        rename(conn)
        assert rewrite_bases(conn, rename) == 1
        blob = conn.execute("SELECT snapshot FROM merge_bases").fetchone()[0]
        assert "Karin Sjöberg".encode() not in zlib.decompress(blob)
        conn.close()
    report, image = merge_files(mine, theirs)
    assert report.conflicts == [] and report.changes == 0 and image is not None


def test_a_row_of_a_table_the_words_do_not_know_is_named_by_what_it_refers_to(pair):
    """A table added by a later schema step is still described in words, not as a bare table name."""
    import apsw

    from workshop.storage.merge.words import Words

    conn = apsw.Connection(str(pair[0]))
    for schema in ("mine", "theirs", "base"):
        conn.execute(f"ATTACH '{pair[1]}' AS {schema}")
    org = conn.execute("SELECT uid FROM organisations WHERE name = 'Gnosjö'").fetchone()[0]
    words = Words(conn)
    text = str(words.subject("survey_answers", {"organisation_uid": org, "alternative_code": "S",
                                                "criterion_number": 5, "meeting_uid": None}))
    assert text == "survey answers (“Gnosjö”, S, criterion 5)"


def test_every_table_of_the_file_has_words_of_its_own(pair):
    """Conflicts name what they are about ("Gnosjö's vote on S, criterion 5 as given in meeting “…”",
    "agenda item “…” of meeting “…”"), never a table's name, for every table the schema has."""
    import apsw

    from workshop.storage.merge.words import Words

    conn = apsw.Connection(str(pair[0]))
    for schema in ("mine", "theirs", "base"):  # made-up ids are looked for in every schema
        conn.execute(f"ATTACH '{pair[1]}' AS {schema}")
    words = Words(conn)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'\\_%' ESCAPE '\\' AND name NOT LIKE 'merge_%'")]
    for table in tables:
        info = list(conn.execute(f"PRAGMA table_info({table})"))
        row = conn.execute(f"SELECT * FROM {table} LIMIT 1").fetchone()
        if row is None:  # an empty table of the example: a row of made-up values of each column's type
            row = [1 if kind.upper().startswith("INT") else "x" for _cid, _name, kind, *_ in info]
        text = str(words.subject(table, dict(zip((r[1] for r in info), row))))
        assert not text.startswith(table.replace("_", " ") + " (") and "a row of" not in text, (table, text)
    conn.close()


@pytest.mark.parametrize("new_uid", ["00000000-0000-4000-8000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff"])
def test_a_name_taken_by_a_rename_here_and_a_new_organisation_there_keeps_both(pair, tmp_path, new_uid):
    """Hylte renamed "Habo" here, a new organisation "Habo" added there: two organisations, one renamed
    (whichever id is the greater: Hylte's rename is kept, never undone to the name the other side has)."""
    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        store.rename_organisation(_org(store, "Hylte").uid, "Habo")
    with EngagementStore.open(theirs) as store:
        store.add_organisation(Organisation(name="Habo", short_code="HAB", uid=new_uid))
    report, out = _merged(mine, theirs, tmp_path)
    with EngagementStore.open(out, read_only=True) as store:
        names = sorted(o.name for o in store.load().organisations)
    assert "Habo" in names and "Habo (2)" in names and "Hylte" not in names
    assert len(report.renames) == 1


def test_the_conflicts_file_never_replaces_an_input_and_nothing_is_written_on_a_refusal(pair, tmp_path, capsys):
    """--conflicts-json naming one of the files being merged is refused (it turned the engagement into a JSON
    file); an output that already exists is refused before anything is written, the conflicts file too."""
    mine, theirs = pair
    _set_vote(mine, "Gnosjö", "1 Teknik", 6, 2)
    _set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
    before = mine.read_bytes()
    out, listed = tmp_path / "out.workshop", tmp_path / "conflicts.json"
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--conflicts-json", str(mine)]) == 2
    assert "one of the files being merged" in capsys.readouterr().err
    assert mine.read_bytes() == before and not out.exists()
    out.write_bytes(b"kept")
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--prefer", "mine",
                 "--conflicts-json", str(listed)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == b"kept" and not listed.exists()
    listed.write_text("old")
    out.unlink()
    # The conflicts file is the command's own report: the second run (now with --prefer) replaces it.
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--conflicts-json", str(listed)]) == 3
    assert json.loads(listed.read_text())["undecided"] == 1 and not out.exists()
    link = tmp_path / "link.json"
    link.symlink_to(listed)
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--prefer", "mine",
                 "--conflicts-json", str(link)]) == 2
    assert not out.exists()  # refused before anything was written
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--prefer", "mine", "--force",
                 "--conflicts-json", str(listed)]) == 0
    assert json.loads(listed.read_text())["conflicts"][0]["decided"] == "mine"


def test_a_folder_that_may_not_be_written_or_an_empty_name_stops_the_merge_and_the_handout_first(
        pair, tmp_path, capsys, monkeypatch):
    """An unwritable folder for the conflicts file or the copy, or an empty name, is refused before anything
    is written (the merged file had been written before the conflicts file failed) and before the input is
    opened for writing (a hand-out into a read-only folder took a backup first)."""
    import os

    mine, theirs = pair
    sealed = tmp_path / "sealed"
    sealed.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: Path(path) != sealed and real_access(path, mode, **kw))
    out = tmp_path / "out.workshop"
    backups = mine.with_name(mine.name + ".backups")
    taken = sorted(backups.iterdir()) if backups.exists() else []
    runs = [(["merge", str(mine), str(theirs), "-o", str(out), "--conflicts-json", str(sealed / "c.json")],
             "may not write in the folder"),
            (["merge", str(mine), str(theirs), "-o", ""], "No file name was given"),
            (["merge", str(mine), str(theirs), "-o", str(out), "--conflicts-json", ""], "No file name was given"),
            (["handout", str(mine), "-o", str(sealed / "copy.workshop")], "may not write in the folder")]
    for args, needle in runs:
        assert main(args) == 2, args
        assert needle in capsys.readouterr().err, args
    assert not out.exists() and list(sealed.iterdir()) == []
    assert (sorted(backups.iterdir()) if backups.exists() else []) == taken


def test_force_replaces_an_earlier_merged_file(pair, tmp_path, capsys):
    """Merging again into the same file with --force replaces the earlier result (the rule that an export
    never replaces an engagement had refused the merge's own output too); without --force it is refused."""
    mine, theirs = pair
    out = tmp_path / "out.workshop"
    assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 0
    first = out.read_bytes()
    assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 2
    assert "--force replaces it" in capsys.readouterr().err and out.read_bytes() == first
    _set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--force"]) == 0
    with EngagementStore.open(out, read_only=True) as store:
        assert _vote(store, "Gnosjö", "1 Teknik", 6).value == 3


def test_a_vote_and_its_meetings_record_are_one_question(pair, tmp_path):
    """Both laptops changed one vote in the same meeting: the vote and the meeting's record of it differ
    alike, so the merge asks once, and the answer settles both (asked twice, a vote of 1 could be kept with a
    meeting record of 3)."""
    mine, theirs = pair
    for path, value in ((mine, 1), (theirs, 3)):
        with EngagementStore.open(path) as store:
            meeting = store.load().meetings[-1].uid
            uid = _org(store, "Gnosjö").uid
            store.scores.set_vote(Vote(organisation_uid=uid, alternative_code="1 Teknik", criterion_number=6,
                                       value=value, meeting_uid=meeting))
    report, image = merge_files(mine, theirs)
    assert image is None
    assert [c.text() for c in report.undecided] == ["Gnosjö's vote on 1 Teknik, criterion 6: 1 here, 3 there"]
    for side, value in ((Side.MINE, 1), (Side.THEIRS, 3)):
        _, out = _merged(mine, theirs, tmp_path, decisions={report.undecided[0].key: side})
        with EngagementStore.open(out, read_only=True) as store:
            e = store.load()
            assert _vote(store, "Gnosjö", "1 Teknik", 6).value == value
            records = [r.value for r in e.vote_history if r.meeting_uid == meeting and r.alternative_code == "1 Teknik"
                       and r.criterion_number == 6 and r.organisation_uid == uid]
            assert records == [value]


@pytest.mark.parametrize("renamed", ["here", "there"])
def test_merging_a_copy_again_after_renames_renames_nothing_anew(pair, tmp_path, renamed):
    """Both laptops added an alternative "3" and an organisation "Jönköping"; the first merge renamed one of
    each (the one with the greater id: this laptop's or the other's). The second laptop's copy merged again
    (either way round) asks nothing and renames nothing: it used to find "3 (2)" here against "3 (3)" there."""
    mine, theirs = pair
    ids = {"here": "f" * 32, "there": "0" * 32} if renamed == "here" else {"here": "0" * 32, "there": "f" * 32}
    for path, side in ((mine, "here"), (theirs, "there")):
        with EngagementStore.open(path) as store:
            store.add_alternative(Alternative(code="3", name=f"Made {side}", area_codes=("A",),
                                              uid=ids[side][:-1] + "a"))
            store.add_organisation(Organisation(name="Jönköping", short_code="JKP", uid=ids[side][:-1] + "b"))
    report, out = _merged(mine, theirs, tmp_path)
    assert len(report.renames) == 3  # the alternative's code, the organisation's name and short code
    given = {r.new for r in report.renames}
    for first, second in ((out, theirs), (theirs, out), (out, mine)):
        again, image = merge_files(first, second)
        assert image is not None and again.conflicts == [], [c.text() for c in again.conflicts]
        # Nothing renamed anew; a copy's own thing taking the code the merge gave it is said, not silent.
        assert {r.new for r in again.renames} <= given, [r.text() for r in again.renames]
        # The copy's own thing taking the code the first merge gave it is said when the copy is the file
        # merged into; when the copy kept its code (this laptop's was renamed), there is nothing to say.
        assert {r.side for r in report.renames} == {Side.MINE if renamed == "here" else Side.THEIRS}
        said = first == theirs and renamed == "there"
        assert said == (again.renames != []), [r.text() for r in again.renames]
    _merging_again_changes_nothing(out, (mine, theirs), tmp_path)


@pytest.mark.parametrize("kept_uid", ["a-kept", "z-kept"])
def test_an_item_kept_against_its_removal_stays_in_its_place_and_merging_again_moves_nothing(
        example, tmp_path, kept_uid):
    """Here an item's notes were written; there the item was removed and those after it moved up. Kept (mine
    preferred), it tied with the item that had followed it: ordered by id it sometimes went behind it, and
    merging the result with the other copy again swapped them back (found by the property test). The base's
    order decides: it stays third, whatever its id."""
    import dataclasses

    meeting = example.meetings[1]
    agenda = tuple(dataclasses.replace(item, uid=uid) for item, uid in
                   zip(meeting.agenda, ["item-0", "item-1", kept_uid, "m-item-3", "m-item-4"]))
    engagement = dataclasses.replace(example, meetings=(example.meetings[0], dataclasses.replace(meeting, agenda=agenda),
                                                        *example.meetings[2:]))
    mine, theirs = tmp_path / "mine.workshop", tmp_path / "theirs.workshop"
    EngagementStore.create(mine, engagement).close()
    with EngagementStore.open(mine) as store:
        hand_out_store(store, theirs)
        store.meetings.set_item_notes(kept_uid, "Antecknat här")
    with EngagementStore.open(theirs) as store:
        store.meetings.remove_items([kept_uid])
    report, out = _merged(mine, theirs, tmp_path, prefer=Side.MINE)
    assert [c.kind for c in report.conflicts] == [ConflictKind.REMOVED_THERE]
    with EngagementStore.open(out) as store:
        order = [i.uid for i in next(m for m in store.load().meetings if m.uid == meeting.uid).agenda]
    assert order == ["item-0", "item-1", kept_uid, "m-item-3", "m-item-4"]
    before = _tables(out)
    _, image = merge_files(out, theirs, prefer=Side.MINE)
    again = tmp_path / "again.workshop"
    write_image(image, again)
    assert _tables(again) == before


@pytest.mark.parametrize("forgotten_in", ["mine", "theirs"])
def test_a_person_forgotten_in_one_copy_stays_forgotten_in_the_merge(pair, tmp_path, forgotten_in):
    """Forgetting rewrites the file and its bases, so the copy handed out before still named the person where
    the base no longer did: the merge took that for the other laptop's change and brought the name back
    (people row and every text). The other copy's own work still comes in, with the name erased in it."""
    from workshop.storage.forget import forget_person

    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        anna = next(p for p in store.load().people if p.name == "Anna Sanell")
    with EngagementStore.open(theirs) as store:  # the other laptop writes about her after the handout
        item = store.load().meetings[1].agenda[0]
        store.meetings.set_item_notes(item.uid, item.notes + " Anna Sanell visar driftmiljön.")
    with EngagementStore.open(mine if forgotten_in == "mine" else theirs) as store:
        forget_person(store, anna.uid)
    _, out = _merged(mine, theirs, tmp_path)
    raw = out.read_bytes()
    assert b"Sanell" not in raw
    with EngagementStore.open(out, read_only=True) as store:
        e = store.load()
    pseudonym = next(p.name for p in e.people if p.uid == anna.uid)
    assert pseudonym.startswith("Person")
    assert e.meetings[1].agenda[0].notes.endswith(f" {pseudonym} visar driftmiljön.")  # their work, name erased
    _merging_again_changes_nothing(out, [mine, theirs], tmp_path)


def test_the_command_line_counts_in_words_lists_renames_with_the_conflicts_and_gives_local_time(
        pair, tmp_path, capsys, monkeypatch):
    """It said "1 conflicts", listed the renames only in the JSON when conflicts stopped the merge, and
    printed the base's time in UTC (an hour or two off in Sweden)."""
    import time

    mine, theirs = pair
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        _set_vote(mine, "Gnosjö", "1 Teknik", 6, 2)
        _set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
        for path, name in ((mine, "Made here"), (theirs, "Made there")):
            with EngagementStore.open(path) as store:
                store.add_alternative(Alternative(code="3", name=name, area_codes=("A",)))
        out = tmp_path / "out.workshop"
        assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 3
        err = capsys.readouterr().err
        assert "workshop merge: 1 conflict, nothing written" in err
        assert "\nrenamed: alternative 3 (“Made " in err and " is now “3 (2)”" in err
        assert main(["merge", str(mine), str(theirs), "-o", str(out), "--prefer", "mine"]) == 0
        first = capsys.readouterr().out.splitlines()[0]
        base = read_side(mine).bases[0]
        assert f"(common base {base.local_time()})" in first and "UTC" not in first
        utc = base.taken_at[11:16]
        assert base.local_time()[11:] != utc  # Stockholm is never at UTC
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_conflicts_show_values_as_the_interface_does(pair):
    """Conflicts read "share of today's spend 0.45 | 0.5", "kind “joint” | “steering”" (codes, English in the
    Swedish interface too) and "(value 3; meeting empty)": values are shown as the views show them."""
    mine, theirs = pair
    for path, kind, share, status, seconds in ((mine, "joint", 0.45, "skipped", 100),
                                               (theirs, "steering", 0.5, "parked", 110)):
        with sqlite3.connect(path) as conn:
            m = conn.execute("SELECT uid FROM meetings WHERE title = 'Arbetsmöte Gislaved'").fetchone()[0]
            conn.execute("UPDATE meetings SET kind = ? WHERE uid = ?", [kind, m])
            conn.execute("UPDATE area_groups SET today_share = ? WHERE code = 'DR'", [share])
            conn.execute("UPDATE agenda_items SET status = ?, seconds_spent = ? WHERE uid = (SELECT uid FROM "
                         "agenda_items WHERE meeting_uid = ? ORDER BY position LIMIT 1)", [status, seconds, m])
    with sqlite3.connect(mine) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM organisations WHERE short_code = 'HYL'")
    with sqlite3.connect(theirs) as conn:  # a vote taken out of its meeting, and changed
        conn.execute("UPDATE criteria_votes SET value = 3, meeting_uid = NULL WHERE alternative_code = 'S' AND "
                     "criterion_number = 1 AND organisation_uid = (SELECT uid FROM organisations "
                     "WHERE short_code = 'HYL')")
    report, _ = merge_files(mine, theirs)
    texts = [c.text() for c in report.conflicts]
    assert "group DR, share of today's spend: 45 % here, 50 % there" in texts
    assert any(t.endswith(", time spent: 1:40 here, 1:50 there") for t in texts)  # "2 min" both, alike
    assert "meeting “Arbetsmöte Gislaved”, kind: joint meeting here, steering-group check-in there" in texts
    assert any(t.endswith(", status: skipped here, parked there") for t in texts)
    assert ("organisation Hylte: removed here, changed there (Hylte's vote on S, criterion 1: 3)") in texts


def test_codes_that_differ_only_in_the_case_of_a_swedish_letter_are_one_code(pair, tmp_path):
    """SQLite's NOCASE folds only ASCII: alternatives "Ä" and "ä", short codes "ÖRE" and "öre" and codes "B"
    and "b" both came in unrenamed, a pair the app refuses when typed."""
    mine, theirs = pair
    for path, code, short, letter in ((mine, "Ä", "ÖRE", "X"), (theirs, "ä", "öre", "x")):
        with EngagementStore.open(path) as store:
            store.add_alternative(Alternative(code=code, name=f"Alternativ {code}", area_codes=("A",)))
            store.add_alternative(Alternative(code=letter, name=f"Alternativ {letter}", area_codes=("A",)))
            store.add_organisation(Organisation(name=f"Örebro {short}", short_code=short))
    report, out = _merged(mine, theirs, tmp_path)
    assert len(report.renames) == 4  # the two alternatives, the organisation's name and its short code
    with EngagementStore.open(out, read_only=True) as store:
        e = store.load()
    codes = sorted(a.code for a in e.alternatives if a.name.startswith("Alternativ "))
    assert len(codes) == 4 and len({c.casefold() for c in codes}) == 4
    shorts = [o.short_code for o in e.organisations if o.name.startswith("Örebro")]
    assert len({s.casefold() for s in shorts}) == 2


def test_merging_a_file_with_another_name_of_itself_says_it_is_the_same_file(example_path, tmp_path, capsys):
    """A hard link is the same file under another name: merging it is refused as such (it had been called
    a file with no common base)."""
    import os

    from workshop.cli import main

    other = tmp_path / "link.workshop"
    os.link(example_path, other)
    assert main(["merge", str(example_path), str(other), "-o", str(tmp_path / "out.workshop")]) == 2
    assert "same file" in capsys.readouterr().err and not (tmp_path / "out.workshop").exists()


def test_lists_edited_on_both_sides_come_in_once(pair, tmp_path):
    """The recommendation changed here and the plan there: every proposal and every plan activity had come
    in twice (each save gave each item a new identifier, so an item neither side touched looked removed and
    added on both), and the merge listed 77 changes for two."""
    import dataclasses

    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        e = store.load()
        proposals, plan = e.recommendation.proposals, e.plan
        store.lists.set_recommendation(dataclasses.replace(e.recommendation, rationale="Skälen, omskrivna"))
        store.lists.set_prestudy(e.prestudy)  # saved unchanged
    with EngagementStore.open(theirs) as store:
        e = store.load()
        store.lists.set_plan([dataclasses.replace(e.plan[0], owner="Styrgruppen"), *e.plan[1:]])
    report, out = _merged(mine, theirs, tmp_path)
    assert report.conflicts == [] and report.changes <= 2
    with EngagementStore.open(out, read_only=True) as store:
        merged = store.load()
    assert merged.recommendation.proposals == proposals and merged.recommendation.rationale == "Skälen, omskrivna"
    assert [p.activities for p in merged.plan] == [p.activities for p in plan]
    assert merged.plan[0].owner == "Styrgruppen"


def test_every_column_a_merge_can_name_has_words_in_both_languages(example_path):
    """A plan phase's changed end read "ends on" in the Swedish merge dialog: the column's own name, for
    want of words. Every column but identifiers and bookkeeping has words, and Swedish for them."""
    from workshop.domain.messages import Term
    from workshop.storage.merge.words import FIELDS

    conn = sqlite3.connect(example_path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if not r[0].startswith(("_", "merge_", "sqlite"))]
    columns = {r[1] for t in tables for r in conn.execute(f"PRAGMA table_info({t})")}
    conn.close()
    unnamed = {c for c in columns - set(FIELDS) if c != "uid" and not c.endswith("_uid")}
    assert unnamed <= {"singleton", "before", "minutes"}, unnamed  # never shown: one row; addenda's records
    assert all(isinstance(FIELDS[c], Term) or FIELDS[c] for c in columns & set(FIELDS))


def test_a_change_to_approved_minutes_made_on_the_copy_comes_in_once_with_its_own_date(example_path, tmp_path):
    """Minutes approved, then handed out; the copy changed an item's notes (an addendum there). The merge had
    refused ("the file refuses the combination"): the change came in through the file's own addendum rules
    as well as the copy's addendum. It comes in once, as the copy's addendum, with the copy's date."""
    with EngagementStore.open(example_path) as store:
        meeting = next(m for m in store.load().meetings if m.agenda)
    item = meeting.agenda[0].uid
    assert main(["approve", str(example_path), "--meeting", meeting.uid, "--by", "Anna Sanell",
                 "--date", meeting.starts_at[:10]]) == 0
    theirs = tmp_path / "theirs.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    with EngagementStore.open(theirs) as store:
        store.meetings.set_item_notes(item, "Ändrat på den andra datorn")
    conn = sqlite3.connect(theirs)
    with conn:
        conn.execute("UPDATE minutes_addenda SET made_on = '2024-12-01' WHERE subject_uid = ?", [item])
    conn.close()
    _, out = _merged(example_path, theirs, tmp_path)
    with EngagementStore.open(out, read_only=True) as store:
        addenda = [a for a in store.records.addenda(meeting.uid) if a.subject_uid == item]
        notes = next(a.notes for m in store.load().meetings if m.uid == meeting.uid for a in m.agenda if a.uid == item)
    assert notes == "Ändrat på den andra datorn"
    assert [(a.made_on, a.text) for a in addenda] == [("2024-12-01", "Ändrat på den andra datorn")]


def test_notes_and_a_decision_changed_on_the_copy_of_minutes_approved_here_show_after_the_approved_text(
        example_path, tmp_path):
    """Handed out as a draft; the copy rewrote an item's notes and a decision, this laptop approved the minutes.
    The merge brings the copy's text in with no addendum (the copy's minutes were a draft), and the approved
    minutes had then changed silently. They print the approved text, and the copy's changes after it."""
    with EngagementStore.open(example_path) as store:
        meeting = next(m for m in store.load().meetings if m.agenda and m.decisions)
        theirs = tmp_path / "theirs.workshop"
        hand_out_store(store, theirs)
    with EngagementStore.open(theirs) as store:
        store.meetings.set_item_notes(meeting.agenda[0].uid, "Skrivet på den andra datorn")
        store.meetings.update_decision(meeting.decisions[0].uid, "Beslutet omskrivet där")
    assert main(["approve", str(example_path), "--meeting", meeting.uid, "--by", "Anna Sanell",
                 "--date", meeting.starts_at[:10]]) == 0
    _, out = _merged(example_path, theirs, tmp_path)
    with EngagementStore.open(out, read_only=True) as store:
        e = store.load()
    merged = next(m for m in e.meetings if m.uid == meeting.uid)
    assert merged.addenda == ()  # the file's rules were set aside while the copy's changes came in
    pdf = " ".join(page.extract_text() for page in reader(render_minutes(e, meeting.uid)).pages)
    pdf = " ".join(pdf.split())
    later = pdf.index("Övriga ändringar efter justering")
    assert " ".join(meeting.agenda[0].notes.split())[:60] in pdf[:later]
    assert "Skrivet på den andra datorn" not in pdf[:later] and "Beslutet omskrivet där" not in pdf[:later]
    assert "Anteckningar till punkt 1" in pdf[later:] and "Nu: Skrivet på den andra datorn" in pdf[later:]
    assert "Beslut ändrat" in pdf[later:] and "Nu: Beslutet omskrivet där" in pdf[later:]


def test_the_command_line_lists_what_came_in_and_says_when_there_was_nothing(pair, tmp_path, capsys):
    """It said "2 changes came in" and named none of them (the window's dialog lists each, and counts one: a
    meeting's record of the vote follows the vote); a copy with nothing new said "0 changes came in" only."""
    mine, theirs = pair
    _set_vote(theirs, "Hylte", "S", 1, 3)  # 1 in the example, given in a meeting: its record changes too
    out = tmp_path / "out.workshop"
    assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("1 change came in from theirs.workshop")
    assert printed[1:] == ["came in: Hylte's vote on S, criterion 1: 3", str(out)]
    assert main(["merge", str(out), str(theirs), "-o", str(tmp_path / "again.workshop")]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("0 changes came in")
    assert printed[1] == "theirs.workshop holds nothing out.workshop lacks: nothing to merge"


def test_a_link_to_a_row_whose_removal_is_a_question_is_not_listed_as_emptied(pair, tmp_path):
    """A catalogue question's hint written here, the question removed there: besides that question, the list of
    what comes in said the start meeting's agenda item would have its "question empty", though keeping the
    question (as chosen here) keeps the item's link to it."""
    mine, theirs = pair
    with EngagementStore.open(mine) as store:
        engagement = store.load()
        question = next(q for q in engagement.questions
                        if any(i.question_uid == q.uid for m in engagement.meetings for i in m.agenda))
        item = next(i for m in engagement.meetings for i in m.agenda if i.question_uid == question.uid)
        store.catalogue.update_question(question.uid, question.text, "Fråga om backup också")
    with EngagementStore.open(theirs) as store:
        store.catalogue.remove_question(question.uid)
    report, _ = merge_files(mine, theirs)
    assert [c.kind for c in report.conflicts] == [ConflictKind.REMOVED_THERE]
    assert report.incoming == []
    _, out = _merged(mine, theirs, tmp_path, prefer=Side.MINE)
    with EngagementStore.open(out, read_only=True) as store:
        assert next(i for m in store.load().meetings for i in m.agenda if i.uid == item.uid).question_uid == \
            question.uid


NOT_UTF8 = {  # another program's bytes in a text column of the copy: SQLite stores them as they are
    "notes": "UPDATE agenda_items SET notes = CAST(X'48e4ff20' AS TEXT) WHERE rowid = (SELECT min(rowid) FROM "
             "agenda_items)",
    "title": "UPDATE engagement SET title = CAST(X'54ff' AS TEXT)",  # read before the merge, with the file
}


@pytest.mark.parametrize("where", sorted(NOT_UTF8))
@pytest.mark.parametrize("listing", [False, True])
def test_a_copy_with_a_text_that_is_not_utf8_is_refused_as_damaged_and_nothing_written(pair, tmp_path, capsys,
                                                                                       where, listing):
    """A text in the other copy that is not UTF-8 had stopped `workshop merge` (and --list) with a traceback
    (UnicodeDecodeError). Now it is one line naming the file and the column, exit 2 as for any damaged file,
    nothing written and neither file changed."""
    mine, theirs = pair
    with sqlite3.connect(theirs) as conn:
        conn.execute(NOT_UTF8[where])
    conn.close()
    before = mine.read_bytes(), theirs.read_bytes()
    out = tmp_path / "out.workshop"
    options = ["--list"] if listing else ["-o", str(out), "--prefer", "theirs"]
    assert main(["merge", str(mine), str(theirs), *options]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"workshop merge: {theirs}: the file is damaged") and err.count("\n") == 1, err
    column = "agenda_items.notes" if where == "notes" else "title"
    assert f"(a text in the column {column} is not valid UTF-8)" in err
    assert not out.exists() and (mine.read_bytes(), theirs.read_bytes()) == before
    with pytest.raises(DamagedFileError, match="not valid UTF-8"):
        merge_files(mine, theirs, prefer=Side.THEIRS)
