//! Opening what came from another device: a pasted link or code, or chosen
//! or dropped files (response files and export/backup files), plus the
//! backup download. Bad input gets a clear message and changes nothing.

use crate::domain::formats::files::Joins;
use crate::domain::formats::files::{merge, read_file, FileContent};
use crate::domain::formats::gathering::Gathers;
use crate::domain::formats::route::Route;
use crate::domain::formats::share::bundle::PulseBundle;
use crate::domain::formats::share::cohort::{CohortCode, CohortLink};
use crate::domain::formats::share::collector::CollectorLink;
use crate::domain::formats::share::envelope::{code_in, Kind};
use crate::domain::formats::share::invitation::Invitation;
use crate::domain::formats::share::pasted::{pasted_text_problem, PastedProblem};
use crate::domain::formats::share::pulse::{PulseCode, PulseLink};
use crate::domain::formats::share::response::ResponseCode;
use crate::domain::formats::share::sealed::SealedPulseCode;
use crate::domain::formats::share::whole::AssessmentCode;
use crate::domain::formats::share::ShareError;
use crate::domain::formats::stored::StoredRecord;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::collector::Collector;
use crate::domain::records::held::Held;
use crate::domain::records::pulse::Pulse;
use crate::web::components::file_drop::FileDrop;
use crate::web::components::qr_scanner::{QrScanner, Verdict};
use crate::web::files::read_text;
use crate::web::language::t;
use crate::web::router::navigate;
use crate::web::storage::records;
use crate::web::storage::{self, StorageError};
use leptos::prelude::*;

/// What this browser holds under an assessment id.
fn held_assessment(id: &str) -> Held<Assessment> {
    match storage::records::load::<Assessment>(id) {
        Ok(a) => Held::Readable(a),
        Err(StorageError::NotFound) => Held::Nothing,
        Err(_) => Held::Unreadable,
    }
}

/// What this browser holds under a cohort's or a pulse's id.
fn held_record<T: StoredRecord>(id: &str) -> Held<T> {
    match records::load::<T>(id) {
        Ok(c) => Held::Readable(c),
        Err(StorageError::NotFound) => Held::Nothing,
        Err(_) => Held::Unreadable,
    }
}

/// Items as one phrase, separated by semicolons.
fn semicolons(items: &[String]) -> String {
    items
        .iter()
        .cloned()
        .reduce(|list, item| t().semicolon_list(&list, &item))
        .unwrap_or_default()
}

/// Merges a backup's cohorts or team pulses; returns what happened, in
/// words (if any).
fn import_gathered<T: StoredRecord + Gathers + Joins>(incoming: Vec<T>) -> Option<String> {
    if incoming.is_empty() {
        return None;
    }
    let pulses = T::CODE == Kind::PulseCode;
    let total = incoming.len();
    let plan = merge(held_record::<T>, incoming);
    let mut done = 0;
    let mut stopped = None;
    for c in &plan.added {
        match records::create(c) {
            Ok(()) => done += 1,
            Err(e) => {
                stopped = Some(e.describe(t()));
                break;
            }
        }
    }
    for c in plan.completed.iter().filter(|_| stopped.is_none()) {
        match records::update(c.id(), |here: &mut T| here.complete(c)) {
            Ok(_) => done += 1,
            Err(e) => {
                stopped = Some(e.describe(t()));
                break;
            }
        }
    }
    let mut parts = vec![if pulses {
        t().import_pulses_in_file(total, &done)
    } else {
        t().import_cohorts_in_file(total, &done)
    }];
    if !plan.unreadable_here.is_empty() {
        let n = plan.unreadable_here.len();
        parts.push(if pulses {
            t().import_pulses_unreadable(n)
        } else {
            t().import_cohorts_unreadable(n)
        });
    }
    if !plan.kept.is_empty() {
        let n = plan.kept.len();
        parts.push(if pulses {
            t().import_pulses_kept(n)
        } else {
            t().import_cohorts_kept(n)
        });
    }
    if let Some(e) = stopped {
        parts.push(t().import_stopped(&e));
    }
    Some(parts.join(", "))
}

/// Adds a backup's collectors that are not here; one here already is kept
/// as it is (see [`Joins`] for a collector).
fn import_collectors(incoming: Vec<Collector>) -> Option<String> {
    if incoming.is_empty() {
        return None;
    }
    let total = incoming.len();
    let plan = merge(held_record::<Collector>, incoming);
    let mut done = 0;
    for c in &plan.added {
        if let Err(e) = records::create(c) {
            return Some(t().import_stopped(&e.describe(t())));
        }
        done += 1;
    }
    Some(t().import_collectors_in_file(total, &done))
}

