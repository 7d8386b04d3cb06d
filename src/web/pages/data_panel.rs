//! "Your data": where it lives, a private session for shared computers,
//! a backup of everything, and erasing everything (after asking).

use crate::domain::files::{export_all, file_name};
use crate::web::browser::now_ms;
use crate::web::files::download;
use crate::web::state::shared;
use crate::web::storage;
use leptos::prelude::*;

/// The data panel on the home page.
#[component]
pub fn DataPanel(
    /// Called after the stored data changed (erased, or the session switched).
    on_changed: Callback<()>,
) -> impl IntoView {
    let private = shared().private;
    let confirming = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);

    let backup = move |_| {
        let today: String = String::from(js_sys::Date::new_0().to_iso_string())
            .chars()
            .take(10)
            .collect();
        let name = file_name(&["align180-backup", &today], "json");
        // A store that cannot be listed must not give an empty backup that
        // looks complete: say so instead.
        let listed = storage::list().and_then(|entries| {
            let cohorts = storage::cohorts::list()?.0;
            let pulses = storage::records::list::<crate::domain::pulse::Pulse>()?.0;
            Ok((entries, cohorts, pulses))
        });
        let (entries, cohorts, pulses) = match listed {
            Ok(found) => found,
            Err(e) => {
                message.set(Some(format!("No backup was made: {e}")));
                return;
            }
        };
        let assessments: Vec<_> = entries
            .into_iter()
            .filter_map(|e| match e {
                storage::Listed::Readable(a) => Some(*a),
                storage::Listed::Problem { .. } => None,
            })
            .collect();
        if let Err(e) = download(
            &name,
            "application/json",
            &export_all(&assessments, &cohorts, &pulses, now_ms()),
        ) {
            message.set(Some(e));
        }
    };
    let toggle_private = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        match storage::set_private(on) {
            Ok(()) => {
                private.set(on);
                message.set(Some(if on {
                    "Private session on: from now on, nothing you enter is kept after this tab closes.".into()
                } else {
                    "Private session ended; what was entered in it has been erased.".into()
                }));
                on_changed.run(());
            }
            Err(e) => message.set(Some(e.to_string())),
        }
    };
    let erase = move |_| {
        confirming.set(false);
        match storage::erase_everything() {
            Ok(n) => message.set(Some(format!(
                "Erased {n} saved records. Align 180 holds nothing in this browser now."
            ))),
            Err(e) => message.set(Some(e.to_string())),
        }
        on_changed.run(());
    };

    view! {
        <section class="data-panel" aria-labelledby="data-heading">
            <h2 id="data-heading">"Your data"</h2>
            <p>
                "Everything is stored in this browser only ("
                {move || if private.get() { "session storage: gone when this tab closes" } else { "local storage" }}
                "). Browsers may clear a site's data, Safari after 7 days without a visit: download a backup now and then, and import it to restore."
            </p>
            <div class="field-check">
                <input type="checkbox" id="private-session" prop:checked=move || private.get() on:change=toggle_private/>
                <label for="private-session">
                    "Private session for a shared or training-room computer: keep everything only in this tab, gone when it closes."
                </label>
            </div>
            <div class="actions">
                <button type="button" class="button" on:click=backup>"Download a backup of everything"</button>
                <Show when=move || !confirming.get()>
                    <button type="button" class="button danger-quiet" on:click=move |_| confirming.set(true)>"Erase everything in this browser"</button>
                </Show>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-label="Erase everything?">
                    <p>"Erase every assessment, response and record Align 180 keeps in this browser? This cannot be undone; download a backup first if you may need them."</p>
                    <button type="button" class="button danger" on:click=erase>"Erase everything"</button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>"Keep everything"</button>
                </div>
            </Show>
            <p class="data-message" role="status">{move || message.get()}</p>
        </section>
    }
}
