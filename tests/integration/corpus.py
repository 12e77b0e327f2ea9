"""A deterministic synthetic stream of wire articles, and what an uninterrupted run makes of it.

    corpus = generate(2000, seed=7)      # stories told by several outlets, plus bad messages
    corpus.messages                      # [(key, raw bytes)] in publication order
    want = expected(corpus)              # the offline pipeline's final events, and more
    got = final_state(events_of(records))  # the same summary from a topic's records
    assert got == want.final

A story is one real-world event (a leader call, a tariff increase, an export control, trade
talks); each outlet that reports it writes its own sentence from its own template, published
within hours of the event, so consolidation has to merge them. Some outlets syndicate a copy.
Stories are spread over a few weeks (well inside the 90-day eviction window, so the
order in which partitions interleave cannot change what is evicted). About 2% of the
messages are bad: not JSON, or a JSON article without a body.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

import orjson

from tradewire.models import ConsolidatedEvent, EventMention
from tradewire.pipeline import Consolidator, Limits, find_mentions, process_lines, read_article

START = datetime(2025, 9, 1, tzinfo=UTC)
DAYS = 28
OUTLETS = (
    "Harbour Wire", "Northern Ledger", "Continental Post", "Pacific Dispatch", "Meridian News",
    "Atlas Daily", "Capital Tribune", "Orient Herald",
)


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    demonym: str
    capital: str
    title: str  # head of government or state who takes the calls
    leader: str
    short: str


COUNTRIES = (
    Country("USA", "the United States", "U.S.", "WASHINGTON", "President", "Donald Trump", "Trump"),
    Country("CHN", "China", "Chinese", "BEIJING", "President", "Xi Jinping", "Xi"),
    Country("GBR", "Britain", "British", "LONDON", "Prime Minister", "Keir Starmer", "Starmer"),
    Country("JPN", "Japan", "Japanese", "TOKYO", "Prime Minister", "Shigeru Ishiba", "Ishiba"),
    Country("CAN", "Canada", "Canadian", "OTTAWA", "Prime Minister", "Mark Carney", "Carney"),
    Country("MEX", "Mexico", "Mexican", "MEXICO CITY", "President", "Claudia Sheinbaum", "Sheinbaum"),
    Country("IND", "India", "Indian", "NEW DELHI", "Prime Minister", "Narendra Modi", "Modi"),
    Country("BRA", "Brazil", "Brazilian", "BRASILIA", "President", "Luiz Inácio Lula da Silva", "Lula"),
    Country("KOR", "South Korea", "South Korean", "SEOUL", "President", "Lee Jae-myung", "Lee"),
    Country("DEU", "Germany", "German", "BERLIN", "Chancellor", "Friedrich Merz", "Merz"),
    Country("FRA", "France", "French", "PARIS", "President", "Emmanuel Macron", "Macron"),
    Country("AUS", "Australia", "Australian", "CANBERRA", "Prime Minister", "Anthony Albanese", "Albanese"),
)
GOODS = ("steel", "aluminum", "copper", "soybeans", "semiconductors", "rare earths", "autos")
CITIES = ("Geneva", "London", "Stockholm", "Madrid", "Vienna", "Tokyo", "Paris", "Rome")
RATES = (10, 15, 20, 25, 30, 50)


@dataclass(frozen=True)
class Story:
    kind: str
    a: Country
    b: Country
    day: datetime  # the event's day (midnight UTC)
    good: str
    rate: int
    city: str


def _date(day: datetime) -> str:
    return f"{day:%B} {day.day}"


def _weekday(day: datetime) -> str:
    return f"{day:%A}"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _call(s: Story, variant: int) -> tuple[str, str]:
    a, b, when = s.a, s.b, _date(s.day)
    return [
        (f"{a.short} and {b.short} discuss trade by phone",
         f"{a.capital} — {a.title} {a.leader} spoke by phone with {b.demonym} {b.title} "
         f"{b.leader} on {_weekday(s.day)}, his office said.\n"
         "The two leaders discussed trade and investment."),
        (f"{a.demonym} and {b.demonym} leaders hold call",
         f"{b.capital} — {b.demonym} {b.title} {b.leader} held a telephone call with "
         f"{a.demonym} {a.title} {a.leader} on {when}, his office said."),
        (f"{b.short}, {a.short} talk",
         f"{a.short} and {b.short} held a phone call on {when}, officials in both capitals "
         "confirmed."),
    ][variant]


def _tariff(s: Story, variant: int) -> tuple[str, str]:
    a, b, when = s.a, s.b, _date(s.day)
    return [
        (f"{a.short} raises tariffs on {b.demonym} {s.good}",
         f"{a.capital} — {_cap(a.name)} imposed {s.rate}% tariffs on {b.demonym} {s.good} "
         f"on {when}, the trade ministry said."),
        (f"New {a.demonym} duties on {s.good}",
         f"{_cap(a.name)} raised tariffs on {b.demonym} {s.good} to {s.rate}% on {when}, "
         "escalating a dispute over market access."),
        (f"{b.demonym} {s.good} hit by tariffs",
         f"{b.capital} — Exporters in {b.name} face a {s.rate}% tariff on {s.good} after "
         f"{a.name} imposed the duty on {when}, officials said."),
    ][variant]


def _export(s: Story, variant: int) -> tuple[str, str]:
    a, b, when = s.a, s.b, _date(s.day)
    return [
        (f"{a.short} curbs {s.good} exports",
         f"{a.capital} — {_cap(a.name)} restricted exports of {s.good} to {b.name} on {when}, "
         "citing national security."),
        (f"Export controls on {s.good}",
         f"{_cap(a.name)} imposed export controls on {s.good} bound for {b.name} on {when}, "
         "the commerce ministry said."),
        (f"{b.short} hit by {a.demonym} export curbs",
         f"{b.capital} — {_cap(b.name)} criticised new {a.demonym} export controls on "
         f"{s.good} announced on {when}."),
    ][variant]


def _talks(s: Story, variant: int) -> tuple[str, str]:
    a, b, when = s.a, s.b, _date(s.day)
    return [
        (f"{a.demonym} and {b.demonym} officials meet in {s.city}",
         f"Trade officials from {a.name} and {b.name} held talks in {s.city} on {when}, "
         "both sides said."),
        (f"Trade talks in {s.city}",
         f"{s.city.upper()} — Negotiators from {b.name} and {a.name} met in {s.city} on {when} "
         "for a new round of trade talks."),
        (f"{a.short}-{b.short} trade round",
         f"{a.demonym} and {b.demonym} trade negotiators held talks in {s.city} on {when}, "
         "officials said."),
    ][variant]


TEMPLATES = {"call": _call, "tariff": _tariff, "export": _export, "talks": _talks}
REPORTS = (1, 1, 2, 2, 3, 3, 4, 5, 6)  # outlets per story: many stories are told several times


@dataclass(frozen=True)
class Message:
    key: bytes
    value: bytes
    article_id: str | None  # None for a bad message


@dataclass(frozen=True)
class Corpus:
    messages: tuple[Message, ...]  # publication order

    @property
    def good(self) -> list[Message]:
        return [m for m in self.messages if m.article_id is not None]

    @property
    def bad(self) -> list[Message]:
        return [m for m in self.messages if m.article_id is None]

    def lines(self) -> list[bytes]:
        return [m.value for m in self.messages]


def _story(rng: random.Random) -> Story:
    a, b = rng.sample(COUNTRIES, 2)
    day = START + timedelta(days=rng.randrange(DAYS))
    return Story(rng.choice(tuple(TEMPLATES)), a, b, day, rng.choice(GOODS), rng.choice(RATES),
                 rng.choice(CITIES))


def _reports(rng: random.Random, story: Story) -> list[dict[str, Any]]:
    """Each outlet's own article about the story; now and then a syndicated copy of another."""
    out: list[dict[str, Any]] = []
    for outlet in rng.sample(OUTLETS, rng.choice(REPORTS)):
        if out and rng.random() < 0.15:
            title, body = out[-1]["title"], out[-1]["body"]
        else:
            title, body = TEMPLATES[story.kind](story, rng.randrange(3))
        published = story.day + timedelta(hours=rng.randrange(6, 40), minutes=rng.randrange(60))
        out.append({"source": outlet, "title": title, "body": body, "published_at": published})
    return out


