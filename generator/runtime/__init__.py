"""Hand-written modules copied verbatim into every generated package (not templates)."""
