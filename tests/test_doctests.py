"""The examples in docstrings run and say what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "timeline",
    "timeline._regex",
    "timeline.model",
    "timeline.export",
    "timeline.export._numbering",
    "timeline.export.json",
    "timeline.itinerary",
    "timeline.rendering._names",
    "gazetteer",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
