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
from functools import lru_cache

from tradewire.extract.case_blind import CaseBlind
from tradewire.extract.dates import DateMention

# Cue words and how many words before the date they may stand.
_CUES = CaseBlind(
    r"\b(?:(?P<effective>effective|effect|starting|beginning|commencing|as of|into force"
    r"|due to (?:start|begin|apply)|in (?:force|effect|place) since)"
    r"|(?P<bound>until|through|till|expir\w+|deadline|ending)|(?P<since>since)"
    r"|(?P<near>by|from|before|after|within|prior to|no later than))\b")
_FAR = 11
# A verb that made an earlier measure, some words before its date ("imposed on April 2",
# "set forth in Executive Order 14257 of April 2"); an instrument's own date ("Order 14298
# of May 12").
_MADE = re.compile(r"\b(?:imposed|announced|introduced|established|adopted|set forth|taken|took"
                   r"|enacted|issued|declared|unveiled|signed|put in place|implemented|placed"
                   r"|slapped)\b"
                   r"(?:\W+\w+){0,14}?\W+$", re.IGNORECASE)
# The retreat's own decision, dated before its verb: "the decision by the United States,
# announced yesterday, to lift ..." (that day is the lifting's, not the measure's).
_DECIDED = re.compile(r"\b(?:decision|move|plan|step|announcement)\W+(?:[\w.-]+\W+){0,5}?"
                      r"(?:announced|taken|made|adopted)\W+$", re.IGNORECASE)
# "their first call since ...", "the first such curbs since March": what "since" then dates
FIRST = re.compile(r"\bfirst\b", re.IGNORECASE)
_SAID_ON = re.compile(r"\b(?:said|says|told|added)\W+(?:on\W+)?$", re.IGNORECASE)
# A window told as past ("last week", "a week ago", "earlier this week"); a coming one ("next
# week", "soon") stays a window that a later telling's day may fall in.
_PAST_WINDOW = re.compile(r"\b(?:last|past|earlier|ago|recent(?:ly)?)\b", re.IGNORECASE)
_OF = re.compile(r"\b(?:of|dated)\W+$", re.IGNORECASE)
# (a colon between digits tells the time of day: "at 4:30 p.m.")
_CLAUSE = re.compile(r"[;\u2014]|(?<!\d):|:(?!\d)|,?\s+(?:but|while|whereas|although)\s+|,?\s+and\s+that\s+"
                     r"|,\s+and\s+(?=(?:will|would"
                     r"|shall|has|have|had|is|are|was|were|also|then|it|they|he|she)\b)")


@dataclass(frozen=True, slots=True)
class When:
    date: str | None = None
    earliest: str | None = None
    latest: str | None = None

    @property
    def known(self) -> bool:
        return bool(self.date or self.earliest or self.latest)


def when(mention: DateMention) -> When:
    if mention.value:
        return When(mention.value)
    if mention.earliest and mention.latest and mention.earliest[:7] == mention.latest[:7] \
            and _PAST_WINDOW.search(mention.text):
        return When(mention.earliest[:7])  # "last week", all in one month: the month is known
    return When(None, mention.earliest, mention.latest)


def role(text: str, mention: DateMention, act: int | None = None) -> str:
    """effective, bound (until, by), since, or event: the last cue word before the date. A
    date whose cue stands before the act `act` (a trigger's start), or that stands right
    before the act, is that act's: "their first call since they met in November" dates the
    meeting, "since ... a Jan. 26 phone call" the call."""
    kind, since = _cued(text, mention.start)
    if act is not None and since is not None and since <= act < mention.start:
        return "event"
    if act is not None and 0 <= act - mention.end <= 2:
        return "event"  # "since they agreed on it during a Jan. 26 phone call": the call's day
    if kind == "effective" and _DAY_RANGE.search(mention.text):
        return "event"  # "talks took place from 3 to 7 May": the days it was held
    return kind


# The far end of a range that "from" opens: "from 1/9 to 30/10", "from September 1 through".
_RANGE_END = re.compile(r"\s+(?:\w+\s+)?\d[\w/.]*,?\s+(?:\d{4}\s+)?(?:to|until|till|through"
                        r"|and)\s+(?:the\s+)?|\s+\S*\d\S*\s*[-\u2013]\s*")
