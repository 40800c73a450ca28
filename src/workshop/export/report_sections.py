"""The sections of the engagement report, each a list of flowables (numbers from the domain)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workshop.domain.criteria import AlternativeResult, agreed_grid, alternative_results
from workshop.domain.engagement import Engagement
from workshop.domain.numbers import nice_step
from workshop.domain.potential import coverage_share, group_potentials, missing_potentials
from workshop.domain.progress import is_held, progress
from workshop.domain.summary import NAMED_AT_MOST, without_preference
from workshop.export import pdf_charts, report_closing
from workshop.export.common import fmt_number, fmt_share, kind_label, meeting_date, organisation_names
from workshop.export.labels import counted, gap_words, join_names
from workshop.export.minutes import bullets
from workshop.export.paragraph import Paragraph
from workshop.export.pdf_tables import CELL_PADDING
from workshop.export.score_tables import organisation_list, potential_table, radar_series, scorers
from workshop.export.styles import TEXT_WIDTH, data_table, heading
from workshop.export.text import para
from workshop.domain.vocabulary import MeetingKind, MeetingStatus


def sum_text(value: float | None, result: AlternativeResult, lab: Mapping[str, str]) -> str:
    """A sum as the tables print it: "14 (5 av 7)" while only some criteria have an agreed score (it adds those
    alone), so a partial sum does not read as the whole."""
    text = fmt_number(value, lab)
    if value is None or result.complete:
        return text
    return lab["partial_sum"].format(sum=text, n=result.scored, total=len(result.scores))


def partial_results(results: list[AlternativeResult]) -> list[AlternativeResult]:
    """The alternatives with some agreed scores but not one on every criterion: their sums are partial."""
    return [r for r in results if r.sum is not None and not r.complete]


def column_width(style, text: str) -> float:
    """The width of a table column that holds `text` on one line in `style`."""
    return stringWidth(text, style.fontName, style.fontSize) + 2 * CELL_PADDING + 1


class FigureRegistry:
    """Charts in the order the body first refers to them: "Bild 1…N", drawn in the appendix."""

    def __init__(self, lab: Mapping[str, str]):
        self.lab = lab
        self.items: list[tuple[str, Callable[[], Flowable]]] = []

    def ref(self, caption: str, draw: Callable[[], Flowable]) -> str:
        """Register a chart; returns the body's reference text, e.g. 'se bild 3'."""
        return self.refs((caption, draw))

    def refs(self, *charts: tuple[str, Callable[[], Flowable]]) -> str:
        """Register charts (caption, draw) referred to together: 'se bild 4 och 5', not 'se bild 4, se bild 5'."""
        self.items.extend(charts)
        numbers = [str(n) for n in range(len(self.items) - len(charts) + 1, len(self.items) + 1)]
        if len(numbers) == 1:
            return self.lab["see_figure"].format(n=numbers[0])
        return self.lab["see_figures"].format(numbers=join_names(numbers, self.lab))

    def appendix(self, st) -> list[Flowable]:
        """Every chart with its numbered caption."""
        out: list[Flowable] = []
        for n, (caption, draw) in enumerate(self.items, 1):
            label = self.lab["figure"].format(n=n)
            out.append(KeepTogether([Spacer(1, 4 * mm), draw(),
                                     Paragraph(f"<b>{para(label)}.</b> {para(caption)}", st["caption"])]))
        return out


