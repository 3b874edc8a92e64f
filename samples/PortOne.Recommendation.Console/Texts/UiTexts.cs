namespace PortOne.Recommendation.ConsoleSample.Texts;

/// <summary>
/// Every text the sample itself writes, in Korean and English: report headings, messages and the questionnaire.
/// The names of the library's values (services, providers, brands ...) come from <see cref="DisplayNames"/>, and the
/// titles of the built-in scenarios live with the scenarios.
/// </summary>
internal static class UiTexts
{
    // The report.
    public static readonly UiText ReportTitle = new("포트원 전자결제 신청 안내: {0}", "PortOne e-payment application guide: {0}");
    public static readonly UiText RecommendationsHeading = new("신청할 서비스", "Services to apply for");
    public static readonly UiText ServiceColumn = new("서비스", "Service");
    public static readonly UiText ProvidersColumn = new("신청할 곳", "Providers");
    public static readonly UiText HowToApplyColumn = new("신청 방법", "How to apply");
    public static readonly UiText ReasonColumn = new("이유", "Reason");
    public static readonly UiText ProvidersCandidates = new("신청할 수 있는 곳: {0}", "Available: {0}");
    public static readonly UiText ProvidersChosenInConsole = new(
        "포트원 문서에 나와 있지 않음, 포트원 고객지원팀에 문의",
        "None in PortOne's documentation; ask PortOne's support team");
    public static readonly UiText ContractPlanHeading = new("계약 계획", "Contract plan");
    public static readonly UiText PlanProviderColumn = new("계약할 곳", "Provider");
    public static readonly UiText PlanServicesColumn = new("이용할 서비스", "Services");
    public static readonly UiText PlanAddOnsColumn = new("함께 필요한 것", "Add-ons");
    public static readonly UiText PlanContractColumn = new("계약", "Contract");
    public static readonly UiText ContractExisting = new("기존 계약에 추가", "Add to your existing contract");
    public static readonly UiText ContractNew = new("새 계약", "New contract");
    public static readonly UiText ContractInPackage = new("{0}(추천패키지에 있는 곳)", "{0} (in the package)");
    public static readonly UiText PlanContractCount = new(
        "새 계약 {0}건, 기존 계약 활용 {1}건.",
        "New contracts: {0}; existing contracts used: {1}.");
    public static readonly UiText PlanUncoveredServices = new(
        "포트원 문서만으로는 신청할 곳을 정하지 못한 서비스: {0}. 아래 주의할 점을 확인해 주세요.",
        "Services for which PortOne's documentation alone does not settle where to apply, in whole or in part: {0}. See the advisories below.");
    public static readonly UiText AdvisoriesHeading = new("주의할 점", "Advisories");
    public static readonly UiText BenefitsHeading = new("제휴혜택", "Partner benefits");
    public static readonly UiText NothingListed = new("없음", "None");
    public static readonly UiText StepSeparator = new(" > ", " > ");

    // The lines under the report's title.
    public static readonly UiText EditionDetail = new("기준: {0}, 결제대행사·간편결제사 정보 버전 {1}", "Based on: the {0}, provider catalog version {1}");
    public static readonly UiText LatestEdition = new("{0}(최신)", "{0} (the latest)");
    public static readonly UiText ApiVersionDetail = new("연동 API: {0}", "API version: {0}");
    public static readonly UiText ExistingContractsDetail = new("이미 계약하신 곳: {0}", "Existing contracts: {0}");

