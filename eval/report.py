"""Run folder outputs: config.json, predictions.jsonl, metrics.json, report.md and PNG plots, plus
``format_summary`` (the compact table the CLI prints)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eval.runner import EvalRun

QUOTE_CHARS = 120  # cited quotes are cut to this in the failures list; predictions.jsonl has them whole


def pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def dec(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def ms(x: float | None) -> str:
    return "—" if x is None else f"{x:.0f} ms"


def _cut(s: str, n: int = QUOTE_CHARS) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _md(s: str) -> str:
    """Text safe inside a markdown table cell."""
    return s.replace("|", "\\|").replace("\n", " ")


# --- plots ----------------------------------------------------------------------------------

def _figure(width: float, height: float):
    # Figure + Agg canvas directly, not pyplot: no global backend or state in a process that
    # may also be serving the Gradio UI.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def plot_accuracy_by_type(by_type: dict[str, Any], path: Path) -> Path:
    """Grouped bars: answer / value / citation accuracy per question type (ASCII labels)."""
    types = list(by_type)
    series = (("answer", "answer_accuracy"), ("value", "value_accuracy"), ("citation", "citation_accuracy"))
    fig = _figure(max(6.0, 1.1 * len(types) + 2), 4.0)
    ax = fig.add_subplot()
    width = 0.8 / len(series)
    for i, (label, key) in enumerate(series):
        ys = [100 * (by_type[t][key] or 0.0) for t in types]
        xs = [j + (i - 1) * width for j in range(len(types))]
        ax.bar(xs, ys, width, label=label)
    ax.set_xticks(range(len(types)))
    ax.set_xticklabels([f"{t}\n(n={by_type[t]['n']})" for t in types], fontsize=8)
    ax.set_ylim(0, 105)
    ax.set_ylabel("accuracy (%)")
    ax.set_title("Accuracy by question type")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    return path


def plot_latency(latencies: list[float], p50: float | None, p95: float | None, path: Path) -> Path:
    """Histogram of end-to-end latency (timings_ms.total) with p50/p95 marked."""
    fig = _figure(6.0, 3.5)
    ax = fig.add_subplot()
    if latencies:
        ax.hist(latencies, bins=min(30, max(5, len(latencies) // 3)), color="#4c72b0")
        for q, v in (("p50", p50), ("p95", p95)):
            if v is not None:
                ax.axvline(v, color="#c44e52" if q == "p95" else "#55a868", linestyle="--",
                           label=f"{q} {v:.0f} ms")
        ax.legend(fontsize=8)
    ax.set_xlabel("latency per question (ms)")
    ax.set_ylabel("questions")
    ax.set_title("Latency")
    fig.tight_layout()
    fig.savefig(path)
    return path


# --- report.md ------------------------------------------------------------------------------

def _group_row(name: str, g: dict[str, Any]) -> str:
    r = g["retrieval"]
    return (f"| {_md(name)} | {g['n']} | {pct(g['answer_accuracy'])} | {pct(g['value_accuracy'])} | "
            f"{pct(g['citation_accuracy'])} | {pct(r['recall@1'])} | {pct(r.get('recall@5'))} | "
            f"{dec(r['mrr'])} |")


_GROUP_HEAD = ("| group | n | answer | value | citation | R@1 | R@5 | MRR |\n"
               "|---|---:|---:|---:|---:|---:|---:|---:|")


def _failure(rec: dict[str, Any]) -> list[str]:
    g, a, s = rec["gold"], rec["answer"], rec["scores"]
    cites = {c["id"]: c for c in a.get("citations", [])}
    gold_ans = g["answer"] or "(unanswerable)"
    others = [a for a in g.get("answers", []) if a != g["answer"]]
    lines = [f"### {rec['id']} — {s['cause']}", f"- question: {g['question']}",
             f"- gold: {gold_ans}" + (f" (also: {' / '.join(others)})" if others else "")
             + (f" — {g['doc']}: “{_cut(g['evidence'] or '')}”" if g.get("doc") else "")]
    if rec.get("error"):
        lines.append(f"- error: {rec['error']}")
    elif a.get("abstained"):
        lines.append("- predicted: abstained" + (f" ({a['reason']})" if a.get("reason") else ""))
    else:
        lines.append(f"- predicted: {_cut(a.get('answer', ''), 200)}")
        for f in a.get("facts", []):
            lines.append(f"  - fact {f['text']} (value {f['value']:g} {f.get('unit', '')}) [{f['citation']}]")
        for c in cites.values():
            lines.append(f"  - [{c['id']}] {c['doc']} {c['start']}–{c['end']}: “{_cut(c['quote'])}”")
    rank = s["hit_rank"]
    lines.append(f"- evidence retrieved at rank: {rank if rank is not None else '—'}"
                 + ("" if s["retrieval"] else " (not applicable)"))
    return lines


def render_report(run: EvalRun, records: list[dict[str, Any]], plots: dict[str, Path]) -> str:
    """The markdown report: summary, splits, baselines, causes and every failed question."""
    m, cfg = run.metrics, run.config
    o = m["overall"]
    r, ab, lat = o["retrieval"], o["abstention"], o["latency_ms"]
    git = cfg.get("git") or {}
    out = [
        f"# Eval report: {run.dataset}",
        "",
        f"- run: `{run.run_dir.name}` — {cfg['created']}; {run.n} questions; top_k {cfg['top_k']}",
        f"- dataset: {', '.join(f['path'] for f in cfg['dataset']['files'])}"
        + (f" (limit {cfg['dataset']['limit']})" if cfg["dataset"]["limit"] else ""),
        f"- index: `{cfg['index_dir']}`, model `{cfg['model']}`",
        f"- git: {git.get('commit', 'unknown')}" + (" (uncommitted changes)" if git.get("dirty") else ""),
        "",
        "## Summary",
        "",
        "| metric | value |",
        "|---|---:|",
        f"| answer accuracy (value and citation right) | **{pct(o['answer_accuracy'])}** |",
        f"| value accuracy | {pct(o['value_accuracy'])} |",
        f"| citation accuracy | {pct(o['citation_accuracy'])} |",
        f"| abstention precision / recall | {pct(ab['precision'])} / {pct(ab['recall'])} |",
        f"| false answer rate (unanswerable answered) | {pct(ab['false_answer_rate'])} |",
        f"| wrong answer rate (answered with a wrong value) | {pct(ab['wrong_answer_rate'])} |",
        f"| missed answer rate (answerable abstained) | {pct(ab['missed_answer_rate'])} |",
        *(f"| retrieval recall@{k} | {pct(r[f'recall@{k}'])} |" for k in (1, 3, 5, 10)),
        f"| retrieval MRR@{r['mrr_at']} | {dec(r['mrr'])} |",
        f"| answer in top passage | {pct(o['answer_in_top_passage'])} |",
        f"| citation integrity (quote == source span) | {pct(o['citation_integrity'])} of {o['citations']} |",
        f"| number in quote | {pct(o['number_in_quote'])} of {o['facts']} |",
        f"| latency p50 / p95 | {ms(lat['p50'])} / {ms(lat['p95'])} |",
        f"| questions that raised an error | {m.get('errors', 0)} |",
        "",
    ]
    broken = [name for name, key in (("citation integrity", "citation_integrity"),
                                      ("number in quote", "number_in_quote"))
              if o[key] is not None and o[key] < 1.0]
    if broken:
        out += [f"**Invariant broken:** {' and '.join(broken)} below 100% — a citation does not "
                "match its source text. Fix this before reading any other number.", ""]
    if "anchor" in m:
        out += [f"Published anchor: {m['anchor']['text']}. Ours: answer accuracy "
                f"{pct(o['answer_accuracy'])} — {m['anchor']['caveat']}.", ""]
    if "subset" in m:
        sub = m["subset"]
        out += ["## Numeric subset", "",
                f"{sub['numeric']} of {sub['questions']} questions pass the numeric rule (answer holds a "
                f"number and the question asks for a quantity); {sub['paragraphs']} paragraphs are pooled "
                f"as the corpus; {sub['dropped_answers']} spreadsheet-artefact answers dropped.", ""]
        if "reference" in sub:
            ref = sub["reference"]
            out += [f"Against the reference `{Path(ref['reference']).name}` ({ref['reference_all']} lines, "
                    f"{ref['reference_asks_number']} with question_asks_number): {ref['in_both']} in both, "
                    f"{ref['ours_only']} only ours, {ref['reference_only']} only the reference; "
                    f"{ref['in_both_asks_number']} of its question_asks_number subset are ours.", ""]
    out += ["## By question type", "", _GROUP_HEAD,
            *(_group_row(t, g) for t, g in m["by_type"].items()), "",
            "## By language", "", _GROUP_HEAD,
            *(_group_row(t, g) for t, g in m["by_lang"].items()), ""]
    b = m["baselines"]
    out += ["## Retrieval baselines", "",
            "Same questions; the system's ranked `passages` against plain dense (FAISS) and plain BM25. "
            "A passage hits when it is in the gold doc and overlaps the evidence; answer in top passage "
            "means the whole evidence lies inside the first passage.", "",
            "| retriever | R@1 | R@5 | MRR | answer in top passage |", "|---|---:|---:|---:|---:|"]
    for name in ("system", "dense", "bm25"):
        x = b[name]
        out.append(f"| {name} | {pct(x['recall@1'])} | {pct(x.get('recall@5'))} | {dec(x['mrr'])} | "
                   f"{pct(x['answer_in_top_passage'])} |")
    out += ["", f"MRR is MRR@{b['system']['mrr_at']} for all three; the baselines retrieve "
            f"{b['dense']['depth']} passages.", ""]
    if plots:
        out += ["## Plots", "", *(f"![{k}]({p.name})" for k, p in plots.items()), ""]
    failed = [rec for rec in records if not rec["scores"]["answer_correct"]]
    out += ["## Failure causes", "", "| cause | questions |", "|---|---:|"]
    counts: dict[str, int] = {}
    for rec in failed:
        counts[rec["scores"]["cause"]] = counts.get(rec["scores"]["cause"], 0) + 1
    out += [f"| {c} | {n} |" for c, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    out += ["", f"## Failures ({len(failed)})", ""]
    for rec in failed:
        out += _failure(rec) + [""]
    return "\n".join(out)


def write_outputs(run: EvalRun, records: list[dict[str, Any]]) -> dict[str, Path]:
    """Write every file of the run folder; returns their paths by role."""
    d = run.run_dir
    paths = {"config": d / "config.json", "predictions": d / "predictions.jsonl",
             "metrics": d / "metrics.json", "report": d / "report.md"}
    paths["config"].write_text(json.dumps(run.config, ensure_ascii=False, indent=2), encoding="utf-8")
    with open(paths["predictions"], "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    paths["metrics"].write_text(json.dumps(run.metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    lat = run.metrics["overall"]["latency_ms"]
    plots = {
        "accuracy by type": plot_accuracy_by_type(run.metrics["by_type"], d / "accuracy_by_type.png"),
        "latency": plot_latency([rec["scores"]["latency_ms"] for rec in records
                                 if rec["scores"]["latency_ms"] is not None],
                                lat["p50"], lat["p95"], d / "latency.png"),
    }
    paths["report"].write_text(render_report(run, records, plots), encoding="utf-8")
    paths["plot_accuracy"] = plots["accuracy by type"]
    paths["plot_latency"] = plots["latency"]
    return paths


def format_summary(run: EvalRun) -> str:
    """A compact text table of the headline numbers, with baselines, for the terminal."""
    m = run.metrics
    o, b = m["overall"], m["baselines"]
    ab, lat = o["abstention"], o["latency_ms"]
    rows: list[tuple[str, str, str, str]] = [
        ("answer accuracy", pct(o["answer_accuracy"]), "", ""),
        ("value accuracy", pct(o["value_accuracy"]), "", ""),
        ("citation accuracy", pct(o["citation_accuracy"]), "", ""),
        ("recall@1", pct(b["system"]["recall@1"]), pct(b["dense"]["recall@1"]), pct(b["bm25"]["recall@1"])),
        ("recall@5", pct(b["system"].get("recall@5")), pct(b["dense"]["recall@5"]), pct(b["bm25"]["recall@5"])),
        (f"MRR@{b['system']['mrr_at']}", dec(b["system"]["mrr"]), dec(b["dense"]["mrr"]), dec(b["bm25"]["mrr"])),
        ("answer in top passage", pct(b["system"]["answer_in_top_passage"]),
         pct(b["dense"]["answer_in_top_passage"]), pct(b["bm25"]["answer_in_top_passage"])),
        ("abstention P / R", f"{pct(ab['precision'])} / {pct(ab['recall'])}", "", ""),
        ("false answer rate", pct(ab["false_answer_rate"]), "", ""),
        ("citation integrity", pct(o["citation_integrity"]), "", ""),
        ("number in quote", pct(o["number_in_quote"]), "", ""),
        ("latency p50 / p95", f"{ms(lat['p50'])} / {ms(lat['p95'])}", "", ""),
    ]
    w = max(len(r[0]) for r in rows)
    lines = [f"{run.dataset}: {run.n} questions → {run.run_dir}",
             f"{'':<{w}}  {'system':>15}  {'dense':>7}  {'bm25':>7}"]
    lines += [f"{a:<{w}}  {s:>15}  {d:>7}  {x:>7}" for a, s, d, x in rows]
    if m.get("errors"):
        lines.append(f"{m['errors']} question(s) raised an error; see {run.paths.get('report', run.run_dir)}")
    if "anchor" in m:
        lines.append(f"anchor: {m['anchor']['text']} ({m['anchor']['caveat']})")
    return "\n".join(lines)
