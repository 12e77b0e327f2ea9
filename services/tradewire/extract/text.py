"""Article body -> sentences, with character offsets into the body.

Every line is a paragraph; inside a line a sentence ends at `.`, `!` or `?` (and
any closing quotes) followed by a space and a capital, digit or opening quote,
unless the word before the stop is an abbreviation:

    "U.S. President Trump met Mr. Xi on Jan. 5. Talks follow."
     -> ["U.S. President Trump met Mr. Xi on Jan. 5.", "Talks follow."]

"U.S." and its kind end a sentence only when the next word is not one that
usually follows them inside a name ("U.S. Trade Representative").
Markdown heading stars ("**Title**") are left outside the sentence span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradewire.extract.knowledge import words

_LINE = re.compile(r"[^\n]+")
_STOP = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"\u201c\u2018*]*[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+[\"\u201c\u2018*]*([A-Za-z]+)")
_DIGIT_NEXT = re.compile(r"\s+\d")
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|into|across|throughout|inside|outside|at)\s+the\s+$")
_TITLE_AND_NAME = re.compile(r"\s+(?:President|Vice\s+President|Secretary)\s+[A-Z][a-z]")
_SPACES = " \t\r\f\v\xa0\u2002\u2003\u2009\u202f\u3000\ufeff"
_LEAD = _SPACES + "*#>\u2022-"  # markdown stars, headings, quotes and bullets
_TAIL = _SPACES + "*"

# Never end a sentence: titles, months, initials (any single letter).
_ABBREVIATIONS = words(
    "mr mrs ms dr prof gen sen rep gov lt col capt sgt st mt ft jan feb mar apr jun jul aug "
    "sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun cf vs v e.g i.e "
    "approx dept est ave blvd hon rev pres amb adm seq al u.s.c "
    # Spanish and Portuguese honorifics before a name: "Lic. Rodrigo Almazán", "Dra. Paula"
    "lic licda dra ing mtro mtra arq sra srta "
    # a diplomatic honorific: "held talks with H.E. Mr. Ramon Villaluz"
    "h.e"
)
# Do not end a sentence before a number ("No. 4", "Sec. 2", "U.S. 1701").
_NUMBERED = words("no nos art arts sec secs fig vol pp para ch")
# End a sentence unless a name goes on ("U.S. Trade Representative", "Acme Inc. Chairman").
_NAME_ENDS = words("u.s u.k u.n e.u u.s.a u.a.e p.r.c d.c inc co corp ltd jr sr plc bros a.m p.m")
_NAME_GOES_ON = words(
    "president vice trade treasury commerce secretary department government congress senate "
    "house customs embassy ambassador army navy air census chamber supreme federal "
    "representative representatives state agriculture defense defence justice homeland "
    "border international national attorney special secret coast forces export import "
    "bureau office court district circuit dollar consumer economic semiconductor officials "
    "envoy agency strategic intelligence prime foreign business chancellor parliament "
    "minister ministry chief central general eastern western pacific time"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of `body` in order; `body[s.start:s.end] == s.text`."""
    sentences: list[Sentence] = []
    paragraph = 0  # paragraph numbers count the lines that hold text (blank lines do not count)
    for line in _LINE.finditer(body):
        start, before = line.start(), len(sentences)
        for stop in _STOP.finditer(body, line.start(), line.end()):
            if _ends_sentence(body, stop.start(), stop.end()):
                _append(sentences, body, start, stop.end(), paragraph)
                start = stop.end()
        _append(sentences, body, start, line.end(), paragraph)
        if len(sentences) > before:
            paragraph += 1
    return sentences


def _ends_sentence(body: str, stop: int, after: int) -> bool:
    if body[stop] != ".":
        return True
    word = _WORD_BEFORE.search(body, max(0, stop - 12), stop + 1)
    if word is None:
        return True
    token = word.group(1).lower()
    if len(token) == 1 or token in _ABBREVIATIONS:
        return False
    if (token in _NUMBERED or "." in token) and _DIGIT_NEXT.match(body, after):
        return False
    if token in _NAME_ENDS:
        following = _NEXT_WORD.match(body, after)
        if following is None or following.group(1).lower() not in _NAME_GOES_ON:
            return True
        # "... students in the U.S. President Trump said": a place ends, a title opens.
        place = _PLACE_BEFORE.search(body, max(0, word.start() - 24), word.start())
        return place is not None and _TITLE_AND_NAME.match(body, after) is not None
    return True


def _append(sentences: list[Sentence], body: str, start: int, end: int, paragraph: int) -> None:
    segment = body[start:end]
    text = segment.lstrip(_LEAD).rstrip(_TAIL)
    if text:
        s = start + len(segment) - len(segment.lstrip(_LEAD))
        sentences.append(Sentence(text, s, s + len(text), paragraph))
