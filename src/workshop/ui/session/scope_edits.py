"""The edits that take a Blank engagement to a full one: paths, organisation forms, scoped-out items, area
sub-items, the steering group, organisations' names and order, a criterion's own scale, and which meeting a
number was given in. One small undo command class each, written through `EngagementSession.write`.

The short lists (paths, forms, scoped-out items, sub-items) are written whole: a view builds the new list
(an item added, changed, moved or removed) and the command's undo writes the old list back.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop.domain.model import AlternativePath, Area, Criterion, Organisation, OrganisationForm, Person, ScopedOutItem
from workshop.ui.session.commands import Add, Remove, SetValue
from workshop.ui.session.edits import SetWithRecords
from workshop.ui.session.session import (
    AGREED, ALTERNATIVES, ORGANISATIONS, POTENTIALS, PREFERENCES, SCOPE, VOTES, WEIGHTS, EngagementSession,
)
from workshop.ui.widgets.i18n import tr


class SetPaths(SetValue):
    """The paths between alternatives (one added, changed, moved or removed)."""

    def __init__(self, session: EngagementSession, old: Sequence[AlternativePath], new: Sequence[AlternativePath],
                 text: str):
        super().__init__(text, lambda paths: session.write(ALTERNATIVES, lambda store: store.lists.set_paths(paths)),
                         tuple(old), tuple(new))


class SetForms(SetValue):
    """The organisation forms with their pros and cons (one added, changed, moved or removed)."""

    def __init__(self, session: EngagementSession, old: Sequence[OrganisationForm], new: Sequence[OrganisationForm],
                 text: str):
        super().__init__(text, lambda forms: session.write(ALTERNATIVES, lambda store: store.lists.set_forms(forms)),
                         tuple(old), tuple(new))


class SetScopedOut(SetValue):
    """What is left out of the collaboration, with reasons."""

    def __init__(self, session: EngagementSession, old: Sequence[ScopedOutItem], new: Sequence[ScopedOutItem],
                 text: str):
        super().__init__(text, lambda items: session.write(SCOPE, lambda store: store.lists.set_scoped_out(items)),
                         tuple(old), tuple(new))


class SetSubItems(SetValue):
    """An area's sub-items (e.g. A: 1 datacenter, 2 kommunikation …)."""

    def __init__(self, session: EngagementSession, area: Area, new: Sequence[str], text: str):
        code = area.code
        super().__init__(text, lambda items: session.write(SCOPE, lambda store: store.lists.set_sub_items(code, items)),
                         tuple(area.sub_items), tuple(new))


class RenameOrganisation(SetValue):
    """An organisation's name and short code (its scores, votes and meetings stay)."""

    def __init__(self, session: EngagementSession, organisation: Organisation, name: str, short_code: str):
        uid = organisation.uid

        def apply(value: tuple[str, str]) -> None:
            session.write(ORGANISATIONS, lambda store: store.lists.rename_organisation(uid, *value))

        super().__init__(tr("Rename organisation {name}").format(name=organisation.name), apply,
                         (organisation.name, organisation.short_code), (name, short_code))


class OrderOrganisations(SetValue):
    """The organisations in a new order (tables, charts and documents follow it)."""

    def __init__(self, session: EngagementSession, new: Sequence[str], text: str):
        old = tuple(o.uid for o in session.engagement.organisations)
        super().__init__(text, lambda uids: session.write(ORGANISATIONS,
                                                          lambda store: store.lists.order_organisations(uids)),
                         old, tuple(new))


class AddPerson(Add):
    """Someone new (e.g. a steering-group member), last in the list of people."""

    def __init__(self, session: EngagementSession, person: Person):
        super().__init__(
            tr("Add {name}").format(name=person.name),
            lambda: session.write(SCOPE, lambda store: store.lists.add_person(person)),
            lambda: session.write(SCOPE, lambda store: store.lists.remove_person_keeping_rows(person.uid)))


class UpdatePerson(SetValue):
    """A person's name, role, organisation and steering-group membership."""

    def __init__(self, session: EngagementSession, old: Person, new: Person, text: str):
        super().__init__(text, lambda p: session.write(SCOPE, lambda store: store.lists.update_person(p)), old, new)


class RemovePerson(Remove):
    """Someone removed with their attendance at meetings; undo puts both back."""

    def __init__(self, session: EngagementSession, person: Person):
        super().__init__(
            tr("Remove {name}").format(name=person.name),
            lambda: session.write(SCOPE, lambda store: store.lists.remove_person_keeping_rows(person.uid)),
            lambda taken: session.write(SCOPE, lambda store: store.lists.restore(taken)))


class OrderPeople(SetValue):
    """People (the steering group among them) in a new order."""

    def __init__(self, session: EngagementSession, new: Sequence[str], text: str):
        super().__init__(text, lambda order: session.write(SCOPE, lambda store: store.lists.order_people(order)),
                         tuple(p.uid for p in session.engagement.people), tuple(new))


class SetScale(SetValue):
    """A criterion's own scale (e.g. 1–5 where the others run 1–4); refused while votes lie outside it."""

    def __init__(self, session: EngagementSession, criterion: Criterion, low: int, high: int):
        number = criterion.number

        def apply(scale: tuple[int, int]) -> None:
            session.write(WEIGHTS, lambda store: store.scores.set_scale(number, *scale))

        super().__init__(tr("Scale of criterion {n}").format(n=number), apply,
                         (criterion.scale_min, criterion.scale_max), (low, high))


# What a number's key is, per kind (storage.scores.set_meeting), and the part its views listen for.
_KINDS = {"potential": POTENTIALS, "vote": VOTES, "agreed": AGREED, "preference": PREFERENCES}


class SetGivenIn(SetWithRecords):
    """Which meeting a potential score, vote, agreed score or preference was given in (None: none), set or
    corrected afterwards; undo puts back exactly the per-meeting records there were (a move to an earlier
    meeting and its undo had lost the earlier meeting's own record)."""

    def __init__(self, session: EngagementSession, kind: str, key: Sequence, old: str | None, new: str | None,
                 text: str):
        key = list(key)

        def apply(meeting_uid: str | None, records: tuple | None) -> None:
            session.write(_KINDS[kind], lambda store: store.scores.set_meeting(kind, key, meeting_uid, records))

        super().__init__(session, tuple(key), apply, old, new, text, dated=kind in ("potential", "vote"))
