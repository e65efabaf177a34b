"""Recommendations numbered through a section, and answers given to them by number (rules_numbered).

Each paper here is ours, written in the layouts batch 11's held-out papers used (a scrutiny report and the
Cabinet's answers in two parts, a Healthwatch report with each answer under its recommendation, minutes that
sum the answers up, an audit's action plan drawn as one box per recommendation).
"""

from __future__ import annotations

from partnergraph.loaders.documents import extract
from partnergraph.loaders.documents.readers import join_hanging_lines


def _verdicts(x) -> dict[str, str | None]:
    out: dict[str, str | None] = {e.attributes["number"]: None for e in x.of_type("Recommendation")
                                  if e.attributes.get("number")}
    for link in x.links:
        if link.relation == "respondsTo":
            out[x.entities[link.object].attributes.get("number")] = x.entities[link.subject].attributes["verdict"]
    return out


def _owners(x) -> set[str]:
    return {x.entities[l.object].label for l in x.links if l.relation == "ownedBy"}


TWO_PARTS = """PART A - THE TASK GROUP'S REPORT

A4   Our recommendations

      Recommendations are numbered Rec 1 to Rec 3. The group did not rank them.

Rec 1   The Council should create a single referral route, so that any GP or health
        visitor can ask for a home to be inspected.

Rec 2   The Council should inspect every licensed home for damp and mould at renewal.

Rec 3   NHS Fenwick should add a question about the home to every asthma review.

PART B - THE CABINET'S RESPONSE

Rec 1 ~ A single referral route
   ACCEPTED.
   A single online form will go to the private sector housing team from January 2026.
   Lead: Head of Private Sector Housing        Target: 31 January 2026

Rec 2 ~ Inspections at renewal
   ACCEPTED IN PART.
   We will inspect a sample of one in five licensed homes.
   Lead: Head of Private Sector Housing        Target: March 2026

Rec 3 ~ Asthma reviews
   NOTED FOR PARTNER.
   The ICB will consider this in its asthma bundle.
"""


def test_a_section_of_numbered_recommendations_answered_under_their_own_headings():
    x = extract(TWO_PARTS)
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted", "3": "noted"}
    assert "Head of Private Sector Housing" in _owners(x)
    first = next(e for e in x.of_type("Recommendation") if e.attributes["number"] == "1")
    assert first.label.startswith("The Council should create a single referral route")


INTERLEAVED = """RECOMMENDATIONS AND RESPONSES

Each response is given in the organisation's own words, followed by our reading of it:

   SUPPORTED        the organisation agrees and will act
   PART-SUPPORTED   the organisation agrees with some of the recommendation
   NO RESPONSE      no reply had been received when we published

Part 1 - For Fenwick Hospitals NHS Foundation Trust

1.1  Use a professional interpreter at every antenatal contact where a woman does not speak
     English well.

     | Response from Joanne Prowse, Director of Midwifery:
     | "We support this recommendation. We will audit this each quarter."
     Our reading: SUPPORTED

1.2  Provide written information about going home after birth in ten languages.

     | Response from Joanne Prowse, Director of Midwifery:
     | "We will translate five leaflets. Videos in ten languages are not affordable."
     Our reading: PART-SUPPORTED

Part 2 - For NHS Fenwick ICB

2.1  Prioritise continuity of carer teams for women living in the most deprived areas.

     | Response from Lisa Atherton, Head of Maternity Commissioning:
     | "The ICB will consider this in the spring."
     Our reading: TO BE DECIDED

2.2  Recruit members from the communities we spoke to.

     No response had been received by 29 August 2025.
     Our reading: NO RESPONSE

Summary of responses

   Rec   Organisation                                  Our reading
   1.1   Fenwick Hospitals NHS Foundation Trust        Supported
"""


def test_recommendations_grouped_by_body_each_followed_by_its_answer_and_a_reading():
    """A key of the genre's readings ("PART-SUPPORTED", "TO BE DECIDED"); "No response" is no verdict; the summary
    table's rows are not recommendations of their own."""
    x = extract(INTERLEAVED)
    assert _verdicts(x) == {"1.1": "accepted", "1.2": "partially-accepted", "2.1": "deferred", "2.2": None}
    assert len(x.of_type("Recommendation")) == 4


