"""Recommendations and responses: lists, prose, response tables with verdicts, RESOLVED clauses."""

from __future__ import annotations

import bisect
import re
from itertools import chain
from functools import lru_cache

from partnergraph.ontology import concept, verdict_for

from .lexicon import lexicon
from .rules_common import (_after_words, _at_line_starts, _gated, _holds, _norm, _RESPONSE_TITLE_CUES, _DATE_WORDS, _FIELDS,
                           _RESPONSE_TITLE, parse_date, _item_label, _PART_VERDICT, _NOT_VERDICT)

__all__ = ["RecommendationRules"]

# After a sentence on the same line "Agreed:" is an answer ("... without proof of address. Agreed: the ICB will
# write"), not the board's decision.
_RESOLVED = re.compile(r"(?m)(?:^[^\S\n]*[\-•*]?[^\S\n]*(?:\d{1,3}(?:\.\d{1,3})*\.?[ \t]+)?|(?<=[.:] )(?!Agreed))"
                       r"(?:RESOLVED|Resolved|AGREED|Agreed(?=[ \t]*:)|DECISIONS?(?=[ \t]*:)|Decisions?(?=[ \t]*:))"
                       r"[ \t]*(?:[:\-–,][ \t]*)?(?:[Tt]hat\b[ \t]*(?=$|[:\-–]|[a-z(]))?[ \t]*(?P<rest>[^\n]*)")
# The clauses of a RESOLVED item: "(1) That ...", "a) ...", and in a list "- (ii) ...".
# "It was resolved to: a) ...", "It was resolved unanimously to note the report." (scanned for apart, by its words).
_IT_WAS_RESOLVED = re.compile(r"It[ ]was[ ](?:unanimously[ ])?resolved(?:[ ]unanimously)?(?:[ ]to\b|(?=[ \t]*:))"
                              r"[ \t]*:?[ \t]*(?P<rest>[^\n]*)")
_NUMBERED_CLAUSE = re.compile(r"[^\S\n]*\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)][^\S\n]+(\S[^\n]*)")
_LISTED_CLAUSE = re.compile(r"[^\S\n]*[\-•*]?[^\S\n]*\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)][^\S\n]+(\S[^\n]*)")
# The next clause on the same line: "...; (ii) that ...", "..., and b) ...".
_INLINE_CLAUSE = re.compile(r"[;,][ \t]*(?:and[ \t]+|or[ \t]+)?\(?([a-z]|[ivx]{1,4}|\d{1,2})\)[ \t]+")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _next_clause(num: str) -> str:
    """The number after a clause's ("ii" after "i", "c" after "b", "4" after "3")."""
    if num in _ROMAN[:-1]:
        return _ROMAN[_ROMAN.index(num) + 1]
    if num.isdigit():
        return str(int(num) + 1)
    return chr(ord(num) + 1) if len(num) == 1 else ""


_CLAUSE_NUMBER = re.compile(r"\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+")
_RECOMMENDED = re.compile(r"\b(?:made (?:the following |a series of |\w+ )?recommendations?|recommended|"
                          r"recommends)\b", re.IGNORECASE)
# Opening words grouped by first letter ("t(?<!\wt)o" is "\bto"): each branch starts with a literal, so the
# search skips ahead at C speed.
_PROSE_RECOMMENDS = re.compile(r"(?:r(?<!\wr)(?:ecommends|ecommended)|R(?<!\wR)ECOMMENDED|r(?<!\wr)ecommend)[ ]that[ ](?P<text>[^.;\n]{10,400})")


# "the Board accepted them all", "all five were agreed": one verdict given to a whole list.
_ALL_VERDICT = re.compile(r"(?i)\b(?P<verdict>accepted|agreed|supported|approved)[ ](?:them[ ]all|all[ ]of[ ]them|"
                          r"all[ ](?:\w+[ ])?(?:of[ ]the[ ])?recommendations)\b|\ball[ ](?:\w+[ ])?(?:of[ ]which[ ]|"
                          r"recommendations[ ]|of[ ]them[ ])?(?:were|have[ ]been|are|was)[ ](?P<verdict2>accepted|agreed|"
                          r"supported|approved)\b")
# A line that says whose response follows and what it is: "Executive response: Accepted. ...".
# A line that says whose response follows and what it is: "Executive response: Accepted. ...".  The scan opens with
# the keyword (a character class first, skipped to at C speed); the words before it on its line are checked after.
_RESPONSE_LINE = re.compile(r"[ \t]*[:\-–][ \t]*(?P<v>[^\n]+)")
_RESPONSE_WORDS = ("response", "Response", "RESPONSE", "decision", "Decision", "reply", "Reply")
_WHO = re.compile(r"[ \t]*(?P<who>(?:[A-Z][\w’']*[ ]){0,4})")
# The recommendation on the line before it: "(a) That ...", "3. ...", "R2 ...", "Recommendation 4: ...".
_REC_LINE = re.compile(r"[ \t]*(?:[\-•*][ \t]*)?(?:[Rr]ecommendation[ \t]+)?(?P<num>\([A-Za-z]\)|[A-Za-z][.)]|"
                       r"\(?\d{1,2}(?:\.\d{1,2})?[.):]?|R\d{1,2}|\([ivx]{1,4}\))[ \t:.\-–]+(?P<text>\S[^\n]*)")
# A verdict as a sentence: "[does not |partially ]agree(s)[ in part] with recommendation 3", "Recommendation 6 is
# accepted".  The scan finds "recommendation N" (a character class first); the verb is read just before or after it.
_REC_NUMBER = re.compile(r"[Rr]ecommendation[ ](?P<num>\d{1,2}(?:\.\d{1,2})?|\([a-z]\)|[A-Za-z](?![\w’']))")
_VERB_BEFORE = re.compile(
    r"(?:\b(?P<neg>does[ ]not|do[ ]not|did[ ]not|cannot|can[ ]not|is[ ]unable[ ]to)[ ])?"
    r"\b(?P<verb>(?:(?:partially|partly)[ ])?(?:agrees?|accepts?|supports?|notes?|rejects?|declines?|endorses?))"
    r"(?P<part>[ ]in[ ]part)?(?:[ ]with)?[ ](?:the[ ])?(?:\w+['’]s[ ])?$")
_VERB_AFTER = re.compile(
    r"[ ](?:is|was|has[ ]been|have[ ]been)[ ]"
    r"(?P<verb>(?:(?:partially|partly|not)[ ])?(?:accepted|agreed|supported|noted|rejected|approved|endorsed))"
    r"(?P<part>[ ]in[ ]part)?\b")
# "supports recommendation 2 in part": the qualifier after the number.
_IN_PART_AFTER = re.compile(r",?[ ](?:in[ ]part|partially|in[ ]principle[ ]only)\b")
# A recommendation's heading that carries its verdict: "Recommendation 3 (Partially accepted): text" and
# "Recommendation 4: Not accepted" with the recommendation's words on the next line.
_REC_VERDICT_HEAD = re.compile(r"(?m)^[ \t]*(?:[•\-*▪][ \t]*)?[Rr]ecommendation[ \t]+(?P<num>\d{1,2}(?:\.\d{1,2})?|[A-Za-z])[ \t]*"
                               r"(?:\((?P<pv>[^()\n]{2,40})\)[ \t]*[:.\-–][ \t]*(?P<text>\S[^\n]*)|"
                               r"[:.\-–][ \t]*(?P<hv>[A-Za-z][^\n]*)(?=\n[ \t]*(?P<next>\S[^\n]*))?)")
# The column heading over an action plan's recommendations: "Recommendation(s)", "Finding and recommendation",
# "Issue / recommendation", "Recommendations made".
_REC_HEADER = re.compile(r"(?i)(?:(?:findings?|issues?|observations?|risks?)[ ]?(?:and|&|/)[ ]?|(?:panel|committee|"
                         r"scrutiny|audit|review|task[ ]group)['’]?s?[ ])?recommendations?"
                         r"(?:[ ]?\(?s\)?)?(?:[ ]?(?:and|&|/)[ ]?(?:findings?|issues?|risks?)|[ ]made)?:?|rec\.?|recs\.?")
# A block's recommendation written as a field, and the heading that numbers the block ("Finding 1: ...").
_REC_FIELD = re.compile(r"[ \t]*(?:[Rr]ecommendation|[Aa]greed[ ]action|[Rr]ecommended[ ]action)[ \t]*:[ \t]*(?P<text>\S[^\n]*)")
_BLOCK_HEAD = re.compile(r"(?m)^[ \t]*(?:Finding|FINDING|Issue|ISSUE|Observation|Risk|Area)[ \t]+(?P<num>\d{1,2}(?:\.\d{1,2})?)\b")
# Where the next block starts after a paragraph: a heading of the next recommendation or finding, a rule of dashes.
_NEXT_BLOCK = re.compile(r"\n*[ \t]*(?:(?:recommendation|finding|issue|rec)[ \t]*\d|[-=_]{5,})", re.IGNORECASE)
_OWNER_FIELD = re.compile(r"(?im)^[ \t]*(?:responsible[ ]officer|action[ ]owner|owner|lead[ ]officer|responsibility)[ \t]*:"
                          r"[ \t]*(?P<owner>[^\n]+)")


# Who will lead, said in a response's sentences: after the lead ("... Head of Trading Standards, will lead") or before
# them ("The lead is Dr Priya Ramanathan", "will be led by the Director of Public Health").
_PROSE_LEAD = re.compile(r",?[ ]will[ ]lead\b(?![ ]to\b)|"
                         r"(?P<after>\b(?:[Tt]he[ ]lead(?:[ ]officer)?[ ](?:is|will[ ]be)|will[ ]be[ ]led[ ]by)[ ])")
_COMMENT_OWNER = re.compile(r"(?:\bLead(?:[ ]officer)?|\bResponsible[ ]officer|\bAction[ ]owner|\bOwner)[ \t]*:[ \t]*"
                            r"(?P<owner>[A-Z][^.;\n]{2,80}?)[ \t]*(?:[.;]|$)")


