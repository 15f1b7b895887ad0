"""The CUDA pipeline's mapping stage compared on whole models (see ``run.py``)."""
