"""Syndicated copies: one wire story republished by several outlets, a word or two changed.

A fingerprint is a MinHash (datasketch's 32-bit "affine32" scheme, seed 1; computed here with
numpy in one pass, the same values as `MinHash.update_batch`) of the article's word
3-shingles, written as `mh1:` + base64url of 64 big-endian 32-bit values (346 characters):
small enough to travel on every EventMention. Two fingerprints are the same story when their
estimated Jaccard similarity is at least SAME_STORY_JACCARD = 0.5: each changed word removes
three shingles, so a 400-word copy with a new headline and a dozen words edited is already
near 0.8, while two outlets writing the same news in their own words share almost no
3-shingles (below 0.1, quotes included). With 64 values the estimate's
standard error is at most 0.06.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from hashlib import sha1
from itertools import repeat

import numpy as np
from datasketch import MinHash

from tradewire.models import Source

PREFIX = "mh1:"
NUM_PERM = 64
SHINGLE_WORDS = 3
SAME_STORY_JACCARD = 0.5
_WORD = re.compile(r"\w+")


def fingerprint(text: str) -> str:
    """The near-duplicate fingerprint of an article's text (title and body)."""
    words = _WORD.findall(text.casefold())
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS])
        for i in range(max(1, len(words) - SHINGLE_WORDS + 1))
    }
    # datasketch's MinHash.update_batch, vectorised: sha1_hash32 of each shingle, the fmix32
    # pre-mix, then the 64 affine permutations (uint32 arithmetic wraps, as intended)
    digests = b"".join(sha1(s.encode()).digest()[:4] for s in shingles)
    hashed = _fmix32(np.frombuffer(digests, dtype="<u4"))
    values = (hashed[:, None] * _A + _B).min(axis=0)
    return PREFIX + base64.urlsafe_b64encode(values.astype(">u4").tobytes()).decode().rstrip("=")


def _fmix32(h: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer, element-wise (datasketch's pre-mix)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = h ^ (h >> np.uint32(16))
    return mixed


# The permutations of MinHash(num_perm=64, seed=1, scheme="affine32"), drawn once.
_A, _B = (np.asarray(p, dtype=np.uint32) for p in MinHash(NUM_PERM, seed=1, scheme="affine32").permutations)


@lru_cache(maxsize=4096)
def _values(fp: str) -> np.ndarray | None:
    """The hash values of a fingerprint (cached: a block compares the same ones often)."""
    if not fp.startswith(PREFIX):
        return None
    body = fp[len(PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except ValueError:
        return None
    if len(raw) != 4 * NUM_PERM:
        return None
    return np.frombuffer(raw, dtype=">u4")  # read-only: safe to share from the cache


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two fingerprints; 0.0 when either is unreadable."""
    va, vb = _values(a), _values(b)
    if va is None or vb is None:
        return 0.0
    # MinHash.jaccard, without rebuilding two MinHash objects (and their permutations).
    return float(np.count_nonzero(va == vb)) / NUM_PERM


def same_story(a: str, b: str) -> bool:
    """True when two fingerprints are copies of one story."""
    return similarity(a, b) >= SAME_STORY_JACCARD


BANDS = 32  # LSH: 32 bands of 2 values; a pair at Jaccard 0.5 shares one with p > 0.9999


@lru_cache(maxsize=4096)
def _buckets(fp: str) -> tuple[int, ...]:
    """Each band as one int, (band, its values' bytes) written side by side: equal exactly
    when both are, and cheaper to hash than a tuple."""
    values = _values(fp)
    if values is None:
        return ()
    rows = NUM_PERM // BANDS
    shift = 32 * rows
    return tuple(
        (b << shift) | int.from_bytes(values[b * rows : (b + 1) * rows].tobytes(), "big")
        for b in range(BANDS)
    )


class Independence:
    """How many sources remain once copies of one story, and one outlet's articles, count once.

    Sources are added one at a time, each with its article's fingerprint (None when unknown),
    so that a count can go on when an event gains later sources instead of starting over.
    Linear, not quadratic, in the number of sources (a big story has hundreds): candidates are
    the sources sharing an outlet or an LSH band with an earlier one, each checked with
    `same_story` against the first source seen in that band.
    """

    __slots__ = ("_first_of", "_parent", "_prints", "_unions")

    def __init__(self) -> None:
        self._parent: list[int] = []  # union-find over the sources
        self._first_of: dict[object, int] = {}  # outlet or LSH band -> its first source
        self._prints: list[str | None] = []
        self._unions = 0  # each joins two different sets

    @property
    def count(self) -> int:
        return len(self._parent) - self._unions

    def _root(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def add(self, source: Source, print_: str | None) -> None:
        parent, first_of, root = self._parent, self._first_of, self._root
        i = len(parent)
        parent.append(i)
        self._prints.append(print_)
        j = first_of.setdefault(("outlet", source.source.casefold().strip()), i)
        if j != i:
            parent[i] = root(j)  # (i is new: its own root)
            self._unions += 1
        if not print_:
            return
        candidates = set(map(first_of.setdefault, _buckets(print_), repeat(i)))
        candidates.discard(i)
        for j in sorted(candidates):
            other = self._prints[j]
            if other and (ri := root(i)) != (rj := root(j)) \
                    and (print_ == other or same_story(print_, other)):
                parent[ri] = rj
                self._unions += 1
