"""Who travels and how many trips, in forms the late new development reports (session 20) showed: a
host receiving an envoy, a wish to visit.

Each report here is made up for the test; none is a corpus report.
"""

from __future__ import annotations

from timeline.extract import extract_text


def _trips(body: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = extract_text(f" date 2024-05-02 A report\n\nKAMPALA, May 2 (Reuters) - {body}\n")
    return [(t.person.name, tuple(s.label for s in t.stops)) for t in doc.trips]


def test_the_end_of_an_envoys_duty_tour_is_no_journey() -> None:
    body = (
        "President Tomas Okello thanked the outgoing Lirish ambassador, Ama Bako, when she called to bid him"
        " farewell after the end of her duty tour of the country at State House in Kampala last Friday."
    )
    assert _trips(body) == []


def test_a_hope_of_visiting_is_no_trip() -> None:
    body = (
        "President Tomas Okello expressed the hope of visiting Lira, and said he was ready to receive President"
        " Ama Bako in Uganda."
    )
    assert _trips(body) == []


def test_a_rally_opened_in_a_named_place_is_a_trip_undated() -> None:
    doc = extract_text("A report\n\nPresident Tomas Okello has opened his first rally in Lira District, his supporters said.\n")
    assert [(t.person.name, [s.label for s in t.stops]) for t in doc.trips] == [("Tomas Okello", ["Lira"])]
