//! A gathered code opened as a link on the device that gathers it (e.g.
//! scanned from a participant's or team member's screen): it is added to
//! the matching cohort or team pulse in this browser, or the page explains
//! why it cannot be. One page for every kind that [`Gathers`].

use crate::domain::base::messages::Messages;
use crate::domain::formats::gathering::{Gathers, Outcome};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::ShareError;
use crate::domain::formats::stored::StoredRecord;
use crate::web::language::t;
use crate::web::state::set_title;
use crate::web::storage::{records, StorageError};
use leptos::prelude::*;

/// What a kind's code page says.
pub struct CodeWords<T> {
    /// The browser tab's title.
    pub title: &'static str,
    /// The heading once the code is in.
    pub received: &'static str,
    /// Why a code whose record is not in this browser cannot be added.
    pub not_here: &'static str,
    /// The result of adding it, for the record it went into.
    pub outcome: fn(&T, &Outcome) -> String,
    /// The button back to the record.
    pub open: &'static str,
    /// The record's page.
    pub route: fn(&T) -> Route,
}

/// Why a code could not be added.
enum CodeProblem {
    /// Not a code of this kind, or damaged.
    Code(ShareError),
    /// Its record is not in this browser.
    NotHere,
    /// Storage refused the change.
    Storage(StorageError),
}

impl CodeProblem {
    /// Why, in `words`; `not_here` is the kind's own sentence.
    fn describe(&self, words: &Messages, not_here: &str) -> String {
        match self {
            CodeProblem::Code(e) => e.describe(words),
            CodeProblem::NotHere => not_here.to_string(),
            CodeProblem::Storage(e) => words.gather_nothing_gathered(&e.describe(words)),
        }
    }
}

/// The page for a gathered code opened as a link.
pub fn open_code_page<T>(code: &str, words: CodeWords<T>) -> AnyView
where
    T: StoredRecord + Gathers,
{
    set_title(words.title);
    let code = code_in(code).to_string();
    let added = T::record_of_code(&code)
        .map_err(CodeProblem::Code)
        .and_then(|id| records::load::<T>(&id).map_err(|_| CodeProblem::NotHere))
        .and_then(|here| {
            records::update::<T, _>(here.id(), |record| {
                let outcome = record.add_code(&code);
                record.settle();
                outcome
            })
            .map_err(CodeProblem::Storage)
        });
    match added {
        Err(problem) => {
            let message = problem.describe(t(), words.not_here);
            view! {
                <h1 tabindex="-1" class="page-title">{t().open_code_not_added()}</h1>
                <p class="notice notice-error" role="alert">{message}</p>
                <p><a class="button" href=Route::Home.href()>{t().link_problem_go_home()}</a></p>
            }
            .into_any()
        }
        Ok((record, outcome)) => {
            let ok = !matches!(outcome, Outcome::Rejected(_));
            let text = (words.outcome)(&record, &outcome);
            view! {
                <h1 tabindex="-1" class="page-title">{if ok { words.received } else { t().open_code_not_added() }}</h1>
                <p class="notice" class:notice-error=!ok role="status">{text}</p>
                <p><a class="button primary" href=(words.route)(&record).href()>{words.open}</a></p>
            }
            .into_any()
        }
    }
}
