"""A sentence's dates, read the way the event layer needs them.

- A weekday is the coming one only where its own clause speaks of the future ("will meet on
  Monday"); the rest of the sentence does not decide ("said on Thursday it would impose").
- A dateline ("BEIJING, Oct 10 (Reuters) -") dates the story, not an event in it.
- "this week" told of what is done is the week up to publication (its month, when the week so
  far lies in one: "this week it cut its duty"); told of what is to come, the rest of the week.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from tradewire.extract.calendar_words import month_span
from tradewire.extract.dates import DateMention, find_dates

_FUTURE_NEAR = re.compile(
    r"\b(?:will|shall|'ll|set to|(?:is|are) to|scheduled|expected to|due to|plans? to|going to"
    r"|slated|upcoming|next|to be held|would)\b(?:(?:\W+(?!(?:said|says|told|added)\b)\w+){0,8}"
    r"|(?:[^\w,;:]+(?!(?:said|says|told|that|which|who|when|after|since|before|(?-i:[a-z])\w*ed)\b)\w+)"
    r"{0,18})\W*$", re.IGNORECASE)
_THIS_WEEK = re.compile(r"(?:this\s+)?week", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|announced|stated|confirmed)\s+$", re.IGNORECASE)
_THIS = re.compile(r"\bthis\s+$", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"\W+(?:\w+\W+){0,2}?(?:will|shall|would|is\s+due|are\s+due)\b",
                           re.IGNORECASE)  # "this week, officials will ..."
# "BEIJING, May 29 (Reuters) -", "Ha Noi, 5 March 2030 -": where and when the text was filed.
_DATELINE = re.compile(
    r"\s*[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff .,/'\u2019-]{1,40},?\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4})"
    # (an agency's name in brackets ends one too: "Taipei, July 15 (CNA) Taiwan and ...")
    r"(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*[-\u2013\u2014:]?|[-\u2013\u2014:])")


def read_dates(text: str, published: date, first: bool = False) -> list[DateMention]:
    """Dates of `text` (the body's first sentence if `first`), weekdays resolved clause-wise."""
    dates = find_dates(text, published, future=False)
    if first:
        dateline = _DATELINE.match(text)
        if dateline:
            dates = [d for d in dates if d.start >= dateline.end()]
    if any(d.kind == "window" for d in dates):
        dates = [_this_week(text, d, published) for d in dates]
    dates = [_done_before(text, d, published) for d in dates]
    if not any(d.kind == "weekday" for d in dates):
        return dates
    ahead = {(d.start, d.end): d for d in find_dates(text, published, future=True)}
    return [ahead.get((d.start, d.end), d) if d.kind == "weekday"
            and (_FUTURE_NEAR.search(text[: d.start]) or _PRESENT_MEETING.search(text, 0, d.start)
                 or _PRESENT_TRIP.search(text, 0, d.start)
                 or _HEADLINE_TO.search(text, 0, d.start))
            and not _DONE_ON.match(text, d.end)
            else d for d in dates]


# A meeting (or a trip) told in the present with its weekday is one to come: "South Korean and
# Chinese officials meet in Seoul on Tuesday", "heads to Hanoi on Thursday" (the news style of
# a preview; a past one is "met").
# (up to the weekday, no saying, relative clause or past verb: those tell another time)
def _to_the_day(words: int) -> str:
    return (r"(?:\W+(?!(?:said|says|told|that|which|who|when|after|since|before|during"
            rf"|\w+ed)\b)\w+){{0,{words}}}\W*$")


_ON_TO_THE_DAY = _to_the_day(6)
_PRESENT_MEETING = re.compile(
    r"(?<!\bto\s)\b(?:meet|meets|hold|holds|sign|signs|begin|begins|start|starts|resume|resumes"
    r"|host|hosts|convene|convenes)\b" + _ON_TO_THE_DAY, re.IGNORECASE)
# (a trip's goal and purpose may come first: "travels on to Hanoi for talks with Vietnam's
# trade minister on Thursday"; not "Heads of State")
_PRESENT_TRIP = re.compile(
    r"\b(?:travels|heads|flies|leaves)\W+(?:on\W+)?(?:to|for)\b" + _to_the_day(10), re.IGNORECASE)


# A headline's infinitive tells what is to come: "Indonesian and EU trade officials to meet in
# Brussels on Thursday", "Japan's prime minister to hold phone call on Tuesday" (not "agreed
# to meet on Tuesday": a verb before "to" may be past).
_HEADLINE_TO = re.compile(
    r"\b(?:officials|ministers?|leaders|negotiators|delegations|sides|envoys|president|premier"
    r"|chancellor|counterparts?|governments?|(?-i:[A-Z])[\w'\u2019-]+)\s+to\s+(?:meet|hold|sign|begin"
    r"|start|resume|host|visit|travel|open|launch)\b" + _ON_TO_THE_DAY, re.IGNORECASE)


# "the United States imposed a 20% tariff on all Chinese goods in February" (told in
# September): a past verb, and no infinitive, future or effect word between it and the date
# ("raised its duty to 10% in January": that "to" is no infinitive).
_DONE_BEFORE = re.compile(
    r"\b(?!(?:scheduled|expected|planned|proposed|slated|delayed|postponed|needed)\b)\w+ed\b"
    r"(?:\W+(?!(?:to(?!\W+[\d$\u20ac\u00a3])|will|would|shall|next|from|until|by(?=\W*$)|through"
    r"|effective|effect|starting|beginning|deadline|expires?|due)\b)[\w%]+){0,16}\W*$",
    re.IGNORECASE)


# "their second meeting this year after talks in Tokyo in January" (told in September): what
# an "after" names came before (no verb or infinitive between: "after it agreed to cut tariffs
# in January" may tell of a cut to come)
_AFTER_NOUN = re.compile(r"\b(?:after|following)\s+(?!(?:it|they|he|she|we)\b)"
                         r"(?:(?!(?:to|will|would|shall|next|from|until|by|effective|starting|due)\b)"
                         r"[\w%.-]+\s+){1,8}(?:in|on)?\s*$", re.IGNORECASE)
_NAMED_YEAR = re.compile(r"(?:last|next|this|past|coming)\b", re.IGNORECASE)  # "last March"
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)


