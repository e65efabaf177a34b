"""Relations between what was found: membership, leadership, reporting lines, partners, delivery."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .rules_common import _RELATION_WORDS

__all__ = ["RelationRules"]

_MEMBERSHIP = re.compile(r"\b(?:includes|including|comprises|comprising|is made up of|membership includes|"
                         r"members include|brings together|consists of)\b")
_ENGAGED = re.compile(r"\b(?:engagement in|engaged in|represented on|representation on|sits? on|member of|"
                      r"members of|participation in|participate in|involvement in)\b", re.IGNORECASE)
_PARTNERS = re.compile(r"\b(?:working with partners|with partners|in partnership with|partners,? including|"
                       r"work(?:ing)? with|jointly with|together with)\b", re.IGNORECASE)
_LEADS = re.compile(r"\b(?:under the leadership of|led by|leadership of|chaired by|hosted by|convened by|"
                    r"coordinated by|co-ordinated by)\b", re.IGNORECASE)
_DELIVERS = re.compile(r"\b(?:delivering|delivered by|will deliver|delivers|is delivering|responsible for "
                       r"delivering)\b", re.IGNORECASE)
_FUNDED = re.compile(r"\b(?:match[ -])?(?:funded|financed|paid for|commissioned)[ ]by\b", re.IGNORECASE)
_REPORTS = re.compile(r"\b(?:reports? to|reporting to|accountable to|is a sub-?group of|sub-?group of|"
                      r"answerable to)\b", re.IGNORECASE)


# Words one of which each match of a pattern above holds, looked for in the sentence in lower case before the pattern
# is searched for.  For case-blind patterns they hold no "i" or "s": a case-blind pattern also reads a dotless "ı", a
# dotted "İ" or a long "ſ" as one, and lower case leaves those as they are.
_MEMBERSHIP_CUES = ("includ", "compris", "made up of", "brings together", "consists of")  # case as written
_ENGAGED_CUES = ("engage", "repre", " on", "member", "part", "nvolv")
_PARTNERS_CUES = ("partner", "work", "ntly", "together")
_LEADS_CUES = (" by", "leader")
_DELIVERS_CUES = ("del",)
_FUNDED_CUES = (" by",)
_REPORTS_CUES = ("report", "accountable", "group of", "werable")


def _cued(pattern: re.Pattern, text: str, low: str, cues: tuple[str, ...]):
    """``pattern.search(text)``, skipped (None) when ``low`` holds none of ``cues``."""
    for cue in cues:
        if cue in low:
            return pattern.search(text)
    return None


@lru_cache(maxsize=1)
def _relation_words():
    """The words that state a relation, as one automaton: sentences without them are not read again."""
    from .lexicon import PhraseMatcher

    return PhraseMatcher(list(_RELATION_WORDS))


# A bracket after a post: the body it is in ("Head of Performance (City and Hackney CCG)").
_OPEN_BRACKET = re.compile(r"[ \t]*\(")
# "of", "at", "for" or "in" after a post, before its body (compiled once: asked for every post).
_POST_OF = re.compile(r",?[ \t]+(?:of|at|for|in)[ \t]+(?:the[ \t]+)?")


class RelationRules:
    """Rules of this family, mixed into :class:`~.extract.Extractor` (they use its state)."""

    def find_relations(self) -> None:
        doc = self.doc
        work = doc.work
        ments = sorted(set(self._mentions))
        by_start = defaultdict(list)
        for s, e, k in ments:
            by_start[s].append((e, k))
        # Possessive: "Hartlepool Borough Council's Strategy and Partnership Team" -> team part of council.
        for s, e, k in ments:
            if not k.startswith("org:"):
                continue
            tail = work[e:e + 3]
            if tail.startswith(("’s ", "'s ")):
                for e2, k2 in by_start.get(e + 3, []):
                    if k2.startswith("org:"):
                        self.link(k2, "subOrganisationOf", k, s, e2, "possessive")
            # Post (Body): "The Head of Performance (City and Hackney CCG)".
        for s, e, k in ments:
            if not k.startswith("post:"):
                continue
            m = _OPEN_BRACKET.match(work[e:e + 8])
            if m:
                for e2, k2 in by_start.get(e + m.end(), []):
                    if k2.startswith("org:"):
                        self.link(k, "postIn", k2, s, e2 + 1, "post-in")
            m2 = _POST_OF.match(work[e:e + 12])
            if m2:
                for e2, k2 in by_start.get(e + m2.end(), []):
                    if k2.startswith("org:"):
                        self.link(k, "postIn", k2, s, e2, "post-in")
        # A person's "(Chair)" and the Chair of the meeting's board.
        committee = self.front.committee
        for s, e, k in ments:
            if k.startswith("person:"):
                m = re.match(r"[ \t]*\((Chair|Chairman|Vice[- ]Chair)\)", work[e:e + 20])
                if m and committee:
                    self.link(k, "chairs" if m.group(1).startswith("Chair") else "memberOf", committee, s,
                              e + m.end(), "relation")
            if k == "post:chair" and committee:
                self.link(k, "chairs", committee, s, e, "relation", 0.7)
                self.link(k, "postIn", committee, s, e, "post-in", 0.7)
        # Sentence-level relations: only sentences where a relation's wording occurs.
        done: set[tuple[int, int]] = set()
        for m in doc.phrases(_relation_words()):
            span = doc.sentence(m.start, m.end)
            if span in done:
                continue
            done.add(span)
            self._sentence_relations(*span)

    def _sentence_relations(self, s: int, e: int) -> None:
        work = self.doc.work
        sentence = work[s:e]
        low = sentence.lower()
        orgs = self.mentions_in(s, e, ("org",))
        agents = self.mentions_in(s, e, ("org", "person", "post"))
        author_org = self._author_org()
        m = _cued(_LEADS, sentence, low, _LEADS_CUES)
        if m:
            after = [x for x in agents if x[0] >= s + m.end()]
            before = [x for x in self.mentions_in(s, e, ("org", "initiative", "strategy")) if x[1] <= s + m.start()]
            if after and before:
                rel = "chairs" if "chair" in m.group().lower() else "leads"
                subj, obj = after[0][2], before[-1][2]
                if rel == "chairs" and not obj.startswith("org:"):
                    rel = "leads"
                self.link(subj, rel, obj, s, e, "leadership")
            elif after and "group" in sentence[:m.start()].lower():
                grp = self._recent_group(s)
                if grp:
                    self.link(after[0][2], "leads", grp, s, e, "leadership")
        m = _cued(_MEMBERSHIP, sentence, sentence, _MEMBERSHIP_CUES)
        if m and not _PARTNERS.search(sentence[:m.start()]):
            subj_cands = [x for x in orgs if x[1] <= s + m.start()]
            grp = subj_cands[-1][2] if subj_cands else (self._recent_group(s) if re.search(
                r"(?i)\bthis (?:group|board|partnership|panel|forum|network)\b", sentence[:m.start()]) else None)
            if grp:
                for x in agents:
                    if x[0] >= s + m.end() and x[2] != grp and work[x[1]:x[1] + 2] not in ("’s", "'s"):
                        self.link(x[2], "memberOf", grp, s, e, "membership")
        m = _cued(_ENGAGED, sentence, low, _ENGAGED_CUES)
        if m and author_org and re.search(r"(?i)\b(?:we|our|the council)\b", sentence[:m.start()] + " "):
            for x in orgs:
                if x[0] >= s + m.end() and x[2] != author_org and self.entities[x[2]].type in ("Board", "Partnership"):
                    self.link(author_org, "memberOf", x[2], s, e, "membership", 0.65)
        m = _cued(_PARTNERS, sentence, low, _PARTNERS_CUES)
        if m:
            before = [x for x in orgs if x[1] <= s + m.start()]
            subj = before[-1][2] if before else author_org
            if subj:
                for x in orgs:
                    if x[0] >= s + m.end() and x[2] != subj and self.entities[x[2]].type == "Organisation":
                        self.link(subj, "partnerOf", x[2], s, e, "partnership")
        m = _cued(_DELIVERS, sentence, low, _DELIVERS_CUES)
        if m:
            work_item = self._main_initiative()
            before = [x for x in agents if x[1] <= s + m.start()]
            after = [x for x in agents if x[0] >= s + m.end()]
            if "by" in m.group() and after:
                target = [x for x in self.mentions_in(s, s + m.start(), ("initiative", "strategy"))]
                obj = target[-1][2] if target else work_item
                if obj:
                    self.link(obj, "deliveredBy", after[0][2], s, e, "delivery")
            elif before and work_item:
                self.link(work_item, "deliveredBy", before[-1][2], s, e, "delivery")
        m = _cued(_FUNDED, sentence, low, _FUNDED_CUES)
        if m:
            work_items = self.mentions_in(s, s + m.start(), ("initiative", "strategy"))
            funders = [x for x in orgs if x[0] >= s + m.end()]
            if work_items and funders:
                self.link(work_items[-1][2], "fundedBy", funders[0][2], s, e, "funding")
        m = _cued(_REPORTS, sentence, low, _REPORTS_CUES)
        if m:
            before = [x for x in orgs if x[1] <= s + m.start()]
            after = [x for x in orgs if x[0] >= s + m.end()]
            if before and after:
                said = m.group().lower()
                rel = "accountableTo" if "accountable" in said or "answerable" in said else \
                    "subOrganisationOf" if "group of" in said else "reportsTo"
                self.link(before[-1][2], rel, after[0][2], s, e, "reports-to")

    def _recent_group(self, pos: int) -> str | None:
        for s, e, k in self._mentions.iter_back(pos):
            if s < pos - 3000:
                break  # "this group" means one named nearby
            if e <= pos and k.startswith("org:") and k in self.entities and \
                    self.entities[k].type in ("Partnership", "Board"):
                return k
        return None

    def _author_org(self) -> str | None:
        """The council (or body) whose paper this is: the one "we" means."""
        if self._author_cache is not None:
            return self._author_cache[0]
        self._author_cache = (self._find_author_org(),)
        return self._author_cache[0]

    def _find_author_org(self) -> str | None:
        councils = [e for e in self.entities.values() if e.attributes.get("kind") == "council"
                    and not e.label.lower().startswith("county")]
        if councils:
            return max(councils, key=lambda e: (self.place is not None and self.place in e.label, len(e.evidence))).key
        return None

    def _main_initiative(self) -> str | None:
        title = self.front.title or ""
        for ent in self.entities.values():
            if ent.type in ("Initiative", "Strategy") and ent.label in title:
                return ent.key
        inits = [e for e in self.entities.values() if e.type == "Initiative"]
        return inits[0].key if len(inits) == 1 else None
