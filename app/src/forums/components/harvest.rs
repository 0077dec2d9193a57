use crate::common::ids::{ForumId, IdeaId};
use crate::forums::api::{EditHarvestNote, NoteToComment};
use crate::forums::{HarvestNote, NOTE_MAX};
use crate::i18n::*;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::forms::{ServerForm, Submit, TextArea};
use crate::ui::lang_switch::encode_component;
use leptos::prelude::*;

/// The harvest's notes, newest first, each with its table, writer and time; with `share` (the
/// forum, for someone who took part) each note can become an idea born in the forum, or be
/// added to one of `ideas` as a comment. The writer may edit their note for ten minutes
/// (`live`: the form returns to the live page).
#[component]
pub(crate) fn HarvestList(
    notes: Vec<HarvestNote>,
    forum_id: ForumId,
    share: Option<ForumId>,
    #[prop(optional)] ideas: Vec<(IdeaId, String)>,
    #[prop(optional)] live: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let ideas = StoredValue::new(ideas);
    view! {
        <section class="harvest" id="harvest" aria-labelledby="fo-harvest-title">
            <h2 id="fo-harvest-title">{t!(i18n, fo_harvest)}</h2>
            <ul class="notes" data-testid="fo-notes">
                {notes.into_iter().map(|n| view! {
                    <li class="note" id=format!("note-{}", n.id)>
                        <p class="note-body" lang=other_lang(&n.lang)>{n.body.clone()}</p>
                        <LangMark lang=n.lang.clone() />
                        <p class="hint">
                            {n.table.map(|t| view! { {t!(i18n, fo_table)} " " {t} " · " })}
                            {n.session_title.clone().map(|s| view! { {t!(i18n, fo_session)} " " <q>{s}</q> " · " })}
                            {n.author.clone().unwrap_or_default()} " · " {n.at.clone()}
                        </p>
                        {share.map(|forum| view! {
                            <a class="button button-secondary" href=format!("/ideas/new?forum={forum}&summary={}", encode_component(&summary(&n.body)))>{t!(i18n, fo_make_idea)}</a>
                        })}
                        {share.filter(|_| ideas.with_value(|i| !i.is_empty())).map(|forum| {
                            let action = ServerAction::<NoteToComment>::new();
                            let select = format!("f-nc{}-idea", n.id);
                            view! {
                                <ServerForm action id="note_to_comment" scope=format!("nc{}", n.id) class="inline-form note-to-idea">
                                    <input type="hidden" name="id" value=forum />
                                    <input type="hidden" name="note" value=n.id />
                                    <label for=select.clone()>{t!(i18n, fo_add_to_idea)}</label>
                                    <select id=select name="idea">
                                        {ideas.get_value().into_iter().map(|(idea, title)| view! { <option value=idea>{title}</option> }).collect_view()}
                                    </select>
                                    <Submit label=move || t_string!(i18n, fo_add_as_comment) secondary=true />
                                </ServerForm>
                            }
                        })}
                        {n.editable.then(|| {
                            let action = ServerAction::<EditHarvestNote>::new();
                            view! {
                                <details class="note-edit">
                                    <summary>{t!(i18n, fo_edit_note)}</summary>
                                    <ServerForm action id="edit_harvest_note" scope=format!("edit{}", n.id)>
                                        <input type="hidden" name="id" value=forum_id />
                                        <input type="hidden" name="note" value=n.id />
                                        <input type="hidden" name="back" value=if live { "live" } else { "page" } />
                                        <TextArea name="body" label=move || t_string!(i18n, fo_note) value=n.body.clone() maxlength=NOTE_MAX hint=move || t_string!(i18n, fo_edit_hint) />
                                        <Submit label=move || t_string!(i18n, fo_save_note) />
                                    </ServerForm>
                                </details>
                            }
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
