use crate::accounts::api::UpdatePartnerProfile;
use crate::accounts::{OrgKind, Organisation};
use crate::common::sectors::Sector;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ui::forms::{kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use leptos::prelude::*;

#[component]
pub fn PartnerForm(
    user_id: i64,
    organisation: Option<Organisation>,
    flash: Option<FormFlash>,
    #[prop(into)] back: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdatePartnerProfile>::new();
    let form = "update_partner_profile";
    let sector = kept_value(flash.as_ref(), form, "org_sector")
        .or_else(|| organisation.as_ref().map(|o| o.sector.code().to_owned()))
        .unwrap_or_default();
    let kind = kept_value(flash.as_ref(), form, "org_kind")
        .or_else(|| organisation.as_ref().map(|o| o.kind.code().to_owned()))
        .unwrap_or_default();
    let org = organisation.clone();
    let stored = organisation.as_ref().map(|o| o.offers).unwrap_or_default();
    let offered = |name: &str, stored: bool| {
        kept_value(flash.as_ref(), form, name)
            .map(|v| v == "on")
            .unwrap_or(stored)
    };
    type Label = fn(crate::common::codes::I18n) -> &'static str;
    let offers: [(&str, bool, Label); 5] = [
        (
            "offers_venue",
            offered("offers_venue", stored.venue),
            |i18n| t_string!(i18n, offer_venue),
        ),
        (
            "offers_money",
            offered("offers_money", stored.money),
            |i18n| t_string!(i18n, offer_money),
        ),
        (
            "offers_materials",
            offered("offers_materials", stored.materials),
            |i18n| t_string!(i18n, offer_materials),
        ),
        (
            "offers_mentoring",
            offered("offers_mentoring", stored.mentoring),
            |i18n| t_string!(i18n, offer_mentoring),
        ),
        (
            "offers_expertise",
            offered("offers_expertise", stored.expertise),
            |i18n| t_string!(i18n, offer_expertise),
        ),
    ];
    let (contact_name, contact_email, contact_phone) = organisation
        .as_ref()
        .map(|o| o.contact.clone())
        .unwrap_or_default();
    let check = |p: &UpdatePartnerProfile| crate::accounts::check_organisation(&p.organisation);
    let scope = format!("p{user_id}");
    let scope_id = scope.clone();
    let sector_id = format!("f-{scope}-org_sector");
    let kind_id = format!("f-{scope}-org_kind");
    view! {
        <ServerForm action id=form flash check=check scope=scope>
            <input type="hidden" name="user_id" value=user_id />
            <input type="hidden" name="back" value=back />
            <Field name="org_name" label=move || t_string!(i18n, field_org_name) value=org.as_ref().map(|o| o.name.clone()).unwrap_or_default() required=true maxlength=120 />
            <div class="field">
                <label for=sector_id.clone()>{t!(i18n, field_org_sector)}</label>
                <select id=sector_id name="org_sector">
                    <option value="" selected=sector.is_empty()>{t!(i18n, choose)}</option>
                    {Sector::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=sector == s.code()>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="org_sector" />
            </div>
            <div class="field">
                <label for=kind_id.clone()>{t!(i18n, field_org_kind)}</label>
                <select id=kind_id name="org_kind">
                    <option value="" selected=kind.is_empty()>{t!(i18n, choose)}</option>
                    {OrgKind::ALL.into_iter().map(|k| view! {
                        <option value=k.code() selected=kind == k.code()>{move || k.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="org_kind" />
            </div>
            <Field name="org_website" kind="url" label=move || t_string!(i18n, field_org_website) value=org.as_ref().map(|o| o.website.clone()).unwrap_or_default() maxlength=200 />
            <TextArea name="org_description" label=move || t_string!(i18n, field_org_description) value=org.as_ref().map(|o| o.description.clone()).unwrap_or_default() maxlength=600 />
            <fieldset class="field checkbox-group">
                <legend>{t!(i18n, field_org_offers)}</legend>
                <p class="hint">{t!(i18n, field_org_offers_hint)}</p>
                {offers.into_iter().map(|(name, checked, label)| {
                    let id = format!("f-{scope_id}-{name}");
                    view! {
                        <div class="field-check">
                            <input type="checkbox" id=id.clone() name=name checked=checked />
                            <label for=id>{move || capitalised(label(i18n))}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset class="field">
                <legend>{t!(i18n, field_org_contact)}</legend>
                <p class="hint">{t!(i18n, field_org_contact_hint)}</p>
                <Field name="contact_name" label=move || t_string!(i18n, field_org_contact_name) value=contact_name maxlength=120 autocomplete="off" />
                <Field name="contact_email" kind="email" label=move || t_string!(i18n, field_org_contact_email) value=contact_email maxlength=200 autocomplete="off" />
                <Field name="contact_phone" kind="tel" label=move || t_string!(i18n, field_org_contact_phone) value=contact_phone maxlength=30 autocomplete="off" />
            </fieldset>
            <Submit label=move || t_string!(i18n, save) />
        </ServerForm>
    }
}

/// "erdvę" as a checkbox's label: "Erdvę".
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
