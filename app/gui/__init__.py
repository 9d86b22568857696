"""Workbay gui layer."""