class _NumberedText:
    """A recommendation found without a match of :data:`_REC_LINE`, read through the same two groups."""

    def __init__(self, num: str, start: int, text: str) -> None:
        self._groups = {"num": num, "text": text}
        self._start = start

    def group(self, name: str) -> str:
        return self._groups[name]

    def start(self, name: str) -> int:
        return self._start


# The letter before a recommendation's number ("R1", "Rec 2"): the number is the digits.
_LABELLED = re.compile(r"^(?:R|Rec\.?[ ]?)(?=\d)")


# Symbols a response column may use for its verdict, read through a key the paper gives ("Key: ✔ agreed; ◐ agreed in
# part; ✘ not agreed"): a symbol, then the words it stands for.  The scan opens with the symbol (a character class).
_SYMBOLS = "✔✓☑✅✘✗✖❌●○◐◑◒◓◔◕■□▲△▼▽★☆◆◇"
_COLOUR_KEY = re.compile(r"(?m)^[ \t]*(GREEN|AMBER|RED|BLUE|GREY|GRAY|PURPLE|BLACK|Green|Amber|Red|Blue|Grey|Purple)"
                         r"[ \t]*[=:\-–]?[ \t]+([A-Za-z][^\n]{4,160})$")
_TERM_KEY = re.compile(r"(?m)^[ \t]*(?:[\-•*▪][ \t]+)?([A-Z][a-z]+(?:[ ][a-z]+){0,4})[ \t]+[–\-][ \t]+"
                       r"([a-z][^\n]{4,200})$")
_SYMBOL_KEY = re.compile(rf"([{_SYMBOLS}])[ \t]*[=:\-–]?[ \t]*([A-Za-z][A-Za-z ]{{1,40}})")
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=None)
def _verdict_concept(concept_id: str):
    return concept("verdicts", concept_id)


def _verdict_words(words: list[str]):
    """The verdict the opening ``words`` of a response say, by the scheme's words or the genre's ones
    (lexicon ``verdict_words``): the longest opening that is one, with how many words it took."""
    extra = lexicon().verdict_words
    for n in (5, 4, 3, 2, 1):
        if len(words) < n:
            continue
        phrase = " ".join(words[:n])
        found = verdict_for(phrase)
        if found is None and phrase.lower() in extra:
            found = _verdict_concept(extra[phrase.lower()])
        if found is not None:
            return found, n
    return None


def _verdict_in(text: str, symbols: dict | None = None):
    """The verdict a response cell opens with ("Partially", "Yes - we will...", "Agreed in part.", "Already in place",
    "✔" where the paper's key or the usual sense says what a symbol means)."""
    t = text.strip()
    if not t or _NO_RESPONSE.match(t):
        return None  # "No response": none was given
    if symbols:
        first = t.split(None, 1)[0].strip(".,:;()").lower()
        if first in symbols:  # a colour of the paper's key ("GREEN")
            return _verdict_concept(symbols[first]), len(t.split(None, 1)[0])
        low = t.lower()
        for term, concept_id in symbols.items():
            if " " in term and low.startswith(term):  # words of the paper's key ("Referred to partner")
                return _verdict_concept(concept_id), len(term)
    if t[0] in _SYMBOLS:
        concept_id = (symbols or {}).get(t[0]) or lexicon().verdict_words.get(t[0])
        if concept_id:
            # "✔ Agreed" says it twice: the words, when they are a verdict, are read as part of it.
            after = _verdict_words(_WORD.findall(t[1:60]))
            used = 1
            if after is not None:
                m = re.search(r"\b" + r"\W+".join(map(re.escape, _WORD.findall(t[1:60])[:after[1]])) + r"\b", t)
                used = m.end() if m else 1
            return _verdict_concept(concept_id), used
    # A qualified verdict is the scheme's partial or negative one, whatever verb it qualifies.
    for pattern, word in ((_PART_VERDICT, "partially"), (_NOT_VERDICT, "no")):
        m = pattern.match(t)
        if m:
            return verdict_for(word), m.end()
    words = _WORD.findall(t[:60])
    found = _verdict_words(words)
    if found is not None:
        concept_found, n = found
        m = re.search(r"\b" + r"\W+".join(map(re.escape, words[:n])) + r"\b", t)
        return concept_found, (m.end() if m else len(" ".join(words[:n])))
    return None


# The columns of a response table, by their headings: the recommendation's number, its text ("Recommendation",
# "Healthwatch recommendation", "Finding and recommendation"), the verdict ("Agreed?", "Supported?", "Response (Agree /
# Disagree)"), the comment that explains it and the owner of the action.
_NUM_HEADS = frozenset({"no", "no.", "#", "ref", "ref.", "number", "rec", "rec.", "rec no", "rec. no", "rec no.",
                        "ref no", "ref no.", "item", "r", "n", "nos", "recommendation number", "recommendation no",
                        "recommendation no.", "rec ref", "finding"})
_OWNER_HEADS = frozenset({"owner", "lead", "by whom", "who", "responsible", "responsible officer", "action owner",
                          "lead officer", "officer", "lead member", "responsibility", "lead director", "lead officer(s)",
                          "accountable officer", "lead organisation", "lead partner", "who will lead", "lead officer/body",
                          "lead agency", "who leads", "lead body"})
# "Healthwatch recommendation", "What I recommended in 2023/24", "Recommendation of the Commission": a column of
# recommendations by its heading.
_NAMED_REC_HEAD = re.compile(r"(?i)(?:[\w’'&]+[ ]){0,3}(?:recommendations?|recommended(?:[ ][\w/]+){0,2})"
                             # "... of the Panel"
                             r"(?:[ ](?:of|from|by|made[ ]by)[ ](?:the[ ])?[\w’'&]+(?:[ ][\w’'&]+)?)?"
                             r"(?:[ ]?/[ ]?(?:agreed[ ])?actions?)?"  # "Recommendation / agreed action"
                             r"(?:[ ]\(.*\))?")
_COMMENT_HEAD = re.compile(r"(?i)\b(?:comments?|respon[ds]\w*|reasons?|explanation|details?|actions?|how[ ]we|update|"
                           r"rationale|progress|narrative)\b")
_RATING_HEADS = frozenset({"rating", "our rating", "rag", "rag rating", "rating of response", "response rating",
                           "our reading", "reading", "our view", "our assessment"})
_ADDRESSEE_HEADS = frozenset({"to", "for", "addressed to", "organisation", "for whom", "who to", "directed to",
                              "to whom", "body"})
# The lead named in brackets at the end of a recommendation: "(Lead: Director of Public Health)".
_ITEM_LEAD = re.compile(r"\((?:Suggested[ ])?[Ll]eads?(?:[ ]officers?)?:[ ](?P<owners>(?:[^()\n]|\([^()\n]*\))+)\)[ ]*$")
_NUM_CELL = re.compile(r"(?i)^(?:recommendation[ \t]+|rec\.?[ \t]*|r)?0*(\d{1,3}(?:\.\d{1,2})?|[a-z]|[ivx]{1,4})"
                       r"[.):]?$")
_LEAD_NUM = re.compile(r"^\(?(\d{1,3}(?:\.\d{1,2})?|[a-zA-Z])[.)][ \t]+(?=\S)")

# "The Board is recommended to", "Cabinet is asked to", "The review group recommends that Cabinet": an item
# that only leads in to the items after it.
_LEAD_IN_ITEM = re.compile(r"(?i)(?:\b(?:recommended|asked|invited|requested|minded)[ \t]+to|\brecommends?"
                           r"(?:[ \t]+that)?(?:[ \t]+(?:the[ \t]+)?[\w'’-]+){0,2}|\bthat(?:[ \t]+the[ \t]+\w+)?"
                           r"|\bresolves?[ \t]+to)[ \t]*[:.-]?$")

# The major number of a numbered paragraph ("2" of "2.1" or "2.0").
_MAJOR = re.compile(r"^(\d{1,3})\.\d{1,3}$")

# "the minutes of the meeting held on 8 October 2024 be confirmed as a correct record": procedure, not a decision.
_MINUTES_RECORD = re.compile(r"(?i)^(?:that[ \t]+)?the[ \t]+minutes\b.{0,120}\b(?:correct|accurate|true)[ \t]+record")


_RESPONSE_DATE = re.compile(r"(?i)date of (?:the )?(?:draft |final )?response[ \t]*:?[ \t]*([^\n]+)")


_REC_WORD = re.compile(r"(?i)recommend|\brec\b")
# The headings of an audit's action plan that answers findings rather than recommendations, and the cue that finds them
# in the lower-cased text.
_FINDING_HEADS = frozenset({"finding", "findings", "issue", "issues", "finding and risk", "issue and risk",
                            "observation", "weakness", "control weakness", "issue identified", "finding identified"})
_PLAN_VERDICT_HEADS = frozenset({"agreed action", "agreed actions", "action agreed", "management action",
                                 "agreed management action", "management response", "management response and action",
                                 "management comments"})
# A column of recommendations headed by what they ask: "Rec | What we asked | Cabinet Member | Response".
_ASK_HEADS = frozenset({"what we asked", "what we asked for", "what was asked", "what we recommended", "the ask", "ask",
                        "asks", "our ask", "what we said"})
_PLAN_CUE = re.compile(r"agreed action|action agreed|management (?:action|response|comments)")
# The same in the lower-cased text, opening with a literal (scanned for at C speed).
_REC_CUE = re.compile(r"rec(?:ommend|\b)")


# "Scrutiny recommendation 3", "RECOMMENDATION 1" (in a box drawn with pipes, read as tabs), "Recommendation 4":
# a recommendation's heading on a line of its own, with up to two words before it.
# A second label on a field's line: "Lead: Director of Public Health.   Timescale: April 2026."
_NEXT_LABEL = re.compile(r"\.?[ \t]+(?=(?:[A-Z][a-z]+)(?:[ ][a-z]+)?[ \t]*:)")
_OWNER_THEN_DATE = re.compile(r"[.,;]?\s+(?=\d{1,2}\s[A-Z][a-z]+\s\d{4}|(?:Q[1-4]|[A-Z][a-z]+)\s\d{4}|\d{4}\b|"
                              r"Not applicable|Complete|Completed|To be confirmed|Ongoing|Immediate)")
