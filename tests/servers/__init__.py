"""Real HTTP servers on 127.0.0.1 for the client tests: the project's own fake API (and Prism)."""
