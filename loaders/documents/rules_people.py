"""People and the posts they hold: honorifics, attendance lists, signatures, "Post, Name"."""

from __future__ import annotations

import itertools
import re

from partnergraph.graph import person_name

from .names import only_ranks, person_words_ok
from .text import HONORIFIC, NAME_LOWER, NAME_WORDS, PERSON_LINE, PERSON_WORD
from .rules_common import (_PERSON_POST_GAP, _PERSON_WORD, _at_line_starts, _cue_lines, _gated, _in_lines,
                           _line_gated)

# What comes before a body's name, not a person's: "from", "at", "of" or "by", or a list of names after them.
_FROM_BODIES = re.compile(r"\b(?:from|at|of|by|with)[ ](?:(?:[A-Z][\w’'\-]*|and|of|for|in)[ ]){0,6}?"
                          r"(?:(?:[A-Z][\w’'\-]*[ ])+and[ ])?$")
__all__ = ["PeopleRules"]

_HONORIFIC = re.compile(
    # Councillor|Cllr.|Dr.|Mr.|Mrs.|Ms.|Miss|Professor|Prof.|Sir|Dame|Rev.|Lord|Lady|Baroness|Alderman, grouped by
    # first letter so that the search starts with a character class ("C(?<!\wC)" is "\bC").
    r"(C(?<!\wC)(?:ouncillor|llr\.?)|D(?<!\wD)(?:r\.?|ame)|M(?<!\wM)(?:r\.?|rs\.?|s\.?|iss)|P(?<!\wP)(?:rofessor|rof\.?)|"
    r"S(?<!\wS)ir|R(?<!\wR)ev\.?|L(?<!\wL)(?:ord|ady)|B(?<!\wB)aroness|A(?<!\wA)lderman)[ \t]+"
    # the name: up to three words, or an initial and two; "van", "de" before a surname ("Susan van de Ven")
    r"((?:" + PERSON_WORD + r"|[A-Z]\.?)(?:[ \t](?:(?:van|von|de|der|den|da|di|du|le|la)[ ]){0,2}" + PERSON_WORD
    + r"){0,2})")
# "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written so the search starts with a character class (scanned at C speed).
_LOW = "[" + NAME_LOWER + "]+"  # a name's small letters, accented ones too
_NAME2 = re.compile(r"([A-Z](?<!\w[A-Z])" + _LOW + r"(?:[-’'][A-Z]?" + _LOW + r")?(?:[ ](?:Mc|Mac|O[’'](?=[A-Z]))?"
                    r"[A-Z]" + _LOW + r"(?:[-’'][A-Z]?" + _LOW + r")?){1,2})"
                    r"(?=[ ]([a-z]+)\b|,[ \n]|[ ]\(|([ \t]+[-–][ \t]+)(?=[A-Z]))")
# The surname that opens the next line when a long line cut a name: "Qadir, Director of ...".
_WRAPPED_SURNAME = re.compile(r"\n[ \t]*(" + PERSON_WORD + r")(?=[,;(]|[ ]\(|[ ]*$|[ ]*\n)")
# A gap of three spaces or more inside a line: a list laid out in columns.
_COLUMN_GAP = re.compile(r"\S[ ]{3,}\S")
_ATTENDANCE = re.compile(r"(?im)^[^\S\n]*((?:board |committee )?members present|present|attendees|attendance|"
                         r"in attendance|also present|also in attendance|officers present|apologies(?: for absence)?"
                         r"(?: were received from)?"
                         # people who visited, reviewed or gave evidence, when the word is a label ("Authorised
                         # representatives: Mandy Carrow (lead), ...")
                         r"|(?:authorised |visiting )?representatives(?=[^\S\n]*:)|(?:peer|review|visit|visiting)[ ]team"
                         r"(?=[^\S\n]*:)|witnesses(?=[^\S\n]*:)"
                         # the groups of a board's membership ("Prescribed Members:", "Other Members:", "Officers:")
                         r"|(?:prescribed|other|voting|non-voting|co-opted|statutory|associate)[ ]members(?=[^\S\n]*:)"
                         r"|officers(?=[^\S\n]*:))[^\S\n]*:?[^\S\n]*(?=\S|\n)")
# The words one of which each match of _ATTENDANCE holds (in lower case): it is tried on their lines only.
_ATTENDANCE_WORDS = ("present", "attend", "apologies", "representatives", " team", "witnesses", "members",
                     "officers")


# "Marcus Oyelaran (Mind in Camden)": a name of two or three words before a body in brackets.
_NAME_BRACKET = re.compile(r"(?<![\w’'-])" + HONORIFIC + r"(?P<name>" + NAME_WORDS + r")[ ]\([A-Z][^()\n]{2,80}\)")

# The person at the end of an attendance entry, after a dash (perhaps wrapped onto the next line).
_NAME_AFTER_DASH = re.compile(r"[ ][-–][ ]*\n?[ \t]*(?P<hon>(?:(?:Councillor|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|"
                              r"Professor|Prof\.?)[ ])?)(?P<name>" + NAME_WORDS + r")(?P<role>[ ]\([^()\n]{1,40}\))?"
                              r"(?=[ ]*,|[ ]*$)", re.M)

# A police officer's rank before the name.
_POLICE_RANK = re.compile(r"(?:(?:Detective|Chief|Deputy|Assistant)[ ])*(?:Superintendent|Inspector|Sergeant|"
                          r"Constable)[ ]")

_RANK_BEFORE = re.compile(r"(?:(?:Detective|Chief|Deputy|Assistant)[ ])+$")

# PERSON_LINE at the start of any line.
_PERSON_LINES = re.compile(r"(?m)^" + PERSON_LINE.pattern)
# ">  Lead Nurse, Asthma Service, NHS Trust - Bernadette Okafor": an entry naming its person last, after a dash.
_PERSON_LAST_LINES = re.compile(r"(?m)^[ \t]*(?:[-•*>o▪][ \t]+)?[A-Z][^\n]{3,200}?(?P<dash>[ ][-–][ ])(?P<hon>(?:(?:Councillor|"
                                r"Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Prof\.?)[ ])?)(?P<name>" + NAME_WORDS +
                                r")(?:[ ]\([^()\n]{1,40}\))?[ ]*,?[ ]*$")
# A police or fire officer's rank before their name: "Superintendent Kasimir Delaney", "Area Manager Hortensia Rao".
_RANK = r"(?:(?:Detective[ ])?(?:Chief[ ])?(?:Superintendent|Inspector|Sergeant|Constable)[ ]|" \
        r"(?:Area|Group|Station|Watch)[ ]Manager[ ])?"
