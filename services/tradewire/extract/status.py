"""What the sentence says about a trigger: which status, or not an event at all.

    "Beijing did not impose tariffs"          -> None (negated)
    "Washington could impose tariffs"         -> None (hypothetical)
    "Will Beijing retaliate?"                 -> None (a question)
    "Trump threatened to impose tariffs"      -> threatened
    "the two leaders will meet on Monday"     -> scheduled
    "China will suspend its export controls"  -> announced (the easing); the controls: suspended

Only the clause around the trigger counts: the words since the last ';' or ':' and at most
a dozen words before the trigger, so a modal far away in another clause does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tradewire.extract.actors import BLOC_NAMES, find_actors
from tradewire.extract.asides import states_nothing
from tradewire.extract.case_blind import CaseBlind
from tradewire.extract.kinds import ENCOUNTERS as ENCOUNTERS
from tradewire.extract.kinds import MEASURES as _MEASURES
from tradewire.extract.kinds import PRODUCERS, RETREATS
from tradewire.extract.kinds import TOPICS as _TOPICS
from tradewire.extract.kinds import TRADE_WORD as _TRADE_WORD
from tradewire.extract.triggers import Trigger
from tradewire.models import Status

_CLAUSE_START = re.compile(r".*(?:[;:]|\s[\u2014\u2013]\s|\b(?:but|while|whereas|although|though)\b)",
                           re.DOTALL)
_SUBORDINATE = re.compile(r"\b(?:since|after|because|following)\b", re.IGNORECASE)
_NEGATED = CaseBlind(
    r"(?:\b(?:not|never|n[o\u2019']t|no|no plans? to|refused to|refuses to|declined to|rejected calls? to"
    # ("without prior consultation, to freeze ...": the manner of the act, not its negation)
    r"|ruled out|without(?!\W+(?:(?:prior|any|advance|formal|public|further)\W+)?(?:consultations?"
    r"|notice|warning|notification|explanation|delay)\b)"
    r"|neither|nor|stopped short of|failed to|fails to|failure to|failing to"
    r"|yet to)"
    r"|\Bn[\u2019']t)\b(?:\W+\w+){0,3}\W*$")
_ASKED_WHETHER = re.compile(r"\W*Asked\s+(?:whether|if|about|when)\b[^,;]*$")
_NO_SIGN = CaseBlind(r"\bno\W+(?:sign|signs|prospect|prospects|hope|chance|word|date)\W+(?:of|for)\W*$")
# "Neither side gave a timeline for concluding an agreement": no date for it, no act.
_NO_TIMELINE = re.compile(r"\b(?:no|neither|not|nor|without)\b(?:\W+\w+){0,4}?\W+(?:timeline|timetable"
                          r"|time\W*frame|deadline|date)\W+(?:for|to|of)(?:\W+\w+){0,2}?\W*$", re.IGNORECASE)
# An act given up before it was taken: "backed away from his threat to impose", "dropped
# its plan to ban imports".
_ABANDONED = CaseBlind(r"\bback(?:ed|s|ing)?\W+away\W+from(?:\W+\w+){0,3}\W*$|\b(?:abandon\w*"
                       r"|shelv\w*|dropp\w*|drops?|withdr[ae]w\w*|scrapp\w*|scraps?)\W+(?:\w+\W+){0,2}"
                       r"(?:plans?|threats?|proposals?|idea|bid)\W+(?:to|of)\W*$")
DENIAL = re.compile(r"\b(?:denied|denies|deny|dismissed|rejected) (?:(?:an?|the) )?(?:[\w-]+ ){0,2}?"
                    r"(?:reports?|claims?|that)\b", re.IGNORECASE)
# Being hopeful of an act is hoping for it (and doubting it, pursuing it: _PURSUED).
_MOODS = r"optimistic|hopeful|confident|upbeat"
_HOPEFUL = rf"(?:{_MOODS})\W+(?:about|of|on|that\W+(?:[\w'\u2019-]+\W+){{1,4}}?(?:will|would|can|could))"
# (a concessive "if" qualifies a word, it sets no condition: "a new, if small, market")
_CONCESSIVE = (r"(?:small|modest|limited|brief|partial|belated|cautious|tentative|temporary|symbolic"
               r"|narrow|slim|slight|grudging|qualified|muted|fragile|uneasy|imperfect)")
_IF = rf"(?<!even\s)if(?!\W+{_CONCESSIVE}\W*,)"
_HYPOTHETICAL = re.compile(
    rf"\b(?:could|might|(?-i:may|MAY)|should|would|{_IF}|unless|whether|possibl[ey]|potential(?:ly)?"
    r"|risk of|fears? of|in case|hypothetical|likely|unlikely|probably|perhaps|maybe|aims? to"
    r"|seeks? to|look(?:s|ed|ing)?\W+forward\W+to"
    r"|wants? to|hop(?:e|es|ed|ing) to|willing\w*|ready to|open to|(?:aiming|seeking|looking|trying|striving"
    r"|working|intends?|intending|racing|scrambling|pushing|in a bid|in an effort|meant"
    rf"|designed|intended) to|{_HOPEFUL}"
    r"|scenarios?\W+(?:in\W+which|where|that)|base\W+case|stress\W+test)\b",
    re.IGNORECASE)
# What someone hopes or aims for has not happened, whoever reports the hope: "where officials
# hope to finalize a trade truce", "agreed to aim for a deal", "optimistic about reaching".
_ASPIRED = CaseBlind(r"\b(?:(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?"
                     r"|wish(?:es|ed)?|strive|strives|striving)\W+(?:to|for|at)"
                     rf"|{_HOPEFUL})\b")
# What a deal noun is when the words before it pursue it: "gaps in a free trade agreement",
# "negotiations on a deal", "room for a deal", "close to a deal", "optimistic about reaching
# an agreement": talks, not a deal reached.
_PURSUED = CaseBlind(
    r"\b(?:toward|towards|gaps?|differences|negotiat\w*|talks|discussions|work(?:ing)? on|push\w* for"
    r"|hop\w* for|room for|close to|nearing|near|pursu\w*|seek\w*|bid for|prospects? (?:of|for)"
    r"|fast[- ]track\w*|expedit\w*|accelerat\w*|speed(?:s|ing)? up|sped up"
    r"|chances? (?:of|for)|path to|road to|progress (?:on|toward)|obstacles? to|hurdles? to"
    r"|held up|hold(?:s|ing)? up|block\w*|veto\w*|stall\w*|obstruct\w*|prepar\w*"
    r"|draft(?:s|ed|ing)?|draw(?:ing)? up|rounds? on|updating|upgrading|moderni[sz]ing|revising"
    r"|reviewing"
    rf"|(?:{_MOODS}|pessimistic|doubtful|sceptical|skeptical)\W+(?:about|of|on))\b"
    r"(?:\W+(?:on|over|for|about|toward|towards|of|to|in|a|an|the|new|free|remaining|bilateral"
    r"|trade|comprehensive|possible|broader|wider|final|its|their|any|long-awaited|first|second"
    r"|initial|part|parts|tranche|phase|stage|terms|details|text|elements|outline|chapters?"
    r"|economic|partnership|investment|digital|framework|strategic|reciprocal|preferential"
    r"|regional|goods|services|cooperation|upgraded|enhanced|\w+[-\u2013]\w+|\d{4}"
    # ("talks on the Economic and Technology Cooperation Agreement": an "and" inside its name)
    r"|and(?=\W+(?:technology|trade|economic|investment|technical|scientific|development|commercial"
    r"|cooperation)\b)"
    r"|(?!(?:signed|sign|reached|concluded|conclude|struck|sealed|clinched|inked|finali[sz]ed"
    r"|agreed|ended|and|but|which|that|after|before|was|were|is|are|has|have|had"
    r"|will|would|to|up|won|got|wrapped|\w+ed)\b)[a-z]+)){0,8}"
    r"\W*$")
# Someone with no power to act speaking: "said an analyst", "Economists said ...".
_PUNDITS = (r"(?:analysts?|economists?|strategists?|experts?|observers?|commentators?|academics?"
            r"|professors?|researchers?|consultants?|lawyers?|scholars?|fellows?|think\W+tanks?)")
_OPINION = CaseBlind(
    r"\b(?:said|says|according to|wrote|argued|noted|cautioned|warned|estimated|predicted"
    r"|suggested)\W+(?:\w+\W+){0,4}" + _PUNDITS + r"\b"
    r"|^\W*(?:\w+\W+){0,3}" + _PUNDITS + r"\W+(?:\w+\W+){0,6}(?:said|say|says|warned|noted"
    r"|argued|believe|expect|expected|reckon|think|cautioned|caution|estimated|estimate"
    r"|predicted|predict|suggested|suggest|calculated|forecast)\b"
    r"|\b" + _PUNDITS + r"(?:\W+[\w'\u2019-]+){0,4}\W+(?:said|says)\W*$"
    r"|(?:^\W*|\b(?:said|says|according\W+to)\W+)(?:an?\W+|the\W+)?former\W+(?:[\w-]+\W+){0,3}"
    r"(?:officials?|negotiators?|diplomats?|ambassadors?|envoys?|ministers?|representatives?"
    r"|advis[eo]rs?)\b")
# a courtesy call, not a demand: "called on the President at State House"
_COURTESY = (r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019.-]+\s+){1,5}(?:at|in)\s+(?:the\s+|his\s+|her\s+)?"
             r"(?:(?-i:[A-Z])[\w'\u2019-]+\s+){0,3}(?:House|Palace|Hall|Secretariat|Residence|office"
             r"|residence|palace)\b")
_COURTESY_CALL = re.compile(_COURTESY, re.IGNORECASE)
# "calls on China to withdraw it or, at the very least, to grant licences": a second ask
_OR_AT_LEAST = re.compile(r"\b(?:or|and)\W+(?:[\w-]+\W+){0,5}to\W*$", re.IGNORECASE)
# ... or a second verb of the ask: "demanded that China withdraw the licence rule on magnets
# bound for Japan and remove 14 companies from its list"
_AND_THEN_ASKED = re.compile(r"\band\W*$", re.IGNORECASE)
_WITH_BUSINESS = re.compile(r"[^.;:,]{0,40}?\bwith\W+(?:the\W+)?(?:[A-Z][\w'\u2019-]+\W+)?"
                            r"(?:business|industry|corporate|company|private-sector)\W+(?:leaders|executives|chiefs|figures)\b")
# Talks an invitation names as the visit's purpose are wished for, not set: "invited China's
# Commerce Minister to visit Jakarta for talks", "to visit Beijing to continue the discussions".
_INVITED_FOR = re.compile(r"\binvit(?:es|ed|ing)\W+(?:[\w'\u2019-]+\W+){1,8}?to\W+(?:visit|come\W+to|travel"
                          r"\W+to)\W+(?:[\w'\u2019-]+\W+){0,6}?(?:for|to\W+(?:continue|hold|pursue|resume))"
                          r"\W+(?:the\W+|further\W+)?(?:[\w-]+\W+){0,2}$", re.IGNORECASE)
_REPORTS_THAT = re.compile(r"\breports?\b[^.;:]{0,50}?\bthat\W+(?:[\w'\u2019-]+\W+){0,8}$", re.IGNORECASE)
_DENIED_AFTER = re.compile(r"[^.;:]{0,80}?\b(?:was|were|have\W+been|has\W+been)\W+(?:\w+\W+)?"
                           r"(?:denied|dismissed|rejected)\b", re.IGNORECASE)
_IN_THE_PAST = re.compile(r"[^.;:,]{0,60}?\b(?:in\W+the\W+past|before\W+now|repeatedly|often|many\W+times)\b",
                          re.IGNORECASE)
_DUMPING_FINDING = re.compile(r"\b(?:(?:is|are|was|were|being)\W+dumped"
                              r"|below\W+(?:its\W+|their\W+|the\W+)?normal\W+value"
                              r"|(?:material\W+)?injury\W+to\W+the)\b", re.IGNORECASE)
_CALL_NOUN = re.compile(r"\b(?:first|a|the|priority|prior)\s+$", re.IGNORECASE)
# A province's or a federal state's office-holder opens the clause: "Ontario Premier Glen
# Moretti demanded that ...", "provincial premiers called on Washington to ..." (not "Chinese
# Premier Li Qiang": a state's).
_SUBNATIONAL = re.compile(r"^\W*(?:the\W+)?(?:(?:(?P<place>(?-i:[A-Z][\w.'\u2019-]+"
                          r"(?:\s+[A-Z][\w.'\u2019-]+)?))\s+(?-i:Premier|Governor|Gov\.|Chief\s+Minister)"
                          r"|(?:provincial|state)\s+(?:premiers?|governors?))(?!\w)"
                          # ... or a lawmaker's, or a mayor's: "Sen. Rachel Dunmore of Arizona" (not
                          # one who reports the government's: "Senator Farrell said Canberra had")
                          r"|(?-i:Sen\.|Senator|Rep\.|Congressman|Congresswoman|Mayor)\s+(?-i:[A-Z])"
                          r"(?!.*\b(?:said|says|told|stated|added)\b))",
                          re.IGNORECASE)
_LISTED_PARTIES = re.compile(r"\bto\s+(?:the|these|those|such)\s+(?:newly\s+)?(?:listed|designated|added"
                             r"|named)\s+(?:entities|parties|companies|firms|persons|end[\s-]users)\b",
                             re.IGNORECASE)
_SUCH_DEALS = re.compile(r"\s+(?:such|these|those|all\s+its|its)\s+(?:[\w-]+\s+)?(?:agreements|deals"
                         r"|treaties)\b", re.IGNORECASE)
_DEAL_BEFORE = re.compile(r"\b(?:agreements?|deals?|pacts?|treat(?:y|ies)|accords?|texts?)\s*,?\s+$",
                          re.IGNORECASE)
_BODY_NAMED = re.compile(r"\b(?-i:Office|Ministry|Department|Bureau|Agency|Directorate|Secretariat|Division"
                         r"|Institute|Centre|Center)\s+(?:of|for)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+(?:and\s+)?){0,3}$")
_ENVOYS = r"ambassador|envoy|charg[e\u00e9]\s+d['\u2019]affaires|high\s+commissioner"
_WITH_ENVOY = re.compile(r"(?:\s+[\w-]+){0,4}?\s+with\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+){0,3}?"
                         rf"(?:{_ENVOYS})s?\b", re.IGNORECASE)
# ... or those it lists, with the participle: "froze the assets of 11 Russian entities and four
# individuals accused of procuring machine tools"
_LISTED_ACCUSED = re.compile(r"\b(?:entities|individuals|companies|firms|vessels|banks|traders|people"
                             r"|persons|officials|executives|businessmen|tankers|ships)\s+$", re.IGNORECASE)
_FIRMS_CHARGED = re.compile(r"(?:accus\w+|charg\w+)\s+(?:them|it|the\s+(?:companies|firms|individuals"
                            r"|entities|vessels|banks|traders|company|firm))\s+of\b", re.IGNORECASE)
# (a foreign envoy's "the government" is the host's: "China's ambassador to Papua New Guinea
# called on the government to postpone its ban")
_ENVOY = re.compile(rf"\b(?:{_ENVOYS}|embassy)\b", re.IGNORECASE)
_OWN_GOVERNMENT = re.compile(r"\W+(?:the|its|their|our)\W+(?:government|authorities)\b(?!\W+of\b)",
                             re.IGNORECASE)
_ASKED = re.compile(r"\b(?:urg\w+|call\w*(?:\s+(?:last|this|on|early|late)\s+\w+)? (?:for|on(?!" + _COURTESY
                    # (not the market's: "Demand for European-made sheet rose after ...")
                    + r"))|demand\w*(?!\s+for\s+(?:[\w'\u2019-]+\s+){0,4}?(?:rose|fell|grew|rises|falls|grows"
                    r"|increased|dropped|slumped|jumped|surged|softened|weakened|recovered|picked)\b)"
                    r"|press(?:es|ed|ing)?|ask\w*|push\w*|request\w*"
                    r"|seek\w*|wants?|wanted|lobb(?:y|ies|ied|ying)\s+for"
                    # (an ultimatum: "gave Kenya 14 days to lift its ban")
                    r"|g[ai]ve\w*\s+(?:[\w'\u2019-]+\s+){1,3}\d+\s+(?:days|weeks|months|hours)\s+to)\b(?!\W+(?:conference|release|briefing|secretary|office|agency))",
                    re.IGNORECASE)
# a measure of a size (or any) named to say what it would do: an estimate, not an act ("A
# 10-point tariff increase could cut exports by $7 billion"; not "the tariff increase would take
# effect on Monday", nor "a new fee on British work visas would hurt its engineers")
_WHAT_IT_WOULD_DO = re.compile(r"(?:\s+(?:on|of)\s+[\w\s'\u2019-]{1,40}?)?\s+(?:could|would|might|may)"
                               r"\s+(?:\w+ly\s+)?(?:cut|reduce|hurt|cost|raise|hit|boost|wipe|shave|slash|push|drive|lower"
                               r"|dent|damage|weigh|erase|add|curb|stoke|fuel|spark|trigger|halve|double)\b")
_SIZED = re.compile(r"\b(?:(?:[Aa]n?|[Aa]ny)\s+[\d.]+[-\s]?(?:point|percentage[- ]point|percent|per\s+cent"
                    r"|%)[\w-]*|[Aa]ny)\s+$")
_SAID_THAT = re.compile(r"\b(?:said|announced|stated|confirmed)\W+(?:that\W+)?(?:the\W+|a\W+)?"
                        r"(?:[\w-]+\W+){0,2}$", re.IGNORECASE)
_UNDECIDED = re.compile(r"\b(?:(?:not\s+(?:yet\s+)?(?:taken|made|reached)|yet\s+to\s+(?:take|make|reach))"
                        r"\s+(?:a|any)\s+(?:final\s+)?decision|no\s+(?:final\s+)?decision\s+(?:has|had|have)\s+"
                        r"(?:yet\s+)?been\s+(?:taken|made|reached))\s+(?:on|about|regarding)\s+(?:the\s+|a\s+"
                        r"|its\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:has|have)\s+(?:repeatedly|long|consistently|always|previously|often"
                       r"|frequently)\b", re.IGNORECASE)
_FOR_MONTHS = re.compile(r"\b(?:has|have)\s+for\s+(?:months|years|decades)\b", re.IGNORECASE)
_OWN_MEETING = re.compile(r"\b(?:at|during|after)\s+its\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_WITH = re.compile(r"(?:\s+\w+){0,2}\s+with\b", re.IGNORECASE)
# A body that meets on its own: "Brazil's foreign trade chamber meets on 15 October", "the WTO's
# safeguards committee meets in Geneva" (not "the joint committee": two states' body).
_BODY_MEETS = re.compile(r"(?<!joint\s)(?<!mixed\s)(?<!bilateral\s)\b(?:chamber|committee|council|cabinet"
                         r"|board|parliament|panel|assembly|congress|senate|caucus)\s+(?:of\s+)?(?:will\s+)?$",
                         re.IGNORECASE)
# (a body of two states meets as them: "the economic committee of their coordination council")
_THEIR_BODY = re.compile(r"\b(?:their|joint|bilateral|mixed|intergovernmental)\b"
                         r"|(?-i:[A-Z])[\w\u00c0-\u024f]+-(?-i:[A-Z])[\w\u00c0-\u024f]+", re.IGNORECASE)
_MEETS_WORD = re.compile(r"(?:ministers\s+)?(?:meet|meets|met|meeting)\b", re.IGNORECASE)
# A grouping's members meeting: "Ministers from the G20 meet in Cape Town".
_MEMBERS_MEET = re.compile(r"(?:ministers|leaders|officials|envoys|delegates)\s+(?:from|of)\s+the\s+"
                           r"(?-i:G-?\d{1,2}|BRICS|ASEAN|APEC|SCO|OPEC|WTO|EU|AU)\s+(?:will\s+)?meet",
                           re.IGNORECASE)
_MODAL_PASSIVE_AFTER = re.compile(r"\s+(?:(?-i:may|MAY)|might|could|should)\s+(?:not\s+)?be\s+\w+ed\b",
                                  re.IGNORECASE)
_MODAL_AFTER = re.compile(r"\W+(?:\w+\W+)?(?:(?-i:may|MAY)|might|could|would|should)\b", re.IGNORECASE)
# A measure asked to be undone that its own clause says was made: "to drop the anti-dumping
# investigation into Malaysian wire rods that Bangkok opened on April 27".
_MADE_BEFORE = re.compile(r"(?:\W+[\w'\u2019-]+){0,6}?\W+(?:that|which)\W+(?:[\w'\u2019.-]+\W+){1,3}"
                          r"(?:opened|imposed|introduced|announced|launched|adopted|placed|initiated"
                          r"|started|slapped|put)\b", re.IGNORECASE)
_CONDITIONAL = CaseBlind(rf"(?<!even\s)\b(?:{_IF}|unless|whether|in case|should"
                         r"|until(?!\W+(?:last|this|next"
                         r"|early|late|mid|recently|now|then|the\W+end|\d|january|february|march"
                         r"|april|may|june|july|august|september|october|november|december)\b))\b")
# Asides that state nothing about the act after them: a relative clause set off by commas
# ("Trump, who has threatened tariffs on Europe, imposed ...") and a reporter's question
# ("Asked whether Beijing would retaliate, a spokesman said China had banned ...").
_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;:]*,")
_QUESTION_ASKED = re.compile(r"\b[Aa]sked\s+(?:\w+\s+){0,3}?(?:whether|if|about|why|how|when)\b[^,;:]*,")
_REPORTED = re.compile(r"\b(?:said|says|announced|stated|declared|confirmed|warned|pledged"
                       r"|vowed|promised|indicated|announcement|statement|notice|decree"
                       r"|pledge|promise)\b[^;]*\b(?:would|will)\b", re.IGNORECASE)
_THREAT = re.compile(r"\b(?:threaten\w*|threats? (?:of|to)|warn\w*|vow\w*|ultimatum)\b",
                     re.IGNORECASE)
_LEGISLATURE = (r"(?:the\W+)?(?:congress|parliament|lawmakers|legislators|legislature|senate"
                r"|lower\W+house|national\W+assembly|diet|cabinet)\b")
_PROPOSED = CaseBlind(r"\b(?:propos\w*|plan(?:s|ned)? to|consider\w*|weigh\w*|draft\w*"
                      r"|intend\w* to|mull\w*|study\w*|review\w* whether"
                      r"|(?:asked|asks|asking|urged|urges)\W+" + _LEGISLATURE + r")\b")
# A government asking its own legislature to act proposes the act: "asked Congress to raise".
_OWN_LEGISLATURE = re.compile(r"^\W*" + _LEGISLATURE, re.IGNORECASE)
# What a proposal "would" do is proposed, not speculated: "the bill would raise duties".
_PROPOSAL_WOULD = re.compile(r"\b(?:proposal|plan|bill|draft|legislation|decree|ordinance)s?\b"
                             r"[^;]*\bwould\b", re.IGNORECASE)
# A summit of a group is no meeting between two of its members.
_GROUP = re.compile(r"(?:\b(?:APEC|G-?\d{1,2}|BRICS|ASEAN|SCO|NATO|OPEC|UN|WTO|COP\d*|Group\W+of\W+\w+"
                    r"|Commonwealth|Organi[sz]ation|Forum|Cooperation|Union|Community|Nations|Economic)"
                    r"\W+(?:[A-Z]\w*\W+)?)$")
_ERRAND = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|set\s+to|due\s+to)\s+(?:travel|fly|go|head"
                     r"|visit|come)\b[^;:.]{0,80}?\bto\s+(?:hold|attend|lead|conduct|open|launch|begin"
                     r"|start|join)\b", re.IGNORECASE)
_FUTURE = CaseBlind(r"\b(?:will|shall|'ll|set to|are to|is to|to be held|scheduled|upcoming|future"
                    r"|next|plans? to|due to|expected to|ahead of|later this)\b")
# A measure named with who made it and when is there, whatever a response to it may be:
# "ready to respond in kind to the anti-dumping duties Australia placed on steel on January 5".
_MADE_BY_ON = re.compile(r"\s+(?:(?:that|which)\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:placed|imposed"
                         r"|announced|introduced|adopted|slapped|levied|put|set)\b[^,;:]{0,80}?\b(?:on|in"
                         r"|last)\s+(?:\d|[A-Z]\w+)")
_THREATENED_BY = re.compile(r"[^,;:.]{0,60}?\bthreatened\s+(?:by|on|last|in|earlier)\b", re.IGNORECASE)
# "said the minister would hold talks in Washington on Tuesday": reported future
_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
_NEWISH = re.compile(r"(?:new|additional|further|higher|more|fresh|extra|retaliatory|punitive)\b",
                     re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"\W+(?:\w+\W+){0,5}?(?:(?:planned|scheduled|set|slated|due|expected)\s+"
                           r"(?:for|to|on|in|next|later)|(?:will|would|shall|is\s+to|are\s+to)\s+(?:be\s+held"
                           r"|take\s+place|convene|meet))\b", re.IGNORECASE)
# Talks named with their topic, then told to come: "the ninth round of negotiations on the
# Indonesia-European Union Comprehensive Economic Partnership Agreement will take place".
_ON_TOPIC_FUTURE = re.compile(r"(?:\s+with\s+[^.;:]{1,60}?)?\s+(?:on|for|over|about)\s+[^.;:]{0,120}?"
                              r"\b(?:will|would|shall|is\s+to|are\s+to)\s+(?:be\s+held|take\s+place|convene|open"
                              r"|begin|start|resume|reopen|restart)\b", re.IGNORECASE)
# "will raise the tariff to 50 percent if Canada retaliates": a measure promised on a
# condition the other side controls is a threat.
_ON_CONDITION = re.compile(r"[^;:.]{0,120}?\b(?:if|unless|should\s+(?:it|they|\w+)\s+"
                           r"(?:retaliate|respond|fail|refuse))\b", re.IGNORECASE)
# A condition first, then a state's "will": "Should the tariff be applied, Colombia will".
_IF_THEN_WILL = re.compile(r"^\W*(?:if|should|unless)\b[^;:]*,\s*(?:[\w.'\u2019-]+\s+){1,4}"
                           r"(?:will|shall)\s+(?:\w+\s+)?$", re.IGNORECASE)
_LIFTED = re.compile(r"\b(?:suspend\w*|pause\w*|postpone\w*|delay\w*)\b", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:remov\w*|lift\w*|terminat\w*|end(?:s|ed|ing)?|eliminat\w*|scrap\w*"
                    r"|revok\w*|rescind\w*|withdr[ae]w\w*|roll\w* back|drop\w*|cancel\w*)\b",
                    re.IGNORECASE)
_SAID_ACTS = frozenset({"trade_agreement", "visit_invitation", "demand", "accusation"})
_IN_EFFECT = re.compile(r"\b(?:remain\w*|retain\w*|maintain\w*|in effect|in place|current\w*"
                        r"|existing|still|continue\w*)\b", re.IGNORECASE)

# A measure a side "faces" or "braces for" stands already (or is pending): no new act.
_FACES = re.compile(r"\b(?:faces?|facing|faced|braces?\W+for|bracing\W+for)\b(?:\W+[\w-]+){0,3}\W*$",
                    re.IGNORECASE)
# "..., which is suspended until July": the state of a measure, not an act of suspending it.
_STATE_OF = re.compile(r"\b(?:which|that)\W+(?:is|are|remains?|stays?)\W+(?:\w+\W+)?"
                       r"(?:suspend|paus|exempt)\w*", re.IGNORECASE)
# "a 25% US tariff, due ..., that will raise duties to 50%": the clause describes that tariff.
_DESCRIBES = re.compile(r"\b(?:tariffs?|duty|duties|levy|levies)\b[^.;]*\b(?:that|which)\W+"
                        r"(?:will\W+|would\W+)?$", re.IGNORECASE)

# A bloc's own members meeting ("EU trade ministers meeting on Monday") meet no partner.
_BLOCS = "|".join(re.escape(alias) for alias in BLOC_NAMES)
_BLOC_OWN = re.compile(rf"\b(?:EU|European|G-?7|G-?20|bloc's|member[- ]states?'|{_BLOCS})"
                       r"(?:\W+(?:trade|finance|foreign|economy|agriculture))?\W*$", re.IGNORECASE)
_MEMBERS = re.compile(r"(?:ministers|leaders|officials|envoys|ambassadors)\b", re.IGNORECASE)
# Going on with talks is no new round: "would keep negotiating"; WTO consultations a side
# requests are a dispute step, not talks.
_GOING_ON = re.compile(r"\b(?:keep|keeps|kept|keeping)\W*$", re.IGNORECASE)
_DISPUTE = re.compile(r"\b(?:request\w*|demand\w*|sought|seek\w*)\W+(?:for\W+)?(?:formal\W+)?(?:WTO\W+)?"
                      r"(?:dispute[\s-]+settlement\W+)?$", re.IGNORECASE)
# A state's own body meeting ("a cabinet meeting") meets no other state; visits "for tourism
# or business" are people's trips, not a leader's; talks sought or called for are not held;
# "after three years of negotiations" is a process, not one round.
_DOMESTIC = re.compile(r"\b(?:cabinet|board|shareholders?|party|politburo|parliamentary|staff|policy)\W*$",
                       re.IGNORECASE)
# A round of a sports competition: "open the second round of the playoffs at home".
_SPORT_ROUND = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:playoffs?|tournament|championship|cup|league"
                          r"|qualifiers|qualifying|competition|season)\b", re.IGNORECASE)
# Central banks meeting on rates ("The Bank of Japan and the Bank of England both meet this
# week"), in a market report: no talks between states.
_CENTRAL_BANKS = re.compile(r"\b(?:(?-i:Bank)\W+of\W+(?-i:[A-Z])\w+|central\W+bank(?:s|ers)?"
                            r"|Federal\W+Reserve|(?-i:Fed|ECB)|monetary\W+policy\W+committee|rate-setters)\b"
                            r"(?:\W+\w+){0,4}\W*$", re.IGNORECASE)
_TRIPS = re.compile(r"\W*(?:tourism|business|study|studies|medical|work|family|leisure"
                    r"|sightseeing)\b", re.IGNORECASE)
_SOUGHT = re.compile(r"\b(?:seek\w*|sought|(?:call\w*|push\w*|press\w*|ask\w*|appeal\w*)\W+for)"
                     r"\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_YEARS_OF = re.compile(r"\b(?:years|months|decades?)\W+of\W+(?:[\w-]+\W+){0,2}$", re.IGNORECASE)
# An example of a standing practice, told in the present: "For example, X imposes tariffs".
_EXAMPLE = re.compile(r"\W*(?:for\W+(?:example|instance)|e\.g\.)\W", re.IGNORECASE)
_PRESENT = re.compile(r"(?!(?:tariffs|duties|levies|curbs|controls|sanctions|restrictions|bans"
                      r"|quotas|talks)\b)\w+[^s\W]s\b", re.IGNORECASE)
# Encounters in general, none identified: "previous rounds of talks", "have met several times";
# a negotiating tactic is no round of talks.
_ROUNDS = re.compile(r"\b(?:previous|past|earlier|prior|repeated"
                     r"|countless|endless)\W+(?:\w+\W+)?(?:rounds?\W+of\W+)?$", re.IGNORECASE)
_TIMES = re.compile(r"\W+(?:several|many|multiple|numerous|countless)\W+times\b|\W+repeatedly\b",
                    re.IGNORECASE)
_ADJECTIVE = re.compile(r"\W+(?:tactics?|positions?|stances?|strategy|strategies|table|leverage"
                        r"|chips?|posture|power|mandate|style|skills?|texts?|documents?|drafts?"
                        r"|partners?|capital|history|experience|objectives|priorities|red\W+lines)\b",
                        re.IGNORECASE)
# Talks a modal holds: "Lima might revive its stalled talks" (not "could derail a summit").
_MODAL_HOLD = re.compile(r"\b(?:could|might|may|would|should)\W+(?:\w+\W+)?(?:revive|resume|hold"
                         r"|restart|begin|start|open|launch|reopen|restore)\w*(?:\W+\w+){0,3}\W*$",
                         re.IGNORECASE)
# A measure named as what is abused: "described such listings as abuse of export controls".
_ABUSE_OF = re.compile(r"\b(?:(?:abuse|misuse|use|weaponi[sz]ation|weaponi[sz]ing|politici[sz]ation)"
                       r"\W+of|evad\w+|evasion\W+of|circumvent\w*|skirt\w*|dodg\w*|bypass\w*"
                       r"|get\W+around)\W+(?:\w+\W+)?$", re.IGNORECASE)  # or evaded
# A deal already there, named as what is reviewed, kept or broken: "a review of the goods
# agreement", "violating trade agreements".
_EXISTING_DEAL = re.compile(r"\b(?:review|reviewing|renegotiat\w+|revision|revising|upgrad\w+"
                            r"|implement\w*|terms|text|complian\w+|breach\w*|violat\w+|break\w*"
                            r"|honou?r\w*|abid\w+|withdraw\w*\W+from|exit\w*)"
                            r"\W+(?:of\W+|with\W+|by\W+)?(?:the\W+|its\W+|their\W+|a\W+|an\W+)?"
                            r"(?:[\w-]+\W+){0,3}$", re.IGNORECASE)
# Security, not trade: "the defence ministers of the Philippines and Japan met".
_SECURITY_PEOPLE = re.compile(r"\b(?:defen[cs]e|security|military|climate|environment"
                              r"|(?<!plant.)(?<!animal.)health"
                              r"|navy|naval|army|coast\W+guard)\W+(?:ministers?|ministries|chiefs?"
                              r"|officials|secretar(?:y|ies)|commanders?|envoys?)\b", re.IGNORECASE)
_NEVER = re.compile(r"\b(?:has|have)\W+never\W*$", re.IGNORECASE)
# "a meeting both sides said was unrelated to trade": trade named only to be ruled out
_NOT_TRADE = re.compile(r"\b(?:(?:unrelated|not\s+related|had\s+nothing\s+to\s+do|has\s+nothing\s+to"
                        r"\s+do|not\s+linked|no\s+link)\s+(?:to|with)\s+(?:the\s+)?(?:\w+\s+)?trade"
                        r"|no\s+trade\s+(?:component|element|dimension|angle|aspect))\b",
                        re.IGNORECASE)
# A company telling of its own act: "A parts maker said on Tuesday it had halted shipments".
# A lobby, an industry or firms asking: "the Indonesian Feedlot Association urged the
# government to exempt ...", "European grinders have pressed the Commission to act".
_LOBBIES = (PRODUCERS + r"|associations?|federations?|councils?|chambers?|industries|makers"
            r"|steelmakers|carmakers|traders|businesses|processors|unions")
_LOBBY_ASKS = re.compile(rf"\b(?:{_LOBBIES}|confederations?|lobby|lobbies|grinders|operators"
                         r"|workers|groups?|institutes?|co-?operatives|co-ops|(?:industry|trade)\s+bod(?:y|ies))"
                         # (its acronym: "The IT industry body ITSA asked")
                         r"(?:\s+(?-i:[A-Z]{2,}))?['\u2019]?s?,?\s+(?:(?:which|who|that)\s+)?"
                         # (its name's rest: "the Chamber of Commerce asked", "Association in
                         # Ghana demanded")
                         # "Chamber of Commerce in China urged", "federation of perfume houses
                         # has asked")
                         r"(?:(?:of|in|for)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&'-]*(?:\s+(?-i:[A-Z&])[\w&'-]*)"
                         r"{0,3}|[\w-]+(?:\s+[\w-]+)?)\s+){0,2}(?:(?:has|have|had|also|long|for\s+(?:years|decades|months)"
                         r"|again|repeatedly|on\s+\w+day|\w+ly)\s+){0,3}"
                         # ("welcomed the measure and asked the government to extend it")
                         # ("said exporters would resume sales cautiously and called on Ottawa")
                         r"(?:(?:[a-z]+ed\s+(?:[\w'-]+\s+){0,3}|said\s+(?:[\w'-]+\s+){0,8}?)and\s+)?"
                         r"(?:urg|press|call|ask|demand"
                         r"|push|request|lobb|want|petition)\w*\b", re.IGNORECASE)
# ... or telling its view of the other side's goods: "steelmakers, who say Turkish rebar ..."
_LOBBY_WHO = re.compile(rf"\b(?:{_LOBBIES}|mills|groups)\W*,?\s+(?:who|which|that)\s+$",
                        re.IGNORECASE)
# A sentence whose subject is a lobby named in title case: "The European Heat Pump Association
# welcomed the investigation, " (not "Union" or "Council": the EU's).
_LOBBY_SAYING = re.compile(r"\W*(?:[Tt]he\s+)?(?:[\w.'\u2019-]+\s+){0,6}?(?-i:Association|Federation"
                           r"|Chamber|Alliance|Confederation|Institute|Lobby|Coalition)"
                           r"(?:\s+(?:of|for)\s+(?:[A-Z][\w'-]*\s*|and\s+|&\s+)+)?"
                           r"(?:\s+\([A-Z]{2,}\))?\s+(?:[a-z]+ed|said|says)\b[^.;]*?,?\s*$")
# (lobbies in lower case: "Taiwan's Mainland Affairs Council accused Beijing" is a government's)
_LOBBY_BLAMES = re.compile(r"\b(?:groups|lobby|lobbies|farmers|growers|producers|associations|industries"
                           r"|unions|traders|businesses|exporters|manufacturers|steelmakers|carmakers)\s+"
                           r"(?:have\s+|has\s+|had\s+)?(?:long\s+|repeatedly\s+|also\s+)?$")
_COMPANY_SAID = re.compile(r"\b(?:company|firm|carmaker|chipmaker|automaker|maker|manufacturer"
                           r"|producer|exporter|importer|supplier|retailer|group|operator)\W+"
                           r"(?:\w+\W+){0,1}(?:said|says|announced)\W+(?:\w+\W+){0,3}"
                           r"(?:it|they)\W+(?:had\W+|has\W+|have\W+|would\W+|will\W+)?$",
                           re.IGNORECASE)
# "shall not be exported without a licence": a licence requirement, not a negation.
_LICENSED = re.compile(r"\W+without\W+(?:a\W+|an\W+|prior\W+)?(?:licen[cs]es?|permits?|approval"
                       r"|authori[sz]ation)\b", re.IGNORECASE)
_FOR_LONG = r"for\W+(?:years|decades|a\W+long\W+time)"
_FOR_YEARS = re.compile(rf"\b(?:{_FOR_LONG}|for\W+months|long)\b", re.IGNORECASE)
_NO = re.compile(r"\bno\b(?!\W+longer\b)", re.IGNORECASE)  # ("no longer accepted": a restriction)
# A practice a state "has" kept "for years": "Indonesia has itself restricted exports of
# unprocessed ore for years" tells no act.
_HAS = re.compile(r"\b(?:has|have)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_FOR_YEARS_AFTER = re.compile(rf"[^,;.]{{0,60}}?\b{_FOR_LONG}\b", re.IGNORECASE)
# A prohibition put on everyone: "No person shall import into Sri Lanka any live poultry".
_NO_ONE_SHALL = re.compile(r"no\s+(?:person|one|importer|exporter|company|entity)\s+shall\b",
                           re.IGNORECASE)
_COULD = re.compile(r"\b(?:could|might)\b", re.IGNORECASE)
# an act its noun says is only likely: "more anti-dumping cases ... were likely in the coming
# months"
_LIKELY_AFTER = re.compile(r"(?:\s+[\w,'\u2019-]+){0,8}?\s+(?:is|are|was|were|seems?|seemed)\s+"
                           r"(?:\w+ly\s+)?(?:likely|unlikely|possible)\b(?!\s+to\b)", re.IGNORECASE)
# talks whose noun a modal start follows: "negotiations on a deal could begin next year"
_MAY_BEGIN = re.compile(r"(?:\s+[\w,'\u2019-]+){0,10}?\s+(?:could|might|may)\s+(?:\w+ly\s+)?"
                        r"(?:begin|start|open|resume|get\s+under\s*way|take\s+place|be\s+held"
                        r"|be\s+launched)\b", re.IGNORECASE)
# A grouping's gathering by its name (not a pair's: "the Japan-Korea Foreign Ministers' Meeting").
_LEADERS_MEETING = re.compile(r"(?<![\w-])[A-Z]\w*\s+(?:[A-Z]\w*\s+)?(?:Leaders|Ministers)['\u2019]?\s+$")
# A summit "of the Quad grouping" or "of G20 leaders" is a group's, as "the APEC summit" is.
_GROUP_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:grouping|group|bloc|alliance"
                          r"|forum|nations|countries|economies|organi[sz]ation|community|union"
                          r"|partnership)\b", re.IGNORECASE)
# A deal noun that names a body of rules ("commitments under the WTO agreements"), one not
# reached ("any agreement would take months"), or a company's ("a deal worth $3 billion").
_NAMED_RULES = re.compile(r"\b(?:WTO|World\W+Trade\W+Organi[sz]ation|GATT|TRIPS|multilateral)"
                          r"(?:['\u2019]s)?(?:\W+\w+)?\W*$", re.IGNORECASE)
_ANY = re.compile(r"\b(?:any|eventual|future|prospective)(?:\W+\w+){0,2}\W*$", re.IGNORECASE)
# Deals in general, none identified: "adhere to existing agreements", "all previous deals".
_GENERIC = re.compile(r"\b(?:existing|previous|prior|past|earlier|other|all|various|several"
                      r"|many)\W*$", re.IGNORECASE)
_DEALS = re.compile(r"(?:agreements|deals|accords|pacts|arrangements|commitments)\b",
                    re.IGNORECASE)
_BUSINESS = re.compile(r"\b(?:which|what|such|business|company|corporate|takeover|merger|private|commercial"
                       r"|offtake|purchase|tender)\W*$",
                       re.IGNORECASE)
# "remedy non-reciprocal trade arrangements": terms of trade judged, not a deal reached.
_JUDGED = re.compile(r"\b(?:non-?reciprocal|unfair|unbalanced|imbalanced|lopsided|one-sided)\W*$",
                     re.IGNORECASE)
_WORTH = re.compile(r"\W+(?:worth|valued\W+at)\b", re.IGNORECASE)
# An act told after 'and' in the past tense is the subject's own, not one it asks for:
# "urged its citizens to avoid Japan and in mid-November halted imports of its seafood".
_OWN_ACT = re.compile(r"\band\b")
_PAST = re.compile(r"\w+ed\b", re.IGNORECASE)
# A passive the trigger spans may hold its own modal: "visas could be restricted".
_NOT_INSIDE = re.compile(r"\b(?:not|never|short\W+of)\b|n[\u2019']t\b", re.IGNORECASE)
# "warned Tokyo against restricting exports": what a side is warned against is not done.
_AGAINST = re.compile(r"\bagainst\W*$", re.IGNORECASE)
# A company doing it is no state act: "The carmaker halted shipments to Russia".
_COMPANY = re.compile(r"\b(?:company|companies|firm|firms|carmaker|chipmaker|automaker|miner"
                      r"|retailer|airline|manufacturer|exporter|importer|supplier|maker|producer"
                      r"|lender|insurer|shipper|refiner|conglomerate|group|startup|operator"
                      r"|mills?|smelters?|refineries"
                      r"|Inc|Corp|Ltd|plc|LLC)(?:\W+(?:has|have|had|will|would|also|then|said"
                      r"|it|they|is|was|already|to)){0,3}\W*$", re.IGNORECASE)
# ... or firms in the plural, as the subject of a verb to come: "exporters would resume sales"
_COMPANIES = re.compile(r"\b(?:companies|firms|carmakers|chipmakers|automakers|miners|retailers|airlines"
                        r"|manufacturers|exporters|importers|suppliers|producers|shippers|refiners"
                        r"|traders)(?:\W+(?:will|would|also|then|could|may|might)){1,2}\W*$", re.IGNORECASE)
# (not a state's rule told through them: "exporters will need individual licences")
_STATE_RULE = re.compile(r"licen|permit|need|requir", re.IGNORECASE)
_TRADED = frozenset({"export_control", "export_control_easing", "import_restriction"})  # what firms also do
_OTHER_TOPIC_AFTER = re.compile(r"(?:\W+(?:between|with)\W+[^,.;:]{1,50}?)?"
                                r"\W+(?:on|over|for|covering|to\W+(?:boost|expand|deepen|share))"
                                r"\W+(?:(?!(?:trade|tariffs?|economic|commercial|investment|market)\b)"
                                r"[\w-]+\W+){0,2}" + _TOPICS + r"\b", re.IGNORECASE)
_DISCUSSED_OTHER = re.compile(r"\b(?:discuss(?:ed|es|ing)?|(?:pledged|agreed|vowed|promised)\W+to\W+"
                              r"(?:deepen|strengthen|boost|expand|step\W+up|enhance)(?:\W+their)?)\W+"
                              r"(?:the\W+)?(?:air\W+|border\W+|cyber\W+)?"
                              + _TOPICS + r"\b", re.IGNORECASE)
_OTHER_TOPIC_BEFORE = CaseBlind(r"\b" + _TOPICS + r"(?:\W+and\W+\w+)?\W+\w*\W*$")
# "A deal remains elusive": a deal noun whose own clause says it is not there.
_ELUSIVE = re.compile(r"\W+(?:\w+\W+)?(?:remains?|remained|is|was|still|looked|looks|seems?)\W+"
                      r"(?:\w+\W+)?(?:elusive|out\W+of\W+reach|unlikely|distant|far\W+off|in\W+doubt)\b",
                      re.IGNORECASE)
# An accusation of something other than trade ("accused Tokyo of spying") is no trade event.
_OTHER_CHARGE = re.compile(r"(?:\W+[\w'\u2019-]+){0,8}?\W+(?:spying|espionage|interfer\w*|meddl\w*"
                           r"|human\W+rights|genocide|war\W+crimes|terror\w*|hack\w*|cyber\w*"
                           r"|aggression|provocation\w*|invasion|disinformation|hypocrisy|lies|lying"
                           r"|sewer|radioactive|contaminat\w*|pollut\w*|militari[sz]\w*|racism"
                           r"|repression|subversion|separatis\w*)\b", re.IGNORECASE)
# Who meets, or what about, when talks are no trade talks.
_SECURITY_TALKERS = re.compile(r"\b(?:military|defen[cs]e|police|intelligence|coast[- ]guard|army|naval)\s+"
                               r"(?:officials|chiefs|commanders|officers|delegations?)\b", re.IGNORECASE)
_ON_SECURITY = re.compile(r"\b(?:talks|meet\w*|met|consultations|dialogue|discussions?)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:on|about)\s+(?:(?!economic\b)[\w-]+\s+)?(?:security|defen[cs]e|peace|migration"
                          r"|counter-?terrorism)\b(?!\s+(?:and|or)\s+trade)", re.IGNORECASE)
# Who demands or accuses is no state: "Farm groups called on Washington to help growers".
_NON_STATE = re.compile(r"^\W*(?:[\w'\u2019-]+\W+){0,5}?(?:automakers|carmakers|companies|firms"
                        r"|businesses|exporters|importers"
                        r"|manufacturers|retailers|producers|farmers|growers|(?:business|farm|industry"
                        r"|trade|lobby|consumer|advocacy|rights|employers)\W+groups?|(?-i:associations?)"
                        r"|lobby\w*|(?-i:unions?)|(?-i:organi[sz]ations)|(?-i:federations?)"
                        r"|executives|(?-i:executive)|investors|critics|activists"
                        r"|campaigners|complaints?|complainants?|applicants?|petitions?|petitioners?"
                        r"|(?-i:Alliance|Coalition|Confederation)|alliances|coalitions"
                        r"|superintendents|officers|importers|agents|operators|member\W+states"
                        r"|the\W+(?:company|firm|carmaker|chipmaker|automaker|group))"
                        r"(?:\W+(?:representing|of|for|in|from|and)(?:\W+[\w'\u2019-]+){0,4})?"
                        r"(?:\s*,[^,]{1,60},)?(?:\W+[\w'\u2019-]+){0,3}\W*$", re.IGNORECASE)
# A group's or firm's own members or customers act: no state does.
_MEMBERS_ACT = re.compile(r"\b(?:its|their)\W+(?:members|member\W+(?:companies|firms)|clients"
                          r"|customers|subsidiaries|suppliers)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
# A company's purchase called a deal: "the deal for the aircraft".
_COMPANY_DEAL = re.compile(r"\W+(?:for|to\W+buy|to\W+acquire)\W+(?:the\W+|a\W+|an\W+|its\W+)?"
                           r"(?:\w+\W+)?(?:aircraft|jets|planes|stake|shares|company|firm|unit"
                           r"|business|acquisition|takeover|merger)\b", re.IGNORECASE)
# A deal with a firm: "signed a ten-year agreement with a Vietnamese port operator".
_WITH_FIRM = re.compile(r"\W+(?:[\w-]+\W+){0,6}?(?:with|from|to)\W+(?:a|an|the|its)\W+"
                        r"(?:[\w'\u2019.-]+\W+){0,3}?"
                        r"(?:firms?|company|companies|makers?|operators?|suppliers?|producers?"
                        r"|millers?|refiner(?:y|ies)|trading\W+houses?|handlers?|processors?"
                        r"|manufacturers?|carriers?|miners?|refiners?|banks?|investors?|funds?"
                        r"|developers?|rivals?|subsidiar(?:y|ies)|start-?ups?|conglomerates?"
                        r"|shipbuilders?|chipmakers?|automakers?|carmakers?|biotech|insurers?|smelters?|mills?"
                        r"|traders?|buyers?|utilit(?:y|ies)|steelmakers?|exporters?|importers?|distributors?)\b",
                        re.IGNORECASE)
_WTO_NAME = r"WTO|World\W+Trade\W+Organi[sz]ation"
# ... and a case brought there, or under one of its agreements
_WTO_CASE = re.compile(rf"\b(?:{_WTO_NAME}|DSU|GATT|Settlement\W+of\W+Disputes"
                       r"|Agreement\W+on\W+(?:Safeguards|Subsidies|Agriculture)|Anti-?Dumping\W+Agreement)\b")
_WTO = re.compile(rf"\b(?:{_WTO_NAME}|dispute\W+settlement)\b")
# A club's sponsor or a firm's deal: "includes naming rights to the club's training ground".
_SPONSORSHIP = re.compile(r"\b(?:naming\W+rights|sponsor\w*|shirt\W+deal|kit\W+deal|football\W+club"
                          r"|the\W+club(?:['\u2019]s)?|Premier\W+League|(?:its|their)\W+shareholders)\b",
                          re.IGNORECASE)
# A firm suing a firm: "has sued American rival Heartland Protein Inc. ..., alleging that".
_LAWSUIT = re.compile(r"\b(?:sued|sues|suing|lawsuit|filed\W+(?:a\W+)?suit|(?:federal|district"
                      r"|commercial|high)\W+court|class\W+action)\b", re.IGNORECASE)
_TOPIC_RIGHT_BEFORE = re.compile(r"\b" + _TOPICS + r"\W*$", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:expected|poised|tipped)\s+to\b", re.IGNORECASE)
_MODAL_PASSIVE = re.compile(r"\b(?:could|might|(?-i:may)|should|can)\s+(?:\w+\s+)?be\b", re.IGNORECASE)
_ARTICLE = re.compile(r"\b(?:a|an|the)\s*$")


def undone_by(trigger: Trigger) -> Status | None:
    """What a noun's trigger that opens with the verb undoing it tells of the measure
    ("suspended for 90 days the import licences ..."): suspended, ended, or None."""
    if not trigger.ref:
        return None
    opening = trigger.text.split(None, 1)[0]
    return "suspended" if _LIFTED.fullmatch(opening) else "ended" if _ENDED.fullmatch(
        opening) else None


def clause_before(text: str, trigger: Trigger, words: int = 12) -> str:
    """The words of the trigger's clause before it (at most `words` of them)."""
    return _last(_clause_words(text, trigger.start), words)


