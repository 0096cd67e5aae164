"""OCOP catalogue generator: YAML records -> validated catalogue -> site, search and booklet."""

__version__ = "0.1.0"
