"""Extraction rules on papers we wrote in the genres (tests/data/documents), one rule family at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnergraph.loaders.documents import extract, extract_file, parse_date
from partnergraph.loaders.documents.readers import decode_text, join_hanging_lines
from partnergraph.ontology import verdict_for

DATA = Path(__file__).parent / "data" / "documents"
ORG = ("Organisation", "Board", "Partnership")


@pytest.fixture(scope="module")
def papers():
    return {p.stem: extract_file(p) for p in sorted(DATA.iterdir()) if p.suffix in (".txt", ".html")}


def links(x, relation):
    def label(k):
        return x.entities[k].label if k in x.entities else k
    return {(label(l.subject), label(l.object)) for l in x.links if l.relation == relation}


def test_front_matter(papers):
    leeds = papers["leeds-hwb-priorities"].front
    assert (leeds.date, leeds.place, leeds.title) == ("2022-10-14", "Leeds", "Refreshing our Joint Health and "
                                                                            "Wellbeing Strategy")
    x = papers["leeds-hwb-priorities"]
    assert x.entities[leeds.committee].label == "Leeds Health and Wellbeing Board"
    assert [x.entities[a].label for a in leeds.authors][:2] == ["Priya Raman", "Head of Health Partnerships"]
    kent = papers["kent-peer-challenge"]
    assert kent.front.date == "2017-11-09"
    assert kent.entities[kent.front.committee].label == "Health Reform and Public Health Cabinet Committee"
    assert papers["sheffield-hwb-minutes"].front.kind == "minutes"
    assert papers["bristol-cabinet-response"].front.kind == "response"


def test_all_capitals_front_matter_between_stars():
    x = extract("COMMITTEE: OVERVIEW AND SCRUTINY**DATE: 3 MARCH 2015**SUBJECT: OBESITY IN SWINDON"
                "**REPORT BY: HEAD OF PUBLIC HEALTH**CONTACT OFFICER: JANE DOE**WARDS AFFECTED: ALL\n\n"
                "Swindon Borough Council and the Swindon Clinical Commissioning Group agreed the plan.\n")
    assert x.front.date == "2015-03-03" and x.front.title == "Obesity in Swindon" and x.front.wards == "ALL"
    assert x.entities[x.front.committee].label == "Overview and Scrutiny Committee"
    assert {"Jane Doe", "Head of Public Health"} <= {x.entities[a].label for a in x.front.authors}
    assert x.front.place == "Swindon"


@pytest.mark.parametrize("text,iso", [("17th January 2019", "2019-01-17"), ("5 April 2018", "2018-04-05"),
                                      ("24 SEPTEMBER 2008", "2008-09-24"), ("13/04/2018", "2018-04-13"),
                                      ("1 Sept 2020", "2020-09-01"), ("31 February 2020", None)])
def test_dates(text, iso):
    assert parse_date(text) == iso


def test_bodies_kinds_and_national_bodies(papers):
    kent = papers["kent-peer-challenge"]
    orgs = {e.label: e for e in kent.of_type(*ORG)}
    assert {"Kent County Council", "Local Government Association", "Kent Police", "Kent Fire and Rescue Service",
            "University of Kent", "Kent Health Inequalities Steering Group",
            "Kent and Medway Sustainability and Transformation Partnership"} <= set(orgs)
    assert orgs["Kent County Council"].attributes["kind"] == "council"
    assert orgs["Kent Health and Wellbeing Board"].type == "Board"
    assert orgs["Kent Health Inequalities Steering Group"].type == "Partnership"
    assert "LGA" in orgs["Local Government Association"].aliases
    assert not orgs["Local Government Association"].scoped  # a national body is nobody's place's
    sheffield = {e.label for e in papers["sheffield-hwb-minutes"].of_type(*ORG)}
    # Two bodies joined by "and" stay two bodies.
    assert {"Sheffield Citizens Advice", "South Yorkshire Police", "Healthwatch Sheffield"} <= sheffield


def test_acronyms_become_aliases_and_later_mentions():
    x = extract("The Joint Strategic Needs Assessment (JSNA) was refreshed. The Bolton Health and Wellbeing "
                "Board (HWB) agreed it. The HWB will review the JSNA in May. The Board thanked officers.\n")
    hwb = next(e for e in x.of_type("Board"))
    assert "HWB" in hwb.aliases and len(hwb.evidence) >= 3
    jsna = next(e for e in x.of_type("Strategy"))
    assert "JSNA" in jsna.aliases and {ev.rule for ev in jsna.evidence} >= {"acronym"} and len(jsna.evidence) >= 2


def test_short_forms_merge_into_the_full_name():
    x = extract("The Walsall Healthy Communities Steering Group met. The Steering Group agreed a plan. "
                "Walsall Council chairs the Healthy Communities Steering Group.\n")
    groups = [e for e in x.of_type("Partnership")]
    assert len(groups) == 1 and groups[0].label == "Walsall Healthy Communities Steering Group"


def test_people_posts_and_attendance(papers):
    x = papers["sheffield-hwb-minutes"]
    assert {"Councillor Ann Whitfield", "Dr Tom Okafor", "Greg Hill", "Janet Lowe", "Amir Khan",
            "Councillor Lee Barnes"} <= set(x.labels("Person"))
    assert ("Councillor Ann Whitfield", "Sheffield Health and Wellbeing Board") in links(x, "chairs")
    assert ("Greg Hill", "Director of Public Health") in links(x, "holdsPost")
    assert ("Chief Executive", "Sheffield Teaching Hospitals NHS Foundation Trust") in links(x, "postIn")
    assert ("Amir Khan", "Sheffield Health and Wellbeing Board") in links(x, "memberOf")


def test_posts_head_first_and_split_at_and():
    x = extract("Report sponsor: Ana Silva, Strategic Director for People and Place and Deputy Chief Executive "
                "and Joe Bloggs, Director of Public Health\n")
    assert ["Ana Silva", "Joe Bloggs"] == x.labels("Person")
    assert {"Strategic Director for People and Place", "Deputy Chief Executive",
            "Director of Public Health"} == set(x.labels("Post"))
    assert {("Ana Silva", "Strategic Director for People and Place"),
            ("Joe Bloggs", "Director of Public Health")} <= links(x, "holdsPost")


def test_themes_from_lists(papers):
    leeds = papers["leeds-hwb-priorities"]
    assert leeds.labels("Theme") == ["A child-friendly city where every baby gets the best start",
                                     "Good jobs and fair pay for everyone", "Warm, safe and affordable homes",
                                     "Strong communities where people can age well"]
    assert [e.attributes["number"] for e in leeds.of_type("Theme")] == ["a", "b", "c", "d"]
    kent = papers["kent-peer-challenge"]
    assert kent.labels("Theme") == ["Prevention at scale", "Tackling health inequalities in coastal towns",
                                    "A confident and skilled public health workforce"]


def test_a_list_that_is_not_themes_is_left_alone():
    x = extract("The pack included:\n- Slides on the data\n- A glossary\n\nOur conclusions are below:\n"
                "- Partners work well together.\n- Data is shared.\n")
    assert x.labels("Theme") == []


def test_prose_priorities():
    x = extract("Tackling loneliness (in all age groups) is a priority for the Partnership. The group named "
                "digital inclusion as one of its five priorities.\n")
    assert {"Tackling loneliness", "Digital inclusion"} <= set(x.labels("Theme"))


def test_response_table_verdicts_comments_and_parties(papers):
    x = papers["bristol-cabinet-response"]
    recs = {e.attributes["number"]: e for e in x.of_type("Recommendation")}
    assert sorted(recs) == ["1", "2", "3", "4"]
    verdicts = {}
    for l in x.links:
        if l.relation == "respondsTo":
            verdicts[x.entities[l.object].attributes["number"]] = x.entities[l.subject]
    assert {n: r.attributes["verdict"] for n, r in verdicts.items()} == {
        "1": "accepted", "2": "partially-accepted", "3": "rejected", "4": "noted"}
    assert verdicts["3"].attributes["comment"].startswith("The cost cannot be met")
    assert verdicts["1"].attributes["date"] == "2021-04-20"
    assert recs["1"].attributes["date"] == "2021-03-12"
    assert {("That the Council should publish a child poverty strategy jointly with the Integrated Care Board and "
             "the One City Partnership", "People Scrutiny Commission")} <= links(x, "madeBy")
    assert all(o == "Cabinet" for s, o in links(x, "respondedBy"))


def test_prose_recommendations_and_responses():
    x = extract("Cabinet response to the recommendations of the Health Scrutiny Panel\n\n"
                "Recommendation 1: That the Council reviews the stop smoking service.\n"
                "Response: Agreed. A review will start in April.\n\n"
                "Recommendation 2: That the Council doubles the budget.\n"
                "Cabinet response: Not agreed - the budget is fixed.\n")
    by_number = {}
    for l in x.links:
        if l.relation == "respondsTo":
            by_number[x.entities[l.object].attributes["number"]] = x.entities[l.subject].attributes["verdict"]
    assert by_number == {"1": "accepted", "2": "rejected"}


@pytest.mark.parametrize("wording,verdict", [("Yes", "accepted"), ("Partially", "partially-accepted"),
                                             ("Not agreed", "rejected"), ("Noted", "noted"),
                                             ("Agreed in part", "partially-accepted"), ("Deferred", "deferred")])
def test_verdicts_come_from_the_ontology_scheme(wording, verdict):
    assert verdict_for(wording).id == verdict
    x = extract(f"Recommendation\n\tAgree?\n\tComment\n\n\t1. That the Board acts.\n\t{wording}\n\tBecause.\n")
    assert [e.attributes["verdict"] for e in x.of_type("Response")] == [verdict]


def test_resolved_clauses_and_actions(papers):
    x = papers["sheffield-hwb-minutes"]
    resolved = [e for e in x.of_type("Recommendation") if e.attributes.get("status") == "resolved"]
    assert [e.attributes.get("number") for e in resolved] == ["a", "b", None]
    assert all(("Sheffield Health and Wellbeing Board") == o for s, o in links(x, "madeBy")
               if s in {e.label for e in resolved})
    owned = links(x, "ownedBy")
    assert ("circulate the pilot evaluation to Board members", "Head of Policy and Performance") in owned
    assert any(o == "Dr Tom Okafor" for s, o in owned)


def test_action_line_takes_the_sentence_before():
    x = extract("4.2 The Board asked for a costed plan. Officers will bring options to the next meeting.\n\n"
                "Action: The Director of Public Health\n")
    (action,) = x.of_type("Action")
    assert action.label == "Officers will bring options to the next meeting"
    assert action.attributes["number"] == "4.2"
    assert links(x, "ownedBy") == {(action.label, "Director of Public Health")}


def test_indicators_and_targets(papers):
    leeds = papers["leeds-hwb-priorities"]
    ind = {e.label: e for e in leeds.of_type("Indicator")}
    assert ind["Healthy life expectancy"].attributes["target"] == "reduce the gap in healthy life expectancy by " \
                                                                   "10% by 2030"
    assert {"Childhood obesity", "Smoking prevalence"} <= set(ind)


def test_strategies_and_initiatives(papers):
    leeds = papers["leeds-hwb-priorities"]
    assert {"Joint Strategic Needs Assessment", "Leeds Food Strategy"} <= set(leeds.labels("Strategy"))
    assert "Active Leeds Programme" in leeds.labels("Initiative")  # a programme of work
    bristol = papers["bristol-cabinet-response"]
    assert {"Healthy Start Breakfast Pilot", "Household Support Fund"} <= set(bristol.labels("Initiative"))
    x = extract("The Council set aside £2.5m funding for community food projects which opened in May. The "
                "Ashfield Healthy New Town and the Move More Toolkit were launched.\n")
    assert {"£2.5m funding for community food projects", "Ashfield Healthy New Town",
            "Move More Toolkit"} <= set(x.labels("Initiative"))


def test_relations(papers):
    leeds = papers["leeds-hwb-priorities"]
    assert ("Leeds Health and Care Partnership Executive Group", "Leeds Health and Wellbeing Board") in links(
        leeds, "reportsTo")
    x = extract("An Implementation Group was set up under the leadership of the Bolton CCG. This group "
                "includes Bolton Council's Public Health Team and Councillor Ann Lee.\n")
    assert ("CCG", "Implementation Group") in {(s.split()[-1], o) for s, o in links(x, "leads")}
    assert {("Public Health Team", "Implementation Group"), ("Councillor Ann Lee", "Implementation Group")} <= \
        links(x, "memberOf")
    assert ("Public Health Team", "Bolton Council") in links(x, "subOrganisationOf")
    kent = papers["kent-peer-challenge"]
    assert {("Agree a single set of shared priorities across the Kent Health and Wellbeing Board and the district "
             "councils", "Local Government Association")} <= links(kent, "madeBy")


def test_every_fact_carries_its_evidence(papers):
    for name, x in papers.items():
        for ent in x.entities.values():
            assert ent.evidence, (name, ent.label)
            for ev in ent.evidence:
                assert 0 <= ev.start <= ev.end <= len(x.text) and ev.quote and ev.rule
        for l in x.links:
            assert 0 <= l.evidence.start <= l.evidence.end <= len(x.text) and l.evidence.rule


def test_renamed_paper_extracts_the_same_shape(papers):
    """The rules read layout and the shape of names, not names we know: rename everything, get the same."""
    original = (DATA / "sheffield-hwb-minutes.txt").read_text(encoding="utf-8")
    pairs = [("Sheffield", "Rotherham"), ("SHEFFIELD", "ROTHERHAM"), ("Ann Whitfield", "Bea Oduya"), ("Tom Okafor", "Li Wei"),
             ("Greg Hill", "Rhys Evans"), ("Janet Lowe", "Maria Costa"), ("Amir Khan", "Ewan Grant"),
             ("Tackling Poverty Partnership", "Fair Incomes Partnership"), ("Money Advice Pilot", "Cash First Pilot"),
             ("South Yorkshire Police", "Northern Constabulary")]
    renamed = original
    for old, new in pairs:
        renamed = renamed.replace(old, new)
    a, b = papers["sheffield-hwb-minutes"], extract(renamed)
    for t in ORG + ("Person", "Post", "Strategy", "Initiative", "Recommendation", "Action"):
        assert len(a.of_type(t)) == len(b.of_type(t)), t
    labels = {e.label for e in b.entities.values()}
    assert {"Councillor Bea Oduya", "Dr Li Wei", "Fair Incomes Partnership", "Cash First Pilot",
            "Northern Constabulary", "Rotherham Health and Wellbeing Board"} <= labels
    assert b.front.place == "Rotherham"


def test_numbered_priority_headings_and_chair_posts(papers):
    x = papers["calderdale-hwb-strategy"]
    # (the subjects a priority's description names are themes too, without a number)
    themes = {e.attributes["number"]: e.label for e in x.of_type("Theme") if "number" in e.attributes}
    assert themes == {"1": "Giving every child a healthy start", "2": "Reducing poverty and its effects on health",
                      "3": "Good mental health for all ages", "4": "Healthy places and active communities"}
    assert "Chair" in x.labels("Post")  # of the Calderdale Health and Wellbeing Board, which it chairs
    assert ("Chair", "Calderdale Health and Wellbeing Board") in links(x, "chairs")
    assert "Councillor Tim Swift" in x.labels("Person")
    assert ("Calderdale Cares Partnership Board", "Calderdale Health and Wellbeing Board") in links(x, "accountableTo")
    assert ("Calderdale Suicide Prevention Partnership", "Calderdale Health and Wellbeing Board") in links(
        x, "reportsTo")
    assert "Calderdale Joint Health and Wellbeing Strategy 2022-2027" in x.labels("Strategy")
    assert "Children in low income families" in x.labels("Indicator")


def test_minutes_with_plural_councillors_numbered_resolutions_and_prose_responses(papers):
    x = papers["norfolk-scrutiny-minutes"]
    assert {"Councillor Alison Thomas", "Councillor Fran Whymark", "Councillor Brenda Jones",
            "Councillor Emma Spagnola", "Dr Louise Smith", "Mark Burgis"} <= set(x.labels("Person"))
    assert ("Councillor Alison Thomas", "Norfolk Health Overview and Scrutiny Committee") in links(x, "chairs")
    assert "Director of Primary Care" in x.labels("Post")  # the body after the comma is not part of the title
    resolved = [e for e in x.of_type("Recommendation") if e.attributes.get("status") == "resolved"]
    assert [e.attributes["number"] for e in resolved] == ["1", "2", "3"]
    verdicts = {x.entities[l.object].attributes["number"]: x.entities[l.subject].attributes["verdict"]
                for l in x.links if l.relation == "respondsTo"}
    assert verdicts == {"1": "accepted", "2": "partially-accepted"}
    assert all(o == "Cabinet" for s, o in links(x, "respondedBy"))
    assert "Oral health" in x.labels("Theme")


def test_audit_report_with_wrapped_lines_and_a_one_line_per_row_table(papers):
    x = papers["tameside-internal-audit"]
    assert x.front.kind == "audit report" and x.front.place == "Tameside"
    assert x.entities[x.front.committee].type == "Board"  # "Report to: Audit Panel"
    orgs = set(x.labels(*ORG))
    assert {"Greater Manchester Police", "Population Health Team",  # names wrapped across lines
            "Tameside and Glossop Integrated Care NHS Foundation Trust"} <= orgs
    # the findings' headings, and the subject of the programme audited ("the Population Health Programme")
    assert x.labels("Theme") == ["Population health", "Governance and decision making",
                                 "Financial management of the Tameside Wellness Fund",
                                 "Performance reporting against the Marmot indicators, including healthy life "
                                 "expectancy at 65"]
    verdicts = {x.entities[l.object].attributes["number"]: x.entities[l.subject].attributes["verdict"]
                for l in x.links if l.relation == "respondsTo"}
    assert verdicts == {"1": "accepted", "2": "rejected"}
    assert {o for s, o in links(x, "madeBy")} == {"Wendy Poole"}
    assert "Healthy life expectancy at 65" in x.labels("Indicator")


def test_inline_priorities_named_roles_and_prose_recommendations():
    x = extract("The strategy has five priorities: healthy weight, mental wellbeing, smoke-free homes, good jobs "
                "and safe streets.\nSarah Jones (Director of Public Health) presented the report. The Scrutiny "
                "Panel recommended that the Council publishes its Health Inequalities Plan.\n")
    assert x.labels("Theme") == ["Healthy weight", "Mental wellbeing", "Smoke-free homes", "Good jobs", "Safe streets",
                                 "Health inequalities"]  # the subject of the plan the panel asks for
    assert ("Sarah Jones", "Director of Public Health") in links(x, "holdsPost")
    assert ("the Council publishes its Health Inequalities Plan", "Scrutiny Panel") in links(x, "madeBy")


def test_council_names_of_a_place_and_report_of_lines():
    x = extract("City of York Council\nReport of the Director of Public Health\nHealth and Wellbeing Board, "
                "4 July 2023\n\nThe London Borough of Hackney and the North East London Integrated Care System (ICS) "
                "agreed the plan.\n")
    assert {"City of York Council", "London Borough of Hackney", "North East London Integrated Care System"} <= set(
        x.labels(*ORG))
    assert [x.entities[a].label for a in x.front.authors] == ["Director of Public Health"]
    assert x.front.date == "2023-07-04"


def test_kinds_and_sectors_from_telling_words(papers):
    kent = {e.label: e for e in papers["kent-peer-challenge"].of_type(*ORG)}
    assert kent["University of Kent"].attributes["kind"] == "university"
    assert kent["Kent Police"].attributes["sectors"] == ("police-justice",)
    leeds = {e.label: e for e in papers["leeds-hwb-priorities"].of_type(*ORG)}
    assert leeds["Healthwatch Leeds"].attributes["kind"] == "vcse-organisation"
    assert leeds["Leeds Teaching Hospitals NHS Trust"].attributes["sectors"] == ("health",)


def test_a_date_field_without_a_day():
    assert extract("To: Cabinet\nDate: March 2017\n\nThe Bolton Partnership met.\n").front.date == "2017-03"


def test_funded_by():
    x = extract("The Healthy Start Breakfast Pilot will be funded by Bristol City Council from April.\n")
    assert ("Healthy Start Breakfast Pilot", "Bristol City Council") in links(x, "fundedBy")


def test_action_logs_in_tables():
    x = extract("Action log\n\nNo.\tAction\tOwner\tDue\n1\tCirculate the JSNA summary to members\tDirector of "
                "Public Health\tMarch\n2\tInvite Healthwatch Bolton to the next meeting\tJo Bloggs\tApril\n\n"
                "\tAction\n\tOwner\n\n\tWrite to the ICB about dental access\n\tThe Chair\n")
    assert links(x, "ownedBy") == {("Circulate the JSNA summary to members", "Director of Public Health"),
                                   ("Invite Healthwatch Bolton to the next meeting", "Jo Bloggs"),
                                   ("Write to the ICB about dental access", "Chair")}
    assert "Director of Public Health" in x.labels("Post")  # a name stops at the cell's edge


def test_teams_named_in_lower_case():
    x = extract("The work draws on a small corporate policy and partnership team. The whole care team met.\n")
    assert x.labels(*ORG) == ["Corporate policy and partnership team"]


def test_contact_with_email_and_phone():
    x = extract("To: Cabinet\nContact officer: Jane Smith, jane.smith@bolton.gov.uk, 01204 333333\n\n"
                "The Bolton Partnership met.\n")
    assert x.labels("Person") == ["Jane Smith"] and x.front.authors == ["person:jane smith"]


def _word_table(rows) -> str:
    """Rows of cells written as the readers write a Word table: one tab-prefixed line a paragraph, a blank line a
    row."""
    return "".join("".join("\t" + cell.replace("\n", "\n\t") + "\n" for cell in row) + "\n" for row in rows)


def _verdicts(x):
    """Each recommendation's number and the verdict of its response."""
    out = {}
    for l in x.links:
        if l.relation == "respondsTo":
            out[x.entities[l.object].attributes.get("number")] = x.entities[l.subject].attributes["verdict"]
    return out