def _bad(rng: random.Random, number: int) -> Message:
    key = f"bad-{number:04d}".encode()
    if rng.random() < 0.5:  # cut off mid-object
        return Message(key, b'{"id": "' + key + b'", "source": "Harbour Wire", "body": "Tari', None)
    missing_body = {"id": key.decode(), "source": "Atlas Daily", "title": "No body",
                    "published_at": "2025-09-10T08:00:00Z"}
    return Message(key, orjson.dumps(missing_body), None)


def generate(n: int = 2000, seed: int = 7, bad_share: float = 0.02) -> Corpus:
    """`n` messages (about `bad_share` of them bad), the same for the same seed."""
    rng = random.Random(seed)
    n_bad = round(n * bad_share)
    drafts: list[dict[str, Any]] = []
    while len(drafts) < n - n_bad:
        drafts += _reports(rng, _story(rng))
    drafts = sorted(drafts[: n - n_bad], key=lambda d: d["published_at"])
    messages: list[Message] = []
    for number, draft in enumerate(drafts):
        aid = f"syn-{seed}-{number:05d}"
        slug = draft["source"].lower().replace(" ", "-")
        value = {"id": aid, "url": f"https://example.org/{slug}/{aid}", **draft,
                 "published_at": draft["published_at"].isoformat().replace("+00:00", "Z")}
        messages.append(Message(aid.encode(), orjson.dumps(value), aid))
    for number in range(n_bad):
        messages.insert(rng.randrange(len(messages) + 1), _bad(rng, number))
    return Corpus(tuple(messages))


