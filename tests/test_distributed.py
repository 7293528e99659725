"""The dask path: a bag over a LocalCluster gives exactly what the serial run gives."""

from __future__ import annotations

import importlib.util
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline.cli import read_batch
from timeline.export import to_json
from timeline.model import FileError

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None,
    reason="dask is not installed (the `dask` extra: pip install 'news-itinerary[dask]')",
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures").glob("*/article.txt"))


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    from dask.distributed import Client, LocalCluster

    # Workers are threads in this process, but they talk to the scheduler over real TCP on
    # loopback (so results are serialised as on a cluster); no dashboard, nothing leaves the machine.
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for i, article in enumerate(FIXTURES):
        folder = root / f"{i // 8:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(article, folder / f"{article.parent.name}.txt")
    (root / "00" / "zz_empty.txt").write_bytes(b"")
    (root / "01" / "zz_binary.txt").write_bytes(bytes(range(256)) * 4)
    return root


def test_bag_on_a_local_cluster_equals_the_serial_run(client: object, corpus: Path) -> None:
    from timeline.distributed import extract_bag, to_extraction

    missing = corpus / "nope.txt"
    assert client.scheduler.address.startswith("tcp://127.0.0.1:")  # type: ignore[attr-defined]
    serial = read_batch([str(corpus), str(missing)], stderr=io.StringIO())
    bag = extract_bag([corpus, missing], npartitions=4)
    assert bag.npartitions == 4
    results = bag.compute()
    distributed = to_extraction(results)
    assert distributed == serial
    assert to_json(distributed) == to_json(serial)
    assert len(distributed.documents) == len(FIXTURES)
    reasons = {Path(e.path).name: e.reason for e in distributed.errors}
    assert set(reasons) == {"zz_empty.txt", "zz_binary.txt", "nope.txt"}
    assert reasons["nope.txt"] == "no such file or directory"
    assert any(doc.trips for doc in distributed.documents)


def test_bag_is_lazy_and_keeps_order(client: object, corpus: Path) -> None:
    from timeline.distributed import extract_bag

    bag = extract_bag([corpus])
    names = [Path(r.path).name for r in bag.compute()]
    walked = sorted(corpus.rglob("*.txt"), key=lambda p: (p.parent.name, p.name))
    assert names == [p.name for p in walked]


def test_npartitions_is_clamped_and_an_empty_input_is_an_empty_bag(client: object, tmp_path: Path) -> None:
    from timeline.distributed import extract_bag

    one = tmp_path / "one.txt"
    one.write_bytes(FIXTURES[0].read_bytes())
    bag = extract_bag([one], npartitions=50)
    assert bag.npartitions == 1
    (result,) = bag.compute()
    assert not isinstance(result, FileError)
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    assert extract_bag([empty]).compute() == []


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from timeline import distributed

    real_import = builtins.__import__

    def no_dask(name: str, *args: object, **kwargs: object) -> object:
        if name == "dask" or name.startswith("dask."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(ImportError, match=r"`dask` extra"):
        distributed.extract_bag(["x.txt"])
