"""What the app does, without the layout: one shared ``Service`` (assistant, corpus, index builds)
and the handler functions the Gradio events call. Gradio-free, so each is unit-tested directly.

Every failure a user can cause comes back as a one-line Chinese message, never an exception.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from index.loaders import CORPUS_META_FILES, SUPPORTED_SUFFIXES, ReportLoadError, load_report
from index.schema import Document
from rag.errors import RagError
from rag.question import QuestionError
from ui import render
from ui.render import Span

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_NAME_CHARS = 100  # of the stem; long names are cut, the suffix kept
READY_WAIT_SECONDS = 180.0  # a question asked while the index is being prepared waits this long
WARMUP_QUESTION = "2016年新增高新技术企业多少家?"  # pays the first-query costs before users arrive

Progress = Callable[[float | None, str], None]  # (fraction or None, description)
Message = dict[str, str]  # {"role": "user" | "assistant", "content": ...}


class UploadError(ValueError):
    """An uploaded file is refused; the message is one line for the user."""


class NotReady(RuntimeError):
    """The assistant cannot answer yet (index being built) or at all (build failed)."""


def _no_progress(fraction: float | None, desc: str) -> None:
    return None


# --- upload checks ---------------------------------------------------------------------------

_UNSAFE_CHARS = re.compile(r"[^\w.\-()（）]+")


def safe_report_name(name: str) -> str:
    """The basename an uploaded report is stored under; UploadError for path-like, hidden, reserved
    or unsupported names. Keeps CJK, letters, digits, ``-_.()``; other runs become ``_``."""
    raw = unicodedata.normalize("NFC", (name or "").strip())
    if not raw:
        raise UploadError("文件名为空")
    if any(sep in raw for sep in ("/", "\\", "\x00")) or raw in (".", ".."):
        raise UploadError(f"文件名不能包含路径：{raw!r}")
    if raw.startswith((".", "~$")):
        raise UploadError(f"不接受隐藏文件或临时文件：{raw!r}")
    stem, dot, suffix = raw.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    if suffix not in SUPPORTED_SUFFIXES:
        raise UploadError(f"不支持的文件类型 {suffix or '（无后缀）'}：只接受 {' '.join(SUPPORTED_SUFFIXES)}")
    stem = _UNSAFE_CHARS.sub("_", stem).strip("_.")[:MAX_NAME_CHARS].strip("_.")
    if not stem:
        raise UploadError(f"文件名 {raw!r} 去掉特殊字符后为空，请改名后再上传")
    safe = stem + suffix
    if safe.lower() in CORPUS_META_FILES:
        raise UploadError(f"{safe} 是语料库的说明文件名，请改名后再上传")
    return safe


def check_upload_size(size: int, limit: int = MAX_UPLOAD_BYTES) -> None:
    """UploadError unless ``0 < size <= limit``."""
    if size <= 0:
        raise UploadError("文件是空的")
    if size > limit:
        raise UploadError(f"文件太大（{render.human_size(size)}），上限 {render.human_size(limit)}")


def inside(root: Path, relative: str) -> Path:
    """``root/relative`` resolved; UploadError if it would lie outside ``root`` (``..``, links)."""
    base = Path(root).resolve()
    target = (base / relative).resolve()
    if target == base or not target.is_relative_to(base):
        raise UploadError(f"路径 {relative!r} 不在语料库目录内")
    return target


def _sha256(path: Path) -> str:
    from index.build import file_sha256

    return file_sha256(path)


def corpus_changed(corpus_dir: Path, indexed: dict[str, str]) -> bool:
    """Whether the report files under ``corpus_dir`` differ from ``indexed`` (doc_id → sha256)."""
    from index.loaders import iter_report_files

    root = Path(corpus_dir)
    try:
        paths = iter_report_files(root)
    except ReportLoadError:
        return False  # no corpus folder: keep serving the index as it is
    current = {p.relative_to(root).as_posix(): p for p in paths}
    if set(current) != set(indexed):
        return True
    return any(_sha256(p) != indexed[d] for d, p in current.items())


@dataclass
class PlannedUpload:
    source: Path
    name: str  # safe basename in the corpus
    replaces: bool


# --- the shared service ----------------------------------------------------------------------

@dataclass
class Status:
    state: str  # starting | building | ready | error
    message: str


class Service:
    """One Assistant over ``index_dir`` shared by all sessions, and the corpus it is built from.

    Index builds (start, upload, delete, gold evals) run one at a time; questions keep being
    answered from the previous index generation until the new one is swapped in.
    """

    def __init__(self, index_dir: Path, corpus_dir: Path, runs_dir: Path | None = None,
                 max_upload_bytes: int = MAX_UPLOAD_BYTES) -> None:
        self.index_dir = Path(index_dir)
        self.corpus_dir = Path(corpus_dir)
        self.runs_dir = Path(runs_dir) if runs_dir is not None else Path("runs")
        self.max_upload_bytes = max_upload_bytes
        self._assistant = None
        self._status = Status("starting", "正在启动…")
        self._ready = threading.Event()  # set once start() has finished, either way
        self._build_lock = threading.Lock()
        self.eval_lock = threading.Lock()  # one eval at a time: runs are CPU-heavy and share caches
        self._started = False
        self.build_errors: list[str] = []  # unreadable files reported by the last build

    # -- start-up

    def start(self, background: bool = True) -> None:
        """Load the index (building it from the corpus first if missing), then sync the corpus.

        In the background by default; the status says what is happening. Idempotent."""
        if self._started:
            return
        self._started = True
        if background:
            threading.Thread(target=self._start, name="rag-start", daemon=True).start()
        else:
            self._start()

    def _start(self) -> None:
        from index.store import current_generation

        try:
            if current_generation(self.index_dir) is None:
                self._status = Status("building", f"首次启动：正在从 {self.corpus_dir} 建立索引（约需一分钟）…")
                self.rebuild()
            else:
                self._status = Status("starting", "正在加载索引和模型…")
                try:
                    self._load()
                except NotReady as e:  # stale or damaged: build_index rebuilds it in full
                    log.warning("%s; rebuilding", e)
                    self._status = Status("building", f"{e}；正在重建索引…")
                    self.rebuild()
                if corpus_changed(self.corpus_dir, self._assistant.index.manifest.files):
                    self._status = Status("building", "语料库有变化：正在增量更新索引…")
                    self.rebuild()  # re-embeds only what changed; answers use the old index meanwhile
            self._warm_up()
            self._status = Status("ready", self._ready_message())
        except NotReady as e:
            self._status = Status("error", f"{e}（可在“管理”页上传报告后重建）")
            log.error("index not available: %s", e)
        except Exception as e:  # noqa: BLE001 - the app must come up and say why
            log.exception("start-up failed")
            self._status = Status("error", f"启动失败：{type(e).__name__}: {e}")
        finally:
            self._ready.set()

    def _load(self) -> None:
        from rag.assistant import Assistant

        try:
            self._assistant = Assistant.load(self.index_dir)
        except RagError as e:
            raise NotReady(f"索引不可用：{e}") from None

    def _warm_up(self) -> None:
        a = self._assistant
        if a is None:
            return
        try:
            a.ask(WARMUP_QUESTION)
        except Exception:  # noqa: BLE001 - warming up is best effort
            log.debug("warm-up question failed", exc_info=True)

    def _ready_message(self) -> str:
        a = self._assistant
        if a is None:
            return "索引不可用"
        c = a.index.manifest.counts
        msg = (f"索引就绪：{c.get('reports', len(a.index.documents))} 份报告 · {c.get('chunks', 0)} 段 · "
               f"{c.get('facts', 0)} 个数字")
        if self.build_errors:
            more = " 等" if len(self.build_errors) > 1 else ""
            msg += f"；{len(self.build_errors)} 个文件无法读取：{render.cut(self.build_errors[0], 80)}{more}"
        return msg

    def status(self) -> Status:
        """What the app is doing now, in one line."""
        return self._status

    def assistant(self, wait: float = 0.0):
        """The shared Assistant; waits up to ``wait`` s for start-up; NotReady (one line) if none."""
        if not self._ready.is_set():
            self._ready.wait(wait)
        if self._assistant is None:
            if not self._ready.is_set():
                raise NotReady(f"索引还在准备中（{self._status.message}），请稍候再问")
            raise NotReady(self._status.message)
        return self._assistant

    def documents(self) -> dict[str, Document]:
        """The reports of the live index (empty until it is loaded)."""
        a = self._assistant
        return dict(a.index.documents) if a is not None else {}

    # -- builds

    @contextlib.contextmanager
    def exclusive_build(self, progress: Progress | None = None) -> Iterator[None]:
        """Hold the index for one build; waits (saying so) while another one runs."""
        if not self._build_lock.acquire(blocking=False):
            (progress or _no_progress)(None, "等待正在进行的索引任务完成…")
            self._build_lock.acquire()
        try:
            yield
        finally:
            self._build_lock.release()

    def refresh(self) -> None:
        """Swap in the newest index generation if someone else (an eval) rebuilt it."""
        if self._assistant is not None:
            self._assistant.refresh()

    def _passage_encoder(self, model: str):
        """The passage encoder (sentence-transformers), loaded on the first rebuild and kept:
        the assistant's own encoder only embeds questions."""
        from index.embedding import load_encoder

        if getattr(self, "_passages", None) is None or self._passages.name != model:
            self._passages = load_encoder(model)
        return self._passages

    def rebuild(self, progress: Progress | None = None):
        """Update the index from the corpus (incremental, one build at a time) and swap it in.

        Returns the BuildSummary; NotReady with one line when the build fails."""
        from index.build import BuildError, build_index
        from index.embedding import EmbeddingModelError
        from index.store import IndexStoreError, read_manifest

        report = progress or _no_progress
        with self.exclusive_build(progress):
            report(0.0, "正在重建索引…")
            a = self._assistant
            kwargs: dict[str, Any] = {}
            if a is not None:
                kwargs["encoder"] = self._passage_encoder(a.index.manifest.model)
            elif (m := read_manifest(self.index_dir)) is not None:
                kwargs["model"] = m.model
            try:
                summary = build_index(self.corpus_dir, self.index_dir, progress=progress is not None, **kwargs)
            except (BuildError, IndexStoreError, EmbeddingModelError, ReportLoadError) as e:
                raise NotReady(f"建立索引失败：{e}") from None
            self.build_errors = list(summary.errors)
            report(1.0, "正在切换到新索引…")
            if a is None:
                self._load()
            else:
                a.refresh()
            if self._status.state in ("ready", "error"):
                self._status = Status("ready", self._ready_message())
            return summary



