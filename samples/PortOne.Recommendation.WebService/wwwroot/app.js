// The questionnaire: the questions of the console sample's --interactive mode, posted to /recommendations as the
// library's contract JSON, and the answer shown as tables with the rule behind each line. On demand, per service, why the
// other PGs are not recommended (?explain=true, fetched only when asked), and a comparison with another package edition
// or API version (/recommendations/compare). No build step. Every text goes in with textContent, never as HTML.
"use strict";

const TEXTS = {
  ko: {
    title: "포트원 PG 추천",
    intro: "포트원 콘솔의 전자결제 신청 화면처럼 몇 가지를 묻습니다. 답하고 ‘추천받기’를 누르세요.",
    language: "언어",
    askPaymentMethods: "어떤 결제수단이 필요한가요?",
    askEasyPayBrands: "어떤 간편결제를 받을까요? (특별히 없으면 고르지 않습니다)",
    askEasyPayIntegration: "간편결제는 어떻게 연동하나요?",
    askMobileRecurring: "휴대폰 소액결제도 정기결제로 받나요?",
    askRecurringCard: "구독처럼 카드로 정기결제를 받나요(신용카드 정기결제)?",
    askBillingKeyIssuance: "빌링키는 어떻게 발급하나요?",
    askIdentityVerification: "결제와 별도로 본인인증이 필요한가요?",
    askVerificationPurpose: "본인인증은 어디에 쓰나요?",
    askOverseasCards: "해외에서 발급된 카드로도 결제를 받나요?",
    askRecurringOverseasCards: "해외카드로도 정기결제를 받나요(해외결제 정기결제)?",
    askBusinessRegisteredAbroad: "사업자가 해외에 등록되어 있나요(해외 사업자)?",
    conditions: "조건",
    askApiVersion: "포트원 API는 어느 버전으로 연동하나요?",
    eitherApiVersion: "정하지 않음 또는 상관없음(V1·V2 모두)",
    edition: "추천패키지 기준",
    engineDefault: "기본값",
    latest: "최신",
    askExistingContracts: "포트원을 통해 이미 계약한 결제대행사나 간편결제사가 있나요?",
    submit: "추천받기",
    working: "추천을 계산하는 중입니다…",
    done: "추천을 표로 보여 드립니다.",
    results: "추천 결과",
    entries: "추천 항목",
    plan: "계약 계획",
    advisories: "주의할 점",
    benefits: "제휴혜택",
    service: "서비스",
    providers: "신청할 곳",
    path: "신청 경로",
    steps: "콘솔 경로",
    reason: "이유",
    rule: "근거 규칙",
    provider: "계약할 곳",
    services: "서비스",
    addOns: "추가 계약",
    existing: "기존 계약",
    yes: "예",
    no: "아니요",
    uncovered: "신청할 곳을 정하지 못한 서비스",
    code: "코드",
    message: "내용",
    none: "없음",
    error: "요청을 처리하지 못했습니다",
    whyNotHeading: "결제대행사·간편결제사별 이유",
    whyNotIntro: "서비스마다 다른 결제대행사·간편결제사가 추천되지 않은 이유와 그 출처를 버튼을 누를 때 불러옵니다.",
    whyNot: "왜 다른 곳은 추천되지 않았나요?",
    loadingReasons: "이유를 불러오는 중입니다…",
    reasonsShown: "이유를 보여 드립니다.",
    plannedFrom: "계약 계획에서 이 서비스를 받을 곳: {0}",
    namedNotPlanned: "추천 항목에는 있지만 계약 계획에 넣지 않은 곳",
    notNamed: "추천되지 않은 곳",
    lacksCapability: "포트원 문서에 이 서비스가 나와 있지 않은 곳({0}곳)",
    lacksCapabilityDetails: "곳마다 이유와 출처 보기",
    sources: "출처",
    notExplained: "이 서비스에 대한 설명이 없습니다.",
    compareHeading: "다른 기준과 비교",
    compareIntro: "추천패키지 기준이나 포트원 API 버전이 다르면 추천이 어떻게 달라지는지 봅니다.",
    compareEdition: "비교할 추천패키지 기준",
    compareApiVersion: "비교할 포트원 API 버전",
    compare: "비교하기",
    comparing: "비교하는 중입니다…",
    compared: "비교 결과를 보여 드립니다.",
    comparisonResult: "비교 결과",
    noChange: "변경 없음",
    otherChanges: "계약 계획과 그 밖의 변경",
    ...ONBOARDING_TEXTS.ko,
  },
  en: {
    title: "PortOne PG recommendation",
    intro: "A few questions, like PortOne console's e-payment application. Answer them and press “Recommend”.",
    language: "Language",
    askPaymentMethods: "Which payment methods do you need?",
    askEasyPayBrands: "Which easy-pay brands do you want? (no preference: choose none)",
    askEasyPayIntegration: "How is easy pay integrated?",
    askMobileRecurring: "Are the mobile micropayments recurring too?",
    askRecurringCard: "Do you charge cards repeatedly, as for subscriptions (recurring card payment)?",
    askBillingKeyIssuance: "How is the billing key issued?",
    askIdentityVerification: "Do you need identity verification, apart from payments?",
    askVerificationPurpose: "What is the identity verification for?",
    askOverseasCards: "Do you accept cards issued abroad?",
    askRecurringOverseasCards: "Do you charge cards issued abroad repeatedly too (recurring overseas payments)?",
    askBusinessRegisteredAbroad: "Is the business registered outside Korea?",
    conditions: "Conditions",
    askApiVersion: "Which PortOne API version do you integrate with?",
    eitherApiVersion: "Not decided, or either (V1 and V2)",
    edition: "Package edition",
    engineDefault: "default",
    latest: "latest",
    askExistingContracts: "Which PGs or easy-pay companies do you already have a contract with through PortOne?",
    submit: "Recommend",
    working: "Working out the recommendation…",
    done: "The recommendation is shown in the tables below.",
    results: "Recommendation",
    entries: "Entries",
    plan: "Contract plan",
    advisories: "Advisories",
    benefits: "Partner benefits",
    service: "Service",
    providers: "PGs",
    path: "Path",
    steps: "Console path",
    reason: "Reason",
    rule: "Rule",
    provider: "PG",
    services: "Services",
    addOns: "Add-ons",
    existing: "Existing contract",
    yes: "yes",
    no: "no",
    uncovered: "Services no PG can be named for",
    code: "Code",
    message: "Message",
    none: "none",
    error: "The request could not be handled",
    whyNotHeading: "Why these PGs",
    whyNotIntro: "For each service, the reasons why other PGs are not recommended, with their sources, are fetched when you press the button.",
    whyNot: "Why not others?",
    loadingReasons: "Fetching the reasons…",
    reasonsShown: "The reasons are shown.",
    plannedFrom: "The contract plan takes this service from: {0}",
    namedNotPlanned: "Recommended, but not chosen by the contract plan",
    notNamed: "Not recommended",
    lacksCapability: "PortOne's documentation does not list this service at these providers ({0})",
    lacksCapabilityDetails: "Reasons and sources for each provider",
    sources: "Sources",
    notExplained: "There is no explanation for this service.",
    compareHeading: "Compare with other conditions",
    compareIntro: "See how the recommendation changes under another package edition or PortOne API version.",
    compareEdition: "Package edition to compare with",
    compareApiVersion: "PortOne API version to compare with",
    compare: "Compare",
    comparing: "Comparing…",
    compared: "The comparison is shown.",
    comparisonResult: "Comparison",
    noChange: "No change",
    otherChanges: "Contract plan and other changes",
    ...ONBOARDING_TEXTS.en,
  },
};

