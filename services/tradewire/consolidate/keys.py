"""What decides "same event or not" (TAXONOMY.md), mention against mention.

- blocking_key: type and initiator (the country set, for symmetric types). Every candidate
  of one event shares it, so the Kafka topology re-keys mentions by it and one table row
  holds each block. The target is checked inside the block (Profile.sides_agree): an outlet
  that does not say whom a measure aims at still meets the outlets that do.
- announces: whether a mention may raise an event, or only join one; raises: whether a
  group of them is an event to publish.
- canonical: the total order the clustering runs in (a function of the set, not of arrival).
- the details that tell events apart: place, commodities, rate after the measure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from tradewire.models import SYMMETRIC_TYPES, EventMention, unaccented

# Category words that name their members: "agricultural products" overlaps "soybeans".
# Only downward: "soybeans" and "beef" do not overlap through their category.
CATEGORIES: dict[str, frozenset[str]] = {
    "agricultural products": frozenset({
        "soybeans", "beef", "pork", "chicken", "poultry", "wheat", "corn", "sorghum",
        "cotton", "dairy products", "fruits", "vegetables", "aquatic products", "seafood",
    }),
    "critical minerals": frozenset({
        "rare earths", "gallium", "germanium", "antimony", "graphite", "lithium", "cobalt",
        "nickel", "tungsten", "superhard materials",
    }),
    # ("the semiconductor sector" also covers the tools that make chips)
    "semiconductors": frozenset({"chips", "legacy chips", "analog chips", "memory chips",
                                 "semiconductor equipment"}),
}
_WORD = re.compile(r"\w+")


def blocking_key(m: EventMention) -> str:
    """`type|countries` for symmetric types, `type|initiator` otherwise."""
    countries = ",".join(sorted(set(m.countries)))
    if m.type in SYMMETRIC_TYPES:
        return f"{m.type}|{countries}"
    return f"{m.type}|{m.initiator or '-'}"


def named_sides(m: EventMention) -> tuple[str | None, tuple[str, ...]]:
    """The target and countries the article names: a guessed target is left out."""
    if not m.target_guessed:
        return m.target, m.countries
    return None, tuple(c for c in m.countries if c != m.target)


def announces(m: EventMention) -> bool:
    """Can the mention raise an event by itself? A background mention with no date or window
    only joins an event something else told (TAXONOMY: a bare undated mention is a reference
    to an event, not a new one; the brief: a background mention joins the event as a source,
    it does not raise a new one): "since the talks", "under the agreement", "the Korean
    import restrictions, which remain under review". Talks, a deal, a call or a meeting are
    told enough to raise one only with a day or a place, whatever their salience: "the talks
    on car prices have dragged on", "Canada negotiated its dairy access in good faith" tell
    no one round of talks (goods say what about, not which)."""
    if not _undated(m):
        return True
    if m.type in SYMMETRIC_TYPES:
        return m.location is not None
    return m.salience != "background"


def raises(group: Sequence[EventMention]) -> bool:
    """Is the group an event to publish? One of its mentions announces it, or two articles
    refer to it, as news for talks, a deal, a call or a meeting (seen from two outlets, a
    standing measure is one; so are talks two outlets report)."""
    return any(map(announces, group)) or (
        (group[0].type not in SYMMETRIC_TYPES or any(m.salience == "main" for m in group))
        and len({m.article_id for m in group}) > 1)


def _undated(m: EventMention) -> bool:
    return m.date is None and m.date_earliest is None


def echoes(groups: Mapping[str, Sequence[EventMention]]) -> dict[str, str]:
    """Events (id -> the id of the one it repeats) that only repeat, undated, another event
    of the block their one article tells with a date: an article tells an act twice ("Canada
    imposed a 25% surtax on Monday ... The surtax, Ottawa said, ..."), the second time with
    nothing the clustering can place, and one article tells one event once. The echo joins
    the dated event its article tells that it does not contradict: no other target, state,
    place, goods or rate ("the next round, in New Delhi in June" is another event)."""
    # the candidates: undated, all of one article (eid -> that article)
    alone = {eid: g[0].article_id for eid, g in groups.items()
             if all(m.article_id == g[0].article_id and _undated(m) for m in g)}
    if not alone:
        return {}  # (the common case: nothing to look up)
    articles = set(alone.values())
    dated: dict[str, list[str]] = {}  # article -> the dated events holding it
    for eid, g in groups.items():
        if not all(map(_undated, g)):
            for article in {m.article_id for m in g} & articles:
                dated.setdefault(article, []).append(eid)
    out: dict[str, str] = {}
    for eid, article in alone.items():
        into = sorted(other for other in dated.get(article, ()) if _repeats(groups[eid], groups[other]))
        if into:
            out[eid] = into[0]
    return out


def _repeats(echo: Sequence[EventMention], event: Sequence[EventMention]) -> bool:
    """Does `echo` say nothing `event` contradicts?"""
    targets = {m.target for m in event if m.target is not None}
    countries = {c for m in event for c in m.countries}
    places = [place(m.location) for m in event if m.location]
    held = goods(c for m in event for c in m.commodities)
    rates = {rate(m.rate_after) for m in event if m.rate_after is not None}
    for m in echo:
        if m.target is not None and targets and m.target not in targets:
            return False
        if not set(m.countries) <= countries:
            return False
        if m.location and places and not any(places_agree(place(m.location), p) for p in places):
            return False
        own = goods(m.commodities)
        if own and held and not overlap(own, held):
            return False
        if m.rate_after is not None and rates and rate(m.rate_after) not in rates:
            return False
    return True


def canonical(m: EventMention) -> tuple[float, str, str]:
    """Earliest published first (as an instant, whatever the offset), then article and
    mention id: the anchor of an event is its smallest mention."""
    return (m.published_at.timestamp(), m.article_id, m.mention_id)


def place(location: str | None) -> frozenset[str]:
    """A location as a set of words, accents aside: "Geneva" and "Geneva, Switzerland" agree,
    as do "Brasília" and "Brasilia"."""
    return frozenset(_WORD.findall(unaccented(location).casefold())) if location else frozenset()


def places_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or a <= b or b <= a


def goods(commodities: Iterable[str]) -> frozenset[str]:
    return frozenset(c.casefold().strip() for c in commodities if c.strip())


def widen(g: frozenset[str]) -> frozenset[str]:
    """Goods with the members of their category words."""
    return g.union(*(CATEGORIES.get(c, frozenset()) for c in g))


def overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sets of goods name a good in common, or one a category of the other's?"""
    return bool(widen(a) & b or a & widen(b))


def rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
