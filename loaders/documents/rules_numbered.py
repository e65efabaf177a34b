"""Recommendations numbered through a section of their own, and the answers given to them by number.

Many papers set their recommendations out as a numbered section and answer them in
the same section or a later one, in layouts a list reader does not follow because
other text comes between the items:

- items labelled "Rec 1", "R2 -", "1.1" or "3.", after a heading or a sentence about
  recommendations, with an answer, a sub-heading ("Part 2 - For the ICB") or a key
  between them;
- an answer under a heading of its own: "Rec 4 ~ Two environmental health officers"
  over a line that is only a verdict ("NOT ACCEPTED."), its reasons and "Lead: ...";
- an answer after each item: a quoted response, then "Our reading: PART-SUPPORTED";
- a line that sums the answers up: "R1 accepted; R2 accepted in part; R3 already in
  place", or a row of dots from a verdict to its numbers ("Accepted ..... Rec 1, Rec 6");
- one record per recommendation, a label over each value (an audit's action plan as
  boxes: "Ref 1" / "Recommendation" / "..." / "Management response" / "Agreed. ...").

They read the paper's own lines (not lines joined where a sentence wraps: a quoted
response's last line and "Our reading: ..." under it stay two).  Each reads only what no
earlier rule read: a recommendation read already (same text) is the same node, and a
recommendation answered already keeps its answer.

Examples
--------
>>> from .extract import extract
>>> x = extract("Our recommendations\\n\\nRec 1   The Council should create a single referral route for damp.\\n\\n"
...             "Rec 2   The Council should inspect every licensed home for damp and mould.\\n\\n"
...             "THE CABINET'S RESPONSE\\n\\nRec 1 ~ A single referral route\\n   ACCEPTED.\\n"
...             "   We will build it.\\n\\n"
...             "Rec 2 ~ Inspections\\n   NOT ACCEPTED.\\n   The scheme's conditions are fixed until 2027.\\n")
>>> sorted((e.attributes["number"], e.label[:30]) for e in x.of_type("Recommendation"))
[('1', 'The Council should create a si'), ('2', 'The Council should inspect eve')]
>>> sorted(e.attributes["verdict"] for e in x.of_type("Response"))
['accepted', 'rejected']
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .rules_common import _at_each_line
from .rules_recommendations import _NEXT_LABEL, _NO_RESPONSE, _verdict_in, _verdict_in_prose

__all__ = ["NumberedRecommendationRules"]

# A recommendation's label and number, as the patterns below write them: "Rec 1", "Rec. 2", "Recommendation 3", "R4";
# "1.1".
_LABEL = r"(?:Rec(?:ommendation)?\.?[ ]?|R)"
_NUM = r"\d{1,2}(?:\.\d{1,2})?"
# A numbered item at a line's start: "Rec 1   The Council should", "R1 - The ICB should", "1.1  Use a ...", "3. Fund",
# "Area for improvement 2. The integrated care board ... should" (an inspection's recommendations).
_ITEM = re.compile(r"(?m)^(?P<indent>[ \t]*)(?P<label>(?:" + _LABEL + r"|Area[ ]for[ ]improvement[ ])(?=\d)|)"
                   r"(?P<num>" + _NUM + r")(?P<sep>[.)]|[ \t]+[-–~:]|)[ \t]+(?P<text>[A-Z\"“‘'][^\n]*)$")
# The line of a recommendation's number alone, with a short title: "Rec 1 ~ A single health to housing referral route".
_HEAD = re.compile(r"(?m)^[ \t]*(?P<label>" + _LABEL + r"|RECOMMENDATION[ ])?(?P<num>" + _NUM + r")\b[.):]?"
                   r"(?:[ \t]*[-–~:|][ \t]*|[ \t]+)?(?P<title>[^\n]{0,150})\n")
# A line that heads a section: short, in capitals or with a section number, not a sentence.
_CAPITALS_HEADING = re.compile(r"^[ \t]*(?:[A-Z0-9][A-Z0-9'’&,/()\- ]{2,80})$")
# A numbered section's heading: "3 Reasons for recommendations", "4.0 Financial implications".
_NUMBERED_HEADING = re.compile(r"^[ \t]*\d{1,2}(?:\.0)?\.?[ \t]+[A-Z][^.\n]{0,70}$")
# "Our reading: SUPPORTED", "Position: Accepted in part", "Cabinet decision - Agreed": a labelled verdict.
_VERDICT_FIELD = re.compile(r"(?im)^[ \t|>]*(?:(?:our|cabinet|council|the[ ]\w+)[ ])?"
                            r"(?:reading|rating|position|verdict|"
                            r"status|decision|view|assessment)[ \t]*[:\-–][ \t]*(?P<v>[^\n]{2,80})$")
# "R1 accepted; R2 accepted in part; R3 already in place": answers summed up by number.
# _LABEL after a word boundary, written "R(?<!\wR)..." so that the search scans for its first letter at C speed.
_SUMMED = re.compile(r"R(?<!\wR)(?:ec(?:ommendation)?\.?[ ]?)?(?P<num>" + _NUM + r")[ ]+(?:(?:was|is|were)[ ])?"
                     r"(?P<v>[a-z][a-z\- ]{1,40}?)(?=[;,.]|[ ]and[ ]|[ ]to[ ]|[ ]after[ ]|[ ]\(|$)", re.M)
# "Accepted ......... Rec 1, Rec 6, Rec 10": a verdict, a row of dots (or a colon) and the numbers it answers.
_LEADER = re.compile(r"(?m)^[ \t]*(?P<v>[A-Z][A-Za-z ]{1,40}?)[ \t]*(?:\.{3,}|:)[ \t]*"
                     r"(?P<nums>(?:" + _LABEL + r"?" + _NUM + r"(?:,[ ]*|[ ]and[ ]|[ ]*$))+)$")
_NUMBER = re.compile(_NUM)
# A cell of recommendation numbers: "1, 2, 4, 6, 8, 10, 11", "R3 and R7", "Rec 5", "Recommendations 2 and 3".
_NUMBER_LIST = re.compile(r"(?:(?:Rec(?:ommendation)?s?\.?[ ]?|R)?" + _NUM + r"(?:,[ ]*|[ ]and[ ]|[ ]*$))+")
# A line of a quoted reply set off by a margin rule: "| "We support this recommendation ...".
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*[|>][ \t]?([^\n]*)$")
# A record's head and its labels, each alone on a line over its value (an action plan drawn as boxes).
_RECORD_HEAD = re.compile(r"(?m)^[ \t]*(?:Ref(?:erence)?|Rec(?:ommendation)?|Finding|Issue)\.?[ \t]*(?:No\.?[ \t]*)?"
                          r"(?P<num>" + _NUM + r"|[A-Z])[ \t]*(?:[ \t]{2,}[^\n]*)?$")
# A label and its value on one line, the value after a colon or a column gap ("Recommendation        Ensure ...").
_LABELLED_LINE = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z()/\- ]{1,30}?)(?:[ \t]*:[ \t]*|[ ]{2,}|\t+)"
                            r"(?P<value>\S.*)$")
_RECORD_LABELS = {
    "recommendation": "text", "recommendations": "text", "recommended action": "text", "agreed action": "text",
    "management response": "response", "response": "response", "officer response": "response",
    "management comment": "response", "management comments": "response",
    "responsible officer": "owner", "action owner": "owner", "owner": "owner", "lead officer": "owner",
    "responsible officer(s)": "owner", "lead": "owner",
    "target date": "date", "timescale": "date", "implementation date": "date", "due date": "date",
    "priority": "other", "rating": "other", "finding": "other", "findings": "other", "finding and risk": "other",
    "risk": "other", "issue": "other", "observation": "other", "original finding": "other",
    "follow-up finding": "other", "status": "other", "revised action": "other", "revised date": "other",
    "update": "other", "progress": "other",
}
# One of which (in lower case) every line that introduces numbered recommendations holds (see _introduces).
_INTRO_CUES = ("recommend", "for improvement", "asking", "asks", "to action")
# One of which a paper with recommendations (or asks, or areas for improvement) holds.
_CUES = ("ecommend", "ECOMMEND", "for improvement", "FOR IMPROVEMENT", "asking of", "asks", "Asks", "to action")
# How many lines may come between two items of one section (their answers, a sub-heading, a key).
_MAX_GAP_LINES = 60


class NumberedRecommendationRules:
    """Rules of this family, mixed into :class:`~.extract.Extractor` (they use its state)."""

    def find_numbered_recommendations(self) -> None:
        """Recommendations numbered through a section and the answers given to them by number (see the module)."""
        if not any(cue in self.doc.text for cue in _CUES):
            return
        self._field_records()
        sections = list(self._numbered_sections())
        heads = self._answer_heads()
        head_starts = sorted(h[2] for h in heads)
        for items, end in sections:
            for k, (num, s, text, item_end) in enumerate(items):
                rec = self._section_recommendation(num, s, text)
                nxt = items[k + 1][1] if k + 1 < len(items) else min(end, item_end + 1500)
                later = bisect_right(head_starts, item_end)
                if later < len(head_starts):
                    nxt = min(nxt, head_starts[later])  # an answer under a heading of its own is another's
                if rec and not self._answered(rec):
                    self._answer_between(rec, num, item_end, nxt)
        for num, title, vs, ve, verdict, block_end in heads:
            self._answer_under_head(num, title, vs, ve, verdict, block_end)
        self._summed_answers()
        self._position_rows()
        self._leader_answers()

    def _parties(self) -> tuple[str | None, str | None, str | None]:
        """``_table_parties()`` (responder, maker, date), worked out once per paper: these rules ask it for every item
        and answer, and nothing they add changes it."""
        found = self.__dict__.get("_numbered_parties")
        if found is None:
            found = self.__dict__["_numbered_parties"] = self._table_parties()
        return found

    def _numbered_near(self, num: str, pos: int, *, after: bool = False) -> list[str]:
        """The recommendations numbered ``num``; of two or more numbered alike, the nearest before ``pos`` (or, with
        ``after``, the first after it), or none when there is none on that side."""
        recs = self._recommendations_numbered(num)
        if len(recs) <= 1:
            return recs
        starts = {r: self.entities[r].evidence[0].start for r in recs}
        later = [r for r in recs if starts[r] > pos]
        if after and later:
            return [min(later, key=starts.get)]
        before = [r for r in recs if starts[r] < pos]
        return [max(before, key=starts.get)] if before else []

    # -- sections of numbered recommendations --------------------------------------------------------------------

    def _numbered_sections(self):
        """``(items, end)`` for each run of numbered items that a heading or sentence about recommendations
        introduces: items ``(number, start, text, end)`` in rising order of number, at one indentation and in one
        style of label, with other text allowed between them.  A heading may have three paragraphs before the first
        item (an explanation, a key of verdicts, a sub-heading), a sentence one."""
        work = self.doc.text
        lines = self.doc.lines
        taken_to = -1
        starts, positions = self.doc.line_starts, self.doc.low_cues.positions
        # Only the lines holding a cue can introduce a list (found in the paper's cue index, not by reading each line).
        for idx in sorted({bisect_right(starts, p) - 1 for cue in _INTRO_CUES for p in positions(cue)}):
            ln = lines[idx]
            if ln.start <= taken_to or not _introduces(work[ln.start:ln.end]):
                continue
            allowed = 3 if _is_heading(work[ln.start:ln.end]) else 1
            items: list[tuple[str, int, str, int]] = []
            style = None
            paragraphs, gap, last_num = 0, 0, None
            end = len(work)
            k = idx + 1
            while k < len(lines):
                lk = lines[k]
                t = work[lk.start:lk.end]
                k += 1
                if not t.strip():
                    if not items and k - 2 > idx and work[lines[k - 2].start:lines[k - 2].end].strip():
                        paragraphs += 1
                    continue
                m = _ITEM.match(work, lk.start, lk.end)
                if m is not None and items and _answer_line(work, lk.end) is not None:
                    m = None  # "Rec 1 ~ A single referral route" over "ACCEPTED.": an answer's heading
                this = (m.group("indent"), m.group("label"), "." in m.group("num"), m.group("sep")[:1]) if m else None
                if m is not None and (style is None or this == style) and _rises(last_num, m.group("num")) and \
                        _reads_as_item(work, m):
                    if style is None and (paragraphs > allowed or _answer_line(work, lk.end) is not None):
                        break
                    style, last_num, gap = this, m.group("num"), 0
                    item_end, k = _paragraph_end(work, lines, k, m)
                    items.append((m.group("num"), m.start("text"), work[m.start("text"):item_end], item_end))
                    continue
                if m is not None and this == style:
                    end = lk.start  # the numbers start again: another list
                    break
                if _CAPITALS_HEADING.match(t) and not re.search(r"(?i)recommend", t) or \
                        _NUMBERED_HEADING.match(t) and _is_heading(t):
                    end = lk.start  # the next section of the paper (before the first item: none came)
                    break
                gap += 1
                if gap > _MAX_GAP_LINES or (not items and paragraphs > allowed):
                    end = lk.start
                    break
            bidding = sum(_bids(self.lex, text) for _, _, text, _ in items)
            if (len(items) >= 2 or items and allowed == 3) and bidding * 3 >= len(items) * 2:
                taken_to = items[-1][3]
                yield items, end

    def _section_recommendation(self, num: str, s: int, text: str) -> str | None:
        """The recommendation of a section's item (the one read already where its text is the same)."""
        for key in self._recommendations_numbered(num):
            ev = self.entities[key].evidence[0]
            if ev.start <= s < ev.end or s <= ev.start < s + len(text):
                return key  # the same item, read by a list rule
        _, maker, made_date = self._parties()
        return self._add_recommendation(num, s, _without_reply(text), maker=maker, rule="numbered-recommendation",
                                        date=made_date)

    def _answer_between(self, rec: str, num: str, start: int, end: int) -> None:
        """The answer written after an item and before the next: a labelled verdict ("Our reading: SUPPORTED"), a
        line that is only a verdict, else the verdict a quoted response states."""
        work = self.doc.text
        end = min(end, start + 4000)
        fm = _VERDICT_FIELD.search(work, start, end)
        if fm is not None:
            if _NO_RESPONSE.match(fm.group("v").strip()):
                return
            found = _verdict_in(fm.group("v"))
            if found is not None:
                self._respond(rec, num, found[0], fm.start("v"), fm.start("v") + found[1], "numbered-answer")
                return
        pos = start
        while pos < end:
            nl = work.find("\n", pos, end)
            line_end = end if nl < 0 else nl
            found = _bare_verdict(work[pos:line_end])
            if found is not None:
                ls = pos + len(work[pos:line_end]) - len(work[pos:line_end].lstrip())
                self._respond(rec, num, found[0], ls, ls + found[1], "numbered-answer")
                return
            pos = line_end + 1
        quoted = [(m.start(1), m.group(1)) for m in _QUOTED_LINE.finditer(work, start, end)]
        if quoted:
            text = " ".join(t for _, t in quoted)
            found = _verdict_in_prose(text)
            if found is not None:
                self._respond(rec, num, found[0], quoted[0][0], quoted[0][0] + len(quoted[0][1]), "prose-verdict",
                              comment=text[:600])

    # -- answers under a heading of their own ---------------------------------------------------------------------

    def _answer_heads(self) -> list[tuple[str, str, int, int, object, int]]:
        """``(number, title, verdict start, verdict end, verdict, end of the block)`` for each line of a
        recommendation's number and title over a line that is only a verdict."""
        work = self.doc.text
        out = []
        for m in _at_each_line(_HEAD, self.doc):
            if not m.group("label") and len(m.group("title").split()) < 2:
                continue  # "1" over "✔": a row of a table given a cell a line, which the table rules read
            found = _answer_line(work, m.end() - 1)
            if found is None:
                continue
            (verdict, used), vs = found
            nxt = work.find("\n\n", vs)
            out.append((m.group("num"), m.group("title").strip(" ~-–:|"), vs, vs + used, verdict,
                        len(work) if nxt < 0 else nxt))
        return out

    def _answer_under_head(self, num: str, title: str, vs: int, ve: int, verdict, block_end: int) -> None:
        work = self.doc.text
        recs = self._numbered_near(num, vs) or self._recommendations_numbered(num)[:1]
        if recs:
            rec = recs[0]
        elif len(title.split()) >= 3:
            ts = work.rfind(title, 0, vs)
            rec = self._add_recommendation(num, ts, title, rule="numbered-answer")
        else:
            return
        if self._answered(rec):
            return
        line_end = work.find("\n", ve)
        body = work[line_end + 1:block_end] if line_end >= 0 else ""
        comment = " ".join(l.strip() for l in body.split("\n") if l.strip() and not re.match(r"[ \t]*Lead\b", l))
        self._respond(rec, num, verdict, vs, ve, "numbered-answer", by=self._parties()[0],
                      comment=comment[:600] or None)
        lm = re.search(r"(?m)^[ \t]*Lead(?:[ ]officer)?[ \t]*:[ \t]*(?P<owner>[^\n]+)$", body)
        if lm:
            owner = lm.group("owner")
            cut = _NEXT_LABEL.search(owner)
            owner = owner[:cut.start()] if cut else owner
            os_ = line_end + 1 + lm.start("owner")
            self._owner_of(comment or title, os_, os_ + len(owner.rstrip()), owner)

    # -- answers summed up -----------------------------------------------------------------------------------------

    def _summed_answers(self) -> None:
        """"R1 accepted; R2 accepted in part" (two or more on a line): each recommendation of that number not answered
        yet gets that verdict."""
        work = self.doc.text
        by_line: dict[int, list[re.Match]] = {}
        for m in _SUMMED.finditer(work):  # once over the paper, at C speed; grouped by line after
            by_line.setdefault(work.rfind("\n", 0, m.start()), []).append(m)
        for pairs in by_line.values():
            found = [(m, _verdict_in(m.group("v"))) for m in pairs]
            found = [(m, f) for m, f in found if f is not None and f[1] >= len(m.group("v").strip()) - 1]
            if len(found) >= 2:
                for m, (verdict, used) in found:
                    self._answer_by_number(m.group("num"), verdict, m.start("v"), m.start("v") + used)

    def _leader_answers(self) -> None:
        """"Accepted ......... Rec 1, Rec 6, Rec 10": a verdict, a row of dots and the numbers it answers."""
        for lm in _at_each_line(_LEADER, self.doc):
            if "..." not in lm.group() and "ec" not in lm.group("nums"):
                continue
            v = lm.group("v").strip()
            f = _verdict_in(v)
            if f is None or (f[1] < len(v) - 1 and not v.isupper() and len(v.split()) > 3):
                continue
            for num in _NUMBER.findall(lm.group("nums")):
                self._answer_by_number(num, f[0], lm.start("v"), lm.start("v") + f[1])

    def _position_rows(self) -> None:
        """A table of positions: "We agree | 1, 2, 4, 6, 8 | Section A", "Not accepted | R5": each row's first cell
        a verdict (in the genre's words or a short sentence), its next the numbers it answers."""
        for row in self.table_rows():
            if len(row) < 2:
                continue
            (vs, _, v), (_, _, nums) = row[0], row[1]
            v = v.strip().rstrip(".:")
            if not v or len(v.split()) > 6 or not _NUMBER_LIST.fullmatch(nums.strip()):
                continue
            found = _verdict_in(v)
            if found is None or found[1] < len(v) - 1:
                prose = _verdict_in_prose(v)  # "We agree in part", "We do not agree"
                found = (prose[0], prose[1][1]) if prose else None
            if found is None:
                continue
            for num in _NUMBER.findall(nums):
                # A table of positions comes before the answers it sorts: of two lists numbered alike, it speaks of
                # the one after it.
                self._answer_by_number(num, found[0], vs, vs + found[1], after=True)

    def _answer_by_number(self, num: str, verdict, vs: int, ve: int, *, after: bool = False) -> None:
        """``verdict`` for the recommendation numbered ``num`` if it is not answered yet; of two numbered alike, the
        nearest before the answer (or, with ``after``, the first after it)."""
        recs = self._numbered_near(num, vs, after=after)
        if len(recs) == 1 and not self._answered(recs[0]):
            self._respond(recs[0], num, verdict, vs, ve, "summed-answer", by=self._parties()[0])

    # -- records of labelled fields ----------------------------------------------------------------------------

    def _field_records(self) -> None:
        """An action plan drawn as one box per recommendation: "Ref 1" and a title, then each label alone on its
        line over its value ("Recommendation" / "Reconcile each return ...", "Management response" / "Agreed. ...",
        "Responsible officer" / "Finance Manager").  Read where two records or more hold a recommendation and a
        response."""
        work = self.doc.text
        heads = list(_at_each_line(_RECORD_HEAD, self.doc))
        if len(heads) < 2:
            return
        records = []
        for k, h in enumerate(heads):
            stop = heads[k + 1].start() if k + 1 < len(heads) else min(len(work), h.end() + 4000)
            fields = _record_fields(work, h.end(), stop)
            if "text" in fields and "response" in fields:
                records.append((h.group("num"), fields))
        if len(records) < 2:
            return
        responder, maker, made_date = self._parties()
        for num, fields in records:
            ts, te, text = fields["text"]
            rec = self._add_recommendation(num, ts, text, maker=maker, rule="response-table", date=made_date)
            rs, re_, response = fields["response"]
            found = _verdict_in(response)
            rule = "response-table"
            if found is None:
                prose = _verdict_in_prose(response)
                found, rule = ((prose[0], prose[1][1] - prose[1][0]), "prose-verdict") if prose else (None, rule)
            if found is not None and not self._answered(rec):
                self._respond(rec, num, found[0], rs, rs + found[1], rule, by=responder, comment=response[:600])
            if "owner" in fields:
                os_, oe, owner = fields["owner"]
                self._owner_of(response or text, os_, oe, owner)


