"""The presentation is data: audiences choose a design and its traits, labels
merge key by key, page bounds are kept, and batch keys follow what a pack prints.

Tested on `tests/fixtures/other`, a campaign whose audience ids (minister, mp,
press, supporter), treaty ids and status ids the shipped campaign does not use,
with a partial labels file of its own and a second language with a few labels.
"""

import shutil
from pathlib import Path

import pytest
from builders import FIXTURES, engine_for
from helpers import flat, pdf_reader, pdf_text

from briefgen.batch import BatchSpec, run_batch
from briefgen.cli import main
from briefgen.commands.batch import report
from briefgen.render.engine import PackRequest
from briefgen.render.labels import Labels, check_labels, format_label

OTHER = FIXTURES / "other"


@pytest.fixture(scope="module")
def engine():
    return engine_for(OTHER)


@pytest.fixture(scope="module")
def packs(engine):
    made = {a: engine.render(PackRequest(a, "CA")) for a in engine.content.audiences}
    made["minister-fr"] = engine.render(PackRequest("minister", "NO", language="fr"))
    return made


@pytest.fixture
def other_copy(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(OTHER, target)
    return target


def fonts(pdf: bytes) -> set[str]:
    found = set()
    for page in pdf_reader(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            found.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return found


def test_the_fixture_has_no_template_of_its_own_and_checks_clean(capsys):
    assert not list(OTHER.rglob("*.j2")) and not list(OTHER.rglob("*.css"))
    assert main(["check", "--content", str(OTHER)]) == 0
    out = capsys.readouterr().out
    assert "0 error(s)" in out
    assert "unknown label" not in out


def test_each_new_audience_renders_with_its_designs_traits(packs):
    minister, mp, press, supporter = (
        flat(pdf_text(packs[a].pdf)) for a in ("minister", "mp", "press", "supporter")
    )
    # brief: treaty articles under each concern, no press line, serif text
    assert "Treaty provisions: Art. 3" in minister
    assert "Press contact" not in minister and "newsroom@example.org" not in minister
    assert any("Serif" in f for f in fonts(packs["minister"].pdf))
    # the same design with two traits overridden by the audience
    assert "Treaty provisions" not in mp
    assert "Press contact: newsroom@example.org" in mp
    # press: press contact on the cover, the questions heading, sans text only
    first_page = flat(pdf_reader(packs["press"].pdf).pages[0].extract_text())
    assert "Press contact: newsroom@example.org" in first_page
    assert "Questions to put to the government" in press
    assert "Treaty provisions" not in press
    assert not any("Serif" in f for f in fonts(packs["press"].pdf))
    # leaflet: no gists, its own headings, the audience's own asks heading
    assert "Why it matters to you" in supporter
    assert "How you can help" in supporter and "What we ask" not in supporter
    assert "Thirty days is too short for anyone to object" not in supporter
    assert "Thirty days is too short for anyone to object" in minister
    assert not any("Serif" in f for f in fonts(packs["supporter"].pdf))


def test_sections_come_in_the_audiences_order(packs):
    text = flat(pdf_text(packs["mp"].pdf))
    assert text.index("Key facts") < text.index("AT A GLANCE") < text.index("Our concerns")
    text = flat(pdf_text(packs["minister"].pdf))
    assert (
        text.index("AT A GLANCE") < text.index("Where Canada stands") < text.index("Our concerns")
    )
    assert "Key facts" not in text


def test_a_partial_labels_file_changes_only_the_labels_it_names(packs):
    text = flat(pdf_text(packs["minister"].pdf))
    assert "AT A GLANCE" in text and "IN BRIEF" not in text
    for kept in (
        "MINISTER BRIEFING",
        "As of 10 March 2026",
        "Our concerns",
        "Sources",
        "Page 1 of 2",
    ):
        assert kept in text, kept
    assert "briefing kind" not in text.lower() and "page of" not in text.lower()


def test_a_second_language_with_a_few_labels_falls_back_key_by_key(packs):
    pack = packs["minister-fr"]
    text = flat(pdf_text(pack.pdf))
    assert "EN BREF" in text and "Page 1 sur 2" in text
    assert "Non consigné dans nos sources" in text  # an unknown status, from the labels
    # Keys the template folder's fr.yaml leaves out come from the shipped French labels.
    assert "Nos préoccupations" in text and "Our concerns" not in text
    assert pdf_reader(pack.pdf).metadata.title == (
        "The Open Forests Pact : note pour Minister, Norvège"
    )
    english = pdf_reader(packs["minister"].pdf).metadata
    assert english.title == "The Open Forests Pact: Minister briefing, Canada"
    assert (
        english.subject == "The Open Forests Pact. Minister briefing on Canada, as of 2026-03-10."
    )


def test_check_reports_label_problems_with_their_lines(tmp_path, other_copy, capsys):
    labels = other_copy / "templates" / "labels"
    (labels / "en.yaml").write_text(
        'summary: "At a glance"\n'
        'asks_supporter: "How you can help"\n'
        'sumary: "Typo"\n'
        'status: "Where {nation} stands"\n'
        "sources: [not, text]\n"
    )
    assert main(["check", "--content", str(other_copy)]) == 1
    out = capsys.readouterr().out
    assert "labels/en.yaml:3: warning: unknown label key 'sumary' (en)" in out
    assert "labels/en.yaml:4: label 'status' (en) uses an unknown field {nation}" in out
    assert "{country}" in out
    assert "labels/en.yaml:5: label 'sources' (en) must be a text" in out
    # The shipped French labels cover every key, so French is complete.
    assert "language 'fr' is declared but" not in out


def test_missing_labels_are_counted_per_declared_language(tmp_path):
    shipped = Path(__file__).parent.parent / "templates"
    own = tmp_path / "own"
    (own / "labels").mkdir(parents=True)
    # German: a language the shipped templates do not translate.
    (own / "labels" / "de.yaml").write_text('summary: "Kurz gefasst"\nsources: "Quellen"\n')
    labels = Labels([own, shipped])
    reference = len(labels.reference())
    found = [m for *_, m in check_labels(labels, ["en", "de"])]
    assert any(f"{reference - 2} of {reference} labels" in m for m in found), found
    assert labels.table("de")["summary"] == "Kurz gefasst"
    assert labels.table("de")["key_facts"] == "Key facts"


def test_a_label_can_only_fill_plain_named_fields():
    assert format_label("Where {country} stands", country="Chad") == "Where Chad stands"
    assert format_label("{country.__class__} {0} {country!r}", country="Chad") == (
        "{country.__class__} {0} {country!r}"
    )
    assert format_label("unbalanced {", country="Chad") == "unbalanced {"


def test_an_unknown_design_is_one_clear_error(other_copy, capsys):
    audiences = other_copy / "audiences.yaml"
    audiences.write_text(audiences.read_text().replace("design: leaflet", "design: poster"))
    assert main(["check", "--content", str(other_copy)]) == 1
    out = capsys.readouterr().out
    assert "audience 'supporter': unknown design 'poster' (designs: brief, leaflet, press)" in out
    code = main(["build", "--content", str(other_copy), "--audience", "supporter",
                 "--country", "CA", "-o", str(other_copy / "x.pdf")])  # fmt: skip
    assert code == 1 and not (other_copy / "x.pdf").exists()
    assert "unknown design 'poster'" in capsys.readouterr().err


def test_a_pack_over_its_page_bounds_is_reported_by_build_check_and_batch(
    other_copy, tmp_path, capsys
):
    audiences = other_copy / "audiences.yaml"
    audiences.write_text(
        audiences.read_text().replace(
            "  max_concerns: 2\n  sections: [summary, concerns, asks, contact]\n"
            "  pages: {min: 1, max: 2}",
            "  max_concerns: 3\n  type_fitting: false\n  sections: [summary, key_facts, "
            "timeline, concerns, examples, asks, contact]\n  pages: {min: 1, max: 1}",
        )
    )
    out = tmp_path / "pack.pdf"
    assert main(["build", "--content", str(other_copy), "--audience", "supporter",
                 "--country", "CA", "-o", str(out)]) == 0  # fmt: skip
    assert len(pdf_reader(out.read_bytes()).pages) == 2
    err = capsys.readouterr().err
    assert "warning: 2 pages, more than the 1 the 'supporter' audience allows" in err

    assert main(["check", "--content", str(other_copy), "--render"]) == 0
    checked = capsys.readouterr().out
    assert "audience 'supporter': sample pack CA (en): 2 pages, more than the 1" in checked
    assert "audience 'minister'" not in checked.split("sample:")[0]

    result = run_batch(BatchSpec(other_copy, tmp_path / "out", audiences="supporter", jobs=1))
    rows = {r.country: r for r in result.rows}
    assert any("more than the 1" in w for w in rows["CA"].warnings)
    manifest = (tmp_path / "out" / "manifest.json").read_text()
    assert "more than the 1 the 'supporter' audience allows" in manifest


def test_a_batch_rerun_after_a_supporter_edit_rebuilds_only_supporter_packs(other_copy, tmp_path):
    out = tmp_path / "out"
    first = run_batch(BatchSpec(other_copy, out, jobs=2))
    assert first.counts["built"] == 8
    concerns = other_copy / "concerns.yaml"
    concerns.write_text(
        concerns.read_text().replace(
            "A firm could cut down a protected wood a month after telling the ministry",
            "A firm could fell a protected wood a month after telling the ministry",
        )
    )
    again = run_batch(BatchSpec(other_copy, out, jobs=2))
    rebuilt = {(r.audience, r.country) for r in again.rows if r.status == "built"}
    assert rebuilt == {("supporter", "CA"), ("supporter", "NO")}
    assert again.counts["skipped"] == 6
    changed = [line for line in report(again) if line.startswith("  ")]
    assert changed and all("supporter" in line for line in changed), changed
    assert all("concern 'notice' changed" in line for line in changed)

    # A French translation changes no English pack at all.
    concerns.write_text(
        concerns.read_text().replace(
            "  title: Replanting is optional\n",
            "  title:\n    en: Replanting is optional\n    fr: Replanter est facultatif\n",
        )
    )
    third = run_batch(BatchSpec(other_copy, out, jobs=2))
    assert third.counts["built"] == 0 and third.counts["skipped"] == 8


def test_the_older_single_labels_file_is_read_beneath_labels_folder(tmp_path):
    shipped = Path(__file__).parent.parent / "templates"
    own = tmp_path / "own"
    (own / "labels").mkdir(parents=True)
    (own / "labels.yaml").write_text(
        'en:\n  summary: "Old summary"\n  sources: "Old sources"\nfr:\n  summary: "Résumé"\n'
    )
    (own / "labels" / "en.yaml").write_text('summary: "New summary"\n')
    labels = Labels([own, shipped])
    assert labels.table("en")["summary"] == "New summary"
    assert labels.table("en")["sources"] == "Old sources"
    assert labels.table("en")["timeline"] == "Timeline"
    assert labels.table("fr")["summary"] == "Résumé"


def test_a_merged_files_contents_page_prints_the_labels_of_its_language(other_copy, tmp_path):
    out = tmp_path / "out"
    result = run_batch(
        BatchSpec(other_copy, out, audiences="supporter", language="fr", merge=True, jobs=1)
    )
    merged = [m for m in result.merged if m.ok]
    assert merged, result.merged
    first = flat(pdf_reader((out / merged[0].file).read_bytes()).pages[0].extract_text())
    assert "Sommaire" in first and "Contents" not in first  # the French label
    assert "Pays" in first and "Country" not in first  # from the shipped French labels
