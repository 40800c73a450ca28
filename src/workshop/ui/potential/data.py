"""The potential numbers the grid's neighbours draw, computed once per edit and shared.

The session replaces its engagement value on every edit, so results cached
against that value are never stale. The organisations × areas matrix is
patched, not rebuilt, where only some scores changed (found by comparing the
engagement's scores with those the matrix was built from), which keeps an
edit cheap with 290 organisations.
"""

from __future__ import annotations

import weakref
from itertools import compress
from operator import is_not

import numpy as np

from workshop.domain.potential import GroupPotential
from workshop.domain.summary import groups_from_area_totals
from workshop.ui.session.session import EngagementSession


class PotentialData:
    """Cached derived values of one session's potentials."""

    def __init__(self, session: EngagementSession):
        self._session = session
        self._engagement = None
        self._matrix: np.ndarray | None = None
        self._groups: list[GroupPotential] | None = None
        self._medians: list[float | None] | None = None
        self._source: tuple = (None, None, None)  # organisations, areas and potentials the matrix holds
        self._index_source: tuple = (None, None)
        self._rows_cols: tuple[dict[str, int], dict[str, int]] = ({}, {})

    def _fresh(self) -> None:
        e = self._session.engagement
        if e is self._engagement:
            return
        previous, previous_medians = self._matrix, self._medians
        self._engagement, self._groups, self._matrix, self._medians = e, None, None, None
        organisations, areas, potentials = self._source
        # An edit of one score replaces one element of the same-length tuple (the session keeps the rest, and
        # replace() keeps unchanged fields): patch the cells whose score object changed, not the whole matrix.
        if previous is None or (organisations, areas) != (e.organisations, e.areas) \
                or potentials is None or len(potentials) != len(e.potentials):
            return
        rows, cols = self._index(e)
        matrix = previous.copy()
        touched = set()
        for position in compress(range(len(potentials)), map(is_not, potentials, e.potentials)):
            before, score = potentials[position], e.potentials[position]
            if (before.organisation_uid, before.area_code) != (score.organisation_uid, score.area_code):
                return  # the order moved: rebuild
            i, j = rows.get(score.organisation_uid), cols.get(score.area_code)
            if i is not None and j is not None:
                matrix[i, j] = np.nan if score.value is None else score.value
                touched.add(j)
        matrix.setflags(write=False)
        self._matrix = matrix
        self._source = (e.organisations, e.areas, e.potentials)
        if previous_medians is not None:  # only the touched areas' medians can have moved
            medians = list(previous_medians)
            for j, value in zip(sorted(touched), column_medians(matrix[:, sorted(touched)])):
                medians[j] = value
            self._medians = medians

    def _index(self, e) -> tuple[dict[str, int], dict[str, int]]:
        """Row of each organisation uid, column of each area code (kept while they stay the same)."""
        if self._index_source != (e.organisations, e.areas):
            self._index_source = (e.organisations, e.areas)
            self._rows_cols = ({o.uid: i for i, o in enumerate(e.organisations)},
                               {a.code: j for j, a in enumerate(e.areas)})
        return self._rows_cols

    def matrix(self) -> np.ndarray:
        """Organisations × areas as floats, NaN where there is no score."""
        self._fresh()
        if self._matrix is None:
            e = self._engagement
            rows, cols = self._index(e)
            matrix = np.full((len(rows), len(cols)), np.nan)
            for p in e.potentials:
                if p.value is not None:
                    i, j = rows.get(p.organisation_uid), cols.get(p.area_code)
                    if i is not None and j is not None:
                        matrix[i, j] = p.value
            matrix.setflags(write=False)
            self._matrix = matrix
            self._source = (e.organisations, e.areas, e.potentials)
        return self._matrix

    def medians(self) -> list[float | None]:
        """The median potential per area over the organisations that scored it."""
        self._fresh()
        if self._medians is None:
            self._medians = column_medians(self.matrix())
        return self._medians

    def groups(self) -> list[GroupPotential]:
        """Each group's potential sum and shares (the domain's arithmetic), once per edit."""
        self._fresh()
        if self._groups is None:
            e = self._engagement
            column_sums = np.nansum(self.matrix(), axis=0) if len(e.organisations) else np.zeros(len(e.areas))
            totals = {a.code: float(column_sums[j]) for j, a in enumerate(e.areas)}
            self._groups = groups_from_area_totals(e.groups, e.areas, totals)
        return self._groups

    def missing(self, limit: int) -> tuple[int, list[tuple[str, str]]]:
        """How many cells have no score, and the first `limit` of them as (organisation name, area code)."""
        matrix = self.matrix()
        gaps = np.argwhere(np.isnan(matrix))
        e = self._engagement
        return len(gaps), [(e.organisations[i].name, e.areas[j].code) for i, j in gaps[:limit]]


_DATA: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def potential_data(session: EngagementSession) -> PotentialData:
    """The shared cache of this session's potentials."""
    data = _DATA.get(session)
    if data is None:
        data = _DATA[session] = PotentialData(session)
    return data


def column_medians(matrix: np.ndarray) -> list[float | None]:
    """The median of each column over its scores (None where nobody scored)."""
    if matrix.size == 0:
        return [None] * matrix.shape[1]
    ordered = np.sort(matrix, axis=0)  # NaN sorts last
    counts = (~np.isnan(matrix)).sum(axis=0)
    out: list[float | None] = []
    for j, n in enumerate(counts):
        if n == 0:
            out.append(None)
        else:
            lo, hi = ordered[(n - 1) // 2, j], ordered[n // 2, j]
            out.append(float((lo + hi) / 2))
    return out
