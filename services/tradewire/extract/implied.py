"""Events a sentence tells without a trigger of their own.

- The measure a retreat undoes, when the sentence identifies it by its date: "China will
  suspend its 34% tariff announced on April 4" is also that tariff (CHN -> USA, 4 April,
  now suspended).
- The earlier event a "first ... since" points to: "their first call since January 17".
- Each side of a mutual measure: "both sides will cut tariffs" is one cut each way.
- Each partner of plural deals: "signed agreements with Malaysia and Cambodia" is two.
- A leader's visit an accepted invitation sets a time for: "accepted an invitation to visit
  Chile in May" is also a meeting scheduled for May (no time given: none to follow).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from tradewire.extract.actors import Actor
from tradewire.extract.context import Context
from tradewire.extract.dates import DateMention
from tradewire.extract.encounters import has_leader
from tradewire.extract.kinds import OBJECT_TYPES
from tradewire.extract.merge import Draft
from tradewire.extract.places import find_locations
from tradewire.extract.rates import rates_by_state
from tradewire.extract.sides import role
from tradewire.extract.timing import FIRST, When, when
from tradewire.extract.timing import role as date_role
from tradewire.extract.triggers import Trigger
from tradewire.models import SYMMETRIC_TYPES, EventType

UNDONE: dict[str, EventType] = {"tariff_reduction": "tariff_increase",
                                "export_control_easing": "export_control"}
_SUSPENDS = re.compile(r"\b(?:suspen\w+|paus\w+|postpon\w+|delay\w+|defer\w*)\b", re.IGNORECASE)
_MET = re.compile(r"\b(?:met|meeting|meet|summit|visit(?:ed)?)\b", re.IGNORECASE)
# what "first ... since" may point back to: the date alone ("since January 17", "since last
# May") or an encounter; "since Trump's return to office in January" points to no call
_ENCOUNTER = re.compile(r"\b(?:met|meet\w*|summit|visit\w*|call\w*|conversation|spoke|talks?"
                        r"|phone|talked)\b", re.IGNORECASE)
# "since relations soured late last year": the date of something else that happened
_HAPPENED = re.compile(r"\b(?:\w+ed|began|begun|took|came|fell|broke|rose|won|went)\b",
                       re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?")
_RATED = frozenset({"tariff_increase", "tariff_reduction"})
_ACCEPTED = re.compile(r"\baccept(?:s|ed|ing)?\W+(?:\w+\W+){0,3}?(?=invitation)", re.IGNORECASE)
# the visit's time follows the invitation closely, in its own clause: "to visit Beijing in April"
_VISIT_SPAN = 60
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while)\b|\band\s+(?:that|he|she|they)\b")
_PLURAL = re.compile(r"(?:agreements|deals|frameworks|accords|pacts|arrangements)\b",
                     re.IGNORECASE)


def _undated_twin(base: Draft, found: When, status: str, type_: EventType) -> Draft:
    return replace(base, type=type_, status=status, date=found.date,  # type: ignore[arg-type]
                   earliest=found.earliest, latest=found.latest, effective=None,
                   salience="background", rate_before=None, rate_after=None,
                   confidence=round(base.confidence - 0.1, 2))


def implied(base: Draft, trigger: Trigger, text: str, objects: Sequence[When],
            dates: Sequence[DateMention], published: date) -> list[Draft]:
    """Background events the trigger's sentence implies."""
    out: list[Draft] = []
    undone = UNDONE.get(base.type)
    if undone:
        status = "suspended" if _SUSPENDS.search(trigger.text) else "ended"
        seen: list[When] = []
        for found in objects:
            if found not in seen:
                seen.append(found)
                out.append(_undated_twin(base, found, status, undone))
    if base.type == "visit_invitation" and _ACCEPTED.search(
            text, max(0, trigger.start - 30), trigger.end):
        out += _accepted_visit(base, trigger, text, dates, published)
    if FIRST.search(text, max(0, trigger.start - 30), trigger.end):
        for mention in dates:
            # (a bare year points back to no one encounter: "the first talks since 2016")
            if mention.start > trigger.end and date_role(text, mention) == "since" \
                    and mention.kind != "year" \
                    and _points_to_encounter(text, mention):
                # "their first call since their meeting in Busan on Oct. 30": that meeting
                met = base.type == "leader_call" and _MET.search(text, trigger.end, mention.start)
                out.append(_undated_twin(base, when(mention), "occurred",
                                         "leader_meeting" if met else base.type))
                break
    return out


