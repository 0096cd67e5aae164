"""Records as frozen dataclasses. No YAML, Jinja, Pillow or MkDocs here."""

from generator.model.records import (
    Catalogue, Certificate, Contact, Fair, FormerProvince, Locality, Plan, Price, Producer, Product, Province,
    Recognition, ScoreParts, Shop, Source, Target, Venue,
)
from generator.model.text import Text

__all__ = [
    "Catalogue", "Certificate", "Contact", "Fair", "FormerProvince", "Locality", "Plan", "Price", "Producer",
    "Product", "Province", "Recognition", "ScoreParts", "Shop", "Source", "Target", "Text",
    "Venue",
]