# "    Rachel Imeson             Director of Children's Services": a name, a column gap, then the role (a peer's
# may be one they held: "former Chief Executive, ...").
_PERSON_GAP_LINES = re.compile(r"(?m)^[ \t]*" + HONORIFIC + _RANK + r"(?P<name>" + NAME_WORDS +
                               r")[ ]{3,}(?=[A-Z0-9]|former[ ])")

# "Audit Manager:<tab>Thaddeus Brocklesby-Ahmed": a post as a line's label, a name of two or three words as its value.
_POST_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?P<post>[A-Z][^:\n]{2,60}?)[ \t]*:[ \t]+" + HONORIFIC +
                              r"(?P<name>" + NAME_WORDS + r")[ \t]*$")
# An entry of a list of people: a name of two or three words and a comma, perhaps after a column gap, a label or
# "and".
_ENTRY_NAME = re.compile(r"(?:.*\S[ ]{3,}|[^:;\n]{0,40}:[ ]+)?[ \t]*(?:and[ ]+)?(?:(?:Inspector|Superintendent|"
                         r"Sergeant)[ ]+)?" + HONORIFIC + r"(?P<name>" + NAME_WORDS + r"),[ ]")


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


_NAME_THEN_DASH = re.compile(r"(?P<bullet>[ \t]*(?:[-•*▪][ \t]+)?)" + HONORIFIC + NAME_WORDS + r"[ ][-–][ ]")


def _dash_or_listed_entries(work: str, start: int, end: int):
    """The entries of an attendance block: a line that names its person last, after a dash ("Representative of
    North Tees and Hartlepool NHS Foundation Trust - Neil Atkinson-Reay,"), or first before one ("- Ian Rowntree -
    Chair, Healthwatch Newcastle"), is one entry, since a body's name or a post may hold commas and "and"; other
    lines are split as :func:`_entries` splits them."""
    pos = start
    while pos < end:
        nl = work.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        if work[pos:line_end].strip():
            nm = _NAME_THEN_DASH.match(work, pos, line_end)
            if nm:  # "- Ian Rowntree - Chair, Healthwatch Newcastle": the name first, its role after the dash
                yield nm.end("bullet"), line_end, "\n"
            elif _NAME_AFTER_DASH.search(work, pos, line_end):
                yield pos, line_end, "\n"
            else:
                yield from _entries(work, pos, line_end)
        pos = line_end + 1


# The name may run over a line's end: "Principal Adviser for the North West,\nRuth Entwistle, is".
_AFTER_POST = re.compile(r"(?P<sep>,[ ]|,\n[ \t]*|[ ]\(|:[ ]|[ ]is[ ]|[ ])(?P<name>" + _PERSON_WORD +
                         r"(?:(?:[ ]|\n[ \t]*)" + _PERSON_WORD + r"){1,2})"
                         r"(?P<close>\)|,|;|\.(?:\s|$)|[ ](?:will|has|is|was|said|says|who|presented|introduced|"
                         r"explained|led|leads|chairs|chaired)\b|[ ]*$|[ ]*\n)")
# A post written in sentence case on a line of its own: "Peer challenge manager", "Clinical lead".
_SENTENCE_CASE_POST = re.compile(r"(?P<post>[A-Z][a-z]+(?:[ \-][a-z]+){0,3}[ ](?:manager|officer|lead|adviser|advisor|"
                                 r"co-?ordinator|director|commissioner|consultant))[ \t]*")
# A role on a peer team on a line of its own: "Lead member peer", "NHS peer", "Community and voluntary sector peer".
_TEAM_ROLE = re.compile(r"[ \t]*(?P<role>(?:[A-Z][\w’'\-]*|NHS|[a-z]+)(?:[ ](?:[A-Za-z][\w’'\-]*)){0,5}[ ][Pp]eer)"
                        r"[ \t]*")
# After a name with an honorific, before the post: a comma, or a role in brackets and a dash.
_AFTER_HONORIFIC_NAME = re.compile(r"(?:[ ]\((?P<role>[^()\n]{2,40})\))?(?:,[ \t]+|[ \t]+[–\-][ \t]+)")
_DASH_AFTER = re.compile(r"[ \t]+[–\-][ \t]+")
_OF_BODY = re.compile(r"[ ](?:of|at)[ ](?:the[ ])?")
# A short note in brackets after a post or a body: the area it covers, the body's acronym.
_BRACKET_NOTE = re.compile(r"[ ]\([^()\n]{1,40}\)")
# A service in lower case and the body that runs it, between a post and its holder's name: "the Service Manager for the
# school nursing service at Fenwick Health NHS Foundation Trust, Name".
_SERVICE_AT = re.compile(r"[ ](?:for|of)[ ](?:the[ ])?[a-z][a-z’'\-]*(?:[ ][a-z0-9][a-z0-9’'\-]*){0,7}?"
                         r"[ ](?:at|in)[ ](?:the[ ])?(?=[A-Z])")
# The area a post covers, between the post and its holder's name: "Principal Adviser for the East of England, Name".
_FOR_AREA = re.compile(r"[ ]for[ ](?:the[ ])?[A-Z][a-z]+(?:[ ](?:of[ ]|and[ ](?:the[ ])?)?[A-Z][a-z]+){0,3}(?=,)")
_NAME_IN_BRACKETS = re.compile(r"(?P<sep>[ ]\()(?P<name>" + _PERSON_WORD + r"(?:[ ]" + _PERSON_WORD + r"){1,2})"
                               r"(?P<close>\))")
# Titles written before a name like an honorific: "Mayor Damien Egan", "Deputy Mayor Sam Lee".
_TITLE_NAME = re.compile(r"(?=[MDECIS])\b(?P<title>(?:Deputy[ ]|Elected[ ]|City[ ])?Mayor|"
                         r"(?:Detective[ ])?(?:Chief[ ])?(?:Inspector|Superintendent)|"
                         r"(?:Deputy[ ]|Assistant[ ])?Chief[ ]Constable)[ ](?P<name>" + _PERSON_WORD +
                         r"(?:[ ]" + _PERSON_WORD + r"){1,2})\b(?![ ](?:of|for)[ ][a-z])")
# "chaired by Helen Forsyth-Lamb, Director of ...": a person named after "chaired/led/presented by".
# "chaired by Helen Forsyth-Lamb, Director of ...": a person named after "chaired/led/presented by".  Each of these
# three scans opens with its literal joining word (" by ", " for ", " is "), found at C speed; the words before it
# are checked on the few matches.
_CHAIRED_BY = re.compile(r" by (?P<name>" + _PERSON_WORD + r"(?:[ ]" + _PERSON_WORD + r"){1,2})(?=,|\.|;|[ ]\(|[ ]and\b|[ ]*$)",
                         re.MULTILINE)