def _accepted_visit(base: Draft, trigger: Trigger, text: str, dates: Sequence[DateMention],
                    published: date) -> list[Draft]:
    """The leaders' meeting an accepted invitation schedules, when the sentence gives the
    visit a time to come ("in April", "next month"); its place is where the guest goes."""
    cut = _CLAUSE_END.search(text, trigger.end, trigger.end + _VISIT_SPAN)
    end = cut.start() if cut else trigger.end + _VISIT_SPAN
    found = next((when(m) for m in dates if trigger.end <= m.start < end), When())
    last = found.date or found.latest
    # (a year is no time for it: "to make a state visit to Mexico next year")
    if not found.date or not last or last[:7] < published.isoformat()[:7] \
            or not has_leader(text, published) or len(base.countries) < 2:
        return []  # (a meeting needs two states: not the host's alone, the guest unknown)
    place = next((p.name for p in find_locations(text) if trigger.end <= p.start < end), None)
    return [replace(base, type="leader_meeting", status="scheduled", initiator=None,
                    target=None, date=found.date, earliest=found.earliest,
                    latest=found.latest, location=place, salience="main",
                    confidence=round(base.confidence - 0.1, 2))]


def _points_to_encounter(text: str, mention: DateMention) -> bool:
    """"since January 17", "since their meeting in Busan on Oct. 30": an earlier encounter;
    "since his return to office in January" or "since the election in May": none."""
    lo = max(0, mention.start - 90)
    cue = text[lo: mention.start].lower().rfind("since")
    between = text[lo + cue + len("since"): mention.start] if cue >= 0 else ""
    if _ENCOUNTER.search(between) is not None:
        return True
    return len(between.split()) <= 2 and _HAPPENED.search(between) is None


def split(base: Draft, trigger: Trigger, text: str, lo: int, hi: int,
          actors: Sequence[Actor], context: Context) -> list[Draft]:
    """One draft per direction of a mutual measure, per partner of plural deals, per state
    of a list that a measure hits at different rates."""
    if base.type in _RATED and base.initiator and base.target is None \
            and len(base.countries) > 2:
        listed = [a for a in actors if trigger.start <= a.start < hi
                  and a.code in base.countries and a.code != base.initiator]
        groups = rates_by_state(text, trigger.start, listed)
        if len({rate for _, rate in groups}) > 1:
            return [replace(base, target=code, countries=tuple(sorted({base.initiator, code})),
                            rate_after=rate) for code, rate in groups]
    if base.type not in SYMMETRIC_TYPES and base.type not in OBJECT_TYPES \
            and base.initiator is None and len(base.countries) == 2:
        a, b = base.countries
        return [replace(base, initiator=a, target=b), replace(base, initiator=b, target=a)]
    if base.type == "trade_agreement" and _PLURAL.search(trigger.text):
        # the state right before the next trigger is that trigger's subject, not a partner
        own = [x for x in actors if trigger.end <= x.start < hi
               and (hi == len(text) or len(text[x.end:hi].split()) > 2)]
        partners = _partners(text, own)
        subjects = [x.code for x in actors if lo <= x.start < trigger.start
                    and role(text, x, base.type) == "subject" and x.code not in partners]
        anchor = subjects[-1:] or [c for c in context.pair if c not in partners][:1]
        if len(partners) >= 2 and anchor:
            return [replace(base, countries=tuple(sorted({anchor[0], p}))) for p in partners]
    return [base]


def _partners(text: str, after: Sequence[Actor]) -> list[str]:
    """"with Malaysia and Cambodia": the first partner and the states listed right after it."""
    listed: list[Actor] = []
    for actor in after:
        first = not listed and role(text, actor, "trade_agreement") == "partner"
        if first or (listed and _LIST_GAP.fullmatch(text, listed[-1].end, actor.start)):
            listed.append(actor)
    return list(dict.fromkeys(a.code for a in listed))
