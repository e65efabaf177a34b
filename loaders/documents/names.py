"""Name rules: bodies, posts, strategies and initiatives found by the word their names end with.

A council paper names a body the way English names things: capitalised words
ending in a head noun ("Stronger Communities Partnership", "City Executive Board").
:func:`name_runs` walks back from each head noun over capitalised words (and the
"and", "&" that join them), so no list of particular names is needed; the head
noun says what kind of thing it is.  Posts are found the same way, and also head
first ("Head of Legal Services", "Cabinet Member for Housing, Planning and
Regeneration").

Examples
--------
>>> from .text import Doc
>>> [(r.category, r.label) for r in name_runs(Doc("Our work with the Stronger Communities Partnership."))]
[('body', 'Stronger Communities Partnership')]
>>> [(r.category, r.label) for r in post_runs(Doc("Mike Brown, Head of policy and partnerships (the Council)"))]
[('post', 'Head of Policy and Partnerships')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

from .lexicon import kind_of, lexicon
from .text import HONORIFIC, NAME_WORDS, Doc, Token

__all__ = ["Run", "name_runs", "post_runs", "body_first_runs", "title_case", "is_name_word", "person_words_ok"]

_SMALL = frozenset({"and", "of", "for", "the", "in", "on", "to", "a", "an", "at", "by", "with"})
_JOIN_BACK = frozenset({"and", "&"})
_JOIN_GERUND = frozenset({"the", "of", "in", "for", "to", "a"})
_JOINS = _JOIN_BACK | _JOIN_GERUND
# The gaps between two words of one name, as sets of strings: a set lookup instead of a regular expression's
# fullmatch, asked hundreds of thousands of times a medium bench.  One or two spaces (not a tab: a tab separates
# table cells).
_SPACE_GAPS = frozenset(a + b for a in " \u00a0" for b in ("", " ", "\u00a0"))
# Regulations made under an Act are cited after it: "Health and Social Care Act 2008 (Regulated Activities)
# Regulations 2014".
_REGULATIONS_UNDER_ACT = re.compile(r" \([A-Z][\w’'\-]*(?: [A-Za-z][\w’'\-]*){0,5}\) (?:[A-Z][\w’'\-]* ){0,3}"
                                    r"Regulations(?: (?:19|20)\d\d)?\b")
# The area a trust named "University Hospitals" serves, after those words.
_TRUST_PLACE = re.compile(r"[ ]((?:of[ ])?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?:[ ]and[ ][A-Z][a-z]+)?)\b(?![ ]?[A-Z])")
_NHS_AFTER = re.compile(r"(?:[ ]and[ ][A-Z][a-z]+)*[ ]NHS\b")  # "... of Derby and Burton NHS Foundation Trust"
_YEARS = re.compile(r" (?:19|20)\d\d(?:[/\-–](?:19|20)?\d\d|[ ]to[ ](?:19|20)\d\d)?\b")
# A comma and one to three spaces.
_COMMA_GAPS = frozenset("," + "".join(spaces) for k in (1, 2, 3) for spaces in product(" \u00a0", repeat=k))
# A name wrapped onto an indented line of a list item ("... Young People's Safeguarding\n   Partnership").
_HANGING_GAP = re.compile(r"[ ]?\n[ ]{2,8}")
_HANGING_GAPS = frozenset(space + "\n" + " " * k for space in ("", " ") for k in range(2, 9))  # its full matches
# A line that opens with a field's label ("Auditor: ...", "Date of final report: ...").
_FIELD_LINE = re.compile(r"[A-Z][\w’'\-]*(?:[ ][A-Za-z][\w’'\-]*){0,3}[ \t]*:[ \t]")


@dataclass
class Run:
    """A name found in the text: its span, its words as a label, and what its head says it is."""

    start: int
    end: int
    label: str
    category: str  # body | post | strategy | initiative
    head: str
    aliases: list[str] = field(default_factory=list)
    plural: bool = False
    rule: str = ""


@lru_cache(maxsize=65536)
def title_case(text: str) -> str:
    """Title case for words written in capitals ("HEAD OF AUDIT" -> "Head of Audit"); others kept."""
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        letters = [c for c in w if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and (len(letters) > 4 or w.lower() in _SMALL
                                                               or _is_word(w)):
            lw = w.lower()
            out.append(lw if (i and lw in _SMALL) else lw[:1].upper() + lw[1:])
        elif w and w[0].islower() and w not in _SMALL and i == 0:
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


def _is_word(w: str) -> bool:
    # Short all-capital words that are words, not acronyms.
    return w.lower() in {"head", "of", "and", "for", "the", "to", "in", "team", "unit", "fund", "plan", "city",
                         "care", "board", "group", "trust", "audit", "chief", "chair", "lead", "hub"}


def is_name_word(tok: Token) -> bool:
    """A capitalised word or an acronym that may be part of a name."""
    return tok.capital or tok.text == "&"


_HEADS: dict[str, str] = {}


def _norm_head(tok: Token) -> str:
    """The word as a head noun: no possessive, capitals only at the start ("BOARD" -> "Board")."""
    text = tok.text
    w = _HEADS.get(text)
    if w is None:
        w = tok.bare
        if tok.allcaps and len(w) > 2 and w not in lexicon().body_heads:  # "CVS" is a head as it is written
            w = w[:1] + w[1:].lower()
        if len(_HEADS) < 100000:
            _HEADS[text] = w
    return w


def _capital_heads(doc: Doc) -> list[tuple[int, str]]:
    """``(index, head)`` of each capitalised token: the three walks over a paper's names read every one of them."""
    found = doc.__dict__.get("_capital_heads")
    if found is None:
        toks = doc.tokens
        found = doc.__dict__["_capital_heads"] = [(i, _norm_head(toks[i])) for i in doc.capitals]
    return found


def _capital_heads_in(doc: Doc, heads) -> list[tuple[int, str]]:
    """``(index, head)`` of the capitalised tokens whose head is one of ``heads``: each walk over a paper's names
    starts only at its own heads (a few in ten capitalised words), picked out by one set lookup a word."""
    return [pair for pair in _capital_heads(doc) if pair[1] in heads]


def _named_heads(doc: Doc) -> set[str]:
    """The paper's capitalised words that are head nouns of a body, post, strategy or initiative on their own."""
    return {head for head in {head for _, head in _capital_heads(doc)} if _category(head, []) is not None}


_BARE_CATEGORY: dict[str, str | None] = {}


