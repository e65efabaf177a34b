"""Themes, priorities and indicators: lists, numbered headings, prose, things said in passing, findings' headings and
review topics.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .lexicon import kind_of
from .rules_common import _after_words, _cue_lines, _gated, _holds, _in_lines, _line_gated, _matches_at, _odd_case, _norm, _ITEM, _DETERMINER_WORDS, _ORG, _item_label

__all__ = ["ThemeRules"]

# A link to a file with its kind and size, as committee web pages list their papers: "PDF 287 KB", "(DOCX, 1.2 MB)".
_FILE_LINK = re.compile(r"\b(?:PDF|DOCX?|XLSX?|ODT|PPTX?|RTF)\b[ ,]*\d+(?:\.\d+)?[ ]?[KMG]B\b", re.IGNORECASE)
_TARGET = re.compile(r"\b(?:reduce|reducing|increase|increasing|narrow|narrowing|improve|improving|halve|"
                     r"halving|cut|cutting|close|closing)\b[^.;\n]{0,120}?\bby[ \t]+\d+(?:\.\d+)?[ \t]*"
                     r"(?:%|per[ \t]?cent)(?:[ \t]+by[ \t]+(?:\d{4}(?:/\d{2,4})?))?", re.IGNORECASE)


# The headings of a council report's standard sections, which name a subject whatever the paper is about.
_TEMPLATE_HEADING = re.compile(r"(?i)\b(?:implications?|considerations?|comments|impacts?[ ]assessment)\b")


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


# A paragraph's run-in heading: "An ageing population. More people are ...".
_RUN_IN_HEAD = re.compile(r"(?P<h>[A-Z][^.:;!?\n]{2,70}?)[.:][ ]+[A-Z]")
_FOLLOWING = re.compile(r"(?i)\b(?:the[ ]following|these)[ ](?:\w+[ ]){0,2}(?:recommendations|priorities|themes|"
                        r"objectives|actions)\b|\b(?:recommendations|priorities|themes)\b[^.]{0,40}\bas[ ]follows\b")

# The scans below open with words grouped by first letter ("i(?<!\wi)s" is "\bis") so that each branch starts
# with a literal and the search skips ahead at C speed.
_PRIORITY_IS = re.compile(r"(?:i(?<!\wi)s|a(?<!\wa)(?:re|s)|w(?<!\ww)(?:as|ere)|r(?<!\wr)emains|"
                          r"h(?<!\wh)as been agreed[^.\n]{0,40}? as)\s+(?:also\s+)?"
                          r"(?:one of (?:the|our|its|their) (?:[\w\-’']+\s+){0,3}priorities|a (?:key |top |major |strategic |shared |clear )?"
                          r"(?:\w+\s+)?priority)\b")
# A title line's subject after the kind of work ("... Session on X", "review: X", "Group on X"), on a line of its own.
_TITLE_SUBJECT = re.compile(r"(?im)^[^\n.]{0,120}?\b(?:review|inquiry|session|report|challenge|audit|update|spotlight|deep[ ]dive|"
                            r"assessment|group|panel|investigation|look)[ ]*(?:of|on|into|:|[\-–])[ ]+(?P<t>[A-Za-z][^\n.:;]{3,90})$")
_TITLE_WORDS = ("review", "inquiry", "session", "report", "challenge", "audit", "update", "spotlight", "deep dive",
                "assessment", "group", "panel", "investigation", "look")  # one of which each title line holds
_TRAILING_YEARS_OR_CODES = re.compile(r"(?:[ ](?:19|20)\d\d(?:[/\-–](?:19|20)?\d\d)?)+$")
_NOT_A_SUBJECT = re.compile(r"(?i)\b(?:minutes|agenda|meeting|recommendations?|response|councillor|cllr|date|title|"
                            r"author|officer|director|chair|report|item|appendix|findings|feedback|progress|summary|next[ ]steps)\b")
# A concern stated about a subject: "remains the biggest barrier", "is a growing concern", "remain a concern".
_CONCERN_IS = re.compile(r"(?:r(?<!\wr)emains?|i(?<!\wi)s|a(?<!\wa)re)[ ](?:still[ ])?(?:a|an|the|our)[ ](?:[a-z]+[ ]){0,2}"
                         r"(?:concern|challenge|barrier|pressure)s?\b")
_NAMES_AS = re.compile(r"\b(?:names?|named|identif(?:y|ies|ied)|sets?|makes?|made|lists?|listed|treats?|includes?|adopts?|"
                       r"chose|chooses|sees?|considers?|recognises?|agrees?|agreed)\s+(\S.*)$")
_ONE_OF_PRIORITIES = re.compile(r"(?=[cinam])\b(?:(?:consider|identified|named|chose|agreed|adopted|made)\s+([a-z][a-z \-]{2,60}?)\s+as\s+"
                                r"|make\s+([a-z][a-z \-]{2,60}?)\s+)(?:one of (?:its|our|their|the) (?:\w+\s+)?(?:priorities|themes|objectives)|"
                                r"a (?:key |top |strategic )?priority)")
_AT_AGE = re.compile(r" (?:at|by) (?:age|the age of) (?:\d{1,2}|one|two|three|four|five|six|seven|eleven|sixteen)"
                     r"|(?: aged| at age| at) \d{1,2}(?:\+| and over|-\d{1,2})?\b")
_WHO_IN = re.compile(r"\b(?:[Hh]ouseholds|[Cc]hildren|[Aa]dults|[Pp]eople|[Rr]esidents|[Pp]upils|[Ff]amilies|[Ww]omen|[Mm]en)"
                     r" (?:in|with|living in) $")
# "Priority 1: Giving every child ...", and as a run-in heading of a numbered paragraph:
# "3.2 Priority one - Healthy places. Warm, safe homes ..." (the heading ends at its full stop).
_NUMBERED_THEME = re.compile(
    r"(?im)^[^\S\n]*(?:\d{1,2}(?:\.\d{1,2})*\.?[^\S\n]+)?(?:[\-•*][^\S\n]*)?(?:our[^\S\n]+)?(?:priority|theme|ambition|"
    r"objective|outcome|aim|goal|strategic[^\S\n]+priority|workstream|pillar|chapter|"
    r"area[^\S\n]+(?:for|of)[^\S\n]+(?:improvement|focus|development))[^\S\n]+(?P<num>\d{1,2}|[a-h]|one|two|"
    r"three|four|five|six|seven|eight)[^\S\n]*[:.\-–][^\S\n]*(?P<text>[A-Z][^\n]{3,160}?)(?:\.(?=[ \t])|:(?=[ \t])|[^\S\n]*$)")
# The same heading alone on its line, its words on the line below ("Priority 1" / "Every child has the best start in
# life").
_NUMBERED_HEADING_ALONE = re.compile(
    r"(?im)^[^\S\n]*(?:our[^\S\n]+)?(?:priority|theme|ambition|objective|outcome|aim|goal|strategic[^\S\n]+priority|"
    r"workstream|pillar)[^\S\n]+(?P<num>\d{1,2}|[a-h]|one|two|three|four|five|six|seven|eight)[^\S\n]*:?[^\S\n]*$")
# The line below such a heading when it names the priority: a short line that is no sentence.
_HEADING_BELOW = re.compile(r"\n[^\S\n]*(?P<text>[A-Z][^\n.:;]{3,100})[^\S\n]*(?=\n)")
# The words one of which each match of _NUMBERED_THEME (one line) holds, in lower case.
_NUMBERED_THEME_WORDS = ("priority", "theme", "ambition", "objective", "outcome", "aim", "goal", "workstream", "pillar",
                         "chapter", "area")
_INLINE_THEMES = re.compile(
    r"(?:p(?<!\wp)riorities|t(?<!\wt)hemes|o(?<!\wo)(?:bjectives|utcomes)|a(?<!\wa)(?:mbitions|ims|reas of focus)|"
    r"g(?<!\wg)oals|w(?<!\ww)ork areas|i(?<!\wi)ssues)"
    r"(?:[ ](?:are|were|will be|include|includes|included))?[ ]?:[ ](?P<items>[^.\n:]{5,400}?(?:,| and)[^.\n:]{3,200})"
    r"(?=\.|\n|$)")
# Themes named in capitals after their kind: "Its four themes are Starting Well, Living Well, Ageing Well and Mental
# Wellbeing, with ...".
_CAPITAL_WORDS = r"[A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*){0,3}"
_CAPITAL_THEMES = re.compile(
    r"(?:p(?<!\wp)riorities|t(?<!\wt)hemes|a(?<!\wa)mbitions|g(?<!\wg)oals)[ ](?:are|were|include)[ ]"
    r"(?P<items>" + _CAPITAL_WORDS + r"(?:,[ ]" + _CAPITAL_WORDS + r")+,?[ ]and[ ]" + _CAPITAL_WORDS + r")\b")
# Themes named in quotes before their kind: keep the "Start Well, Live Well, Age Well" life-course themes.
_QUOTED_THEMES = re.compile(
    r"[\"“](?P<items>[A-Z][\w'’-]*(?:[ ][A-Za-z][\w'’-]*){0,3}(?:(?:,[ ]|,?[ ]and[ ])[A-Z][\w'’-]*"
    r"(?:[ ][A-Za-z][\w'’-]*){0,3}){1,7})[\"”](?:[ ][a-z][a-z-]*){0,2}[ ](?:themes|priorities|ambitions|outcomes|"
    r"objectives|aims|goals)\b")
# What an audit or review looked at: "The audit reviewed assessment and set-up, financial monitoring, and ...".
_SCOPE_WORDS = ("audit reviewed", "audit examined", "audit covered", "audit looked at", "review examined",
                "review covered", "review looked at", "inspection looked at", "audit considered")
_SCOPE_LIST = re.compile(r"[ ](?P<items>[a-z][^.\n:;]{3,300}?,[^.\n:;]{3,300})(?=\.)")
# The same without a colon: "Its priorities are healthy food environments, active travel and ...".
# The words every match of _INLINE_THEMES, _INLINE_THEMES_BARE, _CAPITAL_THEMES or _BRACKET_THEMES starts with
# and every match of _QUOTED_THEMES holds.
_THEME_WORDS = ("priorities", "themes", "objectives", "ambitions", "aims", "goals", "outcomes", "work areas",
                "areas of focus", "issues")
# The same between dashes: "has seven priorities – starting well, living well, ageing well and community
# resilience – and each has six actions".
_DASHED_THEMES = re.compile(
    r"(?:p(?<!\wp)riorities|t(?<!\wt)hemes|o(?<!\wo)(?:bjectives|utcomes)|a(?<!\wa)(?:mbitions|ims)|g(?<!\wg)oals)"
    r"[ ][–—][ ](?P<items>[a-z][^–—.\n:;]{3,300}?(?:,|[ ]and)[^–—.\n:;]{3,200}?)[ ][–—][ ]")
_INLINE_THEMES_BARE = re.compile(
    r"(?:p(?<!\wp)riorities|t(?<!\wt)hemes|o(?<!\wo)bjectives|a(?<!\wa)(?:mbitions|ims|reas of focus)|g(?<!\wg)oals|"
    r"w(?<!\ww)ork areas)[ ](?:are|were|include|included)[ ]"
    r"(?!(?:agreed|set|listed|shown|described|outlined|given|being|as|to|the|that|in|on|for|not)\b)"
    r"(?P<items>[a-z][^.\n:;]{3,300}?,[^.\n:;]{3,200}?[ ]and[ ][^.\n:;]{3,120})(?=\.)")

# A list of priorities in brackets after their name: "clear priorities (children's health, mental wellbeing, older
# people and health inequalities)"; and after "clinical areas:" or "priority areas:".
_BRACKET_THEMES = re.compile(
    r"(?:p(?<!\wp)riorities|t(?<!\wt)hemes|o(?<!\wo)bjectives|a(?<!\wa)(?:mbitions|reas of focus)|g(?<!\wg)oals)[ ]\("
    r"(?P<items>[a-z][^()\n.:;]{3,300}?(?:,|[ ]and[ ])[^()\n.:;]{3,200})\)")
_AREAS_THEMES = re.compile(
    r"(?:c(?<!\wc)linical|p(?<!\wp)riority|k(?<!\wk)ey|f(?<!\wf)ocus|p(?<!\wp)olicy)[ ]areas(?:[ ](?:are|were|include))?[ ]?:[ ]"
    r"(?P<items>[a-z][^.\n:;]{3,300}?(?:,|[ ]and[ ])[^.\n:;]{3,200}?)(?=\.|\n|;|$)")
_AREAS_WORDS = ("clinical areas", "priority areas", "key areas", "focus areas", "policy areas")
# The national indicators of Local Area Agreements (2008-2011) and the NHS's Vital Signs: "NI 39 Alcohol-harm related
# hospital admissions", "NI 56".
_NATIONAL_INDICATOR = re.compile(r"N(?<!\wN)I[ ]?(?P<num>\d{1,3})\b(?:[ ]+(?P<desc>[A-Z][a-z][^\n\d()]{3,70}?))?"
                                 r"(?=[ ]{2,}|[ ]*\(|[ ]*[,.;:)]|[ ]*\n|[ ]*$)")
# A numbered item of minutes on a line of its own, and the items that are procedure, not a subject.
_AGENDA_ITEM = re.compile(r"(?m)^[ \t]*(?:\d{1,3}\.?|[Ii]tem[ \t]+\d{1,3}[ \t]*[:\-–.]?)[ \t]+(?P<h>[A-Z][A-Za-z’'\-]+(?:[ ][A-Za-z’'\-]+){0,6})[ \t]*$")
_PROCEDURAL = re.compile(r"(?i)\b(?:minutes|record of (?:the )?(?:previous )?meeting|declarations?|interests?|apologies|work programme|forward plan|"
                         r"any other business|date of (?:the )?next|chair'?s? (?:announcements|business)|questions|"
                         r"petitions|welcome|introductions|exclusion|matters arising|urgent business|deputations|"
                         r"membership|terms of reference|appointments?|updates?|recommendations?)\b")

# "Scheme 1: Home First, our ...", "Project 2 - The Community Wellbeing Service".
_NUMBERED_SCHEME = re.compile(r"(?m)^[ \t]*(?:Scheme|Project|Initiative|Workstream)[ \t]+(?P<num>\d{1,2})[ \t]*[:.\-–][ \t]*"
                              r"(?P<name>(?:The[ ])?[A-Z][\w’'\-]*(?:[ ](?:and[ ]|of[ ]|for[ ])?[A-Z][\w’'\-]*){0,6})")
# "We will track A, B and C.": a list of measures in prose.
_TRACKS = re.compile(r"(?:w(?<!\ww)(?:ill|e)|t(?<!\wt)o)[ ](?:track|monitor|measure|report on)[ ](?P<items>[a-z][^.;:\n]{3,300}?,"
                     r"[^.;:\n]{3,300})(?=\.)")

# A review group's name: its subject, then the kind of group.
_TRACKS_CUES = (" track ", " monitor ", " measure ", " report on ")  # one in each match of _TRACKS, on one line
_NUMBERED_SCHEME_WORDS = ("scheme", "project", "initiative", "workstream")  # likewise for _NUMBERED_SCHEME
_REVIEW_GROUP = re.compile(r"^(?P<topic>.+?)[ ](?:Task[ ]and[ ]Finish|Task|Review|Inquiry|Scrutiny[ ]Review)[ ]"
                           r"(?:Group|Panel)$")
# "a loneliness charter", "the breakfast club pilot", "a loneliness champion": one or two lower-case words before
# the head of an initiative or a post.
_LOWER_POST_HEADS = frozenset({"champion", "ambassador", "coordinator", "co-ordinator", "lead"})
# The heads of initiatives and posts named in lower case ("a loneliness charter").
_LOWER_HEADS = ("charter", "toolkit", "pilot", "protocol", "policy", "champion", "ambassador", "coordinator",
                "co-ordinator", "lead", "service", "hub", "scheme", "campaign", "fund", "programme")
# Opening words grouped by first letter ("t(?<!\wt)o" is "\bto"): each branch starts with a literal, so the
# search skips ahead at C speed.
_LOWER_INITIATIVE = re.compile(r"(?:a(?<!\wa)(?:|n)|t(?<!\wt)he|n(?<!\wn)o|e(?<!\we)(?:very|ach)|o(?<!\wo)(?:ne|ur)|i(?<!\wi)ts|"
                               r"t(?<!\wt)heir)[ ](?P<mod>[a-z][a-z\-]{3,}(?:[ ](?:[a-z][a-z\-]{2,}|[A-Z]{2,5})){0,3})[ ]"
                               r"(?P<head>" + "|".join(_LOWER_HEADS) + r")\b")
# Every match holds a head after a space, on one line: only the lines that hold one are worth trying.
_LOWER_INITIATIVE_CUES = tuple(" " + head for head in _LOWER_HEADS)
_GENERIC_MODIFIERS = frozenset("""new draft current existing proposed national local first second further small
    large successful planned previous recent final full single named designated dedicated same whole wider public
    council clinical senior good better best quality""".split())
# A section heading on a line of its own ("2. Findings", "Key findings"), and the headings that open findings.
_SECTION_HEADING = re.compile(r"^[ \t]*(?:\d{1,2}\.?[ \t]+)?(?P<t>[A-Z][A-Za-z ,&'’\-]{2,60}?)[ \t]*:?[ \t]*$")
_FINDINGS = re.compile(r"(?i)\bfindings\b|what we found|areas (?:of|for) (?:focus|review|improvement)|key issues")
_FINDINGS_WORDS = ("findings", "what we found", "areas of ", "areas for ", "key issues")  # one in each match
# "2.1 Financial sustainability. The council ...": a short heading run into its paragraph.
_RUN_IN_HEADING = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+(?P<h>[A-Z][a-z][\w’'\-]*(?:,?[ ][\w’'\-]+){0,7})"
                             r"\.[ \t]+[A-Z]")
_ONLY_OPENS_A_LIST = re.compile(r"\b(?:as[ ]follows|the[ ]following|set[ ]out[ ]below|listed[ ]below|below)[ ]?:$")
# "Finding 2: Partner monitoring and reconciliation      Priority: HIGH", "Issue 3 - Contract variations (Medium)": a
# numbered finding's title on its own line, with its rating after it.
_NUMBERED_FINDING = re.compile(r"(?m)^[ \t]*(?:Finding|FINDING|Issue|ISSUE)[ ]\d{1,2}[ \t]*[:.\-–][ \t]+"
                               r"(?P<h>[A-Z][a-z][\w’'\-]*(?:,?[ ][\w’'\-]+){0,7})[ \t]*"
                               r"(?:(?:Priority|Rating|Risk)[ ]?(?:rating)?[ \t]*:[ \t]*[A-Za-z]+|\([A-Za-z]+\))?"
                               r"[ \t]*$")
# "4.2 Prevention and inequalities" on a line of its own over its paragraphs.
_OWN_LINE_HEADING = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+(?P<h>[A-Z][a-z][\w’'\-]*(?:,?[ ][\w’'\-]+){0,7})[ \t]*$")
# A theme named in passing after a verb or noun of attention; the noun ("investment in") stays in the label.
_PASSING_THEME = re.compile(
    r"(?=[IiFfEeTtRrLlCcDdMmSsGgPpWwBbUu])\b(?:(?P<noun>(?:[Ii]nvestment|[Ff]ocus|[Ee]mphasis)[ ](?:in|on))|[Ii]nvest(?:ing)?[ ]in|[Ff]ocus(?:ing|ed)?[ ]on|"
    r"[Tt]ackl(?:e|es|ing)|[Rr]educ(?:e|es|ing)|[Ll]ook(?:ed|ing)?[ ]at|[Cc]oncerns?[ ](?:about|over)|[Dd]iscussed|[Rr]eview[ ](?:of|into)|[Ii]nquiry[ ]into|[Mm]ake[ ](?:more|better)[ ]use[ ]of|"
    r"(?:[Ss]ession|[Ww]orkshop|[Bb]riefing|[Dd]ebate|[Rr]eport|[Uu]pdate)[ ]on)"
    r"(?=[ ](?P<np>(?:[A-Z]{2,6}(?=[ ][a-z])|[a-z][a-z\-]*)(?:[ ][a-z][a-z\-]*){0,7}))")  # a lookahead: the phrase may hold another trigger
# The words a match of _PASSING_THEME starts with (in lower case).
_PASSING_WORDS = ("invest", "focus", "emphasis", "tackl", "reduc", "look", "concern", "discussed", "review", "inquiry",
                  "make", "session on", "workshop on", "briefing on", "debate on", "report on", "update on")
_NP_STOP = frozenset("""when which that who whom whose to for by with from as is are was were will would should can could
    against including like such via per towards toward upon about
    be been being has have had but so if while whilst because across through over at this these those in into on
    within without than then there their its our how what where why not no more most also promote improve reduce
    increase ensure support make deliver develop build provide raise tackle address meet before after during until
    since""".split())
# A noun and the preposition that belongs to it in a theme: "access to primary care", "support for unpaid carers".
_NOUN_JOINS = frozenset({("access", "to"), ("support", "for"), ("help", "for"), ("transition", "to"),
                         ("services", "for"), ("care", "for")})
_TARGET_OF = re.compile(r"(?=[RrIiHhCc])\b(?:[Rr]educe|[Ii]ncrease|[Hh]alve|[Cc]ut|[Rr]aise|[Ii]mprove)[ ](?P<what>[a-z][a-z0-9\- ]{2,80}?)"
                        r"[ ]by[ ]\d+(?:\.\d+)?[ ]?(?:%|per[ ]?cent)")
_MEASURE_OF = re.compile(r"(?:u(?<!\wu)ptake|p(?<!\wp)revalence|i(?<!\wi)ncidence|R(?<!\wR)ates?|r(?<!\wr)ates?)[ ]of[ ](?P<np>[a-z][a-z\-]*(?:[ ][a-z][a-z\-]*){0,5})")
# "31.8 per cent of five-year-olds had visibly obvious tooth decay": a share of a group that has or does something;
# the group and what it has name the measure.  Found from the unit (a literal), the number checked behind it.
_SHARE_OF = re.compile(r"(?<=\d)[ ]?(?:%|per[ ]?cent)[ ]of[ ](?:the[ ]|our[ ])?(?P<who>[A-Za-z0-9][\w’'\-]*(?:[ \n][\w’'\-]+){0,7}?)"
                       r"[ \n](?P<verb>had|have|has|were|was|are|is|start|started|came|left|received|reported|said|felt|"
                       r"used|attended|waited)(?P<what>(?:[ \n][\w’'\-]+){1,12})")
# "the proportion of mothers smoking at the time of delivery had fallen": a proportion names its measure; so does a
# number that a sentence says rose or fell ("The number of carers' assessments completed fell from 2,410").
_PROPORTION_OF = re.compile(r"(?:[Pp](?<!\w[Pp])roportion|[Pp](?<!\w[Pp])ercentage|[Nn](?<!\w[Nn])umber)[ ]of[ ]"
                            r"(?P<np>(?:the[ ])?[A-Za-z0-9][\w’'\-]*(?:[ \n][\w’'][\w’'\-]*){0,13})")
# Where a measure's wording ends: its verb, a comparison or a year.
_MEASURE_END = re.compile(r"[ \n](?:had|has|have|is|was|were|are|fell|rose|remains|remained|increased|decreased|"
                          r"doubled|halved|will|would|should|could|can|against|compared|than|while|but|which|"
                          r"in[ ](?:19|20)\d\d|from[ ]\d|by[ ](?:19|20)\d\d|to[ ]\d)\b")
_MOVED = re.compile(r"[ \n](?:(?:has|have|had)[ ](?:risen|fallen|increased|decreased|doubled|halved|gone[ ](?:up|down))|"
                    r"fell|rose|increased|decreased|doubled|halved)\b[^.\n]{0,40}\d")
_FUNCTION_WORDS = frozenset("as they the a an of and or to in on at for with by who that it".split())
# A table row of figures: a measure's name then its values ("Carers satisfied with social services (%)  38.0  33.8").
_FIGURE = re.compile(r"[<>~≈]?[-–]?\d[\d,]*(?:\.\d+)?(?:[ ]?%|[ ](?:years?|days?|weeks?|months?|hours?|minutes?|"
                     r"per[ ]cent))?")
# The heading of a table's column of measures (in lower case).
_MEASURE_HEADINGS = frozenset({"indicator", "indicators", "measure", "measures", "metric", "metrics", "kpi", "kpis",
                               "key performance indicator", "performance indicator", "outcome measure",
                               "outcome measures", "outcome indicator", "outcome indicators", "key measures",
                               "how we will measure success", "success measure", "success measures"})
_NOT_FIGURE_CELL = frozenset({"-", "–", "—", "n/a", "na", "..", "*", "x", "tbc", "not available"})
_UNIT = re.compile(r"[ ]*\((?:%|per[ ][\d,]+|rate|number|years?|score[^)]*|days?|weeks?|£[^)]*|[a-z ]*per[^)]*)\)$")
_NOT_MEASURE_ROWS = frozenset("total totals subtotal sub-total year date ward wards area budget spend cost costs income "
                              "grand source".split())
_MEASURES_SENTENCE = re.compile(r"\b(?:indicators?|measures?|measured|metrics?|targets?|kpis?)\b")
# A one-word topic that is also a verb, said as the verb: "reoffending falls below the London average".
_VERB_AFTER = re.compile(r"[ ](?:below|above|to|by|short|within|under|outside|into|away|back|from|again|further)\b")
# "the chlamydia detection rate": found by " rate" (a literal, skipped to at C speed), its words read before it.
_RATE = re.compile(r" rates?\b")
_RATE_WORDS = re.compile(r"(?:\b[Tt]he|\ba|\bour|\bits)[ ](?P<np>[a-z][a-z\-]+(?:[ ][a-z][a-z\-]+){0,2})$")
_COUNT_OF = re.compile(r"\d(?<![\w£$,.]\d)\d{0,2}(?:,\d{3})+[ ](?P<np>[a-z][a-z\-]+(?:[ ][a-z][a-z\-]+){0,2}s)\b(?![ ][a-z]+s\b)")
_ING_NOUNS = frozenset("""smoking drinking gambling housing wellbeing well-being learning parenting bullying vaping
    safeguarding training funding""".split())
_NP_NOT_FIRST = frozenset("""small large wide narrow few number range variety all some each every any other many
    two three four five six seven eight nine ten several""".split())
_NP_NOT_THEMES = frozenset("""report reports paper papers item items options option issue issues proposals proposal costs
    cost detail details matter matters way ways work it this that them these those evidence figures data
    information progress position areas area themes priorities questions""".split())


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(?=[A-Z])")


_FOR_SUBJECT = re.compile(r"[ ](?:for|due[ ]to|from|related[ ]to)[ ]([a-z][a-z\- ]{2,40})")


# A heading about recommendations given elsewhere ("Reasons for the recommendations", "Implications of the
# recommendations").
_ABOUT_RECOMMENDATIONS = re.compile(r"\b(?:reasons?|rationale|background|implications?)[ \t]+(?:for|to|of)[ \t]+"
                                    r"(?:the[ \t]+|these[ \t]+|our[ \t]+)?recommendations?\b")


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


# What a line that may introduce a list holds (in lower case): a colon or a semicolon, or a word of a heading over a
# list, one of which each match of _LIST_HEADING_WORDS holds.
_LIST_INTRO_CUES = (":", ";", "recommendation", "priorities", "themes", "issues", "resolved", "decision", "key messages",
                    "key findings")
# The words of a heading over a list (compiled once: asked for thousands of short lines).
_LIST_HEADING_WORDS = re.compile(r"(?i)recommendations?|priorities|themes|issues|resolved|decisions?|key messages|"
                                 r"key findings")


class ThemeRules:
    """Rules of this family, mixed into :class:`~.extract.Extractor` (they use its state)."""

    def find_lists(self) -> None:
        doc = self.doc
        lines = doc.lines
        items = _LazyItems(doc.work, lines)
        n = len(lines)
        wrapped: set[int] = set()  # lines that continue a list item: never a list's intro
        for idx in self._list_intro_lines():
            ln = lines[idx]
            text = doc.work[ln.start:ln.end].strip()
            if not text or idx in wrapped:
                continue
            intro = text.rstrip(" -–*")
            # "The peer team make the following recommendations.": an intro that ends with a full stop.
            following = intro.endswith(".") and ("following" in text or "as follows" in text) and \
                _FOLLOWING.search(text)
            if intro.endswith(".") and not following and idx > 0 and lines[idx - 1].end > lines[idx - 1].start:
                # "We make the following recommendations. Each should be read alongside the / more detailed
                # observations ...": the sentence that announces the list, a line or two up the same paragraph.
                para = doc.work[lines[max(0, idx - 2)].start:ln.end]
                para = para[para.rfind("\n\n") + 1:]
                following = "following" in para and _FOLLOWING.search(para)
            if not intro.endswith((":", ";")) and len(text) > 60 and not following:
                continue
            heading = self._is_heading(text)
            if not (intro.endswith((":", ";")) or heading or following):
                continue
            m = items[idx][0]
            is_item = bool(m and (m.group("num") or m.group("bullet")) and _style(m) not in ("dotted", "other")
                           and not re.fullmatch(r"\d{1,3}\**", (m.group("num") or "").strip()))
            if not (intro.endswith(":") or (intro.endswith(";") and not is_item) or heading or following):
                continue
            if heading and m and m.group("num") and self._numbered_on(idx, m.group("num"), items):
                continue  # "2  Summary of recommendations" over "3  Introduction": a list of contents, not its items
            # The following list items.
            block = []
            item_ends: dict[int, int] = {}  # list items that go on over wrapped lines: where each ends
            k = idx + 1
            intro_marker = (m.group("num") or "") if m and m.group("bullet") is None and not heading else None
            style = None
            prev_t = ""
            row_end = -1  # the last line of a row whose number is a cell of its own (the row's other cells follow)
            while k < n:
                mm, lk = items[k]
                t = doc.work[lk.start:lk.end].strip()
                if not t:
                    k += 1
                    continue
                marker = (mm.group("num") or mm.group("bullet") or "") if mm else ""
                if not marker and k == row_end + 1 and doc.work[lk.start - 2:lk.start] != "\n\n":
                    row_end = k  # "1" / "The Board should ..." / "Complete": a table row read a cell a line
                    k += 1
                    continue
                if not marker or (intro_marker and marker == intro_marker):
                    # A wrapped continuation line: lower case, or any line after an item's line that stops mid-sentence
                    # ("... Health and Wellbeing" / "Alliance to create ...;") right below it.
                    if block and block[-1][1] is not None and (not _starts_upper(t) or (
                            prev_t and not prev_t.endswith((".", ";", ":", "!", "?")) and not marker and
                            doc.work[lk.start - 2:lk.start] != "\n\n" and len(prev_t) > 50)):
                        prev_t = t
                        wrapped.add(k)
                        item_ends[len(block) - 1] = lk.end  # the item goes on to this line
                        k += 1
                        continue
                    break
                prev_t = t
                num = mm.group("num") or ""
                this_style = _style(mm)
                indent = len(lk.text) - len(lk.text.lstrip())
                if style is None:
                    style, item_indent = this_style, indent
                elif this_style != style and block and indent > item_indent + 1:
                    # "4.  That Cabinet asks ... to:" / "   (a) offer ..." / "   (b) restore ...": parts of the
                    # item, indented under it, are its text.
                    wrapped.add(k)
                    item_ends[len(block) - 1] = lk.end
                    k += 1
                    continue
                elif this_style != style:
                    break
                elif heading and block and num.strip("().*").isdigit() and block[-1][0].isdigit() and \
                        int(num.strip("().*")) <= int(block[-1][0]):
                    break  # the next numbered section after a heading's list ("6. ..." then "4. Detailed findings")
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
                        k = row_end = k2
                block.append((num.strip("().*"), rest_start, rest))
                k += 1
            if not block:
                continue
            for k_item, end in item_ends.items():  # sliced once an item is complete, not at every line
                num0, s0, _ = block[k_item]
                block[k_item] = (num0, s0, doc.work[s0:end].strip())
            if all(_FILE_LINK.search(t) for _, _, t in block):
                continue  # a web page's list of papers to download ("Appendix A - ..., item 7 PDF 287 KB")
            # The intro is the whole paragraph when its first lines wrap onto the line before the list.
            intro_start = ln.start
            if intro.endswith(":") and not heading and ln.start and doc.work[ln.start - 1] != "\n":
                intro_start = doc.work.rfind("\n", 0, ln.start) + 1
            kind = self._classify_intro(ln, following.group() if following else doc.work[intro_start:ln.end].strip(),
                                        heading)
            if kind is None:
                continue
            if kind == "theme" and any(len(t.split()) > 12 for _, _, t in block):
                # Paragraphs that each open with a short run-in heading ("1. Rural isolation. Distance from ...")
                # name their themes by those headings.
                heads = [_RUN_IN_HEAD.match(t) for _, _, t in block]
                if all(h and len(h.group("h").split()) <= 8 for h in heads):
                    block = [(num, s, h.group("h")) for (num, s, _), h in zip(block, heads)]
            if heading and kind == "theme" and any(len(t.split()) > 25 or re.fullmatch(r"\d{1,3}(?:\.\d{1,3})+", num)
                                                   for num, _, t in block):
                continue  # a heading over numbered paragraphs does not make them themes
            if kind == "theme":
                self._themes_from_list(ln, block)
            elif kind == "recommendation":
                if re.search(r"(?i)\bresolved\b|^\s*agreed\b", text):
                    continue  # RESOLVED clauses: find_resolved reads them
                if heading and re.match(r"(?i)(?:\d{1,2}\.?\s+)?(?:the\s+)?(?:\w+\s+)?responses?\b", text):
                    continue  # "Responses to the recommendations": the paragraphs answer them (find_response_tables)
                self._recommendations_from_list(ln, block, heading=heading, intro_start=intro_start)
            elif kind == "indicator":
                for num, s, t in block:
                    self.add("Indicator", _item_label(t), s, s + len(t.rstrip()), "indicator:list")

    def _numbered_on(self, idx: int, number: str, items) -> bool:
        """Whether the next line that holds anything (within three) is numbered one on from ``number``: the heading
        at ``idx`` is an item of a list itself."""
        lines = self.doc.lines
        for j in range(idx + 1, min(len(lines), idx + 4)):
            if not self.doc.work[lines[j].start:lines[j].end].strip():
                continue
            mm = items[j][0]
            here, there = number.strip(" .)\t"), ((mm.group("num") or "") if mm else "").strip(" .)\t")
            return here.isdigit() and there.isdigit() and int(there) == int(here) + 1
        return False

    def _list_intro_lines(self):
        """Indexes of the lines that may introduce a list, in order: those holding a colon or a semicolon, a heading's
        word (:data:`_LIST_HEADING_WORDS`) or "as follows", and the line holding "following" with the two after it
        (an intro ending with a full stop may follow such a sentence).  Any other line is passed over by
        :meth:`find_lists` before it does anything; the cue index finds these without a loop over every line.  A paper
        holding a dotless i or long s, which a case-blind pattern reads as i or s, has every line tried."""
        doc = self.doc
        if _odd_case(doc):
            return range(len(doc.lines))
        starts = doc.line_starts
        found: set[int] = set()
        for positions, needles in ((doc.low_cues.positions, _LIST_INTRO_CUES), (doc.cues.positions, ("as follows",))):
            for needle in needles:
                found.update(bisect_right(starts, p) - 1 for p in positions(needle))
        for p in doc.cues.positions("following"):
            line = bisect_right(starts, p) - 1
            found.update((line, line + 1, line + 2))
        return sorted(k for k in found if 0 <= k < len(starts))

    def _is_heading(self, text: str) -> bool:
        if text[:1].isdigit():
            text = _SECTION_NUMBER.sub("", text, 1)  # "3. Key recommendations": a numbered section's heading
        words = text.split()
        return 0 < len(words) <= 4 and not text.endswith((".", ",", ";")) and text[0].isupper() and \
            bool(_LIST_HEADING_WORDS.search(text))

    def _classify_intro(self, ln, text: str, heading: bool) -> str | None:
        lex = self.lex
        low = text.lower()
        if _ABOUT_RECOMMENDATIONS.search(low):
            return None  # "3 Reasons for recommendations": paragraphs that argue for them, not the list itself
        sentences = [x for x in re.split(r"(?<=[.!?])\s+", low) if x.strip()]
        last = sentences[-1] if sentences else low
        parts = [last]
        if len(last.split()) <= 4 and len(sentences) > 1:
            parts.append(sentences[-2])
        elif _ONLY_OPENS_A_LIST.search(last):
            # "The report made seven recommendations. ... the responses were summarised as follows:": a sentence
            # that only opens the list leaves what it holds to the sentences before it.
            parts.extend(reversed(sentences[-3:-1]))
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
        doc = self.doc
        odd = _odd_case(doc)
        lines = None if odd else _cue_lines(doc, _NUMBERED_THEME_WORDS)  # the lines both patterns need, found once
        for m in _NUMBERED_THEME.finditer(doc.work) if odd else _in_lines(_NUMBERED_THEME, doc.work, lines):
            label = _item_label(m.group("text"))
            if len(label) < 4:
                continue
            s = m.start("text")
            # The words after a priority's run-in heading describe it: the subjects they name are its themes.
            le = self.doc.work.find("\n\n", m.end())
            self.__dict__.setdefault("_priority_spans", []).append((m.end(), len(self.doc.work) if le < 0 else le))
            self._numbered_theme(label, s, m.group("num"))
        # A heading alone on its line matches at the line's start: one try at the start of each line.
        alone = _NUMBERED_HEADING_ALONE.finditer(doc.work) if odd else \
            filter(None, (_NUMBERED_HEADING_ALONE.match(doc.work, start) for start, _ in lines))
        for m in alone:
            below = _HEADING_BELOW.match(doc.work, m.end())
            if below is None or len(below.group("text").split()) > 12:
                continue
            self._numbered_theme(_item_label(below.group("text")), below.start("text"), m.group("num"))

    def _numbered_theme(self, label: str, start: int, number: str) -> None:
        """A numbered priority the paper addresses, its words at ``start``."""
        key = self.add("Theme", label, start, start + len(label), "numbered-theme", number=number)
        self.link("document", "addressesTheme", key, start, start + len(label), "numbered-theme")

    def find_prose_themes(self) -> None:
        """Priorities named in prose: "Tackling inequalities is a priority for the Council",
        "... named health equity among its ten priorities", and the subject a title names."""
        doc = self.doc
        work = doc.work
        for m in _gated(_PRIORITY_IS, doc, ("priorit",)):
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
            # "the Corporate Plan names loneliness as a priority": what is named, not who names it.
            vm = _NAMES_AS.search(phrase) if work.startswith("as", m.start()) else None
            if vm:
                phrase = vm.group(1)
            words = phrase.split()
            if not 1 <= len(words) <= 20 or words[0].lower() in ("it", "this", "there", "which", "what", "he",
                                                                   "she", "they", "we"):
                continue
            ps = work.find(words[0], start)
            label = phrase[:1].upper() + phrase[1:]
            key = self.add("Theme", label, ps, ps + len(phrase), "prose-theme")
            self.link("document", "addressesTheme", key, ps, ps + len(phrase), "prose-theme")
        for m in _gated(_CONCERN_IS, doc, ("concern", "challenge", "barrier", "pressure"), starts=("remain", "is", "are")):
            # "... told us that data sharing remains the biggest barrier": the subject of a stated concern.
            s, _ = doc.sentence(m.start(), m.end())
            head = work[s:m.start()]
            cut, width = max((head.rfind(sep), len(sep)) for sep in (", ", "; ", " that ", ": "))
            start = s + (cut + width if cut >= 0 else 0)
            words = work[start:m.start()].split()
            while words and words[0].lower() in ("the", "a", "an", "our", "their", "its", "and", "but", "also"):
                words.pop(0)
            if not 1 <= len(words) <= 6 or words[0].lower() in ("it", "this", "that", "there", "which", "what", "he",
                                                                "she", "they", "we", "these", "those") or \
                    any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
                continue
            phrase = " ".join(words)
            ps = work.find(words[0], start)
            key = self.add("Theme", phrase[:1].upper() + phrase[1:], ps, ps + len(phrase), "prose-theme")
            self.link("document", "addressesTheme", key, ps, ps + len(phrase), "prose-theme")
        for m in _gated(_ONE_OF_PRIORITIES, doc, ("priorit", "themes", "objectives"),
                        starts=("consider", "identified", "named", "chose", "agreed", "adopted", "made", "make")):
            g = 1 if m.group(1) else 2
            phrase = m.group(g)
            if phrase.split()[0].lower() in ("it", "this", "that", "which"):
                continue
            key = self.add("Theme", phrase[:1].upper() + phrase[1:], m.start(g), m.end(g), "prose-theme")
            self.link("document", "addressesTheme", key, m.start(g), m.end(g), "prose-theme")
        # Four patterns start with a theme word: they are tried only where one starts.  The quoted themes end with
        # one and cannot cross a line: they try only the lines that hold one.
        for m in (*_matches_at(_INLINE_THEMES, doc, _THEME_WORDS), *_matches_at(_INLINE_THEMES_BARE, doc, _THEME_WORDS),
                  *_in_lines(_QUOTED_THEMES, work, _cue_lines(doc, _THEME_WORDS)),
                  *_matches_at(_CAPITAL_THEMES, doc, _THEME_WORDS), *_after_words(_SCOPE_LIST, doc, _SCOPE_WORDS),
                  *_matches_at(_BRACKET_THEMES, doc, _THEME_WORDS), *_gated(_AREAS_THEMES, doc, _AREAS_WORDS),
                  *_matches_at(_DASHED_THEMES, doc, _THEME_WORDS)):
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
        self._title_subjects()
        for title in (self.front.title or "", self.subtitle):
            self._title_subject(title)

    def _title_subject(self, title: str) -> None:
        """The subject a title names: "... concerning river quality", "Access, closures and medicines - a report"."""
        work = self.doc.work
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

    def _title_subjects(self) -> None:
        """The subject a title line near the top names after a review, session or audit: "Scrutiny Challenge Session on
        Childhood Immunisations", "Panel review: Access to NHS Dentistry", "Audit Final Report: Public Health -
        Substance Misuse Treatment Contract 2024/25"."""
        work = self.doc.work
        top = work[:1500]
        # The pattern starts at a line's start ("^") and stays on the line: one try at the start of each line that
        # holds one of its words.
        lines = _cue_lines(self.doc, _TITLE_WORDS, limit=len(top))
        for m in filter(None, (_TITLE_SUBJECT.match(top, start) for start, _ in lines)):
            subject = m.group("t").strip(" -–")
            subject = _TRAILING_YEARS_OR_CODES.sub("", subject).split(" - ")[-1].split(" – ")[-1].strip()
            words = subject.split()
            if not 1 <= len(words) <= 8 or not subject[0].isupper() or _NOT_A_SUBJECT.search(subject) or \
                    words[0] in self.lex.name_stop:
                continue
            ts = m.start("t") + m.group("t").find(subject)
            if self.mentions_in(ts, ts + len(subject), ("org", "person", "post", "strategy")):
                continue
            label = " ".join(w if (w.isupper() and len(w) <= 5) or k == 0 else w.lower()
                             for k, w in enumerate(words))
            label = label[:1].upper() + label[1:].lower() if words[0].isupper() and len(words[0]) > 5 else label
            key = self.add("Theme", label, ts, ts + len(subject), "title-theme")
            self.link("document", "addressesTheme", key, ts, ts + len(subject), "title-theme")

    def find_passing_themes(self) -> None:
        """A theme said in passing: "keep up its investment in older people and carers", "tackle fuel poverty",
        "a focus on affordable housing", "looked at food poverty across the district"."""
        work = self.doc.work
        for m in _matches_at(_PASSING_THEME, self.doc, _PASSING_WORDS):
            words = m.group("np").split()
            while words and words[0] in ("the", "a", "an", "our", "their", "its"):
                words.pop(0)
            for k, w in enumerate(words):
                if w in _NP_STOP and not (k == 1 and (words[0], w) in _NOUN_JOINS):
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
        self._salient_topics()

    def _salient_topics(self) -> None:
        """A subject of the genre (lexicon ``topic_phrases``) the paper names is a theme unless a theme found already
        holds it ("mental health" in "Good mental health for everyone").  Said once, it is a theme with less
        confidence (rule ``mentioned-topic``); a broad word ("housing", "workforce") must come back, twice or more,
        or stand in a heading line or a list of priorities."""
        doc = self.doc
        found: dict[str, list] = {}
        for m in doc.phrases(self.lex.topic_matcher):
            found.setdefault(m.value, []).append(m)
        if not found:
            return
        held = [_norm(e.label) for e in self.entities.values() if e.type == "Theme"]
        priorities = self.__dict__.get("_priority_spans", ())
        broad = self.lex.broad_topics
        # A topic said once, as a measure in a sentence about measures ("the indicators ... include childhood
        # obesity and smoking prevalence"), is the indicator's subject, not a theme of the paper.
        measures = [(i.start, i.end) for i in doc.phrases(self.lex.indicator_matcher)
                    if _MEASURES_SENTENCE.search(doc.low, doc.low.rfind(".", 0, i.start) + 1, i.start)]
        for value, ms in sorted(found.items(), key=lambda kv: -len(kv[0])):  # "health inequalities" before "inequalities"
            if any(_norm(value) in h for h in held) or self.is_claimed(ms[0].start, ms[0].end, ("body", "post")) and \
                    not self._named_subject(ms[0].start, ms[0].end):
                continue
            # "obesity" is said again in "childhood obesity".
            longer = sum(len(o) for v, o in found.items() if v != value and f" {value} " in f" {v} ")
            # The words of a longer name ("Mental Health Alliance", "Carers Centre") are not the subject.
            free, in_names = [], 0
            for m in ms:
                if " " not in value and value.endswith("s") and _VERB_AFTER.match(doc.work, m.end):
                    continue
                said_freely = not self.is_claimed(m.start, m.end, ("body", "post", "strategy", "initiative")) and \
                    not self.mentions_in(m.start, m.end, ("org", "strategy", "initiative", "post"))
                if said_freely or self._named_subject(m.start, m.end):
                    free.append(m)
                    in_names += not said_freely
                    if len(free) == 2:
                        break
            if not free:
                continue
            named = in_names == len(free)  # said only inside the names of what it is the subject of
            m = free[0]
            if len(free) == 1 and any(s <= m.start and m.end <= e for s, e in measures):
                continue
            stands_out = len(free) + longer >= 2 or self._in_heading_line(m.start, m.end) or \
                any(ps <= m.start < pe for ps, pe in priorities)
            if not stands_out and value in broad:
                continue
            rule = "passing-theme" if stands_out else "mentioned-topic"
            # The label as the paper writes it in a sentence, if it does: a heading in capitals hides "NHS" and "GP".
            said = next((t for t in (doc.work[x.start:x.end] for x in ms) if not t.isupper()), doc.work[m.start:m.end])
            label = _topic_label(said, value, acronym=lambda word: _capitals_in_prose(doc.work, word))
            key = self.add("Theme", label, m.start, m.end, rule)
            self.link("document", "addressesTheme", key, m.start, m.end, rule)
            if not named:  # "smoking" said on its own is a theme too, beside the "Stop Smoking Service"'s subject
                held.append(_norm(value))

    def _named_subject(self, start: int, end: int) -> bool:
        """Whether the topic at ``start..end`` names what a programme, a partnership or a post's field is about: the
        "Integrated Sexual Health Service", the "Tameside Cost of Living Alliance", a "Consultant in Public Health
        (Tobacco Control)".  Not the words of a trust's or a firm's name ("Avon and Wiltshire Mental Health
        Partnership NHS Trust"), which say what the body is, not what the paper is about."""
        covers = [(s, e, c) for s, e, c in self.claimed.iter_from(start - self.claimed.longest)
                  if s <= start and end <= e]
        if not covers or any(s == start and e == end for s, e, c in covers):
            return False  # free words, or the whole name ("the Public Health Grant"): not a subject inside one
        for s, e, c in covers:
            if c == "post":
                if self.doc.work.rfind("(", s, start) < 0:
                    return False
            elif c == "body":
                named = [self.entities[k] for ms, me, k in self.mentions_at(s) if k in self.entities]
                if not named or not all(_named_for_its_work(e.type, e.label) for e in named):
                    return False
            elif c not in ("strategy", "initiative"):
                return False
        return True

    def _in_heading_line(self, start: int, end: int) -> bool:
        work = self.doc.work
        ls = work.rfind("\n", 0, start) + 1
        le = work.find("\n", end)
        line = work[ls:len(work) if le < 0 else le].strip()
        if _TEMPLATE_HEADING.search(line):
            return False  # "Legal implications", "Risk management considerations": every report's template has one
        return 0 < len(line) <= 100 and not line.endswith((".", ",", ";")) and (
            line.isupper() or sum(w[:1].isupper() for w in line.split()) * 2 >= len(line.split()))

    def find_finding_headings(self) -> None:
        """Run-in headings of numbered paragraphs under "Findings": "2.1 Financial sustainability. The plan ..."
        name the areas an audit or review looked at; so does a numbered finding's title ("Finding 2: Partner
        monitoring and reconciliation    Priority: HIGH")."""
        work = self.doc.work
        for m in _line_gated(_NUMBERED_FINDING, self.doc, ("finding ", "issue ")):
            s, e = m.span("h")
            key = self.add("Theme", m.group("h"), s, e, "finding-heading")
            self.link("document", "addressesTheme", key, s, e, "finding-heading")
        in_findings = False
        if not _odd_case(self.doc) and not _holds(self.doc, _FINDINGS_WORDS):
            return  # no heading can open findings
        for ln in self.doc.lines:
            raw = work[ln.start:ln.end]
            hm = _SECTION_HEADING.match(raw)
            if hm:
                in_findings = bool(_FINDINGS.search(hm.group("t")))
                continue
            if not in_findings:
                continue
            pm = _RUN_IN_HEADING.match(raw) or _OWN_LINE_HEADING.match(raw)
            if pm is None:
                continue
            s, e = ln.start + pm.start("h"), ln.start + pm.end("h")
            key = self.add("Theme", pm.group("h"), s, e, "finding-heading")
            self.link("document", "addressesTheme", key, s, e, "finding-heading")

    def find_agenda_topics(self) -> None:
        """The subject of an item of minutes: "48. CHILDHOOD IMMUNISATIONS", unless the heading names a body,
        plan or programme (found already) or is procedure ("Declarations of Interest", "Work Programme")."""
        if self.front.kind != "minutes":
            return
        work = self.doc.work
        for m in _AGENDA_ITEM.finditer(work):
            heading = m.group("h").strip()
            if _PROCEDURAL.search(heading) or self.mentions_in(m.start("h"), m.end("h"),
                                                               ("org", "strategy", "initiative", "post", "person")):
                continue
            label = heading[:1].upper() + heading[1:].lower() if heading.isupper() else heading
            key = self.add("Theme", label, m.start("h"), m.end("h"), "agenda-theme")
            self.link("document", "addressesTheme", key, m.start("h"), m.end("h"), "agenda-theme")

    def find_numbered_schemes(self) -> None:
        """"Scheme 1: Home First, our discharge to assess service": a numbered scheme or project is an initiative."""
        for m in _line_gated(_NUMBERED_SCHEME, self.doc, _NUMBERED_SCHEME_WORDS):
            name = m.group("name").strip()
            if name.split()[0] in _DETERMINER_WORDS:
                name = name.split(" ", 1)[1] if " " in name else ""
            if not name:
                continue
            s = m.end("name") - len(name)
            key = self.add("Initiative", name, s, m.end("name"), "numbered-scheme", number=m.group("num"))
            self.claim(s, m.end("name"), "initiative")
            body = self.key_of("Organisation", name)
            if body in self.entities and body != key:
                self._merge(body, key)  # "The Community Wellbeing Service" named as a scheme is the scheme

    def find_inline_indicators(self) -> None:
        """"We will track avoidable admissions, discharge to usual place of residence and ...": measures in prose."""
        work = self.doc.work
        for m in _line_gated(_TRACKS, self.doc, _TRACKS_CUES):
            pos = m.start("items")
            for item in re.split(r",[ ](?:and[ ])?|[ ]and[ ](?=[^,]*$)", m.group("items")):
                item = item.strip()
                ps = work.find(item, pos)
                if ps < 0 or not 1 <= len(item.split()) <= 12:
                    continue
                pos = ps + len(item)
                self.add("Indicator", item[:1].upper() + item[1:], ps, pos, "indicator:list")

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
        for m in _line_gated(_LOWER_INITIATIVE, self.doc, _LOWER_INITIATIVE_CUES, word_end=True):
            words = m.group("mod").split()
            # "a small community grants fund", "a second new pilot": the name starts after the generic words.
            skipped = 0
            while words and (words[0] in _GENERIC_MODIFIERS or words[0] in ("joint", "third", "specialist")):
                skipped += len(words.pop(0)) + 1
            start = m.start("mod") + skipped
            if not words or any(w in _GENERIC_MODIFIERS or w in _NP_STOP for w in words) or \
                    self.is_claimed(start, m.end()):
                continue  # "the council will fund": a verb, not a fund
            if m.group("head") == "service" and len(words) < 2:
                continue  # "the health service" is the NHS, not an initiative
            label = " ".join([*words, m.group("head")])
            if m.group("head") in _LOWER_POST_HEADS:
                self.add("Post", label[:1].upper() + label[1:], start, m.end(), "post")
            else:
                self.add("Initiative", label[:1].upper() + label[1:], start, m.end(), "strategy-phrase")
            self.claim(start, m.end(), "initiative")

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

    def find_indicators(self) -> None:
        doc = self.doc
        for m in doc.phrases(self.lex.indicator_matcher):
            ext = _AT_AGE.match(doc.work, m.end)
            if ext:
                m = type(m)(m.start, ext.end(), m.value)
            fm = _FOR_SUBJECT.match(doc.low, m.end)
            if fm:
                # "emergency admissions for falls": the subject after the measure is part of what it measures.
                subject = [t for t in self.lex.topic_matcher.find(fm.group(1)) if t.start == 0]
                if subject:
                    m = type(m)(m.start, fm.start(1) + max(t.end for t in subject), m.value)
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
        for m in _gated(_NATIONAL_INDICATOR, self.doc, ("NI",)):
            code = f"NI {m.group('num')}"
            desc = (m.group("desc") or "").strip()
            self.add("Indicator", code, m.start(), m.end("desc") if desc else m.end("num"), "indicator:code",
                     key=f"indicator:{_norm(code)}", aliases=[f"{code} {desc}"] if desc else [])
        # A target names what it measures: "Reduce knife crime with injury among under-25s by 10% by 2026".
        for m in _gated(_TARGET_OF, self.doc, ("%", "per cent", "percent")):
            what = m.group("what").strip()
            words = what.split()
            if not 1 <= len(words) <= 10 or words[0] in ("the", "it", "this", "that", "them", "our"):
                continue
            s = m.start("what")
            self.add("Indicator", what[:1].upper() + what[1:], s, s + len(what), "target",
                     target=" ".join(m.group().split()))
        # "the chlamydia detection rate", "the suicide rate": a named rate.
        for rm in _gated(_RATE, self.doc, (" rate",)):
            m = _RATE_WORDS.search(doc.work, max(0, rm.start() - 50), rm.start())
            if m is None:
                continue
            words = m.group("np").split()
            if any(w in _NP_STOP for w in words) or words[0] in _NP_NOT_FIRST or \
                    words[0] in ("same", "current", "national", "local", "average", "overall"):
                continue
            label = doc.work[m.start("np"):rm.end()]
            self.add("Indicator", label[:1].upper() + label[1:], m.start("np"), rm.end(), "indicator")
        # "the council received 6,812 safeguarding concerns": a count in the thousands of something.
        for m in _gated(_COUNT_OF, self.doc, (",",)):
            words = m.group("np").split()
            if any(w in _NP_STOP for w in words) or words[0] in _NP_NOT_FIRST:
                continue
            self.add("Indicator", m.group("np")[:1].upper() + m.group("np")[1:], m.start("np"), m.end("np"), "indicator")
        # "the uptake of childhood immunisations", "the prevalence of smoking": a measure of something.
        for m in _gated(_MEASURE_OF, self.doc, ("uptake of", "prevalence of", "incidence of", "ate of", "ates of")):
            words = m.group("np").split()
            for k, w in enumerate(words):
                if w in _NP_STOP:
                    words = words[:k]
                    break
            while words and words[-1] in ("and", "of", "or"):
                words.pop()
            if not words:
                continue
            end = m.start("np") + len(" ".join(words))
            if doc.work[m.start("np"):end] != " ".join(words):
                continue
            label = doc.work[m.start():end]
            self.add("Indicator", label[:1].upper() + label[1:], m.start(), end, "indicator")
        self._shares()
        self._proportions()
        self._figure_rows()
        self._indicator_tables()

    def _shares(self) -> None:
        """"31.8 per cent of five-year-olds had visibly obvious tooth decay": the group and what it has or does are
        the measure ("five-year-olds had visibly obvious tooth decay"), cut where a comparison or a year begins."""
        work = self.doc.work
        for m in _gated(_SHARE_OF, self.doc, ("%", "per cent", "percent")):
            end = m.end()
            cut = _measure_end(work, m.end("verb"), end)
            if cut:
                end = cut.start()
            words = work[m.start("who"):end].split()
            while words and words[-1].lower() in _FUNCTION_WORDS:
                words.pop()
            if len(words) < 3 or words[0].lower() in _NP_NOT_FIRST:
                continue
            end = m.start("who") + len(work[m.start("who"):end].rstrip())
            label = " ".join(words)
            self.add("Indicator", label[:1].upper() + label[1:], m.start("who"), end, "share-of")

    def _proportions(self) -> None:
        """"the proportion of adults who smoke", "the percentage of children with a good level of development":
        a proportion's wording up to its verb names a measure.  A number of something is a measure only where the
        sentence says it rose or fell to a figure ("The number of carers' assessments completed fell from 2,410")."""
        work = self.doc.work
        for m in _gated(_PROPORTION_OF, self.doc, ("roportion of", "ercentage of", "umber of")):
            cut = _measure_end(work, m.start("np"), m.end())
            end = cut.start() if cut else m.end()
            if work[m.start()] in "Nn" and (cut is None or not _MOVED.match(work, cut.start())):
                continue
            words = work[m.start("np"):end].split()
            while words and words[-1].lower() in _FUNCTION_WORDS:
                words.pop()
            if not words or words[0].lower() in _NP_NOT_FIRST or words[0] == "the" and len(words) < 3:
                continue
            label = work[m.start():m.start("np")] + " ".join(words)
            end = m.start() + len(label)
            if " ".join(work[m.start():end].split()) != label:
                end = m.start("np") + len(work[m.start("np"):end].rstrip())
            self.add("Indicator", label[:1].upper() + label[1:], m.start(), end, "share-of")

    def _indicator_tables(self) -> None:
        """A table headed by its measures' column ("Indicator | Baseline (year) | Target 2029", "Measure | Now |
        Ambition"): each row's first cell is a measure, its target the cell under a "Target" heading."""
        rows = self.table_rows()
        i = 0
        while i < len(rows):
            row = rows[i]
            i += 1
            if len(row) < 2 or _heading(row[0][2]) not in _MEASURE_HEADINGS:
                continue
            header = [_heading(c[2]) for c in row]
            target = next((k for k, h in enumerate(header) if h.startswith(("target", "ambition", "goal"))), None)
            while i < len(rows) and len(rows[i]) == len(header):
                (s, _, first), cells = rows[i][0], rows[i]
                name = _UNIT.sub("", " ".join(first.split())).strip(" :")
                words = name.split()
                if _heading(first) in _MEASURE_HEADINGS:
                    break  # the heading again: the next table
                if 2 <= len(words) <= 16 and first[:1].isalpha() and any(w.islower() for w in words):
                    self.add("Indicator", name, s, s + len(first), "indicator-table",
                             aliases=(first,) if first != name else (),
                             target=" ".join(cells[target][2].split()) if target is not None and target < len(cells)
                             else None)
                i += 1

    def _figure_rows(self) -> None:
        """A table row whose first cell names something in words and whose other cells are mostly figures is a
        measure with its values: "Carers satisfied with social services (%) | 38.0 | 33.8 | 36.3".  Money rows
        (a budget's lines) and rows of places or years are not measures."""
        for row in self.table_rows():
            if len(row) < 3:
                continue
            (s, _, first), rest = row[0], [c[2] for c in row[1:] if c[2]]
            figures = [c for c in rest if _FIGURE.fullmatch(c)]
            if len(figures) < 2 or len(figures) + sum(c.lower() in _NOT_FIGURE_CELL for c in rest) < len(rest) / 2:
                continue
            if any("£" in c for c in rest) or not first[:1].isalpha() or "£" in first or \
                    first.startswith("NI "):  # an NI code's row is read by its code
                continue
            name = _UNIT.sub("", " ".join(first.split())).strip(" :")
            words = name.split()
            if not 2 <= len(words) <= 14 or (words[0].lower() in _NOT_MEASURE_ROWS and len(words) <= 3) or \
                    not any(w.islower() and len(w) > 2 and w.isalpha() for w in words):
                continue
            self.add("Indicator", name, s, s + len(first), "figures-row", aliases=(first,) if first != name else ())


