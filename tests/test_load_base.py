"""The base test catalogue is clean, so every other test's issues come from its own change."""


def test_base_catalogue_is_clean(check):
    check({}, expected=[])
