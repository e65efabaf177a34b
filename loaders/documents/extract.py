"""Layout-aware, explainable extraction of a council paper into the ontology's classes.

:func:`extract` runs the rules in order over one document's text and returns an
:class:`~.model.Extraction`: entities and links, each with the evidence (span,
quote, rule, confidence) that produced it.  The rules are general for the genre
(committee reports, HWB papers, scrutiny responses, audit reports, minutes): they
read layout (front-matter fields, numbered and bulleted lists, response tables,
"Action:" lines) and the way English names bodies and posts, never a list of
particular names.

The rules live in one module per family: front matter and place
(:mod:`.rules_front`), bodies (:mod:`.rules_bodies`), people and posts
(:mod:`.rules_people`), services named in lower case (:mod:`.rules_services`), lists, themes and
indicators (:mod:`.rules_themes`),
recommendations and responses (:mod:`.rules_recommendations`; those numbered
through a section of their own and answered by number, :mod:`.rules_numbered`),
actions (:mod:`.rules_actions`) and relations (:mod:`.rules_relations`); what they
share is in :mod:`.rules_common`.  :class:`Extractor` mixes them together and keeps the state.

Place: a paper's place is the word its bodies' names most often start with; a
council named alone at the top of the paper gives the full name ("Mid Devon"). A
paper that names several places about as often (an NHS board paper covering four
councils) gets no place rather than a guess.  A paper with no place is one paper's
view; in a build it may borrow the place of the papers it shares distinctive
evidence with (:mod:`.places`), and otherwise its bodies are not scoped to a place.

Examples
--------
>>> x = extract("To: Health and Wellbeing Board\\nDate: 3 March 2021\\n"
...             "Report author: Sam Patel, Head of Public Health\\n\\n"
...             "The Board has agreed three priorities:\\n- Give every child the best start\\n"
...             "- Good work for all\\n- Healthy places\\n")
>>> x.front.date, x.front.committee
('2021-03-03', 'org:health and wellbeing board')
>>> x.labels("Theme")
['Give every child the best start', 'Good work for all', 'Healthy places']
>>> [(e.label, e.type) for e in x.of_type("Person", "Post")]
[('Sam Patel', 'Person'), ('Head of Public Health', 'Post')]
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from partnergraph.graph import person_name

from .lexicon import PhraseGroup, lexicon
from .model import Entity, Evidence, Extraction, FrontMatter, Link
from .names import Run
from .text import Doc, SpanIndex
from .rules_common import CONF, _TRAILING_YEARS, _norm, parse_date
from .rules_actions import ActionRules
from .rules_bodies import BodyRules, whole_text_matchers
from .rules_front import FrontMatterRules
from .rules_numbered import NumberedRecommendationRules
from .rules_people import PeopleRules
from .rules_recommendations import RecommendationRules
from .rules_relations import RelationRules, _relation_words
from .rules_services import ServiceRules
from .rules_themes import ThemeRules

__all__ = ["extract", "Extractor", "parse_date", "no_cycle_collection"]

# What is left of a council's name without its place: the council keeps its place in its label.
_COUNCILS = frozenset({"city council", "council", "borough council", "county council"})


def extract(text: str, *, file_name: str = "") -> Extraction:
    """Read one document's text; ``file_name`` is only used to guess a date when the text has none."""
    with no_cycle_collection():
        return Extractor(text, file_name=file_name).run()


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector while a paper is read and added.

    The rules and the graph make many small objects and no reference cycles: the
    collector would only walk them (and the whole graph built so far) again and again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@lru_cache(maxsize=1)
def _phrase_group() -> PhraseGroup:
    """The phrase matchers the rules run over every whole paper, as one automaton: one pass of a paper instead of
    one per matcher (scanning is most of a matcher's cost)."""
    lex = lexicon()
    return PhraseGroup((*whole_text_matchers(lex), lex.topic_matcher, lex.indicator_matcher, _relation_words()))


@lru_cache(maxsize=1024)
def _rule_confidence(rule: str) -> float:
    return CONF.get(rule.split(":")[0], 0.7)


@lru_cache(maxsize=256)
def _family(type_name: str) -> str:
    # Rules ask a type's family tens of thousands of times a build; there are a few dozen types.
    return {"Organisation": "org", "Board": "org", "Partnership": "org"}.get(type_name, type_name.lower())


