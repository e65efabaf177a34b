"""Actions and their owners: "Action:" lines and action-plan tables."""

from __future__ import annotations

import re
from collections import Counter

from .names import person_words_ok
from .rules_common import _line_gated, _norm, _ORG, _item_label

__all__ = ["ActionRules"]

_ACTION = re.compile(r"(?im)^[^\S\n]*[\-•*]?[^\S\n]*actions?(?:[^\S\n]+\d{1,3}(?:\.\d{1,3})?)?(?:[^\S\n]+by)?"
                     r"[^\S\n]*[:\-–][^\S\n]*(?P<owner>[^\n]+)$")
_INITIALS = re.compile(r"^([A-Z]{2,3})(?=[ \t]|$)")
# A block's closing "Lead: Head of Commissioning, NHS Fenwick ICB" line with no "Action:" line of its own: the lead of
# what the block's heading names (a recommendation's progress, a priority's work).  A strategy's priority may be
# closed so too, under the priority's heading: "4.3  Lead group: the Slough Integration Board", "Senior responsible
# officer: Name, Director of Public Health".
# The label in group "whole" names who leads a whole priority, not one action: under the priority's own heading.
_LEAD_LINE = re.compile(r"(?im)^[^\S\n]*(?:\d{1,2}(?:\.\d{1,2})+[.)]?[^\S\n]+)?"
                        r"(?:(?P<whole>lead[ ]groups?|lead[ ]partnerships?|senior[ ]responsible[ ]officer)|"
                        r"lead(?:[ ]officer)?|responsible[ ]officer|action[ ]owner|owner)"
                        r"[^\S\n]*:[^\S\n]*(?P<owner>[^\n]{4,160})$")
_ACTION_FIELD = re.compile(r"(?i)\bactions?[^\S\n]*[:\-–]")
_LEAD_CUES = ("lead:", "lead officer:", "responsible officer:", "owner:", "lead group:", "lead groups:",
              "lead partnership:", "lead partnerships:")
# A heading's paragraph number, and the number or letter after its label ("4. PRIORITY 1", "Theme B").
_HEADING_NUMBER, _LABEL_NUMBER = r"(?:\d{1,2}\.?[ \t]+)?", r"[ \t]+(?:\d{1,2}|[A-Z])"
# A heading that names a numbered priority of a strategy ("PRIORITY 1: ...", "4. Theme B - Housing").
_PRIORITY_HEADING = re.compile(r"(?i)" + _HEADING_NUMBER + r"(?:priority|theme|outcome|ambition|objective|aim|goal)"
                               + _LABEL_NUMBER + r"\b")
# A heading's numbered label before a colon ("PRIORITY 1: NEGLECT", "4. Theme B: Housing"); any other colon makes the
# line a field ("Cabinet Member: Councillor ...").
_NUMBERED_LABEL = re.compile(_HEADING_NUMBER + r"[A-Za-z]+" + _LABEL_NUMBER + r"[ \t]*:")
# A heading's underline in a text export ("=====", "-----"), and a layout gap inside a line (a running head's columns).
_UNDERLINE = re.compile(r"[^\S\n]*(?:=+|-+)[^\S\n]*")
_LAYOUT_GAP = re.compile(r"\S[ ]{3,}\S|\t")
# A block's heading: a paragraph number, then the item ("5.3  R3 - Dementia Friendly Communities grants (RED)").
_NUMBERED_HEADING = re.compile(r"[^\S\n]*\d{1,2}(?:\.\d{1,2})+[.)]?[^\S\n]+"
                               r"(?:[A-Z]{0,3}\d{1,3}[^\S\n]*[-–:][^\S\n]*)?(?P<what>[^\n]{4,160})")
