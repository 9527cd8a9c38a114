"""Unchanged content is read once; any change to what a result depends on reads it again."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import subprocess
import sys

import pytest

from briefgen.content import load_cache
from briefgen.content.loader import load_content_or_raise
from briefgen.gui.session import load

DAY = dt.date(2026, 5, 21)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.delenv(load_cache.SWITCH, raising=False)
    return folder / "briefgen" / "loaded"


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return {"call": self.calls}


def test_the_same_folder_is_computed_once(cache, mini_copy):
    compute = Counter()
    first = load_cache.cached("k", mini_copy, compute, today=DAY)
    again = load_cache.cached("k", mini_copy, compute, today=DAY)
    assert compute.calls == 1
    assert again == first == {"call": 1}
    (entry,) = cache.glob("*.pickle")
    assert entry.stat().st_mode & 0o777 == 0o600
    assert cache.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    "change",
    [
        "edit a content file",
        "add a file",
        "remove a file",
        "edit a template",
        "another day",
        "other limits",
        "another kind",
        "a symlink pointing elsewhere",
    ],
)
def test_anything_the_result_depends_on_makes_it_computed_again(
    cache, mini_copy, tmp_path, monkeypatch, change
):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "pack.css").write_text("p { color: black }", encoding="utf-8")
    (mini_copy / "link.yaml").symlink_to(mini_copy / "campaign.yaml")
    compute = Counter()
    arguments = {"kind": "k", "today": DAY, "templates": (templates,)}

    def run():
        return load_cache.cached(
            arguments["kind"],
            mini_copy,
            compute,
            arguments["templates"],
            today=arguments["today"],
        )

    run()
    if change == "edit a content file":
        campaign = mini_copy / "campaign.yaml"
        campaign.write_text(campaign.read_text(encoding="utf-8") + "\n# edited\n", "utf-8")
    elif change == "add a file":
        (mini_copy / "extra.yaml").write_text("a: 1\n", encoding="utf-8")
    elif change == "remove a file":
        (mini_copy / "link.yaml").unlink()
    elif change == "edit a template":
        (templates / "pack.css").write_text("p { color: red }", encoding="utf-8")
    elif change == "another day":
        arguments["today"] = DAY + dt.timedelta(days=1)
    elif change == "other limits":
        monkeypatch.setenv("BRIEFGEN_LIMITS", "render_seconds=5")
    elif change == "another kind":
        arguments["kind"] = "other"
    elif change == "a symlink pointing elsewhere":
        (mini_copy / "link.yaml").unlink()
        (mini_copy / "link.yaml").symlink_to(mini_copy / "audiences.yaml")
    run()
    assert compute.calls == 2, change


def test_a_damaged_entry_is_a_miss_not_an_error(cache, mini_copy):
    compute = Counter()
    load_cache.cached("k", mini_copy, compute, today=DAY)
    (entry,) = cache.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert load_cache.cached("k", mini_copy, compute, today=DAY) == {"call": 2}


def test_an_entry_others_could_have_written_is_never_loaded(cache, mini_copy):
    compute = Counter()
    load_cache.cached("k", mini_copy, compute, today=DAY)
    (entry,) = cache.glob("*.pickle")

    class Planted:  # what someone else's pickle could run on loading
        def __reduce__(self):
            return (os.system, ("touch planted",))

    entry.write_bytes(pickle.dumps(Planted()))
    os.chmod(entry, 0o666)
    assert load_cache.cached("k", mini_copy, compute, today=DAY) == {"call": 2}
    assert not (cache / "planted").exists()


def test_it_can_be_turned_off(cache, mini_copy, monkeypatch):
    monkeypatch.setenv(load_cache.SWITCH, "off")
    compute = Counter()
    load_cache.cached("k", mini_copy, compute, today=DAY)
    load_cache.cached("k", mini_copy, compute, today=DAY)
    assert compute.calls == 2
    assert not cache.exists()


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch, mini_copy):
    if os.geteuid() == 0:
        pytest.skip("root writes through any permission")
    blocked = tmp_path / "blocked"
    blocked.mkdir(mode=0o500)
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    compute = Counter()
    assert load_cache.cached("k", mini_copy, compute, today=DAY) == {"call": 1}
    assert load_cache.cached("k", mini_copy, compute, today=DAY) == {"call": 2}


def test_at_most_keep_entries_stay(cache, mini_copy, monkeypatch):
    monkeypatch.setattr(load_cache, "KEEP", 3)
    for day in range(6):
        load_cache.cached("k", mini_copy, Counter(), today=DAY + dt.timedelta(days=day))
    assert len(list(cache.glob("*.pickle"))) == 3


def test_the_app_and_build_reuse_a_load_and_get_the_same_result(cache, mini_copy, monkeypatch):
    first = load(mini_copy)
    built, _ = load_content_or_raise(mini_copy, reuse=True)

    def no_second_read(*_args, **_kwargs):
        raise AssertionError("the content was read again")

    monkeypatch.setattr("briefgen.gui.session.load_content", no_second_read)
    monkeypatch.setattr("briefgen.content.loader.load_content", no_second_read)
    again = load(mini_copy)
    rebuilt, _ = load_content_or_raise(mini_copy, reuse=True)
    assert again.content == first.content
    assert again.problems.sorted() == first.problems.sorted()
    assert rebuilt == built
    assert rebuilt.fingerprint == first.content.fingerprint


def test_an_error_added_to_the_content_is_reported_on_the_next_load(cache, mini_copy):
    assert load(mini_copy).usable
    campaign = mini_copy / "campaign.yaml"
    campaign.write_text(campaign.read_text(encoding="utf-8") + "\nbogus_key: 1\n", "utf-8")
    result = load(mini_copy)
    assert result.problems.errors
    assert any("bogus_key" in p.message for p in result.problems.sorted())


def test_a_second_build_in_a_new_process_reads_the_content_from_the_cache(cache, tmp_path, mini):
    """Across processes, as a user runs `briefgen build` twice."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache.parent.parent)}
    command = [sys.executable, "-m", "briefgen", "list", "audiences", "--content", str(mini)]
    for _ in range(2):
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    assert len(list(cache.glob("*.pickle"))) == 1


def test_a_folder_too_large_to_hash_is_never_cached(cache, mini_copy, monkeypatch):
    monkeypatch.setattr(load_cache, "MAX_FOLDER_FILES", 5)
    for index in range(6):
        (mini_copy / f"empty-{index}").mkdir()
    compute = Counter()
    load_cache.cached("k", mini_copy, compute, today=DAY)
    load_cache.cached("k", mini_copy, compute, today=DAY)
    assert compute.calls == 2
    assert not list(cache.glob("*.pickle"))
