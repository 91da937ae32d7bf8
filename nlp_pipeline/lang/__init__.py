"""Language data and word-level rules."""
