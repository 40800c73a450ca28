"""The room server: the participant page and its JSON API, for one round, behind a random token.

Every request passes, in order: the per-address rate limit (429), the Host
header (must be the bound address and port: a DNS-rebinding page cannot reach
us, 421), the token path (anything else is 404). A vote must be
`application/json` (415), at most 4 KB (413), a JSON object the round accepts
(400 with a short reason), and is answered only once it is saved. No CORS
headers are ever sent, so a page from another site cannot read or post.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

from workshop.domain.errors import DomainError
from workshop.room.limits import RateLimiter
from workshop.room.page import language, page
from workshop.room.round import Ballot, Round

BODY_MAX = 4096
COOKIE = "workshop_participant"
PARTICIPANTS_MAX = 5000
PAGE_POLICY = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
               "img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")

Deliver = Callable[[Ballot], Awaitable[None]]


@dataclass
class Participant:
    """One phone, known by the random token in its cookie; numbered in order of arrival."""

    id: str
    number: int
    votes: dict[str, dict[str, int | str]] = field(default_factory=dict)  # organisation -> item -> value


@dataclass(frozen=True)
class Standing:
    """What the file holds for an organisation and item, in the form a phone sends it, and who set it: the
    participant's number, or 0 when the facilitator typed it (or it was there before the round)."""

    value: int | str
    participant: int = 0

    def seen_by(self, number: int) -> dict:
        """What a phone is told: its own vote's value; of anyone else's only whether a phone or the facilitator
        set it (another participant's vote is never sent to a phone). Not which came first: after the
        facilitator undid this phone's vote, an earlier phone's may stand again."""
        if number and self.participant == number:
            return {"by": "you", "value": self.value}
        return {"by": "phone" if self.participant else "facilitator"}


class VoteRefused(Exception):
    """A delivered vote that could not be saved for a reason other than the domain rules (the file)."""