class Extractor(FrontMatterRules, BodyRules, PeopleRules, ServiceRules, ThemeRules, RecommendationRules,
                NumberedRecommendationRules, ActionRules, RelationRules):
    """The rules' shared state for one document: the text, what was found so far, the place.

    Each family of rules lives in its own ``rules_*`` module and is mixed in here;
    this class keeps the state they share and the ways to store what they find.
    """

    def __init__(self, text: str, *, file_name: str = "") -> None:
        self.doc = Doc(text, phrase_group=_phrase_group())
        self.file_name = file_name
        self.lex = lexicon()
        self.entities: dict[str, Entity] = {}
        self.links: list[Link] = []
        self.front = FrontMatter()
        self.place: str | None = None
        self.place_words: set[str] = set()
        self.subtitle = ""  # the line under a title read from the layout
        self.claimed = SpanIndex()  # spans taken by names: (start, end, category)
        self.acronyms: dict[str, str] = {}  # acronym -> entity key
        self._mentions = SpanIndex()  # (start, end, entity key) of every occurrence
        self._aliases: dict[str, str] = {}
        self._alias_keys: dict[str, set[str]] = {}  # entity key -> aliases already in _aliases
        self._people_by_surname: dict[str, list[str]] = {}  # surname -> person keys, first found first
        self._seen: dict[str, set] = {}
        self._linked: set[tuple] = set()
        self.front_programme: str | None = None  # the programme the title names ("Closing the Gap")
        self._runs: list[Run] | None = None
        self._author_cache: tuple[str | None] | None = None
        self._running_lines: set[str] | None = None  # lines printed on every page (ActionRules._repeated_lines)
        self.read_tables: list[tuple[int, int]] = []  # spans of response tables already read by their columns

    def run(self) -> Extraction:
        self.find_place()
        self.find_names()
        self.find_named_bodies()
        self.find_acronyms()
        self.merge_short_forms()
        self.find_people()
        self.find_front_matter()
        self.find_document_kind()
        self.find_attendance()
        self.find_member_tables()
        self.find_phrases()
        self.find_appositions()
        self.find_launched_services()
        self.find_lower_case_teams()
        self.find_services_by_verb()
        self.find_partner_lists()
        self.find_funds()
        self.find_title_programmes()
        self.find_references()
        self.find_lists()
        self.find_numbered_themes()
        self.find_prose_themes()
        self.find_passing_themes()
        self.find_finding_headings()
        self.find_agenda_topics()
        self.find_numbered_schemes()
        self.find_inline_indicators()
        self.find_review_topics()
        self.find_lower_case_named()
        self.find_response_tables()
        self.find_prose_recommendations()
        self.find_numbered_recommendations()
        self.find_resolved()
        self.decided_by_number()
        self.paragraph_verdicts()
        self.merge_repeated_recommendations()
        self.find_actions()
        self.find_lead_lines()
        self.find_commitments()
        self.find_action_tables()
        self.find_indicators()
        self.merge_acronym_forms()
        self.find_relations()
        self._committee_is_a_board()
        self.front.place = self.place
        return Extraction(text=self.doc.text, front=self.front, entities=self.entities, links=self.links)

    def evidence(self, start: int, end: int, rule: str, confidence: float | None = None) -> Evidence:
        conf = _rule_confidence(rule) if confidence is None else confidence
        if not 0 <= start <= end:
            start, end = max(0, min(start, end)), max(0, start, end)
        return Evidence(start, end, self.doc.quote(start, end), rule, conf)

    def family(self, type_name: str) -> str:
        return _family(type_name)

    def key_of(self, type_name: str, label: str) -> str:
        fam = _family(type_name)
        if fam == "person":
            return "person:" + _norm(person_name(label))
        if fam in ("org", "post", "strategy", "initiative"):
            return f"{fam}:{_norm(self.strip_place(label))}"
        return f"{fam}:{_norm(label)}"

    def strip_place(self, label: str) -> str:
        """A body's label without a leading place ("City and Hackney Population Health Hub" -> "Population Health Hub")."""
        words = label.split()
        place = self.place
        if place and " " in place and label.startswith(place + " "):
            # A place of several words, whole: "Brighton & Hove Health and Wellbeing Board", "Richmond upon Thames
            # ...", where its first word alone would leave "& Hove Health and Wellbeing Board".
            rest = label[len(place) + 1:]
            return label if rest.lower() in _COUNCILS else rest
        if len(words) > 2 and words[1] == "and" and words[2] in self.place_words and len(words) > 3:
            return " ".join(words[3:])
        if len(words) > 1 and words[0].rstrip("’'s") in self.place_words:
            rest = " ".join(words[1:])
            if rest.lower() not in _COUNCILS:
                return rest
        return label

    def add(self, type_name: str, label: str, start: int, end: int, rule: str, *, confidence: float | None = None,
            aliases=(), key: str | None = None, scoped: bool = True, **attributes) -> str:
        label = " ".join(label.replace("’", "'").split()).strip(" ,;:.-–")
        if type_name in ("Strategy", "Initiative") and _TRAILING_YEARS.search(label):
            # "Joint Health and Wellbeing Strategy 2024-2029" is also known without its years.
            aliases = (*aliases, _TRAILING_YEARS.sub("", label))
        if not label:
            return ""
        key = key or self.key_of(type_name, label)
        entities = self.entities
        ent = entities.get(key)
        if ent is None:
            key = self._aliases.get(key, key)
            ent = entities.get(key)
        if ent is None:
            ent = entities[key] = Entity(key, type_name, label, scoped=scoped)
            self._seen[key] = set()
        else:
            if ent.type == "Organisation" and type_name in ("Board", "Partnership"):
                ent.type = type_name
            if label != ent.label:
                if self._better_label(label, ent.label):
                    ent.aliases.add(ent.label)
                    ent.label = label
                elif _norm(label) != _norm(ent.label):
                    ent.aliases.add(label)
            ent.scoped = ent.scoped and scoped
        if aliases:
            ent.aliases.update(a for a in aliases if a and _norm(a) != _norm(ent.label))
        if ent.aliases:
            ent.aliases.discard(ent.label)
            done = self._alias_keys.get(key)
            if done is None:
                done = self._alias_keys[key] = set()
            if len(done) != len(ent.aliases) or not done.issuperset(ent.aliases):
                for a in ent.aliases - done:  # each alias is keyed once, not again at every mention
                    self._aliases.setdefault(self.key_of(ent.type, a), key)
                done.update(ent.aliases)
        seen = self._seen[key]
        if (start, end, rule) not in seen:
            seen.add((start, end, rule))
            seen.add((start, end))
            ent.evidence.append(self.evidence(start, end, rule, confidence))
        if attributes:
            for name, value in attributes.items():
                if value not in (None, "", ()):
                    ent.attributes.setdefault(name, value)
        self._mentions.add(start, end, key)  # as _note, without the call
        return key

    def _better_label(self, new: str, old: str) -> bool:
        if _norm(new) == _norm(old):
            # Prefer the wording with more capitals ("Head of Performance" over "Head of performance").
            return sum(c.isupper() for c in new) > sum(c.isupper() for c in old) and not new.isupper()
        return len(new) > len(old) and _norm(new).endswith(_norm(old))

    def link(self, subject: str, relation: str, obj: str, start: int, end: int, rule: str,
             confidence: float | None = None, wording: str | None = None) -> None:
        if not subject or not obj or subject == obj:
            return
        mark = (subject, relation, obj, start, end)
        if mark in self._linked:
            return
        self._linked.add(mark)
        ev = self.evidence(start, end, rule, confidence)
        self.links.append(Link(subject, relation, obj, ev, wording))

    def _note(self, start: int, end: int, key: str) -> None:
        self._mentions.add(start, end, key)

    def mentions_in(self, start: int, end: int, families=("org",)) -> list[tuple[int, int, str]]:
        """Entity mentions inside ``start..end`` of the given families, in text order."""
        out = []
        for item in self._mentions.iter_from(start):
            if item[0] >= end:
                break
            if item[1] <= end:
                if item[2].partition(":")[0] in families:
                    out.append(item)
        dedup = []
        for m in out:
            if dedup and m[0] < dedup[-1][1]:
                if m[1] - m[0] > dedup[-1][1] - dedup[-1][0]:
                    dedup[-1] = m
                continue
            dedup.append(m)
        return dedup

    def claim(self, start: int, end: int, category: str) -> None:
        self.claimed.add(start, end, category)

    def is_claimed(self, start: int, end: int, categories=None, *, but: str | None = None) -> bool:
        """Whether a claim (of one of ``categories``, or of any but ``but``) overlaps ``start..end``."""
        for s, e, c in self.claimed.iter_from(start - self.claimed.longest):
            if s >= end:
                return False
            if start < e and (categories is None or c in categories) and c != but:
                return True
        return False

    def _merge(self, old: str, new: str) -> None:
        a, b = self.entities.pop(old), self.entities[new]
        self._seen[new] |= self._seen.pop(old, set())
        b.aliases.add(a.label)
        b.aliases.update(a.aliases)
        b.aliases.discard(b.label)
        b.evidence.extend(ev for ev in a.evidence if ev not in b.evidence)
        for k, v in a.attributes.items():
            b.attributes.setdefault(k, v)
        self._mentions.replace(old, new)
        self._aliases[old] = new
        for acr, k in list(self.acronyms.items()):
            if k == old:
                self.acronyms[acr] = new
        self.links = [l if l.subject != old and l.object != old else
                      Link(new if l.subject == old else l.subject, l.relation, new if l.object == old else l.object,
                           l.evidence, l.wording) for l in self.links]
        if self.front.committee == old:
            self.front.committee = new

    def add_mention(self, key: str, start: int, end: int, rule: str) -> None:
        ent = self.entities[key]
        seen = self._seen.setdefault(key, set())
        if (start, end) in seen:
            return
        seen.add((start, end, rule))
        seen.add((start, end))
        ent.evidence.append(self.evidence(start, end, rule))
        self._note(start, end, key)

    def _entity_ending_at(self, end: int) -> str | None:
        best = None
        for s, e, k in self._mentions.iter_from(end - 300):
            if s >= end:
                break
            if e == end and (best is None or s < best[0]):
                best = (s, k)
        return best[1] if best else None

    def mentions_at(self, start: int) -> list[tuple[int, int, str]]:
        out = []
        for item in self._mentions.iter_from(start):
            if item[0] != start:
                break
            out.append(item)
        return out