def test_a_quoted_reply_that_ends_its_sentence_is_not_joined_to_the_line_under_it():
    text = ('     | interpreter was used, and we will audit this each quarter with the provider."\n'
            "     Our reading: SUPPORTED\n")
    assert join_hanging_lines(text) == text


MINUTES = """27. Healthwatch Fenwick report: adults waiting for an ADHD assessment

The report made three recommendations, numbered R1 to R3. Board members responded to each in turn:

R1 - The ICB should publish expected waiting times for adult ADHD assessment every quarter. Ms Fairclough said the ICB accepted this.

R2 - The ICB and the Council should jointly commission a "waiting well" offer of support. Mr Hartside said they accepted this in part.

R3 - The Council should fund a specialist adult ADHD worker within its front door. Mr Hartside said the Council could not accept this.

RESOLVED - that the Board:

- recorded the partners' responses to the recommendations as follows: R1 accepted; R2 accepted in part; R3 not accepted; and

- asked Healthwatch Fenwick to report back in twelve months.

28. Better Care Fund 2025/26 - quarter one return

The Board noted the return.
"""


def test_minutes_that_number_recommendations_and_sum_up_the_answers_by_number():
    """Each item's recommendation ends where the minutes begin to report who said what; a minute's heading after
    them ("28. Better Care Fund ...") is not a recommendation."""
    x = extract(MINUTES)
    assert _verdicts(x) == {"1": "accepted", "2": "partially-accepted", "3": "rejected"}
    labels = {e.attributes["number"]: e.label for e in x.of_type("Recommendation") if e.attributes.get("number")}
    assert labels["1"] == "The ICB should publish expected waiting times for adult ADHD assessment every quarter"


def test_a_summary_of_positions_with_leader_dots():
    x = extract(TWO_PARTS.split("PART B")[0] + "B3   Summary of positions\n\n"
                "      Accepted ....................... Rec 1, Rec 3\n"
                "      Not accepted ................... Rec 2\n")
    assert _verdicts(x) == {"1": "accepted", "2": "rejected", "3": "accepted"}


ACTION_PLAN = """6. Management action plan

\tRef 1
\tGrant returns are not reconciled to the ledger

\tPriority
\tHIGH

\tRecommendation
\tReconcile each quarterly grant return to the general ledger before submission.

\tManagement response
\tAgreed. A reconciliation template will be used from quarter 1.

\tResponsible officer
\tFinance Manager (Public Health)

\tRef 2
\tSub-contracts were not notified to the Council

\tRecommendation
\tRequire the provider to seek the Council's written consent before any sub-contract is let.

\tManagement response
\tNot agreed. Clause 22 of the contract allows small sub-contracts without consent.

\tResponsible officer
\tDirector of Public Health
"""


def test_an_action_plan_drawn_as_one_box_of_labelled_values_per_recommendation():
    x = extract(ACTION_PLAN)
    assert _verdicts(x) == {"1": "accepted", "2": "rejected"}
    assert "Director of Public Health" in _owners(x)


POSITIONS = """Appendix A: Response to the Committee's recommendations

\tOur position
\tRecommendation numbers
\tSee

\tWe agree
\t1, 2, 4
\tSection A

\tWe agree in part
\t3
\tSection B

\tFor our NHS partners
\t5, 6
\tSection C

A. Recommendations we agree with

Recommendation 1: Refresh the Self-Neglect and Hoarding Protocol with the Safeguarding Adults Board.
Recommendation 2: Train all housing officers to recognise self-neglect.
Recommendation 4: Refer every resident whose home is rated 7 or more to the fire service.

B. Recommendation we agree with in part

Recommendation 3: Set up a permanent specialist hoarding support service.

C. Recommendations for our NHS partners

Recommendation 5: The ICB should make sure GP practices can flag hoarding risk.
ICB response: The ICB has noted this recommendation and will raise it with NHS England.

Recommendation 6: The Trust should provide occupational therapy input to every hoarding case.
Trust response: This recommendation is under consideration as part of our review of community services.
"""


