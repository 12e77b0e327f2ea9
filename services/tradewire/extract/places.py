"""Where a call, meeting, talks or agreement takes place: cities and countries.

Names come from `data/places.json` (cities, and venues: "Mar-a-Lago", "White House"
-> Washington) and the country names of `data/actors.json`. A name counts as a
place only where the sentence uses it as one:

    after "in", "visit", "travel to" ...      "talks in Geneva", "in the Republic of Korea"
    after "at" (venues only)                  "at the White House" ("aimed at Washington" is not)
    before a meeting word (not countries)     "the Geneva truce", "London talks"
    before ", <country>" (not countries)      "Busan, South Korea" -> one place, Busan
    in a list after one of those              "in Tokyo and Osaka"

so "Beijing imposed tariffs" names a government, not a place. A country is
named as written ("Republic of Korea", "South Korea"), an abbreviation by its
full name ("U.S." -> "United States", "S. Korea" -> "South Korea"); `place_country` gives its code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradewire.extract.knowledge import Names, fold, load, phrases
from tradewire.models import unaccented


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    code: str
    kind: str  # country, city or venue


def _gazetteer() -> dict[str, _Entry]:
    entries: dict[str, _Entry] = {}
    for country in load("actors.json")["countries"]:
        if country["code"] == "EUU":
            continue
        for alias in country["aliases"]:
            short = "." in alias or not any(c.islower() for c in alias)  # U.S., UK, S. Korea
            written = country["name"] if short else alias
            entries[fold(alias)] = _Entry(written, country["code"], "country")
    data = load("places.json")
    for kind, field in (("city", "cities"), ("venue", "venues")):
        for place in data[field]:
            entries.update({fold(a): _Entry(place["name"], place["code"], kind) for a in place["aliases"]})
    return entries


_PLACES = _gazetteer()
_CODES = {entry.name: entry.code for entry in _PLACES.values()}
_FINDER = Names(_PLACES)
_MOVES = phrases(
    "visit, visits, visited, visiting, trip to, travel to, travels to, traveled to, "
    "travelled to, traveling to, travelling to, flew to, fly to, went to, go to, "
    "going to, head to, heads to, headed to, heading to, journey to, return to, "
    "returned to, came to, come to, coming to, arrive in, arrived in, arrives in, "
    "arriving in, hosted by, held in, in, near, outside, inside, delegation to, "
    "delegations to, mission to"
)


def _cues(words: tuple[str, ...]) -> tuple[str, ...]:
    """ " in ", " in the ", " In the " ...: the words before a place, ending where it starts."""
    variants = ((w[0], w[0].upper()) for w in words)
    return tuple(
        f" {first}{word[1:]} {the}"
        for word, firsts in zip(words, variants, strict=True)
        for first in firsts
        for the in ("", "the ", "The ")
    )


_CUES = _cues(_MOVES)
_VENUE_CUES = _cues(("at",))
_MEETING_AFTER = re.compile(
    r"(?:\s+(?:trade|economic|and|bilateral|high-level|joint|peace|ceasefire)){0,3}\s+(?:talks|"
    r"meetings?|summit|truce|deal|agreement|accord|round|negotiations|consensus|framework|"
    r"statement|arrangement|declaration|ceremony|conference|understanding|visit)\b",
    re.IGNORECASE,
)
_HOSTS = re.compile(r"\s+(?:hosted|hosts|will\s+host|is\s+hosting|played\s+host)\b")  # "Tashkent hosted"
_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", " and in ", ", then "})
_COMMA = re.compile(r",\s+(?:the\s+)?")


# The verbs of where goods come from: "products originating in Turkey" names their origin (a
# party to a measure on them, sides.py and context.py), not a place where something happened.
GOODS_FROM = r"(?:originat\w*|made|produced|manufactured|assembled|built|processed|refined|mined|grown)"
# The words of where a firm or person has its seat: "companies registered in Hong Kong".
SEATED = r"(?:based|registered|resident|incorporated|headquartered|domiciled|located)"
_ORIGIN = re.compile(rf"\b(?:{GOODS_FROM}|sourced|{SEATED})(?:\s+or\s+\w+)?\s+in\s+(?:the\s+)?$",
                     re.IGNORECASE)
_SPOKE_IN = re.compile(r"\b(?:told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference"
                       r"|a\s+briefing|parliament)|said|speaking|spoke\s+to\s+(?:reporters|journalists))"
                       r"\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019](?:s\b|\s)")
# A market's seat: "gallium prices in Rotterdam fell", "shares in Tokyo rose".
_MARKET_IN = re.compile(r"\b(?:prices?|shares|stocks|futures|markets?|trading|traded|trades|exchanges?"
                        r"|bourses?|index|indices)\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def find_locations(sentence: str) -> list[Place]:
    """Places named as places in `sentence`, by start, canonical names."""
    found: list[Place] = []
    resume = 0
    for start, end, text in _FINDER.find(sentence):
        if start < resume:
            continue
        entry = _PLACES[fold(text)]
        before = " " + sentence[max(0, start - 24) : start]
        cued = (
            before.endswith(_CUES)
            or (entry.kind == "venue" and before.endswith(_VENUE_CUES))
            or (bool(found) and sentence[found[-1].end : start] in _LIST_GAPS)
        )
        if entry.kind != "country":
            country = _country_after(sentence, end, entry.code)
            if country is not None:
                end, cued = country, True
            cued = cued or _MEETING_AFTER.match(sentence, end) is not None \
                or _HOSTS.match(sentence, end) is not None
        if cued and _ORIGIN.search(before):
            cued = False  # "goods originating in Türkiye, India and ...": their origin
        if cued and _SPOKE_IN.search(before):
            cued = False  # "told reporters in Jakarta that ... the third round": where it was said
        if cued and _MARKET_IN.search(before):
            cued = False  # "gallium prices in Rotterdam fell": where a market is
        if cued and _POSSESSIVE.match(sentence, end):
            cued = False  # "in the United States' economic relationship", "in Beijing's view"
        if cued:
            found.append(Place(_as_written(text, entry.name), start, end))
            resume = end
    return found


def _as_written(text: str, name: str) -> str:
    """The place as the text writes it where that is its name with its accents ("Brasília",
    "São Paulo"): the name the article gives, which a reader searches for."""
    return text if text != name and unaccented(text) == name else name


# A wire story's dateline: "NEW DELHI, March 22 (Reuters) -", "ISLAMABAD --", "RABAT (AFP) -",
# "PESHAWAR:".
_DATELINE = re.compile(r"\s*([A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff .'\u2019-]{1,30}?)"
                       r"(?=\s*(?:/|,|\(|:|[-\u2013\u2014]))")


def dateline_country(body: str) -> str | None:
    """The state of the city a wire story is filed from, when the body opens with one."""
    match = _DATELINE.match(body)
    if match is None:
        return None
    for written in (match.group(1).strip(), match.group(1).strip().title()):
        entry = _PLACES.get(fold(written))
        if entry is not None and entry.kind == "city":
            return entry.code
    return None


def seat_of(filed: str | None) -> str | None:
    """The state whose bare bodies ("the commerce ministry") a story filed from `filed` means:
    its own, but none for Brussels (a story filed there is the EU's, and its bare ministry
    another state's, never Belgium's)."""
    return None if filed == "BEL" else filed


# Where a sentence says it is told: "In Beijing, a ministry spokesperson said ...", or a
# roundup's item heading "TANZANIA - The immigration department ...".
_CAPITALS = r"[A-Z][A-Z.'\u2019-]*"  # a word in capitals: "GHANA", "U.S."
_DASH = r"(?:\s+[-\u2013\u2014]|:)\s"  # "GHANA - ", "PHILIPPINES: "
_DAY = r"(?:,\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"  # "HANOI, 13 Sept -"
_TOLD_IN = re.compile(rf"\s*(?:In\s+(?P<in>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){{0,2}})\s*,"
                      rf"|(?P<head>{_CAPITALS}(?:\s+{_CAPITALS}){{0,2}}){_DAY}{_DASH})")


# A roundup item's heading: "GHANA - ", "URUGUAY / SOUTH KOREA - ": a label, no party.
_HEADING = re.compile(rf"\s*{_CAPITALS}(?:\s+{_CAPITALS})*"
                      rf"(?:\s*[/\u2013]\s*{_CAPITALS}(?:\s+{_CAPITALS})*)*{_DAY}{_DASH}")
# The two states a pair heading names: "EGYPT\u2013TURKEY: ", "SAUDI ARABIA / CHINA - "
_PAIR = re.compile(r"\s*[/\u2013-]\s*")


# A wrap-up's or live blog's item heading in title case, closed by a colon: "Singapore: ",
# "Bern and London: " (every name a known place).
_TITLE_HEADING = re.compile(r"\s*([A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|/)){0,5}):\s")
_AND = re.compile(r"\s+(?:and|&)\s+|\s*/\s*")


def _title_heading(sentence: str) -> tuple[int, tuple[str, ...]]:
    """The end of a title-case heading of places and the codes of their states ((0, ()) if
    the sentence opens with none)."""
    match = _TITLE_HEADING.match(sentence)
    if match is None:
        return 0, ()
    codes = []
    for name in _AND.split(match.group(1)):
        entry = _PLACES.get(fold(name))
        if entry is None or entry.kind not in ("city", "country"):
            return 0, ()
        codes.append(entry.code)
    return match.end(), tuple(dict.fromkeys(codes))


def title_heading_end(sentence: str) -> int:
    """Where a title-case heading of places ("Singapore: ") the sentence opens with ends."""
    return _title_heading(sentence)[0]


def heading_end(sentence: str) -> int:
    """Where a capitalised heading the sentence opens with ends (0 if none). A heading closed
    by a colon must name a place ("PHILIPPINES: "): "Q: " and "NOTE: " are none."""
    match = _HEADING.match(sentence)
    if match is None:
        return _title_heading(sentence)[0]
    if match.group().rstrip().endswith(":") and told_in(sentence) is None \
            and not heading_states(sentence):
        return 0
    return match.end()


def heading_states(sentence: str) -> tuple[str, ...]:
    """The states a heading of two or more names states ("EGYPT\u2013TURKEY: ") is about, in
    its order; none for a heading of one place or of other words."""
    match = _HEADING.match(sentence)
    if match is None:
        titled = _title_heading(sentence)[1]
        return titled if len(titled) >= 2 else ()
    label = re.sub(rf"{_DASH}$", "", match.group()).strip()
    names = _PAIR.split(label)
    codes = []
    for name in names:
        entry = _PLACES.get(fold(name)) or _PLACES.get(fold(name.title()))
        if entry is None or entry.kind != "country":
            return ()
        codes.append(entry.code)
    return tuple(dict.fromkeys(codes)) if len(codes) >= 2 else ()


def told_in(sentence: str) -> str | None:
    """The state of the city or country a sentence opens by saying it is told in."""
    match = _TOLD_IN.match(sentence)
    if match is None:
        codes = _title_heading(sentence)[1]
        return codes[0] if len(codes) == 1 else None
    name = match["in"] or match["head"]
    for written in (name, name.title()):
        entry = _PLACES.get(fold(written))
        if entry is not None and entry.kind in ("city", "country"):
            return entry.code
    return None


def city_country(name: str) -> str | None:
    """The alpha-3 code of the state a city (any of its aliases) lies in; None for others."""
    entry = _PLACES.get(fold(name))
    return entry.code if entry is not None and entry.kind == "city" else None


def place_country(name: str) -> str | None:
    """The alpha-3 code of the country a place (as `find_locations` names it) lies in."""
    return _CODES.get(name)


def _country_after(sentence: str, end: int, code: str) -> int | None:
    """The end of ", <country>" right after a city of that country (`code`), if there is one
    ("In Brussels, US and EU negotiators": the US is a party, not where Brussels is)."""
    comma = _COMMA.match(sentence, end)
    if comma is None:
        return None
    country = _FINDER.end_of_name_at(sentence, comma.end())
    if country is None:
        return None
    entry = _PLACES[fold(sentence[comma.end() : country])]
    return country if entry.kind == "country" and entry.code == code else None