// lastRequest: what the shown answer was asked with (the explanation and the comparison use it, not the form, which may
// have changed since); explanation: the pending or fetched explanation of that answer.
const state = { lang: "ko", names: {}, editions: [], lastResult: null, lastRequest: null, explanation: null };
const $ = (id) => document.getElementById(id);
const t = (key) => TEXTS[state.lang][key] ?? key;
const format = (text, ...values) => text.replace(/\{(\d+)\}/g, (_, index) => values[Number(index)]);
const nameOf = (kind, value) => (state.names[kind] && state.names[kind][value]) || value;
const EITHER_API_VERSION = "either";

function el(tag, text, properties) {
  const element = document.createElement(tag);
  if (text !== undefined && text !== null) element.textContent = text;
  if (properties) Object.assign(element, properties);
  return element;
}

function problemMessage(body, status) {
  const details = Object.entries((body && body.errors) || {}).map(([path, messages]) => path + ": " + messages.join(" ")).join("; ");
  return ((body && body.title) || String(status)) + (details ? " — " + details : "");
}

async function postJson(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(problemMessage(answer, response.status));
  return answer;
}

function showError(error) {
  $("error").textContent = t("error") + ": " + error.message;
  $("status").textContent = "";
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(url + ": " + response.status);
  return response.json();
}

