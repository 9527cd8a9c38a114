"""Content and templates are untrusted: no HTML injection, no file or network reads."""

import pytest
from helpers import flat, pdf_reader, pdf_text

from briefgen.content.loader import load_content_or_raise
from briefgen.errors import RenderError
from briefgen.render.engine import Engine, PackRequest


def test_content_cannot_inject_html(mini_copy):
    path = mini_copy / "concerns.yaml"
    path.write_text(
        path.read_text().replace(
            "Only the discharging state measures what it discharges",
            "<b>Only</b> the state & <script>alert(1)</script> measures",
        )
    )
    engine = Engine(load_content_or_raise(mini_copy)[0])
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
    engine = Engine(load_content_or_raise(mini_copy)[0], template_dirs=[override])
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
    engine = Engine(load_content_or_raise(mini_copy)[0], template_dirs=[override])
    with pytest.raises(RenderError, match="template error"):
        engine.render(PackRequest("public", "FR"))
