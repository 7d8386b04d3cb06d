//! Members' sealed codes arriving on the collector's device: pasted (one
//! per line), from files, or opened as links. Each is opened with the
//! collector's private key (WebCrypto) and its answers held, never shown;
//! one bad code never stops the rest.

use crate::domain::formats::collector_gather::{sealed_for, NotUsed};
use crate::domain::formats::files::{read_file, FileContent};
use crate::domain::formats::gathering::{Rejection, Source};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::sealed::SealedPulseCode;
use crate::domain::records::collector::Collector;
use crate::domain::records::pulse::Pulse;
use crate::domain::rules::pulse::collect::Held;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
use crate::web::components::file_drop::FileDrop;
use crate::web::crypto::open_sealed;
use crate::web::files::read_text;
use crate::web::language::t;
use crate::web::state::set_title;
use crate::web::storage::{self, records, StorageError};
use leptos::prelude::*;

/// What became of one arriving code.
pub type HoldResult = (Source, Result<Held, NotUsed>);

/// A sealed code for this collector, and what its key opened (`None`: nothing).
type Opened = Result<(SealedPulseCode, Option<Vec<u8>>), NotUsed>;

/// Opens every code with the collector's key and holds the answers in the
/// freshest stored copy of the collector.
pub async fn hold_codes(
    collector_id: &str,
    codes: Vec<(Source, Result<String, NotUsed>)>,
) -> Result<(Collector, Vec<HoldResult>), StorageError> {
    let collector = records::load::<Collector>(collector_id)?;
    let mut opened: Vec<(Source, Opened)> = Vec::new();
    for (source, text) in codes {
        let code = text.and_then(|text| sealed_for(&collector, &text));
        let step = match code {
            Ok(code) => {
                let bytes = open_sealed(&collector.private_key, &code).await.ok();
                Ok((code, bytes))
            }
            Err(e) => Err(e),
        };
        opened.push((source, step));
    }
    let (fresh, results) = records::update(collector_id, move |c: &mut Collector| {
        opened
            .into_iter()
            .map(|(source, step)| {
                let held = step.and_then(|(code, bytes)| c.hold_opened(&code, bytes.as_deref()));
                (source, held)
            })
            .collect::<Vec<_>>()
    })?;
    // A trainer's set learned from a code is kept, so the answers open
    // after a reload. (One that cannot be kept is learned again next time.)
    for pulse in &fresh.pulses {
        if let Some(set) = PulseSet::find(&pulse.set) {
            let _ = storage::instruments::keep_pulse_set(set);
        }
    }
    Ok((fresh, results))
}

/// One result, in words.
fn result_words(result: &Result<Held, NotUsed>) -> String {
    match result {
        Ok(Held::Added) => t().collect_held_added().to_string(),
        Ok(Held::Updated) => t().collect_held_updated().to_string(),
        Ok(Held::Duplicate) => t().collect_held_duplicate().to_string(),
        Ok(Held::AlreadyReleased) => t().collect_held_already_released().to_string(),
        Err(e) => t().gather_not_used(&e.describe(t())),
    }
}

/// The code in a chosen file, or why there is none.
fn code_of_file(text: &str) -> Result<String, NotUsed> {
    match read_file(text, t()) {
        Ok(FileContent::PulseCode(code)) => Ok(code),
        Ok(_) => Err(NotUsed::Rejected(Rejection::File(
            t().collect_file_not_code().to_string(),
        ))),
        Err(e) => Err(NotUsed::Rejected(Rejection::File(e.describe(t())))),
    }
}

