"""Colours a projector audience can tell apart (Okabe–Ito, then Paul Tol's muted set: colour-blind safe),
strongest first, and a marker shape per series as a second cue (12 organisations stay distinct even for
a viewer who cannot tell two of the colours apart)."""

SERIES_COLOURS = [
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#332288",  # indigo (black had been the agreed line's colour: on the projector both were white)
    "#8C564B",  # brown
    "#882255",  # wine
    "#999933",  # olive
    "#AA4499",  # purple
    "#44AA99",  # teal
]
# pyqtgraph symbol names: circle, square, triangle, diamond, star, pentagon, hexagon, triangles pointing
# left/right/down, plus, cross. The twelve colours and twelve shapes pair one to one.
SERIES_MARKERS = ["o", "s", "t1", "d", "star", "p", "h", "t", "t3", "t2", "+", "x"]
GRID_COLOUR = "#B0B0B0"
TEXT_COLOUR = "#202020"
MANY_COLOUR = "#4A6FA5"


def series_marker(index: int) -> str:
    """The marker shape of the index-th series (cycling)."""
    return SERIES_MARKERS[index % len(SERIES_MARKERS)]


# On the projector's dark ground the darkest colours are lightened to what can be seen from the back.
_ON_DARK = {"#332288": "#A59BE8", "#882255": "#D46A9C"}


def series_colour(index: int, dark: bool = False) -> str:
    """The colour of the index-th series (cycling), lighter on a dark ground where it would sink; never the
    agreed or median line's black (white on the projector)."""
    colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
    return _ON_DARK.get(colour, colour) if dark else colour
REFERENCE_COLOUR = "#000000"


class Theme:
    """The colours of a chart's ground, text and grid: light for the laptop, dark for the projector."""

    def __init__(self, background: str, text: str, grid: str, many: str, reference: str, line_scale: float = 1.0,
                 marker_size: float = 8.0, muted: str = ""):
        self.background = background
        self.text = text
        self.grid = grid
        # Text that is secondary but must still be read (a radar's ring values): at least 4.5:1 on the ground,
        # where the grid's colour is meant to recede (3.2:1 on the projector, 2.1:1 on white).
        self.muted = muted or text
        self.many = many
        self.reference = reference
        self.line_scale = line_scale  # series' line widths are multiplied by this
        self.marker_size = marker_size  # px across a marker at each data point


LIGHT = Theme(background="#FFFFFF", text=TEXT_COLOUR, grid=GRID_COLOUR, many=MANY_COLOUR, reference=REFERENCE_COLOUR,
              muted="#5F5F5F")
# Matches the presenter window's ground (#0F1720). Lines at least 4 px and 16 px markers: seen from the
# back of a room on a 1080p projector.
DARK = Theme(background="#0F1720", text="#FFFFFF", grid="#5A6878", many="#7FA7D9", reference="#FFFFFF",
             line_scale=1.7, marker_size=16.0, muted="#B4BEC9")