# --- chat ------------------------------------------------------------------------------------

def ask(service: Service, question: str, history: list[Message] | None, top_k: int = 5
        ) -> tuple[list[Message], list[Span]]:
    """``history`` plus the question and the rendered reply; and the spans the reply can open.

    A blank question changes nothing; a bad one gets a one-line notice as the reply."""
    history = list(history or [])
    q = (question or "").strip()
    if not q:
        return history, []
    history.append({"role": "user", "content": render.esc(render.one_line(q))})
    try:
        assistant = service.assistant(wait=READY_WAIT_SECONDS)
        answer = assistant.ask(q, top_k=top_k)
    except (QuestionError, NotReady, RagError) as e:
        history.append({"role": "assistant", "content": render.notice_html(str(e))})
        return history, []
    except Exception as e:  # noqa: BLE001 - a query-layer bug must not show a traceback
        log.exception("ask failed for %r", q)
        history.append({"role": "assistant", "content": render.notice_html(f"出错了：{type(e).__name__}: {e}")})
        return history, []
    documents = assistant.index.documents
    history.append({"role": "assistant", "content": render.answer_html(answer, documents)})
    return history, render.answer_spans(answer, documents)


def span_choices(spans: list[Span]) -> list[tuple[str, str]]:
    """Radio choices (label, index) for the spans of the last answer."""
    return [(s.label, str(i)) for i, s in enumerate(spans)]


