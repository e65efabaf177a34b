"""A deterministic generator of synthetic council papers, registers and the truth about them.

``python -m bench.generate --authorities N --years Y --seed S -o DIR`` writes::

    DIR/documents/<place>/<place>-<year>-<genre>.txt  papers in the layouts of the five seed genres
    DIR/registers/<place>-register.yaml        a register per authority (loaders/register_schema.py)
    DIR/truth/documents.jsonl                  per paper: the entities it names and the links it states
    DIR/truth/registers.jsonl                  per register row: the same, with sheet and row
    DIR/truth/overlaps.json                    per reference theme: the bodies, sectors, places that share it
    DIR/truth/summary.json                     counts, sizes and the parameters of the run

The same arguments always give byte-identical files.  Authority ``i`` depends only on
the seed and ``i``, so a small run is the first authorities of a medium one.
Everything is written in our own words from the parts in :mod:`bench.parts`.

Examples
--------
>>> import tempfile
>>> out = generate(tempfile.mkdtemp(), authorities=1, years=1, seed=3)
>>> out["documents"] >= 5 and out["authorities"] == 1
True
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from partnergraph.graph import slugify
from partnergraph.ontology import concept

from . import parts as P

__all__ = ["generate", "generator_version", "SIZES", "Entity", "Doc", "main"]

#: The named sizes: authorities and years.
SIZES: dict[str, dict[str, int]] = {
    "small": {"authorities": 5, "years": 5},
    "medium": {"authorities": 50, "years": 5},
    "national": {"authorities": 300, "years": 6},
}

LAST_YEAR = 2023
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


# -- the model ---------------------------------------------------------------------------------


@dataclass(eq=False)
class Entity:
    """Something the graph should hold: a type, a label, a place and what else it carries."""

    type: str
    label: str
    place: str | None
    aliases: tuple[str, ...] = ()
    key: str | None = None
    attrs: dict = field(default_factory=dict)
    ref: str = ""          # the register ID
    reference: str = ""    # for themes: the reference theme it words

    def record(self) -> dict:
        out = {"type": self.type, "label": self.label}
        if self.place:
            out["place"] = self.place
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.key:
            out["key"] = self.key
        if self.attrs:
            out["attrs"] = {k: (sorted(v) if isinstance(v, (set, tuple, list)) else v)
                            for k, v in sorted(self.attrs.items())}
        if self.reference:
            out["reference"] = self.reference
        return out


class Doc:
    """A paper being written: its text, and every entity and link it states with their spans."""

    def __init__(self, file: str, title: str, date: str, place: str, kind: str) -> None:
        self.file, self.title, self.date, self.place, self.kind = file, title, date, place, kind
        self.parts: list[str] = []
        self.pos = 0
        self.entities: list[Entity] = []
        self.spans: list[list[int]] = []
        self.texts: list[str] = []
        self._index: dict[int, int] = {}
        self.links: list[list] = []

    def w(self, *texts: str) -> None:
        for t in texts:
            self.parts.append(t)
            self.pos += len(t)

    def m(self, entity: Entity, surface: str | None = None) -> int:
        """Write a mention of ``entity`` and return its index in this document."""
        s = surface or entity.label
        start = self.pos
        self.w(s)
        i = self._index.get(id(entity))
        if i is None:
            i = self._index[id(entity)] = len(self.entities)
            self.entities.append(entity)
            self.spans.append([start, self.pos])
            self.texts.append(s)
        return i

    def note(self, entity: Entity) -> int:
        """An entity the paper implies without naming it at one place (its meeting, say)."""
        i = self._index.get(id(entity))
        if i is None:
            i = self._index[id(entity)] = len(self.entities)
            self.entities.append(entity)
            self.spans.append([0, 0])
            self.texts.append("")
        return i

    def link(self, subject: Entity, relation: str, obj: Entity, start: int | None = None) -> None:
        """Record that the paper states ``subject relation obj`` (in the sentence starting at ``start``)."""
        s, o = self.note(subject), self.note(obj)
        self.links.append([s, relation, o, start if start is not None else self.spans[o][0], self.pos])

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def truth(self) -> dict:
        ents = []
        for e, span, text in zip(self.entities, self.spans, self.texts):
            r = e.record()
            r["span"] = span
            if text and text != e.label:
                r["text"] = text
            ents.append(r)
        return {"file": self.file, "title": self.title, "date": self.date, "place": self.place,
                "kind": self.kind, "entities": ents, "links": self.links}


@dataclass
class Authority:
    """One council area: its bodies, people and posts, and the themes of each year."""

    place: str
    county: str
    rng: random.Random
    bodies: dict[str, Entity] = field(default_factory=dict)
    people: list[tuple[Entity, Entity]] = field(default_factory=list)   # (person, post)
    posts: dict[str, Entity] = field(default_factory=dict)
    extra_bodies: list[Entity] = field(default_factory=list)
    themes: dict[int, list[Entity]] = field(default_factory=dict)
    strategies: dict[int, Entity] = field(default_factory=dict)
    initiatives: list[Entity] = field(default_factory=list)
    indicators: list[Entity] = field(default_factory=list)
    addresses: set[tuple[str, str]] = field(default_factory=set)  # (body ref, theme ref)
    local_bodies: list[Entity] = field(default_factory=list)      # in the register only
    docs: list[Doc] = field(default_factory=list)


def _body(type_name: str, label: str, place: str | None, kind: str | None, *, aliases=(), sectors=(),
          ref: str) -> Entity:
    attrs: dict = {}
    if kind:
        attrs["kind"] = kind
        sectors = tuple(sectors) or concept("kinds", kind).sectors
    if sectors:
        attrs["sectors"] = tuple(sectors)
    return Entity(type_name, label, place, tuple(aliases), attrs=attrs, ref=ref)


NATIONAL: dict[str, Entity] = {
    "lga": _body("Organisation", "Local Government Association", None, "national-body", aliases=("LGA",), ref="lga"),
    "nhse": _body("Organisation", "NHS England", None, "national-body", ref="nhs-england"),
    "auditor": _body("Organisation", "Audit Commission", None, "external-auditor", ref="audit-commission"),
}


def _commissioner(a: Authority, year: int) -> Entity:
    if year < 2013:
        key, label, kind, alias = "pct", f"{a.place} Primary Care Trust", "primary-care-trust", "PCT"
    elif year < 2022:
        key, label, kind, alias = "ccg", f"{a.place} Clinical Commissioning Group", "clinical-commissioning-group", "CCG"
    else:
        key, label, kind, alias = "icb", f"{a.county} Integrated Care Board", "integrated-care-board", "ICB"
    if key not in a.bodies:
        a.bodies[key] = _body("Organisation", label, a.place, kind, aliases=(alias,), ref=f"{_slug(a.place)}-{key}")
    return a.bodies[key]


def _slug(text: str) -> str:
    return slugify(text)


def _person(a: Authority, post_label: str, body: Entity, *, councillor: bool = False) -> tuple[Entity, Entity]:
    rng = a.rng
    name = f"{rng.choice(P.FIRST_NAMES)} {rng.choice(P.SURNAMES)}"
    person = Entity("Person", name, None, ref=f"{_slug(a.place)}-{_slug(name)}")
    if councillor:
        person.aliases = (f"Councillor {name}",)
    post = Entity("Post", post_label, a.place, ref=f"{_slug(a.place)}-{_slug(post_label)}")
    post.body = body  # type: ignore[attr-defined]
    a.posts[post_label] = post
    a.people.append((person, post))
    return person, post


def _make_authority(seed: int, index: int, place: str, county: str) -> Authority:
    rng = random.Random(f"partnergraph-bench:{seed}:authority:{index}")
    a = Authority(place=place, county=county, rng=rng)
    s = _slug(place)
    tier = rng.choice(P.TIERS)
    B = a.bodies
    B["council"] = _body("Organisation", f"{place} {tier}", place, "council", aliases=("the Council",), ref=f"{s}-council")
    B["hwb"] = _body("Board", "Health and Wellbeing Board", place, "health-and-wellbeing-board",
                     aliases=("HWB", f"{place} Health and Wellbeing Board"), ref=f"{s}-hwb")
    B["scrutiny"] = _body("Board", rng.choice(P.SCRUTINY_NAMES), place, "scrutiny-committee", ref=f"{s}-scrutiny")
    B["executive"] = _body("Board", rng.choice(P.EXECUTIVE_NAMES), place, "executive", ref=f"{s}-executive")
    B["audit"] = _body("Board", rng.choice(P.AUDIT_COMMITTEE_NAMES), place, "audit-committee", ref=f"{s}-audit")
    B["lsp"] = _body("Partnership", f"{place} Partnership", place, "local-strategic-partnership",
                     ref=f"{s}-partnership")
    for name in rng.sample(P.THEMATIC_PARTNERSHIPS, rng.randint(2, 4)):
        B["tp:" + name] = _body("Partnership", name, place, "thematic-partnership", ref=f"{s}-{_slug(name)}")
    for name in rng.sample(P.WORKING_GROUPS, rng.randint(1, 3)):
        B["wg:" + name] = _body("Partnership", name, place, "working-group", sectors=("public-health",),
                                ref=f"{s}-{_slug(name)}")
    B["provider"] = _body("Organisation", f"{place} {rng.choice(P.PROVIDER_TAILS)}", place, "nhs-provider",
                          ref=f"{s}-provider")
    B["pcn"] = _body("Organisation", f"{place} {rng.choice(('North', 'South', 'East', 'West', 'Central'))} "
                     "Primary Care Network", place, "primary-care", ref=f"{s}-pcn")
    B["phteam"] = _body("Organisation", "Public Health Team", place, "public-health-team", ref=f"{s}-public-health")
    B["policyteam"] = _body("Organisation", "Policy and Partnerships Team", place, "council-team", ref=f"{s}-policy-team")
    B["healthwatch"] = _body("Organisation", f"Healthwatch {place}", place, "vcse-organisation", ref=f"{s}-healthwatch")
    B["cvs"] = _body("Organisation", f"{place} Council for Voluntary Service", place, "vcse-organisation",
                     aliases=("CVS",), ref=f"{s}-cvs")
    B["police"] = _body("Organisation", f"{county} {rng.choice(('Constabulary', 'Police'))}", place, "police",
                        ref=f"{s}-police")
    B["fire"] = _body("Organisation", f"{county} Fire and Rescue Service", place, "fire-service", ref=f"{s}-fire")
    B["housing"] = _body("Organisation", f"{place} {rng.choice(('Homes', 'Housing Association', 'Housing Trust'))}",
                         place, "housing-provider", ref=f"{s}-housing")
    B["college"] = _body("Organisation", f"{place} College", place, None, sectors=("education",), ref=f"{s}-college")
    B["chamber"] = _body("Organisation", f"{place} Chamber of Commerce", place, None, sectors=("business",),
                         ref=f"{s}-chamber")
    B["jobcentre"] = _body("Organisation", f"Jobcentre Plus {place}", place, None, sectors=("employment-welfare",),
                           ref=f"{s}-jobcentre")
    if rng.random() < 0.4:
        B["university"] = _body("Organisation", f"University of {place}", place, "university", ref=f"{s}-university")
    for name in rng.sample(P.VCSE_NAMES, rng.randint(6, 12)):
        a.extra_bodies.append(_body("Organisation", f"{place} {name}", place, "vcse-organisation",
                                    ref=f"{s}-{_slug(name)}"))
    # People and their posts.
    _person(a, "Director of Public Health", B["phteam"])
    _person(a, "Chair of the Health and Wellbeing Board", B["hwb"], councillor=True)
    _person(a, f"Board Member for {rng.choice(P.PORTFOLIOS)}", B["executive"], councillor=True)
    _person(a, "Head of Performance and Population", B["policyteam"])
    _person(a, "Policy and Partnerships Team Manager", B["policyteam"])
    _person(a, "Consultant in Public Health", B["phteam"])
    _person(a, "Strategic Director for Communities and Place", B["council"])
    _person(a, "Head of Audit", B["council"])
    _person(a, "Healthwatch Chair", B["healthwatch"])
    _person(a, "Chief Executive of the Council for Voluntary Service", B["cvs"])
    for _ in range(rng.randint(3, 6)):
        name = f"{rng.choice(P.FIRST_NAMES)} {rng.choice(P.SURNAMES)}"
        a.people.append((Entity("Person", name, None, (f"Councillor {name}",), ref=f"{s}-{_slug(name)}"), None))
    for label in rng.sample(P.INITIATIVE_NAMES, 4):
        a.initiatives.append(Entity("Initiative", label, place, ref=f"{s}-{_slug(label)}"))
    for label, target in rng.sample(P.INDICATORS, 3):
        a.indicators.append(Entity("Indicator", label, place, attrs={"target": target},
                                   ref=f"{s}-{_slug(label)}"))
    return a


def _themes_for_year(a: Authority, year: int) -> list[Entity]:
    rng = a.rng
    refs = rng.sample(sorted(P.THEME_WORDINGS), rng.randint(5, 7))
    out = []
    for r in refs:
        wording = rng.choice(P.THEME_WORDINGS[r])
        e = Entity("Theme", wording, a.place, ref=f"{_slug(a.place)}-{year}-{_slug(wording)}", reference=r)
        out.append(e)
    a.themes[year] = out
    name = rng.choice(("Health and Wellbeing Strategy", "Closing the Gap", "Joint Local Health and Wellbeing Strategy",
                       "Fairer Futures Plan", "Health Inequalities Action Plan"))
    a.strategies[year] = Entity("Strategy", f"{name} {year}", a.place, ref=f"{_slug(a.place)}-strategy-{year}")
    return out


# -- the papers ----------------------------------------------------------------------------------


def _date(rng: random.Random, year: int, first: int = 1, last: int = 12) -> tuple[str, str]:
    month = rng.randint(first, last)
    day = rng.randint(1, 28)
    return f"{year}-{month:02d}-{day:02d}", f"{day} {MONTHS[month - 1]} {year}"


def _all_bodies(a: Authority) -> list[Entity]:
    return [b for k, b in a.bodies.items() if k not in ("pct", "ccg", "icb")] + a.extra_bodies


def _partners(a: Authority, year: int) -> list[Entity]:
    return _all_bodies(a) + [_commissioner(a, year)]


def _address(a: Authority, body: Entity, theme: Entity) -> None:
    a.addresses.add((body.ref, theme.ref))


def hwb_report(a: Authority, year: int, item: int) -> Doc:
    rng = a.rng
    iso, words = _date(rng, year)
    strategy = a.strategies[year]
    themes = a.themes[year]
    B = a.bodies
    hwb = B["hwb"]
    doc = Doc(f"{_slug(a.place)}-{year}-hwb-report.txt", f"{strategy.label} - update and next steps", iso, a.place, "report")
    (dph, dph_post) = a.people[0]
    sponsor, sponsor_post = a.people[6]
    author, author_post = a.people[4]
    meeting = Entity("Meeting", f"Health and Wellbeing Board {words}", a.place, key=f"hwb {iso}", attrs={"date": iso})
    doc.w("\n\nHEALTH AND WELLBEING BOARD\n", words, "\n\n\n\nReport sponsor: ")
    doc.m(sponsor); doc.w(", "); doc.m(sponsor_post); doc.link(sponsor, "holdsPost", sponsor_post)
    doc.w(" and "); doc.m(dph); doc.w(", "); doc.m(dph_post); doc.link(dph, "holdsPost", dph_post)
    doc.w("\nReport author: "); doc.m(author); doc.w(", "); doc.m(author_post); doc.link(author, "holdsPost", author_post)
    doc.w(f"\n\nITEM {item}\n\n", doc.title, "\n\nPurpose\n\n- 1.1 A peer review by the ")
    doc.m(NATIONAL["lga"]); doc.w(" advised that ", a.place, " should work consistently with its key partnerships "
                                  "and concentrate on a few priorities.\n- 1.2 The ")
    doc.m(strategy); doc.w(" has been agreed by leaders across the area as a shared priority, to be taken forward "
                           "through the ")
    doc.m(B["lsp"]); doc.link(B["lsp"], "leads", strategy); doc.w(".\n- 1.3 Discussion with the thematic boards and "
                                                                  "a workshop earlier in the year suggested a first "
                                                                  "set of themes.\n- 1.4 This paper gives an update "
                                                                  "and proposes next steps.\n\nRecommendations\n\n")
    doc.link(doc_entity(doc), "presentedAt", meeting)
    doc.link(meeting, "meetingOf", hwb)
    doc.link(doc_entity(doc), "authoredBy", author_post)
    for n, verb in ((1, "support the development of the priorities and ensure the Board is represented at the next "
                     "workshop"),
                    (2, "commit to joint working on the priorities across the partnership, including "
                     "representation on any working groups")):
        start = doc.pos
        doc.w(f"- 2.{n} That the ")
        doc.m(hwb, "Health and Wellbeing Board (HWB)" if n == 1 else "Health and Wellbeing Board")
        text = f"That the Health and Wellbeing Board {verb}."
        rec = Entity("Recommendation", text, a.place, key=f"{hwb.label} {iso} 2.{n}", attrs={"number": f"2.{n}", "date": iso})
        doc.w(" ", verb, ".\n")
        i = doc.note(rec)
        doc.spans[i] = [start, doc.pos - 1]
        doc.texts[i] = doc.text[start:doc.pos - 1]
        doc.link(rec, "addressedTo", hwb, start)
        doc.link(rec, "partOf", strategy, start)
    doc.w("\nReasons\n\n- 3.1 No single agency can close the gap alone. It needs shared ambition and joint work.\n"
          "- 3.2 To respond to the peer review.\n\nSupporting information\n\n4.1 ")
    doc.w("The area has neighbourhoods with poor health, low income and poor housing next to others where people "
          "live comfortably. Partners agreed that narrowing this gap would improve outcomes for health, the economy, "
          "safety, culture and learning.\n\n4.2 The discussions so far point to these themes:\n\n")
    for t in themes:
        start = doc.pos
        doc.w("- ")
        doc.m(t)
        doc.w(".\n")
        doc.link(t, "partOf", strategy, start)
        doc.link(hwb, "addressesTheme", t, start)
        doc.link(doc_entity(doc), "addressesTheme", t, start)
        _address(a, hwb, t)
    doc.w("\nA mapping of priorities from the main strategies of partners is under way, to show where sectors meet "
          "and depend on each other.\n\n")
    for k, t in enumerate(themes, start=3):
        body = rng.choice(_partners(a, year))
        start = doc.pos
        doc.w(f"4.{k} ")
        doc.m(body)
        doc.w(rng.choice((" has offered to lead the work on the aim to ", " will take forward the aim to ",
                          " already has a programme on the aim to ", " has asked to be involved in the aim to ")))
        doc.m(t, _aim(t))
        doc.w(". " + " ".join(rng.sample(P.COMMENTS, 3)) + "\n\n")
        doc.link(body, "addressesTheme", t, start)
        _address(a, body, t)
    init = rng.choice(a.initiatives)
    start = doc.pos
    doc.w("The ")
    doc.m(init)
    doc.w(" will report to the ")
    doc.m(B["lsp"])
    doc.w(" and will be funded by the ")
    doc.m(B["council"])
    doc.w(".\n")
    doc.link(init, "fundedBy", B["council"], start)
    doc.link(init, "partOf", strategy, start)
    ind = rng.choice(a.indicators)
    start = doc.pos
    doc.w("Progress will be tracked through ")
    doc.m(ind, ind.label.lower())
    doc.w(f", with the aim to {ind.attrs['target']}.\n")
    doc.link(ind, "measures", strategy, start)
    _filler(doc, rng, 5)
    return doc


def scrutiny_report(a: Authority, year: int) -> Doc:
    rng = a.rng
    iso, words = _date(rng, year)
    B = a.bodies
    topic = rng.choice(P.TOPICS)
    doc = Doc(f"{_slug(a.place)}-{year}-scrutiny-report.txt", f"{topic} - progress update", iso, a.place, "report")
    manager, manager_post = a.people[4]
    member, member_post = a.people[2]
    group = next((b for k, b in B.items() if k.startswith("wg:")), B["lsp"])
    commissioner = _commissioner(a, year)
    doc.w(" \tTo:\n\t"); doc.m(B["scrutiny"])
    doc.w(f"\n\n\tDate:\n\tDate of the meeting {words}\n\n\tReport of:\n\t"); doc.m(manager_post)
    doc.link(doc_entity(doc), "authoredBy", manager_post)
    doc.w(f"\n\n\tTitle of Report: \n\t{doc.title}\n\n\n\n\tSummary and recommendations\n\n\tPurpose of report:\n\tThe ")
    doc.m(B["scrutiny"]); doc.w(" made recommendations to the "); doc.m(B["executive"])
    doc.w(f" last year on {topic.lower()}. This report updates the committee on progress against them.\n\n"
          "\tKey decision:\n\tNo\n\n\tExecutive Board Member:\n\t")
    doc.m(member, f"Councillor {member.label.split()[-1]}"); doc.w(", "); doc.m(member_post)
    doc.link(member, "holdsPost", member_post)
    doc.link(member_post, "memberOf", B["executive"])
    doc.w("\n\n\tRecommendation(s):That the committee resolves to: \n\n\t1.\n\tNote and comment on the report \n\n"
          "\t2.\n\tMake any recommendations it sees fit.\n\n\n\n\tAppendices\n\n\tAppendix 1\n\tActions taken so far\n\n"
          "\tAppendix 2\n\tData on inequalities from the ")
    doc.m(commissioner, commissioner.aliases[0])
    doc.w("\n\n\n\nBackground\nA review of ")
    doc.w(topic.lower(), " was presented to the ")
    doc.m(B["hwb"])
    doc.w(" and set out recommendations for many organisations, including the voluntary sector.\n ")
    doc.m(group)
    start = doc.pos
    doc.w("\nThe group was set up under the leadership of the ")
    doc.m(commissioner)
    doc.w(". Its members include the ")
    doc.m(B["policyteam"])
    doc.w(" of the ")
    doc.m(B["council"])
    doc.w(" and ")
    doc.m(member, f"Councillor {member.label}")
    doc.w(".\n")
    doc.link(commissioner, "leads", group, start)
    doc.link(B["policyteam"], "memberOf", group, start)
    doc.link(member, "memberOf", group, start)
    doc.link(B["policyteam"], "subOrganisationOf", B["council"], start)
    doc.w("\n1. Priority work for the group this year, in these areas:\n")
    for init in rng.sample(a.initiatives, 3):
        start = doc.pos
        doc.w("0. ")
        doc.m(init)
        doc.w("\n")
        doc.link(group, "leads", init, start)
    doc.w("\n1. Recommendations taken forward by particular organisations. Good progress is reported on most.\n\n"
          "1. Recommendations for later. Several are still being considered.\n\n\nChallenges\n")
    themes = rng.sample(a.themes[year], 3)
    for t in themes:
        start = doc.pos
        doc.w("Partners chose to build the work on ")
        doc.m(t, t.label.lower())
        doc.w(" into their existing plans rather than set up new structures. ")
        doc.w(" ".join(rng.sample(P.COMMENTS, 3)), "\n")
        doc.link(group, "addressesTheme", t, start)
        doc.link(doc_entity(doc), "addressesTheme", t, start)
        _address(a, group, t)
    _filler(doc, rng, 6)
    return doc


def response_table(a: Authority, year: int) -> Doc:
    rng = a.rng
    made_iso, made_words = _date(rng, year, 1, 8)
    iso, words = _date(rng, year, 9, 12)
    B = a.bodies
    topic = rng.choice(P.TOPICS)
    member, member_post = a.people[2]
    doc = Doc(f"{_slug(a.place)}-{year}-scrutiny-response.txt", f"Response to recommendations on {topic}", iso, a.place, "response")
    doc.w("Appendix\n\n")
    doc.m(B["executive"]); doc.w(" response to  recommendations of the "); doc.m(B["scrutiny"])
    doc.w(f" made on {made_words} concerning {topic} provided by the ")
    doc.m(member_post)
    doc.w("\n\tRecommendation\n\tAgree? \n\tComment\n\n")
    themes = a.themes[year]
    partners = _partners(a, year)
    for n in range(1, rng.randint(4, 8)):
        theme = rng.choice(themes)
        partner = rng.choice(partners)
        start = doc.pos
        doc.w(f"\t{n}.   ")
        text_start = doc.pos
        doc.w("That the Council should work with ")
        doc.m(partner)
        doc.w(" to ")
        doc.m(theme, _aim(theme))
        doc.w(rng.choice((" and report back within a year", ", with a clear focus on outcomes for residents",
                          " as part of its existing programmes")))
        text = doc.text[text_start:doc.pos]
        rec = Entity("Recommendation", text, a.place, key=f"{B['scrutiny'].label} {made_iso} {n}",
                     attrs={"number": str(n), "date": made_iso})
        i = doc.note(rec)
        doc.spans[i] = [text_start, doc.pos]
        doc.texts[i] = text
        doc.w("\n\n")
        doc.link(rec, "madeBy", B["scrutiny"], start)
        doc.link(rec, "addressedTo", B["executive"], start)
        doc.link(rec, "addressesTheme", theme, start)
        doc.link(partner, "addressesTheme", theme, start)
        _address(a, partner, theme)
        verdict = rng.choice(("Yes", "Yes", "Partially", "No"))
        vstart = doc.pos
        doc.w("\t", verdict, "\n\t")
        comment = " ".join(rng.sample(P.COMMENTS, 4))
        doc.w(comment, "\n\n\n")
        resp = Entity("Response", f"Response to recommendation {n}: {verdict}", a.place,
                      key=f"{B['executive'].label} {iso} {n}",
                      attrs={"verdict": {"Yes": "accepted", "Partially": "partially-accepted", "No": "rejected"}[verdict],
                             "comment": comment, "date": iso})
        j = doc.note(resp)
        doc.spans[j] = [vstart, doc.pos]
        doc.texts[j] = doc.text[vstart:doc.pos]
        doc.link(resp, "respondsTo", rec, vstart)
        doc.link(resp, "respondedBy", B["executive"], vstart)
    doc.w(f"\nDate of draft response: {iso[8:10]}/{iso[5:7]}/{iso[:4]}\n")
    return doc


def minutes(a: Authority, year: int, board_key: str, item: int) -> Doc:
    rng = a.rng
    iso, words = _date(rng, year)
    B = a.bodies
    board = B[board_key]
    topic = rng.choice(P.TOPICS)
    genre = "hwb-minutes" if board_key == "hwb" else "scrutiny-minutes"
    doc = Doc(f"{_slug(a.place)}-{year}-{genre}.txt", f"Minutes of the {board.label}, {words}", iso, a.place, "minutes")
    meeting = Entity("Meeting", f"{board.label} {words}", a.place, key=f"{board_key} {iso}", attrs={"date": iso})
    doc.note(meeting)
    doc.link(meeting, "meetingOf", board)
    doc.link(doc_entity(doc), "presentedAt", meeting)
    named = [p for p in a.people if p[1] is not None]
    councillors = [p for p in a.people if p[1] is None]
    doc.w("Meeting of the ")
    doc.m(board)
    doc.w(f", {words}\n\nPresent:\n")
    attendees = rng.sample(councillors, min(len(councillors), 3)) + rng.sample(named, 5)
    for k, (person, post) in enumerate(attendees):
        start = doc.pos
        if post is None:
            doc.m(person, f"Councillor {person.label}")
            if k == 0:
                doc.w(" (Chair)")
                doc.link(person, "chairs", board, start)
        else:
            doc.m(person)
            doc.w(" (")
            doc.m(post)
            doc.w(")")
            doc.link(person, "holdsPost", post, start)
        doc.w("\n")
        doc.link(person, "memberOf", board, start)
    doc.w(f"\nAgenda item\n\n{topic} - role of the {board.label}\n\nMinutes:\n\n")
    themes = a.themes[year]
    head = named[3]
    para = 1
    doc.w(f"{item}.{para}   The ")
    doc.m(head[1])
    doc.w(" (")
    commissioner = _commissioner(a, year)
    doc.m(commissioner)
    doc.w(") introduced the report. ")
    doc.w(rng.choice(P.COMMENTS), "\n\n \n\n")
    for _ in range(rng.randint(10, 16)):
        para += 1
        person, post = rng.choice(attendees)
        t = rng.choice(themes)
        start = doc.pos
        doc.w(f"{item}.{para}  ")
        if post is None:
            doc.m(person, f"Councillor {person.label.split()[-1]}")
        else:
            doc.w("The ")
            doc.m(post)
        doc.w(" ", rng.choice(P.SAYINGS), ", in particular on the aim to ")
        doc.m(t, _aim(t))
        doc.w(". ", " ".join(rng.sample(P.COMMENTS, 2)), "\n\n \n\n")
        doc.link(meeting, "addressesTheme", t, start)
        if rng.random() < 0.45:
            owner = rng.choice(named)[1]
            doc.w("  ")
            astart = doc.pos
            doc.w("Action: The ")
            doc.m(owner)
            aend = doc.pos
            doc.w("\n\n \n\n")
            action = Entity("Action", f"Follow up the aim to {_aim(t)}", a.place,
                            key=f"{board_key} {iso} {item}.{para}", attrs={"number": f"{item}.{para}", "date": iso})
            i = doc.note(action)
            doc.spans[i] = [astart, aend]
            doc.texts[i] = doc.text[astart:aend]
            doc.link(action, "ownedBy", owner, astart)
            doc.link(action, "addressesTheme", t, start)
            body = owner.body  # type: ignore[attr-defined]
            doc.link(owner, "postIn", body, astart)
    doc.w(f"{item}.{para + 1}  The Chair thanked everyone for their contributions.\n\nSupporting documents:\n")
    return doc


def audit_report(a: Authority, year: int) -> Doc:
    rng = a.rng
    iso, words = _date(rng, year)
    B = a.bodies
    topic = "health inequalities"
    head, head_post = a.people[7]
    doc = Doc(f"{_slug(a.place)}-{year}-audit-report.txt", f"Tackling {topic} in {a.place}", iso, a.place, "audit report")
    committee = B["audit"]
    auditor = NATIONAL["auditor"]
    commissioner = _commissioner(a, year)
    doc.w("\n\nCOMMITTEE: ")
    doc.m(committee, committee.label.upper())
    doc.w(f"**DATE: {words.upper()}****SUBJECT: {doc.title.upper()}****REPORT BY: ")
    doc.m(head_post, head_post.label.upper())
    doc.w("****CONTACT OFFICER: ")
    doc.m(head, head.label.upper())
    doc.link(head, "holdsPost", head_post)
    doc.link(doc_entity(doc), "authoredBy", head_post)
    doc.w("****IMPLICATIONS:****LEGAL** x**FINANCIAL** x**WARDS AFFECTED: NONE**\n\nPURPOSE\n\n- 1 To give the ")
    doc.m(committee)
    doc.w(" the findings of a recent audit by the ")
    doc.m(auditor)
    doc.w("\n\nRECOMMENDATION\n\n- 2 Members are invited to note the findings.\n\nBACKGROUND\n\n- 3 This review "
          f"looked at how public bodies in {a.place} understand local {topic}, direct resources to them, challenge "
          "what they do and judge how far it is working.\n\nThe review covered six issues in turn:\n\n")
    themes_here = []
    for text, ref in P.AUDIT_ISSUES:
        doc.w("- ")
        wording = text.format(topic=topic)
        theme = Entity("Theme", wording, a.place, ref=f"{_slug(a.place)}-{year}-{_slug(wording)}", reference=ref)
        start = doc.pos
        doc.m(theme)
        doc.w(";\n")
        doc.link(doc_entity(doc), "addressesTheme", theme, start)
        themes_here.append(theme)
    doc.w("\nThe outcome is a shared performance report for the council and the NHS in ", a.place,
          ".\n\nIt was written for the members of ")
    doc.m(B["council"])
    doc.w(" and the directors of ")
    doc.m(commissioner)
    doc.w(".\n\nREPORT\n\n- 5** Our main conclusions are summarised below:-\n\n")
    partners = _partners(a, year)
    for theme in themes_here:
        body = rng.choice(partners)
        start = doc.pos
        doc.w("- ")
        doc.m(body)
        doc.w(rng.choice((" is working to strengthen this area", " shows notable practice here",
                          " has weaknesses here that it is now addressing")),
              " (", _aim(theme), "). ", " ".join(rng.sample(P.COMMENTS, 3)), "\n\n")
        doc.link(body, "addressesTheme", theme, start)
        a.addresses.add((body.ref, theme.ref))
        a.themes.setdefault(-year, []).append(theme)
    _filler(doc, rng, 4)
    doc.w("RISK IMPLICATIONS\n\n- 6 None beyond those in the body of the report.\n\nBACKGROUND PAPERS\n\nNone.\n")
    return doc


_DOC_ENTITIES: dict[int, Entity] = {}


def doc_entity(doc: Doc) -> Entity:
    """The entity that stands for the paper itself (type Document, never written to the entity list)."""
    e = _DOC_ENTITIES.get(id(doc))
    if e is None:
        e = _DOC_ENTITIES[id(doc)] = Entity("Document", doc.file, doc.place)
    return e


def _aim(theme: Entity) -> str:
    """A theme's wording inside a sentence: its first letter in lower case unless it starts an acronym."""
    label = theme.label
    return label if label[:2].isupper() else label[0].lower() + label[1:]


