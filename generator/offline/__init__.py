"""The offline copy (`ocop offline`): the built site, rewritten so that it works opened from disk.

Browsers do not open `index.html` by themselves for a `file://` address that ends in a folder, so
a link such as `../products/x/` shows a directory listing from disk. The copy is the built site
with every internal link (pages, menus, language switcher, cards, pagination, forms) made to name
the file, `../products/x/index.html`, by one pass of an HTML parser over each page
(`links.py`). The published site keeps its clean URLs: `site/` is never changed.

Why the built HTML and not a second build with MkDocs' `use_directory_urls: false`: such a build
(tried on the sample) still writes the plugin's own 2,000 folder links and the header's search
form as folders, breaks every photo address (`assets/photos/index.html…`), and would build the
search index and booklets a second time. The pass over the built pages sees every link whoever
wrote it (Material, the catalogue's templates, Markdown pages) and decides by the files that
exist: a link whose folder holds `index.html` gets it appended; links to files, fragments and
external addresses are left as written.

Search cannot run from disk (browsers refuse Pagefind's module script and WebAssembly over
`file://`), so the copy marks every page `<html data-ocop-offline>`: the search page then shows,
by CSS alone, what works instead (listings by stars, product set and locality), the header's
search box becomes a link saying so, and any element of class `ocop-online-only` is hidden
(`ocop-offline-only` ones shown). The search index itself is left out of the copy.
"""
