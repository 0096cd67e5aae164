"""YAML files -> records, keeping the line and column of every value."""

from generator.load.catalogue import load_catalogue

__all__ = ["load_catalogue"]
