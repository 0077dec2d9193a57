use crate::festival::api::*;
use crate::festival::schedule::Consent;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::forms::{ServerForm, Submit};
use leptos::prelude::*;

/// Records a venue owner's answer (the other fields travel unchanged).
#[component]
pub(crate) fn ConsentForm(v: VenueInfo) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveVenue>::new();
    let select_id = format!("consent-{}", v.id);
    view! {
        <ServerForm action id="save_venue" class="consent-form" scope=format!("v{}", v.id)>
            <input type="hidden" name="id" value=v.id />
            <input type="hidden" name="name" value=v.name.clone() />
            <input type="hidden" name="address" value=v.address.clone() />
            <input type="hidden" name="lat" value=v.lat.to_string() />
            <input type="hidden" name="lon" value=v.lon.to_string() />
            <input type="hidden" name="capacity" value=v.capacity />
            {v.indoor.then(|| view! { <input type="hidden" name="indoor" value="on" /> })}
            <input type="hidden" name="accessibility" value=v.accessibility.clone() />
            <label class="visually-hidden" for=select_id.clone()>{t!(i18n, fest_venue_consent)} " – " {v.name.clone()}</label>
            <select id=select_id name="consent">
                {[Consent::Yes, Consent::Pending, Consent::No].into_iter().map(|c| view! {
                    <option value=c.code() selected=v.consent == c>{move || c.label(i18n)}</option>
                }).collect_view()}
            </select>
            <Submit label=move || t_string!(i18n, fest_save) secondary=true />
        </ServerForm>
    }
}
