"""What the merge tests share: a copy handed out to a second laptop, and a vote set in a file as a laptop
would type it."""

from __future__ import annotations

from workshop.domain.model import Vote
from workshop.storage import EngagementStore
from workshop.storage.merge import hand_out_store


def set_vote(path, org: str, alternative: str, criterion: int, value: int) -> None:
    """Set one organisation's (by name) vote on an alternative's criterion in the file at `path`."""
    with EngagementStore.open(path) as store:
        uid = next(o.uid for o in store.load().organisations if o.name == org)
        store.scores.set_vote(Vote(organisation_uid=uid, alternative_code=alternative, criterion_number=criterion,
                                   value=value))


def handed_out(path, tmp_path, name: str = "laptop2.workshop"):
    """A copy of the file at `path` handed out to a second laptop (as File → Hand Out… makes it): its path."""
    theirs = tmp_path / name
    with EngagementStore.open(path) as store:
        hand_out_store(store, theirs)
    return theirs


def disagree_on_a_vote(mine, theirs) -> None:
    """Gnosjö's vote on 1 Teknik, criterion 6: 2 in `mine`, 3 in `theirs` (one conflict)."""
    set_vote(mine, "Gnosjö", "1 Teknik", 6, 2)
    set_vote(theirs, "Gnosjö", "1 Teknik", 6, 3)
