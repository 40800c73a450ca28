"""The investigation's results in one plain structure (what `workshop summary` prints)."""

from __future__ import annotations

from workshop.domain.criteria import agreed_grid, alternative_results
from workshop.domain.engagement import Engagement
from workshop.domain.potential import group_potentials


def summarize(e: Engagement) -> dict:
    """Group shares, alternatives' agreed scores with sums and ranks, and preferences."""
    groups = group_potentials(e.groups, e.areas, e.potentials)
    grid = agreed_grid(e.alternatives, e.criteria, e.organisations, e.votes, e.agreed_scores)
    results = alternative_results(e.alternatives, e.criteria, grid)
    names = e.organisation_by_uid()
    return {
        "title": e.info.title,
        "groups": [
            {"code": g.code, "name": g.name, "potential_share": g.potential_share, "today_share": g.today_share}
            for g in groups
        ],
        "alternatives": [
            {
                "code": r.code,
                "name": r.name,
                "scores": list(r.scores),
                "sum": r.sum,
                "weighted_sum": r.weighted_sum,
                "rank": r.rank,
            }
            for r in results
        ],
        "preferences": {names[p.organisation_uid].name: p.alternative_code for p in e.preferences},
    }