function checkboxes(containerId, kind, prefix) {
  const container = $(containerId);
  const checked = new Set([...container.querySelectorAll("input:checked")].map((i) => i.value));
  container.replaceChildren();
  for (const [value, label] of Object.entries(state.names[kind] || {})) {
    const div = document.createElement("div");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.id = prefix + "-" + value;
    input.value = value;
    input.checked = checked.has(value);
    const text = document.createElement("label");
    text.htmlFor = input.id;
    text.textContent = label;
    div.append(input, text);
    container.append(div);
  }
}

function options(selectId, entries) {
  const select = $(selectId);
  const current = select.value;
  select.replaceChildren(...entries.map(([value, label]) => new Option(label, value)));
  if (entries.some(([value]) => value === current)) select.value = current;
}

async function applyLanguage(lang) {
  state.lang = lang;
  document.documentElement.lang = lang;
  $("language").value = lang;
  [state.names, state.editions] = await Promise.all([
    getJson("/display-names?lang=" + lang),
    getJson("/editions?lang=" + lang),
  ]);
  document.title = t("title");
  for (const element of document.querySelectorAll("[data-text]")) element.textContent = t(element.dataset.text);
  for (const element of document.querySelectorAll("[data-service]")) element.textContent = nameOf("paymentService", element.dataset.service);
  checkboxes("brands", "easyPayBrand", "brand");
  checkboxes("existingContracts", "paymentProvider", "existing");
  checkboxes("sells", "merchantOffering", "sells");
  options("industry", [["", t("noIndustry")], ...Object.entries(state.names.merchantIndustry)]);
  options("integration", Object.entries(state.names.easyPayIntegration));
  options("issuance", Object.entries(state.names.billingKeyIssuance));
  options("purpose", Object.entries(state.names.verificationPurpose));
  options("apiVersion", [["", t("eitherApiVersion")], ...Object.entries(state.names.portOneApiVersion)]);
  options("edition", [
    ["", t("engineDefault")],
    ["latest", t("latest")],
    ...state.editions.map((e) => [e.name, e.displayName + (e.isLatest ? " (" + t("latest") + ")" : "")]),
  ]);
  if (state.lastResult) await recommend();
}

function toggles() {
  $("easyPayDetails").hidden = !$("easyPay").checked;
  $("mobileDetails").hidden = !$("mobileMicropayment").checked;
  $("issuanceRow").hidden = !$("recurringCard").checked;
  $("purposeRow").hidden = !$("identityVerification").checked;
  $("overseasDetails").hidden = !$("overseasCards").checked;
}

function requirements() {
  const chosen = (id) => [...$(id).querySelectorAll("input:checked")].map((i) => i.value);
  const body = {
    cardPayment: $("cardPayment").checked,
    bankTransfer: $("bankTransfer").checked,
    virtualAccount: $("virtualAccount").checked,
    overseasCards: $("overseasCards").checked,
    businessRegisteredAbroad: $("businessRegisteredAbroad").checked,
    existingContracts: chosen("existingContracts"),
    sells: chosen("sells"),
  };
  if ($("industry").value) body.industry = $("industry").value;
  if ($("overseasCards").checked) body.recurringOverseasCards = $("recurringOverseasCards").checked;
  if ($("easyPay").checked) body.easyPay = { brands: chosen("brands"), integration: $("integration").value };
  if ($("mobileMicropayment").checked) body.mobileMicropayment = { recurring: $("mobileRecurring").checked };
  if ($("recurringCard").checked) body.recurringCard = { issuance: $("issuance").value };
  if ($("identityVerification").checked) body.identityVerification = { purpose: $("purpose").value };
  if ($("apiVersion").value) body.apiVersion = $("apiVersion").value;
  return body;
}

