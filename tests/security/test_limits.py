"""Bounded cost: every limit has a default, a clear message and a way to raise it."""

from __future__ import annotations

import pytest
from conftest import build, check, extends, run, template

from briefgen.content.limits import Limits, LimitsError, current, parse


def test_every_limit_is_documented_with_its_default():
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "security.md").read_text(encoding="utf-8")
    for name in Limits().names():
        default = f"{getattr(Limits(), name):,}"
        assert f"`{name}`" in doc and default in doc, name


def test_limits_parse_and_reject_nonsense():
    assert parse("yaml_bytes=5_000_000, items=7").yaml_bytes == 5_000_000
    with pytest.raises(LimitsError, match="unknown limit 'nope=1'"):
        parse("nope=1")
    with pytest.raises(LimitsError, match="at least 1"):
        parse("items=0")


def test_a_bad_limit_on_the_command_line_exits_2(content):
    code, _, err = run("--limit", "yaml_bytes=lots", "check", "--content", content)
    assert code == 2 and "limit yaml_bytes must be a whole number" in err


def test_a_limit_raised_on_the_command_line_lets_a_big_file_in(content, monkeypatch):
    monkeypatch.delenv("BRIEFGEN_LIMITS", raising=False)
    (content / "asks.yaml").write_text(
        (content / "asks.yaml").read_text() + "# " + "x" * 2_100_000 + "\n"
    )
    code, out, _ = check(content)
    assert code == 1 and "larger than 2,000,000 bytes" in out
    assert "raise it with briefgen --limit yaml_bytes=N" in out
    code, out, _ = check(content, limits="yaml_bytes=3000000")
    assert code == 0, out


def test_content_cannot_raise_its_own_limits(content):
    path = content / "campaign.yaml"
    path.write_text(path.read_text() + "limits: {yaml_bytes: 999999999}\n")
    code, out, _ = check(content)
    assert code == 1 and "unknown field 'limits'" in out
    assert current().yaml_bytes == Limits().yaml_bytes


def test_a_campaign_url_too_long_for_a_qr_code_is_found_by_check(content):
    path = content / "campaign.yaml"
    path.write_text(
        path.read_text().replace("https://example.org/rivers", "https://example.org/" + "a" * 4000)
    )
    code, out, _ = check(content)
    assert code == 1
    assert (
        "campaign.yaml:1: campaign: 'url' is 4,020 characters; the QR code takes at most 500" in out
    )


def test_a_template_asking_for_a_long_qr_code_fails_with_a_sentence(content, override, tmp_path):
    template(override, "public.html.j2", extends("{{ qr_data_uri('x' * 3000) }}"))
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    assert code == 1 and "the QR code text is 3,000 characters" in err


def test_a_pack_past_the_time_limit_is_stopped_and_reported(content, override, tmp_path):
    # Many small steps: each is cheap, together they would run for minutes.
    body = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    template(override, "public.html.j2", extends(body))
    code, _, err = build(
        content,
        tmp_path / "p.pdf",
        "--templates",
        override,
        limits="render_seconds=1,template_steps=100000000000",
    )
    assert code == 1 and "took longer than 1 seconds" in err and "render_seconds" in err
    assert not (tmp_path / "p.pdf").exists()


def test_the_time_limit_also_stops_a_render_in_another_thread(content, override):
    import threading

    from builders import engine_for

    from briefgen.errors import RenderError
    from briefgen.render.engine import PackRequest

    body = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    template(override, "public.html.j2", extends(body))
    engine = engine_for(content, template_dirs=[override])
    outcome: list = []

    def work():
        try:
            engine.render(PackRequest("public", "FR"))
        except RenderError as exc:
            outcome.append(str(exc))

    import os

    os.environ["BRIEFGEN_LIMITS"] = "render_seconds=1,template_steps=100000000000"
    try:
        thread = threading.Thread(target=work)
        thread.start()
        thread.join(30)
    finally:
        del os.environ["BRIEFGEN_LIMITS"]
    assert not thread.is_alive()
    assert outcome and "took longer than 1 seconds" in outcome[0]


def test_too_many_yaml_files_are_reported(content, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LIMITS", "files=2")
    for index in range(3):
        (content / "orgs" / f"m{index}.yaml").write_text(f"id: m{index}\nname: M{index}\n")
    code, out, _ = check(content)
    assert code == 1 and "more than 2 YAML files" in out
