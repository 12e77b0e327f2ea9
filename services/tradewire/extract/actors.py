"""Which states a sentence names, as ISO 3166-1 alpha-3 codes (`EUU` for the EU).

Names come from `data/actors.json` (countries with their demonyms and capitals,
institutions) and `data/offices.json` (titles such as "Vice Premier", and office
holders with the dates they held office). Kinds: country, demonym, capital,
institution, office, person.

    find_actors("Chinese Vice Premier He Lifeng met Bessent in London.")
    -> CHN office "Chinese Vice Premier", CHN person "He Lifeng", USA person "Bessent"

Context keeps the common false friends out: a capital used as a place ("in
London") or as part of a name ("Washington Post") is not a government; a
careful name ("Chad", "Jordan") next to another capitalised word is a person;
a bare surname next to another name is someone else ("Eric Trump", "Li Wei").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tradewire.extract.calendar_words import MONTH, WEEKDAY
from tradewire.extract.knowledge import Names, fold, load, words
from tradewire.extract.offices import holders, sole_titles, titles
from tradewire.extract.places import city_country


@dataclass(frozen=True, slots=True)
class Actor:
    code: str
    start: int
    end: int
    kind: str
    text: str
    head: bool = False  # a person the article gave a head of state's or government's title


@dataclass(frozen=True, slots=True)
class _Name:
    kind: str  # "" for a phrase that names no actor ("North America")
    code: str  # "" for a generic body ("foreign ministry"): an actor only with its country
    careful: bool = False


def _names() -> dict[str, _Name]:
    data = load("actors.json")
    careful = set(data["careful"])
    names: dict[str, _Name] = {fold(p): _Name("", "") for p in data["not_actors"]}
    for country in data["countries"]:
        for kind, field in (("country", "aliases"), ("demonym", "demonyms"), ("capital", "capitals")):
            for alias in country[field]:
                names[fold(alias)] = _Name(kind, country["code"], alias in careful)
    names.update({fold(a): _Name("institution", "") for a in data["generic_institutions"]})
    for entry in data["institutions"]:
        names.update({fold(a): _Name("institution", entry["code"]) for a in entry["aliases"]})
    names.update({key: _Name("office", code) for key, code in titles().items()})
    for bloc in data["blocs"]:  # a regional bloc names each of its members
        names.update({fold(a): _Name("bloc", " ".join(bloc["members"])) for a in bloc["aliases"]})
    return names


_NAMES = _names()
# Every regional bloc's name (a bloc stands for its members: data/actors.json "blocs")
BLOC_NAMES = tuple(alias for bloc in load("actors.json")["blocs"] for alias in bloc["aliases"])
_PEOPLE = holders()
_SOLE = sole_titles()
_FINDER = Names([*_NAMES, *_PEOPLE])
_NEXT_CAPITALISED = re.compile(r"\s+([A-Z][a-z]+)")
# none in a Title Case headline, which keeps only its short joining words lower-case ("met"
# is a verb of a sentence; "and", "the", "for", "via" join a headline's words too)
_LOWER_WORD = re.compile(r"\b(?!(?:and|the|for|but|nor|via|per|off|out|yet)\b)[a-z]{3,}\b")
_PREVIOUS_WORD = re.compile(r"([A-Z][\w'\u2019.-]*)\s+$")
# "in London", "in London and Beijing": a place, not a government ("aimed at Beijing" is).
# (a month or weekday is no place in a list: "in February, and Beijing answered")
_LOCATIVE = re.compile(r"(?<!government\s)(?<!authorities\s)(?<!administration\s)"
                       rf"\b(?:in|near|outside|inside)\s+(?:(?!{MONTH}|{WEEKDAY})"
                       r"[A-Z][\w'-]*,?\s+(?:and\s+|or\s+)?){0,3}$")
# (a possessive may stand before words of the body's own name: "Kenya's National Treasury")
_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+(?:[A-Z][a-z]+\s+){0,2}|\s+")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_TITLE_WORDS = words(
    "president presidents vice premier prime minister ministers secretary chancellor mr mrs "
    "ms dr sen senator rep representative leader leaders commissioner king queen prince "
    "princess emperor sheikh emir sultan ambassador general gen governor chairman chair "
    "chief spokesman spokeswoman spokesperson deputy counselor counsellor councillor "
    "councilor adviser advisor negotiator envoy director head comrade taoiseach sir dame "
    "lord lady state"
)
# Capitalised words that are not given names: "But Trump said", "On Monday Xi met".
_NOT_GIVEN_NAMES = words(
    "the a an but and or so yet in on at for from with by to of as after before since while "
    "when if although though because then now still meanwhile however also both even only "
    "under over during following including asked said says speaking according later earlier "
    "today yesterday ahead like unlike neither either nor did does has had was is will would "
    "can could should may might must that this these those there here why how what where who "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december"
)
# A careful name ("Peru") goes on into a deal's name, not a person's: "Chile-Peru Free Trade"
_DEAL_NAME_WORDS = words(
    "free trade economic partnership comprehensive agreement investment strategic joint "
    "commission committee council intergovernmental bilateral high-level business trade"
)
_MODIFIERS = frozenset({"country", "demonym", "capital"})
_BODIES = frozenset({"institution", "office"})


def find_actors(sentence: str, on: date | None = None) -> list[Actor]:
    """Actors named in `sentence`, by start; `on` picks who held an office then."""
    found: list[Actor] = []
    for start, end, text in _FINDER.find(sentence):
        key = fold(text)
        people = _PEOPLE.get(key)
        if people is not None:
            # "Eric Trump", "Li Wei, an analyst": someone else's full name.
            if people.short and (_after_given_name(sentence, start, found) or _name_goes_on(sentence, end)):
                continue
            code, kind = people.code_on(on), "person"
        else:
            name = _NAMES[key]
            if not name.kind or not _plausible(name, sentence, start, end, found):
                continue
            if name.kind == "office" and key not in _SOLE and _someone_elses(sentence, start, end, found):
                continue
            if name.kind == "institution" and _LONGER_BODY.match(sentence, end):
                continue  # "Department of Commerce and Industry": another government's body
            if name.kind == "bloc" and (_BLOC_THING.match(sentence, end)
                                        or _BLOC_TREATY.search(sentence, max(0, start - 80), start)):
                continue  # "Mercosur rules", "an East African Community summit": the bloc's
                # rules or meetings, not its members as a party
            code, kind = name.code, name.kind
        found.extend(Actor(member, start, end, kind, text) for member in code.split(" "))
    found = _based_in_cities(sentence, found)
    return [actor for actor in _merge_modifiers(found, sentence) if actor.code]


# "three Dubai-based trading companies": firms of the city's state, as a demonym names them
_CITY_BASED = re.compile(r"\b([A-Z][\w'\u2019.]*(?:\s+[A-Z][\w'\u2019.]*)?)-based\b")


def _based_in_cities(sentence: str, found: list[Actor]) -> list[Actor]:
    based = []
    for m in _CITY_BASED.finditer(sentence):
        code = city_country(m.group(1))
        if code is None:
            continue
        found = [a for a in found if not (m.start() <= a.start < m.end())]  # (a capital's name)
        based.append(Actor(code, m.start(), m.end(), "demonym", m.group()))
    return sorted(found + based, key=lambda a: a.start) if based else found


def _plausible(name: _Name, sentence: str, start: int, end: int, found: list[Actor]) -> bool:
    if name.kind == "capital":
        # (nor the end of someone's name: "the trade secretary, Paulo Teixeira Lima")
        return not (_name_goes_on(sentence, end) or _LOCATIVE.search(sentence, max(0, start - 60), start)
                    or _after_given_name(sentence, start, found))
    if name.careful:
        following = _NEXT_CAPITALISED.match(sentence, end)
        deal = following is not None and following.group(1).lower() in _DEAL_NAME_WORDS
        return not ((_name_goes_on(sentence, end) and not deal)
                    or _after_given_name(sentence, start, found))
    return True


# What a bloc's name modifies when it names no party (or a briefing's heading, "Mercosur:
# Argentina and Brazil accused each other ..."): "in breach of Mercosur rules", "on the
# sidelines of an East African Community summit", "the ECOWAS Commission", "the Treaty on the
# Eurasian Economic Union".
_BLOC_THING = re.compile(r"\s*:|(?:['\u2019]s)?\s+(?:(?:[\w-]+\s+){0,3}(?:rules?|summits?|commitments?"
                         r"|treaty|protocols?|framework|regulations?|law|standards?|secretariat|chair\w*"
                         r"|presidency|court|parliament|tariffs?|bloc"
                         r"|agenda|integration|institutions?|body|bodies|union|programmes?|programs?)\b"
                         r"|(?:(?-i:[A-Z])[\w-]*\s+(?:and\s+)?){0,4}(?-i:Commission|Secretariat|Summit|Council"
                         r"|Court|Parliament|Treaty|Charter|Secretary|Protocol|Union|Programme|Regulations?)\b)",
                         re.IGNORECASE)
# ... or is what a rule, treaty or institution belongs to ("the rules of the East African
# Community customs union", "the Protocol on the Establishment of the ..."), or where a state
# works ("within Mercosur")
_BLOC_TREATY = re.compile(r"(?:\b(?:Treaty|Charter|Agreement|Protocol|rules|obligations"
                          r"|commitments|law|principles|spirit|members?|membership|Establishment)\s+(?:on|of|establishing"
                          r"|under|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+(?:of\s+(?:the\s+)?)?){0,3}"
                          r"|\b(?:within|inside)\s+(?:the\s+)?"
                          r"|\b(?:summit|sidelines|session|meeting)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2})$",
                          re.IGNORECASE)
# A body's name that goes on past a known one: "Department of Agriculture, Fisheries and
# Forestry", "Department of Commerce and Industry".
_LONGER_BODY = re.compile(r"(?:\s+and|,)\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*\b(?!\s+[a-z]+\s+[A-Z])")
_FULL_NAME = re.compile(r"\s+((?:[A-Z][\w'\u2019\u00c0-\u00ff-]+\s+){1,2}[A-Z][\w'\u2019\u00c0-\u00ff-]+)")


def _someone_elses(sentence: str, start: int, end: int, found: list[Actor]) -> bool:
    """Is a bare title followed by the full name of someone who never held it ("Trade
    Secretary Ramon Villanueva" is the Philippines', not Britain's)? A state before it
    ("British Trade Secretary ...") or a holder's name after it keeps it."""
    full = _FULL_NAME.match(sentence, end)
    if full is None or (found and found[-1].end >= start - 3 and found[-1].kind in _MODIFIERS):
        return False
    words = full.group(1).split()
    return not any(fold(" ".join(words[i:j])) in _PEOPLE
                   for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _name_goes_on(sentence: str, end: int) -> bool:
    """Is a capitalised name word next ("Washington Post", "Chad Bown"; not "Trump Monday"),
    outside a Title Case headline?"""
    following = _NEXT_CAPITALISED.match(sentence, end)
    return (
        following is not None
        and following.group(1).lower() not in _NOT_GIVEN_NAMES
        and _LOWER_WORD.search(sentence) is not None
    )


def _after_given_name(sentence: str, start: int, found: list[Actor]) -> bool:
    """Is the word before `start` a capitalised word that is neither a title nor an actor?"""
    previous = _PREVIOUS_WORD.search(sentence, max(0, start - 40), start)
    if previous is None:
        return False
    word = previous.group(1).split("-")[-1].lower().rstrip(".")
    if word.endswith(("'s", "\u2019s")) or word in _TITLE_WORDS or word in _NOT_GIVEN_NAMES:
        return False
    return not (found and found[-1].end == previous.end(1))


def _merge_modifiers(found: list[Actor], sentence: str) -> list[Actor]:
    """ "China's Ministry of Commerce", "Ministry of Commerce of India", "the Japanese
    government": one actor, the country's (a generic body names no country alone)."""
    merged: list[Actor] = []
    for actor in found:
        last = merged[-1] if merged else None
        if last is not None and _joins(last, actor, sentence):
            country = last if last.kind in _MODIFIERS else actor
            body = actor if last.kind in _MODIFIERS else last
            text = sentence[last.start : actor.end]
            merged[-1] = Actor(country.code, last.start, actor.end, body.kind, text)
        else:
            merged.append(actor)
    return merged


def _joins(first: Actor, second: Actor, sentence: str) -> bool:
    if first.kind in _MODIFIERS and second.kind in _BODIES:
        return _POSSESSIVE_GAP.fullmatch(sentence, first.end, second.start) is not None
    if first.kind in _BODIES and second.kind == "country":
        return _OF_GAP.fullmatch(sentence, first.end, second.start) is not None
    return False


__all__ = ["BLOC_NAMES", "Actor", "find_actors"]
