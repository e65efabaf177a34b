"""Layout-aware, explainable extraction of a council paper into the ontology's classes.

:func:`extract` runs the rules in order over one document's text and returns an
:class:`~.model.Extraction`: entities and links, each with the evidence (span,
quote, rule, confidence) that produced it.  The rules are general for the genre
(committee reports, HWB papers, scrutiny responses, audit reports, minutes): they
read layout (front-matter fields, numbered and bulleted lists, response tables,
"Action:" lines) and the way English names bodies and posts, never a list of
particular names.

Examples
--------
>>> x = extract("To: Health and Wellbeing Board\\nDate: 3 March 2021\\n"
...             "Report author: Sam Patel, Head of Public Health\\n\\n"
...             "The Board has agreed three priorities:\\n- Give every child the best start\\n"
...             "- Good work for all\\n- Healthy places\\n")
>>> x.front.date, x.front.committee
('2021-03-03', 'org:health and wellbeing board')
>>> x.labels("Theme")
['Give every child the best start', 'Good work for all', 'Healthy places']
>>> [(e.label, e.type) for e in x.of_type("Person", "Post")]
[('Sam Patel', 'Person'), ('Head of Public Health', 'Post')]
"""

from __future__ import annotations

import bisect
import gc
import re
from collections import Counter, defaultdict
from datetime import date as _date
from functools import lru_cache

from partnergraph.graph import normal_name, person_name
from partnergraph.ontology import lookup, verdict_for

from .lexicon import kind_of, lexicon
from .model import Entity, Evidence, Extraction, FrontMatter, Link
from .names import Run, body_first_runs, name_runs, person_words_ok, post_runs, title_case
from .text import Doc, SpanIndex

__all__ = ["extract", "Extractor", "parse_date"]

_norm = lru_cache(maxsize=65536)(normal_name)

# Rule confidences: how often a careful reader agreed with the rule on our test papers.
CONF = {
    "front-matter": 0.95, "name": 0.9, "name-plural": 0.6, "acronym": 0.95, "reference": 0.8,
    "kind-phrase": 0.75, "named-body": 0.9, "person-honorific": 0.95, "person-post": 0.9,
    "person-speaker": 0.85, "person-role": 0.85, "person-attendance": 0.95, "person-front": 0.95, "post": 0.85, "list-theme": 0.85,
    "list-recommendation": 0.9, "lower-case-team": 0.6, "inline-theme": 0.8, "prose-recommendation": 0.75, "numbered-theme": 0.9, "prose-theme": 0.6, "passing-theme": 0.6, "finding-heading": 0.75, "apposition": 0.75, "review-topic": 0.7, "title-theme": 0.6, "response-table": 0.95, "resolved": 0.9, "action-line": 0.9, "action-table": 0.85,
    "indicator": 0.85, "target": 0.8, "strategy-phrase": 0.75, "title-programme": 0.8,
    "quoted-title": 0.8, "relation": 0.7, "possessive": 0.8, "post-in": 0.8, "membership": 0.7,
    "leadership": 0.75, "partnership": 0.65, "delivery": 0.7, "reports-to": 0.75,
}

_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                       "august", "september", "october", "november", "december"), 1)}
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()}
_DATE_WORDS = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?[ \t]+(January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?[ \t]+(\d{4})\b", re.IGNORECASE)
_DATE_NUM = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

# Front-matter labels: the field each means.  Matched at the start of a line or after "**".
_FIELDS = {
    "to": "committee", "committee": "committee", "meeting": "committee", "report to": "committee",
    "board": "committee", "decision maker": "committee", "decision taker": "committee",
    "date": "date", "date of meeting": "date", "meeting date": "date", "date of the meeting": "date",
    "report of": "author", "report by": "author", "report author": "author", "author": "author",
    "contact officer": "author", "contact": "author", "reporting officer": "author", "report writer": "author",
    "lead officer(s)": "author", "author(s)": "author", "lead officer": "author", "report sponsor": "author",
    "sponsor": "author", "responsible officer": "author", "executive board member": "author",
    "cabinet member": "author", "portfolio holder": "author", "presented by": "author", "lead member": "author",
    "executive member": "author", "officer contact": "author", "report from": "author",
    "title of report": "title", "title": "title", "subject": "title", "report title": "title",
    "key decision": "key_decision", "wards affected": "wards", "ward(s) affected": "wards", "wards": "wards",
}
_FIELD = re.compile(
    r"(?m)(?:^|(?<=\*\*))[^\S\n]*[\-•*]?[^\S\n]*(?P<label>(?:[A-Za-z()]+[ \t]){0,3}[A-Za-z()]+)[ \t]*:[ \t]*"
    r"(?P<value>(?:(?!\*\*)[^\n])*)")
_ITEM = re.compile(
    r"^(?P<indent>[^\S\n]*)(?P<bullet>[-•·*▪◦●■–](?=[ \t])|o(?=[ \t]))?[^\S\n]*"
    r"(?P<num>(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)](?=[ \t]|$)|\((?:\d{1,3}|[a-zA-Z]|[ivx]{1,5})\)"
    r"|\d{1,3}(?:\.\d{1,3})+(?=\s)|\d{1,3}\*{1,2}(?=\s)|\d{1,3}(?=\s))?[^\S\n]*(?P<rest>.*)$")
_PARA_NUM = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?$|^\d{1,3}\*{0,2}$")
_ACRONYM_DEF = re.compile(r"\(([A-Za-z][A-Za-z&]{1,9})\)")
_HONORIFIC = re.compile(
    r"\b(Councillor|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Prof\.?|Sir|Dame|Rev\.?|Lord|Lady|Baroness"
    r"|Alderman)[ \t]+((?:[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?|[A-Z]\.?)(?:[ \t][A-Z][a-z’']+(?:-[A-Z][a-z’']+)?){0,2})")
_NAME2 = re.compile(r"\b([A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?(?:[ ][A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?){1,2})"
                    r"(?=[ ]([a-z]+)\b|,[ ]|[ ]\()")
_ACTION = re.compile(r"(?im)^[^\S\n]*[\-•*]?[^\S\n]*actions?(?:[^\S\n]+by)?[^\S\n]*[:\-–][^\S\n]*(?P<owner>[^\n]+)$")
_RESOLVED = re.compile(r"(?m)(?:^[^\S\n]*[\-•*]?[^\S\n]*(?:\d{1,3}(?:\.\d{1,3})*\.?[ \t]+)?|(?<=[.:] ))"
                       r"(?:RESOLVED|Resolved|AGREED|Agreed(?=[ \t]*:))"
                       r"[ \t]*(?:[:\-–,]|that)?[ \t]*(?P<rest>[^\n]*)")
_TARGET = re.compile(r"\b(?:reduce|reducing|increase|increasing|narrow|narrowing|improve|improving|halve|"
                     r"halving|cut|cutting|close|closing)\b[^.;\n]{0,120}?\bby[ \t]+\d+(?:\.\d+)?[ \t]*"
                     r"(?:%|per[ \t]?cent)(?:[ \t]+by[ \t]+(?:\d{4}(?:/\d{2,4})?))?", re.IGNORECASE)
_REFERENCE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[Ii]ts)[ \t]+(Board|Committee|Council|Partnership|Group|"
                        r"Commission|Cabinet|Executive|Panel|Forum|Hub|Trust|Authority|council|board|"
                        r"committee|partnership|group|commission|CCG|PCT|ICB|HWB)\b(?![ \t]+[A-Z])")
_TITLE_SKIP = re.compile(r"^(?:agenda[ \t]+item|item[ \t]+\d+|appendix(?:[ \t]+\w+)?|minutes:?|report|"
                         r"part[ \t]+[a-z0-9]+|public|open|restricted|not for publication|"
                         r"supporting documents:?)$", re.IGNORECASE)
_RESPONSE_TITLE = re.compile(r"response[ \t]+to[ \t]+(?:the[ \t]+)?recommendations?[ \t]+(?:of|from|by|made[ \t]+by)"
                             r"[ \t]+", re.IGNORECASE)
_PLURAL_ACR = re.compile(r"^[A-Z]{2,}s$")

_MEMBERSHIP = re.compile(r"\b(?:includes|including|comprises|comprising|is made up of|membership includes|"
                         r"members include|brings together|consists of)\b")
_ENGAGED = re.compile(r"\b(?:engagement in|engaged in|represented on|representation on|sits? on|member of|"
                      r"members of|participation in|participate in|involvement in)\b", re.IGNORECASE)
_PARTNERS = re.compile(r"\b(?:working with partners|with partners|in partnership with|partners,? including|"
                       r"work(?:ing)? with|jointly with|together with)\b", re.IGNORECASE)
_LEADS = re.compile(r"\b(?:under the leadership of|led by|leadership of|chaired by|hosted by|convened by|"
                    r"coordinated by|co-ordinated by)\b", re.IGNORECASE)
_DELIVERS = re.compile(r"\b(?:delivering|delivered by|will deliver|delivers|is delivering|responsible for "
                       r"delivering)\b", re.IGNORECASE)
_FUNDED = re.compile(r"\b(?:match[ -])?(?:funded|financed|paid for|commissioned)[ ]by\b", re.IGNORECASE)
_REPORTS = re.compile(r"\b(?:reports? to|reporting to|accountable to|is a sub-?group of|sub-?group of|"
                      r"answerable to)\b", re.IGNORECASE)
_RECOMMENDED = re.compile(r"\b(?:made (?:the following |a series of |\w+ )?recommendations?|recommended|"
                          r"recommends)\b", re.IGNORECASE)

_ATTENDANCE = re.compile(r"(?im)^[^\S\n]*((?:board |committee )?members present|present|attendees|attendance|"
                         r"in attendance|also present|also in attendance|officers present|apologies(?: for absence)?"
                         r"(?: were received from)?)[^\S\n]*:?[^\S\n]*(?=\S|\n)")


_RELATION_WORDS = (
    "includes", "including", "comprises", "comprising", "is made up of", "brings together", "consists of",
    "engagement in", "engaged in", "represented on", "representation on", "sit on", "sits on", "member of",
    "members of", "participation in", "participate in", "involvement in", "with partners", "in partnership with",
    "work with", "working with", "jointly with", "together with", "leadership of", "led by", "chaired by",
    "hosted by", "convened by", "coordinated by", "co-ordinated by", "delivering", "delivered by", "will deliver",
    "delivers", "report to", "reports to", "reporting to", "accountable to", "sub-group of", "subgroup of",
    "answerable to", "funded by", "financed by", "paid for by", "commissioned by")


@lru_cache(maxsize=1)
def _relation_words():
    """The words that state a relation, as one automaton: sentences without them are not read again."""
    from .lexicon import PhraseMatcher

    return PhraseMatcher(list(_RELATION_WORDS))


class _LazyItems:
    """``(match of _ITEM, line)`` for each line, matched only when a rule asks."""

    def __init__(self, work: str, lines) -> None:
        self.work, self.lines = work, lines
        self.cache: dict[int, tuple] = {}

    def __getitem__(self, i: int):
        got = self.cache.get(i)
        if got is None:
            ln = self.lines[i]
            got = self.cache[i] = (_ITEM.match(self.work[ln.start:ln.end]), ln)
        return got

    def __len__(self) -> int:
        return len(self.lines)


def _table_rows(work: str, lines) -> list[list[tuple[int, int, str]]]:
    """Rows of the tables in a text: a line of tab-separated cells, or tab-led cell lines up to a blank line."""
    rows: list[list[tuple[int, int, str]]] = []
    block: list[tuple[int, int, str]] = []
    for ln in lines:
        raw = work[ln.start:ln.end]
        cells = []
        pos = ln.start
        for part in raw.split("\t"):
            if part.strip():
                lead = len(part) - len(part.lstrip())
                cells.append((pos + lead, pos + lead + len(part.strip()), part.strip()))
            pos += len(part) + 1
        if len(cells) >= 2:
            if block:
                rows.append(block)
                block = []
            rows.append(cells)
        elif raw.startswith("\t") and cells:
            block.extend(cells)
        else:
            if block:
                rows.append(block)
                block = []
            if not raw.strip():
                continue
            rows.append(cells)
    if block:
        rows.append(block)
    return rows


