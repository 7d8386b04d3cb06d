//! The download of every piece once the browser has nothing else to do,
//! so moving between pages has no visible wait, and the offline copy.

use crate::web::pages::questionnaire::preload_later_steps;
use crate::web::pieces::{
    preload_cohort, preload_collect, preload_instruments, preload_links, preload_member,
    preload_pulse, preload_report, preload_share,
};
use crate::web::tools::preload_tools;

/// Downloads every piece when the browser has nothing else to do, so moving
/// between pages has no visible wait, and installs the offline copy (the
/// service worker). Called once a question, or any page in a piece, is on
/// screen; later calls do nothing.
pub fn when_idle() {
    thread_local! {
        static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    let update_ready = crate::web::state::shared().update_ready;
    crate::web::browser::when_idle(move || {
        // The offline copy of every piece, and the pieces for this session.
        crate::web::offline::register(update_ready);
        leptos::task::spawn_local(async {
            // A piece that fails here is tried again when it is opened.
            crate::web::language::download_the_rest().await;
            let _ = preload_later_steps().await;
            let _ = preload_report().await;
            let _ = preload_share().await;
            let _ = preload_tools().await;
            let _ = preload_links().await;
            let _ = preload_cohort().await;
            let _ = preload_instruments().await;
            let _ = preload_pulse().await;
            let _ = preload_collect().await;
            let _ = preload_member().await;
        });
    });
}
