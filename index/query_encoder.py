"""A lean question encoder for the query side: the same weights, without sentence-transformers.

Importing sentence-transformers pulls in scikit-learn, scipy and torch.distributed: about 7 s on
this 2-core machine, more than the whole 5 s budget for a first answer. Questions need only the
forward pass, so for a sentence-transformers folder of the standard shape — an XLM-R or BERT
encoder, mean pooling, normalisation (the default model's shape) — this module runs that forward
pass directly from the folder's safetensors and tokenizer.json: the embedding layer in numpy,
the transformer stack in onnxruntime from a graph exported once at index time
(``export_query_graph``), or in numpy when there is no graph. Any other model falls back to
``index.embedding.load_encoder``. Passages are always embedded by sentence-transformers;
``tests/test_query_encoder.py`` checks that both give the same vectors.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

_SUPPORTED = {"XLMRobertaModel", "BertModel", "RobertaModel"}
_CACHE_SIZE = 512


def _erf(x: np.ndarray) -> np.ndarray:
    """erf by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7, below float32 resolution at GELU's scale)."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
    return sign * (1.0 - poly * np.exp(-a * a))


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    # Sums scaled by 1/n rather than .mean(): the same numbers without numpy's per-call overhead.
    inv_n = np.float32(1.0 / x.shape[-1])
    d = x - np.add.reduce(x, axis=-1, keepdims=True) * inv_n
    var = np.add.reduce(d * d, axis=-1, keepdims=True) * inv_n
    d *= 1.0 / np.sqrt(var + eps)
    d *= w
    d += b
    return d


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every float32 tensor of a .safetensors file as a read-only memory map: nothing is read until
    used, so the 384 MB word-embedding table costs only the rows a question touches."""
    with open(path, "rb") as f:
        header_len = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(header_len))
    base = 8 + header_len
    raw = np.memmap(path, dtype=np.uint8, mode="r")
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] != "F32":
            raise ValueError(f"{path.name}: tensor {name} is {info['dtype']}, expected F32")
        start, end = info["data_offsets"]
        tensors[name] = raw[base + start : base + end].view(np.float32).reshape(info["shape"])
    return tensors


class _LeanQueryEncoder:
    """``encode_query(text)`` → L2-normalised mean-pooled vector; thread-safe, with an LRU cache.

    Tokenizer and embedding layer are shared; subclasses run the transformer stack."""

    def __init__(self, folder: Path, name: str, query_prefix: str) -> None:
        from tokenizers import Tokenizer

        self.name = name
        self.query_prefix = query_prefix
        cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.dim = cfg["hidden_size"]
        self._heads = cfg["num_attention_heads"]
        self._eps = cfg["layer_norm_eps"]
        pad = cfg.get("pad_token_id", 0)
        # XLM-R numbers positions from pad_id + 1; BERT from 0.
        self._first_position = pad + 1 if cfg["architectures"][0] != "BertModel" else 0
        weights = _read_safetensors(folder / "model.safetensors")
        prefix = next((p for p in ("", "roberta.", "bert.") if f"{p}embeddings.word_embeddings.weight" in weights), "")
        self._weights = {k[len(prefix):]: v for k, v in weights.items() if k.startswith(prefix)}
        w = self._weights
        self._word = w["embeddings.word_embeddings.weight"]
        self._pos = np.asarray(w["embeddings.position_embeddings.weight"])
        self._type0 = np.asarray(w["embeddings.token_type_embeddings.weight"][0])
        self._emb_ln = (np.asarray(w["embeddings.LayerNorm.weight"]), np.asarray(w["embeddings.LayerNorm.bias"]))
        self._n_layers = cfg["num_hidden_layers"]
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(cfg.get("max_position_embeddings", 514) - 2)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _embed(self, text: str) -> np.ndarray:
        """The embedding layer's output, (tokens, hidden): a gather from the memory-mapped table."""
        ids = np.array(self._tokenizer.encode(text).ids)
        n = len(ids)
        x = self._word[ids] + self._pos[self._first_position : self._first_position + n] + self._type0
        return _layer_norm(x, *self._emb_ln, self._eps)

    def _forward(self, text: str) -> np.ndarray:
        raise NotImplementedError

    def encode_query(self, text: str) -> np.ndarray:
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit.copy()
        vec = self._forward(self.query_prefix + text)
        with self._lock:
            self._cache[text] = vec
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return vec.copy()


class NumpyQueryEncoder(_LeanQueryEncoder):
    """The transformer stack in numpy: no dependency beyond the weights; the fallback."""

    def __init__(self, folder: Path, name: str, query_prefix: str) -> None:
        super().__init__(folder, name, query_prefix)
        w = self._weights
        self._layers = []
        for i in range(self._n_layers):
            def g(n: str, i: int = i) -> np.ndarray:
                return np.asarray(w[f"encoder.layer.{i}.{n}"])

            # Weights stay (out, in) as stored: x @ W.T is a transposed BLAS call, not a copy.
            qkv_w = np.concatenate([g("attention.self.query.weight"), g("attention.self.key.weight"), g("attention.self.value.weight")])
            qkv_b = np.concatenate([g("attention.self.query.bias"), g("attention.self.key.bias"), g("attention.self.value.bias")])
            self._layers.append((
                qkv_w, qkv_b,
                g("attention.output.dense.weight"), g("attention.output.dense.bias"),
                g("attention.output.LayerNorm.weight"), g("attention.output.LayerNorm.bias"),
                g("intermediate.dense.weight"), g("intermediate.dense.bias"),
                g("output.dense.weight"), g("output.dense.bias"),
                g("output.LayerNorm.weight"), g("output.LayerNorm.bias"),
            ))

    def _forward(self, text: str) -> np.ndarray:
        x = self._embed(text)
        n, hidden, heads = len(x), self.dim, self._heads
        head_dim = hidden // heads
        scale = np.float32(1.0 / np.sqrt(head_dim))
        for qkv_w, qkv_b, ao_w, ao_b, aln_w, aln_b, i_w, i_b, o_w, o_b, oln_w, oln_b in self._layers:
            qkv = (x @ qkv_w.T + qkv_b).reshape(n, 3, heads, head_dim).transpose(1, 2, 0, 3)
            att = (qkv[0] * scale) @ qkv[1].transpose(0, 2, 1)
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ qkv[2]).transpose(1, 0, 2).reshape(n, hidden)
            x = _layer_norm(x + ctx @ ao_w.T + ao_b, aln_w, aln_b, self._eps)
            h = x @ i_w.T + i_b
            h = 0.5 * h * (1.0 + _erf(h * np.float32(0.7071067811865476)))
            x = _layer_norm(x + h @ o_w.T + o_b, oln_w, oln_b, self._eps)
        v = x.mean(0)
        return (v / np.linalg.norm(v)).astype(np.float32)