def _category(head: str, modifiers: list[str]) -> str | None:
    if not modifiers:
        # Asked for every capitalised word of a paper: without modifiers the answer depends on the head only.
        try:
            return _BARE_CATEGORY[head]
        except KeyError:
            cat = _category_of(head, modifiers)
            if len(_BARE_CATEGORY) < 100000:
                _BARE_CATEGORY[head] = cat
            return cat
    return _category_of(head, modifiers)


def _category_of(head: str, modifiers: list[str]) -> str | None:
    lex = lexicon()
    if head == "Executive":
        return "post" if modifiers and modifiers[-1] in ("Chief",) else "body"
    if head == "Town":
        return "initiative" if any(m.lower() == "healthy" for m in modifiers) else None
    if head in lex.place_heads:
        return "body"
    if head == "System":
        # "Integrated Care System" is a partnership; an "Information System" is not a body.
        # The NHS's maternity systems too: "Local Maternity and Neonatal System".
        return "body" if not modifiers or modifiers[-1] in ("Care", "Maternity", "Neonatal") else None
    if head in lex.body_heads:
        if modifiers and modifiers[0] in lex.post_modifiers and head in ("Auditor", "Commissioner", "Officer"):
            return "post"
        return "body"
    if head in lex.strategy_heads:
        return "strategy"
    if head in lex.initiative_heads:
        return "initiative"
    if head in lex.post_heads:
        return "post"
    return None


def name_runs(doc: Doc) -> list[Run]:
    """Every capitalised name that ends in a head noun of a body, post, strategy or initiative."""
    lex = lexicon()
    toks = doc.tokens
    out: list[Run] = []
    n = len(toks)
    for i, head in _capital_heads_in(doc, _named_heads(doc)):
        tok = toks[i]
        if doc.work.startswith("(", tok.end):
            continue
        # A head followed by another head word of a name continues it ("Partnership Board").
        # "... Hull University" / "Teaching Hospitals NHS Trust": a prose line cut inside a trust's name
        wrapped = doc.gap(i) == "\n" and head in _INNER_HEADS and _wrapped_at(doc, tok)
        if i + 1 < n and not tok.possessive and (doc.gap(i) in _SPACE_GAPS or wrapped) and toks[i + 1].capital:
            nxt = _norm_head(toks[i + 1])
            if _category(nxt, [head]) is not None and not _opens_own_line(doc, i + 1):
                continue
            if (head in _INNER_HEADS or toks[i + 1].bare == "NHS") and _longer_body_follows(doc, i + 1):
                continue  # "Teaching Hospitals NHS Foundation Trust", "Partnership NHS Trust": inside the trust's name
            if head == "Healthwatch":
                continue  # "Healthwatch Coventry": named head first with its place (find_named_bodies reads it)
            if _instrument_follows(doc, i + 1):
                continue  # "NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000": a law's title
            if tok.allcaps and toks[i + 1].allcaps and doc.gap(i) in _SPACE_GAPS and len(toks[i + 1].bare) > 3:
                continue  # "UNPAID CARERS AND HOSPITAL DISCHARGE": in a heading in capitals the head may be a word
        words = _walk_back(doc, i)
        if len(words) > 1 and _opens_own_line(doc, i):
            continue  # "... North Yorkshire Council" / "Lead member peer": a short line's first word heads no name
        modifiers = [t.bare for t in words[:-1]]
        cat = _category(head, modifiers)
        if cat is None:
            continue
        if i + 1 < n and toks[i + 1].bare in ("Members", "Member") and modifiers and \
                all(w in _MEMBER_KINDS for w in modifiers):
            continue  # "Statutory Voting Board Members Present:": the kind of members, not a board's name
        if cat == "body" and modifiers and all(w in _ONLY_SOME for w in modifiers):
            continue  # "Additional Council contribution": which of a kind, not a body's name
        # Drop leading stop words ("The", "Our", months).
        while words and ((_norm_head(words[0]) in lex.name_stop and _norm_head(words[0]) not in _STOP_INSIDE) or words[0].text.lower() in _SMALL
                         or words[0].text == "&" or words[0].text[0].isdigit() and not _AGES.fullmatch(words[0].text)
                         and not _opens_with_years(words[0], words[1:])) and len(words) > 1:
            words = words[1:]
        if len(words) < 2:
            continue
        words = _split_listed(words)
        if len(words) < 2 or (head in _SURNAMES and len(words) == 2):
            continue  # "Ewan Grant" is a person, not a grant
        start, end = words[0].start, tok.end - (len(tok.text) - len(tok.bare))
        if cat in ("strategy", "initiative"):
            ym = _YEARS.match(doc.work, end)
            if ym:
                end = ym.end()  # "Joint Local Health and Wellbeing Strategy 2022", "Plan 2023-2030"
                if head == "Act":
                    rm = _REGULATIONS_UNDER_ACT.match(doc.work, end)
                    end = rm.end() if rm else end
        elif head == "Hospitals" and len(words) == 2 and words[0].bare == "University":
            pm = _TRUST_PLACE.match(doc.work, end)
            if pm and not any(_category(w, ["x"]) for w in pm.group(1).split() if w[0].isupper()) and \
                    not _NHS_AFTER.match(doc.work, pm.end()):
                end = pm.end()  # "University Hospitals Sussex", "University Hospitals of Morecambe Bay": a trust
        raw = doc.work[start:end]
        label, aliases = _clean_label(raw)
        if cat != "body" and label in lex.named_bodies:
            continue  # "Trading Standards": a body named without a head word, not the standards it enforces
        out.append(Run(start, end, label, cat, head, aliases, plural=head.endswith("s") and
                       head not in ("Services", "Ltd"), rule=f"name-{cat}"))
    return out


def _opens_with_years(first: Token, rest: list[Token]) -> bool:
    """Whether ``first`` and the words after it open a name with a span of years: "10 Year Health Plan"."""
    return first.text.isdigit() and len(first.text) <= 2 and len(rest) >= 2 and rest[0].bare == "Year"


