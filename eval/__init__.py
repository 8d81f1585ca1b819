"""Evaluation harness: gold sets and SQuAD-style benchmarks, scored for cited numeric answers.

``run_eval(dataset, index_dir, out_dir)`` runs a dataset end to end and writes a run folder;
``format_summary(run)`` renders its headline table. See eval/README.md.
"""
from eval.gold import GoldError, GoldItem, load_gold, validate_gold
from eval.report import format_summary
from eval.runner import EvalError, EvalRun, resolve_dataset, run_eval
from eval.squad import SquadError, numeric_subset, read_squad

__all__ = [
    "EvalError", "EvalRun", "GoldError", "GoldItem", "SquadError", "format_summary", "load_gold",
    "numeric_subset", "read_squad", "resolve_dataset", "run_eval", "validate_gold",
]
