//! Gathering anonymous codes on one device (a trainer's cohort codes, a
//! leader's team pulse codes): scan them with the camera from other people's
//! phones, paste many at once (one per line) or choose/drop many files. Each
//! code gets its own result line; bad ones are listed with the reason and
//! the rest import.

use crate::domain::base::messages::Messages;
use crate::domain::formats::files::{read_file, FileContent, FileError};
use crate::domain::formats::gathering::{tally, Gathered, Gathers, Outcome, Rejection, Source};
use crate::domain::formats::share::envelope::Kind;
use crate::domain::formats::stored::StoredRecord;
use crate::web::components::file_drop::FileDrop;
use crate::web::components::qr_scanner::{QrScanner, Verdict};
use crate::web::files::read_text;
use crate::web::language::t;
use crate::web::storage::records;
use leptos::prelude::*;

/// What the gathered codes are, in the panel's words.
#[derive(Clone, Copy)]
pub struct GatherWords {
    /// The section's heading, e.g. "Gather participants' codes".
    pub heading: &'static str,
    /// Where they hold up their QR code, for the scanner's hint.
    pub scan_hint: &'static str,
    /// The file kind gathered here.
    pub file: fn(FileContent) -> Option<String>,
    /// "a cohort code", "a team member's pulse code": what a wrong file is not.
    pub what: &'static str,
}

/// Whether the codes gathered as `T` are team members' (otherwise
/// participants'): the sentences that name who sent a code differ.
fn from_team<T: Gathers>() -> bool {
    T::CODE == Kind::PulseCode
}

fn outcome_text(outcome: &Outcome, team: bool, words: &Messages) -> String {
    match outcome {
        Outcome::Added => words.gather_added().to_string(),
        Outcome::Updated if team => words.gather_updated_member().to_string(),
        Outcome::Updated => words.gather_updated_participant().to_string(),
        Outcome::Duplicate => words.gather_duplicate().to_string(),
        Outcome::Rejected(reason) => words.gather_not_used(&reason.describe(words)),
    }
}

/// The one-line summary of a gathering.
fn summary(results: &[Gathered], words: &Messages) -> String {
    let t = tally(results);
    let mut parts = vec![words.gather_count_added(t.added)];
    if t.updated > 0 {
        parts.push(words.gather_count_updated(t.updated));
    }
    if t.duplicates > 0 {
        parts.push(words.gather_count_duplicates(t.duplicates));
    }
    if t.rejected > 0 {
        parts.push(words.gather_count_rejected(t.rejected));
    }
    words.gather_summary(&parts.join(", "))
}

/// The running count after a scan, in the scanner's words.
fn so_far(count: usize, team: bool, words: &Messages) -> String {
    if team {
        words.gather_members_so_far(count)
    } else {
        words.gather_participants_so_far(count)
    }
}

/// Why a chosen file gives no code to gather here.
enum NotACodeFile {
    /// The browser could not read it (its reason, in words).
    NotRead(String),
    /// It is not an Align 180 file, or a damaged one.
    Unreadable(FileError),
    /// An Align 180 file of another kind (`is`), not the one gathered here.
    OtherKind {
        is: &'static str,
        wanted: &'static str,
    },
}

impl NotACodeFile {
    /// Why, in `words`.
    fn describe(&self, words: &Messages) -> String {
        match self {
            NotACodeFile::NotRead(reason) => reason.clone(),
            NotACodeFile::Unreadable(e) => e.describe(words),
            NotACodeFile::OtherKind { is, wanted } => words.gather_other_kind(is, wanted),
        }
    }
}

