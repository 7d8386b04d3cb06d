//! Getting text out of and into the browser without a server: downloads
//! through a blob URL, the clipboard, and reading chosen or dropped files.

use crate::web::browser::{document, window};
use crate::web::language::t;
use leptos::prelude::Set;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| t().download_not_prepared().to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| t().download_not_prepared().to_string())?;
    let anchor = document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| t().download_not_started().to_string())?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Offers `text` as a file to download; a failure is shown on the page
/// (never swallowed) and cleared by the next download that works.
pub fn offer(name: &str, mime: &str, text: &str) {
    let problem = crate::web::state::shared().action_problem;
    match download(name, mime, text) {
        Ok(()) => problem.set(None),
        Err(e) => problem.set(Some(t().download_failed(&name, &e))),
    }
}

/// Copies `text` to the clipboard.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let clipboard = window().map(|w| w.navigator().clipboard()).ok_or(())?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// The text of a chosen or dropped file.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let value = JsFuture::from(file.text())
        .await
        .map_err(|_| t().file_read_failed(&file.name()))?;
    value
        .as_string()
        .ok_or_else(|| t().file_read_not_text(&file.name()))
}

/// The address of the app itself (everything before the fragment), so that
/// links work wherever the app is hosted.
pub fn app_base_url() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.item(i)).collect())
        .unwrap_or_default()
}

/// The files chosen in a file input's `change` event. The input is cleared,
/// so choosing the same file again is noticed too.
pub fn chosen_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    use wasm_bindgen::JsCast;
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = files_of(input.files());
    input.set_value("");
    files
}

/// The files dropped in a `drop` event (the browser's default, opening the
/// file in the tab, is prevented).
pub fn dropped_files(ev: &web_sys::DragEvent) -> Vec<web_sys::File> {
    ev.prevent_default();
    files_of(ev.data_transfer().and_then(|dt| dt.files()))
}
