"""The model's invariants: validators reject what cannot be, and accept what can."""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer.model import Place, PlaceKind, Resolved, Unresolved
from timeline.model import DateSpan, Evidence, Itinerary, Person, Precision, Stop, Title, Trip, Unknown
from timeline.testing import strategies as tst


@given(st.dates(), st.dates())
def test_span_rejects_end_before_start(a: dt.date, b: dt.date) -> None:
    if b < a:
        with pytest.raises(ValueError, match="before it starts"):
            DateSpan(a, b)
    else:
        span = DateSpan(a, b)
        assert span.days == (b - a).days + 1
        assert next(iter(span.dates())) == a
        # walk the days only for spans a trip can have (st.dates() spans 9,999 years: millions of days)
        if span.days <= 3_700:
            days = list(span.dates())
            assert days[-1] == b
            assert len(days) == span.days


@given(st.dates(max_value=dt.date(9980, 1, 1)), st.integers(0, 3_700))
def test_span_walks_its_days_in_order(a: dt.date, length: int) -> None:
    b = a + dt.timedelta(days=length)
    days = list(DateSpan(a, b).dates())
    assert days[0] == a
    assert days[-1] == b
    assert len(days) == length + 1
    assert all(later - earlier == dt.timedelta(days=1) for earlier, later in itertools.pairwise(days))


def test_span_rejects_datetimes() -> None:
    now = dt.datetime(2025, 1, 1, 12, tzinfo=dt.UTC)
    with pytest.raises(TypeError):
        DateSpan(now, now)


@given(tst.date_spans(), tst.date_spans())
def test_overlap_is_symmetric(a: DateSpan, b: DateSpan) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    assert a.overlaps(a)
    assert a in a


@given(st.floats(allow_nan=True, allow_infinity=True), st.floats(allow_nan=True, allow_infinity=True))
def test_place_rejects_bad_coordinates(lat: float, lon: float) -> None:
    ok = -90 <= lat <= 90 and -180 <= lon <= 180
    if ok:
        Place(1, "X", PlaceKind.CITY, "CN", "02", lat, lon)
    else:
        with pytest.raises(ValueError):  # noqa: PT011 - attrs' bound validators raise plain ValueError
            Place(1, "X", PlaceKind.CITY, "CN", "02", lat, lon)


def test_evidence_text_must_match_offsets() -> None:
    assert Evidence.of("In the city of Ningbo, Zhang", 15, 21, "stop").text == "Ningbo"
    with pytest.raises(ValueError, match="characters"):
        Evidence(0, 3, "ab", "rule")
    with pytest.raises(ValueError, match="before its start"):
        Evidence(5, 3, "", "rule")
    with pytest.raises(ValueError):  # noqa: PT011
        Evidence(-1, 0, "", "rule")


def test_models_are_frozen_and_lists_become_tuples() -> None:
    person = Person("Li Qiang", Title("Premier"), ["Li", "the premier"])
    assert person.aliases == ("Li", "the premier")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        person.name = "x"  # type: ignore[misc]
    assert hash(person) == hash(Person("Li Qiang", Title("Premier"), ("Li", "the premier")))


def test_unknown_is_a_value_not_none() -> None:
    stop = Stop(Unresolved("Atlantis", "no such place"))
    assert isinstance(stop.span, Unknown)
    assert stop.span.reason
    trip = Trip(Person("X"))
    assert isinstance(trip.span, Unknown)


def test_wrong_types_are_rejected() -> None:
    with pytest.raises(TypeError):
        Stop("Ningbo")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Trip(Person("X"), stops=["Ningbo"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        Unresolved("x", "y", ["not a place"])  # type: ignore[list-item]


@given(tst.itineraries())
def test_itinerary_people_and_stops(itinerary: Itinerary) -> None:
    assert set(itinerary.people()) == {trip.person.name for trip in itinerary.trips}
    for name in itinerary.people():
        assert all(trip.person.name == name for trip in itinerary.of(name).trips)
    assert len(itinerary.stops()) == sum(len(trip.stops) for trip in itinerary.trips)


@given(tst.trips())
def test_generated_trips_keep_dated_stops_inside_the_span(trip: Trip) -> None:
    if isinstance(trip.span, DateSpan):
        for stop in trip.stops:
            if isinstance(stop.span, DateSpan):
                assert stop.span in trip.span


def test_precision_values_are_stable() -> None:
    # The JSON export writes these strings; users' scripts read them.
    assert [p.value for p in Precision] == ["day", "week", "month", "quarter", "year", "decade"]
    assert Resolved("x", Place(1, "X", PlaceKind.CITY, "", "", 0, 0), "unique").status == "resolved"


@pytest.mark.parametrize(
    ("person", "who"),
    [
        (Person("Li Qiang", Title("Premier")), "Premier Li Qiang"),
        (Person("The King", Title("King")), "The King"),
        (Person("The Duke of Kent", Title("Duke of Kent")), "The Duke of Kent"),
        (Person("Jane Roe"), "Jane Roe"),
    ],
)
def test_who_names_a_traveller_known_by_the_office_alone_once(person: Person, who: str) -> None:
    assert Trip(person).who == who
