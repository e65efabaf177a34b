"""The cue gates that spare the extraction rules a scan of the whole paper give what the whole scan gives.

A gated pattern is tried only on the lines, or at the words, that hold one of its cue words (``rules_common``):
right only while every match of the pattern holds one.  A rule that changes a pattern must change its cues with it;
these tests run each gate and the plain scan over the repository's papers and over text written to catch a cue
missing, and ask for the same matches.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from partnergraph.loaders.documents import rules_actions as actions
from partnergraph.loaders.documents import rules_bodies as bodies
from partnergraph.loaders.documents import rules_common as common
from partnergraph.loaders.documents import rules_front as front
from partnergraph.loaders.documents import rules_people as people
from partnergraph.loaders.documents import rules_recommendations as recs
from partnergraph.loaders.documents import rules_relations as relations
from partnergraph.loaders.documents import rules_themes as themes
from partnergraph.loaders.documents.readers import read_document
from partnergraph.loaders.documents.text import CueSet, Cues, Doc

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = {".txt", ".html", ".htm"}

# Text that holds a match of each gated pattern, some in capitals, some at a line's end or the paper's end.
WRITTEN = """MID DEVON DISTRICT COUNCIL
Report to: Cabinet | London Borough of Brent
Action: Head of Housing to report back by March.
ACTIONS 3.2 by: the Director
Priority 1: Giving every child the best start.
OBJECTIVE TWO - Tackling loneliness in later life
Scheme 2: Home First, our discharge service
We will track avoidable admissions, delayed discharges and falls.
We launched a loneliness charter and the breakfast club pilot.
The Community First Yorkshire voluntary sector alliance met. The Board agreed.
the NEL clinical network and the ICB partnership group
The Board and the committee and this Council and its CCG and our HWB.
Partners include Age UK, Mind and Carers Trust; working with the Police.
brought together\nthe CCG, the council and Healthwatch.
Organisation:\tRole
Response to the recommendations of the Scrutiny Committee made on 1 May 2024.
RECOMMENDATION 4: That the Board notes the report.
Key findings
2.1 Financial sustainability. The plan is sound.
Mel Carthew, Strategic Commissioning Manager, Somerset Council; Sue Wilcock, Manager, Healthwatch Halton
Healthwatch is well regarded; its Chair, Ann Lowe, sits on the Board with the Co-Chair
Dr Imran Kellaway, Director of Public Health
the team is led by the Council and funded by the ICB; it reports to the Board
the Council is a member of the Partnership and works jointly with the NHS
the scheme is delivered by Mind, which includes Carers Trust
a new service"""


def _papers() -> list[str]:
    files = sorted(p for folder in (ROOT / "tests" / "data" / "documents", ROOT / "examples")
                   for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES)
    texts = []
    for path in files:
        try:
            texts.append(read_document(path))
        except Exception:  # a paper a test means to be unreadable
            continue
    return texts + [WRITTEN, WRITTEN.lower(), WRITTEN.upper(), WRITTEN.replace("\n", "\n\n")]


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return [Doc(text) for text in _papers()]


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


LINE_GATES = [
    (themes._LOWER_INITIATIVE, themes._LOWER_INITIATIVE_CUES, True),
    (bodies._NAME_THEN_KIND, bodies._NAME_THEN_KIND_CUES, True),
    (bodies._ACRONYM_GROUP, bodies._ACRONYM_GROUP_CUES, True),
    (themes._TRACKS, themes._TRACKS_CUES, False),
    (themes._NUMBERED_SCHEME, themes._NUMBERED_SCHEME_WORDS, False),
    (themes._NUMBERED_THEME, themes._NUMBERED_THEME_WORDS, False),
    (actions._ACTION, actions._ACTION_CUES, False),
    (bodies._BARE_POST, bodies._BARE_POST_WORDS, False),
]


@pytest.mark.parametrize("pattern, cues, word_end", LINE_GATES, ids=lambda v: getattr(v, "pattern", "")[:30])
def test_line_gates(docs, pattern, cues, word_end):
    for doc in docs:
        assert spans(common._line_gated(pattern, doc, cues, word_end=word_end)) == spans(pattern.finditer(doc.work))


@pytest.mark.parametrize("pattern, words", [(bodies._PARTNER_LIST, bodies._PARTNER_LIST_STARTS),
                                            (bodies._BOARD_IN_PROSE, bodies._BOARD_IN_PROSE_WORDS)])
def test_start_gates(docs, pattern, words):
    for doc in docs:
        assert spans(common._matches_at(pattern, doc, words)) == spans(pattern.finditer(doc.work))


def test_reference_starts(docs):
    for doc in docs:
        gated = common._matches_from(bodies._REFERENCE, doc.work, bodies._reference_starts(doc))
        assert spans(gated) == spans(bodies._REFERENCE.finditer(doc.work))


def test_line_start_gate(docs):
    for doc in docs:
        assert spans(common._at_line_starts(people._PERSON_LINES, doc, (", ",))) == \
            spans(people._PERSON_LINES.finditer(doc.work))


def test_heading_council(docs):
    for doc in docs:
        top = doc.work[:800]
        gated = common._in_lines(front._AUTHORITY_LINE, top, common._cue_lines(doc, front._AUTHORITY_CUES,
                                                                              limit=len(top)))
        assert spans(gated) == spans(front._AUTHORITY_LINE.finditer(top))


@pytest.mark.parametrize("pattern, cues, on_low", [
    (common._RESPONSE_TITLE, common._RESPONSE_TITLE_CUES, False),
    (recs._PROSE_REC_NUMBER, common._RESPONSE_TITLE_CUES, False),
    (people._MEMBER_HEAD, people._MEMBER_HEAD_WORDS, True),
    (themes._FINDINGS, themes._FINDINGS_WORDS, False),
])
def test_holds_gates(docs, pattern, cues, on_low):
    for doc in docs:
        if not common._holds(doc, cues) and not common._odd_case(doc):
            assert pattern.search(doc.low if on_low else doc.work) is None


@pytest.mark.parametrize("pattern, cues, case_blind", [
    (relations._LEADS, relations._LEADS_CUES, True), (relations._MEMBERSHIP, relations._MEMBERSHIP_CUES, False),
    (relations._ENGAGED, relations._ENGAGED_CUES, True), (relations._PARTNERS, relations._PARTNERS_CUES, True),
    (relations._DELIVERS, relations._DELIVERS_CUES, True), (relations._FUNDED, relations._FUNDED_CUES, True),
    (relations._REPORTS, relations._REPORTS_CUES, True),
])
def test_relation_cues(docs, pattern, cues, case_blind):
    for doc in docs:
        for m in pattern.finditer(doc.work):
            said = m.group().lower() if case_blind else m.group()
            assert any(cue in said for cue in cues), m.group()


def test_list_intro_lines_hold_every_intro(docs):
    """A line find_lists would read past its first tests is among _list_intro_lines."""
    for doc in docs:
        class Rules(themes.ThemeRules):
            pass
        rules = Rules()
        rules.doc = doc
        picked = set(rules._list_intro_lines())
        for idx, ln in enumerate(doc.lines):
            text = doc.work[ln.start:ln.end].strip()
            para = doc.work[doc.lines[max(0, idx - 2)].start:ln.end]
            if text.rstrip(" -–*").endswith((":", ";")) or "following" in para or "as follows" in text or (
                    text and rules._is_heading(text)):
                assert idx in picked, text


def test_cues_find_what_find_finds():
    text = "Recommendation one; RECOMMENDATION two: the team's teams\nteam"
    cues = Cues(text.lower(), CueSet())
    for needle in ("recomme", "team", ";", ":", "\n", "absent"):
        expected = [m.start() for m in re.finditer(f"(?={re.escape(needle)})", text.lower())]
        assert cues.positions(needle) == expected
    # A second paper reads the cues asked for by the first from one automaton, with the same answers.
    again = Cues(text.lower(), cues.cue_set)
    assert again.positions("team") == cues.positions("team") and again.positions("absent") == []
