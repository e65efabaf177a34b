"""Questions asked of the graph: plain functions returning typed rows."""

from .summary import SummaryRow, summary

__all__ = ["SummaryRow", "summary"]
