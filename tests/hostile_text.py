"""Hostile text in every text field of an engagement, for the table-driven "text never acts" tests.

Every field holds every short payload at once (joined), so each PDF is built once with all of them
in it; a 10,000-character word goes into the long-text fields (notes, an action item, a pro, a
scoped-out reason) and a 1,000-character one into an organisation's name.
"""

from __future__ import annotations

import dataclasses

# Each payload once acted (or could act) on some output: markup and entities in reportlab, images and
# links in PDFs and Qt's rich text, formulas in spreadsheets, controls on the terminal, non-characters
# in XML, reordering in bidirectional text. Lone surrogates cannot be stored (SQLite holds UTF-8);
# the JSON import refuses them (tests/bad_input_matrix.py).
PAYLOADS: dict[str, str] = {
    "bold": "<b>fet</b>",
    "link": '<a href="file:///etc/passwd">länk</a>',
    "image": '<img src="/etc/hostname"/>',
    "font": '<font color="red" size="30">röd</font>',
    "link_tag": "<link href='file:///etc/passwd'>länk2</link>",
    "entity": "&amp; &lt; AT&T",
    "seq": "<seq id=x/> <seqreset/>",
    "para": "<para>",
    "ondraw": "<onDraw name=x>",
    "unbalanced": "Tjänst <b",
    "formula": "=1+1",
    "controls": "a\x1b]0;titel\x07b\rc\x00d\x7fe\x9bf",
    "nonchar": "x\ufffey\uffffz",
    "rtl": "abc\u202edef",
    "zero_width": "zw\u200bsp",
    "emoji": "🎉😀",
}
ALL = " ¦ ".join(PAYLOADS.values())
LONG_WORD = "Långtord" * 1250  # 10,000 characters without a break
LONG_NAME = "Kommunalförbundet" * 59  # 1,003 characters


def hostile_engagement():
    """The bundled example with every text field holding every payload (and the long words)."""
    from workshop.templates import example_engagement

    e = example_engagement()
    r = dataclasses.replace

    def t(label: str) -> str:
        return f"{label} {ALL}"

    orgs = tuple(r(o, name=f"{'=1+1 ' if i == 0 else ''}{t(f'Org{i}')}") for i, o in enumerate(e.organisations))
    orgs = orgs[:-1] + (r(orgs[-1], name=LONG_NAME),)
    joint = next(m for m in e.meetings if m.kind == "joint")
    meetings = []
    for n, m in enumerate(e.meetings):
        agenda = tuple(r(a, text=t(f"Punkt{n}.{k}"), theme_title=t("Temarubrik") if a.theme_title else "",
                         notes=t(f"Anteckning{n}.{k}") + ("\n" + LONG_WORD if k == 0 else ""))
                       for k, a in enumerate(m.agenda))
        decisions = tuple(r(d, text=t(f"Beslut{n}.{k}")) for k, d in enumerate(m.decisions))
        actions = tuple(r(a, text=(LONG_WORD if k == 0 else t(f"Åtgärd{n}.{k}")), owner=t("Ansvarig"))
                        for k, a in enumerate(m.action_items))
        meetings.append(r(m, title=t(f"Möte{n}"), place=t("Plats"), agenda=agenda, decisions=decisions,
                          action_items=actions, organisation_uids=tuple(o.uid for o in orgs)
                          if m.uid == joint.uid else m.organisation_uids))
    return r(
        e,
        info=r(e.info, title=t("Utredning"), client=t("Beställare"), facilitator=t("Utredare"),
               contact=t("Kontakt"), description=t("Bakgrund")),
        organisations=orgs,
        people=tuple(r(p, name=t(f"Person{i}"), role=t("Roll")) for i, p in enumerate(e.people)),
        groups=tuple(r(g, name=t(f"Grupp{i}")) for i, g in enumerate(e.groups)),
        areas=tuple(r(a, name=t(f"Område{i}"), sub_items=tuple(t(f"Del{i}.{k}") for k, _ in enumerate(a.sub_items)))
                    for i, a in enumerate(e.areas)),
        scoped_out=tuple(r(s, text=t(f"Avgränsning{i}"), reason=LONG_WORD if i == 0 else t("Motiv"))
                         for i, s in enumerate(e.scoped_out)),
        alternatives=tuple(r(a, name=t(f"Alternativnamn{i}"), description=t("Beskrivning"),
                             pros=(LONG_WORD,) + tuple(t(f"Fördel{i}.{k}") for k, _ in enumerate(a.pros)),
                             cons=tuple(t(f"Nackdel{i}.{k}") for k, _ in enumerate(a.cons)))
                           for i, a in enumerate(e.alternatives)),
        paths=tuple(r(p, description=t(f"Väg{i}")) for i, p in enumerate(e.paths)),
        criteria=tuple(r(c, text=t(f"Kriterium{i}")) for i, c in enumerate(e.criteria)),
        organisation_forms=tuple(r(f, name=t(f"Form{i}"), description=t("Formtext"),
                                   pros=tuple(t("Formfördel") for _ in f.pros), cons=tuple(t("Formnackdel") for _ in f.cons))
                                 for i, f in enumerate(e.organisation_forms)),
        themes=tuple(r(th, title=t(f"Tema{i}")) for i, th in enumerate(e.themes)),
        questions=tuple(r(q, text=t(f"Fråga{i}"), hint=t("Ledtråd")) for i, q in enumerate(e.questions)),
        meetings=tuple(meetings),
        # Every score given in the joint meeting, so its minutes hold every table and chart.
        potentials=tuple(r(p, rationale=t("Motivering"), meeting_uid=joint.uid) for p in e.potentials),
        votes=tuple(r(v, meeting_uid=joint.uid) for v in e.votes),
        preferences=tuple(r(p, comment=t("Kommentar")) for p in e.preferences),
    )
