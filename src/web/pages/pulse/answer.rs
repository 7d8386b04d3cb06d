//! A team member answers a pulse on their own device: no name is asked;
//! the answers become a short code, and the page says exactly what it
//! contains and who can read it before it is shared (the code is made and
//! shown by [`super::member_code`], downloaded once they have answered). With a collector the
//! code is sealed for the collector's key (only their device opens it);
//! without one, the page says plainly that the leader will know who sent
//! each code, and nothing says "anonymous".

use crate::domain::base::text::{clean_comment, MAX_COMMENT_CHARS};
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::pulse::PulseLink;
use crate::domain::formats::share::ShareError;
use crate::domain::records::pulse::{Agreement, PulseResponse};
use crate::domain::sets::pulse_set::PulseSet;
use crate::web::browser::{random_nonce, scroll_to_top};
use crate::web::handoff::{after_checking, member_code};
use crate::web::language::t;
use crate::web::pages::load_problem::{AskAgain, LinkProblem};
use crate::web::pages::pulse::member_code::MemberAnswers;
use crate::web::state::set_title;
use crate::web::storage::pulses::member_token;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The page for `#/pulse/<code>`.
#[component]
pub fn AnswerPulsePage(code: String) -> impl IntoView {
    let link = match PulseLink::decode(code_in(&code)) {
        Ok(link) => link,
        // A trainer's set inside: checked first (the checker is not part
        // of this page's piece), then this page again.
        Err(ShareError::SetToLearn(carried)) => {
            return after_checking(carried, code, |code| {
                view! { <AnswerPulsePage code=code/> }.into_any()
            });
        }
        Err(e) => {
            set_title(t().pulse_answer_not_usable_title());
            return view! {
                <LinkProblem heading=t().pulse_answer_not_usable() error=e ask=AskAgain::TeamLeader under_opening=true/>
            }
            .into_any();
        }
    };
    set_title(&t().pulse_answer_title(&link.leader));
    let answers = RwSignal::new(BTreeMap::<String, Agreement>::new());
    let comment = RwSignal::new(String::new());
    // Once answered: the code is made and shown by a piece of its own.
    let made = RwSignal::new(None::<MemberAnswers>);
    let problem = RwSignal::new(None::<String>);
    // Who reads the code: the collector (sealed for them), or the leader.
    let collector: Option<String> = link.collector.as_ref().map(|c| c.name.clone());
    // In the member's language when the set has it (the code carries only
    // the set's id, version and answers by statement id).
    let set: &'static PulseSet = crate::web::shown::shown_pulse_set(link.set);
    let leader = link.leader.clone();
    let make = {
        let link = link.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let given = answers.get_untracked();
            if given.is_empty() {
                problem.set(Some(t().pulse_answer_none(&set.dont_know)));
                return;
            }
            let text = clean_comment(&comment.get_untracked());
            let response = PulseResponse {
                answers: given,
                comment: (!text.is_empty()).then_some(text),
            };
            let (member, kept) = match member_token(&link.pulse_id, random_nonce()) {
                Ok(token) => (token, true),
                Err(token) => (token, false),
            };
            problem.set(None);
            made.set(Some(MemberAnswers {
                link: link.clone(),
                set,
                response,
                member,
                kept,
                on_change: Callback::new(move |()| made.set(None)),
            }));
            scroll_to_top();
        }
    };
    // The page opens with its first dimension, and the others follow one a
    // frame, the comment and the button last: on a phone, no single task
    // draws all 15 statements (the heading paints sooner, and a tap is not
    // kept waiting), and as each part is added below the last, nothing
    // already shown moves.
    let total = set.dimensions.len();
    let drawn = RwSignal::new(1usize);
    draw_one_a_frame(drawn, total);
    let sections = set
        .dimensions
        .iter()
        .enumerate()
        .map(|(index, d)| {
            view! {
                <Show when={move || drawn.get() > index}>
                    <section class="pulse-dimension" aria-labelledby=format!("pulse-{}", d.id)>
                        <h3 id=format!("pulse-{}", d.id)>{d.name.clone()}</h3>
                        {d.statements
                            .iter()
                            .map(|s| view! { <Statement set=set id=s.id.clone() text=s.text.clone() answers=answers/> })
                            .collect_view()}
                    </section>
                </Show>
            }
        })
        .collect_view();
    let sealed = collector.is_some();
    let comment_hint = match &collector {
        Some(_) => t().pulse_answer_comment_hint_sealed(&leader, &MAX_COMMENT_CHARS),
        None => t().pulse_answer_comment_hint_own(&leader, &MAX_COMMENT_CHARS),
    };
    let scale = set
        .scale
        .iter()
        .enumerate()
        .map(|(i, word)| view! { <li><strong>{i + 1}</strong>" "{word.clone()}</li> })
        .collect_view();
    let form = view! {
        <form class="pulse-form" on:submit=make novalidate>
            <ul class="pulse-scale" id="pulse-scale" aria-label=t().pulse_answer_scale()>{scale}<li>{set.dont_know.clone()}</li></ul>
            {sections}
            <Show when={move || drawn.get() >= total}>
                <div class="field">
                    <label for="pulse-comment">{set.comment_prompt.clone()}</label>
                    <p class="hint" id="pulse-comment-hint">{comment_hint.clone()}</p>
                    <textarea id="pulse-comment" rows="4" maxlength=MAX_COMMENT_CHARS aria-describedby="pulse-comment-hint"
                        prop:value=move || comment.get()
                        on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                </div>
                <p class="field-error" role="alert">{move || problem.get()}</p>
                <div class="actions">
                    <button type="submit" class="button primary" id="make-pulse-code" >
                        {if sealed { t().pulse_answer_make_sealed() } else { t().pulse_answer_make_own() }}
                    </button>
                </div>
            </Show>
        </form>
    };
    let intro_leader = leader.clone();
    let intro_collector = collector.clone();
    view! {
        {move || match (made.with(Option::is_some), intro_collector.as_deref()) {
            (false, Some(to)) => view! {
                <h2>{t().pulse_answer_heading_sealed(&intro_leader)}</h2>
                <p>{t().pulse_answer_lead_sealed(set.statement_count(), &to, &intro_leader)}</p>
                <crate::web::shown::SetLanguageNote set_language=set.own_language()/>
            }.into_any(),
            (false, None) => view! {
                <h2>{t().pulse_answer_heading_own(&intro_leader)}</h2>
                <p>{t().pulse_answer_lead_own(set.statement_count(), &intro_leader)}</p>
                <p class="notice" id="pulse-not-anonymous">{t().pulse_answer_leader_knows(&intro_leader)}</p>
                <crate::web::shown::SetLanguageNote set_language=set.own_language()/>
            }.into_any(),
            (true, Some(to)) => view! { <h2 tabindex="-1" id="pulse-code-heading">{t().pulse_answer_code_heading_sealed(&to)}</h2> }.into_any(),
            (true, None) => view! { <h2 tabindex="-1" id="pulse-code-heading">{t().pulse_answer_code_heading_own(&intro_leader)}</h2> }.into_any(),
        }}
        <div hidden=move || made.with(Option::is_some)>{form}</div>
        {move || made.get().map(member_code)}
    }
    .into_any()
}

