"""A running round that no longer matches the engagement (an organisation, criterion or area of it removed, a
criterion's scale changed) stops and the Room voting view says why; edits that leave its items alone do not."""

from __future__ import annotations

import dataclasses
import urllib.error

import pytest

from test_room_ui import _start
from workshop.domain.vocabulary import RoundKind
from workshop.room.round import RoundError, check_as_now, criteria_round, out_of_step, potential_round, \
    preference_round
from workshop.ui.session.commands import push
from workshop.ui.session.edits import AddOrganisation, RemoveArea, RemoveCriterion, RemoveOrganisation, \
    RewordCriterion, UpdateAlternative
from workshop.ui.session.scope_edits import SetScale
from workshop.domain.model import Organisation


@pytest.fixture
def window(open_app, example_path):
    """The app on a fresh example file, showing the Room voting view."""
    return open_app(example_path, size=(1400, 900), view="room")


def _closed(phone) -> bool:
    try:
        phone.round()
    except urllib.error.URLError:
        return True
    return False


AGAIN = " The phones see the round as closed; start room voting again to vote on the engagement as it is now."


def test_removing_a_criterion_mid_round_stops_it_and_undo_leaves_it_stopped(window, qtbot):
    """Criterion 7 removed while the room scores S: the phones had gone on showing it, every tap refused with no
    word to the facilitator. The round stops, the view says why; undo brings criterion 7 and its votes back and
    the round stays stopped; started again it asks about all seven."""
    session = window.session
    view = window.views["room"]
    phone = _start(view, RoundKind.CRITERIA, "S")
    assert len(phone.round()["items"]) == 7
    seven = next(c for c in session.engagement.criteria if c.number == 7)
    votes = [v for v in session.engagement.votes if v.criterion_number == 7]
    push(session.undo_stack, RemoveCriterion(session, seven))
    assert not view.bridge.running and view.switch.text() == "Start room voting"
    assert view.message.text() == "Room voting stopped: criterion 7 was removed while the room voted." + AGAIN
    assert _closed(phone)
    session.undo_stack.undo()
    assert not view.bridge.running
    assert sorted(v.uid for v in session.engagement.votes if v.criterion_number == 7) == sorted(v.uid for v in votes)
    phone = _start(view, RoundKind.CRITERIA, "S")
    assert [i["label"] for i in phone.round()["items"]] == [str(n) for n in range(1, 8)]


def test_removing_an_organisation_mid_round_stops_it(window, qtbot):
    """Hylte removed while the room scores S: its phones' taps had all been refused. The round stops, saying so."""
    session = window.session
    view = window.views["room"]
    phone = _start(view, RoundKind.CRITERIA, "S")
    hylte = next(o for o in session.engagement.organisations if o.short_code == "HYL")
    push(session.undo_stack, RemoveOrganisation(session, hylte))
    assert not view.bridge.running
    assert view.message.text() == "Room voting stopped: organisation Hylte was removed while the room voted." + AGAIN
    assert _closed(phone)


def test_removing_an_area_mid_potential_round_stops_it(window, qtbot):
    """Area C removed while Gislaved scores its potential: the round stops and the view names the area."""
    session = window.session
    view = window.views["room"]
    gislaved = next(o for o in session.engagement.organisations if o.short_code == "GIS")
    phone = _start(view, RoundKind.POTENTIAL, gislaved.uid)
    area = next(a for a in session.engagement.areas if a.code == "C")
    push(session.undo_stack, RemoveArea(session, area))
    assert not view.bridge.running
    assert view.message.text() == "Room voting stopped: area C was removed while the room voted." + AGAIN
    assert _closed(phone)


def test_changing_a_criterions_scale_mid_round_stops_it(window, qtbot):
    """Criterion 3 given a scale of 1–5 while the phones offer 1–4: the round stops, naming the new scale."""
    session = window.session
    view = window.views["room"]
    phone = _start(view, RoundKind.CRITERIA, "S")
    three = next(c for c in session.engagement.criteria if c.number == 3)
    push(session.undo_stack, SetScale(session, three, 1, 5))
    assert not view.bridge.running
    assert view.message.text() == ("Room voting stopped: the scale of criterion 3 changed to 1–5 while the room "
                                   "voted." + AGAIN)
    assert _closed(phone)