def _introduces(line: str) -> bool:
    """Whether a line introduces numbered recommendations: a short heading that names them ("A4   Our
    recommendations", "RECOMMENDATIONS AND RESPONSES"), or a sentence about them that ends with a colon or numbers
    them ("The report made five recommendations, numbered R1 to R5. Board members responded to each in turn:")."""
    t = line.strip()
    low = t.lower()
    if _ASKS_HEADING.fullmatch(t):
        return True  # "What I am asking of partners", "Our asks", "Calls to action"
    if ("recommend" not in low and "for improvement" not in low) or re.search(r"\.{4,}[ \t]*\d+$", t) or re.search(
            r"(?i)\b(?:reasons?|rationale|background|implications?)[ \t]+(?:for|to|of)[ \t]+(?:the[ \t]+)?"
            r"recommendations?", t):
        return False
    if _is_heading(t):
        return True
    if re.search(r"(?i)\bresponses\b", t):
        return False  # "recorded the responses to the recommendations as follows:": the answers, read by number
    return t.endswith(":") or bool(re.search(r"(?i)\bnumbered\b|\bfollowing\b|\bas follows\b|\bbelow\b", t))


def _bids(lex, text: str) -> bool:
    """Whether an item's words bid someone act, as a recommendation's do: "That ...", a verb of the genre first
    ("Publish", "asks"), or "should", "must" or "needs to" in its first sentence; an answer that names a
    recommendation by number ("The cabinet agrees with recommendation 1") is not one."""
    first = _SENTENCE_END.split(text, 1)[0]
    if _NAMES_A_RECOMMENDATION.search(first):
        return False
    word = first.split(None, 1)[0].lower().strip(",:;") if first.split() else ""
    return word == "that" or word in lex.recommendation_verbs or word.removesuffix("s") in lex.recommendation_verbs \
        or bool(_BIDDING.search(first))


