//! Entry point: in the browser, mount the app; natively, explain how to run it.

#[cfg(target_arch = "wasm32")]
fn main() {
    align180::web::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Align 180 runs in the browser: see README.md for the serve command.");
}
