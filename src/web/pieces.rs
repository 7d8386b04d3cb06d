//! The pieces of the app that download when first opened, so that the first
//! question needs only the core: the report and its charts, the trainer's
//! cohort pages, question sets, sharing (links, QR codes, files), progress
//! and the data tools. Each function below is a split point; functions
//! naming the same piece share one download. They are prefetched when the
//! browser is idle once a question is on screen ([`crate::web::prefetch::when_idle`]).
//!
//! Only the split points live here; how a page in a piece is shown while it
//! downloads (and when it cannot be) is [`crate::web::loading`], and the
//! idle download of every piece is [`crate::web::prefetch`].

use crate::domain::records::response::Rater;
use crate::web::loading::{Piece, PieceMissing};
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// The side-by-side report (with its plan and charts).
#[wasm_split(report, fallible, preload(preload_report))]
pub fn report(id: String) -> Piece {
    use crate::web::pages::report::ReportPage;
    Ok(view! { <ReportPage id=id/> }.into_any())
}

/// The leader's profile (its chart is in the report's piece).
#[wasm_split(report, fallible)]
pub fn profile(id: String) -> Piece {
    use crate::web::pages::profile::ProfilePage;
    Ok(view! { <ProfilePage id=id/> }.into_any())
}

/// Progress across cycles.
#[wasm_split(report, fallible)]
pub fn progress(id: String) -> Piece {
    use crate::web::pages::progress::ProgressPage;
    Ok(view! { <ProgressPage id=id/> }.into_any())
}

/// "Both views are in".
#[wasm_split(report, fallible)]
pub fn reveal(id: String) -> Piece {
    use crate::web::pages::reveal::RevealPage;
    Ok(view! { <RevealPage id=id/> }.into_any())
}

/// The leader's invitation for the manager.
#[wasm_split(share, fallible, preload(preload_share))]
pub fn invite(id: String) -> Piece {
    use crate::web::pages::invite::InvitePage;
    Ok(view! { <InvitePage id=id/> }.into_any())
}

/// The manager's response to send back.
#[wasm_split(share, fallible)]
pub fn respond(id: String) -> Piece {
    use crate::web::pages::respond::RespondPage;
    Ok(view! { <RespondPage id=id/> }.into_any())
}

/// A response opened on the leader's device.
#[wasm_split(share, fallible)]
pub fn open_response(code: String) -> Piece {
    use crate::web::pages::open_response::OpenResponsePage;
    Ok(view! { <OpenResponsePage code=code/> }.into_any())
}

/// One assessment's restore link.
#[wasm_split(share, fallible)]
pub fn keep_copy(id: String) -> Piece {
    use crate::web::pages::keep_copy::KeepCopyPage;
    Ok(view! { <KeepCopyPage id=id/> }.into_any())
}

/// The comparison to send back to the manager's device.
#[wasm_split(share, fallible)]
pub fn send_back(id: String) -> Piece {
    use crate::web::pages::keep_copy::KeepCopyPage;
    Ok(view! { <KeepCopyPage id=id send_back=true/> }.into_any())
}

/// A whole-assessment link opened: restore it, or take the comparison back.
#[wasm_split(share, fallible)]
pub fn restore(code: String) -> Piece {
    use crate::web::pages::restore::RestorePage;
    Ok(view! { <RestorePage code=code/> }.into_any())
}

/// A participant's anonymous code for the cohort.
#[wasm_split(share, fallible)]
pub fn share_with_cohort(id: String) -> Piece {
    use crate::web::pages::cohort::share::ShareWithCohortPage;
    Ok(view! { <ShareWithCohortPage id=id/> }.into_any())
}

/// The trainer's cohort page and dashboard.
#[wasm_split(cohort, fallible, preload(preload_cohort))]
pub fn cohort(id: String) -> Piece {
    use crate::web::pages::cohort::page::CohortPage;
    Ok(view! { <CohortPage id=id/> }.into_any())
}

/// The cohort on a projector.
#[wasm_split(cohort, fallible)]
pub fn present_cohort(id: String) -> Piece {
    use crate::web::pages::cohort::present::PresentCohortPage;
    Ok(view! { <PresentCohortPage id=id/> }.into_any())
}

/// Creating a cohort.
#[wasm_split(cohort, fallible)]
pub fn new_cohort() -> Piece {
    use crate::web::pages::cohort::new::NewCohortPage;
    Ok(view! { <NewCohortPage/> }.into_any())
}

/// A participant's code opened on the trainer's device.
#[wasm_split(cohort, fallible)]
pub fn open_cohort_code(code: String) -> Piece {
    use crate::domain::records::cohort::Cohort;
    use crate::web::pages::cohort::page::cohort_code_words;
    use crate::web::pages::open_code::open_code_page;
    Ok(open_code_page::<Cohort>(&code, cohort_code_words()))
}

