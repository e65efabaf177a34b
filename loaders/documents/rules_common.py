"""What the rule families share: confidences, dates, layout patterns and small helpers."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date as _date
from functools import lru_cache

from partnergraph.graph import normal_name

from .text import PERSON_WORD

__all__ = ["_norm", "CONF", "_MONTHS", "_MONTH_ABBR", "_DATE_WORDS", "_DATE_NUM", "_DATE_ISO", "_FIELDS", "_ITEM",
           "_PARA_NUM", "_RESPONSE_TITLE", "_RELATION_WORDS", "_DETERMINER_WORDS", "_PERSON_WORD", "_APPOSED_NAME",
           "_KIND_HEADS", "_KIND_HEAD_WORDS", "_KIND_WORDS", "_TRAILING_YEARS", "_ORG", "parse_date", "_iso",
           "_subsequence",
           "_item_label", "_PART_VERDICT", "_NOT_VERDICT", "_MATCHERS", "_gated", "_line_gated", "_cue_lines",
           "_in_lines", "_matches_at", "_at_each_line", "_after_words", "_holds", "_at_line_starts", "_odd_case",
           "_matches_from", "_RESPONSE_TITLE_CUES", "_PERSON_POST_GAP"]

_norm = lru_cache(maxsize=65536)(normal_name)


def _gated(pattern: re.Pattern, doc, needles: tuple[str, ...], *, starts: tuple[str, ...] = ()):
    """``pattern.finditer(doc.work)``, skipped when the work text holds none of ``needles``: literals one of which
    every match of the pattern contains.  The needles are looked up in the paper's cue index (one pass for all the
    rules' cues); a regular expression that starts with a word boundary or an alternation tries every position of
    the text.  With ``starts``, the words every match starts with, the pattern is tried only there
    (:func:`_matches_at`)."""
    positions = doc.cues.positions
    for needle in needles:
        if positions(needle):
            return _matches_at(pattern, doc, starts) if starts else pattern.finditer(doc.work)
    return iter(())


def _line_gated(pattern: re.Pattern, doc, needles: tuple[str, ...], *, word_end: bool = False):
    """``pattern.finditer(doc.work)`` over only the lines that hold one of ``needles`` (lower case, found in
    ``doc.low``, the text in lower case with the same offsets).

    For a pattern no match of which crosses a line break or ends on a bare ``$``, and every match of which holds one
    of the needles.  Finding the needles is one lookup in the paper's cue index, while a pattern that opens with a
    common letter or a word boundary is tried at nearly every character: most papers have a few lines worth trying.
    Each line is scanned with its line break (lookaheads see it) and what comes before it (lookbehinds and ``\\b``
    see that).  ``word_end``: every match holds a needle that ends a word (``\\b`` after it), so only such count.
    """
    return _in_lines(pattern, doc.work, _cue_lines(doc, needles, word_end=word_end))


def _holds(doc, needles: tuple[str, ...], limit: int | None = None) -> bool:
    """Whether ``doc.low`` (or its first ``limit`` characters) holds one of ``needles`` (lower case), from the paper's
    cue index: the cheap test before a pattern every match of which holds one of them is searched for."""
    positions = doc.low_cues.positions
    for needle in needles:
        found = positions(needle)
        if found and (limit is None or found[0] + len(needle) <= limit):
            return True
    return False


def _cue_lines(doc, needles: tuple[str, ...], limit: int | None = None, *,
               word_end: bool = False) -> list[tuple[int, int]]:
    """Spans of the lines of ``doc.work`` that hold one of ``needles`` (lower case, found in ``doc.low``), each with
    its line break.  With ``limit``, the lines of ``doc.work[:limit]``: needles that end by ``limit``, lines cut
    there.  With ``word_end``, only needles followed by no word character (as ``\\b`` after a needle that ends
    with a letter): "service" in "a new service." but not in "services"."""
    text = doc.work
    size = len(text) if limit is None else min(limit, len(text))
    lines = set()
    positions = doc.low_cues.positions
    for needle in needles:
        last = size - len(needle)  # the last start of a needle that ends by ``size``
        found = positions(needle)
        k, n = 0, len(found)
        while k < n:
            i = found[k]
            if i > last:
                break
            if word_end:
                after = text[i + len(needle):i + len(needle) + 1]
                if after.isalnum() or after == "_":
                    k += 1
                    continue
            end = text.find("\n", i, size)
            end = size if end < 0 else end + 1
            lines.add((text.rfind("\n", 0, i) + 1, end))
            k = bisect_left(found, end, k + 1)  # the next one after this line (a line may hold hundreds of commas)
    return sorted(lines)


def _at_line_starts(pattern: re.Pattern, doc, needles: tuple[str, ...]):
    """``pattern.finditer(doc.work)`` for a pattern that matches only at the start of a line (``(?m)^``) and never
    across one, every match of which holds one of ``needles`` (see :func:`_line_gated`): one ``match`` at the start
    of each line that holds one, where ``finditer`` would test ``^`` at every character of the paper."""
    work = doc.work
    for start, _ in _cue_lines(doc, needles):
        m = pattern.match(work, start)
        if m:
            yield m


def _at_each_line(pattern: re.Pattern, doc):
    """``pattern.finditer(doc.text)`` for a pattern that matches only at the start of a line (``(?m)^``): one
    ``match`` at each line's start, where ``finditer`` would test ``^`` at every character of the paper."""
    return _matches_from(pattern, doc.text, doc.line_starts)


