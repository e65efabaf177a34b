"""The genre's generic words, read once from ``data/lexicon.yaml`` and the ontology's kinds.

Dictionaries of phrases are matched with an Aho-Corasick automaton (pyahocorasick),
never with one big regular expression alternation (DESIGN.md: 100x faster).

Examples
--------
>>> lex = lexicon()
>>> lex.body_heads["Committee"]
'Board'
>>> [(m.start, m.end, m.value) for m in lex.strategy_matcher.find("the joint strategic needs assessment.")]
[(4, 36, 'joint strategic needs assessment')]
>>> kind_of("City and Hackney Clinical Commissioning Group").id
'clinical-commissioning-group'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import ahocorasick
import yaml

from partnergraph.ontology import Concept, scheme

__all__ = ["Lexicon", "lexicon", "PhraseMatcher", "PhraseGroup", "Match", "kind_of", "lower_same_length"]


class Match(NamedTuple):
    start: int
    end: int
    value: str


def lower_same_length(text: str) -> str:
    """``text.lower()`` that keeps every offset (characters whose lower case is longer stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class PhraseMatcher:
    """Whole-word, case-blind matches of a list of phrases, longest first, no overlaps."""

    def __init__(self, phrases: list[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        self.keys: dict[str, None] = {}  # the phrases as matched (lower case, one space), in order
        for phrase in phrases:
            key = " ".join(str(phrase).lower().split())
            if key:
                for spelling in _spellings(key):
                    self._automaton.add_word(spelling, (len(key), key))
                self.keys[key] = None
        self._empty = not self.keys
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, *, lowered: str | None = None) -> list[Match]:
        """Matches in ``text``; spaces in a phrase match one space of the text."""
        if self._empty:
            return []
        low = lowered if lowered is not None else lower_same_length(text)
        return _longest_leftmost([(start, -size, end, key)
                                  for start, end, (size, key) in _whole_word_hits(self._automaton, low)])


def _spellings(key: str) -> tuple[str, ...]:
    """A phrase as papers may write it: its apostrophe straight or curly ("children’s homes"), the same length."""
    return (key, key.replace("'", "’")) if "'" in key else (key,)


def _whole_word_hits(automaton, low: str):
    """``(start, end, value)`` of each phrase of ``automaton`` found in ``low`` as whole words: one pass of the
    automaton over the whole paper, the word-boundary tests inlined."""
    n = len(low)
    for end_index, value in automaton.iter(low):
        start = end_index - value[0] + 1
        if start > 0:
            c = low[start - 1]
            if c.isalnum() or c == "_":
                continue
        end = end_index + 1
        if end < n:
            c = low[end]
            if c.isalnum() or c == "_":
                continue
        yield start, end, value


def _longest_leftmost(found: list[tuple[int, int, int, str]]) -> list[Match]:
    """Whole-word hits ``(start, -size, end, key)`` as matches: longest leftmost, no overlaps (no two phrases are
    the same, so (start, -size) orders them fully)."""
    found.sort()
    out: list[Match] = []
    last_end = -1
    for start, _, end, key in found:
        if start >= last_end:
            out.append(Match(start, end, key))
            last_end = end
    return out


class PhraseGroup:
    """Several :class:`PhraseMatcher` run over one text in one pass of one automaton.

    Each matcher's matches are exactly its own :meth:`PhraseMatcher.find`'s: every whole-word hit of a phrase goes
    to each matcher that holds the phrase, and each then keeps its longest leftmost hits.  Scanning a paper is most
    of the cost of a matcher (the automaton reads every character), and the rules run several over every paper.
    """

    def __init__(self, matchers) -> None:
        self.matchers = tuple(matchers)
        self.index = {id(m): k for k, m in enumerate(self.matchers)}
        owners: dict[str, list[int]] = {}
        for k, matcher in enumerate(self.matchers):
            for key in matcher.keys:
                owners.setdefault(key, []).append(k)
        self._automaton = ahocorasick.Automaton()
        for key, ks in owners.items():
            for spelling in _spellings(key):
                self._automaton.add_word(spelling, (len(key), key, tuple(ks)))
        self._empty = not owners
        if not self._empty:
            self._automaton.make_automaton()

    def find_each(self, text: str, *, lowered: str | None = None) -> list[list[Match]]:
        """For each matcher in turn, its matches in ``text``."""
        found: list[list[tuple[int, int, int, str]]] = [[] for _ in self.matchers]
        if self._empty:
            return found
        low = lowered if lowered is not None else lower_same_length(text)
        for start, end, (size, key, owners) in _whole_word_hits(self._automaton, low):
            hit = (start, -size, end, key)
            for k in owners:
                found[k].append(hit)
        return [_longest_leftmost(hits) for hits in found]


@dataclass(frozen=True)
class Lexicon:
    body_heads: dict[str, str]
    named_bodies: dict[str, str]
    body_acronyms: dict[str, str]
    post_modifiers: frozenset[str]
    head_first_bodies: frozenset[str]
    place_heads: frozenset[str]
    service_activities: frozenset[str]  # words before "Service" that make it a service offered, not a body
    kind_words: tuple[tuple[str, str], ...]
    and_compounds: frozenset[str]
    of_compounds: frozenset[str]  # "cost of living", "end of life": the words around "of" in a subject's name
    name_stop: frozenset[str]
    name_possessives: frozenset[str]
    not_places: frozenset[str]
    post_heads: frozenset[str]
    post_first: tuple[str, ...]
    bare_posts: frozenset[str]
    strategy_heads: frozenset[str]
    initiative_heads: frozenset[str]
    reporting_verbs: frozenset[str]
    honorifics: frozenset[str]
    theme_intro: PhraseMatcher
    recommendation_intro: PhraseMatcher
    recommendation_verbs: frozenset[str]  # verbs a recommendation opens with ("Publish", "Fund", "asks")
    indicator_intro: PhraseMatcher
    strategy_matcher: PhraseMatcher
    initiative_phrases: frozenset[str]
    indicator_matcher: PhraseMatcher
    kind_matcher: PhraseMatcher
    verdict_headers: frozenset[str]
    verdict_words: dict[str, str]  # a response's opening words (lower case) -> the verdict scheme's concept id
    topic_matcher: PhraseMatcher
    broad_topics: frozenset[str]  # topics that count only when said twice, in a heading or among priorities
    venues: frozenset[str]
    generic_bodies: frozenset[str]  # kinds of body written like names, beyond the ontology's kinds (lower case)


def _data() -> dict:
    text = resources.files(__package__).joinpath("data").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon (read once per process)."""
    d = _data()
    kinds = [w for c in scheme("kinds").concepts for w in (c.label, *c.alt)]
    return Lexicon(
        body_heads=dict(d["body_heads"]),
        named_bodies=dict(d["named_bodies"]),
        body_acronyms=dict(d["body_acronyms"]),
        post_modifiers=frozenset(d["post_modifiers"]),
        head_first_bodies=frozenset(d["head_first_bodies"]),
        place_heads=frozenset(d["place_heads"]),
        service_activities=frozenset(d["service_activities"]),
        kind_words=tuple(sorted(((str(k), str(v)) for k, v in d["kind_words"].items()), key=lambda kv: -len(kv[0]))),
        and_compounds=frozenset(d["and_compounds"]),
        of_compounds=frozenset(_around_of(str(t).lower()) for t in d["topic_phrases"] if " of " in str(t)),
        name_stop=frozenset(d["name_stop"]),
        name_possessives=frozenset(d["name_possessives"]),
        not_places=frozenset(w.lower() for w in d["not_places"]),
        post_heads=frozenset(d["post_heads"]),
        post_first=tuple(sorted(d["post_first"], key=lambda p: -len(p))),
        bare_posts=frozenset(p.lower() for p in d["bare_posts"]),
        strategy_heads=frozenset(d["strategy_heads"]),
        initiative_heads=frozenset(d["initiative_heads"]),
        reporting_verbs=frozenset(d["reporting_verbs"]),
        honorifics=frozenset(d["honorifics"]),
        theme_intro=PhraseMatcher(d["theme_intro"]),
        recommendation_intro=PhraseMatcher(d["recommendation_intro"]),
        recommendation_verbs=frozenset(d["recommendation_verbs"]),
        indicator_intro=PhraseMatcher(d["indicator_intro"]),
        strategy_matcher=PhraseMatcher(d["strategy_phrases"] + d["initiative_phrases"]),
        initiative_phrases=frozenset(d["initiative_phrases"]),
        indicator_matcher=PhraseMatcher(d["indicator_phrases"]),
        kind_matcher=PhraseMatcher(kinds),
        verdict_headers=frozenset(h.lower() for h in d["verdict_headers"]),
        verdict_words={" ".join(str(w).lower().split()): cid for cid, words in d["verdict_words"].items()
                       for w in words},
        topic_matcher=PhraseMatcher(d["topic_phrases"]),
        broad_topics=frozenset(" ".join(str(w).lower().split()) for w in d.get("broad_topic_phrases", ())),
        venues=frozenset(d.get("venues", ())),
        generic_bodies=frozenset(" ".join(str(w).lower().split()) for w in d.get("generic_bodies", ())),
    )


@cache
def _kind_suffixes() -> tuple[tuple[str, Concept], ...]:
    pairs = []
    for c in scheme("kinds").concepts:
        if c.id == "nhs-commissioner":
            continue
        for w in (c.label, *c.alt):
            pairs.append((" ".join(w.lower().replace("-", " ").split()), c))
    pairs.sort(key=lambda p: -len(p[0]))
    return tuple(pairs)


_GENERIC_KINDS = frozenset({"working-group", "council-team", "public-health-team", "vcse-organisation",
                            "university", "national-body"})


@lru_cache(maxsize=16384)
def kind_of(name: str) -> Concept | None:
    """The kind a body's name says: by the kind it ends with, else by a telling word in it."""
    found = _kind_by_suffix(name)
    if found is not None:
        return found
    padded = " " + " ".join(name.replace("’", "'").split()) + " "
    for words, kind_id in lexicon().kind_words:
        if f" {words} " in padded:
            try:
                return scheme("kinds").get(kind_id)
            except KeyError:
                return None
    return None


def _kind_by_suffix(name: str) -> Concept | None:
    """The organisation kind a body's name ends with ("... Clinical Commissioning Group"), if any."""
    low = " " + " ".join(name.lower().replace("-", " ").replace("’", "'").split())
    for words, concept in _kind_suffixes():
        if low.endswith(" " + words) or low == " " + words:
            return concept
    if low.endswith("s") and not low.endswith("ss"):
        singular = _kind_by_suffix(low[:-1])
        if singular is not None:
            return singular
    return None


def _around_of(phrase: str) -> str:
    """The words either side of the first "of" in a subject's name: "delayed transfers of care" -> "transfers of care"
    (a capitalised name holds the pair: "Cost of Living Alliance")."""
    before, _, after = phrase.partition(" of ")
    return f"{before.split()[-1]} of {after.split()[0]}"
