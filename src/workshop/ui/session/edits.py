"""The edits of an engagement's framework and facts, one small undo command class each.

Each class says, in its constructor, what it writes through the session (the one
write path: `EngagementSession.write`) and what undo writes back. Views build one
and hand it to `commands.push`. Meetings and the catalogue have their own
edits modules.
"""

from __future__ import annotations

import dataclasses

from workshop.domain.model import (
    AgreedScore, Alternative, Area, Criterion, EngagementInfo, Group, Organisation, OrganisationForm, PotentialScore,
    Preference, Vote,
)
from workshop.ui.session.commands import Add, EditCommand, Remove, SetValue
from workshop.ui.session.session import (
    ALTERNATIVES, FRAMEWORK, GROUPS, INFO, ORGANISATIONS, WEIGHTS, EngagementSession,
)
from workshop.ui.widgets.i18n import tr


def _with(items: tuple, match, **fields) -> tuple:
    """The tuple with `fields` replaced in the items `match` accepts."""
    return tuple(dataclasses.replace(x, **fields) if match(x) else x for x in items)


# --- the engagement's facts ---------------------------------------------------
class EditInfo(SetValue):
    """Title, client, dates, description or how potential is scored."""

    def __init__(self, session: EngagementSession, old: EngagementInfo, new: EngagementInfo, text: str):
        def apply(info: EngagementInfo) -> None:
            session.write(INFO, lambda store: store.update_info(info),
                          lambda e, stored: dataclasses.replace(e, info=stored))

        super().__init__(text, apply, old, new)


# --- organisations -----------------------------------------------------------
class AddOrganisation(Add):
    """A new organisation (refused when its name or code exists); undo removes it again."""

    def __init__(self, session: EngagementSession, organisation: Organisation):
        super().__init__(
            tr("Add organisation {name}").format(name=organisation.name),
            lambda: session.write(ORGANISATIONS, lambda store: store.add_organisation(organisation)),
            lambda: session.write(ORGANISATIONS, lambda store: store.remove_organisation_keeping_rows(organisation.uid)))


class RemoveOrganisation(Remove):
    """An organisation removed with its scores, votes and preferences; undo puts every row back."""

    def __init__(self, session: EngagementSession, organisation: Organisation):
        super().__init__(
            tr("Remove organisation {name}").format(name=organisation.name),
            lambda: session.write(ORGANISATIONS, lambda store: store.remove_organisation_keeping_rows(organisation.uid)),
            lambda taken: session.write(ORGANISATIONS, lambda store: store.restore_organisation_rows(taken)))


# --- groups and areas --------------------------------------------------------
class AddGroup(Add):
    """A new group of areas, last, with no areas and no share yet."""

    def __init__(self, session: EngagementSession, group: Group):
        super().__init__(
            tr("Add group {name}").format(name=group.name),
            lambda: session.write(FRAMEWORK, lambda store: store.framework.add_group(group)),
            lambda: session.write(FRAMEWORK, lambda store: store.framework.remove_unused_group(group.code)))


class RemoveGroup(Remove):
    """A group that holds no area; undo puts it back in its place with its share of today's spend."""

    def __init__(self, session: EngagementSession, group: Group):
        super().__init__(
            tr("Remove group {name}").format(name=group.name),
            lambda: session.write(FRAMEWORK, lambda store: store.remove_group_keeping_rows(group.code)),
            lambda taken: session.write(FRAMEWORK, lambda store: store.restore_rows(taken)))


class RenameGroup(SetValue):
    """A group's new name."""

    def __init__(self, session: EngagementSession, group: Group, name: str):
        def apply(value: str) -> None:
            session.write(FRAMEWORK, lambda store: store.framework.rename_group(group.code, value))

        super().__init__(tr("Rename group {code}").format(code=group.code), apply, group.name, name)


class SetTodayShare(SetValue):
    """A group's share of today's spend (None: not known)."""

    def __init__(self, session: EngagementSession, group: Group, share: float | None):
        code = group.code

        def apply(value: float | None) -> None:
            session.write(GROUPS, lambda store: store.set_today_share(code, value),
                          lambda e, _: dataclasses.replace(e, groups=_with(e.groups, lambda g: g.code == code,
                                                                            today_share=value)))

        super().__init__(tr("Set today's share of {group}").format(group=group.name), apply, group.today_share, share)


