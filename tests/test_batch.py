"""Batch generation over the mini campaign: files, manifest, skipping, failures, merge."""

import csv
import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pikepdf
import pytest
from builders import content_of
from helpers import flat, pdf_text
from pypdf import PdfReader

from briefgen.batch import BatchSpec, run_batch
from briefgen.cli import main
from briefgen.commands.batch import report

AUDIENCES = ("legislator", "journalist", "public")
COUNTRIES = ("BR", "DE", "FR", "US", "VN")


def batch(content, out, **choices):
    choices.setdefault("jobs", 2)
    return run_batch(BatchSpec(Path(content), Path(out), **choices))


def read_csv(out):
    with open(out / "manifest.csv", newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def read_json(out):
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def members(folder: Path, broken: bool = False) -> Path:
    """Member profiles with names found nowhere else in the campaign."""
    folder.mkdir(parents=True)
    (folder / "logos").mkdir()
    (folder / "logos/alpha.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" '
        'height="10"/></svg>'
    )
    (folder / "alpha.yaml").write_text(
        "id: alpha\nname: Alphaville Waterkeepers\nlogo: logos/alpha.svg\n"
        "logo_alt: Alphaville logo\ncontact: {email: a@example.org}\n"
    )
    if broken:
        (folder / "bravo.yaml").write_text(
            "id: bravo\nname: Bravoport Stream Trust\ncontact: {email: b@example.org}\n"
            "logo: logos/missing.svg\nlogo_alt: Bravo logo\n"
        )
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory, mini):
    """One full batch of the mini campaign for the default profile and one member
    (given as a folder of profiles), with --merge and --zip."""
    root = tmp_path_factory.mktemp("built")
    content = root / "content"
    shutil.copytree(mini, content)
    orgs = ("default", str(members(root / "members")))
    result = batch(content, root / "out", orgs=orgs, merge=True, zip=True)
    return content, root / "out", result, orgs


def copy_of(built, tmp_path):
    """A private copy of the built batch (content and output) that a test may change."""
    content, out, _, _ = built
    shutil.copytree(content, tmp_path / "content")
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "content", tmp_path / "out"


def test_every_pack_is_a_valid_pdf_and_the_manifest_lists_it(built, mini):
    content, out, result, _ = built
    assert result.exit_code == 0
    rows = read_json(out)["packs"]
    assert len(rows) == 2 * len(AUDIENCES) * len(COUNTRIES)
    assert {(r["org"], r["audience"], r["country"]) for r in rows} == {
        (o, a, c) for o in ("default", "alpha") for a in AUDIENCES for c in COUNTRIES
    }
    fingerprint = content_of(content).fingerprint
    for row in rows:
        assert row["status"] == "built", row
        assert row["file"] == f"{row['org']}/water-{row['audience']}-{row['country'].lower()}.pdf"
        data = (out / row["file"]).read_bytes()
        assert len(PdfReader(io.BytesIO(data)).pages) == row["pages"]
        assert row["bytes"] == len(data)
        assert row["sha256"] == hashlib.sha256(data).hexdigest()
        assert row["content_version"] == fingerprint
        assert row["key"] and not row["error"]
        assert row["items"]["concerns"] and row["items"]["sources"]
    assert not list(out.rglob("*.part"))


def test_csv_and_json_manifests_agree(built):
    _, out, _, _ = built
    table, document = read_csv(out), read_json(out)
    assert len(table) == len(document["packs"])
    for line, row in zip(table, document["packs"], strict=False):
        for name, value in line.items():
            expected = row[name]
            if name == "changes":
                expected = "; ".join(expected)
            assert value == ("" if expected is None else str(expected)), name
    assert document["summary"] == {
        "built": 30,
        "skipped": 0,
        "failed": 0,
        "missing": 0,
        "total": 30,
    }


def test_a_rerun_skips_everything_and_rewrites_nothing(built, tmp_path):
    content, out = copy_of(built, tmp_path)  # moved folders: keys do not depend on paths
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.pdf")}
    result = batch(content, out, orgs=built[3], merge=True)
    assert result.exit_code == 0
    assert result.counts["skipped"] == 30 and result.counts["built"] == 0
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.pdf")} == before
    assert all(m.status == "skipped" for m in result.merged)
    assert result.changed() == []


