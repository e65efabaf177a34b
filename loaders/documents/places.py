"""A paper that names no place borrows one from the papers of the same build it plainly belongs with.

A council's response to its scrutiny committee often names no council at all: it
was written for readers who knew.  Its bodies would then be nobody's ("Scrutiny
Committee" of no place) and never meet the same bodies read from the council's
other papers.  After every paper of a build is read, a paper with no place takes
the place of the papers it shares *distinctive* evidence with:

- the same recommendation worded the same way (weight 3);
- a meeting of the same body on the same date (weight 2): the committee a paper
  went to, or the body that made a dated recommendation;
- the same person named in full (weight 2);
- the same body, post, strategy or initiative whose name is more than the genre's
  generic words (weight 2 for four words or more, 1 otherwise): "Board Member for
  Young People and Schools" is distinctive, "Scrutiny Committee" is not;
- the name of a place of the build, as a word of its text (weight 1).

Evidence that papers of two or more places share is not distinctive and is dropped.
A paper borrows only when what remains points to exactly one place (a paper that
names two places of the build, or shares evidence with the papers of two, keeps
none) and adds up to at least :data:`MIN_SCORE`; otherwise it stays without a
place and the build says why.  The decision lists the shared
items, so the Document node can say why it has its place.

Examples
--------
>>> from .extract import extract
>>> placed = extract("Oakshire County Council\\n\\nTo: Oakshire Scrutiny Committee\\nDate: 4 May 2021\\n\\n"
...                  "Cllr Rosa Penhale, Cabinet Member for Rivers, Parks and Open Spaces, spoke.\\n")
>>> unplaced = extract("To: Scrutiny Committee\\nDate: 4 May 2021\\n\\n"
...                    "Cllr Rosa Penhale, Cabinet Member for Rivers, Parks and Open Spaces, replied.\\n")
>>> placed.front.place, unplaced.front.place
('Oakshire', None)
>>> index = PlaceIndex()
>>> index.add(placed, "oakshire-report.txt")
>>> decision = index.decide(unplaced)
>>> decision.place, decision.score
('Oakshire', 6)
>>> [item.words for item in decision.shared]
['a meeting of the Scrutiny Committee on 2021-05-04', 'Rosa Penhale', 'Cabinet Member for Rivers, Parks']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from partnergraph.graph import normal_name, person_name

from .lexicon import lexicon
from .model import Extraction

__all__ = ["PlaceIndex", "Decision", "Item", "evidence_items", "is_generic", "MIN_SCORE"]

#: Shared weight a paper needs before it borrows a place.
MIN_SCORE = 3
#: Words a recommendation needs before its wording identifies it.
MIN_RECOMMENDATION_WORDS = 8

_NAMED = {"Organisation": "body", "Board": "body", "Partnership": "body", "Post": "post",
          "Strategy": "strategy", "Initiative": "initiative"}
_JOINING = frozenset({"and", "of", "for", "the", "in", "on", "to", "a", "an", "at", "by", "with", "s"})


@dataclass(frozen=True, order=True)
class Item:
    """A piece of evidence two papers can share: its key, the words a person reads, its weight."""

    key: tuple[str, ...]
    words: str = field(compare=False)
    weight: int = field(compare=False)


@dataclass
class Decision:
    """Where a paper with no place belongs, and why (or why it stays without one)."""

    place: str | None
    score: int = 0
    shared: list[Item] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the papers of that place that share the items
    reason: str = ""

    def explanation(self) -> str:
        """One sentence for the Document node and the build summary."""
        if self.place is None:
            return f"No place: {self.reason}."
        items = "; ".join(item.words for item in self.shared)
        return (f"Place {self.place} borrowed from {', '.join(self.files)} (shared evidence, weight "
                f"{self.score}): {items}.")


@cache
def _generic_words() -> frozenset[str]:
    """Words every council's bodies and posts are named with: kinds, heads, topics of the genre."""
    lex = lexicon()
    words: set[str] = set(lex.not_places)
    for group in (lex.body_heads, lex.post_heads, lex.post_modifiers, lex.strategy_heads, lex.initiative_heads,
                  lex.head_first_bodies, lex.name_possessives):
        words.update(w.lower() for w in group)
    for phrase in (*lex.post_first, *lex.bare_posts, *(k for k, _ in lex.kind_words)):
        words.update(normal_name(phrase).split())
    from partnergraph.ontology import scheme

    for concept in scheme("kinds").concepts:
        for label in (concept.label, *concept.alt):
            words.update(normal_name(label).split())
    return frozenset(words)


def _content_words(label: str) -> list[str]:
    text = normal_name(label).replace("well being", "wellbeing")
    return [w for w in text.split() if w not in _JOINING]


def is_generic(label: str) -> bool:
    """Whether a name is only the genre's generic words (or one word): it may name any council's body.

    >>> is_generic("Scrutiny Committee"), is_generic("Health and Well Being Board"), is_generic("CCG")
    (True, True, True)
    >>> is_generic("Board Member for Young People, Parks and Leisure"), is_generic("Barton Healthy New Town")
    (False, False)
    """
    words = _content_words(label)
    return len(words) < 2 or all(w in _generic_words() for w in words)