def _clause_words(text: str, start: int) -> list[str]:
    """Every word of the clause before text[start:] (read once, cut to length by `_last`)."""
    before = text[:start]
    cut = _CLAUSE_START.match(before)
    if cut:
        before = before[cut.end():]
    return before.split()




def _last(words: list[str], n: int) -> str:
    return " ".join(words[-n:])


def _asked(before: str, trigger: Trigger) -> bool:
    """Do the words before the trigger ask for it ("urged Seoul to lift ...")?"""
    asks = list(_ASKED.finditer(before))
    if not asks:
        return False
    rest = before[asks[-1].end():]
    return not (_OWN_ACT.search(rest) and _PAST.match(trigger.text)) \
        and not _OWN_LEGISLATURE.match(rest)


@lru_cache(maxsize=16)  # asked once per trigger, answered once per sentence
def _opinion(text: str) -> bool:
    return _OPINION.search(text) is not None


def _subnational(before: str) -> bool:
    """Is the clause's subject a province's or federal state's office-holder?"""
    found = _SUBNATIONAL.match(before)
    return found is not None and not (found["place"] and find_actors(found["place"]))


def _lobby_asks(text: str, trigger: Trigger, before: str) -> bool:
    """Is the act asked for by a lobby, an industry or firms: the asking verb that governs
    it (the demand's own, or the last one before a measure asked for) has one as subject?"""
    if trigger.type == "demand":
        verb = re.match(r"\S+", trigger.text)
        end = trigger.start + (verb.end() if verb else 0)
        return any(m.end() == end for m in _LOBBY_ASKS.finditer(text, max(0, end - 130), end))
    asks = list(_ASKED.finditer(before))
    if not asks or not _asked(before, trigger):
        return False
    start = trigger.start - len(before) + asks[-1].start()  # (`before` ends at the trigger)
    return any(m.start() < start < m.end()
               for m in _LOBBY_ASKS.finditer(text, max(0, start - 90), start + 20))


