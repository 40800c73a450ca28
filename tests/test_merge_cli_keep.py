"""`workshop merge --list` and `--keep ID=mine|theirs`: a facilitator's script decides conflicts one by one, as the
app's merge dialog does, through the command line's entry point."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from merge_support import disagree_on_a_vote, handed_out, set_vote

from workshop.cli import main
from workshop.storage import EngagementStore

GNOSJO = "Gnosjö's vote on 1 Teknik, criterion 6"
HYLTE = "Hylte's vote on S, criterion 2"
NOTES = ("Här\nrad två \x1b[31mröd\x1b[0m\x1b]0;titel\x07", "Där\u202eabc\rskrivs över")


def _value(path, org, alternative, criterion):
    with EngagementStore.open(path, read_only=True) as store:
        engagement = store.load()
        uid = next(o.uid for o in engagement.organisations if o.name == org)
        return next(v.value for v in engagement.votes if v.organisation_uid == uid
                    and v.alternative_code == alternative and v.criterion_number == criterion)


def _content(path) -> str:
    """Everything the file holds, as SQL (its bytes may move between the file and its WAL on reading)."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _notes(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT notes FROM agenda_items ORDER BY uid LIMIT 1").fetchone()[0]


@pytest.fixture
def pair(example_path, tmp_path):
    """Mine and a copy handed out from it that disagree on two votes and on a note holding terminal controls."""
    theirs = handed_out(example_path, tmp_path)
    disagree_on_a_vote(example_path, theirs)
    set_vote(example_path, "Hylte", "S", 2, 1)
    set_vote(theirs, "Hylte", "S", 2, 3)
    for path, notes in zip((example_path, theirs), NOTES):
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE agenda_items SET notes = ? WHERE uid = (SELECT uid FROM agenda_items ORDER BY uid "
                         "LIMIT 1)", [notes])
    return example_path, theirs


def _listed(pair, capsys, *extra) -> tuple[dict[str, str], str]:
    """`--list`: the conflicts' IDs by what they are about, and all it printed."""
    mine, theirs = pair
    assert main(["merge", str(mine), str(theirs), "--list", *extra]) == 0
    out = capsys.readouterr().out
    ids = dict((subject, conflict_id) for conflict_id, subject in re.findall(r"^([0-9a-f]{8})  (.+)$", out, re.M))
    return ids, out


def _notes_id(ids):
    return next(i for subject, i in ids.items() if subject.endswith(", notes"))


def test_list_shows_each_conflict_with_an_id_and_both_versions_literal_and_writes_nothing(pair, capsys, tmp_path):
    """Each conflict has an ID and both versions whole; a note's ESC, BEL, CR, line break and right-to-left
    override show as escapes, never acting on the terminal; the same IDs every run; no file is touched."""
    mine, theirs = pair
    before = {p: _content(p) for p in (mine, theirs)}
    ids, out = _listed(pair, capsys)
    assert set(ids) >= {GNOSJO, HYLTE} and len(ids) == 3, out
    assert out.startswith("3 conflicts between ")
    block = out[out.index(f"{ids[GNOSJO]}  {GNOSJO}"):]
    assert block.splitlines()[1:4] == ["    here (mine):    2", "    there (theirs): 3", "    base:           4"]
    assert "    here (mine):    “Här\\nrad två \\x1b[31mröd\\x1b[0m\\x1b]0;titel\\x07”\n" in out
    assert "    there (theirs): “Där\\u202eabc\\rskrivs över”\n" in out
    assert not any(ch in out for ch in "\x1b\x07\r\u202e")
    assert "    keeps: undecided" in out
    assert _listed(pair, capsys)[0] == ids  # stable: the same files give the same IDs
    assert {p: _content(p) for p in (mine, theirs)} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".workshop") == ["example.workshop", "laptop2.workshop"]


def test_keep_decides_conflicts_one_by_one(pair, capsys, tmp_path):
    """--keep ID=theirs for one vote and the note, ID=mine for the other vote: each gets the version chosen."""
    mine, theirs = pair
    ids, _ = _listed(pair, capsys)
    out = tmp_path / "merged.workshop"
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--keep", f"{ids[GNOSJO]}=theirs",
                 "--keep", f"{ids[HYLTE]}=mine", "--keep", f"{_notes_id(ids)}=theirs"]) == 0
    said = capsys.readouterr().out
    assert f"kept there: {GNOSJO}: 2 here, 3 there" in said and f"kept here: {HYLTE}: 1 here, 3 there" in said
    assert _value(out, "Gnosjö", "1 Teknik", 6) == 3 and _value(out, "Hylte", "S", 2) == 1
    assert _notes(out) == NOTES[1]


