"""Potential and vote tables that read well from five organisations to 290.

With a handful of organisations each gets a column, as in the investigation's report. With more,
the table turns: one row per organisation (the table then runs over as many pages as it needs and
its header repeats), areas or criteria across.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from workshop.domain.criteria import median
from workshop.domain.model import Alternative, Area, Criterion, Organisation
from workshop.domain.summary import median_shown
from workshop.export.common import fmt_number
from workshop.export.paragraph import Paragraph
from workshop.export.pdf_tables import CELL_PADDING, column_parts
from workshop.export.styles import TEXT_WIDTH, data_table
from workshop.export.text import para

ORG_COLUMN = 24 * mm  # an organisation's column where they stand side by side
ORGS_AS_COLUMNS = 6  # up to this many organisations stand side by side (the GGVVH report had 5)
SERIES_MAX = 8  # a chart draws one series per organisation up to this many, else their median
NAME_IN_HEADER_MAX = 60  # a longer name would make a column header taller than a page: the table turns
NAMES_MAX = 12  # a title block names up to this many organisations, else says "all N" when it is all
NAME_WIDTH = 48 * mm  # an organisation's name, when there is room
NAME_MIN = 34 * mm
NUMBER_WIDTH = 12.5 * mm
SUM_WIDTH = 18 * mm  # "Summa" in bold and a five-digit total (290 organisations × 100)


def _as_columns(orgs: Sequence[Organisation]) -> bool:
    """Whether the organisations stand side by side (few, with names short enough for a column header)."""
    return len(orgs) <= ORGS_AS_COLUMNS and all(len(o.name) <= NAME_IN_HEADER_MAX for o in orgs)


def _column_names(st, orgs: Sequence[Organisation], width: float) -> list[str]:
    """The organisations' names as column headers, or all their short codes when a word of a name is wider
    than the column: a header wraps between words but breaks a word mid-way ("Organisatio / n A")."""
    head = st["cell_head"]
    room = width - 2 * CELL_PADDING - 1  # a point to spare: the paragraph wraps at the last one
    fits = all(stringWidth(word, head.fontName, head.fontSize) <= room for o in orgs for word in o.name.split())
    return [o.name if fits else o.short_code for o in orgs]


def _name_width(numbers: float) -> float:
    """The name column: what the number columns leave of the text width, 34–48 mm (numbers keep their width)."""
    return max(NAME_MIN, min(NAME_WIDTH, TEXT_WIDTH - numbers))


def total(values: Iterable[int | None]) -> int | None:
    """The sum of the values given; None (printed "–") when none is: an organisation that scored nothing had
    a sum of 0, where nothing scores 0."""
    given = [v for v in values if v is not None]
    return sum(given) if given else None


def potential_table(st, lab: Mapping[str, str], areas: Sequence[Area], orgs: Sequence[Organisation],
                    value: Mapping[tuple[str, str], int | None], sums: bool, area_key: bool = False) -> list[Flowable]:
    """Potential per organisation and area; with `sums`, a sum per organisation and per area. Turned (areas
    by code across) and with `area_key`, a line under it names each area (where no other table does)."""
    fmt = lambda v: fmt_number(v, lab)  # noqa: E731
    org_sum = {o.uid: total(value.get((o.uid, a.code)) for a in areas) for o in orgs}
    area_sum = {a.code: total(value.get((o.uid, a.code)) for o in orgs) for a in areas}
    extra = 1 if sums else 0
    if _as_columns(orgs):
        widths = [20 * mm if sums else 70 * mm] + [ORG_COLUMN] * (len(orgs) + extra)
        drawn = min(column_parts(widths, 1, TEXT_WIDTH)[0][1][1:])  # as the table will draw them (scaled)
        names = _column_names(st, orgs, drawn)
        # Organisations' codes over rows of areas' codes are turned instead: an anonymised report's columns
        # "A B C D E" over rows "A", "B"… had left the reader to guess which letters were organisations.
        if not set(names) & {a.code for a in areas}:
            rows = [[f"{a.code}. {a.name}" if not sums else a.code] + [fmt(value.get((o.uid, a.code))) for o in orgs]
                    + ([fmt(area_sum[a.code])] if sums else []) for a in areas]
            if sums:
                rows.append([lab["sum"]] + [fmt(org_sum[o.uid]) for o in orgs] + [fmt(total(area_sum.values()))])
            return [data_table(st, [lab["area"]] + names + ([lab["sum"]] if sums else []), rows,
                               widths, right=range(1, len(orgs) + 1 + extra), bold_last=sums)]
    rows = [[o.name] + [fmt(value.get((o.uid, a.code))) for a in areas] + ([fmt(org_sum[o.uid])] if sums else [])
            for o in orgs]
    key = [Paragraph(para("; ".join(f"{a.code}: {a.name}" for a in areas)), st["muted"])] if area_key else []
    if sums:
        rows.append([lab["sum"]] + [fmt(area_sum[a.code]) for a in areas] + [fmt(total(area_sum.values()))])
    return [data_table(st, [lab["organisation"]] + [a.code for a in areas] + ([lab["sum"]] if sums else []), rows,
                       [_name_width(NUMBER_WIDTH * len(areas) + SUM_WIDTH * extra)] + [NUMBER_WIDTH] * len(areas)
                       + [SUM_WIDTH] * extra,
                       right=range(1, len(areas) + 1 + extra), bold_last=sums)] + key


def vote_tables(st, lab: Mapping[str, str], alternatives: Sequence[Alternative], criteria: Sequence[Criterion],
                orgs: Sequence[Organisation], table: Mapping[tuple[str, int, str], int]) -> list[Flowable]:
    """Each organisation's vote per alternative and criterion, with the median of the votes."""
    fmt = lambda v: fmt_number(v, lab)  # noqa: E731
    median_label = lab["source_median"].capitalize()
    if len(orgs) <= ORGS_AS_COLUMNS and all(len(o.short_code) <= NAME_IN_HEADER_MAX for o in orgs):
        rows = []
        for a in alternatives:
            for c in criteria:
                values = [table.get((a.code, c.number, o.uid)) for o in orgs]
                rows.append([a.code, f"{c.number}. {c.text}"] + [fmt(v) for v in values]
                            + [fmt(median([v for v in values if v is not None]))])
        codes = [o.short_code for o in orgs]  # names would not fit the columns
        header = [lab["alternative"], lab["criterion"]] + codes + [median_label]
        return [data_table(st, header, rows, [24 * mm, 66 * mm] + [NUMBER_WIDTH] * len(orgs) + [18 * mm],
                           right=range(2, len(orgs) + 3), keep=2)]
    out: list[Flowable] = []
    for a in alternatives:  # one table per alternative: organisations down, criteria across
        rows = [[o.name] + [fmt(table.get((a.code, c.number, o.uid))) for c in criteria] for o in orgs]
        rows.append([median_label] + [fmt(median([table[(a.code, c.number, o.uid)] for o in orgs
                                                   if (a.code, c.number, o.uid) in table])) for c in criteria])
        header = [f"{lab['alternative']} {a.code}"] + [str(c.number) for c in criteria]
        widths = [_name_width(NUMBER_WIDTH * len(criteria))] + [NUMBER_WIDTH] * len(criteria)
        out.append(data_table(st, header, rows, widths,
                              right=range(1, len(criteria) + 1), bold_last=True))
    return out


