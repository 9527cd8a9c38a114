"""The batch's plain parts, without rendering: the matrix, keys, change reports, the bar."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from builders import content_of

from briefgen.batch import keys
from briefgen.batch.plan import BatchSpec, make_plan
from briefgen.batch.progress import Progress, TerminalBar, format_seconds
from briefgen.errors import UsageError


@pytest.fixture(scope="module")
def content(mini):
    return content_of(mini)


def test_the_matrix_and_its_file_names(content, tmp_path):
    plan = make_plan(
        content,
        BatchSpec(content.root, tmp_path, "public,legislator", "vn,FR", ("friends", "default")),
    )
    assert [(j.org.id, j.audience, j.country, j.file) for j in plan.jobs][:3] == [
        ("friends", "public", "VN", "friends/water-public-vn.pdf"),
        ("friends", "public", "FR", "friends/water-public-fr.pdf"),
        ("friends", "legislator", "VN", "friends/water-legislator-vn.pdf"),
    ]
    assert len(plan.jobs) == 8 and len({j.file for j in plan.jobs}) == 8
    assert plan.merged_file("friends", "public") == "friends/merged-public.pdf"
    assert (
        plan.merged_file("friends", "public", paper="Letter") == "friends/merged-public-letter.pdf"
    )
    assert (
        plan.merged_file("friends", "public", paper="A4", safety=True)
        == "friends/merged-public-a4-unbranded.pdf"
    )
    everything = make_plan(content, BatchSpec(content.root, tmp_path))
    assert len(everything.jobs) == 15 and {j.org.id for j in everything.jobs} == {"default"}
    profiles = make_plan(content, BatchSpec(content.root, tmp_path, countries="profiles"))
    assert profiles.countries == ("FR", "VN")


def test_unknown_choices_are_usage_errors(content, tmp_path):
    for spec, message in [
        (BatchSpec(content.root, tmp_path, audiences="senator"), "unknown audience 'senator'"),
        (BatchSpec(content.root, tmp_path, countries="FR,ZZ"), "unknown country 'ZZ'"),
        (BatchSpec(content.root, tmp_path, orgs=("nobody",)), "unknown organisation 'nobody'"),
        (BatchSpec(content.root, tmp_path, without=("summary",)), "cannot leave out summary"),
        (BatchSpec(content.root, tmp_path, language="xx"), "unknown language 'xx'"),
    ]:
        with pytest.raises(UsageError, match=message):
            make_plan(content, spec)


def test_two_profiles_with_one_id_are_refused(content, tmp_path, mini):
    (tmp_path / "copy.yaml").write_text(
        (mini / "orgs/friends.yaml")
        .read_text()
        .replace("logo: logos/friends.svg\n", "")
        .replace("logo_alt: Friends of Rivers logo\n", "")
    )
    with pytest.raises(UsageError, match="two organisation profiles use the id 'friends'"):
        make_plan(
            content,
            BatchSpec(content.root, tmp_path, orgs=("friends", str(tmp_path / "copy.yaml"))),
        )


def test_item_hashes_ignore_where_an_item_sits_but_not_what_it_says(content):
    concern = content.concerns["fishing"]
    moved = type(concern)(**{**concern.__dict__, "where": type(concern.where)(Path("x"), 99)})
    changed = type(concern)(**{**concern.__dict__, "articles": ("Art. 9",)})
    assert keys.digest(moved) == keys.digest(concern)
    assert keys.digest(changed) != keys.digest(concern)


def test_item_hashes_are_made_on_first_use_and_once(content):
    calls = []

    def counted(value):
        calls.append(value)
        return f"h{len(calls)}"

    table = keys.LazyHashes({"a": 1, "b": 2}, counted)
    assert table.get("a") == "h1" and table.get("a") == "h1" and table["a"] == "h1"
    assert calls == [1]
    assert table.get("zz") == "?" and calls == [1]
    with pytest.raises(KeyError):
        table["zz"]


def test_lazy_item_hashes_are_the_hashes_of_each_item_as_a_pack_reads_it(content):
    """Keys recorded in earlier manifests stay valid: every item's hash is what
    hashing it on its own gives, in each audience and language."""
    hashes = keys.PackHashes(content, None, [])
    default = content.campaign.language
    for audience in content.audiences:
        for language in ("en", "fr"):
            own = hashes.items_for(audience, language)
            wanted = {
                "concerns": list(content.concerns),
                "profile": list(content.profiles),
                "sources": list(content.sources),
                "asks": ["no-such-ask"],
            }
            got = own.items(wanted)
            for kind, table in (("concerns", content.concerns), ("profile", content.profiles)):
                for key, value in table.items():
                    expected = keys.short(
                        keys.digest(keys.projected(value, audience, language, default))
                    )
                    assert got[kind][key] == expected, (audience, language, kind, key)
            for key, value in content.sources.items():
                assert got["sources"][key] == keys.short(keys.digest(value))
            assert got["asks"] == {"no-such-ask": "?"}
            for code, country in content.countries.items():
                assert own.countries[code] == keys.short(keys.digest(country))


def test_the_fast_json_of_a_brief_is_the_json_of_its_stable_copy(content):
    """`stable_json` writes what json.dumps(stable(...)) writes, so keys recorded
    by earlier runs still match; and it falls back where the encoder would differ."""
    from briefgen.render.engine import Engine, PackRequest

    engine = Engine(content)

    def slow(value):
        return json.dumps(
            keys.stable(value), sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )

    for audience in content.audiences:
        for country in content.countries:
            brief = engine.brief(PackRequest(audience, country))
            assert keys.stable_json(brief) == slow(brief), (audience, country)
    mixed = {"a": 1, 2: "b", None: frozenset({3, 1})}
    assert keys.stable_json(mixed) == slow(mixed)


def test_the_manifest_json_reads_back_as_written_one_line_a_pack():
    from briefgen.batch.manifest import Row, json_text, row_dict

    rows = [Row("default", "public", c, f"p-{c}.pdf", changes=["new pack"]) for c in "AB"]
    rows[1].warnings = ["Ça « déborde »\nsur deux lignes"]
    document = {
        "format": 3,
        "summary": {"built": 2},
        "packs": [row_dict(r) for r in rows],
        "merged": [],
        "retained": [{"file": "old.pdf"}],
    }
    text = json_text(document)
    assert json.loads(text) == document
    assert [line.strip().startswith('{"org"') for line in text.splitlines()].count(True) == 2
    assert "Ça « déborde »" in text  # written as the characters, not escapes


def test_changes_are_described_item_by_item():
    old_items = {"concerns": {"a": "1", "b": "2"}, "asks": {"x": "1"}}
    new_items = {"concerns": {"a": "1", "b": "3"}, "asks": {"y": "1"}}
    parts = {"templates": "t", "brief": "b"}
    assert keys.describe_changes(old_items, parts, new_items, {**parts, "brief": "c"}) == [
        "ask 'x' removed",
        "ask 'y' added",
        "concern 'b' changed",
    ]
    assert keys.describe_changes(old_items, parts, old_items, {**parts, "templates": "u"}) == [
        "templates changed"
    ]
    assert keys.describe_changes(old_items, parts, old_items, {**parts, "brief": "c"}) == [
        "other text shown in the pack changed"
    ]
    swapped = {"concerns": {"b": "2", "a": "1"}, "asks": {"x": "1"}}
    assert keys.describe_changes(old_items, parts, swapped, parts) == ["order of concerns changed"]
    assert keys.describe_changes(None, None, new_items, parts) == ["new pack"]


def test_the_terminal_bar_shows_counts_rate_and_time_left():
    stream = io.StringIO()
    bar = TerminalBar(stream, enabled=True, interval=0)
    bar(Progress("rendering", 30, 120, built=25, skipped=5, rate=2.5, eta=36.0))
    bar.close()
    line = stream.getvalue()
    assert "30/120" in line and "2.5 packs/s" in line and "left 00:36" in line
    assert line.startswith("\r[") and line.endswith("\n")
    quiet = io.StringIO()
    TerminalBar(quiet)(Progress("rendering", 1, 2))  # not a terminal: nothing
    assert quiet.getvalue() == ""
    assert format_seconds(3725) == "1:02:05" and format_seconds(None) == "--:--"


def test_a_rerun_decides_without_importing_the_pdf_engine(tmp_path):
    """The batch's parent only plans and records: a rerun with nothing to build,
    like `list` and `check`, must not pay WeasyPrint's import (workers do)."""
    script = f"""
import sys
from briefgen.batch import BatchSpec, run_batch
from briefgen.paths import shipped_content
if __name__ == "__main__":
    spec = BatchSpec(shipped_content(), {str(tmp_path / "out")!r}, "legislator", "US", (), 1)
    first = run_batch(spec)
    assert first.counts["built"] == 1, first.counts
    before = "weasyprint" in sys.modules
    again = run_batch(spec)
    assert again.counts["skipped"] == 1, again.counts
    print("weasyprint in parent:", before or "weasyprint" in sys.modules)
"""
    (tmp_path / "rerun.py").write_text(script, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(tmp_path / "rerun.py")], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "weasyprint in parent: False" in done.stdout