# A status rating after the heading ends it ("(AMBER)"; the line may have been joined to the text below).
_STATUS_AFTER = re.compile(r"[^\S\n]*\((?:RED|AMBER|GREEN|BLUE|GREY|Red|Amber|Green|Blue|Grey)\).*$")
# The heading of a table's column of who owns each row: "Owner", "Lead", "Lead partner(s)", "Responsible officer",
# "Action owner", "Lead organisation", "By whom", "Accountable body".
_OWNER_HEADER = re.compile(r"(?:action[ ])?owners?(?:\(s\))?|"
                           r"lead(?:[ ](?:officers?|partners?|organisations?|bodies|body|agency|agencies|"
                           r"partner\(s\)|officer\(s\)|organisation\(s\)))?|by[ ]whom|who|"
                           r"responsible(?:[ ](?:officers?|body|bodies|lead|officer\(s\)))?|"
                           r"accountable(?:[ ](?:body|lead|officer))?|"
                           r"(?:lead|delivery|partnership)[ ](?:groups?|boards?|partnerships?)")
# The owner of the action above, as a field of its own: "Officer: Head of Housing", "Lead: Director of Public Health".
_OWNER_LINE = re.compile(r"(?i)[ \t]*(?:responsible[ ]officers?|action[ ]owners?|owners?|lead[ ]officers?|lead|officer|"
                         r"responsibility|by[ ]whom|accountable[ ]officer|lead[ ]director|who)[ \t]*:[ \t]*(?P<owner>[^\n]+)")

# The line that opens a list of commitments: "We will:", "Partners will:", "What we will do:", "Our commitments:".
_COMMITMENTS_INTRO = re.compile(r"(?im)^[^\S\n]*(?:(?:we|partners|the[ ](?:board|council|partnership))[ ]will(?:[ ]do)?"
                                r"[^\S\n]*:|what[ ]we[ ]will[ ]do[^\S\n]*:?|our[ ]commitments?[^\S\n]*:)[^\S\n]*$")
_COMMITMENT_CUES = ("will:", "will do", "commitments:", "commitment:")
# "Lead: Blackburn with Darwen Borough Council": a commitment's lead named after a label, to the bullet's end.
_LEAD_FIELD = re.compile(r"\b(?:[Ll]ead(?:[ ]partners?|[ ]organisations?|s)?|[Oo]wners?)[^\S\n]*:[^\S\n]*"
                         r"(?P<leads>\S(?:.|\n)*?)[^\S\n]*$")
# A council team in brackets after its council ("the council (Adult Social Care)"): the council leads.
_TEAM_IN_BRACKETS = re.compile(r"[ ]?\([^()]*\)")
# A team or partnership written in lower case: "council public health team", "Family Hubs partnership".
_LOWER_TEAM = re.compile(r"(?:[A-Za-z’'\-]+[ ]){1,4}(?:team|partnership|service|network|forum|group)")
# A bullet of the list, and its last words in brackets naming who leads it ("... (council, NHS Sussex);").
_BULLET = re.compile(r"[^\S\n]*[•▪●◦*\-–][^\S\n]+")
_LEADS_IN_BRACKETS = re.compile(r"\((?P<leads>[^()\n]{3,160})\)[^\S\n]*(?:;(?:[^\S\n]*and)?|\.|,[^\S\n]*and)?"
                                r"[^\S\n]*$")
# A partner's name: capitalised words, with small words between them ("Albion in the Community").
_PARTNER_NAME = re.compile(r"[A-Z][\w’'&\-]*(?:[ ](?:(?:of|in|the|for|and|&)[ ])*[A-Z][\w’'&\-]*){1,6}")
_LEAD_SPLIT = re.compile(r",\s*(?:with\s+|and\s+)?|\s+(?:and|with)\s+")

# A plain-text table laid out with spaces (older papers, and PDFs read as text): cells are runs of text between gaps
# of two spaces or more.
_SPACE_CELL = re.compile(r"\S+(?:[ ]\S+)*")


def _space_chunks(raw: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SPACE_CELL.finditer(raw)]


def _aligned_row(raw: str, cols: list[int]) -> bool:
    """Whether a line is a new row of the table whose columns start at ``cols``: it opens in the first column and
    three of its runs of text start where columns do."""
    chunks = _space_chunks(raw)
    if "\t" in raw or len(chunks) < 3 or abs(chunks[0][0] - cols[0]) > 2:
        return False
    return sum(any(abs(s - c) <= 2 for c in cols) for s, _ in chunks) >= 3


