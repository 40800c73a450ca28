"""The one edit path: undo command → session.write → store (committed) → one `changed(part, keys)`."""

from __future__ import annotations

import dataclasses
import time

import pytest

from workshop.domain.errors import DomainError
from workshop.domain.model import AgreedScore, PotentialScore, Preference
from workshop.storage import EngagementStore
from workshop.ui.session.commands import push
from workshop.ui.session.edits import EditInfo, RewordCriterion, SetAgreed, SetPotential, SetPreference, SetWeights
from workshop.ui.session.session import (
    AGREED, FOLLOW_MS, INFO, POTENTIALS, PREFERENCES, WEIGHTS, EngagementSession,
)


@pytest.fixture
def session(qtbot, example_path):
    """A session on a fresh copy of the example, and every change signal it emits."""
    session = EngagementSession(EngagementStore.open(example_path))
    session.signals = []
    session.changed.connect(lambda part, keys: session.signals.append((part, keys)))
    yield session
    session.close()


def _in_file(path):
    with EngagementStore.open(path, read_only=True) as store:
        return store.load()


def test_an_edit_is_on_disk_when_the_views_hear_of_it_and_they_hear_once(session, example_path):
    """A typed score is in the file (seen by another reader) by the time the one change signal names its
    part and cell; undo puts the old score back the same way."""
    org, area = session.engagement.organisations[0].uid, session.engagement.areas[0].code
    old = session.potential(org, area)
    seen_in_file = []
    session.changed.connect(lambda part, keys: seen_in_file.append(
        next(p.value for p in _in_file(example_path).potentials if (p.organisation_uid, p.area_code) == (org, area))))
    new = dataclasses.replace(old, value=7)
    push(session.undo_stack, SetPotential(session, org, area, new, "score"))
    assert session.signals == [(POTENTIALS, ((org, area),))]
    assert seen_in_file == [7] and session.potential(org, area).value == 7
    session.undo_stack.undo()
    assert session.signals[-1] == (POTENTIALS, ((org, area),)) and seen_in_file[-1] == old.value
    assert session.engagement == _in_file(example_path)


def test_a_refused_edit_changes_nothing_and_says_nothing(session, example_path):
    """A score out of range is refused before the file is touched: no signal, nothing to undo."""
    org, area = session.engagement.organisations[0].uid, session.engagement.areas[0].code
    before = session.engagement
    with pytest.raises(DomainError):
        push(session.undo_stack, SetPotential(session, org, area, PotentialScore(
            organisation_uid=org, area_code=area, value=101), "score"))
    assert session.signals == [] and session.undo_stack.count() == 0
    assert session.engagement is before and _in_file(example_path) == before


def test_setting_all_weights_is_one_step_and_one_transaction(session, example_path):
    """Several weights change as one undo step; a result with every weight zero is refused whole, with
    nothing written and nothing to undo (no criterion is left half changed)."""
    old = {c.number: c.weight for c in session.engagement.criteria}
    new = {n: float(n) for n in old}
    push(session.undo_stack, SetWeights(session, old, new, "weights"))
    assert session.undo_stack.count() == 1 and session.signals == [(WEIGHTS, ())]
    assert {c.number: c.weight for c in _in_file(example_path).criteria} == new
    assert session.engagement == _in_file(example_path)
    zero = {n: 0.0 for n in old}
    with pytest.raises(DomainError):
        push(session.undo_stack, SetWeights(session, new, zero, "weights"))
    assert {c.number: c.weight for c in _in_file(example_path).criteria} == new
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert {c.number: c.weight for c in _in_file(example_path).criteria} == old
    assert session.engagement == _in_file(example_path)


def test_the_session_holds_what_was_stored_not_what_was_typed(session, example_path):
    """A title or a criterion's wording typed with spaces (or invisible characters) at its ends is shown
    as the file holds it, trimmed."""
    info = session.engagement.info
    push(session.undo_stack, EditInfo(session, info, dataclasses.replace(info, title="\u200b  Ny titel \u00a0"),
                                      "title"))
    assert session.engagement.info.title == "Ny titel" == _in_file(example_path).info.title
    criterion = session.engagement.criteria[0]
    push(session.undo_stack, RewordCriterion(session, criterion, "  Kostnad\u2009"))
    assert session.engagement.criteria[0].text == "Kostnad" == _in_file(example_path).criteria[0].text
    assert session.signals == [(INFO, ()), (WEIGHTS, ())]
    assert session.engagement == _in_file(example_path)


def test_agreed_scores_and_preferences_take_the_same_path(session, example_path):
    """An agreed score set by hand and a preference each write, commit and signal once, and undo alike."""
    alternative = session.engagement.alternatives[0].code
    agreed = AgreedScore(alternative_code=alternative, criterion_number=1, value=2, comment="enig")
    push(session.undo_stack, SetAgreed(session, alternative, 1, agreed, "agreed"))
    org = session.engagement.organisations[0].uid
    preference = Preference(organisation_uid=org, alternative_code=alternative, comment="")
    push(session.undo_stack, SetPreference(session, org, preference, "preference"))
    assert session.signals == [(AGREED, ((alternative, 1),)), (PREFERENCES, (org,))]
    stored = _in_file(example_path)
    assert agreed in stored.agreed_scores
    assert next(p for p in stored.preferences if p.organisation_uid == org).alternative_code == alternative
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert _in_file(example_path).agreed_scores == session.engagement.agreed_scores
    assert all(a.comment != "enig" for a in session.engagement.agreed_scores)


