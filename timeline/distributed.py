"""Extraction beyond one machine: a ``dask.bag.Bag`` of results, one per input file.

Needs the ``dask`` extra (``pip install 'news-itinerary[dask]'``).  The inputs are listed here, on the
client, with the same directory walk as the command line (sorted, symlink loops reported); each
worker then reads and extracts its share.  Workers must see the same paths (a shared file
system), as they would for ``dask.bag.read_text``.

>>> from dask.distributed import Client  # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")  # doctest: +SKIP
>>> bag = extract_bag(["/data/wire/2024"])  # doctest: +SKIP
>>> extraction = to_extraction(bag.compute())  # doctest: +SKIP

The bag keeps input order, so ``to_extraction(bag.compute())`` equals what
``timeline.cli.read_batch`` gives for the same paths.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from timeline.cli import iter_inputs, read_one
from timeline.model import Document, Extraction, FileError

if TYPE_CHECKING:
    import dask.bag

__all__ = ["extract_bag", "to_extraction"]

_MISSING = (
    "timeline.distributed needs the `dask` extra: pip install 'news-itinerary[dask]' (dask[bag] and distributed)"
)


def extract_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    published: dt.date | None = None,
) -> dask.bag.Bag:
    """A lazy bag of one :class:`Document` or :class:`FileError` per input, in input order.

    Args:
        paths: article files and directories of them, as on the command line.
        npartitions: how many partitions to split the inputs into; by default dask's own
            choice (about 100 for a large corpus).  More partitions spread better over many
            workers; each partition is one task.
        published: the publication day to assume for reports that give none, as the command
            line's ``--published`` (see ``timeline.cli.with_published``).

    Returns:
        A ``dask.bag.Bag``; nothing is read until it is computed.  A file that cannot be read
        is a :class:`FileError` with the reason, never an exception.

    Raises:
        ImportError: dask is not installed (the ``dask`` extra).
    """
    try:
        import dask.bag as db  # an optional dependency, imported on use
    except ImportError as err:
        raise ImportError(_MISSING) from err
    inputs = list(iter_inputs(paths))
    if npartitions is not None:
        npartitions = max(1, min(npartitions, len(inputs) or 1))
    bag: dask.bag.Bag = db.from_sequence(inputs, npartitions=npartitions)  # type: ignore[no-untyped-call]
    mapped: dask.bag.Bag = bag.map(functools.partial(_read_input, published=published))  # type: ignore[no-untyped-call]
    return mapped


def to_extraction(results: Iterable[Document | FileError]) -> Extraction:
    """The results of a computed bag as one :class:`Extraction`, in the same order.

    Errors are listed once each, as ``timeline.cli.read_batch`` lists them.
    """
    documents: list[Document] = []
    errors: list[FileError] = []
    for result in results:
        if isinstance(result, FileError):
            errors.append(result)
        else:
            documents.append(result)
    return Extraction(tuple(documents), tuple(dict.fromkeys(errors)))


def _read_input(item: tuple[str, str | None], published: dt.date | None = None) -> Document | FileError:
    path, problem = item
    return read_one(path, published=published) if problem is None else FileError(path, problem)
