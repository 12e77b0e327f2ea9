"""Products as canonical lower-case words, and the percentage rates of a sentence."""

from __future__ import annotations

import pytest

from tradewire.extract.commodities import find_commodities, find_rates


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("curbs on rare-earth magnets", ["rare earths"]),
        ("Rare Earth Elements and critical minerals", ["rare earths", "critical minerals"]),
        ("legacy chips and advanced chips", ["legacy chips", "semiconductors"]),
        ("duties on steel and aluminium", ["steel", "aluminum"]),
        ("autos and auto parts", ["autos", "auto parts"]),
        ("imported cars and electric vehicles", ["autos", "electric vehicles"]),
        ("drugs and medicines", ["pharmaceuticals"]),
        ("soybeans, soy and sorghum", ["soybeans", "sorghum"]),
        ("seafood and dairy products", ["aquatic products", "dairy products"]),
        ("farm goods such as wheat and corn", ["agricultural products", "wheat", "corn"]),
        ("gallium, germanium, antimony and graphite", ["gallium", "germanium", "antimony", "graphite"]),
        ("LNG and crude oil purchases", ["lng", "oil"]),
        ("fentanyl precursor chemicals", ["fentanyl precursors", "chemicals"]),
        ("American technology and industrial products", ["technology", "industrial goods"]),
        ("softwood lumber", ["lumber"]),
        ("Chipmaking equipment", ["semiconductor equipment"]),
        ("lithography subsystems and advanced etch tools", ["semiconductor equipment"]),
        ("crude steel output and crude oil", ["steel", "oil"]),
    ],
)
def test_commodities(sentence: str, expected: list[str]) -> None:
    assert find_commodities(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "They will beef up border checks.",
        "a bargaining chip in talks",
        "blue-chip stocks fell",
        "drug trafficking networks",
        "The ministers met on Monday.",
    ],
)
def test_no_commodity(sentence: str) -> None:
    assert find_commodities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("a 34% tariff", [34.0]),
        ("a 34 percent tariff rising to 125 per cent", [34.0, 125.0]),
        ("a 10 % baseline and 2.5% more", [10.0, 2.5]),
        ("a 15-percent levy", [15.0]),
        ("cut by 24 percentage points", []),
        ("100,000 vehicles at 10%", [10.0]),
        ("no rate here", []),
        ("a 25pc levy and a 10-per-cent duty", [25.0, 10.0]),
        ("3 pcs of cake", []),
    ],
)
def test_rates(sentence: str, expected: list[float]) -> None:
    assert find_rates(sentence) == expected