def test_a_changed_concern_rebuilds_only_the_packs_that_hold_it(built, tmp_path):
    content, out = copy_of(built, tmp_path)
    concerns = content / "concerns.yaml"
    concerns.write_text(
        concerns.read_text().replace(
            "Nothing in the text protects river fisheries",
            "Nothing in the text protects river fisheries or the people who live by them",
        )
    )
    holders = {
        (r["audience"], r["country"])
        for r in read_json(out)["packs"]
        if "fishing" in r["items"].get("concerns", {}) and r["org"] == "default"
    }
    assert holders and len(holders) < 15  # the fixture puts 'fishing' in some packs only
    result = batch(content, out)
    rebuilt = {(r.audience, r.country) for r in result.rows if r.status == "built"}
    assert rebuilt == holders
    assert result.counts["skipped"] == 15 - len(holders)
    for row in result.rows:
        if row.status == "built":
            assert row.changes == ["concern 'fishing' changed"]
    lines = report(result)
    assert "  journalist-fr: concern 'fishing' changed" in lines
    stored = {r["file"]: r["changes"] for r in read_json(out)["packs"]}
    assert stored["default/water-journalist-fr.pdf"] == ["concern 'fishing' changed"]
    assert stored["default/water-public-fr.pdf"] == []


def test_a_deleted_pack_is_rebuilt(built, tmp_path):
    content, out = copy_of(built, tmp_path)
    (out / "default/water-public-de.pdf").unlink()
    result = batch(content, out, audiences="public", countries="DE,FR")
    statuses = {r.country: r.status for r in result.rows}
    assert statuses == {"DE": "built", "FR": "skipped"}
    # Packs outside this run's matrix stay on record, so the next full run skips them.
    assert batch(content, out, orgs=built[3]).counts["skipped"] == 30


def test_one_failing_pack_is_recorded_and_the_rest_complete(mini_copy, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "legislator.html.j2").write_text(
        '{% if brief.country.code == "FR" %}{{ brief.no_such_field }}{% endif %}'
        '{% extends "base.html.j2" %}'
    )
    out = tmp_path / "out"
    result = batch(
        mini_copy, out, audiences="legislator,public", countries="FR,DE", template_dirs=(templates,)
    )
    assert result.exit_code == 1
    rows = {(r["audience"], r["country"]): r for r in read_json(out)["packs"]}
    failed = rows[("legislator", "FR")]
    assert failed["status"] == "failed" and "no_such_field" in failed["error"]
    assert not (out / failed["file"]).exists()
    assert [k for k, r in rows.items() if r["status"] != "built"] == [("legislator", "FR")]
    assert (
        read_csv(out)[[r["file"] for r in read_json(out)["packs"]].index(failed["file"])]["status"]
        == "failed"
    )
    # Fixing the template retries the failed pack only.
    (templates / "legislator.html.j2").write_text('{% extends "base.html.j2" %}')
    again = batch(
        mini_copy, out, audiences="legislator,public", countries="FR,DE", template_dirs=(templates,)
    )
    assert again.exit_code == 0
    # Other legislator packs use the changed template too, so they are rebuilt as well.
    assert {r.status for r in again.rows if r.audience == "legislator"} == {"built"}


def test_a_member_with_a_broken_profile_fails_alone(mini_copy, tmp_path):
    out = tmp_path / "out"
    result = batch(
        mini_copy,
        out,
        audiences="public",
        countries="FR,DE",
        orgs=(str(members(tmp_path / "members", broken=True)),),
    )
    assert result.exit_code == 1
    by_org = {}
    for row in read_json(out)["packs"]:
        by_org.setdefault(row["org"], set()).add(row["status"])
    assert by_org == {"alpha": {"built"}, "bravo": {"failed"}}
    bravo = next(r for r in result.rows if r.org == "bravo")
    assert "missing.svg" in bravo.error
    assert (out / "alpha/water-public-fr.pdf").is_file()


