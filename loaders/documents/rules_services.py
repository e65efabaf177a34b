"""Services and offers a paper names in lower case by what is done to them.

A recommendation or a plan names most of what it wants done without capitals:
"Commission a peer support group for people who hoard", "Fund a stop-vaping offer
through the school nursing service", "Set up independent travel training", "create a
single "health to housing" referral route".  The verb (commission, fund, offer, set
up, launch, extend ...) says a service is meant and the last word says what kind
(service, offer, scheme, pathway, sessions ...); the words between name it.  Words of
time or amount ("a twelve-month pilot", "the same service") name nothing.

Capitalised names of services are read by the body rules (:mod:`.rules_bodies`);
these rules only read what is left.

>>> from partnergraph.loaders.documents import extract
>>> extract("1. Set up independent travel training for young people.\\n").labels("Initiative")
['Independent travel training']
"""

from __future__ import annotations

import re

from .rules_common import _cue_lines, _matches_at

__all__ = ["ServiceRules"]

# What is done to a service: it is commissioned, funded, offered, set up, extended ...
_VERBS = (r"commission(?:s|ed|ing)?|fund(?:s|ed|ing)?|offer(?:s|ed|ing)?|provid(?:e|es|ed|ing)|"
          r"launch(?:es|ed|ing)?|set(?:s|ting)?[ ]up|introduc(?:e|es|ed|ing)|pilot(?:s|ed|ing)?|"
          r"extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|creat(?:e|es|ed|ing)|(?:re-)?establish(?:es|ed|ing)?|"
          r"open(?:s|ed|ing)?|run(?:s|ning)?|ran|roll(?:s|ed|ing)?[ ]out|publish(?:es|ed|ing)?|"
          r"adopt(?:s|ed|ing)?|carr(?:y|ies|ied|ying)[ ]out|promot(?:e|es|ed|ing)|through")
# How each of _VERBS starts (lower case): the scan tries the pattern only there.
_VERB_STARTS = ("commission", "fund", "offer", "provid", "launch", "set", "introduc", "pilot", "extend", "expand",
                "creat", "establish", "re-establish", "open", "run", "ran", "roll", "publish", "adopt", "carr",
                "promot", "through")
# The kinds of service a last word says (the needles the scan starts from, then the pattern's alternation).
_HEADS = ("service", "services", "offer", "scheme", "schemes", "programme", "pathway", "route", "budget", "training",
          "checks", "sessions", "resource", "guide", "kits", "hub", "hubs", "house", "clinic", "clinics", "campaign",
          "project", "pilot", "helpline", "support group", "audit", "toolkit", "grant", "register", "approach")
_HEAD_NEEDLES = tuple(" " + head for head in _HEADS)
# Words that say how many or how new, not what: left out of the label.
_SIZES = ("new", "single", "second", "third", "dedicated", "free", "weekly", "monthly", "joint", "local", "countywide",
          "boroughwide", "citywide", "specialist", "targeted", "further", "additional", "small", "existing")
_SERVICE_OBJECT = re.compile(
    r"(?<![\w’'\-])(?i:" + _VERBS + r")[ ]"
    r"(?:(?:every|each|all)[ ](?:[a-z]+[ ]){1,2})?"  # "Offer every eligible family a ..."
    r"(?:(?:a|an|the|its|their|our|more)[ ])?"
    r"(?:(?:" + "|".join(_SIZES) + r")[ ])*"
    r"(?P<what>(?:[“\"‘'][a-z][a-z\- ]{2,40}[”\"’'][ ])?(?:[a-z][a-z\-]+[ ]){0,3}?)"
    r"(?P<head>" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")\b(?![\-’'])")
_QUOTES = "“\"‘'”’"
# Words that cannot name what a service does: joins, determiners, verbs, and words of amount.
_NOT_WHAT = frozenset({
    "and", "or", "to", "the", "a", "an", "of", "for", "in", "on", "at", "by", "as", "with", "from", "into", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "must",
    "its", "their", "our", "this", "that", "these", "those", "which", "who", "not", "all", "any", "each", "every",
    "same", "such", "other", "whole", "current", "pooled", "overall", "annual", "main", "full", "wider", "public",
    "council", "nhs", "one", "two", "three", "more", "most", "some", "many", "first", "better", "good", "best",
    "simple", "extra", "neighbouring", "similar", "different", "bigger", "larger", "smaller"})
# Words of how long or how wide ("a twelve-month pilot", "a borough-wide campaign"): they say nothing of what.
_HOW_LONG = re.compile(r"[a-z]+-(?:month|year|week|day|wide)$")


class ServiceRules:
    """Lower-case services named by what is done to them (mixed into the extractor)."""

    def find_services_by_verb(self) -> None:
        """"Commission a peer support group", "Fund a “digital buddy” in every library", "Set up independent
        travel training": the words before the kind, after the verb, are the service."""
        lines = _cue_lines(self.doc, _HEAD_NEEDLES, word_end=True)
        for m in _matches_at(_SERVICE_OBJECT, self.doc, _VERB_STARTS, lines) if lines else ():
            ws = m.start("what")
            label = self._service_label(m.group("what"), m.group("head"))
            if label is None or self.is_claimed(ws, m.end(), ("body", "post", "person", "strategy")) \
                    or self.mentions_in(ws, m.end(), ("org", "post", "person", "strategy")):
                continue
            # A service the lexicon knows may be named with its kind: "peer support" in "a peer support group".
            if any(s < ws or e >= m.end() for s, e, _ in self.mentions_in(ws, m.end(), ("initiative",))):
                continue
            # Not claimed: its words may also name a theme ("digital inclusion sessions").
            self.add("Initiative", label, ws, m.end(), "service-object")

    def _service_label(self, what: str, head: str) -> str | None:
        """The service's label ("Waiting well offer") from the words that say what it is and its kind, or None when
        those words cannot name one ("the same service", "a new service")."""
        quoted, plain = "", what
        if what and what[0] in _QUOTES:
            close = next(i for i, c in enumerate(what) if i and c in _QUOTES)
            quoted, plain = what[1:close], what[close + 1:]
        words = plain.split()
        if any(w in _NOT_WHAT or _HOW_LONG.match(w) for w in words) or not (quoted or words) or \
                head == "approach" and len(words) < 2:
            return None  # (a name in quotes is read as it is: "health to housing")
        words = [*quoted.split(), *words]
        label = " ".join((*words, head))
        return label[:1].upper() + label[1:]
