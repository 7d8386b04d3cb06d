//! Small wrappers over browser APIs that the pages share. None of them panic:
//! a missing window or document simply does nothing.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, Window};

/// The page's window, if there is one.
pub fn window() -> Option<Window> {
    web_sys::window()
}

/// The page's document, if there is one.
pub fn document() -> Option<Document> {
    window().and_then(|w| w.document())
}

/// Milliseconds since the Unix epoch, for timestamps on saved answers.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Fills `bytes` from the browser's cryptographic random source (falling
/// back to `Math.random` where it is missing).
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    let filled = window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

/// A random id for a new assessment.
pub fn random_id() -> String {
    crate::domain::base::ids::id_from_random(&random_bytes())
}

/// A random 32-bit invitation nonce.
pub fn random_nonce() -> u32 {
    u32::from_be_bytes(random_bytes())
}

/// Whether the person's system asks for a dark colour scheme.
pub fn prefers_dark() -> bool {
    window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Whether the page is phone-narrow (the stylesheet's 34rem breakpoint).
pub fn is_narrow() -> bool {
    window()
        .and_then(|w| w.match_media("(max-width: 34rem)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// The first element matching a CSS selector, as an `HtmlElement`.
pub fn query(selector: &str) -> Option<HtmlElement> {
    document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
}

/// Moves keyboard focus to the first element matching `selector`, if any.
/// Returns whether something took focus.
pub fn focus(selector: &str) -> bool {
    query(selector)
        .map(|el| el.focus().is_ok())
        .unwrap_or(false)
}

/// Moves keyboard focus like [`focus`] without scrolling to it: a page that
/// opens with words to read (a link's opening) stays where it is, and the
/// browser brings the control into view once it is used.
pub fn focus_in_place(selector: &str) -> bool {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    query(selector)
        .map(|el| el.focus_with_options(&options).is_ok())
        .unwrap_or(false)
}

/// Focuses the answer a person would continue from in a rating fieldset:
/// its checked radio, or its first one.
pub fn focus_rating_item(fieldset: &web_sys::Element) -> bool {
    let target = fieldset
        .query_selector("input:checked")
        .ok()
        .flatten()
        .or_else(|| fieldset.query_selector("input").ok().flatten());
    target
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        .map(|el| el.focus().is_ok())
        .unwrap_or(false)
}

/// Scrolls the page back to the top, as a new page would open.
pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Minutes this browser's time zone is east of UTC now, for dates people read.
pub fn local_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Runs `work` once the browser is idle (or after a short pause where it
/// cannot say), for things nobody is waiting for.
pub fn when_idle(work: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(w) = window() else { return };
    let callback = Closure::once_into_js(work);
    let idle = js_sys::Reflect::get(&w, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let scheduled = match idle {
        Some(request) => request.call1(&w, &callback).is_ok(),
        None => false,
    };
    if !scheduled {
        // No idle callback here (older Safari): a short pause instead.
        let _ = w
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 1_500);
    }
}