    // --why: why each provider is or is not recommended.
    public static readonly UiText WhyTitle = new("결제대행사·간편결제사별 추천 이유: {0}", "Why each provider is or is not recommended: {0}");
    public static readonly UiText WhyProviderColumn = new("결제대행사·간편결제사", "Provider");
    public static readonly UiText WhyStandingColumn = new("추천 여부", "Standing");
    public static readonly UiText WhyReasonsColumn = new("이유", "Why");
    public static readonly UiText StandingPlanned = new("추천({0}), 계약 계획에서 선택", "Recommended ({0}); chosen in the contract plan");
    public static readonly UiText StandingNamed = new("추천({0}), 대신 고를 수도 있는 곳", "Recommended ({0}); you may choose it instead");
    public static readonly UiText StandingNotNamed = new("추천하지 않음", "Not recommended");
    public static readonly UiText StandingNotApplicable = new("해당 없음", "Not applicable");
    public static readonly UiText TheseProviders = new("왼쪽 회사들", "the providers on the left");
    public static readonly UiText NoReasonGiven = new("—", "—");
    public static readonly UiText PlannedForTheEntryReasons = new(
        "표 아래 추천 이유대로 계약 계획에 넣은 곳입니다.",
        "In the contract plan, for the reasons under the table.");
    public static readonly UiText EntryReasonNote = new("{0}: {1}", "{0}: {1}");
    public static readonly UiText SourceMarks = new("[{0}]", "[{0}]");
    public static readonly UiText SourcesHeading = new("출처", "Sources");
    public static readonly UiText OnboardingNewHeading = new("신청 후 할 일: {0} 신규 계약", "After the answer: {0}, new contract");
    public static readonly UiText OnboardingExistingHeading = new("신청 후 할 일: {0} 기존 계약에 추가", "After the answer: {0}, add to the existing contract");
    public static readonly UiText OnboardingSiteHeading = new("심사 전에 사이트에 갖출 것", "What the site must show before the reviews");
    public static readonly UiText OnboardingSourcesHeading = new("신청 후 할 일의 출처", "Pages behind the onboarding plan");
    public static readonly UiText OnboardingLine = new("{0}: {1} [{2}]", "{0}: {1} [{2}]");
    public static readonly UiText NoServiceRequested = new("요청하신 서비스가 없습니다.", "No service was requested.");
    public static readonly UiText WhyServiceNotRequested = new(
        "--why {0}: 요구사항에 {1} 서비스가 없습니다. 요청하신 서비스: {2}",
        "--why {0}: the requirements do not ask for {1}. Requested services: {2}");

    // --compare-edition and --compare-api: what changes.
    public static readonly UiText ComparisonTitle = new("달라지는 점: {0}", "What changes: {0}");
    public static readonly UiText ComparedEditions = new("비교: {0} → {1}", "Compared: the {0} → the {1}");
    public static readonly UiText ComparedApiVersions = new("비교: 연동 API {0} → {1}", "Compared API versions: {0} → {1}");
    public static readonly UiText EitherApiVersionShort = new("정하지 않음(V1·V2 모두)", "either (V1 or V2)");
    public static readonly UiText CatalogDetail = new("결제대행사·간편결제사 정보 버전 {0}", "Provider catalog version {0}");
    public static readonly UiText ChangesHeading = new("달라지는 점", "Changes");
    public static readonly UiText NoChange = new("달라지는 점이 없습니다.", "No change.");
    public static readonly UiText OtherChangesHeading = new("그 밖에 달라지는 점", "Other changes");

    // Where the requirements came from (the report's title).
    public static readonly UiText SourceInputFile = new("입력 파일 {0}", "input file {0}");
    public static readonly UiText SourceStandardInput = new("표준 입력", "standard input");
    public static readonly UiText SubjectStandardInput = new("입력하신 조건", "your requirements");
    public static readonly UiText SourceQuestionnaire = new("질문지 답변", "questionnaire answers");

    // --list-scenarios.
    public static readonly UiText ScenariosTitle = new("기본 제공 시나리오", "Built-in scenarios");
    public static readonly UiText ScenariosHeading = new("--scenario 이름으로 실행합니다", "Run one with --scenario NAME");
    public static readonly UiText ScenarioNameColumn = new("이름", "Name");
    public static readonly UiText ScenarioTitleColumn = new("시나리오", "Scenario");
    public static readonly UiText ScenarioDescriptionColumn = new("설명", "Description");
    public static readonly UiText DefaultScenarioMark = new("{0} (기본)", "{0} (default)");
    public static readonly UiText ScenarioEditionNote = new("{0} ({1} 기준)", "{0} (on the {1})");

