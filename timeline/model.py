"""The event model: who went where, and when, each fact tied to its words.

Every class is a frozen, slotted ``attrs`` class whose validators state the
invariants (a span ends on or after it starts, evidence text is the slice its
offsets name).  The classes made for every mention (:class:`Evidence`,
:class:`DateSpan`, :class:`DateMention`, :class:`Unknown`) check all their
fields in one ``__attrs_post_init__`` instead, which costs a third as much.  What the text does not say is a value, :class:`Unknown`, never
a silent ``None`` and never an exception.

>>> import datetime as dt
>>> span = DateSpan(dt.date(2025, 10, 9), dt.date(2025, 10, 11))
>>> span.days
3
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import Any

from attrs import field, frozen
from attrs.validators import deep_iterable, in_, instance_of, optional

from gazetteer.model import Place, PlaceKind, PlaceRef, Resolved, Unresolved

__all__ = [
    "DateMention",
    "DateSpan",
    "Dateline",
    "Document",
    "Evidence",
    "Extraction",
    "FileError",
    "Itinerary",
    "Person",
    "Place",
    "PlaceKind",
    "PlaceRef",
    "Precision",
    "Resolved",
    "SCHEMA",
    "Source",
    "Stop",
    "Title",
    "Trip",
    "TripKind",
    "TripStatus",
    "Unknown",
    "Unresolved",
]

SCHEMA = "timeline/1"
"""The version tag written at the top of every JSON export."""


def _tuple_of(kind: type | tuple[type, ...]) -> Any:
    """A tuple field whose members are all ``kind`` (a list given is made a tuple)."""
    return field(
        factory=tuple,
        converter=tuple,
        validator=deep_iterable(instance_of(kind), instance_of(tuple)),
    )


class Precision(enum.Enum):
    """How finely a span is known: a day, or only its week, month, quarter, year or decade."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"


class TripKind(enum.Enum):
    """What the report calls the journey."""

    INSPECTION = "inspection"
    RESEARCH = "research"
    VISIT = "visit"
    OTHER = "other"


class TripStatus(enum.Enum):
    """Whether the report says the journey was made, is under way, or is planned."""

    MADE = "made"
    PLANNED = "planned"


@frozen
class Evidence:
    """The words that support a fact.

    Attributes:
        start: offset of the first character in the article text.
        end: offset one past the last character.
        text: exactly ``article_text[start:end]``.
        rule: the name of the rule that read the fact from these words.
        source: the path or URL of the article the offsets point into
            (empty while the evidence has not left its article).
    """

    start: int
    end: int
    text: str
    rule: str
    source: str = ""

    def __attrs_post_init__(self) -> None:
        # one check for the whole object, not a validator call per field: every mention makes one
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise TypeError(f"evidence offsets must be int, not {self.start!r} and {self.end!r}")
        if not (isinstance(self.text, str) and isinstance(self.rule, str) and isinstance(self.source, str)):
            raise TypeError("evidence text, rule and source must be str")
        if self.start < 0:
            raise ValueError(f"evidence start {self.start} is negative")
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"evidence text has {len(self.text)} characters but its offsets span {self.end - self.start}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int, rule: str, *, source: str = "") -> Evidence:
        """The evidence for ``text[start:end]``."""
        return cls(start, end, text[start:end], rule, source)


@frozen
class Unknown:
    """A fact the text does not give or that could not be resolved.

    Attributes:
        reason: why it is unknown ("no dateline", "Feb. 30 is not a date").
        text: the words that were tried, if any.
    """

    reason: str
    text: str = ""

    def __attrs_post_init__(self) -> None:
        if not (isinstance(self.reason, str) and isinstance(self.text, str)):
            raise TypeError(
                f"an Unknown's reason and text must be str, not {self.reason!r} and {self.text!r}"
            )


