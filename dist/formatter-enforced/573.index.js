export const id = 573;
export const ids = [573];
export const modules = {

/***/ 81573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_EVENTS: () => (/* binding */ PULL_EVENTS),
/* harmony export */   runReviewLatencyAction: () => (/* binding */ runReviewLatencyAction)
/* harmony export */ });
/* harmony import */ var _checks_review_latency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54918);
/* harmony import */ var _effects_actions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78081);
/* harmony import */ var _facts_github_octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36038);
/* harmony import */ var _facts_github_review_timelines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31486);
/* harmony import */ var _inputs_read_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63056);
/* harmony import */ var _inputs_review_latency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40058);
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27026);
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(87885);








/** Events about one PR; the others (schedule, workflow_dispatch) evaluate every open PR. */
const PULL_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'];
function runReviewLatencyAction(env) {
    return (0,_run_action_js__WEBPACK_IMPORTED_MODULE_7__/* .runAction */ .C)('review-latency', env, async (ctx) => {
        const { 'github-token': token } = (0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .parseInputs */ .TL)({ 'github-token': _inputs_review_latency_js__WEBPACK_IMPORTED_MODULE_5__/* .reviewLatencyInputs */ .U['github-token'] }, _inputs_read_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readActionInput */ .L);
        (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq)(token);
        const settings = (0,_inputs_review_latency_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReviewLatencySettings */ .h)(_inputs_read_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readActionInput */ .L);
        const octokit = (0,_facts_github_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Q)({ token, baseUrl: ctx.apiUrl, retryBaseMs: ctx.retryBaseMs, log: _effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP });
        const now = Date.now();
        if (PULL_EVENTS.includes(ctx.eventName)) {
            const number = ctx.payload.pull_request?.number;
            if (typeof number !== 'number')
                return (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm)(`review-latency: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
            return (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .writeVerdict */ .P1)((0,_checks_review_latency_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewLatencyForPull */ .vq)(await (0,_facts_github_review_timelines_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchPullTimeline */ .b6)(octokit, ctx.repo, number), settings, now), { env });
        }
        const open = await (0,_facts_github_review_timelines_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchOpenPullTimelines */ .aq)(octokit, ctx.repo);
        await (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .writeVerdict */ .P1)((0,_checks_review_latency_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewLatencyReport */ .X8)(open.pulls, settings, now, open.incomplete), { env });
    });
}


/***/ })

};
