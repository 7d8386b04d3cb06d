//! Offline use: registers the service worker (built by
//! scripts/service-worker.mjs) and tells the page when a new deployment is
//! ready, so the person can reload when it suits them. Answers are saved as
//! they are given, so reloading never loses any.

use crate::web::browser::window;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The service worker's file, next to index.html.
const SERVICE_WORKER: &str = "sw.js";

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = window()?.navigator();
    // Browsers without service workers (or insecure pages) have no container.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()
        .filter(|has| *has)?;
    Some(navigator.service_worker())
}

/// Whether a service worker already serves this page (a returning visit).
pub fn controlled() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Registers the service worker (once per page); sets `update_ready` when a
/// new version has been downloaded and waits for the page's go-ahead. A
/// first visit registers it only once a question is on screen
/// ([`crate::web::prefetch::when_idle`]): installing it downloads
/// every piece, which the first question does not wait for.
pub fn register(update_ready: RwSignal<bool>) {
    thread_local! {
        static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    let Some(container) = container() else { return };
    // Only a page that was already served by a worker can get an "update".
    let had_controller = container.controller().is_some();
    let promise = container.register(SERVICE_WORKER);
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if had_controller && registration.waiting().is_some() {
            update_ready.set(true);
        }
        let watched = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if had_controller && worker.state() == web_sys::ServiceWorkerState::Installed {
                    update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

/// Activates the waiting version and reloads the page once it has taken over.
pub fn apply_update() {
    let Some(container) = container() else { return };
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(
            container
                .ready()
                .unwrap_or_else(|_| js_sys::Promise::resolve(&JsValue::NULL)),
        )
        .await
        else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = registration.waiting() {
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
}
