"""Ingest side: report files → cleaned, structured, chunked text, numeric facts, and a persisted
FAISS + BM25 index (``index.build.build_index``, ``index.store.load_index``)."""
