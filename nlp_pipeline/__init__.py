"""nlp-pipeline: Arabic news entities and attributed quotations, offline."""

__version__ = "0.1.0"