def test_verdict_column_before_the_recommendation_with_a_symbol_key():
    x = extract("Cabinet response to the Adults Scrutiny Panel\n\n"
                "Key: ✓ accepted; ◑ accepted in part; ✗ not accepted\n\n"
                "Ref\tDecision\tPanel recommendation\tBy when\tLead officer\n"
                "R1\t✓\tCommission a falls prevention service for care home residents.\tJune 2025\tHead of Adult Care\n"
                "R2\t◑\tOpen a second memory clinic in the north of the district.\t2026\tHead of Adult Care\n"
                "R3\t✗\tPublish every care home's inspection rating on the council website.\tN/A\tHead of Adult Care\n")
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted", "3": "rejected"}
    assert ("Head of Adult Care" in {x.entities[l.object].label for l in x.links if l.relation == "ownedBy"})


def test_a_partner_s_verdict_column_in_its_own_words():
    x = extract("Response to the Healthwatch report\n\n"
                "#\tHealthwatch recommendation\tSupported?\tWhat we will do\tOwner\n"
                "1\tTell patients how long they will wait for a first appointment.\tSupported\tWaiting times go online "
                "in May.\tHead of Access\n"
                "2\tOpen the walk-in centre at weekends.\tNot supported\tThere is no funding for weekend staff.\tHead of "
                "Access\n"
                "3\tOffer interpreters at every clinic.\tAlready in place\tAll clinics book interpreters.\tHead of "
                "Access\n"
                "4\tSurvey patients every year.\tSupported in part\tEvery two years, with the GP survey.\tHead of Access\n"
                "5\tInvite Healthwatch to the quality committee.\tUnder review\tThe committee will decide in June.\t"
                "Head of Access\n")
    assert _verdicts(x) == {"1": "accepted", "2": "rejected", "3": "accepted", "4": "partially-accepted",
                            "5": "deferred"}
    assert "Invite Healthwatch" not in x.labels(*ORG)


def test_verdicts_written_as_blocks_with_their_owner():
    x = extract("Report to Cabinet\n\nRESPONSE TO THE RECOMMENDATIONS\n\n"
                "Recommendation 1 — That the council adopts a food strategy for the borough.\n"
                "Portfolio Holder response: Agree in part.\n"
                "Action: A food plan will be drafted with the Food Partnership, without new funding.\n"
                "Officer: Head of Environmental Health\nBy: March 2026\n\n"
                "Recommendation 2 — That free school meals are offered to every primary pupil.\n"
                "Portfolio Holder response: Disagree.\n"
                "Action: None; the cost cannot be met.\nOfficer: Director of Children's Services\nBy: N/A\n")
    assert _verdicts(x) == {"1": "partially-accepted", "2": "rejected"}
    owners = {x.entities[l.object].label for l in x.links if l.relation == "ownedBy"}
    assert "Head of Environmental Health" in owners


def test_management_accepting_a_risk_declines_the_recommendation():
    x = extract("Internal Audit Report\n\nManagement action plan\n\n"
                "Ref\tPriority\tRecommendation\tManagement response\tResponsible officer\tTarget date\n"
                "1\tHigh\tReconcile the grant claim to the ledger every quarter.\tAgreed\tFinance Manager\t31 May 2025\n"
                "2\tLow\tRefresh the contract risk register twice a year.\tRisk accepted\tFinance Manager\tN/A\n")
    assert _verdicts(x) == {"1": "accepted", "2": "rejected"}


def test_decision_clauses_on_one_line():
    x = extract("Minutes\n\nHWB 12/25 Oral health plan\n\nAGREED: (i) that the plan be endorsed; (ii) that a progress "
                "report comes back in March; and (iii) that the Chair writes to the ICB about fluoridation.\n")
    assert sorted(e.attributes["number"] for e in x.of_type("Recommendation")) == ["i", "ii", "iii"]


@pytest.mark.parametrize("text, expected", [
    ("| Recommendation | Cabinet decision (Accept / Reject / Defer) | Comments |\n|---|---|---|\n"
     "| 1. Fund a warm spaces network in every ward. | Accept | From October. |\n"
     "| 2. Freeze leisure centre prices for over-65s. | Defer | Decided with the budget. |\n",
     {"1": "accepted", "2": "deferred"}),
    ("Recommendation 1 (Accepted): Publish a carers' strategy by April.\nIt will be published in April.\n\n"
     "Recommendation 2 (Partially accepted): Fund respite for every carer.\nFunding covers half of carers.\n",
     {"1": "accepted", "2": "partially-accepted"}),
    ("Recommendation 1: Accepted\nThat the council writes a damp and mould policy for its homes.\n\n"
     "Recommendation 2: Not accepted\nThat every tenant gets a free dehumidifier.\n",
     {"1": "accepted", "2": "rejected"}),
    ("The Cabinet supports recommendation 2 in part, as only one site is available.\n", {"2": "partially-accepted"}),
    ("The Panel recommends that the Cabinet:\n1. Sets up a carers' forum.\n2. Funds a carers' card.\n\n"
     "Cabinet response\n\n• Recommendation 1 – Agreed. The forum meets from May.\n"
     "• Recommendation 2 – Not agreed. There is no budget.\n", {"1": "accepted", "2": "rejected"}),
    ("Recommendation No.\tRecommendation\tStatus (Accepted/Rejected)\tExecutive comment\n"
     "1\tAppoint a tenant champion for each estate.\tAccepted\tA champion is appointed.\n"
     "2\tHold surgeries in every ward each month.\tRejected\tStaff are not available.\n",
     {"1": "accepted", "2": "rejected"}),
])
def test_verdicts_in_headings_sentences_and_choice_columns(text, expected):
    assert _verdicts(extract(text)) == expected


def test_a_response_grid_laid_out_with_spaces_and_wrapped_cells():
    """Older papers (and PDFs read as text) lay tables out with spaces; a cell may wrap onto the next line."""
    x = extract("Cabinet report\n\n5. RESPONSE TO THE RECOMMENDATIONS\n\n"
                "     No.  Recommendation                           Response        Lead officer\n"
                "     1    Review the licensing policy for the      Accepted        Head of Licensing\n"
                "          town centre by next spring.\n"
                "     2    Fund a hospital alcohol nurse for        Partially       Director of Adult\n"
                "          two years (one year agreed).             accepted        Social Services\n"
                "     3    Ban alcohol sales at council events.     Not accepted    Head of Facilities\n\n"
                "Contact: Head of Licensing\n")
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted", "3": "rejected"}
    owners = {x.entities[l.object].label for l in x.links if l.relation == "ownedBy"}
    assert "Head of Licensing" in owners


@pytest.mark.parametrize("answer, verdict", [("Will do", "accepted"), ("Will partly do", "partially-accepted"),
                                             ("Cannot do", "rejected"), ("We will consider this next year", "deferred")])
def test_plain_english_answers_are_verdicts(answer, verdict):
    x = extract("Response to Healthwatch\n\n"
                f"No.\tHealthwatch recommendation\tOur answer\tWho will lead\n"
                f"1\tOffer blood pressure checks in community venues.\t{answer}\tDirector of Public Health\n")
    assert _verdicts(x) == {"1": verdict}


def test_a_kind_of_body_beside_a_name_is_that_body():
    """'NHS Barset, the Primary Care Trust': one body, not two; likewise the Strategic Health Authority."""
    x = extract("Partnership Board report\n\nThe group is chaired by the Chief Executive of NHS Barset, the Primary Care "
                "Trust. NHS Wessex, the Strategic Health Authority, holds the PCT to its targets.\n")
    labels = {e.label for e in x.of_type("Organisation", "Board", "Partnership")}
    assert {"NHS Barset", "NHS Wessex"} <= labels
    assert not labels & {"Primary Care Trust", "Strategic Health Authority"}


def test_attendance_laid_out_in_columns():
    x = extract("Minutes of the shadow Health and Wellbeing Board\n\nPRESENT:\n"
                "Councillor Ann Hale (in the Chair)   Lead Member for Adult Services, Health and Wellbeing\n"
                "Dr Colin Greaves                     Director of Public Health, NHS Barset\n"
                "Marie Kettle                         Chair, Barset LINk\n\n1. MINUTES\n")
    people = {e.label for e in x.of_type("Person")}
    assert {"Marie Kettle", "Dr Colin Greaves"} <= people or {"Marie Kettle", "Colin Greaves"} <= people
    bodies = {e.label for e in x.of_type("Organisation", "Board", "Partnership")}
    assert "NHS Barset" in bodies and "Barset LINk" in bodies
    assert not any("Kettle" in b for b in bodies)


def test_national_indicator_codes_are_indicators():
    x = extract("Local Area Agreement performance\n\n"
                "Indicator                                        Baseline   Target    Status\n"
                "NI 39  Alcohol-harm related hospital admissions  1,958      2,100     Red\n"
                "NI 123 Stopping smoking                          1,012      1,080     Green\n")
    labels = {e.label for e in x.of_type("Indicator")}
    assert {"NI 39", "NI 123"} <= labels


def test_bodies_of_earlier_years_get_their_kind():
    """Kinds that ended in 2013 (Strategic Health Authorities, LINks) are in the scheme, so older papers type them."""
    x = extract("To: Shadow Health and Wellbeing Board\nDate: 3 March 2012\n\n"
                "The Dudley LINk reported to the Board. The Strategic Health Authority wrote in May.\n")
    kinds = {e.label: e.attributes.get("kind") for e in x.entities.values()}
    assert kinds.get("Dudley LINk") == "local-involvement-network"
    assert kinds.get("Strategic Health Authority") == "strategic-health-authority"


@pytest.mark.parametrize("heading, place", [
    ("City of York Council", "York"),
    ("ISLE OF WIGHT COUNCIL", "Isle of Wight"),
    ("Kingston upon Hull City Council", "Kingston upon Hull"),
])
def test_the_council_heading_a_paper_gives_its_place(heading, place):
    assert extract(f"{heading}\n\nReport to Cabinet\nDate: 4 March 2025\n\nThe Cabinet met.\n").front.place == place


def test_a_charity_named_after_its_place_does_not_lengthen_the_place():
    text = ("Report to the Fenwick Health and Wellbeing Board\n\nFenwick Mind runs the crisis cafe. Fenwick Council "
            "funds it and Fenwick Mind reports each quarter. Fenwick Mind also trains staff in Fenwick.\n")
    assert extract(text).front.place == "Fenwick"


def _theme_rules(x) -> dict[str, str]:
    return {e.label: e.evidence[0].rule for e in x.of_type("Theme")}


def test_a_topic_said_once_is_a_theme_with_less_confidence():
    x = extract("Partnership update\n\nThe clinical areas the programme covers include asthma in children. "
                "The council will review its housing offer in the spring.\n")
    rules = _theme_rules(x)
    assert rules.get("Asthma") == "mentioned-topic"
    assert "Housing" not in rules  # a broad word said once in passing
    said_twice = extract("The council will review its housing offer. Housing is the board's first concern.\n")
    assert _theme_rules(said_twice).get("Housing") == "passing-theme"


def test_a_topic_said_as_a_verb_or_only_as_a_measure_is_not_a_theme():
    x = extract("The rate of proven reoffending falls below the London average. The indicators we will use "
                "include smoking prevalence.\n")
    assert not {"Falls", "Smoking"} & set(_theme_rules(x))
    assert "Falls" in _theme_rules(extract("Fewer older people are admitted after falls at home.\n"))


def test_a_topic_a_programme_or_partnership_is_named_for_is_a_theme():
    x = extract("The audit looked at the Integrated Sexual Health Service contract. Partners described the Fenwick "
                "Cost of Living Alliance as a good example. Priya Nair, Consultant in Public Health (Tobacco Control), "
                "led the work. Avon and Fenwick Mental Health Partnership NHS Trust attended. The Local Stop Smoking "
                "Services and Support Grant pays for it; smoking remains the first cause of early death.\n")
    rules = _theme_rules(x)
    assert {"Sexual health", "Cost of living", "Tobacco control", "Smoking"} <= set(rules)
    assert "Mental health" not in rules  # the words of a trust's name say what the body is
    assert "Fenwick Cost of Living Alliance" in x.labels(*ORG)  # "of" inside a subject's name does not cut it


def test_lower_case_initiatives_after_generic_words():
    x = extract("We will pilot a small community grants fund instead. The council will fund two posts. "
                "Every school joins the vaccination programme.\n")
    assert {"Community grants fund", "Vaccination programme"} <= set(x.labels("Initiative"))
    assert not any("will" in label for label in x.labels("Initiative"))


def _recommendations(x) -> list[tuple[str, str]]:
    return sorted((e.attributes.get("number") or "", e.label) for e in x.of_type("Recommendation"))


def test_a_lettered_response_table_gives_one_node_per_recommendation():
    """A row read by its columns and again as a list item ("A. ...") is one recommendation with one response,
    and the numbered section after the table is not another row."""
    x = extract("Decision record\n\n"
                "Recommendation\tDecision\tReason\n"
                "A. Open a second warm space in the town centre.\tApproved\tA library will host it.\n"
                "B. Fund a benefits adviser at each food bank.\tRejected\tThe budget does not allow it.\n\n"
                "6 RATIONALE\n\n6.1 The decisions keep spending within the budget set in February.\n")
    assert _recommendations(x) == [("A", "Open a second warm space in the town centre"),
                                   ("B", "Fund a benefits adviser at each food bank")]
    assert _verdicts(x) == {"A": "accepted", "B": "rejected"}
    assert len(x.of_type("Response")) == 2


def test_lead_in_lines_and_the_next_section_are_not_recommendations():
    x = extract("2.0 Recommendations\n\n"
                "2.1 That the Committee:\n"
                "a. notes the outcome of the inspection;\n"
                "b. agrees to receive a progress report in six months.\n\n"
                "3 Reasons for recommendations\n\n"
                "3.1 Receiving the report is a duty of the Committee under its terms of reference.\n\n"
                "RESOLVED: That the minutes of the meeting held on 3 May 2024 be confirmed as a correct record.\n")
    assert _recommendations(x) == [("a", "notes the outcome of the inspection"),
                                   ("b", "agrees to receive a progress report in six months")]


