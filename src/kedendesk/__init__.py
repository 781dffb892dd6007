"""Kedendesk: a desktop workbench for customs declarations in Kazakhstan and the EAEU."""

__version__ = "0.1.0"
