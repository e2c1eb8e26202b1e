"""The errors newsfacts raises.

Every error derives from :class:`NewsfactsError`. The two a user meets are both
``ValueError`` subclasses, so ``except ValueError`` keeps working:

* :class:`ParseError` -- a ``parse_*`` function was given text that is not one expression
  of the kind it reads. It says what was expected and where (a ``str`` offset).
* :class:`ValidationError` -- a model was constructed with an invalid value. It names the
  field and the value.
"""

from __future__ import annotations

__all__ = ["NewsfactsError", "ParseError", "ValidationError"]


class NewsfactsError(Exception):
    """Root of every error newsfacts raises on purpose."""


class ParseError(NewsfactsError, ValueError):
    """The text is not one expression of the expected kind.

    ``text`` is the input, ``position`` the ``str`` offset where reading failed and
    ``expected`` a short phrase naming what would have been accepted there.

    >>> err = ParseError("a money expression", text="ten apples", position=4)
    >>> str(err)
    "expected a money expression at offset 4 of 'ten apples': found 'apples'"
    >>> isinstance(err, ValueError)
    True
    """

    def __init__(self, expected: str, *, text: str, position: int = 0) -> None:
        self.expected = expected
        self.text = text
        self.position = max(0, min(position, len(text)))
        rest = text[self.position : self.position + 30]
        found = repr(rest) if rest else "the end of the text"
        super().__init__(
            f"expected {expected} at offset {self.position} of {_clip(text)}: found {found}"
        )

    def __reduce__(self) -> tuple[object, ...]:  # keep pickling working despite kw-only args
        return (_rebuild_parse_error, (self.expected, self.text, self.position))


def _rebuild_parse_error(expected: str, text: str, position: int) -> ParseError:
    return ParseError(expected, text=text, position=position)


class ValidationError(NewsfactsError, ValueError):
    """A model field got a value it cannot hold.

    >>> err = ValidationError("currency", "usd", "an upper-case ISO 4217 code")
    >>> str(err)
    "'currency' must be an upper-case ISO 4217 code (got 'usd')"
    """

    def __init__(self, field: str, value: object, requirement: str) -> None:
        self.field = field
        self.value = value
        self.requirement = requirement
        super().__init__(f"{field!r} must be {requirement} (got {value!r})")

    def __reduce__(self) -> tuple[object, ...]:
        return (ValidationError, (self.field, self.value, self.requirement))


def _clip(text: str, limit: int = 60) -> str:
    return repr(text) if len(text) <= limit else repr(text[:limit]) + "..."
