"""The printed catalogue: a PDF per language, laid out with WeasyPrint."""
