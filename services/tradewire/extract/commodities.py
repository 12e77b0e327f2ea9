"""Products a sentence names, as lower-case canonical words, and the tariff rates in it.

Synonyms live in `data/commodities.json` ("rare-earth magnets" -> "rare earths",
"aluminium" -> "aluminum", "farm goods" -> "agricultural products"); matching is
case-blind, treats a hyphen as a space, and the longest name wins ("legacy chips"
over "chips", "auto parts" over "autos"). Phrases listed under
`not_commodities` ("beef up", "bargaining chip") name no product.

    find_commodities("Curbs on rare-earth magnets and legacy chips") -> ["rare earths", "legacy chips"]
    find_rates("a 34% levy, then 125 per cent") -> [34.0, 125.0]
"""

from __future__ import annotations

import re

from tradewire.extract.knowledge import Names, fold, load


def _synonyms() -> dict[str, str | None]:
    data = load("commodities.json")
    names: dict[str, str | None] = {fold(p, loose=True): None for p in data["not_commodities"]}
    for item in data["commodities"]:
        names.update({fold(s, loose=True): item["name"] for s in item["synonyms"]})
    return names


_NAMES = _synonyms()
_FINDER = Names(_NAMES, loose=True)
# "24 percentage points" is a change of rate, not a rate: `percent\b` does not match it.
_RATE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)(?:\s?%|\s?-?\s?(?:percent|per[\s-]?cent|pct|pc)\b)"
)


def find_commodities(sentence: str) -> list[str]:
    """Canonical products named in `sentence`, once each, in order of first mention."""
    found: dict[str, None] = {}
    for _, _, text in _FINDER.find(sentence):
        name = _NAMES[fold(text, loose=True)]
        if name is not None:
            found[name] = None
    return list(found)


def find_rates(sentence: str) -> list[float]:
    """Percentages in `sentence`, in order ("34%", "34 percent", "125 per cent")."""
    if "%" not in sentence and "per" not in sentence and "pc" not in sentence:
        return []
    return [float(m.group(1)) for m in _RATE.finditer(sentence)]
