import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def mini() -> Path:
    """A small, complete campaign (not the shipped one): the engine must not care."""
    return FIXTURES / "mini"


@pytest.fixture
def mini_copy(tmp_path, mini) -> Path:
    """A private copy of the mini campaign that a test may break."""
    target = tmp_path / "content"
    shutil.copytree(mini, target)
    return target
