"""The full JSON export of an engagement, and reading it back (see docs/json-format.md).

The export is the whole Engagement domain value: every object with every
field, each object's uid written as "id". Reading checks the shape and the
type of every value first (messages name the path of the bad value, such as
`engagement.meetings[2].agenda[0].notes`), then the rules between values
(json_checks.py), and only then returns an Engagement.
"""

from __future__ import annotations

import contextvars
import dataclasses
import functools
import json
import math
import types
import typing
from typing import Any

from workshop.domain.engagement import Engagement
from workshop.domain.messages import msg, term
from workshop.export.errors import ImportFormatError
from workshop.export.json_checks import check_engagement

FORMAT = "workshop-engagement"
FORMAT_VERSION = 3
# Keys a reader may leave out: the public export (--public) omits the facilitator's internal notes and people's
# e-mail and phone (personal data a public record does not need; it had carried them).
OPTIONAL_KEYS = frozenset({"internal_notes", "email", "phone"})
# Keys each format_version added: an older export lacks them, and reads as having none (their defaults).
# Version 3: approved minutes keep the meeting's facts and the numbers given in it.
ADDED_IN = {2: {"Vote": {"rationale"}, "AgreedScore": {"meeting_uid"}, "Preference": {"meeting_uid"},
                "Engagement": {"potential_history", "vote_history", "recommendation", "prestudy", "plan"}},
            3: {"ApprovedMinutes": {"details", "scores", "carried"}}}
_reading_version: contextvars.ContextVar[int] = contextvars.ContextVar("reading_version", default=FORMAT_VERSION)


def _key(name: str) -> str:
    return "id" if name == "uid" else name


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        fields = dataclasses.fields(value)
        # The id first, so a reader sees what each object is called.
        ordered = [f for f in fields if f.name == "uid"] + [f for f in fields if f.name != "uid"]
        return {_key(f.name): _encode(getattr(value, f.name)) for f in ordered}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def _drop_internal(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_internal(v) for k, v in value.items() if k not in OPTIONAL_KEYS}
    if isinstance(value, list):
        return [_drop_internal(v) for v in value]
    return value


def engagement_to_dict(e: Engagement, public: bool = False) -> dict:
    """The export as plain JSON-ready data; `public` leaves every `internal_notes`, `email` and `phone` key out."""
    data = _encode(e)
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "engagement": _drop_internal(data) if public else data}


