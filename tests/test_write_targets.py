"""Every file Workshop writes whole (a new engagement, Save a Copy, a hand-out, a merged result) is checked
the same way before anything is written: a folder, a link or a missing folder is refused in words, an
existing file is replaced only when asked, and a refusal leaves the target as it was."""

from __future__ import annotations

import pytest

from workshop.domain.merging import Side
from workshop.storage import EngagementStore, StorageError
from workshop.storage.merge import hand_out_store, merge_files, write_image
from workshop.templates import example_engagement


def _create(source, target, overwrite):
    EngagementStore.create(target, example_engagement(), overwrite=overwrite).close()


def _save_copy(source, target, overwrite):
    """Save a Copy replaces an existing file (its dialog asked already); it is never called otherwise."""
    with EngagementStore.open(source) as store:
        store.save_copy(target)


def _hand_out(source, target, overwrite):
    with EngagementStore.open(source) as store:
        hand_out_store(store, target, overwrite=overwrite)


def _merge(source, target, overwrite):
    copy = source.parent / "copy-for-merge.workshop"
    copy.unlink(missing_ok=True)
    with EngagementStore.open(source) as store:
        hand_out_store(store, copy)
    _report, image = merge_files(source, copy, prefer=Side.MINE)
    write_image(image, target, overwrite=overwrite)


WRITERS = [_create, _save_copy, _hand_out, _merge]


CASES = [("folder", "not a file"), ("link", "not a file"), ("missing folder", "does not exist"),
         ("existing file", "already exists")]


@pytest.mark.parametrize("write, case, expected", [
    pytest.param(w, c, e, id=f"{w.__name__.strip('_')}-{c}") for w in WRITERS for c, e in CASES
    if not (w is _save_copy and c == "existing file")])
def test_a_target_that_cannot_be_written_is_refused_and_left_alone(write, case, expected, example_path, tmp_path):
    """Each refusal names the problem; a folder stays a folder, a link still points where it did, an
    existing file keeps its bytes, and no half-written file is left beside it."""
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "out.workshop"
    if case == "folder":
        target.mkdir()
    elif case == "link":
        (tmp_path / "elsewhere.txt").write_text("keep me")
        target.symlink_to(tmp_path / "elsewhere.txt")
    elif case == "missing folder":
        target = tmp_path / "no such folder" / "out.workshop"
    else:
        target.write_bytes(b"keep me")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StorageError, match=expected):
        write(example_path, target, overwrite=False)
    after = sorted(p.name for p in tmp_path.iterdir())
    assert after == before
    if case == "folder":
        assert target.is_dir()
    elif case == "link":
        assert target.is_symlink() and (tmp_path / "elsewhere.txt").read_text() == "keep me"
    elif case == "existing file":
        assert target.read_bytes() == b"keep me"


@pytest.mark.parametrize("write", WRITERS, ids=lambda w: w.__name__.strip("_"))
def test_an_existing_file_is_replaced_when_asked(write, example_path, tmp_path):
    """With overwrite (the dialogs' "Replace", --force), the file becomes a whole engagement."""
    target = tmp_path / "out" / "out.workshop"
    target.parent.mkdir()
    target.write_bytes(b"old")
    write(example_path, target, overwrite=True)
    with EngagementStore.open(target) as store:
        assert store.load().info.title == example_engagement().info.title
