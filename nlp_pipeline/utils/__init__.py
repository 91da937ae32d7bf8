"""Small helpers with no project knowledge."""
