"""Command-line entry points; each is a thin wrapper over ``mlc.compiler``."""
