"""A potential round in an engagement that scores by factors: the phones give will, benefit and ability, and the
row stored is the one three typed factors make."""

from __future__ import annotations

import dataclasses
import json

import pytest

from workshop.domain.errors import DomainError
from workshop.domain.model import PotentialScore
from workshop.domain.vocabulary import PotentialMode
from workshop.room.records import record_of, value_of
from workshop.room.round import FACTORS, potential_round
from workshop.room.saving import StoreSink
from workshop.storage import EngagementStore


def by_factors(engagement, scale: int = 5):
    """The engagement as one that scores potential by factors on 0–scale."""
    info = dataclasses.replace(engagement.info, potential_mode=PotentialMode.FACTORS, potential_factor_scale=scale)
    return dataclasses.replace(engagement, info=info)


def factors_store(store: EngagementStore, scale: int = 5) -> EngagementStore:
    """The example file switched to scoring potential by factors (as the Potential view's setting does)."""
    store.update_info(by_factors(store.load(), scale).info)
    return store


def test_a_factors_engagement_asks_each_area_for_its_three_factors_on_its_scale(example_store):
    """GET /round's items in a factors engagement: each area with will, benefit and ability, each 0–scale, and
    no 0–100; a direct engagement's round is as before."""
    e = example_store.load()
    direct = potential_round(e, "GIS").to_json()["items"][0]
    assert (direct["min"], direct["max"]) == (0, 100) and "factors" not in direct
    item = potential_round(by_factors(e, 4), "GIS").to_json()["items"][0]
    assert item["id"] == e.areas[0].uid and item["label"] == e.areas[0].code
    assert item["factors"] == [{"id": f, "min": 0, "max": 4} for f in ("will", "benefit", "ability")]
    assert "min" not in item and "max" not in item


@pytest.mark.parametrize("value, reason", [
    ({"will": 4, "benefit": 5}, "together"),
    ({"will": 4, "benefit": 5, "ability": 3, "wisdom": 2}, "Unknown factor wisdom"),
    ({"will": 6, "benefit": 5, "ability": 3}, "between 0 and 5"),
    ({"will": -1, "benefit": 5, "ability": 3}, "between 0 and 5"),
    ({"will": "4", "benefit": 5, "ability": 3}, "whole number"),
    ({"will": 4.0, "benefit": 5, "ability": 3}, "whole number"),
    ({"will": True, "benefit": 5, "ability": 3}, "whole number"),
    (80, "together"),
    ([4, 5, 3], "together"),
])
def test_factors_off_the_domains_rules_are_refused_with_a_reason(example_store, value, reason):
    """Missing, unknown, out-of-range or non-integer factors are refused as the grid refuses them."""
    room = potential_round(by_factors(example_store.load()), "GIS")
    with pytest.raises(DomainError) as refused:
        room.check({"organisation": room.organisations[0].uid, "item": room.items[0].id, "value": value})
    assert reason in str(refused.value)


def test_a_phones_factors_are_the_row_three_typed_factors_make(example_store):
    """will 4, benefit 5, ability 3 on 0–5: potential 48 with the factors beside it, the uid, rationale and
    meeting link handled as a typed edit handles them; value_of gives the factors back as a phone sends them."""
    e = by_factors(example_store.load())
    room = potential_round(e, "GIS", meeting_uid="m1")
    org, area = room.organisations[0].uid, room.items[0]
    ballot = room.check({"organisation": org, "item": area.id, "value": {"ability": 3, "will": 4, "benefit": 5}})
    assert list(ballot.value) == list(FACTORS)  # in the order the grid types them
    new = record_of(room, ballot, None)
    assert (new.value, new.will, new.benefit, new.ability, new.meeting_uid) == (48, 4, 5, 3, "m1")
    old = PotentialScore(organisation_uid=org, area_code=area.code, value=70, rationale="Why", uid="kept",
                         meeting_uid="m1")
    again = record_of(room, ballot, old)
    assert (again.uid, again.rationale, again.value, again.will) == ("kept", "Why", 48, 4)
    assert value_of(again, area) == {"will": 4, "benefit": 5, "ability": 3}
    assert value_of(old, area) == 70  # a score without factors (typed directly before): its number


def test_a_direct_round_still_clears_factors_as_a_typed_number_does(example_store):
    """In a direct engagement a phone's number replaces a row's factors, as a number typed in the grid does."""
    e = example_store.load()
    room = potential_round(e, "GIS")
    org, area = room.organisations[0].uid, room.items[0]
    old = PotentialScore(organisation_uid=org, area_code=area.code, value=48, will=4, benefit=5, ability=3)
    new = record_of(room, room.check({"organisation": org, "item": area.id, "value": 60}), old)
    assert (new.value, new.will, new.benefit, new.ability) == (60, None, None, None)


def test_rounding_is_the_domains_half_to_even(example_store):
    """On a scale of 0–2, 1 1 1 gives 12.5: stored as 12, as the grid stores it (the page rounds the same way)."""
    room = potential_round(by_factors(example_store.load(), 2), "GIS")
    org, area = room.organisations[0].uid, room.items[0].id
    ballot = room.check({"organisation": org, "item": area, "value": {"will": 1, "benefit": 1, "ability": 1}})
    assert record_of(room, ballot, None).value == 12


def test_the_headless_sink_stores_the_factors_in_the_file(example_store):
    """`workshop room` saves a phone's factors through the store: the file's row holds them and the potential."""
    room = potential_round(factors_store(example_store).load(), "GIS")
    org, area = room.organisations[0], room.items[1]
    StoreSink(example_store, room).save(room.check(json.loads(json.dumps(
        {"organisation": org.uid, "item": area.id, "value": {"will": 5, "benefit": 4, "ability": 5}}))))
    row = next(p for p in example_store.load().potentials if (p.organisation_uid, p.area_code) == (org.uid, area.code))
    assert (row.value, row.will, row.benefit, row.ability) == (80, 5, 4, 5)


def test_the_headless_server_refuses_factors_of_a_round_no_longer_scored_so(example_store):
    """A round begun on factors 0–5 in an engagement that scores on 0–10 by the time the vote is saved: the phone
    gets 400 with the reason and nothing is stored (the headless `workshop room` holds the file's lock, so this
    is the safety net behind it and the app)."""
    from test_room_server import serve

    room = potential_round(factors_store(example_store, 5).load(), "GIS")
    factors_store(example_store, 10)
    org, area = room.organisations[0].uid, room.items[0]
    before = example_store.load().potentials

    async def scenario(client, server):
        r = await client.post(f"{server.path}/vote", json={
            "organisation": org, "item": area.id, "value": {"will": 5, "benefit": 5, "ability": 5}})
        assert r.status == 400
        assert "How potential is scored has changed" in (await r.json())["error"]

    serve(example_store, room, scenario)
    assert example_store.load().potentials == before