/// Adds one more of `total` parts to `drawn` at each animation frame until
/// all are drawn (or the page is gone).
fn draw_one_a_frame(drawn: RwSignal<usize>, total: usize) {
    request_animation_frame(move || {
        if drawn
            .try_update(|n| {
                *n += 1;
                *n
            })
            .is_some_and(|n| n < total)
        {
            draw_one_a_frame(drawn, total);
        }
    });
}

/// One statement: five agreement choices and Don't know, native radios.
/// The browser keeps which one is checked (only a change of theirs changes
/// the answers, and the form stays in the page while its code is shown),
/// so no radio watches the answers.
#[component]
fn Statement(
    set: &'static PulseSet,
    id: String,
    text: String,
    answers: RwSignal<BTreeMap<String, Agreement>>,
) -> impl IntoView {
    let group = format!("pulse-{id}");
    // The scale's ends, shown under the digits on a phone (see the CSS).
    let low = set.scale.first().cloned().unwrap_or_default();
    let high = set.scale.last().cloned().unwrap_or_default();
    let choices = (1..=6u8)
        .map(|value| {
            let agreement = if value == 6 { Agreement::DontKnow } else { Agreement::Score(value) };
            let word = match agreement {
                Agreement::Score(s) => set.scale[usize::from(s) - 1].clone(),
                Agreement::DontKnow => set.dont_know.clone(),
            };
            let number = if value == 6 { String::new() } else { value.to_string() };
            let input_id = format!("{group}-{value}");
            let label_for = input_id.clone();
            let key = id.clone();
            view! {
                <label class="choice" class:choice-none=value == 6 for=label_for>
                    <input type="radio" id=input_id name=group.clone() value=value
                        on:change=move |_| answers.update(|a| { a.insert(key.clone(), agreement); })/>
                    <span class="choice-number">{number}</span>
                    " "
                    <span class="choice-word">{word}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="item pulse-statement" id=format!("statement-{id}")>
            <legend>{text}</legend>
            <div class="choices" data-low=low data-high=high>{choices}</div>
        </fieldset>
    }
}
