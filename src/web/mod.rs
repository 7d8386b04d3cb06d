//! The browser app (wasm32 only). Thin: pages read and write through
//! [`storage`], compute through [`crate::domain`], and draw through
//! [`echarts`].

pub mod app;
pub mod browser;
pub mod camera;
pub mod components;
pub mod crypto;
pub mod echarts;
pub mod files;
pub mod handoff;
pub mod language;
pub mod library;
pub mod loading;
pub mod missing;
pub mod offline;
pub mod pages;
pub mod pending;
pub mod persist;
pub mod pieces;
pub mod prefetch;
pub mod print;
pub mod router;
pub mod safari;
pub mod shown;
pub mod state;
pub mod storage;
pub mod theme;
pub mod tools;
pub mod web_share;

use wasm_bindgen::JsCast;

/// Starts the app in the page's `#app` element (replacing its loading text),
/// or in the body if the page has none.
pub fn mount() {
    // Panic messages in the console while developing; the release build
    // aborts on a panic and leaves the formatting code out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // Once a page is on screen, the rest of the app downloads when idle.
    loading::on_first_page(prefetch::when_idle);
    // Parts one piece's pages take from another.
    handoff::hand_over();
    if !language::ready_at_once() {
        // Another language than English: its core words first.
        wasm_bindgen_futures::spawn_local(async {
            language::start().await;
            if storage::instruments::any_stored() {
                let _ = tools::learn_stored_sets().await;
            }
            show_app();
        });
    } else if storage::instruments::any_stored() {
        // Trainers' question sets first: stored assessments refer to them.
        // (leptos' own task runner starts with the app, so not yet here.)
        wasm_bindgen_futures::spawn_local(async {
            // Without them (a piece that cannot load), assessments on them
            // are listed as not readable, and nothing is changed.
            let _ = tools::learn_stored_sets().await;
            show_app();
        });
    } else {
        show_app();
    }
}

/// Mounts the app in the page's `#app` element (replacing its loading
/// text or its painted first screen), or in the body if the page has none.
/// Over a first screen (scripts/first-screen.mjs), once the browser has
/// shown it: a browser counts a removed paint only after presenting it, and
/// the app then takes its place with the same words.
fn show_app() {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match (host, first_screen_shown()) {
        (Some(el), Some(shown)) => wasm_bindgen_futures::spawn_local(async move {
            // Settled either way, within half a second: only the moment matters.
            let _ = wasm_bindgen_futures::JsFuture::from(shown).await;
            mount_in(el);
        }),
        (Some(el), None) => mount_in(el),
        (None, _) => leptos::mount::mount_to_body(app::App),
    }
}

/// The promise the first screen's script leaves when it shows one.
fn first_screen_shown() -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"firstScreenShown".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Replaces what `host` shows with the app.
fn mount_in(host: web_sys::HtmlElement) {
    host.set_inner_html("");
    leptos::mount::mount_to(host, app::App).forget();
}
