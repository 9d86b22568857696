"""Workbay services layer."""
