"""Phrasings that tell no act although a trigger's words are there (status.classify asks).

Each is a way wires and governments write that names an act without stating one: a
reporter's source ("people familiar with the discussions"), a measure a state only weighs
("is considering restricting exports"), what a rule or an old deal provides, meetings with
a state's own farmers or firms, deals in general or wished for. They were found in the
blind-written tuning corpora (eval/heldout7-12); the unit tests carry sentences of our own.
"""

from __future__ import annotations

import re

from tradewire.extract.actors import find_actors
from tradewire.extract.kinds import ENCOUNTERS, FIRMS, OBJECT_TYPES, PRODUCERS, TOPICS, TRADE_WORD
from tradewire.extract.kinds import MEASURES as _MEASURES
from tradewire.extract.triggers import Trigger

# Ministers' calls on no trade matter: neither leaders' calls nor trade talks.
_MINISTERS = re.compile(r"\b(?:Foreign|Defen[cs]e|Interior|Finance|Trade|Commerce|Economy)\s+"
                        r"(?:Minister|Secretary)\b|\bcounterpart\b")
_HEADS = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Amir|Sultan"
                    r"|Crown\s+Prince|leaders?)\b", re.IGNORECASE)

# What the noun only names as needed: "a call between the two leaders might be needed".
_NEEDED_AFTER = re.compile(r"[^,;.]{0,90}?\b(?:(?:may|might|could|would|will)\W+(?:\w+\W+)?be\W+"
                           r"(?:needed|necessary|required|essential)|(?:is|are|was|were|seems?"
                           r"|looks?)\W+(?:\w+\W+)?(?:likely|unlikely|possible|probable))\b",
                           re.IGNORECASE)

_NO_STATE_ASKED = re.compile(r"(?:[\w'\u2019]+\W+){0,3}?(?:(?:its|their|our|his|her)\W+(?:allies"
                             r"|partners|friends|neighbou?rs)|other\W+(?:countries|nations"
                             r"|governments|states)|third\W+countries)\W+to\b", re.IGNORECASE)

# What a measure let happen, told after it: "..., which has allowed shipments to resume".
_CONSEQUENCE = re.compile(r",\W*(?:which|that)\W+(?:(?:has|have|had|will|would)\W+)?$",
                          re.IGNORECASE)

_INSPECTION = re.compile(r"\b(?:verification|inspection|on-?site|site|field|fact-finding|audit"
                         r"|monitoring)\W+$", re.IGNORECASE)

# What a rule provides: "Article XI of the GATT 1994, which prohibits export restrictions".
_RULE_SAYS = re.compile(r"\b(?:GATT|Agreement|Article\s+[\w:.()]+|Treaty|Convention|Code|rules?"
                        r"|obligations?|principles?)(?:\s+[\w:.()-]+){0,6},?\s+which\s+$")

# Whom an encounter is with, when that is a group of the state's own and no state: "met on
# Monday with representatives of the Mesa de Enlace", "held a meeting with Saudi petrochemical
# exporters", "met today with the flower-growing regions". The trigger may end in "with" itself.
# The words before the group's name may not bring in a counterpart ("met with his Chinese
# counterpart to discuss the steel industry").
_NONSTATE_MET = re.compile(
    r"(?:\W+(?:today|yesterday|this\W+week|on\W+\w+day|\w+day))?(?:\W+with)?\W+(?:the\W+)?"
    r"(?:(?:representatives|executives|heads|members|leaders|delegates)\W+of\W+(?:the\W+)?)?"
    r"(?:(?!(?:to|on|about|over|for|between|among|in|at|with|from|discuss\w*|counterparts?"
    r"|ministers?|secretar\w+|presidents?|premier|officials|government|delegations?"
    r"|ambassadors?)\b)[\w'\u2019-]+\W+){0,8}?"
    rf"(?:{PRODUCERS}|businesses|suppliers|buyers|customers|traders|investors|banks|miners"
    r"|refiners|smelters|mills|associations?|organi[sz]ations|board|(?-i:unions?)|regions|sector"
    r"|chambers?|federations?|stakeholders)\b", re.IGNORECASE)

