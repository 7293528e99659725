"""Who travels, in the forms a report gives people once or twice: a royal style for a named royal, a bare
surname, a host of the party from abroad (issue 14, cause 2).

Each report here is made up for the test; none is a corpus report.
"""

from __future__ import annotations

import pytest

from gazetteer.model import Resolved
from timeline.extract import extract_text
from timeline.people import find_people


def _trips(body: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = extract_text(f" date 2024-05-02 A report\n\nKAMPALA, May 2 (Reuters) - {body}\n")
    return [(t.person.name, tuple(s.label for s in t.stops)) for t in doc.trips]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Prince of Wales visited Jinja on Tuesday. Prince Tomas toured a youth centre in the town.", "Tomas"),
        ("Prince Tomas arrived in Jinja on Tuesday. The Prince of Wales toured a youth centre.", "Tomas"),
        ("The Princess Royal visited Jinja on Tuesday. Princess Amara opened a clinic in the town.", "Amara"),
        ("The Crown Prince of Lira arrived in Jinja on Tuesday. Crown Prince Tomas toured a school.", "Tomas"),
    ],
)
def test_a_royal_style_given_alone_is_the_one_named_royal_of_its_rank(body: str, name: str) -> None:
    assert _trips(body) == [(name, ("Jinja",))]


def test_a_royal_style_stays_itself_where_two_of_its_rank_are_named() -> None:
    body = "The Prince of Wales visited Jinja on Tuesday. Prince Tomas and Prince Ivo toured a youth centre."
    assert [name for name, _ in _trips(body)] == ["The Prince of Wales"]


def test_a_royal_style_of_another_rank_is_not_the_named_royal() -> None:
    assert [name for name, _ in _trips("The King visited Jinja on Tuesday, joined by Prince Tomas.")] == ["The King"]


@pytest.mark.parametrize(
    "body",
    [
        "Okello arrived in Gulu on Monday for a two-day visit. He met traders.",
        "Adaeze toured Gulu on Monday. She met traders at the market.",
        "Erdoğan arrived in Gulu on Monday for a two-day visit. He met traders on Tuesday.",
    ],
)
def test_a_bare_surname_the_report_calls_he_or_she_travels(body: str) -> None:
    assert [stops for _, stops in _trips(body)] == [("Gulu",)]


@pytest.mark.parametrize(
    "body",
    [
        "Officials arrived in Gulu on Monday for a two-day visit. They met traders.",
        "Okello arrived in Gulu on Monday for a two-day visit.",  # (nothing says it is a person)
        "Help arrived in Gulu on Monday, he said. He thanked the donors.",
        "Aid arrived in Gulu on Monday. The minister said her team would follow.",
        "Spring arrived in Gulu early this year, she said.",
    ],
)
def test_a_bare_word_no_pronoun_calls_a_person_is_no_traveller(body: str) -> None:
    assert _trips(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "President Ann Poe hosted a dinner for the visiting delegation in Kampala on Tuesday.",
        "President Ann Poe met the delegation at State House in Entebbe on Tuesday.",
        "Governor Ann Poe, the host, later welcomed the guests in Jinja on Tuesday.",
    ],
)
def test_the_host_of_the_party_from_abroad_makes_no_trip(body: str) -> None:
    assert _trips(body) == []


def test_the_host_of_the_party_leaves_the_sentence_to_the_traveller() -> None:
    body = (
        "Prime Minister Jane Roe arrived in Gulu on Tuesday. Governor Ann Poe hosted a dinner for the"
        " delegation in Lira on Wednesday."
    )
    assert _trips(body) == [("Jane Roe", ("Gulu", "Lira"))]


def test_the_traveller_meeting_a_delegation_still_travels() -> None:
    body = "Prime Minister Jane Roe visited Gulu on Tuesday and met a delegation of traders in the town."
    assert _trips(body) == [("Jane Roe", ("Gulu",))]


@pytest.mark.parametrize(
    "body",
    [
        "Former president Tom Bako, who is in Nairobi for medical treatment, praised the government on Tuesday.",
        "Opposition leader Tom Bako, who has been in Lira for treatment, criticised the budget on Tuesday.",
    ],
)
def test_where_an_aside_says_someone_is_is_no_journey(body: str) -> None:
    assert _trips(body) == []


def test_the_clause_after_the_aside_may_tell_the_journey() -> None:
    body = "President Tom Bako, who is in Nairobi for medical treatment, flew to Mombasa on Tuesday."
    assert _trips(body) == [("Tom Bako", ("Mombasa",))]


def test_an_aside_that_tells_the_journey_keeps_it() -> None:
    body = "President Tom Bako, who is in Nairobi for a three-day state visit, met traders on Tuesday."
    assert _trips(body) == [("Tom Bako", ("Nairobi",))]


def test_the_place_of_a_background_aside_is_not_the_travellers() -> None:
    body = (
        "Prime Minister Jane Roe visited Gulu on Tuesday. Opposition leader Tom Bako, who is in Lira for a"
        " conference, criticised the trip."
    )
    assert _trips(body) == [("Jane Roe", ("Gulu",))]


