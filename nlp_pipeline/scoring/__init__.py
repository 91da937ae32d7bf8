"""Benchmarks: NER on CoNLL gold files, quotations on the project's gold JSONL."""