/// What one file holds, as a code to gather or the reason it is not one.
fn code_of_file(text: &str, words: GatherWords) -> Result<String, NotACodeFile> {
    let content = read_file(text, t()).map_err(NotACodeFile::Unreadable)?;
    let is = match &content {
        FileContent::Response(_) => t().gather_file_response(),
        FileContent::Invitation(_) => t().gather_file_invitation(),
        FileContent::CohortCode(_) => t().gather_file_cohort_code(),
        FileContent::PulseCode(_) => t().gather_file_pulse_code(),
        FileContent::PulseBundle(_) => t().gather_file_pulse_bundle(),
        FileContent::Assessments { .. } => t().gather_file_export(),
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
    let team = from_team::<T>();

    // Applies the gathering to the freshest stored copy and saves it.
    let apply = move |gather: Gathering<T>| {
        let id = record.with_untracked(|c| c.id().to_string());
        match records::update(&id, gather) {
            Ok((fresh, out)) => {
                record.set(fresh);
                problem.set(None);
                results.set(out);
            }
            Err(e) => problem.set(Some(t().gather_nothing_gathered(&e.describe(t())))),
        }
    };

    let on_paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            problem.set(Some(t().gather_paste_first().to_string()));
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
                let out = read
                    .into_iter()
                    .map(|(name, code)| Gathered {
                        source: Source::File(name),
                        outcome: match code {
                            Ok(code) => c.add_code(&code),
                            Err(reason) => Outcome::Rejected(Rejection::File(reason.describe(t()))),
                        },
                    })
                    .collect();
                c.settle();
                out
            }));
        });
    };

    // One code from the camera: added to the freshest stored copy, with the
    // running count in the scanner's words.
    let on_scan = move |text: String| {
        let id = record.with_untracked(|c| c.id().to_string());
        match records::update(&id, move |c: &mut T| {
            let outcome = c.add_code(&text);
            c.settle();
            outcome
        }) {
            Ok((fresh, outcome)) => {
                let count = count(&fresh);
                record.set(fresh);
                let so_far = so_far(count, team, t());
                match outcome {
                    Outcome::Added => Verdict {
                        taken: true,
                        message: t().gather_scan_added(&so_far),
                    },
                    Outcome::Updated if team => Verdict {
                        taken: true,
                        message: t().gather_scan_updated_member(&so_far),
                    },
                    Outcome::Updated => Verdict {
                        taken: true,
                        message: t().gather_scan_updated_participant(&so_far),
                    },
                    Outcome::Duplicate => Verdict {
                        taken: false,
                        message: t().gather_scan_duplicate(&so_far),
                    },
                    Outcome::Rejected(reason) => Verdict {
                        taken: false,
                        message: t()
                            .gather_scan_not_used(&reason.describe(t()).trim_end_matches('.')),
                    },
                }
            }
            Err(e) => Verdict {
                taken: false,
                message: t().gather_not_saved(&e.describe(t())),
            },
        }
    };

    view! {
        <section class="report-section gather" aria-labelledby="gather-heading">
            <h2 id="gather-heading">{words.heading}</h2>
            <QrScanner label=t().gather_scan() on_code=Callback::new(on_scan)
                hint=words.scan_hint/>
            <form class="paste-form" on:submit=on_paste>
                <label for="gather-codes">{t().gather_paste_label()}</label>
                <textarea id="gather-codes" rows="5" spellcheck="false" autocomplete="off"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <div class="actions">
                    <button type="submit" class="button primary" id="gather-pasted">{t().gather_add_pasted()}</button>
                </div>
            </form>
            <FileDrop id="gather-files" label=t().gather_choose_files() multiple=true
                hint=t().gather_drop_hint() on_files=Callback::new(handle_files)/>
            <p class="hint">{if team { t().gather_hint_member() } else { t().gather_hint_participant() }}</p>
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <div role="status" class="gather-results">
                {move || {
                    let out = results.get();
                    (!out.is_empty()).then(|| {
                        let lines = out
                            .iter()
                            .map(|g| {
                                let rejected = matches!(g.outcome, Outcome::Rejected(_));
                                let source = g.source.describe(t());
                                let outcome = outcome_text(&g.outcome, team, t());
                                view! { <li class:rejected=rejected>{t().gather_result(&source, &outcome)}</li> }
                            })
                            .collect_view();
                        view! {
                            <p class="gather-summary">{summary(&out, t())}</p>
                            <ul class="gather-list">{lines}</ul>
                        }
                    })
                }}
            </div>
        </section>
    }
}
