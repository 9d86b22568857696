"""Workbay: the workshop technician's desk for remote vehicle diagnostics."""

__version__ = "0.1.0"
