"""What extraction returns: entities and links, each with the evidence that produced it.

An :class:`Extraction` is plain data: the ``explain`` command lists it, the loader
adds it to a graph.  Every :class:`Entity` and :class:`Link` keeps one
:class:`Evidence` per occurrence: the character span in the document text, the
quoted sentence, the rule's name and a confidence.

Examples
--------
>>> ev = Evidence(0, 5, "Derby Plan", "name:strategy", 0.9)
>>> e = Entity("strategy:derby plan", "Strategy", "Derby Plan")
>>> e.evidence.append(ev)
>>> e.confidence
0.9
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Evidence", "Entity", "Link", "FrontMatter", "Extraction"]


@dataclass(frozen=True, order=True, init=False)
class Evidence:
    """One occurrence: ``text[start:end]`` is what was read, ``quote`` the sentence around it."""

    start: int
    end: int
    quote: str
    rule: str
    confidence: float

    def __init__(self, start: int, end: int, quote: str, rule: str, confidence: float) -> None:
        # One dict update instead of the frozen dataclass's object.__setattr__ per field (a rule's every hit).
        self.__dict__.update(start=start, end=end, quote=quote, rule=rule, confidence=confidence)


@dataclass
class Entity:
    """A node to be: its type, label, aliases, attributes and every occurrence."""

    key: str
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    attributes: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    scoped: bool = True  # False for national bodies: not scoped to the document's place

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=0.0)

    @property
    def first(self) -> Evidence:
        return min(self.evidence)


@dataclass(frozen=True)
class Link:
    """An edge to be between two entity keys (or ``"document"``)."""

    subject: str
    relation: str
    object: str
    evidence: Evidence
    wording: str | None = None


@dataclass
class FrontMatter:
    """What a paper says about itself: title, date, place, committee, authors, kind."""

    title: str | None = None
    date: str | None = None
    place: str | None = None
    committee: str | None = None  # entity key
    authors: list[str] = field(default_factory=list)  # entity keys
    kind: str = "report"
    key_decision: str | None = None
    wards: str | None = None
    place_basis: str | None = None  # why a paper that names no place has the place it has (or none)


@dataclass
class Extraction:
    """Everything read from one document's text."""

    text: str
    front: FrontMatter
    entities: dict[str, Entity]
    links: list[Link]

    def of_type(self, *types: str) -> list[Entity]:
        """Entities of the given types, in the order of their first occurrence."""
        return sorted((e for e in self.entities.values() if e.type in types), key=lambda e: e.first)

    def labels(self, *types: str) -> list[str]:
        return [e.label for e in self.of_type(*types)]