def _filler(doc: Doc, rng: random.Random, n: int) -> None:
    for _ in range(n):
        doc.w(" ".join(rng.sample(P.COMMENTS, 3)), "\n\n")


# -- registers --------------------------------------------------------------------------------


def _register(a: Authority, years: list[int]) -> tuple[str, str, list[dict]]:
    """The register of one authority: its file name, its YAML text and its truth rows."""
    s = _slug(a.place)
    file = f"{s}-register.yaml"
    rows: dict[str, list[dict]] = {"Documents": [], "Elements": [], "Memberships": [], "Connections": []}
    truth: list[dict] = []

    def add(sheet: str, row: dict, entities: list[Entity] = (), links: list = ()) -> None:
        rows[sheet].append(row)
        n = len(rows[sheet]) + 1  # row 1 is the header in a spreadsheet
        truth.append({"file": file, "sheet": sheet, "row": n, "place": a.place,
                      "entities": [e.record() for e in entities], "links": list(links)})

    for doc in a.docs:
        add("Documents", {"ID": doc.file[:-4], "Title": doc.title, "File": doc.file, "Date": doc.date,
                          "Place": a.place, "Kind": doc.kind})
    a.local_bodies = _local_bodies(a)
    bodies = _all_bodies(a) + [a.bodies[k] for k in ("pct", "ccg", "icb") if k in a.bodies] + a.local_bodies
    for b in bodies:
        row = {"ID": b.ref, "Type": b.type, "Label": b.label}
        if b.aliases:
            row["Aliases"] = "; ".join(b.aliases)
        row["Place"] = a.place
        if b.attrs.get("kind"):
            row["Kind"] = concept("kinds", b.attrs["kind"]).label
        row["Sectors"] = "; ".join(b.attrs.get("sectors", ()))
        add("Elements", row, [b])
    for year in years:
        st = a.strategies[year]
        add("Elements", {"ID": st.ref, "Type": "Strategy", "Label": st.label, "Place": a.place,
                         "Date": f"{year}-04-01"}, [st])
        for t in a.themes[year]:
            add("Elements", {"ID": t.ref, "Type": "Theme", "Label": t.label, "Place": a.place, "Part of": st.ref,
                             "Source": f"{s}-{year}-hwb-report"}, [t, st], [[0, "partOf", 1]])
        for t in a.themes.get(-year, []):
            add("Elements", {"ID": t.ref, "Type": "Theme", "Label": t.label, "Place": a.place,
                             "Source": f"{s}-{year}-audit-report"}, [t])
    seen_people: set[str] = set()
    for person, post in a.people:
        if person.ref not in seen_people:
            seen_people.add(person.ref)
            row = {"ID": person.ref, "Type": "Person", "Label": person.label}
            if person.aliases:
                row["Aliases"] = "; ".join(person.aliases)
            add("Elements", row, [person])
    for e in a.initiatives:
        add("Elements", {"ID": e.ref, "Type": "Initiative", "Label": e.label, "Place": a.place}, [e])
    for e in a.indicators:
        add("Elements", {"ID": e.ref, "Type": "Indicator", "Label": e.label, "Place": a.place,
                         "Target": e.attrs["target"]}, [e])
    lsp = a.bodies["lsp"]
    for b in bodies:
        if b is not lsp and b.type != "Board":
            add("Memberships", {"Member": b.ref, "Body": lsp.ref, "Role": "partner"}, [b, lsp],
                [[0, "partnerOf", 1]])
    hosts = {"primary-care": a.bodies["pcn"],
             "education": next((b for k, b in a.bodies.items() if k == "tp:Children's Trust"), lsp)}
    for b in a.local_bodies:
        host = hosts["primary-care" if b.attrs.get("kind") == "primary-care" else "education"]
        add("Memberships", {"Member": b.ref, "Body": host.ref, "Role": "member"}, [b, host], [[0, "memberOf", 1]])
    hwb = a.bodies["hwb"]
    for person, post in a.people:
        if post is None:
            continue
        role = "chair" if post.label.startswith("Chair of") else "member"
        add("Memberships", {"Member": person.ref, "Body": hwb.ref, "Post": post.label, "Role": role},
            [person, hwb, post], [[0, "chairs" if role == "chair" else "memberOf", 1], [0, "holdsPost", 2]])
    for key, b in a.bodies.items():
        if key.startswith("tp:"):
            add("Connections", {"From": b.ref, "Relation": "reports to", "To": lsp.ref}, [b, lsp],
                [[0, "reportsTo", 1]])
        elif key.startswith("wg:"):
            add("Connections", {"From": b.ref, "Relation": "reports to", "To": hwb.ref}, [b, hwb],
                [[0, "reportsTo", 1]])
    # The priority map: which partner takes up which theme (the bulk of a register's rows).
    theme_by_ref = {t.ref: t for ts in a.themes.values() for t in ts}
    body_by_ref = {b.ref: b for b in bodies}
    rng = a.rng
    for year in years:
        for b in bodies:
            for t in a.themes[year]:
                if rng.random() < 0.6:
                    a.addresses.add((b.ref, t.ref))
            for t in a.themes.get(-year, []):  # the audit's questions, taken up less often
                if rng.random() < 0.35:
                    a.addresses.add((b.ref, t.ref))
    for bref, tref in sorted(a.addresses):
        add("Connections", {"From": bref, "Relation": "addresses", "To": tref},
            [body_by_ref[bref], theme_by_ref[tref]], [[0, "addressesTheme", 1]])
    return file, _yaml(rows, a.place), truth


