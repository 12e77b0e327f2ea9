"""Leaders or officials: a call or a meeting is a leaders' event only between leaders.

    "Trump had a call with Prime Minister Starmer"   -> leader_call
    "Bessent met He Lifeng in Geneva"                -> trade_talks
    "their meetings in London and Stockholm"         -> trade_talks (no leader named)

A call with nobody named stays a leaders' call (it refers back to one); a meeting with
nobody named is taken for negotiators' talks, the common case in trade news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from tradewire.extract.actors import Actor, find_actors
from tradewire.extract.knowledge import fold
from tradewire.extract.offices import holders
from tradewire.extract.triggers import Trigger
from tradewire.models import EventType

HEADS = frozenset({
    "President", "Prime Minister", "Premier", "Chancellor", "Taoiseach", "General Secretary",
    "Emir", "Crown Prince", "Supreme Leader", "President of the Confederation", "King",
    "Commission President", "European Council President",
})
_LEADER_WORDS = re.compile(r"(?<!vice )(?<!vice-)(?<!deputy )(?<!deputy-)\b(?:presidents?"
                           r"|prime ministers?|premiers?|chancellors?|kings?|emirs?|leaders?"
                           r"|heads? of (?:state|government)|general secretary)\b",
                           re.IGNORECASE)
# ("an official visit", "official talks": the word says how formal, not who takes part)
_OFFICIAL_WORDS = re.compile(r"\b(?:official(?!\W+(?:visit|talks|meeting|trip|welcome|ceremony"
                             r"|banquet|dinner|engagements?)\b)|officials|negotiators?"
                             # (leaders who meet "then with their delegations" still meet)
                             r"|representatives?|(?<!their )delegations?|delegates|(?<!general )secretary"
                             r"|secretaries"
                             r"|(?<!prime )ministers?|ministries|ministry"
                             r"|envoys?|commissioner|counterparts|teams?|Vice Premier"
                             r"|(?:deputy|vice)[ -](?:prime ministers?|premiers?|presidents?))\b",
                             re.IGNORECASE)
# Who reports an event is no party to it: "officials said the call ...", "according to a readout".
_SAID = re.compile(
    r"\b(?:(?:an?|the|some|two|senior|\w+)\W+)?(?:officials?|spokes(?:man|woman|person)|ministry"
    r"|ministries|sources?|aides?|diplomats?|office|presidency)(?:\W+(?:in|from|at|of|familiar with)"
    r"\W+(?:the\W+)?\w+(?:\W+\w+)?)?\W+(?:said|say|says|told|added|noted|confirmed|briefed|announced"
    r"|stated)\b|\baccording to\W+(?:\w+\W+){0,3}?"
    r"(?:officials?|spokes\w+|ministry|sources?|(?:a\W+)?readout)\b", re.IGNORECASE)
_OFFICE_SAID = re.compile(r"['\u2019]s\W+(?:office|spokes\w+|aides?|press\W+secretary)\W+"
                          r"(?:said|says|added|told|noted)\b", re.IGNORECASE)
_REPORTER = re.compile(r"(?:\b(?:President|Prime\W+Minister|Premier|Chancellor)\W+)?"
                       r"(?:(?-i:[A-Z])[\w-]+\W+){0,2}(?-i:[A-Z])[\w-]+" + _OFFICE_SAID.pattern,
                       re.IGNORECASE)
# Leaders on both sides of talks told by a noun: "the two leaders", "the prime minister and the
# president", or a leader's trip to the other ("travel to Tokyo for bilateral talks").
_BOTH_LEADERS = re.compile(r"\b(?:two|both|the)\W+leaders\b|\b(?:president|prime\W+minister|premier"
                           r"|chancellor)\W+and\W+(?:the\W+|[\w.-]+(?:\W+[\w.-]+)?['\u2019]s\W+)?"
                           r"(?:president|prime\W+minister|premier|chancellor)\b", re.IGNORECASE)
_TRIP = re.compile(r"\b(?:travel\w*\W+to|visit\w*|trip\W+to|arriv\w+\W+in|flew\W+to|received"
                   r"|hosted|welcomed)\b",
                   re.IGNORECASE)
_RECEIVED_LEADER = re.compile(r"(?:hosted|received|receives|welcomed|welcomes)\W+(?:the\W+)?(?:visiting\W+)?"
                              r"(?:(?-i:[A-Z])[\w'\u2019.-]+\W+)?"  # ("received Indonesian President")
                              r"(?:president|prime\W+minister|premier|chancellor|king|emir|crown\W+prince"
                              r"|sultan)\b", re.IGNORECASE)
_DEPUTY = re.compile(r"\b(?:Vice|Deputy)\b")
# Officials a measure is aimed at take no part in the talks: "measures against Brazilian officials".
_TARGETED = re.compile(r"\b(?:against|targeting|on|sanctioning)\W+(?:\w+\W+){0,2}?(?:officials"
                       r"|diplomats|lawmakers|judges)\b", re.IGNORECASE)
# Leaders who welcome or note what others held take no part in it: "The leaders welcomed the
# results of the eleventh High-Level Economic and Trade Dialogue held in Brussels on 6 July".
_WELCOMED = re.compile(r"\b(?:the\W+)?(?:two\W+|both\W+)?leaders\W+(?:also\W+)?(?:welcomed|hailed|praised"
                       r"|noted|reviewed|commended|applauded|took\W+note\W+of)\b", re.IGNORECASE)
_IN_PERSON = re.compile(r"\b(?:in\W+person|face\W+to\W+face|meet|met|meeting)\b", re.IGNORECASE)
_REMOTE = re.compile(r"\b(?:phone|telephone|video|call)\b", re.IGNORECASE)
_PEOPLE = holders()


def _remote(scope: str, trigger: Trigger) -> bool:
    """By phone or video, unless they meet in person ("agreed to meet in person soon and
    exchanged phone numbers")."""
    return bool(_REMOTE.search(scope)) and not _IN_PERSON.search(trigger.text) \
        and not _IN_PERSON.search(scope)


def _is_leader(actor: Actor, on: date) -> bool:
    if actor.head:  # "U.S. President Martin Whitfield ... Whitfield"
        return True
    if actor.kind == "office":  # a head's title: "Commission President", "the Taoiseach"
        return actor.text.endswith(tuple(HEADS)) and not _DEPUTY.search(actor.text)
    holder = _PEOPLE.get(fold(actor.text))
    if actor.kind != "person" or holder is None:
        return False
    terms = [t for t in holder.terms if t.holds(on)] or list(holder.terms)
    return any(t.office in HEADS for t in terms)


def leaders_met(actors: Sequence[Actor], on: date) -> bool:
    """Heads of two states among `actors`: a deal they sign in a place is also a meeting."""
    return len({a.code for a in actors if _is_leader(a, on)}) >= 2


def has_leader(text: str, on: date) -> bool:
    """Does the sentence name a head of state or government (or a leader by title)?"""
    return bool(_LEADER_WORDS.search(text)) or any(
        _is_leader(a, on) for a in find_actors(text, on) if a.kind in ("person", "office"))


def _reports(scope: str, actor: Actor) -> bool:
    at = scope.find(actor.text)
    return at >= 0 and bool(_OFFICE_SAID.match(scope, at + len(actor.text)))


def refine(trigger: Trigger, scope: str, actors: Sequence[Actor], on: date,
           subject: str = "") -> EventType:
    """The trigger's type, with leaders' calls and meetings told from officials' talks.
    `subject` is the sentence's opening before an earlier verb this one is coordinated with
    ("The presidents ... spoke by phone on Thursday and agreed to meet in July"): who the
    subject is counts, not the earlier verb's manner."""
    talks = trigger.type == "trade_talks" and not trigger.ref
    # "held 85 minutes of talks" (leaders hold talks; negotiations and discussions are
    # negotiators', or only wished for: "a willingness to engage in discussions")
    told = trigger.type == "trade_talks" and trigger.ref and trigger.text.lower().endswith("talks")
    if trigger.type not in ("leader_call", "leader_meeting") and not talks and not told:
        return trigger.type
    # "Lee's office said": whose office speaks reports the event, it takes no part in it
    actors = [a for a in actors if not _reports(scope, a)]
    scope = _WELCOMED.sub(" ", _TARGETED.sub(" ", _SAID.sub(" ", _REPORTER.sub(" ", scope))))
    leaders = any(_is_leader(a, on) for a in actors) or bool(_LEADER_WORDS.search(scope)) \
        or bool(_LEADER_WORDS.search(subject))
    officials = bool(_OFFICIAL_WORDS.search(scope) or _OFFICIAL_WORDS.search(subject)) or any(
        a.kind in ("office", "person") and not _is_leader(a, on) for a in actors)
    if told:  # talks by a noun are leaders' only with leaders on both sides and no official
        heads = {a.code for a in actors if _is_leader(a, on)}
        if officials or not (len(heads) >= 2 or _BOTH_LEADERS.search(scope)
                             or (leaders and _TRIP.search(scope))):
            return trigger.type
        return "leader_call" if _remote(scope, trigger) else "leader_meeting"
    if trigger.type == "leader_meeting" and "state visit" in trigger.text.lower():
        return "leader_meeting"  # a head of state's, whoever is named
    if trigger.type == "leader_meeting" and _RECEIVED_LEADER.match(trigger.text) and leaders:
        return "leader_meeting"  # "the President of the UAE received the Prime Minister of
        # Ethiopia": a leader received is met, however formal the talks after ("official")
    before = [_is_leader(a, on) for a in actors if a.kind == "person" and a.end <= trigger.start]
    after = [_is_leader(a, on) for a in actors if a.kind == "person" and a.start >= trigger.end]
    if trigger.type == "leader_meeting" and before and before[0] and after and all(after):
        return "leader_meeting"  # "Modi, who received Wang, will hold talks with Xi"
    if talks:  # "the two leaders held talks": leaders meeting (or calling), not negotiators
        if not (any(before) and after and all(after)) and (not leaders or officials):
            return trigger.type
        return "leader_call" if _remote(scope, trigger) else "leader_meeting"
    if trigger.type == "leader_call":
        return "trade_talks" if officials and not leaders else "leader_call"
    summit = "summit" in trigger.text.lower()  # (a summit is leaders' unless officials hold it)
    return "leader_meeting" if (leaders or summit) and not officials else "trade_talks"
