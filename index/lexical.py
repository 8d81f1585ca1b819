"""Tokens for BM25: jieba words of the simplified view, with every number kept as one token."""
from __future__ import annotations

import logging
import re
from functools import lru_cache

import jieba

jieba.setLogLevel(logging.WARNING)

_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")
_WORDLIKE = re.compile(r"[\w\u4e00-\u9fff]")
# Function words that carry no topic; numbers and content words carry the signal in reports.
STOPWORDS = frozenset(
    "的 了 和 与 及 或 是 在 对 为 将 把 被 从 以 于 并 等 其 之 也 都 而 又 就 这 那 个 中 上 下 "
    "年 月 日 着 有 到 由 向 给 让 使 所 该 此 各 每 已 已经 进一步 全面 积极 加快 推进 推动 加强 "
    "多少 几 什么 哪些 哪个 哪 吗 呢 啊 吧 请问 请 问 一下 一共 总共 情况 方面 分别 是否 怎么 怎样 如何".split()
)


@lru_cache(maxsize=4096)
def _cut(segment: str) -> tuple[str, ...]:
    return tuple(jieba.cut_for_search(segment))


def tokenize(text: str) -> list[str]:
    """Lower-cased BM25 tokens of already normalised text.

    >>> tokenize("新增高新技术企业92家,占比61.4%")
    ['新增', '高新', '技术', '高新技术', '企业', '92', '家', '占', '比', '61.4%']
    """
    tokens: list[str] = []
    pos = 0
    for m in _NUMBER.finditer(text):
        tokens.extend(_words(text[pos : m.start()]))
        tokens.append(m.group(0))
        pos = m.end()
    tokens.extend(_words(text[pos:]))
    return tokens


def _words(segment: str) -> list[str]:
    if not segment.strip():
        return []
    return [w.lower() for w in _cut(segment) if _WORDLIKE.search(w) and w not in STOPWORDS]


class LexicalIndex:
    """Query-time view of a bm25s index folder: scores from its CSC matrix with numpy alone.

    bm25s builds and saves the index; reading it back needs only the token→column vocabulary and
    three arrays, so questions are scored without importing bm25s and scipy (1.5 s of start-up).
    Supports the methods without a non-occurrence term (lucene, robertson, atire), which is what
    ``index.store`` builds.
    """

    def __init__(self, vocab: dict[str, int], data, indices, indptr, num_docs: int) -> None:
        self.vocab = vocab
        self.data, self.indices, self.indptr = data, indices, indptr
        self.num_docs = num_docs

    @classmethod
    def load(cls, folder) -> "LexicalIndex":
        import json
        from pathlib import Path

        import numpy as np

        folder = Path(folder)
        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        if params.get("method") not in {"lucene", "robertson", "atire"}:
            raise ValueError(f"BM25 method {params.get('method')!r} needs a non-occurrence term; rebuild the index")
        vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        return cls(
            vocab,
            np.load(folder / "data.csc.index.npy"),
            np.load(folder / "indices.csc.index.npy"),
            np.load(folder / "indptr.csc.index.npy"),
            int(params["num_docs"]),
        )

    def get_scores(self, tokens: list[str]):
        """BM25 score of every document for a bag of query tokens (unknown tokens score 0)."""
        import numpy as np

        scores = np.zeros(self.num_docs, dtype=np.float32)
        for token in tokens:
            col = self.vocab.get(token)
            if col is None:
                continue
            lo, hi = self.indptr[col], self.indptr[col + 1]
            np.add.at(scores, self.indices[lo:hi], self.data[lo:hi])
        return scores
