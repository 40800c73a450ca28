"""`workshop room`: serve one voting round to the room's phones, storing each vote in the file, until stopped."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys

from workshop.cli import CommandError, command, open_for_editing, read_engagement
from workshop.cli_text import shown
from workshop.domain.model import Preference
from workshop.room.round import Round, criteria_round, potential_round, preference_round
from workshop.storage import EngagementStore, StorageError


@command("room", "serve a voting round to phones on the room's network (prints the URL first)")
def _room(p: argparse.ArgumentParser):
    p.add_argument("file", help="the .workshop file")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--alternative", metavar="CODE", help="a criteria round: the room scores this alternative")
    what.add_argument("--potential", metavar="ORG", help="a potential round: this organisation (uid, code or name)"
                                                         " scores every area")
    what.add_argument("--preferences", action="store_true", help="a preference round: each organisation picks one")
    p.add_argument("--bind", default="127.0.0.1", metavar="ADDRESS",
                   help="the one interface address to listen on (default 127.0.0.1; never 0.0.0.0)")
    p.add_argument("--port", type=int, default=0, metavar="N", help="the port (default: any free port)")
    p.add_argument("--meeting", metavar="ID", help="link the votes to this meeting (see `workshop meetings`)")

    def run(args) -> int:
        from workshop.room.runner import check_bind, check_listen

        check_bind(args.bind)
        if not 0 <= args.port <= 65535:
            raise CommandError(f"--port {args.port}: a port is 0–65535.")
        _round(args, read_engagement(args.file))  # refusals first: nothing opened for writing, no backup taken
        check_listen(args.bind, args.port)
        with open_for_editing(args.file) as store:
            asyncio.run(_serve(store, _round(args, store.load()), args.bind, args.port))
        return 0

    return run


def _round(args, engagement) -> Round:
    """The round the arguments ask for; CommandError or DomainError naming what the engagement lacks."""
    if args.meeting and args.meeting not in {m.uid for m in engagement.meetings}:
        raise CommandError(f"{args.file}: no meeting {args.meeting} (see `workshop meetings`).")
    if args.alternative is not None:
        return criteria_round(engagement, args.alternative, args.meeting)
    if args.potential is not None:
        return potential_round(engagement, args.potential, args.meeting)
    return preference_round(engagement, args.meeting)


async def _serve(store: EngagementStore, room: Round, address: str, port: int) -> None:
    """Serve until SIGINT or SIGTERM; one line per stored vote on stdout."""
    from workshop.room.runner import start_site
    from workshop.room.saving import StoreSink
    from workshop.room.server import RoomServer, VoteRefused

    sink = StoreSink(store, room)
    orgs = {o.uid: o.short_code or o.name for o in room.organisations}

    async def deliver(ballot) -> None:
        try:
            row = sink.save(ballot)
        except StorageError as exc:  # the file moved, removed or full: the phone hears why, the round goes on
            _say(f"vote not saved: {shown(str(exc))}", sys.stderr)
            raise VoteRefused("The vote could not be saved; tell the facilitator.") from None  # no path
        value = row.alternative_code if isinstance(row, Preference) else row.value
        item = room.item(ballot.item_id).label or ballot.item_id
        who = server.participants[ballot.participant].number if ballot.participant in server.participants else 0
        _say(f"vote\t{shown(orgs[ballot.organisation_uid])}\t{shown(item)}\t{shown(str(value))}"
             f"\tparticipant {who}\t{shown(ballot.name)}", sys.stdout)

    server = RoomServer(room, deliver)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    runner = await start_site(server, address, port)
    try:
        _say(f"URL: {server.url()}", sys.stdout)
        _say(f"Round: {shown(room.title)} ({room.kind}); Ctrl+C ends it.", sys.stderr)
        await stop.wait()
    finally:
        await runner.cleanup()



def _say(line: str, stream) -> None:
    """Print one line; a stream nobody reads any more (`workshop room … | head -1` once head has its line, a
    closed terminal) is sent to the null device from then on. The vote is saved before its line is printed,
    and the failed print had answered the phone 500; later lines, and Python's last flush at exit, would
    fail the same way."""
    try:
        print(line, file=stream, flush=True)
    except OSError:  # BrokenPipeError, or EIO from a terminal that went away
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, stream.fileno())
            os.close(null)
        except (OSError, ValueError):  # a stream without a file (a test's capture): nothing more to do
            pass