def _sits_alone(text: str, trigger: Trigger) -> bool:
    """Is the meeting a body's own sitting ("the foreign trade chamber meets on 15 October",
    not "the economic committee of their coordination council met") or a grouping's
    ("Ministers from the G20 meet in Cape Town"), no encounter of two states?"""
    if _MEMBERS_MEET.match(trigger.text):
        return True
    return bool(_MEETS_WORD.match(trigger.text)
                and _BODY_MEETS.search(text, max(0, trigger.start - 40), trigger.start)
                and not _THEIR_BODY.search(text, max(0, trigger.start - 60), trigger.start)
                and not _WITH.match(text, trigger.end))


def classify(text: str, trigger: Trigger) -> Status | None:
    """The status the sentence gives the trigger, or None when it states no event."""
    if text.rstrip(" \"')\u201d\u2019").endswith("?") or _ASKED_WHETHER.match(text, 0, trigger.start):
        return None  # (and what a reporter asked about: "Asked whether Hanoi would seek WTO
        # consultations, a spokesperson said ...")
    if trigger.type == "demand" and _COURTESY_CALL.match(text, trigger.end) \
            and trigger.text.lower().startswith("call"):
        return None  # "called on the President at State House": a visit, not a demand
    if trigger.type == "demand" and trigger.text.lower().startswith("call") \
            and _CALL_NOUN.search(text, max(0, trigger.start - 12), trigger.start):
        return None  # "gives Japanese buyers first call on Australian LNG": a right, no demand
    if trigger.type == "demand" and (_OWN_GOVERNMENT.match(text, trigger.end) or _OWN_GOVERNMENT.match(
            text, trigger.start + len(trigger.text.split(None, 1)[0]))) \
            and not _ENVOY.search(text, max(0, trigger.start - 80), trigger.start):
        return None  # "urged the government to engage with Washington": asked of its own
        # government, by its own people, is no demand between states
    if _EXAMPLE.match(text) and _PRESENT.match(trigger.text):
        return None  # "For example, the UK imposes tariffs of up to 125% on meat": a practice
    if _WHAT_IT_WOULD_DO.match(text, trigger.end) and _SIZED.search(text, 0, trigger.start):
        return None  # "A 10-point tariff increase could cut Korea's car exports by $7 billion"
    if trigger.type not in ENCOUNTERS and _opinion(text):
        return None  # an analyst's view; a meeting it mentions is still planned
    if (_NO.search(trigger.text) or _MODAL_PASSIVE.search(trigger.text) or _NOT_INSIDE.search(
            trigger.text.replace(" not to", " to") if trigger.type == "demand" else trigger.text)) \
            and not _LICENSED.search(trigger.text) \
            and not _NO_ONE_SHALL.match(trigger.text):
        return None  # "that no call had been scheduled", "exports could be banned"
    # a modal bears on a verb; a noun naming a standing measure only when it is right there
    standing = trigger.ref and not _NEWISH.match(trigger.text)
    cut = _CLAUSE_START.match(text[:trigger.start])
    before_all = text[cut.end() if cut else 0: trigger.start]
    words = _QUESTION_ASKED.sub(" ", _ASIDE.sub(",", before_all)).split()
    near = _last(words, 2 if standing else 12)
    before = _last(words, 6 if trigger.ref and trigger.type not in ENCOUNTERS else 12)
    if _CONDITIONAL.search(_last(words, 40).replace("[", "").replace("]", "")):
        if not trigger.ref and trigger.type in _MEASURES and _IF_THEN_WILL.search(before_all):
            return "threatened"  # "If the surcharge is not withdrawn by 15 February, Colombia
            # will apply a tariff ...": a measure promised on the other side's act is a threat
        return None
    if not trigger.ref and trigger.type in _MEASURES and _NEVER.search(near):
        return "denied"  # "China has never restricted imports of U.S. beef": a denial
    # (a negation of the verb a "since" or "after" clause hangs on: "Sales have not recovered
    # since Beijing imposed duties")
    near = _SUBORDINATE.split(near)[-1]
    if (_NEGATED.search(near + " ") or _NEGATED.search(near) or _ABANDONED.search(near)
            or _NO_TIMELINE.search(_last(words, 10))) \
            and not _LICENSED.match(text, trigger.end):
        return None
    if trigger.ref and _NO_SIGN.search(_last(words, 4)):
        return None  # "there was no sign of talks on Friday"
    if not trigger.ref and trigger.type in _MEASURES and (
            _AGAINST.search(near) or _COMPANY.search(_last(words, 5))
            or (trigger.type in _TRADED and _COMPANIES.search(_last(words, 4))
                and not _STATE_RULE.search(trigger.text))):
        return None
    if trigger.type in _MEASURES and _REPORTS_THAT.search(text, max(0, trigger.start - 90), trigger.start) \
            and _DENIED_AFTER.match(text, trigger.end):
        return "denied"  # "Reports that imports ... had been halted by Baghdad were denied on
        # Thursday by Iraq's agriculture ministry"
    if not trigger.ref and trigger.type in _MEASURES and DENIAL.search(before):
        return "denied"  # "denied reports in the Pakistani press that it had halted imports"
        # (the press there asks nothing)
    if not trigger.ref and trigger.type not in ("demand", "accusation") and (
            _asked(before, trigger) or (_OR_AT_LEAST.search(" ".join(words[-8:]))
                                        and _asked(_last(words, 20), trigger))
            or (_AND_THEN_ASKED.search(before) is not None and _asked(_last(words, 24), trigger))) \
            and (trigger.type in RETREATS or not _MADE_BEFORE.match(text, trigger.end)):
        return None  # what one side asks the other to do has not happened (asked to drop a
        # measure "that X imposed", the drop is still only asked)
    if trigger.type == "accusation" and _LOBBY_SAYING.match(text, 0, trigger.start) \
            and trigger.text[:4].lower() in ("sayi", "said", "argu", "comp", "clai", "warn"):
        return None  # "The European Heat Pump Association welcomed the investigation, saying
        # Chinese units were being sold below cost": a lobby's charge, no state's
    if trigger.type == "accusation" and _LOBBY_BLAMES.search(text, max(0, trigger.start - 40),
                                                             trigger.start):
        return None  # "a cut that farm groups have blamed for a flood of cheap imports"
    if trigger.type == "accusation" and _LOBBY_WHO.search(text, 0, trigger.start):
        return None  # "after a complaint from Egyptian steelmakers, who say Turkish rebar ..."
    if _lobby_asks(text, trigger, before_all):
        return None  # "the Feedlot Association urged the government to exempt ...": a lobby's
    if not trigger.ref and _HAS.search(text, max(0, trigger.start - 30), trigger.start) \
            and _FOR_YEARS_AFTER.match(text, trigger.end):
        return None  # a standing practice, no act
    hedge = (_MODAL_AFTER if trigger.ref else _MODAL_PASSIVE_AFTER).match(text, trigger.end)
    if hedge and not (
            hedge.group().lower().endswith("would") and _SAID_THAT.search(text, 0, trigger.start)
            and _FUTURE_AFTER.match(text, trigger.end)):
        return None  # "these discussions may be held in ...", "Provisional duties could be
        # imposed within eight months if ...": the noun is a modal's subject
        # (not "officials said a third round would take place in Bali in June": told, to come;
        # nor "duties would apply from May 1, the ministry said": a new act's, announced)
    if trigger.type == "accusation" and _HABITUAL.search(
            text, max(0, trigger.start - 40), trigger.start):
        return None  # "China has repeatedly said it opposes the abuse of export controls"
    if trigger.type == "demand" and _FOR_MONTHS.search(text, max(0, trigger.start - 40), trigger.start):
        return None  # "Washington has for months urged its partners to ...": a standing ask
    if _UNDECIDED.search(text, max(0, trigger.start - 80), trigger.start):
        return None  # "has not yet taken a decision on the ban on imports of LPG": none yet
    if trigger.type in ENCOUNTERS and _OWN_MEETING.search(text, max(0, trigger.start - 30),
                                                          trigger.start) \
            and not _WITH.match(text, trigger.end):
        return None  # "At its meeting today, the Federal Council decided ...": a body's own
    if trigger.type in ENCOUNTERS and _sits_alone(text, trigger):
        return None
    if states_nothing(text, trigger):
        return None  # (asides.py: phrasings that tell no act)
    if trigger.text.lower().startswith("meeting") and _LEADERS_MEETING.search(
            text, max(0, trigger.start - 60), trigger.start):
        return None  # "the APEC Economic Leaders' Meeting": a grouping's gathering, no encounter
    if trigger.ref and trigger.text.lower().startswith("summit") and (_GROUP.search(
            text, 0, trigger.start) or _GROUP_AFTER.match(text, trigger.end)):
        return None  # "the APEC summit", "the Group of 20 summit", "a summit of the Quad grouping"
    if trigger.type == "trade_agreement" and (
            _OTHER_TOPIC_AFTER.match(text, trigger.end) or (_OTHER_TOPIC_BEFORE.search(
                text[max(0, trigger.start - 40): trigger.end].rsplit(" ", 1)[0] + " ")
                and not _TRADE_WORD.search(trigger.text))
            or (trigger.ref and _ELUSIVE.match(text, trigger.end))):
        return None  # an agreement on nuclear cooperation; a climate deal; a deal still elusive
    if trigger.ref and trigger.type not in ENCOUNTERS and _ANY.search(_last(words, 2)):
        return None  # "retaliate against any new tariffs"
    unreached = trigger.ref and bool(
        _PURSUED.search(_last(words, 8)) or _NAMED_RULES.search(_last(words, 3))
        or _ANY.search(_last(words, 3)) or _BUSINESS.search(_last(words, 1))
        or _JUDGED.search(_last(words, 1))
        or (_DEALS.search(trigger.text) is not None and _GENERIC.search(_last(words, 1)))
        or _EXISTING_DEAL.search(text, max(0, trigger.start - 50), trigger.start) is not None)
    if trigger.type == "trade_agreement" and (unreached or _WORTH.match(text, trigger.end)):
        return None  # a deal sought, not reached; a body of rules; a company's deal
    if trigger.type == "trade_talks" and trigger.text.endswith("ed") and _ARTICLE.search(
            text, 0, trigger.start):
        return None  # "a negotiated outcome": an adjective
    if trigger.type == "trade_talks" and trigger.text.lower().startswith("negotiated") \
            and _DEAL_BEFORE.search(text, max(0, trigger.start - 20), trigger.start):
        return None  # "signed the partnership agreement negotiated for more than a quarter of a
        # century": the deal's history, not a round of talks
    if DENIAL.search(before):
        return "denied"
    if trigger.type in ("demand", "accusation", "trade_talks") and _NON_STATE.search(
            " ".join(words)):
        return None  # "Farm groups called on Washington to help growers"
    if trigger.type in ENCOUNTERS and (_SECURITY_TALKERS.search(text, max(0, trigger.start - 60), trigger.end)
                                       or _ON_SECURITY.search(text, trigger.start, trigger.end + 100)):
        return None  # "Israeli and Turkish military officials met in Baku", "talks with NATO
        # counterparts on Arctic security": no trade talks
    if trigger.type in ("demand", "accusation") and _subnational(before_all):
        return None  # "Ontario Premier Glen Moretti called on Washington to scrap ...": a
        # province asks; no state does
    if _MEMBERS_ACT.search(text, max(0, trigger.start - 60), trigger.start):
        return None  # "an industry group said its members had already stopped most sales"
    if trigger.type == "trade_talks" and (
            _OTHER_TOPIC_AFTER.match(text, trigger.end) or _TOPIC_RIGHT_BEFORE.search(_last(words, 1))
            or (" " in trigger.text and _TOPIC_RIGHT_BEFORE.search(trigger.text.rsplit(None, 1)[0]))
            ) and not _TRADE_WORD.search(_last(words, 3)):
        return None  # "nuclear talks", "talks on military cooperation", "agreed to hold a
        # maritime security dialogue"
    if trigger.type in ENCOUNTERS and trigger.text[:1].isupper() \
            and _BODY_NAMED.search(text, max(0, trigger.start - 60), trigger.start):
        return None  # "Taiwan's Office of Trade Negotiations said": a body's name
    if trigger.type == "trade_talks" and _SUCH_DEALS.match(text, trigger.end):
        return None  # "the GCC, which negotiates such agreements on behalf of its members": a
        # body's remit, no round of talks
    if trigger.type == "demand" and trigger.text.lower().endswith("consultations") \
            and _WTO_CASE.search(text):
        return None  # consultations requested at the WTO: the first step of a dispute there
        # (the blind sets label them so; a request under a bilateral deal's chapter is a demand)
    if trigger.type in ENCOUNTERS and _WITH_ENVOY.match(text, trigger.end):
        return None  # "during a meeting in Abu Dhabi with the Ambassador of India": a courtesy
        # meeting with an envoy, no talks between the states
    if trigger.type == "trade_talks" and _INVITED_FOR.search(text, max(0, trigger.start - 120),
                                                             trigger.start):
        return None  # "invited the minister to visit Jakarta for talks": a visit's purpose
    if trigger.type in ENCOUNTERS and _WITH_BUSINESS.match(text, trigger.end):
        return None  # "travels to Jakarta for meetings with Indonesian business leaders"
    if trigger.type in ENCOUNTERS and _DISCUSSED_OTHER.search(text) and not _TRADE_WORD.search(text):
        return None  # "their foreign ministers discussed climate finance and the war in Ukraine
        # on the sidelines of a United Nations meeting"
    if trigger.type == "trade_agreement" and _SPONSORSHIP.search(text):
        return None  # "the agreement ... includes naming rights to the club's training ground"
    if _IN_THE_PAST.match(text, trigger.end) and _HAS.search(text, max(0, trigger.start - 30),
                                                             trigger.start):
        return None  # "Jakarta has accused Brussels of protectionism in the past": a habit
    if trigger.type == "accusation" and _DUMPING_FINDING.search(text):
        return None  # "a complaint alleging that imports ... are being dumped and are causing
        # material injury", "sold in the EU below its normal value": a trade-remedy case's
        # finding or complaint, told as its procedure, not a charge between states
    if trigger.type == "accusation" and _LAWSUIT.search(text, 0, trigger.start) \
            and not _WTO.search(text):
        return None  # "has sued American rival Heartland Protein Inc., alleging that"
    if trigger.type == "trade_agreement" and (_COMPANY_DEAL.match(text, trigger.end)
                                              or _COMPANY_DEAL.search(trigger.text)
                                              or _WITH_FIRM.match(text, trigger.end)):
        return None  # "the deal for the aircraft", "a supply agreement with a Japanese maker"
    if trigger.type == "export_control" and _LISTED_PARTIES.search(trigger.text):
        return None  # "Exports ... to the listed entities will require a license": what a
        # listing entails; the listing is the sanction
    if trigger.type == "accusation" and (_FIRMS_CHARGED.match(text, trigger.start) or (
            trigger.text.lower().startswith("accused") and _LISTED_ACCUSED.search(
                text, max(0, trigger.start - 40), trigger.start))):
        return None  # "sanctioned a gold trading company and two directors, accusing them of
        # smuggling gold": the listing's grounds against firms, no charge between states
    if trigger.type == "accusation" and _OTHER_CHARGE.match(text, trigger.end):
        return None  # "accused Tokyo of spying", "of treating the sea as its sewer"
    if trigger.type not in ENCOUNTERS and _FORECAST.search(near):
        return None  # "Beijing is expected to announce export curbs": a forecast
    if trigger.type == "trade_talks" and _MAY_BEGIN.match(text, trigger.end):
        return None  # "negotiations on a preferential trade agreement could begin next year"
    if _LIKELY_AFTER.match(text, trigger.end):
        return None  # "more anti-dumping cases against Chinese steel were likely"
    hypothetical = (_HYPOTHETICAL.search(near) is not None or (
        trigger.type in ENCOUNTERS and _MODAL_HOLD.search(_last(words, 6)) is not None)) \
        and _MADE_BY_ON.match(text, trigger.end) is None
    if hypothetical and _PROPOSAL_WOULD.search(_last(words, 30)) and not _COULD.search(near):
        return "proposed"
    if hypothetical and not (_REPORTED.search(_last(words, 30))
                             and not _ASPIRED.search(near)):
        return None  # (one reported, "said it would", is told: not one hoped for)
    if _ASPIRED.search(trigger.text):
        return None  # "agreed to aim for a deal by mid-2033"
    if trigger.type in ENCOUNTERS and _MEMBERS.match(trigger.text) and _BLOC_OWN.search(
            text, 0, trigger.start):
        return None
    if trigger.type in ENCOUNTERS and (
            _DOMESTIC.search(text, max(0, trigger.start - 30), trigger.start)
            or _CENTRAL_BANKS.search(text, max(0, trigger.start - 60), trigger.start)
            or (trigger.text.lower().startswith("visits") and _TRIPS.match(text, trigger.end))
            or (trigger.type == "trade_talks" and (
                _SOUGHT.search(text, max(0, trigger.start - 40), trigger.start)
                or _YEARS_OF.search(text, max(0, trigger.start - 30), trigger.start)))):
        return None  # "a cabinet meeting", "visits for business", "to seek talks"
    if trigger.type in ENCOUNTERS and (
            _ROUNDS.search(text, max(0, trigger.start - 40), trigger.start)
            or _TIMES.match(text, trigger.end) or _SPORT_ROUND.match(text, trigger.end)
            or (trigger.text.lower().startswith("negotiating") and _ADJECTIVE.match(text, trigger.end))):
        return None  # "previous rounds of talks", "have met several times", "negotiating tactic"
    if trigger.type in ENCOUNTERS | {"trade_agreement"} and _SECURITY_PEOPLE.search(
            text, max(0, trigger.start - 100), trigger.start) and not _TRADE_WORD.search(
                _NOT_TRADE.sub("", text)):
        return None  # "the defence ministers of the Philippines and Japan met in Manila"
    if trigger.type in _MEASURES and (
            _ABUSE_OF.search(text, max(0, trigger.start - 40), trigger.start)
            or _COMPANY_SAID.search(text, max(0, trigger.start - 80), trigger.start)):
        return None  # "abuse of export controls"; "a parts maker said it had halted shipments"
    if trigger.type == "trade_talks" and (_GOING_ON.search(text, 0, trigger.start) or (
            trigger.text.lower().startswith("consultations")
            and _DISPUTE.search(text, 0, trigger.start))):
        return None
    if trigger.type in RETREATS and _STATE_OF.search(text, max(0, trigger.start - 30),
                                                      trigger.end):
        return None
    if trigger.type.startswith("tariff_") and (
            _FACES.search(_last(words, 6) + " " + trigger.text.split()[0])
            or _DESCRIBES.search(text, 0, trigger.start)):
        if _FOR_YEARS.search(_last(words, 8)):
            return None  # "exporters have for years faced high tariffs": a grievance, no act
        return "in_effect"
    if trigger.status is not None:
        return trigger.status  # type: ignore[return-value]
    # (an accusation's own verb judges, it proposes nothing: "considers the levy unfair")
    own = before + ("" if trigger.type == "accusation" else " " + trigger.text.split()[0])
    if _THREAT.search(own) or (trigger.ref and _THREATENED_BY.match(text, trigger.end)):
        return "threatened"  # (a measure named, then "threatened by the U.S. government")
    if _PROPOSED.search(own):
        return "proposed"
    # (a meeting's noun in an errand a future verb sends someone on: "will travel to Lima to
    # hold a new round of Brazil-Peru economic and trade consultations")
    future = bool(_FUTURE.search(before + " " + trigger.text)) or (
        trigger.type in ENCOUNTERS and _ERRAND.search(_last(words, 24)) is not None) or bool(
        _FUTURE_AFTER.match(text, trigger.end)) or (
        trigger.type in ENCOUNTERS and _ON_TOPIC_FUTURE.match(text, trigger.end) is not None) or (
        not trigger.ref and _WOULD.search(_last(words, 3) + " " + trigger.text) is not None)
    if future and not trigger.ref and trigger.type in _MEASURES \
            and _ON_CONDITION.match(text, trigger.end):
        return "threatened"
    # (a demand or accusation is made, whatever it asks: "requests that X lift the ban")
    if trigger.type not in RETREATS | ENCOUNTERS | _SAID_ACTS and not _ASKED.search(
            _last(words, 14)):
        # (or inside a noun's trigger: "suspended for 90 days the import licences it imposed")
        opened = undone_by(trigger)
        if _LIFTED.search(before) or opened == "suspended":
            return "suspended"
        if _ENDED.search(before) or opened == "ended":
            return "ended"
    if trigger.type in ENCOUNTERS:
        return "scheduled" if future else "occurred"
    if trigger.type in ("trade_agreement", "visit_invitation", "accusation", "demand"):
        return "occurred" if not future or trigger.type != "trade_agreement" else "announced"
    if trigger.ref and _IN_EFFECT.search(before):
        return "in_effect"
    return "announced" if future or not trigger.ref else "in_effect"
