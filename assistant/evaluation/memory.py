"""Resident memory of a process tree, sampled while a bench runs.

The bench's peak is the largest sum, at one instant, of the resident memory of this process
and of every process below it (the ingest helper, embedder comparisons…): a figure that
adds up separate maxima would overstate it, and one that reads only this process would
leave the children out. A thread reads ``/proc/<pid>/status`` (VmRSS) of the tree every
``interval_s`` seconds; each named stage (:meth:`RssSampler.stage`) keeps its own peak.

Without ``/proc`` (not Linux) nothing can be sampled; the peaks then fall back to
``getrusage``: this process's maximum plus the largest finished child's, an upper bound.
"""

from __future__ import annotations

import logging
import os
import resource
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

logger = logging.getLogger(__name__)

PROC = Path("/proc")


def _vmrss_kb(pid: int) -> int:
    """Resident memory of one process in KiB; 0 if it is gone (or a zombie)."""
    try:
        with open(PROC / str(pid) / "status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _parents() -> dict[int, int]:
    """Every process's parent id, from ``/proc/<pid>/stat``."""
    out: dict[int, int] = {}
    for entry in os.scandir(PROC):
        if not entry.name.isdigit():
            continue
        try:
            with open(PROC / entry.name / "stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        # The command name (field 2) is in parentheses and may hold spaces: split after it.
        rest = stat[stat.rfind(")") + 2 :].split()
        if len(rest) > 1:
            out[int(entry.name)] = int(rest[1])
    return out


def _children(pid: int) -> list[int] | None:
    """Children of ``pid`` from ``/proc/<pid>/task/*/children`` (a child belongs to the
    thread that started it); None where the kernel does not provide those files."""
    found: list[int] = []
    try:
        tasks = os.listdir(PROC / str(pid) / "task")
    except OSError:
        return []  # the process is gone
    for tid in tasks:
        try:
            found += [
                int(c) for c in (PROC / str(pid) / "task" / tid / "children").read_text().split()
            ]
        except FileNotFoundError:
            if not (PROC / str(pid) / "task" / tid).exists():
                continue  # the thread ended meanwhile
            return None
        except (OSError, ValueError):
            continue
    return found


def tree_pids(root: int) -> list[int]:
    """``root`` and all its descendants alive now."""
    by_parent: dict[int, list[int]] | None = None
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        kids = _children(pid) if by_parent is None else by_parent.get(pid, [])
        if kids is None:
            # No children files: one scan of every process's parent instead.
            by_parent = {}
            for child, parent in _parents().items():
                by_parent.setdefault(parent, []).append(child)
            kids = by_parent.get(pid, [])
        todo += kids
    return found


def tree_rss_mb(root: int | None = None) -> tuple[float, float]:
    """(resident MB of ``root`` alone, of ``root`` and its descendants) right now."""
    root = root or os.getpid()
    own = _vmrss_kb(root)
    total = own + sum(_vmrss_kb(p) for p in tree_pids(root) if p != root)
    return own / 1024, total / 1024


def can_sample() -> bool:
    return (PROC / str(os.getpid()) / "status").is_file()


@dataclass
class StagePeak:
    """The largest sampled tree total of a stage, and this process's own part at that time."""

    total_mb: float = 0.0
    own_mb: float = 0.0
    children_mb: float = 0.0
    samples: int = 0

    def as_dict(self) -> dict[str, float]:
        return {
            "total_mb": round(self.total_mb, 1),
            "own_mb": round(self.own_mb, 1),
            "children_mb": round(self.children_mb, 1),
        }


@dataclass
class RssSampler:
    """Samples the resident memory of this process's tree in a background thread.

    Use as a context manager; ``with sampler.stage("ingest"): ...`` attributes the samples
    taken meanwhile to that stage as well as to the whole run."""

    interval_s: float = 0.1
    root: int = field(default_factory=os.getpid)
    peak: StagePeak = field(default_factory=StagePeak)
    stages: dict[str, StagePeak] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._current: list[str] = []
        self._thread: threading.Thread | None = None
        self.sampled = can_sample()

    def sample(self) -> None:
        """Take one sample now (the thread calls this; so do stage boundaries)."""
        if not self.sampled:
            return
        own, total = tree_rss_mb(self.root)
        with self._lock:
            for peak in [self.peak] + [self.stages[s] for s in self._current]:
                peak.samples += 1
                if total > peak.total_mb:
                    peak.total_mb, peak.own_mb, peak.children_mb = total, own, total - own

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                self.sample()
            except Exception as exc:  # noqa: BLE001 - a failed read must not end the sampling
                logger.debug("memory sample failed: %s", exc)

    def __enter__(self) -> Self:
        self.sample()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.sample()
        if not self.sampled:
            self._fallback()

    @contextmanager
    def stage(self, name: str) -> Iterator[StagePeak]:
        with self._lock:
            peak = self.stages.setdefault(name, StagePeak())
            self._current.append(name)
        self.sample()
        try:
            yield peak
        finally:
            self.sample()
            with self._lock:
                self._current.remove(name)

    def _fallback(self) -> None:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        self.peak = StagePeak(own + children, own, children)

    def report(self) -> dict[str, object]:
        """The run's peak and each stage's, in MB, and how they were measured."""
        return {
            "method": "sampled process tree" if self.sampled else "getrusage upper bound",
            "interval_s": self.interval_s,
            **self.peak.as_dict(),
            "stages": {name: peak.as_dict() for name, peak in self.stages.items()},
        }


# Stages of a bench run that are the assistant's own work; the others (the baseline, the
# embedder comparison, the control index of the source documents) measure something else.
PRODUCT_STAGES = ("ingest", "embed_only", "retrieve", "answer")


def memory_fields(memory: RssSampler) -> dict[str, Any]:
    """Peak resident memory, sampled over this process and all its children at once.

    ``rss_mb`` is the largest sum during the assistant's own stages (ingest with its helper
    process, the embedder alone, retrieval, answering); ``rss_mb_whole_run`` the largest of
    the whole run, the baseline and the embedder comparison's processes included."""
    report = memory.report()
    stages = report["stages"]
    own = [stages[s]["total_mb"] for s in PRODUCT_STAGES if s in stages]
    return {
        "rss_mb": max(own) if own else report["total_mb"],
        "rss_mb_whole_run": report["total_mb"],
        "rss_method": report["method"],
        "rss_stages": stages,
    }
