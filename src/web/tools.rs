//! Split points the always-loaded pages call for things that live in a
//! piece: the home page's list and tools, writing a file or a backup (the
//! export format), learning stored question sets and checking a set that
//! came in a link (the checker), and a team member's code (handed to the
//! member's page through [`crate::web::handoff`]). The pages
//! themselves are declared in [`crate::web::pieces`].

use crate::web::loading::Piece;
use crate::web::missing::PieceMissing;
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// The home page's tools: team pulses, cohorts, import, backup, erase.
#[wasm_split(tools, fallible, preload(preload_tools))]
pub fn home_tools(refresh: Callback<()>) -> Piece {
    use crate::web::pages::home_tools::HomeTools;
    Ok(view! { <HomeTools refresh=refresh/> }.into_any())
}

/// The home page's list of saved assessments (with the tools: a first
/// visit, whose list is empty, does not download it).
#[wasm_split(tools, fallible)]
pub fn home_list(changes: RwSignal<u32>, open_tools: Callback<()>) -> Piece {
    use crate::web::pages::home_list::AssessmentList;
    Ok(view! { <AssessmentList changes=changes open_tools=open_tools/> }.into_any())
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
pub fn offer_backup(
    stem: String,
) -> Result<Result<(), crate::web::pages::data_panel::BackupProblem>, PieceMissing> {
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

/// Checks and learns a question set that came inside a link (a piece of
/// its own: the checker, shared with the question sets' piece); see
/// [`crate::web::handoff::after_checking`].
#[wasm_split(checker, fallible)]
pub fn check_carried_set(
    carried: crate::domain::sets::carried::CarriedSet,
) -> Result<(), PieceMissing> {
    // A refusal is remembered: reading the code again shows it.
    let _ = carried.learn();
    Ok(())
}

/// A team member's code, made from their answers and shown with the link,
/// QR code and file to send; see [`crate::web::handoff::member_code`].
#[wasm_split(member_code, fallible)]
pub fn member_code(answers: crate::web::pages::pulse::member_code::MemberAnswers) -> Piece {
    use crate::web::pages::pulse::member_code::MemberCode;
    Ok(view! { <MemberCode answers=answers/> }.into_any())
}
