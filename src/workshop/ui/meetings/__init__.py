"""Meetings: the list, details, agenda, and the meeting runner."""
