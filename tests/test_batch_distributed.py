"""Batch on a Dask cluster through the same seam as the local pool: a cluster
started by the test on loopback, the same files, manifest and resume."""

import json

import pytest

from briefgen.batch import BatchSpec, run_batch
from briefgen.cli import main

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as running:
        yield running.scheduler_address


def test_packs_made_on_a_cluster_are_the_packs_made_here(cluster, mini, tmp_path):
    there, here = tmp_path / "cluster", tmp_path / "local"
    remote = run_batch(BatchSpec(mini, there, "all", "FR,DE,US,VN", merge=True, scheduler=cluster))
    local = run_batch(BatchSpec(mini, here, "all", "FR,DE,US,VN", merge=True, jobs=2))
    assert remote.counts["built"] == local.counts["built"] == 12
    assert remote.exit_code == 0
    for row in remote.rows:
        assert (there / row.file).read_bytes() == (here / row.file).read_bytes(), row.file
    manifest = json.loads((there / "manifest.json").read_text())
    ours = {
        p["file"]: p["sha256"] for p in json.loads((here / "manifest.json").read_text())["packs"]
    }
    assert {p["file"]: p["sha256"] for p in manifest["packs"]} == ours
    assert [m.status for m in remote.merged] == [m.status for m in local.merged]
    again = run_batch(BatchSpec(mini, there, "all", "FR,DE,US,VN", scheduler=cluster))
    assert again.counts["skipped"] == 12  # resumed: nothing rebuilt


def test_an_unreachable_scheduler_is_one_sentence(mini, tmp_path, capsys):
    arguments = ["batch", "--content", str(mini), "--out", str(tmp_path / "o"), "--country", "FR"]
    code = main([*arguments, "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 1
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert "Traceback" not in err
