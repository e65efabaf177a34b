"""Services a paper names in lower case by what is done to them (rules_services)."""

from __future__ import annotations

import pytest

from partnergraph.loaders.documents import extract

_PAPER = "Report to the Health and Wellbeing Board\n\nRecommendations\n\n"


@pytest.mark.parametrize("sentence, service", [
    ("Commission a peer support group for people who hoard.", "Peer support group"),
    ("Fund a stop-vaping offer in every secondary school.", "Stop-vaping offer"),
    ("Offer every eligible family a personal transport budget as an alternative to a taxi.",
     "Personal transport budget"),
    ("Set up independent travel training for young people aged 14 and over.", "Independent travel training"),
    ("The ICB and the Council should jointly commission a \u201cwaiting well\u201d offer of support.",
     "Waiting well offer"),
    ("Create a single \"health to housing\" referral route for GPs.", "Health to housing referral route"),
    ("The Trust adopted a contextual safeguarding approach last year.", "Contextual safeguarding approach"),
    ("Provide naloxone kits to every hostel in the city.", "Naloxone kits"),
])
def test_a_service_named_by_what_is_done_to_it(sentence, service):
    assert service in extract(_PAPER + sentence + "\n").labels("Initiative")


@pytest.mark.parametrize("sentence", [
    "We will use the same service next year.",
    "Run a twelve-month pilot in two wards.",
    "Launch a borough-wide campaign in the spring.",
    "The Council will fund the service from the pooled budget.",
    "We will offer an approach that works.",
])
def test_words_of_amount_or_time_name_no_service(sentence):
    x = extract(_PAPER + sentence + "\n")
    assert not [e.label for e in x.of_type("Initiative") if any(ev.rule == "service-object" for ev in e.evidence)]