# "the presidents agreed on the meeting during a call": the meeting agreed on is told
# elsewhere (held or set); agreeing on it is no meeting.
_AGREED_ON = re.compile(r"\b(?:agreed|agree|agrees|agreeing)\W+(?:on|to|upon)\W+(?:the|a|an|this|that)\W+"
                        r"(?:[\w-]+\W+)?$", re.IGNORECASE)

# A measure named as what talks are about: "will hold talks on export controls in Beijing".
# (also "talks with U.S. officials on export controls")
_TALKS_ON = re.compile(r"\b(?:talks|negotiations|discussions|dialogue|consultations)\W+(?:with\W+"
                       r"(?:[\w.'\u2019-]+\W+){1,4}?)?(?:on|over|about|regarding|concerning)\W+"
                       r"(?:the\W+)?(?:[\w-]+\W+)?$", re.IGNORECASE)

# A demand a group asks its own government to make is not made: "have urged the government to
# press Cairo to speed up customs clearance".
_ASKED_TO_ASK = re.compile(r"\b(?:urg\w+|ask\w*|call\w*\W+on|press\w*|lobb\w+|want\w*)\W+(?:the|its"
                           r"|their)\W+(?:own\W+)?government\W+to\W+$", re.IGNORECASE)

# A government's own body meeting: "The Cabinet held its weekly meeting on Wednesday".
_OWN_BODY_MET = re.compile(r"\b(?:Cabinet|Council\W+of\W+Ministers|Parliament|Senate|Congress|Politburo"
                           r"|National\W+Assembly|State\W+Council)\W+(?:held|holds|will\W+hold|has\W+held)\W+"
                           r"(?:its|a|an|the)\W+(?:[\w-]+\W+)?$")

# A group's claim told in its relative clause: "by the Moroccan Association of Glass Packaging
# Manufacturers, which alleges that ...".
_GROUP_WHICH = re.compile(r"\b(?:[Aa]ssociation|[Ff]ederation|[Aa]lliance|[Cc]hamber|[Ll]obby|[Uu]nion"
                          rf"|{PRODUCERS}|operators)(?:\s+of(?:\s+[\w'\u2019-]+){{1,5}})?,\s+(?:which"
                          r"|who)\s+$")
# A quantity that grew is no tariff raised: "dumped imports from Egypt increased by 64 percent".
_VOLUME_ROSE = re.compile(r"\b(?:imports|exports|prices|trade|sales|shipments|volumes|output|deficit"
                          r"|surplus)\b[^,;]{0,40}$", re.IGNORECASE)
_ROSE = re.compile(r"(?:increased|increase[sd]?|rose|rise[sn]?|jumped|grew|climbed)\b", re.IGNORECASE)
# A measure nobody asked for: "it has not received any application for safeguard action".
_NOT_ANY = re.compile(r"\b(?:not|never)\W+(?:\w+\W+){0,3}any\W+(?:\w+\W+){0,3}$", re.IGNORECASE)

# What a state "would" do "if" another acts is conditional: "Indonesia would withdraw the duties
# if the EU closed its investigation".
_WOULD = re.compile(r"\bwould\W+(?:\w+\W+)?$", re.IGNORECASE)
_WARNED = re.compile(r"\b(?:warn\w*|threaten\w*|stated|said|says|announced|declared|vowed)\b[^;]*"
                     r"\bwould\W+(?:\w+\W+)?$", re.IGNORECASE)
_COERCIVE = frozenset({"tariff_increase", "export_control", "import_restriction", "sanction",
                       "investment_restriction", "visa_restriction", "trade_remedy"})