class OnnxQueryEncoder(_LeanQueryEncoder):
    """The transformer stack as an ONNX graph in onnxruntime: about twice numpy's speed on 2 cores,
    because its fused kernels skip numpy's per-operation passes over memory."""

    def __init__(self, folder: Path, name: str, query_prefix: str, graph: Path) -> None:
        import onnxruntime as ort

        super().__init__(folder, name, query_prefix)
        options = ort.SessionOptions()
        options.intra_op_num_threads = min(2, os.cpu_count() or 1)
        # Idle worker threads would otherwise spin after each question, taking the CPU from the
        # app's other requests; it costs about 2 ms a question.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self._session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])

    def _forward(self, text: str) -> np.ndarray:
        (v,) = self._session.run(None, {"hidden": self._embed(text)[None]})
        return v[0].astype(np.float32)


def standard_folder(folder: Path) -> bool:
    """Whether a sentence-transformers folder is encoder → mean pooling → normalise."""
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        arch = json.loads((folder / "config.json").read_text(encoding="utf-8"))["architectures"][0]
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, IndexError):
        return False
    kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
    return (
        kinds == ["Transformer", "Pooling", "Normalize"]
        and arch in _SUPPORTED
        and (pooling.get("pooling_mode") == "mean" or pooling.get("pooling_mode_mean_tokens"))
        and (folder / "tokenizer.json").exists()
        and (folder / "model.safetensors").exists()
    )


def query_graph_path(folder: Path) -> Path:
    """Where the ONNX graph of this model folder's transformer stack is cached; the name changes
    when the weights file does, so a stale graph is never used."""
    from index.embedding import cache_dir

    weights = (folder / "model.safetensors").resolve()
    st = weights.stat()
    key = hashlib.sha1(f"{weights}\0{st.st_size}\0{st.st_mtime_ns}".encode()).hexdigest()[:12]
    return cache_dir() / "query-graphs" / f"{folder.name}-{key}.onnx"


def export_query_graph(folder: Path) -> Path:
    """Write the ONNX graph (embedding-layer output → normalised mean-pooled vector) for a standard
    folder, once; needs torch, transformers and onnx, so it runs at index or prepare time."""
    dest = query_graph_path(folder)
    if dest.is_file():
        return dest
    import warnings

    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    model = AutoModel.from_pretrained(str(folder), attn_implementation="eager").eval()

    class Stack(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = model.encoder

        def forward(self, hidden: torch.Tensor) -> torch.Tensor:
            # One unpadded question: no attention mask, and the mean is over every token.
            out = self.encoder(hidden)[0].mean(1)
            return torch.nn.functional.normalize(out, dim=-1)

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Stack(), (torch.zeros(1, 8, model.config.hidden_size),), str(tmp),
                input_names=["hidden"], output_names=["vector"], dynamic_axes={"hidden": {1: "tokens"}},
                opset_version=17, dynamo=False,
            )
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def ensure_query_graph(name: str) -> Path | None:
    """The ONNX graph for model ``name``, exported if missing; None when the model is not of the
    standard shape or the export cannot run here (questions then use the numpy stack)."""
    from index.embedding import DEFAULT_MODEL, ensure_default_model

    folder = ensure_default_model() if name == DEFAULT_MODEL else Path(name)
    if not (folder.is_dir() and standard_folder(folder)):
        return None
    try:
        return export_query_graph(folder)
    except Exception as e:  # noqa: BLE001 - optional speed-up: any failure means the numpy path
        logging.getLogger(__name__).warning("no ONNX question encoder for %s: %s", name, e)
        return None


def load_query_encoder(name: str):
    """The fastest encoder that gives this model's question vectors (see the module docstring).

    Env ``RAG_QUERY_ENCODER=numpy`` skips the ONNX graph even when it is there."""
    from index.embedding import DEFAULT_MODEL, ensure_default_model, load_encoder, prefixes_for

    folder = ensure_default_model() if name == DEFAULT_MODEL else Path(name)
    if not (folder.is_dir() and standard_folder(folder)):
        return load_encoder(name)
    prefix = prefixes_for(name)[0]
    graph = query_graph_path(folder)
    if os.environ.get("RAG_QUERY_ENCODER", "").strip().lower() != "numpy" and graph.is_file():
        try:
            return OnnxQueryEncoder(folder, name, prefix, graph)
        except Exception as e:  # noqa: BLE001 - a missing runtime or a damaged graph: fall back
            logging.getLogger(__name__).warning("ONNX question encoder unavailable (%s); using numpy", e)
    return NumpyQueryEncoder(folder, name, prefix)
