//! The hash router: the current [`Route`] as a signal that follows
//! `location.hash`. Links are plain `<a href="#/…">`, so they work with the
//! keyboard, open in new tabs, and reload anywhere.

use crate::domain::formats::route::Route;
use crate::web::browser::window;
use leptos::prelude::*;

/// The route the page shows now.
pub fn current_route() -> Route {
    let hash = window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// A signal of the current route that updates on every `hashchange`.
pub fn route_signal() -> ReadSignal<Route> {
    let (route, set_route) = signal(current_route());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(current_route());
    });
    // The app lives as long as the page; keep listening.
    std::mem::forget(handle);
    route
}

/// Opens a page, adding it to the history (Back returns here).
pub fn navigate(route: &Route) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(&route.href());
    }
}

/// Shows a page in place of this one (Back skips it): used to correct an
/// address, e.g. an unknown step, without leaving a dead entry behind.
pub fn replace(route: &Route) {
    let Some(w) = window() else { return };
    let href = route.href();
    if let Ok(history) = w.history() {
        if history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            .is_ok()
        {
            // replaceState fires no hashchange: tell the app ourselves.
            if let Ok(event) = web_sys::Event::new("hashchange") {
                let _ = w.dispatch_event(&event);
            }
            return;
        }
    }
    let _ = w.location().set_hash(&href);
}