// The answer itself never asks for the explanation: that costs more, and only the "why not" buttons need it.
async function recommend() {
  $("status").textContent = t("working");
  $("error").textContent = "";
  const request = { edition: $("edition").value, body: requirements() };
  const query = new URLSearchParams({ lang: state.lang, onboarding: "true" });
  if (request.edition) query.set("edition", request.edition);
  const result = await postJson("/recommendations?" + query, request.body);
  state.lastResult = result;
  state.lastRequest = request;
  state.explanation = null;
  render(result);
  $("status").textContent = t("done");
}

function table(caption, headers, rows) {
  const element = document.createElement("table");
  element.createCaption().textContent = caption;
  const head = element.createTHead().insertRow();
  for (const header of headers) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = header;
    head.append(th);
  }
  const body = element.createTBody();
  if (rows.length === 0) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = headers.length;
    cell.textContent = t("none");
  }
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((value, index) => {
      const cell = tr.insertCell();
      cell.textContent = value;
      if (index === row.length - 1) cell.className = "rule";
    });
  }
  return element;
}

// Advisories carry no rule name: the rule is "Advisory.<Code>" when it fired, else the rule of the entry for the same
// service (an entry's rule that also raises the advisory, such as hub-type easy pay).
function advisoryRule(result, advisory) {
  const code = advisory.code.charAt(0).toUpperCase() + advisory.code.slice(1);
  const own = result.firedRules.find((r) => r === "Advisory." + code || r.startsWith("Advisory." + code));
  if (own) return own;
  const entry = result.recommendations.find((e) => advisory.service && e.service === advisory.service && e.path === "directSelection")
    || result.recommendations.find((e) => advisory.service && e.service === advisory.service);
  return entry ? entry.ruleName : result.firedRules.find((r) => r.startsWith("Advisory.")) || "";
}

function render(result) {
  const planRule = result.firedRules.find((r) => r.startsWith("ContractPlan.")) || "";
  const benefitRule = result.firedRules.find((r) => r.startsWith("Benefits.")) || "";
  const entries = result.recommendations.map((e) => [
    nameOf("paymentService", e.service),
    e.providers.map((p) => nameOf("paymentProvider", p)).join(", "),
    nameOf("applicationPath", e.path),
    e.steps.join(" > "),
    e.reason,
    e.ruleName,
  ]);
  const contracts = result.contractPlan.contracts.map((c) => [
    nameOf("paymentProvider", c.provider),
    c.services.map((s) => nameOf("paymentService", s)).join(", "),
    c.addOns.map((a) => nameOf("contractAddOn", a)).join(", "),
    c.isExisting ? t("yes") : t("no"),
    planRule,
  ]);
  if (result.contractPlan.uncoveredServices.length > 0) {
    contracts.push([t("uncovered"), result.contractPlan.uncoveredServices.map((s) => nameOf("paymentService", s)).join(", "), "", "", planRule]);
  }
  const advisories = result.advisories.map((a) => [
    a.service ? nameOf("paymentService", a.service) : "",
    a.message,
    advisoryRule(result, a),
  ]);
  const benefits = result.benefits.map((b) => [nameOf("benefitCode", b.code), b.message, benefitRule]);
  $("tables").replaceChildren(
    table(t("entries"), [t("service"), t("providers"), t("path"), t("steps"), t("reason"), t("rule")], entries),
    table(t("plan"), [t("provider"), t("services"), t("addOns"), t("existing"), t("rule")], contracts),
    table(t("advisories"), [t("service"), t("message"), t("rule")], advisories),
    table(t("benefits"), [t("code"), t("message"), t("rule")], benefits),
  );
  renderWhyNot(result);
  renderCompareForm(result);
  renderOnboarding(result.onboarding);
  $("results").hidden = false;
}

