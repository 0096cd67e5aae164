"""Search: one Pagefind index per language, built from the records (not by parsing pages)."""
