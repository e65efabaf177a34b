"""Every node type, relation and attribute of partnergraph, declared once.

Loaders, stores, queries and views read these declarations; nothing else spells
an IRI, a Neo4j label or a colour.  Adding a type is one entry here.

Examples
--------
>>> node_type("Board").parent
'Organisation'
>>> str(PG.Board)
'https://w3id.org/partnergraph/ns#Board'
>>> relation("memberOf").neo4j_type
'MEMBER_OF'
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from rdflib.namespace import ClosedNamespace

from .namespaces import DCTERMS, FOAF, NS, ORG, PROV, RDFS, SCHEMA, SKOS

__all__ = [
    "NodeType",
    "Relation",
    "Attribute",
    "NODE_TYPES",
    "RELATIONS",
    "ATTRIBUTES",
    "PROVENANCE_TERMS",
    "PG",
    "node_type",
    "relation",
    "attribute",
    "is_subtype",
    "subtypes",
    "UnknownTermError",
]


class UnknownTermError(KeyError):
    """A type, relation or attribute name that the ontology does not declare."""

    def __str__(self) -> str:  # KeyError quotes its message; people want plain text
        return str(self.args[0])


@dataclass(frozen=True)
class NodeType:
    """A class of node: what it is called, where it sits and how it is drawn.

    ``id_prefix`` is the first segment of instance IRIs; types that may be
    re-typed as more is learnt (an organisation later known to be a board) share
    one prefix so that identity does not depend on the type.
    """

    name: str
    label: str
    plural: str
    parent: str | None
    aligns: tuple[str, ...]
    neo4j_label: str
    colour: str
    shape: str
    id_prefix: str
    description: str
    place_scoped: bool = False
    drawn: bool = True

    @property
    def iri(self) -> str:
        return NS + self.name


@dataclass(frozen=True)
class Relation:
    """A typed edge between two nodes; ``domain`` and ``range`` are type names."""

    name: str
    label: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    aligns: tuple[str, ...]
    neo4j_type: str
    description: str
    colour: str = "#7f7f7f"
    dashes: bool = False
    symmetric: bool = False
    dependency: bool = False

    @property
    def iri(self) -> str:
        return NS + self.name


@dataclass(frozen=True)
class Attribute:
    """A literal or reference-scheme value carried by a node.

    ``value`` is one of ``string``, ``text``, ``date``, ``decimal``, ``integer``,
    ``iri`` (a node of ``Place``), or ``concept`` (a concept of ``scheme``).
    """

    name: str
    label: str
    predicate: str
    value: str
    many: bool = False
    scheme: str | None = None
    applies_to: tuple[str, ...] = ()
    description: str = ""


_O = str(ORG)
_S = str(SKOS)
_P = str(PROV)
_D = str(DCTERMS)
_SC = str(SCHEMA)
_F = str(FOAF)

_AGENTS = ("Organisation", "Person", "Post")

# Colours: a palette distinguishable under the common colour-vision deficiencies
# and on a washed-out projector (Okabe-Ito, extended with darker tones).
NODE_TYPES: MappingProxyType[str, NodeType] = MappingProxyType({t.name: t for t in (
    NodeType("Organisation", "Organisation", "Organisations", None,
             (_O + "Organization", _SC + "Organization"), "Organisation",
             "#0072B2", "dot", "org", "Any body: a council, an NHS body, a charity, a national agency.",
             place_scoped=True),
    NodeType("Board", "Board", "Boards", "Organisation", (_O + "Organization",), "Board",
             "#D55E00", "diamond", "org",
             "A formal committee or board: a Health and Wellbeing Board, a scrutiny committee, a cabinet.",
             place_scoped=True),
    NodeType("Partnership", "Partnership", "Partnerships", "Organisation", (_O + "Organization",),
             "Partnership", "#CC79A7", "hexagon", "org",
             "A multi-agency partnership, steering group or implementation group.",
             place_scoped=True),
    NodeType("Person", "Person", "People", None, (_F + "Person", _SC + "Person"), "Person",
             "#56B4E9", "dot", "person", "A named person."),
    NodeType("Post", "Post", "Posts", None, (_O + "Post",), "Post", "#009E73", "triangle", "post",
             "A role held in a body: Director of Public Health, Chair, contact officer.",
             place_scoped=True),
    NodeType("Theme", "Theme", "Themes", None, (_S + "Concept",), "Theme", "#E69F00", "box", "theme",
             "A priority, theme, work area or issue, as a document words it.", place_scoped=True),
    NodeType("Strategy", "Strategy", "Strategies", None, (_P + "Plan", _SC + "CreativeWork"), "Strategy",
             "#F0E442", "square", "strategy",
             "A strategy, plan, programme, framework, needs assessment or agreement.", place_scoped=True),
    NodeType("Initiative", "Initiative", "Initiatives", None, (_SC + "Project",), "Initiative",
             "#8B6B00", "star", "initiative", "A project, fund, toolkit, pilot or programme of work.",
             place_scoped=True),
    NodeType("Recommendation", "Recommendation", "Recommendations", None, (_P + "Entity",),
             "Recommendation", "#6A3D9A", "triangleDown", "recommendation",
             "A recommendation: its number, its text, who made it and to whom.", place_scoped=True),
    NodeType("Response", "Response", "Responses", None, (_P + "Entity",), "Response", "#999999",
             "ellipse", "response", "A response to a recommendation, with its verdict.", place_scoped=True),
    NodeType("Action", "Action", "Actions", None, (_SC + "Action",), "Action", "#B2182B", "square",
             "action", "An action with an owner, from minutes or a tracker.", place_scoped=True),
    NodeType("Meeting", "Meeting", "Meetings", None, (_SC + "Event",), "Meeting", "#4D4D4D", "dot",
             "meeting", "A meeting of a board or committee on a date.", place_scoped=True),
    NodeType("Document", "Document", "Documents", None, (_F + "Document", _P + "Entity"), "Document",
             "#BABABA", "square", "document", "A source: a report, minutes, a register."),
    NodeType("Indicator", "Indicator", "Indicators", None, (_SC + "Observation",), "Indicator",
             "#1B9E77", "triangle", "indicator", "A measure or target: infant mortality, life expectancy.",
             place_scoped=True),
    NodeType("Place", "Place", "Places", None, (_SC + "Place", _D + "Location"), "Place", "#66A61E",
             "dot", "place", "The area a body serves: a city, borough or county."),
    # Provenance: one node per occurrence of a fact in a source; never drawn.
    NodeType("Mention", "Mention", "Mentions", None, (_P + "Entity",), "Mention", "#DDDDDD", "dot",
             "mention", "Where a fact was read: document, span, quote, or file, sheet, row.",
             drawn=False),
    # Reference schemes shipped with the ontology (SKOS concepts, not graph nodes).
    NodeType("Sector", "Sector", "Sectors", None, (_S + "Concept",), "Sector", "#A6761D", "dot",
             "sector", "A sector a body belongs to.", drawn=False),
    NodeType("OrganisationKind", "Organisation kind", "Organisation kinds", None, (_S + "Concept",),
             "OrganisationKind", "#A6761D", "dot", "kind", "A kind of body, with its lineage.", drawn=False),
    NodeType("Verdict", "Verdict", "Verdicts", None, (_S + "Concept",), "Verdict", "#A6761D", "dot",
             "verdict", "A response verdict.", drawn=False),
    NodeType("ReferenceTheme", "Reference theme", "Reference themes", None, (_S + "Concept",),
             "ReferenceTheme", "#A6761D", "dot", "reference-theme",
             "A theme of the shipped reference scheme (Marmot objectives and enablers).", drawn=False),
)})

RELATIONS: MappingProxyType[str, Relation] = MappingProxyType({r.name: r for r in (
    Relation("memberOf", "member of", _AGENTS, ("Organisation",), (_O + "memberOf",), "MEMBER_OF",
             "A person, post or body is a member of a body.", "#0072B2", dependency=True),
    Relation("holdsPost", "holds post", ("Person",), ("Post",), (_O + "holds",), "HOLDS_POST",
             "A person holds a post.", "#009E73"),
    Relation("postIn", "post in", ("Post",), ("Organisation",), (_O + "postIn",), "POST_IN",
             "A post belongs to a body.", "#009E73"),
    Relation("chairs", "chairs", ("Person", "Post"), ("Organisation",), (), "CHAIRS",
             "A person or post chairs a board.", "#D55E00"),
    Relation("subOrganisationOf", "part of body", ("Organisation",), ("Organisation",),
             (_O + "subOrganizationOf",), "SUB_ORGANISATION_OF",
             "A body is part of another (a sub-group of a partnership).", "#0072B2", dependency=True),
    Relation("reportsTo", "reports to", ("Organisation", "Post"), ("Organisation", "Post"),
             (_O + "reportsTo",), "REPORTS_TO", "A body or post reports to another.", "#D55E00",
             dependency=True),
    Relation("accountableTo", "accountable to", ("Organisation", "Post"), ("Organisation", "Post"), (),
             "ACCOUNTABLE_TO", "A body or post is held to account by another.", "#D55E00",
             dependency=True),
    Relation("partnerOf", "partner of", ("Organisation",), ("Organisation",), (), "PARTNER_OF",
             "Two bodies work in partnership.", "#CC79A7", symmetric=True, dependency=True),
    Relation("leads", "leads", _AGENTS, ("Initiative", "Strategy", "Theme", "Organisation", "Indicator"),
             (), "LEADS", "An agent leads or owns a piece of work.", "#E69F00", dependency=True),
    Relation("deliveredBy", "delivered by", ("Initiative", "Strategy", "Theme", "Action"), _AGENTS, (),
             "DELIVERED_BY", "Work delivered by an agent.", "#E69F00", dependency=True),
    Relation("fundedBy", "funded by", ("Initiative", "Strategy"), ("Organisation",), (_SC + "funder",),
             "FUNDED_BY", "Work funded by a body.", "#8B6B00", dependency=True),
    Relation("addressesTheme", "addresses", ("Organisation", "Strategy", "Initiative", "Recommendation",
             "Action", "Indicator", "Document", "Meeting", "Theme"), ("Theme",), (), "ADDRESSES",
             "Something takes up a theme or priority.", "#E69F00", dashes=True),
    Relation("partOf", "part of", ("Theme", "Initiative", "Strategy", "Indicator", "Action",
             "Recommendation"), ("Strategy", "Initiative", "Theme"), (_D + "isPartOf",), "PART_OF",
             "A theme, initiative or indicator belongs to a strategy or programme.", "#F0E442"),
    Relation("reliesOn", "relies on", ("Strategy", "Initiative", "Theme"), ("Strategy", "Initiative"), (),
             "RELIES_ON", "A strategy or initiative depends on another's programme.", "#B2182B",
             dependency=True),
    Relation("madeBy", "made by", ("Recommendation",), _AGENTS, (_D + "creator",), "MADE_BY",
             "Who made a recommendation.", "#6A3D9A", dependency=True),
    Relation("addressedTo", "addressed to", ("Recommendation",), _AGENTS, (_D + "audience",),
             "ADDRESSED_TO", "Whom a recommendation asks to act.", "#6A3D9A", dependency=True),
    Relation("respondsTo", "responds to", ("Response",), ("Recommendation",), (), "RESPONDS_TO",
             "A response answers a recommendation.", "#999999"),
    Relation("respondedBy", "responded by", ("Response",), _AGENTS, (_D + "creator",), "RESPONDED_BY",
             "Who gave a response.", "#999999"),
    Relation("followsUp", "follows up", ("Action",), ("Recommendation", "Response", "Theme"), (),
             "FOLLOWS_UP", "An action taken on a recommendation, response or theme.", "#B2182B"),
    Relation("ownedBy", "owned by", ("Action",), _AGENTS, (), "OWNED_BY", "Who owns an action.",
             "#B2182B", dependency=True),
    Relation("measures", "measures", ("Indicator",), ("Theme", "Strategy", "Initiative"), (), "MEASURES",
             "An indicator measures progress on a theme or strategy.", "#1B9E77"),
    Relation("meetingOf", "meeting of", ("Meeting",), ("Organisation",), (), "MEETING_OF",
             "A meeting of a board or committee.", "#4D4D4D"),
    Relation("presentedAt", "presented at", ("Document",), ("Meeting",), (), "PRESENTED_AT",
             "A paper taken at a meeting.", "#BABABA"),
    Relation("authoredBy", "authored by", ("Document",), _AGENTS, (_D + "creator",), "AUTHORED_BY",
             "Who wrote or sponsored a paper.", "#BABABA"),
    Relation("relatedTo", "related to", (), (), (_S + "related",), "RELATED_TO",
             "A free link whose kind is not one of the above; its wording is kept.", "#7f7f7f",
             dashes=True),
)})

ATTRIBUTES: MappingProxyType[str, Attribute] = MappingProxyType({a.name: a for a in (
    Attribute("label", "Label", str(RDFS) + "label", "string", description="The preferred name."),
    Attribute("aliases", "Aliases", _S + "altLabel", "string", many=True,
              description="Other names and acronyms that mean the same node."),
    Attribute("description", "Description", _D + "description", "text"),
    Attribute("place", "Place", NS + "place", "iri", applies_to=("Organisation", "Post", "Theme",
              "Strategy", "Initiative", "Recommendation", "Response", "Action", "Meeting", "Indicator",
              "Document"), description="The place a node belongs to; scopes its identity."),
    Attribute("kind", "Kind", NS + "kind", "concept", scheme="kinds", applies_to=("Organisation",),
              description="The kind of body (a concept of the organisation-kind scheme)."),
    Attribute("sectors", "Sectors", NS + "sector", "concept", many=True, scheme="sectors",
              applies_to=("Organisation", "Post", "Person", "Initiative", "Strategy"),
              description="The sectors a body belongs to."),
    Attribute("number", "Number", NS + "number", "string",
              applies_to=("Recommendation", "Action", "Theme"), description="The number a document gives it."),
    Attribute("date", "Date", _D + "date", "date", description="When it was made, held or published."),
    Attribute("verdict", "Verdict", NS + "verdict", "concept", scheme="verdicts", applies_to=("Response",),
              description="The response's verdict (a concept of the verdict scheme)."),
    Attribute("comment", "Comment", str(RDFS) + "comment", "text", applies_to=("Response", "Action")),
    Attribute("status", "Status", NS + "status", "string", applies_to=("Action", "Recommendation")),
    Attribute("target", "Target", NS + "target", "string", applies_to=("Indicator",),
              description="A target value or wording, e.g. 'reduce by 10% by 2010'."),
    Attribute("file_name", "File name", NS + "fileName", "string", applies_to=("Document",),
              description="The source file's name, as a user would recognise it."),
    Attribute("document_kind", "Document kind", NS + "documentKind", "string", applies_to=("Document",),
              description="report, minutes, response, audit report, register..."),
    Attribute("key_decision", "Key decision", NS + "keyDecision", "string", applies_to=("Document",),
              description="What a committee report says under 'Key decision' (usually Yes or No)."),
    Attribute("wards", "Wards affected", NS + "ward", "string", many=True, applies_to=("Document",),
              description="The wards a report says it affects ('All', 'None', or ward names)."),
    Attribute("relation_label", "Relation wording", NS + "relationLabel", "string",
              description="The wording of a free link (relatedTo)."),
)})

#: Properties of provenance (Mention nodes and reified edges).
PROVENANCE_TERMS: tuple[str, ...] = (
    "evidence", "inDocument", "quote", "charStart", "charEnd", "sourceFile", "sheet", "row", "column",
    "rule", "confidence", "Link", "linkRelation",
)

_TERMS = sorted(
    set(NODE_TYPES) | set(RELATIONS) | {a.predicate[len(NS):] for a in ATTRIBUTES.values()
                                         if a.predicate.startswith(NS)}
    | set(PROVENANCE_TERMS) | {"matchScore", "matchMethod", "matchedWords", "ThemeMatch", "matchOf",
                               "matchTarget", "replaces", "replacedIn", "defaultSector", "keyword"}
)

#: The closed ontology namespace: ``PG.Bord`` raises instead of minting an IRI.
PG = ClosedNamespace(NS, _TERMS)


def node_type(name: str) -> NodeType:
    """The declared node type called ``name`` (raises :class:`UnknownTermError`)."""
    try:
        return NODE_TYPES[name]
    except KeyError:
        raise UnknownTermError(f"unknown node type {name!r}; known: {', '.join(_drawn_types())}") from None


def relation(name: str) -> Relation:
    """The declared relation called ``name`` (raises :class:`UnknownTermError`)."""
    try:
        return RELATIONS[name]
    except KeyError:
        raise UnknownTermError(f"unknown relation {name!r}; known: {', '.join(RELATIONS)}") from None


def attribute(name: str) -> Attribute:
    """The declared attribute called ``name`` (raises :class:`UnknownTermError`)."""
    try:
        return ATTRIBUTES[name]
    except KeyError:
        raise UnknownTermError(f"unknown attribute {name!r}; known: {', '.join(ATTRIBUTES)}") from None


def is_subtype(name: str, ancestor: str) -> bool:
    """True when type ``name`` is ``ancestor`` or descends from it.

    >>> is_subtype("Board", "Organisation"), is_subtype("Theme", "Organisation")
    (True, False)
    """
    current: str | None = name
    while current is not None:
        if current == ancestor:
            return True
        current = node_type(current).parent
    return False


def subtypes(ancestor: str) -> tuple[str, ...]:
    """Every declared type that is ``ancestor`` or below it, in declaration order."""
    return tuple(n for n in NODE_TYPES if is_subtype(n, ancestor))


def _drawn_types() -> list[str]:
    return [n for n, t in NODE_TYPES.items() if t.drawn]