def pick_span(spans: list[Span] | None, choice: str | None) -> Span | None:
    """The span a radio value names, the first one if none is chosen, None if there are none."""
    spans = spans or []
    if not spans:
        return None
    try:
        i = int(choice) if choice not in (None, "") else 0
    except (TypeError, ValueError):
        i = 0
    return spans[i] if 0 <= i < len(spans) else spans[0]


def open_span(service: Service, span: Span | None) -> str:
    """The whole report with the span in ``<mark id="cite">``, or a one-line hint in its place.

    If the report changed since the answer, the quote is looked up again; gone means say so."""
    if span is None:
        return render.empty_viewer("提问后，可在这里打开答案引用的原文。")
    doc = service.documents().get(span.doc)
    if doc is None:
        return render.empty_viewer(f"报告 {span.doc} 已不在索引中（可能已被删除），请重新提问。")
    start, end = span.start, span.end
    if span.quote is not None and doc.text[start:end] != span.quote:
        pos = doc.text.find(span.quote)
        if pos < 0:
            return render.empty_viewer("这份报告已更新，原来的引用位置已失效，请重新提问。")
        start, end = pos, pos + len(span.quote)
    return render.cited_html(doc, start, end)


# --- documents -------------------------------------------------------------------------------

def document_table(service: Service) -> list[list[Any]]:
    """Rows of the documents table (render.DOC_HEADERS)."""
    return render.document_rows(service.documents().values(), service.corpus_dir)


