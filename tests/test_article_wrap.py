"""Double-spaced and hard-wrapped copy: a line cut mid-clause runs on across one blank line.

The text is never changed: a joined paragraph's offsets are the first line's start and the last
line's end, and its text is the slice of the report between them, blank lines included.
"""

from __future__ import annotations

from timeline.article import Article, ParagraphKind
from timeline.export import unstructure
from timeline.extract import extract_document

DOUBLE_SPACED = (
    "VELMORA, Oct 2, 2019 (KNA) - President Adra Tolvane leaves here\n"
    "\n"
    "tomorrow for Quessant on a four-day official visit to attend the Northern\n"
    "\n"
    "Harbour Summit of the Coastal Forum.\n"
    "\n"
    "Officials said a flight of Velmora Airways carrying the president and her\n"
    "\n"
    "entourage members will depart Ostrava Field International Airport around\n"
    "\n"
    "8am and reach Quessant at 10am local time.\n"
    "\n"
    "She will hold talks with her counterpart Imre Dalsko in Quessant on\n"
    "\n"
    "October 5 and return home on October 6.\n"
)


def _body(text: str) -> list[str]:
    return [p.text for p in Article.from_text(text).paragraphs if p.kind is ParagraphKind.BODY]


def test_double_spaced_lines_are_one_paragraph() -> None:
    body = _body(DOUBLE_SPACED)
    assert len(body) == 3
    assert body[0].startswith("VELMORA")
    assert body[0].endswith("Coastal Forum.")
    # a line that ends on a name runs on into the next when the copy is double-spaced throughout
    assert "Northern\n\nHarbour Summit" in body[0]
    assert body[1].endswith("10am local time.")


def test_joined_paragraph_offsets_point_into_the_text() -> None:
    article = Article.from_text(DOUBLE_SPACED)
    for paragraph in article.paragraphs:
        assert DOUBLE_SPACED[paragraph.start : paragraph.end] == paragraph.text


def test_double_spaced_report_gives_the_trip() -> None:
    document = extract_document(Article.from_text(DOUBLE_SPACED))
    trips = [t for t in unstructure(document)["trips"] if "Tolvane" in t["person"]["name"]]
    assert trips
    assert (trips[0]["span"]["start"], trips[0]["span"]["end"]) == ("2019-10-03", "2019-10-06")


def test_one_cut_line_runs_on_in_lower_case() -> None:
    text = (
        "Minister Oren Valdt arrived back in Kestria today, his office said.\n"
        "\n"
        "Mr Valdt's plane left Tambor in the Lusic Republic\n"
        "\n"
        "last night and touched down in the capital early this morning.\n"
    )
    body = _body(text)
    assert body[-1].startswith("Mr Valdt's plane")
    assert body[-1].endswith("this morning.")


def test_open_clause_runs_on_across_a_blank_line() -> None:
    text = (
        "Governor Hal Brenic said the tour of the northern districts would open at\n"
        "\n"
        "Marrow Point on Monday.\n"
    )
    assert len(_body(text)) == 1


def test_paragraphs_that_end_stay_apart() -> None:
    text = (
        "Governor Hal Brenic toured the northern districts on Monday.\n"
        "\n"
        "He met farmers in Marrow Point and promised new roads.\n"
    )
    assert len(_body(text)) == 2


def test_byline_link_and_headline_do_not_run_on() -> None:
    text = (
        "Governor Hal Brenic tours flood-hit northern districts of Kestria\n"
        "\n"
        "by Staff reporter\n"
        "\n"
        "www.kestria-news.example 12 March 2019\n"
        "\n"
        "Hal Brenic reviews the week in the northern districts\n"
        "\n"
        "issue 12 March 2019\n"
        "\n"
        "MARROW POINT, March 12 (KNA) - Governor Hal Brenic toured the flooded districts on Monday.\n"
    )
    article = Article.from_text(text)
    assert all("\n\n" not in p.text for p in article.paragraphs)


def test_list_ending_in_a_comma_does_not_run_on() -> None:
    text = (
        "MARROW POINT, March 12 (KNA) - Governor Hal Brenic toured the flooded districts on Monday.\n"
        "\n"
        "The governor visited the hospital, the police station, the water board, the mission, among others,\n"
        "\n"
        "The heads of the institutions welcomed the visit.\n"
    )
    assert len(_body(text)) == 3


def test_long_headline_is_not_joined_to_the_dateline() -> None:
    # (double-spaced copy wrapped at a width: a line as long as the wrapped ones may run on, but
    # never into a dateline)
    text = "Kestria's president to visit Quessant for four days to attend the forum\n\n" + DOUBLE_SPACED
    article = Article.from_text(text)
    assert article.headline.startswith("Kestria's president")
    assert article.dateline.place == "VELMORA" or "VELMORA" in str(article.dateline)


def test_label_in_capitals_opens_an_item() -> None:
    # copy wrapped at a width: a line as long as the wrapped ones runs on, but never into a label
    text = (
        "Daily diary of events for Tuesday 4 March compiled by the desk editors\n"
        "KESTRIA: President Adra Tolvane continues three-day visit for talks with\n"
        "counterpart Imre Dalsko in the port city of Quessant (Kestrian news agency\n"
        "LUSIC: Opposition parties hold a rally on school fees at the ministry in\n"
        "the capital Tambor ahead of next month's parliamentary polls (Lusic radio\n"
        "VARNIA: Foreign Secretary Oren Valdt visits the border town of Marrow amid\n"
        "protests from farmers over the new customs post (Varnian television)\n"
    )
    body = [p.text for p in Article.from_text(text).paragraphs]
    assert any(p.startswith("LUSIC:") for p in body)
    assert any(p.startswith("VARNIA:") for p in body)
    assert all(p.count(":") <= 1 for p in body)


def test_short_lower_case_word_runs_on() -> None:
    text = (
        "Minister Oren Valdt arrived back in Kestria today, his office said.\n"
        "\n"
        "He met the new ambassador from the Lusic Republic, Ivo Nathan\n"
        "\n"
        "and later flew home.\n"
    )
    assert _body(text)[-1].endswith("and later flew home.")


def test_a_headline_ending_on_a_compound_does_not_run_on_into_the_dateline() -> None:
    # "swearing-in", "sit-in", "add-on": the compound's last part is no preposition left open
    for last in ("swearing-in", "sit-in", "add-on", "run-up to"):
        text = (
            f"Velmoran king arrives in Quessant for new president's {last}\n"
            "\n"
            "Quessant, Mar 10 (EFE).- King Adro of Velmora arrived in Quessant on Thursday to attend the "
            "swearing-in of the new president, Imre Dalsko.\n"
        )
        article = Article.from_text(text, source="compound.txt")
        if last == "run-up to":  # (a plain open word still runs on)
            assert article.headline != f"Velmoran king arrives in Quessant for new president's {last}"
            continue
        assert article.headline == f"Velmoran king arrives in Quessant for new president's {last}", last
        assert article.dateline.place == "Quessant", last
        assert article.dateline.agency == "EFE", last