def scorers(areas: Sequence[Area], orgs: Sequence[Organisation],
            value: Mapping[tuple[str, str], int | None]) -> list[Organisation]:
    """The organisations with a potential on at least one of the areas: those a median is taken over."""
    return [o for o in orgs if any(value.get((o.uid, a.code)) is not None for a in areas)]


def radar_series(lab: Mapping[str, str], areas: Sequence[Area], orgs: Sequence[Organisation],
                 value: Mapping[tuple[str, str], int | None]) -> tuple[list[tuple[str, list]], bool]:
    """The radar's series: one per organisation, or for many organisations their median per area
    (290 polygons and a 290-entry legend would be unreadable). True when it is the median."""
    if len(orgs) > SERIES_MAX:  # the median of one organisation that scored is its own line: that line, named
        given = scorers(areas, orgs, value)
        orgs = orgs if median_shown(len(given)) else given
    if len(orgs) <= SERIES_MAX:
        return [(o.name, [value.get((o.uid, a.code)) for a in areas]) for o in orgs], False
    medians = [median([v for o in orgs if (v := value.get((o.uid, a.code))) is not None]) for a in areas]
    # Named for the organisations it is taken over: "Median of 10" had counted eight that gave nothing.
    return [(lab["median_of_orgs"].format(n=len(scorers(areas, orgs, value))), medians)], True


def organisation_list(lab: Mapping[str, str], names: Sequence[str], everyone: int) -> str:
    """The organisations of a meeting for a title block or table: their names, or "All 290 organisations"
    when a long list is everyone."""
    if len(names) > NAMES_MAX and len(names) == everyone:
        return lab["all_organisations"].format(n=everyone)
    return ", ".join(names)