# Letters a case-blind pattern matches as "i" or "s" though lower case leaves them as they are.
_ODD_CASE = ("ı", "İ", "ſ")


def _odd_case(doc) -> bool:
    """Whether the paper holds "ı", "İ" or "ſ": a case-blind pattern reads them as "i" or "s", so cue words with
    those letters, looked up in ``doc.low``, cannot gate it."""
    positions = doc.low_cues.positions
    return any(positions(c) for c in _ODD_CASE)


def _in_lines(pattern: re.Pattern, text: str, lines: list[tuple[int, int]]):
    """``pattern.finditer`` over each of ``lines`` of ``text`` in turn (see :func:`_line_gated`)."""
    for start, end in lines:
        yield from pattern.finditer(text, start, end)


def _matches_at(pattern: re.Pattern, doc, words: tuple[str, ...], lines: list[tuple[int, int]] | None = None):
    """``pattern.finditer(doc.work)`` for a pattern every match of which starts with one of ``words`` (lower case,
    found in ``doc.low``, the text in lower case with the same offsets), on one of ``lines`` if given
    (:func:`_cue_lines`).

    The pattern is tried only where a word starts, in text order and never inside the match before, as ``finditer``
    would: the words are found in the paper's cue index (or by ``str.find`` within the few lines given), while a
    pattern that opens with a word boundary or one of many letters is tried at nearly every character.  Lookbehinds
    and ``\\b`` see the text before each try.
    """
    low = doc.low
    if lines is None:
        positions = doc.low_cues.positions
        starts = set().union(*(positions(word) for word in words))
    else:
        starts = set()
        for first, last in lines:
            for word in words:
                i = low.find(word, first, last)
                while i >= 0:
                    starts.add(i)
                    i = low.find(word, i + 1, last)
    return _matches_from(pattern, doc.work, starts)


def _matches_from(pattern: re.Pattern, text: str, starts):
    """``pattern.finditer(text)`` for a pattern every match of which starts at one of ``starts`` (positions, in any
    order, perhaps more than the matches): tried there in text order, never inside the match before."""
    end = 0
    for i in sorted(starts):
        if i >= end:
            m = pattern.match(text, i)
            if m:
                yield m
                end = m.end()


def _after_words(pattern: re.Pattern, doc, words: tuple[str, ...]):
    """Matches of ``pattern`` right after each of ``words`` (found in the paper's cue index): the cheap way to scan
    for a few cue words that begin with common letters, which a regular expression would try at every one of those
    letters."""
    text = doc.work
    positions = doc.cues.positions
    for word in words:
        for i in positions(word):
            if not (i and text[i - 1].isalnum()):
                m = pattern.match(text, i + len(word))
                if m:
                    yield m


# Between a person's name and their post ("Tony Okoro, Chief Executive", "Sam Lee (Director of ...", a column gap):
# the people and the body rules read a post's holder and employer across it.
_PERSON_POST_GAP = re.compile(r",[ \t]+|[ ]\(|\t+|[ ]{2,}")


