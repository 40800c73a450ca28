"""Room voting in the app: the panel (round, interface, QR code, arrivals) and the bridge to the server thread."""
