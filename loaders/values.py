"""Reading typed values out of cells: dates, node types, relations, verdicts, kinds, sectors.

Each reader returns the canonical value or raises ``ValueError`` with a message a
policy officer can act on; the caller adds where the cell is.

Examples
--------
>>> parse_date("17th January 2019"), parse_date("13/04/2018"), parse_date("2017-03")
('2019-01-17', '2018-04-13', '2017-03')
>>> parse_type("boards"), parse_relation("Reports to"), parse_relation("advises")
('Board', 'reportsTo', None)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from partnergraph.ontology import NODE_TYPES, RELATIONS, lookup, verdict_for

__all__ = ["parse_date", "parse_type", "parse_relation", "parse_verdict", "parse_kind", "parse_sectors",
           "split_list", "text_of", "REGISTER_TYPES"]

#: Types a register's Elements sheet may declare (documents, places and responses have sheets or columns).
REGISTER_TYPES: tuple[str, ...] = tuple(n for n, t in NODE_TYPES.items()
                                        if t.drawn and n not in ("Document", "Place", "Response"))

_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"], start=1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")
_WORDS = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([A-Za-z]+)\.?,?\s+(\d{4})$")


def text_of(value: Any) -> str:
    """A cell as clean text: numbers without a trailing '.0', spaces collapsed."""
    if value is None:
        return ""
    if isinstance(value, bool):  # YAML 1.1 reads an unquoted Yes/No as a boolean
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def split_list(value: Any) -> list[str]:
    """A ';'- or newline-separated cell as a list of clean items."""
    if isinstance(value, (list, tuple)):
        items = [text_of(v) for v in value]
    else:
        items = [text_of(v) for v in re.split(r"[;\n]", str(value or ""))]
    return [i for i in items if i]


def parse_date(value: Any) -> str:
    """An ISO date (or year-month, or year) from the ways people write dates in the UK."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 2999:
        return str(value)
    text = text_of(value)
    m = _ISO.match(text)
    if m:
        year, month, day = m.groups()
        return _checked(int(year), int(month) if month else None, int(day) if day else None, text)
    m = _DMY.match(text)
    if m:
        day, month, year = (int(x) for x in m.groups())
        return _checked(year + 2000 if year < 100 else year, month, day, text)
    m = _WORDS.match(text)
    if m and m.group(2).lower() in _MONTHS:
        day = int(m.group(1)) if m.group(1) else None
        return _checked(int(m.group(3)), _MONTHS[m.group(2).lower()], day, text)
    raise ValueError(f"bad date {text!r}; write it as YYYY-MM-DD, DD/MM/YYYY or '5 April 2018'")


def parse_type(value: Any) -> str:
    """A node type from its name, label or plural, in any case ('boards', 'Organization')."""
    key = _norm(text_of(value)).replace("organization", "organisation")
    for name in REGISTER_TYPES:
        t = NODE_TYPES[name]
        if key in {_norm(name), _norm(t.label), _norm(t.plural)}:
            return name
    raise ValueError(f"unknown type {text_of(value)!r}; use one of {', '.join(REGISTER_TYPES)}")


def parse_relation(value: Any) -> str | None:
    """A relation name from its name or label ('reports to', 'reportsTo'); None for free wording."""
    key = _norm(text_of(value))
    for name, r in RELATIONS.items():
        if key in {_norm(name), _norm(r.label), _norm(r.neo4j_type)}:
            return name
    return None


def parse_verdict(value: Any) -> str:
    """A verdict concept id from a response's wording ('Yes', 'Partially', 'Not agreed')."""
    c = verdict_for(text_of(value))
    if c is None:
        raise ValueError(f"unknown verdict {text_of(value)!r}; use Accepted (yes), Partially accepted, "
                         f"Rejected (no), Noted or Deferred")
    return c.id


def parse_kind(value: Any) -> str:
    """An organisation-kind concept id from its name or an alternative wording ('CCG')."""
    c = lookup("kinds", text_of(value))
    if c is None:
        raise ValueError(f"unknown kind of body {text_of(value)!r}; see the kinds in 'partnergraph template'")
    return c.id


def parse_sectors(value: Any) -> list[str]:
    """Sector concept ids from a ';'-separated cell ('health; VCSE')."""
    out = []
    for item in split_list(value):
        c = lookup("sectors", item)
        if c is None:
            raise ValueError(f"unknown sector {item!r}; see the sectors in 'partnergraph template'")
        out.append(c.id)
    return out


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _checked(year: int, month: int | None, day: int | None, text: str) -> str:
    try:
        if day is not None:
            return dt.date(year, month or 1, day).isoformat()
        if month is not None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}"
    except ValueError:
        raise ValueError(f"bad date {text!r}: no such day") from None