def _owners(x) -> set[str]:
    return {x.entities[l.object].label for l in x.links if l.relation == "ownedBy"}


def test_recommendation_blocks_with_a_label_line_over_each_value():
    """A web page's response: each recommendation a heading, its text, then "Cabinet position" / its value."""
    x = extract("Scrutiny recommendation 1\n\nEvery GP practice should register people without a fixed address.\n\n"
                "Cabinet position\n\nSupported in principle\n\nResponse\n\nWe will write to every practice.\n\n"
                "Lead officer\n\nDirector of Public Health\n\nTimescale\n\nMarch 2023\n\n"
                "Scrutiny recommendation 2\n\nA day centre should open at weekends.\n\n"
                "Cabinet position\n\nUnder consideration\n\nResponse\n\nA decision follows the budget.\n\n"
                "Lead officer\n\nHead of Housing Options\n\nTimescale\n\nJune 2023\n\n"
                "Background papers\n\nNone.\n")
    assert _recommendations(x) == [("1", "Every GP practice should register people without a fixed address"),
                                   ("2", "A day centre should open at weekends")]
    assert _verdicts(x) == {"1": "accepted", "2": "deferred"}
    assert {"Director of Public Health", "Head of Housing Options"} <= _owners(x)


def test_recommendation_blocks_with_labelled_lines_and_a_boxed_heading():
    x = extract("Recommendation 1\nProvide recliner chairs so that frail patients can rest.\n"
                "Trust response: Four chairs were bought in June and are in\nuse.\nStatus: Complete\n"
                "Recommendation 2\nKeep the lounge open until 10 pm.\nTrust response: We are unable to do this.\n"
                "Status: Not accepted\n6 Next steps\nWe will visit again.\n")
    assert _verdicts(x) == {"1": "accepted", "2": "rejected"}
    responses = {e.attributes["verdict"]: e.attributes.get("comment") for e in x.of_type("Response")}
    assert responses["accepted"] == "Four chairs were bought in June and are in use."
    boxed = extract("  +------------------------------------------+\n"
                    "  | RECOMMENDATION 3                         |\n"
                    "  | That the council publishes a local area  |\n"
                    "  | profile of betting shops.                |\n"
                    "  | Suggested lead: Service Manager          |\n"
                    "  +------------------------------------------+\n")
    assert _recommendations(boxed) == [("3", "That the council publishes a local area profile of betting shops")]
    assert _owners(boxed) == {"Service Manager"}


def test_a_list_announced_earlier_in_its_paragraph_with_wrapped_items():
    x = extract("Key recommendations\n\nWe make the following recommendations. Each should be read alongside the\n"
                "slides we presented on 21 June.\n\n"
                "  1)  Reduce the number of strategy priorities in the\n      2020 refresh to three or four.\n\n"
                "  2)  Agree with the ICS a clear division of labour: what is\n      done at each level.\n")
    assert _recommendations(x) == [("1", "Reduce the number of strategy priorities in the 2020 refresh to three or four"),
                                   ("2", "Agree with the ICS a clear division of labour: what is done at each level")]


def test_visitors_listed_after_a_label_and_short_director_portfolios():
    x = extract("Authorised\nrepresentatives: Mandy Carrow (lead), Derek Poulson, Farhana Iqbal\n\n"
                "The Corporate Director, Adults and Wellbeing, reported on the fund. We thank Kerry Blewitt, "
                "Discharge Lounge Sister, for her welcome.\n")
    assert {"Mandy Carrow", "Derek Poulson", "Farhana Iqbal", "Kerry Blewitt"} <= set(x.labels("Person"))
    assert {"Corporate Director, Adults and Wellbeing", "Discharge Lounge Sister"} <= set(x.labels("Post"))
    assert "Director, Housing" not in " ".join(extract("The Director, Housing and Council staff met.\n").labels("Post"))


def test_names_wrapped_in_a_hanging_indent_are_read_whole(tmp_path):
    paper = tmp_path / "review.txt"
    paper.write_text("3.   Staff told the Committee that they would not know what to say. Making Every Contact\n"
                     "     Count training does not yet cover gambling harm, so the Council should add it.\n\n"
                     "Present:\n   Councillor Ann Jones (Chair)\n   Councillor Raj Patel\n", encoding="utf-8")
    x = extract_file(paper)
    assert "Making Every Contact Count" in " ".join(x.labels("Initiative"))
    assert {"Councillor Ann Jones", "Councillor Raj Patel"} <= set(x.labels("Person"))  # short lines stay lines


def test_a_kind_acronym_in_place_of_its_words_is_the_same_body():
    x = extract("Gillian Maddox, Accountable Officer, NHS Oakshire Clinical Commissioning Group, attended. "
                "The Accountable Officer, NHS Oakshire CCG, introduced the report.\n")
    bodies = [e for e in x.of_type(*ORG) if "Oakshire" in e.label]
    assert [(e.label, "NHS Oakshire CCG" in e.aliases) for e in bodies] == [
        ("NHS Oakshire Clinical Commissioning Group", True)]
    cvs = extract("Evidence came from Dudley Council for Voluntary Service (DCVS) and the Albion Foundation. The "
                  "sessions are run by Dudley CVS and the Albion Foundation.\n")
    assert [e.label for e in cvs.of_type(*ORG) if "Dudley" in e.label] == ["Dudley Council for Voluntary Service"]


def test_a_cell_wrapped_under_its_column_is_read_with_its_row(tmp_path):
    paper = tmp_path / "review.txt"
    paper.write_text("     Session   Date           Witnesses\n"
                     "     1         23 Sep 2019    Dr Maureen Telfer, Director of Public\n"
                     "                              Health; Dr Sunil Varghese, Consultant Psychiatrist\n", encoding="utf-8")
    x = extract_file(paper)
    assert "Director of Public Health" in x.labels("Post")
    assert x.text.count("\n") == 2  # the wrapped line joined its row


def test_people_in_a_line_of_entries_separated_by_semicolons():
    x = extract("Witnesses heard: Dr Sunil Varghese, Consultant Psychiatrist, NHS Northern Gambling Clinic; "
                "Kath Ridley, Betknowmore UK\n"
                "The bodies: Recovery Connections, a charity; Gateshead Housing Company, the landlord\n")
    assert "Kath Ridley" in x.labels("Person")
    assert not {"Recovery Connections", "Gateshead Housing Company"} & set(x.labels("Person"))


def test_a_council_at_the_end_of_a_web_page_title_gives_the_place_and_cvs_ends_a_name():
    x = extract("Issue - items at meetings - Response to a review | City of Wolverhampton Council\n\n"
                "Evidence came from the Black Country ICB, Black Country Healthcare NHS Foundation Trust, "
                "Wolverhampton Homes and Sefton CVS.\n")
    assert x.front.place == "Wolverhampton"
    assert "Sefton CVS" in x.labels(*ORG)


def test_recommendation_blocks_whose_response_states_its_verdict_in_prose():
    x = extract("Recommendation 1 (improvement - financial sustainability)\n"
                "The Council should report savings to the Executive each quarter.\n\n"
                "    Management response\n"
                "    The Council accepts this recommendation. Responsible officer:\n"
                "    Director of Resources. Due: July 2024.\n\n"
                "Recommendation 2 (improvement - governance)\n"
                "The Council should report contract performance to the Audit Committee.\n\n"
                "    Management response\n"
                "    Meetings restarted in January. The Council does not agree that performance should go to the\n"
                "    Audit Committee; it will go to the Health and Wellbeing Board.\n\n"
                "Recommendation 3 (key)\n"
                "The Council should sell the depot.\n\n"
                "    Management response\n"
                "    The Council does not accept this recommendation.\n")
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted", "3": "rejected"}
    assert "Director of Resources" in _owners(x)


def test_responses_written_as_letters_in_their_own_order():
    x = extract("WHAT WE RECOMMEND\n\n"
                "Recommendation 1 - for the Integrated Care Board\n"
                "Publish a weekly list of practices taking on new NHS patients.\n\n"
                "Recommendation 2 - for the Integrated Care Board and Knowsley Council working together on this\n"
                "Commission more urgent dental sessions in the north of the borough.\n\n"
                "Recommendation 3 - for the Council\nExtend supervised toothbrushing to Year 1.\n\n"
                "RESPONSES\n\n"
                "Your second recommendation we agree with in part. Extra sessions start in Kirkby.\n\n"
                "On your first recommendation: we accept it, and the list goes live in July.\n\n"
                "Recommendation 3\nWe note this recommendation and will report back.\n")
    assert [n for n, _ in _recommendations(x)] == ["1", "2", "3"]
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted", "3": "noted"}


def test_a_resolution_on_bulleted_recommendations_by_their_numbers():
    x = extract("47. Place Plan refresh\n\nThe report asked the Board to:\n\n- approve the refreshed priorities;\n\n"
                "- agree that the plan is reported to the Health and Wellbeing Board; and\n\n"
                "- delegate the final wording to the Place Director.\n\n"
                "Resolved: That recommendations 1 and 2 be approved, and that recommendation 3 be approved with an "
                "amendment, so that the wording is agreed jointly.\n")
    assert [n for n, _ in _recommendations(x) if n] == ["1", "2", "3"]
    assert _verdicts(x) == {"1": "accepted", "2": "accepted", "3": "partially-accepted"}


def test_people_named_before_their_bodies_in_brackets():
    x = extract("The Panel took evidence from Dr Esther Lindqvist (Camden and Islington NHS Foundation Trust), "
                "Marcus Oyelaran (Mind in Camden) and Aisha Rahmani (Young Camden Voices).\n"
                "The Strategy (Refresh) and the Plan (Draft) were noted.\n")
    assert {"Marcus Oyelaran", "Aisha Rahmani"} <= set(x.labels("Person"))
    assert not {"The Strategy", "the Plan"} & set(x.labels("Person"))


def test_a_table_of_what_we_will_do_with_a_lead_column_is_an_action_log():
    x = extract("Priorities for next year\n\n\tPriority\n\tWhat we will do\n\tLead\n\n"
                "\tSmoking in pregnancy\n\tOffer a stop smoking incentive scheme to every pregnant smoker.\n"
                "\tDirector of Public Health\n\n"
                "\tFalls\n\tExtend the falls prevention service to care homes.\n\tDirector of Adult Services\n")
    assert {"Director of Public Health", "Director of Adult Services"} <= _owners(x)


def test_a_list_of_people_one_a_line_is_not_run_together():
    """Each line is a person, even one whose post alone would not say so ("Manager")."""
    x = extract("APPENDIX A - WITNESSES\n\n"
                "Mel Carthew, Strategic Commissioning Manager (Carers), Somerset Council\n"
                "Dr Imran Kellaway, Director of Public Health, Somerset Council\n"
                "Alun Treharne, Head of Patient Flow, Somerset NHS Foundation Trust\n"
                "Kerry Vowles, Manager, Healthwatch Somerset\n")
    assert {"Mel Carthew", "Dr Imran Kellaway", "Alun Treharne", "Kerry Vowles"} <= set(x.labels("Person"))
    assert "Head of Patient Flow" in x.labels("Post")


def test_an_nhs_body_of_two_places_named_with_its_kind_acronym():
    for text, name in (("We wrote to NHS Cheshire and Merseyside ICB about it.\n", "NHS Cheshire and Merseyside ICB"),
                       ("NHS Bath and North East Somerset CCG met.\n", "NHS Bath and North East Somerset CCG")):
        assert extract(text).labels(*ORG) == [name]



def test_a_directors_portfolio_of_public_health_and_housing_and_nhs_standards():
    x = extract("Present\n\n- Martin Sandall (Rotherham Council) - Strategic Director, Adult Care, Housing and "
                "Public Health\n\nIn attendance: Philip Foster (Managing Director, All Together Better).\n\n"
                "Performance against the four-hour standard fell; 61 patients had no criteria to reside.\n")
    assert "Strategic Director, Adult Care, Housing and Public Health" in x.labels("Post")
    assert "Managing Director, All Together Better" not in x.labels("Post")
    assert {"Four-hour standard", "No criteria to reside"} <= {label[:1].upper() + label[1:]
                                                               for label in x.labels("Indicator")}


def test_measures_named_by_a_share_a_proportion_or_a_row_of_figures():
    """Measures in lower case are read from how papers state them: a share of a group that has something, a
    proportion, a number said to rise or fall, and a table row of figures.  Money rows and place rows are not."""
    x = extract("Oral health in Fenwick\n\n"
                "In 2023 31.8 per cent of five-year-olds had visibly obvious tooth decay, against 23.7 per cent in "
                "England. The proportion of mothers smoking at the time of delivery had fallen to 12.5 per cent. "
                "The number of carers' assessments completed fell from 2,410 to 1,985. A number of partners met.\n\n"
                "Indicator                                        2021/22    2023/24    England\n"
                "Carers satisfied with social services (%)          38.0       33.8      36.3\n"
                "Young carers identified by schools                  540        690        -\n\n"
                "Budget line                     2023/24      2024/25\n"
                "Public health grant             £12.3m       £12.8m\n\n"
                "Ward                 Population     Over 65s\n"
                "Fenwick Central          12,410         2,310\n")
    labels = set(x.labels("Indicator"))
    assert {"Five-year-olds had visibly obvious tooth decay", "Proportion of mothers smoking at the time of delivery",
            "Number of carers' assessments completed", "Carers satisfied with social services",
            "Young carers identified by schools"} <= labels
    assert not labels & {"Public health grant", "Fenwick Central", "Number of partners"}
    rules = {e.label: e.evidence[0].rule for e in x.of_type("Indicator")}
    assert rules["Carers satisfied with social services"] == "figures-row"
    assert rules["Five-year-olds had visibly obvious tooth decay"] == "share-of"


def test_bodies_named_without_a_head_word_by_where_they_stand():
    """A body's name need not end in a kind word: it is read from who runs or hosts a service, from a list of
    witnesses that names bodies, and from a person's entry in a list.  A councillor's portfolio is not a body."""
    x = extract("Scrutiny review of gambling harm in Fenwick\n\n"
                "The helpline is run by the charity Help and Care under contract. A crisis cafe is run by Mind in "
                "Fenwick. Counselling is provided by Brighter Futures for Children.\n"
                "Witnesses from Betknowmore UK and Recovery Connections said most people gamble online.\n\n"
                "Session   Date          Witnesses\n"
                "4         16 Dec 2019   Lorraine Shotton, Fenwick Housing Company; Paul Ingleby, Quay Recovery "
                "Solutions\n\n"
                "Cabinet Member: Councillor Evelyn Akoto, Health and Wellbeing\n")
    bodies = set(x.labels(*ORG))
    assert {"Help and Care", "Mind in Fenwick", "Brighter Futures for Children", "Betknowmore UK",
            "Recovery Connections", "Quay Recovery Solutions"} <= bodies
    assert "Recovery Connections" not in x.labels("Person")
    assert "Health and Wellbeing" not in bodies
    member = {(x.entities[l.subject].label, x.entities[l.object].label) for l in x.links if l.relation == "memberOf"}
    assert ("Paul Ingleby", "Quay Recovery Solutions") in member


def test_people_after_from_beside_a_dash_and_behind_a_police_rank():
    """"From Gary Whitcombe, Director ..." opens a letter; a team list may set a post after a dash in a column;
    a police rank is a post, not part of the name."""
    x = extract("Peer challenge team\n\n"
                "Marcus Holloway          - Director of Strategy, NHS Nene Clinical Commissioning Group\n"
                "Imelda Rourke            - Chief Executive, Healthwatch Bristol\n\n"
                "From Gary Whitcombe, Director of Public Health, Fenwick Council\n\n"
                "Apologies: Chief Inspector Sarah Bell (Fenwick Police) and Superintendent Ian Jackson.\n")
    people = set(x.labels("Person"))
    assert {"Marcus Holloway", "Imelda Rourke", "Gary Whitcombe", "Sarah Bell", "Ian Jackson"} <= people
    assert {"Chief Inspector", "Superintendent"} <= set(x.labels("Post"))
    assert "Inspector" not in x.labels("Post")
    held = {(x.entities[l.subject].label, x.entities[l.object].label) for l in x.links if l.relation == "holdsPost"}
    assert {("Marcus Holloway", "Director of Strategy"), ("Sarah Bell", "Chief Inspector")} <= held


def test_an_initiative_is_also_known_by_its_name_without_its_kind():
    x = extract("Report to the Fenwick Health and Wellbeing Board\n\n"
                "Fenwick Fire and Rescue Service carried out 2,300 Safe and Well visits. The Living Well Fenwick "
                "social prescribing service took 900 referrals.\n")
    names = {a for e in x.of_type("Initiative") for a in (e.label, *e.aliases)}
    assert {"Safe and Well", "Living Well Fenwick"} <= names


def test_numbered_that_paragraphs_each_over_a_response_and_a_view():
    """A cabinet response page: each recommendation a numbered "That ..." paragraph, then "Response", a "Lead: ...
    Timescale: ..." line and "Cabinet's view: ..." closing it."""
    x = extract("Appendix A - Cabinet's response to the recommendations of the Task and Finish Group\n\n"
                "1. That the Council and the ICB jointly adopt a falls prevention strategy for Fenwick.\n\n"
                "Response\n\nThe Director of Public Health will lead a group to write the strategy.\n\n"
                "Lead: Director of Public Health.   Timescale: April 2026.\n\nCabinet's view: Agree\n\n"
                "2. That the Council fund a falls response car at £1.1 million a year.\n\n"
                "Response\n\nThere is no funding for this in the medium term financial plan.\n\n"
                "Lead: Head of Prevention and Wellbeing.   Timescale: n/a\n\nCabinet's view: Do not agree\n")
    assert _verdicts(x) == {"1": "accepted", "2": "rejected"}
    assert "Director of Public Health" in _owners(x)