/// A leader's team pulse: link, gathering and the team's picture.
#[wasm_split(pulse, fallible, preload(preload_pulse))]
pub fn team_pulse(id: String) -> Piece {
    use crate::web::pages::pulse::page::TeamPulsePage;
    Ok(view! { <TeamPulsePage id=id/> }.into_any())
}

/// "Ask my team": starts the team pulse beside an assessment.
#[wasm_split(pulse, fallible)]
pub fn ask_team(id: String) -> Piece {
    use crate::web::pages::pulse::ask::AskTeamPage;
    Ok(view! { <AskTeamPage id=id/> }.into_any())
}

/// A pulse link opened by a team member.
#[wasm_split(pulse, fallible)]
pub fn answer_pulse(code: String) -> Piece {
    use crate::web::pages::pulse::answer::AnswerPulsePage;
    Ok(view! { <AnswerPulsePage code=code/> }.into_any())
}

/// A member's pulse code opened on the leader's device.
#[wasm_split(pulse, fallible)]
pub fn open_pulse_code(code: String) -> Piece {
    use crate::domain::records::pulse::Pulse;
    use crate::web::pages::open_code::open_code_page;
    use crate::web::pages::pulse::page::pulse_code_words;
    Ok(open_code_page::<Pulse>(&code, pulse_code_words()))
}

/// Trainers' question sets.
#[wasm_split(instruments, fallible, preload(preload_instruments))]
pub fn instruments() -> Piece {
    use crate::web::pages::instruments::InstrumentsPage;
    Ok(view! { <InstrumentsPage/> }.into_any())
}

/// A question set as a respondent sees it.
#[wasm_split(instruments, fallible)]
pub fn preview_instrument(id: String, version: u32) -> Piece {
    use crate::web::pages::instruments::preview::PreviewInstrumentPage;
    Ok(view! { <PreviewInstrumentPage id=id version=version/> }.into_any())
}

/// The home page's tools: team pulses, cohorts, import, backup, erase.
#[wasm_split(tools, fallible, preload(preload_tools))]
pub fn home_tools(refresh: Callback<()>) -> Piece {
    use crate::web::pages::home_tools::HomeTools;
    Ok(view! { <HomeTools refresh=refresh/> }.into_any())
}

/// What Align 180 is (from every page's footer).
#[wasm_split(tools, fallible)]
pub fn about() -> Piece {
    use crate::web::pages::about::AboutPage;
    Ok(view! { <AboutPage/> }.into_any())
}

/// Offers one assessment as a file (the export format lives with the tools;
/// see [`crate::web::pages::data_panel::offer_assessment_file`]).
#[wasm_split(tools, fallible)]
pub fn offer_assessment_file(
    a: crate::domain::records::assessment::Assessment,
    stem: String,
) -> Result<(), PieceMissing> {
    crate::web::pages::data_panel::offer_assessment_file(&a, &stem);
    Ok(())
}

/// Offers everything this page holds (assessments, cohorts, team pulses)
/// as one backup file named `<stem>-<today>.json`, and notes its date. A
/// store that cannot be listed gives no file that looks complete: the
/// reason is returned instead.
#[wasm_split(tools, fallible)]
pub fn offer_backup(stem: String) -> Result<Result<(), String>, PieceMissing> {
    Ok(crate::web::pages::data_panel::offer_backup(&stem))
}

/// Learns the trainers' question sets stored in this browser (through the
/// checker, which lives with the question sets): run before the app shows
/// anything, only when such sets are stored.
#[wasm_split(instruments, fallible)]
pub fn learn_stored_sets() -> Result<(), PieceMissing> {
    // Sets that cannot be learned are listed on the question sets page.
    let _ = crate::web::storage::instruments::learn_stored();
    Ok(())
}

/// An invitation link opened on the manager's device.
#[wasm_split(links, fallible, preload(preload_links))]
pub fn open_invitation(code: String) -> Piece {
    use crate::web::pages::open_invitation::OpenInvitationPage;
    Ok(view! { <OpenInvitationPage code=code/> }.into_any())
}

/// A cohort link opened by a participant.
#[wasm_split(links, fallible)]
pub fn join_cohort(code: String) -> Piece {
    use crate::web::pages::cohort::join::JoinCohortPage;
    Ok(view! { <JoinCohortPage code=code/> }.into_any())
}

/// Whose turn it is (kept with the core: it sits between two questionnaires).
pub fn turn(id: String, rater: Rater) -> AnyView {
    use crate::web::pages::turn::TurnPage;
    view! { <TurnPage id=id rater=rater/> }.into_any()
}
