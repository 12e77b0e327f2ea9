"""Which date a draft gets, and what a paragraph's earlier sentences lend its later ones.

A trigger's date comes from its own clause (a noun's only from right around it); else from
an earlier sentence of the paragraph that dated a related act ("In Order 14195 of February 1,
I found ... I imposed duties"); else, for an act the article reports as its news (present or
future tense, a speech act, "during the call"), the day the news happened; else none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from tradewire.extract.actors import Actor
from tradewire.extract.calendar_words import number
from tradewire.extract.case_blind import CaseBlind
from tradewire.extract.context import Context
from tradewire.extract.dates import DateMention
from tradewire.extract.kinds import AND_THEN, AT_INVITATION, ENCOUNTERS, INVITATION_MADE, RETREATS
from tradewire.extract.status import DENIAL, clause_before, undone_by
from tradewire.extract.text import Sentence
from tradewire.extract.timing import FIRST, When, event_date, instrument_dates, when
from tradewire.extract.timing import role as date_role
from tradewire.extract.triggers import Trigger

_NOW = CaseBlind(r"\b(?:will|would|shall|'ll|today|now|this week|hereby|determine[sd]?|deem|orders?"
                 r"|directs?|agrees?|commits?|decides?|set to|to be|plans? to|going to"
                 r"|upcoming|soon|next)\b")
# Said at the occasion the article reports: "during the call", "at the meeting".
_OCCASION = CaseBlind(r"\b(?:during|in|at|on|after|following) (?:the|their|this|that) (?:phone |"
                      r"video |telephone )?(?:call|conversation|meeting|talks|summit|visit)\b")
_AT_OCCASION = re.compile(
    r"\b(?:at|during)\s+(?:the|a|their|its)\s+(?:[\w-]+\s+){0,4}(?:committee|commission|meeting"
    r"|talks|summit|session|forum|round|dialogue|consultations)\s+(?:held\s+)?(?:in\s+[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)?\s+)?(?:on\s+)?$")
# An act told in a relative clause on a dated act happened with it: "the May 12 agreement,
# under which both sides cut tariffs".
_UNDER_WHICH = re.compile(r"\W*(?:under|in|by|through|with)\W+which\W", re.IGNORECASE)
# A measure told only by when it took effect is dated by that: "duties took effect in October".
_TOOK_EFFECT = re.compile(r"\b(?:took|takes|taken|came|entered)\W+(?:into\W+)?(?:effect|force)"
                          r"\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_WHICH_TOOK = re.compile(r",\s+(?:which|that)\s+(?:took|had\s+taken|came|entered)\s+(?:into\s+)?"
                         r"(?:effect|force)\s+(?:on\s+)?$", re.IGNORECASE)
_INVITED_WHEN = re.compile(r"\b(?:extended|made|issued|conveyed|delivered|accepted|during)\b", re.IGNORECASE)
_DATED_INSTRUMENT = re.compile(r"\s+(?:notification|decision|order|decree|ruling|measure|rule|regulation"
                               r"|circular|notice)s?\s*,?\s+(?:that|which)\s+(?:had\s+|has\s+)?",
                               re.IGNORECASE)
_IMMEDIATE = re.compile(r"\bwith\s+immediate\s+effect\s+(?:from\s+|on\s+|as\s+of\s+)?$", re.IGNORECASE)
# "banned imports of Moldovan fruit from 14 August" (told on the 25th): done, in force from a
# day already past, and so made by then. The verb opens the trigger (not a decree's present,
# "the export of sugar is prohibited from 1 August", nor a participle inside it).
_DONE_VERB = re.compile(r"(?:banned|stopped|suspended|halted|barred|prohibited|imposed|restricted"
                        r"|blocked|closed|lifted|removed|scrapped|introduced)\b", re.IGNORECASE)
_FROM_DAY = re.compile(r"\b(?:from|as\s+of|starting|effective)\s+$", re.IGNORECASE)
_REACHED = re.compile(r"\b(?:agreed|signed|reached|struck|sealed|concluded|clinched|unveiled)\b",
                      re.IGNORECASE)
# "spoke to Trump on Nov. 25, a day after his own call with Xi": that call was a day earlier.
_OFFSET = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\W+"
                     r"(?P<unit>day|week)s?\W+(?P<dir>after|before)\W+(?:[\w'\u2019]+\W+){0,16}$",
                     re.IGNORECASE)
# "The move came three days after ...": the act the sentence opens with is the article's news
_NEWS_CAME = re.compile(r"(?:the|this|that|its|their|his|her|today's)\W+(?:[\w-]+\W+){0,2}?"
                        r"(?:move|decision|announcement|step|measures?|plan|proposal|order|rule"
                        r"|threat|call|meeting|talks|visit|ban|tariffs?|duties|curbs|restrictions"
                        r"|action|response|retaliation|deal|agreement)\W+(?:\w+\W+){0,2}?"
                        r"(?:came|comes|was\W+announced|was\W+made)\W+$", re.IGNORECASE)
_HOURS = re.compile(r"\b(?:hours|minutes)\W+(?:before|after|earlier|later)\b", re.IGNORECASE)
# the encounter the article told, named as when a deal was made ("an agreement signed by the
# two trade ministers after the meeting"; not "to negotiate a framework ..., according to a
# statement released after the summit")
_AT_THE_ENCOUNTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:signed|reached|concluded|struck|sealed|agreed)\b"
                               r"[^.;,]{0,60}?\b(?:after|following|during|at)\s+the\s+(?:meeting|talks"
                               r"|summit|call|visit)\b", re.IGNORECASE)
_THAT_DAY = re.compile(r"\b(?:the\W+same\W+day|later\W+that\W+day|earlier\W+that\W+day)\b",
                       re.IGNORECASE)
_AFTER = re.compile(r"\b(?:after|since)\W+(?:\w+\W+){0,4}$", re.IGNORECASE)
_AFTER_SAID = re.compile(r"\bafter\W+(?:[\w.'\u2019-]+\W+){1,5}?(?:said|announced|confirmed"
                         r"|declared|stated)\b(?=[^,;:]*\bthat\W+[^,;:]*$)", re.IGNORECASE)
# "..., come days after EU governments voted on Friday": what follows is another, earlier act.
_LATER = CaseBlind(r"\b(?:days|weeks|months|hours|a\W+day|a\W+week|a\W+month|shortly|soon"
                   r"|just|only)\W+(?:after|following)\b")
SPEECH = frozenset({"visit_invitation", "demand", "accusation"})
_DONE = frozenset({"occurred", "in_effect", "ended", "suspended"})
_TO_COME = re.compile(r"(?:soon|shortly|upcoming|imminently|(?:in\s+)?the\s+(?:coming|next)"
                      r"\s+(?:few\s+)?(?:days|weeks|months)|next\s+(?:week|month|year)"
                      r"|later\s+this\s+(?:week|month|year))", re.IGNORECASE)
_SAID_LATER = re.compile(r"[^;]*\b(?:said|says|told|reported|according\s+to)\b", re.IGNORECASE)
_EFFECTIVE_SINCE_AFTER = re.compile(r"[^,;:.]{0,50},\s+(?:in\s+(?:force|effect|place)|effective|applied)"
                                    r"\s+since\W+(?:(?:early|mid|late)\W+)?", re.IGNORECASE)
_SINCE_RIGHT_AFTER = re.compile(r"[^,;:]{0,70}?\bsince\W+(?:(?:early|mid|late|the\W+end\W+of)\W+)?",
                                re.IGNORECASE)
# In what a speech act is about, a date after another act's verb is that act's: "said the US
# had undermined the consensus reached in Geneva on May 12", "urged it to lift curbs imposed
# in March".
_OTHER_ACT = re.compile(r"\b(?:reached|agreed|struck|sealed|signed|imposed|announced|introduced"
                        r"|adopted|issued|unveiled|held|made|taken|enacted|added|placed|listed"
                        r"|blacklisted|designated|raised|slapped|launched|opened|began|begun"
                        r"|initiated)\b(?:\W+\w+){0,7}?\W+$",
                        re.IGNORECASE)
# "began in March, when Tokyo lifted the curbs during Yoon's visit": a date right before
# ", when" dates the acts of the clause it opens (that have no date of their own).
_WHEN = re.compile(r",\s+when\b", re.IGNORECASE)
_CUT = re.compile(r"[;:]")
# "The surcharge, which Trump ordered in July, has pushed US duties to 50%": the measure the
# sentence opens with is dated by the act its relative clause tells.
_DESCRIBED = re.compile(r"\W*(?:the|its|their|this|that|these|those)?\W*(?:[\w%.'\u2019-]+\s+)"
                        r"{0,3}?(?:surcharges?|tariffs?|duty|duties|levy|levies|surtax\w*|bans?"
                        r"|curbs?|controls|restrictions|measures|quotas?|sanctions)\s*,\s+"
                        r"(?:which|that)\b(?P<clause>[^,;:]*)", re.IGNORECASE)
_MADE = re.compile(r"\b(?:ordered|imposed|announced|introduced|adopted|unveiled|set|slapped"
                   r"|levied|decreed|signed|issued|enacted)\b", re.IGNORECASE)
_MAKING = r"imposed|introduced|adopted|slapped|levied|decreed|enacted|placed"
_IMPOSED = re.compile(rf"\b(?:{_MAKING})\b(?:\W+\w+){{0,5}}?\W+$", re.IGNORECASE)
# A sentence that tells what a deal told before provides: "Under the Protocol, the Uzbek side
# will reduce import duties ...".
_UNDER_THE_DEAL = re.compile(r"\W*(?:\d+\.\s*)?Under\s+(?:the|this|that|their)\s+(?:[\w-]+\s+){0,2}"
                             r"(?:protocol|agreement|deal|accord|pact|arrangement|framework)\b",
                             re.IGNORECASE)
# A figure's date: "bilateral trade, which stood at about $4 billion last year" dates the
# figure, no act of the sentence.
# a period's own start or end, told in a relative clause: "in the season that began on October 1"
_PERIOD_BEGAN = re.compile(r"\b(?:season|year|period|quarter|campaign|window)\s+(?:that|which)\s+"
                           r"(?:began|begins|started|starts|opened|opens|ended|ends|runs|ran)\s+(?:on\s+)?$",
                           re.IGNORECASE)
_FIGURE = re.compile(r"\b(?:stood|stands|totall?ed|totals|amounted|amounts|reached|rose|fell|grew"
                     r"|climbed|dropped|declined|jumped|was\W+worth|were\W+worth|valued)\W+(?:at\W+|to\W+|by\W+)?"
                     r"(?:about\W+|around\W+|nearly\W+|almost\W+|some\W+|roughly\W+|more\W+than\W+"
                     r"|over\W+|just\W+)?(?:US)?[$\u20ac\u00a3\u00a5]?\s?\d[\d.,]*\s*(?:%|per\W*cent|percent"
                     r"|billion|million|trillion|bn|mn|tonnes|tons)?(?:\W+(?:in|during|over))?\W+$",
                     re.IGNORECASE)
# A date written onto the act's noun: "Tuesday's threat", "the May 12 agreement".
_ATTACHED = re.compile(r"(?:['\u2019]s)?\s")
# The day of a saying whose that-clause tells the act: "said on Wednesday that the two
# ministers had signed a protocol in Lima on March 3" (the act has its own day).
_SAYING_DAY = re.compile(r"\b(?:said|says|announced|stated|confirmed|reported|informed)\W+(?:on\W+|late\W+"
                         r"|early\W+)*$", re.IGNORECASE)
_SAID_AFTER = re.compile(r",\W+(?:[\w-]+\W+){0,4}?(?:said|says|told\W+\w+|stated|added)\W+"
                         r"(?:on\W+)?$", re.IGNORECASE)
_MADE_ON = re.compile(r",?\s+(?:made|levell?ed|issued|voiced)\s+(?:on\s+)?",
                      re.IGNORECASE)
# The making of a measure ended or suspended, told after it: "suspended the licence
# requirement ... that it announced on Sept. 8", "ending a suspension imposed on Oct. 11".
_MADE_VERBS = rf"{_MAKING}|announced|unveiled|issued|ordered"  # any verb that made a measure
_ENDED_MADE = re.compile(rf"\b(?:{_MADE_VERBS})\b(?:\W+\w+){{0,5}}?\W+$",
                         re.IGNORECASE)
_IN_FORCE_SINCE = re.compile(r"\b(?:in\s+(?:force|effect|place)|applied|applies|collected|effective)\s+since"
                             r"\s+(?:(?:early|mid|late|the\s+end\s+of)\s+)?$", re.IGNORECASE)
_AND_THEN = re.compile(rf"\W*,{AND_THEN}", re.IGNORECASE)
_OWNED_THREAT = re.compile(r"(?:['\u2019]s?|\b(?:its|his|her|their))\s+(?:[\w-]+\s+){0,2}$")
_MADE_END = re.compile(r"\b(?:signed|reached|struck|sealed|concluded|agreed|adopted|imposed"
                       r"|introduced|announced)(?:\s+(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
                       r"(?:\s+(?:in|on|at|last))?$")
_TIMES = re.compile(r"\b(?:twice|two\s+times|three\s+times|thrice)\b", re.IGNORECASE)
_AND_THEN_VERB = re.compile(rf",?{AND_THEN}(?:[a-z]+\s+){{0,3}}")
_LINKED = re.compile(r",\s*(?:before|after|and|but|while|when|then|until)\b", re.IGNORECASE)
# the verb that lifts a measure, right before its noun: "lifted its ban on imports"
_LIFTED = re.compile(r"\b(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|scrap(?:s|ped|ping)?"
                     r"|remov(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing))\s+"
                     r"(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OWN_MAKING = re.compile(rf"[^.;]*?\b(?:{_MADE_VERBS})\W+(?:on\W+)?",
                         re.IGNORECASE)
_CHARGED_BY = re.compile(r"\b(?:accus\w+|charg\w+|blam\w+)\W+(?:[\w'\u2019-]+\W+){1,16}?"
                         r"(?:by|with)\W+(?:an?\W+|the\W+|its\W+)?(?:threatened\W+|planned\W+)?$",
                         re.IGNORECASE)
_THAT_CLAUSE = re.compile(r"\W+that\b", re.IGNORECASE)
SETTINGS = frozenset({"trade_agreement", "leader_meeting", "trade_talks", "leader_call"})
RECENT = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Read:
    """A sentence with what the extractor read in it once."""

    sentence: Sentence
    actors: list[Actor]
    dates: list[DateMention]
    triggers: list[Trigger]


@dataclass(slots=True)
class Paragraph:
    """What earlier sentences of a paragraph lend later ones: the last act date, a place that
    opened a sentence ("In Malaysia, ...") for the meetings and deals that follow, and the
    states of the last encounter or deal."""

    dated: Dated | None = None
    place: str | None = None
    # the states of the last call, meeting, talks or deal told ("The fourth round of EU-UAE
    # negotiations ended in Brussels. The fifth round will be held in Abu Dhabi")
    parties: tuple[str, ...] = ()
    # the last day told of any kind, for "On the same day" when no act was dated ("The duties
    # took effect on 12 June. On the same day, the ministry accused Brussels ...")
    day: When | None = None


@dataclass(slots=True)
class Story:
    """What earlier sentences of the whole article lend later ones: who took the last measure
    of each type (and, "*", of any: "The package also blacklists ..." goes on with it), and the
    day of the last call, meeting or talks told ("During the talks, Minister Kim requested")."""

    takers: dict[str, str] = field(default_factory=dict)
    occasion: When | None = None
    deal: When | None = None  # the day of the last deal told ("Under the protocol, X will ...")
    last: When | None = None  # the day of the last act told ("On the same day, ...")
    day: When | None = None  # the last day told of any kind ("Beijing's reply came a day later")
    # the side each maker's last measure of each type was aimed at, where a clause named it
    # ("Indonesia's tariff on Australian cattle ... The duty, announced by Jakarta, ...")
    aimed: dict[tuple[str, str], str] = field(default_factory=dict)
    # the states of the last call, meeting, talks or deal told, for a later paragraph's "the
    # two leaders met at Parliament House"
    met: tuple[str, ...] = ()


# "Beijing's reply came a day later", "two weeks later": a time after the last one told, not
# after the article's day
_LATER_BY = re.compile(r"(?:(?P<n>\w+)\s+)?(?P<unit>day|week)s?\s+later", re.IGNORECASE)


def anchored(dates: Sequence[DateMention], memory: Paragraph, story: Story) -> list[DateMention]:
    """`dates` with each "N days (weeks) later" counted from the last day the article told (the
    paragraph's, else the article's), where it told one."""
    anchor = memory.day or (memory.dated.when if memory.dated else None) or story.day or story.last
    if anchor is None or not anchor.date or len(anchor.date) != 10:
        return list(dates)
    out = []
    for m in dates:
        later = _LATER_BY.fullmatch(m.text)
        if later is not None:
            n = number(later["n"]) if later["n"] else 1
            day = date.fromisoformat(anchor.date) + timedelta(
                days=n * (7 if later["unit"].lower() == "week" else 1))
            m = DateMention(day.isoformat(), day.isoformat(), day.isoformat(), m.start, m.end,
                            "relative", m.text)
        out.append(m)
    return out


@dataclass(frozen=True, slots=True)
class Dated:
    """The last date a paragraph gave an act, and the types of the acts around it."""

    when: When
    types: frozenset[str]

    def lends_to(self, type_: str) -> bool:
        return not self.types or type_ in self.types or (
            type_ not in SETTINGS and bool(self.types & SETTINGS))


def recent(found: When, published: date) -> bool:
    last = found.date or found.latest
    if not last:
        return True
    end = date.fromisoformat(last) if len(last) == 10 else date.fromisoformat(last + "-28")
    return end >= published - RECENT


def _shifted(text: str, trigger: Trigger, item: Read, news: When) -> When | None:
    """The day of an act told as some days before or after a dated one named just before it,
    or after the article's news the sentence opens with ("The move came three days after")."""
    offset = _OFFSET.search(text, max(0, trigger.start - 120), trigger.start)
    if offset is None or any(
            trigger.start < m.start < trigger.end + 60 and m.value
            and _OWN_MAKING.fullmatch(text, trigger.start, m.start) for m in item.dates):
        return None  # ("a day after the 30% tariff, announced June 6, took effect": its own day)
    anchor = [m.value for m in item.dates
              if m.end <= offset.start() and m.value and len(m.value) == 10]
    if not anchor and news.date and len(news.date) == 10 \
            and _NEWS_CAME.fullmatch(text, 0, offset.start()):
        anchor = [news.date]
    if not anchor:
        return None
    n = number(offset["n"])
    days = n * (7 if offset["unit"].lower() == "week" else 1)
    sign = -1 if offset["dir"].lower() == "after" else 1
    day = date.fromisoformat(anchor[-1] or "") + timedelta(days=sign * days)
    if offset["unit"].lower() == "day":
        return When(day.isoformat())
    spread = timedelta(days=max(3, days // 4))  # ("a week after": five to ten days, loosely)
    return When(None, (day - spread).isoformat(), (day + spread).isoformat())


def _when_clause(text: str, at: int, dates: list[DateMention]) -> tuple[When, int]:
    """The date a ", when" clause holding `at` is opened by ("in March, when ..."), and where
    the clause begins (the dates before it are other acts')."""
    opened = list(_WHEN.finditer(text, 0, at))
    if not opened or _CUT.search(text, opened[-1].end(), at):
        return When(), 0
    comma = opened[-1].start()
    found = next((when(m) for m in dates if m.end <= comma and not text[m.end:comma].strip()),
                 When())
    return found, opened[-1].end() if found.known else 0


def _described(text: str, at: int, dates: list[DateMention]) -> When:
    """The date of the act that made the measure the sentence opens with, told in a relative
    clause after it, for a measure's noun later in the sentence."""
    opening = _DESCRIBED.match(text)
    if opening is None or opening.end() > at:
        return When()
    clause = opening.start("clause")
    made = _MADE.search(text, clause, opening.end())
    return next((when(m) for m in dates if made and made.end() <= m.start < opening.end()),
                When())


def _repeated(text: str, trigger: Trigger, end: int, dates: list[DateMention]) -> list[When]:
    """The days of an act told as done more than once: "raised its tariff twice, to 25% in
    February and to 40% in March" (one act each)."""
    times = _TIMES.search(text, trigger.end, end)
    if times is None or times.start() - trigger.end > 60:
        return []
    found = [when(m) for m in dates if times.end() <= m.start < end
             and date_role(text, m) == "event" and m.value]
    return found if len({w.date for w in found}) >= 2 else []


# A round told by the day it ended and how long it ran: "concluded the round in Colombo on
# Friday, after three days of talks", "three days of trade talks ... ended without a deal".
_DAYS_OF = re.compile(r"\b(?P<n>two|three|four|five|2|3|4|5)\W+(?:(?:very\W+)?[\w-]+\W+)?days\W+of\W+"
                      r"(?:[\w-]+\W+)?(?:talks|negotiations|discussions|consultations|meetings)\b",
                      re.IGNORECASE)
_ENDED_ROUND = re.compile(r"\b(?:concluded|ended|wrapped\W+up|finished|closed|completed"
                          r"|at\W+the\W+(?:end|close)\W+of)\b", re.IGNORECASE)
# "... after four days of talks that began on Monday": that day is the first already
_BEGAN_ON = re.compile(r"\b(?:began|begun|started|opened)\W+(?:on\W+)?(?:the\W+)?$", re.IGNORECASE)


def _first_day(text: str, own: When, dates: list[DateMention]) -> When:
    """The first day of a round the sentence dates by its last."""
    if own.date is None or _ENDED_ROUND.search(text) is None:
        return own
    began = next((m for m in dates if m.value and len(m.value) == 10
                  and _BEGAN_ON.search(text, max(0, m.start - 20), m.start)), None)
    if began is not None and began.value and began.value <= own.date:
        return When(began.value)  # "closed the round on Thursday, after talks that began on Monday"
    days = _DAYS_OF.search(text)
    if days is None:
        return own
    return When((date.fromisoformat(own.date) - timedelta(days=number(days["n"]) - 1)).isoformat())


def dates_of(item: Read, trigger: Trigger, lo: int, hi: int, objects: list[When], *,
           context: Context, before: Dated | None, new_act: bool, type_: str,
           status: str, span: tuple[int, int], today: When | None = None, day: When | None = None,
           story: Story | None = None, published: date | None = None) -> list[When]:
    """The dates of the event `trigger` tells; `span` is its clause (timing.clause); `today`:
    the day a demand or charge told in the present with no date of its own was made;
    `story`: what the article's earlier sentences told (the days of its last encounter, deal
    and act); `day`: the last day the paragraph told, of any kind."""
    story = story or Story()
    text = item.sentence.text
    start, end = span
    if type_ not in SPEECH and _CHARGED_BY.search(text, 0, trigger.start):
        # "accused Egypt of violating the agreement by opening an investigation": the act
        # charged came before the charge; only a date of its own tells when
        return [event_date(text, trigger.start, hi, item.dates, objects)]
    if status == "denied":
        # the time of the act denied, when its report tells one ("denied a report that it had
        # stopped maize at the border on Tuesday", "had told ports this month to stop"), never
        # the denial's day: undated, it joins the report it answers
        report = max((m.end() for m in DENIAL.finditer(text, 0, trigger.start)),
                     default=trigger.start)
        reported = next((when(m) for m in item.dates if report <= m.start < min(hi, end)
                         and when(m) not in objects), None)
        return [reported or When()]
    if type_ == "visit_invitation" and AT_INVITATION.match(trigger.text):
        # "arrived on Monday at the invitation of X, extended in a call in March": the day of the
        # invitation only where its own clause tells it (not the visit's)
        return [next((when(m) for m in item.dates if trigger.end <= m.start < end
                      and _INVITED_WHEN.search(text, trigger.end, m.start)), When())]
    if type_ in SPEECH:
        # "pressed Beijing to extend the licences at the joint committee held in Seoul on 16
        # June": said at a dated occasion, on its day
        at = next((when(m) for m in item.dates if trigger.end <= m.start < end
                   and _AT_OCCASION.search(text, max(trigger.end, m.start - 90), m.start)), None)
        if at is not None and at.known:
            return [at]
    shifted = _shifted(text, trigger, item, context.news)
    if shifted is not None:
        return [shifted]
    # (not the day of a verb the trigger opens with: "on Thursday suspended the licences it
    # imposed this month" is the suspending's day, not the licences')
    attached = None if status in ("ended", "suspended") and undone_by(trigger) else next(
        (when(m) for m in item.dates if m.end <= trigger.start
         and _ATTACHED.fullmatch(text, m.end, trigger.start)), None)
    if attached is not None and attached.known:
        return [attached]  # "Tuesday's threat", "the May 12 agreement": the act's own day
    if status == "threatened" and _OWNED_THREAT.search(text, max(0, trigger.start - 40),
                                                        trigger.start):
        # "talks over President Hargrove's threat to impose tariffs, the White House said
        # Tuesday": a threat named by its maker was made before; only a day of its own
        return [event_date(text, trigger.start, min(hi, end, trigger.end + 40), item.dates,
                           objects)]
    made_on = next((when(m) for m in item.dates if type_ in SPEECH and m.start >= trigger.end
                    and _MADE_ON.fullmatch(text, trigger.end, m.start)), None)
    if made_on is not None and made_on.known:
        return [made_on]  # "Chinese accusations, made last Thursday, that ...": their day
    if status in ("ended", "suspended") and type_ not in RETREATS | SETTINGS | SPEECH:
        # "resumed issuing visas on Monday, ending a suspension imposed on Oct. 11": a measure
        # ended is the measure, dated by when it was imposed
        # (or inside its noun: "lifted the suspension it imposed last month on imports")
        made = next((when(m) for m in item.dates if trigger.start < m.start < span[1]
                     and _ENDED_MADE.search(text, max(trigger.start, m.start - 60), m.start)),
                    None) or next((when(m) for m in item.dates if m.end <= trigger.start
                                   and _DATED_INSTRUMENT.fullmatch(text, m.end, trigger.start)), None)
        # ("withdrew the August notification that had confined jute yarn to one seaport")
        if made is not None and made.known:
            return [made]
        if _LIFTED.search(text, max(0, trigger.start - 30), trigger.start):
            # "Tanzania on Monday lifted its ban on imports of milk from Kenya": Monday is the
            # lifting's day; the ban's own day is not told
            return [When()]
    if type_ in ("accusation", "demand"):
        # (also one before it, in its clause: "the truce agreed in May, and charged that")
        objects = [*objects, *(when(m) for m in item.dates if (
            m.start >= trigger.end and _OTHER_ACT.search(text, max(trigger.end, m.start - 60),
                                                         m.start)) or (
            lo <= m.start < trigger.start and _OTHER_ACT.search(text, max(lo, m.start - 60),
                                                                m.start)))]
    if type_ in ENCOUNTERS:
        # "during Yoon's visit to Tokyo", in a clause that also tells "the curbs it had imposed
        # in 2019": that date is the curbs', not the visit's
        objects = [*objects, *(when(m) for m in item.dates if lo <= m.start < hi
                               and _IMPOSED.search(text, max(lo, m.start - 60), m.start))]
    objects = [*objects, *(when(m) for m in item.dates
                           if _FIGURE.search(text, max(0, m.start - 60), m.start)
                           or _PERIOD_BEGAN.search(text, max(0, m.start - 40), m.start)
                           or (m.end <= trigger.start and _SAYING_DAY.search(
                               text, max(0, m.start - 30), m.start)
                               and _THAT_CLAUSE.match(text, m.end, trigger.start)
                               and any(o.start >= trigger.end and date_role(text, o) == "event"
                                       for o in item.dates))
                           # ("called on X to limit its ban on Y poultry ..., the ministry said
                           # on Wednesday": the saying's day, not the standing ban's)
                           or (trigger.ref and type_ not in SETTINGS and m.start >= trigger.end
                               and _SAID_AFTER.search(text, max(0, m.start - 30), m.start)))]
    opened, begins = _when_clause(text, trigger.start, item.dates)
    start = max(start, begins)
    later = _LATER.search(text, trigger.end, end) if type_ not in ENCOUNTERS else None
    end = later.start() if later else end
    several = [w for w in instrument_dates(text, start, trigger.start, item.dates)
               if w not in objects] or _repeated(text, trigger, min(hi, end), item.dates)
    if several:
        return several
    if trigger.ref and status in _DONE:
        # a done act named by a noun is not dated by a time to come ("called the pact a
        # milestone and said he looked forward to welcoming him soon"), nor after the
        # article's day (a day's slack for the outlet's time zone)
        later_than = (published + timedelta(days=1)).isoformat() if published else "9999"
        objects = [*objects, *(when(m) for m in item.dates if _TO_COME.fullmatch(m.text)
                               or (m.value or m.earliest or "") > later_than)]
    if trigger.ref and status != "scheduled" and type_ not in ENCOUNTERS:
        # a measure's noun: its date follows or precedes it closely (talks: their clause's)
        near = max(lo, start, trigger.start - 16)
        # (not a day that ends the clause before it: "to 40% in March, before a deal in May")
        linked = _LINKED.search(text, near, trigger.start)
        near = linked.end() if linked else near
        own = event_date(text, near, min(hi, end), item.dates, objects)
        reached = _REACHED.search(text, max(lo, start), trigger.start)
        if not own.known and type_ == "trade_agreement" and reached:
            # "X and Y on Thursday agreed what they called the Atlantic Declaration": the day
            # of the verb that reached the deal this noun names
            own = event_date(text, max(lo, start), trigger.start, item.dates, objects)
        own = own if own.known else opened
        if not own.known and type_ not in SETTINGS:
            own = _described(text, trigger.start, item.dates)
    else:
        # not the visit's (but "an invitation he extended in a call in March": its own)
        last = trigger.end if type_ == "visit_invitation" \
            and not INVITATION_MADE.search(trigger.text) else min(hi, end)
        # a trigger that tells what came before another act ("a week after Ottawa announced
        # tariffs") owns no date before its "after": that one is the other act's
        after = None if type_ in ENCOUNTERS else _AFTER.search(text, start, trigger.start)
        # ("held talks on Monday, following a first meeting ... on Sept. 12, and signed an
        # agreement": the day right before ", and" is the other act's)
        theirs = [when(m) for m in item.dates if lo and lo <= m.start < trigger.start
                  and _AND_THEN.fullmatch(text, m.end, trigger.start)]
        # ("duties followed on June 8, and earlier this month the ministry halted visas": a
        # day before ", and" is the first clause's when the second tells its own)
        theirs += [when(m) for m in item.dates if max(lo, start) <= m.start < trigger.start
                   and (cut := _AND_THEN.search(text, m.end, trigger.start)) is not None
                   and any(cut.end() <= o.start < trigger.start and date_role(text, o) == "event"
                           for o in item.dates)]
        # ("opened an investigation in January and imposed duties in June": a day right before
        # "and" and the verb is the act before's, when one follows this act)
        theirs += [when(m) for m in item.dates if lo and lo <= m.start < trigger.start
                   and _AND_THEN_VERB.fullmatch(text, m.end, trigger.start)
                   and any(trigger.end <= o.start < min(hi, end) and date_role(text, o) == "event"
                           for o in item.dates)]
        # ("rose on Monday after Ottawa said on Friday that it would drop its tariffs": the
        # day of the saying in the "after" clause, not the main clause's)
        said = _AFTER_SAID.search(text, max(lo, start), trigger.start)
        # ("trains will soon run under the agreement signed in Kathmandu on Wednesday": the
        # day told right after a trigger ending in its making verb is its own)
        right_after = next(
            (m for m in item.dates if trigger.end <= m.start <= trigger.end + 30
             and m.value and date_role(text, m) == "event" and when(m) not in objects),
            None) if _MADE_END.search(trigger.text) else None
        own = when(right_after) if right_after else event_date(
            text, max(lo, start, after.start() if after else 0, said.start() if said else 0),
            last, item.dates, [*objects, *theirs],
            near=(trigger.start, trigger.end) if type_ in ENCOUNTERS else None,
            act=trigger.start)
        own = own if own.known else opened
        if not own.known and not after:
            own = event_date(text, start, lo, item.dates, objects)
    took = next((when(m) for m in item.dates if trigger.end <= m.start < min(hi, end)
                 and m.value and _WHICH_TOOK.search(text, max(trigger.end, m.start - 70), m.start)),
                None) if type_ not in SETTINGS | SPEECH | ENCOUNTERS else None
    if took is not None and not _IMPOSED.search(text, max(0, trigger.start - 40), trigger.start) \
            and not _MADE.match(trigger.text):
        # "defended on Thursday the freeze on work permits, which took effect on Monday": the
        # day the relative clause dates the measure by, not the defending's
        own = took
    if not own.known and lo and _UNDER_WHICH.match(text, lo, trigger.start):
        own = event_date(text, max(start, lo - 40), lo, item.dates, objects)
    # a measure, not one a "first ... since" points back from
    standing = type_ not in SETTINGS | SPEECH | RETREATS \
        and not FIRST.search(text, max(0, trigger.start - 40), trigger.start)
    if standing:
        # a measure in force "since August 2023" has stood from then (not "the measures it
        # has taken since last month's attack": that is the attack's date), whatever day a
        # saying after it bears ("have stopped clearing shipments since late November, people
        # familiar with the matter said Wednesday")
        # (or told in force since a day right after it: "its suspension of pork imports from
        # Spain, effective since March 8, applies only to ...", whatever window follows)
        own = next((when(m) for m in item.dates if trigger.end <= m.start < min(hi, end)
                    and date_role(text, m) == "since"
                    and ((_SINCE_RIGHT_AFTER.fullmatch(text, trigger.end, m.start)
                          and (not own.known or _SAID_LATER.search(text, m.end)))
                         or _EFFECTIVE_SINCE_AFTER.fullmatch(text, trigger.end, m.start))), own)
    if not own.known and standing:
        # "the duties on Turkish rebar, in force since September 10": dated by the day it took
        # effect (consolidation reads such a day as made then or in the month before)
        own = next((when(m) for m in item.dates if trigger.end <= m.start < min(hi, end)
                    and m.value and _IN_FORCE_SINCE.search(text, max(trigger.end, m.start - 40),
                                                           m.start)),
                   own)
    if not own.known and type_ not in SETTINGS and context.news.date:
        # (only for an earlier measure: the article's news is told with the day it was decided)
        news = date.fromisoformat(context.news.date[:10] if len(context.news.date) >= 10
                                  else context.news.date + "-01")
        own = next((when(m) for m in item.dates if max(lo, start) <= m.start < min(hi, end)
                    and _TOOK_EFFECT.search(text, max(0, m.start - 40), m.start)
                    and not recent(when(m), news)), own)
    if type_ in ENCOUNTERS and own.date and len(own.date) == 10:
        own = _first_day(text, own, item.dates)
    if not own.known and type_ not in SETTINGS | SPEECH:
        # "prohibited exports of rice with immediate effect on Friday": made and in force that day
        own = next((when(m) for m in item.dates if trigger.end <= m.start < min(hi, end) and m.value
                    and _IMMEDIATE.search(text, max(0, m.start - 40), m.start)), own)
    if not own.known and (headed := heading_dates(text, item.dates)):
        return headed  # a timeline's entry: "March 16: Washington raised the tariff to 40%"
    if not own.known and type_ not in SETTINGS | SPEECH and published is not None \
            and _DONE_VERB.match(trigger.text):
        own = next((w for m in item.dates if trigger.end <= m.start < min(hi, end) and m.value
                    and len(m.value) == 10 and _FROM_DAY.search(text, max(0, m.start - 12), m.start)
                    and (w := when(m)).date is not None and w.date < published.isoformat()), own)
    if not own.known and type_ == "trade_agreement" and story.occasion is not None \
            and _AT_THE_ENCOUNTER.match(text, trigger.end, end):
        own = story.occasion  # "an agreement signed by the two ministers after the meeting"
    if own.known or not new_act:
        return [own]
    if today is not None:
        return [today]
    if context.instrument.known and type_ not in SETTINGS | SPEECH:
        return [context.instrument]  # "Second: the export of sugar is prohibited ..." (a decree's)
    if _THAT_DAY.search(text, start, min(hi, end)) and (before is not None or day is not None
                                                         or story.last is not None):
        # "X responded the same day": the day of the act told before (in the paragraph, else
        # the last day it told, else in the article)
        return [before.when if before is not None else day or story.last or When()]
    if _HOURS.search(text, start, trigger.start) and context.news.date:
        return [context.news]  # "Hours before Modi arrived, Trump signed ...": the news day
    if type_ not in ENCOUNTERS and _AFTER.search(text, start, trigger.start):
        return [own]
    if type_ in SPEECH and story.occasion is not None and story.occasion == context.news:
        # a readout of the day's call or meeting: what a leader urged there was urged that day,
        # not on the day of the talks an earlier sentence recalled ("welcomed the round held
        # last week. He urged India to lower its tariffs")
        return [story.occasion]
    if before is not None and before.lends_to(type_):
        return [before.when]
    now = bool(_NOW.search(clause_before(text, trigger, 40) + " " + trigger.text))
    # a new act told in the first three paragraphs, with no date of its own, is the story's news
    # ("X, who met President Y in Brussels, said ..."; talks told there may be background)
    lead = item.sentence.paragraph < 3 and (
        (status == "announced" and type_ not in ENCOUNTERS)
        or (status == "occurred" and type_ in ("leader_meeting", "leader_call", "visit_invitation"))
        or (status == "occurred" and type_ == "trade_agreement" and not trigger.ref))
    if story.deal is not None and type_ not in SETTINGS and _UNDER_THE_DEAL.match(text):
        return [story.deal]  # "Under the protocol, Turkey will remove its duty": the protocol's day
    if story.occasion is not None and type_ not in ENCOUNTERS and _OCCASION.search(
            text, 0, trigger.start):
        return [story.occasion]  # "During the talks, Minister Kim requested ...": the talks' day
    if (now and type_ not in ENCOUNTERS) or lead or type_ in SPEECH or _OCCASION.search(text):
        return [context.news if context.news.date else When()]
    return [When()]


# A timeline's entry opens with its day and a colon or dash: "March 16: Washington raised the
# tariff to 40%", "March 20 and April 22 \u2013 The two presidents spoke by phone twice".
_HEADING_END = re.compile(r"\s*[:\u2013\u2014]\s|\s+-\s")
_BETWEEN_DATES = re.compile(r"[\s,]*(?:and|&|\u2013|-)?[\s,]*")


def heading_dates(text: str, dates: Sequence[DateMention]) -> list[When]:
    """The days or months a sentence opening with nothing but them and a colon or dash heads
    (its undated acts are theirs)."""
    end = _HEADING_END.search(text, 0, 48)
    if end is None:
        return []
    heads = [m for m in dates if m.end <= end.start() and m.kind in ("day", "date", "month")]
    at = 0
    for m in heads:
        if not _BETWEEN_DATES.fullmatch(text, at, m.start):
            return []
        at = m.end
    return [when(m) for m in heads] if heads and at == end.start() else []