@pytest.mark.parametrize(
    "body",
    [
        "President Tom Bako, who was in Nairobi on Monday, flew to Mombasa on Tuesday.",
        "President Tom Bako, who was in Nairobi on Monday for a forum, flew to Mombasa on Tuesday.",
        "President Tom Bako, who was in Nairobi earlier in the week, arrived in Mombasa on Tuesday.",
    ],
)
def test_an_aside_of_a_day_of_the_journey_keeps_its_place(body: str) -> None:
    assert _trips(body) == [("Tom Bako", ("Nairobi", "Mombasa"))]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Presidents Ann Poe, Tom Bako and Ivo Mensah arrived in Jinja on Tuesday for the summit.",
         ["Ann Poe", "Tom Bako", "Ivo Mensah"]),
        ("Prime Minister Jane Roe and Prince Tomas Ivo were among those who arrived in Jinja on Tuesday.",
         ["Jane Roe", "Tomas Ivo"]),
        ("President Ann Poe and Prime Minister Tom Bako arrived in Jinja on Tuesday for a regional summit.",
         ["Ann Poe", "Tom Bako"]),
        ("Kenyan President Ann Poe, as well as Rwandan President Tom Bako, flew to Jinja on Tuesday.",
         ["Ann Poe", "Tom Bako"]),
        ("Among those who arrived in Jinja on Tuesday were President Ann Poe and Prime Minister Tom Bako.",
         ["Ann Poe", "Tom Bako"]),
        ("Leaders attending the summit in Jinja on Tuesday include President Ann Poe of Kenya and Prime Minister"
         " Tom Bako of Ethiopia.", ["Ann Poe", "Tom Bako"]),
        ("President Ann Poe arrived in Jinja on Tuesday, as did Prime Minister Tom Bako.", ["Ann Poe", "Tom Bako"]),
        ("President Ann Poe of Kenya and President Tom Bako of Rwanda flew to Jinja on Tuesday.",
         ["Ann Poe", "Tom Bako"]),
        ("President Ann Poe and her Rwandan counterpart Tom Bako arrived in Jinja on Tuesday for the summit.",
         ["Ann Poe", "Tom Bako"]),
    ],
)  # fmt: skip
def test_several_travellers_named_with_one_journey_each_make_it(body: str, names: list[str]) -> None:
    assert _trips(body) == [(name, ("Jinja",)) for name in names]


@pytest.mark.parametrize(
    "body",
    [
        "President Ann Poe arrived in Jinja on Tuesday, accompanied by Foreign Minister Tom Bako.",
        "President Ann Poe and Foreign Minister Tom Bako arrived in Jinja on Tuesday.",
        "King Tomas and Queen Amara arrived in Jinja on Tuesday.",
        "President Tom Bako and First Lady Ann Poe arrived in Jinja on Tuesday.",
        "Kenyan President Ann Poe and Kenyan Prime Minister Tom Bako arrived in Jinja on Tuesday.",
    ],
)
def test_a_minister_a_spouse_or_a_consort_named_with_the_traveller_is_a_companion(body: str) -> None:
    doc = extract_text(f" date 2024-05-02 A report\n\nKAMPALA, May 2 (Reuters) - {body}\n")
    assert [(len(t.companions), tuple(s.label for s in t.stops)) for t in doc.trips] == [(1, ("Jinja",))]


@pytest.mark.parametrize(
    ("copy", "expected"),
    [
        (
            "GOVERNOR JANE ROE TOURED STORM DAMAGE IN GULU ON TUESDAY. SHE MET LOCAL OFFICIALS IN LIRA ON WEDNESDAY.",
            [("Jane Roe", "Governor", ("Gulu", "Lira"))],
        ),
        (
            "GULU (AP) — GOV. JANE ROE TRAVELED TO JINJA ON TUESDAY TO SURVEY DAMAGE. ROE ALSO STOPPED IN LIRA.",
            [("Jane Roe", "Governor", ("Jinja", "Lira"))],
        ),
        (
            "KAMPALA (AP) - PRIME MINISTER ANN POE VISITED JINJA TUESDAY AND TOLD FARMERS THE STATE WOULD HELP.",
            [("Ann Poe", "Prime Minister", ("Jinja",))],
        ),
        (
            "PRESIDENT TOM BAKO ARRIVED IN MOMBASA ON MONDAY. HE LATER TOURED THE KILIFI COUNTY TOWN OF MALINDI.",
            [("Tom Bako", "President", ("Mombasa", "Malindi"))],
        ),
    ],
)
def test_copy_in_capitals_is_read_in_ordinary_case(copy: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    text = f"{copy}\n\n{copy.split('. ')[0]}.\n"
    doc = extract_text(text)
    assert [(t.person.name, str(t.person.title), tuple(s.label for s in t.stops)) for t in doc.trips] == expected
    # (the evidence quotes the copy as written)
    assert all(e.text == text[e.start : e.end] and e.text.isupper() for t in doc.trips for e in t.evidence)


def test_a_headline_in_capitals_over_ordinary_copy_is_left_as_written() -> None:
    from timeline.extract.capitals import folded_capitals

    text = "PRESIDENT VISITS GULU FOR TALKS ON TRADE AND ROADS\n\nPresident Tom Bako visited Gulu on Tuesday for talks.\n"
    assert folded_capitals(text) is text
    assert folded_capitals(text.upper()) == (
        "President visits Gulu for talks on trade and roads\n\nPresident Tom Bako visited Gulu on Tuesday for talks.\n"
    )


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("His majesty arrived in Jinja on Tuesday for a two-day visit.", "His Majesty"),
        ("her majesty arrived in Jinja on Tuesday for a two-day visit.", "Her Majesty"),
        ("Earlier on Tuesday his majesty toured Jinja.", "His Majesty"),
    ],
)
def test_a_majestys_style_in_lower_case_is_the_monarch(body: str, name: str) -> None:
    assert _trips(body) == [(name, ("Jinja",))]


