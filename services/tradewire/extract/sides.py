"""Who acts and who is acted on, from the states named around a trigger.

    "China restricts exports to the US"              -> CHN -> USA (subject; 'to')
    "tariffs imposed on Chinese goods by Washington" -> USA -> CHN ('by'; 'on')
    "US tariffs on China"                            -> USA -> CHN (modifier; 'on')
    "the EU will pay the US a 15% tariff"            -> USA -> EUU (patient subject)
    "Xi invited Trump to visit China"                -> CHN -> USA (the host invites)
    "a 10% tariff on all countries"                  -> USA, no target (global)

Symmetric types and mutual acts ("each accused the other") have no initiator or target, only
countries. A side the clause does not name comes from the article (its source's state for
"I" and "we", the state the article is about for the other side); at least one side must be
named for a bare reference to a measure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from tradewire.extract.actors import Actor
from tradewire.extract.case_blind import CaseBlind
from tradewire.extract.kinds import (
    AND_THEN,
    AT_INVITATION,
    BASED,
    HELD_FIRMS,
    INVITATION_MADE,
    INVITING,
    OBJECT_TYPES,
    PRODUCERS,
    RETREATS,
)
from tradewire.extract.places import GOODS_FROM, SEATED, heading_end, seat_of
from tradewire.extract.triggers import Trigger
from tradewire.models import SYMMETRIC_TYPES

_TARGET_PREP = CaseBlind(r"\b(?:on|against|to|toward|towards|targeting|targets|from|at|into"
                         rf"|of|for|over|about|{GOODS_FROM}\W+in|{SEATED}(?:\W+or\W+\w+)?\W+in)"
                         r"\W*(?:(?:nearly|almost|virtually|about|some)\W+)?"
                         r"(?:the\W+|its\W+|all\W+)?(?:\w+[^\w,;]+)?$")  # "on nearly all US goods"
_VERB_FIRST = re.compile(r"(?:[a-z]+ed|[a-z]+s|froze|cut|put|set|hit|made|took|shut|bar|ban|halt|cap)\b")
_ON_DAY = re.compile(r"\b[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+$")
_OWNER_AFTER = re.compile(r"['\u2019]s\b")
# A government body named without its state, as the subject: "the finance ministry cut ...".
_BODIES = r"ministry|government|cabinet|department|treasury"
_OWN_BODY = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}(?:{_BODIES}|customs\s+authority"
                       r"|trade\s+office|budget|decree)\s+(?:[\w-]+\s+){0,3}$")
# A government body named bare ("The finance ministry"), or in full ("The Department of
# Commerce and Industry"): whose it is, a sentence's own place or a story's dateline tells.
_BODY = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}(?:(?i:{_BODIES}|customs|authorities"
                   r"|regulator|president|prime\s+minister)\b|Centre\b(?!\s+(?:for|of|on)\b))")
# A sentence opening with a bare body: "Commerce Ministry officials said the suspension ..."
_BODY_OPENS = re.compile(r"\W*(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?:Ministry|Department|Customs|Authority"
                         r"|Bureau|Agency|Secretariat)\b")
# a state's measure: "Beijing's October ban", "Washington's 25% tariffs"
_POSSESSED = re.compile(r"['\u2019]s\s+(?:[\w%.-]+\s+){0,3}?(?:bans?|controls|curbs|restrictions"
                        r"|tariffs?|duty|duties|levies|licen[cs]ing|rules|quotas?|embargo)\b")
# An instrument told without its maker: "A decree published on Monday cut the import tariff".
_INSTRUMENT = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}(?:decree|executive\s+order|regulation"
                         r"|resolution|notification|ordinance)\b")
_NAMED_BODY = re.compile(r"\b[Tt]he\s+(?:(?-i:[A-Z])[\w-]+\s+){0,3}(?:Ministry|Department|Secretariat"
                         r"|Directorate(?:[\s-]+General)?|Agency|Bureau|Authority|Commission|Board"
                         r"|Council|Administration)\s+(?:of|for)\s+[A-Z]"
                         # "The Federal Executive Council (FEC) on Wednesday approved a ban"
                         r"|\b[Tt]he\s+(?:Federal|National|Union|Central)\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}"
                         r"(?:Council|Cabinet|Government)\b"
                         # "MANILA - The President signed an order ...": the head of the state
                         # the story is filed from, when the clause names no state
                         r"|\b[Tt]he\s+(?:President|Prime\s+Minister|Cabinet|Government)\b"
                         r"(?!\s+of\b)(?!\s+(?-i:[A-Z]))")
# The state a demand or charge is put to, right after its verb: "demanded that India ...".
_ADDRESSEE = re.compile(r"\W*(?:that\W+)?(?:the\W+)?", re.IGNORECASE)
# Goods made in a state, wherever the sentence names them: they are the measure's target.
_MADE_IN = re.compile(rf"\b{GOODS_FROM}\W+in\W+(?:the\W+)?$", re.IGNORECASE)
# Where the clause a trigger stands in ends: "invited X to visit Washington, and that both sides
# would work on a date" (the mutual words are the next clause's).
_NEXT_CLAUSE = re.compile(r",\s+and\s+that\b|;")
# A state's measure named by its goods: "Indonesia's nickel ore export ban".
_OWNS_GOODS_ACT = re.compile(r"['\u2019]s(?:\s+(?!(?:high|higher|steep|hefty|heavy|punitive|current"
                             r"|existing|many|various|other|own|the|a|an|has|have|had|is|was|are|were"
                             r"|will|would|step|move|decision|president|minister|government)\b)"
                             r"[a-z][\w-]*){1,3}\s+")
# A state's firms, traders or press: no state ("reports by Thai fruit exporters").
_NONSTATE_GROUP = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{PRODUCERS}|media|newspapers|press|traders"
                             r"|groups?|associations?|makers|businesses|investors)\b")
# A state's press, which reports and takes no part: "denied a report in a Seoul daily that".
_PRESS_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+(?:daily|dailies|newspapers?|paper|broadcaster|tabloid"
                          r"|outlets?|media|press|news\s+agency|television|radio|website)\b")
# Suppliers a measure on imports names: "four Australian meat plants", "two Brazilian exporters".
_SUPPLIERS = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:plants|exporters|suppliers|processors|abattoirs"
                        r"|meatworks|mills|establishments|facilities|factories|packers)\b")
# Goods or people of a state a request is for: "that Korean automobiles and auto parts be".
# "urged him to exempt Bangladesh from the ban": the state spared is who asks, not who is asked
_EXEMPTED = re.compile(r"\b(?:exempt|spare|exclude|excuse)\W+(?:the\W+)?$", re.IGNORECASE)
_BENEFICIARY = re.compile(r"(?:\s+(?:and\s+)?[a-z][\w-]*){1,5}\s+(?:be|are|to\s+be)\s+\w+ed\b")
_EXAMPLES = re.compile(r"\b(?:including|such\W+as|notably|namely|among\W+them)\W+(?:the\W+)?$",
                       re.IGNORECASE)
# After a meeting or a deal, a state named as its topic is no party: "talks about U.S. tariffs".
_TOPIC = re.compile(r"\b(?:on|about|over|against|to|toward|towards|targeting|from|for|into)\W+"
                    r"(?:the\W+|its\W+)?(?:\w+[^\w,;]+)?$", re.IGNORECASE)
# A route named after a meeting: "a corridor linking their ports through Paraguay and Argentina".
_ROUTE = re.compile(r"\b(?:through|via|across|linking|transiting)\b[^.;:]{0,40}$", re.IGNORECASE)
# ", pledging to deepen cooperation on ... North Korea": what the parties pledged, not a party.
_PARTICIPLE = re.compile(r",\s+(?:\w+ly\s+)?\w+ing\b")
# "imposed by Beijing", "imposed by the Announcement of the Customs Tariff Commission"
_AGENT_PREP = re.compile(r"(?<!investment )(?<!investments )(?<!acquisitions )(?<!purchases )"
                         r"(?<!takeovers )\bby\W+(?:the\W+)?(?:(?:announcement|order|decision|notice|decree"
                         r"|regulation|ruling|proclamation)s?\W+of\W+(?:the\W+)?)?$", re.IGNORECASE)
# "At the direction of the President, USTR will ...": who directs the act makes it.
_DIRECTED_BY = re.compile(r"\b(?:at|on|upon|under|by)\W+the\W+(?:direction|directions|instruction"
                          r"|instructions|orders?|behest)\W+of\W+(?:the\W+)?$", re.IGNORECASE)
# "The Ministry of Industry and Construction of the Republic of Kazakhstan": the state a
# body or office belongs to (its name's words, capitalised, run up to the last "of").
_BODY_OF = re.compile(r"\b(?:[Mm]inistry|[Dd]epartment|[Gg]overnment|[Aa]gency|[Oo]ffice|[Bb]ureau"
                      r"|[Ss]ecretariat|[Cc]abinet|[Pp]resident|[Mm]inister|[Ee]mbassy|[Cc]ustoms"
                      r"|[Ss]ervice|[Aa]uthority|[Cc]ommission)"
                      r"(?:\s+(?:of|for|and|on|the|&|[A-Z][\w'\u2019-]*),?)*?\s+of\s+(?:the\s+)?"
                      r"(?:(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|Federal\s+Republic"
                      r"|People['\u2019]s\s+Republic|United\s+Republic)\s+of\s+(?:the\s+)?)?$")
_PRODUCED_BY = re.compile(r"\b(?:made|produced|manufactured|exported|shipped|supplied|sold|built"
                          r"|assembled|grown|mined|refined)\W+by\W+(?:the\W+)?$", re.IGNORECASE)
_REQUEST_FROM = re.compile(r"\brequests?\W+from\W+(?:the\W+)?$", re.IGNORECASE)
# Advice, a statement or an order "from" a body or state: it speaks, it is not hit.
_WORD_FROM = re.compile(r"\b(?:advice|statement|letter|notice|recommendation|approval|order|ruling"
                        r"|decision|guidance|warning|instruction|instructions|go-ahead|request)\W+"
                        r"from\W+(?:the\W+)?$", re.IGNORECASE)
# "will raise the tariff to 50 percent if Canada retaliates": the state the condition is on
# is the side the measure would hit.
_CONDITION_ON = re.compile(r"\b(?:if|unless)\W+(?:the\W+)?$", re.IGNORECASE)
_PEOPLE_OF = re.compile(r"\b(?:presidents?|leaders?|prime\W+ministers?|premiers?|heads\W+of\W+"
                        r"(?:state|government)|chancellors?|ministers?|officials|delegations?"
                        r"|representatives|envoys|negotiators)\W+(?:of|from)\W+(?:the\W+)?"
                        # (and the second party: "negotiators of the European Union and of Mercosur")
                        r"(?:(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3},?\s+and\s+"
                        r"(?:(?:of|from)\s+)?(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten"
                        r"|\d+)\s+)?)?$",
                        re.IGNORECASE)
# A leader named, then his state: "Prime Ministers Kenji Arakawa of Japan and Helen Marsh of
# Australia spoke by telephone" (both are parties).
_NAMED_OF = re.compile(r"(?:\b(?:presidents?|prime\W+ministers?|premiers?|chancellors?|ministers?|leaders?"
                       r"|secretar(?:y|ies))|\bof\W+(?:the\W+)?(?-i:[A-Z])[\w'\u2019.-]+(?:\W+(?-i:[A-Z])"
                       r"[\w'\u2019.-]+)?\W+and)\W+(?:(?-i:[A-Z])[\w'\u2019.-]+\W+){1,3}of\W+(?:the\W+)?$",
                       re.IGNORECASE)
# A state whose act an accusation judges: "the EU's ruling lacks any basis", "the EU levies".
_ACT_OWNED = re.compile(r"(?:['\u2019]s?\W+(?:[\w-]+\W+){0,2}?|\W+)(?:ruling|decision|move|measures?|tariffs?"
                        r"|levies|duties|policy|policies|actions?|practices?|sanctions|ban|curbs?"
                        r"|restrictions?|investigation|probe|order|listing|rules?)\b", re.IGNORECASE)
# A state told doing what a charge says: "... and the United States is violating its obligations".
_CHARGED_DOING = re.compile(r"\W+(?:is|are|was|were|has\W+been|have\W+been)\W+(?:\w+\W+){0,2}?"
                            r"(?:violating|breaching|abusing|flouting|undermining|ignoring|disregarding"
                            r"|weaponi[sz]ing|cheating|bullying|coercing)\b", re.IGNORECASE)
# "Nexperia, the chipmaker owned by China's Wingtech": the owner of what a measure hits is
# the side it hits, not the agent of the measure.
_OWNED_BY = re.compile(r"\b(?:owned|controlled|held|backed|run|operated|founded)\W+by\W+(?:(?:the|an?)\W+)?$",
                       re.IGNORECASE)
# Where the firms a listing hits are: "froze the assets of 11 companies in China and Hong Kong"
_FIRMS_IN = re.compile(rf"\b(?:{HELD_FIRMS}|individuals)\W+(?:(?:{BASED}|operating)\W+)?in\W+"
                       r"(?:mainland\W+)?(?:the\W+)?$", re.IGNORECASE)
# The state whose act a relative clause tells: "a tariff that US President Trump announced".
_WHICH = re.compile(r"\b(?:tariffs?|duty|duties|levies|surtax\w*|ban|curbs?)\W+(?:that|which)\W+"
                    r"(?:the\W+)?$", re.IGNORECASE)
# ... or told far after its noun: "the curbs on sales of chips to China that Washington imposed"
_RELATIVE = re.compile(r"\b(?:that|which)\W+(?:the\W+)?$", re.IGNORECASE)
_WHICH_MADE = re.compile(r",\s+which\s+(?:the\s+)?$", re.IGNORECASE)
# A relative clause about a noun, set off by a comma: "The fourteen entities, which endanger ..."
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b", re.IGNORECASE)
# ... nor the maker a participle names ("the ban on imports of apples, plums and grapes
# announced by Russia"), whatever commas the goods brought
_MADE_BY = re.compile(r"(?<!,)\s(?:announced|imposed|introduced|adopted|ordered|decided|applied"
                      r"|enforced|declared|decreed)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_MADE_IT = re.compile(r"(?:\W+(?-i:[A-Z])[\w.'-]*){0,3}\W+(?:has\W+|had\W+)?(?:announced|imposed"
                      r"|threatened|set|slapped|levied|ordered|unveiled|introduced|adopted|placed"
                      r"|put|issued|opened|launched|initiated|started|applied|enacted|implemented"
                      r"|extended|maintained)\b")
# A state that owns the decision a measure is told through acts: "Beijing said its rules answer
# the Commerce Department's Sept. 29 decision to extend export curbs", "Canada's move to impose".
_ACTS = r"(?:decision|move|plan|order|announcement|proposal|threat|step|attempt|bid)"
_OWNS_ACT = re.compile(rf"['\u2019]s?\W+(?:[\w.-]+\W+){{0,4}}?(?:{_ACTS}|push|effort|vote)s?"
                       # ("Tokyo's decision on Friday to require licences")
                       r"(?:\W+(?:on|last|this)(?:\W+\w+){1,2}?)?\W+(?:to|of)\W+(?:\w+\W+){0,2}$",
                       re.IGNORECASE)
_ACT_OF = re.compile(rf"\b{_ACTS}s?\W+(?:of|by)\W+(?:the\W+)?(?:Federal\W+|Central\W+|Royal\W+"
                     r"|National\W+)?(?:Government\W+of\W+(?:the\W+)?(?:(?:Republic|Kingdom|State)"
                     r"\W+of\W+(?:the\W+)?)?)?$", re.IGNORECASE)
_TO_ACT = re.compile(r"\W+(?:(?:of|on|dated|announced\W+on|taken\W+on|made\W+on)\W+"
                     r"(?:[A-Z][a-z]+day(?:\W+|$))?(?:(?:\d{1,2}\W+[A-Z][a-z]+|[A-Z][a-z]+\W+\d{1,2})"
                     r"(?:\W+\d{4})?\W+)?)?to\W+(?:[\w-]+\W+){0,2}")
# ("of 24 February to impose", ", announced on 11 May, to", "on Wednesday, 28 May 2036, to")
# ... or any short aside of its making: ", announced yesterday, to", ", announced on Monday,
# 10th February 2025, to"
_MAKING = r"(?:announced|taken|made|adopted|published|issued|reported)\b"
_ASIDE_OPENS = re.compile(_MAKING, re.IGNORECASE)
_TO_ACT_ASIDE = re.compile(rf"\s*,\s*{_MAKING}[^,;.]{{0,40}}(?:,[^,;.]{{0,25}})?"
                           r",\s*to\W+(?:[\w-]+\W+){0,2}", re.IGNORECASE)
# A measure's noun right before a state and its verb of making: "the curbs Beijing imposed".
_MEASURE_BEFORE = CaseBlind(r"\b(?:tariffs?|duty|duties|levies|surtax\w*|bans?|curbs?|controls?"
                            r"|measures|restrictions?|rules|sanctions|quotas?)\W+(?:the\W+)?$")
_PARTNER_PREP = re.compile(r"\b(?:with|between)\W+(?:the\W+)?$", re.IGNORECASE)
# The market goods are kept out of is the importer's: "barred from the Russian market".
_KEPT_FROM = re.compile(r"\b(?:barred|banned|blocked|excluded|out)\s+from\s+(?:entering\s+)?(?:the\s+)?$",
                        re.IGNORECASE)
_MARKET = re.compile(r"\s+markets?\b", re.IGNORECASE)
_IMPORTER = CaseBlind(r"\b(?:(?:imported|imports?|entered|entering|shipped|sold|exported|entry"
                      r"|admission|admitted|travel|(?:duty-free|preferential|market)\W+access)\W+(?:in)?to|into)\W+"
                      r"(?:the\W+)?(?:\w+\W+)?$")
# What an inquiry looks into is no importer: "its Section 301 investigation into Canada's
# administration of dairy quotas".
_INQUIRY_INTO = re.compile(r"\b(?:investigation|probe|inquiry|review|enquiry)\W+into\W+(?:the\W+)?"
                           r"(?:\w+\W+)?$", re.IGNORECASE)
_FROM_TERRITORY = re.compile(r"\bfrom\W+the\W+territory\W+of\W+(?:the\W+)?"
                             r"(?:(?:\w+\W+){0,2}Republic\W+of\W+)?$", re.IGNORECASE)
_EXPORTED_TO = re.compile(r"\b(?:exported|shipped|sold)\W+to\W+(?:the\W+)?$", re.IGNORECASE)
_TRAVEL = re.compile(r"\b(?:travel|admission|admitted)\W+(?:in)?to\W+(?:the\W+)?(?:\w+\W+)?$",
                     re.IGNORECASE)  # people enter a state, goods do not: "avoid travel to Japan"
# Goods from a state as the subject of the measure's verb: "Imports of refrigerators from
# Brazil will require import licences".
_GOODS_FROM_SUBJECT = re.compile(r"\b(?:imports?|shipments?|purchases|goods|products)\b[^;:]{0,80}"
                                 r"\bfrom\W+(?:the\W+)?$", re.IGNORECASE)
_THEN_VERB = re.compile(r"\s+(?:will|would|shall|must|are|is|were|was|to)(?:\s+\w+){0,2}\s+")
_ADMITTED_TO = re.compile(r"\b(?:admitted|allowed|let)\W+(?:in)?to\W+(?:the\W+)?$", re.IGNORECASE)
_IMPORT_TYPES = frozenset({"tariff_increase", "tariff_reduction", "import_restriction",
                           "visa_restriction"})
# The state goods enter, for a trade remedy: "an investigation concerning imports into the
# Kingdom of Morocco of glass bottles" (not "an inquiry into EU pork": its target's goods).
_IMPORTS_INTO = re.compile(r"\b(?:imports?|imported|entering|entry)\W+into\W+(?:the\W+)?(?:\w+\W+)?$",
                           re.IGNORECASE)
# A visa ban names the nationality it is aimed at or it is aimed at none.
_NAMED_TARGET_ONLY = frozenset({"visa_restriction"})
_PEOPLE = re.compile(r"\W+(?:\w+\W+)?(?:students?|nationals?|citizens?|workers?|officials?|scholars?"
                     r"|lawmakers?|legislators?|politicians?|judges?|diplomats?"
                     r"|researchers?|travell?ers?|visitors?|journalists?)\b", re.IGNORECASE)
# "business visas to officials of the U.S. Bureau of Industry and Security"
_HOLDERS_OF = re.compile(r"\b(?:officials|employees|staff|members|executives|nationals|citizens"
                         r"|diplomats)\W+of\W+(?:the\W+)?$", re.IGNORECASE)
_EU_PEOPLE = re.compile(r"\b(?:EU|European)(?=" + _PEOPLE.pattern + ")", re.IGNORECASE)
# Visas of people named, or told of before: their state is the one aimed at ("revoked the
# visas of Moraes", "also revoked the three officials' US visas").
_NAMED_HOLDERS = re.compile(r"\bvisas?\W+(?:of|for)\W+(?-i:[A-Z])[\w'-]+"
                            r"|\b(?:the|these|those)\W+(?:\w+\W+)?(?:officials|ministers|executives"
                            r"|individuals|lawmakers|judges|officers)['\u2019]\W+(?:[\w.]+\W+)?visas?\b")
_GLOBAL = re.compile(r"\b(?:all|every|any|other)\W+(?:\w+\W+){0,2}(?:trading\W+partners?|countries"
                     r"|country|nations|destinations|imports|economies|students?|nationals?"
                     r"|foreigners|visitors|travell?ers|applicants|workers)\b"
                     r"|\bworldwide\b|\bforeign\W+(?:trading\W+partners|nationals|students|workers"
                     r"|citizens|visitors)\b|\ball\W+origins\b|\b(?:whatever|regardless\W+of"
                     r"|irrespective\W+of)\W+(?:their\W+|its\W+)?origins?\b|\berga\W+omnes\b"
                     r"|\bbaseline\b",
                     re.IGNORECASE)
# A state named as an exception or as one left is no side: "since leaving the European Union".
_EXCEPT = re.compile(r"\b(?:except\W+(?:for\W+|with\W+respect\W+to\W+)?|(?:since|after)\W+"
                     r"(?:leaving|quitting|exiting)\W+)(?:the\W+)?$", re.IGNORECASE)
# A union a state belonged to: "when the UK was a member of the European Union".
_MEMBER_OF = re.compile(r"\b(?:a|former)\W+members?\W+of\W+(?:the\W+)?$", re.IGNORECASE)
# ("the commitments the two countries made to each other" says whose commitments, not who acts)
_MUTUAL = CaseBlind(r"\b(?:(?<!made\Wto\W)(?<!given\Wto\W)each\W+other|one\W+another|each\W+(?:side|country)"
                    r"|each\W+(?:had\W+)?(?:imposed|placed|applied|put)\W+on\W+the\W+other"
                    r"|(?<!on\W)(?<!from\W)(?<!for\W)(?<!to\W)both\W+sides(?!\W+of\W+the\W+(?:border|frontier"
                    r"|river|strait|atlantic|pacific))"
                    r"|mutual(?:ly)?(?!\W+(?:convenient|agreed|agreeable|beneficial|acceptable"
                    r"|interests?|benefits?|respect|trust|understanding|concerns?))"
                    r"|reciprocal\W+(?:tariff\W+)?cuts)\b")
# A state right before the measure's noun owns it: "a 25% US tariff", "new Chinese export controls".
_OWNER = re.compile(r"\W+(?:\w+(?:-\w+)?\W+)?(?:tariffs?|duty|duties|levies|levy|surtax\w*|surcharges?"
                    r"|export\W+controls?|export\W+bans?|sanctions|quotas?|entity\W+list"
                    r"|blacklists?|(?:sanctions\W+|control\W+)list)\W*$"
                    r"|\W+(?:[\w-]+\W+){0,2}visas?\W*$"  # "US H-1B work visas"
                    r"|['\u2019]s\W+(?:[\w.-]+\W+){0,4}(?:tariffs?|duty|duties|levies|surtax\w*)\W*$"
                    # "an invitation the UAE leader extended": the one who made it
                    r"|\W+(?:(?!(?:was|were|been|is|are)\b)[\w.'\u2019-]+\W+){0,4}(?:had\W+|has\W+)?"
                    rf"{INVITING}\W*$",
                    re.IGNORECASE)  # "halve India's 150 per cent tariff"
_LISTED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My)\b")
# where the guest goes: "to visit China", "for a state visit to the United States"
_DESTINATION = re.compile(r"\b(?:visit|visits?\W+to(?:\W+the)?|come\W+to|travel\W+to|delegation\W+to"
                          r"(?:\W+the)?|in)\W+"
                          r"(?:(?:the\W+)?(?:Republic|Kingdom|State|Federation|Sultanate|Commonwealth)"
                          r"\W+of\W+(?:the\W+)?)?$", re.IGNORECASE)
# A demonym before people who travel: "Afghan truck drivers", "Chinese students"
_TRAVELLERS = re.compile(r"\s+(?:[\w-]+\s+)?(?:nationals|citizens|drivers|travell?ers|workers"
                         r"|students|visitors|tourists|traders|truckers|businesspeople|pilgrims)\b",
                         re.IGNORECASE)
# A demonym before goods names their origin, the side a measure on them hits: "Korean cars".
_GOODS = re.compile(r"\W+(?:[\w-]+\W+){0,2}?(?:goods|products|imports|exports|cars|vehicles|steel"
                    r"|aluminium|aluminum|seafood|wine|beef|pork|chips|firms|companies|brandy"
                    r"|canola|rapeseed|rice|oil|crude|coal|gas|textiles|garments|shipments)\b",
                    re.IGNORECASE)
_MEASURE_TYPES = frozenset({"tariff_increase", "tariff_reduction", "import_restriction",
                            "trade_remedy"})
_GOVERNMENT_ACTS = _MEASURE_TYPES | {"export_control", "export_control_easing", "sanction",
                                     "investment_restriction", "visa_restriction"}
# The buyer of a deal a state blocks, named after "by" (an appositive may stand between: "the
# acquisition of Calder Cells, a Welsh maker, by a Chinese group"; no other clause: "a stake in
# PayGrid within 120 days, following a review by" is the reviewer's "by").
_BUYER_BY = re.compile(r"\b(?:takeover|acquisition|purchase|buyout|bid|sale|stake|investment)\b"
                       r"[^,;.]{0,80}?(?:,\s+(?:a|an)\s+[^,;.]{1,60},)?\s+by\W+(?:the\W+|a\W+|an\W+)?$",
                       re.IGNORECASE)
# The types that list firms or goods of a state: sanctions and export controls.
_LISTINGS = frozenset({"sanction", "export_control"})
# a state naming a sanctions programme, not a side of the listing: "added six Chinese firms to
# its Russia sanctions list", "under the Special Economic Measures (Russia) Regulations"
_PROGRAMME = re.compile(r"\)?\s+(?:(?:sanctions?|export\s+control)\s+)?(?:list|regime|programme|program"
                        r"|regulations)\b", re.IGNORECASE)
_CITING = re.compile(r",\s+(?:citing|amid|over\s+concerns?|on\s+(?:the\s+)?grounds?)\b[^;]*$", re.IGNORECASE)
# "over its purchases of Russian oil", "about Chinese overcapacity": a reason, not a side.
_REASON = re.compile(r"\b(?:over|about)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
_FOR_HELPING = re.compile(r"\b(?:for|(?<=accused\W)of"
                          r"|saying\W+(?:that\W+)?(?:they|it|the\W+\w+)\W+(?:had\W+|have\W+|has\W+)?"
                          r"|(?:that|which|who)\W+(?:(?!be\b|been\b)[\w'\u2019-]+\W+){0,3}?"
                          r"(?:had\W+|have\W+|has\W+)?)"
                          r"\W*(?:allegedly\W+)?(?:suppl(?:ying|ied)|sell(?:ing)?|sold|help(?:ing|ed)?"
                          r"|aid(?:ing|ed)|ship(?:ping|ped)|provid(?:ing|ed)|export(?:ing|ed)"
                          r"|assist(?:ing|ed)|support(?:ing|ed)|divert(?:ing|ed)|smuggl(?:ing|ed)"
                          r"|bought|buy(?:ing)?|purchas(?:ing|ed)|financ(?:ing|ed)|facilitat(?:ing|ed)"
                          r"|participat(?:ing|ed)|engag(?:ing|ed)|involved|carr(?:ying|ied)"
                          r"|transport(?:ing|ed)|ferr(?:ying|ied))\W+"
                          r"(?:(?:[\w'\u2019-]+\W+){0,5}?(?:(?:to|with|of|from|for)\W+(?:the\W+)?)?)?$",
                          re.IGNORECASE)
# A former office holder no longer acts for a state: "the trial of former President Bolsonaro".
_FORMER = re.compile(r"\b(?:former|ex-|late)\W*(?:\w+\W+){0,3}$", re.IGNORECASE)
_PROTESTED = re.compile(r"\b(?:protest\w*|condemn\w*|criticis\w+|criticiz\w+|oppos\w+|reject\w*"
                        r"|denounc\w+|slam\w*|decr(?:y|ies|ied)|object\w*\W+to|complain\w*\W+about)"
                        r"\W+(?:\w+\W+){0,4}$", re.IGNORECASE)
_THAT = re.compile(r"that\b", re.IGNORECASE)
_SAYING = re.compile(r"(?:saying|adding|arguing|insisting|complaining|claiming|charging)\b",
                     re.IGNORECASE)
_SAYS_AFTER = re.compile(r"\W+(?:[\w-]+\W+){0,3}?(?:said|says|stated|added|told)\b", re.IGNORECASE)
_VERDICT = re.compile(r"(?:was|were|is|are)\b", re.IGNORECASE)
# (not the "States" of "the United States")
_SAYS = re.compile(r"\b(?:said|says|say|saying|called|calls|argued|argues|arguing|considers|considered"
                   r"|maintained|maintains|stated|(?-i:states)|contended|contends|insisted|insists"
                   r"|told|tells|telling|warned|warns)\b", re.IGNORECASE)
# A member state's goods under a measure on the EU's trade are the EU's: "French cognac".
_EU_MEMBERS = frozenset({
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
    "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
    "SWE"})


@dataclass(frozen=True, slots=True)
class Sides:
    initiator: str | None
    target: str | None
    countries: tuple[str, ...]
    subject: str | None = None  # who the clause's verb belongs to, when not the initiator
    guessed: bool = False  # the target is the article's other side, the clause named none


@dataclass(frozen=True, slots=True)
class Scope:
    """The part of the sentence a trigger owns, and what the article says about sides."""

    start: int
    end: int
    home: str | None  # the state behind "I" and "we" (an official source)
    pair: tuple[str, ...]  # the states the article is about, most named first
    previous: str | None = None  # who acted in the sentence's trigger before this one
    asked: str | None = None  # who a demand or accusation just before is aimed at
    asker: str | None = None  # and who made it
    venues: tuple[str, ...] = ()  # states the sentence names as where things take place
    seat: str | None = None  # whose bare "the ministry" it is (context.Context.seat)
    here: str | None = None  # where the sentence says it is told: "In Beijing, ...", "KENYA - "


def _before(text: str, actor: Actor, chars: int = 40) -> str:
    return text[max(0, actor.start - chars): actor.start]


def _make(initiator: str | None, targets: Sequence[str], extra: Sequence[str] = ()) -> Sides:
    targets = [t for t in dict.fromkeys(targets) if t != initiator]
    named = [c for c in (initiator, *targets, *extra) if c]
    return Sides(initiator, targets[0] if len(targets) == 1 else None,
                 tuple(sorted(set(named))))


def _symmetric(codes: list[str], scope: Scope, sentence: Sequence[str] = ()) -> Sides | None:
    """The states of the clause; a side it leaves out ("after he spoke to Trump") from the
    sentence's other states, else from the text's own (a government's) or the article's (not
    for a sentence told in a state of its own that names none: "ETHIOPIA - African Union
    ministers meeting in Addis Ababa ...")."""
    # (a government's own text is a party to what it tells: its state before the article's)
    home = (scope.home,) if scope.home else ()
    for code in [*sentence, *home, *scope.pair] if codes else () if scope.here else scope.pair:
        if len(set(codes)) >= 2:
            break
        codes.append(code)
    return Sides(None, None, tuple(sorted(set(codes)))) if len(set(codes)) >= 2 else None


def _or_named(text: str, codes: list[str], actors: Sequence[Actor], trigger: Trigger) -> list[str]:
    """A deal or call told by a noun whose clause gives it no parties takes the two states its
    sentence names ("the suspension of the US tariff on Vietnam, agreed in the Hanoi
    framework"), before the article's."""
    two = _THE_TWO.search(text, max(0, trigger.start - 60), trigger.start) is not None
    if codes and not two:
        return codes
    named = list(dict.fromkeys(a.code for a in actors
                               if a.kind in ("country", "capital", "demonym")
                               and not (a.kind == "demonym" and _TRADE_PEOPLE.match(text, a.end))))
    if two and len(named) == 2:
        return named  # "proposed to Egypt's president that their two countries open negotiations"
    if codes:
        return codes
    if trigger.ref:
        return named if len(named) == 2 else codes
    # a verb sharing the sentence's subjects: "Cambodian and Thai ministers held talks ...,
    # and signed an agreement"
    subjects = list(dict.fromkeys(a.code for a in actors if a.end <= trigger.start
                                  and a.kind in ("country", "capital", "demonym")
                                  and role(text, a, trigger.type) == "subject"))
    return subjects if len(subjects) == 2 and _AND_VERB.search(
        text, max(0, trigger.start - 12), trigger.start) else codes


_AND_VERB = re.compile(rf",?{AND_THEN}$", re.IGNORECASE)
# "their two countries" just before a trigger, in its clause (no stop between them)
_THE_TWO = re.compile(r"\b(?:(?:their|the)\s+two|both)\s+(?:countries|nations|governments|sides)\b"
                      r"(?![^.;]*[.;])", re.IGNORECASE)
# the state a sentence opens on as its topic: "On relations with Saudi Arabia, the spokesperson
# said the two countries' joint commission would meet in Riyadh"
_FRONTED = re.compile(r"\W*(?:On|Regarding|Concerning|As\s+(?:for|to|regards)|Turning\s+to|With\s+regard"
                      r"\s+to)\s+(?:(?:bilateral\s+)?(?:relations|ties|cooperation|trade)\s+with\s+)?(?:the\s+)?")
_MEASURE_NOUN = re.compile(r"(?:tariffs?|duties|duty|levies|levy|surcharges?|sanctions)\b", re.IGNORECASE)
# A state's producers or traders are no party to a deal they welcome: "French and Italian
# wine producers welcomed the truce".
_TRADE_PEOPLE = re.compile(rf"(?:\s+and\s+[A-Z][\w-]*)*(?:\s+[\w-]+){{0,2}}?\s+(?:{PRODUCERS}"
                           r"|makers|businesses|industries|traders|winemakers|steelmakers"
                           r"|carmakers|automakers|associations|lobbies|unions)\b")


_ON_GOODS = frozenset({"trade_remedy", "tariff_increase", "import_restriction"})


def _in_apposition(text: str, actors: Sequence[Actor]) -> set[int]:
    """The starts of the states named inside an apposition to the one before them ("The
    Philippines, Vietnam's largest customer, had asked Hanoi ..."): no verb's subject."""
    return {a.start for before, a in pairwise(actors)
            if _APPOSED.fullmatch(text, before.end, a.start)
            and _APPOSITION_END.match(text, a.end) is not None}


_APPOSED = re.compile(r"\s*,\s+(?:the\s+|a\s+|an\s+)?")
_APPOSITION_END = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}[\w-]+,")


def _quoted(text: str, at: int) -> bool:
    """Is `at` inside a quotation? Its words are the speaker's, not the subject of a verb
    after it ('"... the US side has made accusations," the ministry said, urging ...')."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _partner(code: str | None, scope: Scope) -> str | None:
    return next((c for c in scope.pair if c != code), None)


def role(text: str, actor: Actor, type_: str, trigger: Trigger | None = None) -> str:
    """What the words before a state make of it: agent, importer, target, owner (of a firm a
    measure hits), partner, subject."""
    before = _before(text, actor)
    if _OWNED_BY.search(before) or actor.text.endswith("-based"):
        return "owner"  # (a firm "Shenzhen-based" is of the side a measure hits, even "by" it)
    if _PEOPLE_OF.search(_before(text, actor, 80)) or _BODY_OF.search(_before(text, actor, 120)) \
            or _NAMED_OF.search(_before(text, actor, 100)):
        return "subject"  # "the presidents of Brazil and Chile met": Brazil is a party
    if type_ in OBJECT_TYPES and _ACT_OWNED.match(text, actor.end):
        return "target"  # "the EU's ruling is protectionism": the ruling's owner is accused
    if type_ == "accusation" and trigger is not None and trigger.end <= actor.start \
            and _CHARGED_DOING.match(text, actor.end):
        return "target"  # "These duties are unfair, and the United States is once again
        # violating its obligations": the state charged, after the charge, is not who charges
    if type_ in _MEASURE_TYPES and _PRODUCED_BY.search(before):
        return "origin"  # "steel wire made by Indonesian mills": the goods' state
    if type_ == "import_restriction" and actor.kind == "demonym" and _SUPPLIERS.match(text, actor.end):
        return "origin"  # "four Australian meat plants had shipped beef ..., and imports from
        # them were suspended": the suppliers' state
    if type_ == "visa_restriction" and actor.kind == "demonym" and _TRAVELLERS.match(text, actor.end):
        return "origin"  # "Pakistani drivers will need Afghan visas": the travellers' state
    if type_ == "investment_restriction" and _BUYER_BY.search(_before(text, actor, 100)):
        return "target"  # "blocked the takeover of Gippsland Valley Dairy by China's Huaxin": the
        # buyer's state is the side hit, not the blocker
    if (_AGENT_PREP.search(before) or _DIRECTED_BY.search(before)) and not (
            actor.kind == "demonym" and _NONSTATE_GROUP.match(text, actor.end)):
        return "agent"  # (not "reports by Thai fruit exporters that Vietnam had blocked ...")
    if type_ in _MEASURE_TYPES and _WHICH.search(before) and _MADE_IT.match(text, actor.end):
        return "agent"  # "a 30% tariff that US President Trump announced"
    if type_ not in SYMMETRIC_TYPES and (_MEASURE_BEFORE.search(before) or (
            trigger is not None and trigger.start < actor.start and _RELATIVE.search(before))) \
            and _MADE_IT.match(text, actor.end):
        return "agent"  # "halted under export measures China adopted on Oct. 4" (also where
        # the trigger runs on to the verb: "the 40% levy on cars that Ankara announced")
    if type_ not in SYMMETRIC_TYPES and trigger is not None and (_OWNS_ACT.fullmatch(
            text, actor.end, trigger.start) or (_ACT_OF.search(before) and (_TO_ACT_ASIDE.fullmatch(
                text, actor.end, trigger.start) or _TO_ACT.fullmatch(text, actor.end, trigger.start)
                or (text[actor.end: trigger.start].strip() in ("", ",")
                    and _ASIDE_OPENS.match(trigger.text))))):
        return "agent"  # "the ministry's decision to impose", "the decision of X to impose"
    if type_ in ("export_control", "export_control_easing") and _FROM_TERRITORY.search(before):
        return "agent"  # "a ban on the export of live cattle from the territory of Kazakhstan"
    if type_ == "trade_remedy" and (_EXPORTED_TO.search(before) or _IMPORTS_INTO.search(before)):
        return "importer"  # "the dumping of steel tubes exported to Australia from Korea"
    if type_ == "import_restriction" and _ADMITTED_TO.search(before):
        return "importer"  # "Kazakh wheat will be admitted to Russia through only three ..."
    if type_ == "import_restriction" and _KEPT_FROM.search(before) and _MARKET.match(text, actor.end):
        return "importer"  # "Armenian apricots were barred from the Russian market"
    if type_ in _IMPORT_TYPES and _IMPORTER.search(before) and (
            type_ in _NAMED_TARGET_ONLY or not _TRAVEL.search(before)) \
            and not _INQUIRY_INTO.search(before):
        return "importer"
    if type_ not in OBJECT_TYPES and trigger is not None \
            and actor.end < trigger.start and (text[actor.end:trigger.start].strip() in (
                "'s", "\u2019s") or (type_ in _GOVERNMENT_ACTS and _OWNS_GOODS_ACT.fullmatch(
                    text, actor.end, trigger.start)) or (
                    not text[actor.end:trigger.start].strip() and actor.kind != "person"
                    and _MEASURE_NOUN.match(trigger.text))):
        return "agent"  # "the row over Poland's ban on Ukrainian sugar": Poland's ban;
        # "Indonesia's nickel ore export ban": Indonesia's; "the dispute over US tariffs on
        # European wine": the US's
    if type_ in _MEASURE_TYPES and (
            _REASON.search(text, trigger.start, actor.start)
            if trigger is not None and actor.start > trigger.start else _REASON.search(before)):
        return "reason"  # (not "the dispute over US tariffs on Canadian steel": the tariffs')
    if type_ not in SYMMETRIC_TYPES and _FOR_HELPING.search(text, max(0, actor.start - 90),
                                                           actor.start):
        return "reason"  # "listed 19 Chinese firms for supplying drone parts to Russia"
    if type_ in _GOVERNMENT_ACTS and trigger is not None and actor.start > trigger.end \
            and _CITING.search(text, trigger.end, actor.start):
        return "reason"  # "imposed a licence requirement on the three companies, citing concerns
        # that the chips could be diverted to China": why, not whom
    if type_ in _MEASURE_TYPES and actor.kind == "demonym" and (
            _GOODS.match(text, actor.end) or _NONSTATE_GROUP.match(text, actor.end)):
        return "origin"  # (and "Canadian lumber exporters would have to post deposits")
    if type_ not in OBJECT_TYPES and trigger is not None and trigger.ref and actor.kind != "person" \
            and actor.end < trigger.start and text[actor.end:trigger.start].strip() in (
                "", "'s", "\u2019s"):
        return "agent"  # right before the measure's noun, it owns it: "firms on US blacklists"
    if type_ not in SYMMETRIC_TYPES and type_ not in OBJECT_TYPES and _MADE_IN.search(before):
        return "origin"  # "Imports of the product originating in India are the subject of ..."
    if type_ == "demand" and _REQUEST_FROM.search(before):
        return "agent"  # "following a request from Dhaka": Dhaka asked
    if _WORD_FROM.search(before):
        return "subject"  # "after advice from the Foreign Investment Review Board": its source
    if _ON_DAY.search(before) and (_OWNER_AFTER.match(text, actor.end) or _OWNER_AFTER.search(actor.text)):
        return "subject"  # "On Thursday China's embassy urged ...": a day, then the owner
    if _TARGET_PREP.search(before) or (type_ in _MEASURE_TYPES and _EXAMPLES.search(before)) or (
            type_ in _LISTINGS and _FIRMS_IN.search(before)):
        return "target"  # (the partners a measure hits, by example: "countries including Chile")
    if _PARTNER_PREP.search(before):
        return "partner"
    if type_ in _MEASURE_TYPES and trigger is not None and actor.start > trigger.end \
            and _CONDITION_ON.search(before):
        return "target"
    return "subject"


def _union(targets: list[str], mine: Sequence[Actor], scope: Scope) -> list[str]:
    """A member state hit by a measure aimed at the EU ("brandy from the EU, ... France"), or
    its goods in an article about the EU ("French cognac"), stand for the EU."""
    demonyms = {a.code for a in mine if a.kind == "demonym"}
    aimed = "EUU" in targets
    if not aimed and "EUU" not in scope.pair[:2]:
        return targets
    return list(dict.fromkeys(
        "EUU" if t in _EU_MEMBERS and (aimed or t in demonyms) else t for t in targets))


def _hyphened(text: str, a: Actor, b: Actor) -> bool:
    """Two states joined by a hyphen or dash into one name: "EU-China", "Australia-India"."""
    return b.start == a.end + 1 and text[a.end] in "-\u2013" and a.code != b.code


def _compound(text: str, trigger: Trigger, actors: Sequence[Actor]) -> list[str]:
    """The two states of a compound right before (or in) a deal or talks noun: "the
    Australia-India deal", "EU-China talks"."""
    for a, b in pairwise(actors):
        if _hyphened(text, a, b) and trigger.start - 30 <= b.end <= trigger.end \
                and not text[b.end: max(b.end, trigger.start)].strip(" \u2019's").count(" ") > 2:
            # (a bloc's name stands for each of its members: "the New Zealand-GCC agreement")
            return [c.code for c in actors if c.start in (a.start, b.start)]
    return []


# Between a state and the accusation it owns: nothing, or the name of who made it for it
# ("Chinese accusations", "US Trade Representative Mark Osei's accusation").
_OWNER_NAMED = re.compile(r"(?:\s+[A-Z][\w.\u2019'-]*){0,3}\s*(?:['\u2019]s)?\s*")
_PRONOUN_ASKED = re.compile(r"\b(?:it|them)\s+to\b", re.IGNORECASE)


def assign(text: str, trigger: Trigger, actors: Sequence[Actor], scope: Scope) -> Sides | None:
    """The sides of the event `trigger` names, or None when they cannot be told."""
    mine = [a for a in actors if scope.start <= a.start and a.end <= scope.end
            and not _EXCEPT.search(_before(text, a))
            and not (a.kind in ("capital", "demonym") and _PRESS_AFTER.match(text, a.end))
            and not (a.code == "EUU" and _MEMBER_OF.search(_before(text, a)))
            and not (trigger.type in _LISTINGS and a.kind != "person"
                     and _PROGRAMME.match(text, a.end))]
    if trigger.type == "demand" and scope.asked and scope.asker and _PRONOUN_ASKED.search(trigger.text):
        # "accused Ottawa of ... and urged it to withdraw its surtax on Chinese steel": the
        # one just charged is asked, by the one who charged it, whatever goods follow
        return _make(scope.asker, [scope.asked])
    span = text[scope.start: scope.end]
    named = _compound(text, trigger, mine) if trigger.type in SYMMETRIC_TYPES else []
    if named:
        return _symmetric(named, scope)  # "the Australia-India deal": those two, whoever else
    cut = _NEXT_CLAUSE.search(text, trigger.end, scope.end)
    if trigger.type in SYMMETRIC_TYPES or _MUTUAL.search(
            text[scope.start: cut.start() if cut else scope.end]):
        # before the trigger only its subjects: "the deal with the UK, Trump reached ..."
        # (a state or leader inside the trigger is a party: "spoke to Trump by phone")
        # (nor one named in a participle clause after it: ", pledging to ... North Korea")
        # (a compound's first state is a party, whatever is before it: "negotiations on an
        # EU-United Arab Emirates free trade agreement")
        joined = {a.start for a, b in pairwise(mine) if _hyphened(text, a, b)}
        # (nor the state that tells of it after a comma: "Argentina and Brazil will hold talks
        # in Montevideo next week, Uruguay's foreign ministry said")
        sayers = {a.start for a in mine if a.start > trigger.end and "," in text[trigger.end: a.start]
                  and _SAYS_AFTER.match(text, a.end)}
        if len({a.code for a in mine if a.start not in sayers}) < 2:
            sayers = set()  # (a sayer that is the only other state named may well be a party)
        return _symmetric(_or_named(text, [a.code for a in mine if a.start not in sayers and not (
                               a.start > trigger.end and _PARTICIPLE.search(text, trigger.end, a.start))
                           and not (a.kind == "demonym" and _TRADE_PEOPLE.match(text, a.end))
                           and ((role(text, a, trigger.type) == "subject"
                                 and a.start < trigger.start)
                                or _FRONTED.fullmatch(text, 0, a.start)
                                or trigger.start <= a.start < trigger.end
                                # (the caller a call comes from: "received a call from Turkey's")
                                or (trigger.text.endswith(" from") and not text[trigger.end: a.start].strip())
                                or (a.start >= trigger.start
                                    and (a.start in joined or not _TOPIC.search(_before(text, a)))
                                    and not _ROUTE.search(_before(text, a))))],
                                     actors, trigger),
                          scope, [*(a.code for a in actors if a.kind in ("person", "office")),
                                  # (a third state the meeting is held in is no party: "their
                                  # negotiators would meet in Singapore")
                                  *(v for v in scope.venues if trigger.type == "leader_meeting"
                                    and (len(scope.pair) < 2 or v in scope.pair[:2]))])
    roles = [(a, role(text, a, trigger.type, trigger)) for a in mine]
    if trigger.type == "accusation" and trigger.text[:10].lower() == "accusation":
        # "Warsaw rejected Chinese accusations that ...": the accusations' owner makes them,
        # at the one who answers them
        owner = next((a for a in mine if a.end <= trigger.start
                      and _OWNER_NAMED.fullmatch(text, a.end, trigger.start)), None)
        if owner is not None:
            answer = [a.code for a, r in roles if r == "subject" and a.end <= owner.start
                      and a.code != owner.code]
            # (the state the charge names: "Osei's accusation on May 19 that Vietnam was ...")
            charged = [a.code for a in mine if a.start >= trigger.end and a.code != owner.code] \
                if trigger.text.lower().endswith("that") else []
            return _make(owner.code, charged[:1] or answer[-1:] or [
                c for c in scope.pair if c != owner.code][:1])
    # a state listed after another shares its role: "steel from China and India"
    for k in range(1, len(roles)):
        (prev, prev_role), (actor, _) = roles[k - 1], roles[k]
        if prev_role != "subject" and _LISTED.fullmatch(text, prev.end, actor.start):
            roles[k] = (actor, prev_role)
    # a state named inside the trigger is its object: "accused Brazil of", "added Chinese firms to"
    roles = [(a, "target" if r == "subject" and trigger.start < a.start < trigger.end
              and not _OWNER.match(text, a.end, trigger.end) else r) for a, r in roles]
    # "tariffs imposed on Chinese cars by Washington", not "..., following a step by Washington"
    # (but "the licence requirement, which Japan announced on May 9": the maker still)
    roles = [(a, "subject" if r == "agent" and a.start > trigger.end
              and "," in text[trigger.end: a.start]
              and not _WHICH_MADE.search(_before(text, a))
              and not _MADE_BY.search(_before(text, a)) else r) for a, r in roles]
    after = [(a, r) for a, r in roles if a.start >= trigger.start]
    # (the agent of another act before a demand or charge is not its maker: "Regarding the
    # measure announced by China's ministry, the Government of Japan calls on China to ...")
    initiator = next((a.code for a, r in roles if r in ("agent", "importer") and not (
        trigger.type in OBJECT_TYPES and (a.end <= trigger.start or not trigger.ref))),
        None) or next(
        (a.code for a in mine if trigger.start <= a.start < trigger.end
         and _OWNER.match(text, a.end, trigger.end)
         and trigger.type not in OBJECT_TYPES), None)  # "said a US tariff was unfair": accused
    if initiator is None and trigger.type in RETREATS:
        # "a deal that suspends Beijing's October ban on graphite exports to U.S. users": the
        # state owning the measure undone undoes it, whoever made the deal
        initiator = next((a.code for a in mine if trigger.start <= a.start < trigger.end
                          and _POSSESSED.match(text, a.end)), None)
    targets = [a.code for a, r in roles
               if r == "origin" or (r == "target" and (
                   a.start >= trigger.start or trigger.role == "patient"
                   or (trigger.type in _IMPORT_TYPES and _GOODS_FROM_SUBJECT.search(
                       text, max(scope.start, a.start - 90), a.start)
                       and _THEN_VERB.fullmatch(text, a.end, trigger.start))))]
    owners = [a.code for a, r in roles if r == "owner"]
    # the owner of the firm hit, not where the firm is based (a charge's target is whom it
    # names: "accused Ghana of ... shutting shops owned by Nigerian traders")
    targets = targets if trigger.type in OBJECT_TYPES and targets else owners or targets
    accused = [a.code for a, r in roles if r == "target" and trigger.start < a.start < trigger.end]
    if trigger.type == "accusation" and accused:
        targets = accused  # "accused Ottawa of copying Washington's protectionism": Ottawa
    elif trigger.type == "demand" and accused:
        # "urged the European Union to withdraw the duties it imposed on Indonesian steel": the
        # one urged, not the state whose goods the measure hits
        targets = accused[:1]
    judged = [a for a, r in roles if r == "target" and a.start < trigger.start
              and trigger.type in OBJECT_TYPES and _ACT_OWNED.match(text, a.end)]
    if judged:  # "the EU's ruling is protectionism, the ministry said": the EU is accused
        targets = [judged[-1].code]
        sayer = next((a.code for a, _ in after if _SAYS_AFTER.match(text, a.end)), None)
        if sayer is not None and sayer != targets[0]:
            return _make(sayer, targets)
    # "requested that Korean automobiles be exempted from the tariff the United States
    # applies": the goods' state is who the demand is for, not whom it is put to
    helped = {a.start for a, _ in after if trigger.type == "demand" and (
        (a.kind == "demonym" and _BENEFICIARY.match(text, a.end))
        or _EXEMPTED.search(text, max(trigger.start, a.start - 30), a.start))}
    spared = {a.code for a in mine if a.start in helped}  # (only a demand's: see `helped`)
    if spared:
        targets = [c for c in targets if c not in spared]
    first = next((a for a, _ in after if a.start >= trigger.end and a.start not in helped
                  and _ADDRESSEE.fullmatch(text, trigger.end, a.start)), None)
    if trigger.type == "demand" and first and not any(
            trigger.start <= a.start < trigger.end for a in mine):
        targets = [first.code]  # "demanded that India lift its tariffs on Canadian lentils"
        for a in (a for a, _ in after if a.start > first.start):
            if not _LISTED.fullmatch(text, first.end, a.start):
                break
            targets.append(a.code)  # "called on Japan and the Philippines to": both asked
            first = a
    if trigger.type in OBJECT_TYPES and after and not targets:
        # (not the speaker named again: "Russia's spokeswoman said the measures were
        # illegitimate, and that Moscow would respond")
        speakers = {a.code for a, r in roles if r == "subject" and a.end <= trigger.start}
        targets = [a.code for a, _ in after if a.start not in helped
                   and a.code not in speakers][:1]
    speaker = not _quoted(text, trigger.start)  # a quotation before it is not its subject
    apposed = _in_apposition(text, mine)
    subjects = [a.code for a, r in roles if r == "subject" and a.start < trigger.start
                and not _FORMER.search(text, max(0, a.start - 40), a.start)
                and not (speaker and _quoted(text, a.start))
                and a.start not in apposed]
    said = ((_VERDICT.match(trigger.text) and trigger.type == "accusation")
            or (trigger.type in OBJECT_TYPES and _THAT.match(trigger.text))) and max(
        (m.end() for m in _SAYS.finditer(text, 0, trigger.start)), default=0)
    # "Lima said a new Chilean tariff ... was unfair": the sayer accuses its owner; "X said
    # that the Dutch decision was a first step, but that the Netherlands should revoke it"
    if said:
        # (the verdict's subject is the accused, not a state after it: "Brussels was using
        # plant-health rules as disguised protectionism against South African growers")
        targets = [a.code for a in actors if said <= a.start < trigger.start][:1] or targets
        subjects = [a.code for a in actors if a.end <= said - 4
                    and role(text, a, trigger.type) == "subject"][-1:] or subjects
    if not subjects and scope.asked and trigger.ref:
        subjects = [scope.asked]  # "urged Lima to end its suspension of imports": Lima's
    if trigger.type == "accusation" and not subjects and initiator is None and not targets \
            and scope.asked and scope.asker:
        # "urges the EU to reconsider the mechanism, which is discriminatory": the same
        # speaker charges the same side
        return _make(scope.asker, [scope.asked])
    if not subjects and trigger.type in OBJECT_TYPES and _SAYING.match(trigger.text) \
            and text[:trigger.start].rstrip().endswith(","):
        # "X condemned Y's order imposing tariffs, saying it was unfairly singled out": the
        # subject of the main verb says it, not the state whose act its object names
        subjects = [a.code for a in actors if a.end <= trigger.start
                    and role(text, a, trigger.type) == "subject"
                    and not (speaker and _quoted(text, a.start))][:1]
    if subjects and initiator is None and scope.previous and not trigger.ref \
            and trigger.type not in OBJECT_TYPES and _VERB_FIRST.match(trigger.text) \
            and _AND_VERB.search(text, max(scope.start, trigger.start - 12), trigger.start):
        # "sanctioned three senior South African officials and froze any assets they hold":
        # the verb after "and" shares the subject of the one before, whose object ends there
        subjects = [scope.previous]
    if not subjects and initiator is None and scope.previous and not (
            trigger.type in ("export_control", "export_control_easing") and scope.previous in targets):
        # the subject of a verb coordinated with the one before ("the ministry placed controls
        # on X and added Y to a list", "X said ... were unfair, accusing Y of ...") (not, for
        # an export control, the state its exports go to: "Those controls ... require licences
        # for shipments to China", told after China's own measure)
        subjects = [scope.previous]
    borrowed = not subjects  # the subject of an earlier verb of the sentence, if any
    if not subjects:  # a subject shared with an earlier verb: "X halted A and proposed B"
        earlier = [a for a in actors if a.end <= scope.start
                   and not (speaker and _quoted(text, a.start))]
        subjects = [a.code for a in earlier if role(text, a, trigger.type) == "subject"][-1:]
    if trigger.type in OBJECT_TYPES and subjects and set(targets) == {subjects[-1]}:
        # no state asks or accuses itself: in "X said the EU was protectionist and urged
        # Brussels to ...", the EU is what X spoke about; X (else the other side) acts
        subjects = [c for c in subjects if c not in targets][-1:] or [
            a.code for a in actors if a.end <= trigger.start and a.code not in targets
            and role(text, a, trigger.type) == "subject"
            and not (speaker and _quoted(text, a.start))][-1:]
    if trigger.type == "visit_invitation":
        # the host invites: the state named after "at the invitation of" ("travelled to Cairo at
        # the invitation of his Egyptian counterpart"), else the one the guest goes to
        inviter = next((a.code for a, _ in after if a.start >= trigger.end),
                       None) if AT_INVITATION.match(trigger.text) else None
        # (not where the inviter went: "an invitation the prime minister extended during his
        # visit to Mexico City")
        host = inviter or next((a.code for a, _ in after if _DESTINATION.search(_before(text, a))
                                and not INVITATION_MADE.search(trigger.text)), None)
        if host:
            guests = [a.code for a in mine if a.code != host]
            fallback = _partner(host, scope)
            return _make(host, guests[:1] or ([fallback] if fallback else []))
    # the goods' origin is the side hit, whoever the sentence's subject is: "Canberra raised
    # the suspension of Australian lobster imports" is a Chinese measure
    origins = [a.code for a, r in roles if r == "origin"]
    if subjects and initiator is None and ((subjects[-1] in origins and (trigger.ref or borrowed))
                                           or (borrowed and subjects[-1] in targets)):
        # (nor is a subject borrowed from an earlier verb the state this clause's measure hits:
        # "X accused the United States of ..., and her ministry proposed duties on U.S. pork")
        subjects = [c for c in [_partner(subjects[-1], scope)] if c]
    protester = None
    if initiator is None and subjects and trigger.ref and trigger.type not in OBJECT_TYPES \
            and _PROTESTED.search(text, max(0, trigger.start - 60), trigger.start):
        # "Tokyo protested Tuesday's export ban": a measure protested is the other side's
        other = next((a.code for a in mine if a.code != subjects[-1]), None) or _partner(
            subjects[-1], scope)
        if other is not None:
            initiator, targets, protester = other, [subjects[-1]], subjects[-1]
    if trigger.role == "patient" and subjects:
        if trigger.type == "sanction":
            # (not a state inside a relative clause about the subject: "The fourteen Japanese
            # entities, which endanger China's national security, are added to the list")
            subjects = [a.code for a, r in roles if r == "subject" and a.start < trigger.start
                        and not (_RELATIVE_CLAUSE.search(text, scope.start, a.start)
                                 and "," in text[a.end: trigger.start])][-1:] or subjects
        others = [a.code for a, _ in after if a.code != subjects[-1]]
        initiator, targets = initiator or (others[0] if others else None), [subjects[-1]]
    elif initiator is None and subjects:
        initiator = subjects[-1]
        if trigger.type in _ON_GOODS and targets == [initiator] and scope.home \
                and scope.home != initiator:
            # no state's measure hits itself: "The EU side may raise its concerns, and the
            # anti-dumping investigation into EU pork ..." (a Chinese text): the text's own
            initiator = scope.home
    if trigger.type == "accusation" and initiator is None and not subjects:
        # "Asked about the sanctions imposed by the US Treasury on Iranian firms, the
        # spokesperson said the measures were illegal": the maker of the act judged is accused
        makers = [a.code for a, r in roles if r == "agent" and a.end <= trigger.start]
        targets = makers[-1:] or targets
    if initiator is None and (_FIRST_PERSON.search(span) or (
            trigger.type in OBJECT_TYPES and not mine and not targets)):
        initiator = scope.home  # (an official text's charge that names no one: its own)
    if not mine and trigger.ref:
        return None
    if initiator is None and not mine and trigger.type in OBJECT_TYPES:
        # "said the order ran counter to fair competition, and urged Washington to ...": a
        # charge that names no state is aimed at the one the speaker names next
        targets = [a.code for a in actors if a.start >= scope.end][:1]
    if initiator is None and scope.home and scope.home not in targets \
            and trigger.type in _GOVERNMENT_ACTS | OBJECT_TYPES and (targets or not trigger.ref):
        initiator = scope.home  # a government's own text: "Exports to China will require a
        # licence", "Executive Vice-President Rossi called on Chile to ..."
    if initiator is None and not mine and scope.pair and (_OWN_BODY.search(
            text, max(scope.start, trigger.start - 60), trigger.start) or _NAMED_BODY.search(
            text, scope.start, trigger.start)) and _GLOBAL.search(
            text, trigger.start, min(scope.end, trigger.end + 90)):
        # "the finance ministry cut the basic customs duty ...", "The Ministry of Trade and
        # Regional Integration banned the export of hides to all destinations": the article's
        initiator = scope.here or scope.seat or scope.pair[0]
    if initiator is None and not mine and (
            (scope.here and (_BODY.search(text, scope.start, trigger.start)
                             or _INSTRUMENT.search(text, scope.start, trigger.start)))
            or (scope.seat and _NAMED_BODY.search(text, scope.start, trigger.start))
            or (seat_of(scope.seat) and (opens := heading_end(text))
                and (_BODY.match(text, opens) or _INSTRUMENT.match(text, opens)))):
        # "GHANA - The finance ministry said on Friday it had suspended import duties ...",
        # "PORT MORESBY - The Department of Commerce and Industry today proposed banning ...",
        # "BUENOS AIRES - The government decreed on Thursday that the tariff will fall":
        # a bare body or instrument of a sentence told in a state, or one named in full (no
        # "the ministry" told before) or opening the story after its dateline, is that state's
        initiator = scope.here or scope.seat
    if initiator is None and not subjects and trigger.type in _GOVERNMENT_ACTS:
        # "Exports of petrol ... will remain banned for six months, Kazakhstan's energy
        # ministry said": a measure told without its maker, by the state that makes it
        initiator = next((a.code for a, _ in after if a.start >= trigger.end and a.code not in targets
                          and "," in text[trigger.end: a.start] and _SAYS_AFTER.match(text, a.end)),
                         None)
    if initiator is None and targets:  # (not another of the states a measure hits)
        # "In Beijing, a commerce ministry spokesperson called on the United States to ..."
        # (a body named in the clause, in a story filed from a state, is that state's:
        # "BUENOS AIRES - Imports from Brazil will require licences, the Secretariat of ...")
        seat = scope.seat if scope.seat and (_NAMED_BODY.search(text, scope.start, scope.end) or (
            _BODY.search(text, scope.start, trigger.start))
            or (_BODY_OPENS.match(text) and seat_of(scope.seat))) else None  # (Brussels: the EU's)
        initiator = next((c for c in (scope.here, seat, *scope.pair) if c and c not in targets),
                         None)
        if initiator is None and (len(targets) < 2 or trigger.type in OBJECT_TYPES):
            initiator = _partner(targets[0], scope)
    if initiator is None:
        return None
    targets = [t for t in targets if t != initiator]  # "U.S. tariffs on U.S. note 2 goods"
    if trigger.type in _MEASURE_TYPES and initiator not in _EU_MEMBERS | {"EUU"}:
        targets = _union(targets, mine, scope)
    if not targets and trigger.type in _NAMED_TARGET_ONLY:
        targets = [a.code for a in mine if (a.kind == "demonym" and _PEOPLE.match(text, a.end))
                   or _HOLDERS_OF.search(text, max(0, a.start - 40), a.start)]
        if not targets and _EU_PEOPLE.search(span):
            targets = ["EUU"]  # "European officials and lawmakers barred from entering"
        elif not targets and _NAMED_HOLDERS.search(text, trigger.start, scope.end):
            targets = [c for c in [_partner(initiator, scope)] if c]  # "the visas of Moraes"
    elif not targets and not _GLOBAL.search(text, trigger.start, min(scope.end, trigger.end + 90)):
        # (not a state the clause names as the reason: "for shipping Iranian oil")
        reasons = {a.code for a, r in roles if r == "reason"}
        targets = [c for c in [next((c for c in scope.pair if c != initiator
                                     and c not in reasons), None)] if c]
        made = _make(initiator, targets)
        return replace(made, subject=protester, guessed=bool(targets)) if protester else replace(
            made, guessed=bool(targets))
    made = _make(initiator, targets)
    return replace(made, subject=protester) if protester else made
