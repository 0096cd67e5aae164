"""`mkdocs serve`: what a preview session keeps between rebuilds and how a quick rebuild works.

- `session.py`: the session (the last build, the quick rebuild under way, its second round);
- `changes.py`: which pages an edit to a few record files touches;
- `later.py`: the second round, rendered in the background;
- `watch.py`: noticing edited records through the system's change notifications;
- `heap.py`: the collector between rebuilds;
- `qrcache.py`: QR codes of page URLs, kept between builds (a full build uses it too).

Nothing here is imported by the layers below (load, rules, pages): the arrows point here.
"""
