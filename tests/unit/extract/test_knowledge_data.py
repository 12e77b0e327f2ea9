"""Every knowledge file is well formed: valid codes, one meaning per name, ordered terms.

An analyst edits `services/tradewire/extract/data/*.json`; these checks say what broke.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import pytest

from tradewire.extract.actors import find_actors
from tradewire.extract.commodities import find_commodities
from tradewire.extract.knowledge import fold, load, words
from tradewire.extract.places import find_locations
from tradewire.models import unaccented

ISO_ALPHA3 = words(
    """ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA
    BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV
    CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI
    ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD
    GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY
    JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF
    MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM
    NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT
    PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD
    STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN
    TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE"""
)
CODES = ISO_ALPHA3 | {"EUU"}
NOT_UN_MEMBERS = {"VAT", "PSE", "TWN", "EUU"}

ACTORS = load("actors.json")
OFFICES = load("offices.json")
PLACES = load("places.json")
COMMODITIES = load("commodities.json")


def test_iso_list_is_complete() -> None:
    assert len(ISO_ALPHA3) == 249


def test_every_un_member_state_is_known_once() -> None:
    codes = [c["code"] for c in ACTORS["countries"]]
    assert len(codes) == len(set(codes))
    assert set(codes) <= CODES
    assert len(set(codes) - NOT_UN_MEMBERS) == 193


def test_countries_are_complete_records() -> None:
    for country in ACTORS["countries"]:
        assert set(country) == {"code", "name", "aliases", "demonyms", "capitals"}, country
        assert all(
            isinstance(v, str) and v for f in ("aliases", "demonyms", "capitals") for v in country[f]
        ), country["code"]
        assert country["name"] in country["aliases"], country["code"]


def _actor_names() -> dict[str, set[str]]:
    meanings: dict[str, set[str]] = defaultdict(set)
    for country in ACTORS["countries"]:
        for field in ("aliases", "demonyms", "capitals"):
            for alias in country[field]:
                meanings[fold(alias)].add(country["code"])
    for group in (*ACTORS["institutions"], *OFFICES["titles"]):
        assert group["code"] in CODES
        for alias in group["aliases"]:
            meanings[fold(alias)].add(group["code"])
    return meanings


def test_an_actor_name_means_one_state() -> None:
    clashes = {name: codes for name, codes in _actor_names().items() if len(codes) > 1}
    assert clashes == {}


def test_blocs_name_their_member_states_and_no_state_is_a_bloc() -> None:
    names = _actor_names()
    for bloc in ACTORS["blocs"]:
        assert set(bloc) == {"aliases", "members"}, bloc
        assert len(bloc["members"]) >= 2 and set(bloc["members"]) <= CODES, bloc
        assert bloc["members"] == sorted(set(bloc["members"])), bloc
        assert not any(fold(alias) in names for alias in bloc["aliases"]), bloc


def test_non_actor_phrases_and_careful_names_are_consistent() -> None:
    names = _actor_names()
    assert not {fold(p) for p in ACTORS["not_actors"]} & set(names)
    assert not {fold(g) for g in ACTORS["generic_institutions"]} & set(names)
    assert {fold(c) for c in ACTORS["careful"]} <= set(names)


@pytest.mark.parametrize("country", ACTORS["countries"], ids=[c["code"] for c in ACTORS["countries"]])
def test_every_country_name_is_found(country: dict[str, Any]) -> None:
    for alias in [*country["aliases"], *country["demonyms"], *country["capitals"]]:
        found = find_actors(alias)
        assert [(a.code, a.text) for a in found] == [(country["code"], alias)], alias


def _terms() -> list[tuple[str, dict[str, Any]]]:
    return [(p["name"], t) for p in OFFICES["people"] for t in p["terms"]]


def test_office_terms_are_ordered_and_coded() -> None:
    for name, term in _terms():
        assert term["code"] in CODES, name
        assert term["office"], name
        start = date.fromisoformat(term["from"])
        if term["to"] is not None:
            assert start < date.fromisoformat(term["to"]), name


def test_a_full_name_means_one_person() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for person in OFFICES["people"]:
        for alias in person["aliases"]:
            owners[fold(alias)].add(person["name"])
    assert {a: o for a, o in owners.items() if len(o) > 1} == {}
    assert not set(owners) & set(_actor_names())


def test_a_shared_surname_is_told_apart_by_date() -> None:
    """People sharing a surname either serve one state or never held office at the same time."""
    sharing: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for person in OFFICES["people"]:
        for alias in person["short"]:
            sharing[fold(alias)].extend(person["terms"])
    for alias, terms in sharing.items():
        for a in terms:
            for b in terms:
                if a["code"] != b["code"]:
                    assert not _overlap(a, b), alias


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    end_a, end_b = a["to"] or "9999-12-31", b["to"] or "9999-12-31"
    return bool(a["from"] < end_b and b["from"] < end_a)


def test_people_are_found_by_every_name() -> None:
    for person in OFFICES["people"]:
        for alias in [*person["aliases"], *person["short"]]:
            found = find_actors(alias)
            assert [(a.text, a.kind) for a in found] == [(alias, "person")], alias


def test_places_have_valid_codes_and_one_name_per_alias() -> None:
    seen: dict[str, str] = {}
    for field, cue in (("cities", "talks in"), ("venues", "talks at")):
        for place in PLACES[field]:
            assert place["code"] in CODES, place["name"]
            for alias in place["aliases"]:
                assert seen.setdefault(fold(alias), place["name"]) == place["name"], alias
                found = find_locations(f"{cue} {alias}")
                # (as written where the alias is the name with accents: "Brasília")
                assert [p.name if p.name == place["name"] else unaccented(p.name)
                        for p in found] == [place["name"]], alias


def test_commodities_are_lower_case_with_one_meaning_per_synonym() -> None:
    seen: dict[str, str] = {}
    for item in COMMODITIES["commodities"]:
        assert item["name"] == item["name"].lower()
        for synonym in item["synonyms"]:
            key = fold(synonym, loose=True)
            assert seen.setdefault(key, item["name"]) == item["name"], synonym
            assert find_commodities(synonym) == [item["name"]], synonym
    assert not {fold(p, loose=True) for p in COMMODITIES["not_commodities"]} & set(seen)
