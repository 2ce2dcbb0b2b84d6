"""API key roles and what each may do.

Kept apart from auth so settings can validate role names without importing
FastAPI machinery.
"""
from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    """Who holds a key. ``admin`` may do everything the others may."""

    HANDLER = "handler"  # call handlers: predict, feedback
    QA = "qa"            # quality assurance: review and export (endpoints to come)
    ADMIN = "admin"      # operators: model reload, and everything else


def allowed(role: Role, required: tuple[Role, ...]) -> bool:
    """An empty ``required`` means any valid key will do."""
    return role is Role.ADMIN or not required or role in required