// ---- Why not others: per service, fetched on the first press of its button (one request serves every service).

function requestedServices(result) {
  const requested = new Set([...result.recommendations.map((e) => e.service), ...result.contractPlan.uncoveredServices]);
  const known = Object.keys(state.names.paymentService || {});
  return [...known.filter((s) => requested.has(s)), ...[...requested].filter((s) => !known.includes(s))];
}

function renderWhyNot(result) {
  const services = requestedServices(result);
  $("whyNotServices").replaceChildren(...services.map(whyNotBlock));
  $("whyNot").hidden = services.length === 0;
}

function whyNotBlock(service) {
  const id = String(service).replace(/[^A-Za-z0-9-]/g, "-");
  const section = el("section", null, { className: "why-not" });
  const heading = el("h4", nameOf("paymentService", service), { id: "why-heading-" + id });
  section.setAttribute("aria-labelledby", heading.id);
  const button = el("button", t("whyNot"), { type: "button" });
  const panel = el("div", null, { id: "why-panel-" + id, className: "why-panel", hidden: true });
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", panel.id);
  button.addEventListener("click", () => toggleWhyNot(service, button, panel).catch(showError));
  section.append(heading, button, panel);
  return section;
}

async function toggleWhyNot(service, button, panel) {
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  panel.hidden = !open;
  if (!open || panel.dataset.loaded === "true") return;
  $("error").textContent = "";
  panel.setAttribute("aria-busy", "true");
  panel.replaceChildren(el("p", t("loadingReasons")));
  try {
    const explanation = await explain();
    panel.replaceChildren(...explanationNodes(service, explanation));
    panel.dataset.loaded = "true";
    $("status").textContent = t("reasonsShown");
  } catch (error) {
    panel.replaceChildren();
    button.setAttribute("aria-expanded", "false");
    panel.hidden = true;
    throw error;
  } finally {
    panel.removeAttribute("aria-busy");
  }
}

function explain() {
  if (!state.explanation) {
    const request = state.lastRequest;
    const query = new URLSearchParams({ lang: state.lang, explain: "true" });
    if (request.edition) query.set("edition", request.edition);
    const pending = postJson("/recommendations?" + query, request.body).then((result) => result.explanation);
    pending.catch(() => { if (state.explanation === pending) state.explanation = null; });
    state.explanation = pending;
  }
  return state.explanation;
}

function explanationNodes(service, explanation) {
  const entry = explanation && explanation.services.find((s) => s.service === service);
  if (!entry) return [el("p", t("notExplained"))];
  const providerName = (p) => nameOf("paymentProvider", p.provider);
  const nodes = [];
  const planned = entry.providers.filter((p) => p.standing === "planned");
  if (planned.length > 0) nodes.push(el("p", format(t("plannedFrom"), planned.map(providerName).join(", "))));

  const named = entry.providers.filter((p) => p.standing === "named");
  if (named.length > 0) nodes.push(el("h5", t("namedNotPlanned")), list(named.map(providerItem)));

  // Most providers are out only because the documentation shows no such service: one line of names, details folded.
  const notNamed = entry.providers.filter((p) => p.standing === "notNamed");
  const lacking = notNamed.filter((p) => p.reasons.length > 0 && p.reasons.every((r) => r.code === "lacksCapability"));
  const others = notNamed.filter((p) => !lacking.includes(p));
  if (others.length > 0) nodes.push(el("h5", t("notNamed")), list(others.map(providerItem)));
  if (lacking.length > 0) {
    const details = el("details");
    details.append(el("summary", t("lacksCapabilityDetails")), list(lacking.map(providerItem)));
    nodes.push(
      el("h5", format(t("lacksCapability"), lacking.length)),
      el("p", lacking.map(providerName).join(", "), { className: "compact" }),
      details);
  }
  return nodes;
}

function list(items) {
  const ul = el("ul");
  ul.append(...items);
  return ul;
}