_THAT_HEAD = re.compile(r"(?m)^[ \t]*(?P<num>\d{1,2})[.)][ \t]+(?=That[ ])")
_BLOCK_REC_HEAD = re.compile(r"(?im)^[ \t]*(?:[A-Za-z’']+[ \t]+){0,2}?recommendation[ \t]+(?P<num>\d{1,3}|[A-Z])"
                             r"[ \t]*[:.]?[ \t]*(?:\((?P<said>[^()\n]{1,80})\)[ \t]*|"
                             r"[-–][ \t]+(?:for|to)[ \t][^\n]{1,80}|"
                             # "Recommendation 1: Real-time surveillance and reporting": a title over the text
                             r"[:\-–][ \t]+(?!That\b|that\b)(?P<title>[A-Z][^\n]{2,80}(?<![.;,:])))?$")

# "your first recommendation", "the second recommendation": a recommendation by its ordinal.
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL_REC = re.compile(r"(?i)\b(?P<ord>" + "|".join(_ORDINALS) + r")[ ]recommendation\b")

# A verdict stated in a response's sentences rather than in its first words: "The Council accepts this
# recommendation", "This recommendation is agreed", "does not agree that performance should be reported ...".
_PROSE_YES = re.compile(r"(?i)\b(?:we|the[ ]\w+|management|it)[ ](?:fully[ ])?(?:accepts?|agrees?|supports?)\b"
                        r"|\bthis[ ]recommendation[ ]is[ ](?:agreed|accepted|supported)\b"
                        # "Barts Health NHS Trust agreed, and will ...", "agreed in part:" (not "agreed to include")
                        r"|\b(?:agreed|accepted|supported)(?=[,.;:]|[ ](?:in[ ]part|and|with)\b)")
_PROSE_NO = re.compile(r"(?i)\b(?:(?:does|do|did|will|can)[ ]?not|cannot|(?:is|are)[ ]unable[ ]to)[ ]"
                       r"(?P<verb>agree|accept|support|consider)\b(?P<that>[ ]that)?"
                       r"|\bthis[ ]recommendation[ ]is[ ]not[ ](?:agreed|accepted|supported)\b")
# "That recommendations 1 and 2 be approved, and that recommendation 3 be approved with an amendment": a decision
# on recommendations by their numbers or letters ("recommendations (a) and (b) be agreed", "recommendation E be
# deferred").
_RECS_DECIDED = re.compile(
    r"[Rr]ecommendations?[ ](?P<nums>(?:\d{1,2}|\([a-z]\)|[A-Z])(?:(?:,[ ]|[ ]and[ ])(?:\d{1,2}|\([a-z]\)|[A-Z]))*)[ ]"
    r"(?:be|are|were|is|was|have[ ]been|"
    r"has[ ]been)[ ](?P<neg>not[ ])?(?P<verb>approved|agreed|accepted|endorsed|adopted|supported|noted|rejected|"
    r"deferred)(?P<amend>[ ]with[ ](?:an?[ ])?(?:amendments?|modifications?|changes?)|[ ]in[ ]part|[ ]subject[ ]to)?")
# The end of a sentence inside a list item, before the next one opens.
_SENTENCE_BREAK = re.compile(r"(?<=[A-Za-z0-9)][.!?])[ ]+(?=[A-Z])")
# A list introduced as recommendations with their replies ("the responses were summarised as follows:").
_REPLIES = re.compile(r"(?i)\b(?:respon[sd]\w*|repl(?:y|ies|ied)|answer(?:s|ed)?)\b")
_PROSE_PART = re.compile(r"(?i)\b(?:in[ ]part|partly|partially)\b")
_PROSE_NOTED = re.compile(r"(?i)\bwe[ ]note[ ](?:this|the|your)[ ]recommendation\b|\brecommendation[ ]is[ ]noted\b|"
                          r"\b(?:has|have|had)?[ ]?noted[ ](?:this|the|your)[ ]recommendation\b")
# "This recommendation is under consideration": an answer that waits on a decision.
_PROSE_DEFERRED = re.compile(r"(?i)\b(?:recommendation|it)[ ](?:is|remains)[ ](?:still[ ])?under[ ](?:consideration|review)"
                             r"\b|\bwill[ ](?:consider[ ](?:this|the)[ ]recommendation|give[ ]a[ ]decision)\b")
_PROSE_DONE = re.compile(r"(?i)\b(?:is|are)[ ]already[ ](?:happening|in[ ]place|under[ ]?way|being[ ]done)\b|"
                         r"\balready[ ](?:happens|happening)\b")
_NO_RESPONSE = re.compile(r"(?i)(?:no[ ](?:response|reply|answer)|not[ ]yet|awaiting|response[ ]not|no[ ]update)\b")
# How a key describes a verdict: "The recommendation is accepted in part, or ...".
_KEY_LEAD = re.compile(r"(?i)^(?:the|this)[ ]recommendation[ ](?:is|was|has[ ]been)[ ]")

# The labels of a recommendation block's fields, by what the field holds.
_FIELD_LABEL = re.compile(
    r"(?i)^(?P<label>(?:[A-Za-z’']+[ \t]+){0,2}?(?:status|position|decision|verdict|outcome|view|reading)"
    # "Response from Lindsey Ward, Head of Commissioning, Fenwick Council:": a response field naming who gave it
    r"|(?:[A-Za-z’']+[ \t]+){0,2}?(?:response|reply|answer|comments?|update|progress)"
    r"(?:[ \t]+from[ \t](?P<who>[^:\n]{2,160}))?"
    r"|(?:suggested[ \t]+|proposed[ \t]+)?(?:lead(?:[ \t]+officer|[ \t]+member|[ \t]+director|[ \t]+organisation)?"
    r"|responsible[ \t]+officer|action[ \t]+owner|owner|officer)"
    r"|timescales?|target[ \t]+date|by[ \t]+when|deadline|due[ \t]+date"
    r"|for|to|(?:addressed|directed|made)[ \t]+to)"
    r"[ \t]*(?:\?[ \t]*)?(?::[ \t]*(?P<rest>.*)|$)")


def _verdict_in_prose(text: str):
    """The verdict a response states in its sentences, and the span of its words in ``text``: accepted, rejected,
    or partially accepted when it accepts and also declines ("We accept the need for a plan ... However the Council
    does not consider that ...") or declines only a part ("does not agree that performance should be reported to
    the Audit Committee").  None if it states none."""
    noted = _PROSE_NOTED.search(text)
    if noted:
        return verdict_for("noted"), noted.span()
    waiting = _PROSE_DEFERRED.search(text)
    if waiting:
        return verdict_for("deferred"), waiting.span()
    yes, no = _PROSE_YES.search(text) or _PROSE_DONE.search(text), _PROSE_NO.search(text)
    if yes and (no or _PROSE_PART.search(text, yes.start(), yes.end() + 40)):
        return verdict_for("partially"), yes.span()
    if yes:
        return verdict_for("yes"), yes.span()
    if no:
        return verdict_for("partially" if no.group("that") else "no"), no.span()
    return None


def _offset_in(parts: list[tuple[int, int, str]], pos: int) -> int:
    """Where character ``pos`` of the parts' texts joined with spaces is in the document."""
    for start, _, t in parts:
        if pos <= len(t):
            return start + pos
        pos -= len(t) + 1
    return parts[-1][1]


def _fitted_row(cells: list[tuple[int, int, str]], width: int, verdict_col: int, symbols) -> list | None:
    """A row of a response table whose cells hold several paragraphs each, written one a line as Word's, a web
    page's and a PDF's are ("Agreed." / "The assessment will be led by ..."), fitted to the table's ``width``
    columns by its verdict: the columns before the verdict's take a line each but the last of them (the
    recommendation, or a finding's risk), which runs on up to the first line that opens with a verdict; the
    verdict's cell runs on until as many lines are left as there are columns after it (owner, timescale: one line
    each).  None when the row cannot be fitted so."""
    after = width - verdict_col - 1
    v = next((k for k in range(verdict_col, len(cells) - after) if _verdict_in(cells[k][2], symbols)), None)
    if v is None:
        return None

    def joined(part):
        return part[0][0], part[-1][1], " ".join(c[2].strip() for c in part)

    return [*cells[:verdict_col - 1], joined(cells[verdict_col - 1:v]), joined(cells[v:len(cells) - after]),
            *cells[len(cells) - after:]]


def _field_kind(label: str) -> str:
    low = label.lower()
    if " from " in low and low.split(" from ")[0].split()[-1] in ("response", "reply", "answer", "comments", "comment"):
        return "comment"
    last = low.split()[-1]
    if last in ("status", "position", "decision", "verdict", "outcome", "view", "reading"):
        return "verdict"
    if last in ("response", "reply", "answer", "comment", "comments", "update", "progress"):
        return "comment"
    if last in ("timescale", "timescales", "date", "when", "deadline"):
        return "date"
    if last in ("for", "to"):
        return "addressee"
    return "owner"


