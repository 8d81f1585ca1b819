"""User-facing shells: the ``rag`` command line (``ui.cli``) and the Gradio app (``ui.app``)."""
