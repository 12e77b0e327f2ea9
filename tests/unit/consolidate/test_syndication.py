"""Syndicated copies count once; different stories and different outlets do not."""

from __future__ import annotations

import base64
import re

import numpy as np
import pytest
from datasketch import MinHash

from tradewire.consolidate import fingerprint, same_story
from tradewire.consolidate.syndication import similarity

from .conftest import Feed, Make, final

STORY = (
    "Officials from the two largest economies met behind closed doors on a rainy Monday and "
    "agreed to lower the duties each side had raised during the spring, according to a short "
    "statement read out by a spokesperson after nine hours of negotiation. Neither delegation "
    "took questions, and markets in the region rose modestly as traders weighed the news "
    "against a backdrop of weak factory orders and a stronger currency."
)
COPY = STORY.replace("rainy Monday", "wet Monday").replace("modestly", "sharply")
OTHER = (
    "A commerce ministry told reporters that tariff reductions were settled at the end of "
    "lengthy sessions, and that further meetings would follow within weeks to settle the "
    "remaining questions on export licences and farm purchases."
)


@pytest.mark.parametrize("text", [STORY, OTHER, "", "Tariffs", "Straße ÜBER straße, 25%."])
def test_fingerprint_holds_datasketchs_minhash_values(text: str) -> None:
    words = re.findall(r"\w+", text.casefold())
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    sketch = MinHash(num_perm=64, seed=1, scheme="affine32")
    sketch.update_batch([s.encode() for s in shingles])
    raw = np.asarray(sketch.hashvalues, dtype=">u4").tobytes()
    assert fingerprint(text) == "mh1:" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def test_fingerprint_is_compact_and_deterministic() -> None:
    fp = fingerprint(STORY)
    assert fp == fingerprint(STORY)
    assert fp.startswith("mh1:") and len(fp) < 400


def test_a_copy_with_two_words_changed_is_the_same_story() -> None:
    assert same_story(fingerprint(STORY), fingerprint(COPY))
    assert similarity(fingerprint(STORY), fingerprint(COPY)) < 1.0


def test_a_story_told_in_other_words_is_not() -> None:
    assert not same_story(fingerprint(STORY), fingerprint(OTHER))
    assert similarity(fingerprint(STORY), fingerprint(OTHER)) < 0.2


def test_an_unreadable_fingerprint_matches_nothing() -> None:
    assert not same_story("mh1:????", fingerprint(STORY))
    assert not same_story("sha:" + fingerprint(STORY)[4:], fingerprint(STORY))


def test_syndicated_copies_count_once(mention: Make, feed: Feed) -> None:
    original = mention("a1", source="Harbour Post", date="2025-06-02", fingerprint=fingerprint(STORY))
    copy = mention("a2", source="Valley Courier", date="2025-06-02", fingerprint=fingerprint(COPY))
    own = mention("a3", source="Metro Ledger", date="2025-06-02", fingerprint=fingerprint(OTHER))
    _, published = feed([original, copy])
    assert [(e.independent_sources, e.corroboration) for e in published] == [
        (1, "provisional"), (1, "provisional"),
    ]
    _, published = feed([original, copy, own])
    (event,) = final(published)
    assert len(event.sources) == 3
    assert (event.independent_sources, event.corroboration) == (2, "confirmed")


def test_one_outlet_twice_counts_once(mention: Make, feed: Feed) -> None:
    first = mention("a1", source="Harbour Post", date="2025-06-02", fingerprint=fingerprint(STORY))
    again = mention("a2", source="harbour post ", fingerprint=fingerprint(OTHER))
    (event,) = final(feed([first, again])[1])
    assert len(event.sources) == 2 and event.independent_sources == 1
