"""One editor per hand-built list of the framework, each pushing the session's undo commands."""

from __future__ import annotations

import dataclasses

from workshop.domain.ids import new_uid
from workshop.domain.model import AlternativePath, Organisation, OrganisationForm, Person, ScopedOutItem
from workshop.ui.session.commands import REFUSALS, EditCommand, push
from workshop.ui.session.edits import AddOrganisation, RemoveOrganisation
from workshop.ui.session.scope_edits import (
    AddPerson, OrderOrganisations, OrderPeople, RemovePerson, RenameOrganisation, SetForms, SetPaths, SetScale,
    SetScopedOut, SetSubItems, UpdatePerson,
)
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets.i18n import describe, tr
from workshop.ui.widgets.record_editor import CHOICE, LINES, TEXT, FieldSpec, Handlers, RecordEditor, whole_list


def run(session: EngagementSession, command: EditCommand) -> str:
    """Push an edit; "" when done, else why it was refused (in the interface language)."""
    try:
        push(session.undo_stack, command)
    except REFUSALS as exc:
        return describe(exc)
    return ""


def organisations(session: EngagementSession) -> RecordEditor:
    """Rename (name and short code), add, remove and reorder the organisations; renamed or moved, their scores
    stay; removed, their scores and votes go with them until Undo (as on the Engagement view)."""
    e = lambda: session.engagement  # noqa: E731

    def add(v: dict) -> str:
        return run(session, AddOrganisation(session, Organisation(name=v["name"], short_code=v["short_code"])))

    def update(old: Organisation, v: dict) -> str:
        if (v["name"], v["short_code"]) == (old.name, old.short_code):
            return ""
        return run(session, RenameOrganisation(session, old, v["name"], v["short_code"]))

    def move(old: Organisation, to: int) -> str:
        uids = [o.uid for o in e().organisations if o.uid != old.uid]
        uids.insert(to, old.uid)
        return run(session, OrderOrganisations(session, uids, tr("Move organisation {name}").format(name=old.name)))

    return RecordEditor([tr("Organisation"), tr("Short code")], lambda o: [o.name, o.short_code],
                        [FieldSpec("name", tr("&Name")), FieldSpec("short_code", tr("&Short code"))],
                        lambda o: {"name": o.name, "short_code": o.short_code},
                        Handlers(add=add, update=update, remove=lambda old: run(session, RemoveOrganisation(session, old)),
                                 move=move), name="organisations", stretch=0)


def _organisation_options(session: EngagementSession):
    return [(tr("(none)"), None)] + [(o.name, o.uid) for o in session.engagement.organisations]


def steering_group(session: EngagementSession) -> RecordEditor:
    """The steering group's members: name, role, organisation."""
    names = lambda: session.engagement.organisation_by_uid()  # noqa: E731

    def add(v: dict) -> str:
        return run(session, AddPerson(session, Person(name=v["name"], role=v["role"],
                                                      organisation_uid=v["organisation"], steering_group=True)))

    def update(old: Person, v: dict) -> str:
        new = dataclasses.replace(old, name=v["name"], role=v["role"], organisation_uid=v["organisation"])
        if new == old:
            return ""
        return run(session, UpdatePerson(session, old, new, tr("Change {name}").format(name=old.name)))

    def remove(old: Person) -> str:
        return run(session, RemovePerson(session, old))

    def move(old: Person, to: int) -> str:
        people = list(session.engagement.people)
        members = [p for p in people if p.steering_group and p.uid != old.uid]
        members.insert(to, old)
        slots = iter(members)  # the members take the steering group's places in the list of everyone, in order
        order = [next(slots).uid if p.steering_group else p.uid for p in people]
        return run(session, OrderPeople(session, order, tr("Move {name}").format(name=old.name)))

    return RecordEditor(
        [tr("Name"), tr("Role"), tr("Organisation")],
        lambda p: [p.name, p.role, names()[p.organisation_uid].name if p.organisation_uid in names() else "–"],
        [FieldSpec("name", tr("&Name")), FieldSpec("role", tr("&Role")),
         FieldSpec("organisation", tr("&Organisation"), CHOICE, lambda: _organisation_options(session))],
        lambda p: {"name": p.name, "role": p.role, "organisation": p.organisation_uid},
        Handlers(add=add, update=update, remove=remove, move=move), name="steering")