# Rule confidences: how often a careful reader agreed with the rule on our test papers.
CONF = {
    "front-matter": 0.95, "name": 0.9, "name-plural": 0.6, "acronym": 0.95, "reference": 0.8, "kind-phrase": 0.75,
    "named-body": 0.9, "person-honorific": 0.95, "person-post": 0.9, "person-speaker": 0.85, "person-role": 0.85,
    "person-attendance": 0.95, "person-front": 0.95, "post": 0.85, "list-theme": 0.85, "list-recommendation": 0.9,
    "lower-case-team": 0.6, "inline-theme": 0.8, "prose-recommendation": 0.75, "numbered-theme": 0.9, "prose-theme":
    0.6, "passing-theme": 0.6, "mentioned-topic": 0.5, "finding-heading": 0.75, "apposition": 0.75, "review-topic": 0.7, "title-theme": 0.6,
    "response-table": 0.95, "prose-verdict": 0.75, "resolved": 0.9, "action-line": 0.9, "action-table": 0.85, "indicator": 0.85, "share-of": 0.7, "affiliation": 0.75, "figures-row": 0.75,
    "indicator-table": 0.85, "target":
    0.8, "strategy-phrase": 0.75, "title-programme": 0.8, "quoted-title": 0.8, "relation": 0.7, "possessive": 0.8,
    "post-in": 0.8, "membership": 0.7, "leadership": 0.75, "partnership": 0.65, "delivery": 0.7, "reports-to": 0.75,
    "person-signature": 0.85, "person-table": 0.9, "agenda-theme": 0.6, "launched-service": 0.75, "partner-list": 0.6,
    "service-object": 0.6, "numbered-scheme": 0.85,
    "numbered-recommendation": 0.85, "numbered-answer": 0.9, "summed-answer": 0.85,
    "commitment": 0.85, "commitment-lead": 0.75, "priority-lead": 0.8,
}

_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                       "august", "september", "october", "november", "december"), 1)}

_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()}

# Each starts with a digit, not "\b": a pattern that opens with a character class is searched for that
# class at C speed; "\d(?<!\w\d)" is "\b\d" (the character before the digit is not a word character).
_DATE_WORDS = re.compile(
    r"(\d(?<!\w\d)\d?)(?:st|nd|rd|th)?[ \t]+(January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?[ \t]+(\d{4})\b", re.IGNORECASE)

_DATE_NUM = re.compile(r"(\d(?<!\w\d)\d?)/(\d{1,2})/(\d{4}|\d{2})\b")

_DATE_ISO = re.compile(r"(\d(?<!\w\d)\d{3})-(\d{2})-(\d{2})\b")

# Front-matter labels: the field each means.  Matched at the start of a line or after "**".
_FIELDS = {
    "to": "committee", "committee": "committee", "meeting": "committee", "report to": "committee",
    "board": "committee", "decision maker": "committee", "decision taker": "committee",
    "date": "date", "date of meeting": "date", "meeting date": "date", "date of the meeting": "date",
    "date of decision": "date", "decision date": "date",
    "report of": "author", "report by": "author", "report author": "author", "author": "author",
    "contact officer": "author", "contact": "author", "report contact": "author", "reporting officer": "author", "report writer": "author",
    "lead officer(s)": "author", "author(s)": "author", "lead officer": "author", "report sponsor": "author",
    "sponsor": "author", "responsible officer": "author", "executive board member": "author",
    "cabinet member": "author", "portfolio holder": "author", "presented by": "author", "lead member": "author",
    "executive member": "author", "officer contact": "author", "report from": "author",
    "title of report": "title", "title": "title", "subject of report": "title", "audit title": "title",
    "subject": "title", "report title": "title",
    "key decision": "key_decision", "wards affected": "wards", "ward(s) affected": "wards", "wards": "wards",
}

_ITEM = re.compile(
    r"^(?P<indent>[^\S\n]*)(?P<bullet>[-•·*▪◦●■–](?=[ \t])|o(?=[ \t]))?[^\S\n]*"
    r"(?P<num>(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)](?=[ \t]|$)|\((?:\d{1,3}|[a-zA-Z]|[ivx]{1,5})\)"
    # "R1 Writes the next strategy ...", "Rec 2: ...": recommendations labelled with their letter.
    r"|(?:R|Rec\.?[ ]?)\d{1,2}[.):]?(?=[ \t])"
    r"|\d{1,3}(?:\.\d{1,3})+(?=\s)|\d{1,3}\*{1,2}(?=\s)|\d{1,3}(?=\s|$))?[^\S\n]*(?P<rest>.*)$")

_PARA_NUM = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?$|^\d{1,3}\*{0,2}$")

# One of which every match of _RESPONSE_TITLE holds, in lower case ("recomme": a case-blind "i" may be a dotless "ı").
_RESPONSE_TITLE_CUES = ("recomme",)
_RESPONSE_TITLE = re.compile(r"response[ \t]+to[ \t]+(?:the[ \t]+)?recommendations?[ \t]+(?:of|from|by|made[ \t]+by)"
                             r"[ \t]+", re.IGNORECASE)

