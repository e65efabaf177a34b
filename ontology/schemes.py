"""The reference schemes shipped with the ontology, as data: sectors, kinds, verdicts, themes.

Each scheme is a YAML file under ``ontology/schemes/``; this module reads them into
frozen :class:`Concept` objects and resolves wordings ("Partially", "CCG") to a
concept.

Examples
--------
>>> verdict_for("Partially").id
'partially-accepted'
>>> concept("kinds", "clinical-commissioning-group").replaces
'primary-care-trust'
>>> [c.id for c in lineage("integrated-care-board")]
['integrated-care-board', 'clinical-commissioning-group', 'primary-care-trust']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from .namespaces import SCHEME_ROOT

__all__ = [
    "Concept",
    "Scheme",
    "SCHEME_NAMES",
    "scheme",
    "concept",
    "concept_iri",
    "concept_from_iri",
    "lookup",
    "verdict_for",
    "lineage",
    "load_scheme_file",
    "SchemeError",
]

SCHEME_NAMES: tuple[str, ...] = ("sectors", "kinds", "verdicts", "themes")


class SchemeError(ValueError):
    """A scheme file that cannot be read; the message names the file and the concept."""


@dataclass(frozen=True)
class Concept:
    """One SKOS concept of a scheme, with the words that identify it."""

    scheme: str
    id: str
    label: str
    alt: tuple[str, ...] = ()
    definition: str = ""
    broader: str | None = None
    type: str | None = None
    sectors: tuple[str, ...] = ()
    replaces: str | None = None
    year: int | None = None
    until: int | None = None
    group: str | None = None
    phrases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @property
    def iri(self) -> str:
        return concept_iri(self.scheme, self.id)


@dataclass(frozen=True)
class Scheme:
    """A concept scheme: its name, the node type of its concepts, and its concepts in order."""

    name: str
    type: str
    label: str
    definition: str
    concepts: tuple[Concept, ...]

    @property
    def iri(self) -> str:
        return SCHEME_ROOT + self.name

    def get(self, concept_id: str) -> Concept:
        for c in self.concepts:
            if c.id == concept_id:
                return c
        raise KeyError(f"no concept {concept_id!r} in the {self.name} scheme")


def scheme(name: str) -> Scheme:
    """The shipped scheme called ``name`` (one of :data:`SCHEME_NAMES`)."""
    if name not in SCHEME_NAMES:
        raise KeyError(f"unknown scheme {name!r}; known: {', '.join(SCHEME_NAMES)}")
    return _shipped(name)


def concept(scheme_name: str, concept_id: str) -> Concept:
    """One concept of a shipped scheme by its id."""
    return scheme(scheme_name).get(concept_id)


def concept_iri(scheme_name: str, concept_id: str) -> str:
    """The IRI of a concept: ``<scheme root><scheme>/<id>``."""
    return f"{SCHEME_ROOT}{scheme_name}/{concept_id}"


def concept_from_iri(iri: str) -> Concept | None:
    """The shipped concept an IRI names, or None when it is not one of ours."""
    if not iri.startswith(SCHEME_ROOT):
        return None
    name, _, cid = iri[len(SCHEME_ROOT):].partition("/")
    if name not in SCHEME_NAMES:
        return None
    try:
        return concept(name, cid)
    except KeyError:
        return None


def lookup(scheme_name: str, wording: str) -> Concept | None:
    """The concept whose id, label or alternative wording equals ``wording`` (case-blind)."""
    return _index(scheme_name).get(_normal(wording))


def verdict_for(wording: str) -> Concept | None:
    """The verdict concept for a response's wording ("Yes", "Partially", "Not agreed")."""
    return lookup("verdicts", wording)


def lineage(kind_id: str) -> list[Concept]:
    """A kind followed by the kinds it replaced, newest first (ICB, CCG, PCT)."""
    out: list[Concept] = []
    current: str | None = kind_id
    while current is not None and all(c.id != current for c in out):
        c = concept("kinds", current)
        out.append(c)
        current = c.replaces
    return out


def load_scheme_file(path: str | Path) -> Scheme:
    """Read a scheme YAML file (ours, or a user's ``--themes`` file)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SchemeError(f"{path}: cannot read scheme ({_first_line(exc)})") from None
    return _parse(data, str(path))


@cache
def _shipped(name: str) -> Scheme:
    text = resources.files(__package__).joinpath("schemes", f"{name}.yaml").read_text(encoding="utf-8")
    return _parse(yaml.safe_load(text), f"schemes/{name}.yaml")


@cache
def _index(scheme_name: str) -> dict[str, Concept]:
    idx: dict[str, Concept] = {}
    for c in scheme(scheme_name).concepts:
        for word in (c.id, c.label, *c.alt):
            idx.setdefault(_normal(word), c)
    return idx


_SPACES = re.compile(r"[\s\-_]+")


def _normal(text: str) -> str:
    return _SPACES.sub(" ", str(text).strip().lower().rstrip(".?!"))


def _parse(data: object, where: str) -> Scheme:
    if not isinstance(data, dict) or not isinstance(data.get("concepts"), list):
        raise SchemeError(f"{where}: a scheme needs 'scheme' and a list of 'concepts'")
    name = str(data.get("scheme") or Path(where).stem)
    concepts = []
    seen: set[str] = set()
    for i, raw in enumerate(data["concepts"], start=1):
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("label"):
            raise SchemeError(f"{where}: concept {i} needs an 'id' and a 'label'")
        cid = str(raw["id"])
        if cid in seen:
            raise SchemeError(f"{where}: concept {i}: duplicate id {cid!r}")
        seen.add(cid)
        concepts.append(Concept(
            scheme=name, id=cid, label=str(raw["label"]),
            alt=tuple(str(a) for a in raw.get("alt") or ()),
            definition=str(raw.get("definition") or ""),
            broader=raw.get("broader"), type=raw.get("type"),
            sectors=tuple(raw.get("sectors") or ()), replaces=raw.get("replaces"),
            year=raw.get("year"), until=raw.get("until"), group=raw.get("group"),
            phrases=tuple(str(p) for p in raw.get("phrases") or ()),
            keywords=tuple(str(k) for k in raw.get("keywords") or ()),
        ))
    return Scheme(name=name, type=str(data.get("type") or "ReferenceTheme"),
                  label=str(data.get("label") or name), definition=str(data.get("definition") or ""),
                  concepts=tuple(concepts))


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
