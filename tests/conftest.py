"""Shared, expensive fixtures: the embedding model and an index of the real corpus, built once."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def encoder():
    from index.embedding import load_encoder

    return load_encoder()


@pytest.fixture(scope="session")
def corpus_copy(tmp_path_factory) -> Path:
    """A private copy of the seed corpus (tests may edit it)."""
    dest = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(CORPUS, dest)
    return dest


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory, encoder) -> Path:
    """An index of the seed corpus, built once per test session with the default model."""
    from index.build import build_index

    index_dir = tmp_path_factory.mktemp("index") / "index"
    build_index(CORPUS, index_dir, encoder=encoder)
    return index_dir


@pytest.fixture(scope="session")
def assistant(corpus_index, encoder):
    from rag.assistant import Assistant

    return Assistant.load(corpus_index, encoder=encoder)



@pytest.fixture(scope="session")
def assistant_over(tmp_path_factory, encoder):
    """Builds an assistant over its own index of a corpus, which must hold ``reports`` reports that all load."""
    from index.build import build_index
    from rag.assistant import Assistant

    def build(corpus: Path, reports: int):
        index_dir = tmp_path_factory.mktemp(corpus.parent.name) / "index"
        summary = build_index(corpus, index_dir, encoder=encoder)
        assert summary.reports == reports and not summary.errors
        return Assistant.load(index_dir, encoder=encoder)

    return build
