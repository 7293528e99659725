"""Outputs and odd inputs, through the real command line (``python -m timeline`` in a child process).

An ``-o`` that cannot be written is refused before any file is read; an output is complete or
absent, never partial; file names that are not UTF-8 come out escaped and reversible; deep trees
and unreadable paths are one line each, never a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import iter_inputs
from timeline.output import AtomicFile, encode

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "002_4f72e164766651ba" / "article.txt"
OLD = b"old content\n"
ODD = os.fsdecode(b"a\xffb.txt")  # a name that is not UTF-8: a lone surrogate in Python


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        capture_output=True,
        text=True,
        errors="surrogateescape",
        cwd=ROOT,
        check=False,
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "empty.txt").write_bytes(b"")  # a bad file: read, it is named on stderr
    return folder


# ---- an output that cannot be written is refused before any work ----------------------------


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("{tmp}", "Is a directory"),
        ("{tmp}/in/a.txt/out.json", "Not a directory"),
        ("/dev/full", "No space left on device"),
        ("{tmp}/new/", "Is a directory"),
        ("", "an empty path"),
    ],
)
def test_an_unwritable_output_is_refused(corpus: Path, tmp_path: Path, target: str, reason: str) -> None:
    path = target.format(tmp=tmp_path)
    done = _run("extract", str(corpus), "-o", path)
    assert done.returncode == 2
    if path == "/dev/full":  # a device cannot be probed without writing: refused when written
        assert done.stderr.splitlines()[-1] == f"timeline: cannot write {path}: {reason}"
    else:  # nothing was read: the empty file was never reported
        assert done.stderr == f"timeline: cannot write {path}: {reason}\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_directory_is_refused(corpus: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        done = _run("extract", str(corpus), "-o", str(locked / "out.json"))
    finally:
        locked.chmod(0o700)
    assert done.returncode == 2
    assert done.stderr == f"timeline: cannot write {locked / 'out.json'}: Permission denied\n"


@pytest.mark.parametrize("jsonl", [[], ["--jsonl"]])
def test_an_input_is_never_the_output(tmp_path: Path, jsonl: list[str]) -> None:
    article = tmp_path / "s.txt"
    article.write_bytes(SEED.read_bytes())
    done = _run("extract", str(article), *jsonl, "-o", str(article))
    assert done.returncode == 2
    assert done.stderr == (
        f"timeline: cannot write {article}: it is also an input, and would be overwritten before it is read\n"
    )
    assert article.read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize(
    "command",
    [
        ["extract"],
        ["extract", "--jsonl"],
        ["map"],
        ["timeline"],
        ["export", "-f", "csv"],
        ["export", "-f", "kml"],
    ],
)
def test_outputs_replace_the_old_file_whole(corpus: Path, tmp_path: Path, command: list[str]) -> None:
    out = tmp_path / "out" / "result"
    out.parent.mkdir()
    out.write_bytes(OLD)
    out.chmod(0o640)
    done = _run(*command, str(corpus), "-o", str(out))
    assert done.returncode == 1, done.stderr  # the empty file
    assert done.stderr == f"{corpus / 'empty.txt'}: empty\n"
    assert out.read_bytes() != OLD
    assert "Zhoushan" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # the old file's mode is kept
    assert [p.name for p in out.parent.iterdir()] == ["result"]  # no temporary file left


def test_atomic_file_discards_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(OLD)

    def fail_half_way() -> None:
        with AtomicFile(str(target)) as out:
            out.write(b"half")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fail_half_way()
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    new = tmp_path / "deeper" / "new.json"
    with AtomicFile(str(new)) as out:
        out.write(b"whole")
    assert new.read_bytes() == b"whole"


def test_a_symlinked_output_replaces_its_target(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(OLD)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with AtomicFile(str(link)) as out:
        out.write(b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


# ---- timeline's own pages are never read back as articles ----------------------------------


def test_own_pages_are_skipped_and_may_be_rewritten(corpus: Path) -> None:
    page = corpus / "map.html"
    assert _run("map", str(corpus), "-o", str(page)).returncode == 1
    assert b'<meta name="generator" content="timeline">' in page.read_bytes()[:4096]
    again = _run("map", str(corpus), "-o", str(page))  # the output is in an input directory
    assert again.returncode == 1
    assert f"{page}: written by timeline (its own output), not an article" in again.stderr.splitlines()
    found = dict(iter_inputs([corpus]))
    assert found[str(page)] == "written by timeline (its own output), not an article"


def test_a_file_named_twice_is_read_once(corpus: Path) -> None:
    a = corpus / "a.txt"
    done = _run("extract", str(a), str(corpus), f"{corpus}/./a.txt", str(a))
    paths = [d["path"] for d in json.loads(done.stdout)["documents"]]
    assert paths == [str(a)]


def test_a_directory_reached_twice_is_listed_once(corpus: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "to_corpus").symlink_to(corpus, target_is_directory=True)  # not a loop: a second way in
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)  # a loop
    found = list(iter_inputs([corpus, other, corpus, corpus / "a.txt"]))
    assert found == [
        (str(corpus / "a.txt"), None),
        (str(corpus / "empty.txt"), None),
        (str(corpus / "loop"), "directory inside itself (symlink loop); not followed"),
    ]


# ---- odd names, deep trees, unreadable paths -------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["extract"], ["extract", "--jsonl"], ["map"], ["timeline"], ["export", "-f", "geojson"],
     ["export", "-f", "csv"], ["export", "-f", "kml"], ["export", "-f", "ics"], ["export", "-f", "timelinejs"]],
)  # fmt: skip
def test_a_name_that_is_not_utf8(tmp_path: Path, command: list[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    odd = folder / ODD
    odd.write_bytes(SEED.read_bytes())
    (folder / os.fsdecode(b"x\xfe.txt")).write_bytes(b"")  # a bad file with an odd name: reported, escaped
    out = tmp_path / "out"
    done = _run(*command, str(folder), "-o", str(out))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr == f"{folder}/x\\udcfe.txt: empty\n"
    data = out.read_bytes()
    data.decode("utf-8")  # valid UTF-8 whatever the names
    if command[0] == "extract":
        lines = data.splitlines() if "--jsonl" in command else [data]
        records = [json.loads(line) for line in lines]
        paths = [
            r["path"]
            for r in (
                records[0]["documents"]
                if len(records) == 1
                else [x.get("document") or x["error"] for x in records]
            )
        ]
        assert os.fsencode(paths[0]) == os.fsencode(odd)  # reversible: the original bytes
    if command[-1] == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode())))
        assert rows
        assert rows[0]["source"].endswith("a\\udcffb.txt")


def test_the_stderr_escape_is_the_json_escape(tmp_path: Path) -> None:
    odd = tmp_path / ODD
    odd.write_bytes(b"")
    done = _run("extract", str(odd))
    assert done.stderr == f"{odd}: empty\n".replace("\udcff", "\\udcff")
    assert json.loads(done.stdout)["errors"][0]["path"] == str(odd)
    assert encode("\udcff") == b"\\udcff"


def test_a_tree_a_thousand_deep(tmp_path: Path) -> None:
    bottom = tmp_path
    for _ in range(1000):  # not os.makedirs: it recurses, and fails at this depth itself
        bottom /= "d"
        bottom.mkdir()
    (bottom / "a.txt").write_bytes(SEED.read_bytes())
    expected = str(bottom / "a.txt")
    try:
        done = _run("extract", str(tmp_path))
    finally:  # shutil.rmtree recurses too: pytest could not clean this tree up
        (bottom / "a.txt").unlink()
        while bottom != tmp_path:
            bottom.rmdir()
            bottom = bottom.parent
    assert done.returncode == 0, done.stderr[-2000:]
    [document] = json.loads(done.stdout)["documents"]
    assert document["path"] == expected


def test_unreadable_paths_on_the_command_line(tmp_path: Path) -> None:
    afile = tmp_path / "a.txt"
    afile.write_bytes(SEED.read_bytes())
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    bad = [f"{afile}/x.txt", f"{loop}/x.txt", str(tmp_path / ("n" * 300))]
    done = _run("extract", *bad, str(afile))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"{afile}/x.txt: Not a directory",
        f"{loop}/x.txt: Too many levels of symbolic links",
        f"{tmp_path / ('n' * 300)}: File name too long",
    ]
    assert len(json.loads(done.stdout)["documents"]) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root may enter any directory")
def test_a_path_inside_a_locked_directory(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_bytes(SEED.read_bytes())
    locked.chmod(0)
    try:
        done = _run("extract", str(locked / "a.txt"))
    finally:
        locked.chmod(0o700)
    assert done.returncode == 1
    assert done.stderr == f"{locked / 'a.txt'}: Permission denied\n"


# ---- exports a spreadsheet or a map viewer opens -------------------------------------------


def _hostile_article(folder: Path) -> Path:
    """The seed report named like a formula, with markup in the words of a stop."""
    text = SEED.read_text(encoding="utf-8").replace(
        "In the city of Ningbo, Zhang visited", "In the city of Ningbo, Zhang <b>visited</b>"
    )
    path = folder / "=HYPERLINK(1).txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_cells_never_run_as_formulas(tmp_path: Path) -> None:
    _hostile_article(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "export", "-f", "csv", "=HYPERLINK(1).txt"],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert rows
    assert {row["source"] for row in rows} == {"'=HYPERLINK(1).txt"}


def test_kml_descriptions_are_text(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    article = _hostile_article(tmp_path)
    done = _run("export", "-f", "kml", str(article))
    assert done.returncode == 0, done.stderr
    kml = "{http://www.opengis.net/kml/2.2}"
    descriptions = [d.text or "" for d in ET.fromstring(done.stdout).iter(f"{kml}description")]
    ningbo = next(d for d in descriptions if "Ningbo" in d)
    # what a viewer renders as HTML: the tags are escaped, so they show as written
    assert "&lt;b&gt;visited&lt;/b&gt;" in ningbo
    assert "<b>" not in ningbo


@pytest.mark.parametrize("command", ["map", "timeline"])
def test_pages_are_the_same_from_run_to_run(tmp_path: Path, command: str) -> None:
    pages = []
    for run in ("1", "2"):
        out = tmp_path / f"{run}.html"
        assert _run(command, "fixtures", "-o", str(out)).returncode == 0
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
