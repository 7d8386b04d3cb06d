//! The collector's bundles on the leader's device: pasted, from a file, or
//! opened as a link (`#/bundle/<code>`). A bundle replaces the last one
//! only if it adds at least 3 members ([`crate::domain::rules::pulse::release`]);
//! a refused one changes nothing and says why.

use crate::domain::formats::files::{read_file, FileContent};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::bundle::PulseBundle;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::records::pulse::Pulse;
use crate::domain::rules::pulse::release::Taken;
use crate::web::components::file_drop::FileDrop;
use crate::web::files::read_text;
use crate::web::language::t;
use crate::web::state::set_title;
use crate::web::storage::{records, StorageError};
use leptos::prelude::*;

/// What adding a bundle did, in words, with the stored pulse.
fn add(pulse_id: &str, text: &str) -> Result<(Pulse, String), String> {
    let text = text.to_string();
    match records::update(pulse_id, move |p: &mut Pulse| p.add_bundle(&text)) {
        Ok((pulse, Ok(Taken::Added { new }))) => {
            let total = pulse.answered();
            Ok((pulse, t().bundle_added(new, &total)))
        }
        Ok((pulse, Ok(Taken::Duplicate))) => Ok((pulse, t().bundle_duplicate().to_string())),
        Ok((_, Err(e))) => Err(t().bundle_not_added(&e.describe(t()))),
        Err(e) => Err(t().gather_nothing_gathered(&e.describe(t()))),
    }
}

/// Adding the collector's bundles on the leader's team pulse page.
#[component]
pub fn BundlePanel(pulse: RwSignal<Pulse>, collector: String) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let apply = move |text: String| {
        let id = pulse.with_untracked(|p| p.id.clone());
        match add(&id, &text) {
            Ok((fresh, words)) => {
                pulse.set(fresh);
                pasted.set(String::new());
                outcome.set(Some(Ok(words)));
            }
            Err(words) => outcome.set(Some(Err(words))),
        }
    };
    let on_paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            outcome.set(Some(Err(t().gather_paste_first().to_string())));
            return;
        }
        apply(text);
    };
    let on_files = move |files: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            for file in files {
                match read_text(&file).await.map(|text| read_file(&text, t())) {
                    Ok(Ok(FileContent::PulseBundle(code))) => apply(code),
                    Ok(Ok(_)) => outcome.set(Some(Err(
                        t().bundle_not_added(&t().bundle_file_not_bundle())
                    ))),
                    Ok(Err(e)) => outcome.set(Some(Err(t().bundle_not_added(&e.describe(t()))))),
                    Err(e) => outcome.set(Some(Err(e))),
                }
            }
        });
    };
    view! {
        <section class="report-section gather" aria-labelledby="bundle-heading">
            <h2 id="bundle-heading">{t().bundle_heading()}</h2>
            <p class="hint">{t().bundle_hint(&collector)}</p>
            <form class="paste-form" on:submit=on_paste>
                <label for="bundle-code">{t().bundle_paste_label()}</label>
                <textarea id="bundle-code" rows="3" spellcheck="false" autocomplete="off"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <div class="actions">
                    <button type="submit" class="button primary" id="add-bundle">{t().bundle_add()}</button>
                </div>
            </form>
            <FileDrop id="bundle-files" label=t().bundle_choose_file() multiple=false
                hint=t().gather_drop_hint() on_files=Callback::new(on_files)/>
            {move || outcome.get().map(|o| match o {
                Ok(words) => view! { <p class="notice" role="status" id="bundle-outcome">{words}</p> }.into_any(),
                Err(words) => view! { <p class="notice notice-error" role="alert" id="bundle-outcome">{words}</p> }.into_any(),
            })}
        </section>
    }
}

/// The page for `#/bundle/<code>`: the bundle goes into its team pulse in
/// this browser, or the page says why it cannot.
#[component]
pub fn OpenBundlePage(code: String) -> impl IntoView {
    set_title(t().bundle_title());
    let code = code_in(&code).to_string();
    // A refusal names its team pulse when that pulse is here, to go back to.
    let added = PulseBundle::decode(&code)
        .map_err(|e| (e.describe(t()), None))
        .and_then(|bundle| match records::load::<Pulse>(&bundle.pulse_id) {
            Ok(_) => add(&bundle.pulse_id, &code)
                .map(|(pulse, words)| (pulse.id, words))
                .map_err(|words| (words, Some(bundle.pulse_id.clone()))),
            Err(StorageError::NotFound) => Err((t().bundle_not_here().to_string(), None)),
            Err(e) => Err((e.describe(t()), None)),
        });
    match added {
        Ok((id, words)) => view! {
            <h1 tabindex="-1" class="page-title">{t().bundle_received()}</h1>
            <p class="notice" role="status" id="bundle-outcome">{words}</p>
            <p><a class="button primary" href=Route::TeamPulse { pulse: id }.href()>{t().pulse_code_open()}</a></p>
        }
        .into_any(),
        Err((words, pulse)) => view! {
            <h1 tabindex="-1" class="page-title">{t().bundle_refused()}</h1>
            <p class="notice notice-error" role="alert" id="bundle-outcome">{words}</p>
            <p class="actions">
                {pulse.map(|id| view! { <a class="button primary" href=Route::TeamPulse { pulse: id }.href()>{t().pulse_code_open()}</a> })}
                <a class="button" href=Route::Home.href()>{t().link_problem_go_home()}</a>
            </p>
        }
        .into_any(),
    }
}
