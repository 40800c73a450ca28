"""The room server with aiohttp's test client: votes reach the file; hostile requests are refused and change nothing."""

from __future__ import annotations

import asyncio
import dataclasses
import json

import pytest
from aiohttp.test_utils import TestClient, TestServer

from workshop.domain.vocabulary import PotentialMode
from workshop.room.limits import RateLimiter
from workshop.room.page import language
from workshop.room.round import criteria_round, potential_round, preference_round
from workshop.room.saving import StoreSink
from workshop.room.server import BODY_MAX, RoomServer
from workshop.storage import EngagementStore

JSON = {"Content-Type": "application/json"}


def serve(store: EngagementStore, room, scenario, limiter: RateLimiter | None = None):
    """Run `scenario(client, server)` against a live RoomServer saving into `store`."""
    sink = StoreSink(store, room)

    async def deliver(ballot) -> None:
        sink.save(ballot)

    server = RoomServer(room, deliver, limiter=limiter or RateLimiter(rate=1000, burst=1000))

    async def main():
        test_server = TestServer(server.app(), host="127.0.0.1")
        async with TestClient(test_server) as client:
            server.host = f"127.0.0.1:{test_server.port}"
            return await scenario(client, server)

    return asyncio.run(main())


def stored_votes(store: EngagementStore) -> dict:
    return {(v.organisation_uid, v.alternative_code, v.criterion_number): v.value for v in store.load().votes}


@pytest.fixture
def room(example_store):
    return criteria_round(example_store.load(), "1 Tjänst")


def test_a_vote_is_saved_in_the_file_and_the_latest_vote_of_an_organisation_wins(example_store, room):
    """Two phones of one organisation: the file holds the value sent last; each phone sees only its own votes."""
    gis = room.organisations[0].uid
    crit3 = room.items[2]

    async def scenario(client, server):
        first = await client.get(f"{server.path}/round")
        assert "HttpOnly" in first.headers["Set-Cookie"] and "SameSite=Strict" in first.headers["Set-Cookie"]
        r = await client.post(f"{server.path}/vote", json={"organisation": gis, "item": crit3.id, "value": 1})
        assert r.status == 200, await r.text()
        assert stored_votes(example_store)[(gis, "1 Tjänst", 3)] == 1
        client.session.cookie_jar.clear()  # a second phone
        r = await client.post(f"{server.path}/vote",
                              json={"organisation": gis, "item": crit3.id, "value": 2, "name": "Anna"})
        assert r.status == 200
        mine = (await (await client.get(f"{server.path}/round")).json())["mine"]
        assert mine == {gis: {crit3.id: 2}}
        assert sorted(p.number for p in server.participants.values()) == [1, 2]

    serve(example_store, room, scenario)
    assert stored_votes(example_store)[(gis, "1 Tjänst", 3)] == 2


def test_a_phone_hears_that_a_later_phone_replaced_its_vote_but_never_that_phones_value(example_store, room):
    """Two phones of Gislaved on criterion 3: the first is told its vote no longer stands, not what replaced
    it; the second that its vote stands; an item or organisation the first never voted on is not mentioned."""
    gis, vag = room.organisations[0].uid, room.organisations[3].uid
    crit3, crit4 = room.items[2].id, room.items[3].id

    async def scenario(client, server):
        async def vote(org, item, value, name=""):
            r = await client.post(f"{server.path}/vote",
                                  json={"organisation": org, "item": item, "value": value, "name": name})
            assert r.status == 200, await r.text()

        async def standing():
            return (await (await client.get(f"{server.path}/round")).json())["standing"]

        await vote(gis, crit3, 1)
        await vote(gis, crit4, 4)
        assert await standing() == {gis: {crit3: {"by": "you", "value": 1}, crit4: {"by": "you", "value": 4}}}
        first = client.session.cookie_jar.filter_cookies(client.make_url(f"{server.path}/round"))
        assert first
        client.session.cookie_jar.clear()  # a second phone of Gislaved
        await vote(gis, crit3, 3, "Anna")
        await vote(vag, crit3, 2)
        assert await standing() == {gis: {crit3: {"by": "you", "value": 3}}, vag: {crit3: {"by": "you", "value": 2}}}
        client.session.cookie_jar.clear()
        client.session.cookie_jar.update_cookies(first, client.make_url(f"{server.path}/round"))  # the first phone
        told = await standing()
        assert told == {gis: {crit3: {"by": "phone"}, crit4: {"by": "you", "value": 4}}}
        assert "Anna" not in json.dumps(told) and "3" not in json.dumps(told[gis][crit3])

    serve(example_store, room, scenario)


