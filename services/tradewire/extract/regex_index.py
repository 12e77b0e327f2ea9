"""Many regexes over one text, each tried only at the word starts where it can begin.

    index = RegexIndex([(re.compile(r"(?<![\\w-])impos(?:e|ed)\\s+tariffs"), "tariff"), ...])
    index.find(text, lower(text), {"tariff"}) -> [(0, <match 'imposed tariffs'>)]

`finditer` of a hundred regexes tries each at every character of the text. Here one scan
finds the word starts that begin with the first letters of some regex (`prefixes.starts`),
and each regex is tried only there, left to right, skipping what its last match covered:
the same matches as `finditer`, at a fraction of the cost. A regex with no known first
letters (or case-blind) is scanned whole, as before.

Every regex must match at word starts only (begin with `(?<![\\w-])`) and, if indexed, run
on lower-case text with its offsets (see `lower`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradewire.extract.patterns import trie
from tradewire.extract.prefixes import DIGIT, starts

_KEY = 8  # regexes are indexed by (up to) their first eight letters
_MEMO = 50_000  # windows remembered, at most (a bound against a stream of odd text)


class RegexIndex:
    """Regexes, each with a group name; found together, only where they can begin."""

    __slots__ = ("_allowed", "_anywhere", "_by_start", "_groups", "_regexes", "_starts", "_windows")

    def __init__(self, entries: Sequence[tuple[re.Pattern[str], str]]) -> None:
        self._regexes = [regex for regex, _ in entries]
        self._groups = [group for _, group in entries]
        by_start: dict[str, list[int]] = {}
        self._anywhere: list[int] = []
        for i, regex in enumerate(self._regexes):
            keys = starts(regex, _KEY)
            if keys is None or any(key != key.lower() for key in keys):
                self._anywhere.append(i)
            else:
                for key in keys:
                    by_start.setdefault(key, []).append(i)
        self._by_start = by_start
        words = trie([key for key in by_start if key != DIGIT])
        self._starts = re.compile(rf"[^\w-](?={words}|\d)" if DIGIT in by_start else rf"[^\w-](?={words})")
        self._windows: dict[str, tuple[int, ...]] = {}
        self._allowed: dict[frozenset[str], frozenset[int]] = {}

    def find(self, text: str, low: str, groups: set[str]) -> list[tuple[int, re.Match[str]]]:
        """(entry, match) for every match of the entries in `groups`, as finditer finds them;
        `low` is `lower(text)`, which the entries run on (case-blind ones: on `text`)."""
        allowed = self._in_groups(groups)
        tries: dict[int, list[int]] = {}
        for boundary in self._starts.finditer(" " + low):
            at = boundary.start()
            window = low[at : at + _KEY]
            entries = self._windows.get(window)
            if entries is None:
                entries = self._beginning(window)
            for i in entries:
                if i in allowed:
                    tries.setdefault(i, []).append(at)
        found: list[tuple[int, re.Match[str]]] = []
        for i, positions in tries.items():
            regex, end = self._regexes[i], 0
            for at in positions:
                match = regex.match(low, at) if at >= end else None
                if match is not None:
                    end = max(match.end(), at + 1)
                    found.append((i, match))
        for i in self._anywhere:
            if self._groups[i] in groups:
                found += [(i, m) for m in self._regexes[i].finditer(text if self._regexes[i].flags
                                                                    & re.IGNORECASE else low)]
        return found

    def _in_groups(self, groups: set[str]) -> frozenset[int]:
        """The entries of `groups` (remembered: sentences announce few sets of groups)."""
        key = frozenset(groups)
        allowed = self._allowed.get(key)
        if allowed is None:
            allowed = frozenset(i for i, group in enumerate(self._groups) if group in key)
            if len(self._allowed) >= _MEMO:
                self._allowed.clear()
            self._allowed[key] = allowed
        return allowed

    def _beginning(self, window: str) -> tuple[int, ...]:
        """The entries a match of which may begin with `window`, in entry order."""
        keys = [window[:n] for n in range(1, len(window) + 1)]
        if window[:1].isdecimal():
            keys.append(DIGIT)
        entries = tuple(sorted({i for key in keys for i in self._by_start.get(key, ())}))
        if len(self._windows) >= _MEMO:
            self._windows.clear()
        self._windows[window] = entries
        return entries


def lower(text: str) -> str:
    """`text` in lower case, character for character (a few characters lower to two: kept)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
