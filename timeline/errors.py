"""Every exception the timeline package raises.

One root, :class:`TimelineError`; each subclass also inherits the builtin it
resembles (an unreadable article is also a ``ValueError``), and keeps its data
in attributes as well as in the message.  An unresolved date or place is not an
error: it is a value (:class:`timeline.model.Unknown`, ``Unresolved``).
"""

from __future__ import annotations

__all__ = ["ArticleError", "ExportError", "TimelineError", "UsageError"]


class TimelineError(Exception):
    """Root of every timeline exception."""


class ArticleError(TimelineError, ValueError):
    """A text that is not a readable article.

    Attributes:
        path: the file (or other source name) that was read.
        reason: what is wrong ("empty", "not UTF-8 text", "HTML markup, not article text").
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[ArticleError], tuple[str, str]]:
        # Keeps the error picklable across a process pool.
        return (type(self), (self.path, self.reason))


class ExportError(TimelineError, ValueError):
    """A JSON document that is not a valid export.

    Attributes:
        reason: what is wrong with it.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UsageError(TimelineError, ValueError):
    """A call with arguments that do not fit together."""
