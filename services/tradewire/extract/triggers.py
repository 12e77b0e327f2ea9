"""Trigger phrases (`data/triggers.json`) -> typed spans in a sentence.

    "China slapped new levies on US cars" -> Trigger("tariff_increase", "slapped new levies")

Every pattern is compiled once at import. A first pass finds the anchor words a sentence
holds and runs only the patterns of the types they announce. Where matches overlap, the
higher priority wins, then the longer match ("suspend the 34% tariff" is a reduction, not
the "34% tariff" inside it); the survivors come back in text order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import orjson

from tradewire.extract.patterns import alternation, compile_pattern, inflect, spaced, trie
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


@dataclass(frozen=True, slots=True)
class _Pattern:
    type: EventType
    regex: re.Pattern[str]
    priority: int
    spec: dict[str, Any]
    cased: bool  # runs on the original text (it looks at capitals)


@cache
def _load() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], dict[str, tuple[_Pattern, ...]]]:
    raw = resources.files("tradewire.extract").joinpath("data", "triggers.json").read_bytes()
    data: dict[str, Any] = orjson.loads(raw)
    macros = {k: alternation([spaced(w) for w in v]) for k, v in data["words"].items()}
    for name, verbs in data["verbs"].items():
        macros[name] = trie([form for verb in verbs for form in inflect(verb, data["irregular"])])
    patterns: dict[str, tuple[_Pattern, ...]] = {}
    for type_, entries in data["types"].items():
        specs = [{"p": e} if isinstance(e, str) else e for e in entries]
        compiled = [(s, compile_pattern(s["p"], macros)) for s in specs]
        patterns[type_] = tuple(
            _Pattern(type_, rx, int(s.get("priority", 0)), s, bool(rx.flags & re.IGNORECASE))
            for s, rx in compiled
        )
    by_stem: dict[str, list[str]] = {}
    for type_, stems in data["anchors"].items():
        for stem in stems:
            by_stem.setdefault(stem.lower(), []).append(type_)
    words = sorted(s for s in by_stem if s[0].isalpha())
    marks = [re.escape(s) for s in by_stem if not s[0].isalpha()]  # "%" follows a digit
    first = re.compile(r"(?<!\w)(?:" + trie(words) + ")" + "".join("|" + m for m in marks))
    return first, {k: tuple(v) for k, v in by_stem.items()}, patterns


def _candidate_types(lower: str) -> set[str]:
    """The types whose anchor words (word beginnings) the lower-cased text holds."""
    first, by_stem, _ = _load()
    return {t for m in first.finditer(lower) for t in by_stem[m.group()]}


def find_triggers(text: str) -> list[Trigger]:
    """Non-overlapping triggers in `text`, in text order."""
    _, _, patterns = _load()
    lower = text.lower()
    if len(lower) != len(text):  # keep offsets: a few characters lower to two
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found: list[tuple[int, int, int, _Pattern]] = []
    for type_ in _candidate_types(lower):
        for pattern in patterns[type_]:
            for match in pattern.regex.finditer(text if pattern.cased else lower):
                rank = -pattern.priority * 2 + bool(pattern.spec.get("ref"))
                found.append((rank, match.start() - match.end(), match.start(), pattern))
    kept: list[Trigger] = []
    for _, negative_length, start, pattern in sorted(found, key=lambda f: f[:3]):
        end = start - negative_length
        if any(start < k.end and k.start < end for k in kept):
            continue
        spec = pattern.spec
        kept.append(Trigger(pattern.type, start, end, text[start:end], bool(spec.get("ref")),
                            spec.get("status"), spec.get("role"), bool(spec.get("encounter"))))
    return sorted(kept, key=lambda t: t.start)


_load()  # compile at import, not on the first article
