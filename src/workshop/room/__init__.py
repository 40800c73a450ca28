"""Room voting: participants vote from their phones over the room's network (no Qt here).

round.py builds the round from the engagement and checks each vote; server.py is
the aiohttp application (page and JSON API behind a token); runner.py serves it
from a thread with its own event loop; records.py turns a vote into the stored row.
"""