def _split_listed(words: list[Token]) -> list[Token]:
    """"Sheffield Citizens Advice and South Yorkshire Police" is two names: keep the last.

    A name joined by "and" has short parts ("Health and Wellbeing Board", "Kent and Medway
    ... Partnership"); a part of three words or more before "and" ends another name.
    """
    joins = [k for k, t in enumerate(words) if t.text.lower() in ("and", "&")]
    cut = 0
    prev = 0
    compounds = lexicon().and_compounds
    for k in joins:
        if k - prev >= 3 and len(words) - k - 1 >= 2 and 0 < k < len(words) - 1 and \
                f"{words[k - 1].bare.lower()} and {words[k + 1].bare.lower()}" not in compounds and \
                not any(w.bare == "Hospitals" for w in words[prev:k]):  # "University Hospitals X and Y NHS Trust"
            cut = k + 1
        elif 0 < k < len(words) - 1 and words[k + 1].bare.lower() not in lexicon().not_places and \
                any(w.bare == words[k + 1].bare for w in words[prev:k]):
            cut = k + 1  # "Healthwatch Brent and Brent Council": a word said again after "and" starts another name
        elif 1 < k < len(words) - 2 and _category(_norm_head(words[k - 1]), ["x"]) == "body" and \
                f"{words[k - 1].bare.lower()} and {words[k + 1].bare.lower()}" not in compounds:
            cut = k + 1  # "Walsall LINk and NHS West Midlands ... Authority": a body's name ends before "and"
        prev = k + 1
    return words[cut:]


def _walk_back(doc: Doc, i: int) -> list[Token]:
    """Tokens of the name ending at token ``i``, first to last."""
    lex = lexicon()
    toks = doc.tokens
    work = doc.work
    words = [toks[i]]
    j = i - 1
    breaks = row_breaks(doc)
    while j >= 0:
        t = toks[j]
        gap = work[t.end:toks[j + 1].start]  # doc.gap(j), without the call (j < i: a token follows)
        if breaks and t.end in breaks:
            break  # the row of a list laid out in columns ends here
        if gap == "\n" and _FIELD_LINE.match(doc.work, toks[j + 1].start):
            break  # "... Audit Committee" / "Auditor: Priya Desai": a field's label opens the next line
        if gap == ") " or gap == ")  ":
            # "Health Inequalities Commission (HIC) Implementation Group"
            if t.allcaps and j > 0 and doc.gap(j - 1).endswith("(") and toks[j - 1].capital \
                    and (doc.gap(j - 1)[:-1] or " ") in _SPACE_GAPS:
                words[0:0] = [toks[j - 1], t]
                j -= 2
                continue
            break
        if gap in _COMMA_GAPS and t.capital and not t.possessive and any(w.text == "and" for w in words) \
                and j and not toks[j - 1].capital and _norm_head(t) not in lex.name_stop \
                and not (toks[j - 1].text.lower() in _JOIN_BACK and j > 2 and toks[j - 3].text == "of"):
            # "Education, Health and Care Plan": a list of single words closed by "and" inside one name; not
            # "Director of Adults and Communities, Redcar and Cleveland Borough Council", a post's field, then a body.
            words.insert(0, t)
            j -= 1
            continue
        if gap == " upon " and t.capital and words[0].capital and not t.text.endswith(("ing", "ed")) and \
                t.bare not in lex.name_stop:
            words.insert(0, t)  # "Richmond upon Thames Health and Wellbeing Board": a place's name joined by "upon"
            j -= 1
            continue
        if not (gap in _SPACE_GAPS or gap in _HANGING_GAPS and not _name_alone_on_line(doc, t) or (
                gap == "\n" and t.capital and _wrapped_at(doc, t))):
            break
        if j < i - 1 and t.text.startswith("Healthwatch") and t.bare == "Healthwatch":
            break  # "Healthwatch Brent" is named head first (find_named_bodies); it does not open a longer name
        if t.possessive:
            if t.bare in lex.name_possessives:
                words.insert(0, t)
                j -= 1
                continue
            break
        low = t.text.lower()
        if t.capital and not (t.allcaps and low in _SMALL):
            head = _norm_head(t)
            if head in lex.name_stop and head not in _STOP_INSIDE:
                words.insert(0, t)  # stripped later as a leading stop word
                break
            words.insert(0, t)
            j -= 1
            continue
        if low in _JOIN_BACK and j > 0 and doc.gap(j - 1) in _SPACE_GAPS and toks[j - 1].capital \
                and not toks[j - 1].possessive:
            prev = _norm_head(toks[j - 1])
            if _category(prev, []) in ("body",) and prev.endswith("s"):
                break  # "Thematic Boards and the ..." is a list, not one name
            if toks[j - 1].allcaps and not toks[i].allcaps:
                break  # "CCG, NHS and County Council" is a list too
            words.insert(0, t)
            j -= 1
            continue
        if _AGES.fullmatch(t.text) and words[0].capital or _opens_with_years(t, words):
            words.insert(0, t)  # "0-19 Public Health Service", "10 Year Health Plan": ages served, years it spans
            break
        if low in _JOIN_GERUND and j > 0 and doc.gap(j - 1) in _SPACE_GAPS and toks[j - 1].capital and (
                (toks[j - 1].text.endswith("ing") and j + 1 < i) or
                (low == "of" and toks[j - 1].bare in ("City", "Borough", "County", "Isle", "Isles")) or
                (low == "of" and f"{toks[j - 1].bare.lower()} of {words[0].bare.lower()}" in lex.of_compounds)):
            # "Closing the Gap Symposium", "City of York Council", "Cost of Living Alliance"; not "Requiring the
            # Committee['s Attention]", where the gerund's object is the head itself
            words.insert(0, t)
            j -= 1
            continue
        break
    # "and" or "&" cannot start a name.
    while words and words[0].text.lower() in _JOINS:
        words.pop(0)
    return words


_COLUMN_ROW = re.compile(r"\S[ ]{3,}\S")
# A lower-case word after a capitalised one that makes it a modifier: "Lead member peer", "Board members".
_MODIFIER_NEXT = re.compile(r"[ ](?!(?:of|for|and|in|on|at|to|the|a|an|with|by|from|or|is|are|was|were|has|have|will|"
                            r"would|should|can|may|must|who|which|that|as)\b)[a-z][a-z’'\-]*\b")
_PERSON_ALONE = re.compile(r"[ \t]*" + HONORIFIC + NAME_WORDS)


def row_breaks(doc: Doc) -> frozenset[int]:
    """Line ends of rows laid out in columns with spaces ("Dr Colin Greaves     Director of Public Health, NHS
    Salford" / "Marie Kettle ..."), where the work copy joined the next line as if a sentence wrapped: a name never runs
    across one."""
    found = doc.__dict__.get("_row_breaks")
    if found is None:
        text, work = doc.text, doc.work
        out = set()
        if "   " in text:
            pos = text.find("\n")
            while pos >= 0:
                if work[pos] != "\n":
                    ls = text.rfind("\n", 0, pos) + 1
                    if _COLUMN_ROW.search(text, ls, pos):
                        out.add(pos)
                pos = text.find("\n", pos + 1)
        found = doc.__dict__["_row_breaks"] = frozenset(out)
    return found


