"""Live potential charts bound to the session: the radar (one organisation or all) and the share bars.

Each chart redraws itself when the session changes, but only while it is
visible; a hidden chart notes that it is stale and redraws when shown. The
same classes, in the dark theme, are what the presenter window shows.
"""

from __future__ import annotations

from collections.abc import Callable


import numpy as np

from workshop.charts.bars import BarChart, BarSeries
from workshop.charts.palette import LIGHT, Theme, series_marker
from workshop.charts.radar import MAX_SEPARATE, NAME_MAX, RadarChart, RadarSeries
from workshop.domain.gaps import POTENTIAL_GAP_WORDS
from workshop.domain.messages import msg
from workshop.domain.summary import median_name, median_shown
from workshop.ui.widgets.i18n import counted, tr
from workshop.ui.widgets.live_chart import (
    NO_AREAS, NO_GROUPS, NO_ORGANISATIONS, NO_SCORES, LiveChartMixin, first_missing,
)
from workshop.ui.session.session import FRAMEWORK, GROUPS, INFO, ORGANISATIONS, POTENTIALS, EngagementSession
from workshop.ui.potential.data import potential_data
from workshop.charts.rich_text import short_label

ALL = None  # the radar shows every organisation


class PotentialRadar(LiveChartMixin, RadarChart):
    """One organisation's polygon (or all of them) with the median of all organisations as reference."""

    PARTS = (POTENTIALS, ORGANISATIONS, INFO, FRAMEWORK)

    def __init__(self, session: EngagementSession, organisation_uid: str | None = ALL, parent=None,
                 theme: Theme = LIGHT, font_size: int = 12, translate: Callable[[str], str] = tr):
        self._t = translate  # the projector's charts speak the document language
        self._median_drawn = False
        # An organisation with no score yet is no polygon at the centre (that read as all noughts) but a greyed
        # name in the legend; one with some areas unscored has gaps there, and its name says so.
        RadarChart.__init__(self, parent, maximum=100, font_size=font_size, theme=theme,
                            decimal_mark=getattr(translate, "decimal_mark", None),
                            gap_words=(translate(POTENTIAL_GAP_WORDS[0]), translate(POTENTIAL_GAP_WORDS[1])))
        self.organisation_uid = organisation_uid
        self.bind(session)
        self.redraw()

    def show_organisation(self, organisation_uid: str | None) -> None:
        """Show one organisation (by uid) or, with None, all of them."""
        self.organisation_uid = organisation_uid
        self.redraw()

    def caption(self, translate: Callable[[str], str] | None = None) -> str:
        """What the chart shows, for titles and file names."""
        org = self._session.engagement.organisation_by_uid().get(self.organisation_uid or "")
        if org is None:
            return (translate or self._t)(msg("Potential per area — all organisations"))
        return (translate or self._t)(msg("Potential per area — {org}")).format(org=org.name)

    def draw(self) -> None:
        e = self._session.engagement
        self.set_axes([a.code for a in e.areas])
        data = potential_data(self._session)
        matrix = data.matrix()
        scorers = int((~np.isnan(matrix)).any(axis=1).sum())
        median = RadarSeries(self._t(median_name(scorers, len(e.organisations))).format(n=scorers), data.medians(),
                             colour=self.theme.reference, dashed=True, width=2.5)
        # The median of one organisation is that organisation: drawn from two (as the PDFs and the history do).
        self._median_drawn = median_shown(scorers)
        reference = [median] if self._median_drawn else []
        orgs = e.organisations
        row = None if self.organisation_uid is None else next(
            (i for i, o in enumerate(orgs) if o.uid == self.organisation_uid), None)
        if row is not None:
            # The chosen organisation against the median, the others faded behind them for context.
            chosen = RadarSeries(short_label(orgs[row].name, NAME_MAX), [None if np.isnan(v) else float(v) for v in matrix[row]],
                                 colour=self.colour(row), marker=series_marker(row))
            others = np.delete(matrix, row, axis=0)
            if len(others):
                self.set_many(others, [chosen, *reference], label=self._t(msg("Other organisations")))
            else:
                self.set_series([chosen, *reference])
        elif len(orgs) <= MAX_SEPARATE:
            self.set_rows([short_label(o.name, NAME_MAX) for o in orgs], matrix, reference)
        else:
            unscored = int(np.isnan(matrix).all(axis=1).sum())  # drawn as nothing: the legend counts them
            label = self._t(msg("{n} organisations")).format(n=len(orgs)) if not unscored else counted(
                unscored, self._t(msg("{total} organisations, 1 not scored")),
                self._t(msg("{total} organisations, {n} not scored")), total=len(orgs))
            self.set_many(matrix, reference, label=label)

    def missing(self) -> str:
        e = self._session.engagement
        return first_missing((e.areas, NO_AREAS), (e.organisations, NO_ORGANISATIONS), (e.potentials, NO_SCORES))

    def series_count(self) -> int:
        """How many organisations' polygons are drawn (the median reference is not counted)."""
        return max(0, RadarChart.series_count(self) - self._median_drawn)  # (none while the notice hides them all)


class PotentialShareBars(LiveChartMixin, BarChart):
    """Each group's share of the total potential beside its share of today's spend."""

    PARTS = (POTENTIALS, ORGANISATIONS, INFO, GROUPS, FRAMEWORK)

    def __init__(self, session: EngagementSession, parent=None, theme: Theme = LIGHT, font_size: int = 12,
                 translate: Callable[[str], str] = tr):
        self._t = translate
        BarChart.__init__(self, parent, percent=True, font_size=font_size, theme=theme,
                          decimal_mark=getattr(translate, "decimal_mark", None))
        self.bind(session)
        self.redraw()

    def caption(self, translate: Callable[[str], str] | None = None) -> str:
        return (translate or self._t)(msg("Share of potential vs share of today's spend, per group"))

    def missing(self) -> str:
        e = self._session.engagement
        return first_missing((e.groups, NO_GROUPS), (e.organisations, NO_ORGANISATIONS), (e.potentials, NO_SCORES))

    def draw(self) -> None:
        groups = potential_data(self._session).groups()
        # A fixed 0–100 % axis: bars move as the room scores, the axis never jumps.
        self.set_bars(
            [g.name for g in groups],
            [BarSeries(self._t(msg("Potential")), [g.potential_share for g in groups]),
             BarSeries(self._t(msg("Today")), [g.today_share for g in groups])],
            y_max=1.0,
        )