def _entries(work: str, start: int, end: int):
    """Spans of the comma-, semicolon-, "and"- or line-separated entries of a list, brackets kept whole,
    with the separator that ended each."""
    depth = 0
    s = start
    i = start
    while i < end:
        c = work[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (c in ",;\n\t" or (c == " " and work.startswith(" and ", i))):
            if work[s:i].strip():
                yield s, i, c
            if c == " ":
                i += 5
                s = i
                continue
            s = i + 1
        i += 1
    if work[s:end].strip():
        yield s, end, "\n"


_PRIORITY_IS = re.compile(r"\b(?:is|are|was|were|remains|has been agreed[^.\n]{0,40}? as|as)\s+(?:also\s+)?"
                          r"(?:one of (?:the|our|its|their) (?:[\w\-’']+\s+){0,3}priorities|a (?:key |top |major |strategic |shared |clear )?"
                          r"(?:\w+\s+)?priority)\b")
_ONE_OF_PRIORITIES = re.compile(r"\b(?:consider|identified|named|chose|agreed|adopted|made)\s+([a-z][a-z \-]{2,60}?)\s+as\s+"
                                r"(?:one of (?:its|our|their|the) (?:\w+\s+)?(?:priorities|themes|objectives)|"
                                r"a (?:key |top |strategic )?priority)")

_ACRONYM_GROUP = re.compile(r"\b([A-Z]{2,6})((?:[ ][a-z]+){0,2})[ ](network|partnership|group|board|panel|forum|"
                            r"alliance|hub|collaborative)\b(?!-)")
_FUNDING = re.compile(r"£[ ]?\d[\d,.]*[ ]?(?:m|bn|k|million|billion)?[ ]+(?:of[ ]+)?(?:funding|fund|grant|investment)"
                      r"[ ]+(?:for|to|in)[ ]+([a-z][a-z \-]{3,60}?)(?=[ ]+(?:match|which|that|and|to|from|in|by|is|was|"
                      r"will)\b|[.,;\n])")

_AT_AGE = re.compile(r" (?:at|by) (?:age|the age of) (?:\d{1,2}|one|two|three|four|five|six|seven|eleven|sixteen)"
                     r"|(?: aged| at age| at) \d{1,2}(?:\+| and over|-\d{1,2})?\b")

_WHO_IN = re.compile(r"\b(?:[Hh]ouseholds|[Cc]hildren|[Aa]dults|[Pp]eople|[Rr]esidents|[Pp]upils|[Ff]amilies|[Ww]omen|[Mm]en)"
                     r" (?:in|with|living in) $")

_NUMBERED_THEME = re.compile(
    r"(?im)^[^\S\n]*(?:[\-•*][^\S\n]*)?(?:our[^\S\n]+)?(?:priority|theme|ambition|objective|outcome|aim|goal|"
    r"strategic[^\S\n]+priority|workstream|pillar)[^\S\n]+(?P<num>\d{1,2}|[a-h]|one|two|three|four|five|six|seven|"
    r"eight)[^\S\n]*[:.\-–][^\S\n]*(?P<text>[A-Z][^\n]{3,160})$")

_INLINE_THEMES = re.compile(
    r"\b(?:priorities|themes|objectives|ambitions|aims|goals|outcomes|work areas|areas of focus|issues)"
    r"(?:[ ](?:are|were|will be|include|includes|included))?[ ]?:[ ](?P<items>[^.\n:]{5,400}?(?:,| and)[^.\n:]{3,200})"
    r"(?=\.|\n|$)")
_PROSE_RECOMMENDS = re.compile(r"\b(?:recommends|recommended|RECOMMENDED|recommend)[ ]that[ ](?P<text>[^.;\n]{10,400})")

_GENERIC_PLURAL_WORDS = frozenset({"Local", "Key", "Other", "Various", "Existing", "New", "Relevant", "Partner",
                                   "Statutory", "Strategic", "National", "Regional", "Specialist", "Community",
                                   "Voluntary", "Multi-agency", "Multi-Agency", "Public", "Health", "All", "Many",
                                   "Neighbouring", "Individual", "Different", "Wider", "Main", "Major", "Smaller"})

_REPORT_OF = re.compile(r"(?im)^[^\S\n]*(?:joint[^\S\n]+)?report[^\S\n]+(?:of|by|from)[^\S\n]+(?:the[^\S\n]+)?"
                        r"(?P<v>[A-Z][^\n:]{3,120}?)[^\S\n]*$")

_LOWER_TEAM = re.compile(r"\b(?:the|our|a|its|their)[ ](?:(?:small|new|dedicated|central|council's|shared)[ ])*"
                         r"(?P<name>[a-z]+(?:[ ](?:and[ ])?[a-z]+){1,4})[ ](?P<head>team|unit|directorate)\b")
_NAME_THEN_KIND = re.compile(r"\bthe[ ](?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,3})[ ](?:[a-z]+[ ]){0,3}"
                             r"(?P<head>alliance|network|partnership|forum|charity|consortium|collaborative)\b")
_DETERMINER_WORDS = frozenset({"The", "This", "That", "These", "Those", "Our", "Their", "Its", "Your", "A", "An"})
_CAPITAL_TEAM = re.compile(r"\b(?:the|our|its|their)[ ](?P<name>[A-Z][a-z]+(?:[ ](?:and[ ])?[A-Z][a-z]+){0,3})[ ]"
                           r"(?P<head>team|unit|directorate)\b")
_TEAM_WORDS = frozenset({"policy", "partnership", "partnerships", "performance", "commissioning", "strategy",
                         "communications", "intelligence", "insight", "research", "equalities", "equality",
                         "safeguarding", "corporate", "health", "wellbeing", "prevention", "housing", "planning",
                         "regeneration", "finance", "audit", "legal", "democratic", "scrutiny", "improvement"})

# A person's name right after a post: "Head of Policy, Sam Lee, said", "Director (Sam Lee)", "Mayor Sam Lee".
_PERSON_WORD = r"[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?"
_AFTER_POST = re.compile(r"(?P<sep>,[ ]|[ ]\(|[ ])(?P<name>" + _PERSON_WORD + r"(?:[ ]" + _PERSON_WORD + r"){1,2})"
                         r"(?P<close>\)|,|\.(?:\s|$)|[ ](?:will|has|is|was|said|says|who|presented|introduced|"
                         r"explained|led|leads|chairs|chaired)\b|[ ]*$|[ ]*\n)")
# "a transformation programme, Our Future Council," / "Our Dorset, the integrated care system,".
_APPOSED_NAME = r"(?P<name>(?:Our|One)[ ][A-Z][\w’'\-]*(?:[ ][A-Z][\w’'\-]*){0,4}|[A-Z][\w’'\-]*(?:[ ][A-Z][\w’'\-]*){0,4})"
_KIND_HEADS = r"(?P<head>programme|strategy|plan|partnership|fund|project|pilot|scheme|system|board|network|alliance|framework)"
_NAMED_AFTER_KIND = re.compile(r"\b(?:a|an|the|its|our|their)[ ](?P<kind>(?:[a-z][a-z\-]+[ ]){0,3}" + _KIND_HEADS + r"),[ ]"
                               + _APPOSED_NAME + r"(?=,|\.|[ ]\()")
_COMMA_THE = re.compile(r",[ ]the[ ]")
_NAMED_BEFORE_KIND = re.compile(r"(?<![\w’'\-])" + _APPOSED_NAME + r",[ ]the[ ](?P<kind>(?:[a-z][a-z\-]+[ ]){0,3}"
                                + _KIND_HEADS + r")\b(?=,|\.|[ ](?:for|in|of)\b)")

# Capitalised words after "NHS" that may name its area ("NHS Dorset").
_NHS_NAME = re.compile(r"[ ]((?:[A-Z][a-z]+)(?:[ ][A-Z][a-z]+){0,4})(?![ ]?[A-Z(])")
_NHS_NOT_AREAS = frozenset({"Check", "Checks", "App", "Number", "Constitution", "Choices", "Direct", "Digital",
                            "Pension", "Pensions", "Jobs", "Long", "Term", "Property", "Supply", "Chain",
                            "Confederation", "Providers", "Employers", "Resolution", "Professionals", "Health"})
_MONTH_WORDS = frozenset(m.capitalize() for m in _MONTHS)

# A council's name on a line of its own at the top of a paper.
_AUTHORITY_KINDS = frozenset({"City", "County", "Borough", "District", "Metropolitan", "Town", "Council"})
_AUTHORITY_LINE = re.compile(r"(?im)^[ \t]*(?:(?:london|royal)[ ]borough[ ]of[ ](?P<a>[a-z]+(?:[ ][a-z]+){0,2})|"
                             r"(?P<b>[a-z]+(?:[ ][a-z]+){0,4})[ ]council)[ \t]*$")

# A review group's name: its subject, then the kind of group.
_REVIEW_GROUP = re.compile(r"^(?P<topic>.+?)[ ](?:Task[ ]and[ ]Finish|Task|Review|Inquiry|Scrutiny[ ]Review)[ ]"
                           r"(?:Group|Panel)$")
# "a loneliness charter", "the breakfast club pilot", "a loneliness champion": one or two lower-case words before
# the head of an initiative or a post.
_LOWER_POST_HEADS = frozenset({"champion", "ambassador", "coordinator", "co-ordinator"})
_LOWER_INITIATIVE = re.compile(r"\b(?:a|an|the)[ ](?P<mod>[a-z][a-z\-]{3,}(?:[ ][a-z][a-z\-]{3,})?)[ ]"
                               r"(?P<head>charter|toolkit|pilot|champion|ambassador|coordinator|co-ordinator)\b")
_GENERIC_MODIFIERS = frozenset("""new draft current existing proposed national local first second further small
    large successful planned previous recent final full single named designated dedicated""".split())

# A section heading on a line of its own ("2. Findings", "Key findings"), and the headings that open findings.
_SECTION_HEADING = re.compile(r"^[ \t]*(?:\d{1,2}\.?[ \t]+)?(?P<t>[A-Z][A-Za-z ,&'’\-]{2,60}?)[ \t]*:?[ \t]*$")
_FINDINGS = re.compile(r"(?i)\bfindings\b|what we found|areas (?:of|for) (?:focus|review|improvement)|key issues")
# "2.1 Financial sustainability. The council ...": a short heading run into its paragraph.
_RUN_IN_HEADING = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+(?P<h>[A-Z][a-z][\w’'\-]*(?:,?[ ][\w’'\-]+){0,7})"
                             r"\.[ \t]+[A-Z]")

# A theme named in passing after a verb or noun of attention; the noun ("investment in") stays in the label.
_PASSING_THEME = re.compile(
    r"\b(?:(?P<noun>(?:[Ii]nvestment|[Ff]ocus|[Ee]mphasis)[ ](?:in|on))|[Ii]nvest(?:ing)?[ ]in|[Ff]ocus(?:ing|ed)?[ ]on|"
    r"[Tt]ackl(?:e|es|ing)|[Rr]educ(?:e|es|ing)|[Ll]ook(?:ed|ing)?[ ]at|[Ii]nquiry[ ]into|[Mm]ake[ ](?:more|better)[ ]use[ ]of)"
    r"[ ](?P<np>[a-z][a-z\-]*(?:[ ][a-z][a-z\-]*){0,7})")
_NP_STOP = frozenset("""when which that who whom whose to for by with from as is are was were will would should can could
    be been being has have had but so if while whilst because across through over at this these those in into on
    within without than then there their its our how what where why not no more most also promote improve reduce
    increase ensure support help make deliver develop build provide raise tackle address meet""".split())
_ING_NOUNS = frozenset("""smoking drinking gambling housing wellbeing well-being learning parenting bullying vaping
    safeguarding training funding""".split())
_NP_NOT_FIRST = frozenset("""small large wide narrow few number range variety all some each every any other many
    two three four five six seven eight nine ten several""".split())
_NP_NOT_THEMES = frozenset("""report reports paper papers item items options option issue issues proposals proposal costs
    cost detail details matter matters way ways work it this that them these those evidence figures data
    information progress position areas area themes priorities questions""".split())

_TRAILING_YEARS = re.compile(r"(?:[ ](?:19|20)\d\d(?:[ ]?(?:[/\-–]|to)[ ]?(?:19|20)?\d\d)?)+$")

# Titles written before a name like an honorific: "Mayor Damien Egan", "Deputy Mayor Sam Lee".
_TITLE_NAME = re.compile(r"\b(?P<title>(?:Deputy[ ]|Elected[ ]|City[ ])?Mayor)[ ](?P<name>" + _PERSON_WORD +
                         r"(?:[ ]" + _PERSON_WORD + r"){1,2})\b(?![ ](?:of|for)\b)")
_NAME_LINE = re.compile(_PERSON_WORD + r"(?:[ ]" + _PERSON_WORD + r"){1,2}")

_ORG = ("Organisation", "Board", "Partnership")
_AGENT = _ORG + ("Person", "Post")


