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
import re
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
ISSUED = re.compile(r"[A-Za-z0-9_-]{22}")  # what secrets.token_urlsafe(16) gives: a cookie this server offers
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

    def _known(self, request: web.Request) -> Participant | None:
        return self.participants.get(request.cookies.get(COOKIE, ""))

    def _full(self) -> bool:
        return len(self.participants) >= PARTICIPANTS_MAX

    def _keeps_cookie(self, request: web.Request) -> bool:
        """Whether the request carries a participant cookie: one the server knows, or one it offered earlier.
        A browser proves it keeps cookies only by sending one back."""
        return ISSUED.fullmatch(request.cookies.get(COOKIE, "")) is not None

    def _join(self, request: web.Request) -> tuple[Participant | None, bool]:
        """The phone's participant, given a place now if it has none: under the cookie offered to it earlier,
        else under a new one (True: send it); None when the room is full."""
        known = self._known(request)
        if known is not None:
            return known, False
        if self._full():
            return None, False
        new = not self._keeps_cookie(request)
        p = Participant(secrets.token_urlsafe(16) if new else request.cookies[COOKIE], len(self.participants) + 1)
        self.participants[p.id] = p
        return p, new

    def _offer(self, response: web.StreamResponse, token: str) -> web.StreamResponse:
        response.set_cookie(COOKIE, token, path=self.path, httponly=True, samesite="Strict")
        return response

    # --- handlers ------------------------------------------------------------------
    # A client that never sends a cookie back (curl, a HEAD, a prefetch, a phone that blocks cookies, polling
    # every 5 s) is offered one on every request but takes a participant's place only when it votes: it had
    # taken a new place, and a new number, with every request.
    async def _page(self, request: web.Request) -> web.StreamResponse:
        response = web.Response(body=page(language(request.headers.get("Accept-Language"))),
                                content_type="text/html", charset="utf-8",
                                headers={"Content-Security-Policy": PAGE_POLICY})
        if self._keeps_cookie(request) or self._full():  # a full room: the page says so, in the phone's language
            return response
        return self._offer(response, secrets.token_urlsafe(16))

    async def _round(self, request: web.Request) -> web.StreamResponse:
        participant, new = self._join(request) if self._keeps_cookie(request) else (None, False)
        if participant is None and self._full():
            return _error(503, "The room is full.")
        seen = participant or Participant("", 0)  # no place yet: participant 0, nothing sent
        body = self.round.to_json() | {"mine": seen.votes, "participant": seen.number,
                                       "standing": self._standing_for(seen)}
        response = web.json_response(body)
        if participant is None:
            return self._offer(response, secrets.token_urlsafe(16))
        return self._offer(response, participant.id) if new else response

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
        except (UnicodeDecodeError, ValueError, RecursionError):  # nested 2,000 deep: a 500 and a traceback
            return _error(400, "The body is not valid JSON.")
        participant, new = self._join(request)
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
        answer = {"organisation": ballot.organisation_uid, "item": ballot.item_id, "value": ballot.value,
                  "participant": participant.number}
        response = web.json_response(answer)
        return self._offer(response, participant.id) if new else response

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
