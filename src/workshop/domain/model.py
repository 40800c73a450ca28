"""The engagement's things, as the facilitator names them.

Every type is an immutable dataclass. Rows a facilitator creates carry a
`uid` (a UUID) besides any local key such as an area code, so that files
edited on two laptops can be merged later.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.domain.ids import new_uid
from workshop.domain.vocabulary import PotentialMode

_frozen = dict(frozen=True, kw_only=True, slots=True)


@dataclass(**_frozen)
class EngagementInfo:
    """Title, client, facilitator and dates of one investigation."""

    title: str
    client: str = ""
    facilitator: str = ""
    contact: str = ""
    start_date: str = ""
    end_date: str = ""
    description: str = ""
    template: str = ""
    potential_mode: str = PotentialMode.DIRECT
    potential_factor_scale: int = 5
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Organisation:
    """A participating organisation (a municipality)."""

    name: str
    short_code: str
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Person:
    """Someone who attends meetings; organisation_uid is None for the facilitator's side."""

    name: str
    role: str = ""
    organisation_uid: str | None = None
    steering_group: bool = False
    email: str = ""
    phone: str = ""
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Group:
    """A group of areas (e.g. IT-drift) with its estimated share of today's spend."""

    code: str
    name: str
    today_share: float | None = None
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Area:
    """An area of concern (A–I) within a group."""

    code: str
    name: str
    group_code: str
    sub_items: tuple[str, ...] = ()
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class ScopedOutItem:
    """Something explicitly left out of the collaboration, with the reason."""

    text: str
    reason: str = ""
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Alternative:
    """A course of action the organisations vote on."""

    code: str
    name: str
    description: str = ""
    area_codes: tuple[str, ...] = ()
    pros: tuple[str, ...] = ()
    cons: tuple[str, ...] = ()
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class AlternativePath:
    """A way from one alternative to another; None means today (from) or an external solution (to)."""

    from_code: str | None
    to_code: str | None
    description: str = ""
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Criterion:
    """A criterion alternatives are scored on, with its scale and weight."""

    number: int
    text: str
    scale_min: int = 1
    scale_max: int = 4
    weight: float = 1.0
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class OrganisationForm:
    """A legal form for the collaboration (e.g. kommunalförbund)."""

    name: str
    description: str = ""
    pros: tuple[str, ...] = ()
    cons: tuple[str, ...] = ()
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Theme:
    """A theme of the question catalogue."""

    title: str
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Question:
    """A catalogue question; the hint is for the facilitator only."""

    theme_uid: str
    text: str
    hint: str = ""
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class PotentialScore:
    """One organisation's potential (0–100) for one area, with optional factors and rationale."""

    organisation_uid: str
    area_code: str
    value: int | None
    rationale: str = ""
    will: int | None = None
    benefit: int | None = None
    ability: int | None = None
    meeting_uid: str | None = None
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Vote:
    """One organisation's score for one alternative on one criterion."""

    organisation_uid: str
    alternative_code: str
    criterion_number: int
    value: int
    meeting_uid: str | None = None
    rationale: str = ""
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class AgreedScore:
    """A score the facilitator set by hand, overriding the median of the votes."""

    alternative_code: str
    criterion_number: int
    value: int
    comment: str = ""
    meeting_uid: str | None = None
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class Preference:
    """The alternative an organisation prefers, with its comment."""

    organisation_uid: str
    alternative_code: str
    comment: str = ""
    meeting_uid: str | None = None
    uid: str = field(default_factory=new_uid)


@dataclass(**_frozen)
class PotentialRecord:
    """The potential one organisation gave one area in one meeting (value None: cleared in it)."""

    meeting_uid: str
    organisation_uid: str
    area_code: str
    value: int | None
    rationale: str = ""


@dataclass(**_frozen)
class VoteRecord:
    """The vote one organisation gave one alternative on one criterion in one meeting."""

    meeting_uid: str
    organisation_uid: str
    alternative_code: str
    criterion_number: int
    value: int
    rationale: str = ""
