"""The typing journal: text being typed into a form, kept beside the engagement file until the file closes.

A form field stores its text when focus leaves it or its button is pressed; a crash, a kill or a power cut
before then lost what had been typed (the runner's notes are stored as they are typed and need none of
this). While someone types, the window writes each field's text to FILE.typing (JSON, replaced whole and
synced) at most every few hundred milliseconds; closing the file normally removes it, since by then every
field has stored its text or the window has asked about the one that could not. A journal found when the
file is opened is what the last run left: its texts the file does not hold are offered back.

Only the window holding the file's lock writes or removes its journal.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from workshop.domain.messages import msg
from workshop.storage.errors import StorageError
from workshop.storage.paths import beside

SUFFIX = ".typing"
READ_LIMIT = 4 * 1024 * 1024  # a journal holds what one person typed in one sitting; more is not ours


@dataclass(frozen=True)
class TypedText:
    """One field's text: where it was typed (the interface's words: "Engagement › Description"), the text,
    and when (ISO 8601, local time)."""

    where: str
    text: str
    typed_at: str


def journal_path(path: str | os.PathLike[str]) -> Path:
    """The journal of an engagement file: beside it, its name plus ".typing"."""
    return beside(path, SUFFIX)


def write_journal(path: str | os.PathLike[str], entries: Sequence[TypedText]) -> None:
    """Replace the file's journal with these entries (written whole, synced, then moved in place, so a crash
    leaves the old journal or the new one); none removes it. StorageError when it cannot be written."""
    target = journal_path(path)
    if not entries:
        remove_journal(path)
        return
    data = json.dumps({"typed": [asdict(e) for e in entries]}, ensure_ascii=False).encode("utf-8")
    try:
        fd, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(partial, target)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StorageError(msg("{path}: what is being typed could not be kept beside the file ({error})."),
                           path=target, error=exc.strerror or exc) from None


def remove_journal(path: str | os.PathLike[str]) -> None:
    """Remove the file's journal, if any (a journal that cannot be removed is left: it is offered again)."""
    try:
        journal_path(path).unlink(missing_ok=True)
    except OSError:
        pass


def read_journal(path: str | os.PathLike[str]) -> list[TypedText]:
    """The entries of the file's journal; none when there is none, or when it cannot be read or is not a
    journal (a half-written one cannot be: it is written whole, then moved in place)."""
    target = journal_path(path)
    try:
        if not target.is_file():
            return []
        with open(target, "rb") as fh:
            raw = fh.read(READ_LIMIT + 1)
        if len(raw) > READ_LIMIT:
            return []
        typed = json.loads(raw.decode("utf-8"))["typed"]
        return [TypedText(str(e["where"]), str(e["text"]), str(e["typed_at"])) for e in typed
                if isinstance(e, dict) and isinstance(e.get("text"), str)]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def _stored_lines(conn: sqlite3.Connection) -> set[str]:
    """Every line of every text the file holds, stripped (a list kept as JSON gives its items' lines too)."""
    from workshop.storage.forget import text_columns

    lines: set[str] = set()
    for table, column in text_columns(conn):
        for (value,) in conn.execute(f'SELECT "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''):
            lines.update(_lines(value))
            if value.startswith("["):
                try:
                    items = json.loads(value)
                except ValueError:
                    continue
                lines.update(line for item in (items if isinstance(items, list) else ())
                             if isinstance(item, str) for line in _lines(item))
    return lines


def _lines(text: str) -> Iterable[str]:
    return (line.strip() for line in text.splitlines() if line.strip())


def unstored(entries: Sequence[TypedText], conn: sqlite3.Connection) -> list[TypedText]:
    """The entries whose text the file does not hold: blank ones go, and so do those every line of which is
    a line of some text in the file (the field stored it before the run ended)."""
    entries = [e for e in entries if e.text.strip()]
    if not entries:
        return []
    stored = _stored_lines(conn)
    return [e for e in entries if not all(line in stored for line in _lines(e.text))]


def forget_in_journal(path: str | os.PathLike[str], pattern: re.Pattern[str], pseudonym: str) -> None:
    """Forgetting a person reaches the journal too: their name replaced in every text and place kept there."""
    from workshop.domain.people import replace_name

    entries = read_journal(path)
    if entries:
        write_journal(path, [TypedText(replace_name(pattern, e.where, pseudonym),
                                       replace_name(pattern, e.text, pseudonym), e.typed_at) for e in entries])