def evidence_items(x: Extraction) -> list[Item]:
    """The distinctive things a paper names, in a stable order (see the module's list)."""
    items: dict[tuple[str, ...], Item] = {}

    def put(item: Item) -> None:
        if item.key not in items or items[item.key].weight < item.weight:
            items[item.key] = item

    dates: dict[str, set[str]] = {}  # body key -> dates of meetings it held
    if x.front.committee in x.entities and x.front.date:
        dates.setdefault(x.front.committee, set()).add(x.front.date)
    for link in x.links:
        if link.relation == "madeBy" and link.subject in x.entities and link.object in x.entities:
            date = x.entities[link.subject].attributes.get("date")
            if date and x.entities[link.object].type in ("Organisation", "Board", "Partnership"):
                dates.setdefault(link.object, set()).add(date)
    for key, when in dates.items():
        full = x.entities[key].label
        for label in dict.fromkeys((full, _without_place(full, x.front.place))):
            for date in when:
                put(Item(("meeting", _key(label), date), f"a meeting of the {label} on {date}", 2))
    for ent in x.entities.values():
        if ent.type == "Person":
            name = person_name(ent.label)
            if len(name.split()) >= 2:
                put(Item(("person", _key(name)), name, 2))
        elif ent.type == "Recommendation":
            if len(ent.label.split()) >= MIN_RECOMMENDATION_WORDS:
                put(Item(("recommendation", _key(ent.label)[:200]), f"the recommendation “{ent.label}”", 3))
        elif ent.type in _NAMED:
            # A placed paper's "Ashby Women's Aid" is also its "Women's Aid": a paper with no place may
            # write either.
            for label in dict.fromkeys((ent.label, _without_place(ent.label, x.front.place))):
                named = _named_item(_NAMED[ent.type], label)
                if named is not None:
                    put(named)
    return sorted(items.values())


@lru_cache(maxsize=1 << 15)
def _named_item(family: str, label: str) -> Item | None:
    if is_generic(label):
        return None
    return Item((family, _key(label)), label, 2 if len(_content_words(label)) >= 4 else 1)


def _key(text: str) -> str:
    return normal_name(text).replace("well being", "wellbeing").replace(" ", "")


def _without_place(label: str, place: str | None) -> str:
    if place and label.lower().startswith(place.lower() + " "):
        rest = label[len(place) + 1:]
        if len(rest.split()) > 1 and not rest.lower().endswith("council"):
            return rest
    return label


class PlaceIndex:
    """The evidence of a build's papers that name their place: item -> places and the files that name it."""

    def __init__(self) -> None:
        self._places: dict[tuple[str, ...], dict[str, list[str]]] = {}
        self._place_names: set[str] = set()

    def add(self, x: Extraction, file_name: str) -> None:
        """Remember a paper that names its place (papers without one are ignored)."""
        place = x.front.place
        if not place:
            return
        self._place_names.add(place)
        for item in evidence_items(x):
            files = self._places.setdefault(item.key, {}).setdefault(place, [])
            if file_name not in files:
                files.append(file_name)

    def __len__(self) -> int:
        return len(self._places)

    def decide(self, x: Extraction) -> Decision:
        """Where a paper with no place belongs (see the module's rules)."""
        by_place: dict[str, list[Item]] = {}
        files: dict[str, set[str]] = {}
        named = _named_places(x.text, self._place_names)
        for place in named:
            by_place.setdefault(place, []).append(Item(("place", place), f"it names {place}", 1))
            files.setdefault(place, set())
        for item in evidence_items(x):
            places = self._places.get(item.key)
            if not places or len(places) != 1:
                continue  # unknown here, or named by papers of several places: not distinctive
            (place, names), = places.items()
            by_place.setdefault(place, []).append(item)
            files.setdefault(place, set()).update(names)
        if not by_place:
            return Decision(None, reason="it shares no distinctive names, people, recommendations or meetings "
                                         "with the papers of this build that name a place")
        scores = {place: sum(i.weight for i in items) for place, items in by_place.items()}
        if len(by_place) > 1:
            listing = ", ".join(f"{p} ({s})" for p, s in sorted(scores.items()))
            return Decision(None, reason=f"what it shares points to more than one place: {listing}")
        (place, shared), = by_place.items()
        score = scores[place]
        decision = Decision(place, score, shared, sorted(files[place]))
        if score < MIN_SCORE:
            return Decision(None, score, shared, decision.files,
                            reason=f"it shares too little with the papers of {place} (weight {score}, "
                                   f"{MIN_SCORE} needed): {'; '.join(i.words for i in shared)}")
        return decision


_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def _named_places(text: str, places: set[str]) -> list[str]:
    """The places of the build that a text names as words ("Ashby" in "Ashby Women's Aid")."""
    words = set(_CAPITALISED.findall(text))
    out = []
    for place in sorted(places):
        parts = place.split()
        if all(p in words for p in parts) and (len(parts) == 1 or re.search(rf"\b{re.escape(place)}\b", text)):
            out.append(place)
    return out

