"""Chinese report -> trips: traveller, kind, status, span, regions, stops, companions.

Rules, each named in the evidence they make:

* ``zh-sentence``: sentences end at ``。！？；`` or a line end.
* ``zh-trip-<kind>``: a sentence reports a trip when a roster person (by name, or by a title
  only they hold) comes before a trip word: ``考察/视察/检查`` inspection, ``调研`` research,
  ``访问/国事访问/出访/到访/慰问`` visit, ``出席/抵达/前往/来到/深入/先后/途经/赴`` other; an
  "other" word needs a place in the sentence.  A person named only after ``陪同/一同/随同``
  or ``会见`` is not the subject.
* ``zh-planned``: ``将/将于/拟/即将/计划`` before the trip word makes the trip planned.
* ``zh-about``: a later sentence with no trip subject of its own but naming the traveller (or
  ``他/她``) adds its places and days to the trip.
* ``zh-span``: the trip's days are the union of the day-precise dates of its sentences; with
  none, a vague phrase (``近日``) gives an Unknown with its reason.
* ``zh-stop``: a city, county or foreign city in the trip's sentences is a stop; a province or
  country is a region; the stop's days are those of its sentence, else the trip's when it is
  the only stop.
* ``zh-companion``: people named in a trip sentence before ``陪同``/``一同``/``随同`` go along.

Rules added for the subject and the kind of a trip:

* ``zh-adjacent``: the person named right before the trip word is its subject ("欢迎习近平到访").
* ``zh-host``, ``zh-partner``: a person named in ``受/应...邀请`` or after ``与/同/和`` is a host
  or a partner, not the traveller; ``时任`` marks a past office told as background.
* ``zh-during``: "访问期间，..." tells the programme of a trip already told (not a new planned
  trip), and its subject is the person after the clause.
* ``zh-attend-at-home``: ``出席`` a meeting in Beijing is no journey.
* ``zh-speech``, ``zh-hedge``, ``zh-plan``: a trip word in what the subject says (``表示``,
  ``指出``), after ``有意/可能``, or before ``计划/规划`` is no trip.
* ``zh-others-visit``: "对...的访问表示欢迎" welcomes another's visit.
* ``zh-visitor``: "会见来访的日本首相某某": the visitor's trip, at the dateline's city.
* ``zh-relative``: "正在四川视察灾情的国家副主席某某": that person's trip (told in passing).
* ``zh-itinerary``: a sentence told from the itinerary ("根据行程规划") is of a planned trip.
* ``zh-about`` also takes a sentence about the delegation (``代表团``, ``一行``).
* Words: ``述职``, ``探访``, ``走访``, ``访港/访华...`` (visit) and ``抵港...`` (arrival).

And for stops: ``zh-stop-day`` (a stop's days are its clause's; see :func:`_stop_days`),
``zh-only-stop`` (the only stop, dated by its arrival alone, spans the trip), ``zh-district`` (a
district of a city stop is part of it, unless written right after its city: ``杭州余杭区``) and a municipality or SAR after an arrival word with only
places between is the city arrived in.

And from the later development reports: ``zh-companion-under`` ("王五在赵六陪同下": only those
between 在 and 陪同下 go along) and ``zh-headline-place`` (a trip the body places nowhere is where its
headline puts it, see :func:`_headline_places`).

And ``zh-scene`` (session gap-zhstops): a sentence of no one that opens on where ("在某县某乡某村一户农民家，
主人某某说"), once a trip is under way, sets the scene: its places are stops of the next sentence of
that paragraph told of the traveller (by name or 他/她), unless a place is named between.
"""

from __future__ import annotations

from timeline.zh.trips.reading import find_trips
from timeline.zh.trips.roster import roster_of

__all__ = ["find_trips", "roster_of"]
