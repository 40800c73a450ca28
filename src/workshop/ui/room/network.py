"""The machine's network interfaces a round may listen on (one at a time; never all of them)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface


@dataclass(frozen=True)
class Interface:
    """One address of one network interface, as the facilitator picks it."""

    name: str  # the interface's human-readable name (wlan0, "Wi-Fi")
    address: str
    loopback: bool


def interfaces() -> list[Interface]:
    """Addresses of the interfaces that are up: IPv4 first, this computer's own (loopback) last.

    IPv6 link-local addresses are left out (a phone's browser cannot open them without a zone).
    """
    found: list[Interface] = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp and flags & QNetworkInterface.InterfaceFlag.IsRunning):
            continue
        for entry in iface.addressEntries():
            ip: QHostAddress = entry.ip()
            if ip.isNull() or ip.isLinkLocal() or ip == QHostAddress(QHostAddress.SpecialAddress.AnyIPv4):
                continue
            if ip.protocol() not in (QAbstractSocket.NetworkLayerProtocol.IPv4Protocol,
                                     QAbstractSocket.NetworkLayerProtocol.IPv6Protocol):
                continue
            found.append(Interface(iface.humanReadableName(), ip.toString(), ip.isLoopback()))
    ipv6 = lambda i: ":" in i.address  # noqa: E731
    return sorted(found, key=lambda i: (i.loopback, ipv6(i), i.name, i.address))
