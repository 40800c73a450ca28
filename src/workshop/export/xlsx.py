"""The numbers as an Excel workbook: one sheet per table, bold headers, the first row frozen."""

from __future__ import annotations

import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from workshop.domain.engagement import Engagement
from workshop.export.labels import DEFAULT_LANGUAGE, labels
from workshop.export.safe_write import check_target, write_bytes_atomically
from workshop.export.tables import data_tables
from workshop.export.text import CELL_MAX, spreadsheet_text

_FORMULA_START = ("=", "+", "-", "@")
_WRAPPED = Alignment(wrap_text=True, vertical="top")


def _text_cell(ws, value):
    """The value to append: text a spreadsheet would run ("=…", "+…") becomes a cell typed as text, with
    Excel's quote prefix (else editing the cell, F2 and Enter, made it a live formula); text of several
    lines wraps in its cell (Excel showed it on one line).

    (Looking the row up again after appending, `ws[ws.max_row]`, scans the whole sheet: 31 s for
    290 organisations' votes; the whole workbook now takes 2 s.)"""
    value = spreadsheet_text(value, CELL_MAX)
    lines = isinstance(value, str) and ("\n" in value or "\r" in value)
    if not isinstance(value, str) or not (value.startswith(_FORMULA_START) or lines):
        return value
    cell = Cell(ws, value=value)
    cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
    if value.startswith(_FORMULA_START):
        cell.quotePrefix = True
    if lines:
        cell.alignment = _WRAPPED
    return cell


def _date_cell(ws, value):
    """A date column's YYYY-MM-DD as a date Excel can filter and count with, shown as written (text had made
    the columns' date filters and arithmetic useless); anything else (empty, free text from an old file) as
    text."""
    try:
        day = dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        day = None
    if day is None:
        return _text_cell(ws, value)
    cell = Cell(ws, value=day)
    cell.number_format = "yyyy-mm-dd"
    return cell


def render_xlsx(e: Engagement, language: str = DEFAULT_LANGUAGE) -> bytes:
    """The workbook as bytes."""
    lab = labels(language)
    wb = Workbook()
    wb.remove(wb.active)
    head_font = Font(bold=True, color="1F4E79")
    head_fill = PatternFill("solid", fgColor="DDE7F0")
    for table in data_tables(e, lab):
        ws = wb.create_sheet(table.title[:31])
        ws.append(list(table.header))
        for row in table.rows:
            ws.append([_date_cell(ws, v) if i in table.dates else _text_cell(ws, v) for i, v in enumerate(row)])
        for c in ws[1]:
            c.font, c.fill = head_font, head_fill
            c.alignment = Alignment(vertical="top")
        ws.freeze_panes = "A2"
        for i, name in enumerate(table.header, 1):
            longest = max([len(str(name))] + [len(str(r[i - 1])) for r in table.rows if r[i - 1] is not None])
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, longest + 2))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_xlsx(e: Engagement, target: str | os.PathLike[str], language: str = DEFAULT_LANGUAGE) -> None:
    """Write the workbook safely."""
    check_target(target)
    write_bytes_atomically(target, render_xlsx(e, language))
