"""Arabic: normalization with offsets, tokenization and sentences, quotation marks, word lists (data/) and
word-form rules (clitics, the article, titles)."""