def test_an_nhs_body_of_three_places_and_an_audit_service():
    x = extract("Fenwick Council\nInternal Audit Services\n\nThe pharmacy service commissioned by NHS Shropshire, "
                "Telford and Wrekin (the ICB) was outside the scope of this audit.\n")
    bodies = set(x.labels(*ORG))
    assert {"NHS Shropshire, Telford and Wrekin", "Internal Audit Services"} <= bodies
    assert "NHS Shropshire" not in bodies


def test_attendance_by_post_then_name_and_a_resolution_for_the_items_own_recommendations():
    """Minutes that list members as "Post, Body - Name", group them under "Other Members:" and "Officers:", and
    resolve "That recommendations 1 and 3 be approved" where an earlier item numbered its recommendations too."""
    x = extract("FENWICK HEALTH AND WELLBEING BOARD\n\nMINUTES\n\n10 March 2025\n\nPresent:\n\n"
                "Prescribed Members:\n"
                "    Director of Public Health, Fenwick Borough Council - Dr Craig Blenkinsop\n"
                "    Representative of Healthwatch Fenwick - Stephen Thoburn (Chair)\n\n"
                "Other Members:\n"
                "    Chief Executive, Fenwick Borough Council - Alastair Pringle\n\n"
                "Officers:\n"
                "    Darren Ellerby, Assistant Director, Joint Commissioning Services\n"
                "    Hayley Crossan, Public Health Principal (Mental Health), Fenwick Borough Council\n"
                "    Paula Corkhill, Democratic Services Team, Fenwick Borough Council\n\n"
                "33. Carers Strategy\n\n    The report recommended that the Board:\n"
                "        1. Notes the carers survey.\n        2. Endorses the carers strategy.\n\n"
                "    RESOLVED - That the recommendations be approved.\n\n"
                "34. Better Care Fund Plan\n\n    The report recommended that the Board:\n"
                "        1. Approves the Better Care Fund Plan 2025/26.\n"
                "        2. Approves the transfer of funds to the home improvement agency.\n"
                "        3. Delegates minor amendments to the Director of Adult Services.\n\n"
                "    RESOLVED -\n    (i)   That recommendations 1 and 3 be approved.\n"
                "    (ii)  That recommendation 2 be deferred to June 2025.\n")
    people = set(x.labels("Person"))
    assert {"Dr Craig Blenkinsop", "Stephen Thoburn", "Alastair Pringle", "Hayley Crossan", "Paula Corkhill"} <= people
    assert "Fenwick Borough Council" not in people
    assert "Public Health Principal (Mental Health)" in x.labels("Post")
    verdicts = {}
    for l in x.links:
        if l.relation == "respondsTo":
            rec = x.entities[l.object]
            verdicts[(rec.evidence[0].start > x.text.find("34."), rec.attributes.get("number"))] = \
                x.entities[l.subject].attributes["verdict"]
    assert {k: v for k, v in verdicts.items() if k[0]} == {(True, "1"): "accepted", (True, "2"): "deferred",
                                                          (True, "3"): "accepted"}


def test_recommendations_in_a_table_by_number_rated_later_by_a_colour_key():
    """A Healthwatch report: "No. | Recommendation | To" with no verdict column, then its own rating of each
    response, by colours a key explains; "no response" is no verdict."""
    x = extract("Our recommendations\n\n"
                "   No.  Recommendation                                                 To\n"
                "   ---  -------------------------------------------------------------  --------------------\n"
                "   1    Answer 90% of crisis line calls within three minutes.          Fenwick Care Trust\n"
                "   2    Offer callers a call-back at a time they choose.               Fenwick Care Trust\n"
                "   3    Explain the police policy to the public in plain English.      Fenwick Police\n\n"
                "   KEY TO RATINGS\n"
                "     GREEN   The recommendation is accepted and an action has been committed to.\n"
                "     AMBER   The recommendation is accepted in part.\n"
                "     GREY    No response was received by the date of publication.\n\n"
                "     Rec.   Organisation            Rating\n"
                "     1      Fenwick Care Trust      GREEN\n"
                "     2      Fenwick Care Trust      AMBER\n"
                "     3      Fenwick Police          GREY\n")
    assert sorted(e.attributes.get("number") for e in x.of_type("Recommendation")) == ["1", "2", "3"]
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted"}
    addressed = {x.entities[l.object].label for l in x.links if l.relation == "addressedTo"}
    assert "Fenwick Police" in addressed


def test_a_recommendation_with_lettered_parts_and_its_lead_in_brackets():
    x = extract("5.2  The Committee therefore recommends:\n\n"
                "     1.  That the Director of Public Health leads an immunisation action plan by September 2025.\n"
                "         (Lead: Director of Public Health)\n\n"
                "     2.  That Cabinet asks the Director of Children's Services to:\n"
                "            (a) offer drop-in immunisation clinics at each Family Hub; and\n"
                "            (b) restore face-to-face health visitor reviews.\n"
                "         (Lead: Director of Children's Services; Healthwatch Manager)\n\n"
                "     3.  That the Board receives a report on uptake every six months.\n"
                "         (Lead: Director of Public Health)\n")
    assert sorted(e.attributes.get("number") for e in x.of_type("Recommendation")) == ["1", "2", "3"]
    assert {"Director of Public Health", "Director of Children's Services"} <= _owners(x)


def test_an_nhs_body_named_from_two_places_is_one_body_in_its_long_and_short_forms():
    x = extract("Immunisation is delegated to the NHS North East and North Cumbria Integrated Care Board (NENC ICB).\n"
                "Colin Brass, Pharmaceutical Adviser, NHS North East and North Cumbria ICB (for minute 39)\n"
                "NHS Shropshire, Telford and Wrekin Integrated Care Board also met.\n")
    bodies = set(x.labels(*ORG))
    assert {"NHS North East and North Cumbria Integrated Care Board",
            "NHS Shropshire, Telford and Wrekin Integrated Care Board"} <= bodies
    assert not bodies & {"NHS North East", "North Cumbria Integrated Care Board",
                         "Telford and Wrekin Integrated Care Board"}


def test_a_long_body_name_with_one_word_left_out_is_the_same_body():
    x = extract("Cabinet response to the Falls Prevention Task and Finish Group\n\n"
                "Appendix B - Falls Task and Finish Group final report.\n")
    bodies = x.labels(*ORG)
    assert "Falls Prevention Task and Finish Group" in bodies and "Falls Task and Finish Group" not in bodies


def test_a_service_another_body_provides_or_commissions_is_an_initiative():
    x = extract("Children are vaccinated at school by the School Age Immunisation Service, which Harrogate and District "
                "NHS Foundation Trust provides. The Community Pharmacy Blood Pressure Check Service commissioned by "
                "the ICB was out of scope.\n")
    assert {"School Age Immunisation Service", "Community Pharmacy Blood Pressure Check Service"} <= \
        set(x.labels("Initiative"))
    assert "School Age Immunisation Service" not in x.labels(*ORG)


def test_a_service_named_for_what_it_does_for_residents_is_an_initiative():
    """"Healthy Living Service" and "Home Treatment Team" are what bodies offer; "Fire and Rescue Service" and
    "Young Carers Service" are the bodies themselves."""
    x = extract("Residents were referred to the Ashminster Healthy Living Service, the Crisis Resolution and Home "
                "Treatment Team and the Ashminster Warm Homes Hub. Ashminster Fire and Rescue Service and the "
                "Ashminster Young Carers Service attended.\n")
    offered = {"Ashminster Healthy Living Service", "Crisis Resolution and Home Treatment Team",
               "Ashminster Warm Homes Hub"}
    assert offered <= set(x.labels("Initiative"))
    assert not offered & set(x.labels(*ORG))
    assert {"Ashminster Fire and Rescue Service", "Ashminster Young Carers Service"} <= set(x.labels(*ORG))


def test_an_entry_named_last_after_a_dash_keeps_its_bodys_and_and_a_double_barrelled_name():
    """"Representative of North Tees and Hartlepool NHS Foundation Trust - Neil Atkinson-Reay," is one entry: the
    body's "and" does not split it, and a surname with a capital after its hyphen is a name.  A fire brigade is a
    body."""
    x = extract("FENWICK HEALTH AND WELLBEING BOARD\n\nMINUTES\n\nPresent:\n\nOther Members:\n"
                "    Chief Executive, Fenwick Borough Council - Alastair Pringle\n"
                "    Representative of North Tees and Fenwick NHS Foundation Trust - Neil Atkinson-Reay,\n"
                "        Director of Integrated Community Care\n"
                "    Representative of Cleveland Fire Brigade - Lee Foxton, Station Manager (Prevention)\n")
    people = set(x.labels("Person"))
    assert {"Alastair Pringle", "Neil Atkinson-Reay", "Lee Foxton"} <= people
    assert "Station Manager" not in people
    assert {"North Tees and Fenwick NHS Foundation Trust", "Cleveland Fire Brigade"} <= set(x.labels(*ORG))


def test_a_directors_portfolio_after_a_colon_and_a_chief_financial_officer():
    """Some councils title directors "Director: Health & Wellbeing"; "Financial" (a report's heading word
    elsewhere) does not cut "Chief Financial Officer"."""
    x = extract("Distribution:\nDr Helen Ashbourne, Director of Public Health (Director: Health & Wellbeing)\n"
                "Anthea Clough, Director: Finance & Human Resources (Chief Financial Officer)\n")
    assert {"Director: Health & Wellbeing", "Director: Finance & Human Resources", "Chief Financial Officer"} <= \
        set(x.labels("Post"))
    assert "Human Resources" not in x.labels("Person")


def test_themes_named_in_quotes_before_their_kind_or_in_capitals_after_it():
    x = extract('The Director proposed that the strategy keep the "Start Well, Live Well, Age Well" life-course '
                'themes.\nPartners adopted the “Healthy Places, Healthy People and Healthy Minds” priorities.\n'
                'Its four themes are Starting Well, Living Well, Ageing Well and Mental Wellbeing, with tackling '
                'inequalities running through all four.\n')
    assert {"Start Well", "Live Well", "Age Well", "Healthy Places", "Healthy People", "Healthy Minds",
            "Starting Well", "Living Well", "Ageing Well", "Mental Wellbeing"} <= set(x.labels("Theme"))


def test_witnesses_listed_in_columns_name_then_role():
    """A witness list laid out with spaces, grouped under their sector's heading: where two names are people
    already (an honorific), every name at a line's start before a column gap is one."""
    x = extract("Appendix 1: Witnesses\n\nFenwick Borough Council\n"
                "    Dr Imogen Falkous         Director of Public Health\n"
                "    Karl Wetherell            Public Health Principal (Health Protection)\n"
                "    Rachel Imeson             Director of Children's Services\n"
                "    Cllr Moira Chadwick       Cabinet Member for Health, Leisure and Culture\n")
    assert {"Karl Wetherell", "Rachel Imeson"} <= set(x.labels("Person"))


def test_a_healthwatch_managers_post_a_hospital_department_and_a_trust_name_cut_by_the_line():
    """"Healthwatch Fenwick Manager" is the manager of Healthwatch Fenwick; the Emergency Department is where care
    is given, not a body; a trust's name cut after "University" at a prose line's end is one name."""
    x = extract("HEALTHWATCH FENWICK\n\nThe project in Fenwick was led by Marisa Langthorne, Healthwatch Fenwick "
                "Manager, for Fenwick.\nForty people described attending the Emergency Department at Fenwick Royal "
                "Infirmary in crisis. Half had waited; several said the noise made them feel worse. Fenwick University\n"
                "Teaching Hospitals NHS Trust told us that 1 in 6 attendances spent more than 12 hours there.\n")
    orgs = set(x.labels(*ORG))
    assert {"Healthwatch Fenwick", "Fenwick University Teaching Hospitals NHS Trust"} <= orgs
    assert not {"Emergency Department", "Healthwatch Fenwick Manager", "Fenwick University"} & orgs
    assert "Manager" in x.labels("Post") and "Fenwick Manager" not in x.labels("Post")


def test_paragraphs_numbered_with_their_parts_letter_and_bullets_written_as_arrows_or_o_wrap_as_one_line():
    """"B1.2  ... the Corporate Director" / "      of Housing and Neighbourhoods, Emeka Nwosu," and a ">" or "o"
    bullet whose entry wraps: the wrapped line goes on the one above, so the post, the person and the trust's name
    are whole (the text reader joins them, as it reads a .txt paper)."""
    x = extract(join_hanging_lines(
                "B1.2  The responses were prepared by the Director of Public Health with the Corporate Director\n"
                "      of Housing and Neighbourhoods, Emeka Nwosu, and agreed with the Cabinet Member.\n\n"
                "         >  Lead Nurse, Children's Community Asthma Service, North East London NHS Foundation\n"
                "            Trust (NELFT) - Bernadette Okafor\n\n"
                "   o  The One Fenwick Partnership Board, chaired by the ICB's Place Director for Fenwick,\n"
                "      Jonathan Tarrant, was set up in 2022 and meets monthly.\n"))
    assert {"Emeka Nwosu", "Bernadette Okafor", "Jonathan Tarrant"} <= set(x.labels("Person"))
    assert "Corporate Director of Housing and Neighbourhoods" in x.labels("Post")
    assert "North East London NHS Foundation Trust" in x.labels(*ORG)


def test_posts_a_portfolio_after_a_dash_and_a_body_named_head_first_after_a_post():
    x = extract("Dr Oluwaseun Adebisi, Director of Public Health, London Borough of Sutton, spoke.\n"
                "Alan Fitzsimons, Executive Director - Adult Services, agreed.\n"
                "The Assistant Director - Public Health (Wellbeing) leads.\n"
                "Cllr Sue Woolley, Executive Councillor for Adult Care and Public Health, wrote.\n"
                "(Legal comments: Sofia Lindqvist, Principal Lawyer, Housing and Regulatory.)\n"
                "The data sharing will be signed off by its Caldicott Guardian.\n")
    posts = set(x.labels("Post"))
    assert {"Director of Public Health", "Executive Director - Adult Services", "Principal Lawyer",
            "Assistant Director - Public Health (Wellbeing)", "Caldicott Guardian",
            "Executive Councillor for Adult Care and Public Health"} <= posts
    assert "London Borough of Sutton" in x.labels(*ORG)
    assert "Executive Councillor for Adult Care and Public Health" not in x.labels(*ORG)


def test_attendance_bulleted_name_first_a_trustee_of_the_places_carers_and_a_dated_annual_report():
    x = extract("FENWICK WELLBEING BOARD\n\nPresent:\n"
                "- Councillor Jamie Oduro - Cabinet Member for Children and Young People, Fenwick City Council\n"
                "- Ian Rowntree - Chair, Healthwatch Fenwick\n\n"
                "Councillor Oduro declared an interest in minute 27 as a trustee of Fenwick Carers. He remained.\n\n"
                "RESOLVED - that the Board received the Director of Public Health Annual Report 2025.\n")
    people = set(x.labels("Person"))
    assert {"Councillor Jamie Oduro", "Ian Rowntree"} <= people and "Young People" not in people
    assert "Cabinet Member for Children and Young People" in x.labels("Post")
    assert "Fenwick Carers" in x.labels(*ORG)
    assert "Director of Public Health Annual Report 2025" in x.labels("Strategy")


def test_services_for_an_age_range_or_a_condition_a_business_centre_and_an_nhs_board_of_two_places_spelt_out():
    x = extract("HEALTHWATCH FENWICK\n\nThe Council's 0-19 Public Health Service told us. The Fenwick Stop Smoking "
                "Service and the Children's Community Asthma Service took part. The move from NHS Fenwick Clinical "
                "Commissioning Group to NHS Cheshire and Merseyside Integrated Care Board went well.\n\n"
                "Healthwatch Fenwick, Hillstreet Business Centre, Fenwick TS1 1SU\n")
    assert {"0-19 Public Health Service", "Fenwick Stop Smoking Service", "Children's Community Asthma Service"} <= \
        set(x.labels("Initiative"))
    orgs = set(x.labels(*ORG))
    assert "NHS Cheshire and Merseyside Integrated Care Board" in orgs and "NHS Cheshire" not in orgs
    assert not {"Hillstreet Business Centre", "Public Health Service"} & orgs


def test_bare_healthwatch_is_the_papers_own_where_another_places_is_named():
    x = extract("HALTON HEALTH AND WELLBEING BOARD PEER CHALLENGE\n\nHalton Borough Council asked for the challenge. "
                "Healthwatch Halton and Halton's partners met the team, which included the Chief Executive of "
                "Healthwatch Wigan. Healthwatch said the Board listens. Halton people took part.\n")
    assert "Healthwatch" not in x.labels(*ORG)
    assert {"Healthwatch Halton", "Healthwatch Wigan"} <= set(x.labels(*ORG))


def test_a_strategy_titled_before_a_colon_rows_of_measures_in_years_and_a_strategy_for_a_place_and_year():
    x = extract("FENWICK COUNTY COUNCIL\n\n1.3 The grant is tied to the national drug strategy, From Harm to Hope: A "
                "10-year drugs plan to cut crime and save lives. This replaces the Joint Health and Wellbeing "
                "Strategy for Fenwick 2018. Fenwick is large and Fenwick is rural.\n\n"
                "\tIndicator\n\tBaseline\n\tBaseline year\n\tTarget 2030\n\n"
                "\tYear 6 children living with obesity\n\t23.4%\n\t2023/24\n\t21.0%\n\n"
                "\tGap in life expectancy, most to least deprived decile (male)\n\t9.1 years\n\t9.7 years\n\t2020-22\n")
    assert {"From Harm to Hope", "Joint Health and Wellbeing Strategy for Fenwick 2018"} <= set(x.labels("Strategy"))
    measures = " | ".join(x.labels("Indicator"))
    assert "Year 6 children living with obesity" in measures and "Gap in life expectancy" in measures


