//! One rater's questionnaire: a step per dimension, then priorities,
//! reflections and a review. Every change is saved as it is made, and the
//! step is remembered so that a reload or a later visit resumes here.

mod dimension_step;
mod priorities_step;
mod reflections_step;
mod review_step;

use crate::domain::formats::route::Route;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::response::{Rater, Response};
use crate::domain::rules::questionnaire::Step;
use crate::domain::sets::instrument::Instrument;
use crate::web::components::progress::Progress;
use crate::web::language::t;
use crate::web::loading::Piece;
use crate::web::pages::load_problem::{open_or_explain, NotThisDevice};
use crate::web::router::{navigate, replace};
use crate::web::state::{set_title, shared};
use crate::web::storage::{self, StorageError};
use dimension_step::DimensionStep;
use leptos::prelude::*;
use priorities_step::PrioritiesStep;
use reflections_step::ReflectionsStep;
use review_step::ReviewStep;
use wasm_split_helpers::wasm_split;

/// The assessment being answered, and who is answering it.
#[derive(Clone, Copy)]
pub struct Editing {
    /// The assessment, as saved after every change.
    pub assessment: RwSignal<Assessment>,
    /// Who is answering.
    pub rater: Rater,
    /// The questions.
    pub instrument: &'static Instrument,
}

impl Editing {
    /// Applies a change to this rater's response and saves it at once. The
    /// change is applied to the freshest stored copy, so answers given
    /// meanwhile in another tab are kept. If storage fails, the change is
    /// kept in this page's copy (which every page opens until it is saved),
    /// the problem is shown, and a file export is offered; the next change
    /// tries to save this rater's whole response again. A record erased or
    /// deleted elsewhere is never written back.
    pub fn change(&self, mut edit: impl FnMut(&mut Response)) {
        let rater = self.rater;
        let id = self.assessment.with_untracked(|a| a.id.clone());
        let shared = shared();
        self.assessment.update(|a| edit(a.response_mut(rater)));
        let pending = shared
            .unsaved
            .with_untracked(|u| u.as_ref().is_some_and(|a| a.id == id));
        let result = if pending {
            // Earlier answers could not be saved: this page's copy holds
            // them all, so this rater's whole response goes in now.
            let mine = self
                .assessment
                .with_untracked(|a| a.response(rater).cloned().unwrap_or_default());
            storage::records::update::<Assessment, _>(&id, move |a| *a.response_mut(rater) = mine)
                .map(|(saved, _)| saved)
        } else {
            storage::records::update::<Assessment, _>(&id, |a| edit(a.response_mut(rater)))
                .map(|(saved, _)| saved)
        };
        match result {
            Ok(saved) => {
                // An answer is saved: ask the browser to keep it (once).
                if saved.response(rater).is_some_and(|r| !r.ratings.is_empty()) {
                    crate::web::persist::ask_once();
                }
                self.assessment.set(saved);
                shared.save_problem.set(None);
                shared.unsaved.set(None);
            }
            Err(problem @ (StorageError::Gone | StorageError::ErasedElsewhere)) => {
                // Erased means erased: nothing is kept to be saved later.
                shared.unsaved.set(None);
                shared.save_problem.set(Some(problem));
            }
            Err(problem) => {
                shared.save_problem.set(Some(problem));
                shared.unsaved.set(Some(self.assessment.get_untracked()));
            }
        }
    }

    /// Reads this rater's response.
    pub fn with<T>(&self, read: impl FnOnce(&Response) -> T) -> T {
        self.assessment.with(|a| match a.response(self.rater) {
            Some(r) => read(r),
            None => read(&Response::default()),
        })
    }

    /// The address of a step of this questionnaire.
    pub fn route(&self, step: Step) -> Route {
        Route::Questionnaire {
            assessment: self.assessment.with_untracked(|a| a.id.clone()),
            rater: self.rater,
            step: step.slug(self.instrument),
        }
    }

    /// The question every behaviour of a step answers, as the rater reads
    /// it: the behaviours are statements ("Translates the organisation's
    /// strategy into…"), so the question asks how often each describes the
    /// leader.
    pub fn question_stem(&self) -> String {
        match self.rater {
            Rater::Leader => t().question_stem_self().to_string(),
            Rater::Manager => {
                t().question_stem_other(&self.assessment.with_untracked(|a| a.leader.clone()))
            }
        }
    }
}

