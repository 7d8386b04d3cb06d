//! Question sets: the built-in SPARC 180 (downloadable as a file to start
//! from) and trainers' own, loaded from a file or pasted text. A file is
//! checked before anything is kept; every problem is listed with its field.

pub mod choice;
pub mod preview;

use crate::domain::formats::files::file_name;
use crate::domain::formats::route::Route;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Cohort;
use crate::domain::sets::check::{instrument_file, link_chars, LINK_BUDGET_CHARS};
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::instrument_csv::{instrument_csv, looks_like_csv, parse_instrument_csv};
use crate::domain::sets::pulse_check::looks_like_pulse_set;
use crate::domain::sets::pulse_set::{pulse_set_file, PulseSet};
use crate::domain::sets::registry::{LearnError, QuestionSet};
use crate::web::components::file_drop::FileDrop;
use crate::web::files::{offer, read_text};
use crate::web::state::set_title;
use crate::web::storage;
use leptos::prelude::*;

/// What loading a question set led to.
#[derive(Clone, Debug, PartialEq)]
enum Loaded {
    Added(&'static Instrument),
    AddedPulseSet(&'static PulseSet),
    Problems(Vec<String>),
}

/// Checks a file's text (JSON, or CSV from a spreadsheet) and keeps the
/// instrument if it is valid.
fn load(text: &str) -> Loaded {
    if looks_like_pulse_set(text) {
        return match PulseSet::learn(text) {
            Ok(set) if set.is_builtin() => Loaded::Problems(vec![
                "This is the built-in team pulse set, which is always here. Give your own set its own id.".into(),
            ]),
            Ok(set) => match storage::instruments::keep_pulse_set(set) {
                Ok(()) => Loaded::AddedPulseSet(set),
                Err(e) => Loaded::Problems(vec![format!("It could not be kept: {e}")]),
            },
            Err(LearnError::Invalid(_, problems)) => {
                Loaded::Problems(problems.iter().map(ToString::to_string).collect())
            }
            Err(other) => Loaded::Problems(vec![other.to_string()]),
        };
    }
    let json = if looks_like_csv(text) {
        match parse_instrument_csv(text) {
            Ok(instrument) => instrument_file(&instrument),
            Err(problems) => {
                return Loaded::Problems(problems.iter().map(ToString::to_string).collect())
            }
        }
    } else {
        text.to_string()
    };
    match Instrument::learn(&json) {
        Ok(instrument) if instrument.is_builtin() => Loaded::Problems(vec![
            "This is the built-in question set, which is always here. Give your own question set its own id.".into(),
        ]),
        Ok(instrument) => match storage::instruments::keep(instrument) {
            Ok(()) => Loaded::Added(instrument),
            Err(e) => Loaded::Problems(vec![format!("It could not be kept: {e}")]),
        },
        Err(LearnError::Invalid(_, problems)) => {
            Loaded::Problems(problems.iter().map(ToString::to_string).collect())
        }
        Err(other) => Loaded::Problems(vec![other.to_string()]),
    }
}

/// How many stored assessments and cohorts use a question set.
fn uses(instrument: &Instrument) -> usize {
    let reference = instrument.reference();
    let assessments = storage::records::readable::<Assessment>()
        .iter()
        .filter(|a| a.instrument == reference)
        .count();
    let cohorts = storage::records::list::<Cohort>()
        .map(|(c, _)| c.iter().filter(|c| c.instrument == reference).count())
        .unwrap_or_default();
    assessments + cohorts
}

/// One known question set in the list; `on_removed` refreshes the list.
fn instrument_row(instrument: &'static Instrument, on_removed: Callback<String>) -> impl IntoView {
    let items = instrument.item_count();
    let dims = instrument.dimensions.len();
    let reference = instrument.reference();
    let preview = Route::PreviewInstrument {
        id: reference.id.clone(),
        version: reference.version,
    };
    let file = instrument_file(instrument);
    let name = file_name(&[&reference.id, &format!("v{}", reference.version)], "json");
    let save = move |_| {
        offer(&name, "application/json", &file);
    };
    let table = instrument_csv(instrument);
    let table_name = file_name(&[&reference.id, &format!("v{}", reference.version)], "csv");
    let save_table = move |_| {
        offer(&table_name, "text/csv", &table);
    };
    let kind = if instrument.is_builtin() {
        "built in"
    } else {
        "your own"
    };
    let remove = (!instrument.is_builtin()).then(|| {
        let label = format!("Remove “{}”", instrument.name);
        let on_click = move |_| {
            let message = match uses(instrument) {
                0 => match storage::instruments::forget(instrument) {
                    Ok(()) => {
                        Instrument::forget(&instrument.reference());
                        format!("“{}” was removed from this browser.", instrument.name)
                    }
                    Err(e) => e.to_string(),
                },
                n => format!(
                    "“{}” is kept: {n} saved assessments or cohorts use it. Delete them first to remove it.",
                    instrument.name
                ),
            };
            on_removed.run(message);
        };
        view! { <button type="button" class="button danger-quiet" on:click=on_click>{label}</button> }
    });
    view! {
        <li class="instrument-row" data-instrument=reference.id.clone()>
            <h3>{instrument.name.clone()}</h3>
            <p class="meta">{format!(
                "{} · version {} · {dims} dimensions · {items} behaviours · {kind} · {} characters in a link",
                reference.id, reference.version, link_chars(instrument)
            )}</p>
            <div class="actions">
                <a class="button" href=preview.href()>"Preview"</a>
                <button type="button" class="button" on:click=save>"Download as a file"</button>
                <button type="button" class="button" on:click=save_table>"Download as a spreadsheet (CSV)"</button>
                {remove}
            </div>
        </li>
    }
}

/// One known team pulse set in the list.
fn pulse_set_row(set: &'static PulseSet) -> impl IntoView {
    let reference = set.reference();
    let file = pulse_set_file(set);
    let name = file_name(&[&reference.id, &format!("v{}", reference.version)], "json");
    let save = move |_| offer(&name, "application/json", &file);
    let kind = if set.is_builtin() {
        "built in"
    } else {
        "your own"
    };
    view! {
        <li class="pulse-set-row" data-pulse-set=reference.id.clone()>
            <h3>{set.name.clone()}</h3>
            <p class="meta">{format!(
                "{} · version {} · {} dimensions · {} statements · {kind}",
                reference.id, reference.version, set.dimensions.len(), set.statement_count()
            )}</p>
            <div class="actions">
                <button type="button" class="button" on:click=save>"Download as a file"</button>
            </div>
        </li>
    }
}

/// The page for `#/instruments`.
#[component]
pub fn InstrumentsPage() -> impl IntoView {
    set_title("Question sets");
    // Stored question sets that no longer pass the checker are reported,
    // and left as they are.
    let unreadable = storage::instruments::learn_stored();
    let listing = RwSignal::new(Instrument::all());
    let pulse_sets = RwSignal::new(PulseSet::all());
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<(String, Loaded)>);
    let removal = RwSignal::new(None::<String>);
    let on_removed = Callback::new(move |message: String| {
        listing.set(Instrument::all());
        removal.set(Some(message));
    });
    let apply = move |source: String, text: String| {
        let result = load(&text);
        listing.set(Instrument::all());
        pulse_sets.set(PulseSet::all());
        outcome.set(Some((source, result)));
    };
    let on_paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        apply("The pasted text".into(), pasted.get_untracked());
    };
    let on_files = move |files: Vec<web_sys::File>| {
        if let Some(file) = files.into_iter().next() {
            leptos::task::spawn_local(async move {
                let name = format!("“{}”", file.name());
                match read_text(&file).await {
                    Ok(text) => apply(name, text),
                    Err(e) => outcome.set(Some((name, Loaded::Problems(vec![e])))),
                }
            });
        }
    };
    let result = move || {
        outcome.get().map(|(source, loaded)| match loaded {
            Loaded::Added(instrument) => {
                let preview = Route::PreviewInstrument {
                    id: instrument.id.clone(),
                    version: instrument.version,
                };
                view! {
                    <div class="notice" id="instrument-added">
                        <p>{format!(
                            "{source}: “{}” is ready ({} dimensions, {} behaviours). Choose it when you start an assessment or create a cohort.",
                            instrument.name,
                            instrument.dimensions.len(),
                            instrument.item_count()
                        )}</p>
                        <p><a class="button primary" href=preview.href()>"Preview it"</a></p>
                    </div>
                }
                .into_any()
            }
            Loaded::AddedPulseSet(set) => view! {
                <div class="notice" id="instrument-added">
                    <p>{format!(
                        "{source}: the team pulse set “{}” is ready ({} statements). Choose it when you ask your team.",
                        set.name,
                        set.statement_count()
                    )}</p>
                </div>
            }
            .into_any(),
            Loaded::Problems(problems) => {
                let count = problems.len();
                let items = problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view();
                view! {
                    <div class="notice notice-error" role="alert" id="instrument-problems">
                        <p>{format!(
                            "{source} was not added: {count} {} to fix. Nothing was saved.",
                            if count == 1 { "problem" } else { "problems" }
                        )}</p>
                        <ul>{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <h1 tabindex="-1" class="page-title">"Question sets"</h1>
        <p class="lead">
            "Align 180 asks the built-in SPARC 180 questions unless you choose another set. Trainers and organisations can use their own wording, "
            "their own competencies or a shorter pulse version: load it here, preview it, and choose it when starting an assessment or a cohort. "
            "Invitation and cohort links carry it, so managers and participants get exactly the same questions, with no server."
        </p>
        <section class="report-section" aria-labelledby="known-heading">
            <h2 id="known-heading">"In this browser"</h2>
            <ul class="instrument-list">{move || listing.get().into_iter().map(|i| instrument_row(i, on_removed)).collect_view()}</ul>
            <p role="status" id="instrument-removal">{move || removal.get()}</p>
            {(!unreadable.is_empty()).then(|| {
                let rows = unreadable
                    .into_iter()
                    .map(|(key, why)| { let shown = key.clone(); view! { <li data-key=key><code>{shown}</code>": "{why}</li> } })
                    .collect_view();
                view! {
                    <div class="notice notice-error problems" role="alert">
                        <p>"Some saved question sets could not be read. They have been left exactly as they were:"</p>
                        <ul class="problem-list">{rows}</ul>
                    </div>
                }
            })}
        </section>
        <section class="report-section" aria-labelledby="pulse-sets-heading">
            <h2 id="pulse-sets-heading">"Team pulse sets"</h2>
            <p>"The statements a leader's team answers in the team pulse. Download the built-in set as a file to start your own (same dimension ids as the 180 if it should stand beside it), and load it below like a question set."</p>
            <ul class="instrument-list">{move || pulse_sets.get().into_iter().map(pulse_set_row).collect_view()}</ul>
        </section>
        <section class="report-section" aria-labelledby="load-heading">
            <h2 id="load-heading">"Add your own question set"</h2>
            <p>"Start from the built-in set: download it above as a file or as a spreadsheet (CSV), change the texts, give it your own name and id, and load it here. It is checked first; nothing is kept unless it is valid."</p>
            <FileDrop id="instrument-file" label="Choose a question set file" multiple=false
                accept=".json,application/json,.csv,text/csv"
                hint="or drop it here." on_files=Callback::new(on_files)/>
            <form class="paste-form" on:submit=on_paste>
                <label for="instrument-text">"Or paste its text"</label>
                <textarea id="instrument-text" rows="6" spellcheck="false"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <div class="actions"><button type="submit" class="button">"Check and add the pasted question set"</button></div>
            </form>
            <div role="status">{result}</div>
            <FormatGuide/>
        </section>
        <p><a class="button" href=Route::Home.href()>"Back to the home page"</a></p>
    }
}

/// The file format, in brief (the README has the same).
#[component]
fn FormatGuide() -> impl IntoView {
    view! {
        <details class="format-guide">
            <summary>"The question set file format"</summary>
            <p>"A JSON file with these fields (the built-in set, downloaded above, is a complete example):"</p>
            <dl>
                <dt><code>"format"</code></dt><dd>"1 (the version of this file format)."</dd>
                <dt><code>"id"</code>", "<code>"version"</code></dt><dd>"Lowercase letters, digits and hyphens; a whole number from 1. Raise the version whenever any wording changes: answers are compared only within the same id and version."</dd>
                <dt><code>"name"</code></dt><dd>"Shown to respondents (up to 80 characters)."</dd>
                <dt><code>"scale"</code></dt><dd>"Five "<code>"points"</code>" with "<code>"value"</code>" 1 to 5 and a "<code>"label"</code>" (the frequency word), and the "<code>"not_observed"</code>" words."</dd>
                <dt><code>"priorities_limit"</code></dt><dd>"How many behaviours each rater may choose as priorities (0 to 5)."</dd>
                <dt><code>"reflections"</code></dt><dd>"Up to 5 optional questions, each with an "<code>"id"</code>" and a "<code>"prompt"</code>"."</dd>
                <dt><code>"dimensions"</code></dt><dd>"3 to 8, each with an "<code>"id"</code>", a "<code>"name"</code>", a one-sentence "<code>"summary"</code>" and 1 to 10 "<code>"items"</code>" (an "<code>"id"</code>" and a "<code>"text"</code>" that reads right after both “How often do I…” and “How often does [leader]…”). Ids are unique."</dd>
            </dl>
            <p>"As a spreadsheet (CSV): a few setting rows ("<code>"name"</code>" required; "<code>"id"</code>", "<code>"version"</code>", "<code>"scale"</code>" with five words, "<code>"not observed"</code>", "<code>"priorities"</code>" and "<code>"reflection"</code>" rows optional), then a heading row "<code>"dimension,behaviour"</code>" (and optionally "<code>"summary"</code>") and one row per behaviour; a blank dimension cell continues the one above. Problems are reported by row and column, as your spreadsheet numbers them."</p>
            <p>{format!("A question set must fit in a link: at most {LINK_BUDGET_CHARS} characters once compressed (the built-in set takes about 2,200).")}</p>
        </details>
    }
}