_NAMES_A_RECOMMENDATION = re.compile(r"(?i)\brecommendations?[ ]\d")
_BIDDING = re.compile(r"\b(?:should|must|needs?[ ]to|ought[ ]to|is[ ]asked[ ]to|are[ ]asked[ ]to)\b")


# A heading over what a paper asks of others, in place of "Recommendations".
_ASKS_HEADING = re.compile(r"(?i)(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
                           r"(?:what[ ](?:I|we)[ ](?:am|are)[ ]asking(?:[ ]of[ ][\w ]{1,30})?|"
                           r"(?:our|my|key)[ ]asks(?:[ ]of[ ][\w ]{1,30})?|asks[ ]of[ ][\w ]{1,30}|"
                           r"calls?[ ]to[ ]action)[ ]*:?")


def _is_heading(line: str) -> bool:
    t = line.strip()
    return len(t.split()) <= 8 and not t.endswith((".", ",", ";"))


def _reads_as_item(work: str, m: re.Match) -> bool:
    """Whether a numbered line opens a recommendation: words, not a row of columns ("1    Answer 90% ...    Humber
    Teaching NHS"), and a sentence or a long clause, not a minute's heading ("28. Better Care Fund - quarter one
    return")."""
    text = m.group("text").strip()
    if "   " in text or "\t" in text or len(text.split()) < 3 or text.endswith(":"):
        return False  # a row of columns, or a lead-in to lettered parts ("2.1 That the Committee:")
    nxt = work.find("\n", m.end())
    wraps = nxt >= 0 and work[nxt + 1:nxt + 2] not in ("\n", "")
    return wraps or text.endswith((".", ";", ":", ",")) or len(text.split()) >= 12