_IF_AFTER = re.compile(r"[^.;]{0,80}?\b(?:if|unless|provided\W+that|as\W+long\W+as)\b", re.IGNORECASE)
# An invitation to a state's business people is no invitation between states.
_INVITED_FIRMS = re.compile(r"\W+(?:[\w'\u2019-]+\W+){0,2}?(?:business\W+leaders|businesspeople"
                            rf"|business\W+people|business\W+delegations?|{FIRMS}|investors"
                            r"|executives|entrepreneurs)\b", re.IGNORECASE)

# A meeting wished for is none set: "the two presidents hoped to meet in person".
_WISHED = re.compile(r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|want(?:s|ed)?|would\W+like|looks?\W+forward"
                     r"|looking\W+forward|eager)\W+to\W+$", re.IGNORECASE)

_ONGOING = re.compile(r"\b(?:is|are)\W+also\W+negotiating\b",
                      re.IGNORECASE)

_WEIGHING = re.compile(r"\b(?:consider\w*|weigh\w*|mull\w*|contemplat\w*|explor\w*|mulling)\W+"
                       r"(?:(?:an?|the|its|their|own|possible|new|further|whether\W+to)\W+){0,3}$",
                       re.IGNORECASE)

_ARRANGED_FOR = re.compile(r"\b(?:arrangements?|treatment|carve-?outs?|quotas?|exemptions?|relief"
                           r"|exclusions?)\W+(?:for|from|under|on)\W+(?:the\W+)?(?:[\w-]+\W+){0,3}$",
                           re.IGNORECASE)

# "relief from the 25% tariff that Washington imposed in September": the measure's making told
_MAKER_TOLD = re.compile(r"\s(?:that|which|it|they|(?-i:[A-Z])[\w.'\u2019-]*)\s+(?:had\s+)?"
                         r"(?:imposed|announced|introduced|slapped|levied|placed|put|adopted|unveiled"
                         r"|ordered)$", re.IGNORECASE)

_SUBJECT_TO = re.compile(r"\b(?:subject|subjected)\W+to\W+(?:\w+\W+)?$", re.IGNORECASE)

_ABLE = re.compile(r"\b(?:can|cannot|can't|may\W+not)\W+(?:\w+\W+)?$")

_HAS_A_DEAL = re.compile(r"\b(?:has|have|had)\W+(?:had\W+)?(?:a|an)\W+(?:[\w-]+\W+){0,3}$",
                         re.IGNORECASE)

_ACCESSION = re.compile(r"\baccession\b", re.IGNORECASE)

_ENGAGED_ON = re.compile(r"\b(?:engag\w*|work\w*|press\w*|push\w*|seek\w*|lobby\w*)(?:\W+[\w'\u2019-]+){0,4}"
                         r"\W+(?:on|for|towards?)\W+(?:the\W+)?(?:(?:removal|lifting|elimination"
                         r"|reduction|easing|suspension)\W+of\W+(?:the\W+)?(?:[\w-]+\W+)?)?$",
                         re.IGNORECASE)


_INVITATION = re.compile(r"\binvit(?:ation|ed|es|ing)\b", re.IGNORECASE)

# A visit an invitation asks for: "accepted an invitation from X to pay an official visit".
_INVITED_TO = re.compile(r"\binvit\w*(?:\W+[\w'\u2019-]+){0,8}?\W+to\W+$", re.IGNORECASE)

# Reporters' sources, not talks: "according to people familiar with the discussions".
_FAMILIAR = re.compile(r"\b(?:familiar\W+with|briefed\W+on|close\W+to|involved\W+in|knowledge\W+of)"
                       r"\W+(?:the\W+|these\W+|those\W+)?(?:[\w-]+\W+)?$", re.IGNORECASE)

_WTO_AGREEMENT = re.compile(r"\s+on\s+(?:the\s+)?(?:Safeguards|Agriculture|Subsidies|Technical\s+Barriers"
                            r"|Tariffs\s+and\s+Trade"
                            r"|Trade\s+Facilitation|Government\s+Procurement|Implementation\s+of"
                            r"|(?:the\s+)?Application\s+of|Rules\s+of\s+Origin|Import\s+Licensing"
                            r"|Customs\s+Valuation|Trade-Related|Textiles|Preshipment)\b")