def test_keep_with_prefer_for_the_rest_and_list_shows_how_each_is_decided(pair, capsys, tmp_path):
    """--keep one, --prefer theirs the others; --list with the same options says what each keeps and why."""
    mine, theirs = pair
    ids, _ = _listed(pair, capsys)
    options = ["--keep", f"{ids[HYLTE]}=mine", "--prefer", "theirs"]
    _, out = _listed(pair, capsys, *options)
    assert f"{ids[HYLTE]}  {HYLTE}\n" in out and "    keeps: here (--keep)" in out
    assert out.count("    keeps: there (--prefer)") == 2
    merged = tmp_path / "merged.workshop"
    assert main(["merge", str(mine), str(theirs), "-o", str(merged), *options]) == 0
    assert _value(merged, "Gnosjö", "1 Teknik", 6) == 3 and _value(merged, "Hylte", "S", 2) == 1


@pytest.mark.parametrize("keep", ["0000000a=theirs", "{gnosjo}=ours", "{gnosjo}", "=mine"])
def test_an_unknown_or_malformed_keep_is_refused_with_exit_2_and_nothing_written(pair, capsys, tmp_path, keep):
    """A --keep that names no conflict, or no side, is said on stderr with exit 2; nothing is written."""
    mine, theirs = pair
    ids, _ = _listed(pair, capsys)
    out = tmp_path / "merged.workshop"
    given = keep.format(gnosjo=ids[GNOSJO])
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--keep", given, "--prefer", "mine"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"workshop merge: --keep {given.partition('=')[0]}") and err.count("\n") == 1, err
    assert "nothing was written" in err.lower()
    assert not out.exists()


def test_an_id_listed_before_a_copy_changed_that_conflict_is_refused(pair, capsys, tmp_path):
    """The other laptop changes a conflict's value after it was listed: the old ID no longer names it (exit 2,
    nothing written), so a decision is never applied to a version nobody saw; --list gives its new ID."""
    mine, theirs = pair
    ids, _ = _listed(pair, capsys)
    set_vote(theirs, "Gnosjö", "1 Teknik", 6, 1)
    out = tmp_path / "merged.workshop"
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--keep", f"{ids[GNOSJO]}=theirs",
                 "--prefer", "mine"]) == 2
    err = capsys.readouterr().err
    assert f"--keep {ids[GNOSJO]}: no conflict between these two files has that ID" in err and "--list" in err
    assert not out.exists()
    again, _ = _listed(pair, capsys)
    assert again[GNOSJO] != ids[GNOSJO] and again[HYLTE] == ids[HYLTE]


def test_conflicts_left_undecided_without_prefer_stop_the_merge_naming_their_ids(pair, capsys, tmp_path):
    """Two of three decided with --keep and no --prefer: the one left is named with its ID on stderr, the merge
    exits 3 (as for any conflict undecided) and writes nothing; the conflicts file gives each its ID and choice."""
    mine, theirs = pair
    ids, _ = _listed(pair, capsys)
    out, listed = tmp_path / "merged.workshop", tmp_path / "conflicts.json"
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--conflicts-json", str(listed),
                 "--keep", f"{ids[GNOSJO]}=theirs", "--keep", f"{_notes_id(ids)}=mine"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("workshop merge: 1 conflict, nothing written; decide each with --keep ID=mine|theirs")
    assert f"\n  {ids[HYLTE]}  {HYLTE}: 1 here, 3 there\n" in err and ids[GNOSJO] not in err
    assert not out.exists()
    data = json.loads(listed.read_text())
    assert {c["id"]: c["decided"] for c in data["conflicts"]} == {
        ids[GNOSJO]: "theirs", _notes_id(ids): "mine", ids[HYLTE]: None}


def test_a_conflict_kept_here_in_an_earlier_merge_is_listed_and_can_be_decided_again(pair, capsys, tmp_path):
    """After a merge that kept this file's vote, the same copy merged again lists that conflict apart, kept as
    before; --keep ID=theirs decides it otherwise."""
    mine, theirs = pair
    ids, _ = _listed(pair, capsys)
    first = tmp_path / "first.workshop"
    assert main(["merge", str(mine), str(theirs), "-o", str(first), "--prefer", "mine"]) == 0
    capsys.readouterr()
    again, out = _listed((first, theirs), capsys)
    assert "kept here in an earlier merge, and kept again unless --keep or --prefer decides otherwise:" in out
    assert again[GNOSJO] == ids[GNOSJO] and "    keeps: here (as in an earlier merge)" in out
    merged = tmp_path / "merged.workshop"
    assert main(["merge", str(first), str(theirs), "-o", str(merged), "--keep", f"{ids[GNOSJO]}=theirs"]) == 0
    assert _value(merged, "Gnosjö", "1 Teknik", 6) == 3 and _value(merged, "Hylte", "S", 2) == 1


