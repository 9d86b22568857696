"""Workbay integrations layer."""
