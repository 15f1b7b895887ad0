"""mlc's own passes: one pass per module or package, imported lazily when named.

``pass_names()`` lists them, ``get_pass(name)`` loads one, and ``Pass`` /
``option`` / ``register_pass`` are the API for writing new ones.
"""

from mlc.passes._options import OptionInfo, option
from mlc.passes._registry import Pass, get_pass, load_plugin, pass_names, register_pass

__all__ = ["OptionInfo", "Pass", "get_pass", "load_plugin", "option", "pass_names", "register_pass"]