function providerItem(provider) {
  const item = el("li");
  item.append(el("strong", nameOf("paymentProvider", provider.provider)));
  if (provider.reasons.length === 0) {
    item.append(" — " + t("none"));
    return item;
  }
  item.append(list(provider.reasons.map((reason) => {
    const line = el("li", reason.text);
    if (reason.sources.length > 0) line.append(" ", sourcesNode(reason.sources));
    line.append(" ", el("code", reason.ruleName, { className: "rule" }));
    return line;
  })));
  return item;
}

function sourcesNode(sources) {
  const span = el("span", t("sources") + ": ", { className: "sources" });
  sources.forEach((source, index) => {
    if (index > 0) span.append(", ");
    const url = safeUrl(source.url);
    const label = source.key || (url ? new URL(url).hostname : source.url);
    span.append(url ? el("a", label, { href: url, rel: "noopener noreferrer" }) : el("span", label));
  });
  return span;
}

// Only web pages become links; anything else is shown as text.
function safeUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

// ---- Comparison with another edition or API version of the same answer.

function apiVersionName(value) {
  return !value || value === EITHER_API_VERSION ? t("eitherApiVersion") : nameOf("portOneApiVersion", value);
}

function renderCompareForm(result) {
  options("compareEdition", state.editions.map((e) => [e.name, e.displayName + (e.isLatest ? " (" + t("latest") + ")" : "")]));
  const latest = state.editions.find((e) => e.isLatest);
  $("compareEdition").value = latest && latest.name !== result.edition ? latest.name : result.edition;
  options("compareApiVersion", [[EITHER_API_VERSION, t("eitherApiVersion")], ...Object.entries(state.names.portOneApiVersion)]);
  $("compareApiVersion").value = state.lastRequest.body.apiVersion || EITHER_API_VERSION;
  $("compareResult").replaceChildren();
}

async function compare() {
  const request = state.lastRequest;
  if (!request) return;
  $("status").textContent = t("comparing");
  $("error").textContent = "";
  const after = { edition: $("compareEdition").value, apiVersion: $("compareApiVersion").value };
  const query = new URLSearchParams({ lang: state.lang, compareEdition: after.edition, compareApiVersion: after.apiVersion });
  if (request.edition) query.set("edition", request.edition);
  const comparison = await postJson("/recommendations/compare?" + query, request.body);
  renderComparison(comparison, request.body.apiVersion, after.apiVersion);
  $("status").textContent = t("compared");
}

function renderComparison(comparison, beforeApiVersion, afterApiVersion) {
  const side = (result, apiVersion) => nameOf("packageEdition", result.edition) + " · " + apiVersionName(apiVersion);
  const nodes = [
    el("h4", t("comparisonResult")),
    el("p", side(comparison.before, beforeApiVersion) + " → " + side(comparison.after, afterApiVersion), { className: "compared" }),
  ];
  if (comparison.changes.length === 0) {
    nodes.push(el("p", t("noChange"), { className: "no-change" }));
  }
  // Grouped by service in the order given (the library sorts by service); changes about no service come last.
  const groups = new Map();
  for (const change of comparison.changes) {
    const key = change.service || "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(change);
  }
  const keys = [...groups.keys()].filter((k) => k !== "").concat(groups.has("") ? [""] : []);
  for (const key of keys) {
    nodes.push(
      el("h5", key ? nameOf("paymentService", key) : t("otherChanges")),
      list(groups.get(key).map((change) => el("li", change.text))));
  }
  $("compareResult").replaceChildren(...nodes);
}

document.addEventListener("DOMContentLoaded", async () => {
  for (const id of ["easyPay", "mobileMicropayment", "recurringCard", "identityVerification", "overseasCards"]) $(id).addEventListener("change", toggles);
  $("language").addEventListener("change", (event) => applyLanguage(event.target.value));
  $("questionnaire").addEventListener("submit", (event) => {
    event.preventDefault();
    recommend().catch(showError);
  });
  $("compareForm").addEventListener("submit", (event) => {
    event.preventDefault();
    compare().catch(showError);
  });
  const preferred = (navigator.language || "ko").toLowerCase().startsWith("en") ? "en" : "ko";
  await applyLanguage(new URLSearchParams(location.search).get("lang") || preferred);
  document.body.dataset.ready = "true";
});
