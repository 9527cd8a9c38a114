import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from builders import MINI, engine_for, make_design_content

# The run's own cache folder (briefgen.content.load_cache), for this process and
# every command a test starts: a test never reads or fills the user's cache.
_CACHE = tempfile.mkdtemp(prefix="briefgen-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, True)


@pytest.fixture(scope="session")
def mini() -> Path:
    """A small, complete campaign (not the shipped one): the engine must not care."""
    return MINI


@pytest.fixture
def mini_copy(tmp_path, mini) -> Path:
    """A private copy of the mini campaign that a test may break."""
    target = tmp_path / "content"
    shutil.copytree(mini, target)
    return target


@pytest.fixture(scope="module")
def mini_engine(mini):
    """An engine on the mini campaign, shared by a module's tests."""
    return engine_for(mini)


@pytest.fixture(scope="module")
def design_content(tmp_path_factory) -> Path:
    """A module's own copy of the design campaign (see builders.make_design_content)."""
    return make_design_content(tmp_path_factory.mktemp("design") / "content")


@pytest.fixture(scope="module")
def design_engine(design_content):
    """An engine on the module's design campaign, shared by its tests."""
    return engine_for(design_content)
