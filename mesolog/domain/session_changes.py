"""What an amendment changed: the fields whose values differ between two versions of a
session, each with where it is, its value before and its value after.

A pure comparison of two `SessionInput`s, the version amended and the amendment; the
window says it in words (ui/history). The lists of a session (treatment lines, their
products, reactions, warnings given anyway) are matched item by item, wherever they are
in the list (an order changed is no change): equal items first; then, among the others,
items of the same kind (a line of the same area, a product of the same name and solution,
a reaction of the same kind, a warning of the same kind, an injection point in the same
zone), in order; then what is left, in
order, when it may be one item corrected (a line, a reaction; a product of the same name or
solution; never a warning of another kind, a zone, or a point of another zone). Items matched
are compared field by field; an item left over was removed or added.

A path names where a change is, with field names and positions:
`("treatments", 0, "products", 1, "lot_number")`. A position is the item's place in the
amendment, except that the last position of an item removed is its place in the version
amended. An item added has `old` None and the whole item as `new`; an item removed the
other way round. A technique changed from needle to pen (or back) is one change of
`("treatments", i, "technique")` with both techniques.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import ZoneRef
from mesolog.domain.records import (
    GivenDespite,
    ProductUse,
    Reaction,
    SessionInput,
    Technique,
    TreatmentLine,
)

PathPart = str | int
ChangeValue = (
    str
    | int
    | float
    | bool
    | dt.date
    | dt.datetime
    | enum.Enum
    | uuid.UUID
    | Technique
    | TreatmentLine
    | ProductUse
    | Reaction
    | GivenDespite
    | ZoneRef
    | ChartPoint
    | None
)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One value that differs: where (`path`), what it was (`old`), what it is (`new`)."""

    path: tuple[PathPart, ...]
    old: ChangeValue
    new: ChangeValue

    @property
    def name(self) -> str:
        """The field's name, or the list's for an item added or removed (`products`)."""
        return next(part for part in reversed(self.path) if isinstance(part, str))

    @property
    def added(self) -> bool:
        return isinstance(self.path[-1], int) and self.old is None

    @property
    def removed(self) -> bool:
        return isinstance(self.path[-1], int) and self.new is None


@dataclass(frozen=True, slots=True)
class _ListRule:
    key: Callable[[Any], Hashable]
    """Items with the same key are of the same kind: matched before the others."""
    related: Callable[[Any, Any], bool]
    """Whether two items of different kinds left over may be one item corrected."""


def _name(product: ProductUse) -> str:
    return " ".join(product.product_name.split()).casefold()


_LISTS: dict[str, _ListRule] = {
    "treatments": _ListRule(lambda line: line.area, lambda old, new: True),
    "products": _ListRule(
        lambda p: (_name(p), p.solution),
        lambda old, new: _name(old) == _name(new) or old.solution == new.solution,
    ),
    "reactions": _ListRule(lambda reaction: reaction.kind, lambda old, new: True),
    "given_despite": _ListRule(lambda given: given.kind, lambda old, new: False),
    "zones": _ListRule(lambda zone: zone, lambda old, new: False),
    "points": _ListRule(lambda point: point.zone, lambda old, new: old.zone == new.zone),
}


def session_changes(before: SessionInput, after: SessionInput) -> list[FieldChange]:
    """The values that differ from `before` (the version amended) to `after` (the
    amendment), in the order of the session's fields; none when they are equal."""
    return list(_compared((), before, after))


def _compared(path: tuple[PathPart, ...], old: Any, new: Any) -> Iterator[FieldChange]:
    """The changes between two records of the same class, field by field."""
    for field in fields(old):
        before, after = getattr(old, field.name), getattr(new, field.name)
        if before == after:
            continue
        where = (*path, field.name)
        if field.name in _LISTS:
            yield from _list_changes(where, before, after, _LISTS[field.name])
        elif is_dataclass(before) and type(before) is type(after):
            yield from _compared(where, before, after)
        else:
            yield FieldChange(where, before, after)


def _list_changes(
    path: tuple[PathPart, ...], old: Sequence[Any], new: Sequence[Any], rule: _ListRule
) -> Iterator[FieldChange]:
    for was, now in _matched(old, new, rule):
        if was is None and now is not None:
            yield FieldChange((*path, now), None, new[now])
        elif now is None and was is not None:
            yield FieldChange((*path, was), old[was], None)
        elif was is not None and now is not None:
            yield from _compared((*path, now), old[was], new[now])


def _matched(
    old: Sequence[Any], new: Sequence[Any], rule: _ListRule
) -> list[tuple[int | None, int | None]]:
    """Pairs of positions (in `old`, in `new`) of the items that differ: both for an item
    changed, None in `old` for one added, None in `new` for one removed; changed ones
    first, in the amendment's order, then those removed, then those added."""
    left = list(range(len(old)))
    right = list(range(len(new)))
    pairs: list[tuple[int, int]] = []
    tests: list[Callable[[int, int], bool]] = [
        lambda was, now: bool(old[was] == new[now]),
        lambda was, now: rule.key(old[was]) == rule.key(new[now]),
        lambda was, now: rule.related(old[was], new[now]),
    ]
    for same in tests:
        for was in list(left):
            now = next((n for n in right if same(was, n)), None)
            if now is not None:
                pairs.append((was, now))
                left.remove(was)
                right.remove(now)
    changed: list[tuple[int | None, int | None]] = [
        (was, now) for was, now in sorted(pairs, key=lambda pair: pair[1]) if old[was] != new[now]
    ]
    return changed + [(was, None) for was in left] + [(None, now) for now in right]