def test_edits_that_leave_the_rounds_items_alone_do_not_stop_it(window, qtbot):
    """A criterion reworded, another alternative renamed, an organisation added: the round goes on and a phone's
    vote is still stored."""
    session = window.session
    view = window.views["room"]
    phone = _start(view, RoundKind.CRITERIA, "S")
    data = phone.round()
    three = next(c for c in session.engagement.criteria if c.number == 3)
    push(session.undo_stack, RewordCriterion(session, three, three.text + " (reworded)"))
    other = next(a for a in session.engagement.alternatives if a.code == "2")
    push(session.undo_stack, UpdateAlternative(session, other, dataclasses.replace(other, name="Another name"), "n"))
    push(session.undo_stack, AddOrganisation(session, Organisation(name="Jönköping", short_code="JKP")))
    assert view.bridge.running and "stopped" not in view.message.text()
    gis = next(o for o in data["organisations"] if o["short_code"] == "GIS")
    assert phone.vote(qtbot, gis["id"], data["items"][2]["id"], 2)[0] == 200
    assert session.vote(gis["id"], "S", 3).value == 2


def test_a_phone_vote_reaching_a_round_no_longer_matching_is_refused_not_stored(window, qtbot):
    """Should a vote reach the session before the round stops (its change held back meanwhile), the bridge refuses
    it, saying why, rather than storing it under a criterion number that is now another criterion's."""
    session = window.session
    view = window.views["room"]
    _start(view, RoundKind.CRITERIA, "S")
    room = view.bridge.round
    gis = next(o for o in room.organisations if o.short_code == "GIS")
    with session.held():
        push(session.undo_stack, RemoveCriterion(session, next(c for c in session.engagement.criteria
                                                               if c.number == 7)))
        refused = view.bridge._save_one(room.check({"organisation": gis.uid, "item": room.items[0].id, "value": 2}))
    assert "criterion 7 was removed" in str(refused)


def test_out_of_step_names_what_moved_in_each_kind_of_round(example):
    """The domain's judgement, per kind: recoded areas and alternatives are named with their new code; a
    preference round stops with an alternative removed; names alone never count."""
    area = next(a for a in example.areas if a.code == "C")
    room = potential_round(example, "GIS")
    recoded = dataclasses.replace(example, areas=tuple(dataclasses.replace(a, code="Z") if a is area else a
                                                       for a in example.areas))
    assert str(out_of_step(room, recoded)) == "area C is now area Z"
    renamed = dataclasses.replace(example, areas=tuple(dataclasses.replace(a, name="New") for a in example.areas))
    assert out_of_step(room, renamed) is None
    room = preference_round(example)
    fewer = dataclasses.replace(example, alternatives=example.alternatives[1:])
    assert str(out_of_step(room, fewer)) == f"alternative {example.alternatives[0].code} was removed"
    room = criteria_round(example, "2")
    two = next(a for a in example.alternatives if a.code == "2")
    recoded = dataclasses.replace(example, alternatives=tuple(dataclasses.replace(a, code="3") if a is two else a
                                                              for a in example.alternatives))
    assert str(out_of_step(room, recoded)) == "alternative 2 is now alternative 3"
    with pytest.raises(RoundError, match="no longer matches the engagement"):
        check_as_now(room, recoded)
    assert out_of_step(room, example) is None


def test_the_reason_is_said_in_swedish(swedish_interface, window, qtbot):
    """A Swedish window says why in Swedish, the removed thing's words translated too."""
    session = window.session
    view = window.views["room"]
    _start(view, RoundKind.CRITERIA, "S")
    push(session.undo_stack, RemoveCriterion(session, next(c for c in session.engagement.criteria if c.number == 7)))
    assert view.message.text() == (
        "Röstningen i rummet stoppades: kriterium 7 togs bort medan rummet röstade. Telefonerna ser omgången som "
        "stängd; starta röstningen i rummet igen för att rösta om uppdraget som det är nu.")