def test_topics_and_services_papers_name_in_lower_case():
    """Words of the genre the lexicon knows: an engagement report's topics, housing and health, neurodiversity, and
    services named in lower case.  A word as broad as "interpreting" counts when the paper says it twice."""
    x = extract("Women seeking asylum told us that interpreting was poor, even at birth, where interpreting matters "
                "most, and that cultural safety training was patchy. "
                "Families in overcrowding and cold homes in the private rented sector were referred. Adults waiting "
                "for an ADHD assessment asked about neurodiversity support. The Trust will use the shared care "
                "record and offer peer mentoring, and every practice keeps a carers register.\n")
    themes = " | ".join(x.labels("Theme")).lower()
    assert all(t in themes for t in ("interpreting", "cultural safety", "overcrowding", "cold homes", "adhd",
                                     "neurodiversity"))
    initiatives = " | ".join(x.labels("Initiative")).lower()
    assert all(t in initiatives for t in ("shared care record", "peer mentoring", "carers register"))


def test_bodies_listed_after_saying_what_they_are():
    x = extract("We worked with three community groups who helped us design the questions, translate them and "
                "run sessions: North Ormesby Mothers' Circle, Teesside Refugee Welcome and Hope Women's Centre.\n"
                "Our partners include: Sam Lee, the Council and Fenwick.\n")
    orgs = set(x.labels(*ORG))
    assert {"North Ormesby Mothers' Circle", "Teesside Refugee Welcome", "Hope Women's Centre"} <= orgs
    assert not {"Sam Lee", "Fenwick"} & orgs


def test_a_team_named_after_a_bodys_own_and_at_a_sentences_start():
    x = extract("Checks delivered by the Council's own Healthy Lifestyles team in community venues. The public health "
                "intelligence team will build the dashboard.\n")
    assert {"Healthy Lifestyles team", "Public health intelligence team"} <= set(x.labels(*ORG))


def test_a_scheme_named_in_two_parts_either_side_of_a_colon():
    x = extract("The Council should target its share of the Warm Homes: Local Grant and the Household Support Fund. "
                "Fenwick has been allocated funding from the Warm Homes: Local Grant for 2025-2028.\n")
    assert "Warm Homes: Local Grant" in x.labels("Initiative")
    assert "Warm Homes" not in x.labels(*ORG)


def test_a_saints_town_and_a_council_named_across_a_column_gap_from_its_service():
    x = extract("ST HELENS BOROUGH COUNCIL                                  INTERNAL AUDIT SERVICES\n"
                "Follow-up report ref. FU/24-25/11\n\n1.1 St Helens Borough Council commissions the service. "
                "The Internal Audit Service reviewed it; Internal Audit reported.\n")
    assert x.front.place == "St Helens"


def test_schemes_named_beside_what_they_are():
    """Invented names beside a kind of initiative: an apposition either way round, possessives and places in the
    kind, a verb before the name, and lower-case words between a name and its kind."""
    x = extract("Quitline Plus, the Fenwick Valley programme that supports pregnant smokers, now runs in every clinic. "
                "2. Promote Mind2Move, the county's NHS talking therapies service, to older men.\n"
                "We will publish waits for the Council's perpetrator programme, Fresh Path. The Trust will extend "
                "the QUIT tobacco dependence service to every ward, and the Fenwick Active leisure offer stays free.\n"
                "The Vision 2030 integration programme ends in March.\n")
    initiatives = set(x.labels("Initiative"))
    assert {"Quitline Plus", "Mind2Move", "Fresh Path", "QUIT", "Fenwick Active"} <= initiatives
    assert "Vision 2030" in x.labels("Strategy") and "Vision 2030" not in initiatives
    assert not {n for n in initiatives if n.startswith(("Promote", "The "))}


def test_a_service_named_for_its_provider_stays_a_body():
    """A service's name that the paper also gives as a body, or that joins two bodies, is its provider."""
    x = extract("Staff of Open Door Recovery met us. Open Door Recovery, the city's drug and alcohol service, is "
                "busy. Tulip Ministry and Open Door Recovery, the city's drug and alcohol service, met us.\n")
    assert "Open Door Recovery" not in x.labels("Initiative")
    assert not {n for n in x.labels("Initiative") if " and " in n}


def test_a_lead_partners_column_owns_each_row():
    """An action table whose columns are "Rec | What | Lead partner(s) | By", several bodies to a cell."""
    x = extract("Summary of recommendations\n"
                "Rec\tWhat\tLead partner(s)\tBy\n"
                "2.1\tSupported internships for every young person who wants one\tFenwick Council; Fenwick College\t"
                "September 2026\n"
                "3.1\tA charter for large employers\tFenwick Partnership Board\tMarch 2027\n")
    assert {"Fenwick Council", "Fenwick College", "Fenwick Partnership Board"} <= _owners(x)


def test_a_portfolio_after_a_comma_and_a_name_in_brackets_after_the_body():
    x = extract("Lead: Lead Commissioner, Older People (Fenwick County Council) (Martin Beddoes)\n"
                "Lead: Assistant Director, Commissioning, NHS Fenwick Integrated Care Board (Imogen Stroud)\n"
                "Present: Ian Rowntree, Group Manager, Prevention and Education; the Clinical Director, CAMHS; the "
                "Clinical Director, Fenwick GP Alliance; and the Director of Public Health (Dr Sunita Rao).\n")
    posts = set(x.labels("Post"))
    assert {"Lead Commissioner, Older People", "Group Manager, Prevention and Education",
            "Clinical Director, CAMHS", "Director of Public Health"} <= posts
    assert "Clinical Director, Fenwick GP Alliance" not in posts
    assert {"Martin Beddoes", "Imogen Stroud", "Dr Sunita Rao"} <= set(x.labels("Person"))
    assert "Older People" not in x.labels("Person")


def test_a_lead_line_closing_a_numbered_block_owns_its_heading():
    x = extract("5.2  R4 - Dementia navigators (GREEN)\n"
                "     The provider will add a monthly outreach session in two market towns.\n"
                "     Lead: Lead Commissioner, Older People (Fenwick County Council) (Martin Beddoes)\n\n"
                "5.3  Action: Extend the scheme to special schools\n"
                "     Lead: Director of Public Health\n\n"
                "Some text with no number.\n"
                "Lead: Director of Public Health\n")
    owned = {(x.entities[l.subject].label, x.entities[l.object].label) for l in x.links if l.relation == "ownedBy"}
    assert ("Dementia navigators", "Lead Commissioner, Older People") in owned
    assert not any(a.startswith("Some text") for a, _ in owned)
    assert not any(a.startswith("5.3") or a.startswith("Action") for a, _ in owned)


def test_the_rules_a_council_governs_itself_by_are_plans():
    x = extract("The contract was let under the Council's Contract Procedure Rules, and spending over £500 is "
                "published as the Local Government Transparency Code requires.\n")
    assert {"Contract Procedure Rules", "Local Government Transparency Code"} <= set(x.labels("Strategy"))


def test_topics_said_with_a_curly_apostrophe_or_in_capitals():
    x = extract("We looked at children’s homes, at young people who are NEET and at waits in A&E. Young people "
                "who are NEET were the Board's concern.\n")
    themes = set(x.labels("Theme"))
    assert "Children's homes" in themes
    assert {"NEET", "A&E"} <= themes
    assert not {"Neet", "A&e"} & themes


def test_the_nhs_as_a_whole_is_not_a_body_and_a_listed_name_ends_on_a_word():
    """"The NHS" is the health service, not a body careful readers list; NHS bodies named by area still are."""
    x = extract("The NHS faces pressure. NHS Fenwick ICB agreed, and the Ministry of Housing, Communities and Local "
                "Government (MHCLG) wrote. The Suicide Bereavement Support Service opened.\n")
    orgs = set(x.labels(*ORG))
    assert "NHS" not in orgs and "NHS Fenwick ICB" in orgs
    assert "Ministry of Housing, Communities and Local Government" in orgs
    assert "Suicide Bereavement Support Service" in x.labels("Initiative")


def test_an_nhs_body_with_its_officer_in_brackets_and_a_heading_that_asks_for_a_committee():
    x = extract("Recommendations Requiring the Committee's Attention\n\nLead: Head of Commissioning, NHS Fenwick and "
                "Marley ICB (Alison Thornhill)\n\nThe Transfer of Care Hub opened in October.\n")
    orgs = set(x.labels(*ORG))
    assert "NHS Fenwick and Marley ICB" in orgs and "NHS Fenwick" not in orgs
    assert not any("Requiring" in o for o in orgs)
    assert "Transfer of Care Hub" in x.labels("Initiative")


def test_a_recommendation_for_named_bodies_is_addressed_to_each():
    x = extract("Our recommendations and what services said\n\nRecommendation 1\nFor: NHS Fenwick ICB and Marley "
                "City Council\nPublish a weekly list of pharmacy closures on the NHS website.\nOur view: Accepted.\n\n"
                "Recommendation 2\nFor: Marley City Council\nFund a rota so that one pharmacy opens late every night.\n"
                "Our view: Not accepted.\n")
    recs = {r.attributes["number"]: r for r in x.of_type("Recommendation")}
    assert recs["1"].label.startswith("Publish a weekly list")
    addressed = {(x.entities[l.subject].attributes["number"], x.entities[l.object].label)
                 for l in x.links if l.relation == "addressedTo"}
    assert addressed == {("1", "NHS Fenwick ICB"), ("1", "Marley City Council"), ("2", "Marley City Council")}


def test_a_topic_in_a_heading_set_in_capitals_keeps_only_its_acronyms():
    x = extract("Report of the Panel\n\nNHS DENTISTRY\n\nPeople told us that getting an NHS dentist was hard.\n\n"
                "ACCESS TO GP APPOINTMENTS\n\nThree in ten waited over two weeks to see a GP.\n")
    themes = set(x.labels("Theme"))
    assert {"NHS dentistry", "Access to GP appointments"} <= themes
    assert not {"Nhs dentistry", "Access to gp appointments", "ACCESS TO GP APPOINTMENTS"} & themes


def test_the_council_that_titles_a_web_page_gives_the_place():
    text = ("Joint health and wellbeing strategy 2025 to 2030 - Fenwick Vale and Marley Council\n\n"
            "Agreed by the Health and Wellbeing Board. Most people in Fenwick live long lives; Marley's do not.\n")
    assert extract(text).front.place == "Fenwick Vale and Marley"
    assert extract(text.replace(" - Fenwick Vale and Marley Council", "")).front.place != "Fenwick Vale and Marley"


def test_a_response_letter_answers_each_recommendation_under_its_verdict_and_names_who_will_lead():
    """A Cabinet Member's letter answering a review's table of recommendations, one heading a recommendation with
    the verdict in brackets, the lead named in the paragraph's sentences."""
    x = extract("Recommendations of the review\n\n\tNo.\n\tRecommendation\n\tDirected to\n\n\t1\n\tIncrease test "
                "purchasing of vapes near schools.\n\tCabinet\n\n\t2\n\tFund a stop-vaping offer in every secondary "
                "school.\n\tCabinet\n\n\t3\n\tEnd vape advertising on council land.\n\tCabinet\n\n"
                "Dear Dominic,\n\nRecommendation 1 (Accepted)\nWe will increase test purchasing to 200 visits a year. "
                "Gavin Moxley, Head of Trading Standards, will lead.\nRecommendation 2 (Partially accepted)\nWe will "
                "run a pilot in twelve schools first. The Director of Public Health will lead the pilot.\n"
                "Recommendation 3 (Not accepted)\nThe shelters are let under a contract that runs until 2028.\n")
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted", "3": "rejected"}
    assert len(x.of_type("Recommendation")) == 3  # the letter's paragraphs answer them; they are not three more
    assert {"Head of Trading Standards", "Director of Public Health"} <= {o for _, o in links(x, "ownedBy")}


def test_places_named_for_an_old_division_of_a_county():
    x = extract("Dr Tariq Lee, Director of Public Health, East Riding of Yorkshire Council, spoke. Healthwatch East "
                "Riding of Yorkshire and East Riding Voluntary Action Services ran the survey. Ann Cole, Director of "
                "Public Health, London Borough of Sutton, joined. It replaces the Joint Health and Wellbeing Strategy "
                "2019 to 2024.\n")
    orgs = set(x.labels(*ORG))
    assert {"Healthwatch East Riding of Yorkshire", "East Riding Voluntary Action", "London Borough of Sutton"} <= orgs
    assert "Director of Public Health" in x.labels("Post")
    assert not any(p.startswith("Director of Public Health,") for p in x.labels("Post"))
    assert "Joint Health and Wellbeing Strategy 2019 to 2024" in x.labels("Strategy")


def test_a_place_named_as_a_pair():
    text = ("Where we live: housing and health in Barking and Dagenham\n\nThis report is for the London Borough of "
            "Barking and Dagenham and its partners. The Barking and Dagenham Partnership and Barking and Dagenham "
            "Council will act on it. Homes in Barking and Dagenham are crowded.\n")
    assert extract(text).front.place == "Barking and Dagenham"


def test_the_body_after_a_persons_post_is_who_they_work_for():
    x = extract("Trafford Health and Wellbeing Board\n\nPresent:\n"
                "Tony Okoro, Chief Executive, Thrive Fenwick; Denise Fairclough, Corporate Director, Adults and "
                "Wellbeing; Lesley Gladwin, Scrutiny Officer, Democratic Services; Bridget Kowal, Chief Officer, "
                "Forum Central (third sector).\n\n"
                "Fatima Begum, Community Development Worker at Catalyst Marley, described the champions.\n")
    orgs = set(x.labels(*ORG))
    assert {"Thrive Fenwick", "Forum Central", "Catalyst Marley"} <= orgs
    assert not orgs & {"Adults and Wellbeing", "Democratic Services", "Forum Central (third sector)"}
    assert "Thrive Fenwick" not in x.labels("Person")
    assert ("Tony Okoro", "Thrive Fenwick") in links(x, "memberOf")
    assert ("Chief Executive", "Thrive Fenwick") in links(x, "postIn")


def test_an_icb_named_by_its_initials_is_the_icb():
    x = extract("NHS North Central London Integrated Care Board agreed the plan.\n\n"
                "Contact: Paul Chevy, Director of Place (Islington), NCL ICB.\n")
    assert [e.label for e in x.of_type(*ORG)] == ["NHS North Central London Integrated Care Board"]


def test_a_body_the_paper_works_with_is_a_partner():
    x = extract("Fenwick City Council\n\nTreatment is delivered with Change Grow Live. We will work with Active "
                "Fenwick to get people moving, work with Sam Lee on the survey and work with Fenwick Health and "
                "Care NHS Trust.\n")
    orgs = set(x.labels(*ORG))
    assert {"Change Grow Live", "Active Fenwick"} <= orgs
    assert not orgs & {"Sam Lee", "Fenwick Health"}


def test_a_response_table_whose_cells_run_over_several_lines_is_read_by_its_columns():
    rows = [("No.", "Recommendation of the Commission", "Cabinet response", "Lead officer", "Timescale"),
            ("1", "That the Council carries out a health needs assessment of households in temporary accommodation.",
             "Agreed.\nThe assessment will be led by Public Health.", "Director of Public Health", "October 2026"),
            ("2", "That every household is supported to register with a GP within four weeks.",
             "Agreed in part.\nPlacement officers will offer support.\nThe ICB will name a lead.",
             "Assistant Director, Temporary Accommodation", "From April 2026")]
    text = "Appendix A - Cabinet response to the recommendations\n\n" + _word_table(rows)
    x = extract(text)
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted"}
    first = next(e for e in x.of_type("Recommendation") if e.attributes.get("number") == "1")
    assert first.label.startswith("That the Council carries out a health needs assessment")


def test_a_web_pages_list_of_papers_to_download_is_no_list_of_recommendations():
    x = extract("Decision status\nRecommendations Approved\n\nSupporting documents:\n\n"
                "- Cabinet report - TA health review response, item 7 PDF 412 KB\n"
                "- Appendix A - Cabinet response to recommendations, item 7 PDF 287 KB\n")
    assert x.of_type("Recommendation") == []


def test_a_column_of_recommendations_with_their_agreed_actions():
    text = ("No.   Priority  Recommendation / agreed action  Management response    Owner\n"
            "----  --------  ------------------------------  ---------------------  ---------------\n"
            "1     High      Reconcile the public health     Agreed. The register   Head of Public\n"
            "                contract register.              will be retired.       Health\n"
            "\n"
            "2     Low       Request business continuity     Risk accepted.         Director of\n"
            "                plans from providers.                                  Public Health\n")
    assert _verdicts(extract(decode_text(text.encode()))) == {"1": "accepted", "2": "rejected"}


def test_a_peer_team_table_with_each_name_over_its_post():
    rows = [("Peer", "Role on the team", "Home organisation"),
            ("Councillor Hannah Ellwood\nCabinet Member for Health and Adult Social Care", "Lead member peer",
             "London Borough of Fenwick"),
            ("Simon Trelawny\nCorporate Director of Communities", "Officer peer", "Marley Borough Council")]
    text = "The peer team\n\n" + _word_table(rows)
    x = extract(text)
    assert {"Lead member peer", "Officer peer", "Corporate Director of Communities"} <= set(x.labels("Post"))
    assert ("Simon Trelawny", "Corporate Director of Communities") in links(x, "holdsPost")
    assert "Marley Borough Council" in x.labels(*ORG)


def test_bodies_listed_in_particular_over_several_lines():
    x = extract("We thank the organisations that helped us reach people, in particular Community First Marley,\n"
                "Carers' Resource, Age UK Marley and Fenwick, the Farming Community Network and the Marley Deaf "
                "Forum.\n\nPartners were asked to use community languages, including Polish, Arabic and Kurdish "
                "Sorani.\n")
    orgs = set(x.labels(*ORG))
    assert {"Community First Marley", "Carers' Resource", "Age UK Marley and Fenwick"} <= orgs
    assert not orgs & {"Age UK Marley", "Kurdish Sorani"}


