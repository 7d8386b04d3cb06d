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
use crate::web::language::t;
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

/// Where a loaded set came from.
#[derive(Clone, Debug, PartialEq)]
enum Source {
    /// The text pasted on the page.
    Pasted,
    /// A file, by its name.
    File(String),
}

impl Source {
    /// How the result names it.
    fn words(&self) -> String {
        match self {
            Source::Pasted => t().sets_pasted_text().into(),
            Source::File(name) => t().sets_file_name(name),
        }
    }
}

/// Checks a file's text (JSON, or CSV from a spreadsheet) and keeps the
/// instrument if it is valid.
fn load(text: &str) -> Loaded {
    if looks_like_pulse_set(text) {
        return match PulseSet::learn(text) {
            Ok(set) if set.is_builtin() => {
                Loaded::Problems(vec![t().sets_builtin_pulse_set().into()])
            }
            Ok(set) => match storage::instruments::keep_pulse_set(set) {
                Ok(()) => Loaded::AddedPulseSet(set),
                Err(e) => Loaded::Problems(vec![t().sets_not_kept(&e.describe(t()))]),
            },
            Err(LearnError::Invalid(_, problems)) => {
                Loaded::Problems(problems.iter().map(|p| p.describe(t())).collect())
            }
            Err(other) => Loaded::Problems(vec![other.describe(t())]),
        };
    }
    let json = if looks_like_csv(text) {
        match parse_instrument_csv(text) {
            Ok(instrument) => instrument_file(&instrument),
            Err(problems) => {
                return Loaded::Problems(problems.iter().map(|p| p.describe(t())).collect())
            }
        }
    } else {
        text.to_string()
    };
    match Instrument::learn(&json) {
        Ok(instrument) if instrument.is_builtin() => {
            Loaded::Problems(vec![t().sets_builtin_question_set().into()])
        }
        Ok(instrument) => match storage::instruments::keep(instrument) {
            Ok(()) => Loaded::Added(instrument),
            Err(e) => Loaded::Problems(vec![t().sets_not_kept(&e.describe(t()))]),
        },
        Err(LearnError::Invalid(_, problems)) => {
            Loaded::Problems(problems.iter().map(|p| p.describe(t())).collect())
        }
        Err(other) => Loaded::Problems(vec![other.describe(t())]),
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
        t().sets_kind_builtin()
    } else {
        t().sets_kind_own()
    };
    let remove = (!instrument.is_builtin()).then(|| {
        let label = t().sets_remove(&instrument.name);
        let on_click = move |_| {
            let message = match uses(instrument) {
                0 => match storage::instruments::forget(instrument) {
                    Ok(()) => {
                        Instrument::forget(&instrument.reference());
                        t().sets_removed(&instrument.name)
                    }
                    Err(e) => e.describe(t()),
                },
                n => t().sets_kept_in_use(n, &instrument.name),
            };
            on_removed.run(message);
        };
        view! { <button type="button" class="button danger-quiet" on:click=on_click>{label}</button> }
    });
    view! {
        <li class="instrument-row" data-instrument=reference.id.clone()>
            <h3>{instrument.name.clone()}</h3>
            <p class="meta">{t().sets_instrument_meta(
                &reference.id,
                &reference.version,
                &dims,
                &items,
                &kind,
                &link_chars(instrument),
            )}</p>
            <div class="actions">
                <a class="button" href=preview.href()>{t().sets_preview()}</a>
                <button type="button" class="button" on:click=save>{t().sets_download_file()}</button>
                <button type="button" class="button" on:click=save_table>{t().sets_download_csv()}</button>
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
        t().sets_kind_builtin()
    } else {
        t().sets_kind_own()
    };
    view! {
        <li class="pulse-set-row" data-pulse-set=reference.id.clone()>
            <h3>{set.name.clone()}</h3>
            <p class="meta">{t().sets_pulse_set_meta(
                &reference.id,
                &reference.version,
                &set.dimensions.len(),
                &set.statement_count(),
                &kind,
            )}</p>
            <div class="actions">
                <button type="button" class="button" on:click=save>{t().sets_download_file()}</button>
            </div>
        </li>
    }
}

