//! A team member answers a pulse on their own device: no name is asked;
//! the answers become a short code, and the page says exactly what it
//! contains and who can read it before it is shared. With a collector the
//! code is sealed for the collector's key (only their device opens it);
//! without one, the page says plainly that the leader will know who sent
//! each code, and nothing says "anonymous".

use crate::domain::base::text::{clean_comment, MAX_COMMENT_CHARS};
use crate::domain::formats::files::{file_name, pulse_code_file};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::pulse::{PulseCode, PulseLink};
use crate::domain::formats::share::sealed::{answers_to_seal, SealedPulseCode};
use crate::domain::records::pulse::{Agreement, PulseResponse};
use crate::domain::sets::pulse_set::PulseSet;
use crate::web::browser::{random_nonce, scroll_to_top};
use crate::web::components::share_button::ShareButton;
use crate::web::components::share_link::ShareLink;
use crate::web::files::{app_base_url, download};
use crate::web::language::t;
use crate::web::pages::load_problem::{AskAgain, LinkProblem};
use crate::web::state::set_title;
use crate::web::storage::pulses::member_token;
use crate::web::web_share::Shareable;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The page for `#/pulse/<code>`.
#[component]
pub fn AnswerPulsePage(code: String) -> impl IntoView {
    let link = match PulseLink::decode(code_in(&code)) {
        Ok(link) => link,
        Err(e) => {
            set_title(t().pulse_answer_not_usable_title());
            return view! {
                <LinkProblem heading=t().pulse_answer_not_usable() error=e ask=AskAgain::TeamLeader/>
            }
            .into_any();
        }
    };
    set_title(&t().pulse_answer_title(&link.leader));
    let answers = RwSignal::new(BTreeMap::<String, Agreement>::new());
    let comment = RwSignal::new(String::new());
    let made = RwSignal::new(None::<(String, PulseResponse, bool)>);
    let problem = RwSignal::new(None::<String>);
    let sealing = RwSignal::new(false);
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
            let Some(to) = link.collector.clone() else {
                let code = PulseCode {
                    set,
                    pulse_id: link.pulse_id.clone(),
                    nonce: link.nonce,
                    member,
                    response: response.clone(),
                };
                match code.encode() {
                    Ok(text) => {
                        problem.set(None);
                        made.set(Some((text, response, kept)));
                        scroll_to_top();
                    }
                    Err(e) => problem.set(Some(e.describe(t()))),
                }
                return;
            };
            // The set itself (not its translation) is what the collector reads.
            let sealed_answers = match answers_to_seal(&link.leader, link.set, member, &response) {
                Ok(bytes) => bytes,
                Err(e) => return problem.set(Some(e.describe(t()))),
            };
            let outside = SealedPulseCode {
                set_fingerprint: link.set.fingerprint(),
                pulse_id: link.pulse_id.clone(),
                nonce: link.nonce,
                key_tag: 0,
                ephemeral_key: Vec::new(),
                iv: Vec::new(),
                sealed: Vec::new(),
            };
            sealing.set(true);
            leptos::task::spawn_local(async move {
                let sealed = crate::web::crypto::seal_for(&to, outside, &sealed_answers).await;
                sealing.set(false);
                match sealed.map(|code| code.encode()) {
                    Ok(Ok(text)) => {
                        problem.set(None);
                        made.set(Some((text, response, kept)));
                        scroll_to_top();
                    }
                    Ok(Err(e)) => problem.set(Some(e.describe(t()))),
                    Err(e) => problem.set(Some(t().pulse_answer_not_sealed(&e.describe(t())))),
                }
            });
        }
    };
    let sections = set
        .dimensions
        .iter()
        .map(|d| {
            let statements = d
                .statements
                .iter()
                .map(|s| view! { <Statement set=set id=s.id.clone() text=s.text.clone() answers=answers/> })
                .collect_view();
            view! {
                <section class="pulse-dimension" aria-labelledby=format!("pulse-{}", d.id)>
                    <h2 id=format!("pulse-{}", d.id)>{d.name.clone()}</h2>
                    {statements}
                </section>
            }
        })
        .collect_view();
    let form_leader = leader.clone();
    let sealed = collector.is_some();
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
            <div class="field">
                <label for="pulse-comment">{set.comment_prompt.clone()}</label>
                <p class="hint" id="pulse-comment-hint">{match &collector {
                    Some(_) => t().pulse_answer_comment_hint_sealed(&form_leader, &MAX_COMMENT_CHARS),
                    None => t().pulse_answer_comment_hint_own(&form_leader, &MAX_COMMENT_CHARS),
                }}</p>
                <textarea id="pulse-comment" rows="4" maxlength=MAX_COMMENT_CHARS aria-describedby="pulse-comment-hint"
                    prop:value=move || comment.get()
                    on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
            </div>
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <div class="actions">
                <button type="submit" class="button primary" id="make-pulse-code" disabled=move || sealing.get()>
                    {if sealed { t().pulse_answer_make_sealed() } else { t().pulse_answer_make_own() }}
                </button>
            </div>
        </form>
    };
    let intro_leader = leader.clone();
    let intro_collector = collector.clone();
    view! {
        <p class="context">{t().pulse_answer_context(&leader)}</p>
        {move || match (made.with(Option::is_some), intro_collector.as_deref()) {
            (false, Some(to)) => view! {
                <h1 tabindex="-1" class="page-title">{t().pulse_answer_heading_sealed(&intro_leader)}</h1>
                <p class="lead">{t().pulse_answer_lead_sealed(set.statement_count(), &to, &intro_leader)}</p>
                <crate::web::shown::SetLanguageNote set_language=set.own_language()/>
            }.into_any(),
            (false, None) => view! {
                <h1 tabindex="-1" class="page-title">{t().pulse_answer_heading_own(&intro_leader)}</h1>
                <p class="lead">{t().pulse_answer_lead_own(set.statement_count(), &intro_leader)}</p>
                <p class="notice" id="pulse-not-anonymous">{t().pulse_answer_leader_knows(&intro_leader)}</p>
                <crate::web::shown::SetLanguageNote set_language=set.own_language()/>
            }.into_any(),
            (true, Some(to)) => view! { <h1 tabindex="-1" class="page-title">{t().pulse_answer_code_heading_sealed(&to)}</h1> }.into_any(),
            (true, None) => view! { <h1 tabindex="-1" class="page-title">{t().pulse_answer_code_heading_own(&intro_leader)}</h1> }.into_any(),
        }}
        <div hidden=move || made.with(Option::is_some)>{form}</div>
        {move || made.get().map(|(text, response, kept)| view! {
            <MadeCode set=set leader=leader.clone() collector=collector.clone() code=text response=response kept=kept on_change=Callback::new(move |()| made.set(None))/>
        })}
    }
    .into_any()
}

