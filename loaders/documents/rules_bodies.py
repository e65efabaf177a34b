"""Bodies: names with a body's head word, named and national bodies, acronyms, lower-case kinds, appositions and
references ("the Board").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import cache, lru_cache
import itertools
import re

from partnergraph.ontology import lookup

from .lexicon import kind_of, lexicon
from .model import Entity
from .names import Run, body_first_runs, name_runs, person_words_ok, post_runs, row_breaks
from .rules_common import (_PERSON_POST_GAP, _after_words, _cue_lines, _gated, _line_gated, _matches_at,
                           _matches_from, _norm, _MONTHS, _DETERMINER_WORDS, _APPOSED_NAME, _KIND_HEADS,
                           _KIND_HEAD_WORDS, _KIND_WORDS, _subsequence, _MATCHERS)

__all__ = ["BodyRules"]

_ACRONYM_DEF = re.compile(r"\(([A-Za-z][A-Za-z&]{1,9})\)")
_REFERENCE = re.compile(r"(?=[TtOoIi])\b(?:[Tt]he|[Tt]his|[Oo]ur|[Ii]ts)[ \t]+(Board|Committee|Council|Partnership|Group|"
                        r"Commission|Cabinet|Executive|Panel|Forum|Hub|Trust|Authority|council|board|"
                        r"committee|partnership|group|commission|CCG|PCT|ICB|HWB)\b(?![ \t]+[A-Z])")
_REFERENCE_HEADS = ("board", "committee", "council", "partnership", "group", "commission", "cabinet", "executive",
                    "panel", "forum", "hub", "trust", "authority", "ccg", "pct", "icb", "hwb")  # lower case
# A post named alone, with "the" or a possessive ("The Chair", "its Chair, Name") or commas round it ("Name, our
# Chair", "Name, Manager, Healthwatch X"), and the words one of which each match holds (in lower case).
_BARE_POST = re.compile(r"\b(?:(?P<the>[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)[ \t]+)?"
                        r"((?:Vice[- ][Cc]|Co-[Cc]|C)hair(?:man|person|woman)?|Chief Executive|Leader|Mayor|"
                        r"Section 151 Officer|Manager)\b"
                        r"(?![ \t]+(?:of|for)\b)")
_BARE_POST_WORDS = ("chair", "chief executive", "leader", "mayor", "section 151 officer", "manager")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_PLURAL_ACR = re.compile(r"^[A-Z]{2,}s$")
# "Board" or "Committee" between lower-case words; written to start with a letter ("B(?<=[a-z] B)oard" is
# "(?<=[a-z] )Board") so that the search scans for it at C speed.
_BOARD_IN_PROSE = re.compile(r"(B(?<=[a-z] B)oard|C(?<=[a-z] C)ommittee)\b(?= [a-z])")
_BOARD_IN_PROSE_WORDS = ("board", "committee")  # the words its matches start with, in lower case
# "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written so the search starts with a character class (scanned at C speed).
_GROUP_KINDS = ("network", "partnership", "group", "board", "panel", "forum", "alliance", "hub", "collaborative")
_ACRONYM_GROUP = re.compile(r"([A-Z](?<!\w[A-Z])[A-Z]{1,5})((?:[ ][a-z]+){0,2})[ ](" + "|".join(_GROUP_KINDS) + r")\b(?!-)")
_ACRONYM_GROUP_CUES = tuple(" " + kind for kind in _GROUP_KINDS)  # one of which each match holds, on one line
_FUNDING = re.compile(r"£[ ]?\d[\d,.]*[ ]?(?:m|bn|k|million|billion)?[ ]+(?:of[ ]+)?(?:funding|fund|grant|investment)"
                      r"[ ]+(?:for|to|in)[ ]+([a-z][a-z \-]{3,60}?)(?=[ ]+(?:match|which|that|and|to|from|in|by|is|was|"
                      r"will)\b|[.,;\n])")
# "Warm Homes: Local Grant", "Healthy Start: Vitamins Scheme": a scheme's name in two parts either side of a colon.
_SCHEME_HEADS = (" Grant", " Fund", " Scheme", " Programme", " Pilot")
_COLON_SCHEME = re.compile(r"(?<![\w:])(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}:[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,3}"
                           r"[ ](?:Grant|Fund|Scheme|Programme|Pilot))\b")
# Councils named head first, and councils that are not a local authority.
_BOROUGH_FIRST = ("London Borough of ", "Royal Borough of ")
_NOT_THE_COUNCIL = re.compile(r"\b(?:Voluntary|Youth|Parish|Town)\b")
# How the name of a council's department or a post's field ends, after a post ("Head of HR, Housing Services",
# "Head of Policy, Strategy and Partnerships"): not a body of its own.
_DEPARTMENT_ENDS = ("Services", "Service", "Partnerships", "Communities", "Operations", "Commissioning",
                    "Transformation")
_GENERIC_PLURAL_WORDS = frozenset({"Local", "Key", "Other", "Various", "Existing", "New", "Relevant", "Partner",
                                   "Statutory", "Strategic", "National", "Regional", "Specialist", "Community",
                                   "Voluntary", "Multi-agency", "Multi-Agency", "Public", "Health", "All", "Many",
                                   "Neighbouring", "Individual", "Different", "Wider", "Main", "Major", "Smaller"})
_LOWER_TEAM = re.compile(r"(?=[toaiT])\b(?:[Tt]he|our|a|its|their)[ ](?:(?:small|new|dedicated|central|council's|shared|own)[ ])*"
                         r"(?P<name>[a-z]+(?:[ ](?:and[ ])?[a-z]+){1,4})[ ](?P<head>team|unit|directorate)\b")
# Written so that the search starts with a letter ("b(?<!\wb)rings" is "\bbrings"), scanned for at C speed.
_PARTNER_LIST = re.compile(r"(?:b(?<!\wb)(?:rings together|ring together|rought together)|p(?<!\wp)artners (?:include|are|such as)|"
                           r"o(?<!\wo)rganisations such as|c(?<!\wc)harities such as|p(?<!\wp)roviders such as|"
                           r"m(?<!\wm)embers (?:include|are)|w(?<!\ww)orking with)[ \n](?P<list>[^.;:\n]{5,400})")
# The words every match of _PARTNER_LIST starts with (lower case).
_PARTNER_LIST_STARTS = ("bring", "brought together", "partners ", "organisations such as", "charities such as",
                        "providers such as", "members ", "working with")
# A review's witnesses: "heard from ...", "took evidence between June and October from ..." (after those words).
_WITNESS_WORDS = ("heard", "took evidence", "Witnesses", "witnesses", "Representatives", "representatives")
_WITNESS_LIST = re.compile(r"(?:[^.;:]{0,40}?[ \n])?from[ ](?P<list>[^.;:\n]{5,400})")
_AFFILIATION = re.compile(r",[ \t]+(?P<name>[A-Z][\w’'\-&]*(?:[ ](?:(?:of|and|for|in|&|the)[ ])?[A-Z][\w’'\-&]*){0,5})"
                          r"(?=[ \t]*(?:;|\n|$|\)|\.[ \t]*(?:\n|$)))")
# The body after a person's post: ", Thrive Trafford;" closing the entry, or " at Catalyst Stockton-on-Tees," in a
# sentence.
_EMPLOYER_AFTER_POST = re.compile(
    r"(?:,[ \t]+|[ ]at[ ])(?P<name>[A-Z][\w’'\-&]*(?:[ ](?:(?:of|and|for|in|&|the)[ ])?[A-Z][\w’'\-&]*){0,5})"
    r"(?=[ \t]*(?:;|\n|$|\)|\t|[ ]{2}|[ ]\(|\.[ \t]*(?:\n|$)|,[ ][a-z]))")
# "delivered with Change Grow Live", "work closely with Active Cheshire to", "Support Active Lincolnshire to deliver":
# a partner named after the words of working with it (the cue words), then a word that goes on or a stop.
_WORKED_WITH_WORDS = ("work with", "works with", "worked with", "working with", "delivered with", "run with",
                      "in partnership with", "jointly with", "together with", "closely with", "Support", "support")
_WORKED_WITH = re.compile(r"[ ](?:the[ ])?(?P<name>[A-Z][\w’'\-]*"
                          r"(?:[ ](?:(?:of|for|in|on|&)[ ])?[A-Z][\w’'\-]*){0,4})"
                          r"(?=[ ](?:to|on|and|in|for|at|so)\b|[,.;:)]|\n)")
_AND_CAPITAL = re.compile(r"[ ](?:and|&)[ ][A-Z]")
# "..., in particular A, B and C." (the cue words), after a kind of body within the sentence ("organisations that").
_IN_PARTICULAR_WORDS = ("in particular", "including", "notably", "especially", "such as")
_IN_PARTICULAR = re.compile(r"[ \n](?P<list>[A-Z][^.:;()]{5,400}?)(?=\.(?:[ \n]|$)|;|:)")
_KIND_BEFORE_LIST = re.compile(r"\b(?P<kind>organisations|organizations|groups|charities|partners|providers|agencies|"
                               r"bodies)\b[^.;:]*$")
_PLURAL_WORD = re.compile(r"\b[a-z]{2,}[^s\W]s\b")
_ITEM_SPLIT = re.compile(r",[ \n]+(?:and[ \n]+)?(?:the[ \n]+)?|[ \n]and[ \n]+(?:the[ \n]+)?(?=[^,]*$)")
_NAME_THEN_SENTENCE = re.compile(r"((?:[A-Z][\w’'\-]*[ ](?:(?:of|and|for|in|&)[ ])?)+?[A-Z][\w’'\-]*)[ ][a-z]{3,}[ ]")
_LIST_SPLIT = re.compile(r",[ ](?:and[ ])?|[ ]and[ ](?=[^,]*$)")
_COLON_SHORT = re.compile(r":[ ][A-Z]{2,4}\b(?![ ]?[a-z])")
_LIST_LEAD_IN = re.compile(r"^[a-z][^A-Z]*?\b(?:such[ ]as|including|like|from)[ ]")
_LEADING_THE = re.compile(r"[ ]*(?:the|a|our|its)[ ]")
_STRATEGY_COMPLEMENT = re.compile(r"[ ](?:on|for)[ ][A-Z][a-z]+(?:[ ](?:and[ ])?[A-Z][a-z]+){0,4}")
_YEARS_SPAN = r"(?:19|20)\d{2}(?:[/-]\d{2,4})?\b"
# "... for Lincolnshire 2018" (a place and a year), "... for England" (the nation, a year or not)
_FOR_PLACE_YEAR = re.compile(rf"[ ]for[ ](?:(?P<nation>England)(?:[ ]{_YEARS_SPAN})?|"
                             rf"(?P<place>[A-Z][a-z]+)[ ]{_YEARS_SPAN})")
_REPORT_YEAR = re.compile(rf"[ ]{_YEARS_SPAN}")
# "Three community groups helped us run sessions: A, B and C.": bodies listed after what they are, in one sentence.
_LIST_KINDS = ("groups", "organisations", "charities", "partners", "providers", "agencies")
_KIND_THEN_LIST = re.compile(r"(?:groups|organisations|charities|partners|providers|agencies)\b[^.:;\n]{0,100}:[ ]"
                             r"(?P<list>[^.:;\n]{5,300})\.")
# A listed body's name: capitalised words, with small joining words and possessives between them.
_LISTED_BODY = re.compile(r"[A-Z][\w’'\-]*(?:[ ](?:(?:of|and|for|in|on|the|&)[ ])?[A-Z][\w’'\-]*){0,6}")
# Head words of a service's name that the rules type as a body unless the service is what a body offers.
_SERVICE_HEADS = frozenset({"Service", "Team", "Hub"})
_LAUNCHED = re.compile(r"\b(?:launch(?:ed|es|ing)?|introduc(?:ed|es|ing|e)|pilot(?:ed|s|ing)?|roll(?:ed|s|ing)?[ ]out)"
                       r"[ ](?:the|a|its|our|their)[ ](?:new[ ])?$")
# "introduced a Safeguarding Adults Front Door", "launched the Healthy Minds Hub": a capitalised name of something new.
# "programmes, including A, B and C", "schemes such as A and B".
_PROGRAMME_WORDS = ("programmes", "schemes", "initiatives", "projects")
_PROGRAMME_LIST = re.compile(r",?[ ](?:including|such[ ]as)[ ](?P<list>[^.;:\n]{5,400})")
# A capitalised name, then the lower-case word for the kind of initiative it is (see _named_before_lower_kind); the
# scan starts from that word (the needles), the name is read before it.
_LOWER_KIND_PHRASES = ("programme", "programmes", "service", "services", "scheme", "schemes", "approach", "training",
                       "pack", "packs", "vitamins", "check", "checks", "project", "projects", "initiative",
                       "initiatives", "pilot", "pilots", "campaign", "campaigns", "model", "offer", "pathway",
                       "pathways", "app", "grant", "grants")
_CAPITALISED_NAME = re.compile(r"[A-Z][\w’'\-]*(?:[ ](?:(?:for|of|and|in|the|&)[ ])?[A-Z0-9][\w’'\-]*)*")
_LOWER_KIND_AFTER_NAME = re.compile(
    r"(?<![\w’'\-])(?P<name>[A-Z][\w’'\-]*(?:[ \n](?:(?:for|of|and|to|the|in|&)[ \n])?[A-Z0-9][\w’'\-]*){0,5})"
    r"(?:[ ]|[ ]*\n?[ \t]+)(?:programmes?|services?|schemes?|approach|training|packs?|vitamins|checks?|projects?|"
    r"initiatives?|pilots?|campaigns?|model|offer|pathways?|app|grants?)\b")
# The same with up to three lower-case words between the name and its kind, saying what it is for: "the CURE
# tobacco dependence service", "the Active Sefton leisure offer", "the MEND family weight management course".
_DESCRIBED_KINDS = ("course", "courses", "offer", "service", "services", "programme", "programmes", "scheme", "schemes",
                    "campaign", "campaigns", "project", "projects", "pilot", "pilots", "initiative", "initiatives")
_DESCRIBED_NAME = re.compile(
    r"(?<![\w’'\-])(?P<name>[A-Z][\w’'\-:]*(?:[ ](?:(?:for|of|and|in|&)[ ])?[A-Z0-9][\w’'\-]*){0,5})"
    r"(?P<what>(?:[ ][a-z][a-z\-]+){1,3})[ ](?:" + "|".join(_DESCRIBED_KINDS) + r")\b")
# "and" between two capitalised names inside one name ("Family Hubs and Start for Life").
_JOINED_NAMES = re.compile(r"[ ](?:and|&)[ ][A-Z]")
# Kinds of initiative only a name beside them says is one ("Steps2Change, the county's talking therapies service").
_NAMED_KINDS = ("campaign", "service", "initiative")
# The kinds in an apposition that make the name an initiative, and a plan.
_INITIATIVE_KINDS = ("programme", "fund", "project", "pilot", "scheme", *_NAMED_KINDS)
_PLAN_KINDS = ("strategy", "plan", "framework")
# Words that cannot describe a kind: joins, verbs of who runs it ("Turning Point provides treatment services": a body).
_NOT_DESCRIPTIONS = frozenset({
    "and", "or", "to", "the", "a", "an", "of", "for", "in", "on", "at", "by", "as", "with", "from", "into", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "must",
    "its", "their", "our", "his", "her", "this", "that", "these", "those", "which", "who", "not", "all", "any", "each",
    "every",
    "provides", "provide", "provided", "runs", "run", "delivers", "deliver", "delivered", "operates", "commissions",
    "commissioned", "funds", "funded", "offers", "offered", "leads", "led", "manages", "supports", "hosts", "uses",
    "said", "says", "asked", "noted", "explained", "agreed", "about", "than", "more", "also", "new"})
_PROVIDER_AFTER = re.compile(r"(?:,[ ]which|[ ]which|[ ]that|,)?[ \n](?:delivers|provides|runs|operates|employs|holds)\b")
_LAUNCH_WORDS = ("launched", "introduced", "piloted", "rolled out", "set up", "established")
_LAUNCHED_NAME = re.compile(r"[ ](?:a|an|the|its|our|their)[ ](?:new[ ])?(?P<name>[A-Z][\w’'\-]+(?:[ ](?:and[ ]|for[ ]|of[ ])?[A-Z][\w’'\-]+){1,4})")
# A service that is commissioned or delivered by another is a service, not a body: "the contract for the Integrated
# Sexual Health Service, which is delivered by ...".
_COMMISSIONED_BEFORE = re.compile(r"(?:contract[ ](?:for|with)|commission(?:ed|s|ing)(?:[ ]of)?|re-procure(?:d|ment[ ]of)?)"
                                  r"[ ](?:the[ ])?(?:new[ ])?$")
# A service that bodies provide or offer, or that people take up, is a service: "all pharmacies provide Pharmacy
# First and the New Medicine Service", "take-up of the Discharge Medicines Service".
_PROVIDED_BEFORE = re.compile(r"(?:\bprovide[sd]?|\boffer(?:s|ed)?|\b[Tt]ake-up[ ]of|\b[Uu]ptake[ ]of|\breferrals?[ ]to)[ ]"
                              r"[^.;:\n]{0,50}$")
_DELIVERED_AFTER = re.compile(r",?[ \n](?:which[ ]is[ ]|is[ ])?(?:delivered|provided|run|operated|commissioned|funded|"
                              r"hosted)[ \n]by[ \n]|,?[ \n]which[ \n](?:(?:[A-Z][\w’'\-]*|and|of)[ \n])+"
                              r"(?:provides|runs|delivers|operates|commissions|hosts)\b")
# "delivered by Axess Sexual Health under a contract": who delivers a service.
_DELIVERY_WORDS = ("delivered by", "provided by", "run by", "operated by", "commissioned from", "contracted to",
                   "contracted from", "bought from", "hosted by", "managed by", "trustee of", "the charity")
# The name may say what kind of body it is first ("run by the charity Help and Care") and hold small words
# between its capitals ("Mind in Camden", "Brighter Futures for Children").
_DELIVERED_BY = re.compile(r"[ ](?:the[ ](?:local[ ]|national[ ]|registered[ ])?(?:charity|social[ ]enterprise|"
                           r"provider|company)[ ])?(?P<name>[A-Z][\w’'\-]+(?:[ \n](?:(?:of|and|for|in|&)[ ])?"
                           r"[A-Z][\w’'\-]+){1,4})(?=[ ][a-z]|,|\.|;|\)|[ ]?\n)")
_KIND_AFTER_NAME = ("alliance", "network", "partnership", "forum", "charity", "consortium", "collaborative", "pilot",
                    "programme", "project", "campaign", "scheme", "team", "service", "board", "group", "award", "fund")
_NAME_THEN_KIND = re.compile(r"[Tt](?<!\w[Tt])he[ ](?:(?:existing|new|current|local|joint|wider)[ ])?"
                             r"(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,3})[ ](?:[a-z]+[ ]){0,3}"
                             r"(?P<head>" + "|".join(_KIND_AFTER_NAME) + r")\b")
# Every match holds its kind after a space, on one line: only the lines that hold one are worth trying.
_NAME_THEN_KIND_CUES = tuple(" " + kind for kind in _KIND_AFTER_NAME)
_CAPITAL_TEAM = re.compile(r"(?=[toiA-Z])\b(?:the|our|its|their|[A-Z][a-z]+['’]s)[ ](?:own[ ])?(?P<name>[A-Z][a-z]+(?:[ ](?:and[ ])?[A-Z][a-z]+){0,3}"
                           r"(?:[ ][a-z]+)?)[ ](?P<head>team|unit|directorate)\b")
_TEAM_WORDS = frozenset({"policy", "partnership", "partnerships", "performance", "commissioning", "strategy",
                         "communications", "intelligence", "insight", "research", "equalities", "equality",
                         "safeguarding", "corporate", "health", "wellbeing", "prevention", "housing", "planning",
                         "lifestyle", "lifestyles",
                         "regeneration", "finance", "audit", "legal", "democratic", "scrutiny", "improvement"})
_NAMED_AFTER_KIND = re.compile(r"(?=[atioATIO])\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)[ ](?P<kind>"
                               + _KIND_WORDS + _KIND_HEADS + r"),[ ]"
                               + _APPOSED_NAME + r"(?=,|\.|:[ ]|[ ]\()")
_KIND_COMMAS = tuple(f"{head}, " for head in _KIND_HEAD_WORDS)  # one of which each match of _NAMED_AFTER_KIND holds
_POST_PLACE = re.compile(r"(?:,|[ ]for|[ ]in)[ ](?P<p>[A-Z][\w\-]*(?:[ ](?:and[ ])?[A-Z][\w\-]*){0,3})$")
# Found from " (" (a literal, skipped to at C speed); the acronym and its place are read just before it.
_LONG_IN_BRACKETS = re.compile(r"[ ]\((?P<long>[A-Z][^()\n]{5,100})\)")
_ACR_BEFORE = re.compile(r"(?<![\w’'\-])(?:(?P<place>[A-Z][a-z]+)[ ])?(?P<acr>[A-Z]{3,6})$")
_CHAIR_OF_THE = re.compile(r"((?:Vice[ -])?Chair(?:man|person)?|Deputy Chair|Clerk) of the (?:Board|Committee|Panel|"
                           r"Partnership|Group|Cabinet|Commission|Forum|Sub-Committee|Meeting)$")
_KIND_AT = re.compile(_KIND_WORDS + _KIND_HEADS + r"\b")
# The quote mark first (a character class the scan skips to at C speed), then the test that no letter is before it.
_QUOTED = re.compile(r"[‘“'\"](?<!\w[‘“'\"])([^‘’“”'\"\n]{6,120})[’”'\"](?!\w)")
_COMMA_THE = re.compile(r",[ ](?:the|an?)[ ]")
_KIND_WORD_NEXT = re.compile(r"[ \n](?:programmes?|schemes?|projects?|pilots?|initiatives?|campaigns?)\b")
# A place's word right after a body's name, and before a lower-case kind ("the Tendring primary care network").
_PLACE_AFTER = re.compile(r"[ ]([A-Z][a-z]+)(?![\w’'\-]|[ ][A-Z])")
_THE_PLACE_BEFORE = re.compile(r"\b(?:the|its|our)[ \n]([A-Z][a-z]+)[ \n]$")
_TITLE_PREPOSITIONS = frozenset({"From", "Into", "Towards", "Beyond", "Through", "Across", "With", "Without", "Under",
                                 "Over", "For", "To", "In", "On", "At", "By"})
# The joins of a list of bodies, and a name in it (see BodyRules._bodies_listed_with_bodies).
_LIST_SEP = re.compile(r"(?:,[ \n]+(?:and[ \n]+)?|[ \n]+and[ \n]+)(?:the[ \n]+)?")
_LIST_NAME = re.compile(r"[A-Z][\w’'\-]*(?:[ \n](?:(?:and|of|for|&)[ \n])?[A-Z][\w’'\-]*){1,5}(?![\w’'\-])(?![ ][A-Z(])")
_LIST_END = re.compile(r"[.;:)]|,[ ][a-z]|[ ](?!and\b)[a-z]|\n")
# A body's name beside the kind of body it is (see BodyRules._org_appositions).
_ORG_KIND_HEADS = frozenset({"provider", "charity", "federation", "company", "organisation", "enterprise",
                             "consortium", "partnership", "alliance", "network", "trust", "forum", "collaborative"})
_ORG_KIND = re.compile(r"(?P<kind>(?:[A-Za-z][A-Za-z\-]*[ ]){0,3}(?P<head>" + "|".join(sorted(_ORG_KIND_HEADS)) +
                       r"))(?=,|\.|[ ](?:for|in|of|which|that|who|based|run|led)\b)")
_COMMA_DET = re.compile(r",[ ](?:the|our|its|their|an?)[ ]")
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w’'\-])" + _APPOSED_NAME + r"$")
_COMMA_CAPITAL = re.compile(r",[ ](?=[A-Z])")
_DET_KIND_BEFORE = re.compile(r"\b(?:the|our|its|their|an?)[ ](?P<kind>(?:[A-Za-z][A-Za-z\-]*[ ]){0,3}[a-z]+)$")
_NAME_AFTER_COMMA = re.compile(_APPOSED_NAME + r"(?=,|\.|[ ]\(|[ ](?:has|is|was|which|will|and|with)\b)")
# "X, the integrated care system,", "X, a council-funded programme delivered by ...".
_NAMED_BEFORE_KIND = re.compile(r"(?<![\w’'\-])" + _APPOSED_NAME + r",[ ](?:the|an?)[ ](?P<kind>" + _KIND_WORDS
                                + _KIND_HEADS + r")\b(?=,|\.|[ ](?:for|in|of|delivered|run|led|funded|which|that)\b)")
# Capitalised words after "NHS" that may name its area ("NHS Dorset").
# A place whose halves are joined by a word that ends names read backwards: "Blackburn with Darwen".
_JOINED_PLACE = re.compile(r"([A-Z][a-z]+)[ ](with|upon)[ ]([A-Z][a-z]+)")
# The kinds of NHS body named for the area they serve.
_AREA_BODY = re.compile(r"(?:Integrated[ ]Care[ ](?:Board|Partnership|System)|ICB|ICS|ICP|Clinical[ ]Commissioning"
                        r"[ ]Group|CCG|Primary[ ]Care[ ]Trust|PCT|Health[ ]Authority)$")
# Places named before the place a body's name was read from: "North East and ", "Shropshire, ".
_PLACES_BETWEEN = re.compile(r"(?:[A-Z][a-z]+[ ]?)+(?:,[ ](?:[A-Z][a-z]+[ ]?)+)*"
                             r"(?:,[ ]|[ ]and(?:[ ]|[ ]*\n)|,[ ]and[ ])")
# A post's field or place in brackets after it: "(Mental Health)", "(Care and Support)", "(Tees Valley)".
_SPECIALISM = re.compile(r"[ ]\(((?:[A-Z][a-z’'\-]+|and|of|&)(?:[ ](?:[A-Z][a-z’'\-]+|and|of|&|[A-Z]{2,4})){0,4})\)")
_NOT_SPECIALISMS = frozenset({"Interim", "Acting", "Chair", "Vice", "Vice-Chair", "Chairman", "Chairperson", "Retired",
                              "Substitute", "Deputising", "Part", "Until", "From", "Job", "Maternity", "Secondment",
                              "Item", "Minute", "Agenda", "Left", "Joined", "Observer", "Designate"})
# The area an NHS body is named for, and its kind's acronym; a bracket may follow the acronym ("NHS Coventry and
# Warwickshire ICB (Alison Threlfall)") but not the area, where "(CCG)" would be another name.
# A word of an area's name, with its hyphenated joins ("Stoke-on-Trent").
_AREA_WORD = r"[A-Z][a-z]+(?:-(?:on|upon|under|le|by)-[A-Z][a-z]+)?"
_NHS_NAME = re.compile(r"[ ]((?:" + _AREA_WORD + r")(?:[ ](?:(?:on|upon|under|of)[ ])?" + _AREA_WORD + r"){0,4}"
                       r"(?:,[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?=[ ]and[ ][A-Z][a-z]+(?![ ][A-Z])))?"
                       r"(?:[ ]and(?:[ ]|[ ]*\n)" + _AREA_WORD + r"(?:[ ](?:of[ ])?[A-Z][a-z]+){0,2}"
                       r"(?=[ ](?:ICB|CCG|ICS|ICP|PCT|Integrated[ ]Care[ ]Board|Clinical[ ]Commissioning)\b)|"
                       r"[ ]and(?:[ ]|[ ]*\n)" + _AREA_WORD + r"(?:[ ]of[ ][A-Z][a-z]+)?(?![ ][A-Z]))?"
                       r")\b(?:[ ](?P<acr>ICB|CCG|ICS|ICP|PCT))?(?![ ]?[A-Z]|(?<![A-Z]{3})[ ]?\((?!the[ ]|[a-z]))")
# The place after "Healthwatch": one or two words, on the same line or wrapped to the next, or a list of places
# ("Healthwatch Bristol, North Somerset and South Gloucestershire").
# A place's name after a body named head first: one or two words, a hyphenated town ("Stoke-on-Trent"), "Kingston upon
# Hull", or a place named by a feature of land or an old division of a county ("Isle of Wight", "Vale of Glamorgan",
# "Forest of Dean", "East Riding of Yorkshire").
_PLACE_WORD = r"[A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+)?"
_PLACE_NAME = (rf"(?:(?:Isles?|Vale|Forest|(?:East|North|West)[ ]Riding)[ ]of\s+(?:the[ ])?{_PLACE_WORD}|"
               rf"(?:North|South)[ ](?:East|West)[ ]{_PLACE_WORD}|"  # "North East Lincolnshire"
               rf"{_PLACE_WORD}(?:[ ](?:upon[ ]|&[ ])?{_PLACE_WORD})?)")  # "Kingston upon Hull", "Brighton & Hove"
_HEALTHWATCH_PLACE = re.compile(rf"[ \n]({_PLACE_NAME}(?:(?:,[ ]{_PLACE_NAME})+[ ]and[ ]{_PLACE_NAME}(?![ ]?[A-Z]))?)\b")
_BRANCH_PLACE = re.compile(rf"[ ]({_PLACE_NAME})\b")
_PLACE_LETTERS = re.compile(r"[ ]([A-Z]{2,4})\b(?![ ]?[A-Z(])")
# National bodies whose local branches carry a place's name; the last only ever as a branch or "... England".
_BRANCHES = ("Citizens Advice", "Voluntary Action", "Age UK", "Age Concern", "Jobcentre Plus", "Community Action",
             "Community Pharmacy")
_PLACED_BRANCHES = ("Community Pharmacy",)
# One-word national charities whose local branches put the place first ("Greenwich Mencap"); "Mind" is read only so,
# since a capital "Mind" alone may be a heading's word ("Body and Mind").
_SINGLE_BRANCHES = frozenset({"Mencap", "Mind"})
# One-word charities whose branches name their place after "in" or "of" ("Mind in Kingston", "Samaritans of Furness"),
# or right after the name ("Home-Start South Lakes").
_BRANCH_IN_PLACE = frozenset({"Mind", "Mencap", "Samaritans"})
_BRANCH_THEN_PLACE = frozenset({"Home-Start"})
# A branch's place: a word, perhaps after a compass point ("East Riding Voluntary Action", "Mind in West Kent").
_BRANCH_AREA = r"(?:(?:North|South|East|West)[ ])?[A-Z][a-z]+"
_IN_PLACE = re.compile(rf"[ ](?:in|of)\s+({_BRANCH_AREA})\b")
_PLACE_BEFORE = re.compile(rf"\b({_BRANCH_AREA}) $")
# "Healthwatch Cambridgeshire and Peterborough": a second place after "and", taken when the paper names the pair
# elsewhere too ("NHS Cambridgeshire and Peterborough ICB"), so "Healthwatch Bury and Action Together" stays two.
_AND_PLACE = re.compile(rf"[ ]and[ ]({_PLACE_WORD})\b(?![ ]?[A-Z])")


def _and_place(work: str, place: str, end: int, home: frozenset[str] | set[str] = frozenset()) -> int:
    """Where a branch's place ends: past "and" and a second place when the paper names the pair again, or when the
    second is the paper's own place (``home``: "Age UK Bromley and Greenwich" in a Greenwich paper)."""
    am = _AND_PLACE.match(work, end)
    # The place said again is not a second place ("Healthwatch Halton and Halton's partners").
    if am and (am.group(1) in home and am.group(1) != place or work.count(f"{place} and {am.group(1)}") >= 2):
        return am.end()
    return end


