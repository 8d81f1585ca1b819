"""The Gradio app behind ``rag serve``: chat with cited answers, the report viewer, the corpus
(upload, delete, re-index) and the eval page. Layout and wiring only; logic is in ui/handlers.py.

``build_app(index_dir, corpus_dir)`` makes the Blocks (tests launch it); ``serve(...)`` runs it.
Nothing here reaches the internet: no analytics, no share link, system fonts only.
"""
from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported

import logging  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402

from index.loaders import SUPPORTED_SUFFIXES  # noqa: E402
from ui import handlers, render  # noqa: E402
from ui.handlers import Service, Status  # noqa: E402

log = logging.getLogger(__name__)

TITLE = "报告问答"
EXAMPLES = [
    "2016年西湖区新增国家重点扶持高新技术企业多少家？",
    "2016年西湖区高新产业实现销售产值多少亿元？",
    "2016年绍兴新增省级科技型中小微企业多少家?",
    "截至2017年上半年,宁波市第三方平台调解了多少件知识产权纠纷案件?",
    "2023年5月瓯海区规上工业研发强度是多少?",
    "2016年紹興規上工業新產品產值有多少？",  # traditional script
    "2016年宁波市专利申请量是多少件？",  # not in the reports: the assistant says 未找到
]
STATUS_POLL_SECONDS = 2.0
BUILD_QUEUE = "index-build"  # upload and delete share one slot: builds are serial anyway

FONTS = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei",
         "ui-sans-serif", "system-ui", "sans-serif"]
MONO = ["WenQuanYi Micro Hei Mono", "ui-monospace", "Consolas", "monospace"]

CSS = """
.rag-answer { line-height: 1.65; }
.rag-answer-text { font-size: 1.05em; margin-bottom: .3em; }
.rag-answer-text strong { color: var(--color-accent); }
.rag-sources-head { margin: .5em 0 .15em; color: var(--body-text-color-subdued); font-size: .9em; }
.rag-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .45em .7em;
            margin: .35em 0; background: var(--background-fill-secondary); }
.rag-card-title { font-weight: 600; }
.rag-card-meta, .rag-card-doc { color: var(--body-text-color-subdued); font-size: .85em; }
.rag-quote { margin: .3em 0 !important; padding: 0 0 0 .6em !important;
             border-left: 3px solid var(--color-accent) !important; }
.rag-ref { color: var(--color-accent); font-weight: 600; }
.rag-abstain strong { color: #c92a2a; }
.rag-timing { color: var(--body-text-color-subdued); font-size: .8em; margin-top: .4em; }
.rag-notice { color: var(--body-text-color-subdued); }
.rag-doc-head { margin-bottom: .4em; }
.rag-doc-title { font-weight: 600; font-size: 1.05em; }
.rag-doc-section { color: var(--color-accent); font-size: .95em; }
.rag-doc-body { white-space: pre-wrap; max-height: 62vh; overflow-y: auto; position: relative;
                padding: .6em .8em; border: 1px solid var(--border-color-primary); border-radius: 8px;
                line-height: 1.75; background: var(--background-fill-primary); }
.rag-doc-body mark { color: inherit; }
mark#cite { background: #ffe066; padding: 1px 2px; border-radius: 3px; }
mark.hit { background: #ffd8a8; border-radius: 2px; }
mark#first-hit { outline: 2px solid #f08c00; }
.rag-doc-empty { color: var(--body-text-color-subdued); padding: 1em 0; }
#rag-status { font-size: .9em; color: var(--body-text-color-subdued); }
"""

# Scrolls the report panel (not the page) so the mark is in view; retried until the new HTML is in.
_SCROLL_TO = """
() => {{
  const go = (tries) => {{
    const m = document.getElementById('{target}');
    const box = m && m.closest('.rag-doc-body');
    if (box) {{ box.scrollTop = Math.max(0, m.offsetTop - box.clientHeight / 3); return; }}
    if (tries > 0) setTimeout(() => go(tries - 1), 100);
  }};
  setTimeout(() => go(30), 30);
}}
"""
SCROLL_TO_CITE = _SCROLL_TO.format(target="cite")
SCROLL_TO_HIT = _SCROLL_TO.format(target="first-hit")