class RoomServer:
    """One round served to the room; `app()` is the aiohttp application, `host` the Host it answers to."""

    def __init__(self, room: Round, deliver: Deliver, *, token: str | None = None,
                 limiter: RateLimiter | None = None):
        self.round = room
        self.token = token or secrets.token_urlsafe(16)
        self.host = ""  # "address:port", set once bound (RoomRunner, or a test)
        self.deliver = deliver
        self.limiter = limiter or RateLimiter()
        self.participants: dict[str, Participant] = {}
        # How many maps were published, and (organisation, item) -> what stands now. This thread writes each
        # vote it answered; the app's GUI thread also replaces the pair after typed edits, undo and merges
        # (`publish`), never edits its map.
        self._standing: tuple[int, dict[tuple[str, str], Standing]] = (0, {})

    @property
    def path(self) -> str:
        """The page's path, /v/TOKEN."""
        return f"/v/{self.token}"

    def url(self) -> str:
        """The address the phones open."""
        return f"http://{self.host}{self.path}"

    def app(self) -> web.Application:
        """The aiohttp application (a new one each call)."""
        app = web.Application(middlewares=[self._gate], client_max_size=BODY_MAX)
        app.router.add_post(r"/v/{token}/vote", self._vote)  # first: routes are tried in order; most requests vote
        app.router.add_get(r"/v/{token}/round", self._round)
        app.router.add_get(r"/v/{token}", self._page)
        app.router.add_get(r"/v/{token}/", self._page)
        app.on_response_prepare.append(_plain_headers)
        return app

    def answers_to(self, host: str) -> bool:
        """Whether a request's Host header names this server: the bound address and port, or the address alone
        on port 80, which browsers leave out of the Host header as HTTP's default (every request on port 80
        had been refused 421). Any other host is refused, so a DNS-rebinding page still cannot reach us."""
        if not self.host:
            return False
        return host == self.host or (self.host.endswith(":80") and host == self.host.removesuffix(":80"))

    # --- the gate every request passes ------------------------------------------
    @web.middleware
    async def _gate(self, request: web.Request, handler):
        if not self.limiter.allow(request.remote or ""):
            return _error(429, "Too many requests; wait a moment.", {"Retry-After": "1"})
        if not self.answers_to(request.headers.get("Host", "")):
            return _error(421, "Wrong host.")
        token = request.match_info.get("token", "")
        if not secrets.compare_digest(token.encode(), self.token.encode()):
            return _not_found(request)
        return await handler(request)

    def _participant(self, request: web.Request) -> tuple[Participant | None, bool]:
        """The phone's participant (new ones get a cookie); None when the room is full."""
        known = self.participants.get(request.cookies.get(COOKIE, ""))
        if known is not None:
            return known, False
        if len(self.participants) >= PARTICIPANTS_MAX:
            return None, False
        p = Participant(secrets.token_urlsafe(16), len(self.participants) + 1)
        self.participants[p.id] = p
        return p, True

    def _with_cookie(self, response: web.StreamResponse, participant: Participant, new: bool):
        if new:
            response.set_cookie(COOKIE, participant.id, path=self.path, httponly=True, samesite="Strict")
        return response

    # --- handlers ------------------------------------------------------------------
    async def _page(self, request: web.Request) -> web.StreamResponse:
        participant, new = self._participant(request)
        response = web.Response(body=page(language(request.headers.get("Accept-Language"))),
                                content_type="text/html", charset="utf-8",
                                headers={"Content-Security-Policy": PAGE_POLICY})
        if participant is None:  # the page (no cookie) says the room is full, in the phone's language
            return response
        return self._with_cookie(response, participant, new)

    async def _round(self, request: web.Request) -> web.StreamResponse:
        participant, new = self._participant(request)
        if participant is None:
            return _error(503, "The room is full.")
        body = self.round.to_json() | {"mine": participant.votes, "participant": participant.number,
                                       "standing": self._standing_for(participant)}
        return self._with_cookie(web.json_response(body), participant, new)

    async def _vote(self, request: web.Request) -> web.StreamResponse:
        if request.content_type != "application/json":
            return _error(415, "Send application/json.")
        if request.content_length is not None and request.content_length > BODY_MAX:
            return _error(413, "The body is too large.")
        try:
            raw = await request.read()  # a body sent in chunks has no length to read first
        except web.HTTPRequestEntityTooLarge:  # client_max_size; answered in JSON like every refusal
            return _error(413, "The body is too large.")
        try:
            body = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_repeats, parse_constant=_no_constant)
        except (UnicodeDecodeError, ValueError):
            return _error(400, "The body is not valid JSON.")
        participant, new = self._participant(request)
        if participant is None:
            return _error(503, "The room is full.")
        published = self._standing[0]
        try:
            ballot = self.round.check(body, participant.id)
            await self.deliver(ballot)
        except DomainError as exc:
            return _error(400, str(exc))
        except VoteRefused as exc:
            return _error(503, str(exc) or "The vote could not be saved; tell the facilitator.")
        participant.votes.setdefault(ballot.organisation_uid, {})[ballot.item_id] = ballot.value
        # A map published since the vote was handed over knows it, or what replaced it meanwhile (the facilitator
        # undid it, or typed over it): writing it in there would undo that. The one read here is written to, so
        # a map published from now on leaves this write behind in the old one.
        now, table = self._standing
        if now == published:
            table[(ballot.organisation_uid, ballot.item_id)] = Standing(ballot.value, participant.number)
        answer = {"organisation": ballot.organisation_uid, "item": ballot.item_id, "value": ballot.value}
        return self._with_cookie(web.json_response(answer), participant, new)

    @property
    def standing(self) -> dict[tuple[str, str], Standing]:
        """What stands now on each (organisation, item) that has a value."""
        return self._standing[1]

    def publish(self, standing: dict[tuple[str, str], Standing]) -> None:
        """From another thread: what stands now, for every cell that has a value (one assignment, atomic)."""
        self._standing = (self._standing[0] + 1, standing)

    def _standing_for(self, participant: Participant) -> dict:
        """Whether each vote this phone sent still stands, or another phone's later vote or the facilitator's
        change replaced it (an item left out: its vote was removed)."""
        table = self.standing  # one map throughout, though the GUI thread may publish a new one meanwhile
        return {org: {item: table[(org, item)].seen_by(participant.number) for item in items if (org, item) in table}
                for org, items in participant.votes.items()}


def _not_found(request: web.Request) -> web.Response:
    """404 for any other path or token; a page opened at an old round's address is the participant's page,
    whose round then answers 404, so it says in the phone's language that the round has ended (the old
    "404: Not Found" left the room guessing)."""
    if request.method != "GET" or request.path.endswith(("/round", "/vote")):
        return _error(404, "Not found; the round has ended or the address is wrong.")
    return web.Response(status=404, body=page(language(request.headers.get("Accept-Language"))),
                        content_type="text/html", charset="utf-8", headers={"Content-Security-Policy": PAGE_POLICY})


def _error(status: int, reason: str, headers: dict | None = None) -> web.Response:
    return web.json_response({"error": reason}, status=status, headers=headers)


def _no_repeats(pairs: list[tuple[str, object]]) -> dict:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("repeated key")
    return dict(pairs)


def _no_constant(name: str):
    raise ValueError(f"{name} is not JSON")


async def _plain_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Nothing cached, nothing sniffed, the token never sent on as a referrer; no server banner."""
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers.pop("Server", None)
