"""What the merge tests share: a vote set in a file, as a laptop would type it."""

from __future__ import annotations

from workshop.domain.model import Vote
from workshop.storage import EngagementStore


def set_vote(path, org: str, alternative: str, criterion: int, value: int) -> None:
    """Set one organisation's (by name) vote on an alternative's criterion in the file at `path`."""
    with EngagementStore.open(path) as store:
        uid = next(o.uid for o in store.load().organisations if o.name == org)
        store.scores.set_vote(Vote(organisation_uid=uid, alternative_code=alternative, criterion_number=criterion,
                                   value=value))
