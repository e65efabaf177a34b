"""Front matter: the paper's place, committee, date, title, authors and kind."""

from __future__ import annotations

import re
from collections import Counter

from .names import body_first_runs, name_runs, person_words_ok, post_runs, title_case
from .rules_common import (_MONTHS, _FIELDS, _RESPONSE_TITLE, _RESPONSE_TITLE_CUES, _cue_lines, _in_lines, _line_gated,
                           parse_date)

__all__ = ["FrontMatterRules"]

_FIELD = re.compile(
    r"(?m)(?:^|(?<=\*\*))[^\S\n]*[\-•*]?[^\S\n]*(?P<label>(?:[A-Za-z()]+[ \t]){0,3}[A-Za-z()]+)[ \t]*:[ \t]*"
    r"(?P<value>(?:(?!\*\*)[^\n])*)")
_TITLE_SKIP = re.compile(r"^(?:agenda[ \t]+item|item[ \t]+\d+|appendix(?:[ \t]+\w+)?|minutes:?|report|"
                         r"part[ \t]+[a-z0-9]+|public|open|restricted|not for publication|"
                         r"supporting documents:?)$", re.IGNORECASE)
_REPORT_OF = re.compile(r"(?im)^[^\S\n]*(?:joint[^\S\n]+)?report[^\S\n]+(?:of|by|from)[^\S\n]+(?:the[^\S\n]+)?"
                        r"(?P<v>[A-Z][^\n:]{3,120}?)[^\S\n]*$")
# A table row of two cells, a label and its value, as the readers lay tables out (a cell a line, after a tab): the
# label has no colon ("\tReport title\n\tBetter Care Fund Plan 2023-25").
_CELL_FIELD = re.compile(r"(?m)^\t(?P<label>[A-Za-z][^\t\n:]{1,45}?)[ ]*\n\t(?P<value>[^\t\n][^\n]*)$")
_CELL_FIELDS_WITHIN = 6000  # characters: a front sheet's table is at the top
# Labels of a front sheet's rows that are no field of ours, alone on a line: never a title.
_LABELS_NOT_TITLES = frozenset({"decision reference", "audit reference", "distribution", "attendees", "purpose",
                                "recommendations", "summary", "contents", "appendices", "enclosures", "item", "detail",
                                "local members' interest", "local members’ interest", "exempt", "status",
                                "classification", "report status", "directorate", "audit year", "overall opinion"})
# The last word of a label before a colon on a field's line ("Audit reference: IA 2024/25-17").
_FIELD_WORDS = frozenset({"reference", "ref", "date", "by", "of", "to", "sponsor", "opinion", "officer", "author",
                          "item", "held", "directorate", "meeting", "status", "classification", "distribution",
                          "issued", "received", "auditor", "manager", "contact", "lead", "member", "holder",
                          "interest", "wards", "ward", "decision", "purpose", "venue", "present"})
# Lines near the top that are not a title: an address ("18 Smith Square", a postcode), an agenda's item number, a
# numbered section of the paper, a rule of underscores or equals signs, a protective marking.
_NOT_A_TITLE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}\b|"
                          r"^(?:\d+[a-z]?[ ])?[A-Z]\w+[ ](?:Square|Street|Road|Lane|Place|Avenue|Way|Row|Court)(?:,|$)|"
                          r"\bagenda[ ]item[ ]\w+|^item[ ]\d+\b|^\d{1,2}(?:\.\d{1,2})*\.?[ ][A-Z]|^[^A-Za-z]*$|"
                          r"^official\b|^(?:tel(?:ephone)?|phone|email|e-mail)\b|^(?:town|county|city)[ ]hall\b|"
                          r"^civic[ ](?:centre|offices)\b|^name[ ]organi[sz]ation\b|^dear[ ]", re.IGNORECASE)
# Sentences of the paper, not a title: "... Programme. Councillor Bell said ...".
_A_SENTENCE = re.compile(r"[a-z]\.[ ][A-Z]")
# The line that opens a paper's body, in lower case: a title is above it.
_BODY_BEGINS = re.compile(r"(?:present|attendees|attendance|in attendance|members present|also present|apologies)"
                          r"\b[ ]*(?::|$)|(?:declarations? of interests?|introduction|background|foreword|contents|"
                          r"purpose of (?:the )?report|summary|executive summary|recommendations?)\b[ :]*$|"
                          r"\d{1,2}\.(?:\d{1,2})?[ ]")
