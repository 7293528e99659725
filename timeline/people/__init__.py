"""People and their titles: "Chinese Vice Premier Zhang Guoqing", "Xi Jinping, general secretary of
the CPC Central Committee", and the later mentions that point back to them ("Zhang", "the premier").

The office is what the report gives before the name or in an apposition after it; a party
membership clause ("also a member of the Political Bureau ...") is not a title.

The package's parts: :mod:`~timeline.people.offices` (offices, styles, demonyms),
:mod:`~timeline.people.mentions` (titled names found in the text), :mod:`~timeline.people.names`
(names compared), :mod:`~timeline.people.heads` (heads of state, royal styles, references) and
:mod:`~timeline.people.roster` (who a report is about, and the later mentions).
"""

from __future__ import annotations

from timeline.people.heads import is_head, mention_references
from timeline.people.mentions import (
    DEMONYMS,
    OfficeAlone,
    PersonMention,
    find_people,
    headline_subject,
    named_subjects,
    offices_alone,
)
from timeline.people.names import surname
from timeline.people.roster import Roster

__all__ = [
    "DEMONYMS",
    "OfficeAlone",
    "PersonMention",
    "Roster",
    "find_people",
    "headline_subject",
    "is_head",
    "mention_references",
    "named_subjects",
    "offices_alone",
    "surname",
]