@dataclass(frozen=True)
class Summary:
    """What must be the same however the stream was processed (versions may differ)."""

    type: str
    initiator: str | None
    target: str | None
    countries: tuple[str, ...]
    date: str | None
    location: str | None
    sources: frozenset[str]


def summarise(event: Mapping[str, Any]) -> Summary:
    return Summary(
        event["type"], event.get("initiator"), event.get("target"), tuple(event["countries"]),
        event.get("date"), event.get("location"),
        frozenset(s["article_id"] for s in event["sources"]),
    )


def final_state(versions: Iterable[Mapping[str, Any]]) -> dict[str, Summary]:
    """event_id -> the summary of its highest version, for the events not merged away."""
    latest: dict[str, Mapping[str, Any]] = {}
    for v in versions:
        eid = v["event_id"]
        if eid not in latest or v["version"] > latest[eid]["version"]:
            latest[eid] = v
    return {eid: summarise(v) for eid, v in latest.items() if not v.get("merged_into")}


def conflicting_versions(versions: Iterable[Mapping[str, Any]]) -> dict[tuple[str, int], int]:
    """(event_id, version) published more than once with different content -> how many contents."""
    seen: dict[tuple[str, int], set[bytes]] = {}
    for v in versions:
        seen.setdefault((v["event_id"], v["version"]), set()).add(
            orjson.dumps(v, option=orjson.OPT_SORT_KEYS)
        )
    return {k: len(contents) for k, contents in seen.items() if len(contents) > 1}


def version_gaps(versions: Iterable[Mapping[str, Any]]) -> dict[str, list[int]]:
    """event_id -> the versions below its highest that were never published (a subscriber
    of the topic never saw them: they were lost)."""
    seen: dict[str, set[int]] = {}
    for v in versions:
        seen.setdefault(v["event_id"], set()).add(v["version"])
    return {
        eid: missing
        for eid, got in seen.items()
        if (missing := sorted(set(range(1, max(got) + 1)) - got))
    }


@dataclass(frozen=True)
class Expected:
    final: dict[str, Summary]  # of an uninterrupted offline run
    with_mentions: frozenset[str]  # good articles in which the extractor finds an event
    dead: frozenset[bytes]  # the raw messages that belong on the dead-letter topic
    versions: int  # event versions the offline run publishes


