"""The coalescing benchmark suite (see ``suite.py`` and ``README.md`` here)."""