def test_a_majestys_style_in_lower_case_after_the_named_monarch_is_the_same_person() -> None:
    body = "King Tomas arrived in Jinja on Tuesday. His majesty toured a school in Lira on Wednesday."
    assert _trips(body) == [("Tomas", ("Jinja", "Lira"))]


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("Lira's ruling emir, Sheikh Tomas bin Ivo Al Mensah, arrived in Jinja on Tuesday.",
         "Sheikh Tomas bin Ivo Al Mensah", "Emir"),
        ("Kenya's acting president, Tom Bako, arrived in Jinja on Tuesday.", "Tom Bako", "President"),
        ("Arriving in Jinja on Tuesday was Kenya's president, Tom Bako.", "Tom Bako", "President"),
        ("The President, Mr. Tom Bako, arrived in Jinja on Tuesday.", "Tom Bako", "President"),
        ("The Prime Minister, Dr. Ann Poe, arrived in Jinja on Tuesday.", "Ann Poe", "Prime Minister"),
    ],
)  # fmt: skip
def test_an_office_with_its_standing_set_before_the_name_by_a_comma(body: str, name: str, title: str) -> None:
    doc = extract_text(f" date 2024-05-02 A report\n\nKAMPALA, May 2 (Reuters) - {body}\n")
    assert [(t.person.name, str(t.person.title)) for t in doc.trips] == [(name, title)]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Prime Minister Jane Roe arrived in Jinja on Tuesday for the funeral. Other leaders included Kenya's"
         " president, Tom Bako, as well as Rwanda's president, Ivo Mensah.", ["Jane Roe", "Tom Bako", "Ivo Mensah"]),
        ("President Jane Roe flew to Jinja on Tuesday for the summit.\n\nOther heads of state who attended were"
         " President Tom Bako and President Ivo Mensah.", ["Jane Roe", "Tom Bako", "Ivo Mensah"]),
    ],
)  # fmt: skip
def test_others_named_after_the_journey_told_made_it_too(body: str, names: list[str]) -> None:
    assert _trips(body) == [(name, ("Jinja",)) for name in names]


@pytest.mark.parametrize(
    "body",
    [
        "President Jane Roe arrived in Jinja on Tuesday. Other guests included her husband.",
        "President Jane Roe arrived in Jinja on Tuesday. Other leaders are expected on Friday.",
        "President Jane Roe arrived in Jinja on Tuesday. Mayor Tom Bako said other leaders were welcome.",
        "President Jane Roe arrived in Jinja on Tuesday. Among those who welcomed her in Jinja were Mayor Tom"
        " Bako and Governor Ivo Mensah.",
    ],
)
def test_no_one_named_after_the_journey_told_adds_no_traveller(body: str) -> None:
    assert _trips(body) == [("Jane Roe", ("Jinja",))]


@pytest.mark.parametrize(
    "body",
    [
        "President Ann Poe arrived in Jinja on Tuesday, accompanied by Foreign Minister Tom Bako. Bako met his"
        " counterpart in Lira on Wednesday.",
        "President Ann Poe arrived in Jinja on Tuesday along with Foreign Minister Tom Bako. On Wednesday Bako"
        " flew to Lira for talks.",
        "President Ann Poe arrived in Jinja on Tuesday. Also in the delegation, Foreign Minister Tom Bako toured"
        " a factory in Lira.",
    ],
)
def test_the_deeds_of_one_of_the_travellers_party_are_the_partys(body: str) -> None:
    assert _trips(body) == [("Ann Poe", ("Jinja", "Lira"))]


def test_someone_named_only_later_makes_a_journey_of_their_own() -> None:
    body = "President Ann Poe arrived in Jinja on Tuesday. Foreign Minister Tom Bako flew to Lira on Wednesday."
    assert _trips(body) == [("Ann Poe", ("Jinja",)), ("Tom Bako", ("Lira",))]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The King arrived in Jinja on Tuesday. Charles toured a youth centre in the town, where he met pensioners.",
         "Charles"),
        ("The Queen arrived in Jinja on Tuesday. Amara toured a youth centre in the town and she met pensioners.",
         "Amara"),
    ],
)  # fmt: skip
def test_one_word_called_by_the_monarchs_pronoun_is_the_monarch_called_by_the_office(body: str, name: str) -> None:
    doc = extract_text(f" date 2024-05-02 A report\n\nKAMPALA, May 2 (Reuters) - {body}\n")
    assert [(t.person.name, str(t.person.title), tuple(s.label for s in t.stops)) for t in doc.trips] == [
        (name, "King" if name == "Charles" else "Queen", ("Jinja",))
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The King arrived in Jinja on Tuesday. Officials toured a youth centre in the town, where they met pensioners.",
        "King Tomas arrived in Jinja on Tuesday. Okello toured a youth centre in the town, where he met pensioners.",
    ],
)
def test_a_word_not_called_by_the_monarchs_pronoun_is_not_the_monarch(body: str) -> None:
    assert [name for name, _ in _trips(body)] in (["The King"], ["Tomas"])


def test_a_given_name_alone_is_the_one_person_on_the_roster_who_has_it() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nBANGKOK, March 12 (Xinhua) -- Prime Minister Sirin Chaiwat and her ministers"
        " on Tuesday held a cabinet meeting in the north.\n\nSirin left Bangkok on Tuesday for Chiang Mai, where"
        " she met farmers.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Sirin Chaiwat"]
    assert [s.place.place.name for s in doc.trips[0].stops if isinstance(s.place, Resolved)] == ["Chiang Mai"]



def test_of_a_queen_and_a_king_named_together_the_king_travels() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nMADRID (AP) - Queen Ana and King Tomas visited Cieza on Tuesday, where"
        " they met farmers.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Tomas"]


def test_a_surname_spelt_with_another_last_letter_under_the_same_office_is_the_same_person() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nJAFFNA (AP) - President Mahinda Karunaratna will be in Jaffna on Friday."
        "\n\nPresident Karunaratne is expected to meet civil society delegations there.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Mahinda Karunaratna"]


def test_an_earlier_office_kept_as_a_style_after_the_office_and_a_comma() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nKADUNA - The Kaduna State Governor, Senator Ann Bako Roe, on Tuesday visited"
        " flood-hit communities in Zaria and Kafanchan.\n"
    )
    assert [(t.person.name, t.person.title.name if t.person.title else None) for t in doc.trips] == [
        ("Ann Bako Roe", "State Governor")
    ]