_NHS_NOT_AREAS = frozenset({"Check", "Checks", "App", "Number", "Constitution", "Choices", "Direct", "Digital",
                            "Pension", "Pensions", "Jobs", "Long", "Term", "Property", "Supply", "Chain",
                            "Confederation", "Providers", "Employers", "Resolution", "Professionals", "Health",
                            # what the NHS provides or pays for, not where ("NHS Dentistry", "NHS Pharmacy Services")
                            "Dentistry", "Dental", "Dentist", "Dentists", "Pharmacy", "Pharmacies", "Services",
                            "Service", "Contract", "Contracts", "Workforce", "Staff", "Funding", "Treatment",
                            "Prescriptions", "Trusts", "Hospitals", "Bodies", "Organisations", "Partners", "Patients",
                            "Regulations", "Act", "Appointments", "Waiting", "Lists", "Reforms", "Reform", "Plan"})
# What comes between a body's name and the kind of body it is: ", the ", " is the borough's ", ", our ".
_KIND_APPOSED = re.compile(r"(?:,|[ ](?:is|was|as|became|becomes))[ ](?:(?:the|our|its|their|this)[ ](?:[A-Za-z]+['’]s[ ])?|"
                           r"[A-Za-z]+['’]s[ ])$|[ ]\((?:the|our|its|their|this)[ ]$")  # or "NHS X (the Integrated Care Board)"
