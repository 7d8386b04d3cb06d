//! Asking the browser to keep this site's data (`navigator.storage.persist()`):
//! once after the first answer is saved, and once more when the app runs
//! installed, where browsers grant it. The answer is remembered through
//! [`crate::web::storage::keeping`]. Where the API is missing or throws,
//! nothing breaks: the app simply does not know.

use crate::domain::records::keeping::{should_ask_to_keep, PersistAnswer};
use crate::web::browser::{now_ms, window};
use crate::web::safari::installed;
use crate::web::storage::keeping;
use wasm_bindgen::{JsCast, JsValue};

/// `navigator.storage`, if the browser has it.
fn storage_manager() -> Option<JsValue> {
    let navigator = window()?.navigator();
    js_sys::Reflect::get(&navigator, &"storage".into())
        .ok()
        .filter(|v| v.is_object())
}

/// Calls a promise-returning method of `navigator.storage` and reads a boolean.
async fn call(method: &str) -> Option<bool> {
    let manager = storage_manager()?;
    let function = js_sys::Reflect::get(&manager, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = function
        .call0(&manager)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Whether the browser has agreed to keep this site's data (`None`: it
/// does not say).
pub async fn persisted() -> Option<bool> {
    call("persisted").await
}

/// Asks the browser to keep this site's data, unless it was asked already
/// (once, and once more when running installed). Call it after an answer
/// was saved: the click that gave it is the gesture some browsers want.
pub fn ask_once() {
    thread_local! {
        /// Checked on this page already: later answers ask nothing.
        static CHECKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if CHECKED.with(|c| c.replace(true)) {
        return;
    }
    let installed = installed();
    let due = keeping::load().is_ok_and(|k| should_ask_to_keep(&k, installed));
    if !due {
        return;
    }
    leptos::task::spawn_local(async move {
        let Some(granted) = call("persist").await else {
            return;
        };
        let answer = PersistAnswer {
            granted,
            installed,
            at: now_ms(),
        };
        // A keeping record that cannot be read stays as it is; the browser
        // is simply asked again next time.
        let _ = keeping::update(|k| k.persist = Some(answer));
    });
}
