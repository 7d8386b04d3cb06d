//! The wasm binary keeps its relocations (`--emit-relocs`), which the
//! post-build splitter needs to cut the app into pieces loaded on demand.
//! Only the app binary gets the flag: dependencies and test binaries are
//! built as usual.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