# "..., known locally as Families First", "(known as Vision 2018)", "branded as Live Well".
_KNOWN_AS = re.compile(r"(?:known|branded|badged)[ ](?:locally[ ])?as[ ](?:the[ ])?(?P<name>[A-Z][\w’'\-]*"
                       r"(?:[ ](?:(?:and|of|for|to|the|&)[ ])?[A-Z0-9][\w’'\-]*){0,5})")
# An indefinite article (and a place's word) before a name: the name is a kind of body ("a Calderdale PLUS group").
_KIND_ARTICLE = re.compile(r"\b(?:a|an|each|every|any)[ ](?:[A-Z][a-z]+[ ])?$")
_MONTH_WORDS = frozenset(m.capitalize() for m in _MONTHS)


@lru_cache(maxsize=8192)
def _generic_body(label: str) -> bool:
    """Whether a body's label is only a kind of body ("Primary Care Trust", "Strategic Health Authority")."""
    if len(label.split()) > 5:
        return False
    low = " ".join(label.lower().replace("’", "'").split())
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low
    generic = lexicon().generic_bodies
    return low in generic or singular in generic or lookup("kinds", low) is not None or \
        lookup("kinds", singular) is not None


def _is_kind_name(label: str) -> bool:
    """Whether a label is only the name of a kind of body ("Primary Care Trusts", "Local Authorities")."""
    low = " ".join(label.lower().replace("-", " ").split())
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low
    kind = lookup("kinds", low) or lookup("kinds", singular)
    # Plural partnership kinds ("Thematic Boards") name a place's set of boards; keep those.
    return kind is not None and kind.type == "Organisation"


def _initials_span(words: list[re.Match], acronym: str) -> int | None:
    """Where in the text before "(ACR)" the long form starts, if the words' initials spell the acronym."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    skip = {"and", "of", "the", "for", "in", "on", "&", "to"}
    n = len(letters)
    for count in range(1, min(len(words), n + 4) + 1):
        cand = words[-count:]
        initials = [w.group()[0].lower() for w in cand if w.group().lower() not in skip]
        if cand[0].group().lower() in skip:
            continue
        if initials == letters:
            return cand[0].start()
        # "Health and Well Being Board (HWB)": a subsequence that starts and ends on the acronym's letters.
        if len(initials) <= n + 1 and initials and initials[0] == letters[0] and initials[-1] == letters[-1] and \
                _subsequence(letters, initials) and len(initials) > n:
            return cand[0].start()
    return None


def _resolve_overlaps(runs: list[Run]) -> list[Run]:
    """Posts inside longer names give way; a tail post that swallowed a head-first one is cut back."""
    runs = sorted(runs, key=lambda r: (r.start, -(r.end - r.start)))
    longest = max((r.end - r.start for r in runs), default=0)
    starts = [r.start for r in runs]
    keep: list[Run] = []
    for r in runs:
        drop = False
        lo = bisect.bisect_left(starts, r.start - longest)
        hi = bisect.bisect_left(starts, r.end)
        for o in runs[lo:hi]:
            if o is r:
                continue
            overlap = o.start < r.end and r.start < o.end
            if not overlap:
                continue
            if r.category == "post" and o.category != "post" and o.start <= r.start and r.end <= o.end \
                    and (o.end - o.start) > (r.end - r.start):
                drop = True
            elif r.category == "post" and o.category == "post" and o.start <= r.start and r.end <= o.end \
                    and (o.end - o.start) > (r.end - r.start):
                drop = True
            elif r.category == "post" and o.category == "post" and o.rule == "post-head-first" and \
                    r.rule != "post-head-first" and o.start < r.start < o.end < r.end:
                # "... for Housing and Growth and Deputy Chief Executive": keep the tail after "and".
                cut = r.label.find(" and ", max(0, o.end - r.start - 1))
                if cut < 0:
                    drop = True
                else:
                    r.label = r.label[cut + 5:]
                    r.start = r.end - len(r.label)
            elif r.category == "post" and o.category == "post" and o.rule == "post-head-first" and \
                    r.rule != "post-head-first" and r.start < o.start < r.end <= o.end and \
                    r.label[:o.start - r.start].rstrip().endswith(" Board"):
                drop = True  # "... Wellbeing Board Cabinet Member" under "Cabinet Member for Health": a board's name
            elif r.category == "body" and o.category == "body" and o.start < r.start < o.end < r.end:
                drop = True
            elif r.category == "body" and o.category == "post" and o.rule == "post-head-first" and \
                    o.start < r.start and r.end <= o.end and not r.label.startswith("The ") and \
                    not o.label[:r.start - o.start].endswith(("the ", "The ")):
                drop = True  # "Head of Health Partnerships" is a post; "Chair of the X Board" names X
            elif r.category == "body" and o.category == "body" and o.rule == "name-head-first" and \
                    o.start <= r.start and r.end <= o.end and (o.end - o.start) > (r.end - r.start):
                drop = True
        if not drop:
            keep.append(r)
    return keep


@cache
def _venue_heads() -> frozenset[str]:
    """The last words of the venues' names (``lexicon().venues``): only a body's name ending in one may be a venue."""
    return frozenset(v.split()[-1] for v in lexicon().venues)


def _singular(label: str) -> str:
    if label.endswith("agreements"):
        return label[:-1]
    if label.endswith(("strategies",)):
        return label[:-3] + "y"
    return label


def _cached_matcher(phrases: tuple[str, ...]):
    from .lexicon import PhraseMatcher

    if phrases not in _MATCHERS:
        _MATCHERS[phrases] = PhraseMatcher(list(phrases))
    return _MATCHERS[phrases]


def _named_bodies_matcher(lex):
    """The lexicon's named bodies of more than one word ("Care Quality Commission")."""
    return _cached_matcher(tuple(k for k in lex.named_bodies if " " in k))


def whole_text_matchers(lex) -> tuple:
    """The phrase matchers this family runs over a whole paper (one :class:`~.lexicon.PhraseGroup` runs them)."""
    return (_named_bodies_matcher(lex), lex.strategy_matcher, lex.kind_matcher, _cached_matcher(_LOWER_KIND_PHRASES),
            _cached_matcher(_DESCRIBED_KINDS))


def _expanded(by_label: dict, prefix: str, acronym: str):
    """The body whose name is ``prefix`` followed by words with the initials ``acronym`` ("Dudley " and "CVS":
    "Dudley Council for Voluntary Service"), if one is in ``by_label`` (bodies by normalised name)."""
    for low, ent in by_label.items():
        if low.startswith(prefix) and low != prefix.strip():
            rest = [w for w in low[len(prefix):].split() if w not in ("for", "of", "and", "the", "in")]
            if "".join(w[0] for w in rest) == acronym.lower():
                return ent
    return None