class AddArea(Add):
    """A new area in a group: a new column of the potential grid."""

    def __init__(self, session: EngagementSession, area: Area):
        super().__init__(
            tr("Add area {code}").format(code=area.code),
            lambda: session.write(FRAMEWORK, lambda store: store.framework.add_area(area)),
            lambda: session.write(FRAMEWORK, lambda store: store.framework.remove_unused_area(area.code)))


class RemoveArea(Remove):
    """An area removed with its scores; undo puts them back."""

    def __init__(self, session: EngagementSession, area: Area):
        super().__init__(
            tr("Remove area {code}").format(code=area.code),
            lambda: session.write(FRAMEWORK, lambda store: store.remove_area_keeping_rows(area.code)),
            lambda taken: session.write(FRAMEWORK, lambda store: store.restore_rows(taken)))


class RenameArea(SetValue):
    """An area's new name."""

    def __init__(self, session: EngagementSession, area: Area, name: str):
        def apply(value: str) -> None:
            session.write(FRAMEWORK, lambda store: store.framework.rename_area(area.code, value))

        super().__init__(tr("Rename area {code}").format(code=area.code), apply, area.name, name)


# --- alternatives, paths and organisation forms ------------------------------
class AddAlternative(Add):
    """A new alternative at the end, with no votes yet."""

    def __init__(self, session: EngagementSession, alternative: Alternative):
        super().__init__(
            tr("Add alternative {code}").format(code=alternative.code),
            lambda: session.write(ALTERNATIVES, lambda store: store.add_alternative(alternative)),
            lambda: session.write(ALTERNATIVES, lambda store: store.remove_unused_alternative(alternative.code)))


class RemoveAlternative(Remove):
    """An alternative removed with its votes, paths and preferences; undo puts every row back."""

    def __init__(self, session: EngagementSession, alternative: Alternative):
        super().__init__(
            tr("Remove alternative {code}").format(code=alternative.code),
            lambda: session.write(ALTERNATIVES, lambda store: store.remove_alternative_keeping_rows(alternative.code)),
            lambda taken: session.write(ALTERNATIVES, lambda store: store.restore_rows(taken)))


class UpdateAlternative(SetValue):
    """An alternative's name, description, covered areas, pros and cons, as one edit."""

    def __init__(self, session: EngagementSession, old: Alternative, new: Alternative, text: str):
        def apply(alternative: Alternative) -> None:
            session.write(ALTERNATIVES, lambda store: store.update_alternative(alternative))

        super().__init__(text, apply, old, new)


class UpdateOrganisationForm(SetValue):
    """An organisation form's name, description, pros and cons, as one edit."""

    def __init__(self, session: EngagementSession, old: OrganisationForm, new: OrganisationForm, text: str):
        def apply(form: OrganisationForm) -> None:
            session.write(ALTERNATIVES, lambda store: store.framework.update_organisation_form(form))

        super().__init__(text, apply, old, new)


class DescribePath(SetValue):
    """What a path between two alternatives means, in words."""

    def __init__(self, session: EngagementSession, uid: str, old: str, new: str, text: str):
        def apply(description: str) -> None:
            session.write(ALTERNATIVES, lambda store: store.framework.set_path_description(uid, description))

        super().__init__(text, apply, old, new)


# --- criteria ----------------------------------------------------------------
class AddCriterion(Add):
    """A new criterion, last, with no votes yet."""

    def __init__(self, session: EngagementSession, criterion: Criterion):
        super().__init__(
            tr("Add criterion {n}").format(n=criterion.number),
            lambda: session.write(WEIGHTS, lambda store: store.scores.add_criterion(criterion)),
            lambda: session.write(WEIGHTS, lambda store: store.scores.remove_unused_criterion(criterion.number)))


class RemoveCriterion(Remove):
    """A criterion removed with its votes; undo puts them back."""

    def __init__(self, session: EngagementSession, criterion: Criterion):
        super().__init__(
            tr("Remove criterion {n}").format(n=criterion.number),
            lambda: session.write(WEIGHTS, lambda store: store.remove_criterion_keeping_rows(criterion.number)),
            lambda taken: session.write(WEIGHTS, lambda store: store.restore_rows(taken)))


