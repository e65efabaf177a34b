"""The exceptions that mean bad input, gathered so the CLI can answer each with one line.

Each layer raises its own error class with a message that names the file and the
place in it; none of them is a bug, so none gets a traceback.
"""

from __future__ import annotations

from partnergraph.graph import GraphError, ProvenanceError, RdfError
from partnergraph.loaders.registry import LoadError
from partnergraph.ontology import SchemeError, UnknownTermError

__all__ = ["USER_ERRORS", "InputError"]


class InputError(ValueError):
    """Bad input found by the command layer itself (an unknown node name, say)."""


USER_ERRORS: tuple[type[BaseException], ...] = (
    InputError, LoadError, RdfError, GraphError, ProvenanceError, SchemeError, UnknownTermError,
    FileNotFoundError, IsADirectoryError, PermissionError,
)