def _without_reply(text: str) -> str:
    """An item's recommendation without the reply minutes record after it in the same paragraph ("R1 - The ICB
    should publish ... every quarter. Ms Fairclough said the ICB accepted this ...")."""
    for m in _SENTENCE_END.finditer(text):
        if _REPORTED.match(text, m.end(), m.end() + 100):
            return text[:m.start() + 1]
    return text


_SENTENCE_END = re.compile(r"[.!?][\"”’]?[ ]+(?=[A-Z])")
_REPORTED = re.compile(r"(?:[A-Z][\w’'.\-]*[ ]){1,6}(?:and[ ](?:[A-Z][\w’'.\-]*[ ]){1,4})?"
                       r"(?:said|told|replied|responded|"
                       r"confirmed|explained|agreed|accepted|noted)\b")


def _rises(last: str | None, num: str) -> bool:
    """Whether ``num`` may follow ``last`` in one numbered list ("2" after "1", "1.3" after "1.2", "2.1" after
    "1.3")."""
    if last is None:
        return True
    a = [int(x) for x in last.split(".")]
    b = [int(x) for x in num.split(".")]
    return b > a and b[0] - a[0] <= 1


def _paragraph_end(work: str, lines, k: int, m: re.Match) -> tuple[int, int]:
    """Where an item that opens on line ``k - 1`` ends (its paragraph: the lines after it up to a blank line, a
    quoted or labelled line or another item) and the index of the line after it."""
    end = m.end("text")
    while k < len(lines):
        lk = lines[k]
        t = work[lk.start:lk.end]
        if not t.strip() or _ITEM.match(work, lk.start, lk.end) or re.match(r"[ \t]*[|>]", t) or \
                _VERDICT_FIELD.match(work, lk.start, lk.end):
            break
        end = lk.end
        k += 1
    return end, k


