"""The register template: which sheets a register has and what each column means.

One declaration, read by the register loader (to check rows), by the template
writer (to lay out the workbook and its README sheet) and by the docs.  Modelled
on the "elements + connections" sheets that Kumu and Graph Commons import,
extended with sheets for the things policy teams track: memberships,
recommendations, responses and actions.

Examples
--------
>>> [s.name for s in SHEETS]
['Documents', 'Elements', 'Memberships', 'Recommendations', 'Responses', 'Actions', 'Connections']
>>> sheet("connections").column("relation").required
True
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Column", "Sheet", "SHEETS", "sheet", "ROLES"]

#: Roles in the Memberships sheet and the relation each one makes.
ROLES: dict[str, str] = {"member": "memberOf", "chair": "chairs", "vice-chair": "memberOf",
                         "partner": "partnerOf", "lead": "leads"}


@dataclass(frozen=True)
class Column:
    """A column of a register sheet.

    ``kind`` says how a cell is read: ``text``, ``list`` (``;``-separated),
    ``date``, ``type`` (a node type), ``relation``, ``verdict``, ``kind`` (an
    organisation kind), ``sectors``, ``ref`` / ``refs`` (one or more
    ``;``-separated names or IDs of elements), ``source`` (a Documents ID),
    ``role``.
    """

    name: str
    kind: str
    required: bool = False
    help: str = ""
    example: str = ""

    @property
    def key(self) -> str:
        return self.name.lower().replace(" ", "_")


@dataclass(frozen=True)
class Sheet:
    """A sheet of the register: its name, purpose and columns."""

    name: str
    purpose: str
    columns: tuple[Column, ...]

    def columns_by_key(self) -> dict[str, Column]:
        """Columns by their key (lower case, underscores): ``made_by``, ``part_of`` ..."""
        return {c.key: c for c in self.columns}

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key.lower().replace(" ", "_"):
                return c
        raise KeyError(f"no column {key!r} in sheet {self.name}")


_SOURCE = Column("Source", "source", help="ID (or title or file name) of the document in the Documents "
                 "sheet that says this; blank means the register itself.", example="derby-hwb-2019")
_QUOTE = Column("Quote", "text", help="The sentence in that document that says it, word for word.",
                example="Give all young people a good start in life.")

SHEETS: tuple[Sheet, ...] = (
    Sheet("Documents", "The papers the other rows cite: one row per document.", (
        Column("ID", "text", True, "A short handle other sheets use in their Source column.", "derby-hwb-2019"),
        Column("Title", "text", True, "The document's title.", "Closing the Gap - update and next steps"),
        Column("File", "text", False, "The file name of the paper, as published.", "derby-hwb-2019-01-17.pdf"),
        Column("Date", "date", False, "Date of the paper or meeting (YYYY-MM-DD or 17 January 2019).",
               "2019-01-17"),
        Column("Place", "text", False, "The place the paper is about.", "Derby"),
        Column("Kind", "text", False, "report, minutes, response, audit report, strategy ...", "report"),
    )),
    Sheet("Elements", "Every body, person, post, theme, strategy, initiative, indicator: one row each.", (
        Column("ID", "text", False, "A short handle; other rows may use it instead of the label.", "derby-hwb"),
        Column("Type", "type", True, "Organisation, Board, Partnership, Person, Post, Theme, Strategy, "
               "Initiative, Indicator, Recommendation, Response, Action or Meeting.", "Board"),
        Column("Label", "text", True, "The name, or the theme as the document words it.",
               "Health and Wellbeing Board"),
        Column("Aliases", "list", False, "Other names and acronyms, separated by ';'.", "HWB; the Board"),
        Column("Place", "text", False, "The place a body serves; bodies with the same name in two places "
               "stay two nodes.", "Derby"),
        Column("Kind", "kind", False, "For bodies: a kind from the organisation-kind scheme.",
               "Health and Wellbeing Board"),
        Column("Sectors", "sectors", False, "For bodies: sectors, separated by ';' (else the kind's).",
               "health; local government"),
        Column("Description", "text", False, "A sentence about it.", ""),
        Column("Number", "text", False, "For themes: the number the document gives it.", "2"),
        Column("Date", "date", False, "When it started or was agreed.", ""),
        Column("Status", "text", False, "For actions and recommendations: open, done ...", ""),
        Column("Target", "text", False, "For indicators: the target.", "reduce by 10% by 2010"),
        Column("Part of", "refs", False, "For themes, initiatives, indicators: the strategy or programme "
               "they belong to.", "Closing the Gap"),
        _SOURCE, _QUOTE,
    )),
    Sheet("Memberships", "Who sits on, chairs or partners which body.", (
        Column("Member", "ref", True, "A person, post or body (ID or label).", "Cate Edwynn"),
        Column("Body", "ref", True, "The body they belong to (ID or label).", "derby-hwb"),
        Column("Post", "text", False, "The post they hold there, if any.", "Director of Public Health"),
        Column("Role", "role", False, "member (default), chair, vice-chair, partner or lead.", "member"),
        _SOURCE, _QUOTE,
    )),
    Sheet("Recommendations", "Recommendations: who made them, to whom, on what.", (
        Column("ID", "text", False, "A short handle the Responses and Actions sheets use.", "ox-rec-1"),
        Column("Number", "text", False, "Its number in the document.", "1"),
        Column("Text", "text", True, "The recommendation, word for word.",
               "That the Council should engage with local universities ..."),
        Column("Made by", "ref", False, "The body that made it.", "Scrutiny Committee"),
        Column("Made to", "refs", False, "The bodies asked to act, separated by ';'.", "City Executive Board"),
        Column("Date", "date", False, "When it was made.", "2018-04-05"),
        Column("Place", "text", False, "The place (else the maker's).", "Oxford"),
        Column("Themes", "refs", False, "Themes it addresses (Elements IDs or labels).", ""),
        _SOURCE, _QUOTE,
    )),
    Sheet("Responses", "The response to each recommendation.", (
        Column("Recommendation", "ref", True, "The recommendation (ID, or its text).", "ox-rec-1"),
        Column("Verdict", "verdict", True, "Accepted (yes, agreed), Partially accepted, Rejected (no), "
               "Noted or Deferred.", "Partially"),
        Column("Comment", "text", False, "What the response says.", ""),
        Column("Responder", "ref", False, "Who responded (body, post or person).", "City Executive Board"),
        Column("Date", "date", False, "When.", "2018-04-13"),
        _SOURCE, _QUOTE,
    )),
    Sheet("Actions", "Actions and their owners, from minutes or a tracker.", (
        Column("ID", "text", False, "A short handle.", ""),
        Column("Text", "text", True, "The action.", "Compile options for the Board's role in tackling "
               "inequalities"),
        Column("Owner", "ref", False, "Who owns it (post, person or body).", "Head of Performance and Population"),
        Column("Follows up", "refs", False, "Recommendations or themes it acts on.", ""),
        Column("Themes", "refs", False, "Themes it addresses.", ""),
        Column("Place", "text", False, "The place (else the owner's).", "Hackney"),
        Column("Status", "text", False, "open, in progress, done ...", "open"),
        Column("Date", "date", False, "When it was agreed.", ""),
        _SOURCE, _QUOTE,
    )),
    Sheet("Connections", "Any other link between two elements (Kumu's connections sheet).", (
        Column("From", "ref", True, "ID or label of the first element.", "Derby Partnership"),
        Column("Relation", "relation", True, "reports to, accountable to, partner of, leads, delivered by, "
               "funded by, addresses, part of, relies on, member of ... or your own words.", "reports to"),
        Column("To", "ref", True, "ID or label of the second element.", "Health and Wellbeing Board"),
        _SOURCE, _QUOTE,
    )),
)


def sheet(name: str) -> Sheet:
    """The declared sheet called ``name`` (any case)."""
    for s in SHEETS:
        if s.name.lower() == name.lower():
            return s
    raise KeyError(f"no sheet {name!r}; a register has {', '.join(s.name for s in SHEETS)}")
