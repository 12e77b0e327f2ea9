"""People an article introduces with their state stand for it when named again."""

from __future__ import annotations

from datetime import UTC, datetime

from tradewire.extract import extract_mentions
from tradewire.extract.actors import find_actors
from tradewire.extract.names import introduced, named_again
from tradewire.models import Article, EventMention

MONDAY = datetime(2025, 3, 17, 18, tzinfo=UTC)
MOFCOM = "Ministry of Commerce of the People's Republic of China"


def _mentions(body: str, source: str = "Test Wire", published: datetime = MONDAY,
              title: str = "") -> list[EventMention]:
    return extract_mentions(Article(id="nm", source=source, title=title, body=body,
                                    published_at=published))


def _sides(body: str, source: str = "Test Wire",
           published: datetime = MONDAY) -> set[tuple[str, str | None, str | None]]:
    return {(m.type, m.initiator, m.target) for m in _mentions(body, source, published)}


def _people(*sentences: str) -> dict[str, str]:
    return {k: code for k, (code, _) in introduced((s, find_actors(s)) for s in sentences).items()}


def test_a_person_introduced_with_a_state_and_title_is_that_states() -> None:
    people = _people("Chilean Trade Minister Ana Rojas met Peru's Foreign Minister Luis Quispe "
                     "on Monday.", "U.S. Trade Representative Joel Brandt said.")
    assert people["Rojas"] == "CHL" and people["Ana Rojas"] == "CHL"
    assert people["Quispe"] == "PER"
    assert people["Brandt"] == "USA"
    text = "Rojas said Quispe had agreed."
    found = introduced((s, find_actors(s)) for s in (
        "Chilean Trade Minister Ana Rojas met Peru's Foreign Minister Luis Quispe on Monday.",))
    assert [(a.code, a.text) for a in named_again(text, find_actors(text), found)] == [
        ("CHL", "Rojas"), ("PER", "Quispe")]


def test_a_name_two_states_claim_or_a_known_actor_stays_out() -> None:
    people = _people("Chilean Trade Minister Ana Rojas met Peruvian Minister Pedro Rojas.",
                     "Chilean Minister Rosa Jordan spoke.")
    assert "Rojas" not in people
    assert "Jordan" not in people  # (a state's name)


def test_a_leader_named_again_makes_the_call_a_call_between_states() -> None:
    body = ("BRASILIA - Brazil's trade minister said on Monday that Brazil would watch the "
            "dispute; Brazil exports little wine.\n"
            "Chilean President Tomas Vidal spoke by phone with Peruvian President Rosa Quispe on "
            "Monday.\n"
            "Quispe threatened to impose tariffs on Chilean wine.")
    told = _sides(body)
    assert ("tariff_increase", "PER", "CHL") in told


def test_a_bare_head_of_government_opening_a_story_is_the_datelines() -> None:
    people = introduced([("SANTIAGO (AP) - President Tomas Vidal spoke with Peruvian President "
                          "Rosa Quispe on Monday.", [])], "CHL")
    assert people["Vidal"] == ("CHL", True)
    # (a bare title further on, or a vice-president, is no one's yet)
    people = introduced([("The envoy said President Tomas Vidal would travel. Executive "
                          "Vice-President Ana Rojas agreed.", [])], "CHL")
    assert "Vidal" not in people and "Rojas" not in people


def test_the_decision_of_a_state_of_a_day_to_impose_is_that_states() -> None:
    body = ("Brussels, 17 March 2025 - The European Commission today adopted countermeasures "
            "that will impose tariffs of 25% on imports from Chile.\n"
            "The measures respond to the decision of Chile of 24 February to impose an "
            "additional 25% duty on cars from the EU.")
    told = _sides(body, "European Commission")
    assert ("tariff_increase", "CHL", "EUU") in told


def test_a_third_state_a_meeting_is_held_in_is_no_party() -> None:
    body = ("SANTIAGO (AP) - President Tomas Vidal spoke by phone with Peruvian President Rosa "
            "Quispe on Monday.\n"
            "The two leaders agreed that their negotiators would meet in Quito next month, "
            "Vidal said.")
    talks = {m.countries for m in _mentions(
        body, title="Vidal and Peru's Quispe agree to hold talks in Quito")
             if m.type in ("trade_talks", "leader_meeting")}
    assert talks == {("CHL", "PER")}


