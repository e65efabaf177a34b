"""Tables laid out with spaces under a rule of dashes: read by column, so a wrapped cell is one cell again."""

from __future__ import annotations

from partnergraph.loaders.documents import extract
from partnergraph.loaders.documents.readers import decode_text
from partnergraph.loaders.documents.spaced_tables import ruled_tables_as_cells

# A progress table of our own, in the shape a safeguarding partnership's yearly report takes when saved as text:
# the lead's name and the verdict both wrap onto the lines below their row.
PROGRESS = """\
Thornbury Safeguarding Children Partnership - learning review of 2024

The partnership's response to the review's recommendations:

   Rec  Recommendation (summary)            Partnership     Lead                  Status
                                            response
   ---  ----------------------------------  --------------  --------------------  ---------
   1    Every child missing three or more   Accepted        Child Exploitation    Complete
        times in 90 days to have a multi-                   and Missing Group
        agency strategy discussion
   2    Schools to be invited to every      Accepted in     Education             In
        strategy discussion about a pupil   part            Safeguarding Group    progress
   3    The partnership to fund a           Not accepted    Business Manager      -
        specialist worker in each district

                                                                            Page 4 of 9
The partnership will report progress to the Thornbury Health and Wellbeing Board in the spring.
"""


def _cells(text: str) -> list[list[str]]:
    """The rows of the first table written as cells, each row as its cells' texts."""
    rows, row = [], []
    for line in ruled_tables_as_cells(text).split("\n"):
        if line.startswith("\t"):
            row.append(line[1:])
        elif row:
            rows.append(row)
            row = []
    return rows


def test_wrapped_cells_are_joined_under_their_heading():
    rows = _cells(PROGRESS)
    assert rows[0] == ["Rec", "Recommendation (summary)", "Partnership response", "Lead", "Status"]
    assert rows[1] == ["1", "Every child missing three or more times in 90 days to have a multi-agency strategy "
                            "discussion", "Accepted", "Child Exploitation and Missing Group", "Complete"]
    assert rows[2][2:] == ["Accepted in part", "Education Safeguarding Group", "In progress"]
    assert len(rows) == 4  # the page footer after the blank line is not a row


def test_prose_after_the_table_is_left_as_written():
    out = ruled_tables_as_cells(PROGRESS)
    assert "Page 4 of 9\nThe partnership will report progress to the Thornbury Health and Wellbeing Board" in out
    assert out.startswith("Thornbury Safeguarding Children Partnership - learning review of 2024\n\nThe partnership")


def test_a_dash_for_none_does_not_join_the_next_row():
    """A figures table says "-" for no figure; that is not a word broken at a hyphen."""
    table = ("   Measure                          2023-24   England\n"
             "   -------------------------------  --------  -------\n"
             "   Contacts to the front door         47,225        -\n"
             "   Referrals to social care           11,085     10.4\n"
             "   Plans per 10,000 children            40.6     41.6\n"
             "     aged under 18\n"
             "   -------------------------------  --------  -------\n"
             "   Total                              58,310        -\n")
    rows = _cells(table)
    assert [r[0] for r in rows] == ["Measure", "Contacts to the front door", "Referrals to social care",
                                    "Plans per 10,000 children aged under 18", "Total"]
    assert rows[3] == ["Plans per 10,000 children aged under 18", "40.6", "41.6"]


def test_text_without_a_table_is_unchanged():
    text = ("Summary\n-------  --------\n\nThe Board noted the report and asked for an update in March.\n"
            "1.  A paragraph that runs on across the whole width of the page, as prose does, then stops.\n")
    assert ruled_tables_as_cells(text) == text
    prose_under_rule = ("Heading one     Heading two\n---------       -----------\n"
                        "This sentence runs right across both of the columns above it and is not a cell.\n")
    assert ruled_tables_as_cells(prose_under_rule) == prose_under_rule


def test_verdicts_and_owners_are_read_from_a_spaced_table():
    x = extract(decode_text(PROGRESS.encode()))
    verdicts = {}
    for link in x.links:
        if link.relation == "respondsTo":
            number = x.entities[link.object].attributes.get("number")
            verdicts[number] = x.entities[link.subject].attributes.get("verdict")
    assert verdicts == {"1": "accepted", "2": "partially-accepted", "3": "rejected"}
    owners = {x.entities[l.object].label for l in x.links if l.relation == "ownedBy"}
    assert {"Child Exploitation and Missing Group", "Education Safeguarding Group"} <= owners


def test_a_section_title_above_or_below_the_table_is_no_row():
    text = ("DISTRIBUTION\n"
            "Name                  Post\n"
            "--------------------  ------------------------------\n"
            "Dr Sunita Rawcliffe   Director of Public Health\n"
            "Maxine Ellingham      Corporate Director, Adults and Health\n"
            "Douglas Penfold       Head of Finance\n"
            "\n"
            "AUDIT TEAM\n"
            "Fenella Ashcroft   Chief Internal Auditor\n")
    out = ruled_tables_as_cells(text)
    assert out.startswith("DISTRIBUTION\n\tName\n\tPost\n\n\tDr Sunita Rawcliffe\n\tDirector of Public Health\n\n"
                          "\tMaxine Ellingham\n")
    assert "AUDIT TEAM\nFenella Ashcroft   Chief Internal Auditor" in out


def test_two_columns_of_prose_side_by_side_are_read_one_after_the_other():
    """A strategy's "What we know" beside "What we will do", as a PDF exported with its layout prints them."""
    text = decode_text(
        ("What we know                                      What we will do\n"
         "\n"
         "One in four adults will have a mental health      Expand the talking therapies service so\n"
         "problem at some point in their lives, and         that more people with anxiety are seen.\n"
         "about 3,100 people in Fenwick are living          Introduce the Family Nurse Part-\n"
         "with dementia. Access to therapies has been       nership for young mothers. Agree a\n"
         "limited, and people in contact with services      suicide prevention plan with Ashby\n"
         "are less likely to be in paid work.               Borough Council and Fenwick Borough\n"
         "                                                  Council.\n").encode())
    assert "What we know\nOne in four adults will have a mental health problem at some point" in text
    assert "Introduce the Family Nurse Partnership for young mothers. Agree a suicide prevention plan with Ashby " \
           "Borough Council and Fenwick Borough Council." in text
    orgs = set(extract(text).labels("Organisation"))
    assert {"Ashby Borough Council", "Fenwick Borough Council"} <= orgs


def test_a_table_of_names_and_posts_is_not_read_as_columns_of_prose():
    text = ("Name                       Post\n"
            "Fergus Lee                 Consultant in Public Health, Fenwick\n"
            "                           Council\n"
            "Ann Bell                   Director of Public Health\n"
            "Sam Oduya                  Head of Commissioning\n"
            "Ruth Kay                   Chief Executive, Fenwick CVS\n"
            "Tom Hale                   Programme Manager\n")
    assert decode_text(text.encode()).splitlines()[1].startswith("Fergus Lee")
