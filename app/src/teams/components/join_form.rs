use crate::common::ids::RoleId;
use crate::common::ids::TeamId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::*;
use crate::ui::forms::{ServerForm, Submit, TextArea};
use leptos::prelude::*;

#[component]
pub(crate) fn JoinForm(
    team_id: TeamId,
    role_id: Option<RoleId>,
    flash: Option<FormFlash>,
    reload: Callback<String>,
    mentor: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestJoin>::new();
    let scope = format!(
        "join{}{}",
        role_id.map_or(0, |r| r.0),
        if mentor { "-mentor" } else { "" }
    );
    view! {
        <ServerForm action id="request_join" flash scope on_success=reload>
            <input type="hidden" name="team_id" value=team_id />
            {role_id.map(|r| view! { <input type="hidden" name="role_id" value=r /> })}
            {mentor.then(|| view! { <input type="hidden" name="as_mentor" value="on" /> })}
            <TextArea name="message" label=move || t_string!(i18n, join_message) maxlength=MESSAGE_MAX hint=move || t_string!(i18n, join_message_hint) />
            <Submit label=move || if mentor { t_string!(i18n, join_as_mentor) } else if role_id.is_some() { t_string!(i18n, role_answer) } else { t_string!(i18n, join_ask) } />
        </ServerForm>
    }
}