def test_packs_never_mix(built):
    """Across the whole mini matrix and two organisations, each pack holds its own
    country, audience and organisation, and nothing of another's."""
    content_dir, out, _, _ = built
    content = content_of(content_dir)
    profile_only = {  # text that only a country's own profile puts in a pack
        "FR": ["Rivières Vivantes", "Water Code", "balances industry and nature"],
        "VN": ["Viet Nam has not signed"],
    }
    org_names = {"default": "Rivers Briefing", "alpha": "Alphaville Waterkeepers"}
    seen_profile_text = False
    for row in read_json(out)["packs"]:
        data = (out / row["file"]).read_bytes()
        text = flat(pdf_text(data))
        country = content.countries[row["country"]]
        assert country.name in text, row["file"]
        safety = bool(
            content.profiles.get(row["country"]) and content.profiles[row["country"]].high_risk
        )
        for org, name in org_names.items():
            if org == row["org"] and not safety:
                assert name in text, row["file"]
            else:
                assert name not in text, (row["file"], name)
        for code, phrases in profile_only.items():
            for phrase in phrases:
                if code != row["country"]:
                    assert phrase not in text, (row["file"], phrase)
                elif phrase in text:
                    seen_profile_text = True
        metadata = PdfReader(io.BytesIO(data)).metadata
        assert country.name in metadata.title
        assert content.audiences[row["audience"]].name.get("en", "en") in metadata.title
    assert seen_profile_text  # the checks above can find what they look for


NAMES = {
    "BR": "Brazil",
    "DE": "Germany",
    "FR": "France",
    "US": "United States of America",
    "VN": "Viet Nam",
}
# The mini campaign's A4 countries; the US pack is Letter and Viet Nam's is in
# safety mode (a high-risk country), so each of those goes into a file of its own.
A4_BRANDED = ("BR", "DE", "FR")


def merged_parts(reader: PdfReader, rows: dict, codes) -> dict[str, int]:
    """Where each pack starts (1-based), checking the blank versos on the way."""
    starts, page = {}, 2
    for code in codes:
        if page % 2 == 0:  # a left-hand page: left blank, so the pack starts on the right
            assert flat(reader.pages[page - 1].extract_text()) == (
                "This page is intentionally blank."
            )
            page += 1
        starts[code] = page
        page += rows[code].pages
    assert len(reader.pages) == page - 1
    return starts


def test_merge_makes_one_pdf_per_audience_and_paper_with_a_contents_page(built):
    _content, out, result, _ = built
    rows = {(r.audience, r.country): r for r in result.rows if r.org == "default"}
    for audience in AUDIENCES:
        audience_rows = {c: rows[(audience, c)] for c in COUNTRIES}
        reader = PdfReader(out / f"default/merged-{audience}-a4.pdf")
        contents = flat(reader.pages[0].extract_text())
        assert "Contents" in contents and "As of 15 January 2026" in contents, contents
        starts = merged_parts(reader, audience_rows, A4_BRANDED)
        for code, start in starts.items():
            assert start % 2 == 1  # a right-hand page, for duplex printing and splitting
            assert f"{NAMES[code]} {start}" in contents, (NAMES[code], start, contents)
            # the page the contents names is the first page of that country's pack
            assert NAMES[code] in flat(reader.pages[start - 1].extract_text())
        assert "Viet Nam" not in contents and "United States" not in contents
        sizes = {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages}
        assert sizes == {(595, 842)}  # one paper size per file
        titles = [item.title for item in reader.outline if not isinstance(item, list)]
        assert titles[0] == "Contents" and "France" in titles
        letter = PdfReader(out / f"default/merged-{audience}-letter.pdf")
        assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in letter.pages} == {
            (612, 792)
        }
    assert [m.status for m in result.merged] == ["built"] * 18
    assert (out / "alpha/merged-public-a4.pdf").is_file()
    pages = len(PdfReader(out / "default/merged-public-a4.pdf").pages)
    assert (
        f"combined: {out / 'default/merged-public-a4.pdf'} ({len(A4_BRANDED)} countries, "
        f"{pages} pages)"
    ) in report(result)


