//! Gathering participants' codes on the trainer's device: scan them with
//! the camera from participants' phones, paste many at once (one per line)
//! or choose/drop many files. Each code gets its own
//! result line; bad ones are listed with the reason and the rest import.

use crate::domain::cohort::gather::{add_code, add_lines, tally, Gathered, Outcome};
use crate::domain::cohort::Cohort;
use crate::domain::files::{read_file, FileContent};
use crate::web::components::file_drop::FileDrop;
use crate::web::components::qr_scanner::{QrScanner, Verdict};
use crate::web::files::read_text;
use crate::web::storage::cohorts;
use leptos::prelude::*;

fn outcome_text(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Added => "added".into(),
        Outcome::Updated => {
            "updated (this participant shared again; the newer answers replace the earlier ones)"
                .into()
        }
        Outcome::Duplicate => "already gathered, ignored".into(),
        Outcome::Rejected(reason) => format!("not used: {reason}"),
    }
}

/// The one-line summary of a gathering.
fn summary(results: &[Gathered]) -> String {
    let t = tally(results);
    let mut parts = vec![format!("{} added", t.added)];
    if t.updated > 0 {
        parts.push(format!("{} updated", t.updated));
    }
    if t.duplicates > 0 {
        parts.push(format!("{} already gathered", t.duplicates));
    }
    if t.rejected > 0 {
        parts.push(format!("{} not used", t.rejected));
    }
    format!("{}.", parts.join(", "))
}

/// What one file holds, as a code to gather or the reason it is not one.
fn code_of_file(text: &str) -> Result<String, String> {
    match read_file(text) {
        Ok(FileContent::CohortCode(code)) => Ok(code),
        Ok(FileContent::Response(_)) => {
            Err("this is a manager's response file, not a cohort code".into())
        }
        Ok(FileContent::Invitation(_)) => {
            Err("this is an invitation file, not a cohort code".into())
        }
        Ok(FileContent::Assessments { .. }) => {
            Err("this is an Align 180 export (backup) file, not a cohort code".into())
        }
        Err(e) => Err(e.to_string()),
    }
}

/// A gathering to apply to the freshest stored copy of the cohort.
type Gathering = Box<dyn FnOnce(&mut Cohort) -> Vec<Gathered>>;

/// The gathering panel. `cohort` is refreshed after every change.
#[component]
pub fn GatherPanel(cohort: RwSignal<Cohort>) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let results = RwSignal::new(Vec::<Gathered>::new());
    let problem = RwSignal::new(None::<String>);

    // Applies the gathering to the freshest stored copy and saves it.
    let apply = move |gather: Gathering| {
        let id = cohort.with_untracked(|c| c.id.clone());
        match cohorts::update(&id, gather) {
            Ok((fresh, out)) => {
                cohort.set(fresh);
                problem.set(None);
                results.set(out);
            }
            Err(e) => problem.set(Some(format!("Nothing was gathered: {e}"))),
        }
    };

    let on_paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            problem.set(Some(
                "Paste one or more codes or links first, one per line.".into(),
            ));
            return;
        }
        apply(Box::new(move |c| add_lines(c, &text)));
        if problem.get_untracked().is_none() {
            pasted.set(String::new());
        }
    };

    let handle_files = move |files: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            let mut read: Vec<(String, Result<String, String>)> = Vec::new();
            for file in files {
                let name = file.name();
                let code = match read_text(&file).await {
                    Ok(text) => code_of_file(&text),
                    Err(e) => Err(e),
                };
                read.push((name, code));
            }
            apply(Box::new(move |c| {
                read.into_iter()
                    .map(|(name, code)| Gathered {
                        source: format!("“{name}”"),
                        outcome: match code {
                            Ok(code) => add_code(c, &code),
                            Err(reason) => Outcome::Rejected(reason),
                        },
                    })
                    .collect()
            }));
        });
    };

    // One code from the camera: added to the freshest stored copy, with the
    // running count in the scanner's words.
    let on_scan = move |text: String| {
        let id = cohort.with_untracked(|c| c.id.clone());
        match cohorts::update(&id, move |c| add_code(c, &text)) {
            Ok((fresh, outcome)) => {
                let count = fresh.participants.len();
                cohort.set(fresh);
                let so_far = format!(
                    "{count} {} so far.",
                    if count == 1 {
                        "participant"
                    } else {
                        "participants"
                    }
                );
                match outcome {
                    Outcome::Added => Verdict {
                        taken: true,
                        message: format!("Added. {so_far}"),
                    },
                    Outcome::Updated => Verdict {
                        taken: true,
                        message: format!("Updated: this participant shared again. {so_far}"),
                    },
                    Outcome::Duplicate => Verdict {
                        taken: false,
                        message: format!("Already counted, ignored. {so_far}"),
                    },
                    Outcome::Rejected(reason) => Verdict {
                        taken: false,
                        message: format!("Not used: {}.", reason.trim_end_matches('.')),
                    },
                }
            }
            Err(e) => Verdict {
                taken: false,
                message: format!("Not saved: {e}"),
            },
        }
    };

    view! {
        <section class="report-section gather" aria-labelledby="gather-heading">
            <h2 id="gather-heading">"Gather participants' codes"</h2>
            <QrScanner label="Scan codes with the camera" on_code=Callback::new(on_scan)
                hint="Ask each participant to hold up the QR code on their “Share with your cohort” page. Each new code is added with a tone; codes already counted are ignored."/>
            <form class="paste-form" on:submit=on_paste>
                <label for="gather-codes">"Paste codes or links, one per line"</label>
                <textarea id="gather-codes" rows="5" spellcheck="false" autocomplete="off"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <div class="actions">
                    <button type="submit" class="button primary" id="gather-pasted">"Add the pasted codes"</button>
                </div>
            </form>
            <FileDrop id="gather-files" label="Choose code files" multiple=true
                hint="or drop many files here at once." on_files=Callback::new(handle_files)/>
            <p class="hint">"A code link opened on this device (for example scanned from a participant's screen) is added to this cohort too. Codes already gathered are ignored, so nothing is counted twice."</p>
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <div role="status" class="gather-results">
                {move || {
                    let out = results.get();
                    (!out.is_empty()).then(|| {
                        let lines = out
                            .iter()
                            .map(|g| {
                                let rejected = matches!(g.outcome, Outcome::Rejected(_));
                                view! { <li class:rejected=rejected>{format!("{}: {}", g.source, outcome_text(&g.outcome))}</li> }
                            })
                            .collect_view();
                        view! {
                            <p class="gather-summary">{summary(&out)}</p>
                            <ul class="gather-list">{lines}</ul>
                        }
                    })
                }}
            </div>
        </section>
    }
}
