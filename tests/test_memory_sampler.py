"""The bench's memory sampler: the sum of a process tree's resident memory at one instant."""

import subprocess
import sys
import time

import pytest

from assistant.evaluation.memory import RssSampler, can_sample, tree_pids, tree_rss_mb

pytestmark = pytest.mark.skipif(not can_sample(), reason="needs /proc (Linux)")

# A child that touches 150 MB (so it is resident), says so, and waits to be told to exit.
CHILD = """
import sys
block = bytearray(150 * 2**20)
for i in range(0, len(block), 4096):
    block[i] = 1
print("ready", flush=True)
sys.stdin.readline()
"""


def _start() -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().startswith("ready")
    return proc


def _stop(proc: subprocess.Popen) -> None:
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(timeout=30)


def test_the_sampler_counts_a_live_child_in_its_stage_and_not_after():
    with RssSampler(interval_s=0.05) as memory:
        before = tree_rss_mb()[1]
        with memory.stage("with-child") as peak:
            proc = _start()
            time.sleep(0.3)  # a few samples while the child holds its memory
            _stop(proc)
        with memory.stage("after") as after:
            time.sleep(0.2)
    assert peak.samples >= 3 and after.samples >= 2
    assert peak.children_mb >= 140  # the child's 150 MB, seen beside this process
    assert peak.total_mb >= peak.own_mb + 140
    assert after.children_mb < 50 and after.total_mb < before + 50
    report = memory.report()
    assert report["method"] == "sampled process tree"
    assert report["total_mb"] == pytest.approx(peak.total_mb, abs=0.1)
    assert set(report["stages"]) == {"with-child", "after"}


# A child that starts CHILD as its own child and waits for it.
OUTER = f"""
import subprocess, sys
subprocess.Popen([sys.executable, "-c", {CHILD!r}], stdout=subprocess.DEVNULL).wait()
"""


def test_the_tree_includes_grandchildren():
    outer = subprocess.Popen(
        [sys.executable, "-c", OUTER],
        stdin=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        pids: list[int] = []
        while time.monotonic() < deadline:
            pids = tree_pids(outer.pid)
            own, total = tree_rss_mb(outer.pid)
            if len(pids) == 2 and total - own >= 140:
                break
            time.sleep(0.05)
        assert len(pids) == 2 and pids[0] == outer.pid
        assert total - own >= 140  # the grandchild's memory counts under the outer process
    finally:
        outer.stdin.write("\n")
        outer.stdin.flush()
        outer.wait(timeout=30)