/// Merges an export file's assessments; returns what happened, in words.
fn import_assessments(name: &str, content: Imported) -> String {
    let plan = merge(held_assessment, content.readable);
    let mut saved = 0;
    let mut failed = None;
    let mut taken = 0;
    for a in &plan.added {
        match storage::records::create(a) {
            Ok(()) => saved += 1,
            // Something arrived under this id meanwhile: it is kept.
            Err(StorageError::Taken) => taken += 1,
            Err(e) => {
                failed = Some(e.describe(t()));
                break;
            }
        }
    }
    let mut parts = vec![t().import_added(saved, &name)];
    if plan.identical > 0 {
        parts.push(t().import_identical(plan.identical));
    }
    if !plan.kept.is_empty() || taken > 0 {
        parts.push(t().import_kept(plan.kept.len() + taken));
    }
    if !plan.unreadable_here.is_empty() {
        parts.push(t().import_unreadable(plan.unreadable_here.len()));
    }
    if !plan.conflicting.is_empty() {
        parts.push(t().import_conflicting(plan.conflicting.len()));
    }
    if !content.unreadable.is_empty() {
        parts.push(
            t().import_records_unusable(content.unreadable.len(), &semicolons(&content.unreadable)),
        );
    }
    if !content.cleaned.is_empty() {
        parts.push(t().import_cleaned(&semicolons(&content.cleaned)));
    }
    if let Some(e) = failed {
        parts.push(t().import_stopped(&e));
    }
    if let Some(c) = import_gathered(content.cohorts) {
        parts.push(c);
    }
    if let Some(p) = import_gathered(content.pulses) {
        parts.push(p);
    }
    if let Some(c) = import_collectors(content.collectors) {
        parts.push(c);
    }
    t().import_summary(&parts.join(", "))
}

/// The records an export file holds, as read.
struct Imported {
    readable: Vec<Assessment>,
    cohorts: Vec<Cohort>,
    pulses: Vec<Pulse>,
    collectors: Vec<Collector>,
    unreadable: Vec<String>,
    cleaned: Vec<String>,
}

/// Whether a code is of the kind read: read, or carrying a trainer's set
/// that its page checks first.
fn reads<T>(read: Result<T, ShareError>) -> bool {
    matches!(read, Ok(_) | Err(ShareError::SetToLearn(_)))
}

/// The page a pasted or scanned link or code opens, or why it opens none.
fn route_for(text: &str) -> Result<Route, PastedProblem> {
    let code = code_in(text).to_string();
    if reads(Invitation::decode(&code)) {
        Ok(Route::OpenInvitation { code })
    } else if reads(CohortLink::decode(&code)) {
        Ok(Route::JoinCohort { code })
    } else if CohortCode::decode(&code).is_ok() {
        Ok(Route::OpenCohortCode { code })
    } else if reads(PulseLink::decode(&code)) {
        Ok(Route::AnswerPulse { code })
    } else if PulseCode::decode(&code).is_ok() {
        Ok(Route::OpenPulseCode { code })
    } else if SealedPulseCode::decode(&code).is_ok() {
        Ok(Route::OpenSealedCode { code })
    } else if CollectorLink::decode(&code).is_ok() {
        Ok(Route::OpenCollectorLink { code })
    } else if PulseBundle::decode(&code).is_ok() {
        Ok(Route::OpenBundle { code })
    } else if reads(AssessmentCode::decode(&code)) {
        Ok(Route::Restore { code })
    } else {
        match ResponseCode::decode(&code) {
            Ok(_) => Ok(Route::OpenResponse { code }),
            Err(e) => Err(pasted_text_problem(text, &e)),
        }
    }
}