def test_round_lists_the_criteria_with_their_scale_and_every_organisation(example_store, room):
    """GET /round: the items are the criteria (full wording, 1–4), the organisations those of the engagement."""

    async def scenario(client, server):
        return await (await client.get(f"{server.path}/round")).json()

    data = serve(example_store, room, scenario)
    e = example_store.load()
    assert data["kind"] == "criteria"
    assert [o["name"] for o in data["organisations"]] == [o.name for o in e.organisations]
    assert [(i["id"], i["text"], i["min"], i["max"]) for i in data["items"]] == [
        (c.uid, c.text, c.scale_min, c.scale_max) for c in e.criteria]


def test_page_speaks_the_phones_language_and_loads_nothing_from_elsewhere(example_store, room):
    """The page is Swedish for a Swedish phone, English otherwise, with no external asset and a strict CSP."""

    async def scenario(client, server):
        sv = await client.get(server.path, headers={"Accept-Language": "sv-SE,sv;q=0.9,en;q=0.8"})
        en = await client.get(server.path + "/", headers={"Accept-Language": "de-DE,en;q=0.5"})
        return sv.headers, await sv.text(), await en.text()

    headers, sv, en = serve(example_store, room, scenario)
    assert 'lang="sv"' in sv and "Mottaget" in sv
    assert 'lang="en"' in en and "Received" in en
    assert "http://" not in sv and "https://" not in sv and "src=" not in sv
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "Access-Control-Allow-Origin" not in headers


def test_accept_language_weights_decide():
    """Swedish only when the phone prefers it to English."""
    assert language("sv") == "sv"
    assert language("en-GB,sv;q=0.4") == "en"
    assert language("fi, sv-FI;q=0.7, en;q=0.6") == "sv"
    assert language(None) == "en"
    assert language("sv;q=banana") == "en"


HOSTILE_POSTS = [
    # (what, headers, body, expected status)
    ("text/plain body (a no-cors form post)", {"Content-Type": "text/plain"}, "{valid}", 415),
    ("form post", {"Content-Type": "application/x-www-form-urlencoded"}, "organisation=x&value=3", 415),
    ("no content type", {}, "{valid}", 415),
    ("oversized body", JSON, "{\"pad\": \"" + "x" * BODY_MAX + "\"}", 413),
    ("malformed JSON", JSON, "{\"organisation\": ", 400),
    ("not UTF-8", JSON, b"{\"name\": \"\xff\xfe\"}", 400),
    ("a JSON array", JSON, "[1, 2, 3]", 400),
    ("repeated keys", JSON, "{REPEAT}", 400),
    ("NaN", JSON, "{NAN}", 400),
    ("lists nested 2,000 deep", JSON, "[" * 2000 + "]" * 2000, 400),
    ("unknown organisation", JSON, {"organisation": "nope", "item": "CRIT", "value": 3}, 400),
    ("an item's id as organisation", JSON, {"organisation": "CRIT", "item": "CRIT", "value": 3}, 400),
    ("unknown item", JSON, {"organisation": "ORG", "item": "nope", "value": 3}, 400),
    ("value above the scale", JSON, {"organisation": "ORG", "item": "CRIT", "value": 5}, 400),
    ("value below the scale", JSON, {"organisation": "ORG", "item": "CRIT", "value": 0}, 400),
    ("value as text", JSON, {"organisation": "ORG", "item": "CRIT", "value": "3"}, 400),
    ("value with a fraction", JSON, {"organisation": "ORG", "item": "CRIT", "value": 3.5}, 400),
    ("value as float", JSON, {"organisation": "ORG", "item": "CRIT", "value": 3.0}, 400),
    ("value true", JSON, {"organisation": "ORG", "item": "CRIT", "value": True}, 400),
    ("value null", JSON, {"organisation": "ORG", "item": "CRIT", "value": None}, 400),
    ("huge value", JSON, {"organisation": "ORG", "item": "CRIT", "value": 10**40}, 400),
    ("unknown field", JSON, {"organisation": "ORG", "item": "CRIT", "value": 3, "admin": True}, 400),
    ("name not text", JSON, {"organisation": "ORG", "item": "CRIT", "value": 3, "name": ["x"]}, 400),
    ("organisation not text", JSON, {"organisation": ["ORG"], "item": "CRIT", "value": 3}, 400),
]


