"""Nothing runs: templates see frozen plain data in a bounded, immutable sandbox."""

from __future__ import annotations

import pytest
from builders import engine_for
from conftest import CANARY, assert_clean_pdf, build, check, extends, one_sentence, template

from briefgen.errors import RenderError
from briefgen.render.engine import PackRequest


def render_with(content, override, body, name="public.html.j2"):
    template(override, name, body)
    engine = engine_for(content, template_dirs=[override])
    return engine.render(PackRequest("public", "FR", org=engine.content.orgs["friends"]))


def test_the_issue_attack_path_joinpath_read_text_cannot_read_a_file(content, override, canary):
    body = extends(f"{{{{ brief.org.logo.joinpath('{canary}').read_text() }}}}")
    with pytest.raises(RenderError, match=r"public\.html\.j2:1: template error") as caught:
        render_with(content, override, body)
    assert CANARY not in str(caught.value)


def test_the_logo_a_template_sees_is_a_plain_string(content, override):
    pack = render_with(content, override, extends("<p>kind={{ brief.org.logo is string }}</p>"))
    from helpers import pdf_text

    assert "kind=True" in pdf_text(pack.pdf)


@pytest.mark.parametrize(
    "expression",
    [
        "brief.__class__.__init__.__globals__['os'].system('true')",
        "brief._fields",
        "brief.country.__dict__",
        "cycler.__init__.__globals__.os.environ",
        "joiner.__init__.__globals__",
        "namespace.__init__.__globals__",
        "t.__globals__['os'].environ",
        "self._TemplateReference__context",
        "brief.as_of.fromtimestamp(0)",
        "'{0.__class__}'.format(brief)",
        "'x'.format_map(brief)",
        "brief.title.ljust(10**8)",
        "'{:>99999999}'.format(1)",
    ],
)
def test_no_way_from_the_data_to_the_system(content, override, expression):
    with pytest.raises(RenderError, match="template error"):
        render_with(content, override, extends("{{ " + expression + " }}"))


def test_the_environment_is_not_in_reach(content, override, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_TEST_SECRET", CANARY)
    for expression in ("config", "environ", "os", "lipsum(1)", "request"):
        with pytest.raises(RenderError):
            render_with(content, override, extends("{{ " + expression + " }}"))


def test_the_data_cannot_be_changed_by_a_template(content, override):
    with pytest.raises(RenderError, match="template error"):
        render_with(content, override, extends("{{ brief.sections.append('x') }}"))
    with pytest.raises(RenderError, match="template error"):
        render_with(content, override, extends("{% set _ = brief.items.update({}) %}"))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "{% for a in range(5000) %}{% for b in range(5000) %}{% endfor %}{% endfor %}",
            "loop steps",
        ),
        ("{{ range(10**9) | list }}", "range"),
        ("{{ 'a' * 10**10 }}", "repeated text"),
        ("{{ 2 ** 100000 }}", "power"),
        ("{{ '%999999999s' % 1 }}", "width"),
        ("{{ '%999999999s' | format(1) }}", "width"),
        ("{{ 'x' | center(10**9) }}", "width"),
        ("{{ 'x' | indent(10**9) }}", "width"),
        ("{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}", "deep"),
        ("{{ ('x' * 1000000) | replace('x', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy') }}", "too long"),
    ],
)
def test_costly_templates_stop_with_a_sentence(content, override, body, message):
    with pytest.raises(RenderError, match=message):
        render_with(content, override, extends(body))


def test_a_template_that_includes_itself_stops(content, override):
    with pytest.raises(RenderError, match="template error"):
        render_with(content, override, '{% include "public.html.j2" %}')


def test_too_much_html_is_refused(content, override, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LIMITS", "html_chars=50000")
    with pytest.raises(RenderError, match="html_chars"):
        render_with(content, override, extends("{% for i in range(20000) %}xxxxx{% endfor %}"))


def test_a_syntax_error_names_the_file_and_line_in_check_and_build(content, override, tmp_path):
    template(override, "public.html.j2", extends("\n\n{% if %}"))
    code, out, _ = check(content, "--templates", override)
    assert code == 1
    assert f"{override.name}/public.html.j2:3: template syntax:" in out
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    assert code == 1 and "public.html.j2:3: template syntax" in err
    one_sentence(err)


def test_an_undefined_name_names_the_file_and_line(content, override, tmp_path):
    template(override, "public.html.j2", extends("\n{{ nothing_here.x }}"))
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    assert code == 1 and "public.html.j2:2: template error" in err and "nothing_here" in err
    code, out, _ = check(content, "--templates", override)
    assert code == 1 and "public.html.j2:2: template error" in out


def test_a_template_that_is_not_utf8_is_a_sentence(content, override, tmp_path):
    (override / "public.html.j2").write_bytes(b"{% extends 'base.html.j2' %}\n\xff\xfe")
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    assert code == 1 and "public.html.j2:2: the template is not UTF-8 text" in err
    code, out, _ = check(content, "--templates", override)
    assert code == 1 and "not UTF-8" in out


def test_a_template_override_in_the_content_folder_is_sandboxed_too(content, canary, tmp_path):
    folder = content / "templates"
    template(folder, "public.html.j2", extends("{{ brief.org.logo.read_text() }}"))
    code, _, err = build(content, tmp_path / "p.pdf", "--org", "friends")
    assert code == 1 and "template error" in err and CANARY not in err


def test_a_harmless_override_still_renders_and_the_pdf_is_sound(content, override, tmp_path):
    template(override, "public.html.j2", extends("<p>{{ brief.title | upper }}</p>"))
    out = tmp_path / "p.pdf"
    code, _, err = build(content, out, "--templates", override)
    assert code == 0, err
    assert_clean_pdf(out)


def test_a_folder_of_countless_templates_is_checked_only_up_to_the_limit(content, override):
    for number in range(40):
        template(override, f"many/t{number:03d}.html.j2", "{{ 1 }}")
    code, out, err = check(content, "--templates", override, limits="template_files=10")
    assert code == 1, out + err
    assert "more than 10 template files; only the first were checked" in out
    assert "briefgen --limit template_files=N" in out
    assert "Traceback" not in out + err