def _status_markdown(status: Status) -> str:
    prefix = {"ready": "●", "error": "⚠", "building": "◌", "starting": "◌"}.get(status.state, "")
    return f"{prefix} {render.md(status.message)}"


def _docs_frame(service: Service) -> pd.DataFrame:
    return pd.DataFrame(handlers.document_table(service), columns=render.DOC_HEADERS)


def _doc_dropdown(service: Service, current: str | None) -> dict[str, Any]:
    choices = handlers.document_choices(service)
    keep = current if current in {v for _, v in choices} else None
    return gr.update(choices=choices, value=keep)


def _progress_adapter(progress: gr.Progress) -> handlers.Progress:
    return lambda fraction, desc: progress(fraction, desc=desc)


def build_app(index_dir: Path, corpus_dir: Path, *, runs_dir: Path | None = None,
              service: Service | None = None) -> gr.Blocks:
    """The app's Blocks over one shared Service (started in the background if not yet).

    The service is also reachable as ``demo.rag_service``; launch with ``launch(demo, ...)``."""
    service = service or Service(index_dir, corpus_dir, runs_dir=runs_dir)
    service.start()
    datasets = handlers.available_datasets()

    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.Markdown(f"## {TITLE}\n向政府与行业工作报告提问数字，答案附原文出处。")
        status = gr.Markdown(_status_markdown(service.status()), elem_id="rag-status")
        timer = gr.Timer(STATUS_POLL_SECONDS, active=True)
        spans = gr.State([])

        with gr.Tabs():
            # ---------------------------------------------------------------- chat
            with gr.Tab("问答", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(label="对话", height=560, latex_delimiters=[],
                                             elem_id="rag-chat", buttons=["copy"],
                                             placeholder="提一个关于报告中数字的问题，例如下面的示例。")
                        with gr.Row():
                            question = gr.Textbox(placeholder="例如：2016年西湖区新增国家重点扶持高新技术企业多少家？",
                                                  show_label=False, scale=5, max_lines=3,
                                                  elem_id="rag-question", autofocus=True)
                            send = gr.Button("提问", variant="primary", scale=1, elem_id="rag-send")
                        gr.Examples(EXAMPLES, inputs=[question], label="示例问题（点击填入）")
                        clear = gr.Button("清空对话", size="sm")
                    with gr.Column(scale=2):
                        cite_choice = gr.Radio([], label="引用与出处", elem_id="rag-cites",
                                               info="选择一条引用，在下方查看原文（高亮处即出处）")
                        open_cite = gr.Button("打开原文", size="sm", elem_id="rag-open")
                        viewer = gr.HTML(handlers.open_span(service, None), elem_id="rag-viewer",
                                         js_on_load=None)

            # ---------------------------------------------------------------- documents
            with gr.Tab("报告", id="docs") as docs_tab:
                docs_table = gr.Dataframe(value=_docs_frame(service), headers=render.DOC_HEADERS,
                                          interactive=False, wrap=True, max_height=280,
                                          label="语料库中的报告（点击一行打开）", elem_id="rag-docs")
                with gr.Row():
                    doc_pick = gr.Dropdown(handlers.document_choices(service), label="报告", scale=2,
                                           elem_id="rag-doc-pick")
                    doc_query = gr.Textbox(label="在报告中查找", placeholder="例如：高新技术企业", scale=2,
                                           elem_id="rag-doc-query")
                    doc_search = gr.Button("查找", scale=1, elem_id="rag-doc-search")
                doc_count = gr.Markdown("", elem_id="rag-doc-count")
                doc_view = gr.HTML(render.empty_viewer("请选择一份报告。"), elem_id="rag-doc-view",
                                   js_on_load=None)

            # ---------------------------------------------------------------- corpus
            with gr.Tab("管理", id="manage"):
                gr.Markdown(f"上传报告（{' '.join(SUPPORTED_SUFFIXES)}，每个不超过 "
                            f"{render.human_size(service.max_upload_bytes)}）后自动增量重建索引；"
                            "重建期间仍可提问，完成后答案即使用新索引。")
                uploads = gr.File(file_count="multiple", file_types=list(SUPPORTED_SUFFIXES),
                                  label="选择文件", elem_id="rag-upload")
                upload_btn = gr.Button("上传并重建索引", variant="primary", elem_id="rag-upload-btn")
                upload_msg = gr.Markdown("", elem_id="rag-upload-msg")
                gr.Markdown("---\n删除报告：从语料库中移除文件并重建索引，之后的回答不再引用它。")
                with gr.Row():
                    del_pick = gr.Dropdown(handlers.document_choices(service), label="要删除的报告", scale=3,
                                           elem_id="rag-del-pick")
                    del_confirm = gr.Checkbox(label="确认删除", value=False, scale=1, elem_id="rag-del-confirm")
                    del_btn = gr.Button("删除", variant="stop", scale=1, elem_id="rag-del-btn")
                del_msg = gr.Markdown("", elem_id="rag-del-msg")

            # ---------------------------------------------------------------- eval
            with gr.Tab("评测", id="eval"):
                if not datasets:
                    gr.Markdown("没有可用的评测集（eval/datasets 中缺少 gold 文件）。")
                with gr.Row():
                    ds_pick = gr.Radio(datasets, value=datasets[0] if datasets else None, label="评测集",
                                       info="dev / test / gold 用本应用的语料与索引；cmrc2018 用其自带语料",
                                       elem_id="rag-eval-ds")
                    ds_limit = gr.Number(None, label="只评前 N 题（留空为全部）", precision=0, minimum=0,
                                         elem_id="rag-eval-limit")
                    eval_btn = gr.Button("运行评测", variant="primary", interactive=bool(datasets),
                                         elem_id="rag-eval-btn")
                eval_msg = gr.Markdown("", elem_id="rag-eval-msg")
                eval_table = gr.Markdown("", elem_id="rag-eval-table")
                eval_plots = gr.Gallery(label="图表", columns=2, height=380, object_fit="contain", buttons=["download"],
                                        elem_id="rag-eval-plots")
                eval_failures = gr.Dataframe(headers=render.FAILURE_HEADERS, interactive=False, wrap=True,
                                             label="答错的问题", max_height=420, elem_id="rag-eval-failures")

        # ---------------------------------------------------------------- events: status
        def refresh_lists(doc_value: str | None, del_value: str | None):
            return _docs_frame(service), _doc_dropdown(service, doc_value), _doc_dropdown(service, del_value)

        list_outputs = [docs_table, doc_pick, del_pick]

        def on_tick(doc_value, del_value):
            st = service.status()
            done = st.state in ("ready", "error")
            lists = refresh_lists(doc_value, del_value) if done else (gr.skip(),) * 3
            return (_status_markdown(st), gr.Timer(active=not done), *lists)

        timer.tick(on_tick, [doc_pick, del_pick], [status, timer, *list_outputs],
                   show_progress="hidden", queue=False)
        demo.load(on_tick, [doc_pick, del_pick], [status, timer, *list_outputs], show_progress="hidden")

        # ---------------------------------------------------------------- events: chat
        def on_ask(text: str, history: list):
            if not (text or "").strip():
                return (gr.skip(),) * 5
            history, found = handlers.ask(service, text, history)
            choices = handlers.span_choices(found)
            return ("", history, found, gr.update(choices=choices, value=choices[0][1] if choices else None),
                    handlers.open_span(service, handlers.pick_span(found, None)))

        ask_outputs = [question, chatbot, spans, cite_choice, viewer]
        for trigger in (question.submit, send.click):
            trigger(on_ask, [question, chatbot], ask_outputs, show_progress="minimal").then(
                None, js=SCROLL_TO_CITE)

        def on_open(found: list, choice: str | None):
            return handlers.open_span(service, handlers.pick_span(found, choice))

        cite_choice.input(on_open, [spans, cite_choice], viewer, show_progress="hidden").then(None, js=SCROLL_TO_CITE)
        open_cite.click(on_open, [spans, cite_choice], viewer, show_progress="hidden").then(None, js=SCROLL_TO_CITE)

        def on_clear():
            return [], [], gr.update(choices=[], value=None), handlers.open_span(service, None), ""

        clear.click(on_clear, None, [chatbot, spans, cite_choice, viewer, question], queue=False)
        chatbot.clear(on_clear, None, [chatbot, spans, cite_choice, viewer, question], queue=False)

        # ---------------------------------------------------------------- events: documents
        def on_search(doc_id: str | None, query: str | None):
            return handlers.search_report(service, doc_id, query)

        for trigger in (doc_search.click, doc_query.submit, doc_pick.input):
            trigger(on_search, [doc_pick, doc_query], [doc_view, doc_count], show_progress="hidden").then(
                None, js=SCROLL_TO_HIT)

        def on_row(evt: gr.SelectData, query: str | None):
            doc_id = evt.row_value[0] if evt.row_value else None
            page, count = handlers.search_report(service, doc_id, query)
            return gr.update(value=doc_id), page, count

        docs_table.select(on_row, [doc_query], [doc_pick, doc_view, doc_count], show_progress="hidden").then(
            None, js=SCROLL_TO_HIT)
        docs_tab.select(refresh_lists, [doc_pick, del_pick], list_outputs, show_progress="hidden")

        # ---------------------------------------------------------------- events: corpus
        def on_upload(files: list | None, doc_value, del_value, progress=gr.Progress(track_tqdm=True)):
            message = handlers.add_reports(service, files, _progress_adapter(progress))
            return (message, None, _status_markdown(service.status()), *refresh_lists(doc_value, del_value))

        upload_btn.click(on_upload, [uploads, doc_pick, del_pick],
                         [upload_msg, uploads, status, *list_outputs],
                         concurrency_limit=1, concurrency_id=BUILD_QUEUE)

        def on_delete(doc_id: str | None, confirmed: bool, doc_value, del_value,
                      progress=gr.Progress(track_tqdm=True)):
            message = handlers.delete_report(service, doc_id, confirmed, _progress_adapter(progress))
            return (message, False, _status_markdown(service.status()), *refresh_lists(doc_value, del_value))

        del_btn.click(on_delete, [del_pick, del_confirm, doc_pick, del_pick],
                      [del_msg, del_confirm, status, *list_outputs],
                      concurrency_limit=1, concurrency_id=BUILD_QUEUE)

        # ---------------------------------------------------------------- events: eval
        def on_eval(dataset: str | None, limit: Any, progress=gr.Progress(track_tqdm=True)):
            view = handlers.run_evaluation(service, dataset, limit, _progress_adapter(progress))
            failures = pd.DataFrame(view.failures, columns=render.FAILURE_HEADERS)
            return render.md(view.message), view.table, view.plots, failures

        eval_btn.click(on_eval, [ds_pick, ds_limit], [eval_msg, eval_table, eval_plots, eval_failures],
                       concurrency_limit=1, concurrency_id="eval")

    demo.queue(default_concurrency_limit=4)
    demo.rag_service = service
    return demo


def theme() -> gr.themes.Base:
    """The default theme with system (CJK-capable) fonts: nothing is fetched from the web."""
    return gr.themes.Default(font=FONTS, font_mono=MONO)


def launch(demo: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, *, block: bool = True):
    """Start the server for ``demo`` (from build_app); returns at once when ``block`` is False."""
    service: Service = demo.rag_service
    return demo.launch(
        server_name=host, server_port=port, share=False, inbrowser=False, show_error=False,
        prevent_thread_lock=not block, quiet=not block, theme=theme(), css=CSS,
        allowed_paths=[str(service.runs_dir.resolve())],
        max_file_size=service.max_upload_bytes, ssr_mode=False, mcp_server=False, pwa=False,
        footer_links=["settings"],
    )


def serve(index_dir: Path, corpus_dir: Path, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Run the app on host:port until interrupted; builds the index from the corpus if missing."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("ui").setLevel(logging.INFO)
    demo = build_app(Path(index_dir), Path(corpus_dir))
    print(f"{TITLE}: http://{host}:{port}  (index {index_dir}, corpus {corpus_dir})", flush=True)
    launch(demo, host, port, block=True)