class BodyRules:
    """Rules of this family, mixed into :class:`~.extract.Extractor` (they use its state)."""

    def find_names(self) -> None:
        runs = self._runs if self._runs is not None else (
            name_runs(self.doc) + post_runs(self.doc) + body_first_runs(self.doc))
        runs = _resolve_overlaps(runs)
        runs = self._of_joined(runs)
        for r in runs:
            label, start, end = self._whole_place(r.label, r.start, r.end) if r.category != "post" else \
                (r.label, r.start, r.end)
            if start != r.start or end != r.end:  # "Blackburn with Darwen Suicide Prevention Action Plan"
                r = Run(start, end, label, r.category, r.head, r.aliases, r.plural, r.rule)
            if r.category == "body" and r.label.rsplit(" ", 1)[-1] in _venue_heads() and \
                    any(" ".join(r.label.split()[-n:]) in self.lex.venues for n in (1, 2, 3, 4)):
                continue  # "held at the Civic Centre", "Hillstreet Business Centre": a place, not a body
            if r.head in self.lex.place_heads and r.label.split()[0] not in self.place_words:
                continue  # "Care Homes" is not a body; "Ashminster Homes" is
            if r.category == "body" and self.place_words:
                pm = _PLACE_AFTER.match(self.doc.work, r.end)
                if pm and pm.group(1) in self.place_words:
                    # "Community Voluntary Services Tendring": a body named with its place after it.
                    r = Run(r.start, pm.end(), f"{r.label} {pm.group(1)}", r.category, r.head, r.aliases, False,
                            r.rule)
            if r.category == "body" and r.plural and (_is_kind_name(r.label) or all(
                    w in _GENERIC_PLURAL_WORDS for w in r.label.split()[:-1])):
                continue  # "District Councils", "Local Partnerships": a kind of body, not a body
            if r.category == "body" and self.doc.work.startswith(" Act", r.end) and \
                    not self.doc.work[r.end + 4:r.end + 5].isalpha():
                continue  # "National Health Service Act 2006": a law's title, not the body
            if r.category == "body":
                self.add_body(r.label, r.start, r.end, "name-plural" if r.plural else "name", aliases=r.aliases)
            elif r.category == "post":
                if _KIND_WORD_NEXT.match(self.doc.work, r.end):
                    continue  # "the Community Health Worker programme" names a programme, not a post
                label, aliases = r.label, r.aliases
                words = label.split()
                if len(words) >= 2 and words[0] in self.place_words and \
                        self.doc.work[max(0, r.start - 12):r.start].endswith(("Healthwatch ", "NHS ")):
                    # "Healthwatch Hull Manager": the place belongs to the body named head first; the post is "Manager"
                    r = Run(r.start + len(words[0]) + 1, r.end, " ".join(words[1:]), r.category, r.head, r.aliases,
                            r.plural, r.rule)
                    label = r.label
                if label.endswith(" Annual Report"):
                    # "Director of Public Health Annual Report 2025": a post's title opens the name of its annual
                    # report, and the year it covers ends it
                    ym = _REPORT_YEAR.match(self.doc.work, r.end)
                    end = ym.end() if ym else r.end
                    self.add("Strategy", " ".join(self.doc.work[r.start:end].split()), r.start, end, "name:strategy",
                             aliases=aliases)
                    continue
                pm = _POST_PLACE.search(label)
                if pm and len(label[:pm.start()].split()) >= 2 and all(
                        w in self.place_words for w in pm.group("p").split() if w != "and"):
                    # "Deputy Place Lead for Bury", "Director of Public Health, Cambridgeshire and Peterborough": the
                    # post, held for the paper's place.
                    label, aliases = label[:pm.start()], [*aliases, label]
                gm = _CHAIR_OF_THE.match(label)
                if gm:
                    # "Chair of the Board", "Chair of the Committee": the paper's own body's chair is its Chair.
                    label, aliases = gm.group(1), [*aliases, label]
                end = r.end
                sm = _SPECIALISM.match(self.doc.work, end)
                if sm and self._is_specialism(sm.group(1).split()):
                    # "Public Health Principal (Mental Health)", "Deputy Director of Place (Hartlepool)": the field
                    # or place in brackets is part of the post's title.
                    label, aliases, end = f"{label} ({sm.group(1)})", [*aliases, label], sm.end()
                self.add("Post", label, r.start, end, "post:" + r.rule, aliases=aliases)
                self.claim(r.start, end, "post")
            elif r.category == "strategy":
                cm = _STRATEGY_COMPLEMENT.match(self.doc.work, r.end)
                if cm and r.label.split()[-1] in ("Declaration", "Charter", "Concordat", "Compact", "Pledge"):
                    # "Local Authority Declaration on Healthy Weight": the subject is part of the name.
                    r = Run(r.start, cm.end(), f"{r.label} {' '.join(cm.group().split())}", r.category, r.head,
                            r.aliases, r.plural, r.rule)
                fm = _FOR_PLACE_YEAR.match(self.doc.work, r.end)
                if fm and (fm.group("nation") or fm.group("place") in self.place_words):
                    # "Joint Health and Wellbeing Strategy for Lincolnshire 2018": the place and the year it was
                    # written name one strategy among the place's others; "... Strategy for England": the nation's
                    r = Run(r.start, fm.end(), f"{r.label} {' '.join(fm.group().split())}", r.category, r.head,
                            (*r.aliases, r.label), r.plural, r.rule)
                self.add("Strategy", r.label, r.start, r.end, "name:strategy", aliases=r.aliases)
            elif r.category == "initiative":
                self.add("Initiative", r.label, r.start, r.end, "name:initiative", aliases=r.aliases)
            self.claim(r.start, r.end, r.category)
        # Bare posts ("The Chair", "Chief Executive") not inside a longer name.
        for m in _line_gated(_BARE_POST, self.doc, _BARE_POST_WORDS):
            s, e = m.start(2), m.end(2)
            line_start = self.doc.work.rfind("\n", 0, s) + 1
            # a signature line, "Name, Chair, Body", "Name, Post, Body, Vice-Chair" or a post alone on its line
            signature = (not self.doc.work[line_start:s].strip() or self.doc.work[max(0, s - 2):s] == ", ") and (
                self.doc.work.startswith(", ", e) or _LINE_END.match(self.doc.work, e) is not None)
            if self.is_claimed(s, e) or not (m.group("the") or signature or self.doc.work[max(0, s - 1):s] == "("):
                continue
            if m.group(2) == "Manager" and not signature:
                continue  # "the Manager" of what?
            label = m.group(2)
            self.add("Post", label, s, e, "post:bare", key=f"post:{_norm(label)}")
            self.claim(s, e, "post")

    def _kind_after_name(self, start: int, end: int) -> bool:
        """Whether a strategy phrase at ``start..end`` is a name read already with a kind in lower case after it,
        "the Better Care Fund plan": the programme is named, and its plan is a strategy of its own."""
        if not self.doc.work[start:end].rsplit(None, 1)[-1].islower():
            return False
        for s, e, c in self.claimed.iter_from(start - self.claimed.longest):
            if s >= end:
                break
            if start < e and c in ("strategy", "initiative") and not (start <= s and e < end):
                return False
        return True

    def _is_specialism(self, words: list[str]) -> bool:
        """Whether bracketed words after a post name its field or place, not a body, a second post or a state
        ("(Interim)")."""
        lex = self.lex
        if not 1 <= len(words) <= 5 or words[-1] in lex.body_heads or words[-1] in lex.post_heads or \
                words[0] in _NOT_SPECIALISMS or words[0] in lex.honorifics or \
                all(w.isupper() for w in words if w.isalpha()):
            return False  # nor a person ("(Dr Shireen Qureshi)")
        if any(w in lex.body_heads for w in words):
            return False
        if 2 <= len(words) <= 3 and person_words_ok(words):
            # "Director of Finance (Aidan Dunn)": a person's name, unless the words name a subject ("Tobacco
            # Control") or the paper's place
            return all(w in self.place_words for w in words) or bool(lex.topic_matcher.find(" ".join(words).lower()))
        return True

    def _of_joined(self, runs: list[Run]) -> list[Run]:
        """"University Hospital of North Staffordshire NHS Trust", "University Hospitals of Morecambe Bay NHS
        Foundation Trust": a hospital's name, "of" and its area, then the trust's kind, are one body."""
        work = self.doc.work
        out: list[Run] = []
        for r in runs:
            prev = out[-1] if out else None
            if prev is not None and prev.category == r.category == "body" and prev.head in ("Hospital", "Hospitals") \
                    and work[prev.end:r.start] == " of " and r.head in ("Trust", "Trusts"):
                out[-1] = Run(prev.start, r.end, f"{prev.label} of {r.label}", "body", r.head, [], False, r.rule)
                continue
            out.append(r)
        return out

    def add_body(self, label: str, start: int, end: int, rule: str, aliases=(), type_name: str | None = None,
                 scoped: bool | None = None) -> str:
        label, start, end = self._whole_place(label, start, end)
        kind = kind_of(label)
        head = label.split()[-1] if label.split() else ""
        if type_name is None:
            if kind is not None and kind.type:
                type_name = kind.type
            else:
                type_name = self.lex.body_heads.get(head.rstrip("’'s") if head.endswith(("’s", "'s")) else head,
                                                    "Organisation")
        national = label in self.lex.named_bodies or (kind is not None and kind.id == "national-body")
        attrs = {}
        if kind is not None:
            attrs["kind"] = kind.id
            if kind.sectors:
                attrs["sectors"] = tuple(kind.sectors)
        return self.add(type_name, label, start, end, rule, aliases=aliases,
                        scoped=(not national) if scoped is None else scoped, **attrs)

    def _whole_place(self, label: str, start: int, end: int) -> tuple[str, int, int]:
        """A name read from half of its place, when the paper's place joins its halves with a word names do
        not run across ("Blackburn with Darwen", "Kingston upon Thames"): "Darwen Borough Council", "Healthwatch
        Blackburn" and "Darwen Suicide Prevention Action Plan" are named for the whole place."""
        m = _JOINED_PLACE.fullmatch(self.place or "")
        if m is None:
            return label, start, end
        work = self.doc.work
        before, after = f"{m.group(1)} {m.group(2)} ", f" {m.group(2)} {m.group(3)}"
        # a title in capitals too: "BLACKBURN WITH DARWEN JOINT LOCAL HEALTH AND WELLBEING STRATEGY"
        if label.startswith(m.group(3) + " ") and work[max(0, start - len(before)):start].lower() == before.lower():
            return before + label, start - len(before), end
        if label.endswith(" " + m.group(1)) and work[end:end + len(after)].lower() == after.lower():
            return label + after, start, end + len(after)
        return label, start, end

    def find_named_bodies(self) -> None:
        """Acronyms and short names of bodies any paper may cite (NHS, LGA) and kinds written as acronyms."""
        lex = self.lex
        singles = {k: v for k, v in lex.named_bodies.items() if " " not in k}
        multi = [k for k in lex.named_bodies if " " in k]
        toks = self.doc.tokens
        # The capitalised words that are such names, picked out of the ~130 a paper has by one set lookup each.
        for i, w in [pair for pair in self.doc.capital_bares if pair[1] in singles or pair[1] in _SINGLE_BRANCHES]:
            tok = toks[i]
            if self.is_claimed(tok.start, tok.start + len(w), ("body", "post")):
                continue
            start = tok.start
            # "Mind in Kingston", "Samaritans of Furness", "Home-Start South Lakes": a local branch, its place after
            branch_end = self._branch_place_after(w, tok.start + len(w))
            if w in _SINGLE_BRANCHES and branch_end is None:
                before = _PLACE_BEFORE.search(self.doc.work, max(0, start - 30), start)
                if before and before.group(1) not in lex.name_stop and not self._heads_a_name(before.group(1)) and \
                        not self.is_claimed(before.start(1), start):
                    start = before.start(1)  # "Hillingdon Mind", "Greenwich Mencap": a local branch
                elif w not in singles:
                    continue
            if w == "Executive" and (self.doc.work[max(0, tok.start - 4):tok.start].lower() != "the " or
                                     self.is_claimed(tok.start, tok.start + len(w))):
                continue  # "the Executive" is a council's executive; "Executive summary" is not
            if w == "NHS" and i and toks[i - 1].capital and self.doc.gap(i - 1) == " " and \
                    re.match(r" (?:and )?[A-Z]", self.doc.work[tok.end:tok.end + 6]):
                continue  # "Kent and Medway NHS and Social Care Partnership Trust": inside a longer name
            if w == "NHS" and self._followed_by_capital(tok):
                self._nhs_body(tok)
                continue
            if w == "NHS":
                # "an NHS dentist", "the NHS dental contract"; and "the NHS" itself, the health service as a whole,
                # which careful readers do not list among the bodies a paper names (18 of 23 readings left it out).
                continue
            end = tok.start + len(w)
            label, aliases = w, []
            if w in lex.body_acronyms:
                label, aliases = lex.body_acronyms[w], [w]
            elif w == "Healthwatch":
                hm = _HEALTHWATCH_PLACE.match(self.doc.work, end)
                if hm and hm.group(1).split()[0] not in lex.name_stop:
                    end = _and_place(self.doc.work, hm.group(1), hm.end(), self.place_words)
                    place = hm.group(1).split()
                    if len(place) == 2 and end == hm.end() and place[1] in lex.post_heads:
                        end = hm.start(1) + len(place[0])  # "Healthwatch Hull Manager": its manager's post follows
                    elif len(place) == 2 and end == hm.end() and place[1] in lex.name_stop:
                        end = hm.start(1) + len(place[0])  # "Healthwatch Hillingdon Update": an agenda item's title
                    label = f"Healthwatch {' '.join(self.doc.work[hm.start(1):end].split())}"
            if branch_end is not None:
                end = branch_end
            if start < tok.start or branch_end is not None:
                label = " ".join(self.doc.work[start:end].split())
            self.add_body(label, start, end, "named-body", aliases=aliases, type_name=singles.get(w, "Organisation"),
                          scoped=w == "Healthwatch" or start < tok.start or branch_end is not None)
            self.claim(start, end, "body")
        for m in self.doc.phrases(_named_bodies_matcher(lex)):
            if self.is_claimed(m.start, m.end, ("body",)):
                continue
            label = next(k for k in multi if k.lower() == m.value)
            aliases = [a for a, full in lex.body_acronyms.items() if full == label]
            start, end = m.start, m.end
            if label in _BRANCHES and (not self.doc.work[start:start + 1].isupper() or
                                       _COLON_SHORT.match(self.doc.work, end)):
                continue  # "community action on obesity": the words, not the body; "Community Action: MK" is read whole
            if label in _BRANCHES:
                # Local branches carry their place: "Sheffield Citizens Advice", "Voluntary Action Leeds".
                before = _PLACE_BEFORE.search(self.doc.work, max(0, start - 30), start)
                after = _BRANCH_PLACE.match(self.doc.work[end:end + 40])
                if after and after.group(1).split()[-1] in lex.name_stop | lex.body_heads.keys():
                    after = re.match(r" ([A-Z][a-z]+)\b", self.doc.work[end:end + 30])
                if after is None and before is None:
                    # "Age UK BCP": a place known by its letters (not a kind of body's: "Age UK ICB" is no branch)
                    after = _PLACE_LETTERS.match(self.doc.work[end:end + 12])
                    if after and (after.group(1) in lex.body_acronyms or after.group(1) in lex.name_stop or
                                  after.group(1) in ("NHS", "UK") or kind_of(after.group(1)) is not None):
                        after = None
                if label in _PLACED_BRANCHES:
                    # "Community Pharmacy Cheshire and Merseyside", never "Community Pharmacy Contractual Framework"
                    if not after or self._heads_a_name(after.group(1).split()[-1]) or \
                            re.match(r"[ ]?[A-Z]", self.doc.work[end + after.end():end + after.end() + 2]):
                        continue
                    end += after.end()
                    am = _AND_PLACE.match(self.doc.work, end)  # "... Cheshire and Wirral": areas pair up
                    end = am.end() if am else end
                    before = after = None
                if before and before.group(1) not in lex.name_stop:
                    start -= len(before.group(1)) + 1
                elif after and after.group(1) not in lex.name_stop:
                    # "Age UK Nottingham and Nottinghamshire", a pair of places the paper names again
                    end = _and_place(self.doc.work, after.group(1), end + len(after.group(1)) + 1, self.place_words)
                label = " ".join(self.doc.work[start:end].split())
                if self.is_claimed(start, end, ("body",)) and start == m.start:
                    continue
            self.claim(start, end, "body")
            self.add_body(label, start, end, "named-body", aliases=aliases, type_name=lex.named_bodies[m.value.title()]
                          if m.value.title() in lex.named_bodies else "Organisation", scoped=start != m.start or
                          end != m.end)

        # An acronym and a lower-case kind of group: "NEL clinical network".
        for m in _line_gated(_ACRONYM_GROUP, self.doc, _ACRONYM_GROUP_CUES, word_end=True):
            if self.is_claimed(m.start(), m.end(), ("body", "post", "strategy")) or m.group(1) in lex.named_bodies or \
                    m.group(1) in ("GP", "GPs", "IT", "HR", "AE"):
                continue  # "an evening GP hub": a profession's or a function's letters, not a body's
            if _KIND_ARTICLE.search(self.doc.work, max(0, m.start() - 30), m.start()):
                continue  # "include carers as a Calderdale PLUS group": a kind of group, not a named one
            if not m.group(2) and m.group(3) == "board" and kind_of(m.group(1)) is not None:
                continue  # "agreed by the ICB board": the governing board of a body the paper names, not another
            head = m.group(3).capitalize()
            self.add_body(" ".join(m.group().split()), m.start(), m.end(), "name",
                          type_name=lex.body_heads.get(head, "Partnership"))
            self.claim(m.start(), m.end(), "body")

    def _branch_place_after(self, charity: str, end: int) -> int | None:
        """Where a one-word charity's local branch ends when its place follows the name: "Mind in Kingston",
        "Samaritans of Furness" (after "in" or "of"), "Home-Start South Lakes" (right after); else None."""
        work = self.doc.work
        if charity in _BRANCH_IN_PLACE:
            m = _IN_PLACE.match(work, end)
        elif charity in _BRANCH_THEN_PLACE:
            m = _BRANCH_PLACE.match(work, end)
        else:
            return None
        if m is None:
            return None
        words = m.group(1).split()
        if any(w in self.lex.name_stop or self._heads_a_name(w) for w in words) or \
                re.match(r"[ ]?[A-Z]", work[m.end():m.end() + 2]):
            return None  # "Mind in Mind Week", "Home-Start Family Support": not a place
        return m.end()

    def _heads_a_name(self, word: str) -> bool:
        """Whether ``word`` ends names of bodies, posts, plans or projects ("Framework", "Service", "Lead")."""
        lex = self.lex
        return word in lex.body_heads or word in lex.strategy_heads or word in lex.initiative_heads or \
            word in lex.post_heads

    def _nhs_body(self, tok) -> None:
        """"NHS Dorset", "NHS Greater Manchester Integrated Care": an NHS body named by its area, with no head
        word; left alone when a longer name (a board, a trust) or a programme ("NHS Health Check") covers it."""
        work = self.doc.work
        m = _NHS_NAME.match(work, tok.end)
        if m is not None and self.is_claimed(tok.start, m.end()):
            self._nhs_joins_body(tok.start, m.end())
            return
        if m is None:
            return
        words = m.group(1).split()
        while words and (words[-1] in self.lex.name_stop or words[-1] in _MONTH_WORDS):
            words.pop()
        if not words or words[0] in self.lex.name_stop or any(
                w in self.lex.strategy_heads or w in self.lex.initiative_heads or w in self.lex.post_heads or
                w in self.lex.body_heads or w in _NHS_NOT_AREAS for w in words):
            return
        if " ".join(words).lower() in self.lex.initiative_phrases:
            return  # "NHS Talking Therapies": a national service the phrase rules read, not an NHS body
        end = tok.end + 1 + len(" ".join(words))
        cut = next((b for b in sorted(row_breaks(self.doc)) if tok.end <= b < end), None)
        if cut is not None:
            # "NHS Salford" / "Marie Kettle ...": the row of a list laid out in columns ends at the line's end.
            words = work[tok.end:cut].split()
            if not words:
                return
            end = tok.end + 1 + len(" ".join(words))
        acronym = bool(m.group("acr")) and len(words) == len(m.group(1).split())
        if acronym:
            end = m.end("acr")  # "NHS Gloucestershire ICB"
            words = [*words, m.group("acr")]
        if not acronym and re.match(r"(?:,[ ]|[ ]and(?:[ ]|[ ]*\n))[A-Z]", work[end:end + 8]) and \
                self.is_claimed(end + 2, end + 12, ("body",)) and self._nhs_joins_body(tok.start, end + 6):
            return
        self.add_body(" ".join(["NHS", *words]), tok.start, end, "named-body", type_name="Organisation")
        self.claim(tok.start, end, "body")

    def _nhs_joins_body(self, start: int, upto: int) -> bool:
        """"NHS North East and North Cumbria Integrated Care Board", "NHS Shropshire, Telford and Wrekin Integrated
        Care Board": the body a name rule read from the words after the first place ("North Cumbria Integrated
        Care Board") is this NHS body, named in full from "NHS"."""
        work = self.doc.work
        for s2, e2, k in self.mentions_in(start + 4, upto + 200, ("org",)):
            if s2 > upto:
                break
            if k in self.entities and e2 > upto - 6 and _PLACES_BETWEEN.fullmatch(work, start + 4, s2) and (
                    " and " in work[start:s2] or _AREA_BODY.search(self.entities[k].label)):
                # "NHS Shropshire, Telford and Wrekin ICB" is one body; "NHS Sussex, University Hospitals Sussex"
                # lists two: after a comma alone only a body named for its area goes on the NHS name
                full = self.add_body(" ".join(work[start:e2].split()), start, e2, "named-body",
                                     type_name=self.entities[k].type)
                if full and full != k:
                    self._merge(k, full)
                self.claim(start, e2, "body")
                return True
        return False

    def _followed_by_capital(self, tok) -> bool:
        rest = self.doc.work[tok.end:tok.end + 40]
        m = re.match(r"[ \t]+([A-Za-z]+)", rest)
        return bool(m and m.group(1)[0].isupper() and m.group(1) not in ("and",))

    def find_acronyms(self) -> None:
        """"Long Name (LN)" makes LN an alias of the long name's node; later uses of LN are mentions of it."""
        work = self.doc.work
        for m in _ACRONYM_DEF.finditer(work):
            acr = m.group(1)
            letters = acr[:-1] if _PLURAL_ACR.match(acr) else acr
            if not any(c.isupper() for c in letters) and len(letters) > 5:
                continue
            before = work[max(0, m.start() - 160):m.start()].rstrip()
            long_end = m.start()
            while long_end > 0 and work[long_end - 1].isspace():
                long_end -= 1
            words = list(re.finditer(r"[\w’'\-]+", before))
            span = _initials_span(words, letters)
            if span is None:
                continue
            long_start = m.start() - len(before) + span
            target = self._entity_ending_at(long_end)
            if target is None:
                continue
            if _PLURAL_ACR.match(acr) or work[long_start:long_end].islower():
                continue  # "primary care trusts (PCTs)": a kind, not a body
            ent = self.entities[target]
            if acr != ent.label:
                ent.aliases.add(acr)
            ent.evidence.append(self.evidence(long_start, m.end(), "acronym"))
            self.acronyms[acr] = target
        # "Bury VCFA (Voluntary, Community and Faith Alliance)": a body named by its acronym, spelt out after it.
        for m in _LONG_IN_BRACKETS.finditer(work):
            if not work[m.start() - 1:m.start()].isupper():
                continue
            am = _ACR_BEFORE.search(work, max(0, m.start() - 30), m.start())
            if am is None:
                continue
            acr, long = am.group("acr"), m.group("long")
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'\-]*", long)
                               if w.lower() not in ("and", "of", "for", "the", "in"))
            if initials != acr or long.split()[-1] not in self.lex.body_heads or acr in self.acronyms:
                continue
            place = am.group("place")
            s = am.start("place") if place and place in self.place_words else am.start("acr")
            label = " ".join(work[s:am.end("acr")].split())
            key = self.add_body(label, s, am.end("acr"), "acronym", aliases=[long])
            inner = self._entity_ending_at(m.end("long"))
            if inner and inner != key and inner in self.entities:
                self._merge(inner, key)
            self.acronyms[acr] = key
            self.claim(s, am.end("acr"), "body")
        # Later uses of a defined acronym, and kinds written as acronyms ("the CCG").
        by_kind: dict[str, list[Entity]] = {}
        toks = self.doc.tokens
        for i, w in self.doc.capital_bares:
            if not (w.isupper() and 2 <= len(w) <= 6):
                continue
            tok = toks[i]
            if self.is_claimed(tok.start, tok.start + len(w)) or work[tok.start - 1:tok.start] == "(":
                continue
            if w in self.acronyms:
                self.add_mention(self.acronyms[w], tok.start, tok.start + len(w), "acronym")
                continue
            kind = lookup("kinds", w)
            if kind is not None and kind.type and w not in self.lex.named_bodies:
                if kind.id not in by_kind:
                    by_kind[kind.id] = [e for e in self.entities.values() if e.attributes.get("kind") == kind.id]
                same = [e for e in by_kind[kind.id] if e.key in self.entities]
                if len(same) == 1:
                    self.add_mention(same[0].key, tok.start, tok.start + len(w), "acronym")
                elif not same:
                    new = self.add_body(w, tok.start, tok.start + len(w), "named-body", type_name=kind.type)
                    by_kind[kind.id].append(self.entities[new])
                self.claim(tok.start, tok.start + len(w), "body")

    def _is_generic_body(self, label: str) -> bool:
        """Whether a body's label is only a kind of body ("Primary Care Trust", "Strategic Health Authority")."""
        return _generic_body(label)

    def _kind_appositions(self) -> None:
        """A kind of body written like a name beside a body's name is what that body is, not another body:
        "NHS Walsall, the Primary Care Trust,", "NHS West Midlands, the Strategic Health Authority", "Walsall
        Partnership is the borough's Local Strategic Partnership", "the ICP, our Integrated Care Partnership"."""
        work = self.doc.work
        for ent in [e for e in self.entities.values() if self.family(e.type) == "org"]:
            if ent.key not in self.entities or not ent.evidence or not self._is_generic_body(ent.label):
                continue
            # Where it is first written: later mentions ("the PCT has funded") are the same body.
            first = min(ent.evidence, key=lambda ev: ev.start)
            bm = _KIND_APPOSED.search(work, max(0, first.start - 32), first.start)
            named = [k for _, e2, k in self.mentions_in(max(0, bm.start() - 120), bm.start() + 1, ("org",))
                     if e2 >= bm.start() - 1 and k != ent.key] if bm else []
            target = named[-1] if named else None
            if target and target in self.entities and not self._is_generic_body(self.entities[target].label):
                self._merge(ent.key, target)

    def merge_acronym_forms(self) -> None:
        """A body named with an acronym in place of the last words of another body's name is that body: a kind's
        acronym ("NHS Trafford CCG" after "NHS Trafford Clinical Commissioning Group") or the words' initials
        ("Dudley CVS" after "Dudley Council for Voluntary Service").  Run again once every rule has named bodies."""
        by_label = {_norm(e.label): e for e in self.entities.values() if self.family(e.type) == "org"}
        for low, ent in list(by_label.items()):
            words = ent.label.split()
            if len(words) < 2 or not words[-1].isupper() or not 2 <= len(words[-1]) <= 5:
                continue
            kind = kind_of(words[-1])
            full = None
            if kind is not None and len(kind.label.split()) > 1:
                full = by_label.get(_norm(" ".join(words[:-1]) + " " + kind.label))
            if full is None:
                full = _expanded(by_label, low[:-len(words[-1])], words[-1])
            if full is None and kind is not None and len(words) == 2 and words[0].isupper():
                full = _initialled(by_label.values(), words[0], kind.label)
            if full is not None and full.key in self.entities and ent.key in self.entities and full.key != ent.key:
                self._merge(ent.key, full.key)

    def merge_short_forms(self) -> None:
        """A body named by the end of another body's name in the same paper is that body
        ("Implementation Group" and "HIC Implementation Group" in a paper about one group)."""
        self._kind_appositions()
        self.merge_acronym_forms()
        # "the Executive's response" in a council with a Cabinet: the Cabinet is its executive.
        executive = next((e for e in self.entities.values() if e.label == "Executive" and self.family(e.type) == "org"),
                         None)
        cabinet = next((e for e in self.entities.values() if e.label == "Cabinet" and self.family(e.type) == "org"), None)
        if executive is not None and cabinet is not None:
            self._merge(executive.key, cabinet.key)
        # "the Calderdale Cares Partnership Board" of "Calderdale Cares Partnership": the partnership's board is how
        # the partnership meets, one body.
        by_label = {_norm(e.label): e for e in self.entities.values() if self.family(e.type) == "org"}
        for low, ent in list(by_label.items()):
            if low.endswith((" partnership board", " alliance board", " collaborative board")):
                owner = by_label.get(low[:-len(" board")])
                if owner is not None and owner.key in self.entities and ent.key in self.entities:
                    self._merge(owner.key, ent.key)  # the board's name leads: it is what meets and reports
            # "Northern Care Alliance" after "Northern Care Alliance NHS Foundation Trust": a trust called by its name
            # without "NHS (Foundation) Trust" is that trust; likewise an ICB without "Integrated Care Board".
            for tail in (" nhs foundation trust", " nhs trust", " integrated care board", " icb"):
                # "NHS Cheshire and Merseyside" after "NHS Cheshire and Merseyside Integrated Care Board" too: an ICB
                # is called by its area's NHS name
                if low.endswith(tail) and (tail.startswith(" nhs") or low.startswith("nhs ")):
                    stem = by_label.get(low[:-len(tail)])
                    if stem is not None and len(low[:-len(tail)].split()) >= 2 and stem.key in self.entities \
                            and ent.key in self.entities and stem.key != ent.key:
                        self._merge(stem.key, ent.key)
            if ent.label.startswith(_BOROUGH_FIRST):
                # "Enfield Council" in the minutes of the "London Borough of Enfield": one council, two names
                area = low.split(" of ", 1)[1]
                for short in (f"{area} council", f"{area} borough council", f"{area} london borough council"):
                    other = by_label.get(short)
                    if other is not None and other.key in self.entities and ent.key in self.entities:
                        self._merge(other.key, ent.key)
            full = by_label.get(low[:-len(" icb")] + " integrated care board") if low.endswith(" icb") else None
            if full is not None and full.key in self.entities and ent.key in self.entities:
                self._merge(ent.key, full.key)  # "NHS Nottingham and Nottinghamshire ICB", the ICB's name in short
        orgs = [e for e in self.entities.values() if self.family(e.type) == "org"]
        # Each body under every proper ending of its names (two words or more): one look-up a body, not a scan.
        by_ending: dict[tuple[str, ...], list] = {}
        for o in orgs:
            for n in (o.label, *o.aliases):
                ws = tuple(_norm(n).split())
                for k in range(1, len(ws) - 1):
                    group = by_ending.setdefault(ws[k:], [])
                    if not group or group[-1] is not o:
                        group.append(o)
        for short in sorted(orgs, key=lambda e: len(e.label)):
            words = _norm(short.label).split()
            if len(words) < 2 or short.key not in self.entities:
                continue
            if len(words) == 2 and short.label.split()[0] in self.place_words:
                continue  # "Walsall Partnership" is the place's own body, not "Safer Walsall Partnership" shortened
            longer = [o for o in by_ending.get(tuple(words), ()) if o is not short and o.key in self.entities]
            if len(longer) == 1:
                self._merge(short.key, longer[0].key)
        # "Falls Task and Finish Group" of "Falls Prevention Task and Finish Group": one word left out of a long
        # name, its first and last words kept, is the same body.
        by_size: dict[int, list] = {}
        for o in orgs:
            if o.key in self.entities:
                by_size.setdefault(len(o.label.split()), []).append(o)
        for short in [o for o in orgs if len(o.label.split()) >= 4 and o.key in self.entities]:
            words = short.label.split()
            longer = [o for o in by_size.get(len(words) + 1, ()) if o.key in self.entities and o.key != short.key and
                      any(o.label.split()[:k] + o.label.split()[k + 1:] == words for k in range(1, len(words)))]
            if len(longer) == 1:
                self._merge(short.key, longer[0].key)

    def find_phrases(self) -> None:
        doc = self.doc
        lex = self.lex
        # Quoted titles: ‘commissioning framework for health and wellbeing’.
        # (an apostrophe inside a word, "the Board's approval", opens or closes no quote)
        for m in _QUOTED.finditer(doc.work):
            inner = m.group(1).strip()
            last = inner.split()[-1].rstrip(".,").capitalize() if inner.split() else ""
            words = inner.lower().split()
            cat = None
            for w in words[:8]:
                cw = w.capitalize()
                if cw in lex.strategy_heads:
                    cat = "Strategy"
                    break
                if cw in lex.initiative_heads:
                    cat = "Initiative"
                    break
            if cat is None and last not in lex.strategy_heads:
                continue
            s, e = m.start(1), m.end(1)
            self.add(cat or "Strategy", inner[:1].upper() + inner[1:], s, e, "quoted-title")
            self.claim(s, e, "strategy")
        for m in doc.phrases(lex.strategy_matcher):
            if self.is_claimed(m.start, m.end, ("strategy", "initiative")) and \
                    not self._kind_after_name(m.start, m.end):
                continue
            start = self._extend_back(m.start)
            if start == m.start and m.start > 1 and doc.work[m.start - 1] == " " and doc.work[m.start - 2].islower():
                # "the suicide prevention action plan": a subject of the genre before a plan's kind names the plan.
                ws = max(0, m.start - 41)
                window = doc.work[ws:m.start - 1]
                tm = [t for t in lex.topic_matcher.find(window, lowered=doc.low[ws:m.start - 1]) if t.end == len(window)]
                if tm:
                    start = ws + min(t.start for t in tm)
            label = doc.work[start:m.end]
            label = _singular(" ".join(label.split()))
            label = label[:1].upper() + label[1:]
            type_name = "Initiative" if m.value in lex.initiative_phrases else "Strategy"
            aliases = ()
            if start < m.start and doc.work[m.start].islower():
                # "the Living Well Sefton social prescribing service": the capitalised words are its name.
                name = " ".join(doc.work[start:m.start].split())
                if len(name.split()) >= 2 and _CAPITALISED_NAME.fullmatch(name):
                    aliases = (name,)
            elif start < m.start and doc.work[start:m.start].split() == ["NHS"]:
                aliases = (" ".join(doc.work[m.start:m.end].split()),)  # "NHS Core20PLUS5" is "Core20PLUS5"
            elif label.split()[-1].islower() and len(label.split()) >= 3:
                # "Safe and Well visits", "Holiday Activities and Food programme": the name without its kind.
                name = label.rsplit(" ", 1)[0]
                if _CAPITALISED_NAME.fullmatch(name):
                    aliases = (name,)
            self.add(type_name, label, start, m.end, "strategy-phrase", aliases=aliases)
            self.claim(start, m.end, type_name.lower())
        # Kinds of body written in lower case for one body: "the council's health and care scrutiny board".
        generic = {"team", "service", "department", "directorate", "network", "panel", "hub", "charity", "college",
                   "university", "auditor", "executive", "public health", "working group", "steering group",
                   "implementation group", "council", "local authority", "primary care", "general practice",
                   "regulator", "inspectorate", "government department", "national agency", "universities",
                   "research institute", "police", "executive board", "cabinet", "community organisation",
                   "voluntary organisation", "social enterprise"}
        for m in doc.phrases(lex.kind_matcher):
            if m.value in generic or self.is_claimed(m.start, m.end) or not doc.work[m.start].islower():
                continue
            before = doc.work[max(0, m.start - 40):m.start]
            pm = _THE_PLACE_BEFORE.search(before)
            if pm and pm.group(1) in self.place_words and not self.is_claimed(m.start - len(before) + pm.start(1),
                                                                                  m.start):
                # "the Tendring primary care network": the place's own body of that kind.
                ps = m.start - len(before) + pm.start(1)
                label = pm.group(1) + " " + " ".join(w[:1].upper() + w[1:] for w in m.value.split())
                self.add_body(label, ps, m.end, "kind-phrase")
                self.claim(ps, m.end, "body")
                continue
            if not re.search(r"(?:\bthe|\bits|\bour|['’]s)[ \t]+$", before[-12:], re.IGNORECASE):
                continue
            if doc.work[m.end:m.end + 1] == "s" or m.value.endswith("s") and not m.value.endswith("ss"):
                continue
            self.add_body(m.value[:1].upper() + m.value[1:], m.start, m.end, "kind-phrase")
            self.claim(m.start, m.end, "body")

    def find_partner_lists(self) -> None:
        """Bodies a list of partners names without a head word: "brings together the council, the London Fire
        Brigade, Active North Tyneside and local schools"."""
        self._partner_lists()
        self._bodies_after_their_kind()
        self._bodies_listed_with_bodies()
        self._bare_healthwatch()
        self._affiliations()
        self._partners_worked_with()
        self._bodies_named_in_particular()

    def _affiliations(self) -> None:
        """A person's body after their name, closing an entry of a list of witnesses or attendees: "Kath Ridley,
        Betknowmore UK; Paul Ingleby, Recovery Connections".  A post there is read as a post; a place is not a body.
        So is the body after the person's post: "Tony Okoro, Chief Executive, Thrive Trafford;", "Fatima Begum,
        Community Development Worker at Catalyst Stockton-on-Tees, described ..."."""
        work = self.doc.work
        for ps, pe, pkey in self.mentions_in(0, len(work), ("person",)):
            m = _AFFILIATION.match(work, pe)
            if m is not None and not work.startswith(("Councillor", "Cllr"), ps):
                # (after a councillor, a portfolio: "Councillor Evelyn Akoto, Health and Wellbeing")
                self.employer_after(m.start("name"), m.end("name"), pkey, None, ps, "affiliation")
                continue
            gap = _PERSON_POST_GAP.match(work, pe)
            post = gap and next(((e, k) for s, e, k in self.mentions_at(gap.end()) if k.startswith("post:")), None)
            if post:
                m = _EMPLOYER_AFTER_POST.match(work, post[0])
                if m is not None:
                    self.employer_after(m.start("name"), m.end("name"), pkey, post[1], ps, "affiliation")

    def employer_after(self, ns: int, ne: int, person: str, post: str | None, ps: int, rule: str) -> str | None:
        """Read ``ns..ne`` as the body a person (holding ``post``) works for, when it can be a body's name: not one
        plain word, not a place or a kind ("Adults and Wellbeing"), not a post or anything read already."""
        name = self.doc.work[ns:ne]
        if not self._could_be_body(ns, ne) or post and name.endswith(_DEPARTMENT_ENDS):
            return None  # "Scrutiny Officer, Democratic Services": the post's department of its council
        key = self.add_body(name, ns, ne, rule, type_name="Organisation")
        self.claim(ns, ne, "body")
        if key:
            self.link(person, "memberOf", key, ps, ne, rule)
            if post:
                self.link(post, "postIn", key, ps, ne, "post-in")
        return key

    def _could_be_body(self, ns: int, ne: int) -> bool:
        """Whether ``ns..ne``, a capitalised name a layout or a phrase says is a body's, can be one: not one plain
        word (a place or a post: "Manager"), not places or kinds alone ("Adults and Wellbeing"), not a post, and
        not read already (but "Inner West PCN" may end in a body's kind)."""
        lex = self.lex
        words = self.doc.work[ns:ne].split()
        if not words or len(words) == 1 and not any(c.isupper() or c.isdigit() for c in words[0][1:]):
            return False
        if words[0] in lex.name_stop or self.is_claimed(ns, ne, ("strategy", "initiative", "post")) or any(
                k.partition(":")[0] != "org" or e < ne or s == ns
                for s, e, k in self.mentions_in(ns, ne, ("org", "post", "person", "strategy", "initiative"))):
            return False
        return not (any(w in lex.post_heads or w in self.place_words and len(words) == 1 for w in words) or all(
            w in self.place_words or w in lex.not_places or w in ("and", "of", "&") for w in words))

    def _partners_worked_with(self) -> None:
        """A name a paper says it works or delivers with is a partner body: "treatment delivered with Change Grow
        Live", "work with Active Cheshire to increase ...", "Support Active Lincolnshire to deliver ..."."""
        for m in _after_words(_WORKED_WITH, self.doc, _WORKED_WITH_WORDS):
            ns, ne = m.start("name"), m.end("name")
            words = m.group("name").split()
            if len(words) < 2 or words[0] == "NHS" or _AND_CAPITAL.match(self.doc.work, ne):
                continue  # "with GPs"; "with Gloucestershire Health and Care ...": where the name ends is unsure
            if len(words) == 2 and person_words_ok(words) and words[-1] not in self.lex.body_heads and \
                    not any(w in self.place_words for w in words):
                continue  # "work with Sam Lee": a person; "work with Active Cheshire": a body of the place
            if self._could_be_body(ns, ne):
                self.add_body(m.group("name"), ns, ne, "partner-list", type_name="Organisation")
                self.claim(ns, ne, "body")

    def _bodies_after_their_kind(self) -> None:
        """The names a list gives after saying what they are: "Three community groups helped us run sessions: North
        Ormesby Mothers' Circle, Teesside Refugee Welcome and Hope Women's Centre." Each capitalised name is a body,
        unless it is a person's, a place's or something read already."""
        work = self.doc.work
        for m in _line_gated(_KIND_THEN_LIST, self.doc, _LIST_KINDS):
            for ps, item in _list_items(work, m):
                name = item.strip()
                ns = ps + len(item) - len(item.lstrip())
                ne = ns + len(name)
                words = name.split()
                if not _LISTED_BODY.fullmatch(name) or words[0] in self.lex.name_stop or len(words) == 1 or \
                        (len(words) == 2 and person_words_ok(words)) or all(w in self.place_words for w in words) or \
                        self.is_claimed(ns, ne) or self.mentions_in(ns, ne, ("org", "post", "person", "strategy",
                                                                             "initiative")):
                    continue
                self.add_body(name, ns, ne, "partner-list", type_name="Organisation")
                self.claim(ns, ne, "body")

    def _bodies_named_in_particular(self) -> None:
        """The bodies a paper lists after saying what kind they are, over several lines perhaps: "the organisations
        that helped us reach people, in particular Community First Yorkshire, Carers' Resource, Age UK North
        Yorkshire and Darlington and the Farming Community Network."  A listed name that holds a shorter body read
        before ("Age UK North Yorkshire") is that body's full name."""
        work = self.doc.work
        for m in _after_words(_IN_PARTICULAR, self.doc, _IN_PARTICULAR_WORDS):
            cue = work.rfind(",", max(0, m.start() - 140), m.start())
            km = _KIND_BEFORE_LIST.search(work, max(0, m.start() - 140), m.start())
            if km is None or cue < 0 or _PLURAL_WORD.search(work, km.end("kind"), m.start()):
                # "... services, in particular ..." lists services; a list of bodies says they are bodies, and is
                # not a list of the other things named after them ("partners to use community languages, including")
                continue
            for s0, e0 in _items_across_lines(work, m.start("list"), m.end("list")):
                name = " ".join(work[s0:e0].split())
                words = name.split()
                if len(words) < 2 or not _LISTED_BODY.fullmatch(name):
                    continue  # (two words may look like a person's name, but the list says these are bodies)
                inside = self.mentions_in(s0, e0, ("org",))
                if len(inside) == 1 and inside[0][0] == s0 and inside[0][1] < e0 and \
                        _AND_CAPITAL.match(work, inside[0][1]):
                    # "Age UK North Yorkshire" read before "and Darlington": the listed name is the body's.
                    key = self.add_body(name, s0, e0, "partner-list", type_name="Organisation")
                    if key and key != inside[0][2] and inside[0][2] in self.entities:
                        self._merge(inside[0][2], key)
                    continue
                if self._could_be_body(s0, e0):
                    self.add_body(name, s0, e0, "partner-list", type_name="Organisation")
                    self.claim(s0, e0, "body")

    def _bodies_listed_with_bodies(self) -> None:
        """A name listed among bodies is a body, whatever its last word: "the Council, the Wakefield District Health
        and Care Partnership, Conexus Healthcare, Nova Wakefield District, Healthwatch Wakefield and ...".  The names
        between two bodies the paper names in one list, and those that close a list of two bodies or more."""
        work = self.doc.work
        orgs = self.mentions_in(0, len(work), ("org",))
        chain = 1
        for idx, ((as_, ae, ak), (bs, be, bk)) in enumerate(zip(orgs, orgs[1:])):
            if bs - ae > 300 or _LIST_SEP.match(work, ae) is None:
                chain = 1
                continue
            items, pos = [], ae
            while pos < bs:
                sm = _LIST_SEP.match(work, pos, bs)
                if sm is None:
                    break
                pos = sm.end()
                if pos == bs:
                    break
                nm = _LIST_NAME.match(work, pos, bs)
                if nm is None:
                    break
                items.append((nm.start(), nm.end()))
                pos = nm.end()
            if pos != bs:
                chain = 1
                continue
            chain += 1
            for s0, e0 in items:
                if work.startswith(" and ", e0) and work[s0:e0].split()[-1] in self.place_words:
                    continue  # "University Hospitals Bristol and Weston NHS Foundation Trust" is one name
                self._listed_body(s0, e0)
            # The list may close after this body: "..., B, X and Y."
            nxt = orgs[idx + 2] if idx + 2 < len(orgs) else None
            if chain >= 2 and (nxt is None or nxt[0] - be > 300 or not _LIST_SEP.match(work, be)):
                tail, pos = [], be
                while True:
                    sm = _LIST_SEP.match(work, pos)
                    nm = _LIST_NAME.match(work, sm.end()) if sm else None
                    if nm is None or (nxt is not None and nm.end() > nxt[0]):
                        break
                    tail.append((nm.start(), nm.end(), "and" in sm.group()))
                    pos = nm.end()
                if tail and tail[-1][2] and _LIST_END.match(work, tail[-1][1]):
                    for s0, e0, _ in tail:
                        self._listed_body(s0, e0)

    def _listed_body(self, s0: int, e0: int) -> None:
        work = self.doc.work
        name = " ".join(work[s0:e0].split())
        words = name.split()
        if words[0] in self.lex.name_stop or self.is_claimed(s0, e0) or self.mentions_in(
                s0, e0, ("org", "post", "person", "strategy", "initiative")):
            return
        if all(w in self.place_words or w.lower() in self.lex.not_places or w in ("and", "of", "for", "&")
               for w in words):
            return  # places, or kinds ("Public Health"), not a body's name
        if any(c.isdigit() for c in name):
            return
        self.add_body(name, s0, e0, "partner-list", type_name="Organisation")
        self.claim(s0, e0, "body")

    def _partner_lists(self) -> None:
        work = self.doc.work
        for m in (*_matches_at(_PARTNER_LIST, self.doc, _PARTNER_LIST_STARTS),
                  *_after_words(_WITNESS_LIST, self.doc, _WITNESS_WORDS)):
            names = []
            for start, part in _list_items(work, m):
                tm = _LIST_LEAD_IN.search(part) if part[:1].islower() and (
                    " such as " in part or " including " in part or " like " in part or " from " in part) else None
                if tm:
                    # "... and voluntary sector partners such as Caafi Health": the name after the lead-in words.
                    start, part = start + tm.end(), part[tm.end():]
                lead = _LEADING_THE.match(part)
                name = part[lead.end():].strip() if lead else part.strip()
                ns = start + (lead.end() if lead else 0)
                words = name.split()
                if start + len(part) == m.end("list"):
                    # The list's last name, then the sentence goes on: "... and Recovery Connections said most".
                    cut = _NAME_THEN_SENTENCE.match(name)
                    if cut:
                        name = cut.group(1)
                        words = name.split()
                if not 2 <= len(words) <= 6 or not all(w[0].isupper() or w in ("of", "and", "for", "the", "in")
                                                       for w in words) or words[-1] in ("of", "and", "for", "the", "in"):
                    continue
                if words[0] in self.lex.name_stop or self.is_claimed(ns, ns + len(name)) or \
                        self.mentions_in(ns, ns + len(name), ("org", "post", "person", "strategy", "initiative")):
                    continue
                if words[0] == "NHS":
                    continue  # "NHS Bedfordshire, Luton and ... Board": an NHS name is read whole by _nhs_body
                cm = _COLON_SHORT.match(work, ns + len(name))
                if cm:
                    name += cm.group()  # "Community Action: MK": a name with its short place after a colon
                names.append((ns, name, len(words) == 2 and person_words_ok(words) and
                              words[-1] not in self.lex.place_heads))
            # Two words may be a person's name ("Jane Smith"), unless the list names bodies and no person:
            # "from Betknowmore UK and Recovery Connections".
            bodies_only = any(not person_like for _, _, person_like in names) and not any(
                self.mentions_in(m.start("list"), m.end("list"), ("person",)))
            for ns, name, person_like in names:
                if person_like and not bodies_only:
                    continue
                self.add_body(name, ns, ns + len(name), "partner-list", type_name="Organisation")
                self.claim(ns, ns + len(name), "body")

    def _listed_programmes(self) -> None:
        """"existing programmes, including the Family Health and Lifestyle Service, the Coventry Job Shop and ...":
        what a list of programmes names are initiatives, whatever their last word ("services such as" may name
        the bodies that provide them)."""
        work = self.doc.work
        for m in _after_words(_PROGRAMME_LIST, self.doc, _PROGRAMME_WORDS):
            for start, part in _list_items(work, m):
                lead = _LEADING_THE.match(part)
                name = (part[lead.end():] if lead else part).strip()
                ns = start + (lead.end() if lead else 0)
                words = name.split()
                if not 2 <= len(words) <= 8 or not all(w[0].isupper() or w in ("of", "and", "for", "the", "in")
                                                       for w in words) or words[0] in self.lex.name_stop:
                    continue
                key = self.add("Initiative", name, ns, ns + len(name), "launched-service")
                for s2, e2, k in self.mentions_in(ns, ns + len(name), ("org",)):
                    if (s2, e2) == (ns, ns + len(name)) and k != key and k in self.entities:
                        self._merge(k, key)
                self.claim(ns, ns + len(name), "initiative")

    def _named_before_lower_kind(self) -> None:
        """A capitalised name followed by the lower-case word for what it is: "the Tendring4Health programme", "the
        Brushing for Life packs", "its Living Well service", "the Core20PLUS5 approach", "Making Every Contact Count
        training".  The name is an initiative (a programme, a service, a scheme) unless it holds a body's name."""
        work = self.doc.work
        for m in itertools.chain(self._lower_kind_names(), self._described_names()):
            name = " ".join(m.group("name").split())
            ns, ne = m.start("name"), m.end("name")
            words = name.split()
            if words[0] in self.lex.name_stop or self.is_claimed(ns, ne, but="initiative") or self.mentions_in(
                    ns, ne, ("org", "post", "person", "strategy")):
                continue
            if self.is_claimed(ns, ne) and not self._joins_initiatives(ns, ne):
                continue
            if len(words) == 1 and not (any(c.isdigit() for c in name[1:]) or any(c.isupper() for c in name[1:])):
                continue  # one plain word ("the Council programme") is not a name; "Core20PLUS5" is
            if all(w in self.place_words or w.lower() in self.lex.not_places or w in ("and", "of", "for", "&")
                   for w in words):
                continue  # "the Wakefield service", "the Public Health programme"
            if _PROVIDER_AFTER.match(work, m.end()):
                continue  # "the Turning Point service, which delivers adult treatment": the provider, a body
            s0 = work.rfind("\n", 0, ns) + 1
            if (ns == s0 and not work[max(0, ns - 2):ns - 1].isalpha()) or not work[max(0, ns - 40):ns].strip():
                continue  # at a line's start: a heading's or sentence's capitals, not a name
            km = _KIND_WORD_NEXT.match(work, ne)
            if m.re is _DESCRIBED_NAME and next((w for w in reversed(words) if not w.isdigit()), "") \
                    in self.lex.strategy_heads:
                # "the Vision 2018 integration programme": a plan's name, however the paper describes its work
                self.add("Strategy", name, ns, ne, "kind-phrase")
                self.claim(ns, ne, "strategy")
                continue
            if km:
                # "the Community Health Worker programme": the kind word is part of its name; the name alone is too.
                self.add("Initiative", name + " " + km.group().strip(), ns, km.end(), "kind-phrase", aliases=(name,))
            else:
                self.add("Initiative", name, ns, ne, "kind-phrase")
            self.claim(ns, ne, "initiative")

    def _joins_initiatives(self, start: int, end: int) -> bool:
        """Whether ``start..end`` is a longer name made of initiatives read already, joined by "and":
        "the Family Hubs and Start for Life programme" holds "Family Hubs" and "Start for Life", and is one."""
        inside = self.mentions_in(start, end, ("initiative",))
        return bool(inside) and not any((s, e) == (start, end) for s, e, _ in inside) and \
            _JOINED_NAMES.search(self.doc.work, start, end) is not None

    def _lower_kind_names(self):
        """Matches of :data:`_LOWER_KIND_AFTER_NAME`, read back from each kind word (one pass of a phrase matcher)
        whose word before starts with a capital or a digit."""
        work = self.doc.work
        for km in self.doc.phrases(_cached_matcher(_LOWER_KIND_PHRASES)):
            i, j = km.start - 1, km.end
            if i > 0 and work[i] in " \t" and not work[i - 1].isalnum():
                # "... the Identification and Brief Advice" / "     scheme run in ...": the kind word opens an indented
                # line that continues the sentence.
                q = i
                while q > 0 and work[q - 1] in " \t\n":
                    q -= 1
                if "\n" in self.doc.text[q:km.start]:
                    i = q
            if i <= 0 or work[i] not in " \n" or not work[km.start].islower() or not work[i - 1].isalnum():
                continue
            ws = max(work.rfind(" ", 0, i), work.rfind("\n", 0, i)) + 1
            if not (work[ws:ws + 1].isupper() or work[ws:ws + 1].isdigit()):
                continue
            # The name's first word is one of the (at most eight) words before: try the farthest first.
            starts, k = [], ws
            while k > 0 and len(starts) < 8 and i - k < 90:
                starts.append(k)
                k = max(work.rfind(" ", 0, k - 1), work.rfind("\n", 0, k - 1)) + 1
            for k in reversed(starts):
                m = _LOWER_KIND_AFTER_NAME.match(work, k, j)
                if m is not None and m.end("name") == i:
                    yield m
                    break

    def _described_names(self):
        """Matches of :data:`_DESCRIBED_NAME`: a capitalised name, up to three lower-case words saying what it is
        for, and the kind word; read back from each kind word the same way."""
        work = self.doc.work
        for km in self.doc.phrases(_cached_matcher(_DESCRIBED_KINDS)):
            j, k = km.end, km.start - 1
            what = 0
            while what < 3 and k > 0 and work[k] == " ":
                ws = work.rfind(" ", 0, k) + 1
                word = work[ws:k]
                if not word.isalpha() or not word.islower() or word in _NOT_DESCRIPTIONS:
                    break
                what, k = what + 1, ws - 1
            if not what or k <= 0 or work[k] != " " or not (work[k - 1].isalnum() or work[k - 1] == ")"):
                continue
            starts, s = [], max(work.rfind(" ", 0, k), work.rfind("\n", 0, k)) + 1
            if not (work[s:s + 1].isupper() or work[s:s + 1].isdigit()):
                continue
            while s > 0 and len(starts) < 6 and k - s < 80 and work[s - 1] != "\n":
                if work[s:work.find(" ", s)] in self.lex.name_stop:
                    break  # "The Fit4Life weight management offer": the name starts after the determiner
                starts.append(s)
                s = work.rfind(" ", 0, s - 1) + 1
            for s in reversed(starts):
                m = _DESCRIBED_NAME.match(work, s, j)
                if m is not None and m.end("name") == k and m.end() == j:
                    yield m
                    break

    def find_launched_services(self) -> None:
        """A "Service" a paper says was launched or piloted is an initiative, not a body:
        "launched the Cornwall Healthy Homes Service", and so is a "Service", "Team" or "Hub" named for what it does
        for residents ("Healthy Living Service", "Home Treatment Team"); so is any capitalised name a paper says was
        introduced
        ("introduced a Safeguarding Adults Front Door"). Who delivers a service is a body ("delivered by Axess
        Sexual Health")."""
        work = self.doc.work
        self._listed_programmes()
        self._named_before_lower_kind()
        for m in _after_words(_LAUNCHED_NAME, self.doc, _LAUNCH_WORDS):
            ns, ne = m.start("name"), m.end("name")
            if self.is_claimed(ns, ne) or self.mentions_in(ns, ne, ("org", "post", "person", "strategy", "initiative")):
                continue
            self.add("Initiative", m.group("name"), ns, ne, "launched-service")
            self.claim(ns, ne, "initiative")
        for m in _after_words(_DELIVERED_BY, self.doc, _DELIVERY_WORDS):
            ns, ne = m.start("name"), m.end("name")
            words = m.group("name").split()
            if words[0] in self.lex.name_stop or self.is_claimed(ns, ne) or (
                    # "run by Sam Lee" names a person; "a trustee of Hartlepool Carers" a body of the place's carers
                    len(words) == 2 and person_words_ok(words) and words[0] not in self.place_words and
                    words[1] not in self.lex.name_possessives) \
                    or self.mentions_in(ns, ne, ("org", "post", "person", "strategy", "initiative")):
                continue
            self.add_body(m.group("name"), ns, ne, "partner-list", type_name="Organisation")
            self.claim(ns, ne, "body")
        for key, ent in list(self.entities.items()):
            if ent.type not in ("Organisation", "Partnership") or ent.label.rsplit(" ", 1)[-1] not in _SERVICE_HEADS:
                continue
            offered = self._offered_service(ent.label)
            if not offered and (not ent.label.endswith(" Service") or not any(
                    _LAUNCHED.search(work, max(0, ev.start - 40), ev.start) or
                    _COMMISSIONED_BEFORE.search(work, max(0, ev.start - 40), ev.start) or
                    _PROVIDED_BEFORE.search(work, max(0, ev.start - 60), ev.start) or
                    _DELIVERED_AFTER.match(work, ev.end) for ev in ent.evidence)):
                continue
            ev = ent.first
            new = self.add("Initiative", ent.label, ev.start, ev.end, "launched-service")
            if new != key:
                self._merge(key, new)

    def _offered_service(self, label: str) -> bool:
        """Whether a "Service", "Team" or "Hub" is named for what it does for residents ("Worcestershire Healthy
        Living Service", "Crisis Resolution and Home Treatment Team"): an initiative, not a body."""
        words = label.split()[:-1]
        if words and re.fullmatch(r"\d{1,2}[-–]\d{1,2}", words[0]):
            return True  # "0-19 Public Health Service": a service for children and young people of those ages
        return any(" ".join(words[-n:]) in self.lex.service_activities for n in (1, 2) if len(words) >= n)

    def _named_after_kind(self):
        """Matches of :data:`_NAMED_AFTER_KIND`, tried only at the determiners of the lines where a kind word comes
        before a comma ("programme, "): the kind, its determiner and the comma are on one line (the name may wrap)."""
        lines = _cue_lines(self.doc, _KIND_COMMAS)
        return _matches_at(_NAMED_AFTER_KIND, self.doc, ("a", "the", "its", "our", "their"), lines) if lines else ()

    def find_appositions(self) -> None:
        """A name beside the kind of thing it is: "a transformation programme, Our Future Council," and
        "Our Dorset, the integrated care system,". The name takes the kind's type; the kind is its alias."""
        for pattern in (_NAMED_AFTER_KIND, _NAMED_BEFORE_KIND):
            for m in (self._named_after_kind() if pattern is _NAMED_AFTER_KIND else self._named_before_kind()):
                name = " ".join(m.group("name").split())
                words = name.split()
                head = m.group("head")
                ns, ne = m.start("name"), m.end("name")
                if head in _NAMED_KINDS and len(words) > 1 and words[0].lower() in self.lex.recommendation_verbs:
                    # "3. Promote Steps2Change, the county's talking therapies service": the name follows the verb
                    ns = self.doc.work.index(words[1], ns + len(words[0]))
                    name, words = " ".join(words[1:]), words[1:]
                if words[0] in self.lex.name_stop and words[0] not in ("Our", "One") and not (
                        words[0] in _TITLE_PREPOSITIONS and len(words) >= 3):
                    continue  # but a title may open with a preposition: "the drug strategy, From Harm to Hope"
                if head in _NAMED_KINDS and (pattern is _NAMED_AFTER_KIND and head == "service" or
                                             words[0] in self.lex.name_stop and words[0] not in ("Our", "One") or
                                             self.mentions_in(ns, ne, ("org", "person")) or
                                             head == "service" and self._provider_named(name)):
                    continue  # "At Bolton Hospital, the Council's service", "Turning Point, the drug service": no
                if len(words) == 1 and words[0] not in self.place_words and not (
                        head in _NAMED_KINDS and _coined(name)):
                    continue
                kind_key = None
                if head in _INITIATIVE_KINDS:
                    key = self.add("Initiative", name, ns, ne, "apposition")
                elif head in _PLAN_KINDS:
                    key = self.add("Strategy", name, ns, ne, "apposition")
                else:
                    type_name = "Board" if head in ("board", "committee") else "Partnership"
                    kind_key = next((k for s2, e2, k in self.mentions_in(m.start("kind"), m.end("kind"))), None)
                    key = self.add_body(name, ns, ne, "apposition", type_name=type_name)
                if not key:
                    continue
                if head in _INITIATIVE_KINDS or head in _PLAN_KINDS:
                    # "the Healthy Lifestyles Family Service, a council-funded programme": the paper's body of
                    # that name elsewhere is this programme.
                    as_body = self.key_of("Organisation", name)
                    if as_body != key and as_body in self.entities:
                        self._merge(as_body, key)
                # Names found inside this one ("Future Council" in "Our Future Council") and the kind phrase
                # written for it are the same thing.
                inner = set()
                for s2, e2, k in self._mentions.iter_from(ns):
                    if s2 >= ne:
                        break
                    if e2 <= ne and k != key and k.split(":", 1)[0] in ("org", "strategy", "initiative"):
                        inner.add(k)
                for old in (inner | {kind_key}) - {None, key}:
                    ent = self.entities.get(old)
                    if ent is not None and (old == kind_key or all(ns <= ev.start and ev.end <= ne for ev in ent.evidence)):
                        self._merge(old, key)
                self.claim(ns, ne, "body" if kind_key is not None or not (
                    head in _INITIATIVE_KINDS or head in _PLAN_KINDS) else "strategy")
        self._org_appositions()

    def _provider_named(self, name: str) -> bool:
        """Whether a service's name is a body the paper names elsewhere ("staff of Inclusion Hampshire"), or two
        ("the Good Shepherd Ministry and Recovery Near You, the city's drug and alcohol service"): its provider."""
        return " and " in name or self.key_of("Organisation", name) in self.entities  # any body's key

    def _known_as(self) -> None:
        """"Wirral's Troubled Families programme, known locally as Families First": the local name of a programme,
        plan or body is that thing's other name."""
        for m in _gated(_KNOWN_AS, self.doc, ("known as", "known locally as", "locally as", "branded as", "badged as")):
            before = [x for x in self.mentions_in(max(0, m.start() - 120), m.start() + 1,
                                                  ("org", "strategy", "initiative")) if x[1] >= m.start() - 25]
            if not before:
                continue
            ent = self.entities.get(before[-1][2])
            name = m.group("name")
            if ent is None or name.split()[0] in self.lex.name_stop:
                continue
            ns, ne = m.start("name"), m.end("name")
            if self.is_claimed(ns, ne):
                continue
            if self.family(ent.type) == "org":
                key = self.add_body(name, ns, ne, "known-as", type_name=ent.type)
            else:
                key = self.add(ent.type, name, ns, ne, "known-as")
            if key and key != ent.key:
                self._merge(key, ent.key)
            self.claim(ns, ne, "body" if self.family(ent.type) == "org" else ent.type.lower())

    def _org_appositions(self) -> None:
        """A body's name beside the kind of body it is, whatever its last word: "Healthier Together, our integrated
        care partnership,", "hosted by a GP federation, One Care,", "Caafi Health, a community charity,"."""
        work = self.doc.work
        found: list[tuple[int, int, int, int, str]] = []  # name span, kind span, head
        for c in _COMMA_DET.finditer(work):
            km = _ORG_KIND.match(work, c.end())
            if km is None:
                continue
            nm = _NAME_BEFORE_COMMA.search(work, max(0, c.start() - 80), c.start())
            if nm is not None:
                found.append((nm.start("name"), nm.end("name"), c.end(), km.end(), km.group("head")))
        for c in _COMMA_CAPITAL.finditer(work):
            ws = work.rfind(" ", max(0, c.start() - 20), c.start()) + 1
            if work[ws:c.start()] not in _ORG_KIND_HEADS:
                continue
            dm = _DET_KIND_BEFORE.search(work, max(0, c.start() - 60), c.start())
            nm = _NAME_AFTER_COMMA.match(work, c.end())
            if dm is not None and nm is not None:
                found.append((nm.start("name"), nm.end("name"), dm.start("kind"), c.start(), work[ws:c.start()]))
        for ns, ne, ks, ke, head in found:
            name = work[ns:ne]
            words = name.split()
            if words[0] in self.lex.name_stop and words[0] not in ("Our", "One") or len(words) == 1 and (
                    " " not in work[ks:ke] or name in self.place_words) or self.mentions_in(
                    ns, ne, ("person", "post", "strategy", "initiative")) or self.is_claimed(ns, ne, ("post",)):
                continue
            kind_key = next((k for _, _, k in self.mentions_in(ks, ke)), None)
            inner = [k for _, _, k in self.mentions_in(ns, ne)]
            key = self.add_body(name, ns, ne, "apposition", type_name="Partnership" if head in (
                "partnership", "alliance", "network", "consortium", "forum", "collaborative") else "Organisation")
            for old in {kind_key, *inner} - {None, key}:
                ent = self.entities.get(old)
                if ent is not None and (old == kind_key and len(ent.evidence) == 1 or
                                        all(ns <= ev.start and ev.end <= ne for ev in ent.evidence)):
                    self._merge(old, key)
            self.claim(ns, ne, "body")

    def _named_before_kind(self):
        """Matches of :data:`_NAMED_BEFORE_KIND`, tried only where ", the" is written (cheaper than at every capital)."""
        work = self.doc.work
        for c in _COMMA_THE.finditer(work):
            if not _KIND_AT.match(work, c.end()):
                continue  # no kind of thing after ", the": no name before it to read
            s = max(0, c.start() - 80)
            for m in _NAMED_BEFORE_KIND.finditer(work, s, min(len(work), c.end() + 80)):
                if m.start("kind") == c.end():
                    yield m
                    break

    def find_funds(self) -> None:
        """Money set aside for a purpose: "£100m funding for health inequalities projects"."""
        for m in _FUNDING.finditer(self.doc.work):
            if self.is_claimed(m.start(), m.end(), ("initiative",)):
                continue
            self.add("Initiative", m.group(), m.start(), m.end(), "funding", confidence=0.7)
        self._colon_schemes()

    def _colon_schemes(self) -> None:
        """A scheme named in two parts either side of a colon, "the Warm Homes: Local Grant": one initiative, whose
        first part is no body of its own."""
        spans: list[tuple[int, int, str]] = []
        work = self.doc.work
        for start, end in _cue_lines(self.doc, (": ",)):
            if not any(head in work[start:end] for head in _SCHEME_HEADS):
                continue  # most lines with a colon name no scheme: tried only where one of its head words is
            for m in _COLON_SCHEME.finditer(work, start, end):
                key = self.add("Initiative", m.group("name"), m.start("name"), m.end("name"), "name:initiative")
                spans.append((m.start("name"), m.end("name"), key))
        for start, end, key in spans:
            for _, _, inner in self.mentions_in(start, end, ("org",)):
                if inner in self.entities and all(any(s <= ev.start and ev.end <= e for s, e, _ in spans)
                                                  for ev in self.entities[inner].evidence):
                    self._merge(inner, key)

    def find_lower_case_teams(self) -> None:
        """Teams named in lower case: "the council's strategy and partnership team"."""
        self._known_as()  # after the programmes named before a lower-case kind word (find_launched_services)
        for m in _line_gated(_LOWER_TEAM, self.doc, (" team", " unit", " directorate")):
            words = m.group("name").split()
            if not any(w in _TEAM_WORDS for w in words) or len(words) < 2 or \
                    self.is_claimed(m.start("name"), m.end()):
                continue
            label = m.group("name") + " " + m.group("head")
            self.add_body(label[:1].upper() + label[1:], m.start("name"), m.end(), "lower-case-team",
                          type_name="Organisation")
            self.claim(m.start("name"), m.end(), "body")
        # "the Community First Yorkshire voluntary sector alliance": the capitalised words name the body.
        bodies = None
        for m in _line_gated(_NAME_THEN_KIND, self.doc, _NAME_THEN_KIND_CUES, word_end=True):
            words = m.group("name").split()
            if words[0].endswith(("'s", "’s")):
                continue  # "the Council's Public Health team": the owner, then the team (read below)
            place_named = len(words) >= 2 and all(w in self.place_words for w in words[1:])  # "Partnership Southwark"
            if self.is_claimed(m.start("name"), m.end("name")) or words[0] in self.lex.name_stop or \
                    any((w in self.lex.body_heads and not (k == 0 and place_named)) or w in self.lex.post_heads
                        for k, w in enumerate(words)):
                continue
            head = m.group("head").capitalize()
            if bodies is None:
                bodies = [(e.label.lower(), e.key) for e in self.entities.values() if self.family(e.type) == "org"]
            known = self._body_named(m.group("name"), head, bodies)
            if known is not None:
                # "The South Bristol partnership" is the South Bristol Locality Partnership named before.
                self.add_mention(known, m.start("name"), m.end(), "kind-phrase")
                self.claim(m.start("name"), m.end(), "body")
                continue
            if head in self.lex.initiative_heads or head == "Campaign":
                # "The Thrive Cornwall mental health pilot": a named initiative.
                self.add("Initiative", m.group("name"), m.start("name"), m.end("name"), "kind-phrase")
                self.claim(m.start("name"), m.end(), "initiative")
                continue
            self.add_body(m.group("name"), m.start("name"), m.end("name"), "kind-phrase",
                          type_name=self.lex.body_heads.get(head, "Organisation"))
            self.claim(m.start("name"), m.end(), "body")
        # "the Public Health team": a capitalised name with a lower-case head.
        for m in self._capital_teams():
            words = m.group("name").split()
            if self.is_claimed(m.start("name"), m.end()) or words[0] in _DETERMINER_WORDS or \
                    not any(w.lower() in _TEAM_WORDS for w in words):
                continue
            label = m.group("name") + " " + m.group("head")
            self.add_body(label, m.start("name"), m.end(), "lower-case-team", type_name="Organisation")
            self.claim(m.start("name"), m.end(), "body")

    def _body_named(self, name: str, head: str, bodies: list[tuple[str, str]]) -> str | None:
        """The one body of ``bodies`` (lower-case label, key) whose name starts with ``name`` and ends with ``head``."""
        low, tail = name.lower() + " ", " " + head.lower()
        found = [k for label, k in bodies if label.startswith(low) and label.endswith(tail)]
        return found[0] if len(found) == 1 else None

    def _bare_healthwatch(self) -> None:
        """"Healthwatch" written alone where the paper names one local Healthwatch is that Healthwatch; where it names
        several (a peer team's member from another place), the one of the paper's own place."""
        bare = self.entities.get("org:healthwatch")
        if bare is None:
            return
        local = [k for k, e in self.entities.items() if k != bare.key and self.family(e.type) == "org" and
                 e.label.startswith("Healthwatch ") and not e.label.startswith("Healthwatch England")]
        if len(local) > 1 and self.place:
            local = [k for k in local if self.entities[k].label == f"Healthwatch {self.place}"]
        if len(local) == 1:
            self._merge(bare.key, local[0])

    def _capital_teams(self):
        """Matches of :data:`_CAPITAL_TEAM`, read back from each " team", " unit" or " directorate" (``str.find``)
        rather than tried at every capital."""
        work = self.doc.work
        for word in (" team", " unit", " directorate"):
            i = work.find(word)
            while i >= 0:
                j = i + len(word)
                if j >= len(work) or not work[j].isalnum():
                    m = _CAPITAL_TEAM.search(work, max(0, i - 90), j)
                    while m is not None and m.end() < j:
                        m = _CAPITAL_TEAM.search(work, m.start() + 1, j)
                    if m is not None:
                        yield m
                i = work.find(word, j)

    def _extend_back(self, start: int) -> int:
        """Take capitalised words and acronyms before a lower-case phrase ("NHS operating framework")."""
        i = self.doc.token_index(start) - 1
        toks = self.doc.tokens
        work = self.doc.work
        new = start
        while i >= 0 and work[toks[i].end:new] == " " and toks[i].capital and toks[i].bare not in self.lex.name_stop \
                and toks[i].end <= start:
            if toks[i].possessive:
                break
            new = toks[i].start
            i -= 1
        return new

    def find_references(self) -> None:
        self._kind_appositions()  # kinds found since by phrase ("the city's Primary Care Trust")
        work = self.doc.work
        cache: dict[str, str | None] = {}
        for m in list(_matches_from(_REFERENCE, work, _reference_starts(self.doc))) + \
                list(_matches_at(_BOARD_IN_PROSE, self.doc, _BOARD_IN_PROSE_WORDS)):
            s, e = m.start(1), m.end(1)
            if self.is_claimed(s, e):
                continue
            word = m.group(1)
            if word not in cache:
                cache[word] = self.resolve_reference(word)
            key = cache[word]
            if key:
                self.add_mention(key, s, e, "reference")

    def resolve_reference(self, word: str) -> str | None:
        """The body "the Board" means in this paper: the committee it went to, or the one body of that kind."""
        head = word[:1].upper() + word[1:].lower() if not word.isupper() else word
        committee = self.entities.get(self.front.committee or "")
        if word.isupper():
            kind = lookup("kinds", word)
            same = [e for e in self.entities.values() if kind and e.attributes.get("kind") == kind.id]
            return same[0].key if len(same) == 1 else None
        if committee is not None and committee.label.split()[-1] == head:
            return committee.key
        cands = [e for e in self.entities.values() if self.family(e.type) == "org" and e.label.split()[-1] == head]
        if head == "Council":
            # "the council" of a London borough is the "London Borough of Merton"; a council for voluntary service
            # or a youth council is not the paper's council
            cands = [e for e in self.entities.values() if self.family(e.type) == "org" and
                     e.label.startswith(_BOROUGH_FIRST)] + [e for e in cands if not _NOT_THE_COUNCIL.search(e.label)]
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0].key

        def rank(e: Entity) -> tuple:
            local = self.place is not None and self.place in e.label
            general = e.label.split()[0] in ("City", "Borough", "District", "Metropolitan") or \
                e.label.startswith(_BOROUGH_FIRST)
            return (local, general, len(e.evidence), -e.first.start)
        return max(cands, key=rank).key


