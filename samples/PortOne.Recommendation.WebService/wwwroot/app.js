// The questionnaire: the questions of the console sample's --interactive mode, posted to /recommendations as the
// library's contract JSON, and the answer shown as tables with the rule behind each line. No build step.
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
    askExistingContracts: "포트원을 통해 이미 계약한 결제대행사가 있나요?",
    submit: "추천받기",
    working: "추천을 계산하는 중입니다…",
    done: "추천을 표로 보여 드립니다.",
    results: "추천 결과",
    entries: "추천 항목",
    plan: "계약 계획",
    advisories: "유의사항",
    benefits: "제휴혜택",
    service: "서비스",
    providers: "결제대행사",
    path: "신청 경로",
    steps: "콘솔 경로",
    reason: "이유",
    rule: "근거 규칙",
    provider: "결제대행사",
    services: "서비스",
    addOns: "추가 계약",
    existing: "기존 계약",
    yes: "예",
    no: "아니요",
    uncovered: "결제대행사를 정할 수 없는 서비스",
    code: "코드",
    message: "내용",
    none: "없음",
    error: "요청을 처리하지 못했습니다",
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
    askExistingContracts: "Which PGs do you already have a contract with through PortOne?",
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
  },
};

const state = { lang: "ko", names: {}, editions: [], lastResult: null };
const $ = (id) => document.getElementById(id);
const t = (key) => TEXTS[state.lang][key] ?? key;
const nameOf = (kind, value) => (state.names[kind] && state.names[kind][value]) || value;

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
  };
  if ($("overseasCards").checked) body.recurringOverseasCards = $("recurringOverseasCards").checked;
  if ($("easyPay").checked) body.easyPay = { brands: chosen("brands"), integration: $("integration").value };
  if ($("mobileMicropayment").checked) body.mobileMicropayment = { recurring: $("mobileRecurring").checked };
  if ($("recurringCard").checked) body.recurringCard = { issuance: $("issuance").value };
  if ($("identityVerification").checked) body.identityVerification = { purpose: $("purpose").value };
  if ($("apiVersion").value) body.apiVersion = $("apiVersion").value;
  return body;
}

async function recommend() {
  $("status").textContent = t("working");
  $("error").textContent = "";
  const query = new URLSearchParams({ lang: state.lang });
  if ($("edition").value) query.set("edition", $("edition").value);
  const response = await fetch("/recommendations?" + query, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(requirements()),
  });
  const body = await response.json();
  if (!response.ok) {
    const details = Object.entries(body.errors || {}).map(([path, messages]) => path + ": " + messages.join(" ")).join("; ");
    $("error").textContent = t("error") + ": " + (body.title || response.status) + (details ? " — " + details : "");
    $("status").textContent = "";
    return;
  }
  state.lastResult = body;
  render(body);
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
  $("results").hidden = false;
}

document.addEventListener("DOMContentLoaded", async () => {
  for (const id of ["easyPay", "mobileMicropayment", "recurringCard", "identityVerification", "overseasCards"]) $(id).addEventListener("change", toggles);
  $("language").addEventListener("change", (event) => applyLanguage(event.target.value));
  $("questionnaire").addEventListener("submit", (event) => {
    event.preventDefault();
    recommend().catch((error) => { $("error").textContent = t("error") + ": " + error.message; });
  });
  const preferred = (navigator.language || "ko").toLowerCase().startsWith("en") ? "en" : "ko";
  await applyLanguage(new URLSearchParams(location.search).get("lang") || preferred);
  document.body.dataset.ready = "true";
});
