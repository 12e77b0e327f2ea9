"""People an article introduces with their state, and who they stand for when named again.

    "U.S. President Martin Whitfield spoke with Chinese President Han Jianguo ... Whitfield
     said ..., Han agreed ..." -> Whitfield, Martin Whitfield: USA; Han, Han Jianguo: CHN

The knowledge files know the heads of state and government of their day; an article also
names ministers, envoys and leaders they do not know. Where it first gives one with a state
and a title ("Chinese Commerce Minister Gao Ruiping", "Canada's Trade Minister Arjun Sandhu"),
the full name, its first word and its last word stand for that state for the rest of the
article. A name some other state's title or an actor of its own claims stays out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from tradewire.extract.actors import Actor, find_actors

# state + title words + the person's name (two or three capitalised words)
_TITLE = (r"(?:(?:Vice|Deputy|Prime|Foreign|Trade|Commerce|Finance|Economy|Economic|Industry|"
          r"Agriculture|Chief|Senior|Acting|First|Special|Cabinet|Chief\s+Cabinet|Executive)\s+)*"
          r"(?:President|Premier|Prime\s+Minister|Minister|Secretary|Representative|Chancellor"
          r"|Commissioner|Ambassador|Envoy|Negotiator|Spokesperson|Spokesman|Spokeswoman"
          r"|Vice\s+Premier|Undersecretary|Governor|King|Emir|Sultan|Leader)"
          r"(?:\s+(?:of|for)\s+(?:[A-Z][\w'\u2019-]*\s+){1,4}?)?")
_WORD = r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+"
_NAME = (rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})"
         r"\b(?!\s+(?:Department|Ministry|Office|Commission|Agency|Council)\b)")
_INTRODUCED = re.compile(rf"['\u2019]?s?\s+{_TITLE}\s+{_NAME}")
# the titles of heads of state and government
_HEADS = r"President|Prime\s+Minister|Premier|Chancellor|King|Emir|Sultan"
# ... or a title and a name, then the state: "President Ignacio Ferrer of the Republic of Chile"
_NAMED_OF = re.compile(rf"(?<![\w-])(?:{_HEADS})\s+{_NAME}\s+of\s+(?:the\s+)?$")
_NAME_AFTER = re.compile(rf"\s+{_NAME}")  # after an office: "U.S. Trade Representative Joel Brandt"
# opening the sentence or right after its dateline: "WASHINGTON (AP) - President Martin Whitfield"
_HEAD = re.compile(rf"(?:^|(?<=[\u2014\u2013-] )|(?<=\) ))(?:President|Prime\s+Minister|Premier"
                   rf"|Chancellor)\s+{_NAME}")
# ... or a minister by portfolio alone: "Plantation and Commodities Minister Azman Rashid said"
_MINISTER = re.compile(rf"(?:^|(?<=[\u2014\u2013-] )|(?<=\) ))(?:[A-Z][a-z]+\s+(?:and\s+)?){{1,4}}"
                       rf"Minister\s+{_NAME}")
_HEAD_TITLE = re.compile(rf"\b(?<!Vice[\s-])(?<!Deputy\s)(?:{_HEADS})\b")
_MODIFIERS = frozenset({"country", "demonym"})
# a state's head by title alone: "China's premier", "the Chilean president"
_TITLE_ONLY = re.compile(r"(?:['\u2019]s)?\s+(?P<title>(?i:president|prime\s+minister|premier|chancellor))"
                         r"\b(?!\s+(?:[A-Z]|of\b|for\b))")


def introduced(sentences: Iterable[tuple[str, Sequence[Actor]]],
               seat: str | None = None, outlet: str | None = None) -> dict[str, tuple[str, bool]]:
    """Name -> state, for every person the sentences introduce with a state and a title; in a
    story filed from a state (`seat`), a head of government named with the bare title
    ("WASHINGTON - President Martin Whitfield said") is that state's; in a national outlet's
    story filed from no city (`outlet`, the state its name names), so is a minister named by
    portfolio alone ("Plantation and Commodities Minister Azman Rashid", The Edge Malaysia).
    With each: whether the title was a head of state's or government's."""
    found: dict[str, tuple[str, bool]] = {}
    clash: set[str] = set()
    for text, actors in sentences:
        if seat is not None:
            _bare(found, _HEAD.finditer(text), actors, seat, True, at_title=True)
        if outlet is not None:
            _bare(found, _MINISTER.finditer(text), actors, outlet, False, at_title=False)
        for actor in actors:
            after = _NAMED_OF.search(text, max(0, actor.start - 80), actor.start) \
                if actor.kind == "country" else None
            if after is not None:  # "President Ignacio Ferrer of the Republic of Chile"
                _claim(found, clash, {after["name"], after["name"].split()[-1]}, actor.code, True)
            if actor.kind in _MODIFIERS:
                match = _INTRODUCED.match(text, actor.end)
            elif actor.kind == "office":  # "U.S. Trade Representative Joel Brandt"
                match = _NAME_AFTER.match(text, actor.end)
            else:
                continue
            if match is None:
                bare = _TITLE_ONLY.match(text, actor.end) if actor.kind in _MODIFIERS else None
                if bare is not None:  # "China's premier ... The premier"
                    _claim(found, clash, _again(bare["title"]), actor.code, True)
                continue
            words = match["name"].split()
            # (the title between the state and the name, or the office's own)
            head = _HEAD_TITLE.search(text, actor.end, match.start("name"))
            titled = head is not None or (
                actor.kind == "office" and _HEAD_TITLE.search(actor.text) is not None)
            # (the title alone names that person again: "the premier", "the Prime Minister")
            again = _again(head.group()) if head is not None and actor.kind in _MODIFIERS else ()
            _claim(found, clash, {match["name"], words[0], words[-1], *again}, actor.code, titled)
    if outlet is not None:  # a national outlet's own head: "The Prime Minister said"
        for key in (*_again("Prime Minister")[::2], *_again("President")[::2]):
            if found.setdefault(key, (outlet, True))[0] != outlet:
                clash.add(key)
    return {k: v for k, v in found.items() if k not in clash and not find_actors(k)}


def _claim(found: dict[str, tuple[str, bool]], clash: set[str], keys: Iterable[str], code: str,
           head: bool) -> None:
    """Each key names someone of `code`; a key two states claim names no one."""
    for key in keys:
        if found.get(key, (code, head))[0] != code:
            clash.add(key)
        found[key] = (code, head)


def _again(title: str) -> tuple[str, ...]:
    """How a head's bare title names them again: "the Prime Minister", "the prime minister"."""
    title = " ".join(title.split())
    return (f"the {title}", f"the {title.lower()}", f"The {title}", f"The {title.lower()}")


