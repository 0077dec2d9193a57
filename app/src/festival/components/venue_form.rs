use crate::common::FormFlash;
use crate::festival::api::*;
use crate::festival::schedule::Consent;
use crate::i18n::*;
use crate::ui::forms::{kept_value, Field, FieldErrorFor, ServerForm, Submit};
use leptos::prelude::*;

#[component]
pub(crate) fn VenueForm(flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveVenue>::new();
    let consent_kept = kept_value(flash.as_ref(), "save_venue", "consent");
    view! {
        <ServerForm action id="save_venue" flash scope="venue">
            <Field name="name" label=move || t_string!(i18n, fest_venue_name) required=true maxlength=120usize />
            <Field name="address" label=move || t_string!(i18n, fest_venue_address) required=true maxlength=200usize />
            <div class="field-row">
                <Field name="lat" label=move || t_string!(i18n, fest_venue_lat) required=true inputmode="decimal" hint=move || t_string!(i18n, fest_venue_coords_hint) />
                <Field name="lon" label=move || t_string!(i18n, fest_venue_lon) required=true inputmode="decimal" />
                <Field name="capacity" kind="number" label=move || t_string!(i18n, fest_venue_capacity) required=true inputmode="numeric" />
            </div>
            <div class="field field-check">
                <input type="checkbox" id="f-venue-indoor" name="indoor" value="on" />
                <label for="f-venue-indoor">{t!(i18n, fest_indoor)}</label>
            </div>
            <Field name="accessibility" label=move || t_string!(i18n, fest_accessibility) maxlength=400usize />
            <div class="field">
                <label for="f-venue-consent">{t!(i18n, fest_venue_consent)}</label>
                <select id="f-venue-consent" name="consent">
                    {[Consent::Yes, Consent::Pending, Consent::No].into_iter().map(|c| view! {
                        <option value=c.code() selected=consent_kept.as_deref().unwrap_or("pending") == c.code()>{move || c.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="consent" />
            </div>
            <Submit label=move || t_string!(i18n, fest_add_venue) />
        </ServerForm>
    }
}
