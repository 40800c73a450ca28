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


def series_colour(index: int) -> str:
    """The colour of the index-th series (cycling)."""
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]