class RewordCriterion(SetValue):
    """A criterion's new wording."""

    def __init__(self, session: EngagementSession, criterion: Criterion, text: str):
        number = criterion.number

        def apply(value: str) -> None:
            session.write(WEIGHTS, lambda store: store.scores.rename_criterion(number, value),
                          lambda e, stored: dataclasses.replace(e, criteria=_with(
                              e.criteria, lambda c: c.number == number, text=stored)))

        super().__init__(tr("Reword criterion {n}").format(n=number), apply, criterion.text, text)


class SetWeights(SetValue):
    """One or more criteria's weights as one edit, in one transaction (refused whole if the result is not
    allowed, e.g. every weight zero)."""

    def __init__(self, session: EngagementSession, old: dict[int, float], new: dict[int, float], text: str):
        def apply(values: dict[int, float]) -> None:
            def update(e, stored: dict[int, float]):
                return dataclasses.replace(e, criteria=tuple(
                    dataclasses.replace(c, weight=stored[c.number]) if c.number in stored else c for c in e.criteria))

            session.write(WEIGHTS, lambda store: store.scores.set_weights(values), update)

        super().__init__(text, apply, old, new)


# --- the numbers given in meetings ---------------------------------------------
class SetWithRecords(EditCommand):
    """A score given in meetings (or the meeting it names) set from `old` to `new`, through `write(value,
    records)`. The first time its per-meeting records follow the rules for a value given now (`records` None);
    undo and redo then put back exactly the records there were before and after (setting the old value again
    by those rules had left the record of the undone value in an earlier meeting, which that meeting's minutes
    listed). `dated` False: no record can change (named in no meeting either way), none is kept."""

    def __init__(self, session: EngagementSession, key: tuple, write, old, new, text: str, dated: bool):
        super().__init__(text)
        self._session, self._key, self._write, self._dated = session, key, write, dated
        self.old, self.new = old, new
        self._before: tuple | None = None
        self._after: tuple | None = None

    def apply(self) -> None:
        if self._after is not None:
            self._write(self.new, self._after)
            return
        if not self._dated:
            self._write(self.new, None)
            return
        before = self._session.records_of(self._key)
        self._write(self.new, None)
        self._before, self._after = before, self._session.records_of(self._key)

    def revert(self) -> None:
        self._write(self.old, self._before)


def _dated(*scores) -> bool:
    """Whether any of these scores names a meeting (its records may change)."""
    return any(x is not None and x.meeting_uid for x in scores)


class SetPotential(SetWithRecords):
    """One organisation's potential for one area (None empties the cell)."""

    def __init__(self, session: EngagementSession, organisation_uid: str, area_code: str,
                 score: PotentialScore | None, text: str):
        key = (organisation_uid, area_code)
        old = session.potential(*key)
        super().__init__(session, key, lambda value, records: session.set_potential(*key, value, records),
                         old, score, text, _dated(old, score))


class SetVote(SetWithRecords):
    """One organisation's vote on one criterion of one alternative (None: no vote)."""

    def __init__(self, session: EngagementSession, organisation_uid: str, alternative_code: str,
                 criterion_number: int, vote: Vote | None, text: str):
        key = (organisation_uid, alternative_code, criterion_number)
        old = session.vote(*key)
        super().__init__(session, key, lambda value, records: session.set_vote(*key, value, records),
                         old, vote, text, _dated(old, vote))


class SetAgreed(SetValue):
    """An agreed score set by hand with its comment (None: back to the median)."""

    def __init__(self, session: EngagementSession, alternative_code: str, criterion_number: int,
                 agreed: AgreedScore | None, text: str):
        old = next((a for a in session.engagement.agreed_scores
                    if (a.alternative_code, a.criterion_number) == (alternative_code, criterion_number)), None)
        super().__init__(text, lambda value: session.set_agreed(alternative_code, criterion_number, value),
                         old, agreed)


class SetPreference(SetValue):
    """The alternative an organisation prefers (None: no preference)."""

    def __init__(self, session: EngagementSession, organisation_uid: str, preference: Preference | None, text: str):
        old = next((p for p in session.engagement.preferences if p.organisation_uid == organisation_uid), None)
        super().__init__(text, lambda value: session.set_preference(organisation_uid, value), old, preference)
