use crate::common::ids::RequestId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::*;
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

#[component]
pub(crate) fn AnswerButtons(
    request_id: RequestId,
    reload: Callback<String>,
    flash: Option<FormFlash>,
    /// Whose request it is, for screen readers (the buttons repeat down the list).
    #[prop(optional, into)]
    who: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let accept = ServerAction::<AnswerRequest>::new();
    let who_accept = who.clone();
    let decline = ServerAction::<AnswerRequest>::new();
    view! {
        <div class="button-row">
            <ServerForm action=accept id="answer_request" class="inline-form" on_success=reload scope=format!("accept{request_id}") flash=flash.clone()>
                <input type="hidden" name="request_id" value=request_id />
                <input type="hidden" name="accept" value="true" />
                <button type="submit" class="button" data-testid="accept">{t!(i18n, team_accept)} <span class="visually-hidden">{who_accept}</span></button>
            </ServerForm>
            <ServerForm action=decline id="answer_request" class="inline-form" on_success=reload scope=format!("decline{request_id}")>
                <input type="hidden" name="request_id" value=request_id />
                <input type="hidden" name="accept" value="false" />
                <button type="submit" class="button button-secondary">{t!(i18n, team_decline)} <span class="visually-hidden">{who}</span></button>
            </ServerForm>
        </div>
    }
}
