"""The JSON export and `workshop import`: identical round trips, and every bad file refused with nothing written."""

from __future__ import annotations

import json

import pytest

from workshop.cli import main
from workshop.export.errors import ImportFormatError
from workshop.export.json_codec import FORMAT_VERSION, engagement_from_dict, engagement_to_dict, engagement_to_json
from workshop.export.transfer import import_json, write_json
from workshop.storage import EngagementStore


def _load(path):
    with EngagementStore.open(path) as store:
        return store.load()


def test_export_then_import_gives_an_identical_engagement(example_path, tmp_path):
    """Export → import → load equals the original, and exporting again gives the same bytes."""
    original = _load(example_path)
    exported = tmp_path / "x.json"
    write_json(original, exported)
    imported = tmp_path / "back.workshop"
    import_json(exported, imported)
    again = _load(imported)
    assert again == original
    second = tmp_path / "y.json"
    write_json(again, second)
    assert second.read_bytes() == exported.read_bytes()


def test_cli_round_trip_on_the_example(example_path, tmp_path, capsys):
    """`workshop export --format json` then `workshop import` reproduce the engagement exactly."""
    out = tmp_path / "e.json"
    assert main(["export", str(example_path), "--format", "json", "-o", str(out)]) == 0
    assert main(["import", str(out), "-o", str(tmp_path / "e.workshop")]) == 0
    assert _load(tmp_path / "e.workshop") == _load(example_path)


def test_meeting_ids_in_json_are_the_ids_meetings_lists(example_path, tmp_path, capsys):
    """The `id` of each meeting in the export is the ID `workshop meetings` prints and --meeting accepts."""
    out = tmp_path / "e.json"
    main(["export", str(example_path), "--format", "json", "-o", str(out)])
    capsys.readouterr()
    json_ids = [m["id"] for m in json.loads(out.read_text(encoding="utf-8"))["engagement"]["meetings"]]
    assert main(["meetings", str(example_path)]) == 0
    listed = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == json_ids
    assert main(["minutes", str(example_path), "--meeting", json_ids[2], "-o", str(tmp_path / "m.pdf")]) == 0


def test_the_export_is_readable_json_with_a_format_version(example):
    """The file says what it is and which version, and keeps Swedish text readable."""
    text = engagement_to_json(example)
    data = json.loads(text)
    assert data["format"] == "workshop-engagement" and data["format_version"] == FORMAT_VERSION
    assert "Gnosjö" in text
    assert set(data["engagement"]) == {f for f in example.__dataclass_fields__}


def _bad(example, change):
    data = engagement_to_dict(example)
    change(data["engagement"])
    return data


BAD = {
    "missing key": (lambda e: e["meetings"][0].pop("title"), "engagement.meetings[0]: missing key “title”"),
    "unknown key": (lambda e: e["organisations"][0].update(colour="red"),
                    "engagement.organisations[0]: unknown key “colour”"),
    "wrong type": (lambda e: e["meetings"][1].update(duration_minutes="two hours"),
                   "engagement.meetings[1].duration_minutes: expected a whole number, found text"),
    "bool for int": (lambda e: e["votes"][0].update(value=True), "engagement.votes[0].value: expected a whole number"),
    "list expected": (lambda e: e.update(areas={}), "engagement.areas: expected a list, found an object"),
    "duplicate id": (lambda e: e["organisations"][1].update(id=e["organisations"][0]["id"]),
                     "engagement.organisations[1].id: duplicate id"),
    "duplicate code": (lambda e: e["areas"][1].update(code="A"), "engagement.areas[1].code: duplicate area code “A”"),
    "duplicate vote": (lambda e: e["votes"].append(dict(e["votes"][0], id="another")),
                       "duplicate vote for organisation, alternative and criterion"),
    "unknown reference": (lambda e: e["votes"][3].update(alternative_code="Z"),
                          "engagement.votes[3].alternative_code: refers to alternative “Z”"),
    "unknown attendee": (lambda e: e["meetings"][0]["attendee_uids"].append("nobody"),
                         "engagement.meetings[0].attendee_uids[7]: refers to person “nobody”"),
    "potential over 100": (lambda e: e["potentials"][0].update(value=101),
                           "engagement.potentials[0].value: 101 is outside 0–100"),
    "vote outside scale": (lambda e: e["votes"][0].update(value=5), "engagement.votes[0].value: 5 is outside 1–4"),
    "unknown kind": (lambda e: e["meetings"][0].update(kind="party"), "engagement.meetings[0].kind: “party” is not one of"),
    "empty title": (lambda e: e["info"].update(title="  "), "engagement.info.title: must not be empty"),
    # The file reads a text only up to a NUL: refused here, not by the file's check blaming the output file.
    "title after a NUL": (lambda e: e["info"].update(title="\0Utredning"),
                          "engagement.info.title: must not be empty: it begins with a NUL character"),
    "name after a NUL": (lambda e: e["organisations"][0].update(name=" \0Gislaved"),
                         "engagement.organisations[0].name: must not be empty: it begins with a NUL"),
    "share above 1": (lambda e: e["groups"][0].update(today_share=1.5), "engagement.groups[0].today_share"),
    # An impossible date had been imported and printed on the report's cover.
    "impossible date": (lambda e: e["info"].update(start_date="2024-13-45"),
                        "engagement.info.start_date: “2024-13-45” is not a date"),
    "final meeting before the start": (lambda e: e["info"].update(start_date="2025-03-01", end_date="2025-02-01"),
                                       "engagement.info.end_date: The final meeting (2025-02-01) is before the start"),
    # `workshop people` prints IDs: an escape in one had retitled the terminal and turned it red.
    "id that acts": (lambda e: e["people"][0].update(id="\x1b]0;PWNED\x07\x1b[31mRED\u202e"),
                     "engagement.people[0].id: an id must be visible text"),
}


