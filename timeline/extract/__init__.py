"""Article -> trips: who travelled, with what title, where and when, each fact with its words.

The rules are a careful reader's, applied sentence by sentence to the body and the photo
captions (never to headers or site boilerplate):

1. **People.** Titled full names ("Chinese Vice Premier Zhang Guoqing", "Xi Jinping, general
   secretary of the CPC Central Committee") make the roster; later mentions ("Zhang", "the
   premier", "he", "the visit") point back to it.
2. **Trip sentences.** A sentence reports a trip when its subject is a person on the roster and
   it says the person made a journey: a trip noun ("research trip", "inspection tour", "field
   study", "state visit") or a travel verb ("inspected", "visited", "toured", "arrived in")
   together with a region, a date range, or a place and a date.  Future tense ("will visit")
   makes the trip *planned*.  Meetings with no travel are not trips; a sentence about a
   companion ("took part in the inspection") is not the companion's trip.
3. **One journey, several sentences.** Trip sentences of one person whose days meet or lie
   within a few days of each other tell one trip ("arrived in Astana on Wednesday", "left Almaty
   on Friday after concluding a three-day state visit").  A stated length ("a three-day visit")
   with its first or last day gives the whole span; a start with no end ("began an inspection
   tour on Wednesday") keeps an open end.  A date inside a "since ..." clause dates that clause,
   not the trip.
4. **Regions and stops** are places the traveller is said to go to or be in: named after a
   travel or locative word ("in", "to", "visited", "tour of", "the city of") or listed with
   one.  Provinces and countries are regions (from trip sentences); cities, counties, towns
   and villages are stops (from trip sentences, sentences about the traveller, and captions).
   The dateline city is a stop only when the text puts the person there ("arrived here").
   Names inside organisations, people's names, demonyms and natural features are not places.
5. **Stop days**: the days given in the stop's sentences or captions; a dated caption that
   names no city but shows the same visit as a body sentence (shared content words) dates that
   sentence's city; a trip's only stop, named in the sentence that gives the trip's span, takes
   that span.
6. **Companions**: people who "accompanied", "took part in" or "joined" the trip, or who are
   named with the traveller as the trip's subject ("King Charles III and Queen Camilla").

The package's parts, in the order a report passes through them: :mod:`~timeline.extract.document`
(the entry points), :mod:`~timeline.extract.roster` (who the report is about),
:mod:`~timeline.extract.places` (which names are places, and the places the gazetteer misses),
:mod:`~timeline.extract.units` (the sentences, their subjects, dates, places and trip words:
:mod:`~timeline.extract.trip_words`, :mod:`~timeline.extract.governed`),
:mod:`~timeline.extract.trip_sentences` and :mod:`~timeline.extract.drafting` (trip sentences gathered
into :mod:`~timeline.extract.drafts`), :mod:`~timeline.extract.spans` (their days),
:mod:`~timeline.extract.stops` (their stops) and :mod:`~timeline.extract.trips` (the trips built);
:mod:`~timeline.extract.cues` holds the cues several parts read, :mod:`~timeline.extract.options`
the settings.
"""

from timeline._pattern_store import stored_patterns

with stored_patterns("extract"):  # (the reader's patterns compiled from the store of an earlier run: a quick start)
    from timeline.extract.document import extract_document, extract_text
    from timeline.extract.options import ExtractOptions
    from timeline.extract.places import warm_up

__all__ = ["ExtractOptions", "extract_document", "extract_text", "warm_up"]
