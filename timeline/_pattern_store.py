"""Compiled regular expressions kept on disk between runs, so that one command starts quickly.

The reader compiles some seven hundred patterns when it is imported (a second or more: ``docs/benchmarks.md``,
"start-up"), and a command that reads one report pays that every time. While the reader's modules are
imported (:func:`stored_patterns`), each pattern is compiled from the engine code stored by an earlier run
(``_sre.compile`` with the code ``re`` itself would make) and a pattern not stored yet is compiled as ``re``
compiles it and stored when the imports end. The store is keyed by the pattern's text and flags, for one
Python version and one engine (``_sre.MAGIC``): the same key gives the same code, so a stored entry is
never stale, only unused (each write keeps the entries of that run). Anything unexpected (another
version of ``re``'s internals, an unreadable or unwritable file) leaves ``re`` to compile as usual.

The store is ``$TIMELINE_CACHE_DIR`` or the user's cache folder (``$XDG_CACHE_HOME/timeline``, else
``~/.cache/timeline``); ``TIMELINE_CACHE_DIR=off`` turns it off.
"""

from __future__ import annotations

import contextlib
import dataclasses
import marshal
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

# (text, flags) -> the arguments of _sre.compile after the text: final flags, code, groups, groupindex,
# indexgroup
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_FORMAT = 1
# seconds of compiling a run may spend on patterns the store lacks before the store is written again
_WORTH_STORING = 0.05


def _store_path(name: str) -> Path | None:
    where = os.environ.get("TIMELINE_CACHE_DIR")
    if where == "off":
        return None
    if where:
        folder = Path(where)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(base) / "timeline"
    import _sre  # type: ignore[import-not-found]

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_FORMAT}"
    return folder / f"patterns-{name}-{tag}.marshal"


def _load(path: Path) -> dict[tuple[str, int], _Entry]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(path: Path, entries: dict[tuple[str, int], _Entry]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(entries))
        os.replace(tmp, path)
    except (OSError, ValueError):  # (no folder to write to; a value marshal cannot write)
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)


@dataclasses.dataclass
class _Run:
    """The store as loaded, what the imports under way used of it or added to it, and the seconds spent
    making what it lacked."""

    stored: dict[Any, Any]
    used: dict[Any, Any] = dataclasses.field(default_factory=dict)
    missed: float = 0.0


# The store of the imports under way (empty outside stored_patterns)
_ACTIVE: list[_Run] = []

_T = TypeVar("_T")


def kept(key: tuple[Any, ...], make: Callable[[], _T]) -> _T:
    """What an earlier run stored under ``key`` (a tuple of strings, numbers and booleans), else ``make()``,
    stored for later runs (its value made of lists, tuples, dicts, strings and plain numbers). Outside
    :func:`stored_patterns`, ``make()`` alone."""
    if not _ACTIVE:
        return make()
    run = _ACTIVE[-1]
    value = run.stored.get(key)
    if value is None:
        began = time.perf_counter()
        value = make()
        run.missed += time.perf_counter() - began
    run.used[key] = value
    return value


def _ours(frame: Any) -> bool:
    """Whether the pattern being compiled is this project's: the first caller outside ``re`` is a module of
    ``timeline`` or ``gazetteer`` (the standard library's and other libraries' patterns, some of them made from
    sets in a different order in each run, are left to ``re``)."""
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module != "re" and not module.startswith("re."):
            return module.split(".", 1)[0] in ("timeline", "gazetteer")
        frame = frame.f_back
    return False


def engine_code(source: str, flags: int) -> tuple[Any, _Entry]:
    """The parse of ``source`` and what ``_sre.compile`` takes after the text: what ``re._compiler.compile``
    makes of it (plain ints: the engine's opcodes are an int subclass, which marshal does not write)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    final = int(flags | parsed.state.flags)
    return parsed, (
        final,
        [int(c) for c in code],
        int(parsed.state.groups - 1),
        groupindex,
        tuple(indexgroup),
    )


@contextlib.contextmanager
def stored_patterns(name: str) -> Iterator[None]:
    """Compile the patterns of the imports inside from the store ``name`` (one for each part imported on its
    own: each write keeps only what its own imports used), and store those it lacks (see above)."""
    path = _store_path(name)
    try:
        import _sre
        from re import _compiler  # type: ignore[attr-defined]

        original = _compiler.compile
    except (ImportError, AttributeError):
        path = None
    if path is None or getattr(_compiler.compile, "_stored", False):
        yield
        return
    run = _Run(_load(path))

    def compile_stored(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        entry = run.stored.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(p, *entry)
            except Exception:  # (a damaged entry: compile it afresh)
                pass
            else:
                run.used[key] = entry
                return compiled
        if not _ours(sys._getframe(1)):
            return original(p, flags)  # (another library's pattern, compiled while ours are imported)
        began = time.perf_counter()
        _, entry = engine_code(p, flags)
        run.used[key] = entry
        compiled = _sre.compile(p, *entry)
        run.missed += time.perf_counter() - began
        return compiled

    compile_stored._stored = True  # type: ignore[attr-defined]
    _compiler.compile = compile_stored
    _ACTIVE.append(run)
    try:
        yield
    finally:
        _compiler.compile = original
        _ACTIVE.pop()
        # written (with only what this run used) when what it lacked took long to make: a pattern that
        # differs from run to run is compiled each time, not stored each time
        if any(key not in run.stored for key in run.used) and (run.missed > _WORTH_STORING or not run.stored):
            _save(path, run.used)
