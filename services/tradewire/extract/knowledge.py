"""The knowledge files (`data/*.json`) and the one matcher they all share.

An analyst extends the JSON, never the code. Each list of names is compiled once
into a single regex shaped like a trie, so a sentence is scanned once whatever
the size of the list, and the longest name at a position wins:

    ["U.S.", "United States", "United States of America"]
    -> (?:U\\.S\\.|United\\s+States(?:\\s+of\\s+America)?)

Matched text is looked up again through `fold`, which makes curly and straight
apostrophes and runs of spaces (and, for loose lists, hyphens) the same key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import orjson

_SPACE = re.compile(r"\s+")
_LOOSE_SPACE = re.compile(r"[\s\-\u2010\u2011]+")
_TOKEN = {" ": r"\s+", "'": "['\u2019]", "-": "[-\u2010\u2011]"}
_LOOSE_TOKEN = {**_TOKEN, " ": r"[\s\-\u2010\u2011]+", "-": r"[\s\-\u2010\u2011]+"}

Trie = dict[str, "Trie"]


@cache
def load(name: str) -> dict[str, Any]:
    """One knowledge file, parsed once per process."""
    raw = resources.files("tradewire.extract").joinpath("data", name).read_bytes()
    data: dict[str, Any] = orjson.loads(raw)
    return data


def words(text: str) -> frozenset[str]:
    """A set of words written as one string ("mr mrs dr")."""
    return frozenset(text.split())


def fold(text: str, *, loose: bool = False) -> str:
    """The lookup key of a name as written: one apostrophe, one space (loose: hyphen too)."""
    text = text.replace("\u2019", "'")
    if loose:
        return _LOOSE_SPACE.sub(" ", text).lower()
    return _SPACE.sub(" ", text)


def compile_terms(terms: Iterable[str], *, loose: bool = False) -> re.Pattern[str]:
    """One regex for all `terms`, whole words only, longest alternative first.

    `loose` lists match case-insensitively and treat a space and a hyphen alike
    ("rare-earth" = "rare earth").
    """
    trie: Trie = {}
    for term in terms:
        node = trie
        for char in fold(term, loose=loose):
            node = node.setdefault(char, {})
        node[""] = {}
    body = _branch(trie, _LOOSE_TOKEN if loose else _TOKEN)
    flags = re.IGNORECASE if loose else 0
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def _branch(node: Trie, tokens: dict[str, str]) -> str:
    """A trie node as a regex: one alternative per next character, the end made optional."""
    alternatives = [
        tokens.get(char, re.escape(char)) + _branch(child, tokens)
        for char, child in sorted(node.items())
        if char
    ]
    if not alternatives:
        return ""
    group = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if "" in node:
        return f"(?:{group})?"
    return group
