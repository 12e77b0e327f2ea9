"""Article -> event mentions: the extractor's data flow, top to bottom.

    body --split_sentences--> [Sentence]
         --find_triggers----> [Trigger] per sentence (typed spans; most sentences: none)
         --classify---------> status, or not an event (negated, hypothetical, a question)
         --assign-----------> initiator, target, countries (from the clause, else the article)
         --draft------------> Draft: dates, place, goods, rates, salience, evidence
         --merge------------> one Draft per event told in the article
         --EventMention-----> with a replay-stable mention_id

Pure: no clock, no environment; the same article always gives the same mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from tradewire.extract.actors import find_actors
from tradewire.extract.context import (
    Context,
    deal_names,
    outlet_country,
    read_context,
    seated_bodies,
    venue_named,
)
from tradewire.extract.dating import Paragraph, Read, Story
from tradewire.extract.drafting import draft_sentence
from tradewire.extract.merge import Draft, mention_id, merge, remedial, worldwide
from tradewire.extract.names import bloc_again, introduced, named_again
from tradewire.extract.places import (
    dateline_country,
    heading_end,
    heading_states,
    title_heading_end,
    told_in,
)
from tradewire.extract.reading import read_dates
from tradewire.extract.text import Sentence, split_sentences
from tradewire.extract.triggers import Trigger, find_triggers
from tradewire.models import Article, EventMention

# A release's contact or boilerplate line names offices, not acts: "Contact: Trade Control
# Department, Security Export Control Policy Division, Ministry of Economy, Trade and Industry."
_BOILERPLATE = re.compile(r"\s*(?:contacts?|media\s+(?:contacts?|enquiries|inquiries)|press\s+(?:office"
                          r"|contacts?|enquiries|inquiries)|for\s+(?:more|further)\s+information"
                          r"|enquiries|inquiries)\s*[:\u2013\u2014-]", re.IGNORECASE)


# Blocs the knowledge files know as no state's, beside those named by their members
_OTHER_BLOC = re.compile(r"\b(?:ASEAN|Mercosur|GCC|African\s+Union|EAEU|Eurasian|SADC|ECOWAS|CARICOM"
                         r"|Pacific\s+Alliance|Andean|SACU|EFTA|East\s+African\s+Community|COMESA)\b")


def _only_in_names(read: list[Read]) -> frozenset[str]:
    """The states the article names only inside deals' names."""
    inside: set[str] = set()
    outside: set[str] = set()
    for r in read:
        deals = deal_names(r.sentence.text) if r.actors else ()
        for a in r.actors:
            (inside if any(lo <= a.start < hi for lo, hi in deals) else outside).add(a.code)
    return frozenset(inside - outside)


def extract_mentions(article: Article) -> list[EventMention]:
    """Every trade-relations event the article states, once each."""
    published = article.published_at.date()
    # sentences, each with its triggers, dates and (where it tells events or opens the
    # article) the states it names, read once; dates only where something reads them
    sentences = split_sentences(article.body)
    found = [[] if _BOILERPLATE.match(s.text) else find_triggers(s.text) for s in sentences]
    items = _items(sentences)
    read: list[Read] = []
    for i, (sentence, triggers, dated) in enumerate(zip(sentences, found, _dated(sentences, found),
                                                        strict=True)):
        named = triggers or sentence.paragraph < 2 or sentence.paragraph in items
        actors = find_actors(sentence.text, published) if named else []
        if actors:  # (in the first paragraph only a title-case one: a capital's is a dateline)
            label = heading_end(sentence.text) if sentence.paragraph else \
                title_heading_end(sentence.text)
            actors = [a for a in actors if a.start >= label] if label else actors
        dates = read_dates(sentence.text, published, first=i == 0) if dated else []
        read.append(Read(sentence, actors, dates, triggers))
    # people the article introduces with their state ("Chinese Commerce Minister Gao Ruiping")
    # stand for it where named again ("Gao said")
    filed, outlet = dateline_country(article.body), outlet_country(article.source, published)
    # (a national outlet's bare head is its own, wherever it files from: the Vietnam News
    # Agency's "KUALA LUMPUR -- Prime Minister Pham ... met Philippine President ...")
    people = introduced(((r.sentence.text, r.actors) for r in read), outlet or filed,
                        None if filed else outlet)
    if people:
        read = [replace(r, actors=named_again(r.sentence.text, r.actors, people))
                if r.triggers or r.sentence.paragraph < 2 else r for r in read]
    if _eu_only(read):  # "the bloc": the EU, where the article names no other
        read = [replace(r, actors=bloc_again(r.sentence.text, r.actors)) if r.triggers else r
                for r in read]
    lede = [(s.sentence.text, s.dates) for s in read if s.sentence.paragraph < 2]
    # (a capital that names a meeting or deal, "the Lisbon understanding", is its place)
    context = read_context(article, lede, [a for s in read for a in s.actors
                                           if not venue_named(s.sentence.text, a)])
    if in_names := _only_in_names(read):
        context = replace(context, in_names=in_names)
    # drafts, sentence by sentence, with the last date each paragraph gave
    drafts: list[Draft] = []
    paragraphs: dict[int, Paragraph] = {}
    story = Story()  # who took the article's last measures, the day of its last encounter
    local = _item_contexts(read, items, context)
    for item in read:
        if item.sentence.paragraph in items and item.sentence.paragraph not in paragraphs:
            story.met = ()  # (a roundup's item is a story of its own: its "two leaders" too)
        memory = paragraphs.setdefault(item.sentence.paragraph, Paragraph())
        drafts += draft_sentence(item, local.get(item.sentence.paragraph, context), published,
                                 memory, story)
    # (every word of the body lies in a sentence: searching it is searching them all)
    remedies = remedial([article.body])
    return [_mention(article, d) for d in merge(drafts, remedies, worldwide(article.body))]