def _bare_verdict(line: str):
    """The verdict of a line that is only a verdict ("ACCEPTED.", "Agreed in principle", "NOTED FOR PARTNER"), and
    the length of its words; None for any other line."""
    t = line.strip().strip("*_")
    if not t or len(t) > 50 or _NO_RESPONSE.match(t) or t.split()[0].lower().strip(".:") in ("no", "yes", "n", "y") \
            or not re.search(r"[A-Za-z]{4}", t) or line.startswith("\t"):
        return None  # "No." heads a column of numbers; "✔" alone or a tab-led line is a table's cell
    found = _verdict_in(t)
    if found is None:
        return None
    rest = t[found[1]:].strip(" .:;!")
    if rest and not (t.isupper() and len(t.split()) <= 5):
        return None
    return found


def _answer_line(work: str, pos: int):
    """``((verdict, length), start)`` when the next non-blank line after ``pos`` (the end of a line) is only a
    verdict."""
    nxt = work.find("\n", pos + 1)
    line = work[pos + 1:len(work) if nxt < 0 else nxt]
    if not line.strip():
        return None
    found = _bare_verdict(line)
    if found is None:
        return None
    return found, pos + 1 + len(line) - len(line.lstrip())


_VALUE_AFTER_GAP = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ ]{2,}(?P<value>\S.*)$")


