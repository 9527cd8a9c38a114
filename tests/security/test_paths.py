"""Nothing outside is read: links, pipes, devices and folders named like files."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import CANARY, assert_clean_pdf, build, check, extends, one_sentence, template

from briefgen.content.safeopen import UnsafeFileError, read_inside


def test_a_yaml_file_linked_outside_is_refused_by_name(content, canary, tmp_path):
    (content / "concerns.yaml").unlink()
    (content / "concerns.yaml").symlink_to(canary)
    code, out, _ = check(content)
    assert code == 1
    assert "concerns.yaml: refused: concerns.yaml is a link to" in out
    assert "outside the content" in out and CANARY not in out


def test_campaign_yaml_linked_outside_is_refused(content, canary, tmp_path):
    os.replace(content / "campaign.yaml", tmp_path / "campaign.yaml")
    (content / "campaign.yaml").symlink_to(tmp_path / "campaign.yaml")
    code, out, _ = check(content)
    assert code == 1 and "campaign.yaml is a link to" in out


def test_a_link_inside_the_folder_is_followed(content):
    os.replace(content / "sources.yaml", content / "all-sources.txt")
    (content / "sources.yaml").symlink_to("all-sources.txt")
    code, out, _ = check(content)
    assert code == 0, out


def test_a_fifo_named_like_yaml_is_refused_without_hanging(content, tmp_path):
    (content / "examples.yaml").unlink()
    os.mkfifo(content / "examples.yaml")
    # In a child process with a timeout: a hang fails the test instead of the suite.
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "check", "--content", str(content)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "examples.yaml: refused: examples.yaml is a pipe (FIFO), not a file" in done.stdout
    one_sentence(done.stdout)


def test_a_folder_named_like_yaml_is_refused(content):
    (content / "countries" / "zz.yaml").mkdir()
    code, out, _ = check(content)
    assert code == 1 and "zz.yaml is a folder, not a file" in out


def test_a_link_to_a_device_is_refused(content):
    (content / "countries" / "de.yaml").symlink_to("/dev/zero")
    code, out, _ = check(content)
    assert code == 1 and "de.yaml is a link to /dev/zero" in out


def test_a_dangling_link_is_reported_not_skipped(content):
    (content / "orgs" / "ghost.yaml").symlink_to(content / "nowhere.yaml")
    code, out, _ = check(content)
    assert code == 1 and "ghost.yaml" in out and "not found" in out


def test_a_logo_linked_outside_is_refused(content, canary):
    logos = content / "orgs" / "logos"
    (logos / "friends.svg").unlink()
    (logos / "friends.svg").symlink_to(canary)
    code, out, _ = check(content)
    assert code == 1 and "logo must be inside the profile's folder" in out


def test_a_logo_path_climbing_out_is_refused(content, canary):
    path = content / "orgs" / "friends.yaml"
    path.write_text(path.read_text().replace("logos/friends.svg", f"../../home/{canary.name}"))
    code, out, _ = check(content)
    assert code == 1 and "the logo must be inside the profile's folder" in out


def test_a_template_linked_outside_is_refused(content, canary, override, tmp_path):
    (override / "public.html.j2").symlink_to(canary)
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    assert code == 1 and "public.html.j2 is a link to" in err
    one_sentence(err)
    assert not (tmp_path / "p.pdf").exists()
    code, out, _ = check(content, "--templates", override)
    assert code == 1 and "public.html.j2 is a link to" in out


def test_an_include_of_a_linked_file_is_refused(content, canary, override, tmp_path):
    (override / "part.html").symlink_to(canary)
    template(override, "public.html.j2", extends('{% include "part.html" %}'))
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    assert code == 1 and "part.html is a link to" in err and CANARY not in err


def test_an_include_climbing_out_of_the_folder_is_not_found(content, canary, override, tmp_path):
    template(override, "public.html.j2", extends('{% include "../home/secret.txt" %}'))
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    assert code == 1 and "not found" in err and CANARY not in err


def test_an_import_by_absolute_path_is_not_found(content, canary, override, tmp_path):
    template(override, "public.html.j2", extends(f'{{% import "{canary}" as x %}}'))
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    assert code == 1 and "not found" in err and CANARY not in err


def test_a_stylesheet_linked_outside_is_refused(content, canary, override, tmp_path):
    (override / "public.css").symlink_to(canary)
    code, _, err = build(content, tmp_path / "p.pdf", "--templates", override)
    assert code == 1 and "public.css is a link to" in err


def test_attachments_imports_and_urls_to_outside_files_are_not_read(
    content, canary, override, tmp_path
):
    template(
        override,
        "public.html.j2",
        extends(
            f'<link rel="attachment" href="file://{canary}">'
            f'<img src="file://{canary}" alt="x">'
            f'<style>@import url("file://{canary}"); .a {{ background: url("file://{canary}") }}'
            "</style>"
            '<link rel="attachment" href="file:///etc/passwd">'
        ),
    )
    out = tmp_path / "p.pdf"
    code, _, err = build(content, out, "--templates", override)
    assert code == 0, err
    assert "outside the content, template and asset folders" in err
    assert_clean_pdf(out)
    assert b"root:x:0" not in out.read_bytes()


def test_a_linked_image_in_the_content_folder_cannot_reach_outside(
    content, canary, override, tmp_path
):
    (content / "pic.png").symlink_to(canary)  # relative URLs start at the content folder
    template(override, "public.html.j2", extends('<img src="pic.png" alt="x">'))
    out = tmp_path / "p.pdf"
    code, _, err = build(content, out, "--templates", override)
    assert code == 0 and "is a link to" in err
    assert_clean_pdf(out)


def test_an_org_profile_file_given_on_the_command_line_keeps_its_logo_inside(
    content, canary, tmp_path
):
    member = tmp_path / "member"
    member.mkdir()
    (member / "logo.svg").symlink_to(canary)
    (member / "m.yaml").write_text("id: m\nname: Member\nlogo: logo.svg\nlogo_alt: Member logo\n")
    code, _, err = build(content, tmp_path / "p.pdf", "--org", member / "m.yaml")
    assert code == 1 and "m.yaml:3: organisation: the logo must be inside" in err
    one_sentence(err)


@pytest.mark.parametrize("name", ["a.yaml", "sub/b.yaml"])
def test_the_safe_open_refuses_escapes(tmp_path, canary, name):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / name).symlink_to(canary)
    with pytest.raises(UnsafeFileError, match="is a link to"):
        read_inside(root / name, (root,), 1000)


def test_the_safe_open_bounds_the_size(tmp_path):
    (tmp_path / "big.yaml").write_bytes(b"x" * 5000)
    with pytest.raises(UnsafeFileError, match="larger than 4,999 bytes"):
        read_inside(tmp_path / "big.yaml", (tmp_path,), 4999, "yaml_bytes")
    assert read_inside(tmp_path / "big.yaml", (tmp_path,), 5000) == b"x" * 5000