    // Errors. Each is one line on standard error, after ErrorPrefix.
    public static readonly UiText ErrorPrefix = new("오류: ", "error: ");
    public static readonly UiText InputFileNotFound = new("입력 파일을 찾을 수 없습니다: {0}", "the input file was not found: {0}");
    public static readonly UiText InputNotReadable = new("입력 파일을 읽을 수 없습니다: {0} ({1})", "the input file cannot be read: {0} ({1})");
    public static readonly UiText InputTooLarge = new(
        "{0}: 입력이 {1}바이트(1 MiB)를 넘어 읽지 않았습니다.",
        "{0}: the input is larger than {1} bytes (1 MiB) and was refused.");
    public static readonly UiText InputEmpty = new(
        "{0}: 입력이 비어 있습니다. MerchantRequirements JSON 객체가 필요합니다.",
        "{0}: the input is empty; a MerchantRequirements JSON object is expected.");
    public static readonly UiText MalformedJson = new(
        "{0}: {1}: JSON 형식이 잘못되었습니다({2}행 {3}열). {4}",
        "{0}: {1}: malformed JSON (line {2}, column {3}). {4}");
    public static readonly UiText UnknownProperty = new(
        "{0}: {1}: 알 수 없는 속성 \"{2}\"입니다. 이 위치에 쓸 수 있는 속성: {3}",
        "{0}: {1}: unknown property \"{2}\". Properties allowed here: {3}");
    public static readonly UiText DuplicateProperty = new(
        "{0}: {1}: 같은 속성이 두 번 이상 나옵니다.",
        "{0}: {1}: the property appears more than once.");
    public static readonly UiText WrongType = new(
        "{0}: {1}: 값의 형식이 맞지 않습니다(필요: {2}, 입력: {3}).",
        "{0}: {1}: wrong type: expected {2}, found {3}.");
    public static readonly UiText BadEnumValue = new(
        "{0}: {1}: 쓸 수 없는 값 \"{2}\"입니다. 쓸 수 있는 값: {3}",
        "{0}: {1}: \"{2}\" is not an allowed value. Allowed values: {3}");
    public static readonly UiText UnreadableValue = new("{0}: {1}: 값을 읽을 수 없습니다. {2}", "{0}: {1}: the value cannot be read. {2}");
    public static readonly UiText RequirementsInvalid = new(
        "{0}: 요구사항이 올바르지 않습니다. {1}",
        "{0}: the requirements are not valid. {1}");
    public static readonly UiText OutputPathEmpty = new("--output에 파일 경로가 없습니다.", "--output names no file.");
    public static readonly UiText AnswerTooLong = new(
        "\"{0}\"에 대한 답이 {1}자를 넘습니다.",
        "the answer to \"{0}\" is longer than {1} characters.");
    public static readonly UiText StandardOutputNotWritable = new(
        "표준 출력에 쓸 수 없습니다(닫혀 있거나 쓸 수 없는 곳입니다). {0}",
        "standard output cannot be written (it is closed or not writable). {0}");
    public static readonly UiText OutputNotWritable = new("출력 파일을 쓸 수 없습니다: {0} ({1})", "the output file cannot be written: {0} ({1})");
    public static readonly UiText UnexpectedFailure = new("예기치 못한 오류로 중단했습니다. {0}: {1}", "unexpected failure. {0}: {1}");

    // What a JSON value is, for WrongType.
    public static readonly UiText KindObject = new("객체", "an object");
    public static readonly UiText KindArray = new("배열", "an array");
    public static readonly UiText KindBoolean = new("true 또는 false", "true or false");
    public static readonly UiText KindString = new("문자열", "a string");
    public static readonly UiText KindNumber = new("숫자", "a number");
    public static readonly UiText KindNull = new("null", "null");
    public static readonly UiText KindEnum = new("문자열({0} 중 하나)", "a string (one of {0})");

