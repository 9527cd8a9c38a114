"""Packs whose language lacks some texts: reported, and refused by --strict."""

from pathlib import Path

import pytest
from helpers import pdf_text

from briefgen.batch.plan import BatchSpec
from briefgen.batch.run import run_batch
from briefgen.cli import main
from briefgen.commands.build import open_content
from briefgen.render.engine import Engine, PackRequest


def _declare(content: Path, *languages: str) -> None:
    campaign = content / "campaign.yaml"
    campaign.write_text(
        campaign.read_text().replace("languages: [en]", f"languages: [{', '.join(languages)}]")
    )


@pytest.fixture
def partial_ko(mini_copy) -> Path:
    """The mini campaign with Korean declared and one concern's title translated."""
    _declare(mini_copy, "en", "ko")
    folder = mini_copy / "languages" / "ko"
    folder.mkdir(parents=True)
    (folder / "concerns.yaml").write_text("- id: discharge\n  title: 공유 하천에 더 많은 폐수\n")
    return mini_copy


def test_the_fallback_list_names_what_the_pack_prints_in_english(partial_ko):
    engine = Engine(open_content(partial_ko))
    brief = engine.brief(PackRequest("public", "FR", language="ko"))
    assert "discharge" in brief.items["concerns"]
    fallbacks = engine.fallbacks(brief)
    assert "concern 'discharge' body" in fallbacks
    assert "concern 'discharge' title" not in fallbacks  # translated
    assert "campaign title" in fallbacks
    # Only the concerns the pack prints are counted.
    unused = set(open_content(partial_ko).concerns) - set(brief.items["concerns"])
    assert not any(f"concern '{c}'" in f for f in fallbacks for c in unused)
    # The shipped Korean labels are complete: no label falls back.
    assert not [f for f in fallbacks if f.startswith("label ")]
    # An English pack falls back to nothing.
    english = engine.brief(PackRequest("public", "FR", language="en"))
    assert engine.fallbacks(english) == []


def test_build_warns_how_many_and_which(partial_ko, tmp_path, capsys):
    target = tmp_path / "ko.pdf"
    code = main(["build", "--content", str(partial_ko), "--audience", "public",
                 "--country", "FR", "--language", "ko", "-o", str(target)])  # fmt: skip
    assert code == 0
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if "fall back to English" in x)
    assert line.startswith("warning: ") and "in this ko pack: " in line
    assert "campaign title" in line and " more" in line  # the list is shortened
    # The translated title is printed; the untranslated body in English.
    text = pdf_text(target.read_bytes())
    assert "공유 하천에 더 많은 폐수" in text and "More waste in shared rivers" not in text


def test_strict_build_refuses_and_writes_nothing(partial_ko, tmp_path, capsys):
    target = tmp_path / "ko.pdf"
    code = main(["build", "--content", str(partial_ko), "--audience", "public", "--country",
                 "FR", "--language", "ko", "--strict", "-o", str(target)])  # fmt: skip
    assert code == 1 and not target.exists()
    err = capsys.readouterr().err
    assert "--strict: not written" in err and "ko pack would print in the default language" in err
    assert "Traceback" not in err
    english = tmp_path / "en.pdf"
    code = main(["build", "--content", str(partial_ko), "--audience", "public", "--country",
                 "FR", "--strict", "-o", str(english)])  # fmt: skip
    assert code == 0 and english.exists()


def test_a_language_without_labels_reports_its_labels(mini_copy):
    _declare(mini_copy, "en", "de")  # no labels are shipped in German
    folder = mini_copy / "languages" / "de"
    folder.mkdir(parents=True)
    (folder / "concerns.yaml").write_text("- id: monitoring\n  body: Nur der Staat misst.\n")
    engine = Engine(open_content(mini_copy))
    brief = engine.brief(PackRequest("journalist", "FR", language="de"))
    fallbacks = engine.fallbacks(brief)
    assert "label 'sources'" in fallbacks
    assert "concern 'monitoring' title" in fallbacks
    assert "concern 'monitoring' body" not in fallbacks


def test_strict_batch_records_the_refused_packs_as_failed(partial_ko, tmp_path):
    out = tmp_path / "out"
    options = {"language": "ko", "strict": True, "jobs": 1}
    result = run_batch(BatchSpec(partial_ko, out, "public", "FR,VN", **options))
    assert result.rows and all(r.status == "failed" for r in result.rows)
    assert all("--strict: not written" in r.error for r in result.rows)
    assert result.exit_code == 1
    assert not list(out.glob("*.pdf"))
