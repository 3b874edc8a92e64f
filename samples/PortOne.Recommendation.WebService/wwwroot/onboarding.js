// The onboarding plan of the answer (?onboarding=true): for each planned contract, PortOne's steps in the page's order,
// then the site requirements, as a checklist a person can tick and print. Loaded before app.js, which merges these
// texts into its own and calls renderOnboarding; every text goes in with textContent, every link through safeUrl.
"use strict";

const ONBOARDING_TEXTS = {
  ko: {
    askSells: "무엇을 파나요? (심사 전에 사이트에 갖출 것이 달라집니다)",
    askIndustry: "포트원 도움말이 위험 업종이나 입점불가 업종으로 안내하는 업종에 해당하나요?",
    noIndustry: "해당 없음",
    onboardingHeading: "신청 후 할 일 체크리스트",
    onboardingIntro: "계약마다 포트원 도움말이 안내하는 절차, 기다리는 기간, 서류와 심사를 순서대로 보여 드립니다. 줄마다 출처가 있고, 체크해 가며 인쇄할 수 있습니다.",
    print: "인쇄하기",
    newContract: "{0} 신규 계약",
    existingContract: "{0} 기존 계약에 추가",
    siteRequirements: "심사 전에 사이트에 갖출 것",
    source: "출처",
    details: "자세히",
  },
  en: {
    askSells: "What do you sell? (it decides what the site must show before the reviews)",
    askIndustry: "Is the business in one of the industries PortOne's help centre lists as high risk or not accepted?",
    noIndustry: "None of them",
    onboardingHeading: "After the answer: a checklist",
    onboardingIntro: "For each contract, the steps, waits, documents and reviews PortOne's help centre gives, in order. Every line has its source; tick them off and print the list.",
    print: "Print",
    newContract: "{0}, new contract",
    existingContract: "{0}, add to the existing contract",
    siteRequirements: "What the site must show before the reviews",
    source: "source",
    details: "details",
  },
};

document.getElementById("print").addEventListener("click", () => window.print());

function renderOnboarding(onboarding) {
  const container = $("onboardingPlan");
  container.replaceChildren();
  $("onboarding").hidden = !onboarding || onboarding.contracts.length === 0;
  if ($("onboarding").hidden) return;
  onboarding.contracts.forEach((contract, index) => {
    const provider = nameOf("paymentProvider", contract.provider);
    container.append(
      el("h4", format(t(contract.isExisting ? "existingContract" : "newContract"), provider)),
      checklist(contract.items, "c" + index));
  });
  container.append(el("h4", t("siteRequirements")), checklist(onboarding.siteRequirements, "site"));
}

function checklist(items, prefix) {
  const list = el("ul", null, { className: "checklist" });
  items.forEach((item, index) => {
    const id = "onboarding-" + prefix + "-" + index;
    const box = el("input", null, { type: "checkbox", id });
    const label = el("label", item.text, { htmlFor: id });
    const kind = el("span", nameOf("onboardingItemKind", item.kind), { className: "kind" });
    const sources = el("span", null, { className: "sources" });
    sources.append(pageLink(item.source, t("source")));
    if (item.link) sources.append(" · ", pageLink(item.link, t("details")));
    const li = el("li");
    li.append(box, kind, label, sources);
    list.append(li);
  });
  return list;
}

function pageLink(source, text) {
  const url = safeUrl(source.url);
  if (!url) return el("span", text);
  return el("a", text, { href: url, title: source.evidence, rel: "noopener noreferrer", target: "_blank" });
}