# A title that is a strategy's name, in lower case: "joint health and wellbeing strategy 2024–2029".
_STRATEGY_TITLE = re.compile(r"\bstrategy(?:[ ](?:19|20)\d\d(?:[/\-–](?:19|20)?\d\d)?)?$")
# A title about work on a strategy, not the strategy itself: "Refreshing our Joint Health and Wellbeing Strategy".
_ABOUT_A_STRATEGY = re.compile(r"[a-z]+ing\b|(?:update|report|progress|review|consultation)\b")
# A line of a cover that is only the years a strategy covers: "2024–2029".
_YEARS_LINE = re.compile(r"(?:19|20)\d\d(?:[/\-–](?:19|20)?\d\d)?")
# A line that carries on the title above it: "Joint Health" / "and Wellbeing" / "Strategy".
_TITLE_GOES_ON = re.compile(r"(?:and|of|for|&)[ ]\S")
# A title line that stops on a word or mark that cannot end a title: it wraps onto the next line.
_WRAPPED_TITLE = re.compile(r"(?i)(?:[ ](?:and|of|for|the|to|in|on|with|from|a|an|&)|[,–\-])$")
# Heads of names written head first whose complement is a subject, not a place.
_HEAD_FIRST_NOT_PLACES = frozenset({"Centre", "Department", "Institute", "Office", "Ministry", "Society",
                                    "Association", "Federation",
                                    # posts written head first: "Head of Performance and Population"
                                    "Head", "Director", "Manager", "Officer", "Lead", "Member", "Minister",
                                    "Secretary"})

# A council's name on a line of its own at the top of a paper.
_AUTHORITY_KINDS = frozenset({"City", "County", "Borough", "District", "Metropolitan", "Town", "Council"})
# A council named alone on a line near the top, or at the end of a web page's title ("Issue - ... | City of
# Wolverhampton Council").
_AUTHORITY = (r"(?:(?:london|royal)[ ]borough[ ]of[ ](?P<a>[a-z]+(?:[ ](?:[a-z]+|&)){0,2}(?<!&))|"
              r"(?P<b>[a-z]+(?:-[a-z]+)*(?:[ ](?:[a-z]+(?:-[a-z]+)*|&)){0,5})[ ]council)")
# The council alone on its line, or with a service named across a column gap.
_AUTHORITY_LINE = re.compile(r"(?im)(?:^[ \t]*|[ ]\|[ ])" + _AUTHORITY + r"(?:[ \t]*$|[ ]{3,}\S[^\n]*$)")
# A web page's title line: "Joint health and wellbeing strategy 2025 to 2030 - Cheshire West and Chester Council".
_TITLE_AUTHORITY = re.compile(r"(?i)[^\n]*?[ ][-–][ ]" + _AUTHORITY + r"[ \t]*$")
# Every match of _AUTHORITY_LINE is one line that names a council or a borough ("counc": a case-blind "i" may be a
# dotless "ı").
_AUTHORITY_CUES = ("counc", "borough")
# A line that opens minutes, in lower case; every match holds one of the words.
_MINUTES_LINE = re.compile(r"[ \t]*(?:minutes|present:|apologies)")
_MINUTES_WORDS = ("minutes", "present:", "apologies")
_COMPASS = frozenset({"North", "South", "East", "West"})
_COMPASS_BEFORE = re.compile(r"(?<![A-Za-z])((?:North|South)[ ](?:East|West)|North|South|East|West)[ ]\Z")
_REGIONS = ("London",)  # a region whose boroughs' papers name its bodies
_PLACE_JOINS = frozenset({"on", "upon", "under", "le", "by", "in", "the", "en"})
_HEADING_JOINS = _PLACE_JOINS | {"of", "and"}


def _place_case(word: str) -> str:
    """A place's word written in capitals, as the place writes it: "STOKE-ON-TRENT" is "Stoke-on-Trent"."""
    if not word.isupper() or len(word) <= 1:
        return word
    return "-".join(p.lower() if k and p.lower() in _PLACE_JOINS else p.capitalize() for k, p in enumerate(word.split("-")))


# A capitalised word as the place it may name, per token text (None: it names none); a paper asks for every
# capitalised word, and the answer depends on the word alone.
_PLACE_WORDS: dict[str, str | None] = {}
_UNSEEN = object()


