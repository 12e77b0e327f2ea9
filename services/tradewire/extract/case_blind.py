"""Case-blind regexes that run at case-sensitive speed on almost all text.

Python's `re` tries a case-blind pattern at every position of the text, folding every
character it compares; a case-sensitive pattern it tries far more cheaply. For a pattern
written in lower case, matching case-blind is matching case-sensitively against the
lower-cased text, at the same offsets, wherever lowering changes no case-blind comparison:
each character lowers to one, and none is one of the three that match an ASCII letter
case-blind without lowering to it (U+0130, U+0131, U+017F: dotted I, dotless i, long s).
`CaseBlind` matches that way there, and case-blind as written elsewhere:

    _SOON = CaseBlind(r"\\b(?:soon|shortly)\\b")
    _SOON.search("Talks resume SHORTLY").span()  -> (13, 20)

A match found the fast way holds the lower-cased text: read its spans, groups of digits and
group names, not its letters. test_case_blind.py checks the claim against every character.

Where every match must hold one of a few long words (an analyst's view names an analyst, an
economist ...), read off the pattern itself, the fast way first looks for those words, with
a substring search far cheaper than trying the pattern at every position, and tries the
pattern only in text that holds one.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any

_PARSER: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")
UNSAFE = "\u0130\u0131\u017f"  # match an ASCII letter case-blind, lower to none
_CUE_LENGTH = 5  # words shorter than this are too common to be worth looking for first


class CaseBlind:
    """A regex written in lower case and matched case-blind (see the module's doc)."""

    __slots__ = ("_blind", "_cue", "_lower", "pattern")

    def __init__(self, pattern: str) -> None:
        parsed = _PARSER.parse(pattern, 0)
        _check(parsed, pattern)
        self.pattern = pattern
        self._blind = re.compile(pattern, re.IGNORECASE)
        self._lower = re.compile(pattern)
        words = required(parsed)
        self._cue = tuple(sorted(words)) if words and min(map(len, words)) >= _CUE_LENGTH else None

    def _target(self, string: str, pos: int, endpos: int) -> tuple[re.Pattern[str], str] | None:
        """The compiled pattern and text to match, or None when no match can be there."""
        low = lowered(string)
        if low is None:
            return self._blind, string
        return (self._lower, low) if self._cued(low, pos, endpos) else None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        target = self._target(string, pos, endpos)
        return target[0].search(target[1], pos, endpos) if target else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        target = self._target(string, pos, endpos)
        return target[0].match(target[1], pos, endpos) if target else None

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        target = self._target(string, pos, endpos)
        return target[0].fullmatch(target[1], pos, endpos) if target else None

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        target = self._target(string, pos, endpos)
        return target[0].finditer(target[1], pos, endpos) if target else iter(())

    def _cued(self, low: str, pos: int, endpos: int) -> bool:
        """Does low[pos:endpos] hold one of the words every match holds (when they are known)?"""
        if self._cue is None:
            return True
        pos, endpos = min(max(pos, 0), len(low)), min(max(endpos, 0), len(low))  # as re reads them
        if pos == 0 and endpos == len(low):
            return any(word in low for word in self._cue)
        return any(low.find(word, pos, endpos) >= 0 for word in self._cue)


def lowered(string: str) -> str | None:
    """`string` lower-cased, if matching that case-sensitively is matching it case-blind."""
    low = string.lower()
    if string.isascii() or (len(low) == len(string) and all(c not in string for c in UNSAFE)):
        return low
    return None


def required(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of the parsed pattern `items` holds (the set whose
    shortest string is longest), or None if no such set is known: a run of literal
    characters, or the union of such sets over every branch of an alternation."""
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    run = ""
    for op, av in items:
        if op is _C.LITERAL:
            run += chr(av)
            continue
        consider(frozenset({run}) if run else None)
        run = ""
        if op is _C.SUBPATTERN:
            consider(required(av[3]))
        elif op is _C.BRANCH:
            found = [required(branch) for branch in av[1]]
            consider(frozenset().union(*(f for f in found if f is not None))
                     if all(f is not None for f in found) else None)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(required(av[2]))
    consider(frozenset({run}) if run else None)
    return best


def _check(items: Any, pattern: str) -> None:
    """Every character the pattern names is lower case (or has no case, and is not one of
    the few outside ASCII that case-blind matching ties to others), and no part of it turns
    case-blindness on or off."""
    for op, av in items:
        if op in (_C.LITERAL, _C.NOT_LITERAL):
            _plain(chr(av), pattern)
        elif op is _C.RANGE:
            for code in range(av[0], av[1] + 1):
                _plain(chr(code), pattern)
        elif op is _C.SUBPATTERN:
            if (av[1] | av[2]) & re.IGNORECASE:
                raise ValueError(f"turns case-blindness on or off: {pattern!r}")
            _check(av[3], pattern)
        elif op is _C.BRANCH:
            for branch in av[1]:
                _check(branch, pattern)
        elif op in (_C.IN, _C.ASSERT, _C.ASSERT_NOT, _C.MAX_REPEAT, _C.MIN_REPEAT,
                    _C.POSSESSIVE_REPEAT, _C.ATOMIC_GROUP):
            _check(av if op is _C.IN else av[-1], pattern)
        elif op is _C.GROUPREF_EXISTS:
            _check(av[1], pattern)
            if av[2] is not None:
                _check(av[2], pattern)


def _plain(char: str, pattern: str) -> None:
    if char != char.lower() or (not char.isascii() and char.upper() != char):
        raise ValueError(f"{char!r} is not a lower-case ASCII letter or uncased: {pattern!r}")
