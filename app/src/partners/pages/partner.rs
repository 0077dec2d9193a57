//! `/partners/{id}`: one organisation, its places on a small map and what it backed.
use crate::common::ids::OrganisationId;
use crate::i18n::*;
use crate::partners::api::{get_partner, InvitePartner};
use crate::partners::components::OffersChips;
use crate::partners::Partner;
use crate::ui::content_lang::other_lang;
use crate::ui::forms::{Field, ServerForm, Submit};
use crate::ui::loader::Loaded;
use crate::ui::mini_map::MiniMap;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn PartnerPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || {
        params.with(|p| {
            p.get("id")
                .and_then(|id| id.parse::<OrganisationId>().ok())
                .unwrap_or(OrganisationId(0))
        })
    };
    let partner = Resource::new(id, get_partner);
    view! {
        <div class="container partner-page">
            <Loaded resource=partner error_title=Signal::derive(move || t_string!(i18n, pt_title).to_owned())
                view=move |p: Partner, flash| partner_view(i18n, p, flash) />
            {move || crate::ui::slots::slot::<crate::partners::PartnerParts, OrganisationId>(id())}
        </div>
    }
}

fn partner_view(
    i18n: crate::common::codes::I18n,
    p: Partner,
    flash: Option<crate::common::FormFlash>,
) -> impl IntoView {
    let invite = p.can_invite.then(|| invite_form(i18n, p.card.id, flash));
    let map_title = t_string!(i18n, pt_map_of).replace("{name}", &p.card.name);
    let pins = p.places.iter().map(|pl| pl.pin()).collect::<Vec<_>>();
    let contact = p.contact.clone();
    view! {
        <Title text=p.card.name.clone() />
        <p class="breadcrumbs"><a href="/partners">{t!(i18n, pt_title)}</a></p>
        <h1>{p.card.name.clone()}</h1>
        <p class="meta">{p.card.kind.label(i18n)} " · " {p.card.sector.label(i18n)}</p>
        {(!p.description.is_empty()).then(|| view! { <p class="lead">{p.description.clone()}</p> })}
        <OffersChips offers=p.card.offers.clone() />
        {(!p.website.is_empty()).then(|| view! {
            <p><a href=p.website.clone() rel="external noopener">{p.website.clone()}</a></p>
        })}
        <section class="panel" aria-labelledby="pt-contact">
            <h2 id="pt-contact">{t!(i18n, pt_contact)}</h2>
            {if contact.is_empty() {
                view! { <p class="empty">{t!(i18n, pt_no_contact)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list" data-testid="partner-contact">
                        {(!contact.name.is_empty()).then(|| view! { <li>{contact.name.clone()}</li> })}
                        {(!contact.email.is_empty()).then(|| view! { <li><a href=format!("mailto:{}", contact.email)>{contact.email.clone()}</a></li> })}
                        {(!contact.phone.is_empty()).then(|| view! { <li><a href=format!("tel:{}", contact.phone.replace(' ', ""))>{contact.phone.clone()}</a></li> })}
                    </ul>
                }.into_any()
            }}
            {(!p.people.is_empty()).then(|| view! {
                <p class="meta">{t!(i18n, directory_represented_by)} " "
                    {p.people.iter().map(|(id, name)| view! { <a href=format!("/people/{id}")>{name.clone()}</a> " " }).collect_view()}
                </p>
            })}
        </section>
        <section class="panel" aria-labelledby="pt-places">
            <h2 id="pt-places">{t!(i18n, pt_places)}</h2>
            {if p.places.is_empty() {
                view! { <p class="empty">{t!(i18n, pt_no_places)}</p> }.into_any()
            } else {
                view! {
                    <MiniMap title=map_title pins tile_url=p.tile_url.clone() />
                    <ol class="place-list" data-testid="partner-places">
                        {p.places.iter().map(|pl| view! {
                            <li>
                                <strong>{pl.name.clone()}</strong> ", " {pl.address.clone()}
                                {(!pl.accessibility.is_empty()).then(|| view! { <br /><span class="meta">{pl.accessibility.clone()}</span> })}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="pt-backed">
            <h2 id="pt-backed">{t!(i18n, pt_backed)}</h2>
            {if p.backed.is_empty() {
                view! { <p class="empty">{t!(i18n, pt_no_backed)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list" data-testid="partner-backed">
                        {p.backed.into_iter().map(|b| view! {
                            <li>
                                <a href=format!("/ideas/{}", b.idea_id) lang=other_lang(&b.lang)>{b.idea_title}</a>
                                " · " {b.kind.label(i18n)} " · " {b.status.label(i18n)}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {invite}
    }
}

/// For the steering group: invite the organisation's contact to an account attached to it.
fn invite_form(
    i18n: crate::common::codes::I18n,
    id: OrganisationId,
    flash: Option<crate::common::FormFlash>,
) -> impl IntoView {
    let action = ServerAction::<InvitePartner>::new();
    let query = use_query_map();
    let invited = query.with_untracked(|q| q.get("invited").is_some());
    view! {
        <section class="panel" aria-labelledby="pt-invite">
            <h2 id="pt-invite">{t!(i18n, pt_invite)}</h2>
            <p class="hint">{t!(i18n, pt_invite_hint)}</p>
            {invited.then(|| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, pt_invite_sent)}</p></div>
            })}
            <ServerForm action id="invite_partner" flash class="stack">
                <input type="hidden" name="organisation_id" value=id />
                <Field name="name" label=move || t_string!(i18n, pt_invite_name) autocomplete="off" required=true />
                <Field name="email" kind="email" label=move || t_string!(i18n, pt_invite_email) autocomplete="off" required=true />
                <Submit label=move || t_string!(i18n, pt_invite_send) />
            </ServerForm>
        </section>
    }
}
