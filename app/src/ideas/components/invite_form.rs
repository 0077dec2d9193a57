use crate::common::ids::IdeaId;
use crate::common::FormFlash;
use crate::common::PersonRef;
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

/// The idea's co-authors and the invitations still open: the author removes co-authors, any
/// editor takes back an invitation (its link stops working). Small forms, without JavaScript.
#[component]
pub(crate) fn Coauthors(
    id: IdeaId,
    coauthors: Vec<PersonRef>,
    invites: Vec<(i64, String)>,
    author: bool,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let remove = ServerAction::<RemoveCoauthor>::new();
    let revoke = ServerAction::<RevokeInvite>::new();
    let idea = id.to_string();
    (!coauthors.is_empty() || !invites.is_empty()).then(|| view! {
        <section class="card" aria-labelledby="coauthors-title" data-testid="coauthors">
            <h2 id="coauthors-title">{t!(i18n, coauthors_title)}</h2>
            <ul class="coauthor-list">
                {coauthors.into_iter().map(|person| {
                    let name = person.name.clone().unwrap_or_default();
                    let label = format!("{} – {}", t_string!(i18n, coauthor_remove), name);
                    let idea = idea.clone();
                    view! {
                        <li>
                            {name.clone()}
                            {author.then(|| view! {
                                " "
                                <ServerForm action=remove id="remove_coauthor" class="inline-form" scope=format!("coauthor{}", person.id) flash=flash.clone()>
                                    <input type="hidden" name="id" value=idea />
                                    <input type="hidden" name="user_id" value=person.id.to_string() />
                                    <button type="submit" class="button button-secondary button-small" aria-label=label>{t!(i18n, coauthor_remove)}</button>
                                </ServerForm>
                            })}
                        </li>
                    }
                }).collect_view()}
                {invites.into_iter().map(|(invite, email)| {
                    let label = format!("{} – {}", t_string!(i18n, invite_revoke), email);
                    let idea = idea.clone();
                    view! {
                        <li>
                            {email} " (" {t!(i18n, invite_pending)} ") "
                            <ServerForm action=revoke id="revoke_invite" class="inline-form" scope=format!("invite{invite}") flash=flash.clone()>
                                <input type="hidden" name="id" value=idea />
                                <input type="hidden" name="invite_id" value=invite.to_string() />
                                <button type="submit" class="button button-secondary button-small" aria-label=label>{t!(i18n, invite_revoke)}</button>
                            </ServerForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    })
}
