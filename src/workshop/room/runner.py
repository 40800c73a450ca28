"""Serving a RoomServer: in a thread with its own event loop (the app), or on the caller's loop (the CLI)."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
import threading

from aiohttp import web

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg
from workshop.room.server import RoomServer


# A port the last round listened on is taken again at once: its closed connections wait out TCP's TIME_WAIT
# for a minute, during which a fixed port (a firewall rule's) could not be bound. Only on POSIX, where the
# option never lets two sockets listen on one port; on Windows it would let another program take ours.
REUSE_ADDRESS = os.name == "posix"


def check_bind(address: str) -> str:
    """The address to listen on: one interface's address, never 'all interfaces' (0.0.0.0 or ::)."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        raise DomainError(msg("{address} is not an IP address."), address=address) from None
    if ip.is_unspecified:
        raise DomainError(msg("Room voting listens on one network interface, never on all of them ({address})."),
                          address=address)
    return address


def check_listen(address: str, port: int) -> None:
    """DomainError when nothing could listen on the address and port (an address this machine does not have,
    a port in use), found before anything is opened for writing."""
    try:  # the address as the server will bind it (an IPv6 link-local address carries its interface: %eth0)
        family, kind, proto, _name, where = socket.getaddrinfo(
            address, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST | socket.AI_PASSIVE)[0]
        with socket.socket(family, kind, proto) as probe:
            if REUSE_ADDRESS:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(where)
    except OSError as exc:  # socket.gaierror included
        raise DomainError(msg("Nothing can listen on {address}, port {port} ({error}): give one of this "
                              "machine's addresses and a free port."), address=address, port=port,
                          error=exc) from None


def host_of(address: str, port: int) -> str:
    """The Host header a browser sends for the address and port ([…] around IPv6)."""
    return f"[{address}]:{port}" if ":" in address else f"{address}:{port}"


async def start_site(server: RoomServer, address: str, port: int) -> web.AppRunner:
    """Listen on the address (port 0: any free one); sets `server.host` to what the phones' URL names."""
    check_bind(address)
    runner = web.AppRunner(server.app(), access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, address, port, reuse_address=REUSE_ADDRESS, backlog=512)
    try:
        await site.start()
    except BaseException:
        await runner.cleanup()
        raise
    bound_port = runner.addresses[0][1]
    server.host = host_of(address, bound_port)
    return runner


class RoomThread:
    """A RoomServer served from a daemon thread with its own asyncio loop.

    `start()` returns once the socket listens (or raises why it could not);
    `stop()` closes every connection and ends the thread; nothing listens after it.
    `loop` is the thread's loop, for whoever hands votes back to it.
    """

    def __init__(self, server: RoomServer, address: str, port: int = 0):
        self.server, self.address, self.port = server, check_bind(address), port
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._stopped: asyncio.Event | None = None

    @property
    def running(self) -> bool:
        """True while the server listens."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> str:
        """Listen; returns the URL the phones open."""
        ready = threading.Event()
        failure: list[BaseException] = []

        async def serve() -> None:
            self._stopped = asyncio.Event()
            try:
                self._runner = await start_site(self.server, self.address, self.port)
            except BaseException as exc:  # noqa: BLE001  (handed to the starting thread)
                failure.append(exc)
                ready.set()
                return
            ready.set()
            try:
                await self._stopped.wait()
            finally:
                await self._runner.cleanup()

        def run() -> None:
            self.loop = asyncio.new_event_loop()
            try:
                self.loop.run_until_complete(serve())
            finally:
                self.loop.close()

        self._thread = threading.Thread(target=run, name="workshop-room", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]
        return self.server.url()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and end the thread (idempotent)."""
        thread, loop, stopped = self._thread, self.loop, self._stopped
        if thread is None:
            return
        if thread.is_alive() and loop is not None and stopped is not None:
            try:
                loop.call_soon_threadsafe(stopped.set)
            except RuntimeError:  # the loop closed already
                pass
        thread.join(timeout)
        self._thread = None
