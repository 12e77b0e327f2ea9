"""What every match of a regex starts with: the literal first characters, read off the regex.

    starts(re.compile(r"(?<![\\w-])(?:impos(?:e|ed)|slap)\\s+(?:new\\s+)?tariffs"), 3)
    -> {"imp", "sla"}

A match can begin only where the text holds one of these strings, so a caller may try the
regex there alone instead of at every position (triggers.py indexes ~100 patterns this
way). The set is sound, never exact: a look-around, a repeat or a character class of more
than a few letters ends the walk, and the prefix read so far stands (shorter than `length`).
None when no literal prefix is certain (the regex may start with `\\w`, `.`, a gap). A regex
that begins with `\\d` begins with DIGIT: any character for which `str.isdecimal()` holds.

The regex is read with the standard library's own parser (`re._parser`, the `sre_parse`
of Python < 3.11), whose parse tree has not changed shape since Python 2.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_PARSER: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")
_MAX_CLASS = 12  # a character class of more letters than this ends the walk
_MAX_STARTS = 400  # beyond this many strings the set is no use as an index
DIGIT = "\x00"  # stands for a decimal digit (what `\\d` matches) at the start

Items = tuple[tuple[Any, Any], ...]


def starts(pattern: re.Pattern[str], length: int) -> frozenset[str] | None:
    """Strings of at most `length` characters one of which begins every match; None if unknown.

    Only for patterns without IGNORECASE (case-blind matching has Unicode surprises)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        found = _walk(tuple(_PARSER.parse(pattern.pattern, pattern.flags)), "", length, 0)
    except (RecursionError, _Unknown):
        return None
    if found is None or "" in found or len(found) > _MAX_STARTS:
        return None
    return frozenset(found)


class _Unknown(Exception):
    pass


def _walk(rest: Items, read: str, length: int, depth: int) -> set[str] | None:
    """Every prefix (up to `length`) of a match of `rest` following the text `read`."""
    if len(read) >= length or not rest:
        return {read[:length]}
    if depth > 200:
        raise _Unknown
    (op, av), tail = rest[0], rest[1:]
    if op is _C.LITERAL:
        return _walk(tail, read + chr(av), length, depth + 1)
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return _walk(tail, read, length, depth + 1)
    if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:  # (?i:...) reads either case
        return _walk(tuple(av[-1]) + tail, read, length, depth + 1)
    if op is _C.BRANCH:
        return _union([_walk(tuple(alt) + tail, read, length, depth + 1) for alt in av[1]])
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high == 0:
            return _walk(tail, read, length, depth + 1)
        again = ((op, (max(low - 1, 0), high if high == _C.MAXREPEAT else high - 1, sub)),)
        once = _walk(tuple(sub) + again + tail, read, length, depth + 1)
        return once if low else _union([once, _walk(tail, read, length, depth + 1)])
    if op is _C.IN:
        chars = _chars(av)
        if chars is not None:
            return _union([_walk(tail, read + c, length, depth + 1) for c in sorted(chars)])
        if not read and av == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
            return {DIGIT}
    return {read}  # anything else: what was read so far is all that is certain


def _chars(items: Any) -> set[str] | None:
    """The letters of a small, positive character class; None for any other."""
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= _MAX_CLASS else None


def _union(parts: list[set[str] | None]) -> set[str] | None:
    found: set[str] = set()
    for part in parts:
        if part is None:
            return None
        found |= part
    return found
