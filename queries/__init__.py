"""Questions asked of the graph: plain functions returning typed rows."""

from .dependencies import DependencyRow, PathStep, interdependencies, path
from .gaps import GapRow, gaps
from .influence import InfluenceRow, influence, to_igraph
from .matching import Matcher, MatchRow, UnmatchedRow, load_themes, match_themes, match_triples, unmatched
from .overlaps import Matrix, OverlapRow, matrix, overlaps
from .recommendations import TrackerRow, recommendations
from .sparql import named_queries, read_query, run_sparql, sparql_store
from .summary import SummaryRow, summary

__all__ = [
    "SummaryRow", "summary",
    "Matcher", "MatchRow", "UnmatchedRow", "load_themes", "match_themes", "match_triples", "unmatched",
    "OverlapRow", "Matrix", "overlaps", "matrix",
    "DependencyRow", "PathStep", "interdependencies", "path",
    "GapRow", "gaps",
    "InfluenceRow", "influence", "to_igraph",
    "TrackerRow", "recommendations",
    "named_queries", "read_query", "run_sparql", "sparql_store",
]
