// partnergraph graph as a cypher-shell script. Run it with
//   cypher-shell -a neo4j://localhost:7687 -u "$NEO4J_USER" -p "$NEO4J_PASSWORD" --file graph.cypher
// Values are parameters (:param); statements are the named ones of partnergraph.graph.cypher.
// Running it twice changes nothing (MERGE on iri, properties replaced).
CREATE CONSTRAINT pg_Action_iri IF NOT EXISTS FOR (n:`Action`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Document_iri IF NOT EXISTS FOR (n:`Document`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Indicator_iri IF NOT EXISTS FOR (n:`Indicator`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Initiative_iri IF NOT EXISTS FOR (n:`Initiative`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Meeting_iri IF NOT EXISTS FOR (n:`Meeting`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Organisation_iri IF NOT EXISTS FOR (n:`Organisation`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Person_iri IF NOT EXISTS FOR (n:`Person`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Place_iri IF NOT EXISTS FOR (n:`Place`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Post_iri IF NOT EXISTS FOR (n:`Post`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Recommendation_iri IF NOT EXISTS FOR (n:`Recommendation`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Response_iri IF NOT EXISTS FOR (n:`Response`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Strategy_iri IF NOT EXISTS FOR (n:`Strategy`) REQUIRE n.iri IS UNIQUE;
CREATE CONSTRAINT pg_Theme_iri IF NOT EXISTS FOR (n:`Theme`) REQUIRE n.iri IS UNIQUE;
CREATE INDEX pg_Action_label IF NOT EXISTS FOR (n:`Action`) ON (n.label);
CREATE INDEX pg_Document_label IF NOT EXISTS FOR (n:`Document`) ON (n.label);
CREATE INDEX pg_Indicator_label IF NOT EXISTS FOR (n:`Indicator`) ON (n.label);
CREATE INDEX pg_Initiative_label IF NOT EXISTS FOR (n:`Initiative`) ON (n.label);
CREATE INDEX pg_Meeting_label IF NOT EXISTS FOR (n:`Meeting`) ON (n.label);
CREATE INDEX pg_Organisation_label IF NOT EXISTS FOR (n:`Organisation`) ON (n.label);
CREATE INDEX pg_Person_label IF NOT EXISTS FOR (n:`Person`) ON (n.label);
CREATE INDEX pg_Place_label IF NOT EXISTS FOR (n:`Place`) ON (n.label);
CREATE INDEX pg_Post_label IF NOT EXISTS FOR (n:`Post`) ON (n.label);
CREATE INDEX pg_Recommendation_label IF NOT EXISTS FOR (n:`Recommendation`) ON (n.label);
CREATE INDEX pg_Response_label IF NOT EXISTS FOR (n:`Response`) ON (n.label);
CREATE INDEX pg_Strategy_label IF NOT EXISTS FOR (n:`Strategy`) ON (n.label);
CREATE INDEX pg_Theme_label IF NOT EXISTS FOR (n:`Theme`) ON (n.label);
:param rows => [{iri: "https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt", props: {iri: "https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt", id: "document/derby-hwb-2019-01-17-txt", type: "Document", label: "Closing the Gap", date: "2019-01-17", document_kind: "report", file_name: "derby-hwb-2019-01-17.txt", place: "https://w3id.org/partnergraph/id/place/derby", place_label: "Derby", sources: ["{\"confidence\":1.0,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":0,\"rule\":\"document\",\"start\":0}"]}}, {iri: "https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt", props: {iri: "https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt", id: "document/oxford-scrutiny-txt", type: "Document", label: "Scrutiny recommendations", date: "2018-04-13", document_kind: "response", file_name: "oxford-scrutiny.txt", place: "https://w3id.org/partnergraph/id/place/oxford", place_label: "Oxford", sources: ["{\"confidence\":1.0,\"document\":\"document/oxford-scrutiny-txt\",\"end\":0,\"rule\":\"document\",\"start\":0}"]}}]
UNWIND $rows AS row
MERGE (n:`Document` {iri: row.iri})
SET n = row.props;
:param rows => [{iri: "https://w3id.org/partnergraph/id/initiative/derby/robert-match-n-detach-delete-n-quoted-back-slash-second-7158e61a", props: {iri: "https://w3id.org/partnergraph/id/initiative/derby/robert-match-n-detach-delete-n-quoted-back-slash-second-7158e61a", id: "initiative/derby/robert-match-n-detach-delete-n-quoted-back-slash-second-7158e61a", type: "Initiative", label: "Robert'); MATCH (n) DETACH DELETE n; // \"quoted\" \\ back\\slash second line } INSERT DATA { <urn:x> <urn:y> \"z\" } ; DROP GRAPH <urn:g> # `tick` ${x} <script>alert(1)</script> =SUM(A1) ünïcødé", aliases: ["A \"quoted\" alias; with } brace"], description: "Robert'); MATCH (n) DETACH DELETE n; // \"quoted\" \\ back\\slash\nsecond line } INSERT DATA { <urn:x> <urn:y> \"z\" } ; DROP GRAPH <urn:g> #\t`tick` ${x} <script>alert(1)</script> =SUM(A1) ünïcødé", place: "https://w3id.org/partnergraph/id/place/derby", place_label: "Derby", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["Robert'); MATCH (n) DETACH DELETE n; // \"quoted\" \\ back\\slash\nsecond line } INSERT DATA { <urn:x> <urn:y> \"z\" } ; DROP GRAPH <urn:g> #\t`tick` ${x} <script>alert(1)</script> =SUM(A1) ünïcødé"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":489,\"quote\":\"Robert'); MATCH (n) DETACH DELETE n; // \\\"quoted\\\" \\\\ back\\\\slash\\nsecond line } INSERT DATA { <urn:x> <urn:y> \\\"z\\\" } ; DROP GRAPH <urn:g> #\\t`tick` ${x} <script>alert(1)</script> =SUM(A1) ünïcødé\",\"rule\":\"hand\",\"start\":300}"]}}]
UNWIND $rows AS row
MERGE (n:`Initiative` {iri: row.iri})
SET n = row.props;
:param rows => [{iri: "https://w3id.org/partnergraph/id/org/derby/derby-city-council", props: {iri: "https://w3id.org/partnergraph/id/org/derby/derby-city-council", id: "org/derby/derby-city-council", type: "Organisation", label: "Derby City Council", kind: "council", place: "https://w3id.org/partnergraph/id/place/derby", place_label: "Derby", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["Derby City Council"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":78,\"quote\":\"Derby City Council\",\"rule\":\"hand\",\"start\":60}"]}}]
UNWIND $rows AS row
MERGE (n:`Organisation` {iri: row.iri})
SET n = row.props;
:param rows => [{iri: "https://w3id.org/partnergraph/id/org/derby/health-and-wellbeing-board", props: {iri: "https://w3id.org/partnergraph/id/org/derby/health-and-wellbeing-board", id: "org/derby/health-and-wellbeing-board", type: "Board", label: "Health and Wellbeing Board", aliases: ["HWB", "the Board"], kind: "health-and-wellbeing-board", sectors: ["health", "local-government"], place: "https://w3id.org/partnergraph/id/place/derby", place_label: "Derby", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["the Health and Wellbeing Board (HWB)"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":46,\"quote\":\"the Health and Wellbeing Board (HWB)\",\"rule\":\"hand\",\"start\":10}"]}}, {iri: "https://w3id.org/partnergraph/id/org/oxford/city-executive-board", props: {iri: "https://w3id.org/partnergraph/id/org/oxford/city-executive-board", id: "org/oxford/city-executive-board", type: "Board", label: "City Executive Board", kind: "executive", place: "https://w3id.org/partnergraph/id/place/oxford", place_label: "Oxford", documents: ["https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt"], quotes: ["City Executive Board"], sources: ["{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":60,\"quote\":\"City Executive Board\",\"rule\":\"hand\",\"start\":40}"]}}, {iri: "https://w3id.org/partnergraph/id/org/oxford/scrutiny-committee", props: {iri: "https://w3id.org/partnergraph/id/org/oxford/scrutiny-committee", id: "org/oxford/scrutiny-committee", type: "Board", label: "Scrutiny Committee", kind: "scrutiny-committee", place: "https://w3id.org/partnergraph/id/place/oxford", place_label: "Oxford", documents: ["https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt"], quotes: ["Scrutiny Committee"], sources: ["{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":23,\"quote\":\"Scrutiny Committee\",\"rule\":\"hand\",\"start\":5}"]}}]
UNWIND $rows AS row
MERGE (n:`Organisation` {iri: row.iri})
SET n = row.props
SET n:`Board`;
:param rows => [{iri: "https://w3id.org/partnergraph/id/org/derby/partnership", props: {iri: "https://w3id.org/partnergraph/id/org/derby/partnership", id: "org/derby/partnership", type: "Partnership", label: "Derby Partnership", place: "https://w3id.org/partnergraph/id/place/derby", place_label: "Derby", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["the Derby Partnership"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":111,\"quote\":\"the Derby Partnership\",\"rule\":\"hand\",\"start\":90}"]}}]
UNWIND $rows AS row
MERGE (n:`Organisation` {iri: row.iri})
SET n = row.props
SET n:`Partnership`;
:param rows => [{iri: "https://w3id.org/partnergraph/id/person/cate-edwynn", props: {iri: "https://w3id.org/partnergraph/id/person/cate-edwynn", id: "person/cate-edwynn", type: "Person", label: "Cate Edwynn", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["Cate Edwynn"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":131,\"quote\":\"Cate Edwynn\",\"rule\":\"hand\",\"start\":120}"]}}]
UNWIND $rows AS row
MERGE (n:`Person` {iri: row.iri})
SET n = row.props;
:param rows => [{iri: "https://w3id.org/partnergraph/id/place/derby", props: {iri: "https://w3id.org/partnergraph/id/place/derby", id: "place/derby", type: "Place", label: "Derby", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["Closing the Gap", "Derby City Council", "Director of Public Health", "Give all young people a good start in life", "Robert'); MATCH (n) DETACH DELETE n; // \"quoted\" \\ back\\slash\nsecond line } INSERT DATA { <urn:x> <urn:y> \"z\" } ; DROP GRAPH <urn:g> #\t`tick` ${x} <script>alert(1)</script> =SUM(A1) ünïcødé", "the Derby Partnership", "the Health and Wellbeing Board (HWB)"], sources: ["{\"confidence\":1.0,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":0,\"rule\":\"document-place\",\"start\":0}", "{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":15,\"quote\":\"Closing the Gap\",\"rule\":\"hand\",\"start\":0}", "{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":46,\"quote\":\"the Health and Wellbeing Board (HWB)\",\"rule\":\"hand\",\"start\":10}", "{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":78,\"quote\":\"Derby City Council\",\"rule\":\"hand\",\"start\":60}", "{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":111,\"quote\":\"the Derby Partnership\",\"rule\":\"hand\",\"start\":90}", "{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":165,\"quote\":\"Director of Public Health\",\"rule\":\"hand\",\"start\":140}", "{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":242,\"quote\":\"Give all young people a good start in life\",\"rule\":\"hand\",\"start\":200}", "{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":489,\"quote\":\"Robert'); MATCH (n) DETACH DELETE n; // \\\"quoted\\\" \\\\ back\\\\slash\\nsecond line } INSERT DATA { <urn:x> <urn:y> \\\"z\\\" } ; DROP GRAPH <urn:g> #\\t`tick` ${x} <script>alert(1)</script> =SUM(A1) ünïcødé\",\"rule\":\"hand\",\"start\":300}"]}}, {iri: "https://w3id.org/partnergraph/id/place/oxford", props: {iri: "https://w3id.org/partnergraph/id/place/oxford", id: "place/oxford", type: "Place", label: "Oxford", documents: ["https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt"], quotes: ["City Executive Board", "Partially", "Scrutiny Committee", "That the Council should work with the local universities"], sources: ["{\"confidence\":1.0,\"document\":\"document/oxford-scrutiny-txt\",\"end\":0,\"rule\":\"document-place\",\"start\":0}", "{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":23,\"quote\":\"Scrutiny Committee\",\"rule\":\"hand\",\"start\":5}", "{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":60,\"quote\":\"City Executive Board\",\"rule\":\"hand\",\"start\":40}", "{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":136,\"quote\":\"That the Council should work with the local universities\",\"rule\":\"hand\",\"start\":80}", "{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":209,\"quote\":\"Partially\",\"rule\":\"hand\",\"start\":200}"]}}]
UNWIND $rows AS row
MERGE (n:`Place` {iri: row.iri})
SET n = row.props;
:param rows => [{iri: "https://w3id.org/partnergraph/id/post/derby/director-of-public-health", props: {iri: "https://w3id.org/partnergraph/id/post/derby/director-of-public-health", id: "post/derby/director-of-public-health", type: "Post", label: "Director of Public Health", place: "https://w3id.org/partnergraph/id/place/derby", place_label: "Derby", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["Director of Public Health"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":165,\"quote\":\"Director of Public Health\",\"rule\":\"hand\",\"start\":140}"]}}]
UNWIND $rows AS row
MERGE (n:`Post` {iri: row.iri})
SET n = row.props;
:param rows => [{iri: "https://w3id.org/partnergraph/id/recommendation/oxford/engage-with-local-universities", props: {iri: "https://w3id.org/partnergraph/id/recommendation/oxford/engage-with-local-universities", id: "recommendation/oxford/engage-with-local-universities", type: "Recommendation", label: "Engage with local universities", date: "2018-04-05", number: "1", place: "https://w3id.org/partnergraph/id/place/oxford", place_label: "Oxford", documents: ["https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt"], quotes: ["That the Council should work with the local universities"], sources: ["{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":136,\"quote\":\"That the Council should work with the local universities\",\"rule\":\"hand\",\"start\":80}"]}}]
UNWIND $rows AS row
MERGE (n:`Recommendation` {iri: row.iri})
SET n = row.props;
:param rows => [{iri: "https://w3id.org/partnergraph/id/response/oxford/response-to-recommendation-1", props: {iri: "https://w3id.org/partnergraph/id/response/oxford/response-to-recommendation-1", id: "response/oxford/response-to-recommendation-1", type: "Response", label: "Response to recommendation 1", comment: "Agreed in part.", verdict: "partially-accepted", place: "https://w3id.org/partnergraph/id/place/oxford", place_label: "Oxford", documents: ["https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt"], quotes: ["Partially"], sources: ["{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":209,\"quote\":\"Partially\",\"rule\":\"hand\",\"start\":200}"]}}]
UNWIND $rows AS row
MERGE (n:`Response` {iri: row.iri})
SET n = row.props;
:param rows => [{iri: "https://w3id.org/partnergraph/id/strategy/derby/closing-the-gap", props: {iri: "https://w3id.org/partnergraph/id/strategy/derby/closing-the-gap", id: "strategy/derby/closing-the-gap", type: "Strategy", label: "Closing the Gap", description: "The Derby plan.", place: "https://w3id.org/partnergraph/id/place/derby", place_label: "Derby", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["Closing the Gap"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":15,\"quote\":\"Closing the Gap\",\"rule\":\"hand\",\"start\":0}"]}}]
UNWIND $rows AS row
MERGE (n:`Strategy` {iri: row.iri})
SET n = row.props;
:param rows => [{iri: "https://w3id.org/partnergraph/id/theme/derby/give-all-young-people-a-good-start-in-life", props: {iri: "https://w3id.org/partnergraph/id/theme/derby/give-all-young-people-a-good-start-in-life", id: "theme/derby/give-all-young-people-a-good-start-in-life", type: "Theme", label: "Give all young people a good start in life", number: "1", place: "https://w3id.org/partnergraph/id/place/derby", place_label: "Derby", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["Give all young people a good start in life"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":242,\"quote\":\"Give all young people a good start in life\",\"rule\":\"hand\",\"start\":200}"]}}]
UNWIND $rows AS row
MERGE (n:`Theme` {iri: row.iri})
SET n = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/recommendation/oxford/engage-with-local-universities", end: "https://w3id.org/partnergraph/id/org/oxford/city-executive-board", key: "addressedTo", props: {key: "addressedTo", relation: "addressedTo", documents: ["https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt"], quotes: ["City Executive Board"], sources: ["{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":60,\"quote\":\"City Executive Board\",\"rule\":\"hand\",\"start\":40}"]}}]
UNWIND $rows AS row
MATCH (a:`Recommendation` {iri: row.start})
MATCH (b:`Organisation` {iri: row.end})
MERGE (a)-[r:`ADDRESSED_TO` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/initiative/derby/robert-match-n-detach-delete-n-quoted-back-slash-second-7158e61a", end: "https://w3id.org/partnergraph/id/theme/derby/give-all-young-people-a-good-start-in-life", key: "addressesTheme", props: {key: "addressesTheme", relation: "addressesTheme", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["Robert'); MATCH (n) DETACH DELETE n; // \"quoted\" \\ back\\slash\nsecond line } INSERT DATA { <urn:x> <urn:y> \"z\" } ; DROP GRAPH <urn:g> #\t`tick` ${x} <script>alert(1)</script> =SUM(A1) ünïcødé"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":489,\"quote\":\"Robert'); MATCH (n) DETACH DELETE n; // \\\"quoted\\\" \\\\ back\\\\slash\\nsecond line } INSERT DATA { <urn:x> <urn:y> \\\"z\\\" } ; DROP GRAPH <urn:g> #\\t`tick` ${x} <script>alert(1)</script> =SUM(A1) ünïcødé\",\"rule\":\"hand\",\"start\":300}"]}}]
UNWIND $rows AS row
MATCH (a:`Initiative` {iri: row.start})
MATCH (b:`Theme` {iri: row.end})
MERGE (a)-[r:`ADDRESSES` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/initiative/derby/robert-match-n-detach-delete-n-quoted-back-slash-second-7158e61a", end: "https://w3id.org/partnergraph/id/org/derby/derby-city-council", key: "deliveredBy", props: {key: "deliveredBy", relation: "deliveredBy", documents: ["https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt"], sources: ["{\"confidence\":1.0,\"document\":\"document/oxford-scrutiny-txt\",\"file\":\"register.xlsx\",\"row\":3,\"rule\":\"register\",\"sheet\":\"Connections\"}"]}}]
UNWIND $rows AS row
MATCH (a:`Initiative` {iri: row.start})
MATCH (b:`Organisation` {iri: row.end})
MERGE (a)-[r:`DELIVERED_BY` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/person/cate-edwynn", end: "https://w3id.org/partnergraph/id/post/derby/director-of-public-health", key: "holdsPost", props: {key: "holdsPost", relation: "holdsPost", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["Cate Edwynn, Director of Public Health"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":158,\"quote\":\"Cate Edwynn, Director of Public Health\",\"rule\":\"hand\",\"start\":120}"]}}]
UNWIND $rows AS row
MATCH (a:`Person` {iri: row.start})
MATCH (b:`Post` {iri: row.end})
MERGE (a)-[r:`HOLDS_POST` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/org/derby/health-and-wellbeing-board", end: "https://w3id.org/partnergraph/id/strategy/derby/closing-the-gap", key: "leads", props: {key: "leads", relation: "leads", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["the Board leads"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":475,\"quote\":\"the Board leads\",\"rule\":\"hand\",\"start\":460}"]}}]
UNWIND $rows AS row
MATCH (a:`Organisation` {iri: row.start})
MATCH (b:`Strategy` {iri: row.end})
MERGE (a)-[r:`LEADS` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/recommendation/oxford/engage-with-local-universities", end: "https://w3id.org/partnergraph/id/org/oxford/scrutiny-committee", key: "madeBy", props: {key: "madeBy", relation: "madeBy", documents: ["https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt"], quotes: ["Scrutiny Committee"], sources: ["{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":23,\"quote\":\"Scrutiny Committee\",\"rule\":\"hand\",\"start\":5}"]}}]
UNWIND $rows AS row
MATCH (a:`Recommendation` {iri: row.start})
MATCH (b:`Organisation` {iri: row.end})
MERGE (a)-[r:`MADE_BY` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/post/derby/director-of-public-health", end: "https://w3id.org/partnergraph/id/org/derby/health-and-wellbeing-board", key: "memberOf", props: {key: "memberOf", relation: "memberOf", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["members of the Board"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":460,\"quote\":\"members of the Board\",\"rule\":\"hand\",\"start\":440}"]}}]
UNWIND $rows AS row
MATCH (a:`Post` {iri: row.start})
MATCH (b:`Organisation` {iri: row.end})
MERGE (a)-[r:`MEMBER_OF` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/org/derby/health-and-wellbeing-board", end: "https://w3id.org/partnergraph/id/org/derby/partnership", key: "partnerOf", props: {key: "partnerOf", relation: "partnerOf", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["in partnership"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":494,\"quote\":\"in partnership\",\"rule\":\"hand\",\"start\":480}"]}}]
UNWIND $rows AS row
MATCH (a:`Organisation` {iri: row.start})
MATCH (b:`Organisation` {iri: row.end})
MERGE (a)-[r:`PARTNER_OF` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/theme/derby/give-all-young-people-a-good-start-in-life", end: "https://w3id.org/partnergraph/id/strategy/derby/closing-the-gap", key: "partOf", props: {key: "partOf", relation: "partOf", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["Closing the Gap priorities"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":226,\"quote\":\"Closing the Gap priorities\",\"rule\":\"hand\",\"start\":200}"]}}]
UNWIND $rows AS row
MATCH (a:`Theme` {iri: row.start})
MATCH (b:`Strategy` {iri: row.end})
MERGE (a)-[r:`PART_OF` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/org/derby/partnership", end: "https://w3id.org/partnergraph/id/org/derby/derby-city-council", key: "relatedTo:works alongside quoted", props: {key: "relatedTo:works alongside quoted", relation: "relatedTo", relation_label: "works alongside \"quoted\" } {", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["works alongside"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":515,\"quote\":\"works alongside\",\"rule\":\"hand\",\"start\":500}"]}}]
UNWIND $rows AS row
MATCH (a:`Organisation` {iri: row.start})
MATCH (b:`Organisation` {iri: row.end})
MERGE (a)-[r:`RELATED_TO` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/org/derby/partnership", end: "https://w3id.org/partnergraph/id/org/derby/health-and-wellbeing-board", key: "reportsTo", props: {key: "reportsTo", relation: "reportsTo", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["reports to the Board"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":440,\"quote\":\"reports to the Board\",\"rule\":\"hand\",\"start\":420}"]}}]
UNWIND $rows AS row
MATCH (a:`Organisation` {iri: row.start})
MATCH (b:`Organisation` {iri: row.end})
MERGE (a)-[r:`REPORTS_TO` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/response/oxford/response-to-recommendation-1", end: "https://w3id.org/partnergraph/id/org/oxford/city-executive-board", key: "respondedBy", props: {key: "respondedBy", relation: "respondedBy", documents: ["https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt"], quotes: ["City Executive Board"], sources: ["{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":60,\"quote\":\"City Executive Board\",\"rule\":\"hand\",\"start\":40}"]}}]
UNWIND $rows AS row
MATCH (a:`Response` {iri: row.start})
MATCH (b:`Organisation` {iri: row.end})
MERGE (a)-[r:`RESPONDED_BY` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/response/oxford/response-to-recommendation-1", end: "https://w3id.org/partnergraph/id/recommendation/oxford/engage-with-local-universities", key: "respondsTo", props: {key: "respondsTo", relation: "respondsTo", documents: ["https://w3id.org/partnergraph/id/document/oxford-scrutiny-txt"], quotes: ["Recommendation 1"], sources: ["{\"confidence\":0.9,\"document\":\"document/oxford-scrutiny-txt\",\"end\":206,\"quote\":\"Recommendation 1\",\"rule\":\"hand\",\"start\":190}"]}}]
UNWIND $rows AS row
MATCH (a:`Response` {iri: row.start})
MATCH (b:`Recommendation` {iri: row.end})
MERGE (a)-[r:`RESPONDS_TO` {key: row.key}]->(b)
SET r = row.props;
:param rows => [{start: "https://w3id.org/partnergraph/id/org/derby/health-and-wellbeing-board", end: "https://w3id.org/partnergraph/id/org/derby/derby-city-council", key: "subOrganisationOf", props: {key: "subOrganisationOf", relation: "subOrganisationOf", documents: ["https://w3id.org/partnergraph/id/document/derby-hwb-2019-01-17-txt"], quotes: ["a committee of the Council"], sources: ["{\"confidence\":0.9,\"document\":\"document/derby-hwb-2019-01-17-txt\",\"end\":426,\"quote\":\"a committee of the Council\",\"rule\":\"hand\",\"start\":400}"]}}]
UNWIND $rows AS row
MATCH (a:`Organisation` {iri: row.start})
MATCH (b:`Organisation` {iri: row.end})
MERGE (a)-[r:`SUB_ORGANISATION_OF` {key: row.key}]->(b)
SET r = row.props;