def test_without_list_the_output_file_is_required(pair, capsys):
    """A merge with no -o (and no --list) is refused in words, exit 2."""
    mine, theirs = pair
    assert main(["merge", str(mine), str(theirs), "--prefer", "mine"]) == 2
    assert "-o/--output is required" in capsys.readouterr().err


@pytest.mark.parametrize("options", [[], ["--prefer", "theirs"]])
def test_a_merge_without_keep_is_run_once(example_path, tmp_path, capsys, monkeypatch, options):
    """A merge with no conflict (and one with conflicts all decided by --prefer) runs the merge once, checks and
    serialising included: the command had run it twice, the first time only to find conflicts no --keep named,
    which doubled the merge's part of the time on a large file. What it writes and says is as before."""
    from workshop.storage.merge import files

    theirs = handed_out(example_path, tmp_path)
    set_vote(theirs, "Hylte", "S", 2, 3)
    if options:
        set_vote(example_path, "Hylte", "S", 2, 1)
    runs = []
    real = files.merge_images
    monkeypatch.setattr(files, "merge_images", lambda *a, **kw: runs.append(kw) or real(*a, **kw))
    out = tmp_path / "merged.workshop"
    assert main(["merge", str(example_path), str(theirs), "-o", str(out), *options]) == 0
    said = capsys.readouterr().out
    assert len(runs) == 1, runs
    assert _value(out, "Hylte", "S", 2) == 3
    assert (f"kept there: {HYLTE}: 1 here, 3 there" in said) == bool(options)
    assert ("came in: Hylte's vote on S, criterion 2: 3" in said) != bool(options)


# Two versions of a note that a terminal prints alike, and how --list tells them apart: a typed "\n" and a line
# break, a zero-width space, a space at the end, a soft hyphen, "ä" as one character and as a Mac writes it.
LOOK_ALIKE = [
    ("Sparad i C:\\nya", "Sparad i C:\nya", "“Sparad i C:\\\\nya”", "“Sparad i C:\\nya”"),
    ("Beslut", "Be\u200bslut", "“Beslut”", "“Be\\u200bslut”"),
    ("Beslut", "Beslut ", "“Beslut”", "“Beslut ”"),
    ("av-stämning", "av\xadstämning", "“av-stämning”", "“av\\xadstämning”"),
    ("Värnamo", "Va\u0308rnamo", "“Värnamo”", "“Va\\u0308rnamo”"),
    ("Vaggeryd", "V\u0430ggeryd", "“Vaggeryd”", "“V\\u0430ggeryd”"),  # a Cyrillic а pasted into a Latin word
    ("5 K", "5 \u212a", "“5 K”", "“5 \\u212a”"),  # the Kelvin sign
]


@pytest.mark.parametrize(("mine_notes", "their_notes", "here", "there"), LOOK_ALIKE,
                         ids=["backslash", "zero-width", "edge-space", "soft-hyphen", "decomposed", "cyrillic",
                              "kelvin"])
def test_list_prints_two_versions_that_differ_differently(example_path, tmp_path, capsys, mine_notes, their_notes,
                                                          here, there):
    """--list writes each typed version between quotes with a typed backslash as \\\\ and an invisible character as
    its escape: a note typed "C:\\nya" and one with a line break had both printed C:\\nya (and a zero-width space,
    a soft hyphen or a space at the end printed as nothing), so --keep chose between two texts that read alike."""
    theirs = handed_out(example_path, tmp_path)
    for path, notes in ((example_path, mine_notes), (theirs, their_notes)):
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE agenda_items SET notes = ? WHERE uid = (SELECT uid FROM agenda_items ORDER BY uid "
                         "LIMIT 1)", [notes])
        conn.close()
    ids, out = _listed((example_path, theirs), capsys)
    assert f"    here (mine):    {here}\n    there (theirs): {there}\n" in out, out
    assert not any(ch in out for ch in "\u200b\xad\u0308")


def test_names_in_messages_keep_their_backslashes_and_emoji():
    """The literal form is --list's alone: a Windows path in a message (shown(), the one rule for names on the
    terminal and in the window) keeps its single backslashes, and an emoji its joiner, as typed."""
    from workshop.domain.visible import literal, shown

    assert shown("C:\\Users\\anna\\möte.workshop") == "C:\\Users\\anna\\möte.workshop"
    assert shown("👩\u200d💻 team") == "👩\u200d💻 team"
    assert literal("C:\\Users") == "C:\\\\Users" and literal("👩\u200d💻") == "👩\\u200d💻"
    assert literal("Москва") == "Москва"  # a text in another alphabet reads as typed