    // The questionnaire (--interactive). Prompts go to standard error so that standard output holds only the report.
    public static readonly UiText QuestionnaireIntro = new(
        "포트원 콘솔의 전자결제 신청 화면처럼 몇 가지를 묻습니다. 빈 줄은 [ ] 안의 기본값을 뜻합니다.",
        "A few questions, like PortOne console's e-payment application. An empty line takes the default in [ ].");
    public static readonly UiText AskPaymentMethods = new(
        "어떤 결제수단이 필요한가요? 번호를 쉼표로 구분해 입력하세요(없으면 빈 줄).",
        "Which payment methods do you need? Enter numbers separated by commas (none: empty line).");
    public static readonly UiText AskEasyPayBrands = new(
        "어떤 간편결제를 받을까요? 번호를 쉼표로 구분해 입력하세요(특별히 없으면 빈 줄).",
        "Which easy-pay brands do you want? Enter numbers separated by commas (no preference: empty line).");
    public static readonly UiText AskEasyPayIntegration = new("간편결제는 어떻게 연동하나요?", "How is easy pay integrated?");
    public static readonly UiText AskRecurringCard = new(
        "구독처럼 카드로 정기결제를 받나요(신용카드 정기결제)?",
        "Do you charge cards repeatedly, as for subscriptions (recurring card payment)?");
    public static readonly UiText AskBillingKeyIssuance = new("빌링키는 어떻게 발급하나요?", "How is the billing key issued?");
    public static readonly UiText AskMobileRecurring = new(
        "휴대폰 소액결제도 정기결제로 받나요?",
        "Are the mobile micropayments recurring too?");
    public static readonly UiText AskIdentityVerification = new(
        "결제와 별도로 본인인증이 필요한가요?",
        "Do you need identity verification, apart from payments?");
    public static readonly UiText AskVerificationPurpose = new("본인인증은 어디에 쓰나요?", "What is the identity verification for?");
    public static readonly UiText AskOverseasCards = new(
        "해외에서 발급된 카드로도 결제를 받나요?",
        "Do you accept cards issued abroad?");
    public static readonly UiText AskRecurringOverseasCards = new(
        "해외카드로도 정기결제를 받나요(해외결제 정기결제)?",
        "Do you charge cards issued abroad repeatedly too (recurring overseas payments)?");
    public static readonly UiText AskBusinessRegisteredAbroad = new(
        "사업자가 해외에 등록되어 있나요(해외 사업자)?",
        "Is the business registered outside Korea?");
    public static readonly UiText AskApiVersion = new(
        "포트원 API는 어느 버전으로 연동하나요?",
        "Which PortOne API version do you integrate with?");
    public static readonly UiText EitherApiVersion = new("정하지 않음 또는 상관없음(V1·V2 모두)", "Not decided, or either (V1 and V2)");
    public static readonly UiText AskExistingContracts = new(
        "포트원을 통해 이미 계약한 결제대행사나 간편결제사가 있나요? 번호를 쉼표로 구분해 입력하세요(없으면 빈 줄).",
        "Which PGs or easy-pay companies do you already have a contract with through PortOne? Enter numbers separated by commas (none: empty line).");
    public static readonly UiText AskSells = new(
        "무엇을 파나요? 심사 전에 사이트에 갖출 것이 달라집니다. 번호를 쉼표로 구분해 입력하세요(밝히지 않으려면 빈 줄).",
        "What do you sell? It decides what the site must show before the reviews. Enter numbers separated by commas (not stated: empty line).");
    public static readonly UiText AskIndustry = new(
        "포트원 도움말이 위험 업종이나 입점불가 업종으로 안내하는 업종에 해당하나요?",
        "Is the business in one of the industries PortOne's help centre lists as high risk or not accepted?");
    public static readonly UiText NoIndustry = new("해당 없음", "None of them");
    public static readonly UiText YesNoChoices = new("(y/n) [n]", "(y/n) [n]");
    public static readonly UiText DefaultChoice = new("[{0}]", "[{0}]");
    public static readonly UiText InvalidYesNo = new("\"{0}\": y 또는 n으로 답하세요.", "\"{0}\": answer y or n.");
    public static readonly UiText InvalidChoice = new("\"{0}\": 1부터 {1}까지의 번호로 답하세요.", "\"{0}\": answer with a number from 1 to {1}.");
    public static readonly UiText InvalidChoices = new(
        "\"{0}\": 1부터 {1}까지의 번호를 쉼표로 구분해, 한 번씩만 입력하세요.",
        "\"{0}\": enter numbers from 1 to {1}, separated by commas, each at most once.");
    public static readonly UiText AnswersEnded = new(
        "질문 \"{0}\"에 답하기 전에 입력이 끝났습니다.",
        "the answers ended before the question \"{0}\".");
    public static readonly UiText InvalidAnswerOnPipe = new("질문 \"{0}\"의 답이 올바르지 않습니다. {1}", "the answer to \"{0}\" is not valid. {1}");
}
