"""Stage 3, render: Brief to HTML (sandboxed Jinja) to a tagged PDF, written atomically."""
