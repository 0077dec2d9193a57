use crate::common::ids::IdeaId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use crate::ui::navigate::go_to_result;
use leptos::prelude::*;

#[component]
pub(crate) fn InviteForm(id: IdeaId, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<InviteCoauthor>::new();
    view! {
        <section class="card" aria-labelledby="invite-title">
            <h2 id="invite-title">{t!(i18n, invite_title)}</h2>
            <p>{t!(i18n, invite_lead)}</p>
            <ServerForm action id="invite_coauthor" flash scope="invite" on_success=go_to_result()>
                <input type="hidden" name="id" value=id />
                <Field name="email" kind="email" label=move || t_string!(i18n, field_email) autocomplete="off" required=true maxlength=254 />
                <Submit label=move || t_string!(i18n, invite_submit) secondary=true />
            </ServerForm>
        </section>
    }
}
