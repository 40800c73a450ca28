"""The numbers as an Excel workbook: one sheet per table, bold headers, the first row frozen."""

from __future__ import annotations

import io
import os
import re

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from workshop.domain.engagement import Engagement
from workshop.export.labels import DEFAULT_LANGUAGE, labels
from workshop.export.safe_write import check_target, write_bytes_atomically
from workshop.export.tables import data_tables

# Characters XML 1.0 (and so XLSX) cannot hold: C0 controls but tab and line breaks, lone surrogates,
# U+FFFE and U+FFFF. One of them left in makes the sheet's XML ill-formed: Excel and openpyxl refuse the file.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CELL_MAX = 32767  # Excel holds at most this many characters in a cell and "repairs" (cuts) a file with more
_FORMULA_START = ("=", "+", "-", "@")


def _cell(value):
    """Text stays text: characters XML cannot hold shown as U+FFFD, an over-long text cut with "…"
    (Excel's limit), and nothing is read as a formula (see render_xlsx)."""
    if isinstance(value, str):
        value = _ILLEGAL.sub("\ufffd", value)
        if len(value) > CELL_MAX:
            value = value[: CELL_MAX - 1] + "…"
    return value


def _text_cell(ws, value):
    """The value to append: text a spreadsheet would run ("=…", "+…") becomes a cell typed as text.

    (Looking the row up again after appending, `ws[ws.max_row]`, scans the whole sheet: 31 s for
    290 organisations' votes; the whole workbook now takes 2 s.)"""
    value = _cell(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell = Cell(ws, value=value)
        cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
        return cell
    return value


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
            ws.append([_text_cell(ws, v) for v in row])
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
