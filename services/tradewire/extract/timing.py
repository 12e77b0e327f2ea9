"""Which of a sentence's dates is the event's, which is when a measure takes effect, and
which belongs to an earlier measure the sentence refers to.

    "China will suspend its 34% tariff announced on April 4 (its own: none; the earlier
     tariff's: April 4), effective May 14 (effective), until August 12 (neither)"

A date's role is read from the words just before it: "effective", "starting", "as of" mark
the effective date; "until", "through", "by" (a deadline), "since" mark neither; a date
after "imposed", "announced", "set forth in ... of" inside the object of a retreat belongs
to the measure retreated from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tradewire.extract._interim import DateMention

# Cue words and how many words before the date they may stand.
_CUES = re.compile(
    r"\b(?:(?P<effective>effective|effect|starting|beginning|commencing|as of|into force)"
    r"|(?P<bound>until|through|till|expir\w+|deadline|ending)|(?P<since>since)"
    r"|(?P<near>by|from|before|after|within|prior to|no later than))\b", re.IGNORECASE)
_FAR, _NEAR = 11, 2
_EARLIER = re.compile(r"\b(?:imposed|announced|introduced|established|adopted|set forth|taken"
                      r"|took|enacted|issued|declared|unveiled|signed|of|dated)\b(?:\W+\w+)"
                      r"{0,8}?\W+(?:on\W+|of\W+|dated\W+|in\W+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class When:
    date: str | None = None
    earliest: str | None = None
    latest: str | None = None

    @property
    def known(self) -> bool:
        return bool(self.date or self.earliest or self.latest)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def when(mention: DateMention) -> When:
    if mention.value:
        return When(mention.value)
    return When(None, _iso(mention.earliest), _iso(mention.latest))


def role(text: str, mention: DateMention) -> str:
    """effective, bound (until, by), since, or event: the last cue word before the date."""
    before = text[max(0, mention.start - 90): mention.start]
    cues = list(_CUES.finditer(before))
    if not cues:
        return "event"
    cue = cues[-1]
    words = len(before[cue.end():].split())
    kind = cue.lastgroup or "event"
    if kind == "near":
        if words > _NEAR:
            return "event"
        return "effective" if cue.group().lower() == "from" else "bound"
    return kind if words <= _FAR else "event"


def earlier_dates(text: str, start: int, end: int, dates: Sequence[DateMention]) -> list[When]:
    """Dates in text[start:end] that name when an earlier measure was made."""
    found = []
    for mention in dates:
        if start <= mention.start < end and role(text, mention) in ("event", "since"):
            before = text[max(start, mention.start - 90): mention.start]
            if _EARLIER.search(before):
                found.append(when(mention))
    return found


def event_date(text: str, start: int, end: int, dates: Sequence[DateMention],
               exclude: Sequence[When] = ()) -> When:
    """The first event-role date in text[start:end] that is not in `exclude`."""
    for mention in dates:
        if start <= mention.start < end and role(text, mention) == "event":
            found = when(mention)
            if found not in exclude:
                return found
    return When()


def effective_date(text: str, start: int, end: int, dates: Sequence[DateMention]) -> str | None:
    for mention in dates:
        if start <= mention.start < end and role(text, mention) == "effective" \
                and mention.value and len(mention.value) == 10:
            return mention.value
    return None