# --- the roster's names found without compiling a pattern per report (session 16) ----------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from timeline.people.roster import _alias_pattern, _alias_spans  # noqa: E402

_NAME_PARTS = ["Ann", "Poe", "ann", "Bo", "Tom Bako", "the King", "the President", "O'Neil", "Lu-Ma"]
_GLUE = [" ", "  ", ", ", "'s ", "’s ", "'t", "-", "_", "x", ". ", "the 76-year-old ", "the ", "THE ", "é", "\n"]


@settings(max_examples=300, deadline=None)
@given(
    forms=st.sets(st.sampled_from(_NAME_PARTS), min_size=1, max_size=5),
    pieces=st.lists(st.sampled_from(_NAME_PARTS + _GLUE), max_size=25),
)
def test_alias_spans_find_what_the_alias_pattern_finds(forms: set[str], pieces: list[str]) -> None:
    ordered = tuple(sorted(forms, key=lambda f: (-len(f), f)))
    text = "".join(pieces)
    want = [m.span() for m in _alias_pattern(ordered).finditer(text)]
    assert _alias_spans(ordered, text.lower()) == want


def test_alias_spans_keep_the_pattern_edges() -> None:
    forms = ("the President", "Tom Bako", "Bako")
    text = "The 64-year-old president met Tom Bako's aide; Bakos and Bako-Lee did not. O'Bako neither; Bako't."
    got = [text[a:b] for a, b in _alias_spans(forms, text.lower())]
    assert got == ["The 64-year-old president", "Tom Bako"]


def test_two_offices_each_held_of_its_own_body_after_the_name() -> None:
    # Xinhua's lead for a provincial chief: two offices, each "of" its own body, set off by commas
    text = (
        "From May 2 to 3, Li Mei, Secretary of the CPC Ruritania Provincial Committee and Director of the"
        " Standing Committee of the Ruritania Provincial People's Congress, made an inspection tour to Baoshan."
    )
    found = [(m.name, m.title) for m in find_people(text)]
    assert found == [
        (
            "Li Mei",
            "Secretary of the CPC Ruritania Provincial Committee and Director of the Standing Committee of the"
            " Ruritania Provincial People's Congress",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief Minister Sindh Tariq Jamil Khan visited Sukkur on Monday.", [("Tariq Jamil Khan", "Chief Minister")]),
        ("Chief Minister (CM) Sindh Tariq Jamil Khan visited Sukkur.", [("Tariq Jamil Khan", "Chief Minister")]),
        ("Governor Balochistan Ayesha Malik toured Quetta on Monday.", [("Ayesha Malik", "Governor")]),
        # (a given name that is also a division's stays the name's)
        ("Governor Georgia Ann Roe toured Quetta on Monday.", [("Georgia Ann Roe", "Governor")]),
    ],
)
def test_the_offices_province_between_office_and_name_is_no_part_of_the_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.name, m.title) for m in find_people(text)] == expected


def test_the_offices_province_alone_after_it_is_no_surname() -> None:
    body = (
        "Chief Minister Sindh Tariq Jamil Khan on Sunday visited the flood-affected areas of Sukkur."
        " The CM Sindh, on the occasion, met the families."
    )
    doc = extract_text(f" date 2025-08-31 A report\n\nKARACHI: {body}\n")
    assert [(t.person.name, tuple(s.label for s in t.stops)) for t in doc.trips] == [("Tariq Jamil Khan", ("Sukkur",))]


@pytest.mark.parametrize("dateline", ["JAKARTA: ", "JAKARTA - ", "JAKARTA, March 15 - ", "JAKARTA, March 15 — "])
def test_a_name_alone_opening_the_lead_after_any_datelines_end_travels(dateline: str) -> None:
    doc = extract_text(f" date 2024-03-15 A report\n\n{dateline}Tomas Bakonyi flew to Beijing on Friday.\n")
    assert [(t.person.name, tuple(s.label for s in t.stops)) for t in doc.trips] == [("Tomas Bakonyi", ("Beijing",))]
@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Austrian President Tobias Van der Mallen arrived in Jinja on Tuesday. Van der Mallen also toured Mbale.",
            "Tobias Van der Mallen",
        ),
        (
            "Dutch Prime Minister Pieter De Vrankrijk arrived in Jinja on Tuesday. De Vrankrijk also toured Mbale.",
            "Pieter De Vrankrijk",
        ),
    ],
)
def test_a_particle_written_with_a_capital_opens_the_compound_surname(body: str, name: str) -> None:
    assert _trips(body) == [(name, ("Jinja", "Mbale"))]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Ruritanian opposition leader Amira Valdez Ocampo arrived in Jinja on Tuesday.", "Opposition Leader"),
        ("The opposition leader, Amira Valdez, arrived in Jinja on Tuesday.", "Opposition Leader"),
        ("Ruritanian far-right leader Amira Valdez arrived in Jinja on Tuesday.", "Leader"),
        ("The rebel leader Amira Valdez arrived in Jinja on Tuesday.", "Leader"),
    ],
)
def test_a_leaders_side_in_lower_case_stands_between_nationality_and_office(body: str, title: str) -> None:
    doc = extract_text(f" date 2024-05-02 A report\n\nKAMPALA, May 2 (Reuters) - {body}\n")
    assert [(t.person.name.split()[0], str(t.person.title or "")) for t in doc.trips] == [
        ("Amira", title)
    ]


def test_a_style_of_address_is_the_one_monarch_called_by_office_alone() -> None:
    body = "The Emperor arrived in Jinja on Tuesday for a three-day visit. Their Majesties toured Mbale on Wednesday."
    assert _trips(body) == [("The Emperor", ("Jinja", "Mbale"))]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The King this morning visited Jinja, where His Majesty opened a clinic.", "The King"),
        ("The Queen on Tuesday visited Jinja.", "The Queen"),
        ("The Duke of Lira this afternoon visited Jinja.", "The Duke of Lira"),
    ],
)
def test_a_court_circulars_time_of_day_stands_between_the_royal_and_the_verb(body: str, name: str) -> None:
    assert _trips(body) == [(name, ("Jinja",))]


