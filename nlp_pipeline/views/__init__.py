"""Views of the output for people and analysis tools: the JSON Schema, tables, HTML pages."""