def _items_across_lines(work: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the items of a list in ``work[start:end]`` that may run over several lines, split at its commas and
    its last "and" (a leading "the" left out)."""
    pos = start
    for m in _ITEM_SPLIT.finditer(work, start, end):
        yield pos, m.start()
        pos = m.end()
    lead = re.match(r"the[ \n]+", work[pos:end])
    yield pos + (lead.end() if lead else 0), end


def _initialled(orgs, initials: str, kind: str):
    """The body of that kind whose place's initials these are: "NCL" and "Integrated Care Board" give "NHS North
    Central London Integrated Care Board"; None unless exactly one body fits."""
    fits = []
    for ent in orgs:
        label = ent.label.removeprefix("NHS ")
        if label.endswith(" " + kind):
            place = label[:-len(kind) - 1].replace(" and ", " ").split()
            if "".join(w[0] for w in place) == initials:
                fits.append(ent)
    return fits[0] if len(fits) == 1 else None


def _list_items(work: str, m: re.Match) -> Iterator[tuple[int, str]]:
    """Each item of a list matched with a ``list`` group, with where it starts in ``work``."""
    pos = m.start("list")
    for part in _LIST_SPLIT.split(m.group("list")):
        start = work.find(part, pos)
        if start < 0:
            continue
        pos = start + len(part)
        yield start, part


def _reference_starts(doc) -> set[int]:
    """Where a match of _REFERENCE may start: three or four characters ("the", "this", "our", "its") before the
    spaces before each of its heads, far fewer places than every "the" of a paper."""
    work = doc.work
    positions = doc.low_cues.positions
    starts = set()
    for head in _REFERENCE_HEADS:
        for p in positions(head):
            j = p
            while j and work[j - 1] in " \t":
                j -= 1
            if j < p:
                starts.update(s for s in (j - 3, j - 4) if s >= 0)
    return starts


def _coined(name: str) -> bool:
    """A made-up one-word name: a digit, or a capital inside a word not all in capitals ("Steps2Change", "WorkWell",
    "Fit4Life"; not "CURE", which may be a body's initials)."""
    return any(c.isdigit() or c.isupper() or c == ":" for c in name[1:]) and name[1:] != name[1:].upper() or (
        any(c.isdigit() for c in name))