_CHAIRED_VERBS = ("chaired", "led", "presented", "introduced", "signed", "written")
# "(Substitute for Jo Frazer, ...)", "deputising for Sam Lee": the person stood in for.
_STOOD_IN_FOR = re.compile(r" for (?P<name>" + _PERSON_WORD + r"(?:[ ]" + _PERSON_WORD + r"){1,2})\b")
_STOOD_VERBS = ("substitute", "Substitute", "substituting", "Substituting", "deputising", "Deputising", "standing in",
                "Standing in")
# "The Board's business manager is Lesley Bainbridge": a post written in lower case, then its holder.
_IS_NAME = re.compile(r" is (?P<name>" + _PERSON_WORD + r"(?:[ ]" + _PERSON_WORD + r"){1,2})\b")
_LOWER_POST_BEFORE = re.compile(r"(?:\b[Tt]he|\b[Ii]ts|\b[Oo]ur|\b[Tt]heir|\b[Hh]er|\b[Hh]is|\b[A-Z][a-z]+['’]s)[ ]"
                                r"(?P<post>(?:[a-z]+[ ]){1,2}(?:manager|officer|lead|coordinator|co-ordinator|adviser|"
                                r"advisor|administrator|chair))$")
# The same post with its holder set off by commas: "her business manager, Rhiannon Tuckwell, who organised it".
_COMMA_NAME = re.compile(r", (?P<name>" + _PERSON_WORD + r"(?:[ ]" + _PERSON_WORD + r"){1,2})"
                         r"(?=,|;|[ ](?:who|will|has)\b)")
# The blank line that ends an attendance list.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A membership table's column heading, a cell of its own (searched for in the lower-cased text).
_MEMBER_HEAD = re.compile(r"(?:organi[sz]ation|representing|body|employer|home[ ]council|role[ ]on[ ](?:the[ ])?team)"
                          r"[ ]*:?[ ]*(?:\t|\n|$)")
# The words one of which each match holds.
_MEMBER_HEAD_WORDS = ("organisation", "organization", "representing", "body", "employer", "home council", "role on")
# Other headings of a membership table's columns, as the column they are: "Role on the team", "Home organisation".
_MEMBER_HEAD_SAYS = {"home organisation": "organisation", "home organization": "organisation",
                     "home council": "organisation", "employer": "organisation", "role on the team": "role",
                     "role on team": "role", "job title": "role", "designation": "role", "peer": "name",
                     "team member": "name", "member": "name"}
_MEMBER_COLUMNS = frozenset({"organisation", "organization", "role", "position", "title", "post", "representing"})
_NAME_LINE = re.compile(HONORIFIC + r"(?P<name>" + NAME_WORDS + r")")


# Two to six capitalised words (joined by "and", "of", "for"): a body's name written in brackets after a member.
# A list of councillors' names after "Councillors": names (each perhaps with a role in brackets) joined by commas and
# "and", wrapped onto the next line at most once per name.
# A member named before by surname alone may be listed so ("Councillors Buttery, Adam Aston and" / "    Pete Lowe").
_COUNCILLORS = re.compile(r"(?:Councillors|Cllrs\.?)[ ](?P<list>[A-Z][\w’'\-]+(?:[ \n][A-Z][\w’'\-]+){0,2}(?:[ ]\([^()\n]{1,40}\))?"
                          r"(?:(?:,[ \n]?[ ]{0,8}|,?[ \n]and[ \n][ ]{0,8})[A-Z][\w’'\-]+(?:[ \n][A-Z][\w’'\-]+){1,2}"
                          r"(?:[ ]\([^()\n]{1,40}\))?)*)")
_LISTED_NAME = re.compile(r"(?P<name>[A-Z][\w’'\-]+(?:[ \n][A-Z][\w’'\-]+){1,2})")
_BODY_IN_BRACKETS = re.compile(r"[A-Z][\w’'\-]+(?:[ ](?:(?:and|of|for|the)[ ])?[A-Z][\w’'\-]+){1,5}")
# Months that are also surnames (after an honorific and a first name, with no day or year after them).
_MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})


def _honorific(word: str) -> str:
    w = word.rstrip(".")
    return {"Cllr": "Councillor", "Prof": "Professor"}.get(w, w)


_PLURAL_HONORIFIC = re.compile(r"\s*(Councillors|Cllrs\.?)\s+")  # "Councillors Ahmed, Bell and Cox"


