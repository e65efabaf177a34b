"""Theme matching: map what documents say onto a reference theme scheme, and say why.

Documents word one priority many ways ("Give all young people a good start in
life", "investment in young people", "Children's Trust").  The matcher maps each
extracted theme, strategy, initiative, recommendation, indicator and thematic
partnership onto the concepts of a reference scheme (by default the shipped
``themes`` scheme; users pass their own YAML file in the same format).  All the
words it looks for are data in the scheme, never in this code:

* ``phrases`` and the multi-word ``alt`` labels match as whole phrases;
* ``keywords`` and one-word ``alt`` labels match as single words.

Words are compared case-blind, without accents or apostrophes, after folding
plurals (``activities`` = ``activity``, ``partners`` = ``partner``); a keyword of
five letters or more is also a stem (``engage`` matches ``engaged``).  A phrase
claims its words, so ``working together`` counts for partnership and not also
``work`` for employment.  For each concept:

* ``evidence`` = 1 per distinct phrase + 0.5 per distinct keyword (a phrase inside a
  longer phrase of the same concept is not counted again);
* ``coverage`` = the share of the text's content words (not stop words) claimed by
  the concept's phrases and keywords;
* ``score`` = max(coverage, 1 - 0.5 ** evidence), rounded to 3 places; a text equal
  to the concept's label or an alternative label scores 1 (method ``label``).

A concept is matched when ``score >= threshold`` (0.5 by default: one phrase, two
keywords, or half the words).  The link is ``closeMatch`` when coverage is at least
0.8 (the text says little else) and ``broadMatch`` otherwise (the reference theme
is broader).  Below the threshold the item is reported as unmatched, not forced.

Examples
--------
>>> m = Matcher()
>>> [(x.concept.id, x.score, x.relation, x.words) for x in m.match("investment in young people")]
[('best-start-in-life', 0.667, 'broadMatch', ('young people',))]
>>> m.match("Children's Trust")[0].concept.id
'best-start-in-life'
>>> m.match("Refuse collection rounds")
[]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from partnergraph.graph import PartnershipGraph
from partnergraph.graph.identity import short_hash
from partnergraph.ontology import NS, Concept, Scheme, load_scheme_file, scheme as shipped_scheme
from partnergraph.ontology.namespaces import RDF, RDFS, SKOS, XSD

from ._common import file_names, place_of, quotes

__all__ = ["Match", "Matcher", "MatchRow", "UnmatchedRow", "MATCHED_TYPES", "UNMATCHED_TYPES",
           "DEFAULT_THRESHOLD", "CLOSE_COVERAGE", "PHRASE_ONLY_TYPES", "item_matches", "load_themes",
           "match_themes", "unmatched", "match_triples"]

#: The node types whose wording is matched to the reference scheme.  Partnerships are
#: included because a thematic partnership is named after its theme ("Children's Trust").
MATCHED_TYPES: tuple[str, ...] = ("Theme", "Strategy", "Initiative", "Recommendation", "Indicator",
                                  "Partnership")
#: Types matched on phrases only: a body is named after its theme by a phrase ("Children's
#: Trust", "Stronger Communities Partnership"); a lone keyword ("partnership") only says
#: what kind of body it is.
PHRASE_ONLY_TYPES: tuple[str, ...] = ("Partnership",)
#: The types reported by :func:`unmatched` (a partnership need not be named after a theme).
UNMATCHED_TYPES: tuple[str, ...] = ("Theme", "Strategy", "Initiative", "Recommendation", "Indicator")
DEFAULT_THRESHOLD = 0.5
#: Coverage from which a match is a ``closeMatch`` rather than a ``broadMatch``.
CLOSE_COVERAGE = 0.8
PHRASE_WEIGHT = 1.0
KEYWORD_WEIGHT = 0.5

_SKOS = str(SKOS)
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_RDFS_LABEL = ox.NamedNode(str(RDFS.label))
_XSD_DECIMAL = ox.NamedNode(str(XSD.decimal))

# English function words: they neither match nor count against coverage.
_STOP = frozenset("""a about across after all also an and any are as at be been being between both but by
can could do does each every for from had has have how in into is it its may more most must no not of on
or other our over should so some such than that the their them there these they this those through to
under up upon us was we were what when where which while who will with within would you your""".split())
_WORD = re.compile(r"[a-z0-9]+")
# Endings a keyword may carry when it is used as a stem (only stems of five letters or more).
_ENDINGS = ("d", "ed", "ing", "ment", "ments", "s", "es")


def _fold(word: str) -> str:
    """A word without its plural ending: ``activities`` -> ``activity``, ``partners`` -> ``partner``."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _tokens(text: str) -> list[str]:
    """Lower-case ASCII words of two or more characters ("children's" -> "children")."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return [w for w in _WORD.findall(ascii_text.lower().replace("&", " and ")) if len(w) > 1]


@dataclass(frozen=True)
class Match:
    """One reference concept a text matches, with the words that made it match."""

    concept: Concept
    score: float
    coverage: float
    method: str
    words: tuple[str, ...]
    relation: str


class Matcher:
    """A deterministic, explainable matcher built from a scheme's phrases and keywords.

    Parameters
    ----------
    scheme : the reference scheme (default: the shipped ``themes`` scheme).
    threshold : the score from which a concept counts as matched.
    """

    def __init__(self, scheme: Scheme | None = None, *, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.scheme = scheme or shipped_scheme("themes")
        self.threshold = threshold
        self._phrases: dict[tuple[str, ...], set[str]] = {}
        self._keywords: dict[str, set[str]] = {}
        self._labels: dict[tuple[str, ...], set[str]] = {}
        self._concepts = {c.id: c for c in self.scheme.concepts}
        for c in self.scheme.concepts:
            for name in (c.label, *c.alt):
                self._labels.setdefault(self._key(name), set()).add(c.id)
            for words in (*c.phrases, *c.alt, *c.keywords):
                key = self._key(words)
                if len(key) > 1:
                    self._phrases.setdefault(key, set()).add(c.id)
                elif len(key) == 1:
                    self._keywords.setdefault(key[0], set()).add(c.id)
        self._longest = max((len(k) for k in self._phrases), default=1)

    @staticmethod
    def _key(text: str) -> tuple[str, ...]:
        return tuple(_fold(w) for w in _tokens(text) if w not in _STOP)

    def match(self, text: str, *, all_scores: bool = False) -> list[Match]:
        """The concepts ``text`` matches, best first (ties by scheme order).

        With ``all_scores`` every concept with any evidence is returned, including
        those below the threshold (to explain why something did not match).
        """
        raw = _tokens(text)
        at = [i for i, w in enumerate(raw) if w not in _STOP]  # raw position of each content word
        folded = [_fold(raw[i]) for i in at]
        if not folded:
            return []
        label_hits = self._labels.get(tuple(folded), set())
        claimed: dict[str, set[int]] = {}
        found: dict[str, dict[str, float]] = {}
        taken: set[int] = set()
        for n in range(min(self._longest, len(folded)), 1, -1):
            for i in range(len(folded) - n + 1):
                span = set(range(i, i + n))
                for cid in sorted(self._phrases.get(tuple(folded[i:i + n]), ())):
                    if span <= claimed.get(cid, set()):
                        continue  # inside a longer phrase of the same concept
                    found.setdefault(cid, {})[" ".join(raw[at[i]:at[i + n - 1] + 1])] = PHRASE_WEIGHT
                    claimed.setdefault(cid, set()).update(span)
                    taken.update(span)
        for i, w in enumerate(folded):
            if i in taken:
                continue
            for cid in sorted(self._keyword_concepts(raw[at[i]], w)):
                found.setdefault(cid, {})[raw[at[i]]] = KEYWORD_WEIGHT
                claimed.setdefault(cid, set()).add(i)
        for cid in label_hits:
            found.setdefault(cid, {})[" ".join(raw[at[0]:at[-1] + 1])] = PHRASE_WEIGHT
            claimed[cid] = set(range(len(folded)))
        order = {c.id: i for i, c in enumerate(self.scheme.concepts)}
        out = []
        for cid, hits in found.items():
            coverage = round(len(claimed[cid]) / len(folded), 3)
            evidence = sum(hits.values())
            if cid in label_hits:
                score, method = 1.0, "label"
            else:
                score = round(max(coverage, 1 - 0.5 ** evidence), 3)
                method = "phrase" if PHRASE_WEIGHT in hits.values() else "keyword"
            if score < self.threshold and not all_scores:
                continue
            out.append(Match(self._concepts[cid], score, coverage, method, tuple(sorted(hits)),
                             "closeMatch" if coverage >= CLOSE_COVERAGE else "broadMatch"))
        out.sort(key=lambda m: (-m.score, order[m.concept.id]))
        return out

    def _keyword_concepts(self, word: str, folded: str) -> set[str]:
        """Concepts a word is a keyword of: as written, without its plural, or as a stem
        of five letters or more with a common ending (``engaged``, ``engagement`` for ``engage``)."""
        hits = set(self._keywords.get(word, ())) | set(self._keywords.get(folded, ()))
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 5:
                hits |= self._keywords.get(word[: -len(ending)], set())
        return hits


def load_themes(path: str | Path | None = None) -> Scheme:
    """The reference scheme: the shipped one, or a user's YAML file (``--themes FILE``).

    A file in the format of ``ontology/schemes/themes.yaml`` replaces the shipped
    scheme.  With ``extends: themes`` at its top it extends it instead: a concept with
    a shipped id adds its alternative labels, phrases and keywords to that concept's,
    and a new id is a new concept (after the shipped ones).
    """
    if path is None:
        return shipped_scheme("themes")
    mine = load_scheme_file(path)
    if _extends(path) != "themes":
        return mine
    base = shipped_scheme("themes")
    extra = {c.id: c for c in mine.concepts}
    merged = []
    for c in base.concepts:
        e = extra.pop(c.id, None)
        if e is not None:
            c = replace(c, alt=_union(c.alt, e.alt), phrases=_union(c.phrases, e.phrases),
                        keywords=_union(c.keywords, e.keywords))
        merged.append(c)
    merged += [replace(c, scheme=base.name) for c in mine.concepts if c.id in extra]
    return replace(base, concepts=tuple(merged))


def _extends(path: str | Path) -> str | None:
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))  # already read once: it parses
    return str(data.get("extends")) if isinstance(data, dict) and data.get("extends") else None


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*a, *b)))


@dataclass(frozen=True)
class MatchRow:
    """An extracted item linked to a reference theme."""

    node: str
    label: str
    type: str
    place: str | None
    theme: str
    theme_label: str
    relation: str
    score: float
    method: str
    matched_words: tuple[str, ...]
    documents: tuple[str, ...]
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnmatchedRow:
    """An extracted item that matched no reference theme, with its nearest miss."""

    node: str
    label: str
    type: str
    place: str | None
    nearest: str | None
    nearest_score: float
    nearest_words: tuple[str, ...]
    documents: tuple[str, ...]
    evidence: tuple[str, ...] = ()


def _text(data: dict) -> str:
    return str(data["label"])


def item_matches(matcher: Matcher, data: dict) -> list[Match]:
    """The matches of one node's label, honouring :data:`PHRASE_ONLY_TYPES`."""
    found = matcher.match(_text(data))
    if data["type"] in PHRASE_ONLY_TYPES:
        found = [m for m in found if m.method != "keyword"]
    return found