def _local_bodies(a: Authority) -> list[Entity]:
    """GP practices and schools: named in the register's priority map, not in the papers."""
    rng = random.Random(f"partnergraph-bench:local:{a.place}")
    s = _slug(a.place)
    out = []
    for street in rng.sample(P.STREETS, rng.randint(18, 26)):
        label = f"{street} {rng.choice(('Surgery', 'Medical Centre', 'Health Centre'))}"
        out.append(_body("Organisation", label, a.place, "primary-care", ref=f"{s}-{_slug(label)}"))
    for street in rng.sample(P.STREETS, rng.randint(22, 30)):
        label = f"{street} {rng.choice(('Primary School', 'Academy', 'High School', 'Nursery School'))}"
        out.append(_body("Organisation", label, a.place, None, sectors=("education",), ref=f"{s}-{_slug(label)}"))
    return out


def _yaml(rows: dict[str, list[dict]], place: str) -> str:
    """Rows as YAML, one flow mapping per row: compact, stable, and read back exactly."""
    out = [f"# Partnership register for {place} (synthetic, written by bench.generate)\n"]
    for sheet, items in rows.items():
        out.append(f"{sheet}:\n")
        for row in items:
            cells = ", ".join(f"{k}: {json.dumps(v)}" for k, v in row.items())
            out.append(f"  - {{{cells}}}\n")
    return "".join(out)


