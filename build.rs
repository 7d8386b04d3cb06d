//! The wasm binary keeps its relocations (`--emit-relocs`), which the
//! post-build splitter needs to cut the app into pieces loaded on demand.
//! Only the app binary gets the flag: dependencies and test binaries are
//! built as usual. The About page names the build: the commit it was built
//! from and that commit's date (from git, where there is one). The
//! interface's words become typed tables ([`generate`]).

#[path = "src/i18n/generate.rs"]
mod generate;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs/heads");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    let git = |format: &str| {
        std::process::Command::new("git")
            .args(["log", "-1", &format!("--format={format}")])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let commit = git("%h").unwrap_or_else(|| "unknown".into());
    let date = git("%cs").unwrap_or_default();
    println!("cargo:rustc-env=ALIGN180_COMMIT={commit}");
    println!("cargo:rustc-env=ALIGN180_COMMIT_DATE={date}");
    generate::generate();
}
