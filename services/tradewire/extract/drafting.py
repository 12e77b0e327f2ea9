"""One sentence -> the drafts of the events it tells (before the article-wide merge).

Each trigger owns the words from the end of the trigger before it to the start of the one
after it (its clause, roughly); its sides, place, goods and rates come from there. Its date
comes from there too, else from the start of the sentence, else from the paragraph's last
date, else, for a new act in the opening paragraphs or in the future tense, from the day
the article's news happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tradewire.extract._interim import DateMention, find_commodities, find_locations
from tradewire.extract.actors import Actor
from tradewire.extract.context import Context, parties
from tradewire.extract.encounters import refine
from tradewire.extract.implied import implied, split
from tradewire.extract.merge import Draft
from tradewire.extract.sides import Scope, assign
from tradewire.extract.status import RETREATS, classify, clause_before
from tradewire.extract.text import Sentence
from tradewire.extract.timing import When, earlier_dates, effective_date, event_date, role, when
from tradewire.extract.triggers import Trigger, find_triggers
from tradewire.models import SYMMETRIC_TYPES

_PAST = re.compile(r"\b(?:had|has|have|was|were|did|earlier|previously|last|ago|\w+ed)\b\W*"
                   r"(?:\w+\W+){0,2}$", re.IGNORECASE)
_FROM_TO = re.compile(r"\bfrom\s+(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)\s+to\s+(\d+(?:\.\d+)?)"
                      r"\s?(?:%|percent|per cent)", re.IGNORECASE)
_TO_RATE = re.compile(r"\bto\s+(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)", re.IGNORECASE)
_OWN_RATE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)", re.IGNORECASE)
RECENT = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Read:
    sentence: Sentence
    actors: list[Actor]
    dates: list[DateMention]


def _rates(type_: str, trigger: Trigger, scope: str) -> tuple[float | None, float | None]:
    if not type_.startswith("tariff_"):
        return None, None
    ranged = _FROM_TO.search(scope)
    if ranged:
        return float(ranged.group(1)), float(ranged.group(2))
    to = _TO_RATE.search(scope)
    own = _OWN_RATE.search(trigger.text) if type_ == "tariff_increase" else None
    return None, float(to.group(1)) if to else float(own.group(1)) if own else None


def _recent(found: When, published: date) -> bool:
    last = found.date or found.latest
    if not last:
        return True
    end = date.fromisoformat(last) if len(last) == 10 else date.fromisoformat(last + "-28")
    return end >= published - RECENT


def _date(item: Read, trigger: Trigger, lo: int, hi: int, objects: list[When], *,
          context: Context, before: When | None, new_act: bool, status: str) -> When:
    text = item.sentence.text
    own = event_date(text, lo, hi, item.dates, objects)
    if not own.known:
        own = event_date(text, 0, lo, item.dates, objects)
    if own.known or not new_act or status == "scheduled":
        return own
    if before is not None:
        return before
    past = bool(_PAST.search(clause_before(text, trigger, 4)))
    return context.news if item.sentence.paragraph < 2 or not past else When()


def draft_sentence(item: Read, context: Context, published: date,
                   paragraph_dates: dict[int, When]) -> list[Draft]:
    """The drafts of one sentence; records its last event date for the paragraph."""
    text, paragraph = item.sentence.text, item.sentence.paragraph
    triggers, drafts = find_triggers(text), []
    actors = parties(text, item.actors)
    for j, trigger in enumerate(triggers):
        lo = triggers[j - 1].end if j else 0
        hi = triggers[j + 1].start if j + 1 < len(triggers) else len(text)
        status = classify(text, trigger)
        if status is None:
            continue
        type_ = refine(trigger, text[lo:hi], [a for a in actors if lo <= a.start < hi],
                       published)
        sides = assign(text, trigger, actors, Scope(lo, hi, context.home, context.pair))
        if sides is None:
            continue
        objects = earlier_dates(text, trigger.end, hi, item.dates) if type_ in RETREATS else []
        new_act = not trigger.ref and status not in ("in_effect", "suspended", "ended")
        found = _date(item, trigger, lo, hi, objects, context=context,
                      before=paragraph_dates.get(paragraph), new_act=new_act, status=status)
        places = [p.name for p in find_locations(text[lo:hi])]
        if not places and context.place and new_act and _recent(found, published):
            places = [context.place]
        before, after = _rates(type_, trigger, text[lo:hi])
        base = Draft(
            type=type_, status=status, initiator=sides.initiator, target=sides.target,
            countries=sides.countries, date=found.date, earliest=found.earliest,
            latest=found.latest,
            effective=None if type_ in SYMMETRIC_TYPES else effective_date(
                text, lo, hi, item.dates),
            location=places[0] if places and type_ in SYMMETRIC_TYPES else None,
            commodities=tuple(find_commodities(text[lo:hi])), rate_before=before,
            rate_after=after, salience="main" if (found.known and _recent(found, published))
            or (not found.known and new_act) else "background",
            evidence=text, start=item.sentence.start, end=item.sentence.end,
            confidence=0.6 if trigger.ref else 0.8 if not found.known else 0.9,
        )
        drafts += split(base, trigger, text, lo, hi, actors, context)
        drafts += implied(base, trigger, text, objects, item.dates, published)
    events = [d for d in item.dates if role(text, d) == "event" and when(d).known]
    if events:
        paragraph_dates[paragraph] = when(events[-1])
    return drafts