def _done_before(text: str, mention: DateMention, published: date) -> DateMention:
    """A month or day without a year read as past that a future verb tells: the one a year
    after; one read as coming, told after a past verb (when the coming one lay two months or
    more ahead) or after "since": the one a year before."""
    if mention.kind not in ("month", "day") or mention.value is None \
            or not any(c.isalpha() for c in mention.text):
        return mention
    if _ORDINAL.fullmatch(mention.text):
        return _last_ordinal(text, mention, published)
    year, month = int(mention.value[:4]), int(mention.value[5:7])
    ahead = (year * 12 + month) - (published.year * 12 + published.month)
    if ahead < 0 and _FUTURE_NEAR.search(text, 0, mention.start) \
            and not _DONE_BEFORE.search(text, 0, mention.start) \
            and not _NAMED_YEAR.match(mention.text):
        # "will review the framework at a meeting in October" (told in April): next October
        return _shifted(mention, year + 1, month)
    since = _SINCE.search(text, 0, mention.start) is not None
    if ahead < 1 or (not since and not _DONE_BEFORE.search(text, 0, mention.start)
                     and not _AFTER_NOUN.search(text, max(0, mention.start - 90), mention.start)):
        return mention
    return _shifted(mention, year - 1, month)


_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _last_ordinal(text: str, mention: DateMention, published: date) -> DateMention:
    """"announced on the 4th" (told on the 20th): the 4th of this month, not the next one's
    (the nearest); a day of the month alone moves by months, never by a year."""
    assert mention.value is not None
    day = date.fromisoformat(mention.value)
    if day <= published or not (_DONE_BEFORE.search(text, 0, mention.start)
                                or _SINCE.search(text, 0, mention.start)):
        return mention
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    try:
        value = date(year, month, day.day).isoformat()
    except ValueError:  # the 31st of a shorter month
        return mention
    return replace(mention, value=value, earliest=value, latest=value)


def _shifted(mention: DateMention, year: int, month: int) -> DateMention:
    """The mention's month or day in `year`."""
    value = str(year) + mention.value[4:] if mention.value else ""
    if mention.kind == "day":
        try:
            date.fromisoformat(value)  # a real day?
        except ValueError:  # February 29
            return mention
        return replace(mention, value=value, earliest=value, latest=value)
    first, last = month_span(year, month)
    return replace(mention, value=value, earliest=first.isoformat(), latest=last.isoformat())


# "to defuse Tuesday's threat": a weekday that owns an act done is a past one, whatever
# future verb stands before it (not "Friday's meeting", which may be to come).
_DONE_ON = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+)?(?:threat|announcement|decision|move|order|statement"
                      r"|ban|tariffs?|duties|curbs|measures?|sanctions|proclamation|decree|remarks"
                      r"|comments|call|attack|retaliation|ruling|vote|action|step)\b", re.IGNORECASE)


def _this_from(text: str, mention: DateMention) -> int | None:
    """Where "this week" begins, if the mention is that (its "this" may stand before it)."""
    if mention.kind != "window" or _THIS_WEEK.fullmatch(mention.text) is None:
        return None
    if mention.text[:4].lower() == "this":
        return mention.start
    this = _THIS.search(text, 0, mention.start)
    return this.start() if this else None


def _this_week(text: str, mention: DateMention, published: date) -> DateMention:
    begin = _this_from(text, mention)
    if begin is None:
        return mention
    monday = published - timedelta(days=published.weekday())
    if not _SAID.search(text, 0, begin) and (_FUTURE_NEAR.search(text, 0, begin)
                                             or _FUTURE_AFTER.match(text, mention.end)):
        return replace(mention, earliest=published.isoformat(),
                       latest=(monday + timedelta(days=6)).isoformat())
    month = published.isoformat()[:7] if monday.month == published.month else None
    return replace(mention, value=month, earliest=monday.isoformat(),
                   latest=published.isoformat())
