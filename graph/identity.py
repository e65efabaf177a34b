"""Deterministic node identifiers and the normal forms used to resolve names.

An identifier is a path under the instance base IRI: ``<prefix>/<place>/<slug>``
for place-scoped types (a body, a post, a theme) and ``<prefix>/<slug>`` otherwise.
The same label in the same place always gives the same identifier, so two builds
of the same inputs can be diffed.

Examples
--------
>>> node_id("Board", "Health and Wellbeing Board", place="Derby")
'org/derby/health-and-wellbeing-board'
>>> node_id("Board", "Derby Health and Wellbeing Board", place="Derby")
'org/derby/health-and-wellbeing-board'
>>> node_id("Person", "Councillor Marie Tidball")
'person/marie-tidball'
>>> normal_name("The  Health & Well-being Board")
'health and well being board'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from partnergraph.ontology import node_type

__all__ = ["slugify", "node_id", "place_id", "normal_name", "name_key", "strip_place", "person_name", "short_hash",
           "MAX_SLUG"]

#: Longest slug kept whole; longer labels are cut at a word and given a short hash.
MAX_SLUG = 60

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Apostrophes, straight or curly, join the word they are in: "Children’s" = "Children's" = "Childrens".
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_HONORIFICS = re.compile(
    r"^(?:(?:cllr|councillor|cll?r\.|dr|dr\.|mr|mr\.|mrs|mrs\.|ms|ms\.|miss|prof|prof\.|professor|sir|dame"
    r"|rev|rev\.|the rt hon|rt hon)\s+)+",
    re.IGNORECASE,
)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


# The same few thousand names are normalised again for every mention, so the pure functions
# below remember their last answers (a build of 1,500 papers calls them about half a million times).
_CACHE = 1 << 16


@lru_cache(maxsize=_CACHE)
def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; long text is cut and hashed so it stays unique.

    >>> slugify("Children’s Trust"), slugify("Children's Trust")
    ('childrens-trust', 'childrens-trust')
    """
    ascii_text = _ascii(text)
    slug = _NON_WORD.sub("-", ascii_text.lower().replace("&", " and ")).strip("-")
    if not slug:
        return "x-" + short_hash(text)
    if len(slug) <= MAX_SLUG:
        return slug
    cut = slug[:MAX_SLUG].rsplit("-", 1)[0]
    return f"{cut}-{short_hash(slug)}"


def short_hash(text: str, length: int = 8) -> str:
    """A short, stable hex digest of ``text``."""
    return hashlib.sha1(str(text).encode("utf-8")).hexdigest()[:length]


@lru_cache(maxsize=_CACHE)
def normal_name(text: str) -> str:
    """The form in which two wordings of one name compare equal (case, spacing, '&', 'the', apostrophes)."""
    ascii_text = _ascii(text)
    words = _NON_WORD.sub(" ", ascii_text.lower().replace("&", " and ")).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=_CACHE)
def name_key(text: str) -> str:
    """The key names are looked up by: :func:`normal_name` without spaces, so that
    'Well Being', 'Well-being' and 'Wellbeing' meet.

    >>> name_key("Health and Well Being Board") == name_key("Health & Wellbeing Board")
    True
    """
    return normal_name(text).replace(" ", "")


@lru_cache(maxsize=_CACHE)
def strip_place(label: str, place: str | None) -> str:
    """A label without a leading place name: 'Derby City Council' in Derby -> 'City Council'.

    Only a leading place name is removed, and never when nothing would be left.
    """
    text = _LEADING_THE.sub("", str(label).strip())
    if place:
        pattern = re.compile(rf"^{re.escape(str(place).strip())}(?:'s)?\s+(?=\S)", re.IGNORECASE)
        stripped = pattern.sub("", text)
        if stripped and stripped.lower() not in {"city council", "council"}:
            return stripped
    return text


def person_name(name: str) -> str:
    """A person's name without honorifics: 'Cllr Marie Tidball' -> 'Marie Tidball'."""
    return _HONORIFICS.sub("", str(name).strip()).strip() or str(name).strip()


def _ascii(text: str) -> str:
    text = str(text)
    if text.isascii():  # NFKD leaves ASCII as it is
        return text.replace("'", "").replace("`", "")
    return unicodedata.normalize("NFKD", _APOSTROPHES.sub("", str(text))).encode("ascii", "ignore").decode("ascii")


def place_id(place: str) -> str:
    """The identifier of a Place node from its name."""
    return f"{node_type('Place').id_prefix}/{slugify(place)}"


@lru_cache(maxsize=_CACHE)
def node_id(type_name: str, label: str, *, place: str | None = None, key: str | None = None) -> str:
    """The deterministic identifier of a node.

    Parameters
    ----------
    type_name : a node type declared in the ontology.
    label : the node's label; it names the node unless ``key`` is given.
    place : the place name that scopes place-scoped types.
    key : a wording that identifies the node better than its label (a
        recommendation's maker, date and number, say).
    """
    t = node_type(type_name)
    if type_name == "Person":
        name = person_name(label)
    elif type_name == "Place":
        return place_id(label)
    else:
        name = strip_place(key if key is not None else label, place if t.place_scoped else None)
    if t.place_scoped and place:
        return f"{t.id_prefix}/{slugify(place)}/{slugify(name)}"
    return f"{t.id_prefix}/{slugify(name)}"
