"""Sources into the graph. Importing this package registers the built-in loaders."""

from .registry import LoadContext, LoadError, Loader, loader_for, loaders, plan, register, unregister

__all__ = ["LoadContext", "LoadError", "Loader", "loader_for", "loaders", "plan", "register", "unregister"]