def _items(graph: PartnershipGraph, types: Iterable[str]) -> Iterator[tuple[str, dict]]:
    wanted = tuple(types)
    for nid, data in graph.nodes():
        if data["type"] in wanted:
            yield nid, data


def match_themes(graph: PartnershipGraph, *, scheme: Scheme | None = None,
                 threshold: float = DEFAULT_THRESHOLD, types: Iterable[str] = MATCHED_TYPES,
                 theme: str | None = None) -> Iterator[MatchRow]:
    """Every extracted item matched to the reference themes, one row per (item, theme).

    Parameters
    ----------
    graph : the partnership graph.
    scheme : the reference scheme (default: the shipped ``themes``).
    threshold : the lowest score that counts as a match (see the module notes).
    types : the node types whose labels are matched.
    theme : only matches to this reference theme (its id or label).

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("plan.txt", place="Derby")
    >>> _ = g.add_node("Theme", "Give all young people a good start in life", place="Derby",
    ...                source=Source(d, start=0, end=10))
    >>> [(r.theme, r.relation, r.score) for r in match_themes(g)]
    [('best-start-in-life', 'closeMatch', 0.833)]
    """
    matcher = Matcher(scheme, threshold=threshold)
    wanted = _theme_id(matcher.scheme, theme) if theme else None
    for nid, data in _items(graph, types):
        for m in item_matches(matcher, data):
            if wanted and m.concept.id != wanted:
                continue
            yield MatchRow(nid, data["label"], data["type"], place_of(graph, nid), m.concept.id,
                           m.concept.label, m.relation, m.score, m.method, m.words,
                           file_names(graph, graph.documents_of(nid)),
                           tuple(quotes(graph, data["sources"], limit=3)))