def _heading(cell: str) -> str:
    """A table cell as a column's heading is compared: its words in lower case, without a closing colon."""
    return " ".join(cell.split()).strip(" :").lower()


def _measure_end(work: str, start: int, end: int) -> re.Match | None:
    """Where a measure's wording between ``start`` and ``end`` ends (:data:`_MEASURE_END`); a verb after "who" or
    "that" belongs to the measure ("users who have as much social contact as they would like")."""
    cut = _MEASURE_END.search(work, start, end)
    while cut is not None and work[max(start, cut.start() - 5):cut.start()].endswith((" who", " that", "\nwho")):
        cut = _MEASURE_END.search(work, cut.end(), end)
    return cut


def _topic_label(said: str, value: str, *, acronym=None) -> str:
    """A topic's label: the lexicon's lower-case phrase, but each word the paper writes with capitals inside as the
    paper writes it ("NEET", "A&E", "EHCPs"), the first letter a capital.  Said in a heading in capitals, a word
    keeps its capitals only if ``acronym(word)`` says it is one.

    >>> _topic_label("NEET", "neet"), _topic_label("Mental Health", "mental health")
    ('NEET', 'Mental health')
    >>> _topic_label("NHS DENTISTRY", "nhs dentistry", acronym=lambda w: w == "NHS")
    'NHS dentistry'
    >>> _topic_label("Hypertension Case-Finding", "hypertension case-finding")
    'Hypertension case-finding'
    """
    words = said.split()
    if len(words) != len(value.split()):
        return value[:1].upper() + value[1:]
    if len(words) > 1 and said.isupper():  # a heading in capitals
        out = " ".join(w if acronym is not None and acronym(w) else v for w, v in zip(words, value.split()))
    else:
        # "A&E" and "EHCPs" keep their capitals; "Case-Finding" in a programme's name is two capitalised words
        out = " ".join(w if any(c.isupper() for part in w.split("-") for c in part[1:]) else v
                       for w, v in zip(words, value.split()))
    return out[:1].upper() + out[1:]


def _capitals_in_prose(text: str, word: str) -> bool:
    """Whether the paper writes ``word`` in capitals on a line that is not all capitals: an acronym ("GP"), not a
    word of a heading set in capitals ("ACCESS")."""
    for m in re.finditer(r"(?<![\w&])" + re.escape(word) + r"(?![\w&])", text):
        ls, le = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if not text[ls:le if le >= 0 else len(text)].isupper():
            return True
    return False


def _named_for_its_work(type_name: str, label: str) -> bool:
    """Whether a body's name says what it works on: an alliance, network or working group ("Tameside Cost of Living
    Alliance") or a council's service ("Integrated Sexual Health Service").  A board or committee is named for its
    remit, which every paper it appears in does not address; a trust or a firm names what it is."""
    if label.endswith(("Board", "Committee", "Sub-Committee", "Subcommittee")):
        return False
    kind = kind_of(label)
    if type_name == "Partnership":
        return kind is None or kind.id == "working-group"
    return kind is not None and kind.id == "council-team" and label.endswith((" Service", " Services"))
