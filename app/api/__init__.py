"""Workbay api layer."""