def _space_table(work: str, lines, i: int) -> tuple[list[list[tuple[int, int, str]]], int]:
    """The rows of a space-aligned table whose heading row is ``lines[i]`` (three cells or more, each short, and a
    row of two cells or more under it), up to a blank line: each run of text goes to the column whose heading starts
    at or before it; a line that starts to the right of the first column continues the row above (a wrapped cell)."""
    ln = lines[i]
    head = work[ln.start:ln.end]
    if "\t" in head or "  " not in head.strip():
        return [], i
    spans = _space_chunks(head)
    if len(spans) < 3 or any(e - s > 40 for s, e in spans) or i + 1 >= len(lines):
        return [], i
    cols = [s for s, _ in spans]
    j = i + 1
    if not work[lines[j].start:lines[j].end].strip() and j + 1 < len(lines) and \
            _aligned_row(work[lines[j + 1].start:lines[j + 1].end], cols):
        j += 1  # a blank line under the heading row
    nxt = work[lines[j].start:lines[j].end]
    if "\t" in nxt or len(_space_chunks(nxt)) < 2:
        return [], i
    rows = [[(ln.start + s, ln.start + e, head[s:e]) for s, e in spans]]
    while j < len(lines):
        ln = lines[j]
        raw = work[ln.start:ln.end]
        if not raw.strip() and j + 1 < len(lines) and _aligned_row(work[lines[j + 1].start:lines[j + 1].end], cols):
            j += 1  # rows set apart by a blank line (a PDF's table read with its layout)
            continue
        if not raw.strip() or "\t" in raw:
            break
        cells: dict[int, list] = {}
        for s, e in _space_chunks(raw):
            k = max(0, sum(1 for c in cols if c <= s + 2) - 1)
            if k in cells:
                cs, _, ct = cells[k]
                cells[k] = [cs, ln.start + e, ct + " " + raw[s:e]]
            else:
                cells[k] = [ln.start + s, ln.start + e, raw[s:e]]
        first = len(raw) - len(raw.lstrip())
        if first > cols[0] + 2 and 0 not in cells and len(rows) > 1:
            prev = rows[-1]
            for k, (cs, ce, ct) in cells.items():
                if k < len(prev):
                    ps, _, pt = prev[k]
                    prev[k] = (ps, ce, pt + " " + ct)
        else:
            rows.append([tuple(cells[k]) if k in cells else (ln.start + cols[k], ln.start + cols[k], "")
                         for k in range(len(cols))] if len(cells) >= 2 else [tuple(v) for v in cells.values()])
        j += 1
    if len(rows) < 2:
        return [], i
    return rows, j


def _table_rows(work: str, lines, line_cells) -> list[list[tuple[int, int, str]]]:
    """Rows of the tables in a text: a line of tab-separated cells, or tab-led cell lines up to a blank line, or a
    table laid out with spaces (:func:`_space_table`).  ``line_cells``: the lines' cells (:attr:`.Doc.line_cells`)."""
    rows: list[list[tuple[int, int, str]]] = []
    block: list[tuple[int, int, str]] = []
    i = -1
    skip = -1
    for ln in lines:
        i += 1
        if i < skip:
            continue
        raw = work[ln.start:ln.end]
        if "   " in raw and "\t" not in raw and "   " in raw.lstrip():
            spaced, skip = _space_table(work, lines, i)
            if spaced:
                if block:
                    rows.append(block)
                    block = []
                rows.extend(spaced)
                continue
        cells = list(line_cells[i])  # a copy: the rows handed to rules are their own
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


_AGENT = _ORG + ("Person", "Post")


# Each match of _ACTION is one line holding "action" ("act": a case-blind "i" may be a dotless "ı").
_ACTION_CUES = ("act",)
# A numbered paragraph's number ("3.2") at the start of a line.
_PARAGRAPH_NUMBER = re.compile(r"(?m)^[^\S\n]*(\d{1,3}(?:\.\d{1,3})+)\s")


def _last_paragraph_number(text: str) -> str | None:
    """The number of the last numbered paragraph that starts a line of ``text`` (the 5,000 characters before an
    action line): the last match of :data:`_PARAGRAPH_NUMBER`, tried line by line from the end instead of scanning
    the whole text for every match.  Each match starts a line of its own (or the text), so the last is the one at
    the last line start where the pattern matches."""
    k = text.rfind("\n")
    while True:
        m = _PARAGRAPH_NUMBER.match(text, k + 1)
        if m:
            return m.group(1)
        if k < 0:
            return None
        k = text.rfind("\n", 0, k)


