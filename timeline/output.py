"""Writing an output so that a failure or a signal never leaves it half written.

An :class:`AtomicFile` writes to a hidden temporary file beside its target (same directory, so
the same file system) and renames it over the target only when everything has been written and
flushed to disk: the target holds either its old content or the whole new one, never a part.
It is opened before any work is done, so an output that cannot be written is known at once.

A target that exists and is not a regular file (``/dev/null``, a named pipe, a terminal) cannot
be replaced by a rename; it is written directly, as ``>`` in a shell would write it.

File names that are not UTF-8 reach Python as strings with lone surrogates (``os.fsdecode``);
:func:`encode` writes each such character as the escape ``\\udcXX``, which in a JSON string is a
JSON escape (``json.loads`` then ``os.fsencode`` give back the original bytes).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from types import TracebackType
from typing import BinaryIO

__all__ = ["AtomicFile", "encode"]


def encode(text: str) -> bytes:
    """``text`` as UTF-8, with any lone surrogate (an undecodable file-name byte) as ``\\udcXX``."""
    return text.encode("utf-8", "backslashreplace")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """An output file that appears whole or not at all.

    Args:
        target: the path to write; a symlink is followed (the file it names is replaced).

    Raises:
        OSError: the target is a directory, its directory cannot be made, or no file can be
            created there (``IsADirectoryError``, ``NotADirectoryError``, ``PermissionError``...).
    """

    def __init__(self, target: str) -> None:
        """Open the temporary file beside ``target`` (see the class docstring)."""
        if not target:
            raise FileNotFoundError(errno.ENOENT, "an empty path", target)
        if target.endswith(os.sep):  # "out/" names a directory, even one that does not exist yet
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), target)
        self.target = os.path.realpath(target) if os.path.islink(target) else target
        self._temp: str | None = None
        try:
            info: os.stat_result | None = os.stat(self.target)
        except FileNotFoundError:
            info = None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), target)
        if info is not None and not stat.S_ISREG(info.st_mode):
            self._stream: BinaryIO = open(self.target, "wb")  # noqa: SIM115 - closed by commit/discard
            return
        directory = os.path.dirname(os.path.abspath(self.target))
        os.makedirs(directory, exist_ok=True)
        fd, self._temp = tempfile.mkstemp(
            prefix=f".{os.path.basename(self.target)}.", suffix=".part", dir=directory
        )
        # mkstemp makes the file 0600; give it the mode the old file had, or a new file's mode.
        mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
        with contextlib.suppress(OSError):  # a file system without modes
            os.fchmod(fd, mode)
        self._stream = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        """Append ``data``; nothing reaches the target before :meth:`commit`."""
        self._stream.write(data)

    def commit(self) -> None:
        """Flush to disk and rename over the target.

        Raises:
            OSError: the data could not be written (a full disk, ``/dev/full``); the target is
                then unchanged and the temporary file removed.
        """
        try:
            self._stream.flush()
            if self._temp is not None:
                os.fsync(self._stream.fileno())
            self._stream.close()
            if self._temp is not None:
                os.replace(self._temp, self.target)
                self._temp = None
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        """Close and remove the temporary file; the target keeps its old content."""
        with contextlib.suppress(OSError):
            self._stream.close()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            self._temp = None

    def __enter__(self) -> AtomicFile:
        """The file itself."""
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Commit on success; on any exception (a signal included) discard."""
        if kind is None:
            self.commit()
        else:
            self.discard()
