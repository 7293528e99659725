"""The settings of extraction."""

from __future__ import annotations

from attrs import frozen


@frozen
class ExtractOptions:
    """Settings for extraction; vary with ``attrs.evolve``.

    Attributes:
        caption_link_min_words: content words a dated caption must share with a body sentence
            to lend that sentence's city its date.
        same_trip_gap_days: trip sentences of one person whose days are at most this far apart
            tell one trip.
    """

    caption_link_min_words: int = 3
    same_trip_gap_days: int = 3
