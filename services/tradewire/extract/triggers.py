"""Trigger phrases (`data/triggers.json`) -> typed spans in a sentence.

    "China slapped new levies on US cars" -> Trigger("tariff_increase", "slapped new levies")

Every pattern is compiled once at import. A first pass finds the anchor words a sentence
holds and runs only the patterns of the types they announce, and only where a match can
begin (regex_index.py): at a word starting with the pattern's first letters, not at every
character. Where matches overlap, the higher priority wins, then the longer match
("suspend the 34% tariff" is a reduction, not the "34% tariff" inside it), then the pattern
listed first; the survivors come back in text order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import orjson

from tradewire.extract.kinds import RETREATS
from tradewire.extract.patterns import alternation, compile_pattern, inflect, spaced, trie
from tradewire.extract.regex_index import RegexIndex, lower
from tradewire.models import EventType


@dataclass(frozen=True, slots=True)
class Trigger:
    type: EventType
    start: int
    end: int
    text: str
    ref: bool = False  # names a measure already there rather than a new act
    status: str | None = None  # a status the words fix ("threatened")
    role: str | None = None  # "patient": the subject is the side acted on
    encounter: bool = False  # a meeting that is a leaders' meeting only between leaders
    tail: bool = False  # the clause after another act's words that took the measure's noun


@dataclass(frozen=True, slots=True)
class _Pattern:
    order: int  # place in triggers.json: among equal matches the earlier pattern wins
    type: EventType
    rank: int  # lower first: priority, then a new act before a reference
    spec: dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Catalogue:
    anchors: re.Pattern[str]  # the anchor words of every type (scanned in " " + text)
    marks: re.Pattern[str]  # anchors that are no words ("%" follows a digit)
    types_of: dict[str, tuple[str, ...]]  # anchor word -> the types it announces
    patterns: tuple[_Pattern, ...]
    index: RegexIndex  # their regexes, grouped by type


@cache
def _load() -> _Catalogue:
    raw = resources.files("tradewire.extract").joinpath("data", "triggers.json").read_bytes()
    data: dict[str, Any] = orjson.loads(raw)
    macros = {k: alternation([spaced(w) for w in v]) for k, v in data["words"].items()}
    for name, verbs in data["verbs"].items():
        macros[name] = trie([form for verb in verbs for form in inflect(verb, data["irregular"])])
    patterns: list[_Pattern] = []
    regexes: list[tuple[re.Pattern[str], str]] = []
    for type_, entries in data["types"].items():
        for entry in entries:
            spec = {"p": entry} if isinstance(entry, str) else entry
            rank = -int(spec.get("priority", 0)) * 2 + bool(spec.get("ref"))
            patterns.append(_Pattern(len(patterns), type_, rank, spec))
            regexes.append((compile_pattern(spec["p"], macros), type_))
    types_of: dict[str, list[str]] = {}
    for type_, stems in data["anchors"].items():
        for stem in stems:
            types_of.setdefault(stem.lower(), []).append(type_)
    # the anchor pass matches the longest anchor at a word start ("purchase" in "purchases"),
    # so an anchor also announces the types of every anchor it begins with ("purchas")
    for stem in list(types_of):
        for shorter in [s for s in types_of if s != stem and stem.startswith(s)]:
            types_of[stem] = list(dict.fromkeys(types_of[stem] + types_of[shorter]))
    words = sorted(s for s in types_of if s[0].isalpha())
    marks = [re.escape(s) for s in types_of if not s[0].isalpha()]
    return _Catalogue(re.compile(rf"[^\w]({trie(words)})"), re.compile("|".join(marks) or "(?!)"),
                      {k: tuple(v) for k, v in types_of.items()}, tuple(patterns),
                      RegexIndex(regexes))


def _candidate_types(lower: str) -> set[str]:
    """The types whose anchor words (word beginnings) the lower-cased text holds."""
    c = _load()
    types: set[str] = set()
    # (a word anchor ends in a letter, so no anchor can begin inside the one before it)
    for word in c.anchors.finditer(" " + lower):
        types.update(c.types_of[" ".join(word.group(1).split())])
    for mark in c.marks.finditer(lower):
        types.update(c.types_of[mark.group()])
    return types


def find_triggers(text: str) -> list[Trigger]:
    """Non-overlapping triggers in `text`, in text order."""
    cat = _load()
    low = lower(text)
    types = _candidate_types(low)
    if not types:
        return []
    found = []
    for i, match in cat.index.find(text, low, types):
        pattern = cat.patterns[i]
        found.append((pattern.rank, match.start() - match.end(), match.start(), i, pattern))
    return _resolve(text, found)


def _resolve(text: str, found: list[tuple[int, int, int, int, _Pattern]]) -> list[Trigger]:
    """Overlaps go to the higher priority, then the longer match (a "tail" pattern keeps what
    lies after the one that took its start); the rest in text order."""
    kept: list[Trigger] = []
    for _, negative_length, start, _, pattern in sorted(found, key=lambda f: f[:4]):
        end = start - negative_length
        spec = pattern.spec
        over = [k for k in kept if start < k.end and k.start < end]
        if over:
            # a "tail" pattern names a measure with the clause that tells its making ("the 25%
            # tariff that Washington imposed in May"); where another act's words take the
            # noun ("asked it to remove the 25% tariff"), the clause after them still tells
            # the old measure (not after a noun that names it: "anti-dumping duties imposed by")
            head = over[0]
            if not (spec.get("tail") and len(over) == 1 and head.type in RETREATS
                    and head.start <= start < head.end < end):
                continue
            start = head.end + len(text[head.end:end]) - len(text[head.end:end].lstrip())
        tail = bool(over)
        kept.append(Trigger(pattern.type, start, end, text[start:end], bool(spec.get("ref")),
                            spec.get("status"), spec.get("role"), bool(spec.get("encounter")),
                            tail))
    return sorted(kept, key=lambda t: t.start)


_load()  # compile at import, not on the first article