class PeopleRules:
    """Rules of this family, mixed into :class:`~.extract.Extractor` (they use its state)."""

    def find_people(self) -> None:
        work = self.doc.work
        for m in _HONORIFIC.finditer(work):
            words = m.group(2).split()
            while words and not person_words_ok([words[-1]]):
                if len(words) >= 2 and words[-1] in _MONTH_SURNAMES and not re.match(
                        r"[ \t,]*\d", work[m.start(2) + len(" ".join(words)):m.start(2) + len(" ".join(words)) + 4]):
                    break  # "Councillor Paul May, Cabinet Member": a surname, not a month
                words.pop()
            if not words:
                continue
            end = m.start(2) + len(" ".join(words))
            if len(words) == 1 and work.startswith("\n", end) and end - work.rfind("\n", 0, m.start()) > 50:
                # "... Dr Shabana" / "Qadir, Director of Public Health": a name cut by the end of a long line.
                wm = _WRAPPED_SURNAME.match(work, end)
                if wm and person_words_ok([words[0], wm.group(1)]):
                    words.append(wm.group(1))
                    end = wm.end(1)
            label = f"{_honorific(m.group(1))} {' '.join(words)}"
            pkey = self.add_person(label, m.start(), end, "person-honorific")
            pm = _AFTER_HONORIFIC_NAME.match(work, end)
            if pm:
                # "Councillor Marcia Okoro, Cabinet Member", "Councillor Marcia Okoro (Chair) – Portfolio Holder"
                post = next(((e, k) for s, e, k in self.mentions_at(pm.end()) if k.startswith("post:")), None)
                if post:
                    self.link(pkey, "holdsPost", post[1], m.start(), post[0], "person-post")
                if post and pm.group("role"):
                    for _, re_, k in self.mentions_in(pm.start("role"), pm.end("role") + 1, ("post",)):
                        self.link(pkey, "holdsPost", k, m.start(), re_, "person-role")
        for m in _NAME2.finditer(work):
            words = m.group(1).split()
            if len(words) == 3 and words[0] in ("From", "To", "Dear", "By") and person_words_ok(words[1:]) and \
                    work.startswith(", ", m.end()):
                m = _NAME2.match(work, m.start() + len(words[0]) + 1)  # "From Gary Whitcombe, Director of ..."
                if m is None:
                    continue
                words = m.group(1).split()
            if not person_words_ok(words) or self.is_claimed(m.start(), m.end()):
                continue
            verb = m.group(2)
            before = work[max(0, m.start() - 12):m.start()]
            if re.search(r"(?:Councillor|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Prof\.?|Sir|Dame)[ \t]$",
                         before):
                continue
            if verb is not None and verb in self.lex.reporting_verbs:
                if _FROM_BODIES.search(work, max(0, m.start() - 90), m.start()):
                    continue  # "Witnesses from Betknowmore UK and Recovery Connections said": a body, not a person
                self.add_person(m.group(1), m.start(), m.end(), "person-speaker")
            elif verb is None and work.startswith(" (", m.end()) and self._role_in_brackets(m.end() + 2):
                # "Sarah Jones (Director of Public Health)", "Amir Khan (Healthwatch)".
                close = work.find(")", m.end())
                pkey = self.add_person(m.group(1), m.start(), m.end(), "person-role")
                for s2, e2, k in self.mentions_in(m.end() + 2, close, ("post",)):
                    self.link(pkey, "holdsPost", k, m.start(), close + 1, "person-role")
                dm = _DASH_AFTER.match(work, close + 1)  # "Lucy Osei (Vice-Chair) – Director of Public Health"
                post = next(((e, k) for s, e, k in self.mentions_at(dm.end()) if k.startswith("post:")), None) \
                    if dm else None
                if post:
                    self.link(pkey, "holdsPost", post[1], m.start(), post[0], "person-post")
            elif verb is None:
                # "Name, Post": a person's name followed by a comma and a post, or by a dash in a list laid out
                # with spaces ("Marcus Holloway      - Director of Strategy, ...").
                after = m.end() + (2 if work.startswith(",", m.end()) else len(m.group(3) or ""))
                if work.startswith(("our ", "its ", "their ", "the "), after) and work.startswith(",", m.end()):
                    after = work.index(" ", after) + 1  # "Patrick Dunphy, our Chair,"
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
        for m in _gated(_TITLE_NAME, self.doc, ("Mayor", "Inspector", "Superintendent", "Constable")):
            words = m.group("name").split()
            if not person_words_ok(words) or self.is_claimed(m.start("name"), m.end("name")):
                continue
            post = self.add("Post", m.group("title"), m.start(), m.start("name") - 1, "post")
            person = self.add_person(m.group("name"), m.start("name"), m.end("name"), "person-post")
            self.link(person, "holdsPost", post, m.start(), m.end(), "person-post")
        for m in _gated(_CHAIRED_BY, self.doc, (" by ",)):
            words = m.group("name").split()
            if work[max(0, m.start() - 12):m.start()].endswith(_CHAIRED_VERBS) and person_words_ok(words) and \
                    not self.is_claimed(m.start("name"), m.end("name")):
                self.add_person(m.group("name"), m.start("name"), m.end("name"), "person-post")
        for m in _gated(_STOOD_IN_FOR, self.doc, (" for ",)):
            words = m.group("name").split()
            if work[max(0, m.start() - 12):m.start()].endswith(_STOOD_VERBS) and person_words_ok(words) and \
                    not self.is_claimed(m.start("name"), m.end("name")):
                self.add_person(m.group("name"), m.start("name"), m.end("name"), "person-attendance")
        for m in itertools.chain(_gated(_IS_NAME, self.doc, (" is ",)), _COMMA_NAME.finditer(work)):
            pm = _LOWER_POST_BEFORE.search(work, max(0, m.start() - 60), m.start())
            words = m.group("name").split()
            if pm is None or not person_words_ok(words) or self.is_claimed(m.start("name"), m.end("name")):
                continue
            label = pm.group("post")
            post = self.add("Post", label[:1].upper() + label[1:], pm.start("post"), pm.end("post"), "post")
            person = self.add_person(m.group("name"), m.start("name"), m.end("name"), "person-post")
            self.link(person, "holdsPost", post, pm.start("post"), m.end("name"), "person-post")
        posts = sorted({(ev.start, ev.end, k) for k, e in self.entities.items() if e.type == "Post"
                        for ev in e.evidence})
        for ps, pe, pkey in posts:
            m = next((m for m in (_AFTER_POST.match(work, pe), self._name_after_posts_body(pe)) if m is not None and
                      self._holder_named(m)), None)
            if m is None or m.group("sep") == ", " and any(e == ps - 2 and work[e:ps] == ", " for _, e, _ in
                                                           self.mentions_in(max(0, ps - 60), ps, ("person",))):
                continue  # "Tony Okoro, Chief Executive, Thrive Trafford;": the post has its holder; then its body
            person = self.add_person(" ".join(m.group("name").split()), m.start("name"), m.end("name"),
                                     "person-post")
            self.link(person, "holdsPost", pkey, ps, m.end("name"), "person-post")

    def _holder_named(self, m: re.Match) -> bool:
        """Whether a match of words after a post names a person not read as something else."""
        words = m.group("name").split()
        if len(words) < 2 or not person_words_ok(words) or self.is_claimed(m.start("name"), m.end("name")):
            return False
        # "Director of Public Health, Rachel Robinson" needs a close: ",", "." or a verb
        return not m.group("sep").startswith(",") or bool(m.group("close"))

    def _name_after_posts_body(self, end: int) -> re.Match | None:
        """"Lead Commissioner, Older People (Warwickshire County Council) (Martin Beddoes)", "Head of Commissioning,
        NHS Fenwick ICB (Sam Lee)": a name in brackets after the body a post (ending at ``end``) belongs to; or
        after the area the post covers ("Principal Adviser for London, Sabine Kettering-Oduro,")."""
        work = self.doc.work
        am = _FOR_AREA.match(work, end)
        if am:
            return _AFTER_POST.match(work, am.end())  # "Principal Adviser for the North West, Ruth Entwistle,"
        note = _BRACKET_NOTE.match(work, end)  # "Director of Place (Fenwick) at the ..."
        after = note.end() if note else end
        om = _OF_BODY.match(work, after) or _SERVICE_AT.match(work, after)
        if om:
            # "the Independent Chair of the Islington Safeguarding Adults Board, Teresa Quinlan,": the post's body
            # after "of", then its holder
            body = max((e for s, e, k in self.mentions_at(om.end()) if k.split(":", 1)[0] == "org"), default=None)
            if body is None:
                return None
            short = _BRACKET_NOTE.match(work, body)  # the body's acronym: "... Integrated Care Board (BOB ICB)"
            return _AFTER_POST.match(work, short.end() if short else body)
        bracket = work.startswith(" (", end)
        if not (bracket or work.startswith(", ", end)):
            return None
        body = max((e for s, e, k in self.mentions_at(end + 2) if k.split(":", 1)[0] == "org"), default=None)
        if body is None or (bracket and not work.startswith(")", body)):
            return None
        return _NAME_IN_BRACKETS.match(work, body + bracket)

    def _people_above_posts(self) -> None:
        """A signature or address block: a line that is only a name, then a line that opens with a post."""
        doc = self.doc
        work = doc.work
        lines = doc.lines
        for i, ln in enumerate(lines[:-1]):
            raw = work[ln.start:ln.end].strip()
            nm = _NAME_LINE.fullmatch(raw)
            if not nm or not person_words_ok(nm.group("name").split()):
                continue
            under = i + 1
            if not work[lines[under].start:lines[under].end].strip() and i + 2 < len(lines) and (
                    i == 0 or not work[lines[i - 1].start:lines[i - 1].end].strip()):
                under = i + 2  # a name set apart over its post, as a web page's list of terms and descriptions
            nxt = lines[under]
            lead = len(work[nxt.start:nxt.end]) - len(work[nxt.start:nxt.end].lstrip())
            post = next(((e, k) for s, e, k in self.mentions_at(nxt.start + lead) if k.startswith("post:")), None)
            if post is None:
                # "Peer challenge manager", "Clinical lead": a post in sentence case, alone on its line under the name
                pm = _SENTENCE_CASE_POST.fullmatch(work, nxt.start + lead, nxt.end)
                if pm is None or self.is_claimed(pm.start("post"), pm.end("post")):
                    continue
                post = (pm.end("post"), self.add("Post", pm.group("post"), pm.start("post"), pm.end("post"), "post"))
            s = ln.start + (len(work[ln.start:ln.end]) - len(work[ln.start:ln.end].lstrip()))
            if self.is_claimed(s, s + len(raw)):
                # "Councillor Rosalind Kettle", "Dr Cormac Shah": read already by their honorific
                person = next((k for _, _, k in self.mentions_at(s) if k.startswith("person:")), None)
                if person is None:
                    continue
            else:
                person = self.add_person(raw, s, s + len(raw), "person-signature")
            self.link(person, "holdsPost", post[1], s, post[0], "person-signature")
            # "Lead member peer" under a peer's post: their role on the peer team
            if under + 1 < len(lines):
                rm = _TEAM_ROLE.fullmatch(work, lines[under + 1].start, lines[under + 1].end)
                if rm:
                    rs, re_ = rm.span("role")
                    role = self.add("Post", work[rs:re_], rs, re_, "post")
                    self.link(person, "holdsPost", role, rs, re_, "person-signature")

    def find_member_tables(self) -> None:
        """A membership table: a "Name" column beside an "Organisation" or "Role" column, one person a row."""
        self._member_table_bodies()
        doc = self.doc
        work = doc.work
        columns = None
        for ln in doc.lines:
            raw = work[ln.start:ln.end]
            if "\t" not in raw:
                columns = None if raw.strip() else columns
                continue
            cells, pos = [], ln.start
            for part in raw.split("\t"):
                cells.append((pos + len(part) - len(part.lstrip()), part.strip()))
                pos += len(part) + 1
            heads = [t.lower().rstrip(":") for _, t in cells]
            if "name" in heads and any(h in _MEMBER_COLUMNS for h in heads):
                columns = heads
                continue
            if columns is None or len(cells) != len(columns):
                continue
            by = dict(zip(columns, cells))
            ns, name = by["name"]
            words = name.split()
            if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                                   for w in words) or not person_words_ok(words[:1]):
                continue
            person = self.add_person(name, ns, ns + len(name), "person-table")
            for column in ("role", "position", "title", "post"):
                if column in by and by[column][1]:
                    rs, role = by[column]
                    post = next((k for s2, e2, k in self.mentions_in(rs, rs + len(role), ("post",))), None) or \
                        self.add("Post", role, rs, rs + len(role), "post")
                    self.link(person, "holdsPost", post, ns, rs + len(role), "person-table")
            for column in ("organisation", "organization", "representing", "body"):
                if column in by and by[column][1]:
                    os_, org = by[column]
                    for s2, e2, k in self.mentions_in(os_, os_ + len(org), ("org",)):
                        self.link(person, "memberOf", k, ns, e2, "person-table", 0.75)

    def _member_table_bodies(self) -> None:
        """A membership table with an "Organisation" column, one cell a line (as Word tables are read): each
        cell of that column names a body, each cell of a "Role" column a post."""
        if not any(_in_lines(_MEMBER_HEAD, self.doc.low, _cue_lines(self.doc, _MEMBER_HEAD_WORDS))):
            return
        rows = self.table_rows()
        columns = None
        for cells in rows:
            heads = [c[2].lower().rstrip(":") for c in cells]
            heads = [_MEMBER_HEAD_SAYS.get(h, h) for h in heads]
            if any(h in ("organisation", "organization", "representing", "body") for h in heads) and \
                    any(h in ("role", "position", "title", "post", "voting", "name", "representative") for h in heads):
                columns = heads
                continue
            if columns is None:
                continue
            if len(cells) == len(columns) + 1 and columns[0] == "name":
                # "Councillor Hannah Ellwood" over "Cabinet Member for Health": the name's cell holds their post.
                cells = self._name_over_post(cells)
            if len(cells) != len(columns):
                columns = None if len(cells) < 2 else columns
                continue
            for (s, e, text), head in zip(cells, columns):
                words = text.split()
                posts = [pe for ps, pe, _ in self.mentions_in(s, e, ("post",)) if ps == s]
                if head in ("organisation", "organization", "representing", "body") and posts:
                    # "Representing: Cabinet Member for Healthy City": the member's post, not a body; a body may
                    # follow it ("Chief Executive, Together for Children").
                    rest = text[posts[0] - s:]
                    cm = re.match(r",[ ]+(?:\([^)]*\),?[ ]*)?", rest) if not rest.startswith(" (") else \
                        re.match(r"[ ]\([^)]*\),[ ]+", rest)
                    if cm is None:
                        continue
                    s, text = posts[0] + cm.end(), rest[cm.end():]
                    words = text.split()
                if head in ("organisation", "organization", "representing", "body") and 2 <= len(words) <= 8 and \
                        all(w[:1].isupper() or w in ("of", "and", "for", "the", "through", "in") for w in words) and \
                        not self.mentions_in(s, e, ("org",)):
                    self.add_body(text, s, e, "person-table", type_name="Organisation")
                elif head == "name":
                    # "Councillor Kelly Chequer (Chair)", "Ann Fox": the person a row is about.
                    label = re.sub(r"[ ]*\([^)]*\)$", "", text)
                    bare = [w for w in label.split() if w.rstrip(".") not in self.lex.honorifics]
                    if 2 <= len(bare) <= 4 and person_words_ok(bare) and \
                            not self.mentions_in(s, s + len(label), ("person", "org", "post")):
                        self.add_person(label, s, s + len(label), "person-table")
                elif head in ("role", "position", "post", "title"):
                    label = re.sub(r"[ ]*\([^)]*\)$", "", text)
                    if 1 <= len(label.split()) <= 10 and label[:1].isupper() and \
                            not self.mentions_in(s, s + len(label), ("post",)):
                        self.add("Post", label, s, s + len(label), "post")

    def _name_over_post(self, cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A row whose first cell is a person's name over their post: the post is read and linked to the person,
        and the row's other cells are returned under their columns."""
        (s, e, name), (ps, pe, post) = cells[0], cells[1]
        bare = [w for w in name.split() if w.rstrip(".") not in self.lex.honorifics]
        words = post.split()
        if not (2 <= len(bare) <= 4 and person_words_ok(bare)) or not 1 <= len(words) <= 10 or \
                not post[:1].isupper() or post.endswith("."):
            return cells
        person = self.add_person(name, s, e, "person-table")
        key = next((k for k2s, k2e, k in self.mentions_in(ps, pe, ("post",)) if k2s == ps), None) or \
            self.add("Post", post, ps, pe, "post")
        self.link(person, "holdsPost", key, s, pe, "person-table")
        return [cells[0], *cells[2:]]

    def _role_in_brackets(self, pos: int) -> bool:
        close = self.doc.work.find(")", pos, pos + 150)
        if close < 0:
            return False
        return bool(self.mentions_in(pos, close, ("post", "org"))) or \
            self.doc.work[pos:close].strip() in ("Chair", "Vice-Chair", "Vice Chair", "Chairman")

    def add_person(self, label: str, start: int, end: int, rule: str) -> str:
        rank = _POLICE_RANK.match(label)
        if rank and len(label[rank.end():].split()) >= 2:
            # "Superintendent Gareth Whitlam": the rank is his post, not part of his name.
            pkey = self.add_person(label[rank.end():], start + rank.end(), end, rule)
            title = rank.group().strip()
            more = _RANK_BEFORE.search(self.doc.work, max(0, start - 40), start)
            if more:  # a rule that read "Inspector Sarah Bell" out of "Chief Inspector Sarah Bell"
                title, start = more.group() + title, more.start()
            post = self.add("Post", title, start, start + len(title), "post")
            self.link(pkey, "holdsPost", post, start, end, rule)
            return pkey
        # "Councillor Tidball" and "Councillor Marie Tidball" are one person.
        bare = person_name(label)
        surname = bare.split()[-1]
        # People by surname, so a long paper's hundreds of names are not each compared with all the others.
        by_surname = self._people_by_surname
        for pkey in by_surname.get(surname, ()):
            ent = self.entities.get(pkey)
            if ent is not None and ent.type == "Person":
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
        if key:
            by_surname.setdefault(surname, []).append(key)
        return key

    def find_attendance(self) -> None:
        """"Present:" and "Apologies:" lists of minutes: each person, their role in brackets, and the board."""
        self._attendance_lists()
        self._councillor_lists()
        self._semicolon_people()
        self._bracketed_people()
        self._people_one_a_line()
        self._people_after_their_posts()

    def _people_after_their_posts(self) -> None:
        """"Audit Manager:<tab>Thaddeus Brocklesby-Ahmed": a line that gives a post as its label and a person's name,
        and nothing else, as its value (an audit report's team, a report's signatories)."""
        for m in _at_line_starts(_POST_LABEL_LINE, self.doc, (":",)):
            ns, ne = m.start("name"), m.end("name")
            posts = [k for s, e, k in self.mentions_in(m.start("post"), m.end("post"), ("post",))
                     if s == m.start("post") and e == m.end("post")]
            if posts and person_words_ok(m.group("name").split()) and \
                    not self.mentions_in(ns, ne, ("person", "org", "post", "strategy", "initiative")):
                pkey = self.add_person(m.group("name"), ns, ne, "person-post")
                self.link(pkey, "holdsPost", posts[0], m.start("post"), ne, "person-post")

    def _people_one_a_line(self) -> None:
        """"Kerry Vowles, Manager, Healthwatch Somerset" among lines that each open with a name and a comma, where
        two other lines' names are people already read: a list of witnesses or members, one a line.  So too a list
        laid out in columns, the name then its role after a gap ("Rachel Imeson      Director of Children's
        Services"); and an entry that names its post first and its person last, after a dash."""
        for pattern, cue in ((_PERSON_LINES, ", "), (_PERSON_GAP_LINES, "   ")):
            self._people_lines(pattern, cue)
        self._people_named_last()

    def _people_named_last(self) -> None:
        """">  Lead Nurse, Children's Community Asthma Service, ... Trust (NELFT) - Bernadette Okafor": an entry that
        names its post first and its person last, after a dash; the post is theirs."""
        for m in _at_line_starts(_PERSON_LAST_LINES, self.doc, (" - ", " – ")):
            ns, ne = m.start("name"), m.end("name")
            if person_words_ok(m.group("name").split()) and self.mentions_in(m.start(), m.start("dash"), ("post",)) \
                    and not self.mentions_in(ns, ne, ("person", "org", "post", "strategy", "initiative")):
                label = f"{_honorific(m.group('hon').strip())} {m.group('name')}" if m.group("hon") else m.group("name")
                pkey = self.add_person(label, ns, ne, "person-attendance")
                for _, _, k in self.mentions_in(m.start(), m.start("dash"), ("post",)):
                    self.link(pkey, "holdsPost", k, m.start(), ne, "person-attendance")

    def _people_lines(self, pattern: re.Pattern, cue: str) -> None:
        group: list[tuple[int, int, str]] = []
        posts: list[str | None] = []  # the post each line names after its gap, if it does
        last = -2
        for m in _at_line_starts(pattern, self.doc, (cue,)):
            words = m.group("name").split()
            if not person_words_ok(words):
                if only_ranks(words):
                    last = self.doc.line_index(m.start("name"))  # a member named by rank alone, still in the list
                continue
            line = self.doc.line_index(m.start("name"))
            if line != last + 1:
                self._people_with_posts(group, posts)
                group, posts = [], []
            group.append((m.start("name"), m.end("name"), m.group("name")))
            at = m.end() + (7 if self.doc.work.startswith("former ", m.end()) else 0)
            posts.append(next((k for _, _, k in self.mentions_at(at) if k.startswith("post:")), None))
            last = line
        self._people_with_posts(group, posts)

    def _people_with_posts(self, group: list[tuple[int, int, str]], posts: list[str | None]) -> None:
        """A list one person a line, read when two of its names are people already, or when every line names a
        post after the name ("Deepa Chaudhry      Audit Manager" in an audit report's distribution list): then
        each person holds the post beside them."""
        # (two lines in three: a member may be named by their body, or be "Business representative (...)")
        if len(group) >= 3 and 3 * sum(1 for p in posts if p) >= 2 * len(group):
            for (s, e, name), post in zip(group, posts):
                person = self.mentions_in(s - 16, e + 1, ("person",))
                if person or not self.mentions_in(s, e, ("org", "post", "strategy", "initiative")):
                    pkey = person[0][2] if person else self.add_person(name, s, e, "person-attendance")
                    if post:
                        self.link(pkey, "holdsPost", post, s, e, "person-attendance")
            return
        self._people_of_a_list(group, known=2, least=3)

    def _bracketed_people(self) -> None:
        """"The Panel took evidence from Dr Esther Lindqvist (Camden and Islington NHS Foundation Trust), Marcus
        Oyelaran (Mind in Camden) and Aisha Rahmani (Young Camden Voices)": in a line of names each followed by
        a body in brackets, where one is a person already read, every name is a person."""
        work = self.doc.work
        for line in self.doc.lines:
            if line.text.count("(") >= 2:
                self._people_of_a_list([(m.start("name"), m.end("name"), m.group("name"))
                                        for m in _NAME_BRACKET.finditer(work, line.start, line.end)
                                        if person_words_ok(m.group("name").split())])

    def _semicolon_people(self) -> None:
        """"Dr Sunil Varghese, Consultant Psychiatrist, NHS Northern Gambling Clinic; Kath Ridley, Betknowmore UK": in a
        line of entries separated by semicolons, each opening with a name and a comma, where one entry is a person
        already read or is named before a post or body of its own, every entry's name is a person."""
        work = self.doc.work
        for line in self.doc.lines:
            if ";" not in line.text:
                continue
            entries, own, pos = [], False, line.start
            for part in work[line.start:line.end].split(";"):
                m = _ENTRY_NAME.match(part)
                if m and person_words_ok(m.group("name").split()):
                    entries.append((pos + m.start("name"), pos + m.end("name"), m.group("name")))
                    after = pos + m.end()  # "Kath Ridley, " then a body or post of her own
                    own = own or any(found[0] <= after + 1 for found in self.mentions_in(after, after + 80,
                                                                                         ("org", "post")))
                pos += len(part) + 1
            self._people_of_a_list(entries, known=0 if own else 1)

    def _people_of_a_list(self, entries: list[tuple[int, int, str]], *, known: int = 1, least: int = 2) -> None:
        """Every name of a list (``entries``: start, end, name) is a person when it has ``least`` entries and
        ``known`` of them are people read already (an honorific before a name counts as part of it)."""
        if len(entries) < least or sum(bool(self.mentions_in(s - 16, e + 1, ("person",))) for s, e, _ in entries) < known:
            return
        for s, e, name in entries:
            if not self.mentions_in(s, e, ("person", "org", "post", "strategy", "initiative")):
                self.add_person(name, s, e, "person-attendance")

    def _councillor_lists(self) -> None:
        """"Councillors Gemma Ellwood (Chairman), Peter Harris, Maria Fowler and Ann Wiggins": each name in a list
        after a plural honorific is a councillor, wherever the list is (a task group's members, a signature)."""
        for m in _gated(_COUNCILLORS, self.doc, ("Councillors", "Cllrs")):
            for nm in _LISTED_NAME.finditer(m.group("list")):
                words = nm.group("name").split()
                if not 2 <= len(words) <= 3 or not person_words_ok(words):
                    continue
                ns = m.start("list") + nm.start("name")
                if self.mentions_in(ns, ns + len(nm.group("name")), ("org", "post", "strategy", "initiative")):
                    continue
                self.add_person("Councillor " + " ".join(words), ns, ns + len(nm.group("name")), "person-attendance")

    def _post_held_before(self, at: int) -> tuple[str, str, int] | None:
        """(person, post, person's start) when ``at`` follows "Person, Post, " in a list; else None."""
        work = self.doc.work
        comma = at - 1
        while comma >= 0 and work[comma] in " \t\n":  # (not work[:at].rstrip(): a copy of the paper an entry)
            comma -= 1
        if comma < 0 or work[comma] != ",":
            return None
        post = next(((s, k) for s, e, k in self.mentions_in(max(0, comma - 120), comma, ("post",))
                     if e == comma), None)
        if post is None:
            return None
        return next(((k, post[1], s) for s, e, k in self.mentions_in(max(0, post[0] - 80), post[0], ("person",))
                     if _PERSON_POST_GAP.fullmatch(work, e, post[0])), None)

    def _person_after_dash(self, es: int, ee: int, committee: str | None) -> bool:
        """An attendance entry that names the person last, after a dash: "Director of Public Health, Hartlepool
        Borough Council - Dr Craig Blenkinsop", "Representative of Healthwatch Hartlepool - Stephen Thoburn
        (Chair)".  The post and body before the dash, on the entry's line, are theirs."""
        work = self.doc.work
        m = _NAME_AFTER_DASH.search(work, es, ee)
        if m is None:
            return False
        words = m.group("name").split()
        line_start = work.rfind("\n", 0, es) + 1
        if not person_words_ok(words) or not self.mentions_in(line_start, m.start(), ("org", "post")):
            return False
        label = f"{_honorific(m.group('hon').strip())} {m.group('name')}" if m.group("hon") else m.group("name")
        pkey = self.add_person(label, m.start("hon") if m.group("hon") else m.start("name"), m.end("name"),
                               "person-attendance")
        for _, _, k in self.mentions_in(line_start, m.start(), ("post",)):
            self.link(pkey, "holdsPost", k, line_start, m.end("name"), "person-attendance")
        if committee:
            self.link(pkey, "memberOf", committee, line_start, m.end("name"), "person-attendance", 0.8)
        if m.group("role") and committee and m.group("role").lower().strip("() ") in ("chair", "in the chair"):
            self.link(pkey, "chairs", committee, line_start, m.end(), "person-attendance")
        return True

    def _attendance_lists(self) -> None:
        work = self.doc.work
        committee = self.front.committee
        for m in _line_gated(_ATTENDANCE, self.doc, _ATTENDANCE_WORDS):
            members = not re.match(r"(?i)(?:also|officers|in attendance|authorised|visiting|representatives|peer|"
                                   r"review|visit|witnesses)", m.group(1))
            # Searched from a position, not in a copy of the rest of the paper (one per list: quadratic).
            end = _BLANK_LINE.search(work, m.end())
            block_end = end.start() if end else len(work)
            block_start = m.end()
            # The block may start on the next line.
            if not work[m.end():block_end].strip() and end:
                nxt = _BLANK_LINE.search(work, block_end + 1)
                block_start = block_end
                block_end = nxt.start() if nxt else len(work)
            carry = None
            block = self.doc.text[block_start:min(block_end, block_start + 5000)]
            if len(_COLUMN_GAP.findall(block)) >= 2:
                # A list laid out in columns with spaces ("Anne Whitfield      Strategic Director, Community, ..."):
                # one person a line, the role after the gap (its commas do not split it).
                entries = []
                pos = block_start
                for raw in block.split("\n"):
                    if raw.strip():
                        entries.append((pos, pos + len(raw.rstrip()), "\n"))
                    pos += len(raw) + 1
            else:
                entries = _dash_or_listed_entries(work, block_start, min(block_end, block_start + 5000))
            for es, ee, sep in entries:
                entry = work[es:ee]
                plural = _PLURAL_HONORIFIC.match(entry)
                if plural:
                    carry = "Councillor"
                    es += plural.end()
                    entry = work[es:ee]
                honour = carry if carry and not re.match(r"\s*(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame)\b",
                                                        entry) else None
                if sep in ";\n\t":
                    carry = None
                if self._person_after_dash(es, ee, committee if members else None):
                    continue
                held = sep != " " and self._post_held_before(es)  # ("NHS North East and North Cumbria ICB")
                if held:
                    # "Tony Okoro, Chief Executive, Thrive Trafford;": the entry after a person's post is its body.
                    ns = es + len(entry) - len(entry.lstrip())
                    body = entry.strip().split(" (")[0].rstrip(".")  # "Forum Central (third sector)"
                    self.employer_after(ns, ns + len(body), *held, "person-attendance")
                    continue
                pm = re.match(r"\s*((?:(?:Councillor|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Prof\.?|Sir|Dame)"
                              r"\s+)?[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,3})"
                              r"(?:[ \t]*(?:\((.*)\)|[-–,]\s*(.*))|(?:[ ]\(([^()]{1,30})\))?[ ]{2,}(.*))?[\s.]*$",
                              entry, re.DOTALL)
                if not pm:
                    continue
                name = pm.group(1)
                words = name.split()
                bare = [w for w in words if w.rstrip(".") not in ("Councillor", "Cllr", "Dr", "Mr", "Mrs", "Ms", "Miss",
                                                                "Professor", "Prof", "Sir", "Dame")]
                role_given = pm.group(2) is not None or pm.group(3) is not None or pm.group(5) is not None
                if not bare or (len(bare) < 2 and len(words) < 2):
                    continue
                if not person_words_ok(bare) and not (
                        # A list entry "Adrian England - Chair" names a person even when a surname is a place.
                        role_given and len(bare) >= 2 and person_words_ok(bare[:1]) and
                        bare[-1] not in self.lex.body_heads and
                        all(w.isalpha() and w[0].isupper() and not w.isupper() for w in bare)):
                    continue
                ps = es + pm.start(1)
                label = name if len(words) == len(bare) else f"{_honorific(words[0])} {' '.join(bare)}"
                if honour and len(words) == len(bare):
                    label = f"{honour} {name}"
                pkey = self.add_person(label, ps, ps + len(name), "person-attendance")
                role_group = 2 if pm.group(2) is not None else 3 if pm.group(3) is not None else 5
                if pm.group(4) and committee and re.fullmatch(r"(?:in[ ]the[ ])?(?:Chair|Chairman|Chairperson)",
                                                              pm.group(4).strip()):
                    self.link(pkey, "chairs", committee, ps, es + pm.end(4), "person-attendance")
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
                if members and role_group == 2 and not orgs and not posts and _BODY_IN_BRACKETS.fullmatch(role.strip()):
                    # A member listed as "Mike Owen (Action Together)" represents the body in the brackets.
                    bs = rs + (len(role) - len(role.lstrip()))
                    orgs = [(bs, bs + len(role.strip()),
                             self.add_body(role.strip(), bs, bs + len(role.strip()), "person-attendance",
                                           type_name="Organisation"))]
                if not orgs and posts and role:
                    # "Philip Foster (Managing Director, All Together Better)": the body after the post.
                    tail = work[posts[-1][1]:re_]
                    tm = re.match(r",[ ]+", tail)
                    if tm and _BODY_IN_BRACKETS.fullmatch(tail[tm.end():].strip(" .;")) and \
                            tail[tm.end():].split()[0] not in ("Chair", "Vice-Chair", "Chairman"):
                        bs = posts[-1][1] + tm.end()
                        body = tail[tm.end():].strip(" .;")
                        orgs = [(bs, bs + len(body), self.add_body(body, bs, bs + len(body), "person-attendance",
                                                                   type_name="Organisation"))]
                if not orgs and role and role_group != 2 and ", " in role:
                    # "Marie Kettle    Chair, Salford LINk": the body after the role's last comma, when it carries the
                    # place's name or a body's head word.
                    tail = role.rsplit(", ", 1)[1].strip(" .;")
                    tw = tail.split()
                    if _BODY_IN_BRACKETS.fullmatch(tail) and (tw[0] in self.place_words or
                                                              tw[-1] in self.lex.body_heads):
                        bs = re_ - len(role) + role.rfind(tail)
                        orgs = [(bs, bs + len(tail), self.add_body(tail, bs, bs + len(tail), "person-attendance",
                                                                   type_name="Organisation"))]
                for s2, e2, k in orgs:
                    for s3, e3, pk in posts:
                        self.link(pk, "postIn", k, s3, e2, "post-in")
                    if not posts:
                        self.link(pkey, "memberOf", k, ps, e2, "person-attendance", 0.75)
