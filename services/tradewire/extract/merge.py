"""Once per article: the drafts that tell one event several times become one mention.

Drafts merge when they share type and sides, their dates agree (one day apart at most, a
month holding a day, a window holding it) and their places and rates (on different goods)
do not differ. An undated draft
joins the draft with its place, else the article's main telling of that event, else the
first. The merged mention keeps the most precise date and every detail any draft gave.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from tradewire.extract.case_blind import CaseBlind
from tradewire.extract.kinds import ENCOUNTERS, OBJECT_TYPES
from tradewire.models import BROAD_TYPES, EventType, Salience, Status


@dataclass(frozen=True, slots=True)
class Draft:
    type: EventType
    status: Status
    initiator: str | None
    target: str | None
    countries: tuple[str, ...]
    date: str | None
    earliest: str | None
    latest: str | None
    effective: str | None
    location: str | None
    commodities: tuple[str, ...]
    rate_before: float | None
    rate_after: float | None
    salience: Salience
    evidence: str
    start: int
    end: int
    confidence: float
    ref: bool = False  # told by a noun that refers back ("the call"), not by its own verb
    guessed: bool = False  # its target is the article's other side; its clause named none

    @property
    def key(self) -> tuple[str, str | None, str | None, tuple[str, ...]]:
        return (self.type, self.initiator, self.target, self.countries)


@lru_cache(maxsize=1024)  # merging asks again and again about the same few dates
def _bounds(text: str) -> tuple[date, date]:
    if len(text) == 10:
        day = date.fromisoformat(text)
        return day, day
    first = date.fromisoformat(text + "-01")
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, date.fromordinal(nxt.toordinal() - 1)


def _span(d: Draft) -> tuple[date, date] | None:
    if d.date:
        return _bounds(d.date)
    if d.earliest and d.latest:
        return _bounds(d.earliest)[0], _bounds(d.latest)[1]
    return None


def agree(a: Draft, b: Draft) -> bool:
    """Dates that may be one day, and places that do not differ."""
    if a.location and b.location and a.location.casefold() != b.location.casefold():
        return False
    if a.rate_after is not None and b.rate_after is not None and a.rate_after != b.rate_after \
            and not (set(a.commodities) & set(b.commodities)) and a.type not in BROAD_TYPES:
        return False  # "a 100% surtax on cars and a 25% tariff on steel": two measures
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return True
    if a.date and b.date and len(a.date) == len(b.date) == 10:
        return abs((sa[0] - sb[0]).days) <= 1
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def _precision(d: Draft) -> int:
    return 3 if d.date and len(d.date) == 10 else 2 if d.date else 1 if d.earliest else 0


def combine(a: Draft, b: Draft) -> Draft:
    """`a` told again by `b`: the more precise date and its evidence, every detail."""
    best, other = (b, a) if _precision(b) > _precision(a) else (a, b)
    return replace(
        best,
        effective=best.effective or other.effective,
        location=best.location or other.location,
        commodities=tuple(sorted(set(best.commodities) | set(other.commodities))),
        rate_before=best.rate_before if best.rate_before is not None else other.rate_before,
        rate_after=best.rate_after if best.rate_after is not None else other.rate_after,
        salience="main" if "main" in (a.salience, b.salience) else "background",
        confidence=max(a.confidence, b.confidence),
        guessed=a.guessed and b.guessed,
    )


# Duties that are trade remedies by their words ("provisional duties") or, in an article about
# anti-dumping or anti-subsidy duties, by being duties at all ("Beijing first slapped the duties").
_REMEDY = CaseBlind(r"\b(?:anti-?dumping|countervailing|anti-?subsidy|dumping)\b")
_PROVISIONAL = re.compile(r"\b(?:provisional|definitive|anti-?circumvention|safeguard)\s+"
                          r"(?:[\w-]+\s+){0,2}"
                          r"(?:duties|duty|tariffs?|levies|levy|measures|surcharges?)\b", re.IGNORECASE)
_TARIFF = re.compile(r"\b(?:tariffs?|surtax\w*)\b", re.IGNORECASE)
_INJURY = re.compile(r"\b(?:serious|material)\s+injury\b", re.IGNORECASE)
_DUTIES = re.compile(r"\b(?:duties|levies|deposits)\b", re.IGNORECASE)


def remedial(texts: Iterable[str]) -> bool:
    """The article speaks of anti-dumping or anti-subsidy duties somewhere."""
    return any(_REMEDY.search(t) for t in texts)


def _as_remedy(d: Draft, remedies: bool, drafts: Sequence[Draft]) -> Draft:
    """A duty told as a tariff that is a trade remedy; undated "the levies" in such an article
    are the remedy it told between those states, whichever way its own clause read."""
    if d.type != "tariff_increase":
        return d
    if _PROVISIONAL.search(d.evidence) and not _TARIFF.search(_PROVISIONAL.sub("", d.evidence)):
        return replace(d, type="trade_remedy")  # not "its own tariff ..., and provisional duties"
    if _INJURY.search(d.evidence):
        return replace(d, type="trade_remedy")  # "imposed a 25% duty on wire rod ..., after
        # finding that a surge in imports threatened serious injury": a safeguard
    if not (remedies and _DUTIES.search(d.evidence)):
        return d
    told = next((o for o in drafts if o.type == "trade_remedy" and o.countries == d.countries
                 and _span(o) is not None), None) if _span(d) is None else None
    if told is not None:
        return replace(d, type="trade_remedy", initiator=told.initiator, target=told.target)
    if any(o.type == "trade_remedy" for o in drafts) and not any(
            o.type == "trade_remedy" and set(o.countries) & set(d.countries) for o in drafts):
        return d  # (the remedies it tells are between other states: "India imposed
        # anti-dumping duties on Chinese foil" leaves "the EU's 25% duties on US bourbon" a tariff)
    return d if _TARIFF.search(d.evidence) else replace(d, type="trade_remedy")


_LEADERS = CaseBlind(r"\b(?:the|both|two) (?:two )?(?:leaders|presidents|prime ministers)\b")
# "The talks also covered Sudan": the talks the article told, said again
_THE_TALKS = CaseBlind(r"^(?:[\w'\u2019]+ ){0,3}?the talks\b")


def _refers_back(d: Draft, drafts: Sequence[Draft]) -> bool:
    """An undated "the call", "the conversation" in an article that told that encounter as
    another kind (talks between officials, a meeting): the same encounter, not a new one;
    "talks" in the sentence of the leaders' meeting ("hosted Modi for talks") are that meeting,
    as are undated talks held where the leaders met, or by "the two leaders"."""
    if d.ref and d.type == "trade_talks" and any(
            not o.ref and o.type in ("leader_meeting", "leader_call") and o.start == d.start
            and o.countries == d.countries and (_span(d) is None or _span(d) == _span(o))
            for o in drafts):
        return True
    if d.type == "trade_talks" and _span(d) is None and any(
            o.type == "leader_meeting" and o.status == "occurred" and _span(o) is not None
            and o.countries == d.countries
            and ((d.location is not None and d.location == o.location)
                 or _LEADERS.search(d.evidence) is not None
                 or (d.status == "occurred" and _THE_TALKS.search(d.evidence) is not None))
            for o in drafts):
        return True
    return d.ref and d.type == "leader_call" and _span(d) is None and any(
        not o.ref and o.type in ENCOUNTERS and o.type != d.type and o.countries == d.countries
        for o in drafts) and not any(not o.ref and o.key == d.key for o in drafts)


def _aimed(d: Draft, drafts: Sequence[Draft]) -> Draft:
    """A demand or accusation whose target was not told, in an article where the same state
    made one of that type at a state on a day that agrees: that one, told again."""
    if d.type not in OBJECT_TYPES or d.target is not None or d.initiator is None:
        return d
    told = next((o for o in drafts if o.type == d.type and o.initiator == d.initiator
                 and o.target is not None and agree(o, d)), None)
    return replace(d, target=told.target, countries=told.countries) if told else d


# "The ban applies to all destinations, although nearly all of the matte goes to China."
_WORLDWIDE = CaseBlind(
    r"\b(?:ban|controls?|curbs?|restrictions?|measures?|requirements?|licen[cs]ing|rules?"
    r"|tariffs?|duty|duties|levy|rates?)\W+(?:\w+\W+){0,2}?(?:applies|apply|will\W+apply|covers?)"
    r"\W+to\W+(?:[\w-]+\W+){0,2}?(?:(?:to|from)\W+)?(?:all|every)\W+(?:\w+\W+)?"
    r"(?:destinations|countries|markets|trading\W+partners|buyers|origins|sources)\b")


def worldwide(body: str) -> bool:
    """The article says its measure applies to all destinations or countries."""
    return _WORLDWIDE.search(body) is not None


def _unaimed(d: Draft, drafts: Sequence[Draft], everywhere: bool = False) -> Draft:
    """A measure aimed at the article's other side only for want of a named target, in an
    article that says the measure applies to all destinations, or told again, on the same
    day or undated, as one on all destinations ("The controls apply to exports to all
    destinations"): one on all."""
    if not d.guessed or d.initiator is None:
        return d
    told = (everywhere and d.type not in OBJECT_TYPES) or any(
        o.type == d.type and o.initiator == d.initiator and o.countries == (d.initiator,)
        and not o.guessed and _span(o) is not None and agree(o, d) for o in drafts)
    return replace(d, target=None, countries=(d.initiator,), guessed=False) if told else d


_PLACED = frozenset({"trade_agreement", "leader_meeting", "trade_talks"})


def _placed(d: Draft, drafts: Sequence[Draft]) -> Draft:
    """A deal or meeting its sentence tells with talks or a meeting held somewhere, between the
    same states on a day that agrees, and no place of its own: it was there ("signed a
    memorandum at the close of their Joint Commission, held in Arusha")."""
    if d.type not in _PLACED or d.location is not None or _span(d) is None:
        return d
    there = next((o.location for o in drafts if o is not d and o.type in _PLACED
                  and o.location and o.start == d.start and o.countries == d.countries
                  and agree(o, d)), None)
    return replace(d, location=there) if there else d


# "the invitation Han extended during last week's call": the encounter it was made at.
# ("an invitation he extended in a phone call in March")
_DURING = CaseBlind(r"\binvit\w*\b[^.;]*?\b(?:during (?:[\w'\u2019-]+ ){0,4}?"
                    r"(?:call|conversation|talks|meeting|summit|visit)"
                    r"|(?:in|on) (?:an? |the |their |his |her )?(?:[\w-]+ )?(?:phone |telephone )?"
                    r"(?:call|conversation))\b")
# "The invitation was extended during a telephone call between the two leaders on Sunday."
_EXTENDED_AT = CaseBlind(r"\binvitation (?:was |had been )?(?:extended|made|issued|conveyed) "
                         r"(?:[\w'\u2019]+ ){0,4}?during\b")
# "Boric accepted the invitation with pleasure": the one the article tells being made.
_ACCEPTS = CaseBlind(r"\baccept(?:s|ed|ing)? (?:the |this |that |an |[\w'\u2019]+'s? )?invitation\b")


def _invited(d: Draft, drafts: Sequence[Draft]) -> Draft:
    """An invitation told as made during a call or meeting the article tells between the same
    states (in its own sentence, or in the one that says the invitation was made then) bears
    that encounter's date; one only told accepted is the one the article tells being made."""
    if d.type != "visit_invitation":
        return d
    m = _DURING.search(d.evidence)
    at = ENCOUNTERS if m is None else ("leader_call",) if m.group().lower().endswith(
        ("call", "conversation")) else (
        "leader_meeting", "trade_talks")
    met = [o for o in drafts if o.type in at and o.countries == d.countries and _span(o)
           and (m is not None or _EXTENDED_AT.search(o.evidence))]
    if not met:
        met = [o for o in drafts if o.key == d.key and o.start != d.start and _span(o)
               and not _ACCEPTS.search(o.evidence)] if _ACCEPTS.search(d.evidence) else []
    if not met:
        return d
    o = min(met, key=lambda o: (o.ref, o.start != d.start, abs(o.start - d.start)))
    return replace(d, date=o.date, earliest=o.earliest, latest=o.latest)


_SETTING_NOUN = (r"(?:round|session|talks|meeting|summit|negotiations|consultations|held|due"
                 r"|scheduled|signed|struck|reached|truce|deal|agreement|accord|pact)")


def _held_there(d: Draft) -> bool:
    """The draft's place is told as where its encounter or deal is or was: "a second round
    is due in Brussels", "a session in Washington", "the Geneva truce"."""
    place = re.escape(d.location or "")
    return re.search(rf"\b{_SETTING_NOUN}\W+(?:\w+\W+){{0,2}}?(?:in|at)\W+(?:the\W+)?{place}"
                     rf"|{place}\W+{_SETTING_NOUN}", d.evidence, re.IGNORECASE) is not None


def merge(drafts: Sequence[Draft], remedies: bool = False,
          everywhere: bool = False) -> list[Draft]:
    """Drafts in text order -> one draft per event, dated drafts placed first; `remedies`:
    the article is about trade-remedy duties, so the duties it tells are such remedies;
    `everywhere`: it says its measure applies to all destinations."""
    drafts = [_as_remedy(d, remedies, drafts) for d in drafts if not _refers_back(d, drafts)]
    drafts = [_invited(_placed(_aimed(_unaimed(d, drafts, everywhere), drafts), drafts),
                       drafts) for d in drafts]
    groups: dict[tuple[str, str | None, str | None, tuple[str, ...]], list[Draft]] = {}
    ordered = sorted(drafts, key=lambda d: (_span(d) is None, d.start))
    for draft in ordered:
        events = groups.setdefault(draft.key, [])
        if _span(draft) is None and events:
            fits = [e for e in events if agree(e, draft)]
            if not fits and draft.ref and draft.location and not _held_there(draft):
                # "the summit", told again by a noun: its place is the sentence's, not the
                # summit's ("the summit opened a new chapter, and he hoped to visit Tokyo")
                fits = [e for e in events if agree(e, replace(draft, location=None))]
            placed = [e for e in fits if draft.location and e.location]
            main = [e for e in fits if e.salience == draft.salience]
            chosen = next(iter(placed or main or fits), None)
        else:
            chosen = next((e for e in events if agree(e, draft)), None)
        if chosen is None:
            events.append(draft)
        else:
            events[events.index(chosen)] = combine(chosen, draft)
    return sorted((d for events in groups.values() for d in events), key=lambda d: d.start)


def mention_id(article_id: str, d: Draft) -> str:
    """Stable across replays: article, type, sides and date (and place, for two talks; goods,
    for two measures of one day: "a 100% surtax on cars and a 25% tariff on steel")."""
    parts = [article_id, d.type, d.initiator or "-", d.target or "-", ",".join(d.countries),
             d.date or d.earliest or "-", d.location or "-"]
    if d.rate_after is not None and d.commodities:
        parts.append(",".join(d.commodities))
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]