def _record_fields(work: str, start: int, stop: int) -> dict[str, tuple[int, int, str]]:
    """A record's labelled values: {kind: (start, end, text)}, a label alone on its line over its value's lines."""
    fields: dict[str, tuple[int, int, str]] = {}
    kind, vs, parts = None, None, []

    def close() -> None:
        if kind and kind != "other" and parts and kind not in fields:
            fields[kind] = (vs, vs + len(" ".join(parts)), " ".join(parts))

    pos = start
    while pos < stop:
        nl = work.find("\n", pos, stop)
        line_end = stop if nl < 0 else nl
        t = " ".join(work[pos:line_end].split())
        label = _RECORD_LABELS.get(t.lower().rstrip(":"))
        lm = _LABELLED_LINE.match(work, pos, line_end) if label is None else None
        if label is not None:
            close()
            kind, vs, parts = label, None, []
        elif lm is not None and lm.group("label").strip().lower() in _RECORD_LABELS:
            close()  # "Recommendation        Ensure every contract variation ...": the value beside its label
            kind, vs, parts = _RECORD_LABELS[lm.group("label").strip().lower()], lm.start("value"), \
                [" ".join(lm.group("value").split())]
        elif t and kind is not None and not (t.startswith("(") and t.endswith(")") and len(t) <= 32):
            # (a line that only wraps a label, "(November 2023)", holds none of the value)
            gap = _VALUE_AFTER_GAP.match(work, pos, line_end)
            if gap is not None:  # "(November 2023)       contract meeting.": a label wrapped beside its value
                t = " ".join(gap.group("value").split())
            if vs is None:
                vs = pos + len(work[pos:line_end]) - len(work[pos:line_end].lstrip())
            parts.append(t)
        pos = line_end + 1
    close()
    return fields