@pytest.mark.parametrize(
    "body",
    [
        # the speaker first, the reference in the clause reported without "that"
        "Foreign Secretary Jane Okot arrived in Jinja on Tuesday. Deputy Minister Ann Poe said the secretary"
        " would also stop in Mbale.",
        # a press secretary is never "the secretary" of another's journey
        "Press Secretary Ann Poe said on Tuesday that Foreign Secretary Jane Okot will travel to Jinja on Thursday."
        " The secretary will then fly to Mbale, officials said.",
    ],
)
def test_the_secretarys_journey_is_not_the_speakers(body: str) -> None:
    assert _trips(body) == [("Jane Okot", ("Jinja", "Mbale"))]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Gov. Gen. Jane Okot toured Gulu on Tuesday.", "Jane Okot", "Governor General"),
        ("Yang di-Pertuan Agong Sultan Tomas V visited Gulu on Tuesday.", "Sultan Tomas V", "Yang Di-Pertuan Agong"),
        ("King Tomas Ibara V visited Gulu on Tuesday.", "Tomas Ibara V", "King"),
    ],
)
def test_an_abbreviated_office_and_a_one_letter_regnal_number(sentence: str, name: str, title: str) -> None:
    assert [(m.name, m.title) for m in find_people(sentence)] == [(name, title)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a page scrape that dropped the space after the name
        ("The president of Ruritania, Tomas Valdezparticipated on Tuesday in a forum in Gulu.", "Tomas Valdez"),
        ("President Tomas Valdezarrived in Gulu on Tuesday.", "Tomas Valdez"),
        ("President Tomas Valdezwho arrived in Gulu on Tuesday met the mayor.", "Tomas Valdez"),
        # a short word glued only where the name stands alone elsewhere
        ("President Tomas Valdezin Gulu on Tuesday. Valdez met the mayor.", "Tomas Valdez"),
        # names that end on such words are names
        ("President Jane Wilson arrived in Gulu. Wilson met the mayor.", "Jane Wilson"),
        ("President Amir Hussein arrived in Gulu. Hussein met the mayor.", "Amir Hussein"),
    ],
)
def test_a_word_glued_to_a_name_by_a_page_scrape_is_no_part_of_it(sentence: str, name: str) -> None:
    assert [m.name for m in find_people(sentence)][:1] == [name]


def _record(lines: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = extract_text(f"Assembly debates\n\nTuesday, 14 May 2024\n\n{lines}\n")
    return [(t.person.name, tuple(s.label for s in t.stops)) for t in doc.trips]


def test_a_speaker_named_on_a_record_line_tells_her_own_journeys() -> None:
    lines = (
        "Amara Okello (Lira North, Unity Party)\n\nI propose to take the questions together.\n\n"
        "On 10 May, I visited Nairobi to attend the opening of the regional parliament, where I met"
        " President Tomas Valdez.\n\nI will travel to Kigali on 20 May."
    )
    assert [name for name, _ in _record(lines)] == ["Amara Okello", "Amara Okello"]
    assert {stops for _, stops in _record(lines)} == {("Nairobi",), ("Kigali",)}


def test_a_speakers_label_makes_her_the_one_who_says_i() -> None:
    lines = (
        "KAMPALA, May 14 (Reuters) - Foreign Minister Amara Okello met reporters on Tuesday.\n\n"
        "MINISTER OKELLO: Good afternoon. On Monday I travelled to Nairobi with President Tomas Valdez's envoy.\n\n"
        "QUESTION: Will you go to Kigali?"
    )
    assert [name for name, _ in _record(lines)] == ["Amara Okello"]


def test_a_line_in_brackets_that_is_no_name_makes_no_speaker() -> None:
    lines = "Closing remarks (as delivered)\n\nI travelled to Nairobi on 10 May."
    assert _record(lines) == []


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Mrs Amara May, the Prime Minister, visited Gulu on Tuesday.", "Amara May", "Prime Minister"),
        ("Mr Tomas Okot, the Prime Minister, visited Gulu on Tuesday.", "Tomas Okot", "Prime Minister"),
        ("Sir Tomas Okot, the Prime Minister, visited Gulu on Tuesday.", "Tomas Okot", "Prime Minister"),
    ],
)
def test_a_courtesy_before_a_name_set_off_with_its_office_is_no_part_of_the_name(
    sentence: str, name: str, title: str
) -> None:
    assert [(m.name, m.title) for m in find_people(sentence)] == [(name, title)]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # (a consort named with the style's "of": the monarch named first leads)
        ("The Queen and the Duke of Lira arrived in Jinja on Tuesday for a two-day visit.", "The Queen"),
        ("The King and the Duchess of Lira toured Jinja on Tuesday.", "The King"),
        ("The Prince of Wales and the Duchess of Lira toured Jinja on Tuesday.", "The Prince of Wales"),
        ("The Queen, accompanied by the Duke of Lira, visited Jinja on Tuesday.", "The Queen"),
    ],
)
def test_a_royal_couple_named_by_styles_travels_as_the_first_named(body: str, name: str) -> None:
    assert [who for who, _ in _trips(body)] == [name]


