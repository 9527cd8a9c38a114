"""Language as one more dimension of a batch: jobs, file names, manifest, merges, keys."""

import csv
import json
from pathlib import Path

import pytest
from helpers import pdf_reader, pdf_text

from briefgen.batch.plan import BatchSpec
from briefgen.batch.run import run_batch
from briefgen.cli import main

KO_CONCERNS = (
    "- id: discharge\n"
    "  title: 공유 하천에 더 많은 폐수\n"
    "  body:\n"
    "    default: 제4조는 배출 한도를 절반 더 올립니다 [@accord-text].\n"
    "    public: 공장이 강에 폐수를 절반 더 버릴 수 있어요 [@accord-text].\n"
)


@pytest.fixture
def bilingual(mini_copy) -> Path:
    campaign = mini_copy / "campaign.yaml"
    campaign.write_text(campaign.read_text().replace("languages: [en]", "languages: [en, ko]"))
    folder = mini_copy / "languages" / "ko"
    folder.mkdir(parents=True)
    (folder / "concerns.yaml").write_text(KO_CONCERNS)
    return mini_copy


def test_language_all_makes_one_pack_per_language_with_named_files(bilingual, tmp_path, capsys):
    out = tmp_path / "out"
    args = ["--audience", "public", "--country", "FR,VN", "--language", "all", "--merge"]
    code = main(["batch", "--content", str(bilingual), "--out", str(out), *args, "--jobs", "1"])
    assert code == 0, capsys.readouterr().err
    files = sorted(p.name for p in (out / "default").glob("water-*.pdf"))
    assert files == [
        "water-public-fr-ko.pdf", "water-public-fr.pdf",
        "water-public-vn-ko.pdf", "water-public-vn.pdf",
    ]  # fmt: skip
    korean = pdf_text((out / "default" / "water-public-fr-ko.pdf").read_bytes())
    assert "공유 하천에 더 많은 폐수" in korean
    assert "공유 하천" not in pdf_text((out / "default" / "water-public-fr.pdf").read_bytes())
    data = json.loads((out / "manifest.json").read_text())
    by_file = {p["file"]: p["language"] for p in data["packs"]}
    assert by_file["default/water-public-fr-ko.pdf"] == "ko"
    assert by_file["default/water-public-fr.pdf"] == "en"
    assert data["choices"]["languages"] == ["en", "ko"]
    with (out / "manifest.csv").open() as f:
        assert {row["language"] for row in csv.DictReader(f)} == {"en", "ko"}
    # One merged file per language (VN is high-risk: its packs go unbranded), each in
    # its language.
    merged = {m["file"]: m for m in data["merged"]}
    assert set(merged) == {
        "default/merged-public.pdf", "default/merged-public-ko.pdf",
        "default/merged-public-unbranded.pdf", "default/merged-public-ko-unbranded.pdf",
    }  # fmt: skip
    reader = pdf_reader((out / "default" / "merged-public-ko.pdf").read_bytes())
    assert str(reader.trailer["/Root"]["/Lang"]) == "ko"
    assert len(reader.pages) > 2
    assert "프랑스" in reader.pages[0].extract_text()  # France, named by CLDR in Korean
    english = pdf_reader((out / "default" / "merged-public.pdf").read_bytes())
    assert str(english.trailer["/Root"]["/Lang"]) == "en"


def test_without_language_each_country_gets_its_default(bilingual, tmp_path):
    countries = bilingual / "countries.yaml"
    countries.write_text(countries.read_text().replace("languages: [fr]", "languages: [ko]"))
    out = tmp_path / "out"
    result = run_batch(BatchSpec(bilingual, out, "public", "FR,US", jobs=1))
    assert {(r.country, r.language, Path(r.file).name) for r in result.rows} == {
        ("FR", "ko", "water-public-fr-ko.pdf"),
        ("US", "en", "water-public-us.pdf"),
    }
    assert result.exit_code == 0


def test_an_edit_to_the_korean_text_rebuilds_only_korean_packs_that_print_it(bilingual, tmp_path):
    out = tmp_path / "out"
    spec = BatchSpec(bilingual, out, "public,legislator", "FR,VN", language="ko,en", jobs=2)
    first = run_batch(spec)
    assert first.counts["built"] == 8 and first.exit_code == 0
    printing = {
        (r.audience, r.country, r.language)
        for r in first.rows
        if "discharge" in r.items.get("concerns", {})
    }
    assert printing  # the concern is in some packs

    # The public variant of the Korean body: only public Korean packs print it.
    concerns = bilingual / "languages" / "ko" / "concerns.yaml"
    concerns.write_text(concerns.read_text().replace("버릴 수 있어요", "버려도 돼요"))
    again = run_batch(spec)
    rebuilt = {(r.audience, r.country, r.language) for r in again.rows if r.status == "built"}
    expected = {p for p in printing if p[0] == "public" and p[2] == "ko"}
    assert expected and rebuilt == expected
    assert again.counts["skipped"] == 8 - len(expected)


def test_an_unknown_language_is_a_usage_error(bilingual, tmp_path, capsys):
    code = main(["batch", "--content", str(bilingual), "--out", str(tmp_path / "o"),
                 "--language", "ko,xx"])  # fmt: skip
    assert code == 2
    assert "unknown language 'xx'; choose 'all' or from: en, ko" in capsys.readouterr().err
