"""Widgets and helpers several features share."""
