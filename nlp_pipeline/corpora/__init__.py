"""Readers for the corpora in ../shared/corpora (never copied into the repository)."""