@pytest.mark.parametrize("what, headers, body, status", HOSTILE_POSTS, ids=[h[0] for h in HOSTILE_POSTS])
def test_hostile_vote_is_refused_with_a_reason_and_changes_nothing(example_store, room, what, headers, body, status):
    """Every malformed or out-of-rule vote gets its status and a short JSON reason; the file keeps its votes."""
    org, crit = room.organisations[0].uid, room.items[0].id
    if isinstance(body, dict):
        body = json.dumps({k: {"ORG": org, "CRIT": crit}.get(v, v) if isinstance(v, str) else v
                           for k, v in body.items()})
    elif isinstance(body, str):
        valid = f'"organisation": "{org}", "item": "{crit}", "value": 3'
        body = body.replace("{valid}", "{" + valid + "}").replace(
            "{REPEAT}", "{" + valid + ', "value": 4}').replace("{NAN}", '{"organisation": "x", "value": NaN}')
    before = stored_votes(example_store)

    async def scenario(client, server):
        r = await client.post(f"{server.path}/vote", data=body, headers=headers)
        return r.status, r.headers, await r.text()

    got, response_headers, text = serve(example_store, room, scenario)
    assert got == status, text
    assert json.loads(text)["error"]
    assert "Access-Control-Allow-Origin" not in response_headers
    assert stored_votes(example_store) == before


def test_an_oversized_body_sent_in_chunks_is_refused_in_json_and_changes_nothing(example_store, room):
    """With no Content-Length to refuse up front, the body is cut off at the limit: 413 with a JSON reason."""
    before = stored_votes(example_store)

    async def chunks():
        yield b'{"pad": "'
        for _ in range(8):
            yield b"x" * 1024
        yield b'"}'

    async def scenario(client, server):
        r = await client.post(f"{server.path}/vote", data=chunks(), headers=JSON)
        return r.status, await r.text()

    status, text = serve(example_store, room, scenario)
    assert status == 413 and json.loads(text) == {"error": "The body is too large."}
    assert stored_votes(example_store) == before


HOSTILE_REQUESTS = [
    # (what, method, path (TOKEN is the round's token), headers, expected status)
    ("wrong token, page", "GET", "/v/WRONG", {}, 404),
    ("wrong token, round", "GET", "/v/WRONG/round", {}, 404),
    ("token with one character changed", "GET", "/v/TOKEN_/round", {}, 404),
    ("root", "GET", "/", {}, 404),
    ("path traversal", "GET", "/v/TOKEN/../../etc/passwd", {}, 404),
    ("vote by GET", "GET", "/v/TOKEN/vote", {}, 404),
    ("round by POST", "POST", "/v/TOKEN/round", JSON, 404),
    ("CORS preflight", "OPTIONS", "/v/TOKEN/vote", {"Origin": "http://evil.example",
                                                  "Access-Control-Request-Method": "POST"}, 404),
    ("wrong Host (DNS rebinding)", "GET", "/v/TOKEN/round", {"Host": "evil.example"}, 421),
    ("wrong Host port", "GET", "/v/TOKEN/round", {"Host": "127.0.0.1:1"}, 421),
    ("empty Host", "GET", "/v/TOKEN/round", {"Host": ""}, 421),
]


