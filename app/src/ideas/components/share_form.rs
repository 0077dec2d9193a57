use super::SimilarIdeas;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::*;
use crate::ui::forms::{kept_list, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use crate::ui::island::{island_i18n, mark_live};
use crate::ui::navigate::go_to_result;
use crate::ui::sector_boxes::SectorBoxes;
use leptos::prelude::*;

/// The form to share an idea, with the similar ideas shown while the title is typed: an island.
#[island(lazy)]
pub fn ShareForm(
    flash: Option<FormFlash>,
    /// The title and summary to start from (a draft), or empty.
    initial: (String, String),
    /// The workshop the idea is born in, when the form was opened from one.
    workshop: Option<String>,
    /// The forum the idea is born in, when the form was opened from its harvest.
    forum: Option<String>,
) -> impl IntoView {
    let i18n = island_i18n();
    mark_live();
    let action = ServerAction::<ShareIdea>::new();
    let chosen = kept_list(flash.as_ref(), "share_idea", "sectors[]").unwrap_or_default();
    let check = |s: &ShareIdea| check_share(&s.title, &s.summary, &s.sectors);
    // What is typed into the title, settled for a moment, drives the similar ideas.
    let typed = RwSignal::new(String::new());
    let settled = RwSignal::new(String::new());
    let on_input = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
        else {
            return;
        };
        if input.name() != "title" {
            return;
        }
        let value = input.value();
        typed.set(value.clone());
        set_timeout(
            // The page may be gone by then (the form was sent and the app moved on).
            move || {
                if typed.try_get_untracked().as_deref() == Some(value.as_str()) {
                    let _ = settled.try_set(value);
                }
            },
            std::time::Duration::from_millis(350),
        );
    };
    let similar = Resource::new(
        move || settled.get(),
        |title| async move {
            if title.trim().chars().count() < 4 {
                Ok(Vec::new())
            } else {
                similar_ideas(title).await
            }
        },
    );
    view! {
        <div on:input=on_input>
            <ServerForm action id="share_idea" flash check=check on_success=go_to_result()>
                <Field name="title" label=move || t_string!(i18n, idea_title_field) hint=move || t_string!(i18n, hint_idea_title) required=true maxlength=TITLE_MAX value=initial.0 />
                <SimilarIdeas similar />
                <TextArea name="summary" label=move || t_string!(i18n, idea_summary_field) hint=move || t_string!(i18n, hint_idea_summary) maxlength=SUMMARY_MAX value=initial.1 />
                <SectorBoxes chosen />
                {workshop.map(|id| view! {
                    <input type="hidden" name="workshop" value=id />
                    <p class="hint" data-testid="born-in-workshop">{t!(i18n, share_born_in_workshop)}</p>
                })}
                {forum.map(|id| view! {
                    <input type="hidden" name="forum" value=id />
                    <p class="hint" data-testid="born-in-forum">{t!(i18n, share_born_in_forum)}</p>
                    <FieldErrorFor name="forum" />
                })}
                <Submit label=move || t_string!(i18n, share_submit) />
            </ServerForm>
        </div>
    }
}