def test_a_governments_own_we_urge_is_made_the_day_of_its_text() -> None:
    body = ("Question: What is Chile's response?\n"
            "Spokesperson: The accusation Peru made on Tuesday is groundless. We urge Peru to "
            "lift its tariffs on Chilean wine.")
    demands = [m.date for m in _mentions(body, MOFCOM, datetime(2025, 3, 14, 9, tzinfo=UTC))
               if m.type == "demand"]
    assert demands == ["2025-03-14"]


def test_a_leader_opening_a_story_counts_in_that_sentence_too() -> None:
    body = ("LIMA - Prime Minister Rosa Quispe spent 40 minutes on the phone with Chilean "
            "President Tomas Vidal on Thursday, her office said.\n"
            "Last month the European Union struck a deal with Chile.")
    calls = {m.countries for m in _mentions(body, published=datetime(2025, 3, 14, 9, tzinfo=UTC))
             if m.type == "leader_call"}
    assert calls == {("CHL", "PER")}


def test_a_leader_introduced_with_a_heads_title_meets_as_a_leader() -> None:
    body = ("SANTIAGO, March 14 (Reuters) - President Tomas Vidal and Peruvian President Rosa "
            "Quispe met at La Moneda on Friday.\n"
            "Vidal and Quispe met again on Saturday in Valparaiso.")
    types = {m.type for m in _mentions(body, published=datetime(2025, 3, 14, 19, tzinfo=UTC))}
    assert "leader_meeting" in types and "trade_talks" not in types
    people = introduced([("Chilean President Tomas Vidal met Chilean Trade Minister Ana Rojas.",
                          find_actors("Chilean President Tomas Vidal met Chilean Trade "
                                      "Minister Ana Rojas."))])
    assert people["Vidal"] == ("CHL", True) and people["Rojas"] == ("CHL", False)


def test_an_invitation_to_lead_a_delegation_and_a_charge_of_undermining() -> None:
    body = ("Chilean Trade Minister Ana Rojas and Peruvian Trade Minister Luis Quispe held talks "
            "in Lima on Monday.\n"
            "At the talks, Rojas invited Quispe to lead a business delegation to Santiago in "
            "May, and he accepted.")
    told = _sides(body, published=datetime(2025, 3, 18, 9, tzinfo=UTC))
    assert ("visit_invitation", "CHL", "PER") in told
    told = _sides("It is the U.S. side that keeps undermining the consensus, by targeting "
                  "Chinese students.", MOFCOM, datetime(2025, 3, 18, 9, tzinfo=UTC))
    assert ("accusation", "CHN", "USA") in told


def test_a_heads_bare_title_names_the_head_the_article_gave_it_to() -> None:
    body = ("Peruvian President Rosa Quispe met Chile's prime minister in Lima on Monday.\n"
            "The prime minister invited the President to visit Santiago in May, and the "
            "President accepted.")
    assert ("visit_invitation", "CHL", "PER") in _sides(body)


def test_a_title_two_states_heads_share_names_neither() -> None:
    people = _people("Peruvian President Rosa Quispe met Chilean President Juan Soto.")
    assert "the President" not in people
    assert _people("Peru's premier met Chile's trade minister.")["the premier"] == "PER"


def test_a_national_outlets_bare_head_is_its_states() -> None:
    body = ("The Prime Minister met China's premier in Beijing on Monday.\n"
            "The premier invited the Prime Minister to return in November, and the Prime "
            "Minister accepted.")
    assert ("visit_invitation", "CHN", "NZL") in _sides(body, source="Wellington Trade Brief")


def test_a_national_outlets_bare_head_is_its_own_wherever_it_files_from() -> None:
    body = ("LIMA -- President Marta Rojas met Peruvian President Jorge Salas on Monday on the "
            "sidelines of the APEC summit in Lima, and the two leaders agreed to open talks on "
            "a free trade agreement.")
    found = _sides(body, source="Chilean News Agency")
    assert ("leader_meeting", None, None) in found
    meetings = [m.countries for m in _mentions(body, source="Chilean News Agency")
                if m.type == "leader_meeting"]
    assert meetings == [("CHL", "PER")]


def test_a_head_named_before_the_state_of_which_they_are_stands_for_it() -> None:
    people = _people("President Ana Ruiz of the Republic of Peru will pay a state visit to "
                     "Chile next week.")
    assert (people.get("Ruiz"), people.get("Ana Ruiz")) == ("PER", "PER")