def _opens_own_line(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens a short line of its own (under 40 characters) as a modifier of the lower-case word
    after it ("Lead member peer" under "..., North Yorkshire Council"): it neither ends nor continues the name on
    the line above."""
    tok = doc.tokens[k]
    text = doc.text
    if tok.possessive or k == 0 or "\n" not in text[doc.tokens[k - 1].end:tok.start] or \
            not _MODIFIER_NEXT.match(doc.work, tok.end):
        return False
    le = text.find("\n", tok.start)
    return (len(text) if le < 0 else le) - (text.rfind("\n", 0, tok.start) + 1) < 40


def _name_alone_on_line(doc: Doc, t: Token) -> bool:
    """Whether the line ending with token ``t`` holds a person's name and nothing else ("    Councillor Naomi Ward" over
    "    Chair, ..."): the line under it, however indented, opens the post they hold, not more of a name."""
    ls = doc.work.rfind("\n", 0, t.start) + 1
    return bool(_PERSON_ALONE.fullmatch(doc.work, ls, t.end))


def _wrapped_at(doc: Doc, t: Token) -> bool:
    """Whether the line ending with token ``t`` is a long line of prose cut by the page's width, so that a name runs on
    to the next line ("... it belongs to all of us: Wakefield" / "Council, the ...")."""
    ls = doc.work.rfind("\n", 0, t.start) + 1
    return t.end - ls >= 60 and "\t" not in doc.work[ls:t.end]


# Words that say what kind of members sit on a board ("Co-opted Board Members"), never a board's own name.
_MEMBER_KINDS = frozenset({"Statutory", "Voting", "Non-Voting", "Non-voting", "Co-opted", "Co-Opted", "Associate",
                           "Lay", "Elected"})
# Words that pick out some of a kind ("Additional Council funding", "Relevant Partners"), never a body's whole name.
_ONLY_SOME = frozenset({"Additional", "Existing", "Relevant", "Respective", "Individual", "Separate", "Same"})
# Head words that often sit inside a longer body's name ("University Hospitals Birmingham NHS Foundation Trust").
_INNER_HEADS = frozenset({"Hospital", "Hospitals", "University", "College", "Infirmary"})


def _instrument_follows(doc: Doc, k: int) -> bool:
    """Whether capitalised words from token ``k`` run on, within four, to the word that ends a law's title
    ("... Partnership Arrangements Regulations"): the name before is part of that title."""
    toks = doc.tokens
    for m in range(k, min(k + 4, len(toks))):
        if not toks[m].capital or m > k and doc.gap(m - 1) not in _SPACE_GAPS:
            return False
        if toks[m].bare in _INSTRUMENTS:
            return True
    return False


# The words that end the title of a law.
_INSTRUMENTS = frozenset({"Regulations", "Act", "Order", "Directions", "Bill"})


def _longer_body_follows(doc: Doc, k: int) -> bool:
    """Whether two or more capitalised words from token ``k`` run on to a body's head word."""
    toks = doc.tokens
    m = k
    while m + 1 < len(toks) and doc.gap(m) in _SPACE_GAPS and (toks[m + 1].capital or (
            toks[m + 1].text == "and" and m + 2 < len(toks) and toks[m + 2].capital)):
        m += 1
        if toks[m].capital and toks[m + 1:m + 2] and toks[m + 1].text == "and" and \
                _category(_norm_head(toks[m]), ["x"]) == "body":
            return True  # "... Hospital NHS Foundation Trust and Community Action": the trust ends before "and"
    return m > k and toks[m].capital and _category(_norm_head(toks[m]), ["x"]) == "body"


# Head words that are also common surnames.
_SURNAMES = frozenset({"Grant", "Town", "Award", "Prize", "Challenge", "Summit"})

# Words that open sentences but also open names ("Public Health Team", "New Deal Fund").
# The ages a service is for, at the start of its name: "0-19 Public Health Service".
_AGES = re.compile(r"\d{1,2}[-–]\d{1,2}")
_STOP_INSIDE = frozenset({"Public", "Key", "New", "Other", "Health", "Information", "Safety", "Consultation",
                          "Engagement", "Stakeholder", "Financial"})

_PAREN_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)\s*")


def _clean_label(raw: str) -> tuple[str, list[str]]:
    """A label without inner acronyms in brackets, plus the short form that uses the acronym."""
    raw = " ".join(raw.split())
    aliases = []
    m = _PAREN_ACRONYM.search(raw)
    if m:
        short = raw[m.end():]
        aliases.append(f"{m.group(1)} {short}".strip())
        raw = (raw[:m.start()] + " " + raw[m.end():]).strip()
    label = title_case(raw)
    return label, [title_case(a) for a in aliases]


# -- posts named head first -----------------------------------------------------------------

_POST_FIRST_LAST = frozenset(p.split()[-1] for p in lexicon().post_first)
_POST_FIRST_HEADS = _POST_FIRST_LAST | {"Holder"}  # the heads post_runs starts at
_HONORIFIC_PLURALS = frozenset({"Councillors", "Cllrs", "Drs"})
_LOWER_WORD = re.compile(r"[a-z][a-z’'\-]*")
_COMPLEMENT_STOP = frozenset({"the", "a", "an", "to", "on", "at", "is", "was", "were", "are", "be", "who",
                              "which", "that", "has", "had", "have", "will", "would", "with", "from",
                              "by", "as", "it", "its", "this", "these", "their", "our", "in", "into"})


_DETERMINERS = frozenset({"The", "This", "That", "These", "Those", "A", "An", "Our", "Their", "Its", "His",
                          "Her", "Each", "Every", "Any", "Some", "Appendix", "Item", "Agenda"})


_PORTFOLIO = re.compile(r",[ ](?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,[ ])+[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ]and[ ][A-Z][a-z]+"
                        r"(?:[ ][A-Z][a-z]+)?\b(?![ ]?[A-Z(])")


# "Corporate Director, Adults and Wellbeing", "Executive Director, Children's Services", "Assistant Director, Housing":
# a short portfolio after the comma of a qualified director, up to the end of its clause.
_SHORT_PORTFOLIO = re.compile(r",[ ](?:[A-Z][a-z]+(?:['’]s)?|[A-Z]{2,6}|\d{1,2}-\d{1,2})"
                              r"(?:[ ](?:(?:and|&)[ ])?(?:[A-Z][a-z]+(?:['’]s)?|[A-Z]{2,6})){0,3}"
                              r"(?=[ ]?[,.;:)(\t\n]|[ ]+[a-z]|[ ]\(|$)")