@pytest.mark.parametrize(
    "body",
    [
        "On Monday the Queen toured Jinja, opening a library. The Queen later flew to Gulu on Tuesday.",
        "On Monday the King visited Jinja.\n\nThe King then travelled to Gulu on Tuesday.",
    ],
)
def test_a_nameless_monarch_is_one_person_however_the_article_is_written(body: str) -> None:
    trips = _trips(body)
    assert len(trips) == 1
    assert trips[0][0].lower() in ("the queen", "the king")
    assert set(trips[0][1]) == {"Jinja", "Gulu"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Tomasz KALEVANO, Prime Minister of Lira, arrived in Jinja on Tuesday for talks.", "Tomasz Kalevano"),
        ("President Adaeze OKONKWO-BELLO toured Jinja on Tuesday.", "Adaeze Okonkwo-Bello"),
        ("José Manuel QUIÑONES ARÉVALO arrived in Jinja on Tuesday.", "José Manuel Quiñones Arévalo"),
        ("Vice Premier ZHAO Wenhai arrived in Jinja on Tuesday. ZHAO Wenhai met traders.", "Zhao Wenhai"),
    ],
)
def test_a_surname_in_capitals_is_read_as_a_name(body: str, name: str) -> None:
    assert _trips(body) == [(name, ("Jinja",))]


def test_letters_in_capitals_that_are_no_surname_keep_their_capitals() -> None:
    from timeline.extract.capitals import folded_capitals

    text = (
        "King Tomas III met US President Ann Poe. The NATO summit, Lira CEO Ivo Roe and the TNI Commander"
        " came. Kampala ICT Hub opened, AM Report."
    )
    assert folded_capitals(text) == text


def _people(body: str) -> list[tuple[str, str | None, str, tuple[str, ...]]]:
    doc = extract_text(f" date 2024-05-02 A report\n\nKAMPALA, May 2 (Reuters) - {body}\n")
    return [
        (t.person.name, t.person.title.name if t.person.title else None, t.status.value, tuple(s.label for s in t.stops))
        for t in doc.trips
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tom Okello said he would visit Gulu on Friday.", ("Tom Okello", None, "planned", ("Gulu",))),
        ("On Monday, Tom Okello said she will travel to Gulu.", ("Tom Okello", None, "planned", ("Gulu",))),
        ("Tom Okello told reporters he had visited Gulu on Friday.", ("Tom Okello", None, "made", ("Gulu",))),
        # (a name of one word: one the report calls so again)
        ("Before leaving, Okello said he would first visit Gulu. Critics said Okello was wrong.", ("Okello", None, "planned", ("Gulu",))),
    ],
)
def test_a_speaker_telling_the_own_journey_with_a_pronoun_travels(body: str, expected: tuple[object, ...]) -> None:
    assert _people(body) == [expected]


@pytest.mark.parametrize("body", ["Police said he would visit Gulu on Friday.", "Officials said she would visit Gulu on Friday."])
def test_a_common_word_before_said_he_is_no_traveller(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kenya's new president headed to Lira on Friday for a state visit. Tom Okello, a 63-year-old former"
            " general, said he would also visit Gulu.",
            [("Tom Okello", "President", "made", ("Lira", "Gulu"))],
        ),
        (
            "The Kenyan president arrived in Gulu on Friday. Before leaving, Okello said he would visit Lira later."
            " Critics said Okello was wrong.",
            [("Okello", "President", "made", ("Gulu", "Lira"))],
        ),
        # ("Ramaphosa ... The President arrived": an office alone after the one untitled name)
        (
            "Tom Okello toured Gulu on Monday. The President then flew to Lira on Tuesday.",
            [("Tom Okello", "President", "made", ("Gulu", "Lira"))],
        ),
        (
            "Tom Okello, 63, arrived in Gulu on Monday. The Prime Minister then flew to Lira on Tuesday.",
            [("Tom Okello", "Prime Minister", "made", ("Gulu", "Lira"))],
        ),
        # (the office written alone is one the report names someone holding in that country: theirs)
        (
            "The Kenyan president arrived in Gulu on Friday. Kenyan President Jane Roe met him. Tom Okello said he"
            " would visit Lira later.",
            [("Jane Roe", "President", "made", ("Gulu",)), ("Tom Okello", None, "planned", ("Lira",))],
        ),
    ],
)
def test_an_office_written_alone_is_the_one_untitled_person_s(body: str, expected: list[tuple[object, ...]]) -> None:
    assert _people(body) == expected


@pytest.mark.parametrize("name", ["Jan Fischer", "Jan Peter Balkenende", "April Ryan", "June Carter", "August Hanning"])
def test_a_given_name_spelt_as_a_month_is_a_name(name: str) -> None:
    doc = extract_text(f" date 2009-11-12 Visit\n\nPrime Minister {name} visited Paris on Monday.\n")
    assert [t.person.name for t in doc.trips] == [name]


# Session 18 (sweep-trip3)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # "Conservative Leader Jane Roe": the party's leader; "Leader" is no part of the name
        ("OTTAWA - Conservative Leader Alma Verdi toured Abbotsford, B.C., on Tuesday for a rally.", "Alma Verdi"),
        ("Liberal Leader Tom Okello, meanwhile, is in Thunder Bay, Ont., where he is to visit businesses.", "Tom Okello"),
    ],
)
def test_a_party_leader_s_office_word_is_no_part_of_the_name(body: str, name: str) -> None:
    doc = extract_text(" date 2015-09-02 Campaign\n\n" + body + "\n")
    assert [t.person.name for t in doc.trips] == [name]