@pytest.mark.parametrize("what, method, path, headers, status", HOSTILE_REQUESTS, ids=[h[0] for h in HOSTILE_REQUESTS])
def test_hostile_request_is_refused(example_store, room, what, method, path, headers, status):
    """Wrong token, wrong path, wrong method or wrong Host: refused, no CORS header, nothing revealed."""

    async def scenario(client, server):
        r = await client.request(method, path.replace("TOKEN", server.token), headers=headers, allow_redirects=False)
        return r.status, r.headers, await r.text()

    got, response_headers, text = serve(example_store, room, scenario)
    assert got == status
    assert "Access-Control-Allow-Origin" not in response_headers
    assert "Server" not in response_headers  # no "Python/3.11 aiohttp/…" banner
    assert "Gislaved" not in text


def test_wrong_token_vote_stores_nothing(example_store, room):
    """A well-formed vote sent to the wrong token is 404 and never reaches the file."""
    before = stored_votes(example_store)
    body = {"organisation": room.organisations[0].uid, "item": room.items[0].id, "value": 1}

    async def scenario(client, server):
        return (await client.post(f"/v/{server.token[:-1]}x/vote", json=body)).status

    assert serve(example_store, room, scenario) == 404
    assert stored_votes(example_store) == before


def test_a_flood_from_one_address_is_answered_429_and_others_still_vote(example_store, room):
    """Beyond its burst an address gets 429 with Retry-After; votes within the limit were stored."""
    body = {"organisation": room.organisations[1].uid, "item": room.items[1].id, "value": 1}

    async def scenario(client, server):
        answers = [await client.post(f"{server.path}/vote", json=body) for _ in range(40)]
        return [r.status for r in answers], answers[-1].headers.get("Retry-After")

    statuses, retry = serve(example_store, room, scenario, limiter=RateLimiter(rate=0.001, burst=30))
    assert statuses[:30] == [200] * 30 and set(statuses[30:]) == {429}
    assert retry == "1"
    assert stored_votes(example_store)[(room.organisations[1].uid, "1 Tjänst", 2)] == 1


def test_rate_limit_refills_over_time_and_forgets_old_addresses():
    """A limited address may send again after waiting; the table keeps at most max_addresses."""
    now = [0.0]
    limiter = RateLimiter(rate=2, burst=2, max_addresses=3, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(3)] == [True, True, False]
    now[0] += 0.5
    assert limiter.allow("a") and not limiter.allow("a")
    for address in "bcde":
        limiter.allow(address)
    assert len(limiter._buckets) == 3


def test_potential_round_takes_0_to_100_for_its_one_organisation(example_store):
    """A potential round lists one organisation; 100 is stored, 101 and another organisation are refused."""
    e = example_store.load()
    room = potential_round(e, "GIS")
    other = e.organisations[1].uid
    area = room.items[0]

    async def scenario(client, server):
        ok = await client.post(f"{server.path}/vote", json={"organisation": room.organisations[0].uid,
                                                             "item": area.id, "value": 100})
        high = await client.post(f"{server.path}/vote", json={"organisation": room.organisations[0].uid,
                                                               "item": area.id, "value": 101})
        foreign = await client.post(f"{server.path}/vote", json={"organisation": other, "item": area.id, "value": 5})
        return ok.status, high.status, foreign.status

    assert serve(example_store, room, scenario) == (200, 400, 400)
    scores = {(p.organisation_uid, p.area_code): p for p in example_store.load().potentials}
    assert scores[(room.organisations[0].uid, area.code)].value == 100
    assert scores[(other, area.code)].value != 5