# -- the run ----------------------------------------------------------------------------------


def _places(seed: int, n: int) -> list[tuple[str, str]]:
    rng = random.Random(f"partnergraph-bench:{seed}:places")
    names = [h + t for h in P.PLACE_HEADS for t in P.PLACE_TAILS]
    rng.shuffle(names)
    counties = [h + t for h in P.PLACE_HEADS for t in P.COUNTY_TAILS]
    rng.shuffle(counties)
    if n > len(names):
        raise ValueError(f"at most {len(names)} authorities can be named")
    return [(names[i], counties[i // 4 % len(counties)]) for i in range(n)]


def generate(out: str | Path, *, authorities: int, years: int, seed: int = 1) -> dict:
    """Write the documents, registers and truth of ``authorities`` areas over ``years`` years.

    Returns the summary that is also written to ``truth/summary.json``.
    """
    out = Path(out)
    if authorities < 1 or years < 1:
        raise ValueError("authorities and years must be at least 1")
    for sub in ("documents", "registers", "truth"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)
    year_list = list(range(LAST_YEAR - years + 1, LAST_YEAR + 1))
    overlaps: dict[str, dict[str, set]] = {}
    counts: dict[str, int] = {}
    text_bytes = register_bytes = ndocs = 0
    with open(out / "truth" / "documents.jsonl", "w", encoding="utf-8", newline="\n") as dt, \
            open(out / "truth" / "registers.jsonl", "w", encoding="utf-8", newline="\n") as rt:
        for index, (place, county) in enumerate(_places(seed, authorities)):
            a = _make_authority(seed, index, place, county)
            for item, year in enumerate(year_list, start=1):
                _themes_for_year(a, year)
                a.docs += [hwb_report(a, year, 10 + item), scrutiny_report(a, year), response_table(a, year),
                           minutes(a, year, "hwb", 10 + item), minutes(a, year, "scrutiny", 20 + item),
                           audit_report(a, year)]
            folder = out / "documents" / _slug(place)
            folder.mkdir()
            for doc in a.docs:
                data = doc.text.encode("utf-8")
                (folder / doc.file).write_bytes(data)
                text_bytes += len(data)
                ndocs += 1
                record = doc.truth()
                record["file"] = f"{_slug(place)}/{doc.file}"
                dt.write(json.dumps(record, sort_keys=True) + "\n")
                for e in doc.entities:
                    counts[e.type] = counts.get(e.type, 0) + 1
            file, text, truth = _register(a, year_list)
            data = text.encode("utf-8")
            (out / "registers" / file).write_bytes(data)
            register_bytes += len(data)
            for row in truth:
                rt.write(json.dumps(row, sort_keys=True) + "\n")
            _collect_overlaps(a, overlaps)
            _DOC_ENTITIES.clear()
    overlap_rows = []
    for ref in sorted(overlaps):
        o = overlaps[ref]
        overlap_rows.append({"reference": ref, "label": concept("themes", ref).label,
                             "places": sorted(o["places"]), "sectors": sorted(o["sectors"]),
                             "bodies": len(o["bodies"]), "themes": len(o["themes"]),
                             "overlap": len(o["sectors"]) >= 2})
    (out / "truth" / "overlaps.json").write_text(json.dumps(overlap_rows, indent=1, sort_keys=True) + "\n",
                                                 encoding="utf-8")
    summary = {"authorities": authorities, "years": years, "seed": seed, "generator": generator_version(),
               "first_year": year_list[0],
               "last_year": year_list[-1], "documents": ndocs, "text_bytes": text_bytes,
               "registers": authorities, "register_bytes": register_bytes,
               "entity_mentions": dict(sorted(counts.items()))}
    (out / "truth" / "summary.json").write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return summary


def generator_version() -> str:
    """A digest of the generator's own source: data made by another version is made again."""
    import hashlib

    h = hashlib.sha1()
    for name in ("generate.py", "parts.py"):
        h.update((Path(__file__).parent / name).read_bytes())
    return h.hexdigest()[:12]


def _collect_overlaps(a: Authority, overlaps: dict) -> None:
    bodies = {b.ref: b for b in _all_bodies(a)}
    bodies.update({a.bodies[k].ref: a.bodies[k] for k in ("pct", "ccg", "icb") if k in a.bodies})
    bodies.update({b.ref: b for b in a.local_bodies})
    themes = {t.ref: t for ts in a.themes.values() for t in ts}
    for bref, tref in a.addresses:
        t, b = themes[tref], bodies[bref]
        o = overlaps.setdefault(t.reference, {"places": set(), "sectors": set(), "bodies": set(), "themes": set()})
        o["places"].add(a.place)
        o["sectors"].update(b.attrs.get("sectors", ()))
        o["bodies"].add((a.place, b.label))
        o["themes"].add(t.ref)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), help="a named size (sets --authorities and --years)")
    parser.add_argument("--authorities", type=int, help="how many council areas (default 5)")
    parser.add_argument("--years", type=int, help="how many years of papers per area (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="the random seed (default 1)")
    parser.add_argument("-o", "--output", required=True, type=Path, help="folder to write into")
    args = parser.parse_args(argv)
    size = SIZES[args.size] if args.size else SIZES["small"]
    summary = generate(args.output, authorities=args.authorities or size["authorities"],
                       years=args.years or size["years"], seed=args.seed)
    print(f"{summary['documents']} documents ({summary['text_bytes'] / 1e6:.1f} MB of text), "
          f"{summary['registers']} registers ({summary['register_bytes'] / 1e6:.1f} MB) -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