def test_edits_held_together_are_announced_once_per_part_with_every_cell(session, example_path):
    """Edits made while the session is held (a room's votes arriving together) are on disk at once, and the
    views hear once per part, naming every cell; an announcement naming no cell makes it “any of it”."""
    orgs = session.engagement.organisations
    area = session.engagement.areas[0].code
    with session.held():
        for org in orgs[:2]:
            session.set_potential(org.uid, area, dataclasses.replace(session.potential(org.uid, area), value=3))
        with session.held():  # nested: the outer one announces
            session.set_agreed("S", 1, AgreedScore(alternative_code="S", criterion_number=1, value=1, comment="x"))
        assert session.signals == []
        assert {p.value for p in _in_file(example_path).potentials
                if p.area_code == area and p.organisation_uid in {o.uid for o in orgs[:2]}} == {3}
    assert [part for part, _ in session.signals] == [POTENTIALS, AGREED]  # in the order first edited
    assert sorted(session.signals[0][1]) == sorted((o.uid, area) for o in orgs[:2])
    assert session.signals[1][1] == (("S", 1),)
    session.signals.clear()
    with session.held():
        session.set_agreed("S", 2, AgreedScore(alternative_code="S", criterion_number=2, value=1, comment="y"))
        session.announce(AGREED)
    assert session.signals == [(AGREED, ())]


def _potential(session, org, area, value):
    session.set_potential(org, area, dataclasses.replace(session.potential(org, area), value=value))


def test_a_room_rounds_votes_reach_the_projector_at_once_and_the_window_at_its_pace(session, qtbot):
    """Paced batches (a room round's votes): what the room sees hears of each at once (`live`); the views hear
    of the first after a quiet spell on the next pass, then of the batches that follow it together, once,
    naming every cell, not before FOLLOW_MS; the file holds each batch as it is announced."""
    live: list = []
    session.live.connect(lambda part, keys: live.append((part, keys)))
    orgs = [o.uid for o in session.engagement.organisations]
    area = session.engagement.areas[0].code
    with session.held(paced=True):
        _potential(session, orgs[0], area, 3)
    assert live == [(POTENTIALS, ((orgs[0], area),))] and session.signals == []
    qtbot.waitUntil(lambda: session.signals != [], timeout=1000)  # quiet before: the next pass
    assert session.signals == [(POTENTIALS, ((orgs[0], area),))]
    followed = time.monotonic()
    session.signals.clear()
    for org in orgs[1:3]:
        with session.held(paced=True):
            _potential(session, org, area, 4)
        assert live[-1] == (POTENTIALS, ((org, area),))
        qtbot.wait(20)
        assert session.signals == []  # the window waits for the pace
    assert {p.value for p in _in_file(session.path).potentials if p.organisation_uid in orgs[:3]
            and p.area_code == area} == {3, 4}
    qtbot.waitUntil(lambda: session.signals != [], timeout=3000)
    assert time.monotonic() - followed >= 0.9 * FOLLOW_MS / 1000  # (Qt's coarse timers may fire 5 % early)
    assert [part for part, _ in session.signals] == [POTENTIALS]
    assert sorted(session.signals[0][1]) == sorted((org, area) for org in orgs[1:3])


def test_a_typed_edit_while_the_window_waits_for_the_pace_tells_it_everything_in_order(session, qtbot):
    """A typed edit (or an undo) while the views wait for a room round's pace: they hear of the round's cells
    first, then of the typed one, at once, and not again when the pace would have come."""
    orgs = [o.uid for o in session.engagement.organisations]
    area = session.engagement.areas[0].code
    with session.held(paced=True):
        _potential(session, orgs[0], area, 3)
    qtbot.waitUntil(lambda: session.signals != [], timeout=1000)
    session.signals.clear()
    with session.held(paced=True):
        _potential(session, orgs[1], area, 5)
    assert session.signals == []
    session.set_agreed("S", 1, AgreedScore(alternative_code="S", criterion_number=1, value=1, comment="typed"))
    assert session.signals == [(POTENTIALS, ((orgs[1], area),)), (AGREED, (("S", 1),))]
    qtbot.wait(FOLLOW_MS + 100)
    assert len(session.signals) == 2
    with session.held(paced=True):
        _potential(session, orgs[2], area, 6)
    session.catch_up()  # what an export or a test asks for: the views hold every vote now
    assert session.signals[-1] == (POTENTIALS, ((orgs[2], area),))


def test_a_closed_session_tells_no_view_of_what_it_was_still_pacing(qtbot, example_path):
    """Closing the file while the window waits for a room round's pace: nothing is announced afterwards
    (views being torn down with it are not called)."""
    session = EngagementSession(EngagementStore.open(example_path))
    told: list = []
    session.changed.connect(lambda part, keys: told.append(part))
    org, area = session.engagement.organisations[0].uid, session.engagement.areas[0].code
    for value in (3, 4):  # the second waits for the pace
        with session.held(paced=True):
            _potential(session, org, area, value)
        qtbot.wait(10)
    assert told == [POTENTIALS]
    session.close()
    qtbot.wait(FOLLOW_MS + 200)
    assert told == [POTENTIALS]
