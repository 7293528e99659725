"""Shared test settings: hypothesis profiles and fixture loaders.

``HYPOTHESIS_PROFILE=ci`` (set by ``.ci/run``) runs more examples with no
deadline; ``dev`` (the default) keeps the suite quick on a laptop.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def pytest_addoption(parser: object) -> None:
    """``--update-golden`` rewrites the fixtures' expected files from the current output, then fails."""
    parser.addoption(  # type: ignore[attr-defined]
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite fixtures/*/expected.json from the current output (the run then fails)",
    )