/// One statement: five agreement choices and Don't know, native radios.
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
            let watch = id.clone();
            view! {
                <label class="choice" class:choice-none=value == 6 for=label_for>
                    <input type="radio" id=input_id name=group.clone() value=value
                        prop:checked=move || answers.with(|a| a.get(&watch) == Some(&agreement))
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

/// The code made from the answers: exactly what it contains, then the link,
/// QR code and file to send.
#[component]
fn MadeCode(
    set: &'static PulseSet,
    leader: String,
    /// The collector's name, when the code is sealed for them.
    collector: Option<String>,
    code: String,
    response: PulseResponse,
    kept: bool,
    on_change: Callback<()>,
) -> impl IntoView {
    let link = format!(
        "{}{}",
        app_base_url(),
        if collector.is_some() {
            Route::OpenSealedCode { code: code.clone() }
        } else {
            Route::OpenPulseCode { code: code.clone() }
        }
        .href()
    );
    let lines = set
        .statements()
        .map(|(_, s)| {
            let answer = match response.answers.get(&s.id) {
                Some(Agreement::Score(v)) => set.scale[usize::from(*v) - 1].clone(),
                Some(Agreement::DontKnow) => set.dont_know.clone(),
                None => t().pulse_answer_not_answered().to_string(),
            };
            view! { <li><span class="statement">{s.text.clone()}</span>" — "<strong>{answer}</strong></li> }
        })
        .collect_view();
    let comment = match &response.comment {
        Some(text) => view! {
            <p>{t().pulse_answer_your_comment(&leader)}</p>
            <blockquote class="pulse-comment" id="code-comment">{text.clone()}</blockquote>
        }
        .into_any(),
        None => view! { <p id="code-comment">{t().pulse_answer_no_comment()}</p> }.into_any(),
    };
    let file = pulse_code_file(&code, &leader, crate::web::language::t());
    let name = file_name(&["align180-team-pulse", &leader], "json");
    let message = match &collector {
        Some(to) => t().message_pulse_code_sealed(to),
        None => crate::domain::formats::share::message::pulse_code(t()),
    };
    let send_to = match &collector {
        Some(to) => t().pulse_answer_send_to_collector(to, &leader),
        None => t().pulse_answer_send_to_leader(&leader),
    };
    let shareable = Shareable::File {
        title: match &collector {
            Some(to) => t().pulse_answer_file_title_sealed(to),
            None => t().pulse_answer_file_title_own(&leader),
        },
        text: message.clone(),
        name: name.clone(),
        mime: "application/json",
        contents: file.clone(),
    };
    let error = RwSignal::new(None::<String>);
    let save_file = move |_| error.set(download(&name, "application/json", &file).err());
    view! {
        <section class="report-section code-contents" aria-labelledby="contains-heading">
            <h2 id="contains-heading">{t().pulse_answer_contains()}</h2>
            <ul id="code-contains" class="pulse-answers">{lines}</ul>
            {comment}
            <p>{t().pulse_answer_random_number()}</p>
            <p><strong>{t().pulse_answer_not_contained()}</strong>" "{t().pulse_answer_not_contained_rest()}</p>
            {collector.is_some().then(|| view! { <p>{t().pulse_answer_sealed_only_collector()}</p> })}
            {(!kept).then(|| view! {
                <p class="notice" role="status">{t().pulse_answer_no_note()}</p>
            })}
        </section>
        <p class="notice notice-important" id="send-code-to">{send_to}</p>
        <ShareLink link=link label=if collector.is_some() { t().pulse_answer_link_label_sealed() } else { t().pulse_answer_link_label_own() }
            for_whom=if collector.is_some() { t().pulse_answer_link_for_collector() } else { t().pulse_answer_link_for() }
            message=message
            carries=t().pulse_answer_link_carries().to_string()/>
        <div class="actions">
            <button type="button" class="button" id="download-pulse-code" on:click=save_file>{t().pulse_answer_download()}</button>
            <ShareButton what=shareable label=t().share_the_file() id="share-file"/>
            <button type="button" class="button" id="change-answers" on:click=move |_| on_change.run(())>{t().pulse_answer_change()}</button>
        </div>
        <p class="field-error" role="alert">{move || error.get()}</p>
    }
}
