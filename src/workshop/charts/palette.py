"""Colours a projector audience can tell apart (Okabe–Ito, colour-blind safe), strongest first."""

SERIES_COLOURS = [
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#8C564B",  # brown
]
GRID_COLOUR = "#B0B0B0"
TEXT_COLOUR = "#202020"
MANY_COLOUR = "#4A6FA5"


def series_colour(index: int, dark: bool = False) -> str:
    """The colour of the index-th series (cycling); black becomes white on a dark ground."""
    colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
    return "#FFFFFF" if dark and colour == "#000000" else colour
REFERENCE_COLOUR = "#000000"


class Theme:
    """The colours of a chart's ground, text and grid: light for the laptop, dark for the projector."""

    def __init__(self, background: str, text: str, grid: str, many: str, reference: str):
        self.background = background
        self.text = text
        self.grid = grid
        self.many = many
        self.reference = reference


LIGHT = Theme(background="#FFFFFF", text=TEXT_COLOUR, grid=GRID_COLOUR, many=MANY_COLOUR, reference=REFERENCE_COLOUR)
# Matches the presenter window's ground (#0F1720).
DARK = Theme(background="#0F1720", text="#FFFFFF", grid="#5A6878", many="#7FA7D9", reference="#FFFFFF")
