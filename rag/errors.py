"""Errors the query layer raises: each message is one line that says what to do."""
from __future__ import annotations


class RagError(Exception):
    """The assistant cannot answer at all (no index, stale index, model missing)."""