def scoped_out(session: EngagementSession) -> RecordEditor:
    """What is left out of the collaboration, each with its reason."""
    def build(v: dict, old: ScopedOutItem | None) -> ScopedOutItem:
        return ScopedOutItem(text=v["text"], reason=v["reason"], uid=old.uid if old else new_uid())

    def commit(items: tuple, text: str) -> str:
        return run(session, SetScopedOut(session, session.engagement.scoped_out, items, text))

    return RecordEditor([tr("Left out"), tr("Reason")], lambda s: [s.text, s.reason],
                        [FieldSpec("text", tr("&Left out")), FieldSpec("reason", tr("&Reason"), TEXT)],
                        lambda s: {"text": s.text, "reason": s.reason},
                        whole_list(lambda: session.engagement.scoped_out, build, commit, lambda s: s.text),
                        name="scopedOut")


def sub_items(session: EngagementSession, area_code) -> RecordEditor:
    """The sub-items of the area `area_code()` names."""
    def area():
        return next((a for a in session.engagement.areas if a.code == area_code()), None)

    def commit(items: tuple, text: str) -> str:
        current = area()
        if current is None:
            return tr("Choose an area first.")
        return run(session, SetSubItems(session, current, items, text))

    return RecordEditor([tr("Sub-item")], lambda t: [t], [FieldSpec("text", tr("&Sub-item"))],
                        lambda t: {"text": t},
                        whole_list(lambda: area().sub_items if area() else (), lambda v, old: v["text"], commit,
                                   lambda t: t), name="subItems")


def _path_end(code: str | None, start: bool) -> str:
    if code is None:
        return tr("Now") if start else tr("External solution")
    return code


def paths(session: EngagementSession) -> RecordEditor:
    """The paths between alternatives: from (or now), to (or an external solution), what it means."""
    def options(start: bool):
        return [(_path_end(None, start), None)] + [(a.code, a.code) for a in session.engagement.alternatives]

    def build(v: dict, old: AlternativePath | None) -> AlternativePath:
        return AlternativePath(from_code=v["from"], to_code=v["to"], description=v["description"],
                               uid=old.uid if old else new_uid())

    def commit(items: tuple, text: str) -> str:
        return run(session, SetPaths(session, session.engagement.paths, items, text))

    name = lambda p: f"{_path_end(p.from_code, True)} → {_path_end(p.to_code, False)}"  # noqa: E731
    return RecordEditor([tr("From"), tr("To"), tr("What it means")],
                        lambda p: [_path_end(p.from_code, True), _path_end(p.to_code, False), p.description],
                        [FieldSpec("from", tr("F&rom"), CHOICE, lambda: options(True)),
                         FieldSpec("to", tr("&To"), CHOICE, lambda: options(False)),
                         FieldSpec("description", tr("&What it means"), TEXT)],
                        lambda p: {"from": p.from_code, "to": p.to_code, "description": p.description},
                        whole_list(lambda: session.engagement.paths, build, commit,
                                   lambda p: tr("path {name}").format(name=name(p))), name="paths")


def forms(session: EngagementSession) -> RecordEditor:
    """The organisation forms with their pros and cons."""
    def build(v: dict, old: OrganisationForm | None) -> OrganisationForm:
        return OrganisationForm(name=v["name"], description=v["description"], pros=v["pros"], cons=v["cons"],
                                uid=old.uid if old else new_uid())

    def commit(items: tuple, text: str) -> str:
        return run(session, SetForms(session, session.engagement.organisation_forms, items, text))

    return RecordEditor([tr("Organisation form"), tr("Pros"), tr("Cons")],
                        lambda f: [f.name, str(len(f.pros)), str(len(f.cons))],
                        [FieldSpec("name", tr("&Name")), FieldSpec("description", tr("&Description"), TEXT),
                         FieldSpec("pros", tr("&Pros"), LINES), FieldSpec("cons", tr("&Cons"), LINES)],
                        lambda f: {"name": f.name, "description": f.description, "pros": f.pros, "cons": f.cons},
                        whole_list(lambda: session.engagement.organisation_forms, build, commit, lambda f: f.name),
                        name="forms")


def scales(session: EngagementSession) -> RecordEditor:
    """Each criterion's own scale (e.g. 1–5 where the others run 1–4)."""
    def update(old, v: dict) -> str:
        try:
            low, high = int(str(v["low"]).strip()), int(str(v["high"]).strip())
        except ValueError:
            return tr("A scale runs between two whole numbers, e.g. 1 and 4.")
        if (low, high) == (old.scale_min, old.scale_max):
            return ""
        return run(session, SetScale(session, old, low, high))

    return RecordEditor([tr("No."), tr("Criterion"), tr("Scale")],
                        lambda c: [str(c.number), c.text, f"{c.scale_min}–{c.scale_max}"],
                        [FieldSpec("low", tr("&Lowest")), FieldSpec("high", tr("Hi&ghest (best)"))],
                        lambda c: {"low": str(c.scale_min), "high": str(c.scale_max)},
                        Handlers(update=update), name="scales", stretch=1)
