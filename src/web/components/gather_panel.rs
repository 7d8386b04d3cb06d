//! Gathering anonymous codes on one device (a trainer's cohort codes, a
//! leader's team pulse codes): scan them with the camera from other people's
//! phones, paste many at once (one per line) or choose/drop many files. Each
//! code gets its own result line; bad ones are listed with the reason and
//! the rest import.

use crate::domain::formats::files::{read_file, FileContent, FileError};
use crate::domain::formats::gathering::{tally, Gathered, Gathers, Outcome};
use crate::domain::formats::stored::StoredRecord;
use crate::web::components::file_drop::FileDrop;
use crate::web::components::qr_scanner::{QrScanner, Verdict};
use crate::web::files::read_text;
use crate::web::storage::records;
use leptos::prelude::*;

/// What the gathered codes are, in the panel's words.
#[derive(Clone, Copy)]
pub struct GatherWords {
    /// The section's heading, e.g. "Gather participants' codes".
    pub heading: &'static str,
    /// One of the people who send codes, e.g. "participant".
    pub one: &'static str,
    /// Several of them, e.g. "participants".
    pub many: &'static str,
    /// Where they hold up their QR code, for the scanner's hint.
    pub scan_hint: &'static str,
    /// The file kind gathered here.
    pub file: fn(FileContent) -> Option<String>,
    /// "a cohort code", "a team member's pulse code": what a wrong file is not.
    pub what: &'static str,
}

fn outcome_text(outcome: &Outcome, words: GatherWords) -> String {
    match outcome {
        Outcome::Added => "added".into(),
        Outcome::Updated => format!(
            "updated (this {} shared again; the newer answers replace the earlier ones)",
            words.one
        ),
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

/// Why a chosen file gives no code to gather here.
enum NotACodeFile {
    /// The browser could not read it.
    NotRead(String),
    /// It is not an Align 180 file, or a damaged one.
    Unreadable(FileError),
    /// An Align 180 file of another kind (`is`), not the one gathered here.
    OtherKind {
        is: &'static str,
        wanted: &'static str,
    },
}

impl std::fmt::Display for NotACodeFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotACodeFile::NotRead(reason) => f.write_str(reason),
            NotACodeFile::Unreadable(e) => e.fmt(f),
            NotACodeFile::OtherKind { is, wanted } => write!(f, "this is {is}, not {wanted}"),
        }
    }
}

/// What one file holds, as a code to gather or the reason it is not one.
fn code_of_file(text: &str, words: GatherWords) -> Result<String, NotACodeFile> {
    let content = read_file(text).map_err(NotACodeFile::Unreadable)?;
    let is = match &content {
        FileContent::Response(_) => "a manager's response file",
        FileContent::Invitation(_) => "an invitation file",
        FileContent::CohortCode(_) => "a participant's cohort code file",
        FileContent::PulseCode(_) => "a team member's pulse code file",
        FileContent::Assessments { .. } => "an Align 180 export (backup) file",
    };
    (words.file)(content).ok_or(NotACodeFile::OtherKind {
        is,
        wanted: words.what,
    })
}

/// A gathering to apply to the freshest stored copy of the record.
type Gathering<T> = Box<dyn FnOnce(&mut T) -> Vec<Gathered>>;

/// The gathering panel. `record` is refreshed after every change.
#[component]
pub fn GatherPanel<T>(
    /// The cohort or pulse the codes go into.
    record: RwSignal<T>,
    /// How many have sent codes so far.
    count: fn(&T) -> usize,
    /// The words for what is gathered.
    words: GatherWords,
) -> impl IntoView
where
    T: StoredRecord + Gathers + Clone + Send + Sync + 'static,
{
    let pasted = RwSignal::new(String::new());
    let results = RwSignal::new(Vec::<Gathered>::new());
    let problem = RwSignal::new(None::<String>);

    // Applies the gathering to the freshest stored copy and saves it.
    let apply = move |gather: Gathering<T>| {
        let id = record.with_untracked(|c| c.id().to_string());
        match records::update(&id, gather) {
            Ok((fresh, out)) => {
                record.set(fresh);
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
        apply(Box::new(move |c: &mut T| c.add_lines(&text)));
        if problem.get_untracked().is_none() {
            pasted.set(String::new());
        }
    };

    let handle_files = move |files: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            let mut read: Vec<(String, Result<String, NotACodeFile>)> = Vec::new();
            for file in files {
                let name = file.name();
                let code = match read_text(&file).await {
                    Ok(text) => code_of_file(&text, words),
                    Err(e) => Err(NotACodeFile::NotRead(e)),
                };
                read.push((name, code));
            }
            apply(Box::new(move |c| {
                read.into_iter()
                    .map(|(name, code)| Gathered {
                        source: format!("“{name}”"),
                        outcome: match code {
                            Ok(code) => c.add_code(&code),
                            Err(reason) => Outcome::Rejected(reason.to_string()),
                        },
                    })
                    .collect()
            }));
        });
    };

    // One code from the camera: added to the freshest stored copy, with the
    // running count in the scanner's words.
    let on_scan = move |text: String| {
        let id = record.with_untracked(|c| c.id().to_string());
        match records::update(&id, move |c: &mut T| c.add_code(&text)) {
            Ok((fresh, outcome)) => {
                let count = count(&fresh);
                record.set(fresh);
                let so_far = format!(
                    "{count} {} so far.",
                    if count == 1 { words.one } else { words.many }
                );
                match outcome {
                    Outcome::Added => Verdict {
                        taken: true,
                        message: format!("Added. {so_far}"),
                    },
                    Outcome::Updated => Verdict {
                        taken: true,
                        message: format!("Updated: this {} shared again. {so_far}", words.one),
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
            <h2 id="gather-heading">{words.heading}</h2>
            <QrScanner label="Scan codes with the camera" on_code=Callback::new(on_scan)
                hint=words.scan_hint/>
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
            <p class="hint">{format!("A code link opened on this device (for example scanned from a {}'s screen) is added here too. Codes already gathered are ignored, so nothing is counted twice.", words.one)}</p>
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <div role="status" class="gather-results">
                {move || {
                    let out = results.get();
                    (!out.is_empty()).then(|| {
                        let lines = out
                            .iter()
                            .map(|g| {
                                let rejected = matches!(g.outcome, Outcome::Rejected(_));
                                view! { <li class:rejected=rejected>{format!("{}: {}", g.source, outcome_text(&g.outcome, words))}</li> }
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