# "Director: Health & Wellbeing", "Assistant Director - Prevention and Early Intervention": a portfolio after a colon
# or a dash, as some councils write their directors' titles.
_COLON_PORTFOLIO = re.compile(r"(?::|[ ][-–])[ ][A-Z][a-z]+(?:['’]s)?"
                              r"(?:(?:[ ](?:and|&))?[ ][A-Z][a-z]+(?:['’]s)?){0,4}"
                              r"(?=[ ]?[,.;:)(\t\n]|[ ]+[a-z]|[ ]{2,}|$)")
# A council's directors, whose portfolio after a comma may end with a body's word ("Executive Director, Children's
# Services"); after other titles such words are the body the post is in ("Clinical Director, Fenwick GP Alliance").
_DEPARTMENT_DIRECTORS = frozenset({"Executive", "Strategic", "Corporate", "Assistant", "Deputy", "Service", "Interim",
                                   "Acting", "Managing"})
_DIRECTOR_QUALIFIERS = _DEPARTMENT_DIRECTORS | {"Associate", "Clinical", "Medical", "Operational"}
# A portfolio holder's or cabinet member's fields after a colon, to a bracket's or line's end or a full stop.
_PORTFOLIO_FIELD = r"[A-Z][a-z]+(?:['’]s)?(?:[ ](?:and[ ]|&[ ])?[A-Z][a-z]+(?:['’]s)?){0,5}"
_HOLDER_PORTFOLIO = re.compile(rf":[ ]{_PORTFOLIO_FIELD}(?:,[ ]{_PORTFOLIO_FIELD})*(?=[ ]?[).;\n]|$)")
_PORTFOLIO_QUALIFIERS = frozenset({"Executive", "Portfolio", "Cabinet", "Lead", "Deputy", "Assistant", "Shadow"})
# Posts that, qualified, take a short portfolio after a comma as directors do: "Lead Commissioner, Older People",
# "Group Manager, Prevention and Education".
_PORTFOLIO_POSTS = {"Commissioner": frozenset({"Lead", "Senior", "Principal", "Joint"}),
                    "Manager": frozenset({"Group", "Service", "Senior", "Programme", "Area", "Locality"})}


def post_runs(doc: Doc) -> list[Run]:
    """Posts written head first: "Head of Audit", "Strategic Director for Communities and Place"."""
    lex = lexicon()
    toks = doc.tokens
    out: list[Run] = []
    n = len(toks)
    for i, head in _capital_heads_in(doc, _POST_FIRST_HEADS):
        tok = toks[i]
        if i + 2 >= n:
            continue
        qualifiers = _DIRECTOR_QUALIFIERS if tok.text == "Director" else _PORTFOLIO_POSTS.get(tok.text)
        if qualifiers and doc.work.startswith(", ", tok.end):
            # "Executive Director, Adults, Health and Commissioning": a director's portfolio as a list after a comma.
            pm = _PORTFOLIO.match(doc.work, tok.end) if tok.text == "Director" else None
            short = False
            if pm is None and i and toks[i - 1].bare in qualifiers and doc.gap(i - 1) in _SPACE_GAPS:
                pm = _SHORT_PORTFOLIO.match(doc.work, tok.end)
                short = True
                if pm and _names_a_body(pm.group()[2:], tok.text == "Director" and
                                        toks[i - 1].bare in _DEPARTMENT_DIRECTORS):
                    pm = None  # "Lead Commissioner, Fenwick Council", "Clinical Director, North PCN": its body
            words = [w for w in pm.group().replace(",", " ").split() if w != "and"] if pm else []
            # A portfolio may hold a word that ends some bodies' names ("Housing": "Assistant Director, Housing",
            # "Strategic Director, Adult Care, Housing and Public Health"), not a body's own head ("Council").
            if pm and not any((w in lex.name_stop if short else w in _DETERMINERS) or (
                    not short and w not in lex.place_heads and _category(w, []) is not None) for w in words):
                j = i
                while j > 0 and doc.gap(j - 1) in _SPACE_GAPS and toks[j - 1].capital and \
                        toks[j - 1].bare in qualifiers:
                    j -= 1
                start = toks[j].start
                out.append(Run(start, pm.end(), " ".join(doc.work[start:pm.end()].split()), "post", head,
                               rule="post-head-first"))
                continue
        if tok.text == "Director" and doc.work.startswith((": ", " - ", " – "), tok.end):
            pm = _COLON_PORTFOLIO.match(doc.work, tok.end)
            words = pm.group().lstrip(" :-–").split() if pm else []
            fields = bool(words) and _fields_of_work(words)  # "Director: Governance and Partnerships"
            if pm and not any(w in lex.name_stop and w not in _STOP_INSIDE or _category(w, []) == "body" and
                              not fields for w in words if w not in ("and", "&")) \
                    and not (len(words) in (2, 3) and person_words_ok(words)):  # "Director: Jane Smith" names her
                j = i
                while j > 0 and doc.gap(j - 1) in _SPACE_GAPS and toks[j - 1].bare in _DIRECTOR_QUALIFIERS:
                    j -= 1
                start = toks[j].start
                out.append(Run(start, pm.end(), " ".join(doc.work[start:pm.end()].split()), "post", head,
                               rule="post-head-first"))
                continue
        if tok.text in ("Holder", "Member") and doc.work.startswith(": ", tok.end):
            # "Executive Portfolio Holder: Public Health, Culture, Leisure and Countryside": the portfolio after a
            # colon, a list of fields.
            pm = _HOLDER_PORTFOLIO.match(doc.work, tok.end)
            j = i
            while pm and j > 0 and doc.gap(j - 1) == " " and toks[j - 1].bare in _PORTFOLIO_QUALIFIERS:
                j -= 1
            if j < i:
                start = toks[j].start
                out.append(Run(start, pm.end(), " ".join(doc.work[start:pm.end()].split()), "post", head,
                               rule="post-head-first"))
                continue
        prep = toks[i + 1].text.lower()
        if prep not in ("of", "for", "in") or doc.gap(i) != " ":
            continue
        after = 1
        if doc.work[toks[i + 1].end:toks[i + 1].end + 1] != " ":
            # "the Director of" / "    Public Health and Wellbeing": the title wraps onto an indented line
            hm = _HANGING_GAP.match(doc.work, toks[i + 1].end)
            if not (hm and toks[i + 2].start == hm.end() and toks[i + 2].capital and _wrapped_at(doc, toks[i + 1])):
                continue
            after = hm.end() - toks[i + 1].end
        # Capitalised words before the head belong to the title ("Strategic Director").
        j = i
        while j > 0 and doc.gap(j - 1) in _SPACE_GAPS and toks[j - 1].capital \
                and not toks[j - 1].possessive and toks[j - 1].bare not in lex.name_stop \
                and _category(_norm_head(toks[j - 1]), []) not in ("body",) or (
                    j > 0 and doc.gap(j - 1) in _SPACE_GAPS and toks[j - 1].bare in ("Board", "Cabinet",
                                                                                           "Executive")
                    and not _ends_a_boards_name(doc, j - 1)):
            j -= 1
        pos = toks[i + 1].end + after
        part_end = None
        k = i + 2
        if toks[k].text == "the" and toks[k].start == pos and k + 1 < n and toks[k + 1].capital and \
                toks[k + 1].start == toks[k].end + 1:
            k += 1  # "Chair of the Health and Wellbeing Board"
            pos = toks[k].start
        if toks[k].text in ("NHS", "Healthwatch") and toks[k].start == pos:
            # "Chief Executive of NHS Walsall", "of Healthwatch Wigan": a body named head first by its area follows;
            # the post is the title.
            start = toks[j].start
            out.append(Run(start, tok.end, _fix_case(title_case(" ".join(doc.work[start:tok.end].split()))), "post",
                           head, rule="post-head-first"))
            continue
        if toks[k].start == pos and toks[k].capital:
            for _, part_end in _complements(doc, k):
                break
        elif toks[i + 2].start == pos and toks[i + 2].capital:
            for _, part_end in _complements(doc, i + 2):
                break
        elif doc.work[pos:pos + 1].islower():
            part_end = _lower_complement(doc, pos)
        if part_end is None:
            continue
        start = toks[j].start
        if head in _CHAIR_HEADS and k > i + 2 and _names_a_named_body(doc.work[toks[k].start:part_end]):
            # "Chair of the Sefton Health and Wellbeing Board": the post is the Chair; the body it is the chair of
            # is named after it (and linked to it as the post's body).
            out.append(Run(start, tok.end, " ".join(doc.work[start:tok.end].split()), "post", head,
                           rule="post-head-first"))
            continue
        label = _fix_case(title_case(" ".join(doc.work[start:part_end].split())))
        out.append(Run(start, part_end, label, "post", head, rule="post-head-first"))
        # Further posts joined by "and" after the complement ("... and Deputy Chief Executive").
    return out


