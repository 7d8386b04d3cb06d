//! The colour scheme the page shows, as one signal for every chart: it
//! follows the system's light or dark setting while the page is open.

use crate::charts::palette::Scheme;
use crate::web::browser::window;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

thread_local! {
    // Made under its own root owner, never disposed: the first page to ask
    // for it must not take it away with it when it closes.
    static SCHEME: RwSignal<Scheme> = {
        let owner = Owner::new_root(None);
        let signal = owner.with(scheme_signal);
        std::mem::forget(owner);
        signal
    };
}

fn scheme_signal() -> RwSignal<Scheme> {
    let query = window().and_then(|w| w.match_media(DARK_QUERY).ok().flatten());
    let signal = RwSignal::new(if query.as_ref().is_some_and(|q| q.matches()) {
        Scheme::Dark
    } else {
        Scheme::Light
    });
    if let Some(query) = query {
        let watched = query.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || {
            signal.set(if watched.matches() {
                Scheme::Dark
            } else {
                Scheme::Light
            });
        });
        let _ =
            query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // The page's scheme is watched for the page's lifetime.
        on_change.forget();
    }
    signal
}

/// The scheme the page shows now; charts read it to pick their palette.
pub fn scheme() -> RwSignal<Scheme> {
    SCHEME.with(|s| *s)
}