@pytest.mark.parametrize(
    "body",
    [
        # "accompanied by Ruritanian Deputy Prime Minister and Energy Minister X": the words before the
        # office are no name, and its holder does not take the journey from the one accompanied
        "Prime Minister Alma Verdi will visit Singapore on Thursday for the annual retreat. Verdi will be"
        " accompanied by Ruritanian Deputy Prime Minister and Minister of Energy Rob Kettle, Minister of Foreign"
        " Affairs Ana Perel and Minister of Transport Jon Hale.",
        "Prime Minister Alma Verdi will undertake a working visit to Singapore tomorrow. Verdi will be"
        " accompanied by Deputy Prime Minister and Energy Minister Rob Kettle and Foreign Minister Ana Perel.",
    ],
)
def test_words_before_a_companion_s_office_are_no_name(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\n" + body + "\n")
    assert [t.person.name for t in doc.trips] == ["Alma Verdi"]
    assert "Ruritanian Deputy" not in [m.name for m in find_people(body)]
    assert "Deputy Prime" not in [m.name for m in find_people(body)]


def test_an_untitled_companion_is_still_a_name() -> None:
    # "accompanied by Ana Perel and Jon Hale": names, with no office after them
    names = [m.name for m in find_people("President Alma Verdi toured Lagos, accompanied by Ana Perel and Jon Hale.")]
    assert "Ana Perel" in names


# Session 19 (trip4)


@pytest.mark.parametrize("office", ["State Counselor", "State Counsellor"])
def test_a_state_counselor_is_an_office_in_either_spelling(office: str) -> None:
    # the guest, named by an office in its American spelling, travels; the one inviting does not
    body = (
        f"Ruritanian {office} Alma Verdi left Zomba Thursday on an official visit to Ghana at the invitation of"
        " Ghanaian President Tom Okello."
    )
    doc = extract_text(" date 2024-03-13 A report\n\n" + body + "\n")
    assert [(t.person.name, t.person.title.name if t.person.title else None) for t in doc.trips] == [
        ("Alma Verdi", office)
    ]


# Session 19 (sweep-trip5): forms met on fresh pages.


@pytest.mark.parametrize(
    "body",
    [
        "The President of the Republic of Ruritania, His Excellency, Mr Tomas Velkov, will undertake a working"
        " visit to Jinja on 10 May.",
        "The Prime Minister of Ruritania, Her Excellency, Dr Ana Velkova, will pay a working visit to Jinja on 10 May.",
    ],
)
def test_a_style_set_off_by_commas_is_no_name(body: str) -> None:
    found = [(m.name, m.title) for m in find_people(body)]
    assert all("Excellency" not in name for name, _ in found)
    assert len(found) == 1
    assert found[0][0] in ("Tomas Velkov", "Ana Velkova")


def test_a_counterpart_styled_excellency_is_named_after_the_style() -> None:
    found = find_people(
        "In Jinja President Velkov will hold talks with his counterpart, His Excellency President Ama Osei, on trade."
    )
    assert [m.name for m in found] == ["Velkov", "Ama Osei"]
    trips = _trips(
        "His Excellency, President Tomas Velkov, will pay a working visit to Jinja on 10 May. In Jinja President"
        " Velkov will hold talks with his counterpart, His Excellency President Ama Osei, on trade."
    )
    assert [name for name, _ in trips] == ["Tomas Velkov"]


@pytest.mark.parametrize(
    "body",
    [
        # the shorter name first, the fuller one (a middle name) in a quote, the surname after both
        "President Tomas Velkov is expected in Jinja today for a two-day working visit. Minister Ama Osei said"
        " President Velkov will arrive in Jinja tomorrow. \u201cI can confirm that President, Dr Tomas Peter Velkov"
        " will be arriving for a two-day working visit,\u201d she said.",
        "President Tomas Velkov will arrive in Jinja today. \u201cPresident Tomas Peter Velkov will tour Mbale on"
        " Friday,\u201d an aide said. President Velkov will then fly to Gulu.",
    ],
)
def test_a_name_with_and_without_its_middle_name_is_one_traveller(body: str) -> None:
    names = [name for name, _ in _trips(body)]
    assert names == ["Tomas Peter Velkov"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Leader of the Opposition Jane Roe will visit Gulu on Monday.", "Leader of the Opposition"),
        ("Leader of the Opposition (LoP) in the National Assembly Jane Roe will visit Gulu.", "Leader of the Opposition"),
        ("Leader of Opposition (LOP) in Senate Jane Roe will be touring Gulu on Friday.", "Leader of Opposition"),
        ("The Leader of the Opposition, Jane Roe, toured Gulu on Monday.", "Leader of the Opposition"),
    ],
)
def test_the_leader_of_the_opposition_is_an_office(text: str, title: str) -> None:
    assert [(m.name, m.title) for m in find_people(text)] == [("Jane Roe", title)]


def test_an_office_s_short_form_in_brackets_calls_its_holder() -> None:
    trips = _trips(
        "Leader of the Opposition (LoP) in the Senate Jane Roe will tour the north on Monday. Party officials"
        " said the LoP will first arrive in Gulu on Monday morning and then fly to Lira."
    )
    assert trips == [("Jane Roe", ("Gulu", "Lira"))]


@pytest.mark.parametrize(
    "body",
    [
        "Pop star Tara Vance arrived in Gulu on Sunday to start her world tour.",
        "Singer Tara Vance landed in Gulu on Friday for two concerts.",
        "Ruritanian tennis star Tara Vance arrived in Gulu on Friday for an exhibition match.",
        "Veteran footballer Tara Vance arrived in Gulu on Friday for a charity match.",
    ],
)
def test_a_trade_before_a_name_is_no_part_of_it(body: str) -> None:
    assert _trips(body) == [("Tara Vance", ("Gulu",))]


@pytest.mark.parametrize(
    "text",
    [
        "The Prince of Lira, Royal Patron, the Lira Heritage Trust, visited Gulu on Tuesday.",
        "The Prince of Lira, Joint Founder, the Lira Youth Fund, on Tuesday visited Gulu.",
    ],
)
def test_a_role_set_off_after_a_royal_style_is_no_name(text: str) -> None:
    found = [(m.name, m.rule) for m in find_people(text)]
    assert all(not name.endswith(("Patron", "Founder")) for name, _ in found)