def _read_block(work: str, pos: int, stop: int):
    """The text and the labelled fields of one recommendation block in ``work[pos:stop]``: ``(text parts, {kind:
    [(start, end, value)]}, end of the block)``, or None when there is no text.  The text is one paragraph; a
    short field (verdict, owner, date) holds one line; a comment runs on to the next label or blank line.
    Unlabelled lines after them end the block (the next section of the paper)."""
    text_parts: list[tuple[int, int, str]] = []
    fields: dict[str, list[tuple[int, int, str]]] = {}
    field, taken, blank, end = None, False, False, pos
    for line in work[pos:stop].split("\n"):
        ls, pos = pos, pos + len(line) + 1
        t = line.strip(" \t")
        if not t:
            blank = True
            continue
        lead = len(line) - len(line.lstrip(" \t"))
        t = " ".join(t.split())
        lm = _FIELD_LABEL.match(t)
        if lm and (len(t) < 200 or lm.group("label").lower().split()[-1] not in ("for", "to")):
            field = _field_kind(lm.group("label"))
            who = lm.group("who")
            if who and field == "comment" and line.find(who[:20]) >= 0:
                # "Response from Maria Conteh, Chief Pharmacist, ...:": who answered
                fs = ls + line.find(who[:20])
                fields.setdefault("responder", []).append((fs, fs + len(who), who))
            rest = (lm.group("rest") or "").strip()
            taken = bool(rest)
            if rest:
                rs = ls + line.find(rest[:20]) if line.find(rest[:20]) >= 0 else ls + lead
                fields.setdefault(field, []).append((rs, rs + len(rest), rest))
            end, blank = ls + len(line), False
            if field == "addressee" and rest and not text_parts:
                field = None  # "For: NHS Cheshire and Merseyside" over the recommendation's text
            continue
        if field is None:
            if blank and text_parts:
                break  # the text is one paragraph: what follows it unlabelled is the next part of the paper
            text_parts.append((ls + lead, ls + lead + len(t), t))
        elif field == "comment" or not taken:
            if taken and blank and (field != "comment" or sum(len(v.split()) for _, _, v in fields[field]) > 4):
                break  # (a response of a few words, "Cabinet response: Accepted", goes on in the paragraph below)
            fields.setdefault(field, []).append((ls + lead, ls + lead + len(t), t))
            taken = True
        else:
            break  # past a one-line field: the next part of the paper
        end, blank = ls + len(line), False
    if not text_parts:
        return None
    return text_parts, fields, end


def _span(entity) -> int:
    return entity.evidence[0].end - entity.evidence[0].start


def _head(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).strip(" :*")


# The cells of a response table, compiled once (asked for every cell of every paper).
_RESPONSE_DATE_CELL = re.compile(r"(?i)date of (?:the )?(?:draft |final )?response")
_CELL_FIELD = re.compile(r"([A-Za-z ]{2,30}):")
_NUMBERED_CELL = re.compile(r"(?i)^(?:recommendation[ \t]+|rec\.?[ \t]*|r)?(\d{1,3}(?:\.\d{1,2})?)[ \t]*[.):\-–]?(?:[ \t]+|$)(.*)$")
# "Recommendation 3:" opening a line (every match holds "recomme", as _RESPONSE_TITLE's do).
_PROSE_REC_NUMBER = re.compile(r"(?im)^[ \t\-•*]*recommendation[ \t]+\d{1,3}[ \t]*[:.\-–]")


def _is_key_term(item: str) -> bool:
    """Whether a list item defines one of the paper's verdict words ("Not accepted – the Cabinet does not agree")."""
    m = _TERM_KEY.match(item)
    return m is not None and _verdict_in(m.group(1)) is not None


