"""The public API of both packages: ``__all__`` is sorted, complete and importable."""

from __future__ import annotations

import importlib
import types

import pytest

MODULES = [
    "timeline",
    "gazetteer",
    "timeline.model",
    "timeline.export",
    "timeline.errors",
    "gazetteer.model",
    "gazetteer.errors",
    "timeline.testing.strategies",
]


@pytest.mark.parametrize("name", MODULES)
def test_all_is_sorted_and_importable(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__all__ == sorted(module.__all__), f"{name}.__all__ is not sorted"
    assert len(set(module.__all__)) == len(module.__all__)
    for public in module.__all__:
        assert hasattr(module, public), f"{name}.__all__ names {public}, which does not exist"


@pytest.mark.parametrize("name", ["timeline", "gazetteer"])
def test_package_exports_only_its_api(name: str) -> None:
    module = importlib.import_module(name)
    for public in module.__all__:  # a lazy package binds each name on first use
        getattr(module, public)
    public = {
        attr
        for attr, value in vars(module).items()
        if not attr.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public == set(module.__all__), f"{name} exposes names outside __all__"
    assert sorted(dir(module)) == sorted(module.__all__)
    assert 5 <= len(module.__all__) <= 20


@pytest.mark.parametrize("name", ["timeline.errors", "gazetteer.errors"])
def test_errors_have_one_root(name: str) -> None:
    module = importlib.import_module(name)
    root = module.TimelineError if name.startswith("timeline") else module.GazetteerError
    for public in module.__all__:
        cls = getattr(module, public)
        assert issubclass(cls, root)
        if cls is not root:
            # each subclass also inherits the builtin it resembles
            assert any(base.__module__ == "builtins" and base is not Exception for base in cls.__mro__[1:])