def test_contents_entries_link_to_the_first_page_of_each_pack(built):
    _, out, result, _ = built
    rows = {r.country: r for r in result.rows if r.org == "default" and r.audience == "legislator"}
    reader = PdfReader(out / "default/merged-legislator-a4.pdf")
    starts = merged_parts(reader, rows, A4_BRANDED)
    with pikepdf.open(out / "default/merged-legislator-a4.pdf") as merged:
        destinations = pikepdf.NameTree(merged.Root.Names.Dests)
        page_of = {page.objgen: number + 1 for number, page in enumerate(merged.pages)}
        reached = {}
        for annotation in merged.pages[0].Annots:
            target = destinations[str(annotation.Dest)]
            reached.setdefault(str(annotation.Contents), set()).add(page_of[target[0].objgen])
    assert reached == {NAMES[code]: {start} for code, start in starts.items()}


def test_safety_mode_packs_go_into_an_unbranded_merged_file(built):
    _, out, _result, _ = built
    for org in ("default", "alpha"):
        unbranded = out / f"{org}/merged-public-a4-unbranded.pdf"
        text = flat(" ".join(p.extract_text() for p in PdfReader(unbranded).pages))
        assert "Viet Nam" in text
        metadata = PdfReader(unbranded).metadata
        assert "Alphaville" not in text + metadata.title + (metadata.author or "")
        branded = PdfReader(out / f"{org}/merged-public-a4.pdf")
        assert "Viet Nam" not in flat(branded.pages[0].extract_text())
    assert "Alphaville Waterkeepers" in PdfReader(out / "alpha/merged-public-a4.pdf").metadata.title


def test_merged_file_keeps_every_packs_tags_and_links(built, tmp_path):
    """Screen readers follow the structure tree; citation links must land in
    their own pack, though every pack names its endnotes source-1, source-2…"""
    _, out, result, _ = built
    rows = {r.country: r for r in result.rows if r.org == "default" and r.audience == "journalist"}
    path = out / "default/merged-journalist-a4.pdf"
    starts = merged_parts(PdfReader(path), rows, A4_BRANDED)
    with pikepdf.open(path) as merged:
        assert merged.Root.MarkInfo.Marked and str(merged.Root.Lang) == "en"
        tree = merged.Root.StructTreeRoot
        (document,) = tree.K  # one Document under the root, as PDF/UA wants
        assert str(document.S) == "/Document"
        parts = list(document.K)  # the contents, each pack and each blank verso
        assert len(parts) == len(merged.pages) - sum(rows[c].pages - 1 for c in A4_BRANDED)
        assert {str(part.S) for part in parts} == {"/Part"}
        numbers = tree.ParentTree.Nums
        parents = {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)}
        page_of = {page.objgen: number for number, page in enumerate(merged.pages)}
        pack_of = {}
        for code, start in starts.items():
            for number in range(start - 1, start - 1 + rows[code].pages):
                pack_of[number] = code
        destinations = dict(pikepdf.NameTree(merged.Root.Names.Dests).items())
        links = 0
        for number, page in enumerate(merged.pages):
            # the parent tree maps this page's marked content to elements on this page
            marked = [
                e for e in parents[int(page.StructParents)] if isinstance(e, pikepdf.Dictionary)
            ]
            assert marked and all(e.Pg.objgen == page.objgen for e in marked if "/Pg" in e)
            for annotation in page.get("/Annots", ()):
                element = parents[int(annotation.StructParent)]
                assert element.Pg.objgen == page.objgen
                if "/Dest" in annotation and number in pack_of:
                    target = destinations[str(annotation.Dest)]
                    if isinstance(target, pikepdf.Dictionary):
                        target = target.D
                    assert pack_of[page_of[target[0].objgen]] == pack_of[number]
                    links += 1
        assert links >= len(A4_BRANDED)  # every pack has cited sources
    checked = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    info = subprocess.run(["pdfinfo", "-struct", str(path)], capture_output=True, text=True)
    assert "Warning" not in info.stderr and "Error" not in info.stderr, info.stderr