/// The page for `#/instruments`.
#[component]
pub fn InstrumentsPage() -> impl IntoView {
    set_title(t().sets_title());
    // Stored question sets that no longer pass the checker are reported,
    // and left as they are.
    let unreadable = storage::instruments::learn_stored();
    let listing = RwSignal::new(Instrument::all());
    let pulse_sets = RwSignal::new(PulseSet::all());
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<(Source, Loaded)>);
    let removal = RwSignal::new(None::<String>);
    let on_removed = Callback::new(move |message: String| {
        listing.set(Instrument::all());
        removal.set(Some(message));
    });
    let apply = move |source: Source, text: String| {
        let result = load(&text);
        listing.set(Instrument::all());
        pulse_sets.set(PulseSet::all());
        outcome.set(Some((source, result)));
    };
    let on_paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        apply(Source::Pasted, pasted.get_untracked());
    };
    let on_files = move |files: Vec<web_sys::File>| {
        if let Some(file) = files.into_iter().next() {
            leptos::task::spawn_local(async move {
                let name = Source::File(file.name());
                match read_text(&file).await {
                    Ok(text) => apply(name, text),
                    Err(e) => outcome.set(Some((name, Loaded::Problems(vec![e])))),
                }
            });
        }
    };
    let result = move || {
        outcome.get().map(|(source, loaded)| {
            let source = source.words();
            match loaded {
            Loaded::Added(instrument) => {
                let preview = Route::PreviewInstrument {
                    id: instrument.id.clone(),
                    version: instrument.version,
                };
                view! {
                    <div class="notice" id="instrument-added">
                        <p>{t().sets_added(
                            &source,
                            &instrument.name,
                            &instrument.dimensions.len(),
                            &instrument.item_count(),
                        )}</p>
                        <p><a class="button primary" href=preview.href()>{t().sets_preview_it()}</a></p>
                    </div>
                }
                .into_any()
            }
            Loaded::AddedPulseSet(set) => view! {
                <div class="notice" id="instrument-added">
                    <p>{t().sets_pulse_set_added(&source, &set.name, &set.statement_count())}</p>
                </div>
            }
            .into_any(),
            Loaded::Problems(problems) => {
                let count = problems.len();
                let items = problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view();
                view! {
                    <div class="notice notice-error" role="alert" id="instrument-problems">
                        <p>{t().sets_not_added(count, &source)}</p>
                        <ul>{items}</ul>
                    </div>
                }
                .into_any()
            }
            }
        })
    };
    view! {
        <h1 tabindex="-1" class="page-title">{t().sets_title()}</h1>
        <p class="lead">{t().sets_lead()}</p>
        <section class="report-section" aria-labelledby="known-heading">
            <h2 id="known-heading">{t().sets_known_heading()}</h2>
            <ul class="instrument-list">{move || listing.get().into_iter().map(|i| instrument_row(i, on_removed)).collect_view()}</ul>
            <p role="status" id="instrument-removal">{move || removal.get()}</p>
            {(!unreadable.is_empty()).then(|| {
                let rows = unreadable
                    .into_iter()
                    .map(|(key, why)| { let shown = key.clone(); view! { <li data-key=key><code>{shown}</code>": "{why}</li> } })
                    .collect_view();
                view! {
                    <div class="notice notice-error problems" role="alert">
                        <p>{t().sets_unreadable()}</p>
                        <ul class="problem-list">{rows}</ul>
                    </div>
                }
            })}
        </section>
        <section class="report-section" aria-labelledby="pulse-sets-heading">
            <h2 id="pulse-sets-heading">{t().sets_pulse_sets_heading()}</h2>
            <p>{t().sets_pulse_sets_text()}</p>
            <ul class="instrument-list">{move || pulse_sets.get().into_iter().map(pulse_set_row).collect_view()}</ul>
        </section>
        <section class="report-section" aria-labelledby="load-heading">
            <h2 id="load-heading">{t().sets_load_heading()}</h2>
            <p>{t().sets_load_text()}</p>
            <FileDrop id="instrument-file" label=t().sets_choose_file() multiple=false
                accept=".json,application/json,.csv,text/csv"
                hint=t().sets_drop_hint() on_files=Callback::new(on_files)/>
            <form class="paste-form" on:submit=on_paste>
                <label for="instrument-text">{t().sets_paste_label()}</label>
                <textarea id="instrument-text" rows="6" spellcheck="false"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <div class="actions"><button type="submit" class="button">{t().sets_paste_submit()}</button></div>
            </form>
            <div role="status">{result}</div>
            <FormatGuide/>
        </section>
        <p><a class="button" href=Route::Home.href()>{t().sets_back_home()}</a></p>
    }
}