def document_choices(service: Service) -> list[tuple[str, str]]:
    """Dropdown choices (label, doc_id) for the reports of the live index."""
    return [(f"{d.title or d.doc_id}（{d.doc_id}）", d.doc_id) for d in service.documents().values()]


def search_report(service: Service, doc_id: str | None, query: str | None) -> tuple[str, str]:
    """The report with every match highlighted, and a one-line count (or a hint)."""
    if not doc_id:
        return render.empty_viewer("请先选择一份报告。"), ""
    doc = service.documents().get(doc_id)
    if doc is None:
        return render.empty_viewer(f"报告 {doc_id} 不在索引中（可能已被删除）。"), ""
    q = render.one_line(query or "")
    if not q:
        return render.search_html(doc, "")[0], f"全文 {len(doc.text)} 字；输入词语可在文中查找。"
    page, n = render.search_html(doc, q)
    return page, (f"找到 {n} 处“{q}”" if n else f"没有找到“{q}”（已忽略繁简、全半角和大小写）")


# --- corpus management -----------------------------------------------------------------------

def plan_upload(service: Service, path: Path, name: str | None = None) -> PlannedUpload:
    """Check one uploaded file (name, size, readable, not a duplicate); UploadError (one line)."""
    path = Path(path)
    shown = name or path.name
    safe = safe_report_name(shown)
    try:
        size = path.stat().st_size
    except OSError:
        raise UploadError(f"{shown}：上传的文件找不到了，请重新上传") from None
    check_upload_size(size, service.max_upload_bytes)
    target = inside(service.corpus_dir, safe)
    try:
        load_report(path)
    except ReportLoadError as e:  # the loader's reason, without the server's temp path
        raise UploadError(f"无法读取：{e.reason.replace(str(path), shown)}") from None
    sha = _sha256(path)
    for doc in service.documents().values():
        if doc.sha256 == sha:
            if doc.doc_id == safe:
                raise UploadError(f"{safe} 已在语料库中，内容相同")
            raise UploadError(f"内容与已有报告 {doc.doc_id} 相同")
    return PlannedUpload(path, safe, replaces=target.exists())