def test_the_chair_of_a_named_body_is_its_chair():
    x = extract("Response from Councillor Brendan Wyatt, Chair of the Fenwick Health and Wellbeing Board: \"The Board "
                "has noted this.\"\n\nThe review was agreed with the Independent Chair of the Fenwick Safeguarding "
                "Adults Board, Teresa Quayle, and the Chair of the Board.\n")
    assert {"Chair", "Independent Chair"} <= set(x.labels("Post"))
    assert not [p for p in x.labels("Post") if " of the " in p]
    assert ("Chair", "Fenwick Health and Wellbeing Board") in links(x, "chairs")
    assert ("Independent Chair", "Fenwick Safeguarding Adults Board") in links(x, "postIn")
    assert ("Teresa Quayle", "Independent Chair") in links(x, "holdsPost")


def test_a_name_alone_on_its_line_does_not_run_into_the_post_under_it():
    x = extract("Foreword\n\n    Councillor Naomi Brackenbury-Lisle\n    Chair, Fenwick Health and Wellbeing Board; "
                "Cabinet Member for Health and Wellbeing, and Public Health,\n    Fenwick County Council\n\n"
                "    Dr Imogen Castle\n    Vice-Chair, Fenwick Health and Wellbeing Board\n")
    assert {"Chair", "Vice-Chair"} <= set(x.labels("Post"))
    assert not [p for p in x.labels("Post") if "Naomi" in p or "Imogen" in p]


def test_an_icb_called_by_its_areas_nhs_name_is_the_icb():
    x = extract("NHS Cheshire and Merseyside Integrated Care Board funds the service. The plan was agreed by NHS "
                "Cheshire and Merseyside in May.\n\nNHS Hampshire and Isle of Wight ICB and NHS Staffordshire and "
                "Stoke-on-Trent ICB sent apologies.\n")
    assert sorted(x.labels(*ORG)) == ["NHS Cheshire and Merseyside Integrated Care Board",
                                      "NHS Hampshire and Isle of Wight ICB", "NHS Staffordshire and Stoke-on-Trent ICB"]


def test_a_heading_in_capitals_is_not_cut_at_a_word_that_heads_names():
    x = extract("Minutes\n\n51\tHEALTHWATCH FENWICK: UNPAID CARERS AND HOSPITAL DISCHARGE\nMegan Rigby, Engagement "
                "Lead "
                "at Healthwatch Fenwick, presented the report on unpaid carers leaving hospital.\n")
    assert x.labels(*ORG) == ["Healthwatch Fenwick"]
    themes = x.labels("Theme")
    assert "Hospital discharge" in themes and any(t.lower().startswith("unpaid carers") for t in themes)


def test_an_audit_action_plan_answers_its_findings():
    x = extract("Internal Audit Report\n\n4 Detailed findings\n"
                "Finding 1: Agreements with delivery partners      Priority: MEDIUM\n"
                "What we found: three agreements were signed late.\n\n"
                "Finding 2: Partner monitoring and reconciliation (High)\n"
                "What we found: returns are not reconciled.\n\n"
                "Appendix A Management action plan\n"
                + _word_table([["Finding", "Risk", "Agreed action", "Responsible officer", "Target date"],
                               ["1. Agreements with delivery partners (Medium)", "Spend cannot be recovered.",
                                "Agreed.\nAgreements will be signed before a scheme opens.",
                                "Household Support Fund Programme Manager", "31 March 2026"],
                               ["2. Partner monitoring and reconciliation (High)", "Unspent funds not identified;\n"
                                "an inaccurate return.", "Not agreed – risk accepted.\nThe scheme ends in March.",
                                "Head of Communities", "–"]]))
    assert _verdicts(x) == {"1": "accepted", "2": "rejected"}
    assert ("Agreements will be signed before a scheme opens", "Household Support Fund Programme Manager") in \
        links(x, "ownedBy")
    assert {"Agreements with delivery partners", "Partner monitoring and reconciliation"} <= set(x.labels("Theme"))


def test_a_list_of_recommendations_each_with_its_reply_summed_up_in_minutes():
    x = extract("61. Healthwatch Fenwick: update on recommendations\n\nThe report made four recommendations. "
                "Healthwatch "
                "asked for a formal response, and the responses were summarised as follows:\n\n"
                "1. Give every patient on a waiting list a named point of contact. Fenwick Hospitals NHS Trust agreed, "
                "and will open a contact hub by September 2026.\n\n"
                "2. Write to patients every three months. Fenwick Hospitals agreed in part: letters will be sent every "
                "six months.\n\n"
                "3. Publish waiting times for each site. Fenwick Hospitals did not agree, as they are published "
                "nationally.\n\n"
                "4. Ask the Board to monitor waiting times twice a year. The Board noted the recommendation and agreed "
                "to include waiting times in its performance report.\n\n"
                "RESOLVED: That the Board note the responses.\n")
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted", "3": "rejected", "4": "noted"}
    assert "Publish waiting times for each site" in x.labels("Recommendation")


def test_recommendation_blocks_with_a_quoted_response_and_our_reading_of_it():
    x = extract("We use five words to describe responses: Agreed, Partly agreed, Not agreed, Already in place and "
                "Response awaited.\nRecommendation 1\nTo: Fenwick Borough Council\nInclude a visiting standard in "
                "the council's contracts with care homes.\n\tResponse from Lindsey Ward, Head of Commissioning, "
                "Fenwick Borough Council:\n\t\u201cWe agree with the recommendation.\u201d\n\nOur reading: Agreed. The "
                "council has committed to a date.\nRecommendation 2\nTo: Care Quality Commission\nPublish a summary "
                "of how well care homes meet Regulation 9A.\n\tNo response had been received.\n\nOur reading: "
                "Response awaited.\nRecommendation 3\nTo: Fenwick Care Providers' Network\nEvery care home should "
                "offer an essential care giver scheme.\n\tResponse from Gill Stone, Chair:\n\t\u201cWe support the "
                "principle.\u201d\n\nOur reading: Partly agreed.\n")
    assert _verdicts(x) == {"1": "accepted", "3": "partially-accepted"}
    assert "Include a visiting standard in the council's contracts with care homes" in x.labels("Recommendation")


def test_a_tracker_of_what_we_asked_numbered_r01_with_responses_over_two_paragraphs():
    x = extract("Contents\n1\tSummary\n2\tSummary of recommendations\n3\tIntroduction\n4\tWhat we found\n\n"
                "Appendix 1: Executive response and progress tracker\n"
                + _word_table([["Rec", "What we asked", "Cabinet Member", "Response", "RAG", "Date"],
                               ["R01", "A single whole-system healthy weight plan for the city",
                                "Cabinet Member for Health and Social Care",
                                "Accepted.\nThe Director of Public Health will lead the refresh.", "G", "Sep 2026"],
                               ["R02", "Restrict HFSS advertising on all council-owned advertising space",
                                "Cabinet Member for Finance and Resources",
                                "Accepted with amendment.\nIt will be written into the new concession.", "A",
                                "Apr 2027"]]))
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted"}
    assert "Restrict HFSS advertising on all council-owned advertising space" in x.labels("Recommendation")
    assert not {"Introduction", "What we found"} & set(x.labels("Recommendation"))  # a list of contents


def test_a_peer_team_listed_as_names_over_posts_and_roles_set_apart_by_blank_lines():
    x = extract("Peers were agreed with you. The team was:\n\nCouncillor Rosalind Kettle\n\nExecutive Member for "
                "Health "
                "and Adult Services, North Fenwick Council\nLead member peer\n\nObiageli Thistlewood\n\nDirector of "
                "Public Health, Fenwick County Council\nLead officer peer\n")
    assert "North Fenwick Council" in x.labels(*ORG)
    assert not [p for p in x.labels("Post") if "Council" in p]
    held = links(x, "holdsPost")
    assert {("Obiageli Thistlewood", "Director of Public Health"), ("Obiageli Thistlewood", "Lead officer peer"),
            ("Councillor Rosalind Kettle", "Lead member peer")} <= held


def test_the_body_a_recommendation_is_put_to_owns_it_and_the_named_responder_answers_it():
    x = extract("Recommendation 1\nTo: Fenwick Borough Council\nInclude a visiting standard in the council's "
                "contracts with care homes.\n\tResponse from Lindsey Ward, Head of Commissioning, Fenwick Borough "
                "Council:\n\t\u201cWe agree and will add it to every contract from April.\u201d\n\nOur reading: "
                "Agreed.\nRecommendation 2\nTo: Care Quality Commission\nPublish a summary of how well care homes "
                "meet Regulation 9A.\n\tResponse from the Director of Adults and Communities, Fenwick Borough "
                "Council:\n\t\u201cWe cannot fund this.\u201d\n\nOur reading: Not agreed.\n")
    owned = links(x, "ownedBy")
    assert ("Include a visiting standard in the council's contracts with care homes", "Fenwick Borough Council") \
        in owned
    assert ("Publish a summary of how well care homes meet Regulation 9A", "Care Quality Commission") in owned
    answered = {(s.split(":")[0], o) for s, o in links(x, "respondedBy")}
    assert answered == {("Response to recommendation 1", "Lindsey Ward"),
                        ("Response to recommendation 2", "Director of Adults and Communities")}
    assert "Fenwick Borough Council" in x.labels(*ORG)  # not "Adults and Communities, Fenwick Borough Council"


def test_a_long_response_field_ends_the_recommendations_text():
    x = extract("Recommendation 1\nFor: Fenwick City Council\nRun a campaign on Pharmacy First in the most deprived "
                "neighbourhoods.\nResponse from Gareth Lomax, Head of Primary Care, Fenwick Place, NHS Fenwick and "
                "Wessex: \"We support this recommendation and will run a campaign from November with the local "
                "pharmaceutical committee, GP practices and community groups, with leaflets in eight languages.\"\n"
                "Our view: Accepted.\n")
    assert x.labels("Recommendation") == ["Run a campaign on Pharmacy First in the most deprived neighbourhoods"]
    assert _verdicts(x) == {"1": "accepted"}


def test_commitments_under_we_will_are_actions_of_the_partners_in_brackets():
    x = extract("Fenwick Health and Wellbeing Board\n\nPriority 2: Mental health\n\nWe will:\n"
                "  \u2022  open a second crisis caf\u00e9 in Eastwick (Fenwick Partnership NHS Foundation Trust);\n"
                "  \u2022  deliver the Holiday Activities and Food programme in every ward with high child poverty\n"
                "     (council, with Albion in the Community); and\n\n"
                "  \u2022  improve care at the end of life (NHS Fenwick, Martlets Hospice).\n"
                "  \u2022  ask every partner to pay the Real Living Wage (all partners).\n\nPriority 3: Housing\n")
    owned = links(x, "ownedBy")
    assert {("open a second crisis caf\u00e9 in Eastwick", "Fenwick Partnership NHS Foundation Trust"),
            ("improve care at the end of life", "NHS Fenwick"),
            ("improve care at the end of life", "Martlets Hospice"),
            ("deliver the Holiday Activities and Food programme in every ward with high child poverty",
             "Albion in the Community")} <= owned
    assert not [a for a, _ in owned if "Real Living Wage" in a]  # "all partners" names no one
    assert "NHS Fenwick, Martlets Hospice" not in x.labels(*ORG)


def test_laws_cited_by_name_are_read_with_their_year():
    x = extract("Care homes must allow visits under the Health and Social Care Act 2008 (Regulated Activities) "
                "Regulations 2014. The Renters' Rights Act 2025 and the Care Act 2014 set duties. Act now.\n")
    assert {"Health and Social Care Act 2008 (Regulated Activities) Regulations 2014", "Renters' Rights Act 2025",
            "Care Act 2014"} <= set(x.labels("Strategy"))


def test_trusts_and_pharmacy_committees_named_head_first_with_their_area():
    x = extract("Responses came from Community Pharmacy Fenwick and Wessex, University Hospitals Sussex and the "
                "University Hospitals of Derby and Burton NHS Foundation Trust. The Community Pharmacy Contractual "
                "Framework sets the fees.\n")
    orgs = set(x.labels(*ORG))
    assert {"Community Pharmacy Fenwick and Wessex", "University Hospitals Sussex",
            "University Hospitals of Derby and Burton NHS Foundation Trust"} <= orgs
    assert not [o for o in orgs if "Framework" in o]


def test_a_key_of_the_papers_own_decision_words_says_what_each_means():
    x = extract("Cabinet's response\n\nThe Cabinet's decisions use these words:\n"
                "- Accepted – the recommendation will be carried out as written;\n"
                "- Accepted in part – some of the recommendation will be carried out;\n"
                "- Rejected – the recommendation will not be carried out;\n"
                "- Referred to partner – the matter is for another organisation to decide; the Cabinet has noted "
                "the recommendation and passed it on.\n\n"
                + _word_table([["Cabinet decision", "No.", "Recommendation", "Response and actions", "Lead"],
                               ["Accepted", "1", "That the council extends supervised toothbrushing to every "
                                "nursery", "Funded from April.", "Head of Public Health"],
                               ["Referred to partner", "2", "That the ICB buys dedicated children's dental sessions",
                                "The ICB will decide in its dental access plan.", "Director of Primary Care"]]))
    assert _verdicts(x) == {"1": "accepted", "2": "noted"}


def test_a_resolution_agrees_recommendations_by_their_letters():
    x = extract("Fenwick Health and Wellbeing Board\n\nRecommendations\nThat the Board:\n"
                "(a)\tnotes the responses to the consultation on the draft assessment;\n"
                "(b)\tapproves the Pharmaceutical Needs Assessment 2019 for publication; and\n"
                "(c)\tdelegates to the Director of Public Health authority to publish supplementary statements.\n\n"
                "Decision of the Board\nRESOLVED: that recommendations (a) and (b) be agreed; and that "
                "recommendation (c) be agreed with an amendment, so that the Chair is consulted.\n")
    assert _verdicts(x) == {"a": "accepted", "b": "accepted", "c": "partially-accepted"}
    assert not [r for r in x.labels("Recommendation") if r.startswith("recommendations (a)")]


def test_titled_recommendations_answered_under_a_key_of_response_words():
    """A council web page: a key of the response words (not recommendations), then each recommendation under a
    heading with its title, its response field a verdict of a few words over a paragraph, and "Lead:" over the
    post on a line of its own."""
    x = extract("How the Cabinet has responded\n\nFor each recommendation the Cabinet has given one of these "
                "responses:\n\n- Accepted – the Cabinet agrees and the action will be taken.\n\n"
                "- Under consideration – the Cabinet will decide by the date given.\n\n"
                "- Not accepted – the Cabinet does not agree, for the reasons given.\n\n"
                "Recommendation 1: Training for housing staff\n\nThat all council staff in public-facing roles "
                "complete suicide awareness training by March 2026.\n\nCabinet response: Accepted\n\n"
                "The online module will be mandatory from April.\n\nLead:\n\nHead of HR\n\nTimescale:\n\n"
                "March 2026\n\n"
                "Recommendation 2: Staff in licensed premises\n\nThat the Council funds training for staff in every "
                "licensed premises in the town centre.\n\nCabinet response: Under consideration\n\nA decision will "
                "be taken in the budget for 2026/27.\n\nLead:\n\nDirector of Public Health\n\n")
    assert _verdicts(x) == {"1": "accepted", "2": "deferred"}
    assert not [r for r in x.labels("Recommendation") if r.startswith(("Accepted", "Under consideration"))]
    owners = {x.entities[l.object].label for l in x.links if l.relation == "ownedBy"}
    assert {"Head of HR", "Director of Public Health"} <= owners


def test_a_london_borough_called_by_its_short_name_is_one_council():
    x = extract("LONDON BOROUGH OF FENWICK\nMINUTES OF THE HEALTH AND WELLBEING BOARD\n\nSiobhan Kettle, Joint "
                "Commissioning Officer, Fenwick Council and NHS Fenwick CCG, introduced the plan. The London Borough "
                "of Fenwick will host the pooled budget.\n")
    councils = [e for e in x.of_type(*ORG) if "Fenwick" in e.label and "NHS" not in e.label]
    assert len(councils) == 1 and "Fenwick Council" in {councils[0].label, *councils[0].aliases}


def test_the_council_of_a_london_borough_is_not_its_voluntary_service_council():
    """Found by running explain on the Merton paper: "the council" was read as Merton Voluntary Service Council."""
    x = extract("London Borough of Fenwick\nReport to Cabinet\n\nThe proposals were discussed with Fenwick Voluntary "
                "Service Council (FVSC). From 1 April 2013 the Board must be a committee of the council, and the "
                "public health team will transfer to the council.\n")
    council = next(e for e in x.of_type(*ORG) if e.label == "London Borough of Fenwick")
    assert [ev for ev in council.evidence if ev.rule == "reference"]
    vcs = next(e for e in x.of_type(*ORG) if "Voluntary" in e.label)
    assert not [ev for ev in vcs.evidence if ev.rule == "reference"]


def test_a_london_borough_is_the_papers_place_not_london():
    x = extract("Fenwick Health and Wellbeing Peer Challenge\n\nThe peers came from the London Borough of Sutton, "
                "the London Borough of Waltham Forest and the London Region of NHS England. The London Borough of "
                "Fenwick asked them to look at its Board. The London Borough of Fenwick and NHS Fenwick CCG share a "
                "plan, and the London Borough of Fenwick hosts the Fenwick Health and Wellbeing Board.\n")
    assert x.front.place == "Fenwick"


def test_a_posts_fields_of_work_after_commas_are_no_body():
    x = extract("Contact officer: Marisela Pendragon, Head of Policy, Strategy and Partnerships; 020 8545 3000\n\n"
                "Stellan Whitbread, Head of Housing, Housing Services, spoke to the report.\n")
    assert "Head of Policy, Strategy and Partnerships" in x.labels("Post")
    assert not [o for o in x.labels(*ORG) if "Partnerships" in o or o == "Housing Services"]


