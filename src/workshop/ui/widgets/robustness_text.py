"""How close the result is, in the interface language: the Robustness tab and the Report view say it alike."""

from __future__ import annotations

from workshop.charts.locale import number
from workshop.domain.messages import counted
from workshop.domain.robustness import Robustness
from workshop.ui.widgets.i18n import joined, tr


def points(value: float) -> str:
    """Points as the interface language writes them."""
    return number(value)


def alternative(code: str) -> str:
    """An alternative named as one: the codes are numbers and words ("1 Teknik", "2"), and bare in a sentence
    they read as counts ("1 point ahead of 1 Teknik and 2"); the code's own spaces never break a line."""
    return tr("alternative {code}").format(code=code.replace(" ", "\u00a0"))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def join(items: list[str]) -> str:
    """Names joined as the interface language lists them ("S, 1 Teknik and 2")."""
    if len(items) <= 1:
        return "".join(items)
    return tr("{first} and {last}").format(first=joined(", ", items[:-1]), last=items[-1])


def headline(r: Robustness) -> str:
    """Who leads and by how much, in one sentence."""
    if not r.leaders:
        return tr("No alternative has an agreed score on every criterion yet.") if r.partial else tr(
            "No alternative has been voted on yet.")
    if r.winner is None:
        return tr("No sole winner: {leaders} tie for first with {points} points.").format(
            leaders=join([alternative(c) for c in r.leaders]), points=points(r.points[r.leaders[0]]))
    if r.alone and r.partial:  # the others named apart (not_compared)
        return _sentence(tr("{winner} is the only alternative scored on every criterion so far.").format(
            winner=alternative(r.winner)))
    if r.alone:  # the others have no agreed score yet: not ranked, never "0 points"
        if not r.unscored:
            return _sentence(tr("{winner} is the only alternative.").format(winner=alternative(r.winner)))
        others = join([alternative(c) for c in r.unscored])
        return _sentence((tr("{winner} is the only alternative scored so far; {others} has no agreed score yet.")
                          if len(r.unscored) == 1 else
                          tr("{winner} is the only alternative scored so far; {others} have no agreed scores yet."))
                         .format(winner=alternative(r.winner), others=others))
    ahead = (tr("{winner} leads with {points} points, {margin} point ahead of {runners}.") if r.margin == 1 else
             tr("{winner} leads with {points} points, {margin} points ahead of {runners}."))
    return _sentence(ahead.format(winner=alternative(r.winner), points=points(r.points[r.winner]),
                                  margin=points(r.margin or 0), runners=join([alternative(c) for c in r.runners_up])))


def verdict(r: Robustness) -> str:
    """Whether the ranking would survive a small disagreement."""
    if not r.leaders:
        return ""
    if r.winner is None:
        return tr("Any of the changes listed below would decide it.") if r.vote_flips else ""
    if r.alone:
        return ""
    if r.vote_flips:
        return counted(len(r.vote_flips),
                       tr("Fragile: one organisation moving one vote by one step would end the lead (1 such vote)."),
                       tr("Fragile: one organisation moving one vote by one step would end the lead ({n} such votes)."))
    return tr("Robust to any single vote moving by one step.")


def not_compared(r: Robustness) -> str:
    """The alternatives scored on some criteria only (when the headline compares others), and those nobody has
    voted on yet (unless the headline names them, when one alternative alone is scored)."""
    parts = []
    if r.partial and r.leaders:
        others = join([alternative(c) for c in r.partial])
        parts.append(_sentence((
            tr("{others} is not scored on every criterion yet and is not compared.") if len(r.partial) == 1 else
            tr("{others} are not scored on every criterion yet and are not compared.")).format(others=others)))
    if r.unscored and (not r.alone or r.partial):
        others = join([alternative(c) for c in r.unscored])
        parts.append(_sentence((tr("{others} has no agreed score yet and is not compared.") if len(r.unscored) == 1
                                else tr("{others} have no agreed scores yet and are not compared.")).format(
                                    others=others)))
    return " ".join(parts)


def paragraph(r: Robustness) -> str:
    """Headline, verdict and what is not compared, as one paragraph."""
    return " ".join(t for t in (headline(r), verdict(r), not_compared(r)) if t)
