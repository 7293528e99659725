"""Trip spans and date phrases: rules drawn from the new development reports (session 20, nd-span).

Every text is made up (invented names and places where possible).
"""

from __future__ import annotations

import pytest

from timeline.extract import extract_text
from timeline.model import DateSpan


def _nd_spans(text: str) -> list[tuple[str, str, str]]:
    """Each trip's traveller, first and last day, of a report given whole."""
    doc = extract_text(text)
    return [(t.person.name, str(t.start), str(t.end)) for t in doc.trips]


@pytest.mark.parametrize("verb", ["start", "begin", "kick off", "embark on"])
def test_leaving_home_to_start_a_stated_length_counts_on_from_the_departure(verb: str) -> None:
    # "left Lusaka on March 3 to start a weeklong visit": the departure opens the week, not ends it
    text = (
        " date 2011-03-05 Ostravian Prime Minister Alma Verdi left Lusaka on March 3 to " + verb + " a weeklong"
        " visit to Portugal and Spain, state media said.\n"
    )
    assert _nd_spans(text) == [("Alma Verdi", "2011-03-03", "2011-03-09")]


def test_leaving_a_host_city_still_ends_the_stated_length() -> None:
    text = (
        " date 2011-03-05 Ostravian Prime Minister Alma Verdi left Lisbon on Friday, wrapping up a three-day"
        " visit to Portugal.\n"
    )
    assert _nd_spans(text) == [("Alma Verdi", "2011-03-02", "2011-03-04")]


@pytest.mark.parametrize("verb", ["talking", "speaking", "listening"])
def test_a_caption_participle_before_to_is_no_headline_of_a_journey_ahead(verb: str) -> None:
    # "Governor Roe talking to flood victims ... on Friday": a photo caption of a day gone by
    text = " date 2017-07-15 \n\nGovernor Alma Verdi " + verb + " to flood-hit people at a village in Lusaka district on Friday.\n"
    dates = [(m.text, str(m.span.start)) for m in extract_text(text).dates if isinstance(m.span, DateSpan)]
    assert dates == [("on Friday", "2017-07-14")]


def test_a_headline_of_a_journey_ahead_still_reads_ahead() -> None:
    text = " date 2017-07-15 Governor Verdi to tour flood-hit villages on Friday\n\nThe governor will visit Lusaka.\n"
    dates = [(m.text, str(m.span.start)) for m in extract_text(text).dates if isinstance(m.span, DateSpan)]
    assert dates[0] == ("on Friday", "2017-07-21")


@pytest.mark.parametrize("credit", ["– PTI Photo", "- ANI Photos", "— UB Photos"])
def test_a_caption_with_an_agency_credit_after_a_dash_dates_the_visit(credit: str) -> None:
    # the photo's caption, not a headline: where the body gives no day of the visit, the photo's day
    text = (
        " date 2017-07-15 \n\nGovernor Alma Verdi talking to flood-hit people at a village in Lusaka district"
        " on Friday. " + credit + "\n\nVerdi visited Chongwe and met the people in the relief camps.\n\n"
        "He visited Kafue village and saw the breach on the embankment.\n"
    )
    assert _nd_spans(text) == [("Alma Verdi", "2017-07-14", "2017-07-14")]


@pytest.mark.parametrize("verb", ["asked", "directed", "urged", "instructed"])
def test_a_day_of_a_task_the_traveller_asks_for_is_no_day_of_the_visit(verb: str) -> None:
    text = (
        " date 2017-07-19 Governor Alma Verdi on Monday visited Chongwe, in Lusaka district, and met the people"
        " in the relief camps.\n\nVerdi " + verb + " the district officer to convene a meeting on Saturday"
        " with all the line departments.\n"
    )
    assert _nd_spans(text) == [("Alma Verdi", "2017-07-17", "2017-07-17")]


