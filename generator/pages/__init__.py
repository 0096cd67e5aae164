"""Pages: virtual pages and the pure pieces they are made of (URLs, sort order, SVG fragments,
safe Markdown). Nothing here imports MkDocs; `plugin.py` turns these into MkDocs files."""
