use crate::common::ids::ForumId;
use crate::forums::HarvestNote;
use crate::i18n::*;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::lang_switch::encode_component;
use leptos::prelude::*;

/// The harvest's notes, newest first, each with its table, writer and time; with `share` (the
/// forum, for someone who took part) each note can become an idea born in the forum.
#[component]
pub(crate) fn HarvestList(notes: Vec<HarvestNote>, share: Option<ForumId>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="harvest" id="harvest" aria-labelledby="fo-harvest-title">
            <h2 id="fo-harvest-title">{t!(i18n, fo_harvest)}</h2>
            <ul class="notes" data-testid="fo-notes">
                {notes.into_iter().map(|n| view! {
                    <li class="note">
                        <p class="note-body" lang=other_lang(&n.lang)>{n.body.clone()}</p>
                        <LangMark lang=n.lang.clone() />
                        <p class="hint">
                            {n.table.map(|t| view! { {t!(i18n, fo_table)} " " {t} " · " })}
                            {n.author.clone().unwrap_or_default()} " · " {n.at.clone()}
                        </p>
                        {share.map(|forum| view! {
                            <a class="button button-secondary" href=format!("/ideas/new?forum={forum}&summary={}", encode_component(&summary(&n.body)))>{t!(i18n, fo_make_idea)}</a>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// A note as an idea's summary: cut at the summary's length, on a word where it can be.
fn summary(body: &str) -> String {
    let max = crate::ideas::SUMMARY_MAX;
    if body.chars().count() <= max {
        return body.to_owned();
    }
    let cut: String = body.chars().take(max - 1).collect();
    match cut.rfind(' ') {
        Some(at) if at > max / 2 => format!("{}…", &cut[..at]),
        _ => format!("{cut}…"),
    }
}
