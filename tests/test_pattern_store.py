"""The store of compiled patterns (timeline/_pattern_store.py): the same patterns, a quicker start.

Each check runs the reader's imports in a fresh interpreter, with the store in a folder of the test's own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "fixtures" / "002_4f72e164766651ba" / "article.txt"

# In the child: import the reader (and the Chinese reader), read one report, then compare every compiled
# pattern the reader's modules hold (and each word list's locator) with the one re compiles afresh.
CHILD = r"""
import json, re, sys
sys.path.insert(0, ROOT)
from re import _compiler
import timeline.extract
from timeline.zh import extract_chinese_text
from timeline import _regex
from timeline.cli import read_one
from timeline.export import to_json
patterns = {}
for name, module in list(sys.modules.items()):
    if not name.startswith("timeline"):
        continue
    for attr, value in vars(module).items():
        if isinstance(value, re.Pattern):
            patterns[f"{name}.{attr}"] = value
        elif isinstance(value, _regex.Caseless):
            patterns[f"{name}.{attr}.folded"] = value.folded
differ = [key for key, p in patterns.items() if _compiler.compile(p.pattern, p.flags) != p]
located = [(p, loc) for p, loc, _ in _regex._LOCATORS.values() if loc is not None]
differ += [p.pattern[:40] for p, loc in located if _compiler.compile(loc.pattern, loc.flags) != loc]
print(json.dumps({"patterns": len(patterns), "located": len(located), "differ": differ,
                  "read": to_json(read_one(REPORT))}))
"""


def _run(store: str) -> dict[str, object]:
    env = {**os.environ, "TIMELINE_CACHE_DIR": store}
    code = CHILD.replace("ROOT", repr(str(ROOT))).replace("REPORT", repr(str(REPORT)))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_patterns_from_the_store_are_those_re_compiles(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = _run(str(store))  # (writes the store)
    files = sorted(store.glob("patterns-extract-*.marshal"))
    assert len(files) == 1
    written = files[0].stat().st_mtime_ns
    second = _run(str(store))  # (compiles from it)
    assert first["differ"] == second["differ"] == []
    assert int(str(second["patterns"])) > 300
    assert int(str(second["located"])) > 0
    assert first["read"] == second["read"]
    assert files[0].stat().st_mtime_ns == written  # nothing new to store: not written again
    off = _run("off")
    assert off["read"] == second["read"]
    assert off["differ"] == []


def test_a_damaged_store_is_compiled_afresh_and_rewritten(tmp_path: Path) -> None:
    store = tmp_path / "store"
    clean = _run(str(store))
    (path,) = store.glob("patterns-extract-*.marshal")
    path.write_bytes(b"not a store")
    again = _run(str(store))
    assert again["differ"] == []
    assert again["read"] == clean["read"]
    assert path.stat().st_size > 100_000  # rewritten whole


def test_no_store_where_none_can_be_written(tmp_path: Path) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x", encoding="utf-8")
    result = _run(str(blocked / "store"))
    assert result["differ"] == []
    off = tmp_path / "unused"
    _run("off")
    assert not off.exists()
