"""Where a fact was read: the :class:`Source` every node and edge must carry.

A source names the document node the fact came from and its place in it: a
character span and the quoted sentence for text, or the file, sheet and row for a
register.  The rule that produced it and a confidence say how far to trust it.

Examples
--------
>>> s = Source("document/derby-hwb-2019", quote="Give every child the best start in life.",
...            start=120, end=164, rule="list-item", confidence=0.9)
>>> s.location
'characters 120-164'
>>> Source("document/register", file="register.xlsx", sheet="Elements", row=7).location
'register.xlsx, sheet Elements, row 7'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Source", "ProvenanceError"]


class ProvenanceError(ValueError):
    """A fact offered to the graph without a usable source."""


@dataclass(frozen=True, init=False)
class Source:
    """One occurrence of a fact in a source document.

    Sources sort by document, then place in it; a missing span or row sorts first,
    so a register row and a text span can be sorted together.
    """

    document: str
    quote: str = ""
    start: int | None = None
    end: int | None = None
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    rule: str = "register"
    confidence: float = 1.0

    def __init__(self, document: str, quote: str = "", start: int | None = None, end: int | None = None,
                 file: str | None = None, sheet: str | None = None, row: int | None = None,
                 column: str | None = None, rule: str = "register", confidence: float = 1.0) -> None:
        # The generated __init__ of a frozen dataclass sets each field through object.__setattr__; a
        # build makes a Source per occurrence (about 100,000 for 1,500 papers), so fill the dict at once.
        self.__dict__.update(document=document, quote=quote, start=start, end=end, file=file, sheet=sheet,
                             row=row, column=column, rule=rule, confidence=confidence)
        self.__post_init__()

    def __post_init__(self) -> None:
        if not self.document:
            raise ProvenanceError("a source must name its document")
        has_span = self.start is not None and self.end is not None
        has_row = self.row is not None
        if not (has_span or has_row):
            raise ProvenanceError(
                f"a source in {self.document} needs a character span (start, end) or a row")
        if has_span and not (0 <= self.start <= self.end):  # type: ignore[operator]
            raise ProvenanceError(f"bad character span {self.start}-{self.end} in {self.document}")
        if not 0.0 <= float(self.confidence) <= 1.0:
            raise ProvenanceError(f"confidence {self.confidence} is not between 0 and 1")
        # Two decimals are all a person reads, and keep serialisations stable.
        c = self.confidence
        rounded = _ROUNDED.get(c)
        if rounded is None:
            rounded = round(float(c), 2)
            if len(_ROUNDED) < 4096:
                _ROUNDED[c] = rounded
        object.__setattr__(self, "confidence", rounded)

    @classmethod
    def span(cls, document: str, quote: str, start: int, end: int, file: str | None, rule: str,
             confidence: float) -> Source:
        """A source for characters ``start..end`` of a file: the same as ``Source(...)`` with those
        arguments, checked the same way, but without the general constructor's steps (a build makes one
        per occurrence read from a paper)."""
        if not document or start is None or end is None or not 0 <= start <= end \
                or not 0.0 <= float(confidence) <= 1.0:
            return cls(document, quote, start, end, file, rule=rule, confidence=confidence)  # raises
        rounded = _ROUNDED.get(confidence)
        if rounded is None:
            rounded = round(float(confidence), 2)
            if len(_ROUNDED) < 4096:
                _ROUNDED[confidence] = rounded
        self = object.__new__(cls)
        self.__dict__.update(document=document, quote=quote, start=start, end=end, file=file, sheet=None,
                             row=None, column=None, rule=rule, confidence=rounded)
        return self

    def sort_key(self) -> tuple:
        """The order sources are listed and written in."""
        return (self.document, self.file or "", self.sheet or "", _n(self.row), _n(self.start), _n(self.end),
                self.column or "", self.quote, self.rule, self.confidence)

    def __lt__(self, other: Source) -> bool:
        if not isinstance(other, Source):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    @property
    def location(self) -> str:
        """Where in the source, in words a person can follow."""
        parts = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        if self.start is not None and self.end is not None:
            parts.append(f"characters {self.start}-{self.end}")
        return ", ".join(parts)


_ROUNDED: dict = {}  # a rule's confidence and its two-decimal form (rules use a few dozen values)


def _n(value: int | None) -> int:
    return -1 if value is None else value