def test_potential_round_by_factors_stores_the_three_factors_and_tells_the_phone_its_vote(example_store):
    """An engagement that scores by factors: the phone's will, benefit and ability are stored with the potential
    they give; the answer, `mine` and `standing` give the factors back as sent."""
    info = dataclasses.replace(example_store.load().info, potential_mode=PotentialMode.FACTORS,
                               potential_factor_scale=5)
    example_store.update_info(info)
    room = potential_round(example_store.load(), "GIS")
    org, area = room.organisations[0].uid, room.items[2]
    factors = {"will": 5, "benefit": 4, "ability": 4}

    async def scenario(client, server):
        await client.get(f"{server.path}/round")
        r = await client.post(f"{server.path}/vote", json={"organisation": org, "item": area.id, "value": factors})
        assert r.status == 200, await r.text()
        answer = await r.json()
        told = await (await client.get(f"{server.path}/round")).json()
        return answer, told

    answer, told = serve(example_store, room, scenario)
    assert answer["value"] == factors
    assert told["mine"] == {org: {area.id: factors}}
    assert told["standing"] == {org: {area.id: {"by": "you", "value": factors}}}
    row = next(p for p in example_store.load().potentials if (p.organisation_uid, p.area_code) == (org, area.code))
    assert (row.value, row.will, row.benefit, row.ability) == (64, 5, 4, 4)


HOSTILE_FACTORS = [
    ("unknown factor", {"will": 3, "benefit": 3, "ability": 3, "luck": 5}, "Unknown factor luck"),
    ("a factor missing", {"will": 3, "benefit": 3}, "together"),
    ("above the scale", {"will": 6, "benefit": 3, "ability": 3}, "between 0 and 5"),
    ("below the scale", {"will": 3, "benefit": -1, "ability": 3}, "between 0 and 5"),
    ("a factor as text", {"will": 3, "benefit": 3, "ability": "3"}, "whole number"),
    ("a factor with a fraction", {"will": 3, "benefit": 2.5, "ability": 3}, "whole number"),
    ("a factor null", {"will": None, "benefit": 3, "ability": 3}, "whole number"),
    ("a huge factor", {"will": 10**40, "benefit": 3, "ability": 3}, "between 0 and 5"),
    ("a number instead of factors", 60, "together"),
]


@pytest.mark.parametrize("what, value, reason", HOSTILE_FACTORS, ids=[h[0] for h in HOSTILE_FACTORS])
def test_hostile_factors_are_refused_400_with_a_reason_and_change_nothing(example_store, what, value, reason):
    """Factors off the domain's rules: 400 with a short reason, and the file keeps its scores."""
    info = dataclasses.replace(example_store.load().info, potential_mode=PotentialMode.FACTORS,
                               potential_factor_scale=5)
    example_store.update_info(info)
    room = potential_round(example_store.load(), "GIS")
    before = example_store.load().potentials

    async def scenario(client, server):
        r = await client.post(f"{server.path}/vote", json={"organisation": room.organisations[0].uid,
                                                            "item": room.items[0].id, "value": value})
        return r.status, await r.json()

    status, body = serve(example_store, room, scenario)
    assert status == 400 and reason in body["error"]
    assert example_store.load().potentials == before


def test_preference_round_takes_an_alternatives_id(example_store):
    """A preference round stores the chosen alternative; a code instead of the id is refused."""
    e = example_store.load()
    room = preference_round(e)
    hylte = next(o for o in e.organisations if o.short_code == "HYL")
    s = next(a for a in e.alternatives if a.code == "S")

    async def scenario(client, server):
        by_code = await client.post(f"{server.path}/vote", json={"organisation": hylte.uid, "item": "preference",
                                                                  "value": "S"})
        ok = await client.post(f"{server.path}/vote", json={"organisation": hylte.uid, "item": "preference",
                                                            "value": s.uid})
        return by_code.status, ok.status

    assert serve(example_store, room, scenario) == (400, 200)
    assert {p.organisation_uid: p.alternative_code for p in example_store.load().preferences}[hylte.uid] == "S"