def _ends_a_boards_name(doc: Doc, k: int) -> bool:
    """Whether token ``k``, "Board", ends a board's name ("Health and Wellbeing Board Cabinet Member": the post is
    "Cabinet Member") rather than qualifies a post ("Board Member")."""
    toks = doc.tokens
    return toks[k].bare == "Board" and k > 0 and doc.gap(k - 1) in _SPACE_GAPS and toks[k - 1].capital


_CHAIR_HEADS = frozenset({"Chair", "Chairman", "Chairperson", "Chairwoman", "Clerk", "Vice-Chair"})


def _names_a_named_body(words: str) -> bool:
    """Whether words after "Chair of the" name one body ("Sefton Health and Wellbeing Board", "Task and Finish
    Group"), not only its kind ("Board"), which the paper's own body's Chair is read from elsewhere."""
    parts = words.split()
    return len(parts) >= 2 and _category(parts[-1].rstrip(".,;:"), parts[:-1]) == "body"


def _names_a_body(portfolio: str, department: bool) -> bool:
    """Whether the words after a post's comma name the body it is in rather than its portfolio: a kind of body by its
    acronym ("North Stockton PCN"), or, after any post but a council's director, a body's or programme's word."""
    words = portfolio.split()
    if words[-1].isupper() and kind_of(portfolio) is not None:
        return True
    lex = lexicon()
    return not department and any(_category(w, []) == "body" or w in lex.initiative_heads for w in words)


# Holders of a post, whose association is named after the post's field ("Association of Directors of Adult Social
# Services").
_MEMBERS_OF_POSTS = frozenset({"Directors", "Executives", "Officers", "Managers", "Commissioners"})


def body_first_runs(doc: Doc) -> list[Run]:
    """Bodies named head first: "University of Kent", "Department for Work and Pensions"."""
    lex = lexicon()
    toks = doc.tokens
    out: list[Run] = []
    n = len(toks)
    for i, head in _capital_heads_in(doc, lex.head_first_bodies):
        tok = toks[i]
        if i + 2 >= n:
            continue
        if toks[i + 1].text.lower() not in ("of", "for") or doc.gap(i) not in _SPACE_GAPS \
                or doc.gap(i + 1) not in _SPACE_GAPS:
            continue
        the = None
        if toks[i + 2].text == "the" and i + 3 < n and toks[i + 3].capital and doc.gap(i + 2) in _SPACE_GAPS \
                and toks[i + 3].bare not in lex.name_stop:
            the = i + 2  # "Council of the Isles of Scilly"
        elif not toks[i + 2].capital:
            continue
        first = i
        if i and toks[i - 1].capital and doc.gap(i - 1) in _SPACE_GAPS \
                and toks[i - 1].bare not in lex.name_stop:
            # "Ashminster Council for Voluntary Service": one word before (a place) belongs to the name;
            # more ("Kent County Council for ...") means a tail-named body followed by "for".
            if _category(_norm_head(toks[i - 1]), []) is not None or (
                    i > 1 and toks[i - 2].capital and doc.gap(i - 2) in _SPACE_GAPS
                    and toks[i - 2].bare not in lex.name_stop):
                continue
            first = i - 1
        k0 = i + 3 if the else i + 2
        if the is None and (toks[k0].bare in _DETERMINERS or toks[k0].bare in lex.name_stop):
            continue
        end = toks[k0].end
        m = k0
        while m + 1 < n and (doc.gap(m) in _SPACE_GAPS or doc.gap(m) == " upon " and toks[m + 1].capital):
            nxt = toks[m + 1]
            if nxt.capital and nxt.bare not in lex.name_stop:
                end, m = nxt.end, m + 1  # "London Borough of Richmond upon Thames" too
            elif (the or toks[m].bare in _MEMBERS_OF_POSTS) and nxt.text == "of" and m + 2 < n and \
                    toks[m + 2].capital and doc.gap(m + 1) in _SPACE_GAPS:
                # "Isles of Scilly"; "Association of Directors of Public Health": a body of those holding a post
                end, m = toks[m + 2].end, m + 2
            elif nxt.text in ("and", "&") and m + 2 < n and toks[m + 2].capital and \
                    (doc.gap(m + 1) in _SPACE_GAPS or doc.gap(m + 1) == "\n") and \
                    toks[m + 2].bare not in lex.name_stop and toks[m + 2].bare != head:
                # A name never ends on "and": one broken after it runs on.  Its head again starts another name
                # ("Department of Health and Social Care and Department for Levelling Up, ...").
                end, m = toks[m + 2].end, m + 2
            elif nxt.text == "for" and m + 2 < n and toks[m + 2].capital and toks[m + 2].bare not in lex.name_stop \
                    and doc.gap(m + 1) in _SPACE_GAPS and (m + 3 >= n or not (
                        toks[m + 3].capital and doc.gap(m + 2) in _SPACE_GAPS)):
                end, m = toks[m + 2].end, m + 2  # "Office of the Police and Crime Commissioner for Suffolk"
            else:
                break
        # "Department for Levelling Up, Housing and Communities": a list inside the name, closed by "and".
        lm = _LISTED_TAIL.match(doc.work, end)
        if lm and lm.group(1) not in lex.name_stop:
            end = lm.end()
        if doc.work[end - 2:end] in ("’s", "'s"):
            end -= 2
        label = title_case(" ".join(doc.work[toks[first].start:end].split()))
        out.append(Run(toks[first].start, end, label, "body", _norm_head(tok), rule="name-head-first"))
    return out


