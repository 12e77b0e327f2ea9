"""Many regexes over one text, each tried only at the word starts where it can begin.

    index = RegexIndex([(re.compile(r"(?<![\\w-])impos(?:e|ed)\\s+tariffs"), "tariff"), ...])
    index.find(text, lower(text), {"tariff"}) -> [(0, <match 'imposed tariffs'>)]

`finditer` of a hundred regexes tries each at every character of the text. Here one scan
finds the word starts that begin with the first letters of some regex (`prefixes.starts`),
and each regex is tried only there, left to right, skipping what its last match covered:
the same matches as `finditer`, at a fraction of the cost. A regex with no known first
letters is scanned whole, as before. So is a case-blind one (it runs on the text as written),
except in ASCII text: there, and only there, matching case-blind is matching the lower-cased
text, so its lower-cased first letters index it like the others.

Every regex must match at word starts only (begin with `(?<![\\w-])`) and, if indexed, run
on lower-case text with its offsets (see `lower`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradewire.extract.patterns import lowered, trie
from tradewire.extract.prefixes import DIGIT, starts

_KEY = 8  # regexes are indexed by (up to) their first eight letters
_MEMO = 50_000  # windows remembered, at most (a bound against a stream of odd text)


class RegexIndex:
    """Regexes, each with a group name; found together, only where they can begin."""

    __slots__ = ("_allowed", "_anywhere", "_blind", "_by_start", "_groups", "_regexes", "_starts",
                 "_windows")

    def __init__(self, entries: Sequence[tuple[re.Pattern[str], str]]) -> None:
        self._regexes = [regex for regex, _ in entries]
        self._groups = [group for _, group in entries]
        by_start: dict[str, list[int]] = {}
        self._anywhere: list[int] = []
        self._blind: set[int] = set()  # case-blind, indexed for ASCII text only
        for i, regex in enumerate(self._regexes):
            keys = starts(regex, _KEY)
            if keys is None and regex.flags & re.IGNORECASE:
                keys = _lower_starts(regex)
                if keys is not None:
                    self._blind.add(i)
                    self._anywhere.append(i)  # (other text)
            if keys is None or any(key != key.lower() for key in keys):
                self._anywhere.append(i)
            else:
                for key in keys:
                    by_start.setdefault(key, []).append(i)
        self._by_start = by_start
        words = trie([key for key in by_start if key != DIGIT])
        self._starts = re.compile(rf"[^\w-](?={words}|\d)" if DIGIT in by_start else rf"[^\w-](?={words})")
        self._windows: dict[str, tuple[int, ...]] = {}
        self._allowed: dict[tuple[frozenset[str], bool], frozenset[int]] = {}

    def find(self, text: str, low: str, groups: set[str]) -> list[tuple[int, re.Match[str]]]:
        """(entry, match) for every match of the entries in `groups`, as finditer finds them;
        `low` is `lower(text)`, which the entries run on (case-blind ones: on `text`)."""
        ascii_text = text.isascii()
        allowed = self._in_groups(groups, ascii_text)
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
            regex, end, subject = self._regexes[i], 0, text if i in self._blind else low
            for at in positions:
                match = regex.match(subject, at) if at >= end else None
                if match is not None:
                    end = max(match.end(), at + 1)
                    found.append((i, match))
        for i in self._anywhere:
            if self._groups[i] in groups and not (ascii_text and i in self._blind):
                found += [(i, m) for m in self._regexes[i].finditer(text if self._regexes[i].flags
                                                                    & re.IGNORECASE else low)]
        return found

    def _in_groups(self, groups: set[str], ascii_text: bool) -> frozenset[int]:
        """The indexed entries of `groups` for a text (remembered: sentences announce few sets
        of groups); case-blind ones only for ASCII text."""
        key = (frozenset(groups), ascii_text)
        allowed = self._allowed.get(key)
        if allowed is None:
            allowed = frozenset(i for i, group in enumerate(self._groups) if group in key[0]
                                and (ascii_text or i not in self._blind))
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


def _lower_starts(regex: re.Pattern[str]) -> frozenset[str] | None:
    """First letters of a case-blind regex's matches in ASCII text, lower-cased: those of the
    same regex lower-cased and read case-sensitively (its `(?-i:...)` parts too: a capital
    there is still some letter in the lower-cased text)."""
    try:
        return starts(re.compile(lowered(regex.pattern), regex.flags & ~re.IGNORECASE), _KEY)
    except re.error:
        return None


def lower(text: str) -> str:
    """`text` in lower case, character for character (a few characters lower to two: kept)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