def test_responses_grouped_by_position_through_a_table_of_numbers_and_answers_noted_or_awaiting_a_decision():
    x = extract(POSITIONS)
    assert _verdicts(x) == {"1": "accepted", "2": "accepted", "3": "partially-accepted", "4": "accepted",
                            "5": "noted", "6": "deferred"}


FOLLOW_UP = """2. Recommendations followed up

  Rec A    Priority: HIGH
  ...........................................................................
  Original finding      A variation increasing the contract value was not signed.
  Recommendation        Ensure every contract variation is approved and signed by both
                        parties before it takes effect.
  Management response   Agreed. The variation log will be checked at each quarterly
  (November 2023)       contract meeting.
  Responsible officer   Public Health Commissioning Manager
  STATUS                >> IMPLEMENTED

  Rec B    Priority: LOW
  ...........................................................................
  Recommendation        Publish the redacted contract on the Council's website.
  Management response   Not agreed. The contract is already listed on the register.
  (November 2023)
  Responsible officer   Head of Procurement
  STATUS                >> CLOSED - RISK ACCEPTED
"""


def test_an_audit_follow_up_of_lettered_records_each_label_beside_its_value():
    """The verdict is the management response first given ("Agreed.", "Not agreed."), not the follow-up's status."""
    x = extract(FOLLOW_UP)
    assert _verdicts(x) == {"A": "accepted", "B": "rejected"}
    assert {"Public Health Commissioning Manager", "Head of Procurement"} <= _owners(x)
    first = next(e for e in x.of_type("Recommendation") if e.attributes["number"] == "A")
    assert first.label.startswith("Ensure every contract variation is approved")


ASKS = """2. Young people and work

What we found
Too many young people in Fenwick are not in education, employment or training.

What I am asking of partners
2.1  Fenwick Council and Fenwick College should offer a supported internship to every young person with a plan.
2.2  Jobcentre Plus should give every 18-24 year old with a health condition a single named work coach.

3. Staying well in work

What I am asking of partners
3.1  The NHS trust should extend physiotherapy self-referral to all working-age residents.

4. Looking back: my 2023/24 recommendations

\tNo.
\tWhat I recommended in 2023/24
\tProgress

\t1
\tWarm spaces to continue through the winter with health advice on site
\tAchieved

\t2
\tA cost of living champion in every GP practice in the borough
\tSome progress
"""


def test_a_reports_asks_of_partners_and_last_years_recommendations_in_a_table():
    """A Director of Public Health's report: "What I am asking of partners" over numbered asks in each chapter (one
    chapter may ask one thing), then last year's recommendations rated for progress (no verdict)."""
    x = extract(ASKS)
    assert _verdicts(x) == {"2.1": None, "2.2": None, "3.1": None, "1": None, "2": None}


def test_an_inspections_areas_for_improvement_are_its_recommendations():
    x = extract("The inspection report set out two areas for improvement. We have copied them below as they were "
                "written.\nArea for improvement 1. Leaders across education, health and care should improve the "
                "timeliness of EHC plans.\nArea for improvement 2. The integrated care board should reduce the time "
                "children wait for assessment.\n")
    assert _verdicts(x) == {"1": None, "2": None}


def test_a_web_pages_ordered_list_keeps_its_numbers_and_a_resolution_answers_them():
    """A ModernGov page's <ol>: the numbers the resolution cites ("That a) recommendations 1 and 2 be approved; b)
    recommendation 3 be not approved") are the list's own, which the page shows and the reader keeps."""
    from partnergraph.loaders.documents.readers import html_to_text

    text = html_to_text("<h3>64. Integrated Care Strategy</h3><p>The report asked the Partnership to:</p><ol>"
                        "<li>approve the draft refreshed strategy for public consultation;</li>"
                        "<li>agree the three system priorities for 2025/26;</li>"
                        "<li>delegate approval of the final strategy to the Chair.</li></ol>"
                        "<p>RESOLVED: That</p><ol type='a'><li>recommendations 1 and 2 be approved;</li>"
                        "<li>recommendation 3 be not approved, and the strategy come back to the Partnership.</li>"
                        "</ol>")
    assert "1. approve the draft" in text and "b) recommendation 3" in text
    x = extract(text)
    verdicts = _verdicts(x)
    assert (verdicts["1"], verdicts["2"], verdicts["3"]) == ("accepted", "accepted", "rejected")