# The last item may be two words ("..., Communities and Local Government"); never part of a word.
_LISTED_TAIL = re.compile(r"(?:,[ ]([A-Z][a-z]+)(?:[ ][A-Z][a-z]+)?)+[ ]and[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?\b"
                          r"(?![ ][A-Z])")


def _fix_case(label: str) -> str:
    words = label.split(" ")
    return " ".join(w if (k == 0 or w in _SMALL or not w[:1].islower()) else w[:1].upper() + w[1:]
                    for k, w in enumerate(words))


def _complements(doc: Doc, k: int):
    """The span of a post's complement starting at token ``k`` (capitalised words, or a few lower-case ones)."""
    lex = lexicon()
    toks = doc.tokens
    n = len(toks)
    first = toks[k]
    if first.capital and first.bare not in _DETERMINERS:
        end = first.end
        m = k
        breaks = row_breaks(doc)
        while m + 1 < n:
            gap = doc.gap(m)
            nxt = toks[m + 1]
            if breaks and toks[m].end in breaks:
                break  # the row of a list laid out in columns ends here
            if gap in _COMMA_GAPS and (_body_follows(doc, m + 1) or _ends_the_post(doc, nxt.start)):
                # "Director of Primary Care, NHS Norfolk ... Board": the post's body, not its title; so too a word or
                # two after the comma with no "and" to close a list ("Director of Operations, Navigo")
                break
            if (gap in _SPACE_GAPS or gap in _COMMA_GAPS or (
                    # "Director of Corporate" / "Operations (Section 151 Officer);": a title cut by the line's end
                    gap == "\n" and _wrapped_at(doc, toks[m]) and doc.work[nxt.end:nxt.end + 2] in (" (", ";", ",", ";\n")
                    and not _starts_person(doc, m + 1))) and nxt.capital:
                # A following post or a person's name ends the complement: "First Last," (unless a name closing the
                # clause follows the comma: "Director of Good Food Fenwick, Ann Lowe."), or after a comma a name that
                # closes the clause ("Chief Executive of Active Fenwick, Ola Penn;").
                if _starts_post(doc, m + 1) or (_starts_person(doc, m + 1) and not _name_after_comma(doc, m + 1)) or \
                        gap in _COMMA_GAPS and _closing_name(doc, m + 1) or \
                        nxt.bare.rstrip(".") in lex.honorifics or nxt.bare in _HONORIFIC_PLURALS:
                    if nxt.bare == "Board" and m + 2 < n and doc.gap(m + 1) in _SPACE_GAPS and \
                            _starts_post(doc, m + 2):
                        end = nxt.end  # "Chair of the X Health and Wellbeing Board Cabinet Member for ...": two posts
                    break
                if nxt.bare in _DETERMINERS:
                    break
                end = nxt.end
                m += 1
                continue
            if gap in _SPACE_GAPS and nxt.text in ("for", "of") and m + 2 < n and toks[m + 2].capital \
                    and doc.gap(m + 1) in _SPACE_GAPS and toks[m + 2].bare not in _DETERMINERS \
                    and _norm_head(toks[m]) in lex.head_first_bodies:
                end = toks[m + 2].end  # "... of the Council for Voluntary Service"
                m += 2
                continue
            if gap in _SPACE_GAPS and nxt.text.lower() in ("and", "&") and m + 2 < n \
                    and doc.gap(m + 1) in _SPACE_GAPS and toks[m + 2].capital:
                if _starts_post(doc, m + 2) or _starts_person(doc, m + 2):
                    break
                end = toks[m + 2].end
                m += 2
                continue
            break
        yield first.start, end
        return



def _lower_complement(doc: Doc, pos: int) -> int | None:
    """End of a lower-case complement at ``pos`` ("performance and population"), or None."""
    lex = lexicon()
    end = None
    count = 0
    for m in _LOWER_WORD.finditer(doc.work, pos, min(len(doc.work), pos + 80)):
        if m.start() != (pos if end is None else end + 1) or count >= 5:
            break
        w = m.group()
        if w in _COMPLEMENT_STOP or w in lex.reporting_verbs:
            break
        end = m.end()
        count += 1
    if end is not None and doc.work[end - 4:end] == " and":
        end -= 4
    if end is not None and doc.work[end - 3:end] == "and" and end - 3 == pos:
        return None
    return end


_KIND_ACRONYMS = frozenset({"ICB", "CCG", "PCT", "ICS", "ICP", "HWB", "CSP"})


