"""Content and templates are untrusted: no HTML injection, no file or network reads."""

import pikepdf
import pytest
from builders import engine_for
from conftest import build, check
from helpers import flat, pdf_reader, pdf_text

from briefgen.batch import BatchSpec, run_batch
from briefgen.errors import RenderError
from briefgen.render.engine import PackRequest


def test_content_cannot_inject_html(mini_copy):
    path = mini_copy / "concerns.yaml"
    path.write_text(
        path.read_text().replace(
            "Only the discharging state measures what it discharges",
            "<b>Only</b> the state & <script>alert(1)</script> measures",
        )
    )
    engine = engine_for(mini_copy)
    brief = engine.brief(PackRequest("journalist", "FR"))
    html = engine.html(brief)
    assert "&lt;b&gt;Only&lt;/b&gt; the state &amp; &lt;script&gt;" in html
    assert "<script>" not in html
    assert "<b>Only</b> the state & <script>alert(1)</script> measures" in flat(
        pdf_text(engine.render_brief(brief).pdf)
    )


def test_templates_cannot_read_files_or_the_network(mini_copy, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    override = tmp_path / "override"
    override.mkdir()
    (override / "public.html.j2").write_text(
        '{% extends "base.html.j2" %}{% block cover %}'
        f'<link rel="attachment" href="file://{secret}">'
        '<link rel="attachment" href="file:///etc/passwd">'
        '<img src="http://example.com/tracker.png" alt="x">'
        "{{ super() }}{% endblock %}"
    )
    engine = engine_for(mini_copy, template_dirs=[override])
    pack = engine.render(PackRequest("public", "FR"))
    assert b"TOP-SECRET-VALUE" not in pack.pdf and b"root:x:0" not in pack.pdf
    assert "/EmbeddedFiles" not in str(pdf_reader(pack.pdf).trailer["/Root"])
    warnings = " ".join(pack.warnings)
    assert "outside the content, template and asset folders" in warnings
    assert "reads no network resources" in warnings


def test_templates_run_sandboxed(mini_copy, tmp_path):
    override = tmp_path / "override"
    override.mkdir()
    (override / "public.html.j2").write_text(
        "{{ brief.__class__.__init__.__globals__['os'].system('true') }}"
    )
    engine = engine_for(mini_copy, template_dirs=[override])
    with pytest.raises(RenderError, match="template error"):
        engine.render(PackRequest("public", "FR"))


# -- content text is text everywhere -------------------------------------------


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x"])
def test_only_web_addresses_become_links(mini_copy, url):
    replace_in(mini_copy / "sources.yaml", "https://example.org/accord", url)
    code, out, _ = check(mini_copy)
    assert code == 1 and "sources.yaml:4: source: 'url' is not a full http(s) URL" in out


def test_an_org_website_must_be_a_web_address(mini_copy):
    replace_in(
        mini_copy / "orgs" / "friends.yaml",
        "website: https://example.org",
        "website: javascript:alert(1)",
    )
    code, out, _ = check(mini_copy)
    assert code == 1 and "friends.yaml" in out and "'website' is not a full http(s) URL" in out


def test_markup_in_names_and_titles_stays_text_in_metadata_and_bookmarks(mini_copy, tmp_path):
    hostile = "Rivers <script>x</script> (a) \\\\ ) /Evil"
    replace_in(mini_copy / "campaign.yaml", "title: The Clean Rivers Accord", f'title: "{hostile}"')
    replace_in(
        mini_copy / "orgs" / "friends.yaml",
        "name: Friends of Rivers",
        'name: "Friends </title><b>x</b>"',
    )
    out = tmp_path / "p.pdf"
    code, _, err = build(mini_copy, out, "--org", "friends", audience="journalist")
    assert code == 0, err
    with pikepdf.open(out) as pdf:
        info = pdf.docinfo
        assert hostile.replace("\\\\", "\\") in str(info["/Title"])
        assert "Friends </title><b>x</b>" in str(info["/Author"])
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
    assert titles and all("\ufffd" not in t for t in titles)
    text = flat(pdf_text(out.read_bytes()))
    assert "Rivers <script>x</script>" in text


def test_a_bidi_override_in_a_name_is_reported_by_check(mini_copy):
    replace_in(
        mini_copy / "orgs" / "friends.yaml",
        "name: Friends of Rivers",
        'name: "Friends \u202efdp.exe"',
    )
    code, out, _ = check(mini_copy)
    assert code == 1
    assert (
        "friends.yaml:1: the text 'Friends <U+202E>fdp.exe…' holds the invisible direction" in out
    )
    assert "U+202E (RIGHT-TO-LEFT OVERRIDE)" in out


def test_a_bidi_isolate_in_a_concern_title_is_reported(mini_copy):
    path = mini_copy / "concerns.yaml"
    text = path.read_text(encoding="utf-8")
    first_title = next(line for line in text.splitlines() if "title:" in line)
    path.write_text(text.replace(first_title, first_title + " \u2067x\u2069", 1), encoding="utf-8")
    code, out, _ = check(mini_copy)
    assert code == 1 and "U+2067" in out


def test_the_merged_contents_page_keeps_names_as_text(mini_copy, tmp_path):
    replace_in(mini_copy / "countries.yaml", "name: France", 'name: "Fr<i>ance</i> & co"')
    out = tmp_path / "out"
    result = run_batch(BatchSpec(mini_copy, out, "public", "FR,DE", merge=True, jobs=1))
    assert result.exit_code == 0
    combined = [out / m.file for m in result.merged if m.ok]
    assert combined
    for path in combined:
        assert "Fr<i>ance</i> & co" in flat(pdf_text(path.read_bytes()))