# One plain word in a commitment's brackets that stands for a body of the paper ("(council)", "(the Board)").
_REFERENCE_WORDS = ("council", "board", "partnership", "icb", "trust")


def _bullets_after(work: str, pos: int):
    """Spans of the bullets of the list starting at ``pos``: a bullet runs on over the lines under it, to the next
    bullet or blank line, and blank lines may part the bullets; the list ends at its first other line."""
    item = None
    blank = False
    while pos < len(work):
        end = work.find("\n", pos)
        end = len(work) if end < 0 else end
        bm = _BULLET.match(work, pos, end)
        if bm:
            if item:
                yield item
            item, blank = (bm.end(), end), False
        elif not work[pos:end].strip():
            blank = True
        elif item and not blank:
            item = (item[0], end)
        else:
            break
        pos = end + 1
    if item:
        yield item


class ActionRules:
    """Rules of this family, mixed into :class:`~.extract.Extractor` (they use its state)."""

    def find_actions(self) -> None:
        work = self.doc.work
        for m in _line_gated(_ACTION, self.doc, _ACTION_CUES):
            owner_text = m.group("owner").strip().rstrip(".")
            os_ = m.start("owner")
            if self._action_with_owner_field(m):
                continue
            # The action is what the paragraph before says; or "Owner to do X".
            what = None
            tm = re.match(r"(.{2,80}?)[ \t]+to[ \t]+(\w.+)$", owner_text)
            if tm and (len(owner_text.split()) > 4 or _INITIALS.match(owner_text)):
                owner_span = (os_, os_ + len(tm.group(1)))
                what = (os_ + tm.start(2), os_ + tm.end(2), tm.group(2))
            else:
                owner_span = (os_, os_ + len(owner_text))
            if what is None:
                para_end = work.rfind("\n", 0, m.start())
                # The end of the text before, without its trailing spaces (not a copy of it: that is quadratic).
                prev_end = max(para_end, 0)
                while prev_end > 0 and work[prev_end - 1].isspace():
                    prev_end -= 1
                if not prev_end:
                    continue
                ss, se = self.doc.sentence(prev_end - 1, prev_end)
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
            number = _last_paragraph_number(work[max(0, m.start() - 5000):m.start()])
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
            im = _INITIALS.match(owner_text)
            if not owners and im:
                # "TR to write to head teachers": the person whose initials these are, if only one.
                person = self._person_with_initials(im.group(1))
                if person:
                    self.add_mention(person, os_, os_ + len(im.group(1)), "action-line")
                    owners = [(os_, os_ + len(im.group(1)), person)]
            for s, e, k in owners:
                self.link(akey, "ownedBy", k, m.start(), m.end(), "action-line")

    def find_lead_lines(self) -> None:
        """"Lead: Director of Public Health (Dr Sam Lee)" closing a numbered block with no "Action:" line: the block's
        heading is the action (what the post leads), the post (else the person or body) named its owner."""
        work = self.doc.work
        for m in _line_gated(_LEAD_LINE, self.doc, _LEAD_CUES):
            start = work.rfind("\n\n", 0, m.start())
            start = 0 if start < 0 else start + 2
            block = work[start:m.start()]
            if m.start() - start > 3000 or _ACTION_FIELD.search(block):
                continue  # an "Action:" line above owns this field (find_actions)
            hm = _NUMBERED_HEADING.match(work, start)
            if hm is not None and hm.end() < m.start():
                what, ws, rule = _STATUS_AFTER.sub("", hm.group("what")).strip(), hm.start("what"), "action-line"
            else:  # the lead of a priority under its heading ("Lead group:" alone, or as the section's last paragraph)
                whole = m.group("whole") is not None
                heading = self._heading_above(m.start(), next_line=not whole)
                if heading is None and not whole and work.endswith("\n\n", 0, m.start()):
                    # a plain "Lead:" paragraph further down leads the whole section when the section is a numbered
                    # priority (not a bullet's "Lead:", which leads the bullet: find_commitments)
                    far = self._heading_above(m.start())
                    heading = far if far is not None and _PRIORITY_HEADING.match(work, far[0]) else None
                if heading is None and not whole:
                    heading = self._priority_above(m.start())
                if heading is None:
                    continue
                ws, what, rule = heading[0], work[heading[0]:heading[1]], "priority-lead"
            os_, oe = m.start("owner"), m.end("owner")
            found = self.mentions_in(os_, oe + 1, ("post", "person", "org"))
            first = _LEAD_SPLIT.split(m.group("owner"), maxsplit=1)[0].strip().removeprefix("the ").rstrip(".")
            named = self.resolve_post_or_body(first) if not found or found[0][0] > os_ + 4 else None
            if named is not None:  # a body the paper named before, not marked at this line
                found.insert(0, (os_, os_ + len(first), named))
            # Who is named first leads ("Lead: Children's Trust Board, with the Director of ..."), a person by the post
            # named after them; a post or person leads alone ("Name, Director of Public Health, Council"), groups may
            # lead together ("the Safer Slough Partnership, with the council's Housing Regulation team").
            family = found[0][2].partition(":")[0] if found else None
            if family == "person" and any(k.startswith("post:") for _, _, k in found):
                family = "post"
            if family is None or len(what.split()) < 2:
                continue
            owners = [f for f in found if f[2].partition(":")[0] == family][:1 if family != "org" else None]
            label = _item_label(what, limit=200)
            key = self.add("Action", label, ws, ws + len(what), rule, key=f"action:{_norm(label)[:100]}")
            for _, _, owner in owners:
                self.link(key, "ownedBy", owner, m.start(), m.end(), rule)

    def _heading_above(self, pos: int, *, next_line: bool = False) -> tuple[int, int] | None:
        """The span of the nearest heading above the line at ``pos`` (within a few pages): a short line standing alone
        between blank lines or over an underline, that does not end a sentence and is no field or page furniture.
        With ``next_line``, only a heading right above it ("PRIORITY 1: NEGLECT" over "Lead: Learning and Improvement
        Group"): a plain "Lead:" further down a section may lead only a part of it."""
        work = self.doc.work
        floor = max(0, pos - 4000)
        end = work.rfind("\n", 0, pos)
        line_end = work.find("\n", pos)
        below = (work[pos:] if line_end < 0 else work[pos:line_end]) if next_line else ""  # the line under the one seen
        while end > floor:
            begin = work.rfind("\n", 0, end) + 1
            line = work[begin:end]
            text = line.strip()
            above = work[work.rfind("\n", 0, max(begin - 1, 0)) + 1:max(begin - 1, 0)] if begin > 1 else ""
            underlined = bool(below.strip()) and _UNDERLINE.fullmatch(below) is not None
            # A numbered priority's heading right over its "Lead:" needs no blank line above: text read from a PDF
            # has none ("... was done." / "Priority 1: Self-neglect and hoarding" / "Lead: Head of ...").
            standing = (not above.strip() or next_line and _PRIORITY_HEADING.match(text) is not None) and \
                (next_line or not below.strip())
            if text and _UNDERLINE.fullmatch(line) is None and (underlined or standing) and _is_heading_text(text) \
                    and not _LEAD_LINE.match(line) and text not in self._repeated_lines():
                first = begin + len(line) - len(line.lstrip())
                return first, first + len(text)
            if next_line:
                return None
            below = line
            end = begin - 1
        return None

    def _priority_above(self, pos: int) -> tuple[int, int] | None:
        """The span of a numbered priority's heading line above the line at ``pos``, with no other "Lead:" line
        between: text read from a PDF has no blank lines, and its "Priority 1: Best start in life" opens a section
        of prose and numbered commitments that its "Lead:" line closes."""
        work = self.doc.work
        floor = max(0, pos - 4000)
        end = work.rfind("\n", 0, pos)
        while end > floor:
            begin = work.rfind("\n", 0, end) + 1
            line = work[begin:end]
            if _LEAD_LINE.match(line):
                return None  # the section above has its own lead
            text = line.strip()
            if _PRIORITY_HEADING.match(text) and _is_heading_text(text) and text not in self._repeated_lines():
                first = begin + len(line) - len(line.lstrip())
                return first, first + len(text)
            end = begin - 1
        return None

    def _repeated_lines(self) -> set[str]:
        """Lines (stripped) a paper prints three times or more: running heads and footers, no section's heading."""
        if self._running_lines is None:
            counts = Counter(line.strip() for line in self.doc.work.split("\n"))
            self._running_lines = {line for line, n in counts.items() if n >= 3 and line}
        return self._running_lines

    def find_commitments(self) -> None:
        """"We will:" or "What we will do" over bullets that each end with who leads them, in brackets ("open a
        second crisis café in Hove (Sussex Partnership NHS Foundation Trust).") or after "Lead:" ("... under one
        roof.   Lead: Blackburn with Darwen Borough Council").  Each bullet is an action owned by the bodies it
        names; "council" is the paper's council, "all partners" no one in particular."""
        work = self.doc.work
        for m in _line_gated(_COMMITMENTS_INTRO, self.doc, _COMMITMENT_CUES):
            for s, e in _bullets_after(work, m.end() + 1):
                lm = _LEAD_FIELD.search(work, s, e) or _LEADS_IN_BRACKETS.search(work, s, e)
                if lm is None:
                    continue
                owners = self._commitment_leads(lm.start("leads"), lm.end("leads"))
                what = " ".join(work[s:lm.start()].split())
                if not owners or len(what.split()) < 3:
                    continue
                label = _item_label(what, limit=200)
                akey = self.add("Action", label, s, lm.start(), "commitment", key=f"action:{_norm(label)[:100]}")
                for os_, oe, k in owners:
                    self.link(akey, "ownedBy", k, os_, oe, "commitment")

    def _commitment_leads(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The bodies, posts and people named in ``work[start:end]``, a commitment's leads ("council, with Albion in
        the Community", "the ICB, East Lancashire Hospitals NHS Trust and the council (Adult Social Care)")."""
        work = self.doc.work
        owners = self.mentions_in(start, end + 1, ("person", "post", "org"))
        pos = start
        for cut in [*_LEAD_SPLIT.finditer(work, start, end), None]:
            ps, pe = pos, cut.start() if cut else end
            pos = cut.end() if cut else end
            if any(os_ < pe and ps < oe for os_, oe, _ in owners):
                continue  # "Department for Work and Pensions": a name the split cut inside
            word = " ".join(_TEAM_IN_BRACKETS.sub("", work[ps:pe]).split()).removeprefix("the ")
            ref = self.resolve_post_or_body(word) or (
                self.resolve_reference(word) if word.lower() in _REFERENCE_WORDS else None)
            if ref is None and (_PARTNER_NAME.fullmatch(word) or _LOWER_TEAM.fullmatch(word)):
                # "(council, with Albion in the Community)", "Lead: council public health team": named as a
                # lead partner, so a body
                ref = self.add_body(word, ps, pe, "commitment-lead")
            if ref:
                owners.append((ps, pe, ref))
        return owners

    def _action_with_owner_field(self, m: re.Match) -> bool:
        """"Action: Extend the scheme to 24 schools" with "Officer: Head of Public Health" (or "Lead:", "Owner:") on
        one of the next lines of its block: the line is the action and the field names its owner."""
        work = self.doc.work
        pos = m.end() + 1
        for _ in range(3):
            if pos >= len(work) or work[pos] == "\n":
                return False
            end = work.find("\n", pos)
            end = len(work) if end < 0 else end
            om = _OWNER_LINE.match(work, pos, end)
            if om:
                break
            pos = end + 1
        else:
            return False
        owner = om.group("owner").strip().rstrip(".")
        if owner.lower() in ("n/a", "tbc", "none", "-", "all", "n/a."):
            return True
        os_ = om.start("owner")
        oe = os_ + len(owner)
        owners = self.mentions_in(os_, oe + 1, ("person", "post", "org"))
        if not owners:
            ref = self.resolve_post_or_body(re.sub(r"^(?:the|The)\s+", "", owner))
            owners = [(os_, oe, ref)] if ref else []
        what = m.group("owner").strip()
        if not owners or len(what.split()) < 2 or what.lower().rstrip(".") in ("none", "n/a"):
            return True
        label = _item_label(what, limit=200)
        akey = self.add("Action", label, m.start("owner"), m.end("owner"), "action-line",
                        key=f"action:{_norm(label)[:100]}")
        for _, _, k in owners:
            self.link(akey, "ownedBy", k, os_, oe, "action-line")
        return True

    def _person_with_initials(self, initials: str) -> str | None:
        from partnergraph.graph import person_name

        found = [k for k, e in self.entities.items() if e.type == "Person" and
                 "".join(w[0] for w in person_name(e.label).split()).upper() == initials]
        return found[0] if len(found) == 1 else None

    def table_rows(self) -> list[list[tuple[int, int, str]]]:
        """The paper's table rows (:func:`_table_rows`), worked out once for the rules that read tables."""
        rows = self.__dict__.get("_table_rows_cache")
        if rows is None:
            rows = self.__dict__["_table_rows_cache"] = _table_rows(self.doc.work, self.doc.lines, self.doc.line_cells)
        return rows

    def find_action_tables(self) -> None:
        """Action logs: a table with an "Action" column and an "Owner" (or "Lead", "By whom") column."""
        doc = self.doc
        work = doc.work
        rows = self.table_rows()
        i = 0
        while i < len(rows):
            header = [c[2].strip(" :?").lower() for c in rows[i]]
            act = next((k for k, h in enumerate(header) if h in ("action", "actions", "action required",
                                                                   "agreed action", "action agreed")), None)
            owns = [k for k, h in enumerate(header) if _OWNER_HEADER.fullmatch(h)]
            own = owns[0] if owns else None
            if act is None and own is not None:
                # A response table or audit action plan with an owner column ("Lead", "Responsible officer"):
                # the action is the agreed response, else the recommendation; a strategy's table of leads, the
                # priority.
                act = next((k for word in ("action", "response", "recommendation", "what we will do", "what we will",
                                           "we will", "commitment", "priority", "priorities")
                            for k, h in enumerate(header) if k not in owns and word in h), None)
                if act is None:  # "Rec | What | Lead partner(s) | By", "Scheme | Description | £000 | Lead"
                    act = next((k for k, h in enumerate(header) if h in ("what", "task", "activity", "scheme",
                                                                          "schemes", "project", "programme",
                                                                          "workstream", "initiative")), None)
            if act is None or own is None:
                i += 1
                continue
            desc = next((k for k, h in enumerate(header) if h in ("description", "details", "action description")), None)
            if desc is not None and i + 1 < len(rows) and len(rows[i + 1]) > act and \
                    re.fullmatch(r"[A-Za-z]?\d{1,3}(?:\.\d{1,3})?", rows[i + 1][act][2].strip()):
                act = desc  # "Action | Description | Owner | Due": the action column numbers the rows
            i += 1
            while i < len(rows) and len(rows[i]) >= max(act, own) + 1:
                cells = rows[i]
                if len(cells) > len(header) and len(header) > 2:
                    i += 1
                    continue  # a cell written over several lines: the columns cannot be told apart here
                s, e, text = cells[act]
                label = _item_label(re.sub(r"^\d{1,3}(?:\.\d{1,3})*[.)]?\s+", "", text), limit=200)
                if len(label) < 4:
                    i += 1
                    continue
                key = self.add("Action", label, s, e, "action-table", key=f"action:{_norm(label)[:100]}")
                for os_, oe, owner in [cells[k] for k in owns if k < len(cells)]:
                    # A cell wrapped over lines of a table laid out with spaces spans other columns' words: then its
                    # own text names the owner ("Head of Public Health" / "Business Programmes").
                    whole = " ".join(work[os_:oe].split()) == " ".join(owner.split())
                    found = self.mentions_in(os_, oe + 1, ("person", "post", "org")) if whole else []
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


def _is_heading_text(text: str) -> bool:
    """Whether a line's words can be a heading: a few words opening with a capital or a number, ending no sentence
    or field, with letters and no layout gap (a running head's columns, a table's row)."""
    words = text.split()
    return 2 <= len(words) <= 12 and (text[0].isupper() or text[0].isdigit()) and text[-1] not in ".,;:" and \
        any(c.isalpha() for c in text) and _LAYOUT_GAP.search(text) is None and not text.startswith(("•", "-", "*")) \
        and (":" not in text or _NUMBERED_LABEL.match(text) is not None)