def _body_follows(doc: Doc, k: int) -> bool:
    """Whether the capitalised run from token ``k`` ends in a body's head word."""
    toks = doc.tokens
    m = k
    heads_first = lexicon().head_first_bodies
    # "of" and "upon" join a place's name when a capital follows ("East Riding of Yorkshire Council"), but not after
    # the head of a body named head first ("London Borough of Sutton", read below).
    while m + 1 < len(toks) and doc.gap(m) in _SPACE_GAPS and (toks[m + 1].capital or
                                                                      toks[m + 1].text in ("and", "&") or (
            toks[m + 1].text in ("of", "upon") and m + 2 < len(toks) and toks[m + 2].capital and
            doc.gap(m + 1) in _SPACE_GAPS and toks[m].bare not in heads_first)):
        m += 1
    if toks[k].bare == "NHS" or (m > k and toks[m].bare in _KIND_ACRONYMS):
        return True  # "NHS Gloucestershire ICB", "Norfolk CCG"
    if m + 2 < len(toks) and toks[m].bare in heads_first and toks[m + 1].text in ("of", "for") and \
            doc.gap(m) in _SPACE_GAPS and toks[m + 2].capital:
        return True  # "London Borough of Sutton", "University of Kent": a body named head first
    if m > k and _fields_of_work([t.bare for t in toks[k:m + 1]]):
        return False  # "Head of Policy, Strategy and Partnerships": fields of work listed, not a body
    return m > k and _category(_norm_head(toks[m]), ["x"]) == "body"


def _fields_of_work(words: list[str]) -> bool:
    """Whether a post's words after a comma or colon list fields of work ending in a plural ("Policy, Strategy and
    Partnerships", "Governance and Partnerships"), which a body's name does not."""
    return ("and" in words or "&" in words) and words[-1].endswith("s") and not words[-1].endswith("ss")


def _starts_post(doc: Doc, k: int) -> bool:
    """Whether the capitalised words from token ``k`` make a post ("Deputy Chief Executive")."""
    lex = lexicon()
    toks = doc.tokens
    m = k
    words = []
    while m < len(toks) and toks[m].capital and (m == k or doc.gap(m - 1) in _SPACE_GAPS):
        words.append(_norm_head(toks[m]))
        if " ".join(words).lower() in lex.bare_posts:
            return True
        if m > k and words[-1] == "Board":
            return False  # "Wellbeing Board Cabinet Member": a board's name ends at "Board"
        m += 1
    return bool(words) and len(words) >= 2 and words[-1] in lex.post_heads


def _starts_person(doc: Doc, k: int) -> bool:
    """Whether tokens from ``k`` read "First Last," (a person's name before their post)."""
    toks = doc.tokens
    if k + 1 >= len(toks):
        return False
    a, b = toks[k], toks[k + 1]
    if not (a.capital and b.capital and doc.gap(k) in _SPACE_GAPS):
        return False
    if not person_words_ok([a.text, b.text]) or b.bare in lexicon().name_possessives:
        return False  # "... for Children and Young People,": a group of people, not a person
    after = doc.work[b.end:b.end + 2]
    return after.startswith(",") or (k + 2 < len(toks) and toks[k + 2].capital
                                      and doc.work[toks[k + 2].end:toks[k + 2].end + 1] == ",")


# The words after a comma in a post's complement go on as a list: a further comma, or "and" before the clause ends.
_LIST_GOES_ON = re.compile(r"[^\n;.()]*?(?:,|[ ](?:and|&)[ ])")
_CLAUSE_END = re.compile(r"[\n;.()]")


def _ends_the_post(doc: Doc, pos: int) -> bool:
    """Whether the words at ``pos``, after a comma in a post's complement, close the clause with no "and" to make
    them the last of a list, and are no field of work ("..., Adult Social Care" is the post's department): they
    name where the post is ("Director of Operations, Navigo")."""
    if _LIST_GOES_ON.match(doc.work, pos) is not None:
        return False
    end = _CLAUSE_END.search(doc.work, pos)
    words = doc.work[pos:end.start() if end else len(doc.work)].lower()
    return not any(t.start == 0 and t.end == len(words) for t in lexicon().topic_matcher.find(words))


def _closing_name(doc: Doc, k: int) -> bool:
    """Whether two or three capitalised words from token ``k`` that could be a person's name close a clause (a ";",
    ".", ")" or the line's end after them): "..., Olumide Harcourt-Penn;"."""
    toks = doc.tokens
    for size in (2, 3):
        last = k + size - 1
        if last >= len(toks) or not all(toks[j].capital for j in range(k, last + 1)) or \
                any(doc.gap(j) != " " for j in range(k, last)):
            continue
        if doc.work[toks[last].end:toks[last].end + 1] in (";", ".", ")", "\n", "") and \
                person_words_ok([toks[j].text for j in range(k, last + 1)]):
            return True
    return False


def _name_after_comma(doc: Doc, k: int) -> bool:
    """Whether the capitalised words from token ``k`` run to a comma after which a name closes the clause: then those
    words end a body's name ("Director of Good Food Fenwick, Ann Lowe-Sato."), not a person's."""
    toks = doc.tokens
    m = k
    while m + 1 < len(toks) and toks[m + 1].capital and doc.gap(m) == " " and m < k + 4:
        m += 1
    return doc.gap(m) in _COMMA_GAPS and m + 1 < len(toks) and _closing_name(doc, m + 1)


def person_words_ok(words: list[str]) -> bool:
    """Whether capitalised words can be a person's name (not a body, post, place or stop word)."""
    if not 1 <= len(words) <= 4 or only_ranks(words):
        return False
    known = _PERSON_WORDS
    for w in words:
        ok = known.get(w)
        if ok is None:
            ok = _person_word_ok(w)
            if len(known) < 100000:
                known[w] = ok
        if not ok:
            return False
    return True


def only_ranks(words: list[str]) -> bool:
    """Whether words are a police rank alone: "Detective Superintendent, Head of Safeguarding" names no one."""
    return bool(words) and words[0] in _RANKS and all(w in _RANKS for w in words)


# Whether a word can be part of a person's name, per word: the rules ask tens of thousands of times a medium bench,
# and the answer depends on the word alone.
_PERSON_WORDS: dict[str, bool] = {}
# Police ranks: written before a name ("Detective Superintendent Lisa Foulds"), they are not a name alone.
_RANKS = frozenset({"Detective", "Chief", "Superintendent", "Inspector", "Sergeant", "Constable"})


def _person_word_ok(w: str) -> bool:
    lex = lexicon()
    bare = w.rstrip(".,")
    if not bare or not bare[0].isupper():
        return False
    if bare in lex.name_stop or bare in lex.body_heads or bare in lex.post_heads \
            or bare in lex.strategy_heads or (bare in lex.initiative_heads and bare not in _SURNAMES) \
            or bare.lower() in lex.not_places:
        return False
    if any(c.isdigit() for c in bare):
        return False
    letters = [c for c in bare if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return False  # an acronym or a heading, not a name written normally
    return True
