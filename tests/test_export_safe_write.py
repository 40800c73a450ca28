"""Safe writes: a failed export leaves no half file and the previous file intact, with a clear message."""

from __future__ import annotations

import errno
import tempfile

import pytest

from workshop.export import report as report_module
from workshop.export.errors import ExportError
from workshop.export.safe_write import write_atomically, write_folder_atomically
from workshop.export.report import write_report


def test_a_failing_export_keeps_the_previous_file_and_leaves_no_temp(example, tmp_path, monkeypatch):
    """If building the PDF fails midway, the old PDF keeps its bytes and no partial file remains."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-old")

    def broken(*args, **kwargs):
        raise RuntimeError("layout exploded")

    monkeypatch.setattr(report_module, "render_report", broken)
    with pytest.raises(RuntimeError):
        write_report(example, target)
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_full_disk_says_so_and_keeps_the_old_file(tmp_path):
    """ENOSPC while writing becomes 'the disk is full', and the previous file is unchanged."""
    target = tmp_path / "data.xlsx"
    target.write_bytes(b"old")

    def fill_disk(path):
        path.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError, match="the disk is full"):
        write_atomically(target, fill_disk)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["data.xlsx"]


def test_an_unwritable_folder_gives_a_clear_message(tmp_path, monkeypatch):
    """Permission denied on the folder is reported as such (simulated: tests may run as root)."""
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ExportError, match="you may not write in the folder"):
        write_atomically(tmp_path / "x.pdf", lambda p: p.write_bytes(b"x"))
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named(tmp_path):
    """An output folder that does not exist is named in the message and nothing is created."""
    with pytest.raises(ExportError) as refused:
        write_atomically(tmp_path / "nope" / "x.pdf", lambda p: p.write_bytes(b"x"))
    assert str(refused.value) == f"{tmp_path / 'nope' / 'x.pdf'}: the folder {tmp_path / 'nope'} does not exist."
    assert list(tmp_path.iterdir()) == []


def test_the_written_file_is_complete_and_readable(tmp_path):
    """A successful write replaces the target with the full new content, readable by others."""
    target = tmp_path / "x.json"
    write_atomically(target, lambda p: p.write_text("{}\n"))
    assert target.read_text() == "{}\n"
    assert target.stat().st_mode & 0o044  # not the 0600 of a temp file


def test_a_name_the_disk_refuses_on_writing_is_said_so(tmp_path):
    """A name the disk refuses only when the file is made (a USB stick or Windows refusing "a:b.pdf", EINVAL)
    is said as such, not as "could not be written (Invalid argument)"; nothing is left behind."""
    def refused(path):
        raise OSError(errno.EINVAL, "Invalid argument")

    with pytest.raises(ExportError, match="the disk does not accept that name"):
        write_atomically(tmp_path / "a:b.pdf", refused)
    assert list(tmp_path.iterdir()) == []


def test_a_name_as_long_as_the_disk_takes_is_written(tmp_path):
    """A name of 250 bytes, which the disk takes, is written: the temporary file beside it had been named
    after it in full, 18 bytes longer than the disk takes, and the export had failed."""
    target = tmp_path / ("å" * 122 + ".pdf")
    write_atomically(target, lambda p: p.write_bytes(b"%PDF"))
    assert target.read_bytes() == b"%PDF" and [p.name for p in tmp_path.iterdir()] == [target.name]
    folder = tmp_path / ("ä" * 125)
    write_folder_atomically(folder, {"votes.csv": b"a"})
    assert (folder / "votes.csv").read_bytes() == b"a"


def test_a_csv_folder_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    """If one CSV cannot be written, the folder is not created and nothing is left behind."""
    import pathlib

    real = pathlib.Path.write_bytes

    def flaky(self, data):
        if self.name == "votes.csv":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(pathlib.Path, "write_bytes", flaky)
    with pytest.raises(ExportError, match="disk is full"):
        write_folder_atomically(tmp_path / "csv", {"potential.csv": b"a", "votes.csv": b"b"})
    assert list(tmp_path.iterdir()) == []


def _held_open(monkeypatch, held):
    """os.replace refusing to replace or move `held`, as Windows does while a reader or Excel has it open."""
    import os

    real = os.replace

    def replace(source, target):
        if held in (os.fspath(source), os.fspath(target)):
            raise PermissionError(errno.EACCES, "Access is denied")
        return real(source, target)

    monkeypatch.setattr(os, "replace", replace)


def test_a_file_open_in_another_program_is_named_as_such_and_kept(tmp_path, monkeypatch):
    """Re-exporting a PDF that a reader holds open (Windows refuses to replace it): the message says it may be
    open in another program, not "you may not write in the folder" (which may be written in), and the earlier
    file is left as it was, with no temporary file beside it."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-old")
    _held_open(monkeypatch, str(target))
    with pytest.raises(ExportError, match="may be open in another program") as refused:
        write_atomically(target, lambda p: p.write_bytes(b"%PDF-new"))
    assert "may not write" not in str(refused.value) and str(target) in str(refused.value)
    assert target.read_bytes() == b"%PDF-old" and [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_csv_folder_with_one_file_open_elsewhere_keeps_every_earlier_file(tmp_path, monkeypatch):
    """Re-exporting CSV into the folder of an earlier export while Excel holds one of its files: every earlier
    file is left as it was (potential.csv had been replaced and votes.csv not, a mix of two exports), the
    message names the file held open, and nothing is left beside the folder."""
    folder = tmp_path / "csv"
    write_folder_atomically(folder, {"a.csv": b"old a", "potential.csv": b"old p", "votes.csv": b"old v"})
    _held_open(monkeypatch, str(folder / "votes.csv"))
    with pytest.raises(ExportError, match="may be open in another program") as refused:
        write_folder_atomically(folder, {"a.csv": b"new a", "potential.csv": b"new p", "votes.csv": b"new v"})
    assert str(folder / "votes.csv") in str(refused.value)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {"a.csv": b"old a", "potential.csv": b"old p",
                                                                  "votes.csv": b"old v"}
    assert [p.name for p in tmp_path.iterdir()] == ["csv"]
    monkeypatch.undo()
    write_folder_atomically(folder, {"a.csv": b"new a", "potential.csv": b"new p", "votes.csv": b"new v"})
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {"a.csv": b"new a", "potential.csv": b"new p",
                                                                  "votes.csv": b"new v"}
    assert [p.name for p in tmp_path.iterdir()] == ["csv"]


def test_pdf_that_cannot_be_laid_out_is_a_clear_error(tmp_path):
    """A layout failure gives an export error naming the file, and writes nothing."""
    from reportlab.platypus.doctemplate import LayoutError

    from workshop.export.errors import ExportError
    from workshop.export.styles import write_pdf

    target = tmp_path / "out.pdf"

    def build() -> bytes:
        raise LayoutError("Flowable too large")

    with pytest.raises(ExportError, match="could not be laid out"):
        write_pdf(target, build)
    assert not target.exists()


@pytest.mark.parametrize("kind", ["report", "minutes", "json", "xlsx", "person-export"])
def test_an_export_never_replaces_an_engagement_file(example_path, tmp_path, capsys, kind):
    """`-o` naming another engagement (a tab-completed .workshop) is refused with a clear message and the
    engagement is left byte for byte: the report, minutes and exports had replaced it without a word."""
    import hashlib

    from workshop.cli import main
    from workshop.storage import EngagementStore

    folder = tmp_path / "out"
    folder.mkdir()
    other = folder / "other.workshop"
    other.write_bytes(example_path.read_bytes())
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    with EngagementStore.open(example_path, read_only=True) as store:
        e = store.load()
    args = {"report": ["report", str(example_path)],
            "minutes": ["minutes", str(example_path), "--meeting", e.meetings[0].uid],
            "json": ["export", "--format", "json", str(example_path)],
            "xlsx": ["export", "--format", "xlsx", str(example_path)],
            "person-export": ["person-export", str(example_path), "--person", e.people[0].uid]}[kind]
    assert main([*args, "-o", str(other)]) == 2
    assert "engagement file" in capsys.readouterr().err
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in folder.iterdir()) == ["other.workshop"]  # no temporary file left