def extract(text: str, *, file_name: str = "") -> Extraction:
    """Read one document's text; ``file_name`` is only used to guess a date when the text has none."""
    # The rules make many small objects and no reference cycles: the cycle collector would only
    # walk them again and again on a long paper.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return Extractor(text, file_name=file_name).run()
    finally:
        if was_enabled:
            gc.enable()


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO ``YYYY-MM-DD`` ("17th January 2019" -> "2019-01-17").

    >>> parse_date("Date of the meeting 5 April 2018"), parse_date("13/04/2018"), parse_date("soon")
    ('2018-04-05', '2018-04-13', None)
    """
    best: tuple[int, str] | None = None
    for m in _DATE_WORDS.finditer(text):
        month = _MONTHS.get(m.group(2).lower()) or _MONTH_ABBR.get(m.group(2).lower()[:3])
        iso = _iso(int(m.group(3)), month, int(m.group(1)))
        if iso:
            best = min(best or (m.start(), iso), (m.start(), iso))
            break
    for m in _DATE_NUM.finditer(text):
        year = int(m.group(3))
        year = year + 2000 if year < 100 else year
        iso = _iso(year, int(m.group(2)), int(m.group(1)))
        if iso and (best is None or m.start() < best[0]):
            best = (m.start(), iso)
        break
    for m in _DATE_ISO.finditer(text):
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso and (best is None or m.start() < best[0]):
            best = (m.start(), iso)
        break
    return best[1] if best else None


def _month_year(text: str) -> str | None:
    """ "March 2017" as "2017-03" (a date field that names no day)."""
    m = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                  r"[ ,]+((?:19|20)\d\d)\b", text, re.IGNORECASE)
    return f"{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}" if m else None


def _iso(y: int, mo: int | None, d: int) -> str | None:
    try:
        return _date(y, mo or 0, d).isoformat() if 1900 <= y <= 2100 else None
    except ValueError:
        return None


class Extractor:
    """The rules' shared state for one document: the text, what was found so far, the place."""

    def __init__(self, text: str, *, file_name: str = "") -> None:
        self.doc = Doc(text)
        self.file_name = file_name
        self.lex = lexicon()
        self.entities: dict[str, Entity] = {}
        self.links: list[Link] = []
        self.front = FrontMatter()
        self.place: str | None = None
        self.place_words: set[str] = set()
        self.claimed = SpanIndex()  # spans taken by names: (start, end, category)
        self.acronyms: dict[str, str] = {}  # acronym -> entity key
        self._mentions = SpanIndex()  # (start, end, entity key) of every occurrence
        self._aliases: dict[str, str] = {}
        self._seen: dict[str, set] = {}
        self._linked: set[tuple] = set()
        self.front_programme: str | None = None  # the programme the title names ("Closing the Gap")
        self._runs: list[Run] | None = None
        self._author_cache: tuple[str | None] | None = None

    # -- the pipeline -------------------------------------------------------------------

    def run(self) -> Extraction:
        self.find_place()
        self.find_names()
        self.find_named_bodies()
        self.find_acronyms()
        self.merge_short_forms()
        self.find_people()
        self.find_front_matter()
        self.find_document_kind()
        self.find_attendance()
        self.find_phrases()
        self.find_appositions()
        self.find_lower_case_teams()
        self.find_funds()
        self.find_title_programmes()
        self.find_references()
        self.find_lists()
        self.find_numbered_themes()
        self.find_prose_themes()
        self.find_passing_themes()
        self.find_finding_headings()
        self.find_review_topics()
        self.find_lower_case_named()
        self.find_response_tables()
        self.find_prose_recommendations()
        self.find_resolved()
        self.find_actions()
        self.find_action_tables()
        self.find_indicators()
        self.find_relations()
        self._committee_is_a_board()
        self.front.place = self.place
        return Extraction(text=self.doc.text, front=self.front, entities=self.entities, links=self.links)

    # -- storing ------------------------------------------------------------------------

    def evidence(self, start: int, end: int, rule: str, confidence: float | None = None) -> Evidence:
        conf = CONF.get(rule.split(":")[0], 0.7) if confidence is None else confidence
        start, end = max(0, min(start, end)), max(0, start, end)
        return Evidence(start, end, self.doc.quote(start, end), rule, conf)

    def family(self, type_name: str) -> str:
        return {"Organisation": "org", "Board": "org", "Partnership": "org"}.get(type_name, type_name.lower())

    def key_of(self, type_name: str, label: str) -> str:
        fam = self.family(type_name)
        if fam == "person":
            return "person:" + _norm(person_name(label))
        if fam in ("org", "post", "strategy", "initiative"):
            return f"{fam}:{_norm(self.strip_place(label))}"
        return f"{fam}:{_norm(label)}"

    def strip_place(self, label: str) -> str:
        """A body's label without a leading place ("City and Hackney Population Health Hub" -> "Population Health Hub")."""
        words = label.split()
        if len(words) > 2 and words[1] == "and" and words[2] in self.place_words and len(words) > 3:
            return " ".join(words[3:])
        if len(words) > 1 and words[0].rstrip("’'s") in self.place_words:
            rest = " ".join(words[1:])
            if rest.lower() not in ("city council", "council", "borough council", "county council"):
                return rest
        return label

    def add(self, type_name: str, label: str, start: int, end: int, rule: str, *, confidence: float | None = None,
            aliases=(), key: str | None = None, scoped: bool = True, **attributes) -> str:
        label = " ".join(label.replace("’", "'").split()).strip(" ,;:.-–")
        if type_name in ("Strategy", "Initiative") and _TRAILING_YEARS.search(label):
            # "Joint Health and Wellbeing Strategy 2024-2029" is also known without its years.
            aliases = (*aliases, _TRAILING_YEARS.sub("", label))
        if not label:
            return ""
        key = key or self.key_of(type_name, label)
        if key not in self.entities:
            key = self._aliases.get(key, key)
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = Entity(key, type_name, label, scoped=scoped)
            self._seen[key] = set()
        else:
            if ent.type == "Organisation" and type_name in ("Board", "Partnership"):
                ent.type = type_name
            if label != ent.label:
                if self._better_label(label, ent.label):
                    ent.aliases.add(ent.label)
                    ent.label = label
                elif _norm(label) != _norm(ent.label):
                    ent.aliases.add(label)
            ent.scoped = ent.scoped and scoped
        if aliases:
            ent.aliases.update(a for a in aliases if a and _norm(a) != _norm(ent.label))
        if ent.aliases:
            ent.aliases.discard(ent.label)
            for a in ent.aliases:
                self._aliases.setdefault(self.key_of(ent.type, a), key)
        seen = self._seen[key]
        if (start, end, rule) not in seen:
            seen.add((start, end, rule))
            seen.add((start, end))
            ent.evidence.append(self.evidence(start, end, rule, confidence))
        for name, value in attributes.items():
            if value not in (None, "", ()):
                ent.attributes.setdefault(name, value)
        self._note(start, end, key)
        return key

    def _better_label(self, new: str, old: str) -> bool:
        if _norm(new) == _norm(old):
            # Prefer the wording with more capitals ("Head of Performance" over "Head of performance").
            return sum(c.isupper() for c in new) > sum(c.isupper() for c in old) and not new.isupper()
        return len(new) > len(old) and _norm(new).endswith(_norm(old))

    def link(self, subject: str, relation: str, obj: str, start: int, end: int, rule: str,
             confidence: float | None = None, wording: str | None = None) -> None:
        if not subject or not obj or subject == obj:
            return
        mark = (subject, relation, obj, start, end)
        if mark in self._linked:
            return
        self._linked.add(mark)
        ev = self.evidence(start, end, rule, confidence)
        self.links.append(Link(subject, relation, obj, ev, wording))

    def _note(self, start: int, end: int, key: str) -> None:
        self._mentions.add(start, end, key)

    def mentions_in(self, start: int, end: int, families=("org",)) -> list[tuple[int, int, str]]:
        """Entity mentions inside ``start..end`` of the given families, in text order."""
        out = []
        for item in self._mentions.iter_from(start):
            s, e, k = item
            if s >= end:
                break
            if e <= end and k.split(":", 1)[0] in families:
                out.append(item)
        dedup = []
        for m in out:
            if dedup and m[0] < dedup[-1][1]:
                if m[1] - m[0] > dedup[-1][1] - dedup[-1][0]:
                    dedup[-1] = m
                continue
            dedup.append(m)
        return dedup

    # -- place --------------------------------------------------------------------------

    def find_place(self) -> None:
        """The place a paper is about: the word that comes before its bodies' names, or after "in"."""
        toks = self.doc.tokens
        score: Counter[str] = Counter()
        heads = {"Council", "Partnership", "Plan", "CCG", "PCT", "Borough", "City", "Health", "Clinical",
                 "Primary", "Commission", "County", "Metropolitan", "District", "Strategy"}
        not_places = self.lex.not_places
        for i in self.doc.capitals:
            if i + 1 >= len(toks):
                break
            tok = toks[i]
            w = tok.bare
            if tok.allcaps and len(w) <= 3 or w.lower() in not_places or \
                    w in self.lex.name_stop or len(w) < 3 or not w.isalpha():
                continue
            nxt = toks[i + 1]
            gap = self.doc.gap(i)
            if i and toks[i - 1].capital and self.doc.gap(i - 1) == " " and toks[i - 1].text.lower() != "and":
                continue  # the middle of a name ("Tackling Poverty Partnership"), not its place
            w = w[:1] + w[1:].lower() if tok.allcaps else w
            nb = nxt.bare[:1] + nxt.bare[1:].lower() if nxt.allcaps and len(nxt.bare) > 3 else nxt.bare
            if gap == " " and nb in heads:
                score[w] += 2
            prev = toks[i - 1].text if i and self.doc.gap(i - 1) == " " else ""
            if prev in ("in", "of", "across", "for") and not (gap == " " and nxt.capital):
                score[w] += 1
        # The first word of a body's, plan's or project's name is often its place ("Rotherham Citizens Advice").
        self._runs = name_runs(self.doc) + post_runs(self.doc) + body_first_runs(self.doc)
        for r in self._runs:
            first = r.label.split()[0].rstrip("'’s") if r.label.split() else ""
            if r.category != "post" and len(r.label.split()) > 1 and first.isalpha() and len(first) >= 3 and \
                    first[0].isupper() and first.lower() not in not_places and first not in self.lex.name_stop \
                    and not first.endswith("ing") and first not in self.lex.named_bodies:
                score[first] += 1
        if not score:
            return
        # Counties named after their towns ("Oxfordshire") point at the same place.
        merged = Counter()
        for w, s in score.items():
            stem = next((o for o in score if o != w and w.startswith(o) and w.endswith("shire")), None)
            merged[stem or w] += s
        place, best = max(sorted(merged.items()), key=lambda kv: kv[1])
        second = max((v for w, v in merged.items() if w != place), default=0)
        if best >= 2 and best >= 1.5 * second:
            # A paper that names several places about as often (an NHS board paper over four councils) is about
            # none of them in particular: it gets no place rather than a guess.
            self.place = place
            self.place_words = {w for w in score if score[w] >= 2} | {place}
            authority = self._authority_in_heading()
            if authority and authority.split()[-1] == place and len(authority.split()) > 1:
                self.place = authority  # "Mid Devon District Council" is Mid Devon's, not Devon's

    def _authority_in_heading(self) -> str | None:
        """The place of the council a paper's heading names: "MID DEVON DISTRICT COUNCIL", "London Borough of X"."""
        for m in _AUTHORITY_LINE.finditer(self.doc.work[:800]):
            words = (m.group("a") or m.group("b")).split()
            while words and words[-1].capitalize() in _AUTHORITY_KINDS:
                words.pop()
            if words and all(w.capitalize() not in self.lex.name_stop for w in words):
                return " ".join(w if not w.isupper() or len(w) <= 1 else w.capitalize() for w in words)
        return None

    # -- names --------------------------------------------------------------------------

    def find_names(self) -> None:
        runs = self._runs if self._runs is not None else (
            name_runs(self.doc) + post_runs(self.doc) + body_first_runs(self.doc))
        runs = _resolve_overlaps(runs)
        for r in runs:
            if r.head in self.lex.place_heads and r.label.split()[0] not in self.place_words:
                continue  # "Care Homes" is not a body; "Ashminster Homes" is
            if r.category == "body" and r.plural and (_is_kind_name(r.label) or all(
                    w in _GENERIC_PLURAL_WORDS for w in r.label.split()[:-1])):
                continue  # "District Councils", "Local Partnerships": a kind of body, not a body
            if r.category == "body":
                self.add_body(r.label, r.start, r.end, "name-plural" if r.plural else "name", aliases=r.aliases)
            elif r.category == "post":
                self.add("Post", r.label, r.start, r.end, "post:" + r.rule, aliases=r.aliases)
            elif r.category == "strategy":
                self.add("Strategy", r.label, r.start, r.end, "name:strategy", aliases=r.aliases)
            elif r.category == "initiative":
                self.add("Initiative", r.label, r.start, r.end, "name:initiative", aliases=r.aliases)
            self.claim(r.start, r.end, r.category)
        # Bare posts ("The Chair", "Chief Executive") not inside a longer name.
        for m in re.finditer(r"\b(?:[Tt]he[ \t]+)?(Chair|Vice[- ]Chair|Chairman|Chief Executive|Leader|Mayor)\b"
                             r"(?![ \t]+(?:of|for)\b)", self.doc.work):
            s, e = m.start(1), m.end(1)
            line_start = self.doc.work.rfind("\n", 0, s) + 1
            signature = not self.doc.work[line_start:s].strip() and self.doc.work.startswith(", ", e)
            if self.is_claimed(s, e) or not (m.group().lower().startswith("the") or signature or
                                             self.doc.work[max(0, s - 1):s] == "("):
                continue
            label = m.group(1)
            self.add("Post", label, s, e, "post:bare", key=f"post:{_norm(label)}")
            self.claim(s, e, "post")

    def add_body(self, label: str, start: int, end: int, rule: str, aliases=(), type_name: str | None = None,
                 scoped: bool | None = None) -> str:
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

    def claim(self, start: int, end: int, category: str) -> None:
        self.claimed.add(start, end, category)

    def is_claimed(self, start: int, end: int, categories=None) -> bool:
        for s, e, c in self.claimed.iter_from(start - self.claimed.longest):
            if s >= end:
                return False
            if start < e and (categories is None or c in categories):
                return True
        return False

    def find_named_bodies(self) -> None:
        """Acronyms and short names of bodies any paper may cite (NHS, LGA) and kinds written as acronyms."""
        lex = self.lex
        singles = {k: v for k, v in lex.named_bodies.items() if " " not in k}
        multi = [k for k in lex.named_bodies if " " in k]
        toks = self.doc.tokens
        for i in self.doc.capitals:
            tok = toks[i]
            w = tok.bare
            if w in singles:
                if self.is_claimed(tok.start, tok.start + len(w), ("body", "post")):
                    continue
                if w == "NHS" and self._followed_by_capital(tok):
                    self._nhs_body(tok)
                    continue
                end = tok.start + len(w)
                label, aliases = w, []
                if w in lex.body_acronyms:
                    label, aliases = lex.body_acronyms[w], [w]
                elif w == "Healthwatch":
                    hm = re.match(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", self.doc.work[end:end + 40])
                    if hm and hm.group(1).split()[0] not in lex.name_stop:
                        label = f"Healthwatch {hm.group(1)}"
                        end += hm.end()
                self.add_body(label, tok.start, end, "named-body", aliases=aliases, type_name=singles[w],
                              scoped=w == "Healthwatch")
                self.claim(tok.start, end, "body")
        from .lexicon import PhraseMatcher
        matcher = _cached_matcher(tuple(multi))
        for m in matcher.find(self.doc.work, lowered=self.doc.low):
            if self.is_claimed(m.start, m.end, ("body",)):
                continue
            label = next(k for k in multi if k.lower() == m.value)
            aliases = [a for a, full in lex.body_acronyms.items() if full == label]
            start, end = m.start, m.end
            if label in ("Citizens Advice", "Voluntary Action", "Age UK", "Age Concern", "Jobcentre Plus"):
                # Local branches carry their place: "Sheffield Citizens Advice", "Voluntary Action Leeds".
                before = re.search(r"\b([A-Z][a-z]+) $", self.doc.work[max(0, start - 30):start])
                after = re.match(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", self.doc.work[end:end + 30])
                if after and after.group(1).split()[-1] in lex.name_stop | lex.body_heads.keys():
                    after = re.match(r" ([A-Z][a-z]+)\b", self.doc.work[end:end + 30])
                if before and before.group(1) not in lex.name_stop:
                    start -= len(before.group(1)) + 1
                elif after and after.group(1) not in lex.name_stop:
                    end += len(after.group(1)) + 1
                label = " ".join(self.doc.work[start:end].split())
                if self.is_claimed(start, end, ("body",)) and start == m.start:
                    continue
            self.claim(start, end, "body")
            self.add_body(label, start, end, "named-body", aliases=aliases, type_name=lex.named_bodies[m.value.title()]
                          if m.value.title() in lex.named_bodies else "Organisation", scoped=start != m.start or
                          end != m.end)
            continue
            self.add_body(label, m.start, m.end, "named-body", aliases=aliases, type_name=lex.named_bodies[label],
                          scoped=False)
            self.claim(m.start, m.end, "body")

        # An acronym and a lower-case kind of group: "NEL clinical network".
        for m in _ACRONYM_GROUP.finditer(self.doc.work):
            if self.is_claimed(m.start(), m.end(), ("body", "post", "strategy")) or m.group(1) in lex.named_bodies:
                continue
            head = m.group(3).capitalize()
            self.add_body(" ".join(m.group().split()), m.start(), m.end(), "name",
                          type_name=lex.body_heads.get(head, "Partnership"))
            self.claim(m.start(), m.end(), "body")

    def _nhs_body(self, tok) -> None:
        """"NHS Dorset", "NHS Greater Manchester Integrated Care": an NHS body named by its area, with no head
        word; left alone when a longer name (a board, a trust) or a programme ("NHS Health Check") covers it."""
        work = self.doc.work
        m = _NHS_NAME.match(work, tok.end)
        if m is None or self.is_claimed(tok.start, m.end()):
            return
        words = m.group(1).split()
        while words and (words[-1] in self.lex.name_stop or words[-1] in _MONTH_WORDS):
            words.pop()
        if not words or words[0] in self.lex.name_stop or any(
                w in self.lex.strategy_heads or w in self.lex.initiative_heads or w in self.lex.post_heads or
                w in self.lex.body_heads or w in _NHS_NOT_AREAS for w in words):
            return
        end = tok.end + 1 + len(" ".join(words))
        if re.match(r"(?:,[ ]|[ ]and[ ])[A-Z]", work[end:end + 6]) and self.is_claimed(end + 2, end + 12, ("body",)):
            return  # "NHS Shropshire, Telford and Wrekin Integrated Care Board" is one name
        self.add_body(" ".join(["NHS", *words]), tok.start, end, "named-body", type_name="Organisation")
        self.claim(tok.start, end, "body")

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
        # Later uses of a defined acronym, and kinds written as acronyms ("the CCG").
        by_kind: dict[str, list[Entity]] = {}
        toks = self.doc.tokens
        for i in self.doc.capitals:
            tok = toks[i]
            w = tok.bare
            if not (w.isupper() and 2 <= len(w) <= 6):
                continue
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

    def merge_short_forms(self) -> None:
        """A body named by the end of another body's name in the same paper is that body
        ("Implementation Group" and "HIC Implementation Group" in a paper about one group)."""
        orgs = [e for e in self.entities.values() if self.family(e.type) == "org"]
        for short in sorted(orgs, key=lambda e: len(e.label)):
            words = _norm(short.label).split()
            if len(words) < 2 or short.key not in self.entities:
                continue
            longer = [o for o in orgs if o is not short and o.key in self.entities and
                      any(_norm(n).split()[-len(words):] == words and len(_norm(n).split()) > len(words)
                          for n in (o.label, *o.aliases))]
            if len(longer) == 1:
                self._merge(short.key, longer[0].key)

    def _merge(self, old: str, new: str) -> None:
        a, b = self.entities.pop(old), self.entities[new]
        self._seen[new] |= self._seen.pop(old, set())
        b.aliases.add(a.label)
        b.aliases.update(a.aliases)
        b.aliases.discard(b.label)
        b.evidence.extend(ev for ev in a.evidence if ev not in b.evidence)
        for k, v in a.attributes.items():
            b.attributes.setdefault(k, v)
        self._mentions.replace(old, new)
        self._aliases[old] = new
        for acr, k in list(self.acronyms.items()):
            if k == old:
                self.acronyms[acr] = new
        self.links = [Link(new if l.subject == old else l.subject, l.relation, new if l.object == old else l.object,
                           l.evidence, l.wording) for l in self.links]
        if self.front.committee == old:
            self.front.committee = new

    def add_mention(self, key: str, start: int, end: int, rule: str) -> None:
        ent = self.entities[key]
        seen = self._seen.setdefault(key, set())
        if (start, end) in seen:
            return
        seen.add((start, end, rule))
        seen.add((start, end))
        ent.evidence.append(self.evidence(start, end, rule))
        self._note(start, end, key)

    def _entity_ending_at(self, end: int) -> str | None:
        best = None
        for s, e, k in self._mentions.iter_from(end - 300):
            if s >= end:
                break
            if e == end and (best is None or s < best[0]):
                best = (s, k)
        return best[1] if best else None

    def mentions_at(self, start: int) -> list[tuple[int, int, str]]:
        out = []
        for item in self._mentions.iter_from(start):
            if item[0] != start:
                break
            out.append(item)
        return out

    # -- people ---------------------------------------------------------------------------

    def find_people(self) -> None:
        work = self.doc.work
        for m in _HONORIFIC.finditer(work):
            words = m.group(2).split()
            while words and not person_words_ok([words[-1]]):
                words.pop()
            if not words:
                continue
            end = m.start(2) + len(" ".join(words))
            label = f"{_honorific(m.group(1))} {' '.join(words)}"
            pkey = self.add_person(label, m.start(), end, "person-honorific")
            pm = re.match(r",[ \t]+", work[end:end + 4])
            if pm:
                post = next(((e, k) for s, e, k in self.mentions_at(end + pm.end()) if k.startswith("post:")), None)
                if post:
                    self.link(pkey, "holdsPost", post[1], m.start(), post[0], "person-post")
        for m in _NAME2.finditer(work):
            words = m.group(1).split()
            if not person_words_ok(words) or self.is_claimed(m.start(), m.end()):
                continue
            verb = m.group(2)
            before = work[max(0, m.start() - 12):m.start()]
            if re.search(r"(?:Councillor|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Prof\.?|Sir|Dame)[ \t]$",
                         before):
                continue
            if verb is not None and verb in self.lex.reporting_verbs:
                self.add_person(m.group(1), m.start(), m.end(), "person-speaker")
            elif verb is None and work.startswith(" (", m.end()) and self._role_in_brackets(m.end() + 2):
                # "Sarah Jones (Director of Public Health)", "Amir Khan (Healthwatch)".
                close = work.find(")", m.end())
                pkey = self.add_person(m.group(1), m.start(), m.end(), "person-role")
                for s2, e2, k in self.mentions_in(m.end() + 2, close, ("post",)):
                    self.link(pkey, "holdsPost", k, m.start(), close + 1, "person-role")
            elif verb is None:
                # "Name, Post": a person's name followed by a comma and a post.
                after = m.end() + 2
                post = next(((e, k) for s, e, k in self.mentions_at(after) if k.startswith("post:")), None)
                if post:
                    pkey = self.add_person(m.group(1), m.start(), m.end(), "person-post")
                    self.link(pkey, "holdsPost", post[1], m.start(), post[0], "person-post")

        self._people_beside_posts()
        self._people_above_posts()

    def _people_beside_posts(self) -> None:
        """"the Director of Public Health, Rachel Robinson, will", "Director of Finance (Aidan Dunn)",
        "Mayor Damien Egan": a name written right after a post is the post holder."""
        work = self.doc.work
        for m in _TITLE_NAME.finditer(work):
            words = m.group("name").split()
            if not person_words_ok(words) or self.is_claimed(m.start("name"), m.end("name")):
                continue
            post = self.add("Post", m.group("title"), m.start(), m.start("name") - 1, "post")
            person = self.add_person(m.group("name"), m.start("name"), m.end("name"), "person-post")
            self.link(person, "holdsPost", post, m.start(), m.end(), "person-post")
        posts = [m for m in self._mentions if m[2].startswith("post:")]
        for ps, pe, pkey in posts:
            m = _AFTER_POST.match(work, pe)
            if m is None:
                continue
            words = m.group("name").split()
            if len(words) < 2 or not person_words_ok(words) or self.is_claimed(m.start("name"), m.end("name")):
                continue
            if m.group("sep").startswith(",") and not m.group("close"):
                continue  # "Director of Public Health, Rachel Robinson" needs a close: ",", "." or a verb
            person = self.add_person(m.group("name"), m.start("name"), m.end("name"), "person-post")
            self.link(person, "holdsPost", pkey, ps, m.end("name"), "person-post")

    def _people_above_posts(self) -> None:
        """A signature or address block: a line that is only a name, then a line that opens with a post."""
        doc = self.doc
        work = doc.work
        lines = doc.lines
        for i, ln in enumerate(lines[:-1]):
            raw = work[ln.start:ln.end].strip()
            if not _NAME_LINE.fullmatch(raw) or not person_words_ok(raw.split()):
                continue
            nxt = lines[i + 1]
            lead = len(work[nxt.start:nxt.end]) - len(work[nxt.start:nxt.end].lstrip())
            post = next(((e, k) for s, e, k in self.mentions_at(nxt.start + lead) if k.startswith("post:")), None)
            if post is None:
                continue
            s = ln.start + (len(work[ln.start:ln.end]) - len(work[ln.start:ln.end].lstrip()))
            if self.is_claimed(s, s + len(raw)):
                continue
            person = self.add_person(raw, s, s + len(raw), "person-signature")
            self.link(person, "holdsPost", post[1], s, post[0], "person-signature")

    def _role_in_brackets(self, pos: int) -> bool:
        close = self.doc.work.find(")", pos, pos + 150)
        if close < 0:
            return False
        return bool(self.mentions_in(pos, close, ("post", "org"))) or \
            self.doc.work[pos:close].strip() in ("Chair", "Vice-Chair", "Vice Chair", "Chairman")

    def add_person(self, label: str, start: int, end: int, rule: str) -> str:
        # "Councillor Tidball" and "Councillor Marie Tidball" are one person.
        bare = person_name(label)
        surname = bare.split()[-1]
        for ent in self.entities.values():
            if ent.type == "Person":
                other = person_name(ent.label)
                if other.split()[-1] == surname and (len(bare.split()) == 1 or len(other.split()) == 1
                                                     or other.split()[0] == bare.split()[0]):
                    if len(bare) > len(other):
                        self.add("Person", label, start, end, rule, key=ent.key)
                        ent.aliases.add(ent.label) if ent.label != label else None
                        ent.label = label if ent.label != label else ent.label
                        ent.aliases.discard(ent.label)
                    else:
                        self.add("Person", label, start, end, rule, key=ent.key)
                    self.claim(start, end, "person")
                    return ent.key
        key = self.add("Person", label, start, end, rule)
        self.claim(start, end, "person")
        return key

    # -- front matter -----------------------------------------------------------------------

    def find_front_matter(self) -> None:
        doc = self.doc
        work = doc.work
        head_end = min(len(work), max(3000, len(work) // 5))
        fields: dict[str, tuple[int, int, str]] = {}
        for m in _FIELD.finditer(work):
            label = " ".join(m.group("label").lower().split())
            field = _FIELDS.get(label)
            if field is None:
                continue
            vs, ve = m.start("value"), m.end("value")
            value = m.group("value").strip()
            if not value:
                # The value is on the next line (a table cell).
                nxt = re.compile(r"\n[ \t]*\n?[ \t]*([^\n]+)").match(work, m.end())
                if nxt is None:
                    continue
                vs, ve, value = nxt.start(1), nxt.end(1), nxt.group(1).strip()
                if value.rstrip().endswith(":"):
                    continue
            vs += len(work[vs:ve]) - len(work[vs:ve].lstrip())
            ve = vs + len(value)
            if field == "author" and not (m.start() < head_end or label in ("contact officer", "report author")):
                continue
            if field in ("committee", "title", "date", "key_decision", "wards") and m.start() > head_end:
                continue
            if field == "author":
                self._front_author(vs, ve, value, label)
                continue
            fields.setdefault(field, (vs, ve, value))
        if not self.front.authors:
            # "Report of the Director of Public Health" as a line of its own.
            rm = _REPORT_OF.search(work[:head_end])
            if rm:
                self._front_author(rm.start("v"), rm.end("v"), rm.group("v"), "report of")
        if "date" in fields:
            self.front.date = parse_date(fields["date"][2]) or _month_year(fields["date"][2])
        if "committee" in fields:
            vs, ve, value = fields["committee"]
            self.front.committee = self._front_committee(vs, ve, value)
        if "title" in fields:
            self.front.title = title_case(fields["title"][2]) if fields["title"][2].isupper() else fields["title"][2]
        for f in ("key_decision", "wards"):
            if f in fields:
                setattr(self.front, f, fields[f][2].strip("*"))
        self._front_from_layout(head_end)

    def find_attendance(self) -> None:
        """"Present:" and "Apologies:" lists of minutes: each person, their role in brackets, and the board."""
        work = self.doc.work
        committee = self.front.committee
        for m in _ATTENDANCE.finditer(work):
            members = not re.match(r"(?i)(?:also|officers|in attendance)", m.group(1))
            end = re.search(r"\n[^\S\n]*\n", work[m.end():])
            block_end = m.end() + (end.start() if end else len(work) - m.end())
            block_start = m.end()
            # The block may start on the next line.
            if not work[m.end():block_end].strip() and end:
                nxt = re.search(r"\n[^\S\n]*\n", work[block_end + 1:])
                block_start = block_end
                block_end = block_end + 1 + (nxt.start() if nxt else len(work) - block_end - 1)
            carry = None
            for es, ee, sep in _entries(work, block_start, min(block_end, block_start + 5000)):
                entry = work[es:ee]
                plural = re.match(r"\s*(Councillors|Cllrs\.?)\s+", entry)
                if plural:
                    carry = "Councillor"
                    es += plural.end()
                    entry = work[es:ee]
                honour = carry if carry and not re.match(r"\s*(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame)\b",
                                                        entry) else None
                if sep in ";\n\t":
                    carry = None
                pm = re.match(r"\s*((?:(?:Councillor|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Prof\.?|Sir|Dame)"
                              r"\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})\s*(?:\((.*)\)|[-–,]\s*(.*))?\s*$",
                              entry, re.DOTALL)
                if not pm:
                    continue
                name = pm.group(1)
                words = name.split()
                bare = [w for w in words if w.rstrip(".") not in ("Councillor", "Cllr", "Dr", "Mr", "Mrs", "Ms", "Miss",
                                                                "Professor", "Prof", "Sir", "Dame")]
                role_given = pm.group(2) is not None or pm.group(3) is not None
                if not bare or (len(bare) < 2 and len(words) < 2):
                    continue
                if not person_words_ok(bare) and not (
                        # A list entry "Adrian England - Chair" names a person even when a surname is a place.
                        role_given and len(bare) >= 2 and person_words_ok(bare[:1]) and
                        all(w.isalpha() and w[0].isupper() and not w.isupper() for w in bare)):
                    continue
                ps = es + pm.start(1)
                label = name if len(words) == len(bare) else f"{_honorific(words[0])} {' '.join(bare)}"
                if honour and len(words) == len(bare):
                    label = f"{honour} {name}"
                pkey = self.add_person(label, ps, ps + len(name), "person-attendance")
                role_group = 2 if pm.group(2) is not None else 3
                role = pm.group(role_group) or ""
                rs, re_ = (es + pm.start(role_group), es + pm.end(role_group)) if role else (ps, ps)
                if role and re.fullmatch(r"\s*(?:Chair|Chairman|Chairperson|Chair of the Board)\s*", role) and committee:
                    self.link(pkey, "chairs", committee, ps, re_, "person-attendance")
                    continue
                if members and committee:
                    self.link(pkey, "memberOf", committee, ps, re_ or ps + len(name), "person-attendance", 0.8)
                for s2, e2, k in self.mentions_in(rs, re_, ("post",)):
                    self.link(pkey, "holdsPost", k, ps, e2, "person-attendance")
                orgs = self.mentions_in(rs, re_, ("org",))
                posts = self.mentions_in(rs, re_, ("post",))
                for s2, e2, k in orgs:
                    for s3, e3, pk in posts:
                        self.link(pk, "postIn", k, s3, e2, "post-in")
                    if not posts:
                        self.link(pkey, "memberOf", k, ps, e2, "person-attendance", 0.75)

    def _front_author(self, vs: int, ve: int, value: str, label: str) -> None:
        value = value.strip("*").strip()
        # People and posts already found inside the value.
        found = self.mentions_in(vs, ve, ("person", "post"))
        if not found and value:
            # "Jane Smith, jane.smith@council.gov.uk, 01234 567890": the name is the first part.
            first = re.split(r"[,;(]|\s[-–]\s|\s{2,}", value, maxsplit=1)[0].strip()
            if first != value and 2 <= len(first.split()) <= 3:
                ve = vs + len(first)
                value = first
            text = value.title() if value.isupper() and len(value.split()) <= 3 else (
                title_case(value) if value.isupper() else value)
            words = text.split()
            if person_words_ok([w.rstrip(",") for w in words[:3]]) and 2 <= len(words) <= 3:
                key = self.add_person(text, vs, ve, "person-front")
                found = [(vs, ve, key)]
            elif len(words) <= 8 and words and words[-1] in self.lex.post_heads:
                key = self.add("Post", text, vs, ve, "front-matter")
                found = [(vs, ve, key)]
        for s, e, k in found:
            self.front.authors.append(k) if k not in self.front.authors else None

    def _front_committee(self, vs: int, ve: int, value: str) -> str | None:
        found = self.mentions_in(vs, ve, ("org",))
        if found:
            return found[0][2]
        text = title_case(value.strip("*").strip())
        text = re.sub(r"\s+", " ", text)
        if not text or len(text.split()) > 8:
            return None
        head = text.split()[-1]
        if head not in self.lex.body_heads:
            text = f"{text} Committee"
        return self.add_body(text, vs, ve, "front-matter")

    def _committee_is_a_board(self) -> None:
        """A paper is taken by a committee: "Report to: Audit Panel" makes the panel a board."""
        ent = self.entities.get(self.front.committee or "")
        if ent is not None and ent.type == "Partnership" and ent.attributes.get("kind") in ("working-group", None):
            ent.type = "Board"

    def _front_from_layout(self, head_end: int) -> None:
        """Title, committee and date read from the layout when no field names them."""
        doc = self.doc
        lines = [ln for ln in doc.lines if ln.start < head_end and ln.text.strip()]
        if self.front.committee is None:
            for ln in lines[:12]:
                found = self.mentions_in(ln.start, ln.end + 1, ("org",))
                stripped = ln.text.strip().strip("*")
                if found and found[0][1] - found[0][0] >= len(stripped) - 2 and \
                        self.entities[found[0][2]].type == "Board":
                    self.front.committee = found[0][2]
                    break
        if self.front.date is None:
            self.front.date = parse_date(doc.work[:head_end]) or parse_date(self.file_name)
        if self.front.committee is None:
            for ln in lines[:4]:
                boards = [k for s, e, k in self.mentions_in(ln.start, ln.end + 1, ("org",))
                          if self.entities[k].type == "Board"]
                if boards:
                    self.front.committee = boards[0]
                    break
        if self.front.title is None:
            seen = set()
            for ln in lines[:25]:
                t = " ".join(ln.text.split()).strip("*").strip()
                low = t.lower()
                if low in seen:
                    continue
                seen.add(low)
                if _TITLE_SKIP.match(t) or len(t) < 8 or parse_date(t) and len(t) < 40 or ":" in t[:40] \
                        or t.endswith(":") or t.isupper() and len(t) < 60:
                    continue
                ent = self.mentions_in(ln.start, ln.end + 1, ("org", "person", "post"))
                if ent and ent[0][1] - ent[0][0] >= len(ln.text.strip()) - 2:
                    continue  # a line that is only a body's name
                if len(t) > 250:
                    continue
                self.front.title = t
                break

    def find_document_kind(self) -> None:
        low = self.doc.low[:20000]
        committee = self.entities.get(self.front.committee or "")
        title = (self.front.title or "").lower()
        if _RESPONSE_TITLE.search(low):
            kind = "response"
        elif re.search(r"^[ \t]*(?:minutes|present:|apologies)", low, re.MULTILINE) or "resolved" in low:
            kind = "minutes"
        elif "audit" in title or (committee is not None and "audit" in committee.label.lower()):
            kind = "audit report"
        elif "strategy" in title and committee is None:
            kind = "strategy"
        else:
            kind = "report"
        self.front.kind = kind

    # -- phrases written in lower case --------------------------------------------------

    def find_phrases(self) -> None:
        doc = self.doc
        lex = self.lex
        # Quoted titles: ‘commissioning framework for health and wellbeing’.
        for m in re.finditer(r"[‘“'\"]([^‘’“”'\"\n]{6,120})[’”'\"]", doc.work):
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
        for m in lex.strategy_matcher.find(doc.work, lowered=doc.low):
            if self.is_claimed(m.start, m.end, ("strategy", "initiative")):
                continue
            start = self._extend_back(m.start)
            label = doc.work[start:m.end]
            label = _singular(" ".join(label.split()))
            label = label[:1].upper() + label[1:]
            type_name = "Initiative" if m.value in lex.initiative_phrases else "Strategy"
            self.add(type_name, label, start, m.end, "strategy-phrase")
            self.claim(start, m.end, type_name.lower())
        # Kinds of body written in lower case for one body: "the council's health overview and scrutiny board".
        generic = {"team", "service", "department", "directorate", "network", "panel", "hub", "charity", "college",
                   "university", "auditor", "executive", "public health", "working group", "steering group",
                   "implementation group", "council", "local authority", "primary care", "general practice",
                   "regulator", "inspectorate", "government department", "national agency", "universities",
                   "research institute", "police", "executive board", "cabinet", "community organisation",
                   "voluntary organisation", "social enterprise"}
        for m in lex.kind_matcher.find(doc.work, lowered=doc.low):
            if m.value in generic or self.is_claimed(m.start, m.end) or not doc.work[m.start].islower():
                continue
            before = doc.work[max(0, m.start - 12):m.start]
            if not re.search(r"(?:\bthe|\bits|\bour|['’]s)[ \t]+$", before, re.IGNORECASE):
                continue
            if doc.work[m.end:m.end + 1] == "s" or m.value.endswith("s") and not m.value.endswith("ss"):
                continue
            self.add_body(m.value[:1].upper() + m.value[1:], m.start, m.end, "kind-phrase")
            self.claim(m.start, m.end, "body")

    def find_appositions(self) -> None:
        """A name beside the kind of thing it is: "a transformation programme, Our Future Council," and
        "Our Dorset, the integrated care system,". The name takes the kind's type; the kind is its alias."""
        work = self.doc.work
        for pattern in (_NAMED_AFTER_KIND, _NAMED_BEFORE_KIND):
            for m in (pattern.finditer(work) if pattern is _NAMED_AFTER_KIND else self._named_before_kind()):
                name = m.group("name")
                words = name.split()
                if words[0] in self.lex.name_stop and words[0] not in ("Our", "One"):
                    continue
                if len(words) == 1 and words[0] not in self.place_words:
                    continue
                head = m.group("head")
                ns, ne = m.start("name"), m.end("name")
                kind_key = None
                if head in ("programme", "fund", "project", "pilot", "scheme"):
                    key = self.add("Initiative", name, ns, ne, "apposition")
                elif head in ("strategy", "plan", "framework"):
                    key = self.add("Strategy", name, ns, ne, "apposition")
                else:
                    type_name = "Board" if head in ("board", "committee") else "Partnership"
                    kind_key = next((k for s2, e2, k in self.mentions_in(m.start("kind"), m.end("kind"))), None)
                    key = self.add_body(name, ns, ne, "apposition", type_name=type_name)
                if not key:
                    continue
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
                self.claim(ns, ne, "body" if kind_key is not None or head not in (
                    "programme", "fund", "project", "pilot", "scheme", "strategy", "plan", "framework") else "strategy")

    def _named_before_kind(self):
        """Matches of :data:`_NAMED_BEFORE_KIND`, tried only where ", the" is written (cheaper than at every capital)."""
        work = self.doc.work
        for c in _COMMA_THE.finditer(work):
            s = max(0, c.start() - 80)
            for m in _NAMED_BEFORE_KIND.finditer(work, s, min(len(work), c.end() + 80)):
                if m.start("kind") - 6 == c.start():
                    yield m
                    break

    def find_funds(self) -> None:
        """Money set aside for a purpose: "£100m funding for health inequalities projects"."""
        for m in _FUNDING.finditer(self.doc.work):
            if self.is_claimed(m.start(), m.end(), ("initiative",)):
                continue
            self.add("Initiative", m.group(), m.start(), m.end(), "funding", confidence=0.7)

    def find_lower_case_teams(self) -> None:
        """Teams named in lower case: "a small corporate policy and partnership team"."""
        for m in _LOWER_TEAM.finditer(self.doc.work):
            words = m.group("name").split()
            if not any(w in _TEAM_WORDS for w in words) or len(words) < 2 or \
                    self.is_claimed(m.start("name"), m.end()):
                continue
            label = m.group("name") + " " + m.group("head")
            self.add_body(label[:1].upper() + label[1:], m.start("name"), m.end(), "lower-case-team",
                          type_name="Organisation")
            self.claim(m.start("name"), m.end(), "body")
        # "the Community First Yorkshire voluntary sector alliance": the capitalised words name the body.
        for m in _NAME_THEN_KIND.finditer(self.doc.work):
            words = m.group("name").split()
            if self.is_claimed(m.start("name"), m.end("name")) or words[0] in self.lex.name_stop or \
                    any(w in self.lex.body_heads or w in self.lex.post_heads for w in words):
                continue
            head = m.group("head").capitalize()
            self.add_body(m.group("name"), m.start("name"), m.end("name"), "kind-phrase",
                          type_name=self.lex.body_heads.get(head, "Organisation"))
            self.claim(m.start("name"), m.end(), "body")
        # "the Public Health team": a capitalised name with a lower-case head.
        for m in _CAPITAL_TEAM.finditer(self.doc.work):
            words = m.group("name").split()
            if self.is_claimed(m.start("name"), m.end()) or words[0] in _DETERMINER_WORDS or \
                    not any(w.lower() in _TEAM_WORDS for w in words):
                continue
            label = m.group("name") + " " + m.group("head")
            self.add_body(label, m.start("name"), m.end(), "lower-case-team", type_name="Organisation")
            self.claim(m.start("name"), m.end(), "body")

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

    def find_title_programmes(self) -> None:
        """A named programme the title names and the text keeps naming ("Closing the Gap")."""
        title = self.front.title
        if not title:
            return
        work = self.doc.work
        for m in re.finditer(r"\b[A-Z][a-z]+(?:[ ](?:the|of|in|for|a|to|and|[A-Z][a-z]+)){1,5}", title):
            phrase = m.group()
            while phrase.split()[-1] in ("the", "of", "in", "for", "a", "to", "and"):
                phrase = phrase.rsplit(" ", 1)[0]
            words = phrase.split()
            if len(words) < 2 or words[0] in self.lex.name_stop:
                continue
            shaped = words[0].endswith("ing") or any(w in ("the", "of", "in", "for", "a", "to") for w in words)
            if not shaped:
                continue
            year = re.match(r" (?:19|20)\d\d(?:[/\-–](?:19|20)?\d\d)?\b", title[m.end():])
            if year and title.find(phrase) == m.start():
                phrase += year.group()  # "Closing the Gap 2022"
            hits = [h for h in re.finditer(re.escape(phrase), work)]
            # Named again outside the title line(s): a programme the paper is about, not just its heading.
            outside = [h for h in hits if " ".join(self.doc.line_at(h.start()).text.split()).strip("*") != title]
            if len(hits) < 2 or not outside or words[0] in self.lex.body_heads or \
                    self.is_claimed(hits[0].start(), hits[0].end(), ("body",)):
                continue
            for h in hits:
                if not self.is_claimed(h.start(), h.end(), ("body", "post")):
                    self.add("Strategy", phrase, h.start(), h.end(), "title-programme")
            self.front_programme = self.key_of("Strategy", phrase)


    # -- references: "the Board", "the Council" ------------------------------------------

    def find_references(self) -> None:
        work = self.doc.work
        cache: dict[str, str | None] = {}
        for m in list(_REFERENCE.finditer(work)) + list(re.finditer(r"(?<=[a-z] )(Board|Committee)\b(?= [a-z])",
                                                                     work)):
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
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0].key

        def rank(e: Entity) -> tuple:
            local = self.place is not None and self.place in e.label
            general = e.label.split()[0] in ("City", "Borough", "District", "Metropolitan")
            return (local, general, len(e.evidence), -e.first.start)
        return max(cands, key=rank).key

    # -- lists: themes, recommendations -----------------------------------------------------

    def find_lists(self) -> None:
        doc = self.doc
        lines = doc.lines
        items = _LazyItems(doc.work, lines)
        n = len(lines)
        for idx, ln in enumerate(lines):
            text = doc.work[ln.start:ln.end].strip()
            if not text:
                continue
            intro = text.rstrip(" -–*")
            if not intro.endswith((":", ";")) and len(text) > 60:
                continue
            heading = self._is_heading(text)
            if not (intro.endswith((":", ";")) or heading):
                continue
            m = items[idx][0]
            is_item = bool(m and (m.group("num") or m.group("bullet")) and _style(m) not in ("dotted", "other")
                           and not re.fullmatch(r"\d{1,3}\**", (m.group("num") or "").strip()))
            if not (intro.endswith(":") or (intro.endswith(";") and not is_item) or heading):
                continue
            # The following list items.
            block = []
            k = idx + 1
            intro_marker = (m.group("num") or "") if m and m.group("bullet") is None else None
            style = None
            while k < n:
                mm, lk = items[k]
                t = doc.work[lk.start:lk.end].strip()
                if not t:
                    k += 1
                    continue
                marker = (mm.group("num") or mm.group("bullet") or "") if mm else ""
                if not marker or (intro_marker and marker == intro_marker):
                    if block and not _starts_upper(t) and block[-1][1] is not None:
                        k += 1  # a wrapped continuation line
                        continue
                    break
                num = mm.group("num") or ""
                this_style = _style(mm)
                if style is None:
                    style = this_style
                elif this_style != style:
                    break
                rest_start = lk.start + mm.start("rest")
                rest = mm.group("rest").strip()
                if not rest:
                    # The number is a cell of its own; the text is the next non-empty line.
                    k2 = k + 1
                    while k2 < n and not lines[k2].text.strip():
                        k2 += 1
                    if k2 < n and not (items[k2][0] and (items[k2][0].group("num") or items[k2][0].group("bullet"))):
                        lk2 = lines[k2]
                        rest = doc.work[lk2.start:lk2.end].strip()
                        rest_start = lk2.start + (len(doc.work[lk2.start:lk2.end]) -
                                                  len(doc.work[lk2.start:lk2.end].lstrip()))
                        k = k2
                block.append((num.strip("().*"), rest_start, rest))
                k += 1
            if not block:
                continue
            kind = self._classify_intro(ln, text, heading)
            if kind is None:
                continue
            if heading and kind == "theme" and any(len(t.split()) > 25 or re.fullmatch(r"\d{1,3}(?:\.\d{1,3})+", num)
                                                   for num, _, t in block):
                continue  # a heading over numbered paragraphs does not make them themes
            if kind == "theme":
                self._themes_from_list(ln, block)
            elif kind == "recommendation":
                if re.search(r"(?i)\bresolved\b|^\s*agreed\b", text):
                    continue  # RESOLVED clauses: find_resolved reads them
                self._recommendations_from_list(ln, block, heading=heading)
            elif kind == "indicator":
                for num, s, t in block:
                    self.add("Indicator", _item_label(t), s, s + len(t.rstrip()), "indicator:list")

    def _is_heading(self, text: str) -> bool:
        words = text.split()
        return 0 < len(words) <= 4 and not text.endswith((".", ",", ";")) and text[0].isupper() and \
            bool(re.search(r"(?i)recommendations?|priorities|themes|issues|resolved|decisions?", text))

    def _classify_intro(self, ln, text: str, heading: bool) -> str | None:
        lex = self.lex
        low = text.lower()
        sentences = [x for x in re.split(r"(?<=[.!?])\s+", low) if x.strip()]
        last = sentences[-1] if sentences else low
        parts = [last]
        if len(last.split()) <= 4 and len(sentences) > 1:
            parts.append(sentences[-2])
        for part in (parts if not heading else [low]):
            rec = lex.recommendation_intro.find(part)
            theme = lex.theme_intro.find(part)
            ind = lex.indicator_intro.find(part)
            if rec and (not theme or rec[-1].start > theme[-1].start):
                return "recommendation"
            if ind and theme and ind[-1].start > theme[-1].start:
                return "indicator"  # "Outcome indicators:": the last noun says what the list holds
            if theme:
                return "theme"
            if ind:
                return "indicator"
        # A short intro ("These include;") reads the line before it.
        if len(text.split()) <= 6:
            i = self.doc.line_index(ln.start)
            for prev in reversed(self.doc.lines[max(0, i - 3):i]):
                if prev.text.strip():
                    return self._classify_intro(prev, prev.text.strip(), False)
        return None

    def find_numbered_themes(self) -> None:
        """Headings that number a priority: "Priority 1: Giving every child a healthy start"."""
        for m in _NUMBERED_THEME.finditer(self.doc.work):
            label = _item_label(m.group("text"))
            if len(label) < 4:
                continue
            s = m.start("text")
            key = self.add("Theme", label, s, s + len(label), "numbered-theme", number=m.group("num"))
            self.link("document", "addressesTheme", key, s, s + len(label), "numbered-theme")

    def find_prose_themes(self) -> None:
        """Priorities named in prose: "Tackling inequalities is a priority for the Council",
        "... identified health equity as one of its ten priorities", and the subject a title names."""
        doc = self.doc
        work = doc.work
        for m in _PRIORITY_IS.finditer(work):
            s, e = doc.sentence(m.start(), m.end())
            head = work[s:m.start()]
            # The clause before the verb, without brackets and leading joins.
            cuts = [(head.rfind(sep), len(sep)) for sep in (", ", "; ", " that ", ": ")]
            cut, width = max(cuts)
            start = s + (cut + width if cut >= 0 else 0)
            phrase = work[start:m.start()]
            phrase = re.sub(r"\s*\([^)]*\)", "", phrase)
            phrase = re.sub(r"^(?:[\-•*]\s*)?(?:\d{1,3}(?:\.\d{1,3})*\**\s+)?(?:that\s+|and\s+|also\s+)?", "",
                            phrase.strip(), flags=re.IGNORECASE)
            phrase = re.sub(r"\s+(?:is|are|was|were|has|have)(?:\s+(?:also|been|now|agreed|identified))*$", "",
                            phrase)
            # The priority itself, not whom it is between: "Narrowing the health gap".
            phrase = re.split(r"\s+(?:between|amongst|among)\s+", phrase, maxsplit=1)[0]
            words = phrase.split()
            if not 1 <= len(words) <= 20 or words[0].lower() in ("it", "this", "there", "which", "what", "he",
                                                                   "she", "they", "we"):
                continue
            ps = work.find(words[0], start)
            label = phrase[:1].upper() + phrase[1:]
            key = self.add("Theme", label, ps, ps + len(phrase), "prose-theme")
            self.link("document", "addressesTheme", key, ps, ps + len(phrase), "prose-theme")
        for m in _ONE_OF_PRIORITIES.finditer(work):
            phrase = m.group(1)
            if phrase.split()[0].lower() in ("it", "this", "that", "which"):
                continue
            key = self.add("Theme", phrase[:1].upper() + phrase[1:], m.start(1), m.end(1), "prose-theme")
            self.link("document", "addressesTheme", key, m.start(1), m.end(1), "prose-theme")
        for m in _INLINE_THEMES.finditer(work):
            items = re.split(r",\s+(?:and\s+)?|;\s+(?:and\s+)?|\s+and\s+(?=[^,;]*$)", m.group("items"))
            if not 2 <= len(items) <= 12 or any(len(i.split()) > 12 for i in items):
                continue
            pos = m.start("items")
            for item in items:
                item = item.strip(" .;")
                ps = work.find(item, pos)
                if len(item) < 3 or ps < 0:
                    continue
                pos = ps + len(item)
                key = self.add("Theme", item[:1].upper() + item[1:], ps, ps + len(item), "inline-theme")
                self.link("document", "addressesTheme", key, ps, ps + len(item), "inline-theme")
        title = self.front.title or ""
        tm = re.search(r"\b(?:concerning|regarding|on the subject of)\s+(.+?)(?:\s+(?:provided|made|by|from|in)\b|[,.(]|$)",
                       title)
        subject = tm.group(1) if tm else None
        if subject is None:
            tm = re.match(r"^(.{4,60}?)\s+[–\-:]\s+", title)
            if tm and not re.search(r"(?i)\b(?:update|report|item|minutes|appendix)\b", tm.group(1)):
                subject = tm.group(1)
        if subject:
            subject = re.sub(r"\s+in\s+[A-Z]\w+$", "", subject.strip())
            ts = work.find(subject)
            known = self.key_of("Strategy", subject) in self.entities or any(
                _norm(e.label) == _norm(subject) for e in self.entities.values())
            if ts >= 0 and not known and 1 <= len(subject.split()) <= 8:
                key = self.add("Theme", subject[:1].upper() + subject[1:], ts, ts + len(subject), "title-theme")
                self.link("document", "addressesTheme", key, ts, ts + len(subject), "title-theme")

    def find_passing_themes(self) -> None:
        """A theme said in passing: "keep up its investment in older people and carers", "tackle fuel poverty",
        "a focus on affordable housing", "looked at food poverty across the district"."""
        work = self.doc.work
        for m in _PASSING_THEME.finditer(work):
            words = m.group("np").split()
            while words and words[0] in ("the", "a", "an", "our", "their", "its"):
                words.pop(0)
            for k, w in enumerate(words):
                if w in _NP_STOP:
                    words = words[:k]
                    break
            while words and words[-1] in ("and", "of", "or"):
                words.pop()
            if not words or (words[0].endswith("ing") and words[0] not in _ING_NOUNS) or words[-1] in _NP_NOT_THEMES \
                    or words[0] in _NP_NOT_FIRST:
                continue
            if len(words) == 1 and len(words[0]) < 9:
                continue
            phrase = " ".join(words)
            ps = work.find(words[0], m.start("np"))
            pe = ps + len(phrase)
            if work[ps:pe] != phrase:
                continue
            if self._inside_theme(ps, pe):
                continue  # inside a theme a list or heading already gave
            noun = m.group("noun")
            s = m.start() if noun else ps
            label = (noun.lower().capitalize() + " " + phrase) if noun else phrase[:1].upper() + phrase[1:]
            key = self.add("Theme", " ".join(label.split()), s, pe, "passing-theme")
            self.link("document", "addressesTheme", key, s, pe, "passing-theme")

    def find_finding_headings(self) -> None:
        """Run-in headings of numbered paragraphs under "Findings": "2.1 Financial sustainability. The plan ..."
        name the areas an audit or review looked at."""
        work = self.doc.work
        in_findings = False
        for ln in self.doc.lines:
            raw = work[ln.start:ln.end]
            hm = _SECTION_HEADING.match(raw)
            if hm:
                in_findings = bool(_FINDINGS.search(hm.group("t")))
                continue
            if not in_findings:
                continue
            pm = _RUN_IN_HEADING.match(raw)
            if pm is None:
                continue
            s, e = ln.start + pm.start("h"), ln.start + pm.end("h")
            key = self.add("Theme", pm.group("h"), s, e, "finding-heading")
            self.link("document", "addressesTheme", key, s, e, "finding-heading")

    def find_review_topics(self) -> None:
        """The subject a review group is named after: "Loneliness and Social Isolation Task Group",
        "Food Poverty Task and Finish Group"."""
        for key, ent in list(self.entities.items()):
            if ent.type not in _ORG:
                continue
            m = _REVIEW_GROUP.search(ent.label)
            if m is None or not m.group("topic").strip():
                continue
            topic = m.group("topic").strip()
            words = topic.split()
            while words and (words[0] in self.place_words or words[0] == self.place or words[0] in _DETERMINER_WORDS):
                words.pop(0)
            if not words:
                continue
            topic = " ".join(words)
            ev = ent.first
            label = topic[:1] + topic[1:].lower()
            tkey = self.add("Theme", label, ev.start, ev.end, "review-topic")
            self.link(key, "addressesTheme", tkey, ev.start, ev.end, "review-topic")
            self.link("document", "addressesTheme", tkey, ev.start, ev.end, "review-topic")

    def find_lower_case_named(self) -> None:
        """Initiatives and posts named in lower case: "a loneliness charter", "a loneliness champion"."""
        work = self.doc.work
        for m in _LOWER_INITIATIVE.finditer(work):
            words = m.group("mod").split()
            if any(w in _GENERIC_MODIFIERS for w in words) or self.is_claimed(m.start("mod"), m.end()):
                continue
            label = " ".join([*words, m.group("head")])
            if m.group("head") in _LOWER_POST_HEADS:
                self.add("Post", label[:1].upper() + label[1:], m.start("mod"), m.end(), "post")
            else:
                self.add("Initiative", label[:1].upper() + label[1:], m.start("mod"), m.end(), "strategy-phrase")
            self.claim(m.start("mod"), m.end(), "initiative")

    def _inside_theme(self, start: int, end: int) -> bool:
        for ts, te, k in self._mentions.iter_back(end):
            if ts < start - 250:
                return False  # a theme's label is shorter than this: stop looking back
            if ts <= start and end <= te and k.startswith("theme:"):
                return True
        return False

    def _themes_from_list(self, ln, block) -> None:
        intro_s, intro_e = ln.start, ln.end
        owners = [k for s, e, k in self.mentions_in(intro_s, intro_e, ("org",))]
        strategies = [k for s, e, k in self.mentions_in(intro_s, intro_e, ("strategy",))]
        for num, s, t in block:
            label = _item_label(t)
            if not label or len(label) < 4:
                continue
            label = label[:1].upper() + label[1:]
            e = s + len(t.rstrip())
            key = self.add("Theme", label, s, e, "list-theme", number=num or None)
            if strategies:
                self.link(key, "partOf", strategies[0], s, e, "list-theme", 0.7)
            elif self.front_programme and self.front_programme in self.entities:
                self.link(key, "partOf", self.front_programme, s, e, "list-theme", 0.6)
            if owners:
                self.link(owners[-1], "leads", key, intro_s, intro_e, "leadership", 0.6)
            self.link("document", "addressesTheme", key, s, e, "list-theme")
            # An item that names an initiative ("Innovation Fund") makes the initiative too.
            for ms, me, mk in self.mentions_in(s, e, ("initiative", "strategy")):
                self.link(mk, "addressesTheme", key, s, e, "list-theme", 0.6) if mk.startswith("initiative") \
                    else None

    def _recommendations_from_list(self, ln, block, heading: bool = False) -> None:
        intro = self.doc.work[ln.start:ln.end]
        maker = None
        m = _RECOMMENDED.search(intro)
        external = False
        if m:
            external = True
            before = self.mentions_in(ln.start, ln.start + m.start(), ("org", "person", "post"))
            if before:
                maker = before[-1][2]
            else:
                maker = self._recommender(intro[:m.start()])
        if maker is None and not external:
            maker = self.front.authors[0] if self.front.authors else None
        addressee = None
        am = re.search(r"\bthat the (.+?) (?:resolves|is asked|are asked|should|agrees|notes)", intro, re.IGNORECASE)
        if am:
            found = self.mentions_in(ln.start + am.start(1), ln.start + am.end(1) + 1, ("org",))
            if found:
                addressee = found[0][2]
        for num, s, t in block:
            self._add_recommendation(num, s, t, maker=maker, addressee=addressee, rule="list-recommendation")

    def find_prose_recommendations(self) -> None:
        """"The Committee recommends that ..." written as a sentence rather than a list."""
        work = self.doc.work
        for m in _PROSE_RECOMMENDS.finditer(work):
            text = m.group("text").strip()
            if text.endswith(":"):
                continue  # a list follows: find_lists reads it
            s, _ = self.doc.sentence(m.start(), m.end())
            before = self.mentions_in(s, m.start(), ("org", "person", "post"))
            maker = before[-1][2] if before else self._recommender(work[s:m.start()])
            self._add_recommendation(None, m.start("text"), text, maker=maker, rule="prose-recommendation")

    def _recommender(self, words: str) -> str | None:
        """Who "the peer team", "the auditor" or "the Commission" is in this paper."""
        low = words.lower()
        for ent in self.entities.values():
            if self.family(ent.type) != "org":
                continue
            kind = ent.attributes.get("kind")
            if "peer" in low and ("LGA" in ent.aliases or ent.label in ("LGA", "Local Government Association")):
                return ent.key
            if "audit" in low and kind == "external-auditor":
                return ent.key
            head = ent.label.split()[-1].lower()
            if re.search(rf"\b(?:the|this) {re.escape(head)}\b", low) and head in ("commission", "committee",
                                                                               "panel", "review", "inquiry"):
                return ent.key
        return None

    def _add_recommendation(self, num: str | None, s: int, text: str, *, maker=None, addressee=None,
                            rule: str, status: str | None = None, date: str | None = None) -> str:
        text = " ".join(text.split())
        e = s + len(text)
        label = _item_label(text, limit=300)
        committee = self.front.committee
        if addressee is None:
            found = self.mentions_in(s, min(e, s + 80), ("org",))
            if found:
                addressee = found[0][2]
            elif committee and self.front.kind != "response" and maker is None:
                addressee = committee
        key = self.add("Recommendation", label, s, e, rule, key=f"recommendation:{_norm(label)[:120]}",
                       number=num or None, status=status, date=date)
        if maker:
            self.link(key, "madeBy", maker, s, e, rule, 0.7)
        if addressee:
            self.link(key, "addressedTo", addressee, s, e, rule, 0.75)
        return key

    # -- response tables ------------------------------------------------------------------

    def find_response_tables(self) -> None:
        """Recommendations with the executive's verdict and comment, from a table or from prose."""
        doc = self.doc
        work = doc.work
        cells: list[tuple[int, int, str]] = []
        for ln in doc.lines:
            pos = ln.start
            for part in work[ln.start:ln.end].split("\t"):
                if part.strip():
                    lead = len(part) - len(part.lstrip())
                    cells.append((pos + lead, pos + lead + len(part.strip()), part.strip()))
                pos += len(part) + 1
        header = None
        for i, (s, e, t) in enumerate(cells):
            if re.fullmatch(r"(?i)recommendations?(?: ?\(?s\)?)?:?", t):
                window = [c[2].lower().rstrip(" ?:") for c in cells[i + 1:i + 4]]
                if any(w in self.lex.verdict_headers or w.rstrip("?") in self.lex.verdict_headers or
                       w.rsplit(" ", 1)[-1].rstrip("?") in self.lex.verdict_headers for w in window):
                    header = i
                    break
        prose = re.search(r"(?im)^[ \t\-•*]*recommendation[ \t]+\d{1,3}[ \t]*[:.\-–]", work)
        if header is None and prose is None:
            return
        responder, maker, made_date = self._response_parties()
        committee = self.entities.get(self.front.committee or "")
        if maker is None and committee is not None and committee.attributes.get("kind") == "scrutiny-committee":
            maker = committee.key
        if maker is None and self.front.kind == "audit report" and self.front.authors:
            maker = self.front.authors[0]  # an audit's recommendations are the auditor's
        response_date = None
        dm = re.search(r"(?i)date of (?:the )?(?:draft |final )?response[ \t]*:?[ \t]*([^\n]+)", work)
        if dm:
            response_date = parse_date(dm.group(1))
        rows = []  # [number, start, text_parts, verdict, verdict_span, comment_parts]
        current = None
        start_cell = header + 1 if header is not None else 0
        for s, e, t in cells[start_cell:]:
            if re.match(r"(?i)date of (?:the )?(?:draft |final )?response", t):
                break
            fm = re.match(r"([A-Za-z ]{2,30}):", t)
            if fm and _FIELDS.get(fm.group(1).strip().lower()) in ("author", "date", "committee", "title"):
                break
            nm = re.match(r"(?i)^(?:recommendation[ \t]+|rec\.?[ \t]*|r)?(\d{1,3})[ \t]*[.):\-–]?(?:[ \t]+|$)(.*)$", t) \
                or (re.match(r"^\(?([a-z])[.)]?$()", t) if header is not None else None)
            if nm and (current is None or current[3] is not None or not current[2]) and \
                    (header is not None or t.lower().startswith("recommendation")):
                current = [nm.group(1), s + nm.start(2) if nm.group(2) else None, [], None, None, [], None]
                if nm.group(2):
                    current[2].append((s + nm.start(2), e, nm.group(2)))
                rows.append(current)
                continue
            if current is None:
                continue
            if current[3] is None:
                rm = re.match(r"(?i)^(?:([\w ]{0,30}?)[ \t]*response[ \t]*[:\-–][ \t]*)(.*)$", t)
                verdict_text = rm.group(2) if rm else t
                if rm and rm.group(1) and current[6] is None:
                    who = self.mentions_in(s, s + len(rm.group(1)) + 1, ("org", "post"))
                    current[6] = who[0][2] if who else None
                v = _verdict_in(verdict_text)
                if v is not None and (current[2] or self._recommendation_numbered(current[0])):
                    concept, used = v
                    vs = s + (rm.start(2) if rm else 0)
                    current[3] = concept
                    current[4] = (vs, vs + used)
                    rest = verdict_text[used:].lstrip(" .,:;-–")
                    if rest:
                        current[5].append((e - len(rest), e, rest))
                    continue
                if current[1] is None:
                    current[1] = s
                current[2].append((s, e, t))
            else:
                current[5].append((s, e, t))
        for number, s0, parts, verdict, vspan, comment, who in rows:
            if not parts:
                # A row that only names a recommendation listed earlier ("| b | Accepted in part | ... |").
                rec = self._recommendation_numbered(number)
                if rec is None or verdict is None:
                    continue
                parts = [(vspan[0], vspan[1], "")]
            else:
                text = " ".join(p[2] for p in parts)
                rec = self._add_recommendation(number, parts[0][0], text, maker=maker, addressee=None,
                                               rule="response-table", date=made_date)
            s = parts[0][0]
            if maker:
                self.link(rec, "madeBy", maker, s, parts[-1][1], "response-table", 0.85)
            if verdict is None:
                continue
            comment_text = " ".join(" ".join(c[2] for c in comment).split())
            rkey = self.add("Response", f"Response to recommendation {number}" +
                            (f": {verdict.label}" if verdict else ""), vspan[0], vspan[1], "response-table",
                            key=f"response:{_norm(rec)}", verdict=verdict.id,
                            comment=comment_text or None, date=response_date or self.front.date)
            self.link(rkey, "respondsTo", rec, vspan[0], vspan[1], "response-table")
            by = who or responder
            if by:
                self.link(rkey, "respondedBy", by, vspan[0], vspan[1], "response-table", 0.85)
                self.link(rec, "addressedTo", by, s, parts[-1][1], "response-table", 0.7)

    def _recommendation_numbered(self, number: str) -> str | None:
        return next((k for k, e in self.entities.items()
                     if e.type == "Recommendation" and e.attributes.get("number") == number), None)

    def _response_parties(self) -> tuple[str | None, str | None, str | None]:
        """Who responds to whose recommendations: "X response to recommendations of Y made on DATE"."""
        work = self.doc.work
        m = _RESPONSE_TITLE.search(work[:5000])
        if not m:
            return None, None, None
        ln_start = work.rfind("\n", 0, m.start()) + 1
        ln_end = work.find("\n", m.end())
        ln_end = len(work) if ln_end < 0 else ln_end
        before = self.mentions_in(ln_start, m.start(), ("org", "post"))
        after = self.mentions_in(m.end(), ln_end, ("org",))
        responder = before[-1][2] if before else None
        maker = after[0][2] if after else None
        dm = re.search(r"made on ([^\n]{0,40})", work[m.end():ln_end])
        return responder, maker, parse_date(dm.group(1)) if dm else None

    # -- minutes: RESOLVED and Action lines --------------------------------------------------

    def find_resolved(self) -> None:
        work = self.doc.work
        committee = self.front.committee
        for m in _RESOLVED.finditer(work):
            rest = m.group("rest").strip()
            s = m.start("rest")
            if not rest or rest.endswith(":"):
                # The clauses follow as a list; find_lists reads them as recommendations with the board as maker.
                pos = m.end() + 1
                for line in work[m.end() + 1:m.end() + 20000].split("\n"):
                    im = re.match(r"[^\S\n]*[\-•*]?[^\S\n]*\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)][^\S\n]+(\S[^\n]*)", line)
                    if im:
                        self._resolved_clause(im.group(1), pos + im.start(2), im.group(2), committee)
                    elif line.strip():
                        break
                    pos += len(line) + 1
                continue
            cm = re.match(r"\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+", rest)
            if cm:
                # "RESOLVED - (1) That ...", with the next clauses on the lines below.
                self._resolved_clause(cm.group(1), s + cm.end(), rest[cm.end():], committee)
                pos = m.end() + 1
                for line in work[m.end() + 1:m.end() + 20000].split("\n"):
                    im = re.match(r"[^\S\n]*\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)][^\S\n]+(\S[^\n]*)", line)
                    if im:
                        self._resolved_clause(im.group(1), pos + im.start(2), im.group(2), committee)
                    elif line.strip():
                        break
                    pos += len(line) + 1
                continue
            self._resolved_clause(None, s, rest, committee)

    def _resolved_clause(self, num, s, text, committee) -> None:
        text = re.sub(r"(?i)^that[ \t]+", "", text.strip())
        if len(text) < 4:
            return
        key = self._add_recommendation(num, s, text, maker=committee, addressee=None, rule="resolved",
                                       status="resolved", date=self.front.date)
        return key

    def find_actions(self) -> None:
        work = self.doc.work
        for m in _ACTION.finditer(work):
            owner_text = m.group("owner").strip().rstrip(".")
            os_ = m.start("owner")
            # The action is what the paragraph before says; or "Owner to do X".
            what = None
            tm = re.match(r"(.{3,80}?)[ \t]+to[ \t]+(\w.+)$", owner_text)
            if tm and len(owner_text.split()) > 4:
                owner_span = (os_, os_ + len(tm.group(1)))
                what = (os_ + tm.start(2), os_ + tm.end(2), tm.group(2))
            else:
                owner_span = (os_, os_ + len(owner_text))
            if what is None:
                para_end = work.rfind("\n", 0, m.start())
                prev = work[:para_end].rstrip() if para_end > 0 else ""
                if not prev:
                    continue
                ss, se = self.doc.sentence(len(prev) - 1, len(prev))
                nm = re.match(r"\d{1,3}(?:\.\d{1,3})*\s+", work[ss:se])
                if nm:
                    ss += nm.end()
                rm = re.match(r"(?:RESOLVED|Resolved|AGREED)\s*[:\-–]?\s*(?:[Tt]hat\s+)?", work[ss:se])
                if rm:
                    ss += rm.end()
                sentence = work[ss:se].strip()
                if not sentence:
                    continue
                what = (ss, se, sentence)
            number = None
            para = list(re.finditer(r"(?m)^[^\S\n]*(\d{1,3}(?:\.\d{1,3})+)\s", work[max(0, m.start() - 5000):m.start()]))
            if para:
                number = para[-1].group(1)
            label = _item_label(what[2], limit=200)
            akey = self.add("Action", label, what[0], what[1], "action-line", key=f"action:{_norm(label)[:100]}",
                            number=number)
            owners = self.mentions_in(owner_span[0], owner_span[1] + 1, ("person", "post", "org"))
            if not owners:
                text = owner_text[:owner_span[1] - owner_span[0]]
                text = re.sub(r"^(?:the|The)\s+", "", text)
                if text and len(text.split()) <= 8:
                    ref = self.resolve_post_or_body(text)
                    if ref:
                        self.add_mention(ref, owner_span[0], owner_span[1], "action-line")
                        owners = [(owner_span[0], owner_span[1], ref)]
            for s, e, k in owners:
                self.link(akey, "ownedBy", k, m.start(), m.end(), "action-line")

    def find_action_tables(self) -> None:
        """Action logs: a table with an "Action" column and an "Owner" (or "Lead", "By whom") column."""
        doc = self.doc
        work = doc.work
        rows = _table_rows(work, doc.lines)
        i = 0
        while i < len(rows):
            header = [c[2].strip(" :?").lower() for c in rows[i]]
            act = next((k for k, h in enumerate(header) if h in ("action", "actions", "action required",
                                                                   "agreed action", "action agreed")), None)
            own = next((k for k, h in enumerate(header) if h in ("owner", "lead", "by whom", "who", "responsible",
                                                                   "responsible officer", "action owner", "lead officer")),
                       None)
            if act is None or own is None:
                i += 1
                continue
            i += 1
            while i < len(rows) and len(rows[i]) >= max(act, own) + 1:
                cells = rows[i]
                s, e, text = cells[act]
                os_, oe, owner = cells[own]
                label = _item_label(re.sub(r"^\d{1,3}(?:\.\d{1,3})*[.)]?\s+", "", text), limit=200)
                if len(label) >= 4:
                    key = self.add("Action", label, s, e, "action-table", key=f"action:{_norm(label)[:100]}")
                    found = self.mentions_in(os_, oe + 1, ("person", "post", "org"))
                    if not found:
                        ref = self.resolve_post_or_body(re.sub(r"^(?:the|The)\s+", "", owner))
                        found = [(os_, oe, ref)] if ref else []
                        if not found and person_words_ok(owner.split()) and 2 <= len(owner.split()) <= 3:
                            found = [(os_, oe, self.add_person(owner, os_, oe, "action-table"))]
                    for _, _, k in found:
                        self.link(key, "ownedBy", k, s, oe, "action-table")
                i += 1

    def resolve_post_or_body(self, text: str) -> str | None:
        norm = _norm(text)
        for ent in self.entities.values():
            if ent.type in _AGENT and (_norm(ent.label) == norm or norm in {_norm(a) for a in ent.aliases}):
                return ent.key
        return None

    # -- indicators and targets -----------------------------------------------------------------

    def find_indicators(self) -> None:
        doc = self.doc
        for m in self.lex.indicator_matcher.find(doc.work, lowered=doc.low):
            ext = _AT_AGE.match(doc.work, m.end)
            if ext:
                m = type(m)(m.start, ext.end(), m.value)
            pre = _WHO_IN.search(doc.work, max(0, m.start - 30), m.start)
            if pre:
                m = type(m)(pre.start(), m.end, m.value)  # "households in fuel poverty"
            label = doc.work[m.start:m.end]
            s, e = doc.sentence(m.start, m.end)
            sentence = doc.work[s:e]
            target = None
            if re.search(r"(?i)\btargets?\b|\bby \d{4}\b", sentence):
                tm = _TARGET.search(sentence)
                if tm:
                    target = " ".join(tm.group().split())
            self.add("Indicator", label[:1].upper() + label[1:] if label.islower() else label, m.start, m.end,
                     "indicator", target=target)

    # -- relations between what was found --------------------------------------------------

    def find_relations(self) -> None:
        doc = self.doc
        work = doc.work
        ments = sorted(set(self._mentions))
        by_start = defaultdict(list)
        for s, e, k in ments:
            by_start[s].append((e, k))
        # Possessive: "Oxford City Council's Policy and Partnership Team" -> team part of council.
        for s, e, k in ments:
            if not k.startswith("org:"):
                continue
            tail = work[e:e + 3]
            if tail.startswith(("’s ", "'s ")):
                for e2, k2 in by_start.get(e + 3, []):
                    if k2.startswith("org:"):
                        self.link(k2, "subOrganisationOf", k, s, e2, "possessive")
            # Post (Body): "The Head of Performance (City and Hackney CCG)".
        for s, e, k in ments:
            if not k.startswith("post:"):
                continue
            m = re.match(r"[ \t]*\(", work[e:e + 8])
            if m:
                for e2, k2 in by_start.get(e + m.end(), []):
                    if k2.startswith("org:"):
                        self.link(k, "postIn", k2, s, e2 + 1, "post-in")
            m2 = re.match(r",?[ \t]+(?:of|at|for|in)[ \t]+(?:the[ \t]+)?", work[e:e + 12])
            if m2:
                for e2, k2 in by_start.get(e + m2.end(), []):
                    if k2.startswith("org:"):
                        self.link(k, "postIn", k2, s, e2, "post-in")
        # A person's "(Chair)" and the Chair of the meeting's board.
        committee = self.front.committee
        for s, e, k in ments:
            if k.startswith("person:"):
                m = re.match(r"[ \t]*\((Chair|Chairman|Vice[- ]Chair)\)", work[e:e + 20])
                if m and committee:
                    self.link(k, "chairs" if m.group(1).startswith("Chair") else "memberOf", committee, s,
                              e + m.end(), "relation")
            if k == "post:chair" and committee:
                self.link(k, "chairs", committee, s, e, "relation", 0.7)
                self.link(k, "postIn", committee, s, e, "post-in", 0.7)
        # Sentence-level relations: only sentences where a relation's wording occurs.
        done: set[tuple[int, int]] = set()
        for m in _relation_words().find(work, lowered=doc.low):
            span = doc.sentence(m.start, m.end)
            if span in done:
                continue
            done.add(span)
            self._sentence_relations(*span)

    def _sentence_relations(self, s: int, e: int) -> None:
        work = self.doc.work
        sentence = work[s:e]
        orgs = self.mentions_in(s, e, ("org",))
        agents = self.mentions_in(s, e, ("org", "person", "post"))
        author_org = self._author_org()
        m = _LEADS.search(sentence)
        if m:
            after = [x for x in agents if x[0] >= s + m.end()]
            before = [x for x in self.mentions_in(s, e, ("org", "initiative", "strategy")) if x[1] <= s + m.start()]
            if after and before:
                rel = "chairs" if "chair" in m.group().lower() else "leads"
                subj, obj = after[0][2], before[-1][2]
                if rel == "chairs" and not obj.startswith("org:"):
                    rel = "leads"
                self.link(subj, rel, obj, s, e, "leadership")
            elif after and "group" in sentence[:m.start()].lower():
                grp = self._recent_group(s)
                if grp:
                    self.link(after[0][2], "leads", grp, s, e, "leadership")
        m = _MEMBERSHIP.search(sentence)
        if m and not _PARTNERS.search(sentence[:m.start()]):
            subj_cands = [x for x in orgs if x[1] <= s + m.start()]
            grp = subj_cands[-1][2] if subj_cands else (self._recent_group(s) if re.search(
                r"(?i)\bthis (?:group|board|partnership|panel|forum|network)\b", sentence[:m.start()]) else None)
            if grp:
                for x in agents:
                    if x[0] >= s + m.end() and x[2] != grp and work[x[1]:x[1] + 2] not in ("’s", "'s"):
                        self.link(x[2], "memberOf", grp, s, e, "membership")
        m = _ENGAGED.search(sentence)
        if m and author_org and re.search(r"(?i)\b(?:we|our|the council)\b", sentence[:m.start()] + " "):
            for x in orgs:
                if x[0] >= s + m.end() and x[2] != author_org and self.entities[x[2]].type in ("Board", "Partnership"):
                    self.link(author_org, "memberOf", x[2], s, e, "membership", 0.65)
        m = _PARTNERS.search(sentence)
        if m:
            before = [x for x in orgs if x[1] <= s + m.start()]
            subj = before[-1][2] if before else author_org
            if subj:
                for x in orgs:
                    if x[0] >= s + m.end() and x[2] != subj and self.entities[x[2]].type == "Organisation":
                        self.link(subj, "partnerOf", x[2], s, e, "partnership")
        m = _DELIVERS.search(sentence)
        if m:
            work_item = self._main_initiative()
            before = [x for x in agents if x[1] <= s + m.start()]
            after = [x for x in agents if x[0] >= s + m.end()]
            if "by" in m.group() and after:
                target = [x for x in self.mentions_in(s, s + m.start(), ("initiative", "strategy"))]
                obj = target[-1][2] if target else work_item
                if obj:
                    self.link(obj, "deliveredBy", after[0][2], s, e, "delivery")
            elif before and work_item:
                self.link(work_item, "deliveredBy", before[-1][2], s, e, "delivery")
        m = _FUNDED.search(sentence)
        if m:
            work_items = self.mentions_in(s, s + m.start(), ("initiative", "strategy"))
            funders = [x for x in orgs if x[0] >= s + m.end()]
            if work_items and funders:
                self.link(work_items[-1][2], "fundedBy", funders[0][2], s, e, "funding")
        m = _REPORTS.search(sentence)
        if m:
            before = [x for x in orgs if x[1] <= s + m.start()]
            after = [x for x in orgs if x[0] >= s + m.end()]
            if before and after:
                low = m.group().lower()
                rel = "accountableTo" if "accountable" in low or "answerable" in low else \
                    "subOrganisationOf" if "group of" in low else "reportsTo"
                self.link(before[-1][2], rel, after[0][2], s, e, "reports-to")

    def _recent_group(self, pos: int) -> str | None:
        for s, e, k in self._mentions.iter_back(pos):
            if s < pos - 3000:
                break  # "this group" means one named nearby
            if e <= pos and k.startswith("org:") and k in self.entities and \
                    self.entities[k].type in ("Partnership", "Board"):
                return k
        return None

    def _author_org(self) -> str | None:
        """The council (or body) whose paper this is: the one "we" means."""
        if self._author_cache is not None:
            return self._author_cache[0]
        self._author_cache = (self._find_author_org(),)
        return self._author_cache[0]

    def _find_author_org(self) -> str | None:
        councils = [e for e in self.entities.values() if e.attributes.get("kind") == "council"
                    and not e.label.lower().startswith("county")]
        if councils:
            return max(councils, key=lambda e: (self.place is not None and self.place in e.label, len(e.evidence))).key
        return None

    def _main_initiative(self) -> str | None:
        title = self.front.title or ""
        for ent in self.entities.values():
            if ent.type in ("Initiative", "Strategy") and ent.label in title:
                return ent.key
        inits = [e for e in self.entities.values() if e.type == "Initiative"]
        return inits[0].key if len(inits) == 1 else None


# -- helpers ----------------------------------------------------------------------------------

def _is_kind_name(label: str) -> bool:
    """Whether a label is only the name of a kind of body ("Primary Care Trusts", "Local Authorities")."""
    low = " ".join(label.lower().replace("-", " ").split())
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low
    kind = lookup("kinds", low) or lookup("kinds", singular)
    # Plural partnership kinds ("Thematic Boards") name a place's set of boards; keep those.
    return kind is not None and kind.type == "Organisation"


def _honorific(word: str) -> str:
    w = word.rstrip(".")
    return {"Cllr": "Councillor", "Prof": "Professor"}.get(w, w)


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


def _subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


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
                # "... for Communities and Place and Deputy Chief Executive": keep the tail after "and".
                cut = r.label.find(" and ", max(0, o.end - r.start - 1))
                if cut < 0:
                    drop = True
                else:
                    r.label = r.label[cut + 5:]
                    r.start = r.end - len(r.label)
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


def _style(m: re.Match) -> str:
    num = m.group("num") or ""
    if m.group("bullet") and not num:
        return "bullet"
    core = num.strip("().*")
    if core.isdigit():
        return "digit" + ("." if num.endswith(".") else ")" if num.endswith(")") else "")
    if re.fullmatch(r"\d+(?:\.\d+)+", core):
        return "dotted"
    if core and core in "ivxlIVXL" and len(core) > 1:
        return "roman"
    return "letter" if core.isalpha() else "other"


def _starts_upper(t: str) -> bool:
    return bool(t) and (t[0].isupper() or t[0].isdigit())


def _item_label(text: str, limit: int = 200) -> str:
    """A list item's words, without the joins that tie it to the next ("; and")."""
    t = " ".join(text.split())
    t = re.sub(r"(?:[;,]?\s*(?:and|or))$", "", t).strip()
    t = t.rstrip(" ;,:.")
    if len(t) > limit:
        cut = t[:limit].rsplit(" ", 1)[0]
        t = cut + "…"
    return t


def _singular(label: str) -> str:
    if label.endswith("agreements"):
        return label[:-1]
    if label.endswith(("strategies",)):
        return label[:-3] + "y"
    return label


_PART_VERDICT = re.compile(r"(?i)^(?:(?:partly|partially|in part)[ \t]+(?:accepted|agreed|supported|approved)|"
                           r"(?:accepted|agreed|supported|approved)[ \t]+in[ \t]+part)\b")
_NOT_VERDICT = re.compile(r"(?i)^not[ \t]+(?:accepted|agreed|supported|approved)\b")


def _verdict_in(text: str):
    """The verdict a response cell opens with ("Partially", "Yes - we will...", "Agreed in part.")."""
    t = text.strip()
    # A qualified verdict is the scheme's partial or negative one, whatever verb it qualifies.
    for pattern, word in ((_PART_VERDICT, "partially"), (_NOT_VERDICT, "no")):
        m = pattern.match(t)
        if m:
            return verdict_for(word), m.end()
    words = re.findall(r"[A-Za-z]+", t[:60])
    for n in (4, 3, 2, 1):
        if len(words) < n:
            continue
        phrase = " ".join(words[:n])
        concept = verdict_for(phrase)
        if concept is not None:
            m = re.search(r"\b" + r"\W+".join(map(re.escape, words[:n])) + r"\b", t)
            return concept, (m.end() if m else len(phrase))
    return None


_MATCHERS: dict = {}


def _cached_matcher(phrases: tuple[str, ...]):
    from .lexicon import PhraseMatcher

    if phrases not in _MATCHERS:
        _MATCHERS[phrases] = PhraseMatcher(list(phrases))
    return _MATCHERS[phrases]
