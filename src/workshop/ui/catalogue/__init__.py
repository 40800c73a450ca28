"""The question catalogue: themes and questions."""
