# Sourced by the scripts: puts cargo's and npm's tools (wasm-opt) on PATH.
export PATH="$HOME/.cargo/bin:$(pwd)/node_modules/.bin:$PATH"
