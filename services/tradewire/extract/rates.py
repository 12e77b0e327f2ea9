"""Tariff rates a clause states: "from 34% to 10%", "to 125%", "a 25% tariff".

A rate is a detail that tells two events apart, so only the clear cases count: a range
gives both ends, "to N%" the rate after, and an increase's own "N% tariff" its new rate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradewire.extract.actors import Actor
from tradewire.extract.triggers import Trigger

_PCT = r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s?cent\b)"
_FROM_TO = re.compile(rf"\bfrom\s+{_PCT}\s+to\s+{_PCT}", re.IGNORECASE)
_TO = re.compile(rf"\bto\s+{_PCT}", re.IGNORECASE)
_TO_FROM = re.compile(rf"\bto\s+{_PCT}\s+from\s+{_PCT}", re.IGNORECASE)
_OWN = re.compile(_PCT, re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# a measure told again with its rate: "the 15% US tariff", "its 25% duty" (not "a 25% levy":
# a new one's rate is read as before)
_NAMED_RATE = re.compile(rf"\b(?:the|its|their|this|that)\W+{_PCT}\W+(?:[\w-]+\W+)?$",
                         re.IGNORECASE)
_OF_RATE = re.compile(rf"\s+(?:of|at)\s+(?:up\s+to\s+)?{_PCT}", re.IGNORECASE)


def rates(type_: str, trigger: Trigger, clause: str) -> tuple[float | None, float | None]:
    """(rate before, rate after) for tariff events; (None, None) otherwise or if unclear."""
    if not type_.startswith("tariff_") or not _DIGIT.search(clause):
        return None, None  # (every rate is a number; the trigger lies in its clause)
    ranged = _FROM_TO.search(clause)
    if ranged:
        return _directed(type_, float(ranged.group(1)), float(ranged.group(2)))
    back = _TO_FROM.search(clause)
    if back:
        return _directed(type_, float(back.group(2)), float(back.group(1)))
    if type_ == "tariff_increase" and trigger.ref:
        # "The 15% tariff, announced on April 11": the noun's own rate, not another act's
        at = clause.find(trigger.text)
        named = _NAMED_RATE.search(clause, max(0, at - 30), at) if at > 0 else None
        if named:
            return None, float(named.group(1))
    to = _TO.search(clause)
    if to:
        return None, float(to.group(1))
    if type_ != "tariff_increase":
        return None, None
    own = _OWN.search(trigger.text)
    if own is None:  # "imposed an additional tariff of 25 percent"
        at = clause.find(trigger.text)
        own = _OF_RATE.match(clause, at + len(trigger.text)) if at >= 0 else None
    return None, float(own.group(1)) if own else None


_TO_BEFORE_DATE = re.compile(rf"\bto\s+{_PCT}\W+(?:in|on)?\W*$", re.IGNORECASE)


def rate_told_with(text: str, at: int) -> float | None:
    """The rate "to N%" told right before a date at `at`: one of several steps ("twice, to 25%
    in February and to 40% in March")."""
    to = _TO_BEFORE_DATE.search(text, max(0, at - 24), at)
    return float(to.group(1)) if to else None


def _directed(type_: str, before: float, after: float) -> tuple[float, float]:
    """An increase goes up and a cut goes down: a range the other way tells the move that
    undoes the measure ("will suspend the increase, returning the rate to 25% from 50%":
    the increase was 25% -> 50%)."""
    if (type_ == "tariff_increase") == (after < before) and after != before:
        return after, before
    return before, after


def rates_by_state(text: str, start: int, states: Sequence[Actor]) -> list[tuple[str, float]]:
    """"25% on Canada and Mexico and 10% on China": each state with the rate stated last
    before it (from `start`, the trigger); states before any rate are left out."""
    found: dict[str, float] = {}
    for state in states:
        stated = list(_OWN.finditer(text, start, state.start))
        if stated:
            found.setdefault(state.code, float(stated[-1].group(1)))
    return list(found.items())
