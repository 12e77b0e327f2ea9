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

from tradewire.models import EventType

_MACRO = re.compile(r"\{([A-Z]+)\}")
_GAP = re.compile(r"~(\d*)")
_GAP_WORD = r"[\w'\u2019%$.,()*\u201c\u201d\"-]+"  # a word a gap may skip: no ';' or ':'
_WORDS = re.compile(r"[\w-]+|%")
_SEPARATOR = r",?\s+"  # between tokens: white space, after a comma perhaps ("suspend, for")
_OPTIONAL = re.compile(r" \)(?:\?|\*|\{\d*,?\d*\})$")  # "(?:the )?" brings its own space


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


def inflect(verb: str, irregular: dict[str, list[str]]) -> list[str]:
    """Every form of a (possibly multi-word) verb: "roll back" -> "rolled back", ..."""
    head, _, rest = verb.partition(" ")
    if head.endswith("e"):
        forms = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = [head, head + "es", head + "ed", head + "ing"]
    else:
        forms = [head, head + "s", head + "ed", head + "ing"]
    return [f"{form} {rest}".strip() for form in dict.fromkeys(forms + irregular.get(head, []))]


def _spaced(fragment: str) -> str:
    """A literal space in a fragment stands for any run of white space."""
    return fragment.replace(" ", r"\s+")


def _alternation(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


def _tokens(text: str) -> list[str]:
    """Split on the spaces outside parentheses: "(?:\\w+ ){0,3}x" stays one token."""
    tokens: list[str] = []
    depth, current = 0, ""
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == " " and depth == 0:
            tokens, current = ([*tokens, current] if current else tokens), ""
        else:
            current += char
    return [*tokens, current] if current else tokens


def compile_pattern(text: str, macros: dict[str, str]) -> re.Pattern[str]:
    """Tokens joined by white space; a gap token brings its own."""
    body = ""
    for token in _tokens(text):
        gap = _GAP.fullmatch(token)
        if gap:
            body += rf"(?:{_GAP_WORD}\s+){{0,{int(gap.group(1) or 5)}}}?"
        else:
            piece = _MACRO.sub(lambda m: macros[m.group(1)], _spaced(token))
            body += piece if _OPTIONAL.search(token) else piece + _SEPARATOR
    body = body.removesuffix(_SEPARATOR)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


@cache
def _load() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[_Pattern, ...]]]:
    raw = resources.files("tradewire.extract").joinpath("data", "triggers.json").read_bytes()
    data: dict[str, Any] = orjson.loads(raw)
    macros = {k: _alternation([_spaced(w) for w in v]) for k, v in data["words"].items()}
    for name, verbs in data["verbs"].items():
        forms = [form for verb in verbs for form in inflect(verb, data["irregular"])]
        macros[name] = _alternation([_spaced(re.escape(f).replace("\\ ", " ")) for f in forms])
    patterns: dict[str, tuple[_Pattern, ...]] = {}
    for type_, entries in data["types"].items():
        specs = [{"p": e} if isinstance(e, str) else e for e in entries]
        patterns[type_] = tuple(
            _Pattern(type_, compile_pattern(s["p"], macros), int(s.get("priority", 0)), s)
            for s in specs
        )
    anchors = {t: tuple(a.lower() for a in words) for t, words in data["anchors"].items()}
    return anchors, patterns


def _candidate_types(text: str) -> list[str]:
    anchors, _ = _load()
    words = {w.lower() for w in _WORDS.findall(text)}
    return [t for t, stems in anchors.items() if any(w.startswith(stems) for w in words)]


def find_triggers(text: str) -> list[Trigger]:
    """Non-overlapping triggers in `text`, in text order."""
    _, patterns = _load()
    found: list[tuple[int, int, int, _Pattern]] = []
    for type_ in _candidate_types(text):
        for pattern in patterns[type_]:
            for match in pattern.regex.finditer(text):
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
