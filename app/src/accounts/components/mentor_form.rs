use crate::accounts::api::UpdateMentorProfile;
use crate::accounts::MentorDetails;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use leptos::prelude::*;

#[component]
pub fn MentorForm(
    user_id: i64,
    details: Option<MentorDetails>,
    flash: Option<FormFlash>,
    #[prop(into)] back: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdateMentorProfile>::new();
    let details = details.unwrap_or(MentorDetails {
        expertise: Vec::new(),
        capacity: 2,
    });
    let check = |m: &UpdateMentorProfile| crate::accounts::check_mentor(&m.expertise, &m.capacity);
    let scope = format!("m{user_id}");
    view! {
        <ServerForm action id="update_mentor_profile" flash check=check scope=scope>
            <input type="hidden" name="user_id" value=user_id />
            <input type="hidden" name="back" value=back />
            <Field name="expertise" label=move || t_string!(i18n, field_expertise) hint=move || t_string!(i18n, hint_skills) value=details.expertise.join(", ") maxlength=700 />
            <Field name="capacity" label=move || t_string!(i18n, field_capacity) hint=move || t_string!(i18n, hint_capacity) value=details.capacity.to_string() inputmode="numeric" required=true maxlength=2 />
            <Submit label=move || t_string!(i18n, save) />
        </ServerForm>
    }
}