class Sections:
    """Builds the report's sections; one instance per report."""

    def __init__(self, e: Engagement, lab: Mapping[str, str], st, figs: FigureRegistry):
        self.e, self.lab, self.st, self.figs = e, lab, st, figs
        self.grid = agreed_grid(e.alternatives, e.criteria, e.organisations, e.votes, e.agreed_scores)
        self.results = alternative_results(e.alternatives, e.criteria, self.grid)

    # Helpers -------------------------------------------------------------
    def h(self, text: str, level: int) -> Paragraph:
        return heading(text, self.st[f"h{level + 1}"], level)

    def sub(self, text: str) -> Paragraph:
        """An unnumbered sub-heading (not in the contents)."""
        return heading(text, self.st["h3"], None)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(para(text), self.st[style])

    def alt_title(self, code: str) -> str:
        alt = next((a for a in self.e.alternatives if a.code == code), None)
        name = f" – {alt.name}" if alt and alt.name else ""
        return f"{self.lab['alternative']} {code}{name}"

    # 1 Introduction ------------------------------------------------------
    def introduction(self) -> list[Flowable]:
        e, lab = self.e, self.lab
        out: list[Flowable] = [self.h(f"1. {lab['introduction']}", 0)]
        background = bool(e.info.description.strip())
        if background:
            out += [self.h(f"1.1 {lab['background']}", 1), self.p(e.info.description)]
        # With no background the method is 1.1: the contents had gone from "1. Inledning" to "1.2".
        out.append(self.h(f"1.{1 + background} {lab['method']}", 1))
        # Only meetings held (domain/progress.py, as the cover counts them) count; running and planned ones are
        # named apart. A running meeting had counted as held here while the cover said it was not.
        held, state = [m for m in e.meetings if is_held(m)], progress(e)
        kinds = [m.kind for m in held]
        if not held:  # not "Arbetet har bedrivits … Totalt har 0 möten genomförts"; "Därutöver" nothing
            rest = [counted(lab, key, n) for key, n in (("running_only", state.running),
                                                        ("planned_only", state.planned)) if n]
            out.append(self.p(" ".join([lab["method_none_held"], *rest])))
        else:
            rest = [counted(lab, key, n) for key, n in (("running_not_held", state.running),
                                                        ("planned_not_held", state.planned)) if n]
            out.append(self.p(" ".join([lab["method_text"].format(
                meetings=counted(lab, "held_meetings", len(kinds)),
                joint=counted(lab, "held_joint", kinds.count(MeetingKind.JOINT)),
                steering=counted(lab, "held_steering", kinds.count(MeetingKind.STEERING))), *rest])))
        rows = [[o.name, o.short_code, str(sum(1 for m in held if o.uid in m.organisation_uids))]
                for o in e.organisations]
        out.append(self.sub(lab["participants_table"]))
        # An empty section says so: a table of headers alone had stood under a heading, saying nothing.
        out.append(data_table(self.st, [lab["organisation"], lab["code"], lab["meetings_attended"]], rows,
                              [90 * mm, 30 * mm, 30 * mm], right=[2]) if rows
                   else self.p(lab["no_organisations"], "muted"))
        out += report_closing.steering_group(self)
        if held:
            rows = [[meeting_date(m), m.title, kind_label(m, lab),
                     organisation_list(lab, organisation_names(e, m.organisation_uids), len(e.organisations))]
                    for m in held]
            out += [self.sub(lab["meetings_held"]),
                    data_table(self.st, [lab["date"], lab["meeting"], lab["meeting_kind"], lab["organisations"]], rows,
                               [22 * mm, 60 * mm, 38 * mm, 46 * mm])]
        return out

    # 2 Current state and potential ----------------------------------------
    def current_state(self) -> list[Flowable]:
        e, lab, st = self.e, self.lab, self.st
        out: list[Flowable] = [self.h(f"2. {lab['current_state']}", 0), self.h(f"2.1 {lab['areas_groups']}", 1)]
        group_names = {g.code: g.name for g in e.groups}
        rows = []
        for a in e.areas:
            subs = "".join(f"\n   {i}. {s}" for i, s in enumerate(a.sub_items, 1))
            rows.append([f"{a.code}. {a.name}{subs}", group_names.get(a.group_code, a.group_code)])
        if rows:
            out += [self.p(lab["areas_intro"], "lead"), data_table(st, [lab["area"], lab["group"]], rows,
                                                                  [116 * mm, 50 * mm])]
        else:  # "…into the following areas and groups:" had introduced a table of headers alone
            out.append(self.p(lab["no_areas"], "muted"))
        out.append(self.h(f"2.2 {lab['scoped_out']}", 1))
        if e.scoped_out:
            out.append(self.p(lab["scoped_out_intro"], "lead"))  # "…samverka kring:" stays with its table
            out.append(data_table(st, [lab["scoped_out"], lab["reason"]], [[s.text, s.reason] for s in e.scoped_out],
                                  [66 * mm, 100 * mm]))
        else:
            out.append(self.p(lab["no_scoped_out"], "muted"))
        out += self.potential()
        return out

    def potential(self) -> list[Flowable]:
        e, lab, st = self.e, self.lab, self.st
        groups = group_potentials(e.groups, e.areas, e.potentials)
        ref_bars = self.figs.ref(lab["fig_group_potential"], lambda: pdf_charts.grouped_bars(
            [g.name for g in groups],
            [(lab["potential"], [g.potential_share for g in groups]), (lab["today"], [g.today_share for g in groups])],
            value_max=1, value_step=0.2, percent=True, decimal_mark=lab["decimal_mark"], empty=lab["chart_empty"],
            codes=[g.code for g in groups]))
        orgs = list(e.organisations)
        value = {(p.organisation_uid, p.area_code): p.value for p in e.potentials}
        series, of_median = radar_series(lab, e.areas, orgs, value)
        caption = (lab["fig_potential_radar_median"].format(n=len(scorers(e.areas, orgs, value))) if of_median
                   else lab["fig_potential_radar"])  # of those it is taken over, as its legend says
        ref_radar = self.figs.ref(caption, lambda: pdf_charts.radar(
            [a.code for a in e.areas], series, decimal_mark=lab["decimal_mark"], empty=lab["chart_empty"],
            names=[a.name for a in e.areas], gap_words=gap_words(lab), references=[0] if of_median else []))
        missing = missing_potentials([o.uid for o in orgs], e.areas, e.potentials)
        # Before any score the section had said "Varje organisation har bedömt…" over columns of dashes; it says
        # none is given yet, and that the scores given so far are not all there is.
        given = len(orgs) * len(e.areas) - len(missing)
        text = "potential_text_none" if not given else "potential_text_partial" if missing else "potential_text"
        out: list[Flowable] = [self.h(f"2.3 {lab['potential_title']}", 1),
                               self.p(lab[text].format(ref=ref_bars), "lead")]
        out += self._group_table(groups, given)
        out += [Spacer(1, 3 * mm), self.sub(lab["potential_per_org"])]
        if not (e.areas and orgs):  # a table of a lone "Summa –" had stood here
            out += [self.p(f"{lab['potential_per_org']} ({ref_radar}).", "lead"),
                    self.p(lab["no_areas" if not e.areas else "no_organisations"], "muted")]
        elif not given:  # not a table of dashes and "Saknade bedömningar: 45."
            out.append(self.p(lab["no_potentials_ref"].format(ref=ref_radar), "muted"))
        else:
            out.append(self.p(f"{lab['potential_per_org']} ({ref_radar}).", "lead"))  # stays with its table
            out += potential_table(st, lab, e.areas, orgs, value, sums=True)
            if missing:
                out.append(self.p(lab["missing_scores"].format(count=len(missing)), "muted"))
        return out

    def _group_table(self, groups, given: int) -> list[Flowable]:
        """Each group's areas, potential share and share of today's spend; before any score, the areas and
        today's shares alone (nothing at all when no group has one)."""
        e, lab = self.e, self.lab
        if not groups:
            return [self.p(lab["no_groups"], "muted")]
        if not given and all(g.today_share is None for g in groups):
            return []
        rows = []
        for g in groups:
            codes = [a.code for a in e.areas if a.group_code == g.code]
            shares = [g.potential_share, g.today_share] if given else [g.today_share]
            rows.append([g.name, ", ".join(codes) if codes else "–", *map(fmt_share, shares)])
        if given:
            return [data_table(self.st, [lab["group"], lab["area"], lab["potential"], lab["today"]], rows,
                               [70 * mm, 40 * mm, 28 * mm, 28 * mm], right=[2, 3])]
        return [data_table(self.st, [lab["group"], lab["area"], lab["today"]], rows, [70 * mm, 68 * mm, 28 * mm],
                           right=[2])]

    # 3 Analysis ---------------------------------------------------------
    def criteria(self) -> list[Flowable]:
        e, lab = self.e, self.lab
        out: list[Flowable] = [self.h(f"3. {lab['analysis']}", 0), self.h(f"3.1 {lab['criteria']}", 1)]
        if not e.criteria:
            return out + [self.p(lab["no_criteria"], "muted")]
        out.append(self.p(self._criteria_intro(), "lead"))
        weighted = any(c.weight != 1 for c in e.criteria)
        rows = [[str(c.number), c.text, f"{c.scale_min}–{c.scale_max}"] + ([fmt_number(c.weight, lab)] if weighted else [])
                for c in e.criteria]
        header = ["", lab["criterion"], lab["scale"]] + ([lab["weight"]] if weighted else [])
        out.append(data_table(self.st, header, rows, [10 * mm, 120 * mm, 18 * mm] + ([18 * mm] if weighted else []),
                              right=[0]))
        return out

    def _criteria_intro(self) -> str:
        """The words over the criteria: scored on them (every alternative on every criterion), being scored (how
        many are done), or to be scored (no score yet). Before any vote it had said "Alternativen har värderats"."""
        lab, results = self.lab, self.results
        if not any(r.sum is not None for r in results):
            return lab["criteria_intro_none"]
        done = sum(1 for r in results if r.complete)
        if done == len(results):
            return lab["criteria_intro"]
        return counted(lab, "criteria_intro_partial", done, total=str(len(results)))

    def _partial_caption(self, caption: str, drawn: set[str] | None = None) -> str:
        """A caption of a picture drawing the criteria sums, with how many criteria each sum of an alternative not
        yet scored on all adds ("… (S: 3 av 7 kriterier)"): a partial sum looks like a low whole one. `drawn`: the
        alternatives the picture shows, when not all (a point needs a potential too)."""
        lab = self.lab
        partial = [r for r in partial_results(self.results) if drawn is None or r.code in drawn]
        if not partial:
            return caption
        return lab["fig_sums_partial"].format(caption=caption, partial="; ".join(lab["criteria_scored"].format(
            code=r.code, n=r.scored, total=len(r.scores)) for r in partial))

    def coverage(self) -> list[Flowable]:
        e, lab = self.e, self.lab
        shares = {a.code: coverage_share(a.area_codes, e.areas, e.potentials) for a in e.alternatives}
        sums = {r.code: r.weighted_sum for r in self.results}
        drawn = {a.code for a in e.alternatives if shares[a.code] is not None and sums[a.code] is not None}
        ref = self.figs.ref(self._partial_caption(lab["fig_coverage"], drawn), lambda: pdf_charts.scatter(
            [(a.code, shares[a.code], sums[a.code]) for a in e.alternatives if a.code in drawn],  # what is known
            lab["coverage_share"], lab["sum"], decimal_mark=lab["decimal_mark"], empty=lab["chart_empty"]))
        out: list[Flowable] = []
        if not e.alternatives:
            return [self.h(f"3.2 {lab['coverage']}", 1), self.p(lab["no_alternatives_ref"].format(ref=ref), "muted")]
        codes = [a.code for a in e.areas]
        rows = [[a.code] + ["●" if c in a.area_codes else "" for c in codes] + [fmt_share(shares[a.code])]
                for a in e.alternatives]
        w = max(7 * mm, min(10 * mm, (TEXT_WIDTH - 52 * mm) / max(1, len(codes))))  # more areas: split by columns
        table = data_table(self.st, [lab["alternative"]] + codes + [lab["coverage_share"]], rows,
                           [26 * mm] + [w] * len(codes) + [26 * mm], right=[len(codes) + 1])
        # The heading and the sentence keep to the table's start (the whole of it when it is short).
        out += [self.h(f"3.2 {lab['coverage']}", 1), self.p(lab["coverage_text"].format(ref=ref), "lead"), table]
        return out

    def alternatives(self) -> list[Flowable]:
        e, lab = self.e, self.lab
        out: list[Flowable] = [self.h(f"3.3 {lab['alternatives']}", 1)]
        if not e.alternatives:
            out.append(self.p(lab["no_alternatives"], "muted"))
        for n, alt in enumerate(e.alternatives, 1):
            out.append(self.h(f"3.3.{n} {self.alt_title(alt.code)}", 2))
            if alt.description.strip():
                out.append(self.p(alt.description))
            for key, points in (("pros", alt.pros), ("cons", alt.cons)):
                out.append(Paragraph(f"{para(lab[key])}:", self.st["label"]))
                out.append(bullets(points, self.st["bullet"]) if points else self.p(lab["no_points"], "muted"))
            result = next(r for r in self.results if r.code == alt.code)
            name = f"{lab['alternative']} {alt.code}"
            title = Paragraph(para(lab['valuation'].format(name=name)), self.st["label"])  # keeps to its table
            if result.sum is None:  # a table of dashes summing to "–" had stood here
                out += [title, self.p(lab["no_scores_yet"], "muted")]
                continue
            rows = [[f"{c.number}. {c.text}", fmt_number(s, lab)] for c, s in zip(e.criteria, result.scores)]
            rows.append([lab["sum"], sum_text(result.sum, result, lab)])
            out += [title, data_table(self.st, [lab["criterion"], lab["score"]], rows, [140 * mm, 26 * mm], right=[1],
                                      bold_last=True)]
        return out

    def overall(self, robustness_text: str | None) -> list[Flowable]:
        e, lab = self.e, self.lab
        results = self.results
        crit_labels = [str(c.number) for c in e.criteria]
        partial = partial_results(results)
        sums_caption = self._partial_caption(lab["fig_sums"])  # its bars' sums too
        ref = self.figs.refs(
            (lab["fig_criteria"], lambda: pdf_charts.grouped_bars(  # numbers under the bars, wording in a key
                [c.text for c in e.criteria], [(r.code, list(r.scores)) for r in results],
                value_max=max((c.scale_max for c in e.criteria), default=4), value_step=1,
                decimal_mark=lab["decimal_mark"], empty=lab["chart_empty"], codes=crit_labels)),
            (sums_caption, lambda: pdf_charts.grouped_bars(
                [r.code for r in results], [(lab["sum"], [r.sum for r in results])], decimal_mark=lab["decimal_mark"],
                empty=lab["chart_empty"])))
        out: list[Flowable] = [self.h(f"3.4 {lab['overall_valuation']}", 1)]
        if not results:
            return out + [self.p(lab["no_alternatives_ref"].format(ref=ref), "muted")]
        if not any(r.sum is not None for r in results):  # not a table of dashes "ranked" –
            out.append(self.p(lab["no_scores_ref"].format(ref=ref), "muted"))
            return out + ([self.h(f"3.5 {lab['robustness']}", 1), self.p(robustness_text)] if robustness_text else [])
        out.append(self.p(lab["overall_text"].format(ref=ref), "lead"))  # with its table
        weighted = any(c.weight != 1 for c in e.criteria)
        sums = [[sum_text(r.sum, r, lab)] + ([sum_text(None if r.weighted_sum is None else round(r.weighted_sum, 2),
                                                       r, lab)] if weighted else []) for r in results]
        rows = [[r.code] + [fmt_number(s, lab) for s in r.scores] + total + [fmt_number(r.rank, lab)]
                for r, total in zip(results, sums)]
        header = [lab["alternative"]] + crit_labels + [lab["sum"]] + ([lab["weighted_sum"]] if weighted else []) + [lab["rank"]]
        extra = 1 + (1 if weighted else 0) + 1
        wide = max([18 * mm] + [column_width(self.st["cell"], text) for row in sums for text in row])  # "14 (5 av 7)"
        w = max(12.5 * mm, (TEXT_WIDTH - 48 * mm - (extra - 1) * wide) / max(1, len(crit_labels)))  # or split
        out.append(data_table(self.st, header, rows, [30 * mm] + [w] * len(crit_labels) + [wide] * (extra - 1)
                              + [18 * mm], right=range(1, len(header))))
        if partial:  # the dashes showed what was missing, but the sum read as complete and was ranked
            out.append(self.p(counted(lab, "partial_note", len(partial), alternatives=join_names(
                [f"{lab['alternative']} {r.code}" for r in partial], lab)), "muted"))
        out.append(self.p(lab["median_note"], "muted"))
        if robustness_text:
            out += [self.h(f"3.5 {lab['robustness']}", 1), self.p(robustness_text)]
        return out

    def paths_and_forms(self) -> list[Flowable]:
        e, lab = self.e, self.lab
        out: list[Flowable] = []
        if e.paths:
            out.append(self.h(f"3.6 {lab['paths']}", 1))
            for path in e.paths:
                src = lab["now"] if path.from_code is None else f"{lab['alternative']} {path.from_code}"
                dst = lab["external"] if path.to_code is None else f"{lab['alternative']} {path.to_code}"
                out.append(Paragraph(f"<b>{para(src)} → {para(dst)}</b>", self.st["h3"]))
                if path.description.strip():
                    out.append(self.p(path.description))
        if e.organisation_forms:
            out.append(self.h(f"3.7 {lab['organisation_forms']}", 1))
            for form in e.organisation_forms:
                out.append(Paragraph(f"<b>{para(form.name)}</b>", self.st["h3"]))
                if form.description.strip():
                    out.append(self.p(form.description))
                for key, points in (("pros", form.pros), ("cons", form.cons)):
                    if points:
                        out += [Paragraph(f"{para(lab[key])}:", self.st["label"]),
                                bullets(points, self.st["bullet"])]
        return out

    # 4 Recommendation -----------------------------------------------------
    def recommendation(self) -> list[Flowable]:
        e, lab = self.e, self.lab
        counts = {a.code: 0 for a in e.alternatives}
        for p in e.preferences:
            counts[p.alternative_code] = counts.get(p.alternative_code, 0) + 1
        # Before any preference there is nothing to count: the chart says so (it had drawn a row of noughts).
        stated = [n if e.preferences else None for n in counts.values()]
        ref = self.figs.ref(lab["fig_preferences"], lambda: pdf_charts.grouped_bars(
            list(counts), [(lab["preferred"], stated)],
            value_step=max(1, int(nice_step(max(counts.values(), default=0)))),  # whole organisations
            decimal_mark=lab["decimal_mark"], empty=lab["chart_no_preferences"]))
        out: list[Flowable] = [self.h(f"4. {lab['recommendation']}", 0), self.h(f"4.1 {lab['choice']}", 1),
                               self.sub(lab["preferences"])]
        if not e.preferences:
            out.append(self.p(lab["no_preferences"], "muted"))
        else:
            unstated = [o.name for o in without_preference(e.organisations, e.preferences)]
            total = len(e.organisations)
            lead = (counted(lab, "preferences_text_partial", total - len(unstated), total=str(total), ref=ref)
                    if unstated else lab["preferences_text"].format(ref=ref))  # "each stated" only when each has
            out.append(self.p(lead, "lead"))  # with its table
            orgs = e.organisation_by_uid()
            rows = [[orgs[p.organisation_uid].name if p.organisation_uid in orgs else "–", p.alternative_code, p.comment]
                    for p in e.preferences]
            out.append(data_table(self.st, [lab["organisation"], lab["preferred"], lab["comment"]], rows,
                                  [40 * mm, 30 * mm, 96 * mm]))
            for code in counts:
                names = [orgs[p.organisation_uid].name for p in e.preferences
                         if p.alternative_code == code and p.organisation_uid in orgs]
                alt = f"{lab['alternative']} {code}"
                if len(names) > NAMED_AT_MOST:  # the table names them; a sentence of 290 names said nothing
                    # Out of every organisation, as the lead counts: "7 of 7" had left out the one not stated.
                    out.append(self.p(lab["preference_count"].format(n=len(names), total=total, alt=alt)))
                elif names:
                    out.append(self.p(counted(lab, "preference_summary", len(names), orgs=join_names(names, lab),
                                              alt=alt)))
            # Who is still to say (the Potential and Voting views name them too): the table had left them out.
            if len(unstated) > NAMED_AT_MOST:
                out.append(self.p(lab["preference_missing_count"].format(n=len(unstated), total=total)))
            elif unstated:
                out.append(self.p(counted(lab, "preference_missing", len(unstated),
                                          orgs=join_names(unstated, lab))))
        out += report_closing.recommended(self, "4.1")
        number = 2
        # A meeting not held yet decided nothing: decisions typed ahead of it are proposals, not the joint word.
        decided = [m for m in e.meetings if m.kind in (MeetingKind.JOINT, MeetingKind.STEERING) and m.decisions
                   and m.status != MeetingStatus.PLANNED]
        if decided:
            out.append(self.h(f"4.{number} {lab['joint_decisions']}", 1))
            number += 1
            for m in decided:  # a running meeting's decisions are taken in the room, but more may follow
                running = f" {para(lab['meeting_under_way'])}" if m.status == MeetingStatus.RUNNING else ""
                out.append(Paragraph(f"<b>{para(meeting_date(m))} {para(m.title)}</b>{running}", self.st["h3"]))
                out.append(bullets([d.text for d in m.decisions], self.st["bullet"]))
        # The pre-study and the plan close the report, as in the investigation's own (its 4.2 and 4.3).
        out += report_closing.prestudy(self, f"4.{number}")
        out += report_closing.plan(self, f"4.{number + bool(e.prestudy)}")
        return out
