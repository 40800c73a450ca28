"""Stable, globally unique row identifiers."""

import uuid


def new_uid() -> str:
    """A new random UUID as text, so rows made on two laptops never collide."""
    return str(uuid.uuid4())


_LIST_ITEMS = uuid.UUID("5d0c6f0e-8a41-4c1e-9a57-2f3b1f6d0a11")  # the namespace of list items' identifiers


def list_items(owner: str, kind: str, texts) -> list[tuple[int, str, str]]:
    """A list's items (a plan phase's activities, a heading's points, pros and cons…) as (position, identifier,
    text), the identifier the same while an item's text is: made from its owner, its kind and its text (the
    second of two alike counted apart). Made anew on every save, an unchanged item had looked removed and
    added again, and merging two laptops' files had printed every activity and proposal twice."""
    seen: dict[str, int] = {}
    out = []
    for position, text in enumerate(texts):
        n = seen[text] = seen.get(text, -1) + 1
        out.append((position, str(uuid.uuid5(_LIST_ITEMS, f"{owner}\x1f{kind}\x1f{n}\x1f{text}")), text))
    return out