def test_zip_holds_the_output_folder(built):
    _, out, result, _ = built
    assert result.zip_path == out / "water-briefing-packs.zip"
    with zipfile.ZipFile(result.zip_path) as archive:
        names = set(archive.namelist())
        assert {"manifest.csv", "manifest.json"} <= names
        for row in result.rows:
            assert archive.read(row.file) == (out / row.file).read_bytes()
        assert "default/merged-public-a4.pdf" in names
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_the_same_inputs_give_the_same_bytes(mini, tmp_path):
    # Different orders, so each pack follows different packs in its worker process.
    one = batch(mini, tmp_path / "one", audiences="journalist,public", countries="FR", jobs=1)
    batch(mini, tmp_path / "two", audiences="public,journalist", countries="FR", jobs=1)
    for row in one.rows:
        assert (tmp_path / "one" / row.file).read_bytes() == (
            tmp_path / "two" / row.file
        ).read_bytes()


def test_cancel_keeps_finished_packs_and_records_the_rest_as_missing(mini_copy, tmp_path):
    import threading

    cancel = threading.Event()

    def progress(p):
        if p.built >= 1:
            cancel.set()

    out = tmp_path / "out"
    result = run_batch(
        BatchSpec(mini_copy, out, audiences="public", jobs=1), progress=progress, cancel=cancel
    )
    assert result.interrupted and result.exit_code == 130
    rows = read_json(out)["packs"]
    statuses = [r["status"] for r in rows]
    assert "missing" in statuses and "built" in statuses
    assert read_json(out)["interrupted"] is True
    assert not list(out.rglob("*.part")) and not list(out.rglob(".*"))
    for row in rows:
        path = out / row["file"]
        if row["status"] == "built":
            assert hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"]
        else:
            assert not path.exists()
    # Running again finishes the job and keeps what was done.
    again = batch(mini_copy, out, audiences="public")
    assert again.exit_code == 0
    assert again.counts["skipped"] == statuses.count("built")
    assert again.counts["built"] == statuses.count("missing")


def test_ctrl_c_in_the_parent_is_handled_like_cancel(mini_copy, tmp_path):
    pressed = []

    def progress(p):
        if p.built >= 1 and not pressed:
            pressed.append(True)
            raise KeyboardInterrupt

    out = tmp_path / "out"
    result = run_batch(BatchSpec(mini_copy, out, audiences="public", jobs=2), progress=progress)
    assert result.interrupted and result.exit_code == 130
    assert "missing" in {r["status"] for r in read_json(out)["packs"]}
    assert not list(out.rglob("*.part"))


def test_the_command_line(mini_copy, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(
        [
            "batch",
            "--content",
            str(mini_copy),
            "--audience",
            "public",
            "--country",
            "fr,de",
            "--out",
            str(out),
            "--jobs",
            "1",
        ]
    )
    assert code == 0
    err = capsys.readouterr().err
    assert "2 packs: 2 built, 0 skipped, 0 failed, 0 missing" in err
    assert sorted(p.name for p in (out / "default").iterdir()) == [
        "water-public-de.pdf",
        "water-public-fr.pdf",
    ]
    assert main(["batch", "--content", str(mini_copy), "--country", "XX", "--out", str(out)]) == 2
    assert "unknown country 'XX'" in capsys.readouterr().err
    assert (
        main(["batch", "--content", str(mini_copy), "--audience", "senator", "--out", str(out)])
        == 2
    )
    assert main(["batch", "--content", str(mini_copy), "--org", "nobody", "--out", str(out)]) == 2


def test_ctrl_c_from_a_terminal_stops_the_batch_cleanly(mini_copy, tmp_path):
    """SIGINT to the whole process group, as a terminal sends it: workers ignore it,
    the parent stops, keeps finished packs and writes the manifest."""
    import os
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "out"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "briefgen",
            "batch",
            "--content",
            str(mini_copy),
            "--out",
            str(out),
            "--jobs",
            "2",
        ],
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not list(out.glob("default/*.pdf")):
        assert process.poll() is None and time.monotonic() < deadline, "no pack appeared"
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()
    assert b"interrupted" in err and b"Traceback" not in err
    rows = read_json(out)["packs"]
    assert {r["status"] for r in rows} <= {"built", "missing"}
    assert "missing" in {r["status"] for r in rows}
    assert not list(out.rglob("*.part"))
    for row in rows:
        if row["status"] == "built":
            assert hashlib.sha256((out / row["file"]).read_bytes()).hexdigest() == row["sha256"]
