// The public surface of @clientele/adapter-sqlite, listed explicitly.
export {}