@pytest.mark.parametrize("suffix", ["-wal", "-shm", ".lock"])
@pytest.mark.parametrize("command", ["json", "demo"])
def test_nothing_is_written_over_the_journal_or_lock_of_an_engagement(example_path, capsys, suffix, command):
    """`-o e.workshop-wal` (or -shm, .lock) is refused, for an export and a new engagement alike: an export
    there had replaced the journal holding an open file's last votes, and the file was then called
    damaged; over the lock it let a second writer in."""
    import dataclasses

    from workshop.cli import main
    from workshop.storage import EngagementStore

    with EngagementStore.open(example_path) as store:  # open elsewhere: its journal and lock are beside it
        store.update_info(dataclasses.replace(store.load().info, title="Öppen"))
        beside = example_path.with_name(example_path.name + suffix)
        kept = beside.read_bytes()
        args = {"json": ["export", "--format", "json", str(example_path)], "demo": ["demo", "--force"]}[command]
        assert main([*args, "-o", str(beside)]) == 2
        err = capsys.readouterr().err
        assert "journal or lock" in err and example_path.name in err
        now = beside.read_bytes()  # a reader's marks change the -shm; nothing else may
        assert now == kept if suffix != "-shm" else (len(now) == len(kept) and not now.startswith(b"{"))


