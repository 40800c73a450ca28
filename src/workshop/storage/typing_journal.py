"""The typing journal: text being typed into a form, kept beside the engagement file until it is stored.

A form field stores its text when focus leaves it or its button is pressed; a crash, a kill or a power cut
before then lost what had been typed (the runner's notes are stored as they are typed and need none of
this). While someone types, the window writes the field's text to FILE.typing (JSON, replaced whole and
synced) at most every few hundred milliseconds, and takes it out again once the field has stored it. A
normal close removes the journal but for the text offered back and not yet seen, unless the file refused
a write (full, locked, replaced: `EngagementStore.refused`), when the journal may hold the only copy. A
journal found when the file is opened is what the last run left: its texts that the file does not hold
are offered back.

The journal is read, changed and written whole each time (it holds the fields being typed in, not a
history), so what is on disk is the one copy: forgetting a person rewrites it and nothing writes the name
back. It names the engagement it belongs to: a journal left beside a file since replaced by another
engagement is not offered. Only the window holding the file's lock writes or removes its journal.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from workshop.domain.messages import msg
from workshop.storage.errors import StorageError
from workshop.storage.paths import beside
from workshop.storage.schema import text_columns

SUFFIX = ".typing"
READ_LIMIT = 64 * 1024 * 1024  # what one person types in one sitting is far less; more is not ours


@dataclass(frozen=True)
class TypedText:
    """One field's text: where it was typed (the interface's words: "Engagement › Description"), the text,
    when (ISO 8601, local time), and which field of the run that typed it (`field`, to find it again)."""

    where: str
    text: str
    typed_at: str
    field: str = ""


class JournalTooLarge(StorageError):
    """A journal larger than anything typed by hand: not read."""


def journal_path(path: str | os.PathLike[str]) -> Path:
    """The journal of an engagement file: beside it, its name plus ".typing"."""
    return beside(path, SUFFIX)


def _partial(path: str | os.PathLike[str]) -> Path:
    """Where the journal is written before it is moved in place (hidden; only the lock holder writes it)."""
    target = journal_path(path)
    return target.with_name(f".{target.name}.partial")


def write_journal(path: str | os.PathLike[str], engagement: str, entries: Sequence[TypedText]) -> None:
    """Replace the file's journal with these entries of the engagement (uid): written whole, synced, moved in
    place and the folder synced, so a crash leaves the old journal or the new one; none removes it.
    StorageError when it cannot be written (nothing half-written is left)."""
    if not entries:
        remove_journal(path)
        return
    target, partial = journal_path(path), _partial(path)
    data = json.dumps({"engagement": engagement, "typed": [asdict(e) for e in entries]},
                      ensure_ascii=False).encode("utf-8")
    try:
        try:
            with open(partial, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        _sync_folder(target.parent)
    except OSError as exc:
        raise StorageError(msg("{path}: what is being typed could not be kept beside the file ({error})."),
                           path=target, error=exc) from None


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (where the system lets a folder be synced)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_journal(path: str | os.PathLike[str]) -> None:
    """Remove the file's journal and any half-written one (a journal that cannot be removed is left: it is
    offered again)."""
    for leftover in (journal_path(path), _partial(path)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def _load(path: str | os.PathLike[str]) -> tuple[str | None, list[TypedText]]:
    """(the engagement's uid, the entries) of the file's journal; (None, []) when there is none, or it cannot
    be read or is not a journal. JournalTooLarge past READ_LIMIT."""
    target = journal_path(path)
    try:
        if not target.is_file():
            return None, []
        with open(target, "rb") as fh:
            raw = fh.read(READ_LIMIT + 1)
    except OSError:
        return None, []
    if len(raw) > READ_LIMIT:
        raise JournalTooLarge(msg("{path}: larger than anything typed by hand; it was not read."), path=target)
    try:
        data = json.loads(raw.decode("utf-8"))
        entries = [TypedText(str(e["where"]), e["text"], str(e["typed_at"]), str(e.get("field", "")))
                   for e in data["typed"] if isinstance(e, dict) and isinstance(e.get("text"), str)]
        return str(data.get("engagement", "")), entries
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):  # nested deep: not ours either
        return None, []


def read_journal(path: str | os.PathLike[str], engagement: str | None = None) -> list[TypedText]:
    """The entries of the file's journal (of that engagement, when given: another engagement's journal left
    beside a file since replaced gives none). JournalTooLarge past READ_LIMIT."""
    uid, entries = _load(path)
    return [] if engagement is not None and uid != engagement else entries


def _normal(text: str) -> str:
    """A text as compared with what the file holds: its lines stripped, blank ones left out (a list's form
    drops them, a name is stored stripped)."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _stored_texts(conn: sqlite3.Connection) -> set[str]:
    """Every text the file holds, compared as _normal (a list kept as JSON also as its lines)."""
    texts: set[str] = set()
    for table, column in text_columns(conn):
        for (value,) in conn.execute(f'SELECT "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''):
            texts.add(_normal(value))
            if value.startswith("["):
                try:
                    items = json.loads(value)
                except ValueError:
                    continue
                if isinstance(items, list) and all(isinstance(i, str) for i in items):
                    texts.add(_normal("\n".join(items)))
    return texts


def unstored(entries: Sequence[TypedText], conn: sqlite3.Connection) -> list[TypedText]:
    """The entries whose text the file does not hold as some field's whole text (blank ones left out)."""
    entries = [e for e in entries if _normal(e.text)]
    if not entries:
        return []
    stored = _stored_texts(conn)
    return [e for e in entries if _normal(e.text) not in stored]


def forget_in_journal(path: str | os.PathLike[str], pattern: re.Pattern[str], pseudonym: str) -> None:
    """Forgetting a person reaches the journal too: their name replaced in every text and place kept there;
    a half-written journal, or one that cannot be read as one, removed. StorageError (JournalTooLarge among
    them) when it cannot be rewritten."""
    from workshop.domain.people import replace_name

    with contextlib.suppress(OSError):
        _partial(path).unlink(missing_ok=True)  # a kill while it was written
    uid, entries = _load(path)
    if not entries:
        remove_journal(path)  # nothing in it the app could offer, so nothing to keep
        return
    write_journal(path, uid or "", [TypedText(replace_name(pattern, e.where, pseudonym),
                                              replace_name(pattern, e.text, pseudonym), e.typed_at, e.field)
                                    for e in entries])