@frozen
class DateSpan:
    """A span of whole days, both ends inclusive.

    Attributes:
        start: the first day.
        end: the last day (``>= start``).
        precision: how finely the text gives it; a month-precision span runs
            from the month's first to its last day.
        open_end: the text gives the start but not the end ("began a visit on
            Wednesday"); ``end`` is then the last day the text vouches for.
    """

    start: dt.date
    end: dt.date
    precision: Precision = Precision.DAY
    open_end: bool = False

    def __attrs_post_init__(self) -> None:
        # one check for the whole object, as for Evidence
        for day in (self.start, self.end):
            if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
                raise TypeError(f"a DateSpan holds dates, not {type(day).__name__}")
        if not isinstance(self.precision, Precision) or not isinstance(self.open_end, bool):
            raise TypeError(f"bad precision {self.precision!r} or open_end {self.open_end!r}")
        if self.end < self.start:
            raise ValueError(f"span ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def day(cls, day: dt.date) -> DateSpan:
        """The one-day span of ``day``."""
        return cls(day, day, Precision.DAY)

    @property
    def days(self) -> int:
        """How many days the span covers, both ends counted."""
        return (self.end - self.start).days + 1

    def __contains__(self, other: object) -> bool:
        if isinstance(other, DateSpan):
            return self.start <= other.start and other.end <= self.end
        if isinstance(other, dt.date):
            return self.start <= other <= self.end
        return False

    def overlaps(self, other: DateSpan) -> bool:
        """Whether the two spans share a day."""
        return self.start <= other.end and other.start <= self.end

    def dates(self) -> Iterator[dt.date]:
        """Every day of the span, in order."""
        for offset in range(self.days):
            yield self.start + dt.timedelta(days=offset)


Span = DateSpan | Unknown
"""A span, or the reason it is not known."""


@frozen
class DateMention:
    """A date or date range the report mentions, resolved or not.

    Attributes:
        text: the words, as written.
        span: the resolved span, or :class:`Unknown` with the reason.
        evidence: where the words are and the rule that read them.
    """

    text: str
    span: Span
    evidence: Evidence

    def __attrs_post_init__(self) -> None:
        if not (
            isinstance(self.text, str)
            and isinstance(self.span, DateSpan | Unknown)
            and isinstance(self.evidence, Evidence)
        ):
            raise TypeError(f"bad DateMention fields: {self.text!r}, {self.span!r}, {self.evidence!r}")


@frozen
class Title:
    """An office as the report gives it: "Vice Premier", "U.S. Secretary of State"."""

    name: str = field(validator=instance_of(str))

    def __str__(self) -> str:
        return self.name


@frozen
class Person:
    """A traveller or companion.

    Attributes:
        name: the full name as first given, in the report's script ("Zhang Guoqing"; in a
            Chinese report "张国清" or "張國清").
        title: the office the report gives, or ``None`` where it gives none.
        aliases: other ways the report refers to the person ("Zhang", "the premier").
        pinyin: where ``name`` is written in Chinese characters, its pinyin, surname first
            ("Zhang Guoqing"); empty for a name written in Latin letters.
    """

    name: str = field(validator=instance_of(str))
    title: Title | None = field(default=None, validator=optional(instance_of(Title)))
    aliases: tuple[str, ...] = _tuple_of(str)
    pinyin: str = field(default="", validator=instance_of(str))


@frozen
class Dateline:
    """The line that opens a wire report: "HANGZHOU, Oct. 11 (Xinhua) --".

    Attributes:
        place: the place as written ("HANGZHOU").
        date: the day, with the year from the publication date, or :class:`Unknown`.
        agency: the agency as written ("Xinhua"), empty where none is named.
        evidence: the words of the dateline.
    """

    place: str = field(validator=instance_of(str))
    date: dt.date | Unknown = field(validator=instance_of((dt.date, Unknown)))
    agency: str = field(validator=instance_of(str))
    evidence: Evidence = field(validator=instance_of(Evidence))


@frozen
class Source:
    """The article a fact comes from.

    Attributes:
        path: the file path or URL.
        headline: the headline, empty if none was found.
        published: the publication day, or :class:`Unknown`.
        publisher: the agency or site, empty where unknown.
    """

    path: str = field(validator=instance_of(str))
    headline: str = field(default="", validator=instance_of(str))
    published: dt.date | Unknown = field(
        default=Unknown("not given"), validator=instance_of((dt.date, Unknown))
    )
    publisher: str = field(default="", validator=instance_of(str))


@frozen
class Stop:
    """A place the person is reported to have been, and when.

    Attributes:
        place: the resolved place, or the unresolved mention with its reason.
        span: the day(s) at the place, or :class:`Unknown`.
        evidence: the words that put the person there.
    """

    place: PlaceRef = field(validator=instance_of((Resolved, Unresolved)))
    span: Span = field(default=Unknown("no date given"), validator=instance_of((DateSpan, Unknown)))
    evidence: tuple[Evidence, ...] = _tuple_of(Evidence)

    @property
    def start(self) -> dt.date | None:
        """The first day at the place, or ``None`` where the report gives no date."""
        return _span_start(self.span)

    @property
    def end(self) -> dt.date | None:
        """The last day at the place, or ``None`` where the report gives no date."""
        return _span_end(self.span)

    @property
    def label(self) -> str:
        """The place's name (``"Ningbo"``), or ``"unresolved: TEXT"`` with the words as written."""
        return _place_label(self.place)

    @property
    def location(self) -> Place | None:
        """The gazetteer record of the place, or ``None`` where the name was not resolved."""
        return self.place.place if isinstance(self.place, Resolved) else None


@frozen
class Trip:
    """One journey of one person, as one or more reports tell it.

    Attributes:
        person: the traveller, with the title the report gives.
        kind: research, inspection, visit or other, as the text calls it.
        span: the days of the trip, or :class:`Unknown` with the reason.
        status: made, or planned ("will visit").
        regions: the provinces or countries the trip covered.
        stops: the places within them, in itinerary order.
        companions: people reported as travelling with the person.
        evidence: the words that report the trip.
        sources: the articles that report it.
    """

    person: Person = field(validator=instance_of(Person))
    kind: TripKind = field(default=TripKind.OTHER, validator=instance_of(TripKind))
    span: Span = field(default=Unknown("no date given"), validator=instance_of((DateSpan, Unknown)))
    status: TripStatus = field(default=TripStatus.MADE, validator=instance_of(TripStatus))
    regions: tuple[PlaceRef, ...] = _tuple_of((Resolved, Unresolved))
    stops: tuple[Stop, ...] = _tuple_of(Stop)
    companions: tuple[Person, ...] = _tuple_of(Person)
    evidence: tuple[Evidence, ...] = _tuple_of(Evidence)
    sources: tuple[Source, ...] = _tuple_of(Source)

    @property
    def start(self) -> dt.date | None:
        """The first day of the trip, or ``None`` where the report gives no date."""
        return _span_start(self.span)

    @property
    def end(self) -> dt.date | None:
        """The last day of the trip, or ``None`` where the report gives no date."""
        return _span_end(self.span)

    @property
    def who(self) -> str:
        """The traveller with the title the report gives: ``"Vice Premier Zhang Guoqing"``."""
        person = self.person
        if person.title is None or person.title.name.lower() in person.name.lower():
            return person.name  # a traveller known by the office alone: "The King", not "King The King"
        return f"{person.title.name} {person.name}"

    @property
    def places(self) -> tuple[str, ...]:
        """The labels of the regions covered (see :attr:`Stop.label`)."""
        return tuple(_place_label(region) for region in self.regions)

    def __repr__(self) -> str:
        return (
            f"<Trip {self.who}, {self.kind.value}, {_span_text(self.span)}, "
            f"{len(self.stops)} stop{'' if len(self.stops) == 1 else 's'}>"
        )

    def _repr_html_(self) -> str:
        return _trips_html((self,))


@frozen
class Document:
    """What was read from one article.

    Attributes:
        path: where the article came from.
        headline: its headline, empty where none was found.
        published: the publication day, or :class:`Unknown` with the reason.
        published_time: the publication time of day, or :class:`Unknown`.
        dateline: the dateline, or :class:`Unknown` with the reason.
        dates: every date or date range the report mentions.
        trips: the trips it reports (none is a valid reading).
    """

    path: str = field(validator=instance_of(str))
    headline: str = field(default="", validator=instance_of(str))
    published: dt.date | Unknown = field(
        default=Unknown("not given"), validator=instance_of((dt.date, Unknown))
    )
    published_time: dt.time | Unknown = field(
        default=Unknown("not given"), validator=instance_of((dt.time, Unknown))
    )
    dateline: Dateline | Unknown = field(
        default=Unknown("not given"), validator=instance_of((Dateline, Unknown))
    )
    dates: tuple[DateMention, ...] = _tuple_of(DateMention)
    trips: tuple[Trip, ...] = _tuple_of(Trip)

    def __repr__(self) -> str:
        published = self.published.isoformat() if isinstance(self.published, dt.date) else "undated"
        return (
            f"<Document {self.path!r} {_headline(self.headline)!r}, {published}, "
            f"{_count(len(self.trips), 'trip')}>"
        )

    def _repr_html_(self) -> str:
        published = self.published.isoformat() if isinstance(self.published, dt.date) else "undated"
        caption = f"{self.path}: {_headline(self.headline)} ({published})"
        return _trips_html(self.trips, caption=caption)


@frozen
class FileError:
    """An input that could not be read, and why."""

    path: str = field(validator=instance_of(str))
    reason: str = field(validator=instance_of(str))


@frozen
class Extraction:
    """The result of reading a batch of articles: what was read, and what could not be."""

    documents: tuple[Document, ...] = _tuple_of(Document)
    errors: tuple[FileError, ...] = _tuple_of(FileError)
    schema: str = field(default=SCHEMA, validator=in_([SCHEMA]))

    def itinerary(self) -> Itinerary:
        """Every trip of every document, as one itinerary (unmerged)."""
        return Itinerary(tuple(trip for doc in self.documents for trip in doc.trips))

    def __repr__(self) -> str:
        trips = sum(len(doc.trips) for doc in self.documents)
        return (
            f"<Extraction {_count(len(self.documents), 'document')}, {_count(trips, 'trip')}, "
            f"{_count(len(self.errors), 'error')}>"
        )

    def _repr_html_(self) -> str:
        caption = f"{_count(len(self.documents), 'document')}, {_count(len(self.errors), 'error')}"
        return _trips_html(self.itinerary().trips, caption=caption)


@frozen
class Itinerary:
    """The trips of many people from many sources."""

    trips: tuple[Trip, ...] = _tuple_of(Trip)

    def people(self) -> tuple[str, ...]:
        """The travellers' names, in order of first appearance."""
        return tuple(dict.fromkeys(trip.person.name for trip in self.trips))

    def of(self, name: str) -> Itinerary:
        """The itinerary of one person."""
        return Itinerary(tuple(trip for trip in self.trips if trip.person.name == name))

    def stops(self) -> tuple[Stop, ...]:
        """Every stop of every trip, in trip order."""
        return tuple(stop for trip in self.trips for stop in trip.stops)

    def __repr__(self) -> str:
        return f"<Itinerary {_count(len(self.trips), 'trip')} of {_count(len(self.people()), 'person', 'people')}>"

    def _repr_html_(self) -> str:
        return _trips_html(self.trips)


# --- plain accessors and notebook display -------------------------------------------------------------


def _span_start(span: Span) -> dt.date | None:
    return span.start if isinstance(span, DateSpan) else None


def _span_end(span: Span) -> dt.date | None:
    return span.end if isinstance(span, DateSpan) else None


def _span_text(span: Span) -> str:
    if isinstance(span, Unknown):
        return "undated"
    if span.start == span.end:
        return span.start.isoformat()
    return f"{span.start.isoformat()} to {span.end.isoformat()}"


def _place_label(ref: PlaceRef) -> str:
    return ref.place.name if isinstance(ref, Resolved) else f"unresolved: {ref.text}"


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _headline(headline: str, width: int = 60) -> str:
    return headline if len(headline) <= width else headline[: width - 1] + "…"


def _trips_html(trips: tuple[Trip, ...], *, caption: str = "") -> str:
    """A small table: one row per trip, then one indented row per stop."""
    from html import escape

    rows = []
    for trip in trips:
        rows.append(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                escape(trip.who),
                escape(f"{trip.kind.value}, {trip.status.value}"),
                escape(_span_text(trip.span)),
                escape(", ".join(trip.places)),
            )
        )
        rows.extend(
            f"<tr><td></td><td>stop</td><td>{escape(_span_text(stop.span))}</td><td>{escape(stop.label)}</td></tr>"
            for stop in trip.stops
        )
    head = f"<caption>{escape(caption)}</caption>" if caption else ""
    return (
        f"<table>{head}<thead><tr><th>who</th><th>what</th><th>when</th><th>where</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