/// Pasting and choosing members' sealed codes on the collector's page.
#[component]
pub fn SealedGather(collector: RwSignal<Collector>) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let results = RwSignal::new(Vec::<HoldResult>::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let run = move |codes: Vec<(Source, Result<String, NotUsed>)>| {
        let id = collector.with_untracked(|c| c.id.clone());
        busy.set(true);
        leptos::task::spawn_local(async move {
            match hold_codes(&id, codes).await {
                Ok((fresh, out)) => {
                    collector.set(fresh);
                    problem.set(None);
                    results.set(out);
                    pasted.set(String::new());
                }
                Err(e) => problem.set(Some(t().gather_nothing_gathered(&e.describe(t())))),
            }
            busy.set(false);
        });
    };
    let on_paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = pasted.get_untracked();
        let lines: Vec<_> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| (Source::Line(i + 1), Ok(l.trim().to_string())))
            .collect();
        if lines.is_empty() {
            problem.set(Some(t().gather_paste_first().to_string()));
            return;
        }
        run(lines);
    };
    let on_files = move |files: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            let mut codes = Vec::new();
            for file in files {
                let name = file.name();
                let code = match read_text(&file).await {
                    Ok(text) => code_of_file(&text),
                    Err(e) => Err(NotUsed::Rejected(Rejection::File(e))),
                };
                codes.push((Source::File(name), code));
            }
            run(codes);
        });
    };
    view! {
        <section class="report-section gather" aria-labelledby="gather-heading">
            <h2 id="gather-heading">{t().collect_gather_heading()}</h2>
            <p class="hint">{t().collect_gather_hint()}</p>
            <form class="paste-form" on:submit=on_paste>
                <label for="gather-codes">{t().gather_paste_label()}</label>
                <textarea id="gather-codes" rows="5" spellcheck="false" autocomplete="off"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <div class="actions">
                    <button type="submit" class="button primary" id="gather-pasted" disabled=move || busy.get()>{t().gather_add_pasted()}</button>
                </div>
            </form>
            <FileDrop id="gather-files" label=t().gather_choose_files() multiple=true
                hint=t().gather_drop_hint() on_files=Callback::new(on_files)/>
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <div role="status" class="gather-results">
                {move || results.with(|out| (!out.is_empty()).then(|| {
                    let lines = out
                        .iter()
                        .map(|(source, result)| {
                            let line = t().gather_result(&source.describe(t()), &result_words(result));
                            view! { <li class:rejected=result.is_err()>{line}</li> }
                        })
                        .collect_view();
                    view! { <ul class="gather-list">{lines}</ul> }
                }))}
            </div>
        </section>
    }
}

/// A sealed code opened as a link (`#/pulse-code/<code>`): held on the
/// collector's device; anywhere else, it says whom it is for and shows
/// nothing of the answers.
#[component]
pub fn OpenSealedCodePage(code: String) -> impl IntoView {
    set_title(t().collect_code_title());
    let code = code_in(&code).to_string();
    let decoded = SealedPulseCode::decode(&code);
    let mine = records::readable::<Collector>()
        .into_iter()
        .find(|c| matches!(&decoded, Ok(d) if d.key_tag == c.reference().key_tag()));
    let Some(collector) = mine else {
        // Not the collector's device: perhaps the leader's (it has the pulse).
        let message = match &decoded {
            Err(e) => e.describe(t()),
            Ok(d) => match records::load::<Pulse>(&d.pulse_id)
                .ok()
                .and_then(|p| p.collector)
            {
                Some(c) => t().collect_code_for_named(&c.name),
                None => t().collect_code_for_collector().to_string(),
            },
        };
        return view! {
            <h1 tabindex="-1" class="page-title">{t().collect_code_sealed_heading()}</h1>
            <p class="notice" role="status" id="sealed-for">{message}</p>
            <p><a class="button" href=Route::Home.href()>{t().link_problem_go_home()}</a></p>
        }
        .into_any();
    };
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let id = collector.id.clone();
    leptos::task::spawn_local(async move {
        let shown = match hold_codes(&id, vec![(Source::Line(1), Ok(code))]).await {
            Ok((_, results)) => match results.into_iter().next() {
                Some((_, Ok(held))) => Ok(result_words(&Ok(held))),
                Some((_, Err(e))) => Err(t().gather_not_used(&e.describe(t()))),
                None => Err(String::new()),
            },
            Err(e) => Err(t().gather_nothing_gathered(&e.describe(t()))),
        };
        outcome.set(Some(shown));
    });
    view! {
        <h1 tabindex="-1" class="page-title">{t().collect_code_received()}</h1>
        {move || match outcome.get() {
            None => view! { <p class="loading" role="status">{t().collect_code_opening()}</p> }.into_any(),
            Some(Ok(text)) => view! { <p class="notice" role="status">{text}</p> }.into_any(),
            Some(Err(text)) => view! { <p class="notice notice-error" role="alert">{text}</p> }.into_any(),
        }}
        <p><a class="button primary" href=Route::Collector { collector: collector.id.clone() }.href()>{t().collect_code_open()}</a></p>
    }
    .into_any()
}
