"""Reading rules for travellers whose trip sentences a gate turned away (session 21, gap-gate).

Each text is written for the test, with invented travellers, in the shapes real reports take.
"""

from __future__ import annotations

import pytest

from timeline.extract import extract_text


def _travellers(text: str) -> list[str]:
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    return [t.person.name for t in doc.trips]


# --- "Mr Bello's trip has given him ...": the traveller's own journey, named by its noun -----------


@pytest.mark.parametrize(
    "text",
    [
        "Trade Minister Ada Bello said that her visit would open new markets for farmers. "
        "She is leading a delegation of forty exporters.",
        "Prime Minister Tomas Arkwright is heading home. "
        "Mr Arkwright's trip has given him a sense of the anger many farmers feel.",
        "The talks coincide with the official state visit by President Tomas Arkwright to the kingdom.",
    ],
)
def test_the_travellers_own_journey_named_by_its_noun(text: str) -> None:
    assert any("Bello" in name or "Arkwright" in name for name in _travellers(text))


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun before anyone is named: whose visit is not told by the subject
        "During his visit, Foreign Minister Tomas Arkwright will meet farmers and exporters.",
        # someone else is named with the pronoun: the visit may be theirs
        "President Ada Bello thanked Governor Tomas Arkwright for his visit.",
        # an earlier or a later journey is not the one the report tells
        "Trade Minister Ada Bello said that her last visit had opened new markets for farmers.",
        "Trade Minister Ada Bello said that her next trip would open new markets for farmers.",
        # a day told: the dated rules read it, not this one
        "Trade Minister Ada Bello said on Monday that the exporters' visit had been a success.",
    ],
)
def test_no_own_journey_where_the_noun_may_be_anothers(text: str) -> None:
    assert _travellers(text) == []