/// A questionnaire page at one step.
#[component]
pub fn QuestionnairePage(id: String, rater: Rater, step: String) -> impl IntoView {
    let (assessment, instrument) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    if !assessment.takes_turn_here(rater) {
        return view! { <NotThisDevice leader=assessment.leader/> }.into_any();
    }
    let Some(step) = Step::from_slug(instrument, &step) else {
        // An unknown step: go to the first one rather than show nothing.
        replace(&Route::Questionnaire {
            assessment: id,
            rater,
            step: Step::first().slug(instrument),
        });
        return ().into_any();
    };
    let submitted = assessment
        .response(rater)
        .is_some_and(Response::is_submitted);
    let leader = assessment.leader.clone();
    let cycle = assessment.cycle.clone();
    let cohort = assessment.cohort.as_ref().map(|c| c.name.clone());
    let editing = Editing {
        assessment: RwSignal::new(assessment),
        rater,
        instrument,
    };
    if submitted {
        return view! { <AlreadySubmitted editing=editing/> }.into_any();
    }
    let slug = step.slug(instrument);
    if editing.with(|r| r.last_step.as_deref() != Some(slug.as_str())) {
        editing.change(|r| r.last_step = Some(slug.clone()));
    }

    // A question is on screen: the rest of the app may download now.
    crate::web::loading::download_the_rest();
    let (number, steps) = step.position(instrument);
    let step_name = match step {
        Step::Review => t().step_review_title().to_string(),
        other => step_label(instrument, other),
    };
    let whose = match rater {
        Rater::Leader => t().step_whose_self(&leader),
        Rater::Manager => t().step_whose_manager(&leader),
    };
    set_title(&format!("{step_name} · {whose}"));
    let mut context = match &cycle {
        Some(c) => format!("{whose} · {c}"),
        None => whose.clone(),
    };
    if let Some(name) = cohort {
        context.push_str(&format!(" · {}", t().record_cohort_tag(&name)));
    }
    let answered = Signal::derive(move || editing.with(|r| r.answered_count(instrument)));
    // Another tab saved this assessment: show its answers here too (unless
    // this page holds answers not yet saved: those stay on screen).
    let state = shared();
    let watched = id.clone();
    Effect::new(move |previous: Option<u64>| {
        let now = state.storage_events.get();
        let holding = state
            .unsaved
            .with_untracked(|u| u.as_ref().is_some_and(|a| a.id == watched));
        if previous.is_some_and(|p| p != now) && !holding {
            if let Ok(fresh) = storage::records::load::<Assessment>(&watched) {
                editing.assessment.set(fresh);
            }
        }
        now
    });

    let body = match step {
        Step::Dimension(i) => view! { <DimensionStep editing=editing index=i/> }.into_any(),
        // Downloaded when idle after the first question, so normally here
        // before anyone reaches them.
        later => crate::web::loading::lazy_page(move || later_step(editing, later), false, &[]),
    };
    let back = step.previous(instrument).map(|prev| {
        let label = t().step_back(&step_label(instrument, prev));
        view! { <button type="button" class="button" id="step-back" on:click=move |_| navigate(&editing.route(prev))>{label}</button> }
    });
    let next = step.next(instrument).map(|next| {
        let label = t().step_next(&step_label(instrument, next));
        view! { <button type="button" class="button primary" id="step-next" on:click=move |_| navigate(&editing.route(next))>{label}</button> }
    });

    view! {
        <div class="step-head">
            <p class="context">{context}</p>
            <h1 tabindex="-1" class="page-title" id="step-title">
                <span class="step-count">{t().step_count(&number, &steps)}</span>
                {step_name}
            </h1>
            <Progress answered=answered total=instrument.item_count()/>
            <crate::web::shown::SetLanguageNote set_language=instrument.own_language()/>
        </div>
        {body}
        <nav class="step-nav" aria-label=t().step_nav_label()>
            {back}
            {next}
        </nav>
    }
    .into_any()
}

/// The steps after the behaviours (priorities, reflections, review) are a
/// piece of their own: the first question does not wait for them.
#[wasm_split(later_steps, fallible, preload(preload_later_steps))]
pub fn later_step(editing: Editing, step: Step) -> Piece {
    Ok(match step {
        Step::Priorities => view! { <PrioritiesStep editing=editing/> }.into_any(),
        Step::Reflections => view! { <ReflectionsStep editing=editing/> }.into_any(),
        Step::Review => view! { <ReviewStep editing=editing/> }.into_any(),
        Step::Dimension(i) => view! { <DimensionStep editing=editing index=i/> }.into_any(),
    })
}

/// A step's short name for Back/Next buttons.
pub fn step_label(instrument: &Instrument, step: Step) -> String {
    match step {
        Step::Dimension(i) => instrument
            .dimensions
            .get(i)
            .map(|d| d.name.clone())
            .unwrap_or_default(),
        Step::Priorities => t().step_priorities().into(),
        Step::Reflections => t().step_reflections().into(),
        Step::Review => t().step_review().into(),
    }
}

/// Shown when someone opens a questionnaire that was already submitted.
#[component]
fn AlreadySubmitted(editing: Editing) -> impl IntoView {
    set_title(t().step_already_submitted());
    let id = editing.assessment.with_untracked(|a| a.id.clone());
    view! {
        <h1 tabindex="-1" class="page-title">{t().step_already_submitted()}</h1>
        <p>{t().step_already_submitted_text()}</p>
        <p><a class="button primary" href=Route::Profile { assessment: id }.href()>{t().step_view_profile()}</a></p>
    }
}
