"""Office holders and titles from `data/offices.json`: who held which office when.

A full name ("Xi Jinping") means one person; a bare surname ("Li") may mean
several, and the date of the article picks the one in office then:

    holders()["Lee"].code_on(date(2025, 7, 1))  -> "KOR"   (Lee Jae-myung)
    holders()["Lee"].code_on(date(2020, 7, 1))  -> "SGP"   (Lee Hsien Loong)

Terms run from the day an office was taken to the day it was handed over (that
day belongs to the successor); an open term has no end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tradewire.extract.knowledge import fold, load


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    office: str
    start: date
    end: date | None

    def holds(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)

    def distance(self, on: date) -> int:
        if on < self.start:
            return (self.start - on).days
        return 0 if self.end is None or on < self.end else (on - self.end).days + 1


@dataclass(frozen=True, slots=True)
class Holder:
    """Everyone one name may mean: a person, or all who share a surname."""

    terms: tuple[Term, ...]
    short: bool

    def code_on(self, on: date | None) -> str:
        """The state of whoever held office `on` (nearest term if nobody did; latest if no date)."""
        if on is None:
            return max(self.terms, key=lambda t: t.start).code
        current = [t for t in self.terms if t.holds(on)]
        if current:
            return max(current, key=lambda t: t.start).code
        return min(self.terms, key=lambda t: t.distance(on)).code


def _term(raw: dict[str, str | None]) -> Term:
    start, end = raw["from"], raw["to"]
    assert raw["code"] and raw["office"] and start
    return Term(
        raw["code"], raw["office"], date.fromisoformat(start), date.fromisoformat(end) if end else None
    )


def holders() -> dict[str, Holder]:
    """Every name and surname in the file -> who it may mean."""
    full: dict[str, Holder] = {}
    short: dict[str, tuple[Term, ...]] = {}
    for person in load("offices.json")["people"]:
        terms = tuple(_term(t) for t in person["terms"])
        full.update({fold(a): Holder(terms, short=False) for a in person["aliases"]})
        for alias in person["short"]:
            short[fold(alias)] = short.get(fold(alias), ()) + terms
    return {**{k: Holder(t, short=True) for k, t in short.items()}, **full}


def titles() -> dict[str, str]:
    """Titles that name one state's office ("Vice Premier" -> CHN)."""
    return {fold(a): t["code"] for t in load("offices.json")["titles"] for a in t["aliases"]}


def sole_titles() -> frozenset[str]:
    """Titles no other state's officials bear: they name their state before any name, even
    one the files do not know ("Treasury Secretary Alan Brenner")."""
    return frozenset(fold(a) for t in load("offices.json")["titles"] for a in t.get("sole", ()))
