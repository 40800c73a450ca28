"""The potential numbers the grid's neighbours draw, computed once per edit and shared.

The session replaces its engagement value on every edit, so results cached
against that value are never stale. The organisations × areas matrix is
updated in place of a rebuild when the edit changed one cell (the session
says which), which keeps an edit cheap with 290 organisations.
"""

from __future__ import annotations

import weakref

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
        self._cells: list[tuple[str, str]] = []
        self._shape_source = (None, None)
        self._index_source: tuple = (None, None)
        self._rows_cols: tuple[dict[str, int], dict[str, int]] = ({}, {})
        session.potential_changed.connect(self._cell_changed)

    def _cell_changed(self, organisation_uid: str, area_code: str) -> None:
        self._cells.append((organisation_uid, area_code))

    def _fresh(self) -> bool:
        e = self._session.engagement
        if e is self._engagement:
            return True
        previous, previous_medians = self._matrix, self._medians
        cells, self._cells = self._cells, []
        self._engagement, self._groups, self._matrix, self._medians = e, None, None, None
        # The same tuples of organisations and areas (replace() keeps unchanged fields): patch the changed cells.
        if previous is not None and cells and self._shape_source == (e.organisations, e.areas):
            rows, cols = self._index(e)
            matrix = previous.copy()
            touched = set()
            for org, area in cells:
                score = self._session.potential(org, area)
                if org in rows and area in cols:
                    matrix[rows[org], cols[area]] = np.nan if score is None or score.value is None else score.value
                    touched.add(cols[area])
            matrix.setflags(write=False)
            self._matrix = matrix
            if previous_medians is not None:  # only the touched areas' medians can have moved
                medians = list(previous_medians)
                for j, value in zip(sorted(touched), column_medians(matrix[:, sorted(touched)])):
                    medians[j] = value
                self._medians = medians
        return False

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
            self._shape_source = (e.organisations, e.areas)
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
