"""A sentence's dates, read the way the event layer needs them.

- A weekday is the coming one only where its own clause speaks of the future ("will meet on
  Monday"); the rest of the sentence does not decide ("said on Thursday it would impose").
- A dateline ("BEIJING, Oct 10 (Reuters) -") dates the story, not an event in it.
"""

from __future__ import annotations

import re
from datetime import date

from tradewire.extract.dates import DateMention, find_dates

_FUTURE_NEAR = re.compile(
    r"\b(?:will|shall|'ll|set to|scheduled|expected to|due to|plans? to|going to|slated|upcoming"
    r"|next|to be held|would)\b(?:\W+(?!(?:said|says|told|added)\b)\w+){0,8}\W*$", re.IGNORECASE)
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .,/'\u2019-]{1,40},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]")


def read_dates(text: str, published: date, first: bool = False) -> list[DateMention]:
    """Dates of `text` (the body's first sentence if `first`), weekdays resolved clause-wise."""
    dates = find_dates(text, published, future=False)
    if first:
        dateline = _DATELINE.match(text)
        if dateline:
            dates = [d for d in dates if d.start >= dateline.end()]
    if not any(d.kind == "weekday" for d in dates):
        return dates
    ahead = {(d.start, d.end): d for d in find_dates(text, published, future=True)}
    return [ahead.get((d.start, d.end), d) if d.kind == "weekday"
            and _FUTURE_NEAR.search(text[: d.start]) else d for d in dates]