/// The import panel on the home page.
#[component]
pub fn ImportPanel(
    /// Called after assessments were added, to refresh the list.
    on_imported: Callback<()>,
) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let messages = RwSignal::new(Vec::<String>::new());
    let focus_paste = crate::web::state::shared().focus_paste;
    if focus_paste.get_untracked() {
        focus_paste.set(false);
        request_animation_frame(|| {
            crate::web::browser::focus("#paste-code");
        });
    }

    let open_pasted = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match route_for(&pasted.get_untracked()) {
            Ok(route) => navigate(&route),
            Err(problem) => messages.set(vec![problem.describe(t())]),
        }
    };

    // A QR code shown on another device: its page opens once the scanner
    // has said so (the scanner goes with this page).
    let on_scan = move |text: String| match route_for(&text) {
        Ok(route) => {
            leptos::task::spawn_local(async move { navigate(&route) });
            Verdict {
                taken: true,
                message: t().import_opening().to_string(),
            }
        }
        Err(problem) => Verdict {
            taken: false,
            message: problem.describe(t()),
        },
    };

    let handle_files = move |files: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            let mut out = Vec::new();
            let mut added = false;
            for file in files {
                let name = file.name();
                match read_text(&file).await {
                    Err(e) => out.push(e),
                    Ok(text) => match read_file(&text, t()) {
                        Err(e) => out.push(t().import_file_problem(&name, &e.describe(t()))),
                        Ok(FileContent::Response(code)) => {
                            match ResponseCode::decode(code_in(&code)) {
                                Ok(_) => {
                                    navigate(&Route::OpenResponse {
                                        code: code_in(&code).to_string(),
                                    });
                                    return;
                                }
                                Err(e) => {
                                    out.push(t().import_file_problem(&name, &e.describe(t())))
                                }
                            }
                        }
                        Ok(FileContent::Invitation(code)) => {
                            navigate(&Route::OpenInvitation {
                                code: code_in(&code).to_string(),
                            });
                            return;
                        }
                        Ok(FileContent::CohortCode(code)) => {
                            navigate(&Route::OpenCohortCode {
                                code: code_in(&code).to_string(),
                            });
                            return;
                        }
                        Ok(FileContent::PulseBundle(code)) => {
                            navigate(&Route::OpenBundle {
                                code: code_in(&code).to_string(),
                            });
                            return;
                        }
                        Ok(FileContent::PulseCode(code)) => {
                            let code = code_in(&code).to_string();
                            // A code sealed for a collector opens on the collector's page.
                            navigate(&if SealedPulseCode::decode(&code).is_ok() {
                                Route::OpenSealedCode { code }
                            } else {
                                Route::OpenPulseCode { code }
                            });
                            return;
                        }
                        Ok(FileContent::Assessments {
                            readable,
                            cohorts,
                            pulses,
                            collectors,
                            instruments,
                            pulse_sets,
                            unreadable,
                            cleaned,
                            keeping,
                        }) => {
                            if let Some(theirs) = keeping {
                                // The file's own backup date: a help, never a reason to stop.
                                let _ = storage::keeping::update(|k| k.merge_from_backup(&theirs));
                            }
                            // Keep the question sets first: the records use them.
                            for instrument in instruments {
                                if let Err(e) = storage::instruments::keep(instrument) {
                                    out.push(t().import_set_not_kept(&name, &e.describe(t())));
                                }
                            }
                            for set in pulse_sets {
                                if let Err(e) = storage::instruments::keep_pulse_set(set) {
                                    out.push(
                                        t().import_pulse_set_not_kept(&name, &e.describe(t())),
                                    );
                                }
                            }
                            out.push(import_assessments(
                                &name,
                                Imported {
                                    readable,
                                    cohorts,
                                    pulses,
                                    collectors,
                                    unreadable,
                                    cleaned,
                                },
                            ));
                            added = true;
                        }
                    },
                }
            }
            messages.set(out);
            if added {
                on_imported.run(());
            }
        });
    };

    view! {
        <section class="import" aria-labelledby="import-heading">
            <h2 id="import-heading">{t().import_heading()}</h2>
            <form class="paste-form" on:submit=open_pasted>
                <label for="paste-code">{t().import_paste_label()}</label>
                <div class="paste-row">
                    <input id="paste-code" type="text" autocomplete="off" spellcheck="false"
                        on:input=move |ev| pasted.set(event_target_value(&ev))/>
                    <button type="submit" class="button">{t().import_open()}</button>
                </div>
            </form>
            <QrScanner label=t().import_scan() one=true on_code=Callback::new(on_scan)
                hint=t().import_scan_hint()/>
            <FileDrop id="import-files" label=t().import_choose_files() multiple=true
                hint=t().import_drop_hint()
                on_files=Callback::new(handle_files)/>
            <ul class="import-messages" role="status">
                {move || messages.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
        </section>
    }
}
