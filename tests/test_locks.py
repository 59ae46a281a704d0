import os
import subprocess
import sys
import time
from pathlib import Path

from assistant.index.locks import file_lock

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys
from pathlib import Path
from assistant.index.locks import file_lock
Path(sys.argv[2] + ".ready").touch()  # imports done: from here on only the lock holds it
with file_lock(Path(sys.argv[1])):
    with open(sys.argv[2], "a", encoding="utf-8") as f:
        f.write("child\\n")
"""


def test_file_lock_makes_another_process_wait(tmp_path):
    lock, log = tmp_path / "sub" / ".write.lock", tmp_path / "order.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with file_lock(lock):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(lock), str(log)], env=env)
        ready = Path(str(log) + ".ready")
        deadline = time.monotonic() + 60
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists(), "the child did not start"
        time.sleep(1.0)
        assert child.poll() is None, "the child got the lock while this process held it"
        log.write_text("parent\n", encoding="utf-8")
    assert child.wait(timeout=60) == 0
    assert log.read_text(encoding="utf-8") == "parent\nchild\n"