def test_an_audit_team_given_as_posts_over_names():
    x = extract("Internal audit report\n\nAuditor:\tLucinda Ferraby, Senior Auditor\nAudit Manager:\tThaddeus "
                "Brocklesby-Ahmed\nHead of Audit and Assurance:\tImelda Scawby\n\nDistribution\n\tAugustin Hale\n"
                "\tDirector: Governance and Partnerships (Monitoring Officer)\n")
    held = {(x.entities[l.subject].label, x.entities[l.object].label) for l in x.links if l.relation == "holdsPost"}
    assert {("Thaddeus Brocklesby-Ahmed", "Audit Manager"), ("Imelda Scawby", "Head of Audit and Assurance")} <= held
    assert "Director: Governance and Partnerships" in x.labels("Post")
    assert not [o for o in x.labels(*ORG) if "Partnerships" in o]


def test_members_in_columns_with_ranks_wrapped_roles_and_one_without_a_post(tmp_path):
    """A text export's list of members in two columns, read from the file as a user's would be."""
    paper = tmp_path / "strategy.txt"
    paper.write_text("Members of the Fenwick Wellbeing Board\n\n"
                "Josephine Ackroyd-Mutasa                      Chief Executive, Fenwick Borough Council\n"
                "Alasdair Bramhall-Njoku                       Director of Adults and Communities, Fenwick\n"
                "                                              Borough Council\n"
                "Dr Florence Tadros-Whiteley                   Director of Public Health\n"
                "Superintendent Kasimir Delaney               Local Police Area Commander, Thames Valley Police\n"
                "Area Manager Hortensia Glenville-Rao          Royal Berkshire Fire and Rescue Service\n"
                "Colette Ravenscroft-Amin                      Chair, Healthwatch Fenwick\n"
                "Priscilla Tennant-Obiora                      Business representative (Fenwick Business\n"
                "                                              Improvement District)\n", encoding="utf-8")
    x = extract_file(paper)
    people = set(x.labels("Person"))
    assert {"Josephine Ackroyd-Mutasa", "Alasdair Bramhall-Njoku", "Hortensia Glenville-Rao",
            "Colette Ravenscroft-Amin", "Priscilla Tennant-Obiora"} <= people
    assert not [p for p in people if "Area Manager" in p or "Thames" in p]


def test_each_resolved_clause_decides_one_lettered_recommendation():
    x = extract("Recommendations:\nA.\tThat Cabinet notes the new duties of the council from April 2013.\n"
                "B.\tThat Cabinet approves the terms of reference of the Fenwick Health and Wellbeing Board.\n"
                "C.\tThat Cabinet delegates the transfer of public health contracts to the Director of Community "
                "Services.\n\n1\tPURPOSE OF REPORT\n1.1.\tThis report sets out the duties.\n\nDECISION\nRESOLVED:\n"
                "A.\tThat recommendation A be noted.\n"
                "B.\tThat recommendation B be agreed with an amendment: a second voluntary sector member.\n"
                "C.\tThat consideration of recommendation C be deferred to the meeting in December.\n")
    assert _verdicts(x) == {"A": "noted", "B": "partially-accepted", "C": "deferred"}


def test_replies_summed_up_after_each_numbered_recommendation_in_minutes():
    x = extract("28/25  HEALTHWATCH REPORT\nThe report made four recommendations, and the Head of Primary Care gave "
                "the ICB's responses at the meeting:\n"
                "   1.   That every practice registers patients without proof of address or ID. Agreed: the ICB "
                "will write to all practices.\n"
                "   2.   That each Primary Care Network names a link worker. Agreed in part: in four PCNs only.\n"
                "   3.   That the ICB funds a second homeless health GP team. Not agreed: the ICB will extend the "
                "existing team's hours.\n"
                "   4.   That Healthwatch repeats its mystery shopping every year. Noted: this is a matter for "
                "Healthwatch.\n")
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted", "3": "rejected", "4": "noted"}
    assert not [r for r in x.labels("Recommendation") if r.startswith("the ICB will write")]


def test_a_place_whose_halves_are_joined_by_with_names_its_bodies_whole():
    x = extract("Blackburn with Darwen Health and Wellbeing Board\n\nThe strategy is owned by Blackburn with Darwen "
                "Borough Council and the Board. Healthwatch Blackburn with Darwen and Age UK Blackburn with Darwen "
                "helped. Blackburn with Darwen Borough Council will lead.\n")
    assert x.front.place == "Blackburn with Darwen"
    orgs = set(x.labels(*ORG))
    assert {"Blackburn with Darwen Borough Council", "Healthwatch Blackburn with Darwen",
            "Age UK Blackburn with Darwen"} <= orgs
    assert not [o for o in orgs if o.startswith("Darwen") or o.endswith(" Blackburn")]


def test_a_place_written_with_an_ampersand_outweighs_the_county_named_more_often_than_either_half():
    x = extract("Brighton & Hove Health and Wellbeing Board\n\nBrighton & Hove City Council and NHS Sussex own the "
                "strategy. Sussex Police, Sussex Community NHS Foundation Trust and Sussex Partnership NHS "
                "Foundation Trust work in Brighton & Hove with University Hospitals Sussex and Age UK Brighton & "
                "Hove. The Brighton & Hove Food Partnership helps.\n")
    assert x.front.place == "Brighton & Hove"


def test_an_icb_named_over_a_line_break_and_in_short_is_one_body():
    x = extract("Present:\nDr Hugo Tsang (Vice-Chair) – Place Clinical\nLead for Fenwick City, NHS Fenwick and\n"
                "Fenwickshire Integrated Care Board\nJo Smith – Head of Primary Care, NHS Fenwick and Fenwickshire "
                "ICB\n")
    orgs = set(x.labels(*ORG))
    assert "NHS Fenwick and Fenwickshire Integrated Care Board" in orgs
    assert not orgs & {"NHS Fenwick", "NHS Fenwick and Fenwickshire ICB", "Fenwickshire Integrated Care Board"}


def test_what_we_will_do_with_a_lead_named_after_each_bullet():
    x = extract("PRIORITY 1: BEST START\n\nWhat we will do\n"
                "  * Open Family Hubs in all four neighbourhoods, with health visiting and\n"
                "    infant feeding under one roof.           Lead: Fenwick Borough Council\n"
                "  * Double the number of settings taking part in supervised toothbrushing.\n"
                "                                             Lead: council public health team\n"
                "  * Deliver Connect to Work across the borough.   Lead: Department for Work and Pensions\n"
                "                                                  (Jobcentre Plus) with the ICB\n"
                "  * Pay the Real Living Wage in all partner organisations by 2028.\n"
                "                                             Lead: all partners\n\nPRIORITY 2: GOOD JOBS\n")
    owned = links(x, "ownedBy")
    assert {("Open Family Hubs in all four neighbourhoods, with health visiting and infant feeding under one roof",
             "Fenwick Borough Council"),
            ("Double the number of settings taking part in supervised toothbrushing",
             "council public health team"),
            ("Deliver Connect to Work across the borough", "Department for Work and Pensions")} <= owned
    assert not [a for a, _ in owned if "Real Living Wage" in a]


def test_plans_named_for_a_place_joined_by_with_keep_the_whole_place():
    x = extract("Blackburn with Darwen Health and Wellbeing Board\n\nBLACKBURN WITH DARWEN JOINT LOCAL HEALTH AND "
                "WELLBEING STRATEGY 2026-2031\n\nWe will refresh the Blackburn with Darwen Suicide Prevention Action "
                "Plan. Blackburn with Darwen Borough Council leads it.\n")
    plans = set(x.labels("Strategy"))
    assert {"Blackburn with Darwen Suicide Prevention Action Plan",
            "Blackburn with Darwen Joint Local Health and Wellbeing Strategy 2026-2031"} <= plans
    assert not [p for p in plans if p.startswith("Darwen")]


def test_priority_leads_under_each_priority_heading():
    """A strategy names who leads each priority in a field under its heading, not on an "Action:" line."""
    x = extract("4. PRIORITY 1: STARTING WELL\n============================\n\n"
                "4.1  Every child in Fenwick should start school ready to learn.\n\n"
                "4.2  What we will do:\n\n       •  Offer all five health visitor contacts.\n\n"
                "4.3  Lead group: the Fenwick Children and Young People's Partnership Board.\n\n\n"
                "Ageing well in rural communities\n\n"
                "Lead group: Coast and Country Ageing Well Group\n\n"
                "Senior responsible officer: Marta Quill, Director of Adult Social Care, Fenwick County Council\n\n"
                "PRIORITY 3: NEGLECT\nLead: Learning and Improvement Group\n\n"
                "Neglect remains the most common reason for a plan.\n\n"
                "Cabinet Member: Councillor Ada Brook, Cabinet Member for Health\n"
                "Lead officer: Director of Public Health\n")
    owned = links(x, "ownedBy")
    assert {("4. PRIORITY 1: STARTING WELL", "Fenwick Children and Young People's Partnership Board"),
            ("Ageing well in rural communities", "Coast and Country Ageing Well Group"),
            ("Ageing well in rural communities", "Director of Adult Social Care"),
            ("PRIORITY 3: NEGLECT", "Learning and Improvement Group")} <= owned
    # A front sheet's fields are no heading: the field above a "Lead officer:" line is not what it leads.
    assert not [a for a, o in owned if o == "Director of Public Health"]


def test_a_table_of_leads_per_priority_gives_each_priority_its_owners():
    x = extract("Leads for each priority\n\n"
                "Priority\tLead officer\tPartnership group\n"
                "1. Best start in life\tLucinda Farrow, Director of Children's Services\t"
                "Children and Young People's Partnership Board\n"
                "2. Ageing well\tJeremy Cald, Director of Adult Social Care\tAgeing Well Partnership\n")
    owned = links(x, "ownedBy")
    assert {("Best start in life", "Director of Children's Services"),
            ("Best start in life", "Children and Young People's Partnership Board"),
            ("Ageing well", "Director of Adult Social Care"), ("Ageing well", "Ageing Well Partnership")} <= owned


def test_a_programme_named_for_two_programmes_joined_by_and_is_one_initiative():
    x = extract("Fenwick opened seven Family Hubs, funded through the Family Hubs and Start for Life programme.\n")
    assert {"Family Hubs and Start for Life programme", "Family Hubs"} <= set(x.labels("Initiative"))


def test_a_post_then_its_holder_closed_by_a_semicolon_and_a_holder_then_post_then_body():
    x = extract("We met the Leader of the Council; the Chief Executive, Isadora Penwarden-Kaur; and partners.\n\n"
                "Present: Tony Okoro, Chief Executive, Thrive Fenwick; Superintendent Mark Bell, Fenwick Police.\n")
    assert ("Isadora Penwarden-Kaur", "Chief Executive") in links(x, "holdsPost")
    assert "Thrive Fenwick" not in set(x.labels("Person"))


def test_a_post_in_lower_case_then_its_holder_between_commas():
    x = extract("Our thanks go to the Director of Public Health, and to her business manager, Rhiannon Tuckwell, who "
                "organised the programme.\n")
    assert ("Rhiannon Tuckwell", "Business manager") in links(x, "holdsPost")


def test_national_charities_and_a_council_service_named_bare_are_bodies():
    x = extract("Trading Standards officers visited 40 shops. Alzheimer's Society and Change Grow Live joined the "
                "Fenwick Youth Parliament at the event.\n")
    orgs = {e.label: e for e in x.of_type("Organisation")}
    assert {"Trading Standards", "Alzheimer's Society", "Change Grow Live"} <= set(orgs)
    assert orgs["Change Grow Live"].attributes.get("kind") == "vcse-organisation"
    assert [o for o in orgs if o.endswith("Youth Parliament")]


def test_a_lead_paragraph_closing_a_numbered_priority_leads_it_past_the_running_heads():
    running = "              Fenwick Joint Health and Wellbeing Strategy 2013 - 2016\n\n"
    x = extract(running + "PRIORITY 4: OLDER PEOPLE\n========================\n\n"
                "Outcome: older people live independently for longer.\n\n"
                "The Fenwick Together partnership meets each quarter.\n\n" + running +
                "We will expand reablement and intermediate care.\n\n"
                "Lead: Older People's Partnership Board, with the Director of Adult Care as lead officer.\n\n"
                + running + "PRIORITY 5: WIDER CAUSES\n========================\n\n"
                "Lead: Fenwick Together, with the Director of Communities as lead officer.\n\n"
                "Closing remarks\n\nLead: Director of Finance\n")
    owned = links(x, "ownedBy")
    assert ("PRIORITY 4: OLDER PEOPLE", "Older People's Partnership Board") in owned
    assert ("PRIORITY 5: WIDER CAUSES", "Fenwick Together") in owned
    assert not [a for a, _ in owned if "Strategy" in a]  # the running head is no section's heading


def test_a_service_for_visiting_or_cessation_is_an_initiative():
    x = extract("The County Council commissions the Health Visiting Service and the Smoking Cessation Service from "
                "Fenwick Community Health NHS Foundation Trust.\n")
    assert {"Health Visiting Service", "Smoking Cessation Service"} <= set(x.labels("Initiative"))
    assert not {"Health Visiting Service", "Smoking Cessation Service"} & set(x.labels("Organisation"))


def test_a_local_branch_of_a_one_word_charity_carries_its_place():
    x = extract("Fenwick Borough Council and the Fenwick Safeguarding Adults Board heard from Fenwick Mind and Ashby "
                "Mencap, and Age UK Ashby and Fenwick ran the sessions (the pair is named once: Fenwick is the paper's "
                "place). The board members were asked to keep body and Mind in balance.\n")
    orgs = set(x.labels("Organisation")) | set(x.labels("Board"))
    assert {"Fenwick Mind", "Ashby Mencap", "Age UK Ashby and Fenwick"} <= orgs
    assert "Mind" not in orgs and "Mencap" not in orgs


def test_recommendations_in_a_table_read_a_cell_a_line():
    """A PDF table of three columns (number, recommendation, progress) read one cell a line, rows apart."""
    x = extract("The reviewer made three recommendations:\n\t1\n\tThe Board should adopt a self-neglect protocol with "
                "a clear route for escalation.\n\tComplete (launched November 2019)\n\n\t2\n\tAll agencies should "
                "record mental capacity where a person refuses help.\n\tIn progress\n\n\t3\n\tThe housing service "
                "should refer tenants with a high fire risk to the fire service.\n\tComplete\n\nNext section\n")
    recs = {e.attributes["number"]: e.label for e in x.of_type("Recommendation")}
    assert sorted(recs) == ["1", "2", "3"]
    assert recs["2"].startswith("All agencies should record") and "progress" not in recs["2"]


def test_a_numbered_priority_over_its_lead_in_text_with_no_blank_lines():
    x = extract("This section summarises what was done.\nPriority 1: Self-neglect and hoarding\nLead: Head of "
                "Safeguarding Adults, Fenwick Borough Council\nSelf-neglect is one of the hardest areas of work.\n"
                "Priority 2: Making Safeguarding Personal\nLead: Director of Adult Services, Fenwick Borough Council\n"
                "Outcomes matter.\n")
    owned = links(x, "ownedBy")
    assert ("Priority 1: Self-neglect and hoarding", "Head of Safeguarding Adults") in owned
    assert ("Priority 2: Making Safeguarding Personal", "Director of Adult Services") in owned


def test_a_place_joined_by_upon_stays_in_the_names():
    x = extract("The London Borough of Richmond upon Thames and the Richmond upon Thames Health and Wellbeing Board "
                "agreed the plan with Newcastle upon Tyne Hospitals NHS Foundation Trust. Based upon Health and "
                "Wellbeing Board advice, we agreed.\n")
    orgs = set(x.labels("Organisation")) | set(x.labels("Board"))
    assert {"London Borough of Richmond upon Thames", "Richmond upon Thames Health and Wellbeing Board",
            "Newcastle upon Tyne Hospitals NHS Foundation Trust"} <= orgs
    assert not [o for o in orgs if o.startswith(("Thames", "Based"))] and "London Borough of Richmond" not in orgs


def test_attendance_labels_that_say_what_kind_of_members_name_no_board():
    x = extract("Statutory Voting Board Members Present:\nCouncillor Octavia Reyes (Chairman)\n\nCo-opted Board "
                "Members Present:\nFenella Obi, Managing Director, Fenwick Health and Care Partners\n\nIt was agreed "
                "by the "
                "ICB board in March. The Health and Wellbeing Board Members agreed. Additional Council contribution "
                "was £2m.\n")
    orgs = set(x.labels(*ORG))
    assert "Health and Wellbeing Board" in orgs
    assert not {"Statutory Voting Board", "Co-opted Board", "ICB board", "Additional Council"} & orgs


def test_an_attendance_line_with_a_role_in_brackets_is_not_joined_to_the_line_above():
    x = extract("Present:\nDr Aurelia Cowley, Director of Public Health, London Borough of Fenwick\nEmrys Okafor "
                "(Vice-Chairman), Borough Director, NHS North West London ICB\nCordelia Botwell, Chief Executive "
                "Officer, Healthwatch Fenwick\n")
    orgs = set(x.labels(*ORG))
    assert "London Borough of Fenwick" in orgs and not [o for o in orgs if "Emrys" in o]


def test_two_departments_joined_by_and_and_a_laws_title_are_not_one_body():
    x = extract("The Policy Framework (Department of Health and Social Care and Department for Levelling Up, Housing "
                "and Communities, April 2023) applies, under the NHS Bodies and Local Authorities Partnership "
                "Arrangements Regulations 2000. The Healthwatch Fenwick Update report was noted.\n")
    orgs = set(x.labels(*ORG))
    assert {"Department of Health and Social Care", "Department for Levelling Up, Housing and Communities",
            "Healthwatch Fenwick"} <= orgs
    assert not [o for o in orgs if o.endswith(("and Department", "Partnership", "Update"))]


def test_a_london_boroughs_paper_naming_londons_bodies_is_the_boroughs():
    body = "Fenwick Council and the Royal Fenwick Partnership met. "
    london = "The London Fire Brigade, London Ambulance Service and London Councils took part. "
    x = extract(body * 2 + london * 2 + "Royal Fenwick residents were asked.\n")
    assert x.front.place == "Fenwick"