# The words that join the two parts of a place's name: "Barking and Dagenham", "Brighton & Hove", "Blackburn with
# Darwen", "Kingston upon Thames".
_PAIR_JOIN = r"(?:and|&|with|upon)"
_PAIR_BEFORE = re.compile(rf"(?<![A-Za-z])([A-Z][a-z]+[ ]{_PAIR_JOIN})[ ]\Z")
_PAIR_AFTER = re.compile(rf"[ ]({_PAIR_JOIN}[ ][A-Z][a-z]+)\b")


def _place_word(tok, lex) -> str | None:
    """The token's word as the place it may name ("LEEDS" as "Leeds"), or None for a word that names none: a short
    acronym, a generic or stop word, one not of letters, a post's modifier ("Assistant City Mayor")."""
    w = tok.bare
    if tok.allcaps and len(w) <= 3 or w.lower() in lex.not_places or w in lex.name_stop or len(w) < 3 or \
            not w.isalpha() or w in lex.post_modifiers:
        word = None
    else:
        word = w[:1] + w[1:].lower() if tok.allcaps else w
    if len(_PLACE_WORDS) < 100000:
        _PLACE_WORDS[tok.text] = word
    return word


def _a_field_line(line: str) -> bool:
    """Whether a top line is a front sheet's field rather than a title: a label alone ("Report by", "Decision
    reference"), or a label and its value ("Meeting date: 5 March 2025"), where a title may hold a colon too
    ("Kingston Health and Care Partnership: annual report 2022/23")."""
    label, colon, value = line.partition(":")
    label = label.strip().lower()
    if _field_of(label) or label in _LABELS_NOT_TITLES:
        return True
    if not colon:
        return False
    words = label.split()
    return len(words) < 2 or words[-1] in _FIELD_WORDS or len(value.split()) < 2 or \
        len(value.split()) <= 4 and bool(parse_date(value)) or \
        "  " in value.strip()  # "Meeting date: 5 March 2025        Agenda item: 8": fields across the line


def _month_year(text: str) -> str | None:
    """ "March 2017" as "2017-03" (a date field that names no day)."""
    m = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                  r"[ ,]+((?:19|20)\d\d)\b", text, re.IGNORECASE)
    return f"{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}" if m else None


def _field_of(label: str) -> str | None:
    """The front-matter field a label names ("report author / contact officer" is an author's), or None."""
    label = " ".join(label.split())
    field = _FIELDS.get(label)
    if field is None and "/" in label:
        field = next(filter(None, (_FIELDS.get(part.strip()) for part in label.split("/"))), None)
    return field


