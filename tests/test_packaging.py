"""A plain (non-editable) install finds the shipped content from any directory."""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_wheel_install_carries_content_templates_and_assets(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            tmp_path / "wheel",
            ROOT,
        ],
        check=True,
        capture_output=True,
    )
    wheel = next((tmp_path / "wheel").glob("briefgen-*.whl"))
    target = tmp_path / "installed"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", target, wheel],
        check=True,
        capture_output=True,
    )
    # The installed copy first; the test environment only for the dependencies.
    env = {**os.environ, "PYTHONPATH": f"{target}{os.pathsep}{sysconfig.get_paths()['purelib']}"}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "import briefgen.paths as p, sys; "
        "print(p.shipped_content()); print(p.shipped_templates()); print(p.shipped_assets())"
    )
    found = subprocess.run(
        [sys.executable, "-c", script],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    for path in map(Path, found):
        assert path.is_relative_to(target) and path.is_dir()
    assert (Path(found[0]) / "campaign.yaml").is_file()
    assert (Path(found[1]) / "pack.css").is_file()
    listing = subprocess.run(
        [sys.executable, "-m", "briefgen", "list", "audiences"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert listing.returncode == 0, listing.stderr
    assert "legislator" in listing.stdout


def test_setup_installs_a_desktop_entry_that_starts_the_app(tmp_path):
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    subprocess.run([ROOT / "scripts/setup"], check=True, capture_output=True, env=environment)
    entry = (tmp_path / "applications/briefgen.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Type"] == "Application" and fields["Name"] == "briefgen"
    program, command = fields["Exec"].split()
    assert os.access(program, os.X_OK) and command == "gui"
    assert Path(fields["Icon"]).is_file()
