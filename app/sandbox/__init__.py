"""Workbay sandbox layer."""
