"""Translations in content/languages/<lang>/: merged field by field, checked at load."""

import shutil
from pathlib import Path

import pytest
from builders import content_of
from helpers import flat, pdf_text

from briefgen.content.loader import load_content
from briefgen.render.engine import Engine, PackRequest


@pytest.fixture
def french(mini, tmp_path):
    root = tmp_path / "content"
    shutil.copytree(mini, root)
    campaign = root / "campaign.yaml"
    campaign.write_text(campaign.read_text().replace("languages: [en]", "languages: [en, fr]"))
    (root / "languages/fr/countries").mkdir(parents=True)
    (root / "languages/fr/concerns.yaml").write_text(
        "- id: discharge\n  title: Plus de déchets dans les rivières partagées\n"
    )
    (root / "languages/fr/countries/fr.yaml").write_text(
        "accord:\n  note: La France a signé dès le premier jour [@registry].\n"
    )
    return root


def test_a_translated_field_is_used_and_the_rest_falls_back_field_by_field(french):
    content = content_of(french)
    concern = content.concerns["discharge"]
    assert concern.title.for_audience("public").get("fr", "en").startswith("Plus de déchets")
    assert concern.title.for_audience("public").get("en", "en") == "More waste in shared rivers"
    note = content.profiles["FR"].treaties["accord"].note
    assert note.values["fr"].startswith("La France a signé")
    pack = Engine(content).render(PackRequest("legislator", "FR", language="fr"))
    text = flat(pdf_text(pack.pdf))
    assert "La France a signé dès le premier jour" in text
    assert "France signed on the first day" not in text  # the field is French, whole
    assert "No independent monitoring" in text  # untranslated: the English field, whole


def test_check_counts_what_a_language_still_lacks(french):
    _, problems = load_content(french)
    lacking = [p for p in problems.warnings if "not yet in 'fr'" in p.message]
    assert lacking and all(p.line > 0 for p in lacking)
    assert any(str(p.file).endswith("concerns.yaml") for p in lacking)


def test_an_id_or_field_the_default_language_lacks_is_an_error_with_its_line(french):
    (french / "languages/fr/asks.yaml").write_text(
        "- id: no-such-ask\n  text: Rien\n- id: amend\n  colour: bleu\n"
    )
    _, problems = load_content(french)
    messages = {(Path(p.file).name, p.line, p.message) for p in problems.errors}
    assert any(
        name == "asks.yaml" and line == 1 and "no-such-ask" in message
        for name, line, message in messages
    ), messages
    assert any(
        name == "asks.yaml" and line == 4 and "'colour' is not a field" in message
        for name, line, message in messages
    ), messages
