"""Values worth keeping between calls, each with the very inputs it was computed from.

The pure core may remember what it computed (a block's clustering, an event derived from its
mentions) only if the memory can never disagree with the state it is used on: a value is
found only for the same objects it was made from, compared by identity, element by element.
Mentions are immutable, and a memo holds them, so an object seen again is the same mention;
whatever wrote the state (a restore, another worker, a replay), a value that does not fit
is missing, never wrong, and is computed again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Sequence
from operator import is_
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """One value per key, the least recently used dropped first."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._values: OrderedDict[K, tuple[tuple[object, ...], V]] = OrderedDict()

    def get(self, key: K, inputs: Sequence[object]) -> V | None:
        """The value kept for `key`, if it was made from these very objects, in this order."""
        hit = self._values.get(key)
        if hit is None or len(hit[0]) != len(inputs) or not all(map(is_, hit[0], inputs)):
            return None
        self._values.move_to_end(key)
        return hit[1]

    def forget(self, key: K, inputs: Sequence[object]) -> None:
        """Drop the value of `key` if it was made from these objects (no longer in use)."""
        if self.get(key, inputs) is not None:
            del self._values[key]

    def keep(self, key: K, inputs: Sequence[object], value: V) -> V:
        self._values[key] = (tuple(inputs), value)
        self._values.move_to_end(key)
        while len(self._values) > self._capacity:
            self._values.popitem(last=False)
        return value