def engagement_to_json(e: Engagement, public: bool = False) -> str:
    """The export as UTF-8 JSON text (indented, non-ASCII kept readable, ending in a newline)."""
    return json.dumps(engagement_to_dict(e, public), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _from_version_1(engagement: Any) -> None:
    """Version 1 had no internal notes, minutes approval, addenda or contact details: add their empty values."""
    if not isinstance(engagement, dict):
        return
    for person in engagement.get("people") or ():
        if isinstance(person, dict):
            person.setdefault("email", "")
            person.setdefault("phone", "")
    for meeting in engagement.get("meetings") or ():
        if isinstance(meeting, dict):
            meeting.setdefault("approval", None)
            meeting.setdefault("addenda", [])


# Reading ---------------------------------------------------------------------------

# What was expected and what was found are term()s: filled into the message and translated with it.
_OR_NULL = {str: term("text or null"), int: term("a whole number or null"), float: term("a number or null"),
            bool: term("true or false or null")}


def _describe(value: Any) -> str:
    """What a JSON value is, in words (a number is named in the message itself, see _wrong)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return term("text")
    if isinstance(value, list):
        return term("a list")
    if isinstance(value, dict):
        return term("an object")
    return type(value).__name__


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _wrong(path: str, expected: str, value: Any) -> ImportFormatError:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return ImportFormatError(msg("{path}: expected {expected}, found the number {number}."),
                                 path=path, expected=expected, number=value)
    return ImportFormatError(msg("{path}: expected {expected}, found {found}."),
                             path=path, expected=expected, found=_describe(value))


def _decode(value: Any, tp: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        if value is None and type(None) in options:
            return None
        inner = [t for t in options if t is not type(None)]
        if len(inner) == 1:
            if value is None:
                raise _wrong(path, _OR_NULL.get(inner[0], term("a value or null")), value)
            return _decode(value, inner[0], path)
        # a model change this codec does not know
        raise ImportFormatError(msg("{path}: unsupported type {type}."), path=path, type=tp)
    if origin is tuple:
        (item_type, _ellipsis) = typing.get_args(tp)
        if not isinstance(value, list):
            raise _wrong(path, term("a list"), value)
        return tuple(_decode(v, item_type, f"{path}[{i}]") for i, v in enumerate(value))
    if dataclasses.is_dataclass(tp):
        return _decode_object(value, tp, path)
    if tp is bool:
        if not isinstance(value, bool):
            raise _wrong(path, term("true or false"), value)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _wrong(path, term("a whole number"), value)
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _wrong(path, term("a number"), value)
        if not math.isfinite(value):
            raise _wrong(path, term("a finite number"), value)
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise _wrong(path, term("text"), value)
        return characters(path, value)
    raise ImportFormatError(msg("{path}: unsupported type {type}."), path=path, type=tp)


def _decode_object(value: Any, cls: type, path: str) -> Any:
    if not isinstance(value, dict):
        raise _wrong(path, term("an object"), value)
    hints = _hints(cls)
    fields = dataclasses.fields(cls)
    wanted = {_key(f.name): f.name for f in fields}
    for key in value:
        if key not in wanted:
            raise ImportFormatError(msg("{path}: unknown key “{key}”."), path=path, key=key)
    optional = {key for version, added in ADDED_IN.items() if _reading_version.get() < version
                for key in added.get(cls.__name__, ())}
    for key in wanted:
        if key not in value and key not in OPTIONAL_KEYS and wanted[key] not in optional:
            raise ImportFormatError(msg("{path}: missing key “{key}”."), path=path, key=key)
    return cls(**{name: _decode(value[key], hints[name], f"{path}.{key}") for key, name in wanted.items()
                  if key in value})


def engagement_from_dict(data: Any) -> Engagement:
    """An Engagement from export data, after checking its shape, types and rules; else ImportFormatError."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(msg('this is not a Workshop engagement export (no "format": "{format}" at the top).'),
                                format=FORMAT)
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _wrong("format_version", term("a whole number"), version)
    if version > FORMAT_VERSION:
        raise ImportFormatError(msg("format_version {version} is newer than this app reads ({supported}); "
                                    "update Workshop."), version=version, supported=FORMAT_VERSION)
    if version < 1:
        raise ImportFormatError(msg("format_version: {version} is not a valid version."), version=version)
    if set(data) - {"format", "format_version", "engagement"}:
        extra = sorted(set(data) - {"format", "format_version", "engagement"})[0]
        raise ImportFormatError(msg("unknown key “{key}” at the top."), key=extra)
    if "engagement" not in data:
        raise ImportFormatError(msg("missing key “engagement” at the top."))
    if version == 1:
        _from_version_1(data["engagement"])
    token = _reading_version.set(version)
    try:
        engagement = _decode_object(data["engagement"], Engagement, "engagement")
    finally:
        _reading_version.reset(token)
    check_engagement(engagement)
    return engagement


def _no_constants(name: str):
    raise ImportFormatError(msg("not valid JSON ({name} is not a number an engagement export may hold)."), name=name)


INT_LIMIT = 2**53  # every whole number the app stores is far smaller; the file's integers end at 2**63


def _whole_number(text: str) -> int:
    """A JSON integer, refused (before Python turns its digits into a number) when it is beyond INT_LIMIT."""
    if len(text.lstrip("-")) > 16 or abs(int(text)) > INT_LIMIT:
        shown = text if len(text) <= 24 else f"{text[:10]}…{text[-10:]} ({len(text)} digits)"
        raise ImportFormatError(msg("the number {number} is too large for an engagement export."), number=shown)
    return int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict:
    """A JSON object whose keys are each given once (a repeated key would otherwise silently win)."""
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        key = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise ImportFormatError(msg("the key “{key}” is given twice in one object."), key=key)
    return data


def characters(path: str, value: str) -> str:
    """The text, if every code point in it is a character: JSON allows a lone surrogate ("\\ud800"), which no
    file or document can hold; else an ImportFormatError naming it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportFormatError(msg("{path}: the text holds an unpaired surrogate (\\u{code:04x}), "
                                    "which is not a character."), path=path,
                                code=ord(next(c for c in value if "\ud800" <= c <= "\udfff"))) from None
    return value


def strict_json(text: str) -> Any:
    """JSON as Workshop's files write it (an engagement export, a question catalogue): no NaN or Infinity, no
    key twice in an object, no whole number beyond 2**53; else an ImportFormatError saying what is wrong."""
    try:
        return json.loads(text, parse_constant=_no_constants, parse_int=_whole_number, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:  # what is wrong and where, in words (domain/causes.py)
        raise ImportFormatError(msg("not valid JSON ({error})."), error=exc) from None
    except RecursionError:  # Python's own words ("maximum recursion depth exceeded…") had been shown
        raise ImportFormatError(msg("not valid JSON for Workshop: its lists and objects are nested too deeply.")) \
            from None
    except ValueError as exc:
        raise ImportFormatError(msg("not valid JSON ({error})."), error=exc) from None


def engagement_from_json(text: str) -> Engagement:
    """Parse export text; not-JSON and every rule broken give an ImportFormatError."""
    return engagement_from_dict(strict_json(text))