@pytest.mark.parametrize(
    "body",
    [
        # the source named in a long opening clause, before its comma
        "President Tomas Velkov will tour the north for three days. According to a programme released to the"
        " press by Provincial Permanent Secretary Dr. Ama Osei, President Velkov is expected to arrive at Gulu"
        " airport on Monday.",
        # the speaker named after the speech word, at the sentence's end
        "President Tomas Velkov will tour the north for three days. \u201cPresident Velkov will visit Gulu and"
        " Lira from May 6 to 8,\u201d said Provincial Permanent Secretary Dr. Ama Osei.",
        # a visit named by the office's adjective is the office holder's
        "President Tomas Velkov will tour the north for three days. Provincial Minister Ama Osei has confirmed"
        " the Presidential visit to Gulu on Friday.",
    ],
)
def test_the_source_of_a_journey_s_news_is_no_traveller(body: str) -> None:
    assert [name for name, _ in _trips(body)] == ["Tomas Velkov"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a portfolio word joined by a hyphen is the portfolio's, not the name's
        ("Minister for Fisheries and Inter-Island Affairs Ana Vuki will tour Savusavu.", "Ana Vuki",
         "Minister for Fisheries and Inter-Island Affairs"),
        ("Minister for Cane and Multi-Faith Relations Tom Bako arrived.", "Tom Bako",
         "Minister for Cane and Multi-Faith Relations"),
        # an archbishop retired keeps the style
        ("The Archbishop Emeritus Tomas Velkov is due to arrive shortly.", "Tomas Velkov", "Archbishop Emeritus"),
    ],
)
def test_a_hyphened_portfolio_and_an_emeritus_archbishop(text: str, name: str, title: str) -> None:
    assert [(m.name, m.title) for m in find_people(text, 0, len(text))] == [(name, title)]


@pytest.mark.parametrize(
    "body",
    [
        "The Prince of Wales visited Jinja on Tuesday, carrying a gift for Prince Ivo. Prince Tomas then toured a"
        " youth centre in the town.",
        "Prince Tomas arrived in Jinja on Tuesday with books for Prince Ivo and Princess Ama. The Prince of Wales"
        " later toured a youth centre.",
        "The Prince of Wales visited Jinja on Tuesday. Crowds sang to Prince Ivo's father as Prince Tomas toured a"
        " youth centre.",
    ],
)
def test_a_royal_named_only_in_passing_does_not_keep_a_style_from_the_named_royal(body: str) -> None:
    assert [name for name, _ in _trips(body)] == ["Tomas"]


def test_a_royal_named_in_passing_still_counts_where_another_sentence_makes_him_act() -> None:
    body = (
        "The Prince of Wales visited Jinja on Tuesday with Prince Ivo. Prince Tomas toured a youth centre."
        " Prince Ivo opened a clinic."
    )
    assert "The Prince of Wales" in [name for name, _ in _trips(body)]


@pytest.mark.parametrize(
    "body",
    [
        "The Duke of Lira visited Jinja on Tuesday. Prince Tomas is the Duke of Lira, a title he took in 2001.",
        "Prince Tomas arrived in Jinja on Tuesday. Tomas, who is also the Duke of Lira, has long loved the town."
        " The Duke of Lira then toured a youth centre.",
        "The Duke of Lira, Prince Tomas, arrived in Jinja on Tuesday. The Duke of Lira later toured a school.",
        "The Duke of Lira visited Jinja on Tuesday with Princess Ama. Prince Tomas, the Duke of Lira, toured a"
        " school. Prince Ivo opened a clinic.",
    ],
)
def test_a_style_a_sentence_gives_a_name_is_that_persons_whatever_its_rank(body: str) -> None:
    assert [name for name, _ in _trips(body)] == ["Tomas"]


def test_a_style_given_to_a_name_the_report_does_not_read_as_a_person_adds_no_one() -> None:
    body = "Prince Tomas arrived in Jinja on Tuesday. Kabale is the Duke of Lira's old home."
    assert [name for name, _ in _trips(body)] == ["Tomas"]


@pytest.mark.parametrize(
    "text",
    [
        "The Duke and Duchess of Elmshire had a packed day on their royal tour of Norland.",
        "Crowds cheered. The Earl and Countess of Brenmoor enjoyed a concert during their visit to Dunfield.",
    ],
)
def test_a_couple_s_style_opening_a_sentence_is_a_royal_whatever_verb_follows(text: str) -> None:
    assert [m.name for m in find_people(text, 0, len(text))] == [
        "The Duke of Elmshire" if "Duke" in text else "The Earl of Brenmoor"
    ]


def test_a_couple_s_style_met_mid_sentence_is_not_read_so() -> None:
    text = "President Ann Poe met The Duke and Duchess of Elmshire at the palace."
    assert "The Duke of Elmshire" not in [m.name for m in find_people(text, 0, len(text))]


def test_a_royal_couple_on_tour_is_the_traveller_not_their_host() -> None:
    doc = extract_text(
        " date 2024-05-02 A report\n\nThe Duke and Duchess of Elmshire had a busy schedule on the second day of"
        " their royal tour of Kenya. Their first call was the office of Prime Minister Tom Bako, where they held a"
        " brief meeting with him.\n"
    )
    assert [t.person.name for t in doc.trips] == ["The Duke of Elmshire"]


def test_a_peer_couples_style_is_the_one_prince_the_report_names() -> None:
    body = (
        "The Duke and Duchess of Lira arrived in Gulu on Monday. Prince Tomas and Ama visited a school in Jinja"
        " on Tuesday."
    )
    assert _trips(body) == [("Tomas", ("Gulu", "Jinja"))]


def test_a_peer_couples_style_stays_itself_where_the_report_names_two_princes() -> None:
    body = (
        "The Duke and Duchess of Lira arrived in Gulu on Monday. Prince Tomas and Prince Ivo visited a school"
        " in Jinja on Tuesday."
    )
    assert [name for name, _ in _trips(body)][:1] == ["The Duke of Lira"]
