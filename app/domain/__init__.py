"""Workbay domain layer."""
