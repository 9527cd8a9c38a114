"""The command line as a user meets it: exit codes, messages, files."""

import subprocess
import sys

import pytest
from helpers import pdf_text

from briefgen.cli import main


def run(*args):
    """Run the real console entry point in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_build_writes_a_pdf(mini, tmp_path):
    out = tmp_path / "pack.pdf"
    result = run(
        "build",
        "--content",
        mini,
        "--audience",
        "journalist",
        "--country",
        "de",
        "--org",
        "friends",
        "-o",
        out,
    )
    assert result.returncode == 0, result.stderr
    assert "Germany" in pdf_text(out.read_bytes())
    assert f"{out}: " in result.stdout and " pages" in result.stdout
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_unknown_audience_is_one_line_and_exit_2(mini, tmp_path, capsys):
    code = main(
        [
            "build",
            "--content",
            str(mini),
            "--audience",
            "mayor",
            "--country",
            "FR",
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err == (
        "briefgen: error: unknown audience 'mayor'; choose one of: legislator, journalist, public"
    )
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_country_is_exit_2(mini, capsys):
    assert main(["build", "--content", str(mini), "--audience", "public", "--country", "XY"]) == 2
    assert "unknown country 'XY'" in capsys.readouterr().err


def test_content_errors_exit_1_name_file_and_line_and_keep_the_old_pdf(mini_copy, tmp_path, capsys):
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"%PDF-1.7 the good one")
    (mini_copy / "asks.yaml").write_text("- id: x\n  statuses: [signed\n")
    code = main(
        [
            "build",
            "--content",
            str(mini_copy),
            "--audience",
            "public",
            "--country",
            "FR",
            "-o",
            str(out),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "content/asks.yaml:3: YAML syntax" in err
    assert "Traceback" not in err
    assert out.read_bytes() == b"%PDF-1.7 the good one"


def test_check_exit_codes(mini, mini_copy, capsys):
    assert main(["check", "--content", str(mini)]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().out
    with (mini_copy / "sources.yaml").open("a") as stream:
        stream.write("- id: unused\n  publisher: P\n  title: T\n  url: https://example.org/u\n")
    assert main(["check", "--content", str(mini_copy)]) == 0  # warnings alone
    (mini_copy / "concerns.yaml").write_text("- id: Bad Id\n")
    assert main(["check", "--content", str(mini_copy)]) == 1
    assert (
        "content/concerns.yaml:1: concern: id 'Bad Id' must be lowercase" in capsys.readouterr().out
    )


def test_check_refuses_placeholders_in_templates(mini_copy, tmp_path, capsys):
    override = tmp_path / "tpl"
    override.mkdir()
    (override / "public.html.j2").write_text(
        '{% extends "base.html.j2" %}\n{% block cover %}Lorem ipsum{% endblock %}\n'
    )
    assert main(["check", "--content", str(mini_copy), "--templates", str(override)]) == 1
    assert "tpl/public.html.j2:2: placeholder text 'Lorem'" in capsys.readouterr().out


def test_list_countries_and_audiences(mini, capsys):
    assert main(["list", "countries", "--content", str(mini)]) == 0
    out = capsys.readouterr().out
    assert "US  United States of America" in out and "letter" in out
    main(["list", "audiences", "--content", str(mini)])
    assert capsys.readouterr().out.split()[0] == "legislator"


def test_leaving_out_a_section_that_is_not_optional_is_a_usage_error(mini, capsys):
    assert (
        main(
            [
                "build",
                "--content",
                str(mini),
                "--audience",
                "public",
                "--country",
                "FR",
                "--without",
                "summary",
            ]
        )
        == 2
    )
    assert "the public pack's optional sections are: none" in capsys.readouterr().err


def test_a_section_optional_only_for_another_audience_is_refused_not_ignored(mini, capsys):
    """Examples are optional in the legislator pack, not in the journalist's: leaving
    them out of a journalist pack is an error, not a pack that quietly keeps them."""
    build = ["build", "--content", str(mini), "--country", "FR", "--without"]
    assert main([*build, "examples", "--audience", "journalist"]) == 2
    assert "the journalist pack's optional sections are: timeline" in capsys.readouterr().err


def test_leaving_out_an_optional_section_removes_it(mini, tmp_path):
    build = ["build", "--content", str(mini), "--country", "FR", "--audience", "journalist"]
    with_timeline, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    assert main([*build, "-o", str(with_timeline)]) == 0
    assert main([*build, "--without", "timeline", "-o", str(without)]) == 0
    assert "Timeline" in pdf_text(with_timeline.read_bytes())
    assert "Timeline" not in pdf_text(without.read_bytes())


@pytest.mark.parametrize("flag", ["--safety", "--no-safety"])
def test_safety_flags_reach_the_pack(mini, tmp_path, flag):
    out = tmp_path / "p.pdf"
    assert (
        main(
            [
                "build",
                "--content",
                str(mini),
                "--audience",
                "legislator",
                "--country",
                "VN",
                "--org",
                "friends",
                flag,
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert ("Friends of Rivers" in pdf_text(out.read_bytes())) == (flag == "--no-safety")


def test_build_and_batch_read_an_organisation_the_same_way(mini, tmp_path, capsys):
    """One lookup: the same names mean the same organisation, and a broken
    profile gets the same message, whether one pack or a batch is made."""
    broken = tmp_path / "member.yaml"
    broken.write_text("id: member\nname: Member\nlogo: ../../etc/passwd\n")
    pack = ["build", "--content", str(mini), "--audience", "public", "--country", "FR"]
    assert main([*pack, "--org", str(broken), "-o", str(tmp_path / "p.pdf")]) == 1
    build_error = capsys.readouterr().err
    out = tmp_path / "out"
    batch = ["batch", "--content", str(mini), "--audience", "public", "--country", "FR"]
    assert main([*batch, "--org", str(broken), "--out", str(out)]) == 1
    capsys.readouterr()
    failed = (out / "manifest.csv").read_text()
    detail = build_error.removeprefix("briefgen: error: ").strip()
    assert f"{broken.name}:3:" in detail and detail in failed.replace('""', '"')
    for command in ([*pack, "-o", str(tmp_path / "q.pdf")], [*batch, "--out", str(out)]):
        assert main([*command, "--org", "nobody"]) == 2
        assert "unknown organisation 'nobody'" in capsys.readouterr().err
