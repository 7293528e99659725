"""The command line: batches never stop on a bad file; exit status tells what happened."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import iter_inputs, main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "002_4f72e164766651ba" / "article.txt"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    good = tmp_path / "batch"
    good.mkdir()
    (good / "a_good.txt").write_bytes(SEED.read_bytes())
    (good / "b_empty.txt").write_bytes(b"")
    (good / "c_binary.txt").write_bytes(bytes(range(256)) * 8)
    (good / "d_latin1.txt").write_bytes(
        "CHONGQING, Nov. 19 -- Caf\xe9 visit by the premier.".encode("latin-1")
    )
    (good / "e_good.txt").write_bytes(
        (ROOT / "fixtures" / "000_acc867315aeaf4b7" / "article.txt").read_bytes()
    )
    (good / "notes.md").write_text("not an article: skipped in directories")
    return good


def test_batch_with_bad_files(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    status = main(["extract", str(batch), "-o", str(out)])
    assert status == 1
    data = json.loads(out.read_text())
    assert data["schema"] == "timeline/1"
    assert [Path(d["path"]).name for d in data["documents"]] == ["a_good.txt", "e_good.txt"]
    assert {Path(e["path"]).name for e in data["errors"]} == {"b_empty.txt", "c_binary.txt", "d_latin1.txt"}
    for error in data["errors"]:
        assert error["reason"]
    err = capsys.readouterr().err
    for name in ("b_empty.txt", "c_binary.txt", "d_latin1.txt"):
        assert f"{batch / name}: " in err
    assert "Traceback" not in err
    trips = data["documents"][0]["trips"]
    assert trips
    assert trips[0]["person"]["name"] == "Zhang Guoqing"


def test_all_good_exits_zero(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["extract", str(SEED), "-o", str(out)]) == 0
    doc = json.loads(out.read_text())["documents"][0]
    assert doc["published"] == "2025-10-13"
    assert doc["dateline"]["date"] == "2025-10-11"


def test_missing_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["extract", str(tmp_path / "nope.txt"), "-o", str(out)]) == 1
    assert json.loads(out.read_text())["errors"][0]["reason"] == "no such file or directory"


def test_bad_usage_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["extract"]) == 2
    assert main(["frobnicate", "x"]) == 2
    assert main(["extract", "-j", "-1", str(SEED)]) == 2  # 0 is one worker per CPU
    assert "Traceback" not in capsys.readouterr().err


def test_symlink_loop_is_reported_once(tmp_path: Path) -> None:
    root = tmp_path / "loop"
    root.mkdir()
    (root / "a.txt").write_bytes(SEED.read_bytes())
    (root / "again").symlink_to(root, target_is_directory=True)
    found = list(iter_inputs([root]))
    assert [p for p, why in found if why is None] == [str(root / "a.txt")]
    assert any("symlink loop" in (why or "") for _, why in found)


def test_jobs_give_the_same_output(batch: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "1.json", tmp_path / "2.json"
    assert main(["extract", str(batch), "-o", str(one)]) == 1
    assert main(["extract", "--jobs", "2", str(batch), "-o", str(two)]) == 1
    assert one.read_bytes() == two.read_bytes()


def test_python_dash_m_runs_and_writes_stdout() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(SEED)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["documents"][0]["headline"].startswith("Chinese vice premier")


@pytest.mark.parametrize("fmt", ["geojson", "csv", "ics", "kml", "timelinejs"])
def test_export_formats(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--format", fmt, str(SEED), "-o", str(out)]) == 0
    assert "Zhoushan" in out.read_text()


def test_map_and_timeline_pages(tmp_path: Path) -> None:
    fixtures = str(ROOT / "fixtures")
    assert main(["map", fixtures, "-o", str(tmp_path / "map.html")]) == 0
    assert main(["timeline", fixtures, "-o", str(tmp_path / "page.html")]) == 0
    page = (tmp_path / "page.html").read_text()
    assert "Zhang Guoqing" in page
    assert "Zhoushan" in (tmp_path / "map.html").read_text()


def test_a_fifo_is_reported_not_read(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "dir"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out.json"
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    errors = json.loads(out.read_text())["errors"]
    assert [Path(e["path"]).name for e in errors] == ["pipe.txt"]
    assert "not a regular file" in errors[0]["reason"]


def test_jsonl_streams_one_line_per_input_in_order(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--jsonl", str(batch), "-o", str(out)]) == 1
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert all(line["schema"] == "timeline/1" for line in lines)
    names = [Path((line.get("document") or line.get("error"))["path"]).name for line in lines]
    assert names == ["a_good.txt", "b_empty.txt", "c_binary.txt", "d_latin1.txt", "e_good.txt"]
    assert [("document" in line) for line in lines] == [True, False, False, False, True]
    whole = tmp_path / "whole.json"
    main(["extract", str(batch), "-o", str(whole)])
    assert lines[0]["document"] == json.loads(whole.read_text())["documents"][0]