_ARTICLE_OF = re.compile(r"\b(?:Article|Art\.|Section|paragraph|Annex)\s+[\dIVX]+(?:\.\d+)*"
                         r"(?:\([a-z\d]+\))*\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)

_AGREED_TO_ACT = re.compile(r"(?:agree|agrees|agreed|agreeing)\W+to\W+(?:\w+\W+)?(?:suspend|lift"
                            r"|remove|cut|reduce|lower|exempt|delay|postpone|impose|ease|allow|resume"
                            r"|buy|purchase|halt|drop|scrap|waive|extend|consider|study|examine"
                            r"|explore|review|look\W+into)\b", re.IGNORECASE)

_SOME_DEAL = re.compile(r"\b(?:with|for|toward|towards|of|get|getting|gets|want|wants|need|needs"
                        r"|seek|seeks|seeking|open\W+to)\W+an?\W+(?:[\w-]+\W+){0,2}$", re.IGNORECASE)

_TWO_SIDES = re.compile(r"\b(?:and|both|two\W+sides|the\W+sides|each\W+other|jointly|together)\b",
                        re.IGNORECASE)

# (counting words, for the bundles and lists of partners below)
_NUMBER_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

_MOU_BUNDLE = re.compile(rf"\b(?:\d+|{_NUMBER_WORDS}"
                         r"|several|a\W+dozen|dozens\W+of|a\W+series\W+of|a\W+number\W+of)\W+"
                         r"(?:[\w-]+\W+)?(?:memorand(?:a|ums)|MoUs|MOUs|cooperation\W+agreements"
                         r"|instruments)\b", re.IGNORECASE)

_COOPERATION = re.compile(r"\W*(?:to\W+)?(?:expand|deepen|strengthen|boost|enhance|promote|step\W+up"
                          r"|broaden|further)\w*\W+(?:\w+\W+){0,2}?(?:cooperation|ties|relations"
                          r"|partnership|collaboration|exchanges|dialogue)\b", re.IGNORECASE)

_MANY_PARTNERS = re.compile(r"\W+with\W+(?:more\W+than\W+|over\W+|some\W+|about\W+|nearly\W+)?"
                            r"(?:\d+|a\W+dozen|dozens|several|many|two\W+dozen|three\W+dozen"
                            rf"|(?:{_NUMBER_WORDS}|twenty"
                            r"|thirty|forty|fifty)(?:-\w+)?)\W+(?:other\W+)?"
                            r"(?:countries|partners|nations|economies)\b",
                            re.IGNORECASE)

_SET_UP_UNDER = re.compile(r"\b(?:established|set\W+up|created|constituted|provided\W+for)\W+"
                           r"(?:under|by|pursuant\W+to)\b", re.IGNORECASE)

# "The fourth meeting of the Joint Committee under the India-UAE Comprehensive Economic
# Partnership Agreement was held ...": the deal is what the body works under, not made now.
_BODY_UNDER = re.compile(r"\b(?:committee|commission|council|panel|working\W+group|mechanism"
                         r"|subcommittee|dialogue)\W+(?:under|of)\W+the\W+(?:[\w'\u2019\u2013-]+\W+)"
                         r"{0,7}$", re.IGNORECASE)
# Deals as a class of partners: "countries with which Mexico has no trade agreement".
_PARTNERS_WITH = re.compile(r"\b(?:countries|partners|nations|economies|states|members|markets|those)"
                            r"\W+(?:with\W+which|with\W+whom|that\W+(?:have|lack|do\W+not\W+have)"
                            r"|which\W+(?:have|lack)|without|lacking|with\W+no|not\W+covered\W+by)"
                            r"\W+(?:[\w'\u2019-]+\W+){0,6}$", re.IGNORECASE)

_OTHER_TOPIC_BEFORE_TALKS = re.compile(r"\b" + TOPICS + r"\b", re.IGNORECASE)

# A sentence's subject that is no state: the head of its first noun phrase names a group.
_DATELINE = re.compile(r"^.{0,80}?(?:\)\s*[-\u2014\u2013]+|\s[-\u2014\u2013]{1,2})\s+")

_SUBJECT = re.compile(r"^\W*((?:[\w'\u2019.-]+\s+){0,7}?)(?:has|have|had|is|are|was|were|will|would"
                      r"|said|says|protested|urged|urges|called|calls|demanded|demands|asked"
                      r"|accused|accuses|complained|warned|lobbied|wants|want|pressed|staged"
                      r"|marched|rallied|criticised|criticized|criticises|criticizes|condemned"
                      r"|slammed|blasted|attacked)\b")

_GROUP_HEAD = re.compile(r"\b(?:groups?|associations?|agency|(?-i:federation)|chambers?|(?-i:unions?)|lobby"
                         r"|lobbies|industry|farmers|growers|planters|producers|exporters|importers"
                         r"|manufacturers|makers|steelmakers|carmakers|automakers|chipmakers"
                         r"|companies|firms|businesses|mills|traders|workers|executives|analysts"
                         r"|economists|consumers|investors|lawmakers|legislators|senators"
                         r"|opposition|activists|protesters|farmers['\u2019]|others|commenters"
                         r"|respondents|stakeholders|participants)['\u2019]?"
                         # (with where they sit: "Opposition lawmakers in the House of ...")
                         r"(?:\s+(?:in|of|from|at)\s+(?:[\w'\u2019-]+\s+){1,5}?)?\s*$",
                         re.IGNORECASE)

_ACRONYM = re.compile(r"[A-Z]{2,7}")
_OPPOSED = re.compile(r"\b(?:opposed?|opposes|opposing|resist\w*)\W+(?:any\W+|a\W+|the\W+)?"
                      r"(?:[\w-]+\W+)?$", re.IGNORECASE)


def _nonstate_subject(before: str) -> bool:
    """Does the sentence open with a subject that is a group, not a state ("Korean pig
    farmers' groups protested", "The tea growers' agency has urged")?"""
    dateline = _DATELINE.match(before)
    start = dateline.end() if dateline else 0
    subject = _SUBJECT.match(before, start)
    named = subject.group(1) if subject else before[start:]
    if _ACRONYM.fullmatch(initials := named.strip()) and not find_actors(initials):
        return True  # a press release's own group by its initials: "AMPA calls on the ..."
    if subject is None:  # the trigger is the verb: "Korean steelmakers said ... dumping"
        return len(named.split()) <= 8 and _GROUP_HEAD.search(named) is not None
    return _GROUP_HEAD.search(named) is not None


def states_nothing(text: str, trigger: Trigger) -> bool:
    """Does `text` tell no act by `trigger` (see the module's doc)?"""
    if trigger.type == "leader_call" and _MINISTERS.search(text) and not _HEADS.search(text) \
            and not TRADE_WORD.search(text):
        return True  # "The Foreign Minister had a telephone conversation with his counterpart"
    if trigger.type in OBJECT_TYPES and _nonstate_subject(text[:trigger.start]):
        return True  # "Korean pig farmers' groups protested ..., demanding that ..."
    if trigger.type in _MEASURES and _OPPOSED.search(text, max(0, trigger.start - 25),
                                                     trigger.start):
        return True  # "have opposed any cut in import duties": no cut made
    if trigger.type == "visit_invitation" and trigger.text.lower().startswith("accept") \
            and _INVITATION.search(text, 0, trigger.start):
        return True  # "X invited Y (extended an invitation) ..., and it was accepted": one invitation
    if trigger.type in _MEASURES and _RULE_SAYS.search(text, max(0, trigger.start - 80),
                                                       trigger.start):
        return True  # "Article XI of the GATT 1994, which prohibits export restrictions"
    if trigger.type in _MEASURES | {"trade_remedy"} and _WEIGHING.search(
            text, max(0, trigger.start - 30), trigger.start):
        return True  # "is considering restricting exports": no measure proposed or taken
    if trigger.ref and trigger.type in _MEASURES and _ARRANGED_FOR.search(
            text, max(0, trigger.start - 50), trigger.start) and not _MAKER_TOLD.search(trigger.text):
        return True  # "an alternative arrangement for the Section 232 tariffs": the deal's object
    if trigger.ref and trigger.type in _MEASURES and _SUBJECT_TO.search(
            text, max(0, trigger.start - 30), trigger.start):
        return True  # "technology that is subject to export controls": a regime, no act
    if trigger.type in _MEASURES and not trigger.ref and _ABLE.search(
            text, max(0, trigger.start - 25), trigger.start):
        return True  # "only the Commission can restrict imports": who may act, no act
    if trigger.type == "trade_agreement" and _HAS_A_DEAL.search(
            text, max(0, trigger.start - 40), trigger.start):
        return True  # "Peru has a free trade agreement with China": a standing fact
    if trigger.type == "trade_talks" and _ACCESSION.search(text, max(0, trigger.start - 60),
                                                           trigger.end + 40):
        return True  # "negotiating its accession to the WTO": no talks between two states
    if trigger.type in ENCOUNTERS and trigger.text.lower().startswith("meeting") \
            and _AGREED_ON.search(text, max(0, trigger.start - 40), trigger.start):
        return True  # "the presidents agreed on the meeting during a phone call"
    if trigger.ref and trigger.type in _MEASURES | {"trade_remedy"} and _TALKS_ON.search(
            text, max(0, trigger.start - 70), trigger.start):
        return True  # "will hold talks on export controls in Beijing": the talks' topic
    if trigger.type == "demand" and _ASKED_TO_ASK.search(text, max(0, trigger.start - 60),
                                                         trigger.start):
        return True  # "exporters have urged the government to press Cairo to ..."
    if trigger.type not in OBJECT_TYPES and _WOULD.search(text, max(0, trigger.start - 20),
                                                          trigger.start) \
            and _IF_AFTER.match(text, trigger.end) and not (
                trigger.type in _COERCIVE and _WARNED.search(text, 0, trigger.start)):
        return True  # "Indonesia would withdraw the duties if the EU closed its investigation"
        # (a measure a government warned or stated it would take unless ...: a threat)
    if trigger.type == "visit_invitation" and _INVITED_FIRMS.match(
            text, trigger.start + len(trigger.text.split()[0])) \
            and not trigger.text.lower().startswith("accept"):
        return True  # "invited Egyptian business leaders to an investment forum"
    if trigger.type in OBJECT_TYPES and _GROUP_WHICH.search(text, max(0, trigger.start - 90),
                                                             trigger.start):
        return True  # "the Association of Glass Manufacturers, which alleges that ..."
    if trigger.type in _MEASURES and _ROSE.match(trigger.text) and _VOLUME_ROSE.search(
            text, max(0, trigger.start - 60), trigger.start):
        return True  # "dumped imports from Egypt increased by 64 percent"
    if _NOT_ANY.search(text, max(0, trigger.start - 50), trigger.start):
        return True  # "it has not received any application for safeguard action"
    if trigger.type in ENCOUNTERS and _OWN_BODY_MET.search(text, max(0, trigger.start - 60),
                                                           trigger.start):
        return True  # "The Cabinet held its weekly meeting on Wednesday ... and approved"
    if trigger.type in ENCOUNTERS and _WISHED.search(text, max(0, trigger.start - 30),
                                                     trigger.start):
        return True  # "the two presidents hoped to meet in person before the end of the year"
    if trigger.type in ENCOUNTERS and _NONSTATE_MET.match(text, trigger.end):
        return True  # "met today with Asocolflores and the flower-growing regions", "held a
        # meeting with representatives of Saudi petrochemical exporters"
    if trigger.type == "trade_talks" and _ONGOING.search(text, max(0, trigger.start - 25),
                                                         trigger.end):
        return True  # "Bangladesh is also negotiating with Japan": no round held or set
    if trigger.type in _MEASURES | {"trade_remedy"} and _ENGAGED_ON.search(text, max(0, trigger.start - 80),
                                                        trigger.start):
        return True  # "will continue to engage with China on the removal of the duties"
    if trigger.type == "demand" and _NO_STATE_ASKED.match(text, trigger.start, trigger.end + 30):
        return True  # "has pressed its allies to follow suit": no state is asked
    if trigger.type == "export_control_easing" and _CONSEQUENCE.search(
            text, max(0, trigger.start - 30), trigger.start):
        return True  # "scrapped its duties on wine, which has allowed shipments to resume"
    if trigger.type in ENCOUNTERS and trigger.text.lower().startswith("visit") and _INSPECTION.search(
            text, max(0, trigger.start - 30), trigger.start):
        return True  # "carried out verification visits at the premises": an inspection
    if trigger.type == "leader_meeting" and (_INVITED_TO.search(
            text, max(0, trigger.start - 90), trigger.start) or _INVITATION.search(
            text, 0, trigger.start)):
        return True  # "accepted an invitation to pay an official visit": the invitation is the act
    if trigger.ref and _NEEDED_AFTER.match(text, trigger.end):
        return True  # "a call between the leaders might be needed": wished for, not held
    if trigger.type == "trade_talks" and _FAMILIAR.search(text, max(0, trigger.start - 60),
                                                          trigger.start):
        return True  # "people familiar with the discussions": a reporter's source
    if trigger.type == "trade_agreement" and (_WTO_AGREEMENT.match(text, trigger.end) or _ARTICLE_OF.search(
            text, max(0, trigger.start - 40), trigger.start)):
        return True  # "Article 12.3 of the Agreement on Safeguards": a rule cited, no deal made
    if trigger.type == "trade_agreement" and _AGREED_TO_ACT.match(trigger.text + text[
            trigger.end: trigger.end + 30]) and not _TWO_SIDES.search(text, 0, trigger.start):
        return True  # "the United States agreed to suspend the tariff": the suspension is the act
    if trigger.type == "trade_agreement" and trigger.ref and _SOME_DEAL.search(
            text, max(0, trigger.start - 40), trigger.start):
        return True  # "not compatible with an ambitious agreement", "going to get a fair deal":
        # some deal, none reached
    if trigger.type == "trade_agreement" and _MOU_BUNDLE.search(
            text, max(0, trigger.start - 30), trigger.end + 40):
        return True  # "witnessed the signing of 11 memorandums of understanding": a bundle
    if trigger.type == "trade_agreement" and (_COOPERATION.match(text, trigger.end)
                                              or _MANY_PARTNERS.match(text, trigger.end)):
        return True  # "agreed to expand cooperation in chips"; "deals with two dozen countries"
    if trigger.type == "trade_agreement" and (_SET_UP_UNDER.search(
            text, max(0, trigger.start - 40), trigger.end) or _BODY_UNDER.search(
            text, max(0, trigger.start - 120), trigger.start)):
        return True  # "the Joint Committee established under the Agreement": a body of it
    if trigger.type == "trade_agreement" and _PARTNERS_WITH.search(
            text, max(0, trigger.start - 80), trigger.start):
        return True  # "imports from countries without a trade agreement": no deal reached
    # "a prisoner exchange agreed at their first direct talks"
    return trigger.type == "trade_talks" and trigger.ref and bool(_OTHER_TOPIC_BEFORE_TALKS.search(
        text, max(0, trigger.start - 60), trigger.start)) and not TRADE_WORD.search(text)
