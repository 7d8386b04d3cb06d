//! The team's picture as the leader sees it: the number of responses, per
//! dimension and per statement the mean and the favourable / neutral /
//! unfavourable shares, Don't know counted, and the comments as plain text.
//! Below the minimum group it says why nothing is shown.

use crate::charts::pulse::{pulse_shares, pulse_shares_height};
use crate::charts::{Drawn, Look};
use crate::domain::base::format;
use crate::domain::base::thresholds::{MIN_GROUP, PULSE_COMMENTS_MIN};
use crate::domain::rules::pulse::picture::{Figures, PulsePicture, Row};
use crate::web::components::chart::Chart;
use leptos::prelude::*;
use std::rc::Rc;

fn share(value: Option<u8>) -> String {
    value
        .map(|v| format::percent(crate::web::language::t().language(), v))
        .unwrap_or_else(|| format::NO_FIGURE.into())
}

fn cells(f: Figures) -> impl IntoView {
    view! {
        <td class="num" data-label="Mean (1–5)">{f.mean.map(|v| format::score(crate::web::language::t().language(), v)).unwrap_or_else(|| format::NO_FIGURE.into())}</td>
        <td class="num" data-label="Favourable">{share(f.favourable)}</td>
        <td class="num" data-label="Neutral">{share(f.neutral)}</td>
        <td class="num" data-label="Unfavourable">{share(f.unfavourable)}</td>
        <td class="num" data-label="Answers">{f.answers}</td>
        <td class="num" data-label="Don't know">{f.dont_know}</td>
    }
}

fn head(first: &'static str) -> impl IntoView {
    view! {
        <thead><tr>
            <th scope="col">{first}</th><th scope="col" class="num">"Mean (1–5)"</th>
            <th scope="col" class="num">"Favourable"</th><th scope="col" class="num">"Neutral"</th>
            <th scope="col" class="num">"Unfavourable"</th><th scope="col" class="num">"Answers"</th>
            <th scope="col" class="num">"Don't know"</th>
        </tr></thead>
    }
}

fn rows(rows: &[Row]) -> impl IntoView {
    rows.iter()
        .map(|r| view! {
            <tr data-id=r.id.clone()>
                <th scope="row">{r.text.clone()}{r.dimension.clone().map(|d| view! { <span class="meta">{d}</span> })}</th>
                {cells(r.figures)}
            </tr>
        })
        .collect_view()
}

/// The picture, or why it is withheld.
#[component]
pub fn PulsePictureView(picture: PulsePicture) -> impl IntoView {
    let n = picture.responses;
    let count = format!("{n} {}", if n == 1 { "response" } else { "responses" });
    if !picture.shown() {
        return view! {
            <section class="report-section pulse-picture" aria-labelledby="picture-heading">
                <h2 id="picture-heading">"The team's picture"</h2>
                <p class="pulse-count" id="pulse-count">{count}</p>
                <p class="notice" id="pulse-withheld" role="status">{format!(
                    "Nothing is shown until at least {MIN_GROUP} team members have answered, so no one's answers can be picked out. Comments are shown from {PULSE_COMMENTS_MIN}."
                )}</p>
            </section>
        }
        .into_any();
    }
    let dimensions = Rc::new(picture.dimensions.clone());
    let build = move |look: &Look| {
        Drawn::new(
            &pulse_shares(&dimensions, look),
            look,
            pulse_shares_height(&dimensions, look),
        )
    };
    let comments = if n >= PULSE_COMMENTS_MIN {
        if picture.comments.is_empty() {
            view! { <p>"No comments were written."</p> }.into_any()
        } else {
            let items = picture
                .comments
                .iter()
                .map(|c| view! { <li><blockquote class="pulse-comment">{c.clone()}</blockquote></li> })
                .collect_view();
            view! { <ul class="pulse-comments" id="pulse-comments">{items}</ul> }.into_any()
        }
    } else {
        view! { <p id="comments-withheld">{format!("Comments are shown from {PULSE_COMMENTS_MIN} responses, so that no one's words can be traced.")}</p> }.into_any()
    };
    view! {
        <section class="report-section pulse-picture" aria-labelledby="picture-heading">
            <h2 id="picture-heading">"The team's picture"</h2>
            <p class="pulse-count" id="pulse-count">{count}</p>
            <p class="hint">"Favourable: Agree or Strongly agree. Neutral: Neither agree nor disagree. Unfavourable: Disagree or Strongly disagree. Percentages are of the answers given: “Don't know” is left out of them and counted on its own. Mean: Strongly disagree = 1 … Strongly agree = 5."</p>
            <div class="pulse-shares">
                <Chart draw=build paper_width=480.0 label="Stacked bar chart of the favourable, neutral and unfavourable shares of the team's answers per dimension; the table below has the same figures."/>
            </div>
            <div class="table-wrap" role="region" aria-labelledby="pulse-dimensions-caption" tabindex="0"><table class="scores stack" id="pulse-dimensions">
                <caption id="pulse-dimensions-caption">"Per dimension (all its statements together)"</caption>
                {head("Dimension")}
                <tbody>{rows(&picture.dimensions)}</tbody>
            </table></div>
            <div class="table-wrap" role="region" aria-labelledby="pulse-statements-caption" tabindex="0"><table class="scores stack" id="pulse-statements">
                <caption id="pulse-statements-caption">"Per statement"</caption>
                {head("Statement")}
                <tbody>{rows(&picture.statements)}</tbody>
            </table></div>
            <h3>"Comments, word for word"</h3>
            {comments}
        </section>
    }
    .into_any()
}