def expected(corpus: Corpus) -> Expected:
    """Run the offline pipeline (the same steps as the worker) over the whole stream."""
    limits = Limits()
    published = [e.model_dump(mode="json") for e in process_lines(corpus.lines(), limits)
                 if isinstance(e, ConsolidatedEvent)]
    with_mentions, dead = set[str](), set[bytes]()
    for m in corpus.messages:
        try:
            found = find_mentions(read_article(m.value, limits), limits)
        except Exception:
            dead.add(m.value)
            continue
        if found:
            with_mentions.add(m.article_id or "")
    return Expected(final_state(published), frozenset(with_mentions), frozenset(dead),
                    len(published))


def expected_of_mentions(mentions: Iterable[EventMention]) -> Expected:
    """The same, for a stream of mentions fed straight to the consolidation step."""
    consolidator, articles, published = Consolidator(), set[str](), []
    for mention in mentions:
        articles.add(mention.article_id)
        published += [e.model_dump(mode="json") for e in consolidator.add(mention)]
    return Expected(final_state(published), frozenset(articles), frozenset(), len(published))


def diff(got: Mapping[str, Summary], want: Mapping[str, Summary], limit: int = 8) -> str:
    """A readable account of how two final states differ ("" when equal)."""
    lines = []
    for eid in sorted(want.keys() - got.keys())[:limit]:
        lines.append(f"missing {eid}: {want[eid]}")
    for eid in sorted(got.keys() - want.keys())[:limit]:
        lines.append(f"extra   {eid}: {got[eid]}")
    for eid in sorted(e for e in want.keys() & got.keys() if want[e] != got[e])[:limit]:
        w, g = want[eid], got[eid]
        lines.append(
            f"differs {eid}: sources missing {sorted(w.sources - g.sources)} extra "
            f"{sorted(g.sources - w.sources)}; want {w}\n                got  {g}"
        )
    return "\n".join(lines)


class Problem(NamedTuple):
    kind: str  # "loss": final events or articles missing; "dlq"; "conflict"
    text: str

    def __str__(self) -> str:
        return self.text


def problems(
    versions: Sequence[Mapping[str, Any]], dead_letters: Iterable[bytes], want: Expected
) -> list[Problem]:
    """What is wrong with a live run's outputs, against the uninterrupted offline run:
    final events, articles lost, dead letters missing or unexpected, (event_id, version)
    published with two contents. Duplicates of identical versions are allowed."""
    found = []
    got = final_state(versions)
    if got != want.final:
        found.append(Problem("loss", (
            f"final events differ from the offline run ({len(got)} vs {len(want.final)}):\n"
            + diff(got, want.final))))
    sources = set[str]().union(*(s.sources for s in got.values()))
    if lost := want.with_mentions - sources:
        found.append(Problem("loss", f"{len(lost)} articles with an event are in no final "
                                     f"event: {sorted(lost)[:8]}"))
    dead = set(dead_letters)
    if missing := want.dead - dead:
        found.append(Problem("dlq", f"{len(missing)} bad messages are not on the DLQ: "
                                    f"{sorted(missing)[:3]}"))
    if unexpected := dead - want.dead:
        found.append(Problem("dlq", f"{len(unexpected)} good messages went to the DLQ: "
                                    f"{sorted(unexpected)[:3]}"))
    if conflicts := conflicting_versions(versions):
        found.append(Problem("conflict", f"{len(conflicts)} (event_id, version) published with "
                                         f"different content: {sorted(conflicts)[:5]}"))
    return found


def tally(versions: Sequence[Mapping[str, Any]]) -> str:
    """One line for the log: versions, identical re-sends, versions never seen."""
    pairs = {(v["event_id"], v["version"]) for v in versions}
    gaps = version_gaps(versions)
    return (f"{len(versions)} versions, {len(versions) - len(pairs)} identical re-sends, "
            f"{sum(map(len, gaps.values()))} versions never published in {len(gaps)} events")
