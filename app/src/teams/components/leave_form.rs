use crate::common::ids::TeamId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::*;
use crate::ui::forms::{ServerForm, Submit};
use crate::ui::navigate::go_to_result;
use leptos::prelude::*;

#[component]
pub(crate) fn LeaveForm(team_id: TeamId, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<LeaveTeam>::new();
    view! {
        <details class="leave-team">
            <summary>{t!(i18n, team_leave)}</summary>
            <ServerForm action id="leave_team" flash on_success=go_to_result() scope="leave">
                <input type="hidden" name="team_id" value=team_id />
                <p>{t!(i18n, team_leave_confirm)}</p>
                <Submit label=move || t_string!(i18n, team_leave) secondary=true />
            </ServerForm>
        </details>
    }
}