_DAY_RANGE = re.compile(r"\d\s*(?:to|-|\u2013|until)\s*\d")


_DATED = re.compile(r"\bdated\W*$", re.IGNORECASE)
_SAID_BETWEEN = re.compile(r"\b(?:said|says|announced|told|stated|confirmed)\b")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|[ap]\.?m\.?|midnight|noon|hours|hrs|local|time|GMT|UTC"
                    r"|ET|EST|EDT", re.IGNORECASE)


@lru_cache(maxsize=64)  # every trigger of a sentence asks again about the same few dates
def _cued(text: str, start: int) -> tuple[str, int | None]:
    """The role the last cue word gives the date at `start`, and the end of that cue if it
    is "since" (an act between it and the date owns the date)."""
    lo = max(0, start - 90)
    before = text[lo: start]
    if _DATED.search(before):
        return "event", None  # "a Note Verbale dated 28 April": the day of the instrument
    cues = list(_CUES.finditer(before))
    if not cues:
        return "event", None
    cue = cues[-1]
    since = lo + cue.end() if cue.lastgroup == "since" else None
    if _SAID_BETWEEN.search(before, cue.end()):
        return "event", since  # "starting Feb. 15, the minister said Thursday": when it was said
    words = len(before[cue.end():].split())
    kind = cue.lastgroup or "event"
    if kind == "near":
        # (a time of day between is no act: "from 00:01 on 20 April", "from midnight on")
        between = [w for w in before[cue.end():].split() if not _CLOCK.fullmatch(w)]
        if cue.group().lower() == "from" and _RANGE_END.fullmatch(before, cue.end()):
            return "bound", since  # "from September 1 to October 30": the measure's end
        if between not in ([], ["the"], ["on"]):
            return "event", since
        if between == ["the"] and cue.group().lower() in ("after", "before"):
            return "event", since  # "after the May 12 agreement": the date names an act
        return ("effective" if cue.group().lower() == "from" else "bound"), since
    return (kind if words <= _FAR else "event"), since


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: between ';', ':', a dash, "but" or "while"."""
    lo = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    after = _CLAUSE.search(text, end)
    return lo, after.start() if after else len(text)


# The retreat's own instrument and its day: "will cut the tariff ..., under an executive order
# signed by the President on Friday" (not the day the tariff it cuts was made).
_OWN_INSTRUMENT = re.compile(r"\bunder\W+(?:an?|the|its)\W+(?:[\w-]+\W+){0,2}(?:order|decree|regulation"
                             r"|proclamation|law|resolution|notification|decision)\W+(?:signed|issued"
                             r"|adopted|published|approved)\b[^.;]*$", re.IGNORECASE)


# ... or told before it: "signed an executive order on Monday cutting the tariff on rice", "A
# decree signed on Saturday lowers the tariff on ethanol"
_SIGNED_OWN = re.compile(r"\b(?:(?:signed|issued|approved|published|adopted)\W+(?:an?|the|its)\W+"
                         r"(?:[\w-]+\W+){0,2}(?:order|decree|regulation|proclamation|notification"
                         r"|resolution)|(?:order|decree|regulation|proclamation|notification|resolution)"
                         r"\W+(?:signed|issued|approved|published|adopted))\W+(?:on\W+)?$", re.IGNORECASE)


_STOOD_SINCE = re.compile(r"\bin\s+(?:place|force|effect)\s+since\s+(?:(?:early|mid|late)\W+)?$",
                          re.IGNORECASE)


# A day or month that names the measure undone: "suspend its February curbs on exports".
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|their|the|his|her)|['\u2019]s)\s+$", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:curbs|controls|tariffs?|duties|bans?|restrictions"
                            r"|levies|quotas|surtax\w*|surcharges?|export\s+(?:curbs|controls|bans?|rules?))\b",
                            re.IGNORECASE)
# A new subject's clause between a date and the retreat: "the U.S. will suspend the tariff
# imposed on 20 March, and China will suspend the licence requirement": not that measure's day.
OTHER_SUBJECT = re.compile(r",\s+(?:and|while|whereas)\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*\s+(?:side\s+)?"
                           r"(?:will|would|shall|has|have|had|agreed|is|are|was|were)\b", re.IGNORECASE)
# (unless the other clause dates its measure by that day: "... that it announced the same day")
_SAME_DAY = re.compile(r"\b(?:the\s+same\s+(?:day|date)|that\s+(?:same\s+)?day|on\s+the\s+same\s+day)\b",
                       re.IGNORECASE)


def earlier_dates(text: str, trigger: tuple[int, int], start: int, end: int,
                  dates: Sequence[DateMention]) -> tuple[list[When], list[When]]:
    """Dates in the retreat's clause text[start:end] that are not its own: (those of the
    measure it undoes, "imposed on April 2"; every one, with the instruments named after
    it, "as clarified in the Memorandum of April 11")."""
    (trigger_start, trigger_end), made, other = trigger, [], []
    for mention in dates:
        if not start <= mention.start < end:
            continue
        kind = role(text, mention)
        before = text[max(start, mention.start - 120): mention.start]
        if kind == "effective" and mention.start < trigger_end and _STOOD_SINCE.search(before):
            made.append(when(mention))  # "counter-tariffs, in place since March 2031, were
            # removed": the measure undone, in force from then
        elif kind in ("event", "since"):
            if mention.start < trigger_start and OTHER_SUBJECT.search(text, mention.end, trigger_start) \
                    and not _SAME_DAY.search(text, trigger_start, end):
                other.append(when(mention))  # (another measure's day: none of this one's)
                continue
            if _OWNED_BEFORE.search(before) and _MEASURE_AFTER.match(text, mention.end):
                made.append(when(mention))  # "suspend its February curbs": when those were made
                continue
            if _MADE.search(before) and not _SAID_ON.search(before) \
                    and not _OWN_INSTRUMENT.search(before) \
                    and not (mention.start < trigger_start and _SIGNED_OWN.search(before)) \
                    and not (mention.start < trigger_start and _DECIDED.search(before)):
                made.append(when(mention))
            elif mention.start >= trigger_end and _OF.search(before):
                other.append(when(mention))
    return made, made + other


def instrument_dates(text: str, start: int, end: int, dates: Sequence[DateMention]) -> list[When]:
    """Two or more instruments dated apart ("Orders of May 12 and of August 11"): one act each."""
    found = [when(m) for m in dates if start <= m.start < end and role(text, m) == "event"
             and _OF.search(text[max(0, m.start - 10): m.start]) and m.value]
    return found if len({w.date for w in found}) >= 2 else []


def event_date(text: str, start: int, end: int, dates: Sequence[DateMention],
               exclude: Sequence[When] = (), near: tuple[int, int] | None = None,
               act: int | None = None) -> When:
    """The event-role date in text[start:end] that is not in `exclude`: the first, or the
    first after the words `near`, else the nearest before them ("X, who met Y on Tuesday, will
    hold talks on May 3"). The act at `act` (or `near`) owns a date its "since" clause holds
    ("their first meeting since Australia put duties on rebar on May 31")."""
    found = [(m, when(m)) for m in dates
             if start <= m.start < end and _owned(text, m, near, act) and when(m) not in exclude]
    if near is not None:
        found.sort(key=lambda f: (f[0].start < near[1], abs(f[0].start - near[1])))
    return found[0][1] if found else When()


# A meeting's first day: "will hold talks in Santiago starting next Monday"
_OPENS = re.compile(r"\b(?:(?:starting|beginning|commencing)\W+(?:on\W+|from\W+)?|from\W+)$", re.IGNORECASE)


def _owned(text: str, mention: DateMention, near: tuple[int, int] | None, act: int | None) -> bool:
    if near is not None:
        kind = role(text, mention, near[0])
        return kind == "event" or (kind == "effective" and near[1] <= mention.start
                                   and _OPENS.search(text, max(0, mention.start - 20), mention.start)
                                   is not None)
    kind = role(text, mention)
    return kind == "event" or (kind == "since" and act is not None
                               and (_cued(text, mention.start)[1] or act + 1) <= act < mention.start)


def effective_date(text: str, start: int, end: int, dates: Sequence[DateMention]) -> str | None:
    for mention in dates:
        if start <= mention.start < end and role(text, mention) == "effective" \
                and mention.value and len(mention.value) == 10:
            return mention.value
    return None
