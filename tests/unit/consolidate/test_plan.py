"""Property: a block's clustering kept between calls (Plan) is the clustering from scratch.

`cluster` is the reference: it sorts the whole block and runs the greedy over it. A Plan
places each new mention by bisection and re-ranks only what it can move; evicting keeps the
plan of the whole clusters left. Any order of arrival, any eviction, must give the same
groups as `cluster` over the block's mentions at that point.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradewire.consolidate import BlockState, Decoded, cluster, consolidate, evict
from tradewire.consolidate.keys import canonical
from tradewire.consolidate.memo import Memo
from tradewire.consolidate.plan import PLANS, Plan, plan_of
from tradewire.models import EventMention, dumps

from .test_order_independence import mention_of

BLOCK = {"type": "tariff_increase", "initiator": "USA", "target": "CHN", "countries": ("CHN", "USA")}


@st.composite
def block(draw: st.DrawFn) -> list[EventMention]:
    """Up to 40 mentions of one block: enough for many clusters, crowded articles and days."""
    articles = st.integers(0, 15).map(lambda n: f"a{n}")
    return [mention_of(draw, i, BLOCK, articles) for i in range(draw(st.integers(1, 40)))]


def _in_order(ms: list[EventMention]) -> tuple[EventMention, ...]:
    return tuple(sorted(ms, key=canonical))


@settings(max_examples=300, deadline=None)
@given(data=st.data(), ms=block())
def test_a_plan_grown_one_mention_at_a_time_is_the_clustering(
    data: st.DataObject, ms: list[EventMention]
) -> None:
    order = data.draw(st.permutations(ms), label="arrival")
    plan = Plan.of(())
    for n, m in enumerate(order, start=1):
        plan = plan.extend(m)
        block = _in_order(order[:n])
        assert plan.groups() == cluster(block)
    assert plan.homes == Plan.of(ms).homes


@settings(max_examples=200, deadline=None)
@given(data=st.data(), ms=block())
def test_a_plan_restricted_to_whole_clusters_is_their_clustering(
    data: st.DataObject, ms: list[EventMention]
) -> None:
    groups = cluster(ms)
    kept = [g for g in groups if data.draw(st.booleans())]
    ids = {m.mention_id for g in kept for m in g}
    block = _in_order([m for g in kept for m in g])
    assert Plan.of(ms).restrict(ids).groups() == cluster(block)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), ms=block())
def test_consolidating_and_evicting_keep_the_plan_of_the_state(
    data: st.DataObject, ms: list[EventMention]
) -> None:
    """Through consolidate and evict (by age and by size), the kept plan stays the one of
    the stored mentions, as `evict` and the next `consolidate` find it."""
    state: BlockState | None = None
    for m in data.draw(st.permutations(ms), label="arrival"):
        state, _ = consolidate(state, m)
        state = evict(state, m.published_at.date(), window_days=data.draw(st.integers(0, 30)),
                      max_mentions=data.draw(st.integers(1, 40)))
        assert plan_of(state.key, state.mentions).groups() == cluster(state.mentions)


def test_a_memo_gives_a_value_only_for_the_very_objects_it_was_made_from(mention: Any) -> None:
    """Whatever wrote the block's row, a kept value is never used for other mentions, even
    equal ones (another object): it is made again."""
    a, b = mention("a1", date="2025-06-02"), mention("a2", date="2025-06-20")
    memo: Memo[str, str] = Memo(capacity=8)
    memo.keep("k", (a, b), "ab")
    assert memo.get("k", [a, b]) == "ab"
    assert memo.get("k", (a,)) is None
    assert memo.get("k", (b, a)) is None
    assert memo.get("k", (a, b.model_copy())) is None  # equal, but another object
    assert memo.get("other", (a, b)) is None


def test_a_memo_forgets_the_least_recently_used_key(mention: Any) -> None:
    ms = [(mention(f"a{i}"),) for i in range(3)]
    memo: Memo[str, int] = Memo(capacity=2)
    for i, m in enumerate(ms[:2]):
        memo.keep(f"k{i}", m, i)
    assert memo.get("k0", ms[0]) == 0  # k1 is now the least recently used
    memo.keep("k2", ms[2], 2)
    assert (memo.get("k0", ms[0]), memo.get("k1", ms[1]), memo.get("k2", ms[2])) == (0, None, 2)


def test_a_memo_forgets_a_value_only_for_the_objects_it_was_made_from(mention: Any) -> None:
    a, b = mention("a1"), mention("a2")
    memo: Memo[str, str] = Memo(capacity=8)
    memo.keep("k", (a,), "a")
    memo.forget("k", (b,))
    assert memo.get("k", (a,)) == "a"
    memo.forget("k", (a,))
    assert memo.get("k", (a,)) is None


def test_a_row_dropped_from_decoded_takes_its_plan_along(mention: Any) -> None:
    """Read again, a row decodes to new mentions that its plan can never serve: the worker
    must not keep plans for the rows it no longer holds."""
    state, _ = consolidate(None, mention("a1", date="2025-06-02"))
    other, _ = consolidate(None, mention("a2", date="2025-06-02", type="trade_talks"))
    assert PLANS.get(state.key, state.mentions) is not None
    decoded = Decoded(capacity=1)
    decoded.keep(b"k", dumps(state), state)
    decoded.keep(b"j", dumps(other), other)  # over capacity: the first row goes
    assert PLANS.get(state.key, state.mentions) is None
    assert PLANS.get(other.key, other.mentions) is not None
