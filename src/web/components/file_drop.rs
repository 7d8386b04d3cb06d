//! A place to choose files or drop them: a labelled native file input
//! (keyboard and screen readers) inside a zone that also accepts a drop.

use crate::web::files::{chosen_files, dropped_files};
use leptos::prelude::*;

/// The file chooser and drop zone; `on_files` gets what was chosen or dropped.
#[component]
pub fn FileDrop(
    /// The input's id (tests and labels use it).
    id: &'static str,
    /// The button's words, e.g. "Choose files to import".
    label: &'static str,
    /// What may be dropped, shown beside the button.
    hint: &'static str,
    /// Whether several files may be chosen at once.
    multiple: bool,
    /// The kinds of file the chooser offers (default: JSON files).
    #[prop(optional)]
    accept: Option<&'static str>,
    /// Called with the chosen or dropped files.
    on_files: Callback<Vec<web_sys::File>>,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    view! {
        <div class="drop-zone" class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: leptos::ev::DragEvent| {
                dragging.set(false);
                on_files.run(dropped_files(&ev));
            }>
            <label for=id class="button">{label}</label>
            <input id=id class="visually-hidden" type="file" accept=accept.unwrap_or(".json,application/json") multiple=multiple
                on:change=move |ev| on_files.run(chosen_files(&ev))/>
            <span class="hint">" "{hint}</span>
        </div>
    }
}