def test_an_export_does_not_replace_a_file_it_cannot_read(example_path, tmp_path, capsys, monkeypatch):
    """A file the export may not read could be an engagement: it is refused, not replaced."""
    import builtins

    from workshop.cli import main

    target = tmp_path / "locked.workshop"
    target.write_bytes(b"SQLite format 3\x00 secret")
    real_open = builtins.open

    def unreadable(path, *args, **kwargs):
        if str(path) == str(target):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", unreadable)
    assert main(["export", "--format", "json", str(example_path), "-o", str(target)]) == 2
    assert "cannot be read" in capsys.readouterr().err
    monkeypatch.undo()
    assert target.read_bytes() == b"SQLite format 3\x00 secret"


def test_a_name_ending_like_a_journal_beside_a_file_that_is_no_engagement_is_written(tmp_path):
    """`notes.lock` beside a text file `notes` is an ordinary name: only the journal or lock of an
    engagement (a database) is refused."""
    from workshop.cli import main

    (tmp_path / "notes").write_text("a text file")
    source = tmp_path / "e.workshop"
    from workshop.storage import EngagementStore
    from workshop.templates import example_engagement

    EngagementStore.create(source, example_engagement()).close()
    assert main(["export", "--format", "json", str(source), "-o", str(tmp_path / "notes.lock")]) == 0
    assert (tmp_path / "notes.lock").read_text(encoding="utf-8").startswith("{")


def test_a_csv_folder_written_whole_is_not_said_to_have_failed_when_its_leftovers_stay(tmp_path, monkeypatch):
    """Every new file is in place when the staging folder beside it is removed: a virus scanner holding an
    old file there (Windows) had made the export say it could not be written, new files in place."""
    import shutil

    folder = tmp_path / "csv"
    write_folder_atomically(folder, {"a.csv": b"old a", "b.csv": b"old b"})
    real = shutil.rmtree

    def held(path, ignore_errors=False, **kw):
        if not ignore_errors:
            raise PermissionError(errno.EACCES, "held by another program", str(path))
        return real(path, ignore_errors=True, **kw)

    monkeypatch.setattr(shutil, "rmtree", held)
    write_folder_atomically(folder, {"a.csv": b"new a", "b.csv": b"new b"})  # no ExportError
    assert (folder / "a.csv").read_bytes() == b"new a" and (folder / "b.csv").read_bytes() == b"new b"
