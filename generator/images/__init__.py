"""Photos: pure size maths (`sizes`), result values (`results`), Pillow at the edge (`process`),
the content-hash cache (`cache`, with `store` for the files on disk) and the placeholder picture
(`placeholder`).

Import from the modules themselves; this package imports nothing, so code that only needs the
size maths or the result types never loads Pillow. No MkDocs here: the plugin creates a
`cache.PhotoCache`, calls `ensure`, turns each `Problem` into an Issue at the record's location and
publishes (or registers) the rendition files.
"""
