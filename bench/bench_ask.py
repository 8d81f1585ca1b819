"""Question latency: first answer from a fresh process, and warm per-question times.

    python bench/bench_ask.py [--index .rag/index] [--dataset eval/datasets/gold_dev.jsonl]

Cold: wall time of `rag ask --json` in a new process (imports, index and model load, one answer).
Warm: every question of the dataset asked through one Assistant, first as new questions, then
repeated (the question-vector cache then answers); p50/p95/max of each.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=Path(".rag/index"))
    parser.add_argument("--dataset", type=Path, default=Path("eval/datasets/gold_dev.jsonl"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    question = "2016年西湖区新增国家重点扶持高新技术企业多少家?"
    rag = Path(sys.executable).parent / "rag"
    colds = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([str(rag), "ask", "--json", "--index", str(args.index), question],
                       check=True, capture_output=True)
        colds.append(time.perf_counter() - t)

    from rag.assistant import Assistant

    t = time.perf_counter()
    assistant = Assistant.load(args.index)
    load_s = time.perf_counter() - t
    questions = [json.loads(l)["question"] for l in args.dataset.read_text(encoding="utf-8").splitlines() if l.strip()]
    assistant.ask("预热问题:去年新增企业多少家?")  # first-call set-up, not a question of the set
    fresh, repeated = [], []
    for round_ in range(args.rounds):
        for q in questions:
            t = time.perf_counter()
            assistant.ask(q)
            (fresh if round_ == 0 else repeated).append((time.perf_counter() - t) * 1000)
    fresh.sort()
    repeated.sort()
    print(f"question encoder: {type(assistant.encoder).__name__}")
    print(f"cold start (rag ask, new process)  median {statistics.median(colds):.2f} s  max {max(colds):.2f} s  (goal <= 5 s)")
    print(f"Assistant.load in-process          {load_s:.2f} s")
    for label, times in (("warm, new question", fresh), ("warm, repeated question", repeated)):
        if times:
            p95 = times[int(0.95 * (len(times) - 1))]
            print(f"{label:<24} ({len(times)} asks)  p50 {statistics.median(times):.1f} ms  p95 {p95:.1f} ms  "
                  f"max {times[-1]:.1f} ms  (goal p50 <= 30 ms)")


if __name__ == "__main__":
    main()
