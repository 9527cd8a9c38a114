"""Korean lines break between words, never inside one (CSS word-break: keep-all,
which the PDF engine lacks: briefgen.render.linebreak)."""

import html as html_module
import itertools
import re

import pytest
from helpers import pdf_text

from briefgen.content.loader import load_content
from briefgen.paths import shipped_content
from briefgen.render import linebreak
from briefgen.render.engine import Engine, PackRequest
from briefgen.render.linebreak import WORD_JOINER, keep_words_whole

HANGUL = re.compile("[\uac00-\ud7a3]")


def test_body_text_gets_word_joiners_headings_get_unbreakable_words():
    page = (
        "<html lang='ko'><head><title>유엔 협약</title></head><body>"
        "<h2 class='x'>대한민국의 현황</h2>"
        "<p title='속성'>가입한 국가 &#34;중대범죄&#34;(제2조) 2026년</p></body></html>"
    )
    made = keep_words_whole(page, "ko")
    assert "<title>유엔 협약</title>" in made  # the PDF title stays plain text
    assert "title='속성'" in made  # attributes are not text
    assert (
        "<h2 class='x'><span style=\"white-space: nowrap\">대한민국의</span> "
        '<span style="white-space: nowrap">현황</span></h2>'
    ) in made
    body = made.split("</h2>")[1]
    j = WORD_JOINER
    assert f"가{j}입{j}한 국{j}가" in body
    assert f"&#34;{j}중{j}대{j}범{j}죄{j}&#34;({j}제{j}2{j}조{j})" in body
    assert f"2026{j}년" in body
    assert html_module.unescape(body.replace(j, "")) == html_module.unescape(page.split("</h2>")[1])


def test_other_languages_are_left_alone():
    page = "<body><p>가입한 국가, and English</p></body>"
    assert keep_words_whole(page, "en") == page
    assert keep_words_whole(page, None) == page
    assert WORD_JOINER in keep_words_whole(page, "ko-KR")


@pytest.fixture(scope="module")
def korean():
    content, _ = load_content(shipped_content())
    engine = Engine(content)
    brief = engine.brief(PackRequest("legislator", "KR", language="ko"))
    return engine, brief


INLINE = re.compile(r"</?(?:sup|sub|span|a|em|strong|b|i|bdi|bdo|small|abbr)\b[^>]*>")


def plain_text(html: str) -> str:
    """The body's text as read: inline tags dropped, blocks apart, word joiners gone."""
    body = INLINE.sub("", html.split("<body", 1)[1])
    text = html_module.unescape(re.sub(r"<[^>]*>", " ", body)).replace(WORD_JOINER, "")
    return re.sub(r"\s+", " ", text)


def cut_words(engine, brief) -> list[str]:
    """Line ends that fall inside a Korean word: the two pieces are one word in the
    pack's text (no space between them there)."""
    source = plain_text(engine.html(brief))
    lines = [line.split() for line in pdf_text(engine.render_brief(brief).pdf).splitlines()]
    lines = [words for words in lines if words]
    cuts = []
    for before, after in itertools.pairwise(lines):
        end, start = before[-1], after[0]
        both_korean = HANGUL.match(end[-1]) and HANGUL.match(start[0])
        if both_korean and end + start in source and f"{end} {start}" not in source:
            cuts.append(f"{end}|{start}")
    return cuts


def test_a_korean_pack_never_breaks_a_line_inside_a_word(korean):
    engine, brief = korean
    assert cut_words(engine, brief) == []


def test_without_the_rule_words_are_cut(korean, monkeypatch):
    """The control: the check above finds cut words when nothing keeps them whole."""
    monkeypatch.setattr(linebreak, "KEEP_WORDS_WHOLE", frozenset())
    engine, brief = korean
    assert len(cut_words(engine, brief)) > 5
