"""A hostile batch: 2,000 files of which 5% are corrupt, read by the command line with ``--jobs 2``.

Every good file must come out equal to its single-file result, every bad one must be named in
``errors`` with its reason (and on stderr as ``path: reason``), the exit status must be 1 and no
traceback may appear, from the parent process or from a worker.

The good files are the fixtures' articles in several encodings and wrappings (plain, CRLF, UTF-8
BOM, UTF-16 with either BOM, an HTML page with scripts and navigation around the article): they
must also give the same trips as the plain fixture.  The bad ones are listed in ``_bad_files``.
"""

from __future__ import annotations

import codecs
import html
import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest

from timeline import cli
from timeline.export import unstructure
from timeline.model import Document, FileError

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures").glob("*/article.txt"))
TOTAL = 2000
BAD = TOTAL // 20  # 5%
PER_DIR = 100

pytestmark = pytest.mark.slow


def _page(text: str) -> bytes:
    """The article as a scraped page: scripts (one writing a fake report), styles and navigation."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>News</title>"
        "<script>var tpl = '<p>BEIJING, Jan. 1 (Xinhua) -- Premier Li Qiang visited Lhasa on Monday.</p>';"
        "</script>"
        "<style>p { margin: 0 }</style></head><body><nav><a href='/'>Home</a> | <a href='/w'>World</a></nav>"
        "<script>document.write('President Xi Jinping inspected Sanya on Friday.');</script>\n"
        f"<article>{paragraphs}</article><script src='/track.js'></script>"
        "<footer>Copyright</footer></body></html>"
    ).encode()


# name suffix -> how the article's text becomes the file's bytes
GOOD_VARIANTS: dict[str, Callable[[str], bytes]] = {
    "plain.txt": lambda t: t.encode(),
    "crlf.txt": lambda t: t.replace("\n", "\r\n").encode(),
    "bom.txt": lambda t: codecs.BOM_UTF8 + t.encode(),
    "utf16le.txt": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf16be.txt": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "trailing.txt": lambda t: (t.rstrip("\n") + "\n\n \t\n\n").encode(),
    "page.html": _page,
}


@attrs.frozen
class Bad:
    """A corrupt input, how it is made, and what its reason must say."""

    name: str
    reason: str  # a regular expression the reason must match
    data: bytes | None = None  # None: made by `make` instead
    make: str = "write"


def _bad_files(texts: list[str]) -> list[Bad]:
    rng = random.Random(8)
    out: list[Bad] = []

    def add(
        count: int, kind: str, reason: str, data: Callable[[int], bytes] | None, make: str = "write"
    ) -> None:
        out.extend(
            Bad(f"{kind}_{i:02d}.{'html' if kind.endswith('html') else 'txt'}", reason,
                None if data is None else data(i), make)
            for i in range(count)
        )

    article = texts[0]
    add(14, "empty", r"^empty$", lambda i: b"")
    add(4, "blank", r"^empty$", lambda i: b" \n\t\r\n" * (i + 1))
    add(14, "binary", r"not UTF-8 text|binary data", lambda i: rng.randbytes(512 + 97 * i))
    add(3, "png", r"not UTF-8 text|binary data", lambda i: b"\x89PNG\r\n\x1a\n" + rng.randbytes(300))
    # cut in the middle of a multi-byte character, as a download that stopped short
    add(14, "truncated_utf8", r"^not UTF-8 text$",
        lambda i: (texts[i % len(texts)][: 200 + 40 * i] + "中国“").encode()[:-1 - i % 2])
    add(6, "latin1", r"^not UTF-8 text$",
        lambda i: (article[:300] + " Café à Zürich").encode("latin-1", "replace"))
    add(10, "utf16_no_bom", r"binary data|not UTF-8 text",
        lambda i: texts[i % len(texts)].encode("utf-16-le"))
    add(6, "nul_bytes", r"binary data", lambda i: article[:500].encode() + b"\x00" * (i + 1) + b"more text")
    add(10, "markup_as_text", r"HTML markup",
        lambda i: f"<html><body><p>{html.escape(texts[i % len(texts)][:400])}</p></body></html>".encode())
    add(9, "scripts_only_html", r"^empty$|no words",
        lambda i: b"<html><head><script>" + b"var x = 1;" * (i + 1) + b"</script><style>b{}</style></head>"
        b"<body><script>document.write('Xi visited Fuzhou')</script></body></html>")
    add(1, "huge_50mb", r"too large", None, make="huge")
    add(4, "dangling_link", r"No such file", None, make="dangling")
    add(4, "deleted_mid_run", r"No such file", None, make="delete")
    assert len(out) == BAD - 1  # plus the symlink loop, which is a directory
    return out


@attrs.frozen
class Batch:
    root: Path
    good: dict[str, str]  # path -> the fixture it was made from
    bad: dict[str, str]  # path -> the reason pattern (the symlink loop included)
    doomed: tuple[str, ...]  # listed, then deleted before they are read


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    root = tmp_path_factory.mktemp("hostile")
    texts = [p.read_text(encoding="utf-8") for p in FIXTURES]
    bad = _bad_files(texts)
    slots = [f"g{i // PER_DIR:02d}" for i in range(TOTAL - 1)]
    # Spread the bad files over the directories, deterministically.
    bad_slots = set(random.Random(88).sample(range(TOTAL - 1), len(bad)))
    good: dict[str, str] = {}
    bad_paths: dict[str, str] = {}
    doomed: list[str] = []
    bad_iter = iter(bad)
    variants = list(GOOD_VARIANTS.items())
    n_good = 0
    for slot, folder in enumerate(slots):
        directory = root / folder
        directory.mkdir(exist_ok=True)
        if slot in bad_slots:
            item = next(bad_iter)
            path = directory / f"{slot:04d}_{item.name}"
            if item.make == "write":
                assert item.data is not None
                path.write_bytes(item.data)
            elif item.make == "huge":
                # real text, not a sparse file: reading it whole would take minutes of extraction
                chunk = texts[0].encode()
                with path.open("wb") as handle:
                    for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
                        handle.write(chunk)
            elif item.make == "dangling":
                path.symlink_to(directory / "no_such_target.txt")
            else:
                path.write_bytes(texts[1].encode())
                doomed.append(str(path))
            bad_paths[str(path)] = item.reason
        else:
            fixture = FIXTURES[n_good % len(FIXTURES)]
            suffix, encode = variants[(n_good // len(FIXTURES)) % len(variants)]
            path = directory / f"{slot:04d}_{fixture.parent.name}_{suffix}"
            path.write_bytes(encode(texts[n_good % len(FIXTURES)]))
            good[str(path)] = str(fixture)
            n_good += 1
    # a directory symlink loop: g03/loop -> the batch root
    loop = root / "g03" / "loop"
    loop.symlink_to(root, target_is_directory=True)
    bad_paths[str(loop)] = r"symlink loop"
    assert len(good) == TOTAL - BAD
    assert len(bad_paths) == BAD
    return Batch(root, good, bad_paths, tuple(doomed))


def _deleting_after_listing(doomed: tuple[str, ...]) -> Callable[..., Iterator[tuple[str, str | None]]]:
    real = cli.iter_inputs

    def iter_inputs(paths: object) -> Iterator[tuple[str, str | None]]:
        yield from real(paths)  # type: ignore[arg-type]
        # The batch has been listed; these files vanish before any is read.
        for path in doomed:
            Path(path).unlink()

    return iter_inputs


def _trips(result: Document | FileError | dict[str, object]) -> object:
    """What a reader cares about in a document, independent of offsets and encoding."""
    data = result if isinstance(result, dict) else unstructure(result)
    assert isinstance(data, dict), data
    return [
        (t["person"]["name"], t["kind"], t["status"], t["span"],
         [(s["place"].get("name") or s["place"].get("text"), s["span"]) for s in t["stops"]],
         [r.get("name") or r.get("text") for r in t["regions"]])
        for t in data["trips"]
    ]


def test_hostile_batch(batch: Batch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       capfd: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    monkeypatch.setattr(cli, "iter_inputs", _deleting_after_listing(batch.doomed))
    status = cli.main(["extract", "--jobs", "2", str(batch.root), "-o", str(out)])
    captured = capfd.readouterr()
    assert status == 1
    assert "Traceback" not in captured.err
    assert "Traceback" not in captured.out
    data = json.loads(out.read_text(encoding="utf-8"))

    # Every bad input is named once, with a reason that says what is wrong, also on stderr.
    errors = {e["path"]: e["reason"] for e in data["errors"]}
    assert len(errors) == len(data["errors"])
    assert set(errors) == set(batch.bad)
    wrong = {p: (errors[p], want) for p, want in batch.bad.items() if not re.search(want, errors[p])}
    assert not wrong
    for path, reason in errors.items():
        assert f"{path}: {reason}" in captured.err

    # Every good file is read, in walk order, and equals its single-file result.
    paths = [d["path"] for d in data["documents"]]
    assert paths == sorted(batch.good)
    single = {}
    for document in data["documents"]:
        alone = cli.read_one(document["path"])
        assert isinstance(alone, Document), alone
        assert document == json.loads(json.dumps(unstructure(alone), ensure_ascii=False))
        single[document["path"]] = document

    # Encodings and wrappings do not change the reading: the trips are the plain fixture's.
    plain = {str(f): _trips(cli.read_one(str(f))) for f in FIXTURES}
    differ = [p for p, fixture in batch.good.items() if _trips(single[p]) != plain[fixture]]
    assert not differ
    assert sum(1 for d in data["documents"] if d["trips"]) >= len(batch.good) // 2
    # The scripts around the article in the HTML pages are never read as reports.
    page_text = json.dumps([d for d in data["documents"] if d["path"].endswith(".html")])
    assert "Lhasa" not in page_text
    assert "Sanya" not in page_text
