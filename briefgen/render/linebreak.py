"""Line breaking the PDF engine lacks: Korean breaks between words, not inside them.

Korean puts spaces between words, and a line that ends in the middle of one
(가 / 입한) reads as a mistake. CSS says so with `word-break: keep-all`, which
WeasyPrint does not implement: it breaks between any two Hangul syllables, as
Unicode's default rules allow. So in the pack's HTML, for the languages that
keep words whole, a WORD JOINER (U+2060, invisible, no glyph, not in the
extracted text) goes between each Hangul syllable and the non-space character
beside it. Inside headings, whose text also names the PDF's bookmarks, each
such word is instead wrapped in a span that does not wrap, so the bookmarks
stay plain text.
"""

from __future__ import annotations

import re

# Languages that break lines only at spaces (CSS word-break: keep-all).
KEEP_WORDS_WHOLE = frozenset({"ko"})

WORD_JOINER = "\u2060"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3"
_NOT_SPACE = rf"[^\s{WORD_JOINER}]"
_JOIN = re.compile(rf"(?<={_NOT_SPACE})(?=[{_HANGUL}])|(?<=[{_HANGUL}])(?={_NOT_SPACE})")
_CHAR = r"(?:&#?\w+;|[^\s<>&])"  # a character, or an entity that stands for one
_WORD_WITH_HANGUL = re.compile(rf"{_CHAR}*[{_HANGUL}]{_CHAR}*")
_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_RAW = frozenset({"script", "style", "title", "head"})


def keep_words_whole(html: str, language: str | None) -> str:
    """`html` with its body's words unbreakable where `language` keeps them whole."""
    if (language or "").split("-")[0] not in KEEP_WORDS_WHOLE:
        return html
    parts = _TAG.split(html)
    heading = 0
    raw = 0
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            match = _TAG_NAME.match(part)
            if match is None or part.endswith("/>"):
                continue
            name, closing = match.group(1).lower(), part.startswith("</")
            if name in _HEADINGS:
                heading += -1 if closing else 1
            elif name in _RAW:
                raw += -1 if closing else 1
        elif part and not raw:
            if heading:
                parts[index] = _WORD_WITH_HANGUL.sub(_unbreakable_span, part)
            else:
                parts[index] = _JOIN.sub(WORD_JOINER, part)
    return "".join(parts)


def _unbreakable_span(match: re.Match) -> str:
    return f'<span style="white-space: nowrap">{match.group(0)}</span>'