def test_a_file_from_before_the_date_fields_still_round_trips(example):
    """Files from before the date fields hold free text ("mars 2025"), and their JSON export is their backup:
    it imports as written (the strict check had refused it); only a date that is not one is refused."""
    import dataclasses

    from workshop.export.json_codec import engagement_from_json, engagement_to_json

    for start, end in (("mars 2025", "2024-09-17"), ("våren 2024", "hösten 2024"), ("2025-03-01", "")):
        old = dataclasses.replace(example, info=dataclasses.replace(example.info, start_date=start, end_date=end))
        back = engagement_from_json(engagement_to_json(old))
        assert (back.info.start_date, back.info.end_date) == (start, end)


@pytest.mark.parametrize("case", list(BAD))
def test_bad_exports_are_refused_naming_the_bad_value(example, case):
    """Missing keys, wrong types, duplicates, dangling references and out-of-range scores name their path."""
    change, message = BAD[case]
    with pytest.raises(ImportFormatError) as info:
        engagement_from_dict(_bad(example, change))
    assert message in str(info.value)


@pytest.mark.parametrize("content, message", [
    ("not json at all", "not valid JSON"),
    ('{"format": "something-else"}', "not a Workshop engagement export"),
    ("[1, 2, 3]", "not a Workshop engagement export"),
    ('{"format": "workshop-engagement", "format_version": 99, "engagement": {}}', "newer than this app reads"),
    ('{"format": "workshop-engagement", "format_version": 1, "engagement": {"info": NaN}}', "NaN is not a number"),
])
def test_files_that_are_not_exports_are_refused(tmp_path, content, message, capsys):
    """Not JSON, another kind of JSON, a newer version: one line, exit 2, nothing written."""
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "out.workshop"
    assert main(["import", str(source), "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0] and str(source) in err[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_importing_an_engagement_file_itself_says_what_it_is(example_path, tmp_path, capsys):
    """`workshop import e.workshop` (the engagement, not its export) says so and how to go on; it had said
    the file was "not UTF-8 text"."""
    assert main(["import", str(example_path), "-o", str(tmp_path / "x.workshop")]) == 2
    err = capsys.readouterr().err
    assert "that is an engagement file, not a JSON export" in err and not (tmp_path / "x.workshop").exists()


def test_a_failed_import_leaves_the_existing_target_untouched(example, tmp_path, capsys):
    """With --force and a broken export, the existing engagement file keeps its bytes and no temp file stays."""
    target = tmp_path / "keep.workshop"
    EngagementStore.create(target, example).close()
    before = target.read_bytes()
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(_bad(example, BAD["potential over 100"][0])), encoding="utf-8")
    assert main(["import", str(source), "-o", str(target), "--force"]) == 2
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "keep.workshop"]


def test_import_refuses_to_overwrite_without_force(example, tmp_path, capsys):
    """An existing target is kept unless --force is given."""
    source = tmp_path / "e.json"
    write_json(example, source)
    target = tmp_path / "t.workshop"
    target.write_text("precious")
    assert main(["import", str(source), "-o", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_text() == "precious"
    assert main(["import", str(source), "-o", str(target), "--force"]) == 0
    assert _load(target) == example


def test_a_name_as_long_as_the_window_holds_round_trips(example, tmp_path, qapp):
    """An organisation named with as many characters as the window's one-line fields hold (NAME_MAX, which a
    longer imported name is refused against) exports and imports back as it was."""
    import dataclasses

    from PySide6.QtWidgets import QLineEdit

    from workshop.domain.validation import NAME_MAX

    assert QLineEdit().maxLength() == NAME_MAX
    name = ("Gnosjö " * NAME_MAX)[: NAME_MAX - 1] + "x"
    long_named = dataclasses.replace(example, organisations=(
        dataclasses.replace(example.organisations[0], name=name), *example.organisations[1:]))
    write_json(long_named, tmp_path / "x.json")
    import_json(tmp_path / "x.json", tmp_path / "back.workshop")
    assert _load(tmp_path / "back.workshop").organisations[0].name == name
