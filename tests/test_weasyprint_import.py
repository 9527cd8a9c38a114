"""WeasyPrint imported through briefgen.render.weasyprint_import: the quick
library search gives the answers ctypes gives, and ctypes is left as it was."""

import ctypes.util
import sys

import pytest

from briefgen.render import weasyprint_import

LIBRARIES = ("gobject-2.0", "pango-1.0", "harfbuzz", "harfbuzz-subset", "fontconfig")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the quick search is for Linux")
def test_the_quick_search_answers_like_ctypes():
    find = weasyprint_import._cached_ldconfig()
    assert find is not None, "ldconfig should run on Linux"
    for name in (*LIBRARIES, "pangoft2-1.0", "c", "no-such-library-briefgen"):
        assert find(name) == ctypes.util.find_library(name), name


def test_ctypes_is_restored_after_the_import():
    assert ctypes.util.find_library.__module__ == "ctypes.util"
    assert ctypes.util.find_library.__name__ == "find_library"
    assert weasyprint_import.HTML.__module__.startswith("weasyprint")
