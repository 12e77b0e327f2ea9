"""One sentence -> the drafts of the events it tells (before the article-wide merge).

Each trigger owns the words from the end of the trigger before it to the start of the one
after it (its clause, roughly); its sides, place, goods and rates come from there, its date
as dating.py says. Triggers inside a parenthesised title ("(Regulating Imports With a
Reciprocal Tariff ...)") or in an ALL-CAPS heading name a document or a section, not an act,
and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from tradewire.extract.actors import Actor, find_actors
from tradewire.extract.commodities import find_commodities
from tradewire.extract.context import (
    Context,
    deal_names,
    eu_commission,
    home_titles,
    parties,
    seated_bodies,
)
from tradewire.extract.dating import SETTINGS, Dated, Paragraph, Read, Story, anchored, dates_of, recent
from tradewire.extract.encounters import leaders_met, refine
from tradewire.extract.implied import UNDONE, implied, split
from tradewire.extract.kinds import ENCOUNTERS, MEASURES, OBJECT_TYPES, RETREATS
from tradewire.extract.merge import Draft
from tradewire.extract.places import find_locations, heading_end, told_in
from tradewire.extract.rates import rate_told_with, rates
from tradewire.extract.sides import Scope, Sides, assign
from tradewire.extract.sides import role as sides_role
from tradewire.extract.status import classify
from tradewire.extract.timing import OTHER_SUBJECT, When, clause, earlier_dates, effective_date, role, when
from tradewire.extract.triggers import Trigger
from tradewire.models import SYMMETRIC_TYPES

# a past verb before an encounter's noun: "last met for trade talks in New Delhi in March"
_TOLD_PAST = re.compile(r"\b(?:last|met|held|\w+ed)\b", re.IGNORECASE)
_OPENING = re.compile(r"\W*(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]{12,})\)")
_TITLE_WORD = re.compile(r"\b[A-Z][\w'\u2019-]*")
# A verb right after "and" shares the subject of the verb before: "X placed A ..., and added B".
# an encounter told as what a coming one follows: "will meet ..., following the call of May 2"
_FOLLOWING = re.compile(r"\b(?:following|after)\W+(?:the|their|last\s+\w+'s)\W+(?:\w+\W+){0,2}$",
                        re.IGNORECASE)
# a place its noun names right after it: "a first round of talks held in Washington"
_HELD_IN = re.compile(r"\s+(?:(?:that|which)\s+(?:was|were)\s+|to\s+be\s+)?"
                      r"(?:held|hosted|conducted|convened)\s+(?:in|at)\s+(?:the\s+)?")
_CUT = re.compile(r"[;:]")
_NO_DATE_SET = re.compile(r"\bno\W+(?:date|time|timetable|dates)\W+(?:has|have|had|was|were)\W+"
                          r"(?:yet\W+)?(?:been\W+)?(?:set|fixed|announced|agreed)"
                          r"|\b(?:date|dates|timing)\W+(?:has|have|is|are)\W+(?:yet|still)\W+to"
                          r"\W+be\W+(?:set|fixed|announced|agreed)", re.IGNORECASE)
# Who "they" are in "when they met in Lima" is told before the clause.
_THEY = re.compile(r"\b(?:they|the\s+two)\s+$", re.IGNORECASE)
_THE_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|sides|countries|governments|ministers"
                      r"|presidents|prime\s+ministers|delegations|heads\s+of\s+(?:state|government)"
                      r"|nations|economies|capitals)\b", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|their|its|our|his|her|recent|latest)"
                       r"(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE)
_DEFINITE_IN = re.compile(r"(?:the|this|that|their|its)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w.'\u2019-]+")
# A sentence that goes on with a history is not the news: "Subsequently, the United States
# entered into discussions ...", "Earlier, Beijing had halted ...".
# A charge or demand told in the present is made the day of the text, whatever the paragraph
# dated before it: "The Government calls on the Kingdom to reconsider the measure."
_SPEECH_VERBS = (r"call|urge|demand|ask|request|accuse|reject|consider|regret|condemn|oppose"
                 r"|deplore|insist")
_PRESENT_SPEECH = re.compile(rf"(?:{_SPEECH_VERBS})s\b", re.IGNORECASE)
# ... and in the first person, in a government's own text: "We urge the U.S. side to revoke"
# (a wire quoting it tells the day it was said)
_FIRST_PERSON_SPEECH = re.compile(rf"(?:{_SPEECH_VERBS})\b", re.IGNORECASE)
_WE = re.compile(r"\b(?:We|we|I)\s+(?:\w+ly\s+|also\s+|again\s+|once\s+again\s+)?$")
# ... as is a verdict in the present there: "The EU's ruling ignores the facts, violates WTO
# rules and is a typical act of protectionism" (the ruling's day, told before, is not the charge's)
_PRESENT_VERDICT = re.compile(r"(?:is|are|violates|violate|constitutes|breaches|contravenes|runs)\b",
                              re.IGNORECASE)


def _said_now(text: str, trigger: Trigger, type_: str, context: Context) -> bool:
    """Is the charge or demand told in the present, and so made the day of the text?"""
    if type_ not in OBJECT_TYPES:
        return False
    if _PRESENT_SPEECH.match(trigger.text):
        return True
    return bool(context.home) and (
        (_FIRST_PERSON_SPEECH.match(trigger.text) is not None
         and _WE.search(text, max(0, trigger.start - 24), trigger.start) is not None)
        or (type_ == "accusation" and _PRESENT_VERDICT.match(trigger.text) is not None))


_ALL_TRADE = re.compile(r"\b(?:most|all|nearly\W+all|almost\W+all|a\W+wide\W+range\W+of|many"
                        r"|the\W+bulk\W+of)\W+(?:\w+\W+){0,2}?(?:trade|goods|products|tariff\W+lines"
                        r"|exports|imports)\b", re.IGNORECASE)
_UNDER_DEAL = re.compile(r"[^.;]{0,40}?,?\W*(?:under|by)\W+which\W", re.IGNORECASE)
_ACT_ANAPHOR = re.compile(r"\W*(?:The|This|That|These|Those|Another|A\W+(?:second|third|further"
                          r"|separate|companion))\W+(?:[\w-]+\W+)?(?:package|move"
                          r"|measures?|decision|order|rules?|regulations?|decree|law|step|sanctions"
                          r"|curbs|restrictions|controls|ban)\b")
_NARRATIVE = re.compile(r"\W*(?:subsequently|thereafter|previously|earlier|since\W+then|at\W+the"
                        r"\W+time|back\W+then|in\W+the\W+past|historically)\b", re.IGNORECASE)
_NO_NAME = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Their", "Its",
                      "His", "Her", "Under", "After", "During", "Following", "Each", "Both"})
_COMMA_AND = re.compile(r",\s+and\s+")
_AMID = re.compile(r"\b(?:amid|amidst|in\s+retaliation\s+for|in\s+response\s+to)\b", re.IGNORECASE)
_COORDINATED = re.compile(r",?\s+and\s+(?:(?:he|she|it|they)\s+)?(?:also\s+)?$")
# What an act answers, told after it: "..., in what officials described as a response to
# Brussels' trade defence actions against Indonesian steel" (those states are the other act's).
_IN_RESPONSE = re.compile(r",?\s+(?:in\s+what\s+[\w\s]{1,30}?\s+as\s+|as\s+|in\s+)(?:a\s+)?(?:direct\s+)?"
                          r"(?:response|retaliation|reply|reaction|riposte)\s+(?:to|for|against)\b",
                          re.IGNORECASE)
# A participle after a comma shares the subject too: "X said ..., accusing Y of ...".
_PARTICIPLE = re.compile(r"[a-z]+ing\b")




def _titles(text: str) -> list[tuple[int, int]]:
    """Parenthesised spans that read as a document's title (most long words capitalised)."""
    spans = []
    for match in _PAREN.finditer(text):
        words = [w for w in match.group(1).split() if len(w) > 3]
        capitals = len(_TITLE_WORD.findall(" ".join(words)))
        if words and capitals >= 0.6 * len(words):
            spans.append(match.span())
    return spans


