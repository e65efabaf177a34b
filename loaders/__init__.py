"""Sources into the graph. Importing this package registers the built-in loaders."""

from . import documents as _documents  # noqa: F401  (registers the document loader)
from . import linked_data as _linked_data  # noqa: F401  (registers the linked-data loader)
from . import register as _register  # noqa: F401  (registers the register loader)
from .registry import LoadContext, LoadError, Loader, loader_for, loaders, plan, register, unregister

__all__ = ["LoadContext", "LoadError", "Loader", "loader_for", "loaders", "plan", "register", "unregister"]