class RecommendationRules:
    """Rules of this family, mixed into :class:`~.extract.Extractor` (they use its state)."""

    def _recommendations_from_list(self, ln, block, heading: bool = False, intro_start: int | None = None) -> None:
        if 2 * sum(1 for _, _, t in block if _is_key_term(t)) > len(block):
            return  # "Accepted – the Cabinet agrees ...", "Noted – ...": the key to the answers' words
        intro_start = ln.start if intro_start is None else intro_start
        intro = self.doc.work[intro_start:ln.end]
        maker = None
        m = _RECOMMENDED.search(intro)
        external = False
        if m:
            external = True
            before = self.mentions_in(intro_start, intro_start + m.start(), ("org", "person", "post"))
            if before:
                maker = before[-1][2]
            else:
                maker = self._recommender(intro[:m.start()])
        if maker is None and not external:
            maker = self.front.authors[0] if self.front.authors else None
        addressee = None
        am = re.search(r"\bthat the (.+?) (?:resolves|is asked|are asked|should|agrees|notes)", intro, re.IGNORECASE)
        if am:
            found = self.mentions_in(intro_start + am.start(1), intro_start + am.end(1) + 1, ("org",))
            if found:
                addressee = found[0][2]
        # "... and the Board accepted them all:": one verdict for every item.
        every = _ALL_VERDICT.search(intro)
        # The section the list is in: "2" of its first numbered paragraph, or of the lead-in ("2.1 The Board is
        # recommended to:" over lettered items).
        im = re.match(r"\s*(\d{1,3})\.\d{1,3}\s", self.doc.work[intro_start:ln.end])
        major = im.group(1) if im else next((m.group(1) for m in map(_MAJOR.match, (b[0] for b in block)) if m), None)
        # Bullets have no numbers, but a resolution cites them by position ("recommendations 1 and 2 be approved").
        by_position = len(block) > 1 and not any(num for num, _, _ in block)
        for position, (num, s, t) in enumerate(block, 1):
            if by_position:
                num = str(position)
            if major and _MAJOR.match(num) and not num.startswith(major + "."):
                break  # "3.0 Detail" after "2.1 .. 2.3": the next section of the report, not another recommendation
            if (len(block) > 1 and t.rstrip().endswith(":")) or _LEAD_IN_ITEM.search(t.rstrip()):
                continue  # the lead-in to a list of its own ("11. The review group recommends that Cabinet:")
            num = _LABELLED.sub("", num)
            # "1. Give every patient a named contact. Barts Health agreed, and will ...": the item's own reply
            reply = None if every else self._reply_in_item(s, t, replies=bool(_REPLIES.search(intro)))
            if reply:
                cut, verdict, vs, ve, by = reply
                t, answer = t[:cut].rstrip(), " ".join(t[cut:].split())
            rec = self._add_recommendation(num, s, t, maker=maker, addressee=addressee, rule="list-recommendation")
            if reply:
                self._respond(rec, num, verdict, vs, ve, "list-recommendation", by=by, comment=answer)
            lm = _ITEM_LEAD.search(t)
            if lm:
                # "(Lead: Director of Children's Services; 0-19 Service Manager)": who leads the work it asks for.
                pos = s + lm.start("owners")
                for owner in lm.group("owners").split(";"):
                    os_ = self.doc.work.find(owner.strip(), pos)
                    if os_ >= 0 and owner.strip():
                        self._owner_of(t[:lm.start()], os_, os_ + len(owner.strip()), owner.strip())
                        pos = os_ + len(owner.strip())
            if every:
                vs, ve = intro_start + every.start(), intro_start + every.end()
                self._respond(rec, num, verdict_for(every.group("verdict") or every.group("verdict2")), vs, ve, "list-recommendation")

    def _reply_in_item(self, s: int, t: str, *, replies: bool):
        """The reply a list item gives after its recommendation, in a sentence of its own that states a verdict
        ("Barts Health did not agree, as ...", "The Board noted the recommendation"): ``(where the reply starts in
        the item, verdict, verdict's span, who replied)``, or None.  Taken when the list is introduced as holding
        responses, or when the sentence opens with the body that replies."""
        for m in _SENTENCE_BREAK.finditer(t):
            rest = t[m.end():]
            said = _verdict_in(rest[:50])
            if said is not None and rest[said[1]:said[1] + 1] in (":", ".", ";"):
                found = said[0], (0, said[1])  # "Not agreed: the ICB will instead ...", "Noted."
            else:
                found = _verdict_in_prose(rest)
            if found is None:
                continue
            at = s + m.end()
            who = [k for ms, me, k in self.mentions_at(at) if k.partition(":")[0] in ("org", "post")]
            if not (replies or who):
                return None
            verdict, (a, b) = found
            return m.end(), verdict, at + a, at + b, who[0] if who else None
        return None

    def find_prose_recommendations(self) -> None:
        """"The Committee recommends that ..." written as a sentence rather than a list."""
        work = self.doc.work
        for m in _gated(_PROSE_RECOMMENDS, self.doc, ("recommend", "RECOMMENDED")):
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
        if num and num[0] == "0" and num.isdigit():
            num = num.lstrip("0") or "0"  # "R01": the first recommendation
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

    def find_response_tables(self) -> None:
        """Recommendations with the executive's verdict and comment: from a table or "Recommendation 1: ...
        Response: ..." lines, from a listed item followed by a response line, and from sentences
        ("The cabinet agrees with recommendation 3, that ...")."""
        self._column_response_tables()
        self._recommendation_blocks()
        self._response_cells()
        self._verdict_headings()
        self._item_response_lines()
        self._prose_verdicts()

    def verdict_symbols(self) -> dict[str, str]:
        """What this paper's symbols mean as verdicts, from a key line ("Key: ✔ agreed; ◐ agreed in part; ✘ not
        agreed"): a line that defines two symbols or more, or says it is a key."""
        found = self.__dict__.get("_verdict_symbols")
        if found is not None:
            return found
        found = self.__dict__["_verdict_symbols"] = {}
        work = self.doc.work
        by_line: dict[int, dict[str, str]] = {}
        for m in _SYMBOL_KEY.finditer(work):
            v = _verdict_in(m.group(2))
            if v is not None:
                by_line.setdefault(work.rfind("\n", 0, m.start()) + 1, {}).setdefault(m.group(1), v[0].id)
        for ls, pairs in by_line.items():
            line = work[ls:work.find("\n", ls) if work.find("\n", ls) >= 0 else len(work)].lower()
            if len(pairs) >= 2 or "key" in line or "legend" in line:
                for sym, cid in pairs.items():
                    found.setdefault(sym, cid)
        # A key of colours, one a line: "GREEN   The recommendation is accepted and an action committed to".
        colours = {}
        for m in _gated(_COLOUR_KEY, self.doc, ("GREEN", "Green", "AMBER", "Amber")):
            desc = m.group(2)
            if _NO_RESPONSE.match(desc):
                continue  # "GREY  No response was received": no verdict at all
            lead = _KEY_LEAD.match(desc)
            v = _verdict_in(desc[lead.end():] if lead else desc) or _verdict_in_prose(desc)
            if v is not None:
                colours[m.group(1).lower()] = v[0].id
        if len(colours) >= 2:
            for colour, cid in colours.items():
                found.setdefault(colour, cid)
        # A key of the paper's own words, one a line: "- Referred to partner – the matter is for another body to
        # decide; the Cabinet has noted the recommendation and passed it on", among lines that define the usual words.
        terms = [(m.group(1), m.group(2)) for m in _gated(_TERM_KEY, self.doc, (" – ", " - "))]
        if sum(_verdict_in(term) is not None for term, _ in terms) >= 2:
            for term, desc in terms:
                v = _verdict_in_prose(desc) if _verdict_in(term) is None else None
                if v is not None:
                    found.setdefault(term.lower(), v[0].id)
        return found

    def _column_response_tables(self) -> None:
        """A response table read by its columns, in whatever order they come: a heading row with a recommendation
        column and a verdict column ("No. | Response | Recommendation | Timescale | Lead", "# | Healthwatch
        recommendation | Supported? | How we will respond | Owner | When"), then one row per recommendation."""
        low = self.doc.low
        cues = [m.start() for m in _REC_CUE.finditer(low)]
        if "action" in low:
            cues = sorted(cues + [m.start() for m in _PLAN_CUE.finditer(low)])
        if not cues:
            return
        rows = self.table_rows()
        starts = [r[0][0] if r else -1 for r in rows]
        # Heading rows are those that hold a cue word: found by position, not by reading every row.
        candidates = sorted({bisect.bisect_right(starts, c) - 1 for c in cues} - {-1})
        verdict_heads = self.lex.verdict_headers
        symbols = None
        parties = None
        i = 0
        for cand in candidates:
            if cand < i:
                continue
            i = cand
            row = rows[i]
            i += 1
            if len(row) < 3 or any(len(c[2]) > 60 for c in row):
                continue
            heads = [_head(c[2]) for c in row]
            # An audit's action plan: "Finding | Risk | Agreed action | Responsible officer | Target date", each
            # finding answered by management's verdict at the head of its agreed action.
            plan = not any(_REC_WORD.search(c[2]) for c in row)
            if plan and not (any(h in _FINDING_HEADS for h in heads) and any(h in _PLAN_VERDICT_HEADS for h in heads)):
                continue
            num_col = next((k for k, h in enumerate(heads) if h in _NUM_HEADS), None)
            rec_cols = [k for k, h in enumerate(heads) if (h in _FINDING_HEADS if plan else (
                _REC_HEADER.fullmatch(h) or h in _ASK_HEADS or
                (_NAMED_REC_HEAD.fullmatch(h) and h not in verdict_heads)))]
            # "Rec." numbering the rows is no column of recommendations: "Rec | What we asked | ...", or a table of
            # ratings by number
            rec_col = next((k for k in rec_cols if not (k == num_col and heads[k].startswith("rec"))), None)
            if rec_col is None:
                if num_col is not None:
                    i = self._ratings_by_number(rows, i, heads, num_col)
                continue
            verdict_col = next((k for k, h in enumerate(heads) if k != rec_col and (
                h in verdict_heads or plan and h in _PLAN_VERDICT_HEADS or h.rstrip("?") in verdict_heads or
                h.split(" (")[0] in verdict_heads or
                # "Cabinet decision (Accept / Reject / Defer)": the heading's noun, before the choices it offers
                h.split(" (")[0].rsplit(" ", 1)[-1] in ("decision", "response", "verdict", "agreed", "accepted") or
                # "Status (Accepted/Rejected)": choices that are verdicts
                ("(" in h and any(_verdict_in(c) for c in re.split(r"[/,|]", h[h.find("(") + 1:].rstrip(")")))))),
                None)
            if verdict_col is None:
                if num_col is not None:
                    i = self._numbered_without_verdicts(rows, i, heads, num_col, rec_col)
                continue
            # "Responsible officer and target date", "Lead / timescale": a column of owners with their dates.
            owner_col = next((k for k, h in enumerate(heads) if h in _OWNER_HEADS or
                              re.split(r" and | / |/| \(", h)[0] in _OWNER_HEADS), None)
            comment_col = next((k for k, h in enumerate(heads) if k not in (rec_col, verdict_col, num_col, owner_col)
                                and _COMMENT_HEAD.search(h)), None)
            if symbols is None:
                symbols = self.verdict_symbols()
                parties = self._table_parties()
                dm = _RESPONSE_DATE.search(self.doc.work)
                response_date = parse_date(dm.group(1)) if dm else None
            responder, maker, made_date = parties
            width = len(heads)
            read = 0
            table_start = self.doc.work.rfind("\n", 0, row[0][0]) + 1
            while i < len(rows) and len(rows[i]) >= 2:
                cells = rows[i]
                if len(cells) > width and verdict_col > rec_col:
                    cells = _fitted_row(cells, width, verdict_col, symbols) or cells
                if len(cells) != width:
                    if len(cells) < max(rec_col, verdict_col) + 1 or len(cells) > width:
                        break
                    i += 1
                    continue  # a row with an empty cell: its columns cannot be told apart
                i += 1
                text_s, text_e, text = cells[rec_col]
                num = None
                if num_col is not None:
                    nm = _NUM_CELL.match(cells[num_col][2])
                    num = nm.group(1) if nm else None
                lm = _LEAD_NUM.match(text)
                if lm:
                    num = num or lm.group(1)
                    text_s += lm.end()
                    text = text[lm.end():]
                if num is None:
                    num = str(read + 1)
                verdict = _verdict_in(cells[verdict_col][2], symbols)
                if len(text.split()) < 3:
                    continue
                read += 1
                rec = self._add_recommendation(num, text_s, text, maker=maker, addressee=None, rule="response-table",
                                               date=made_date)
                if maker:
                    self.link(rec, "madeBy", maker, text_s, text_e, "response-table", 0.85)
                comment = ""
                if verdict is not None:
                    concept_found, used = verdict
                    vs = cells[verdict_col][0]
                    comment = cells[verdict_col][2][used:].lstrip(" .,:;-–")
                    if comment_col is not None:
                        comment = (comment + " " + cells[comment_col][2]).strip()
                    self._respond(rec, num, concept_found, vs, vs + used, "response-table", by=responder,
                                  comment=comment, date=response_date)
                if owner_col is not None:
                    os_, oe, owner = cells[owner_col]
                    # an action plan's owner owns the action agreed, written after the verdict
                    what = cells[comment_col][2] if comment_col is not None else comment if plan and comment else text
                    self._owner_of(what, os_, oe, owner)
            if read:
                self.read_tables.append((table_start, rows[i - 1][-1][1]))

    def _ratings_by_number(self, rows, i: int, heads: list[str], num_col: int) -> int:
        """A summary of ratings: "Rec. | Organisation | Rating" rows, each a verdict (a word, or a colour of the
        paper's key) for the recommendation of that number read earlier.  Returns the row after the table."""
        symbols = self.verdict_symbols()
        verdict_col = next((k for k, h in enumerate(heads) if k != num_col and (
            h in self.lex.verdict_headers or h in _RATING_HEADS)), None)
        if verdict_col is None:
            return i
        while i < len(rows) and len(rows[i]) == len(heads):
            cells = rows[i]
            i += 1
            nm = _NUM_CELL.match(cells[num_col][2])
            found = _verdict_in(cells[verdict_col][2], symbols)
            if nm is None or found is None:
                continue
            recs = self._recommendations_numbered(nm.group(1))
            if len(recs) == 1 and not self._answered(recs[0]):
                vs, ve, _ = cells[verdict_col]
                self._respond(recs[0], nm.group(1), found[0], vs, ve, "response-table")
        return i

    def _numbered_without_verdicts(self, rows, i: int, heads: list[str], num_col: int, rec_col: int) -> int:
        """"No. | Recommendation | To": numbered recommendations and whom each is for, with no verdict column (the
        responses come later, or never).  Returns the row after the table."""
        to_col = next((k for k, h in enumerate(heads) if k not in (num_col, rec_col) and h in _ADDRESSEE_HEADS), None)
        _, maker, made_date = self._table_parties()
        start = rows[i - 1][0][0]
        while i < len(rows) and len(rows[i]) >= 2:
            cells = rows[i]
            i += 1
            if len(cells) != len(heads) or all(set(c[2]) <= set("-–— ") for c in cells):
                continue  # a rule under the headings, or a row with an empty cell
            nm = _NUM_CELL.match(cells[num_col][2])
            text_s, text_e, text = cells[rec_col]
            if nm is None or len(text.split()) < 3:
                continue
            addressee = None
            if to_col is not None:
                os_, oe, _ = cells[to_col]
                found = self.mentions_in(os_, oe + 1, ("org", "post"))
                addressee = found[0][2] if found else None
            self._add_recommendation(nm.group(1), text_s, text, maker=maker, addressee=addressee,
                                     rule="response-table", date=made_date)
        self.read_tables.append((start, rows[i - 1][-1][1]))
        return i

    def _recommendation_blocks(self) -> None:
        """A heading of its own per recommendation ("Scrutiny recommendation 3", "RECOMMENDATION 1" in a box,
        "Recommendation 4"), its text, then labelled fields, each on its line ("Trust response: ...", "Status:
        Complete", "Suggested lead: ...") or a label line over its value ("Cabinet position" / "Supported in
        principle").  The verdict is the status or position field's, else the response's opening words, else a
        verdict its sentences state; a lead field, or "Responsible officer:" inside the response, names the owner
        of the agreed action.  A heading over a paragraph with no fields is a recommendation, or, when one of that
        number was read already (a section of responses), the answer to it."""
        work = self.doc.work
        heads = [m for m in _gated(_BLOCK_REC_HEAD, self.doc, ("ecommendation ", "ECOMMENDATION "))]
        first = work.find("ecommendation")
        if first >= 0 and not heads:
            # "1. That the Council and the ICB jointly adopt ..." over its response and "Cabinet's view: Agree":
            # numbered paragraphs in a scrutiny recommendation's words, after the paper speaks of recommendations.
            heads = [m for m in _THAT_HEAD.finditer(work, first)]
        if not heads:
            return
        responder, maker, made_date = self._table_parties()
        symbols = self.verdict_symbols()
        for k, h in enumerate(heads):
            stop = heads[k + 1].start() if k + 1 < len(heads) else min(len(work), h.end() + 6000)
            that = h.re is _THAT_HEAD
            block = _read_block(work, h.end() if that else h.end() + 1, stop)
            if block is None or that and not block[1]:
                continue  # a numbered "That ..." with no response fields is read as a list item elsewhere
            text_parts, fields, end = block
            text = " ".join(t for _, _, t in text_parts)
            if len(text.split()) < 3:
                continue
            if not that and h.group("title") and (_verdict_in(text[:60], symbols) is not None or
                                                  len(h.group("title").split()) > 10 or
                                                  not work.startswith("\n\n", h.end())):
                # "Recommendation 7 – Community Panels" over "Agreed. ...": an answer, read by its own rule; a title
                # is short and stands apart ("Recommendation 2: Terms of reference should be ..." is the text)
                continue
            num = h.group("num")
            start = text_parts[0][0]
            known = self._recommendation_numbered(num)
            self.read_tables.append((h.start(), end))
            # "Recommendation 3 (Partially accepted)": the verdict in brackets after the heading's number.  The
            # paragraph under it answers a recommendation given earlier (the report's table of them), or is one.
            said = None if that else h.group("said")
            answering = False
            if said and _verdict_in(said, symbols) is not None and not fields.get("verdict"):
                fields["verdict"] = [(h.start("said"), h.end("said"), said)]
                answering = known is not None
                fields.setdefault("comment", text_parts if answering else [])
            if not fields and known is not None:
                # "Recommendation 7" over a paragraph, in a section of responses: the answer to one given earlier.
                self._answer_in_prose(known, num, text_parts)
                continue
            if answering and self._answered(known):
                continue
            addressees = [k for f in fields.get("addressee", []) for _, _, k in self.mentions_in(f[0], f[1], ("org",))]
            rec = known if answering else self._add_recommendation(
                num, start, text, maker=maker, rule="response-table", date=made_date,
                addressee=addressees[0] if addressees else None)
            for other in addressees[1:]:  # "For: NHS Cheshire and Merseyside and Community Pharmacy ..."
                self.link(rec, "addressedTo", other, start, start + len(text), "response-table", 0.75)
            for fs, fe, value in fields.get("addressee", []):
                # "To: South Tees Hospitals NHS Foundation Trust": the body a recommendation is put to by name
                # owns the work of carrying it out, whatever it answers.
                self._owner_of(text, fs, fe, value)
            if not fields:
                continue
            comment = fields.get("comment", [])
            verdict, vs, used = None, None, 0
            for field in ("verdict", "comment"):
                if fields.get(field):
                    vs, _, first = fields[field][0]
                    found = _verdict_in(first, symbols)
                    if found is not None:
                        verdict, used = found
                        break
            comment_text = " ".join(t for _, _, t in comment)
            rule = "response-table"
            if verdict is None and comment:
                found = _verdict_in_prose(comment_text)
                if found is not None:
                    verdict, (ps, pe) = found[0], found[1]
                    vs, used, rule = _offset_in(comment, ps), pe - ps, "prose-verdict"
            elif verdict is not None and field == "comment":
                comment_text = comment_text[used:].lstrip(" .,:;-–")
            if verdict is not None:
                self._respond(rec, num, verdict, vs, vs + used, rule, by=self._who_answered(fields) or responder,
                              comment=comment_text or None)
            owners = list(fields.get("owner", []))
            if comment:  # "... from July 2024. Responsible officer: Director of Resources. Due: ..."
                joined = " ".join(t for _, _, t in comment)
                for om in _COMMENT_OWNER.finditer(joined):
                    owners.append((_offset_in(comment, om.start("owner")), _offset_in(comment, om.end("owner")),
                                   om.group("owner")))
                owners += self._leads_in_prose(comment, joined)
            for os_, oe, owner in owners:
                cut = _NEXT_LABEL.search(owner)
                if cut:  # "Lead: Director of Public Health.   Timescale: April 2026."
                    owner = owner[:cut.start()]
                    oe = os_ + len(owner)
                self._owner_of(comment_text or text, os_, oe, owner)

    def _who_answered(self, fields: dict) -> str | None:
        """The person (else post, else body) a block's "Response from ..." label names."""
        for fs, fe, _ in fields.get("responder", [])[:1]:
            found = self.mentions_in(fs, fe + 1, ("person", "post", "org"))
            for family in ("person", "post", "org"):
                for _, _, k in found:
                    if k.partition(":")[0] == family:
                        return k
        return None

    def _leads_in_prose(self, parts: list[tuple[int, int, str]], joined: str) -> list[tuple[int, int, str]]:
        """Who a response says will lead the work, in its sentences: "Gavin Moxley, Head of Trading Standards, will
        lead", "The Director of Public Health will lead the pilot", "The lead is Dr Priya Ramanathan, Consultant in
        Public Health" (``parts``: the response's lines, ``joined``: their text joined with spaces)."""
        out = []
        for m in _PROSE_LEAD.finditer(joined):
            if m.group("after"):
                stop = joined.find(".", m.end())
                s = _offset_in(parts, m.end())
                found = self.mentions_in(s, _offset_in(parts, stop if stop >= 0 else len(joined)),
                                         ("person", "post"))[:2]
            else:
                e = _offset_in(parts, m.start())
                found = self.mentions_in(max(0, e - 90), e + 1, ("person", "post"))[-1:]
            out += [(fs, fe, self.doc.work[fs:fe]) for fs, fe, _ in found]
        return out

    def _answer_in_prose(self, rec: str, num: str, parts: list[tuple[int, int, str]]) -> None:
        """A response to ``rec`` written as sentences (``parts``: their lines), if they state a verdict and no
        response to it was read yet."""
        if self._answered(rec):
            return
        text = " ".join(t for _, _, t in parts)
        found = _verdict_in_prose(text)
        if found is None:
            return
        vs, ve = _offset_in(parts, found[1][0]), _offset_in(parts, found[1][1])
        self._respond(rec, num, found[0], vs, ve, "prose-verdict", comment=text[:600])

    def decided_by_number(self) -> None:
        """"Resolved: That recommendations 1 and 2 be approved, and that recommendation 3 be approved with an
        amendment": each numbered recommendation not yet answered gets that verdict."""
        for m in _gated(_RECS_DECIDED, self.doc, ("ecommendation",)):
            verb = m.group("verb")
            word = ("no" if m.group("neg") or verb == "rejected" else "noted" if verb == "noted" else
                    "deferred" if verb == "deferred" else "partially" if m.group("amend") else "yes")
            for num in re.findall(r"\d{1,2}|(?<=\()[a-z](?=\))|\b[A-Z]\b", m.group("nums")):  # "1 and 2", "(a)", "E"
                recs = self._recommendations_numbered(num)
                if len(recs) > 1:
                    # Minutes number each report's recommendations from 1: the resolution answers the item's own,
                    # the nearest before it.
                    before = [r for r in recs if self.entities[r].evidence[0].start < m.start()]
                    recs = [max(before, key=lambda r: self.entities[r].evidence[0].start)] if before else recs
                if len(recs) == 1 and not self._answered(recs[0]):
                    s, e = self.doc.sentence(m.start(), m.end())
                    by = self.mentions_in(s, m.start(), ("org",))
                    self._respond(recs[0], num, verdict_for(word), m.start("verb"), m.end(), "resolved",
                                  by=by[-1][2] if by else self.front.committee)

    def paragraph_verdicts(self) -> None:
        """Responses written as letters, in their own order: a paragraph that names one recommendation ("On
        recommendation 3, this is already happening", "Your second recommendation we agree with in part") and states
        a verdict answers it, when no response to it was read."""
        work = self.doc.work
        if "ecommendation" not in work:
            return
        pos = 0
        for para in work.split("\n\n"):
            start, pos = pos, pos + len(para) + 2
            if "ecommendation" not in para:
                continue
            by_number, by_ordinal = list(_REC_NUMBER.finditer(para)), list(_ORDINAL_REC.finditer(para))
            nums = {m.group("num") for m in by_number}
            nums |= {str(_ORDINALS.index(m.group("ord").lower()) + 1) for m in by_ordinal}
            if len(nums) != 1:
                continue
            (num,) = nums
            recs = self._recommendations_numbered(num)
            if len(recs) != 1 or self._answered(recs[0]):
                continue  # answered already, or two lists numbered alike: which one it answers is not plain
            rec = recs[0]
            # The paragraph from the line that names the recommendation: a line before it ("Our reading: Agreed.")
            # closes what came before, when a paper sets its parts apart by lines, not blank lines.
            first = min(m.start() for m in by_number + by_ordinal)
            cut = para.rfind("\n", 0, first) + 1
            para, start = para[cut:], start + cut
            lead = len(para) - len(para.lstrip())
            self._answer_in_prose(rec, num, [(start + lead, start + len(para), " ".join(para.split()))])

    def _owner_of(self, what: str, os_: int, oe: int, owner: str) -> None:
        """An action (``what``) owned by the post, person or body named in ``owner``."""
        if owner.strip().lower().rstrip(".") in ("n/a", "tbc", "none", "-", "all"):
            return
        # A cell wrapped over lines of a table laid out with spaces spans other columns' words: read its own text.
        owners = self.mentions_in(os_, oe + 1, ("person", "post", "org")) if \
            " ".join(self.doc.work[os_:oe].split()) == " ".join(owner.split()) else []
        if not owners:
            owner = _OWNER_THEN_DATE.split(owner)[0]  # "Public Health Commissioning Officer. 30 September 2025."
            ref = self.resolve_post_or_body(re.sub(r"^(?:the|The)\s+", "", owner.strip().rstrip(".")))
            owners = [(os_, oe, ref)] if ref else []
        if not owners:
            return
        label = _item_label(what, limit=200)
        if len(label) < 4:
            return
        akey = self.add("Action", label, os_, oe, "action-table", key=f"action:{_norm(_item_label(what))[:100]}")
        for _, _, k in owners:
            self.link(akey, "ownedBy", k, os_, oe, "action-table")

    def _verdict_headings(self) -> None:
        """"Recommendation 3 (Partially accepted): Fund respite ..." and "Recommendation 4: Not accepted" over the
        recommendation's words: a verdict written into the recommendation's own heading."""
        work = self.doc.work
        for m in _gated(_REC_VERDICT_HEAD, self.doc, ("ecommendation ", "ecommendation\t")):
            words = m.group("pv") or m.group("hv")
            verdict = _verdict_in(words)
            if verdict is None:
                continue
            concept_found, used = verdict
            num = m.group("num")
            comment = None
            if m.group("pv"):
                rec = self._add_recommendation(num, m.start("text"), m.group("text"), rule="response-table")
            else:
                rest = words[used:]
                if rest.strip(" .;:-–") and not re.match(r"[ \t]*[.;,:\-–]", rest):
                    continue  # "Recommendation 2: Agree a plan for ...": the recommendation itself, not a verdict
                rec = self._recommendation_numbered(num)
                if rest.strip(" .;:-–"):
                    comment = rest.strip(" .;:-–")  # "Recommendation 1 – Agreed. The forum meets from May."
                    if rec is None:
                        continue
                elif rec is None or m.group("next") and not _REC_VERDICT_HEAD.match(m.group("next")):
                    if not m.group("next") or _REC_VERDICT_HEAD.match(work, m.start("next")):
                        continue
                    rec = self._add_recommendation(num, m.start("next"), m.group("next"), rule="response-table")
            vs = m.start("pv") if m.group("pv") else m.start("hv")
            if self._answered(rec):
                continue
            self._respond(rec, num, concept_found, vs, vs + used, "response-table", comment=comment)

    def _item_response_lines(self) -> None:
        """"(a) That the Council ..." followed by "Executive response: Accepted. ...": a lettered or numbered
        recommendation and, on the next line, whose response it is and its verdict."""
        work, text = self.doc.work, self.doc.text
        for m in _after_words(_RESPONSE_LINE, self.doc, _RESPONSE_WORDS):
            keyword = work.rfind(" ", 0, m.start()) + 1
            ls = work.rfind("\n", 0, m.start()) + 1
            wm = _WHO.fullmatch(work, ls, max(ls, keyword))
            if wm is None:
                continue
            verdict = _verdict_in(m.group("v"))
            if verdict is None:
                continue
            pe = ls
            while pe > 0 and work[pe - 1] in "\n \t":
                pe -= 1
            # The item starts on one of the lines as written above (the work copy may have joined a heading to it).
            rm, ps = None, pe
            for _ in range(4):
                ps = text.rfind("\n", 0, ps - 1) + 1 if ps else 0
                if not text[ps:pe].strip() or "\n\n" in text[ps:pe]:
                    break
                rm = _REC_LINE.match(work, ps, pe)
                if rm or ps == 0:
                    break
            if rm is None:
                rm = self._unnumbered_recommendation(work, text, ls)
            if rm is None or len(rm.group("text").split()) < 3:
                continue
            num = _LABELLED.sub("", rm.group("num").strip("().: \t"))
            rec = self._recommendation_numbered(num)
            if rec is None or _norm(self.entities[rec].label)[:40] != _norm(rm.group("text"))[:40]:
                rec = self._add_recommendation(num, rm.start("text"), rm.group("text"), rule="response-table")
            concept, used = verdict
            comment = m.group("v").strip()[used:].lstrip(" .,:;-–")
            if self._answered(rec):
                # The response table rule read the verdict already; the block may still name the action's owner.
                self._block_owner(rec, comment or rm.group("text"), m.end())
                continue
            vs = m.start("v") + (len(m.group("v")) - len(m.group("v").lstrip()))
            who = self.mentions_in(wm.start("who"), wm.end("who") + 1, ("org", "post")) if wm.group("who") else []
            self._respond(rec, num, concept, vs, vs + used, "response-table", by=who[0][2] if who else None,
                          comment=comment)
            self._block_owner(rec, comment or rm.group("text"), m.end())

    def _unnumbered_recommendation(self, work: str, text: str, ls: int):
        """"Recommendation: Clear the backlog ..." on the line before a response, in a block headed "Finding 1: ...":
        the recommendation takes the block's number (a match with "num" and "text" groups, or None)."""
        pe = ls - 1
        while pe > 0 and work[pe - 1] in "\n \t":
            pe -= 1
        ps = text.rfind("\n", 0, pe) + 1
        fm = _REC_FIELD.match(work, ps, pe)
        if fm is None:
            return None
        block = work[max(0, ps - 600):ps]
        heads = list(_BLOCK_HEAD.finditer(block))
        if not heads or "\n\n" in block[heads[-1].end():].rstrip("\n"):
            return None
        return _NumberedText(heads[-1].group("num"), fm.start("text"), fm.group("text"))

    def _block_owner(self, rec: str, label: str, pos: int) -> None:
        """"Responsible officer: Head of Client Financial Services" in the lines after a response: the agreed action's
        owner."""
        work = self.doc.work
        om = None
        for _ in range(3):  # this paragraph, or one of the next two ("Agreed action: ..." between) in the same block
            end = work.find("\n\n", pos)
            end = len(work) if end < 0 else end
            om = _OWNER_FIELD.search(work, pos, min(end, pos + 600))
            if om is not None or end >= len(work) or _NEXT_BLOCK.match(work, end):
                break
            pos = end + 2
        if om is None or om.group("owner").strip().lower() in ("n/a", "tbc", "none"):
            return
        os_, oe = om.start("owner"), om.start("owner") + len(om.group("owner").rstrip(" ."))
        owners = self.mentions_in(os_, oe + 1, ("person", "post", "org"))
        if not owners:
            ref = self.resolve_post_or_body(work[os_:oe])
            owners = [(os_, oe, ref)] if ref else []
        if not owners:
            return
        akey = self.add("Action", _item_label(label, limit=200), os_, oe, "action-table",
                        key=f"action:{_norm(_item_label(label))[:100]}")
        for _, _, k in owners:
            self.link(akey, "ownedBy", k, os_, oe, "action-table")

    def _prose_verdicts(self) -> None:
        """"The cabinet agrees with recommendation 1, that ...", "does not agree with recommendation 4",
        "notes recommendation 5", "Recommendation 6 is accepted": a verdict written as a sentence."""
        work = self.doc.work
        for rm in _gated(_REC_NUMBER, self.doc, ("ecommendation ",)):
            ls = work.rfind("\n", 0, rm.start()) + 1
            # "Recommendation 2" opening a line after a finished sentence ("Our reading: Agreed.") is a heading: the
            # verdict before it answers the recommendation above
            heading = not work[ls:rm.start()].strip() and work[:ls].rstrip().endswith((".", ":", ";", "!", "?"))
            m = None if heading else _VERB_BEFORE.search(work, max(0, rm.start() - 60), rm.start())
            if m is not None:
                end = rm.end()
            else:
                m = _VERB_AFTER.match(work, rm.end())
                if m is None:
                    continue
                end = m.end()
            num = rm.group("num").strip("()")
            words = m.group("verb").lower()
            part_after = _IN_PART_AFTER.match(work, rm.end()) if m.re is _VERB_BEFORE else None
            if m.groupdict().get("neg"):
                word = "noted" if words.startswith("note") else "no"
            elif part_after or re.search(r"partially|partly|in part", words + " " + (m.groupdict().get("part") or "")):
                word = "partially"
            elif words.startswith("note"):
                word = "noted"
            elif words.startswith(("reject", "decline", "not ")):
                word = "no"
            else:
                word = "yes"
            concept = verdict_for(word)
            first = min(m.start(), rm.start())
            s, e = self.doc.sentence(first, end)
            rest = work[end:e].strip()
            rest = re.sub(r"^(?:,[ ]*)?(?:that|to|which|for|on|about)?[ ]*", "", rest, flags=re.I).rstrip(" .;")
            # Its words follow ("..., that the council publishes a guide"); else it was listed earlier.
            rec = self._recommendation_numbered(num) if len(rest.split()) < 3 else None
            if rec is None:
                text = rest if len(rest.split()) >= 3 else f"Recommendation {num}"
                rec = self._add_recommendation(num, work.find(text, end) if text == rest else rm.start("num"),
                                               text, rule="prose-recommendation")
            if self._answered(rec):
                continue
            # The comment: the sentences after the verdict's, up to the end of its paragraph.
            pe = work.find("\n\n", e)
            pe = len(work) if pe < 0 else pe
            comment = " ".join(work[e:pe].split())[:600]
            by = self.mentions_in(s, first, ("org", "post"))
            self._respond(rec, num, concept, m.start("verb"), m.end("verb"), "response-table",
                          by=by[-1][2] if by else None, comment=comment)

    def _response_cells(self) -> None:
        doc = self.doc
        work = doc.work
        lines, line_cells = doc.lines, doc.line_cells
        read = sorted(self.read_tables)
        # The lines to read: not those of a table _column_response_tables has read by its columns (not again, cell by
        # cell).  Their cells are flattened in C; most papers have no response table and stop below.
        kept = range(len(lines)) if not read else \
            [k for k, ln in enumerate(lines) if not any(a <= ln.start < b for a, b in read)]
        cells: list[tuple[int, int, str]] = list(chain.from_iterable(
            line_cells if not read else (line_cells[k] for k in kept)))
        header = None
        for i, (s, e, t) in enumerate(cells):
            if _REC_HEADER.fullmatch(t):
                window = [c[2].lower().rstrip(" ?:") for c in cells[i + 1:i + 4]]
                if any(w in self.lex.verdict_headers or w.rstrip("?") in self.lex.verdict_headers or
                       w.rsplit(" ", 1)[-1].rstrip("?") in self.lex.verdict_headers for w in window):
                    header = i
                    break
        # The first line that opens with a recommendation's number (tried at the start of each line holding the cue).
        prose = next(_at_line_starts(_PROSE_REC_NUMBER, self.doc, _RESPONSE_TITLE_CUES), None)
        if header is None and prose is None:
            return
        tabbed = {c[0] for k in kept if work.find("\t", lines[k].start, lines[k].end) >= 0
                  for c in line_cells[k]}  # the starts of cells on a line laid out with tabs
        responder, maker, made_date = self._table_parties()
        response_date = None
        dm = _RESPONSE_DATE.search(work)
        if dm:
            response_date = parse_date(dm.group(1))
        rows = []  # [number, start, text_parts, verdict, verdict_span, comment_parts]
        current = None
        start_cell = header + 1 if header is not None else 0
        for s, e, t in cells[start_cell:]:
            if _RESPONSE_DATE_CELL.match(t):
                break
            fm = _CELL_FIELD.match(t)
            if fm and _FIELDS.get(fm.group(1).strip().lower()) in ("author", "date", "committee", "title"):
                break
            nm = _NUMBERED_CELL.match(t) \
                or (re.match(r"^\(?([a-z])[.)]?$()", t) if header is not None else None) \
                or (re.match(r"^\(?([A-Za-z])[.)][ \t]+(\S.*)$", t) if header is not None else None)
            if nm and _DATE_WORDS.match(t):
                nm = None  # "30 April 2024": a target date's cell, not a numbered row
            if nm and rows and header is not None:
                if cells[header][0] in tabbed and s not in tabbed:
                    break  # a numbered paragraph after a table laid out with tabs ("6 RATIONALE", "5.1 Cabinet could")
                if current is not None and current[3] is None and re.fullmatch(re.escape(current[0]) + r"\.1", nm.group(1)):
                    rows.pop()  # "3. CONSULTATION" then "3.1 The responses ...": the next section's heading and paragraph
                    break
            if nm and (current is None or current[3] is not None or not current[2] or (
                    # "Recommendation 2: ..." starts the next one even when the last had no verdict
                    header is None and t.lower().startswith("recommendation") and nm.group(2))) and \
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
            # "... by June 2025. Lead: Head of Adult Social Care Operations.": the owner of the agreed action.
            for cs, ce, ct in comment:
                om = _COMMENT_OWNER.search(ct)
                if om:
                    what = ct[:om.start()].strip() or " ".join(p[2] for p in parts)
                    self._owner_of(what, cs + om.start("owner"), cs + om.end("owner"), om.group("owner"))
            rkey = self.add("Response", f"Response to recommendation {number}" +
                            (f": {verdict.label}" if verdict else ""), vspan[0], vspan[1], "response-table",
                            key=f"response:{_norm(rec)}", verdict=verdict.id,
                            comment=comment_text or None, date=response_date or self.front.date)
            self.link(rkey, "respondsTo", rec, vspan[0], vspan[1], "response-table")
            by = who or responder
            if by:
                self.link(rkey, "respondedBy", by, vspan[0], vspan[1], "response-table", 0.85)
                self.link(rec, "addressedTo", by, s, parts[-1][1], "response-table", 0.7)

    def _respond(self, rec: str, number, verdict, vs: int, ve: int, rule: str, *, by: str | None = None,
                 comment: str | None = None, date: str | None = None) -> str | None:
        """A response with its verdict to recommendation ``rec`` (evidence: the verdict's words)."""
        if verdict is None:
            return None
        rkey = self.add("Response", f"Response to recommendation {number or ''}".rstrip() + f": {verdict.label}",
                        vs, ve, rule, key=f"response:{_norm(rec)}", verdict=verdict.id, comment=comment or None,
                        date=date or self.front.date)
        self.link(rkey, "respondsTo", rec, vs, ve, rule)
        if by:
            self.link(rkey, "respondedBy", by, vs, ve, rule, 0.85)
        return rkey

    def _recommendation_numbered(self, number: str) -> str | None:
        return next(self._numbered(number), None)

    def _recommendations_numbered(self, number: str) -> list[str]:
        """Every recommendation with this number (a paper may number two lists alike)."""
        return list(self._numbered(number))

    def _numbered(self, number: str):
        return (k for k, e in self.entities.items()
                if e.type == "Recommendation" and e.attributes.get("number") == number)

    def _answered(self, rec: str) -> bool:
        """Whether a response to ``rec`` was read already (responses are keyed by their recommendation)."""
        return f"response:{_norm(rec)}" in self.entities

    def _table_parties(self) -> tuple[str | None, str | None, str | None]:
        """:meth:`_response_parties`, with the maker a response table implies when the title does not say: the
        scrutiny committee the paper goes to, or an audit report's author (an audit's recommendations are the
        auditor's)."""
        responder, maker, made_date = self._response_parties()
        committee = self.entities.get(self.front.committee or "")
        if maker is None and committee is not None and committee.attributes.get("kind") == "scrutiny-committee":
            maker = committee.key
        if maker is None and self.front.kind == "audit report" and self.front.authors:
            maker = self.front.authors[0]
        return responder, maker, made_date

    def _response_parties(self) -> tuple[str | None, str | None, str | None]:
        """Who responds to whose recommendations: "X response to recommendations of Y made on DATE"."""
        work = self.doc.work
        m = _RESPONSE_TITLE.search(work[:5000]) if _holds(self.doc, _RESPONSE_TITLE_CUES, 5000) else None
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

    def merge_repeated_recommendations(self) -> None:
        """One recommendation read by two rules is one node: a response table's row is read by its columns and,
        where its cells start with "A." or "1.", as a list item too, with the verdict and comment run on.  Two
        recommendations of the same number (or one without) whose text spans overlap are the same; the tighter
        reading is kept.  Then two responses to one recommendation with the same verdict are one response."""
        recs = sorted((e for e in self.entities.values() if e.type == "Recommendation"),
                      key=lambda e: (e.evidence[0].start, -e.evidence[0].end))
        kept: list = []
        for rec in recs:
            prev = kept[-1] if kept else None
            if prev is not None and rec.evidence[0].start < prev.evidence[0].end and \
                    (rec.attributes.get("number") == prev.attributes.get("number") or
                     None in (rec.attributes.get("number"), prev.attributes.get("number"))):
                wide, tight = (prev, rec) if _span(prev) >= _span(rec) else (rec, prev)
                self._merge_reading(wide.key, tight.key)
                kept[-1] = tight
                continue
            kept.append(rec)
        answered: dict[tuple[str, str], str] = {}
        for link in list(self.links):
            if link.relation != "respondsTo" or link.subject not in self.entities:
                continue
            verdict = self.entities[link.subject].attributes.get("verdict")
            first = answered.setdefault((link.object, verdict), link.subject)
            if first != link.subject:
                self._merge_reading(link.subject, first)

    def _merge_reading(self, old: str, new: str) -> None:
        """``_merge`` for a second reading of the same text: its wording is not another name of the node."""
        keep = set(self.entities[new].aliases)
        self._merge(old, new)
        self.entities[new].aliases = keep

    def find_resolved(self) -> None:
        committee = self.front.committee
        for m in chain(_gated(_RESOLVED, self.doc, ("RESOLVED", "Resolved", "AGREED", "Agreed", "DECISION", "Decision")),
                       _gated(_IT_WAS_RESOLVED, self.doc, ("It was resolved", "It was unanimously resolved"))):
            rest = m.group("rest").strip()
            s = m.start("rest")
            if not rest or rest.endswith(":"):
                # The clauses follow as a list; find_lists reads them as recommendations with the board as maker.
                self._resolved_clauses_below(m.end() + 1, _LISTED_CLAUSE, committee)
                continue
            cm = _CLAUSE_NUMBER.match(rest)
            if cm:
                # "RESOLVED - (1) That ...", with the next clauses on the lines below, or on the same line: "AGREED:
                # (i) that ...; (ii) that ...; and (iii) that ...".
                num, at = cm.group(1), cm.end()
                for im in _INLINE_CLAUSE.finditer(rest, at):
                    if _next_clause(num) == im.group(1):
                        self._resolved_clause(num, s + at, rest[at:im.start()], committee)
                        num, at = im.group(1), im.end()
                self._resolved_clause(num, s + at, rest[at:], committee)
                self._resolved_clauses_below(m.end() + 1, _NUMBERED_CLAUSE, committee)
                continue
            self._resolved_clause(None, s, rest, committee)

    def _resolved_clauses_below(self, pos: int, clause: re.Pattern, committee) -> None:
        """The numbered clauses on the lines from ``pos``, up to the first line that is not one."""
        work = self.doc.work
        lead_in = True
        prev = last = ""
        for line in work[pos:pos + 20000].split("\n"):
            im = clause.match(line)
            if im and last and im.group(1) != _next_clause(last):
                break  # "4.  FOOD POVERTY ...": the next item of the minutes, not a clause after "c)"
            if im:
                # "b) agree that ...; and c) ask officers ...": the next clause may run on in the same line.
                num, at = im.group(1), im.start(2)
                for cm in _INLINE_CLAUSE.finditer(line, at):
                    if cm.group(1) == _next_clause(num):
                        self._resolved_clause(num, pos + at, line[at:cm.start()], committee)
                        num, at = cm.group(1), cm.end()
                self._resolved_clause(num, pos + at, line[at:], committee)
                lead_in = False
                prev, last = line, num
            elif prev and line[:1] in (" ", "\t") and line.strip() and not prev.rstrip().endswith((".", ";", ":")):
                # An indented line that wraps the clause above ("... Learning Disability" / "   Collaborative from
                # 2025/26; and c) ask ..."), perhaps with the next clause run on after it.
                prev = line
                for cm in _INLINE_CLAUSE.finditer(line):
                    if cm.group(1) == _next_clause(last):
                        self._resolved_clause(cm.group(1), pos + cm.end(), line[cm.end():], committee)
                        last = cm.group(1)
            elif line.strip():
                if lead_in and line.rstrip().endswith(":") and len(line.split()) <= 8:
                    lead_in = False  # "The Board:" before its lettered clauses
                else:
                    break
            pos += len(line) + 1

    def _resolved_clause(self, num, s, text, committee) -> None:
        text = re.sub(r"(?i)^that[ \t]+", "", text.strip())
        if len(text) < 4 or _MINUTES_RECORD.match(text) or _RECS_DECIDED.match(text):
            return  # "that recommendations (a) and (b) be agreed" decides on others (decided_by_number)
        key = self._add_recommendation(num, s, text, maker=committee, addressee=None, rule="resolved",
                                       status="resolved", date=self.front.date)
        return key