class FrontMatterRules:
    """Rules of this family, mixed into :class:`~.extract.Extractor` (they use its state)."""

    def find_place(self) -> None:
        """The place a paper is about: the word that comes before its bodies' names, or after "in"."""
        toks = self.doc.tokens
        score: Counter[str] = Counter()
        heads = {"Council", "Partnership", "Plan", "CCG", "PCT", "Borough", "City", "Health", "Clinical",
                 "Primary", "Commission", "County", "Metropolitan", "District", "Strategy"}
        not_places = self.lex.not_places
        n = len(toks)
        for i in self.doc.capitals:
            if i + 1 >= n:
                break
            tok = toks[i]
            w = _PLACE_WORDS.get(tok.text, _UNSEEN)
            if w is _UNSEEN:
                w = _place_word(tok, self.lex)
            if w is None:
                continue
            nxt = toks[i + 1]
            gap = self.doc.gap(i)
            compass = self._compass_before(i) if i and toks[i - 1].bare in _COMPASS else ""
            if compass:
                w = f"{compass} {w}"  # "North East Lincolnshire", "West Berkshire": the place is the whole name
            elif i and toks[i - 1].capital and self.doc.gap(i - 1) == " " and toks[i - 1].text.lower() != "and" and \
                    toks[i - 1].bare not in ("St", "Saint", "Royal"):
                # The middle of a name ("Tackling Poverty Partnership"), not its place ("St Helens", "Royal Greenwich"
                # are).
                continue
            if not compass and i > 1 and toks[i - 1].text in ("of", "for") and \
                    toks[i - 2].bare in _HEAD_FIRST_NOT_PLACES:
                continue  # "Centre for Ethnic Health Research": the middle of a name
            nb = nxt.bare[:1] + nxt.bare[1:].lower() if nxt.allcaps and len(nxt.bare) > 3 else nxt.bare
            if nb == "Borough" and i + 3 < n and toks[i + 2].text.lower() == "of" and toks[i + 3].capital:
                # "London Borough of Ealing", "Royal Borough of Greenwich": the council is the borough's after "of"
                borough = _place_word(toks[i + 3], self.lex)
                if borough is not None:
                    score[borough] += 2
                continue
            if gap == " " and nb in heads:
                score[w] += 2
            first = i - len(compass.split()) if compass else i
            prev = toks[first - 1].text if first and self.doc.gap(first - 1) == " " else ""
            if prev in ("in", "of", "across", "for") and not (gap == " " and nxt.capital):
                score[w] += 1
        # The first word of a body's, plan's or project's name is often its place ("Rotherham Citizens Advice").
        self._runs = name_runs(self.doc) + post_runs(self.doc) + body_first_runs(self.doc)
        for r in self._runs:
            first = r.label.split()[0].rstrip(",").rstrip("'’s") if r.label.split() else ""
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
            county = next((o for o in score if o != w and o.startswith(w) and o.endswith("shire")), None)
            # The pair counts as whichever of the town and the county the paper names more ("Worcestershire").
            if stem and score[w] > score[stem]:
                merged[w] += s
            elif county and score[county] > score[w]:
                merged[county] += s
            else:
                merged[stem or w] += s
        # "Barking and Dagenham": the two words of a pair count as one place, not as rivals (so "Brighton & Hove"
        # outweighs "Sussex", named more often than either of its words).
        ranked = sorted(sorted(merged.items()), key=lambda kv: -kv[1])  # ties in alphabetical order
        best, place, pair, partner = self._with_pair(*ranked[0], merged)
        # A London borough's paper names London's own bodies (London Fire Brigade, London Ambulance Service): the
        # region does not compete with the borough.
        second = max((v for w, v in merged.items() if w not in (place, partner, *_REGIONS)), default=0)
        if best < 1.5 * second:  # not plain yet: the next words may be halves of a pair
            best, place, pair, partner = max([(best, place, pair, partner)] + [
                self._with_pair(w, s, merged) for w, s in ranked[1:3]], key=lambda c: c[0])
            second = max((v for w, v in merged.items() if w not in (place, partner, *_REGIONS)), default=0)
        authority = self._authority_in_heading()
        if authority:
            # The council named alone at the top issues the paper: its place is the paper's, whole
            # ("Mid Devon District Council" is Mid Devon's, not Devon's, however often Devon is named).
            self.place = authority
            self.place_words = {w for w in score if score[w] >= 2} | {authority.split()[-1]}
        elif best >= 2 and best >= 1.5 * second:
            # A paper that names several places about as often (an NHS board paper over four councils) is about
            # none of them in particular: it gets no place rather than a guess.
            self.place = pair or self._with_saint(self._with_direction(place))
            self.place_words = {w for w in score if score[w] >= 2} | {place}

    def _compass_before(self, i: int) -> str:
        """The compass words that open a place's name before token ``i`` ("North East" of "North East Lincolnshire",
        "West" of "West Berkshire"), when nothing capitalised comes before them ("North West London ICB" is a
        region's body, read elsewhere); else ""."""
        toks, doc = self.doc.tokens, self.doc
        k = i
        while k > 0 and i - k < 2 and toks[k - 1].bare in _COMPASS and doc.gap(k - 1) == " ":
            k -= 1
        if k == i or (k and toks[k - 1].capital and doc.gap(k - 1) == " " and toks[k - 1].text.lower() != "and"):
            return ""
        return " ".join(t.bare for t in toks[k:i])

    def _with_saint(self, place: str) -> str:
        """"St Helens" rather than "Helens" when the paper mostly writes the place's word after "St"."""
        work = self.doc.work
        if f"St {place}" not in work and f"St. {place}" not in work:
            return place
        saint = len(re.findall(rf"\bSt\.?[ ]{re.escape(place)}\b", work))
        return f"St {place}" if saint and saint * 2 >= work.count(place) else place

    def _with_pair(self, word: str, score: float, merged: Counter) -> tuple[float, str, str | None, str | None]:
        """``(score, word, pair, partner)``: the word's score with its partner's added when it is half of a pair."""
        found = self._pair(word)
        return (score + merged.get(found[1], 0), word, *found) if found else (score, word, None, None)

    def _pair(self, place: str) -> tuple[str, str] | None:
        """("Barking and Dagenham", "Barking") for "Dagenham" when the paper mostly writes the place as one of a pair
        joined by "and" (or "&", "with", "upon") that a council or borough is named for ("London Borough of Barking
        and Dagenham", "Blackburn with Darwen Borough Council")."""
        work = self.doc.work
        pairs: Counter[tuple[str | None, str | None]] = Counter()
        pos = work.find(place)
        while pos >= 0:  # each whole-word use of the place, and the word joined to it before or after
            end = pos + len(place)
            if (not pos or not work[pos - 1].isalnum()) and not work[end:end + 1].isalnum():
                bm = _PAIR_BEFORE.search(work, max(0, pos - 24), pos)
                am = None if bm else _PAIR_AFTER.match(work, end)
                if bm or am:
                    pairs[(bm.group(1), None) if bm else (None, am.group(1))] += 1
            pos = work.find(place, end)
        if not pairs:
            return None
        (before, after), n = pairs.most_common(1)[0]
        pair = f"{before} {place}" if before else f"{place} {after}"
        # A place "upon" its river is the same place when written short ("Kingston" for "Kingston upon Thames"): the
        # council's full name settles it however often the short one is written.
        if (n * 2 >= work.count(place) or (after or "").startswith("upon ")) and \
                re.search(rf"\b{re.escape(pair)}(?: (?:City|Borough|County|District))? Council\b|"
                          rf"Borough of {re.escape(pair)}\b", work):
            return pair, (before or after).split()[0 if before else -1]
        return None

    def _with_direction(self, place: str) -> str:
        """"West Berkshire" rather than "Berkshire" when the paper mostly writes a compass word before the place's and
        names its council so; "Cheshire East" or "Milton Keynes" rather than "Cheshire" or "Milton" when the place's
        word is mostly written with the same word after it ("Cheshire East Council", "Healthwatch Milton Keynes"), a
        compass word or a word that is no head of a name."""
        work = self.doc.work
        total = work.count(place)
        if total < 2:
            return place
        # Each use of the place (the pattern opens with its letters, a literal scanned for at C speed), with the
        # compass word just before it and the capitalised word just after it.
        before: Counter[str] = Counter()
        after: Counter[str] = Counter()
        for m in re.finditer(rf"{re.escape(place)}\b(?:[ ]([A-Z][a-z]+)\b)?", work):
            cm = _COMPASS_BEFORE.search(work, max(0, m.start() - 12), m.start())
            if cm:
                before[cm.group(1)] += 1
            if m.group(1):
                after[m.group(1)] += 1
        if before:
            # "West Berkshire": when the paper mostly writes it so and names the council so
            word, n = before.most_common(1)[0]
            if n * 2 >= total and \
                    re.search(rf"{word} {re.escape(place)}(?: City| Borough| County| District)? Council\b", work):
                return f"{word} {place}"
        if not after:
            return place
        word, n = after.most_common(1)[0]
        lex = self.lex
        if word not in ("East", "West", "North", "South", "Central") and (
                word.lower() in lex.not_places or word in lex.body_heads or word in lex.post_heads or
                word in lex.strategy_heads or word in lex.initiative_heads or word in lex.name_stop):
            return place
        if word not in ("East", "West", "North", "South", "Central") and not re.search(
                rf"{re.escape(place)} {word}(?: City| Borough| County| District)? Council\b", work):
            return place  # "Ashton Mind" is a charity in Ashton; "Milton Keynes" has its council
        return f"{place} {word}" if n >= 2 and n * 2 >= total else place

    def _authority_in_heading(self) -> str | None:
        """The place of the council a paper's heading names: "MID DEVON DISTRICT COUNCIL", "London Borough of X"."""
        top = self.doc.work[:800]
        first = top.lstrip().split("\n", 1)[0]
        titled = _TITLE_AUTHORITY.fullmatch(first) if "ouncil" in first else None
        for m in [titled] if titled else _in_lines(_AUTHORITY_LINE, top, _cue_lines(self.doc, _AUTHORITY_CUES,
                                                                                     limit=len(top))):
            words = (m.group("a") or m.group("b")).split()
            while words and words[-1].capitalize() in _AUTHORITY_KINDS:
                words.pop()
            if len(words) > 2 and words[0].capitalize() in _AUTHORITY_KINDS and words[1].lower() == "of":
                words = words[2:]  # "City of York Council" is York's
            # Small words may join a place's name ("Isle of Wight", "Kingston upon Hull").
            if words and words[0].lower() not in _HEADING_JOINS and all(
                    w.capitalize() not in self.lex.name_stop for w in words if w.lower() not in _HEADING_JOINS):
                return " ".join(w.lower() if k and w.lower() in _HEADING_JOINS else _place_case(w)
                                for k, w in enumerate(words))
        return None

    def find_front_matter(self) -> None:
        doc = self.doc
        work = doc.work
        head_end = min(len(work), max(3000, len(work) // 5))
        fields: dict[str, tuple[int, int, str]] = {}
        for m in self._field_matches(head_end):
            label = " ".join(m.group("label").lower().split())
            field = _field_of(label)
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

    def _field_matches(self, head_end: int):
        """The paper's "label: value" lines, and near its top the two-cell rows of a table whose first cell is a
        field's label with no colon ("Report title" | "Better Care Fund Plan 2023-25"), in text order."""
        found = list(_line_gated(_FIELD, self.doc, (":",)))  # a field's line holds its colon
        top = min(head_end, _CELL_FIELDS_WITHIN)
        if "\n\t" in self.doc.work[:top]:
            found += [m for m in _CELL_FIELD.finditer(self.doc.work, 0, top) if _field_of(m.group("label").lower())]
            found.sort(key=lambda m: m.start())
        return found

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
            self.front.title = self._title_from_lines(lines[:25])

    def _title_from_lines(self, lines: list) -> str | None:
        """The first of the paper's top lines that reads as its title: not a label, a date, a council's or body's
        name alone, a logo's word, an address, a numbered section or a rule of underscores; a title that wraps
        ("Joint Health and" / "Wellbeing Strategy 2024-2029") is read whole."""
        seen = set()
        for k, ln in enumerate(lines):
            t = " ".join(ln.text.split()).strip("*|").strip()
            low = t.lower()
            if _BODY_BEGINS.match(low):
                return None  # past the top: the people present or the first section, and no title above them
            if low in seen:
                continue
            seen.add(low)
            if _TITLE_SKIP.match(t) or len(t) < 8 or parse_date(t) and len(t) < 40 or _a_field_line(t) \
                    or t.endswith((":", ".", ";")) or _A_SENTENCE.search(t) or t[0].islower() or t.startswith("(") \
                    or t.isupper() and len(t) < 60 and not low.startswith("minutes") or " " not in t or \
                    _NOT_A_TITLE.search(t) and "meeting" not in low or low == (self.place or "").lower():
                continue
            ent = self.mentions_in(ln.start, ln.end + 1, ("org", "person", "post"))
            if ent and ent[0][1] - ent[0][0] >= len(ln.text.strip()) - 2:
                continue  # a line that is only a body's name
            if ent and self.entities[ent[0][2]].type == "Person" and ent[0][0] - ln.start <= len(ln.text) - \
                    len(ln.text.lstrip()) + 12:
                continue  # a list of people ("Councillor Name (Chair), ..."), not a title
            if len(t) > 250:
                continue
            # A title cut at a line's end on a word that cannot end it goes on on the next line.
            last = k
            for nxt in lines[k + 1:k + 4]:
                more = " ".join(nxt.text.split()).strip("*|").strip()
                if not (_WRAPPED_TITLE.search(t) or _TITLE_GOES_ON.match(more) or more in self.lex.strategy_heads or
                        _YEARS_LINE.fullmatch(more)):
                    break
                if not more or _a_field_line(more) or len(t) + len(more) > 250:
                    break
                t = f"{t} {title_case(more) if more.isupper() else more}"
                last += 1
            following = " ".join(lines[last + 1].text.split()) if last + 1 < len(lines) else ""
            if following and not (_a_field_line(following) or parse_date(following) and len(following) < 40 or
                                  _BODY_BEGINS.match(following.lower())):
                self.subtitle = following  # a subtitle may name the subject too (themes read it)
            return t
        return None

    def find_document_kind(self) -> None:
        low = self.doc.low[:20000]
        committee = self.entities.get(self.front.committee or "")
        title = (self.front.title or "").lower()
        # Neither pattern crosses a line: each is tried on the lines that hold one of its words.
        if any(_in_lines(_RESPONSE_TITLE, self.doc.low, _cue_lines(self.doc, _RESPONSE_TITLE_CUES, 20000))):
            kind = "response"
        elif any(_MINUTES_LINE.match(self.doc.low, start) for start, _ in _cue_lines(self.doc, _MINUTES_WORDS, 20000)) \
                or "resolved" in low:
            kind = "minutes"
        elif "audit" in title or (committee is not None and "audit" in committee.label.lower()):
            kind = "audit report"
        elif "strategy" in title and committee is None or _STRATEGY_TITLE.search(title) and \
                not _ABOUT_A_STRATEGY.match(title):
            kind = "strategy"  # a paper titled as a strategy is one, whichever board agreed it
        else:
            kind = "report"
        self.front.kind = kind

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
