"""A small graph built by hand through the public API, shared by the export, push and store tests.

It holds two places, boards, a person and a post, a theme, a strategy, a
recommendation with its response, a free link with its own wording, and one node
whose label is made to break naive exporters (quotes, backslashes, newlines, braces,
Cypher and SPARQL fragments).
"""

from __future__ import annotations

from partnergraph.graph import PartnershipGraph, Source

#: A label that would run as Cypher or SPARQL if it were formatted into a query string.
NASTY = ('Robert\'); MATCH (n) DETACH DELETE n; // "quoted" \\ back\\slash\n'
         'second line } INSERT DATA { <urn:x> <urn:y> "z" } ; DROP GRAPH <urn:g> #\t`tick` ${x} '
         '<script>alert(1)</script> =SUM(A1) ünïcødé')


def sample_graph() -> PartnershipGraph:
    g = PartnershipGraph()
    derby = g.add_document("derby-hwb-2019-01-17.txt", title="Closing the Gap", place="Derby",
                           date="2019-01-17", kind="report")
    ox = g.add_document("oxford-scrutiny.txt", title="Scrutiny recommendations", place="Oxford",
                        date="2018-04-13", kind="response")
    for doc in (derby, ox):
        g.add_source(doc, Source(doc, start=0, end=0, rule="document"))

    def s(doc: str, quote: str, start: int) -> Source:
        return Source(doc, quote=quote, start=start, end=start + len(quote), rule="hand", confidence=0.9)

    hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby", aliases=["HWB", "the Board"],
                     source=s(derby, "the Health and Wellbeing Board (HWB)", 10),
                     kind="health-and-wellbeing-board", sectors=["health", "local-government"])
    council = g.add_node("Organisation", "Derby City Council", place="Derby", kind="council",
                         source=s(derby, "Derby City Council", 60))
    partnership = g.add_node("Partnership", "Derby Partnership", place="Derby",
                             source=s(derby, "the Derby Partnership", 90))
    person = g.add_node("Person", "Cate Edwynn", source=s(derby, "Cate Edwynn", 120))
    post = g.add_node("Post", "Director of Public Health", place="Derby",
                      source=s(derby, "Director of Public Health", 140))
    theme = g.add_node("Theme", "Give all young people a good start in life", place="Derby", number="1",
                       source=s(derby, "Give all young people a good start in life", 200))
    strategy = g.add_node("Strategy", "Closing the Gap", place="Derby", description="The Derby plan.",
                          source=s(derby, "Closing the Gap", 0))
    nasty = g.add_node("Initiative", NASTY, place="Derby", aliases=['A "quoted" alias; with } brace'],
                       description=NASTY, source=s(derby, NASTY, 300))
    scrutiny = g.add_node("Board", "Scrutiny Committee", place="Oxford", kind="scrutiny-committee",
                          source=s(ox, "Scrutiny Committee", 5))
    ceb = g.add_node("Board", "City Executive Board", place="Oxford", kind="executive",
                     source=s(ox, "City Executive Board", 40))
    rec = g.add_node("Recommendation", "Engage with local universities", place="Oxford", number="1",
                     date="2018-04-05", source=s(ox, "That the Council should work with the local universities", 80))
    resp = g.add_node("Response", "Response to recommendation 1", place="Oxford", verdict="partially-accepted",
                      comment="Agreed in part.", source=s(ox, "Partially", 200))
    reg = Source(ox, file="register.xlsx", sheet="Connections", row=3, rule="register")

    g.add_edge(hwb, "subOrganisationOf", council, source=s(derby, "a committee of the Council", 400))
    g.add_edge(partnership, "reportsTo", hwb, source=s(derby, "reports to the Board", 420))
    g.add_edge(person, "holdsPost", post, source=s(derby, "Cate Edwynn, Director of Public Health", 120))
    g.add_edge(post, "memberOf", hwb, source=s(derby, "members of the Board", 440))
    g.add_edge(theme, "partOf", strategy, source=s(derby, "Closing the Gap priorities", 200))
    g.add_edge(hwb, "leads", strategy, source=s(derby, "the Board leads", 460))
    g.add_edge(nasty, "addressesTheme", theme, source=s(derby, NASTY, 300))
    g.add_edge(nasty, "deliveredBy", council, source=reg)
    g.add_edge(hwb, "partnerOf", partnership, source=s(derby, "in partnership", 480))
    g.add_edge(partnership, "relatedTo", council, source=s(derby, "works alongside", 500),
               wording="works alongside \"quoted\" } {")
    g.add_edge(rec, "madeBy", scrutiny, source=s(ox, "Scrutiny Committee", 5))
    g.add_edge(rec, "addressedTo", ceb, source=s(ox, "City Executive Board", 40))
    g.add_edge(resp, "respondsTo", rec, source=s(ox, "Recommendation 1", 190))
    g.add_edge(resp, "respondedBy", ceb, source=s(ox, "City Executive Board", 40))
    return g
