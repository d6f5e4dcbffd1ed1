"""`make sync`: openai-node's published TypeScript -> OpenAPI components -> overlay -> spec/.

Stages, one module each: `snapshot` (the pinned upstream files and their lock), `fetch` (a new
version through npm, integrity checked), `convert` (ts-json-schema-generator on the .d.mts),
`declarations` (the resource class and its HTTP call, parsed with tree-sitter), `components`
and `operations` (converter output and declarations -> an OpenAPI 3.1 document), `layout`
(canonical key order, folded descriptions), and `sync` (the whole run, written atomically).
"""
