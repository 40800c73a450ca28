"""Documents and data files made from an engagement: PDFs, spreadsheets, JSON. No Qt."""
