"""Bad numbers and names are refused by the domain rules with a clear message."""

from __future__ import annotations

import pytest

from workshop.domain.errors import DomainError
from workshop.domain.validation import check_potential, check_unique_name, check_weights, parse_int


@pytest.mark.parametrize("text", ["abc", "12.5", "1e3", "--", "٣x"])
def test_non_numbers_are_refused(text):
    """Typed text that is not a whole number is refused, naming what was typed."""
    with pytest.raises(DomainError) as refused:
        parse_int(text, "Potential")
    assert str(refused.value) == f"Potential: “{text}” is not a whole number."


def test_empty_text_means_no_value():
    """A cleared cell is 'no value', not zero."""
    assert parse_int("  ", "Potential") is None
    assert parse_int(" 42 ", "Potential") == 42


@pytest.mark.parametrize("value", [-1, 101, 1000])
def test_potential_outside_0_100_is_refused(value):
    """Potential is 0–100; the message names the range."""
    with pytest.raises(DomainError, match="between 0 and 100"):
        check_potential(value)


def test_empty_and_duplicate_names_are_refused():
    """Organisation names must be non-empty and unique regardless of case."""
    with pytest.raises(DomainError, match="must not be empty"):
        check_unique_name("   ", [], "Organisation")
    with pytest.raises(DomainError, match="already exists"):
        check_unique_name("gislaved ", ["Gislaved"], "Organisation")
    assert check_unique_name(" Hylte ", ["Gislaved"], "Organisation") == "Hylte"


def test_weights_non_negative_and_not_all_zero():
    """Weights may not be negative, and at least one must be above zero."""
    with pytest.raises(DomainError, match="negative"):
        check_weights([1, -0.5])
    with pytest.raises(DomainError, match="above zero"):
        check_weights([0, 0, 0])
    assert check_weights([0, 2]) == [0.0, 2.0]


def test_a_new_area_is_offered_the_next_letter():
    """Adding an area offers the letter after the last one (I → J), A in an empty framework, and nothing to
    guess when the codes are not letters or Z is taken."""
    from workshop.domain.validation import next_area_code

    assert next_area_code(list("ABCDEFGHI")) == "J"
    assert next_area_code(["a", "c"]) == "D"
    assert next_area_code([]) == "A"
    assert next_area_code(["A1", "A2"]) == ""
    assert next_area_code(["Y", "Z"]) == ""


def test_lists_named_by_the_facilitator_refuse_a_name_given_twice_however_it_is_spelt():
    """Pre-study headings, plan phases, organisation forms and sub-items: the second of two names that read
    the same ("Arkitektur", " ARKITEKTUR ") is refused, naming it; different names pass, cleaned."""
    from workshop.domain.model import OrganisationForm
    from workshop.domain.plan import PlanPhase, PreStudyItem, check_plan, check_prestudy
    from workshop.domain.scope import check_forms, check_sub_items

    cases = [
        (lambda names: check_prestudy([PreStudyItem(title=n) for n in names]), "heading"),
        (lambda names: check_plan([PlanPhase(name=n) for n in names]), "phase"),
        (lambda names: check_forms([OrganisationForm(name=n) for n in names]), "organisation form"),
        (lambda names: check_sub_items(names), "sub-item"),
    ]
    for check, what in cases:
        assert len(check(["Arkitektur", "Drift "])) == 2
        with pytest.raises(DomainError) as refused:
            check(["Arkitektur", "Drift", " ARKITEKTUR "])
        assert what in str(refused.value) and "ARKITEKTUR" in str(refused.value)


def test_a_name_that_begins_with_a_nul_is_refused_as_empty_and_one_holding_it_later_is_kept():
    """The file reads a text only up to a NUL: a name beginning with one (after spaces) is empty there and is
    refused in words; a NUL inside a name is kept, as typed."""
    from workshop.domain.errors import DomainError
    from workshop.domain.validation import check_name

    for name in ("\0Gislaved", "  \0 Gislaved"):
        with pytest.raises(DomainError, match="begins with a NUL"):
            check_name(name, "The name")
    assert check_name("Gis\0laved", "The name") == "Gis\0laved"