def _bare(found: dict[str, tuple[str, bool]], titled: Iterable[re.Match[str]],
          actors: Sequence[Actor], code: str, head: bool, at_title: bool) -> None:
    """Claim for `code` each name a bare title introduces (the full name and its last word),
    unless an actor of the sentence stands at the title (or at the name) already."""
    for match in titled:
        at = match.start() if at_title else match.start("name")
        if not any(a.start <= at < a.end + 3 for a in actors):
            found.setdefault(match["name"], (code, head))
            found.setdefault(match["name"].split()[-1], (code, head))


def named_again(text: str, actors: Sequence[Actor],
                people: dict[str, tuple[str, bool]]) -> list[Actor]:
    """`actors` with the article's introduced people where the sentence names them."""
    if not people:
        return list(actors)
    added = [Actor(people[m.group()][0], m.start(), m.end(), "person", m.group(),
                   people[m.group()][1])
             for m in _pattern(tuple(sorted(people, key=len, reverse=True))).finditer(text)
             if _free(m, actors)
             and not any(a.end <= m.start() and _TITLED.fullmatch(text, a.end, m.start())
                         for a in actors)
             and not (m.group()[:4] in ("the ", "The ") and _OF_STATE.match(text, m.end()))]
    return sorted([*actors, *added], key=lambda a: a.start) if added else list(actors)


# The EU named again as "the bloc" ("the 27-nation bloc", "the European bloc"): only in an
# article that names the EU and no other bloc, so the bloc can be no other.
_THE_BLOC = re.compile(r"\b[Tt]he\s+(?:(?:27|twenty-seven)[\s-](?:nation|member|country)\s+|European\s+)?bloc"
                       r"\b(?!['\u2019]s\s+(?:members?|member\s+states|capitals|governments)\b)")


def bloc_again(text: str, actors: Sequence[Actor]) -> list[Actor]:
    """`actors` with the EU where the sentence names it again as "the bloc"."""
    added = [Actor("EUU", m.start(), m.end(), "country", m.group()) for m in _THE_BLOC.finditer(text)
             if _free(m, actors)]
    return sorted([*actors, *added], key=lambda a: a.start) if added else list(actors)


def _free(m: re.Match[str], actors: Sequence[Actor]) -> bool:
    """Does the match overlap none of the sentence's actors?"""
    return not any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in actors)


# a title told whose it is or followed by its holder's name: "the President of Chile" is
# someone's, "the premier Li" the name's
_OF_STATE = re.compile(r"\s+(?:of|for)\b|\s+(?-i:[A-Z])")
# the words between a state's actor and the name it introduces: the name is the state's already
_TITLED = re.compile(rf"(?:['\u2019]s)?\s+(?:{_TITLE}\s+)?(?:[A-Z][\w'\u2019-]*\s+)?")


@lru_cache(maxsize=64)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(map(re.escape, names))
                      + r")(?![\w'\u2019-])")


__all__ = ["bloc_again", "introduced", "named_again"]
