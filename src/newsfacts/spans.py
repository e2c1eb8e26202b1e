"""Where a fact sits in the text: :class:`Span`.

Offsets are Python ``str`` indices (code points), the end is exclusive, so for every
mention ``text[mention.span.start:mention.span.end] == mention.text``.
"""

from __future__ import annotations

import attrs

from newsfacts._validate import instance_of
from newsfacts.errors import ValidationError

__all__ = ["Span"]


def _check_end(inst: Span, attr: attrs.Attribute[int], value: int) -> None:
    if value < inst.start:
        raise ValidationError(attr.name, value, f"an int >= start ({inst.start})")


def _check_start(_inst: Span, attr: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValidationError(attr.name, value, "a non-negative int")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of ``str`` offsets.

    >>> text = "Ottawa has committed $23.5 billion."
    >>> span = Span(21, 34)
    >>> span.slice(text)
    '$23.5 billion'
    >>> len(span), span.overlaps(Span(30, 40))
    (13, True)
    >>> Span(5, 2)
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'end' must be an int >= start (5) (got 2)
    """

    start: int = attrs.field(validator=[instance_of(int, what="an int"), _check_start])
    end: int = attrs.field(validator=[instance_of(int, what="an int"), _check_end])

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def to_list(self) -> list[int]:
        """The JSON form, ``[start, end]``."""
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: object) -> Span:
        """Read the JSON form ``[start, end]``."""
        if not (isinstance(value, list | tuple) and len(value) == 2):
            raise ValidationError("span", value, "a [start, end] pair")
        return cls(value[0], value[1])