def test_a_day_in_a_reported_clause_with_its_own_future_verb_lies_ahead() -> None:
    # "expressed hope that his meeting with the president Friday will ...": Friday after the saying
    text = (
        " date 2002-10-23 President Alma Verdi received a warm welcome Tuesday at Chicago's O'Hare Airport.\n\n"
        "Speaking through a translator, Verdi expressed hope that his trip to the United States and meeting"
        " with President Rob Kettle Friday will increase trust between the two nations.\n"
    )
    days = {(m.text, str(m.span.start)) for m in extract_text(text).dates if isinstance(m.span, DateSpan)}
    assert ("Friday", "2002-10-25") in days
    assert _nd_spans(text) == [("Alma Verdi", "2002-10-22", "2002-10-25")]


def test_a_day_before_a_past_verb_in_a_reported_clause_stays_behind() -> None:
    text = " date 2002-10-23 Verdi said that the meeting Friday went well.\n"
    days = [(m.text, str(m.span.start)) for m in extract_text(text).dates if isinstance(m.span, DateSpan)]
    assert days == [("Friday", "2002-10-18")]


@pytest.mark.parametrize("put_off", ["postpones visiting", "called off his visit to", "cancelled his trip to"])
def test_a_journey_put_off_on_the_report_day_adds_no_day_to_the_one_made(put_off: str) -> None:
    text = (
        " date 2022-07-31 LUSAKA: Prime Minister Alma Verdi on Sunday (today) " + put_off + " the flood-hit"
        " areas of Chipata district due to bad weather.\n\nA day earlier, Prime Minister Alma Verdi visited"
        " the flood-hit areas of Kitwe to review relief measures.\n"
    )
    assert [(p, a, b) for p, a, b in _nd_spans(text)] == [("Alma Verdi", "2022-07-30", "2022-07-30")]


@pytest.mark.parametrize("code", ["BG-2030", "PK-2019", "AI-1997"])
def test_a_flight_code_is_no_year(code: str) -> None:
    text = " date 2019-10-02 Officials said a flight (" + code + ") carrying the premier will depart for Lusaka.\n"
    assert [m.text for m in extract_text(text).dates] == []


def test_a_fiscal_year_code_is_still_a_year() -> None:
    text = " date 2019-10-02 The budget for FY-2020 was passed.\n"
    assert "2020" in [m.text for m in extract_text(text).dates]


def test_each_dated_photo_of_an_undated_tour_vouches_for_its_day() -> None:
    # no day in the body the reader can place (no report date): the photos' days make the span
    text = (
        "Premier Alma Verdi encouraged farmers to work harder in the Southern Province.\n|\n"
        "Alma Verdi talks with children in the house of a villager of Mazabuka, Zambia, Aug. 16, 2008. |\n"
        "During a recent inspection tour to the province, the premier visited major farms and factories.\n|\n"
        "Alma Verdi applauds as he talks with local people at a market in Livingstone, Zambia, Aug. 17, 2008. |\n"
        "On Sunday, Verdi visited Mazabuka, home to many farmers.\n"
    )
    assert _nd_spans(text) == [("Alma Verdi", "2008-08-16", "2008-08-17")]


def test_a_headline_going_to_visit_still_reads_ahead() -> None:
    text = " date 2017-07-15 Governor Verdi going to tour flood-hit villages on Friday\n\nThe governor will visit Lusaka.\n"
    dates = [(m.text, str(m.span.start)) for m in extract_text(text).dates if isinstance(m.span, DateSpan)]
    assert dates[0] == ("on Friday", "2017-07-21")


def test_a_day_after_the_task_clause_is_the_visit_s_own() -> None:
    text = (
        " date 2017-07-19 Governor Alma Verdi urged residents to stay indoors, and on Monday visited the relief"
        " camps in Chongwe, in Lusaka district.\n"
    )
    assert _nd_spans(text) == [("Alma Verdi", "2017-07-17", "2017-07-17")]
