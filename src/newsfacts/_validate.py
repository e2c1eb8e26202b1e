"""Small validator factories for the attrs models (private).

Each returns a callable with attrs' validator signature that raises
:class:`~newsfacts.errors.ValidationError` naming the field and the value.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

import attrs

from newsfacts.errors import ValidationError

E = TypeVar("E", bound=Enum)
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def instance_of(*types: type, what: str) -> Validator:
    """Accept only instances of ``types`` (``bool`` is refused where ``int`` is asked)."""

    def check(_inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if isinstance(value, bool) and bool not in types:
            raise ValidationError(attr.name, value, what)
        if not isinstance(value, types):
            raise ValidationError(attr.name, value, what)

    return check


def optional(inner: Validator) -> Validator:
    """Accept ``None`` or whatever ``inner`` accepts."""

    def check(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(inst, attr, value)

    return check


def member_of(enum: type[E]) -> Validator:
    """Accept only members of ``enum``."""
    allowed = ", ".join(repr(m.value) for m in enum)

    def check(_inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, enum):
            raise ValidationError(attr.name, value, f"a {enum.__name__} ({allowed})")

    return check


def tuple_of(*types: type, what: str) -> Validator:
    """Accept only a tuple whose items are instances of ``types``."""

    def check(_inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, types) for v in value):
            raise ValidationError(attr.name, value, f"a tuple of {what}")

    return check


def to_enum(enum: type[E]) -> Callable[[Any], Any]:
    """Converter: accept an enum member or its string value; leave anything else as is
    so that the validator reports it."""

    def convert(value: Any) -> Any:
        if isinstance(value, str) and not isinstance(value, enum):
            try:
                return enum(value)
            except ValueError:
                return value
        return value

    return convert


def text_fits_span(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
    """Validator for a mention's ``text``: a ``str`` exactly as long as ``inst.span``
    (the span is validated first, so it is a :class:`~newsfacts.spans.Span`)."""
    if not isinstance(value, str):
        raise ValidationError(attr.name, value, "a str")
    if len(value) != len(inst.span):
        raise ValidationError(attr.name, value, f"as long as its span ({len(inst.span)} chars)")


def list_to_tuple(value: Any) -> Any:
    """Converter: a list becomes a tuple (JSON gives lists); anything else is left for the
    validator to judge."""
    return tuple(value) if isinstance(value, list) else value
