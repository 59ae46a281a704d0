"""Write an evaluation as report.json and report.md, with plots beside them."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

_LABELS: dict[str, Any] = yaml.safe_load(
    files("assistant.resources").joinpath("report_labels.yaml").read_text(encoding="utf-8")
)
# (metric key, label) in the order the summary table lists them.
HEADLINE: list[tuple[str, str]] = [
    (str(key), str(label)) for key, label in _LABELS["headline"].items()
]


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1.0 else f"{value:.1f}"
    return str(value)


def _cell(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plot(report: dict[str, Any], out: Path) -> list[str]:
    # The 'bench' extra: only the report's plots use matplotlib.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = []
    types = list(report["by_type"])
    rates = [report["by_type"][t]["pass_rate"] or 0.0 for t in types]
    counts = [report["by_type"][t]["questions"] for t in types]
    fig, ax = plt.subplots(figsize=(8, 3.6))
    bars = ax.bar(types, rates, color="#4c78a8")
    for bar, n in zip(bars, counts):
        ax.text(
            bar.get_x() + bar.get_width() / 2,
            bar.get_height() + 0.01,
            f"n={n}",
            ha="center",
            fontsize=8,
        )
    ax.set_ylim(0, 1.1)
    ax.set_ylabel("pass rate")
    ax.set_title("Pass rate by question type")
    ax.tick_params(axis="x", labelrotation=30)
    fig.tight_layout()
    fig.savefig(out / "by_type.png", dpi=110)
    plt.close(fig)
    names.append("by_type.png")

    totals = [r["timings_ms"].get("total", 0.0) for r in report["rows"]]
    fig, ax = plt.subplots(figsize=(8, 3.2))
    ax.hist(totals, bins=30, color="#f58518")
    ax.set_xlabel("answer time (ms)")
    ax.set_ylabel("questions")
    ax.set_title("Answer latency")
    fig.tight_layout()
    fig.savefig(out / "latency.png", dpi=110)
    plt.close(fig)
    names.append("latency.png")
    return names


def render_markdown(report: dict[str, Any], images: list[str]) -> str:
    o = report["overall"]
    lines = [
        "# " + _LABELS["title"],
        "",
        f"- dataset: `{report['meta']['dataset']}`",
        (
            f"- answerer: `{report['meta']['answerer']}`, "
            f"embedder: `{report['meta']['embedder']}`, k = {report['k']}"
        ),
        f"- questions: {o['questions']} ({o['answerable']} answerable, {o['unanswerable']} unanswerable)",
        f"- written: {report['meta']['written']}, took {report['meta']['seconds']:.1f} s",
    ]
    if report.get("distractors"):
        d = report["distractors"]
        lines.append(
            f"- distractors: {d['documents']} fictional documents added; right-document rate "
            f"{_fmt(d['right_document_rate'])} (all answered), "
            f"{_fmt(d['right_document_rate_named'])} (questions naming a real place or person)"
        )
    gate = report.get("gate")
    if gate is not None:
        lines.append(f"- gate: **{'PASS' if not gate['failures'] else 'FAIL'}**")
        lines += [f"  - {f}" for f in gate["failures"]]
    lines += ["", "## Headline metrics", "", "| metric | value |", "|---|---|"]
    lines += [f"| {label} | {_fmt(o.get(key))} |" for key, label in HEADLINE]
    lines += ["", "## By question type", ""]
    cols = [
        "questions",
        "pass_rate",
        "list_f1",
        "retrieval_recall_at_k",
        "citation_precision",
        "correct_refusal_rate",
        "false_refusal_rate",
    ]
    lines += ["| type | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for qtype, m in report["by_type"].items():
        lines.append(f"| {qtype} | " + " | ".join(_fmt(m.get(c)) for c in cols) + " |")
    lines += [""] + [f"![{name}]({name})" for name in images]

    base = report.get("baseline_diff")
    if base is not None:
        lines += ["", "## Changes since the baseline", ""]
        lines.append(
            f"- newly failing ({len(base['newly_failing'])}): {', '.join(base['newly_failing']) or '–'}"
        )
        lines.append(
            f"- newly passing ({len(base['newly_passing'])}): {', '.join(base['newly_passing']) or '–'}"
        )
        lines.append(f"- answers that changed: {len(base['changed_answers'])}")
        if base["metric_changes"]:
            lines += ["", "| metric | before | after | change |", "|---|---|---|---|"]
            for key, d in base["metric_changes"].items():
                lines.append(
                    f"| {key} | {_fmt(d['before'])} | {_fmt(d['after'])} | {d['change']:+.4f} |"
                )

    rows = sorted(report["rows"], key=lambda r: (r["passed"], r["id"]))
    failures = [r for r in rows if not r["passed"]]
    lines += ["", f"## Failures ({len(failures)})", ""]
    if failures:
        lines += ["| id | type | question | answer | missing |", "|---|---|---|---|---|"]
        for r in failures:
            shown = _LABELS["refused"] if r["refused"] else r["direct_answer"]
            lines.append(
                f"| {r['id']} | {r['type']} | {_cell(r['question'], 40)} | {_cell(shown)} | "
                f"{_cell('、'.join(r['missing']), 40)} |"
            )
    lines += [
        "",
        "## All questions",
        "",
        "| id | type | pass | question | answer |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        shown = _LABELS["refused"] if r["refused"] else r["direct_answer"]
        lines.append(
            f"| {r['id']} | {r['type']} | {'✓' if r['passed'] else '✗'} | {_cell(r['question'], 40)} | {_cell(shown)} |"
        )
    return "\n".join(lines) + "\n"


def write_report(report: dict[str, Any], out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    images = plot(report, out)
    json_path = out / "report.json"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    md_path = out / "report.md"
    md_path.write_text(render_markdown(report, images), encoding="utf-8")
    return json_path, md_path
