"""The numbers as CSV: one file per table in a folder (UTF-8 with a byte-order mark, so Excel reads å ä ö).

Written as a spreadsheet of the document's language opens it with a double click: Swedish Excel separates
columns with ";" and writes decimals with a comma ("3,5"), English with "," and ".". (Swedish files had used
"," and ".": every row landed in column A, and 3.5 was read as text or a date.)"""

from __future__ import annotations

import csv
import io
import os

from workshop.domain.engagement import Engagement
from workshop.export.labels import DEFAULT_LANGUAGE, labels
from workshop.export.safe_write import write_folder_atomically
from workshop.export.tables import data_tables
from workshop.export.text import spreadsheet_text


def _safe(value, decimal_mark: str = ".") -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice for CSV); a
    decimal number takes the language's mark; text is cleaned as in the workbook (spreadsheet_text)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value).replace(".", decimal_mark)
    value = spreadsheet_text(value)
    if isinstance(value, str) and value[:1] in ("=", "+", "@", "\t", "\r") or (
            isinstance(value, str) and value[:1] == "-" and not _is_number(value)):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def render_csv(e: Engagement, language: str = DEFAULT_LANGUAGE) -> dict[str, bytes]:
    """{file name: contents} for every table (potential.csv, votes.csv, …)."""
    files = {}
    lab = labels(language)
    mark = lab["decimal_mark"]
    for table in data_tables(e, lab):
        text = io.StringIO(newline="")
        writer = csv.writer(text, delimiter=";" if mark == "," else ",", lineterminator="\r\n")
        writer.writerow([_safe(h) for h in table.header])
        writer.writerows([[_safe(v, mark) for v in row] for row in table.rows])
        files[f"{table.key}.csv"] = text.getvalue().encode("utf-8-sig")
    return files


def write_csv(e: Engagement, folder: str | os.PathLike[str], language: str = DEFAULT_LANGUAGE) -> None:
    """Write the CSV files into the folder (created if needed): all of them, or none."""
    write_folder_atomically(folder, render_csv(e, language))