/// Stands for the `n`th field name in a message of the format guide.
fn mark(n: usize) -> char {
    char::from_u32(0xE000 + n as u32).unwrap_or('\u{E000}')
}

/// A message of the format guide with its field names drawn as code: the
/// `n`th placeholder is filled with [`mark`]`(n)` and stands for the names
/// in `fields[n]` (several are listed with commas), so a translation may put
/// them anywhere.
fn coded(text: String, fields: &[&[&'static str]]) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut plain = String::new();
    for c in text.chars() {
        let names = (c as u32)
            .checked_sub(0xE000)
            .and_then(|n| fields.get(n as usize));
        let Some(names) = names else {
            plain.push(c);
            continue;
        };
        for (i, name) in names.iter().enumerate() {
            if i > 0 {
                plain.push_str(", ");
            }
            if !plain.is_empty() {
                out.push(std::mem::take(&mut plain).into_any());
            }
            out.push(view! { <code>{*name}</code> }.into_any());
        }
    }
    if !plain.is_empty() {
        out.push(plain.into_any());
    }
    out
}

/// The file format, in brief (the README has the same).
#[component]
fn FormatGuide() -> impl IntoView {
    let w = t();
    let m = mark;
    view! {
        <details class="format-guide">
            <summary>{w.sets_guide_summary()}</summary>
            <p>{w.sets_guide_intro()}</p>
            <dl>
                <dt><code>"format"</code></dt><dd>{w.sets_guide_format()}</dd>
                <dt><code>"id"</code>", "<code>"version"</code></dt><dd>{w.sets_guide_id()}</dd>
                <dt><code>"name"</code></dt><dd>{w.sets_guide_name()}</dd>
                <dt><code>"scale"</code></dt><dd>{coded(
                    w.sets_guide_scale(&m(0), &m(1), &m(2), &m(3)),
                    &[&["points"], &["value"], &["label"], &["not_observed"]],
                )}</dd>
                <dt><code>"priorities_limit"</code></dt><dd>{w.sets_guide_priorities()}</dd>
                <dt><code>"reflections"</code></dt><dd>{coded(
                    w.sets_guide_reflections(&m(0), &m(1)),
                    &[&["id"], &["prompt"]],
                )}</dd>
                <dt><code>"dimensions"</code></dt><dd>{coded(
                    w.sets_guide_dimensions(&m(0), &m(1), &m(2), &m(3), &m(4)),
                    &[&["id"], &["name"], &["summary"], &["items"], &["text"]],
                )}</dd>
            </dl>
            <p>{coded(
                w.sets_guide_csv_settings(&m(0), &m(1), &m(2)),
                &[
                    &["name"],
                    &["id", "version", "scale", "not observed", "priorities", "reflection"],
                    &["scale"],
                ],
            )}" "{coded(
                w.sets_guide_csv_rows(&m(0), &m(1)),
                &[&["dimension,behaviour"], &["summary"]],
            )}</p>
            <p>{w.sets_guide_link(&LINK_BUDGET_CHARS)}</p>
        </details>
    }
}
