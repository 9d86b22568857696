"""Workbay store layer."""
