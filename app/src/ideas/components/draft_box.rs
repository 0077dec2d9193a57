use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::{SUMMARY_MAX, TITLE_MAX};
use crate::ui::forms::{Field, ServerForm, Submit, TextArea};
use crate::ui::lang_switch::encode_component;
use leptos::prelude::*;

/// One's private draft of an idea on My Santaka: written and kept here by someone who may not
/// publish yet (a child waiting for a guardian's consent); once they may, shared in one step
/// (the share form opens with it filled in).
#[component]
pub fn DraftBox(
    draft: Option<(String, String)>,
    may_publish: bool,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    if may_publish {
        return view! {
            {draft.map(|(title, summary)| {
                let href = format!(
                    "/ideas/new?title={}&summary={}",
                    encode_component(&title),
                    encode_component(&summary)
                );
                view! {
                    <section class="start-draft" id="draft" aria-labelledby="draft-title" data-testid="draft">
                        <h2 id="draft-title">{t!(i18n, draft_title)}</h2>
                        <p><strong>{title}</strong></p>
                        <p><a class="button" href=href data-testid="draft-share">{t!(i18n, draft_share_now)}</a></p>
                    </section>
                }
            })}
        }
        .into_any();
    }
    let action = ServerAction::<SaveIdeaDraft>::new();
    let (title, summary) = draft.unwrap_or_default();
    view! {
        <section class="start-draft" id="draft" aria-labelledby="draft-title" data-testid="draft">
            <h2 id="draft-title">{t!(i18n, draft_title)}</h2>
            <p class="hint">{t!(i18n, draft_hint)}</p>
            <ServerForm action id="save_idea_draft" flash scope="draft">
                <Field name="title" label=move || t_string!(i18n, idea_title_field) value=title maxlength=TITLE_MAX />
                <TextArea name="summary" label=move || t_string!(i18n, idea_summary_field) value=summary maxlength=SUMMARY_MAX />
                <Submit label=move || t_string!(i18n, draft_save) />
            </ServerForm>
        </section>
    }
    .into_any()
}
