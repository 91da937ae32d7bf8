"""The document model (Doc, Token, Entity, Quote, Speaker) and its JSON record."""
