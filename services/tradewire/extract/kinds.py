"""Kinds of event the extractor's rules treat alike, and the words that tell a topic or a
group that is no state."""

from __future__ import annotations

import re

ENCOUNTERS = frozenset({"leader_call", "leader_meeting", "trade_talks"})
MEASURES = frozenset({"tariff_increase", "tariff_reduction", "export_control",
                      "export_control_easing", "import_restriction", "investment_restriction",
                      "sanction", "visa_restriction"})
OBJECT_TYPES = frozenset({"accusation", "demand"})  # said of a state: "accused X", "urged X to"

# A deal on something other than trade: "an agreement on nuclear cooperation", "a climate deal".
TOPICS = (r"(?:nuclear|military|defen[cs]e|security|intelligence|climate|peace|migration|migrants"
          r"|extradition|prisoners?|hostages?|police|policing|maritime|weapons|arms|space|health"
          r"|education|cultur\w*|scien\w*|counter-?terrorism|fisheries|refugees?|asylum|budget"
          r"|foreign\W+office|political|consular)")
TRADE_WORD = re.compile(r"\b(?:trade|tariffs?|economic|commercial|investment)\b", re.IGNORECASE)

# A state's traders and makers, never the state: "Thai fruit exporters", "Saudi petrochemical
# producers". Regex alternatives, for the rules that tell such groups from governments.
FIRMS = r"exporters|importers|companies|firms|industry"
PRODUCERS = FIRMS + r"|producers|manufacturers|farmers|growers"
# Firms a state's measure may hit, and the words that tell where they are based: "banks
# established in the Kyrgyz Republic", "entities based in China" (the state they are in is
# theirs, no place of the act).
HELD_FIRMS = (r"companies|firms|entities|enterprises|subsidiaries|suppliers|banks|traders|refiners"
              r"|distributors|exporters")
BASED = r"based|located|registered|established|incorporated|headquartered"
# A verb coordinated with the one before it: "held talks on Monday, ..., and (then) signed".
AND_THEN = r"\s+and\s+(?:then\s+|also\s+|later\s+)?"
# A visit told with who asked for it: "travelled to Cairo at the invitation of his Egyptian
# counterpart" (the invitation came before; the state after "of" made it).
AT_INVITATION = re.compile(r"at\s+the\s+invitation\s+of\b", re.IGNORECASE)
# An invitation told with its maker, the made-verb last: "an invitation the UAE leader
# extended" (the date and place after it are the invitation's, not the visit's).
INVITING = r"(?:extended|issued|conveyed|delivered)"
INVITATION_MADE = re.compile(rf"\b{INVITING}$", re.IGNORECASE)

# acts that undo or ease a measure: the measure they take back is another event
RETREATS: frozenset[str] = frozenset({"tariff_reduction", "export_control_easing"})