_RELATION_WORDS = (
    "includes", "including", "comprises", "comprising", "is made up of", "brings together", "consists of",
    "engagement in", "engaged in", "represented on", "representation on", "sit on", "sits on", "member of",
    "members of", "participation in", "participate in", "involvement in", "with partners", "in partnership with",
    "work with", "working with", "jointly with", "together with", "leadership of", "led by", "chaired by",
    "hosted by", "convened by", "coordinated by", "co-ordinated by", "delivering", "delivered by", "will deliver",
    "delivers", "report to", "reports to", "reporting to", "accountable to", "sub-group of", "subgroup of",
    "answerable to", "funded by", "financed by", "paid for by", "commissioned by")

_DETERMINER_WORDS = frozenset({"The", "This", "That", "These", "Those", "Our", "Their", "Its", "Your", "A", "An"})

# A person's name right after a post: "Head of Policy, Sam Lee, said", "Director (Sam Lee)", "Mayor Sam Lee".
_PERSON_WORD = PERSON_WORD

# "a transformation programme, Our Future Council," / "Our Dorset, the integrated care system,".
# A small joining word may sit inside it, and it may wrap onto the next line ("From Harm to" / "Hope").
# Words of a name may wrap onto an indented line ("... the Healthy Lifestyles Family" / "    Service, a ...").
_NG = r"(?:[ ]?\n[ ]{0,8}|[ ])"
_APPOSED_NAME = (rf"(?P<name>(?:Our|One)[ ][A-Z][\w’'\-]*(?:{_NG}(?:(?:to|of|for|and|the|in|on){_NG})?[A-Z][\w’'\-]*){{0,4}}|"
                 rf"[A-Z][\w’'\-]*(?:{_NG}(?:(?:to|of|for|and|the|in|on){_NG})?[A-Z][\w’'\-]*){{0,4}})")

_KIND_HEAD_WORDS = ("programme", "strategy", "plan", "partnership", "fund", "project", "pilot", "scheme", "system",
                    "board", "network", "alliance", "framework", "campaign", "service", "initiative")
_KIND_HEADS = r"(?P<head>" + "|".join(_KIND_HEAD_WORDS) + ")"
# The words before a kind: lower-case, or whose it is and where ("the county's mental wellbeing campaign", "the
# Council's perpetrator programme", "the Greater Manchester programme").
_KIND_WORDS = r"(?:(?:[a-z][a-z\-]+|[A-Z][a-z\-]+|[A-Za-z]+['’]s|NHS)[ ]){0,5}"

_TRAILING_YEARS = re.compile(r"(?:[ ](?:19|20)\d\d(?:[ ]?(?:[/\-–]|to)[ ]?(?:19|20)?\d\d)?)+$")

_ORG = ("Organisation", "Board", "Partnership")


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO ``YYYY-MM-DD`` ("17th January 2019" -> "2019-01-17").

    >>> parse_date("Date of the meeting 12 June 2019"), parse_date("13/04/2018"), parse_date("soon")
    ('2019-06-12', '2018-04-13', None)
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


def _iso(y: int, mo: int | None, d: int) -> str | None:
    try:
        return _date(y, mo or 0, d).isoformat() if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def _subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


_TRAILING_JOIN = re.compile(r"(?:[;,]?\s*(?:and|or))$")  # "; and" at the end of a list item


def _item_label(text: str, limit: int = 200) -> str:
    """A list item's words, without the joins that tie it to the next ("; and")."""
    t = " ".join(text.split())
    t = _TRAILING_JOIN.sub("", t).strip()
    t = t.rstrip(" ;,:.")
    if len(t) > limit:
        cut = t[:limit].rsplit(" ", 1)[0]
        t = cut + "…"
    return t


# A verdict qualified by "in part" or "not", whatever verb or tense it qualifies ("Agree in part", "Partly supported",
# "Not supported", "Do not agree").
_VERDICT_VERB = r"(?:accept(?:ed|s)?|agree[ds]?|support(?:ed|s)?|approved?|endorsed?)"
_PART_VERDICT = re.compile(rf"(?i)^(?:(?:partly|partially|in[ \t]+part)[ \t]+{_VERDICT_VERB}|"
                           rf"{_VERDICT_VERB}[ \t]+in[ \t]+part)\b")

_NOT_VERDICT = re.compile(rf"(?i)^(?:not|do[ \t]+not|does[ \t]+not|cannot|unable[ \t]+to)[ \t]+{_VERDICT_VERB}\b")

_MATCHERS: dict = {}
