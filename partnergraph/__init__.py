"""partnergraph: a knowledge graph of partnerships and priorities."""

__version__ = "0.1.0"
