//! "Collect a team's answers": becoming a collector. The browser makes the
//! key pair (WebCrypto); the private key stays in this browser and its
//! backups.

use crate::domain::base::text::clean_label;
use crate::domain::formats::route::Route;
use crate::domain::records::collector::Collector;
use crate::web::browser::{focus, now_ms, random_id};
use crate::web::crypto::make_key_pair;
use crate::web::language::t;
use crate::web::pages::collect::list::CollectorRows;
use crate::web::pending::Pending;
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::records;
use leptos::prelude::*;

/// The page for `#/collect`.
#[component]
pub fn CollectPage() -> impl IntoView {
    set_title(t().collect_title());
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let pending = Pending::new();
    let here = records::readable::<Collector>();
    request_animation_frame(|| {
        focus("#collector-name");
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = clean_label(&name.get_untracked());
        if typed.is_empty() {
            error.set(Some(t().collect_name_needed().to_string()));
            return;
        }
        if !pending.start() {
            return;
        }
        leptos::task::spawn_local(async move {
            let made = make_key_pair()
                .await
                .map_err(|e| e.describe(t()))
                .and_then(|keys| {
                    let collector = Collector {
                        id: random_id(),
                        name: typed,
                        public_key: keys.public,
                        private_key: keys.private,
                        created_at: now_ms(),
                        pulses: Vec::new(),
                    };
                    records::create(&collector)
                        .map(|()| collector.id)
                        .map_err(|e| e.describe(t()))
                });
            match made {
                Ok(id) => navigate(&Route::Collector { collector: id }),
                Err(e) => {
                    pending.failed();
                    error.set(Some(t().collect_not_made(&e)));
                }
            }
        });
    };
    let existing = (!here.is_empty()).then(|| {
        view! {
            <section class="report-section" aria-labelledby="collectors-heading">
                <h2 id="collectors-heading">{t().collect_here_heading()}</h2>
                <CollectorRows/>
            </section>
        }
    });
    view! {
        <h1 tabindex="-1" class="page-title">{t().collect_heading()}</h1>
        <p class="lead">{t().collect_lead()}</p>
        <section class="report-section" aria-labelledby="collect-how-heading">
            <h2 id="collect-how-heading">{t().collect_how_heading()}</h2>
            <ol>
                <li>{t().collect_how_link()}</li>
                <li>{t().collect_how_codes()}</li>
                <li>{t().collect_how_release()}</li>
            </ol>
            <p>{t().collect_how_see()}</p>
        </section>
        {existing}
        <form class="start-form" on:submit=on_submit novalidate>
            <div class="field">
                <label for="collector-name">{t().collect_name_label()}</label>
                <p class="hint" id="collector-name-hint">{t().collect_name_hint()}</p>
                <input id="collector-name" type="text" required maxlength="80" autocomplete="name"
                    aria-describedby="collector-name-hint collector-error"
                    prop:value=move || name.get()
                    on:input=move |ev| { name.set(event_target_value(&ev)); error.set(None); }/>
            </div>
            <p class="notice">{t().collect_key_stays()}</p>
            <p id="collector-error" class="field-error" role="alert">{move || error.get()}</p>
            <div class="actions">
                <button type="submit" class="button primary" id="make-collector" disabled=move || pending.busy()
                    aria-busy=move || pending.busy().to_string()>{t().collect_make()}</button>
                <a href=Route::Home.href() class="button">{t().collect_cancel()}</a>
            </div>
        </form>
    }
}
