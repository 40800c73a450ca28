"""The views the navigation list shows, registered in one place.

Each entry: a key, a translatable title, and a factory taking the session
and the ViewContext (what views share besides the session). Later views add
a line here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from workshop.ui.session.presenter_channel import PresenterChannel
from workshop.ui.session.session import EngagementSession


@dataclass(frozen=True)
class ViewContext:
    """What every view may use besides the session."""

    presenter: PresenterChannel
    actions: Mapping[str, QAction] = field(default_factory=dict)  # the window's actions by id
    show_results: Callable[..., None] | None = None  # a room round's results on the projector (the window's)


@dataclass(frozen=True)
class ViewSpec:
    """One entry of the navigation list."""

    key: str
    title: str  # translated in context "Views"
    factory: Callable[[EngagementSession, ViewContext], QWidget]


def _engagement(session, context):
    from workshop.ui.engagement.view import EngagementView

    return EngagementView(session)


def _potential(session, context):
    from workshop.ui.potential.view import PotentialView

    return PotentialView(session, context.presenter)


def _catalogue(session, context):
    from workshop.ui.catalogue.view import CatalogueView

    return CatalogueView(session)


def _meetings(session, context):
    from workshop.ui.meetings.view import MeetingsView

    view = MeetingsView(session, context.presenter)
    view.runner.ended.connect(lambda uid: offer_minutes(view, session, context, uid))
    return view


def offer_minutes(parent: QWidget, session, context, meeting_uid: str) -> bool:
    """After a meeting ends: offer to export its minutes now (File → Export → Minutes, for that meeting)."""
    from workshop.ui.widgets import dialogs
    from workshop.ui.widgets.i18n import tr

    action = context.actions.get("export_minutes")
    meeting = next((m for m in session.engagement.meetings if m.uid == meeting_uid), None)
    if action is None or meeting is None:
        return False
    if not dialogs.ask_yes_no(parent, tr("Meeting ended"),
                              tr("“{title}” has ended. Export its minutes now?").format(title=meeting.title)):
        return False
    action.setData(meeting_uid)  # the export asks where to save, not which meeting
    action.trigger()
    return True


def _report(session, context):
    from workshop.ui.report.view import ReportView

    return ReportView(session, context.actions)


def _alternatives(session, context):
    from workshop.ui.alternatives.view import AlternativesView

    return AlternativesView(session, context.presenter)


def _room(session, context):
    from workshop.ui.room.view import RoomView

    return RoomView(session, context.presenter, show_results=context.show_results)


def _people(session, context):
    from workshop.ui.people.view import PeopleView

    return PeopleView(session)


def _framework(session, context):
    from workshop.ui.framework.view import FrameworkView

    return FrameworkView(session)


def _closing(session, context):
    from workshop.ui.closing.view import ClosingView

    return ClosingView(session)


def _history(session, context):
    from workshop.ui.history.view import HistoryView

    return HistoryView(session)


VIEWS: list[ViewSpec] = [
    ViewSpec("engagement", QT_TRANSLATE_NOOP("Views", "Engagement"), _engagement),
    ViewSpec("potential", QT_TRANSLATE_NOOP("Views", "Potential"), _potential),
    ViewSpec("alternatives", QT_TRANSLATE_NOOP("Views", "Alternatives & Criteria"), _alternatives),
    ViewSpec("catalogue", QT_TRANSLATE_NOOP("Views", "Catalogue"), _catalogue),
    ViewSpec("meetings", QT_TRANSLATE_NOOP("Views", "Meetings"), _meetings),
    ViewSpec("report", QT_TRANSLATE_NOOP("Views", "Report"), _report),
    ViewSpec("room", QT_TRANSLATE_NOOP("Views", "Room voting"), _room),
    ViewSpec("people", QT_TRANSLATE_NOOP("Views", "People"), _people),
    ViewSpec("framework", QT_TRANSLATE_NOOP("Views", "Framework"), _framework),
    ViewSpec("history", QT_TRANSLATE_NOOP("Views", "Organisations over time"), _history),
    ViewSpec("closing", QT_TRANSLATE_NOOP("Views", "Recommendation & plan"), _closing),
]

# Navigation order, as the facilitator works through an investigation.
ORDER = ["engagement", "framework", "catalogue", "meetings", "potential", "alternatives", "room", "history",
         "closing", "report", "people"]


def ordered_views() -> list[ViewSpec]:
    """The registered views in navigation order."""
    return sorted(VIEWS, key=lambda v: ORDER.index(v.key) if v.key in ORDER else len(ORDER))