def test_names_with_accents_an_apostrophe_or_van_de_are_whole():
    x = extract("Present:\nCouncillor Susan van de Ven, Fenwick County Council (Chair)\nCouncillor Terry O'Driscoll, "
                "Cabinet Member for Housing\n\nContacts\n   Dr Ifeoma Sandilands-Ryder    Director of Public Health\n"
                "   Saffron Pettigrew             Health and Wellbeing Strategy Lead\n"
                "   Ciarán Mulrooney-Sefa         Head of Public Health Intelligence\n")
    people = set(x.labels("Person"))
    assert {"Councillor Susan van de Ven", "Councillor Terry O'Driscoll", "Ciarán Mulrooney-Sefa",
            "Saffron Pettigrew"} <= people
    assert not [p for p in people if p.endswith(("'", " Susan"))]


def test_a_holder_named_after_a_bare_post_a_possessive_or_the_area_the_post_covers():
    x = extract("We will share this letter with the Local Government Association's Principal Adviser for the East of "
                "England,\nRachel Litherland, who will stay in touch. Healthwatch Fenwick is a strong voice and its "
                "Chair, Marmaduke Bretton-Fashola, sits on the Board. Thank you to Patrick Dunphy, our Chair, and to "
                "Sue Wilcock, Manager, Healthwatch Fenwick. The Manager agreed.\n")
    held = links(x, "holdsPost")
    assert {("Rachel Litherland", "Principal Adviser"), ("Marmaduke Bretton-Fashola", "Chair"),
            ("Patrick Dunphy", "Chair"), ("Sue Wilcock", "Manager")} <= held
    manager = next(e for e in x.of_type("Post") if e.label == "Manager")
    assert len(manager.evidence) == 1  # "The Manager agreed": a manager of what?


def test_a_chair_of_a_board_named_with_an_ampersand_over_a_second_post():
    x = extract("Foreword\n\n   Councillor Bethany Cordery\n   Chair of the Fenwick & Hove Health and Wellbeing Board "
                "Cabinet Member for Health, Care and Wellbeing, Fenwick & Hove City Council\n\n   Dr Lowenna Prideaux\n"
                "   Vice-Chair of the Fenwick & Hove Health and Wellbeing Board\n\nDeborah Kirkland, Place Director, "
                "NHS Fenwick, Vice-Chair\n\nThe members of the group were:\n\tCllr Philomena Keston\n\tChairman\n\n"
                "\tCllr Bartholomew Shortlands\n\tVice-Chairman\n")
    posts = set(x.labels("Post"))
    assert {"Chair", "Vice-Chair", "Cabinet Member for Health, Care and Wellbeing", "Chairman",
            "Vice-Chairman"} <= posts
    assert not [p for p in posts if "Board" in p or p.startswith("Chair of")]
    assert "Fenwick & Hove Health and Wellbeing Board" in x.labels("Board")


def test_a_police_rank_is_a_post_before_a_name_and_no_name_alone():
    x = extract("Present:\n- Detective Superintendent Ambrose Kyle-Petrie – Metropolitan Police Service\n\n"
                "Priority 3: Transitions and exploitation\nLead: Detective Superintendent, Head of Safeguarding, "
                "South East BCU, Metropolitan Police Service\n")
    assert "Ambrose Kyle-Petrie" in x.labels("Person")
    assert not [p for p in x.labels("Person") if "Superintendent" in p.replace("Ambrose", "")]
    assert ("Ambrose Kyle-Petrie", "Detective Superintendent") in links(x, "holdsPost")


def test_a_programmes_plan_and_national_plans_by_their_whole_names():
    x = extract("RESOLVED: That the Board ratified the Better Care Fund plan for 2022/23. National direction is set by "
                "the 10 Year Health Plan for England and the Suicide Prevention Strategy for England 2023-2028.\n")
    strategies = set(x.labels("Strategy"))
    assert {"Better Care Fund plan", "10 Year Health Plan for England",
            "Suicide Prevention Strategy for England 2023-2028"} <= strategies
    assert "Better Care Fund" in x.labels("Initiative") and "Year Health Plan" not in strategies


def test_standards_and_bills_are_strategies_but_trading_standards_is_a_body():
    x = extract("Trading Standards officers visited shops. The School Food Standards, the Accessible Information "
                "Standard and the Tobacco and Vapes Bill apply; the Food Standards Agency and the Standards Committee "
                "agreed.\n")
    assert {"School Food Standards", "Accessible Information Standard", "Tobacco and Vapes Bill"} <= \
        set(x.labels("Strategy"))
    assert "Trading Standards" not in x.labels("Strategy")
    assert {"Trading Standards", "Food Standards Agency"} <= set(x.labels("Organisation"))


def test_national_programmes_named_without_a_head_word():
    x = extract("The council bid for Connect to Work and the Local Stop Smoking Services and Support Grant. Referrals "
                "went through the National Referral Mechanism and the NHS Core20PLUS5 approach; pupils used Kooth.\n")
    initiatives = x.labels("Initiative")
    assert {"Connect to Work", "Local Stop Smoking Services and Support Grant", "National Referral Mechanism",
            "Kooth"} <= set(initiatives)
    core = next(e for e in x.of_type("Initiative") if e.label == "NHS Core20PLUS5")
    assert "Core20PLUS5" in core.aliases


def test_a_charitys_local_branch_named_after_in_or_of_or_by_its_place():
    x = extract("Partners include Mind in Kingston, Samaritans of Furness, Home-Start South Lakes and Mind "
                "in\nFurness. Our staff marked Mind in Mind Week with the Samaritans.\n")
    orgs = set(x.labels("Organisation"))
    assert {"Mind in Kingston", "Samaritans of Furness", "Home-Start South Lakes", "Mind in Furness",
            "Samaritans"} <= orgs
    assert not [o for o in orgs if "Week" in o]


def test_a_priority_headed_far_above_its_lead_line_in_text_with_no_blank_lines():
    x = extract("How we will work\nPriority 1: Best start in life\nThe foundations of lifelong health are laid early.\n"
                "Over the next five years we will:\n1.1 open family hubs in three towns;\n1.2 recommission the "
                "Healthy Child Programme.\nLead: Director of Children's Services, Fenwick Council\nKey partners: "
                "schools.\nPriority 2: Healthy places\nWe will:\n2.1 plan for walking.\nLead: Director of Thriving "
                "Places, Fenwick Council\n")
    owned = links(x, "ownedBy")
    assert ("Priority 1: Best start in life", "Director of Children's Services") in owned
    assert ("Priority 2: Healthy places", "Director of Thriving Places") in owned


def test_a_borough_joined_by_an_ampersand_or_upon_its_river_gives_the_whole_place():
    heading = extract("LONDON BOROUGH OF FENWICK & DALE\n\nReport to Cabinet\n\nFenwick & Dale has two hubs. London "
                      "is named here, and London again, and Fenwick.\n")
    assert heading.front.place == "Fenwick & Dale"
    upon = extract("Health and Wellbeing Board\n\n\tReport by\n\tDirector of Public Health, Royal Borough of Ashby "
                   "upon Trent\n\nAshby Place Committee met. Ashby Carers and Healthwatch Ashby took part. The Ashby "
                   "Health and Care Partnership leads the work in Ashby.\n")
    assert upon.front.place == "Ashby upon Trent"
    board = extract("Ashby upon Trent Health and Wellbeing Board\n\nThe Royal Borough of Ashby upon Trent and the "
                    "Ashby upon Trent Health and Wellbeing Board met. Ashby Carers spoke. The Board agreed.\n")
    assert board.entities[board.front.committee].label == "Ashby upon Trent Health and Wellbeing Board"
    assert board.front.committee == "org:health and wellbeing board"  # the place's whole name, not "upon trent ..."


def test_a_front_sheet_table_of_labels_without_colons_gives_title_author_and_date():
    x = extract("FENWICK BOROUGH COUNCIL\nCABINET REPORT\n\tReport title\n\tBetter Care Fund Plan 2025-27 and "
                "Section 75 Agreement\n\n\tMeeting\n\tCabinet\n\n\tDate of decision\n\t9 October 2025\n\n\tReport "
                "author / contact officer\n\tOrla Pennington-Adu, Head of Joint Commissioning\n\n1. Summary\nThe "
                "Cabinet is asked to agree the plan.\n")
    f = x.front
    assert (f.title, f.date) == ("Better Care Fund Plan 2025-27 and Section 75 Agreement", "2025-10-09")
    assert {"Orla Pennington-Adu", "Head of Joint Commissioning"} <= {x.entities[a].label for a in f.authors}
    assert x.entities[f.committee].label == "Cabinet"


@pytest.mark.parametrize("top, title", [
    # a title wrapped on the cover, under its board's name
    ("Fenwick Health and Wellbeing Board\nJoint Health and\nWellbeing Strategy 2025–2030\nA healthier Fenwick\n",
     "Joint Health and Wellbeing Strategy 2025–2030"),
    # a title with a colon is no field
    ("Health and Wellbeing Board\n14 May 2025\nFenwick Place Partnership: annual report 2024/25\n\tReport by\n"
     "\tDirector of Public Health\n", "Fenwick Place Partnership: annual report 2024/25"),
    # fields, an address and a letter's greeting before the title
    ("Local Government Association\n18 Smith Square\nLondon SW1P 3HZ\nTelephone 020 7946 0000\nDear Ruth,\n"
     "Health and Wellbeing Peer Challenge: Fenwick, 3 to 6 June 2025\n", "Health and Wellbeing Peer Challenge: "
                                                                     "Fenwick, 3 to 6 June 2025"),
    ("Meeting date: 5 March 2025        Agenda item: 8\nLiving Well in Fenwick: Joint Health and Wellbeing Strategy\n",
     "Living Well in Fenwick: Joint Health and Wellbeing Strategy"),
    # minutes: the people present are no title, nor is what follows them
    ("Present: Councillor Ada Brightwell (Chair), Councillor Omar Feld\nApologies: none\n1. Minutes\nThe minutes "
     "were agreed. Councillor Feld said more was needed.\n", None),
])
def test_the_title_read_from_a_papers_top_lines(top, title):
    x = extract(top + "\nThe Board noted the report and agreed the next steps with partners across the borough.\n")
    assert x.front.title == title


def test_a_priority_numbered_alone_on_its_line_is_named_by_the_line_below():
    x = extract("4. Our priorities\nPriority 1\nEvery child has a healthy start\nWhy this matters\nToo few children "
                "are ready for school.\nPriority 2\nGood work for all\nWhy this matters\nWork is good for health.\n"
                "Priority 3\nThe board will report on this each year to the council and its partners.\n")
    rules = _theme_rules(x)
    assert rules.get("Every child has a healthy start") == rules.get("Good work for all") == "numbered-theme"
    assert not [t for t in rules if t.startswith("The board will")]  # a sentence below is no priority's name


def test_a_table_headed_indicator_gives_each_rows_measure_and_target():
    x = extract("How we will know\n\tIndicator\n\tBaseline (year)\n\tTarget 2029\n\n\tChildren ready for school at "
                "five\n\t64.9% (2022/23)\n\t70%\n\n\tAdults who feel lonely often or always\n\t8.4% (2022)\n\t6%\n\n"
                "\tSuicide rate per 100,000 (three-year average)\n\t9.8 (2020–22)\n\tbelow 8.5\n\nThe Board will "
                "review these each year.\n")
    found = {e.label: e for e in x.of_type("Indicator")}
    assert {"Children ready for school at five", "Adults who feel lonely often or always"} <= set(found)
    assert found["Adults who feel lonely often or always"].attributes.get("target") == "6%"
    assert found["Adults who feel lonely often or always"].evidence[0].rule == "indicator-table"


def test_priorities_listed_between_dashes_are_themes():
    x = extract("The strategy has four priorities – starting well, living well, ageing well and healthy places – and "
                "each has an action plan.\n")
    assert {"Starting well", "Living well", "Ageing well", "Healthy places"} <= set(_theme_rules(x))


def test_an_agreed_action_in_its_own_paragraph_is_owned_by_the_responsible_officer_below():
    x = extract("Recommendation 1: A contract should be put in place for the school nursing service.\n\n"
                "Management response: Agreed. A direct award is being prepared.\n\n"
                "Agreed action: Exemption to be approved; new contract to start in July.\n\n"
                "Responsible officer:  Public Health Commissioning Manager\nTarget date:  30 June 2025\n\n"
                "--------------------------------------------\nRecommendation 2: KPI data should be validated.\n\n"
                "Management response: Agreed.\n\nResponsible officer:  Head of Finance\n")
    owners = {o for _, o in links(x, "ownedBy")}
    assert {"Public Health Commissioning Manager", "Head of Finance"} <= owners


def test_a_portfolio_holders_fields_after_a_colon_are_the_post():
    x = extract("Present: Councillor Ada Brightwell (Chairman, Executive Portfolio Holder: Public Health, Culture, "
                "Leisure and Countryside), Councillor Omar Feld (Executive Portfolio Holder: Adult Social Care and "
                "Health Integration)\n")
    posts = set(x.labels("Post"))
    assert {"Executive Portfolio Holder: Public Health, Culture, Leisure and Countryside",
            "Executive Portfolio Holder: Adult Social Care and Health Integration"} <= posts


def test_a_holder_named_after_the_body_or_service_of_a_post_ending_the_clause():
    x = extract("Witnesses included the Chief Executive of Active Fenwick, Olu Harcourt-Penn; the Director of Good "
                "Food Fenwick, Anya Lowery-Sato; the Service Manager for the school nursing service at Fenwick Health "
                "NHS Foundation Trust, Cara Middlemiss; and the Director of Place at the Fenwick and Dale Integrated "
                "Care Board (FD ICB), Elin Truss-Adeyemi, who gave evidence.\n")
    people = set(x.labels("Person"))
    assert {"Olu Harcourt-Penn", "Anya Lowery-Sato", "Cara Middlemiss", "Elin Truss-Adeyemi"} <= people
    posts = set(x.labels("Post"))
    assert {"Chief Executive of Active Fenwick", "Director of Good Food Fenwick"} <= posts
    assert not [p for p in posts if "Olu" in p] and "Food Fenwick" not in people


def test_a_local_branch_named_by_its_places_letters_or_three_words():
    x = extract("Age UK FDC and Healthwatch North East Fenshire spoke, as did Voluntary Action South West Fenshire. "
                "Age UK ICB is not a branch.\n")
    orgs = set(x.labels(*ORG))
    assert {"Age UK FDC", "Healthwatch North East Fenshire", "Voluntary Action South West Fenshire"} <= orgs
    assert "Age UK ICB" not in orgs


def test_a_peer_teams_member_in_sentence_case_and_a_post_with_its_body_after_a_comma():
    x = extract("The peer team\n\tSimeon Hardwick\n\tPeer challenge manager\n\tLocal Government Association\n\n"
                "Your Principal Adviser for Yorkshire and the Humber, Connie Aldous-Yusuf, is the contact.\n"
                "• Graham Laceby-Obi, Director of Operations, Navigo\n"
                "• Raj Pillai, Head of Quality and Improvement, Adult Social Care\n")
    assert {"Simeon Hardwick", "Connie Aldous-Yusuf", "Graham Laceby-Obi"} <= set(x.labels("Person"))
    posts = set(x.labels("Post"))
    assert {"Peer challenge manager", "Director of Operations"} <= posts
    assert "Adult Social Care" not in set(x.labels(*ORG))  # a department named after its head's post


def test_a_table_of_schemes_with_a_lead_column_gives_each_scheme_its_lead():
    x = extract("\tScheme\n\tDescription\n\t2023/24 £000\n\tLead\n\n\t1. Home First and discharge to assess\n\t"
                "Discharge hubs and short-term beds\n\t16,950\n\tFenwick Council\n\n\t2. Reablement\n\tHome-based "
                "reablement\n\t7,420\n\tNHS Fenwick\n")
    owners = links(x, "ownedBy")
    assert ("Home First and discharge to assess", "Fenwick Council") in owners
    assert ("Reablement", "NHS Fenwick") in owners


def test_an_association_of_a_posts_holders_keeps_the_posts_field():
    x = extract("We heard from the Association of Directors of Public Health and the Association of Directors of "
                "Adult Social Services.\n")
    assert {"Association of Directors of Public Health", "Association of Directors of Adult Social Services"} <= \
        set(x.labels(*ORG))
    assert "Association of Directors" not in set(x.labels(*ORG))


@pytest.mark.parametrize("text, place", [
    ("Healthwatch North East Fenshire and North East Fenshire Council agreed. North East Fenshire Health and Care "
     "Partnership met in North East Fenshire.\n", "North East Fenshire"),
    ("Royal Fenshire NHS Foundation Trust and Fenshire Healthcare spoke. West Fenshire Council agreed the plan for "
     "West Fenshire, and West Fenshire Carers met in West Fenshire.\n", "West Fenshire"),
])
def test_a_place_opened_by_compass_words_is_read_whole(text, place):
    assert extract(text).front.place == place


def test_a_cover_title_set_a_few_words_a_line_is_read_whole():
    x = extract("Fenwick Health and Wellbeing Board\nFenwick\nJoint Health\nand Wellbeing\nStrategy\n2024–2029\n"
                "Fairer lives\n\nThe Board agreed the strategy with partners across the borough.\n")
    assert x.front.title == "Joint Health and Wellbeing Strategy 2024–2029"


def test_a_paper_titled_as_a_strategy_is_a_strategy_whichever_board_agreed_it():
    strategy = extract("Fenwick Health and Wellbeing Board\nJoint Health and Wellbeing Strategy 2024–2029\n\nThe Board "
                       "agreed this strategy with partners.\n")
    about = extract("Fenwick Health and Wellbeing Board\nRefreshing our Joint Health and Wellbeing Strategy\n\nThe "
                    "Board is asked to note the plan for the refresh.\n")
    assert (strategy.front.kind, about.front.kind) == ("strategy", "report")