def unmatched(graph: PartnershipGraph, *, scheme: Scheme | None = None,
              threshold: float = DEFAULT_THRESHOLD, types: Iterable[str] = UNMATCHED_TYPES
              ) -> Iterator[UnmatchedRow]:
    """Items that match no reference theme at ``threshold``, with the nearest concept below it.

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("minutes.txt")
    >>> _ = g.add_node("Theme", "Refuse collection", source=Source(d, start=0, end=5))
    >>> [(r.label, r.nearest) for r in unmatched(g)]
    [('Refuse collection', None)]
    """
    matcher = Matcher(scheme, threshold=threshold)
    for nid, data in _items(graph, types):
        if matcher.match(_text(data)):
            continue
        near = matcher.match(_text(data), all_scores=True)
        best = near[0] if near else None
        yield UnmatchedRow(nid, data["label"], data["type"], place_of(graph, nid),
                           best.concept.id if best else None, best.score if best else 0.0,
                           best.words if best else (), file_names(graph, graph.documents_of(nid)),
                           tuple(quotes(graph, data["sources"], limit=3)))


def match_triples(graph: PartnershipGraph, rows: Iterable[MatchRow], *,
                  scheme: Scheme | None = None) -> list[ox.Triple]:
    """The matches as RDF: a ``skos:closeMatch``/``skos:broadMatch`` triple per match, plus a
    ``pg:ThemeMatch`` resource carrying ``pg:matchOf``, ``pg:matchTarget``, ``pg:matchScore``,
    ``pg:matchMethod`` and one ``pg:matchedWords`` per matched word or phrase.

    Each reference concept used is typed ``pg:ReferenceTheme`` and labelled, so that
    SPARQL queries can read its name.  Triples are sorted for stable output.

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("plan.txt")
    >>> _ = g.add_node("Theme", "Early years", source=Source(d, start=0, end=5))
    >>> [t.predicate.value.rsplit("#", 1)[1] for t in match_triples(g, match_themes(g))
    ...  if t.subject.value.endswith("theme/early-years")]
    ['closeMatch']
    """
    sch = scheme or shipped_scheme("themes")
    out: set[ox.Triple] = set()
    from partnergraph.ontology import concept_iri

    for r in rows:
        item = ox.NamedNode(graph.iri(r.node))
        target = ox.NamedNode(concept_iri(sch.name, r.theme))
        out.add(ox.Triple(item, ox.NamedNode(_SKOS + r.relation), target))
        out.add(ox.Triple(target, _RDF_TYPE, ox.NamedNode(NS + sch.type)))
        out.add(ox.Triple(target, _RDFS_LABEL, ox.Literal(r.theme_label)))
        out.add(ox.Triple(target, ox.NamedNode(_SKOS + "inScheme"), ox.NamedNode(sch.iri)))
        m = ox.NamedNode(graph.iri(f"match/{short_hash(r.node + ' ' + target.value, 16)}"))
        out.add(ox.Triple(m, _RDF_TYPE, ox.NamedNode(NS + "ThemeMatch")))
        out.add(ox.Triple(m, ox.NamedNode(NS + "matchOf"), item))
        out.add(ox.Triple(m, ox.NamedNode(NS + "matchTarget"), target))
        out.add(ox.Triple(m, ox.NamedNode(NS + "matchScore"),
                          ox.Literal(format(Decimal(str(r.score)).quantize(Decimal("0.001")), "f"),
                                     datatype=_XSD_DECIMAL)))
        out.add(ox.Triple(m, ox.NamedNode(NS + "matchMethod"), ox.Literal(r.method)))
        for w in r.matched_words:
            out.add(ox.Triple(m, ox.NamedNode(NS + "matchedWords"), ox.Literal(w)))
    return sorted(out, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def _theme_id(sch: Scheme, name: str) -> str:
    """A concept id from its id, label or alternative label (case-blind)."""
    key = " ".join(_tokens(name))
    for c in sch.concepts:
        if key in {" ".join(_tokens(x)) for x in (c.id, c.label, *c.alt)}:
            return c.id
    from ._common import QueryError

    raise QueryError(f"no reference theme {name!r}; known: {', '.join(c.id for c in sch.concepts)}")