def place_file(source: Path, corpus_dir: Path, name: str) -> Path:
    """Copy ``source`` to ``corpus_dir/name`` atomically (temp file + rename); the final path."""
    target = inside(corpus_dir, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".upload-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _build_line(summary) -> str:
    line = (f"索引已更新：{summary.reports} 份报告 · {summary.chunks} 段 · {summary.facts} 个数字"
            f"（新嵌入 {summary.embedded} 段，复用 {summary.reused} 段，用时 {summary.seconds:.1f} 秒）")
    return line


def _rebuild_lines(service: Service, progress: Progress | None) -> list[str]:
    try:
        summary = service.rebuild(progress)
    except NotReady as e:
        return [f"**失败** {render.md(str(e))}"]
    return [render.md(_build_line(summary))] + [f"**无法读取** {render.md(e)}" for e in summary.errors]


def add_reports(service: Service, files: list[Any] | None, progress: Progress | None = None) -> str:
    """Check, store and index uploaded files; markdown lines saying what happened to each."""
    paths = [Path(f if isinstance(f, (str, Path)) else getattr(f, "name", "")) for f in (files or [])]
    if not paths:
        return f"请先选择要上传的文件（{' '.join(SUPPORTED_SUFFIXES)}，每个不超过 " \
               f"{render.human_size(service.max_upload_bytes)}）。"
    lines, accepted = [], []
    for p in paths:
        try:
            plan = plan_upload(service, p)
        except UploadError as e:
            lines.append(f"**未接受** {render.md(p.name)}：{render.md(str(e))}")
            continue
        place_file(plan.source, service.corpus_dir, plan.name)
        accepted.append(plan)
        lines.append(f"**{'已替换' if plan.replaces else '已加入'}** {render.md(plan.name)}")
    if accepted:
        lines += _rebuild_lines(service, progress)
    return "\n\n".join(lines)


def delete_report(service: Service, doc_id: str | None, confirmed: bool = True,
                  progress: Progress | None = None) -> str:
    """Remove a report file from the corpus and re-index so it drops out of answers; one line."""
    if not doc_id:
        return "请先选择要删除的报告。"
    if not confirmed:
        return "请先勾选“确认删除”。"
    documents = service.documents()
    if doc_id not in documents:
        return f"报告 {render.md(doc_id)} 不在索引中。"
    if len(documents) <= 1:
        return "不能删除最后一份报告：索引至少需要一份。"
    try:
        path = inside(service.corpus_dir, doc_id)
    except UploadError as e:
        return render.md(str(e))
    if not path.is_file():
        return f"语料库中没有文件 {render.md(doc_id)}（已被移走？）；重建索引后它会消失。"
    try:
        path.unlink()
    except OSError as e:
        return f"无法删除 {render.md(doc_id)}：{render.md(e.strerror or str(e))}"
    return "\n\n".join([f"**已删除** {render.md(doc_id)}"] + _rebuild_lines(service, progress))


# --- eval ------------------------------------------------------------------------------------

# The gold sets over the indexed seed reports (eval.runner.SEED_SETS, not imported here: eval loads
# slowly and the app starts without it), and a benchmark.
SEED_SETS = ("dev", "test", "gold", "dev2", "dev3", "dev5")
EVAL_DATASETS = (*SEED_SETS, "cmrc2018")


def available_datasets() -> list[str]:
    """The built-in eval datasets whose files are present."""
    from eval import EvalError, resolve_dataset

    out = []
    for name in EVAL_DATASETS:
        try:
            resolve_dataset(name)
        except EvalError:
            continue
        out.append(name)
    return out


def parse_limit(value: Any) -> int | None:
    """A question limit from the form: None for empty/0; ValueError (one line) otherwise bad."""
    if value in (None, ""):
        return None
    try:
        n = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"题数上限必须是整数，而不是 {value!r}") from None
    if n != int(n) or n < 0:
        raise ValueError(f"题数上限必须是非负整数，而不是 {value!r}")
    return int(n) or None


@dataclass
class EvalView:
    """What the eval page shows after a run (or after a refusal: only ``message``)."""

    message: str
    table: str = ""
    plots: list[str] = field(default_factory=list)
    failures: list[list[str]] = field(default_factory=list)


def read_predictions(path: Path) -> list[dict[str, Any]]:
    """The records of a run's predictions.jsonl."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_evaluation(service: Service, dataset: str | None, limit: Any = None,
                   progress: Progress | None = None) -> EvalView:
    """Run an eval from the app: metric table, plot paths and failed questions, or one line why not.

    Gold sets use (and may update) the app's own index, so they run under its build lock."""
    from eval import EvalError, run_eval

    if dataset not in available_datasets():
        return EvalView(f"没有这个评测集：{dataset!r}")
    try:
        n = parse_limit(limit)
    except ValueError as e:
        return EvalView(str(e))
    gold = dataset in SEED_SETS
    report = progress or _no_progress
    with service.eval_lock, (service.exclusive_build(progress) if gold else contextlib.nullcontext()):
        report(0.0, f"正在评测 {dataset}…")
        try:
            run = run_eval(dataset, index_dir=service.index_dir if gold else None,
                           out_dir=service.runs_dir, limit=n, progress=progress is not None,
                           corpus_dir=service.corpus_dir if gold else None)
        except EvalError as e:
            return EvalView(f"评测无法运行：{e}")
    if gold:
        service.refresh()
    records = read_predictions(run.paths["predictions"])
    plots = [str(run.paths[k]) for k in ("plot_accuracy", "plot_latency") if k in run.paths]
    return EvalView(
        message=f"完成：{run.n} 个问题，结果在 {run.run_dir}（report.md）",
        table=render.eval_metrics_markdown(run.dataset, run.n, run.metrics),
        plots=plots,
        failures=render.failure_rows(records),
    )