def test_a_vote_the_file_refuses_is_400_and_the_server_keeps_serving(example_store, room):
    """A criterion removed while the round runs: the file refuses the vote (400), later votes still work."""
    org = room.organisations[0].uid

    async def scenario(client, server):
        example_store.db.execute("PRAGMA foreign_keys=ON")
        example_store.remove_criterion_keeping_rows(7)
        refused = await client.post(f"{server.path}/vote", json={"organisation": org, "item": room.items[6].id,
                                                                  "value": 2})
        ok = await client.post(f"{server.path}/vote", json={"organisation": org, "item": room.items[0].id,
                                                             "value": 2})
        return refused.status, await refused.json(), ok.status

    status, body, ok = serve(example_store, room, scenario)
    assert status == 400 and "criterion 7" in body["error"]
    assert ok == 200


def test_round_says_who_the_phone_is_and_what_the_items_cover_and_an_old_address_has_ended(example_store, room):
    """/round tells a phone its participant number (the facilitator sees "participant 2"), the alternative's
    description and an area's sub-items; a page at a wrong token is a 404 that says the round has ended in
    the phone's language (it was aiohttp's bare "404: Not Found"), and the API's 404s stay JSON."""
    e = example_store.load()

    async def scenario(client, server):
        await client.get(server.path)  # the page, which offers the cookie /round then brings back
        data = await (await client.get(f"{server.path}/round")).json()
        old = await client.get("/v/an-earlier-round", headers={"Accept-Language": "sv-SE"})
        api = await client.get("/v/an-earlier-round/round")
        return data, old.status, old.content_type, await old.text(), api.status, await api.json()

    data, status, kind, page, api_status, api = serve(example_store, room, scenario)
    assert data["participant"] == 1
    assert data["about"] == next(a.description for a in e.alternatives if a.code == "1 Tjänst")
    assert (status, kind, api_status) == (404, "text/html", 404)
    assert "Den här röstningsomgången är slut" in page and "error" in api
    potential = serve(example_store, potential_round(e, "GIS"), lambda c, s: _json(c, f"{s.path}/round"))
    area_a = next(a for a in e.areas if a.code == "A")
    assert next(i for i in potential["items"] if i["id"] == area_a.uid)["details"] == "\n".join(area_a.sub_items)
    preferences = serve(example_store, preference_round(e), lambda c, s: _json(c, f"{s.path}/round"))
    assert preferences["items"][0]["text"] == ""  # the page asks the question; it repeated the engagement's title


async def _json(client, path):
    return await (await client.get(path)).json()


def test_a_full_room_answers_a_new_phone_with_its_page_in_its_language(example_store, room, monkeypatch):
    """Once every place is taken, a new phone gets the page (in Swedish for a Swedish phone) and /round
    answers 503, which the page words; it had been a bare English JSON line instead of the page."""
    from workshop.room import server as server_module

    monkeypatch.setattr(server_module, "PARTICIPANTS_MAX", 1)

    async def scenario(client, server):
        await client.get(server.path)
        first = await client.get(server.path + "/round")  # the cookie came back: the one place is taken
        client.session.cookie_jar.clear()
        page = await client.get(server.path, headers={"Accept-Language": "sv-SE,sv"})
        client.session.cookie_jar.clear()
        late = await client.get(server.path + "/round")
        return first.status, page.status, page.headers.get("Set-Cookie"), await page.text(), late.status

    first, status, cookie, text, late = serve(example_store, room, scenario)
    assert (first, status, cookie, late) == (200, 200, None, 503)
    assert 'lang="sv"' in text and "Alla platser i den här omgången är tagna" in text


