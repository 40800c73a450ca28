"""The Report view."""
