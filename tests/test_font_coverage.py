"""Packs in every shipped language: every character drawn by a real embedded
glyph, the text in the pack's script, and /Lang, title and direction to match."""

import io
import re

import pikepdf
import pytest
import weasyprint
from fontcheck import missing_glyphs
from helpers import pdf_reader, pdf_text

from briefgen.content.loader import load_content
from briefgen.paths import shipped_content
from briefgen.render.engine import Engine, PackRequest

LANGUAGES = ("en", "ko", "ar")
COUNTRIES = ("KR", "SA", "FR", "US")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
LATIN = re.compile(r"[A-Za-z]")


def _matrix(audiences):
    """Every audience in every language and every country in every language, in
    twelve packs rather than thirty-six (the suite is kept fast)."""
    for shift, language in enumerate(LANGUAGES):
        for index, country in enumerate(COUNTRIES):
            yield audiences[(index + shift) % len(audiences)], country, language


@pytest.fixture(scope="module")
def packs():
    content, _ = load_content(shipped_content())
    engine = Engine(content)
    made = {}
    for audience, country, language in _matrix(tuple(content.audiences)):
        brief = engine.brief(PackRequest(audience, country, language=language))
        pack = engine.render_brief(brief)
        made[(audience, country, language)] = (content, brief, engine.html(brief), pack.pdf)
    return made


def test_the_matrix_covers_every_audience_and_country_in_every_language(packs):
    content = next(iter(packs.values()))[0]
    for language in LANGUAGES:
        assert {a for a, _, lang in packs if lang == language} == set(content.audiences)
        assert {c for _, c, lang in packs if lang == language} == set(COUNTRIES)


def test_no_character_lacks_a_glyph(packs):
    problems = {}
    for key, (_, _, _, pdf) in packs.items():
        found = missing_glyphs(pdf, pdf_text(pdf))
        if found:
            problems[key] = found
    assert problems == {}


def test_the_check_finds_a_missing_glyph_box(tmp_path):
    # A private-use character no installed font has: drawn as a box, and found.
    pdf = weasyprint.HTML(
        string='<html lang="en"><body style="font-family: Noto Sans">ab \ue000 cd</body></html>'
    ).write_pdf()
    problems = missing_glyphs(pdf, pdf_text(pdf))
    assert any(".notdef" in p for p in problems), problems
    assert missing_glyphs(pdf, "ab cd") == [p for p in problems if "no embedded font" not in p]


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_lang_title_and_direction_follow_the_pack_language(packs, language):
    for (audience, country, lang), (content, _, html, pdf) in packs.items():
        if lang != language:
            continue
        where = f"{audience} {country} {lang}"
        text = pdf_text(pdf)
        hangul, arabic = len(HANGUL.findall(text)), len(ARABIC.findall(text))
        if language == "ko":
            assert hangul > 200 and arabic == 0, where
        elif language == "ar":
            assert arabic > 200 and hangul == 0, where
        else:
            # a publisher's own name in a source note (Open Net, 오픈넷) is allowed
            assert hangul + arabic < 20 and len(LATIN.findall(text)) > 1000, where
        reader = pdf_reader(pdf)
        assert str(reader.trailer["/Root"]["/Lang"]) == language, where
        title = reader.metadata.title or ""
        assert content.campaign.title.get(language, content.campaign.language) in title, where
        if language == "ko":
            assert HANGUL.search(title), where
        if language == "ar":
            assert ARABIC.search(title), where
        root = re.search(r"<html[^>]*>", html).group(0)
        assert f'lang="{language}"' in root, where
        assert ('dir="rtl"' in root) == (language == "ar"), (where, root)


def _embedded_fonts(pdf: bytes) -> dict[str, int]:
    """Each embedded font's name and the size of its font program in the file."""
    found = {}
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for font in page.Resources.get("/Font", {}).values():
                for descendant in font.get("/DescendantFonts", [font]):
                    descriptor = descendant.get("/FontDescriptor", {})
                    for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                        if key in descriptor:
                            name = str(descendant.BaseFont).split("+")[-1]
                            found[name] = len(descriptor[key].read_raw_bytes())
    return found


def test_korean_is_set_in_the_small_hangul_fonts(packs):
    """scripts/prepare-fonts renumbers Noto CJK KR's Hangul, so a Korean pack embeds
    small fonts rather than subsets padded to Noto CJK's 65,535 glyph slots."""
    for (audience, country, language), (*_, pdf) in packs.items():
        if language != "ko":
            continue
        fonts = _embedded_fonts(pdf)
        hangul = {name: size for name, size in fonts.items() if "Hangul" in name}
        assert hangul, (audience, country, fonts)
        assert not [name for name in fonts if "CJK-KR" in name and "Hangul" not in name]
        assert max(hangul.values()) < 120_000, hangul