def _heading(text: str) -> bool:
    """A short line with nearly every long word capitalised is a section heading of a
    document ("Suspension of Country-Specific Ad Valorem Rates of Duty."), not a sentence."""
    words = [w for w in text.split() if len(w) > 3]
    if not 2 <= len(words) <= 10 or len(text) > 120:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words) and not any(
        w.islower() and w.endswith("ed") for w in words)  # (no verb told in the past)


# The same act told again right after itself: in apposition ("..., a deal the government has
# called ...") or by a participle ("..., allowing government-to-government shipments").
_APPOSITION = re.compile(r"[^;.]*?,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?")
_PARTICIPLE_AFTER = re.compile(r"[^;.]*?,\s+")
# A deal that changes another, told right after it: "signed a protocol ... extending their FTA".
_AMENDING = re.compile(r"(?:extend|renew|upgrad|amend|expand|broaden|widen|updat)ing\b", re.IGNORECASE)
_SAME_CLAUSE = re.compile(r"[^;.,]*?\s+")


# what tells another encounter after a restated one: its noun or verb, or a day ("their first
# call since January 17" points back to that call; "since January" only bounds the gap)
_ANOTHER_TOLD = re.compile(r"\b(?:call|conversation|meeting|met|talks|summit|visit)\b|\d", re.IGNORECASE)
_WHERE_HELD = re.compile(r"[^;.]*?,\s+(?:where|during\s+which|at\s+which)\s+(?:[\w-]+\s+){0,3}?(?:also\s+)?"
                         r"(?:held|had)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_DETERMINED = re.compile(r"(?:a|an|the|their|its)\s", re.IGNORECASE)
_OF_THE_SAME = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,3}")
_THEIR_NTH = re.compile(r",\s+(?:their|the|its)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _last_told(text: str, trigger: Trigger, item: Read) -> bool:
    """Does nothing after `trigger` tell another act or encounter: no trigger, no encounter
    word, no day?"""
    return not any(t.start > trigger.start for t in item.triggers) \
        and not _ANOTHER_TOLD.search(text, trigger.end)


def _restated(text: str, before: Trigger, trigger: Trigger, item: Read) -> bool:
    """Is `trigger` the act `before` of `item`'s sentence told again?"""
    if _LETTING.match(trigger.text) and before.type in MEASURES and trigger.type in _EASINGS \
            and _PARTICIPLE_AFTER.fullmatch(text, before.end, trigger.start):
        return True  # "will lift its suspension of seafood imports from Japan, allowing
        # shipments to resume": what the lifting lets happen, no act of its own
    if before.type == "sanction" and trigger.type in MEASURES and _THOSE_LISTED.search(
            text, trigger.start, min(len(text), trigger.end + 20)):
        return True  # "added 23 Chinese companies to its Entity List, a blacklist that bars
        # them from buying American technology", "..., and the export of dual-use items to
        # them is prohibited", "..., which bars US suppliers from selling to them": what the
        # listing does to those listed
    if before.type == "leader_meeting" and trigger.type == "trade_talks" \
            and _WHERE_HELD.fullmatch(text, before.end, trigger.start):
        return True  # "received the Prime Minister of Japan in Riyadh, where the two sides held
        # official talks", "a state visit ..., during which His Highness held official talks
        # with the President": the leaders' meeting, told again
    if before.type == trigger.type and trigger.encounter \
            and _THEIR_NTH.search(text, before.end, trigger.start):
        return True  # "met in Jakarta on Monday, their third meeting in a year", "held a summit
        # in Busan on Sunday, their second meeting this year"
    if before.type == trigger.type and trigger.ref and _IS_THE.fullmatch(text, before.end, trigger.start):
        return True  # "The partnership agreement that the EU signed ... is the biggest trade deal
        # in the Union's history": the subject, named again as what it is
    if before.type != trigger.type or before.ref:
        return False
    if trigger.ref and (_APPOSITION.fullmatch(text, before.end, trigger.start) or (
            _DETERMINED.match(trigger.text)
            and _PARTICIPLE_AFTER.fullmatch(text, before.end, trigger.start)
            and _last_told(text, trigger, item))):
        return True  # (also a noun that holds its own determiner, when no other act follows
        # it: "held a video call on Wednesday, their first conversation since January"; but
        # "their first conversation since they met in Busan", "their second conversation
        # after a March 3 call" tell of another encounter too)
    if trigger.type == "accusation" and (_WHICH_IS.fullmatch(text, before.end, trigger.start)
                                         or _AND_SAID.fullmatch(text, before.end, trigger.start)):
        return True  # "has abused trade remedy measures in this case, which is inconsistent
        # with WTO rules", "... and said the tariff was unjustified": the charge just made,
        # said again
    if _AMENDING.match(trigger.text) and _SAME_CLAUSE.fullmatch(text, before.end, trigger.start):
        return True  # "signed a protocol in Ankara on Thursday extending their free trade
        # agreement to services": what the protocol does, one deal
    return _PARTICIPLE.match(trigger.text) is not None and _PARTICIPLE_AFTER.fullmatch(
        text, before.end, trigger.start) is not None


def _follows(text: str, trigger: Trigger) -> bool:
    """Is the act told as one another follows ("..., following the call of 12 March",
    "he said after the call")?"""
    return bool(_FOLLOWING.search(text, max(0, trigger.start - 24), trigger.start)
                or _FOLLOWING.search(text[max(0, trigger.start - 24): trigger.start]
                                     + trigger.text.split()[0] + " "))


def _named_to_come(item: Read, trigger: Trigger, published: date) -> bool:
    """Is the encounter's noun followed in its clause by a month after the story's ("the
    summit ... in Shenzhen in November"), with no past verb or "last" just before it ("last
    met for trade talks in New Delhi in March")?"""
    text = item.sentence.text
    return any(trigger.end <= m.start < trigger.end + 70 and m.value
               and m.value[:7] > published.isoformat()[:7]
               and not {",", ";"} & set(text[trigger.end: m.start]) for m in item.dates) \
        and not _TOLD_PAST.search(text, max(0, trigger.start - 40), trigger.start)


def _goods(text: str, lo: int, start: int, hi: int) -> tuple[str, ...]:
    """The goods a trigger names after it ("..., and a 25% tariff on steel"), else its clause's;
    not those of what it came amid or answered ("introduced on Feb. 1 amid a dispute over
    technology trade")."""
    reason = _AMID.search(text, start, hi)
    hi = reason.start() if reason else hi
    # (nor another subject's, in a clause of its own: "China will stop requiring licences for
    # magnet exports, and Japan will issue blanket licences for photoresist shipments")
    other = OTHER_SUBJECT.search(text, start, hi)
    hi = other.start() if other else hi
    lo = max([lo, *(m.end() for m in OTHER_SUBJECT.finditer(text, lo, start))])
    return tuple(find_commodities(text[start:hi]) or find_commodities(text[lo:hi]))


def _named_goods(text: str, lo: int, trigger: Trigger, hi: int) -> tuple[str, ...]:
    """The goods a deal's or talks' noun is named by ("the dairy consultations", "the deal on
    soybeans"), not any its sentence names ("asked Turkey to exempt its cars, citing the
    free trade agreement"): a reference with no goods of its own names no event."""
    return tuple(find_commodities(text[max(lo, trigger.start - 25): min(hi, trigger.end + 30)]))


def _new_clause(text: str, lo: int, trigger: Trigger, actors: Sequence[Actor]) -> int:
    """Where the clause of `trigger` begins after the act before it: at a ", and" that opens a
    new subject ("doubled its tariff on Chinese chips, and Beijing answered with a levy on
    American soybeans": the chips' origin is the first act's target, not the levy's), not one
    that ends a list of states ("India, Turkey, and South Africa")."""
    cut = lo
    for m in _COMMA_AND.finditer(text, lo, trigger.start):
        if not any(a.end == m.start() for a in actors) and any(
                m.end() <= a.start <= m.end() + 16 and a.end <= trigger.start
                and sides_role(text, a, trigger.type, trigger) == "subject" for a in actors):
            cut = m.start()
    return cut


_THOSE_LISTED = re.compile(r"\b(?:them|it|these\s+entities|those\s+companies)\s+from\b"
                        r"|\b(?:to|for)\s+(?:them|these\s+entities|those\s+companies)\b", re.IGNORECASE)
_LETTING = re.compile(r"(?:allowing|permitting|letting|enabling)\b", re.IGNORECASE)
_EASINGS = frozenset({"export_control_easing", "tariff_reduction"})
_IS_THE = re.compile(r"[^.;:]{0,160}?\s(?:is|was|becomes|became|remains)\s+(?:now\s+)?(?:the|a|an)\s+"
                     r"(?:[\w-]+\s+){0,3}")
_WHICH_IS = re.compile(r"[^.;:]{0,60}?,\s+(?:which|that)\s+(?:\w+\s+)?")
# ... or the same speaker going on: "accused the United States of violating its commitments and
# said the tariff was unjustified"
_AND_SAID = re.compile(r"[^.;:]{0,80}?\band\s+(?:also\s+)?(?:said|says|added|called|described|termed"
                       r"|branded)\b[^.;:]{0,40}?")
_FAR_BEFORE = re.compile(r"(?:\W+\w+){4}")  # four words or more between a place and a noun


def _coordinated(text: str, lo: int, start: int) -> bool:
    return not _CUT.search(text, lo, start) and bool(
        _COORDINATED.search(text, max(lo, start - 12), start)
        or (text[max(lo, start - 2):start] == ", " and _PARTICIPLE.match(text, start)))


# A deal named as what acts are done under: "trade under the two countries' CEPA"
_ACTED_UNDER = re.compile(r"\b(?:under|in|within)\W+(?:the|its|their)\W+(?:[\w'\u2019\u2013-]+\W+){0,7}$",
                           re.IGNORECASE)
# ... unless the deal's making is told right after it: "under the upgrade signed in Lima".
_MADE_AFTER = re.compile(r"(?:\s*\([^)]{1,20}\))?,?\s+(?:(?:which|that)\s+(?:was|were)\s+|they\s+|it\s+)?"
                         r"(?:signed|agreed|reached|concluded|struck|sealed|inked|clinched|finali[sz]ed)"
                         r"\b", re.IGNORECASE)

_DECIDED = MEASURES | {"trade_remedy"}


def _to_come(found: When, published: date) -> bool:
    """The date lies wholly after the article's day (a day's slack for time zones)."""
    if not found.date:
        return False
    if len(found.date) == 7:
        return found.date > published.isoformat()[:7]
    return date.fromisoformat(found.date) > published + timedelta(days=1)


def _all_to_come(found: When, published: date) -> bool:
    """The date, or the whole window, lies after the article's day."""
    if found.date:
        return _to_come(found, published)
    return bool(found.earliest) and _to_come(When(found.earliest), published)


def _decided(item: Read, published: date, context: Context) -> When:
    """The day a measure to come was decided: the sentence's latest day up to the article's,
    else the day of the article's news, else the article's."""
    day = published.isoformat()
    told = [m.value for m in item.dates if m.value and len(m.value) == 10 and m.value <= day]
    if told:
        return When(max(told))
    news = context.news.date
    return When(news if news and news <= day else day)


def _paired(pair: tuple[str, ...], memory: Paragraph, story: Story, type_: str, ref: bool,
            two: bool, in_names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The states a call, meeting, talks or deal that names too few means: for a reference
    ("the deal"), those of the paragraph's last encounter first; for "the two leaders", those of
    the paragraph's or else the article's last encounter; then the article's. For a measure
    or a charge, the article's, less those it names only in deals' names (`in_names`)."""
    if type_ not in SYMMETRIC_TYPES:
        return tuple(c for c in pair if c not in in_names) if in_names else pair
    met = (memory.parties or story.met) if two else memory.parties if ref else ()
    return (*met, *(c for c in pair if c not in met))


def draft_sentence(item: Read, context: Context, published: date, memory: Paragraph,
                   story: Story) -> list[Draft]:
    """The drafts of one sentence; records its last act date for the paragraph, and who took
    its measures and the day of its encounters in `story`."""
    text = item.sentence.text
    if any("later" in d.text for d in item.dates):
        item = replace(item, dates=anchored(item.dates, memory, story))
    titles = _titles(text) if item.triggers else []
    heading = bool(item.triggers) and _heading(text)  # (a deal it names is still referred to)
    triggers = [t for t in item.triggers if not any(s <= t.start < e for s, e in titles)
                and not (t.text.isupper() and len(t.text) > 4)
                and not (heading and t.type not in SYMMETRIC_TYPES)]
    if not triggers:
        _remember(item, memory, [], story)
        return []
    if titles:
        item = replace(item, dates=[d for d in item.dates
                                    if not any(s <= d.start < e for s, e in titles)])
    places = find_locations(text)
    opening = next((p.name for p in places if _OPENING.match(text, 0, p.start)), None)
    memory.place = opening or memory.place
    actors = parties(text, item.actors, places)
    # states whose capitals or names are where the sentence's meetings take place
    venues = tuple(a.code for p in places for a in find_actors(p.name, published)
                   if a.kind in ("capital", "country"))
    # (the first paragraph's is the dateline's, unless it opens a roundup's item)
    local = told_in(text) if item.sentence.paragraph or context.here else None
    if context.home:
        actors = home_titles(text, actors, context.home)
    elif context.seat:
        actors = seated_bodies(actors, context.seat)
    if context.commission:
        actors = eu_commission(text, actors)
    drafts: list[Draft] = []
    deals = deal_names(text)  # (the states in a deal's name are no sides of a measure)
    # words that state no event ("the APEC summit", "did not impose") cut no clause
    classified = [(t, s) for t in triggers if (s := classify(text, t)) is not None]
    # a retreat told done dates the measure it undoes itself (implied.py): the clause after
    # it ("suspend its 34% tariff imposed on April 2") is no act of its own
    retreats = {t.end for t, _ in classified if t.type in RETREATS}
    classified = [(t, s) for t, s in classified if not (t.tail and any(
        e <= t.start and not text[e:t.start].strip() for e in retreats))]
    # "will open a new round of free trade talks": the round's talks are the round (its place
    # and day, after them, still its own)
    classified = [(t, s) for k, (t, s) in enumerate(classified) if not (
        k and t.ref and classified[k - 1][0].type == t.type
        and _OF_THE_SAME.fullmatch(text, classified[k - 1][0].end, t.start))]
    triggers = [t for t, _ in classified]
    previous: str | None = None
    asked: str | None = None
    asker: str | None = None
    narrative = _NARRATIVE.match(text) is not None  # the sentence goes on with a history
    # "The package also blacklists two Chinese refineries": the act told before goes on
    anaphoric = _ACT_ANAPHOR.match(text) is not None
    for j, (trigger, status) in enumerate(classified):
        if j and _restated(text, triggers[j - 1], trigger, item):
            continue  # "signed an FTA with Britain, a deal the government ...", "eased its ban
            # ..., allowing shipments": the act just told, again
        lo = triggers[j - 1].end if j else 0
        hi = triggers[j + 1].start if j + 1 < len(triggers) else len(text)
        reason = _IN_RESPONSE.search(text, trigger.end, hi)
        hi = reason.start() if reason else hi  # (the act it answers is another's)
        told = 0 if _THEY.search(text, max(lo, trigger.start - 12), trigger.start) else lo
        type_ = refine(trigger, text[told:hi], [a for a in actors if told <= a.start < hi],
                       published, text[:triggers[0].start] if j and told and _coordinated(
                           text, lo, trigger.start) else "")
        named_in = [] if type_ in SYMMETRIC_TYPES else [
            (a, b) for a, b in deals if not (a <= trigger.start < b)]
        sides = assign(text, trigger, [a for a in actors if not any(
                           lo_ <= a.start < hi_ for lo_, hi_ in named_in)] if named_in else actors,
                       Scope(_new_clause(text, lo, trigger, actors), hi, context.home,
                             _paired(context.pair, memory, story, type_, trigger.ref,
                                     _THE_TWO.search(text, 0, hi) is not None,
                                     context.in_names),
                             (previous if _coordinated(text, lo, trigger.start) else None)
                             or (story.takers.get(type_, story.takers.get("*"))
                                 if anaphoric and previous is None else None),
                             None if _CUT.search(text, lo, trigger.start) else asked,
                             asker, venues, context.seat, local))
        if sides is None and trigger.ref and not actors and type_ in _TOLD_BEFORE:
            sides = _told_before(type_, story, item, lo, hi, published)
        if sides is None:
            continue
        answered = _IN_RESPONSE.search(text, trigger.start, trigger.end)
        if answered and sides.initiator and sides.target and type_ in MEASURES and not any(
                lo <= a.start < answered.start() for a in actors) and any(
                a.code == sides.initiator for a in actors
                if answered.end() <= a.start < answered.end() + 12):
            # "The tariff, imposed in October in retaliation for US duties on Chinese
            # machinery" (a trigger that runs on into what it answers): the state whose act
            # it answers is the one it hits
            sides = replace(sides, initiator=sides.target, target=sides.initiator)
        aimed = story.aimed.get((type_, sides.initiator or ""))
        if sides.guessed and aimed is not None and aimed != sides.target:
            # a target the clause leaves out is the one the article gave this maker's last
            # such measure, before any other state it names
            sides = replace(sides, target=aimed, countries=tuple(sorted(
                {c for c in (sides.initiator, aimed) if c})))
        previous = sides.subject or sides.initiator or previous
        asked = sides.target if type_ in OBJECT_TYPES else None
        asker = sides.initiator if asked else None
        start, end = clause(text, trigger.start, trigger.end)
        undone, objects = earlier_dates(text, (trigger.start, trigger.end), max(lo, start), min(hi, end),
                                        item.dates) if type_ in RETREATS else ([], [])
        new_act = not trigger.ref and status not in ("in_effect", "suspended", "ended")
        # (a call's place is told after it, "spoke by phone from Brasilia"; a place before it
        # is another act's: "held talks in Geneva ..., agreed during a Jan. 26 phone call")
        # (talks "held in Washington", after their noun, before a place told earlier in the
        # clause: "negotiations in Hanoi, which built on a first round held in Washington")
        # (nor is a place told right after an earlier meeting's verb a later one's: "met in
        # Nairobi on Wednesday to prepare next week's summit")
        settled = j > 0 and triggers[j - 1].type in SETTINGS and trigger.ref
        here = [p.name for p in sorted(
            (p for p in places if lo <= p.start < hi and (
                type_ != "leader_call" or p.start > trigger.start) and not (
                settled and p.start < trigger.start and _FAR_BEFORE.search(text, p.end, trigger.start))),
            key=lambda p: _HELD_IN.fullmatch(text, trigger.end, p.start) is None)] or (
            [memory.place] if memory.place else [])
        if status == "scheduled" and trigger.ref and type_ in ENCOUNTERS and _follows(text, trigger):
            status = "occurred"  # "would meet next month, he said after the call": held
        elif status == "occurred" and trigger.ref and type_ in ENCOUNTERS \
                and _named_to_come(item, trigger, published):
            status = "scheduled"  # "watching the summit ... in Shenzhen in November": to come
        found_dates = dates_of(item, trigger, lo, hi, objects, context=context, type_=type_,
                        status=status, before=memory.dated, day=memory.day, new_act=new_act,
                        today=When(published.isoformat())
                        if _said_now(text, trigger, type_, context) else None,
                        span=(start, end), story=story, published=published)
        for found in found_dates:
            if status == "scheduled" and trigger.ref and found.date \
                    and found.date < published.isoformat() and _follows(text, trigger):
                status = "occurred"  # "will meet in May, following the call of 12 March"
            elif status == "scheduled" and trigger.ref and found.date \
                    and found.date <= published.isoformat():  # "Today, X set a path for future talks"
                found = When()
            if status == "occurred" and type_ == "trade_agreement" and _all_to_come(found, published):
                found = When()  # a done act has no day to come: "welcomed the deal, saying it
                # would let them plan for next year"
            if type_ in ENCOUNTERS and status == "scheduled" and not found.known and (
                    not here or _NO_DATE_SET.search(text, lo)):
                continue  # "will continue talks": no time, no place, no event to follow;
                # "the next round is expected in Brussels, although no date has been set"
            located = here or ([context.place] if context.place and new_act and not narrative
                               and type_ != "leader_call"  # a call is held nowhere the title says
                               and recent(found, published) else [])
            before, after = rates(type_, trigger, text[lo:hi])
            if len(found_dates) > 1 and after is not None:
                # one of several steps told with its own rate: "to 25% in February and to 40%
                # in March"
                step = next((rate_told_with(text, m.start) for m in item.dates
                             if lo <= m.start < hi and when(m) == found), None)
                after = step if step is not None else after
            effective = None if type_ in SYMMETRIC_TYPES else effective_date(
                text, lo, hi, item.dates)
            if type_ in _DECIDED and _to_come(found, published):
                # "Brazil will cut its tariff to 9% in June, the government said on Wednesday":
                # June is when it takes effect; a measure is dated by the day it was decided
                if effective is None and found.date and len(found.date) == 10:
                    effective = found.date
                found = _decided(item, published, context)
            base = Draft(
                type=type_, status=status, initiator=sides.initiator, target=sides.target,
                countries=sides.countries, date=found.date, earliest=found.earliest,
                latest=found.latest,
                effective=effective,
                location=located[0] if located and type_ in SETTINGS else None,
                commodities=_named_goods(text, lo, trigger, hi) if trigger.ref
                and type_ in SYMMETRIC_TYPES else _goods(text, lo, trigger.start, hi),
                rate_before=before,
                rate_after=after, salience="main" if (found.known and recent(found, published))
                or (not found.known and ((new_act and not narrative) or status == "scheduled"))
                else "background",
                evidence=text, start=item.sentence.start, end=item.sentence.end,
                confidence=0.6 if trigger.ref else 0.8 if not found.known else 0.9,
                ref=trigger.ref, guessed=sides.guessed,
            )
            if type_ == "trade_agreement" and trigger.ref and _ACTED_UNDER.search(
                    text, max(0, trigger.start - 120), trigger.start) \
                    and not _MADE_AFTER.match(text, trigger.end):
                # "expand trade under the two countries' CEPA": the deal they act under, only
                # named: it may join the deal another report tells, never raise one
                base = replace(base, date=None, earliest=None, latest=None, location=None,
                               commodities=(), salience="background")
            if type_ in UNDONE and _NEVER_IN_FORCE.search(text, trigger.start, end) \
                    and not _PAUSED.match(trigger.text):
                base = _withdrawn(base, item, trigger, text, end)
            if _unidentified(base) and not _definite(text, trigger) and not _named(text, trigger):
                continue  # "after rounds of negotiations": no time, place or name tells which
            deal = next((t for t in reversed(triggers[:j]) if t.type == "trade_agreement"), None)
            if deal is not None and base.type not in SYMMETRIC_TYPES \
                    and _UNDER_DEAL.match(text, deal.end, trigger.start) \
                    and base.rate_after is None and _ALL_TRADE.search(text, trigger.start, hi):
                continue  # "the FTA signed in 2023, under which the two countries eliminate
                # duties": what an earlier deal provides, no act of its own
            drafts += split(base, trigger, text, lo, hi, actors, context)
            if base.type == type_:
                # (each way, when the act was mutual: "suspend the export controls each imposed
                # on the other")
                drafts += [d for made in implied(base, trigger, text, undone, item.dates, published)
                           for d in split(made, trigger, text, lo, hi, actors, context)]
            if type_ == "trade_agreement" and base.location and status == "occurred" \
                    and not trigger.ref and leaders_met(
                        [a for a in actors if lo <= a.start < hi], published):
                # "Lula and Carney signed the pact in Ottawa": the two leaders met there
                drafts.append(replace(base, type="leader_meeting", commodities=(),
                                      rate_before=None, rate_after=None, effective=None))
    drafts = _without_undone_refs(drafts)
    _remember(item, memory, drafts, story)
    for d in drafts:
        if d.initiator and d.type in _TAKEN:
            story.takers[d.type] = story.takers["*"] = d.initiator
        if d.initiator and d.target and not d.guessed:
            story.aimed[(d.type, d.initiator)] = d.target
        if d.type in ENCOUNTERS and d.salience == "main" and d.date and len(d.date) == 10:
            story.occasion = When(d.date)
        if d.type in SYMMETRIC_TYPES and len(d.countries) >= 2:
            story.met = d.countries
        if d.type == "trade_agreement" and d.date and len(d.date) == 10:
            story.deal = When(d.date)
        if d.salience == "main" and d.date and len(d.date) == 10:
            story.last = When(d.date)
    return drafts


_TAKEN = MEASURES | {"trade_remedy"}  # the acts "The package also blacklists ..." goes on with


def _unidentified(d: Draft) -> bool:
    """Earlier talks or deals told with no time, place or goods (GUIDELINES rule 7)."""
    return d.type in SYMMETRIC_TYPES and d.salience == "background" and d.date is None \
        and d.earliest is None and not d.location and not d.commodities


def _definite(text: str, trigger: Trigger) -> bool:
    """"the talks", "their recent discussions": one event the article has in mind (its own
    news, often); "several rounds of negotiations", "after discussions": none in particular."""
    return _DEFINITE.search(text, max(0, trigger.start - 40), trigger.start) is not None \
        or _DEFINITE_IN.match(trigger.text) is not None


def _named(text: str, trigger: Trigger) -> bool:
    """A name the sentence gives the deal or talks: a capitalised word in the trigger or in
    the two words before it ("the Phase One deal", "the Geneva talks", "the Arrangement"),
    not the sentence's first word, which is capitalised anyway, nor an article."""
    words = [m for m in _WORD.finditer(text, max(0, trigger.start - 40), trigger.end)]
    inside = sum(m.start() >= trigger.start for m in words)
    return any(m.start() > 0 and m.group()[0].isupper() and m.group() not in _NO_NAME
               for m in words[-inside - 2:])


def _without_undone_refs(drafts: list[Draft]) -> list[Draft]:
    """"will lower the tariffs imposed to curb drug flows": the standing tariffs are what the
    retreat acts on. Undated, they identify no earlier event of their own (GUIDELINES rule
    7 asks for a time or a name); dated, implied() already tells them as that event."""
    undone = {(UNDONE[d.type], d.initiator) for d in drafts if d.type in UNDONE}
    return [d for d in drafts if not (
        d.ref and d.status == "in_effect" and d.date is None and d.earliest is None
        and (d.type, d.initiator) in undone)]


def _remember(item: Read, memory: Paragraph, drafts: list[Draft], story: Story) -> None:
    """The sentence's last act date and encounter's states, for the paragraph's later
    sentences, and the last day it told, for the paragraph's and the article's."""
    met = [d for d in drafts if d.type in SYMMETRIC_TYPES and len(d.countries) >= 2]
    if met:
        memory.parties = met[-1].countries
    roles = [(d, role(item.sentence.text, d)) for d in item.dates]
    days = [d for d, r in roles if r in ("event", "effective") and d.value and len(d.value) == 10]
    if days:
        memory.day = story.day = when(days[-1])
    acts = [d for d, r in roles if r == "event" and when(d).known]
    if acts:
        dated = [d for d in drafts if d.date or d.earliest]
        memory.dated = Dated(when(acts[-1]), frozenset(d.type for d in dated))


# A retreat from a measure only ever proposed or threatened cuts nothing in force: "dropped a
# proposed 35% tariff", "withdrew the tariff it had threatened in March" end that measure
# ("current and proposed controls" are partly in force).
_UNDONE_NOUNS = r"(?:tariffs?|duty|duties|levy|levies|surcharges?|countermeasures|ban|curbs|controls)"
_NEVER_IN_FORCE = re.compile(
    r"\b(?:(?<!and\s)(?<!or\s)(?:proposed|threatened|planned|mooted)\W+(?:[\w%.,-]+\W+){0,3}?"
    rf"{_UNDONE_NOUNS}|{_UNDONE_NOUNS}"
    r"\W+(?:[\w%.,-]+\W+){0,8}?(?:that|which)\W+(?:\w+\W+){1,2}?"
    r"(?:had\W+)?(?:proposed|threatened|planned)"
    r"|(?:threat|proposal)\W+(?:of|to)\b)",
    re.IGNORECASE)
# (a pause of planned tariffs stays a cut: "will hold off on its planned tariffs")
_PAUSED = re.compile(r"\b(?:suspen\w+|paus\w+|postpon\w+|delay\w+|defer\w*|hold\w*\W+off|held\W+off)",
                     re.IGNORECASE)


def _withdrawn(base: Draft, item: Read, trigger: Trigger, text: str, end: int) -> Draft:
    """The measure a retreat from a mere proposal or threat ends, dated by the proposal when
    the clause gives its time ("that it proposed on 4 March", "since March")."""
    made = next((when(m) for m in item.dates if trigger.end <= m.start < end
                 and role(text, m) in ("event", "since")), When())
    return replace(base, type=UNDONE[base.type], status="ended", date=made.date,
                   earliest=made.earliest, latest=made.latest, effective=None, rate_before=None,
                   rate_after=base.rate_after or base.rate_before)


# measures a sentence may name by their noun alone (not a review "initiated in February")
_TOLD_BEFORE = frozenset({"tariff_increase", "export_control", "import_restriction", "sanction",
                          "visa_restriction"})


def _told_before(type_: str, story: Story, item: Read, lo: int, hi: int,
                 published: date) -> Sides | None:
    """The sides of a measure named by its noun alone, in a sentence that names no state but
    gives it a day or month before the article's ("The 15% tariff, announced on April 11, has
    applied since April 24"): those of the article's last measure of that type, when a clause
    named its target; with none of that type, those of the retreat told before that eased it,
    else the state whose acts the article told, aimed at no one named."""
    taker = story.takers.get(type_)
    aimed = story.aimed.get((type_, taker)) if taker else None
    if taker is not None and aimed is None:
        return None
    earlier = (published - timedelta(days=2)).isoformat()
    if not any(lo <= m.start < hi and (m.value or m.latest or "9999") < earlier
               for m in item.dates):
        return None
    if taker is None:
        # ("will suspend the licensing requirement on graphite exports to Japan ... The
        # requirement was introduced on Feb. 1"; "The export controls on graphite announced
        # on April 14 will take effect on Friday", in a story of the ministry's licences; not
        # under a heading of its own, "PAPUA NEW GUINEA - ")
        eased = next((r for r, t in UNDONE.items() if t == type_ and r in story.takers), None)
        if eased is not None:
            taker = story.takers[eased]
            aimed = story.aimed.get((eased, taker))
        elif not heading_end(item.sentence.text):
            taker = story.takers.get("*")
        if taker is None:
            return None
    return Sides(taker, aimed, tuple(sorted(c for c in (taker, aimed) if c)))

