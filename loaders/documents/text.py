"""The document text as the rules see it: tokens, lines, sentences and quotes, with offsets kept.

The rules read a *work* copy of the text in which line breaks that only wrap a
sentence (inside an open parenthesis, or before a lower-case continuation) are
turned into spaces.  The copy has the same length as the text, so every span
found in it is a span of the document as read.

Examples
--------
>>> doc = Doc("The Head of policy (City\\n\\nCouncil) spoke.\\nNext line.")
>>> doc.work[24:26]
'  '
>>> doc.quote(4, 8)
'The Head of policy (City\\n\\nCouncil) spoke.'
>>> [t.text for t in doc.tokens[:3]]
['The', 'Head', 'of']
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from itertools import compress, repeat
from operator import itemgetter
from typing import NamedTuple

import ahocorasick

from .lexicon import PhraseGroup, lower_same_length

__all__ = ["Doc", "Token", "Line", "MAX_QUOTE", "SpanIndex", "Cues", "CueSet", "PERSON_LINE", "HONORIFIC", "NAME_WORDS",
           "PERSON_WORD"]

#: Longest quote kept with a fact (characters); longer sentences are cut around the span.
MAX_QUOTE = 400

# Words that can be part of a name: capitalised words, numbers and the joining words.  Other
# lower-case words are not tokens: they sit in the gap between tokens and so break a name.
_TOKEN = re.compile(r"\b(?:[A-Z0-9\u00C0-\u00DE\u0100-\u024F][\w’'\-/]*|and|of|for|in|the|to|a|across|on|at|by)\b"
                    r"(?:[’']s?)?|&")
# Every branch starts with one character ("[.!?;]" spelt out) so that the search scans for them at C speed.
_SENTENCE_END = re.compile(r"\.(?=\s)|!(?=\s)|\?(?=\s)|;(?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-•·*▪◦●–]|\d{1,3}[.)]|\t))|\n(?=[ \t]*[A-Z])|\t")
_WRAP = re.compile(r"\n(?=[ \t]*[a-z(])")
# A row laid out in columns with spaces ("Val Moore      Healthwatch X") is not prose: it does not wrap onto the next.
_LONG_WRAP = re.compile(r"(?m)^[^\t\n:]{60,}[A-Za-z,]\n(?=[A-Z][\w’'\-]*[ ,.])")
# The line break before a line _LONG_WRAP may match: a line of 61 characters or more, no tab or colon.
_LONG_LINE = re.compile(r"\n(?=[^\t\n:]{60,}[A-Za-z,]\n)")
_COLUMN_GAP = re.compile(r"\S[ ]{3,}\S")
# "Recommendation 5 - for Knowsley Council and NHS Cheshire and Merseyside ICB together": a numbered heading, however
# long, does not run on into the paragraph under it.
_NUMBERED_HEADING = re.compile(r"[ \t]*(?:[A-Z][a-z]+[ ]){0,2}?(?:Recommendation|Priority|Theme|Finding|Issue|"
                               r"Objective|Ambition|Outcome)[ ]\d{1,2}\b(?![.,]\d)")
# A line of a list of people: "Adrian Bell - Chair, Healthwatch" starts an entry, it does not continue a sentence.
_LIST_ENTRY = re.compile(r"[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,3}[ ][-–][ ]")
# "Mel Carthew, Strategic Commissioning Manager (Carers), Somerset Council" over "Dr Imran Kellaway, Director ...":
# a list of people one a line, each line opening with a name and a comma.
#: An honorific before a name, and a name of two or three capitalised words (shared with the people rules).
HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Cllr|Councillor)\.?[ ])?"
#: The small letters of a name, accented ones too ("Ciarán", "Wiśniewska"): Latin-1's and Latin Extended-A's.
NAME_LOWER = "a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F"
#: One word of a person's name, with the capitals inside names kept ("McDonald", "O'Neil", "Atkinson-Reay").
PERSON_WORD = r"(?:Mc|Mac|O[’'](?=[A-Z]))?[A-Z][" + NAME_LOWER + r"’']+(?:-[A-Z]?[" + NAME_LOWER + r"’']+)?"
NAME_WORDS = PERSON_WORD + r"(?:[ ]" + PERSON_WORD + r"){1,2}"
# The name may carry a role in brackets before its comma ("Emrys Okafor (Vice-Chairman), Borough Director, ...").
PERSON_LINE = re.compile(r"[ \t]*" + HONORIFIC + r"(?P<name>" + NAME_WORDS + r")(?:[ ]\([A-Z][^()\n]{1,40}\))?"
                         r",[ ][A-Z]")
_PAREN = re.compile(r"\([^()]{0,200}\)")
# A row of a Markdown-style table ("| a | Accepted | ... |"), as PDF and web converters write them.
_PIPE_ROW = re.compile(r"(?m)^[ \t]*\|[^\n]*\|[ \t]*$")
_PIPE_RULE = re.compile(r"^[\s|:\-+]*$")


_START, _TEXT, _FIRST = itemgetter(0), itemgetter(2), itemgetter(0)


class Token(NamedTuple):
    """A word of the text and where it is."""

    start: int
    end: int
    text: str

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        t = self.text
        last = t[-1]
        if last == "s" and t[-2:-1] in ("’", "'"):
            return t[:-2]
        if last in ("’", "'"):
            return t[:-1]
        return t

    @property
    def possessive(self) -> bool:
        return self.text.endswith(("’s", "'s", "s’", "s'"))

    @property
    def capital(self) -> bool:
        return self.text[0].isupper()

    @property
    def allcaps(self) -> bool:
        t = self.text
        return t.isupper() and len(t) >= 2 and (t.isalpha() or sum(c.isalpha() for c in t) >= 2)


class Line(NamedTuple):
    """A line of the text and where it is."""

    start: int
    end: int
    text: str


class Doc:
    """A document's text with the indexes the rules share."""

    def __init__(self, text: str, *, phrase_group: PhraseGroup | None = None) -> None:
        self.text = text
        self.work = _unwrap(text)
        self.low = lower_same_length(self.work)
        self._quotes: dict[tuple[int, int], str] = {}  # a fact and the links drawn from it quote the same span
        self._phrase_group = phrase_group
        self._phrases: dict[int, list] = {}

    @cached_property
    def cues(self) -> Cues:
        """Where the rules' cue strings occur in the work text (case as written)."""
        return Cues(self.work, _WORK_CUES)

    @cached_property
    def low_cues(self) -> Cues:
        """Where the rules' lower-case cue strings occur in :attr:`low`."""
        return Cues(self.low, _LOW_CUES)

    def phrases(self, matcher) -> list:
        """``matcher.find`` over the work text, done once per paper: several rules ask for the same phrases
        (indicators are read for salient topics and again for indicators).  The matchers of the Doc's
        ``phrase_group`` are all run at the first one asked for, in one pass.  The list is shared: do not change it."""
        found = self._phrases.get(id(matcher))
        if found is None:
            group = self._phrase_group
            if group is not None and id(matcher) in group.index:
                for m, each in zip(group.matchers, group.find_each(self.work, lowered=self.low)):
                    self._phrases[id(m)] = each
                found = self._phrases[id(matcher)]
            else:
                found = self._phrases[id(matcher)] = matcher.find(self.work, lowered=self.low)
        return found

    @cached_property
    def tokens(self) -> list[Token]:
        # tuple.__new__ skips NamedTuple's Python-level __new__, and map() the per-match Python calls:
        # a long paper has a token every few characters.
        matches = list(_TOKEN.finditer(self.work))
        spans = zip(map(re.Match.start, matches), map(re.Match.end, matches), map(re.Match.group, matches))
        return list(map(tuple.__new__, repeat(Token, len(matches)), spans))

    @cached_property
    def capitals(self) -> list[int]:
        """Indexes of the tokens that start with a capital letter (where names begin and end)."""
        toks = self.tokens
        firsts = map(_FIRST, map(_TEXT, toks))  # each token's first character, all in C
        return list(compress(range(len(toks)), map(str.isupper, firsts)))

    @cached_property
    def capital_bares(self) -> list[tuple[int, str]]:
        """``(index, word without its possessive)`` of each capitalised token: several rules walk them all."""
        toks = self.tokens
        return [(i, toks[i].bare) for i in self.capitals]

    @cached_property
    def token_starts(self) -> list[int]:
        return list(map(_START, self.tokens))

    @cached_property
    def lines(self) -> list[Line]:
        out = []
        pos = 0
        new = tuple.__new__
        for raw in self.text.split("\n"):
            end = pos + len(raw)
            out.append(new(Line, (pos, end, raw)))
            pos = end + 1
        return out

    @cached_property
    def _boundaries(self) -> list[int]:
        return list(map(re.Match.end, _SENTENCE_END.finditer(self.work)))

    def token_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.token_starts, pos)

    def gap(self, i: int) -> str:
        """The characters between token ``i`` and token ``i + 1``."""
        toks = self.tokens
        if i + 1 >= len(toks):
            return self.work[toks[i].end:]
        return self.work[toks[i].end:toks[i + 1].start]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The span of the sentence around ``start..end`` (stretched to cover the span)."""
        b = self._boundaries
        text = self.text
        i = bisect.bisect_right(b, start)
        s = b[i - 1] if i > 0 else 0
        j = bisect.bisect_left(b, end if end > start else start + 1)  # max(end, start + 1), without the call
        e = b[j] if j < len(b) else len(text)
        while s < start and text[s].isspace():
            s += 1
        while e > end and (text[e - 1].isspace() or text[e - 1] == "\t"):
            e -= 1
        return s, e if e > end else end

    def quote(self, start: int, end: int) -> str:
        """The sentence around a span, at most :data:`MAX_QUOTE` characters."""
        q = self._quotes.get((start, end))
        if q is None:
            q = self._quotes[start, end] = self._quote(start, end)
        return q

    def _quote(self, start: int, end: int) -> str:
        s, e = self.sentence(start, end)
        if e - s > MAX_QUOTE:
            room = max(0, (MAX_QUOTE - (end - start)) // 2)
            s = max(s, start - room)
            e = min(e, max(end, s + MAX_QUOTE))
        return self.text[s:e].strip()

    @cached_property
    def line_cells(self) -> list[list[tuple[int, int, str]]]:
        """Each line's tab-separated cells ``(start, end, text)`` (stripped, empty ones left out), read once for the
        rules that read tables and response cells."""
        work = self.work
        out = []
        for ln in self.lines:
            cells = []
            pos = ln.start
            for part in work[ln.start:ln.end].split("\t"):
                if part.strip():
                    lead = len(part) - len(part.lstrip())
                    cells.append((pos + lead, pos + lead + len(part.strip()), part.strip()))
                pos += len(part) + 1
            out.append(cells)
        return out

    @cached_property
    def line_starts(self) -> list[int]:
        """Where each line of :attr:`text` starts."""
        return [ln.start for ln in self.lines]

    def line_index(self, pos: int) -> int:
        """Index of the line that holds character ``pos``."""
        return max(bisect.bisect_right(self.line_starts, pos) - 1, 0)

    def line_at(self, pos: int) -> Line:
        return self.lines[self.line_index(pos)]


class CueSet:
    """The cue strings the rules have asked for so far, as one Aho-Corasick automaton (rebuilt when one is added).

    The rules ask for a fixed set of cues, so the automaton settles after the first papers of a run.  Past
    :attr:`LIMIT` cues (a rule asking for words of each paper's own) no more are added: those are found with
    ``str.find``, which is as exact, rather than rebuilding the automaton for every paper."""

    LIMIT = 5000

    def __init__(self) -> None:
        self.needles: set[str] = set()
        self._built: tuple[ahocorasick.Automaton | None, frozenset[str]] | None = None

    def add(self, needle: str) -> None:
        if needle and needle not in self.needles and len(self.needles) < self.LIMIT:
            self.needles.add(needle)
            self._built = None

    def automaton(self) -> tuple[ahocorasick.Automaton | None, frozenset[str]]:
        """The automaton and the needles it holds."""
        if self._built is None:
            held = frozenset(self.needles)
            automaton = None
            if held:
                automaton = ahocorasick.Automaton()
                for needle in held:
                    automaton.add_word(needle, needle)
                automaton.make_automaton()
            self._built = (automaton, held)
        return self._built


_WORK_CUES = CueSet()
_LOW_CUES = CueSet()


class Cues:
    """Every position of each cue string in one text, all cues found in one pass.

    The rules gate their patterns on cue strings ("ecommendation", "known as", " team"): a pattern is tried only if,
    or only where, one occurs.  ``str.find`` reads the whole paper once per cue, and an absent cue (the usual case)
    costs a full read: over a hundred a paper.  One pass of an automaton of every cue asked for so far finds them all.
    A cue the automaton does not hold yet (the first paper of a run asks for every cue its rules reach) is found with
    ``str.find`` and joins the automaton for the next paper: the positions are the same either way.

    >>> cues = Cues("the team and a unit team", CueSet())
    >>> cues.positions(" team"), cues.positions("unit"), cues.positions("board")
    ([3, 19], [15], [])
    """

    def __init__(self, text: str, cue_set: CueSet) -> None:
        self.text = text
        self.cue_set = cue_set
        self._found: dict[str, list[int]] | None = None
        self._held: frozenset[str] = frozenset()

    def positions(self, needle: str) -> list[int]:
        """Start of each occurrence of ``needle`` (overlapping ones too), in text order.  The list is shared: do not
        change it."""
        found = self._found
        if found is None:
            found = self._scan()
        got = found.get(needle)
        if got is not None:
            return got
        if needle in self._held:
            return _NONE
        self.cue_set.add(needle)
        text = self.text
        got = found[needle] = []
        i = text.find(needle)
        while i >= 0:
            got.append(i)
            i = text.find(needle, i + 1)
        return got

    def _scan(self) -> dict[str, list[int]]:
        automaton, self._held = self.cue_set.automaton()
        found: dict[str, list[int]] = {}
        if automaton is not None:
            for end, needle in automaton.iter(self.text):
                got = found.get(needle)
                if got is None:
                    got = found[needle] = []
                got.append(end - len(needle) + 1)
        self._found = found
        return found


_NONE: list[int] = []


class SpanIndex:
    """Spans ``(start, end, value)`` kept in text order in buckets, so adding one is cheap anywhere.

    One sorted list would make each insertion move half the list (quadratic on a long paper).

    >>> ix = SpanIndex()
    >>> for span in [(50, 60, "b"), (5, 9, "a"), (5000, 5004, "c")]:
    ...     ix.add(*span)
    >>> [v for s, e, v in ix.iter_from(6)], [v for s, e, v in ix.iter_back(60)]
    (['b', 'c'], ['b', 'a'])
    """

    SIZE = 1024

    def __init__(self) -> None:
        self.buckets: dict[int, list[tuple[int, int, str]]] = {}
        self.last = -1
        self.longest = 0

    def add(self, start: int, end: int, value: str) -> None:
        b = start // self.SIZE
        bisect.insort(self.buckets.setdefault(b, []), (start, end, value))
        # Comparisons, not max(): a paper adds a span for every mention and claim.
        if b > self.last:
            self.last = b
        if end - start > self.longest:
            self.longest = end - start

    def iter_from(self, start: int):
        """Spans starting at or after ``start``, in text order."""
        start = max(start, 0)
        first = start // self.SIZE
        for b in range(first, self.last + 1):
            items = self.buckets.get(b)
            if not items:
                continue
            i = bisect.bisect_left(items, (start, -1, "")) if b == first else 0
            yield from items[i:]

    def iter_back(self, pos: int):
        """Spans starting before ``pos``, nearest first."""
        for b in range(min(pos // self.SIZE, self.last), -1, -1):
            items = self.buckets.get(b)
            if not items:
                continue
            i = bisect.bisect_left(items, (pos, -1, ""))
            yield from reversed(items[:i])

    def __iter__(self):
        return self.iter_from(0)

    def __len__(self) -> int:
        return sum(len(v) for v in self.buckets.values())

    def replace(self, old: str, new: str) -> None:
        for b, items in self.buckets.items():
            if any(v == old for _, _, v in items):
                self.buckets[b] = sorted((s, e, new if v == old else v) for s, e, v in items)


def _unwrap(text: str) -> str:
    """Join lines that only wrap a sentence; keep the length."""
    # The characters replaced, by position: most papers change a few (often none), so the copy is made from slices
    # of the text, not from a list of every character.
    changes: dict[int, str] = {}
    # Markdown-style table rows read as tab-separated cells; their rule lines ("|---|---|") as blanks.
    if "|" in text:
        for m in _PIPE_ROW.finditer(text):
            rule = bool(_PIPE_RULE.match(m.group()))
            for k in range(m.start(), m.end()):
                if rule or text[k] == "|":
                    changes[k] = "\t" if text[k] == "|" and not rule else " "
    # Line breaks before a lower-case continuation (not a table cell).
    for m in _WRAP.finditer(text):
        prev_end = m.start()
        before = text[max(0, prev_end - 1):prev_end]
        line_start = text.rfind("\n", 0, prev_end) + 1
        if text.startswith("\t", line_start):
            continue
        if before and before not in ".:;!?":
            changes[m.start()] = " "
    # A long line that stops mid-sentence wraps onto the next ("... the Health and Wellbeing\nBoard agreed").
    for m in _long_wraps(text):
        nl = m.end() - 1
        if _COLUMN_GAP.search(text, m.start(), nl) or _NUMBERED_HEADING.match(text, m.start(), nl):
            continue
        if text[nl + 1:nl + 2] not in ("", "\n", "\t", "-", "•", "·", "*") and not text[nl + 1:nl + 2].isdigit() \
                and not _LIST_ENTRY.match(text, nl + 1) and not (PERSON_LINE.match(text, nl + 1) and
                                                                 PERSON_LINE.match(text, m.start())):
            changes[nl] = " "
    # Line breaks inside a short parenthesis.
    for m in _PAREN.finditer(text):
        k = text.find("\n", m.start(), m.end())
        while k >= 0:
            changes[k] = " "
            k = text.find("\n", k + 1, m.end())
    if not changes:
        return text
    out = []
    prev = 0
    for k in sorted(changes):
        out.append(text[prev:k])
        out.append(changes[k])
        prev = k + 1
    out.append(text[prev:])
    return "".join(out)


def _long_wraps(text: str):
    """``_LONG_WRAP.finditer(text)``, tried only at the starts of lines long enough: a pattern anchored with ``^``
    is tried at every character, while :data:`_LONG_LINE` skips from one line break to the next."""
    for start in (0, *map(re.Match.end, _LONG_LINE.finditer(text))):
        m = _LONG_WRAP.match(text, start)
        if m:
            yield m