def _eu_only(read: list[Read]) -> bool:
    """Does the article name the EU, and no other bloc?"""
    return any(a.code == "EUU" for r in read for a in r.actors) and not any(
        r.actors and (any(a.kind == "bloc" for a in r.actors) or _OTHER_BLOC.search(r.sentence.text))
        for r in read)


def _items(sentences: list[Sentence]) -> dict[int, str]:
    """A roundup's items: paragraphs opened by their own heading ("PRETORIA - ", "GHANA - "),
    when at least two are, each with the text of its opening sentence."""
    opening: dict[int, str] = {}
    for s in sentences:
        opening.setdefault(s.paragraph, s.text)
    heads = {p: text for p, text in opening.items() if heading_end(text)}
    return heads if len(heads) >= 2 else {}


def _item_contexts(read: list[Read], items: dict[int, str], context: Context) -> dict[int, Context]:
    """Each roundup item is its own story: the states it is about are its own, and its bare
    bodies those of the place its heading names."""
    local: dict[int, Context] = {}
    for paragraph, opening in items.items():
        seat = told_in(opening) or context.seat
        named = [a for r in read if r.sentence.paragraph == paragraph for a in r.actors]
        if seat and not context.home:
            named = seated_bodies(named, seat)  # (its "Department of Agriculture" is its own)
        counts = Counter(a.code for a in named)
        first = {a.code: i for i, a in reversed(list(enumerate(named)))}
        # (the states a pair heading names come first: "UAE\u2013INDIA: ... the two leaders")
        headed = heading_states(opening)
        pair = tuple(dict.fromkeys([*headed, *sorted(
            counts, key=lambda c: (-counts[c], first[c]))]))[:max(3, len(headed))]
        local[paragraph] = replace(context, pair=pair, seat=seat, here=told_in(opening))
    return local


def _dated(sentences: list[Sentence], triggers: list[list[Trigger]]) -> list[bool]:
    """Which sentences' dates are read: those that tell events, those of the opening
    paragraphs (the article's news day), and those before a sentence that tells events in
    the same paragraph (the last date an act had carries on to it). No other reads them."""
    dated = [False] * len(sentences)
    ahead = -1  # the paragraph of the last sentence with triggers seen, reading backwards
    for i in reversed(range(len(sentences))):
        paragraph = sentences[i].paragraph
        dated[i] = bool(triggers[i]) or paragraph < 2 or paragraph == ahead
        if triggers[i]:
            ahead = paragraph
    return dated


def _mention(article: Article, d: Draft) -> EventMention:
    # Built without validation: every value is valid by construction (dates from `date`
    # objects, codes from the knowledge files, which tests check; test_mention_values.py
    # re-validates what the extractor emits).
    return EventMention.model_construct(
        mention_id=mention_id(article.id, d), article_id=article.id, source=article.source,
        url=article.url, published_at=article.published_at, type=d.type, status=d.status,
        initiator=d.initiator, target=d.target, countries=d.countries, date=d.date,
        date_earliest=d.earliest, date_latest=d.latest, effective_date=d.effective,
        location=d.location, commodities=d.commodities, rate_before=d.rate_before,
        rate_after=d.rate_after, salience=d.salience, evidence=d.evidence,
        evidence_start=d.start, evidence_end=d.end, confidence=d.confidence,
        target_guessed=d.guessed,
    )
