"""Every exception the gazetteer raises.

One root, :class:`GazetteerError`; each subclass also inherits the builtin it
resembles, so a caller may catch either.  The data travel in attributes as well
as in the message.
"""

from __future__ import annotations

__all__ = [
    "BackendError",
    "BackendRateLimited",
    "BackendTimeout",
    "BackendUnavailable",
    "GazetteerDataError",
    "GazetteerError",
]


class GazetteerError(Exception):
    """Root of every gazetteer exception."""


class GazetteerDataError(GazetteerError, OSError):
    """The shipped place table is missing or malformed.

    Attributes:
        resource: the file that could not be read.
        reason: what is wrong with it.
    """

    def __init__(self, resource: str, reason: str) -> None:
        super().__init__(f"{resource}: {reason}")
        self.resource = resource
        self.reason = reason


class BackendError(GazetteerError, RuntimeError):
    """A place backend failed to answer.

    Attributes:
        backend: the backend's name (``"nominatim"``, ``"offline"``).
        reason: what went wrong.
    """

    def __init__(self, backend: str, reason: str) -> None:
        super().__init__(f"{backend}: {reason}")
        self.backend = backend
        self.reason = reason


class BackendUnavailable(BackendError, ConnectionError):
    """The backend cannot be reached or answered with a server error."""


class BackendTimeout(BackendUnavailable, TimeoutError):
    """The backend did not answer in time."""


class BackendRateLimited(BackendUnavailable):
    """The backend refused the request for rate; ``retry_after`` is in seconds, when known."""

    def __init__(self, backend: str, reason: str, retry_after: float | None = None) -> None:
        super().__init__(backend, reason)
        self.retry_after = retry_after
