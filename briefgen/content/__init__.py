"""Stage 1, content: read the YAML files, type them and check them, once, at load."""