def test_on_port_80_the_host_without_its_port_is_answered_and_other_hosts_still_are_not(example_store, room):
    """Browsers leave the default port 80 out of the Host header: `--port 80` had refused every phone 421.
    The bare address is now answered on port 80 only; another host (a DNS-rebinding page) is still refused."""
    from workshop.room.runner import host_of

    async def scenario(client, server):
        async def status(bound, sent):
            server.host = bound
            return (await client.get(f"{server.path}/round", headers={"Host": sent})).status

        return [await status(host_of("127.0.0.1", 80), "127.0.0.1"),
                await status(host_of("127.0.0.1", 80), "127.0.0.1:80"),
                await status(host_of("fe80::1", 80), "[fe80::1]"),
                await status(host_of("127.0.0.1", 80), "evil.example"),
                await status(host_of("127.0.0.1", 80), "127.0.0.1:8080"),
                await status(host_of("127.0.0.1", 8080), "127.0.0.1"),
                await status(host_of("127.0.0.1", 8080), "127.0.0.1:80")]

    assert serve(example_store, room, scenario) == [200, 200, 200, 421, 421, 421, 421]


@pytest.mark.parametrize("sent, kept", [
    ("👩\u200d💻 Anna", "👩\u200d💻 Anna"),  # an emoji sequence stays one picture
    ("می\u200cخواهم", "می\u200cخواهم"),  # a Persian word keeps its zero-width non-joiner
    ("Anna\nBerg", "Anna Berg"),
    ("Anna \r\n\t Berg\t", "Anna Berg"),
    ("Eva \u202egro\u202c", "Eva gro"),  # an override would turn the words after the name around
    ("\u2067Ali\u2069 Reza\u200f", "Ali Reza\u200f"),
    ("Bo\x00\x1b[31m", "Bo[31m"),
])
def test_a_participants_name_is_kept_as_typed_without_its_controls(room, sent, kept):
    """The name the facilitator sees beside a vote: a zero-width joiner or non-joiner is kept (an emoji or a
    Persian word had been broken), a line break is a space (words had been glued: "AnnaBerg"), and only
    controls and bidi embeddings, overrides and isolates are dropped."""
    body = {"organisation": room.organisations[0].uid, "item": room.items[0].id, "value": 1, "name": sent}
    assert room.check(body).name == kept


def test_a_client_that_keeps_no_cookie_takes_no_place_until_it_votes(example_store, room):
    """curl, a HEAD, a prefetch or a phone that blocks cookies, polling every 5 s, had taken a new participant
    place (and number) with every request, until the room was full. It now takes one only by voting; a phone
    that keeps its cookie gets its number as soon as its page asks for the round, and keeps it."""
    gis, crit = room.organisations[0].uid, room.items[0].id

    async def scenario(client, server):
        for _ in range(5):
            client.session.cookie_jar.clear()
            assert (await client.head(server.path)).status == 200
            assert (await client.get(server.path)).status == 200
            client.session.cookie_jar.clear()
            told = await (await client.get(f"{server.path}/round")).json()
            assert (told["participant"], told["mine"], told["standing"]) == (0, {}, {})
        assert server.participants == {}
        client.session.cookie_jar.clear()
        await client.get(server.path)  # a phone that keeps its cookie
        assert (await (await client.get(f"{server.path}/round")).json())["participant"] == 1
        r = await client.post(f"{server.path}/vote", json={"organisation": gis, "item": crit, "value": 2})
        assert (await r.json())["participant"] == 1
        client.session.cookie_jar.clear()  # a phone without cookies votes: a place, but only now
        r = await client.post(f"{server.path}/vote", json={"organisation": gis, "item": crit, "value": 3})
        assert (await r.json())["participant"] == 2
        return sorted(p.number for p in server.participants.values())

    assert serve(example_store, room, scenario) == [1, 2]
