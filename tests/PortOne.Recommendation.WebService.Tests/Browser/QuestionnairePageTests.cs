using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace PortOne.Recommendation.WebService.Tests.Browser;

/// <summary>
/// The questionnaire page in a real browser: Debian's Chromium driven by Playwright for .NET, launched by executable
/// path (nothing downloads a browser). The path comes from PORTONE_CHROMIUM, else /usr/bin/chromium. Without a
/// browser the test is reported as skipped, except in CI (CI=true), where that is a failure.
/// </summary>
public sealed class QuestionnairePageTests : IAsyncLifetime
{
    private WebApplication? _app;
    private string _baseAddress = string.Empty;

    public async Task InitializeAsync()
    {
        _app = WebServiceApp.Build(["--urls", "http://127.0.0.1:0", "--contentRoot", SamplePath(), "--environment", "Production"]);
        await _app.StartAsync();
        _baseAddress = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task SeedShop_GetsKgInicisAndDanal_ThenTheTablesSwitchToEnglish()
    {
        var chromium = FindChromium();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new() { Locale = "ko-KR", ViewportSize = new() { Width = 1200, Height = 900 } });
        await page.GotoAsync(_baseAddress + "/");
        await page.WaitForSelectorAsync("body[data-ready='true']");

        // The seed's shop: one-time card payments and identity verification for sign-up, answered by label and keyboard.
        await page.GetByLabel("신용카드 일반결제").CheckAsync();
        await page.GetByLabel("결제와 별도로 본인인증이 필요한가요?").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        (await page.GetByLabel("본인인증은 어디에 쓰나요?").IsVisibleAsync()).Should().BeTrue();
        await page.GetByRole(AriaRole.Button, new() { Name = "추천받기" }).ClickAsync();

        var entries = page.GetByRole(AriaRole.Table, new() { Name = "추천 항목" });
        await entries.WaitForAsync();
        var korean = await entries.InnerTextAsync();
        korean.Should().Contain("KG이니시스").And.Contain("다날").And.Contain("CardPayment.RecommendedPackage");
        (await page.GetByRole(AriaRole.Table, new() { Name = "계약 계획" }).InnerTextAsync()).Should().Contain("KG이니시스");
        (await page.GetByRole(AriaRole.Table, new() { Name = "주의할 점" }).InnerTextAsync()).Should().Contain("다날");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().NotBeEmpty();

        // The screenshot in the README and docs/web-service.md is refreshed with UPDATE_SCREENSHOT=1; otherwise it goes to the test output.
        var screenshot = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOT") == "1"
            ? Path.Combine(RepositoryRoot(), "docs", "images", "web-questionnaire.png")
            : Path.Combine(AppContext.BaseDirectory, "web-questionnaire.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });

        await page.GetByLabel("언어").SelectOptionAsync("en");
        var englishEntries = page.GetByRole(AriaRole.Table, new() { Name = "Entries" });
        await englishEntries.WaitForAsync();
        var english = await englishEntries.InnerTextAsync();
        english.Should().Contain("‘추천패키지’ (Recommended package)").And.Contain("Danal");
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("en");
        (await page.GetByLabel("Do you need identity verification, apart from payments?").IsCheckedAsync()).Should().BeTrue();

        // Cards issued abroad, charged repeatedly, for a business registered abroad: the follow-up question appears
        // with overseas cards, and the answer names no PG (no page confirms one for such a business).
        var recurringOverseas = page.GetByLabel("Do you charge cards issued abroad repeatedly too (recurring overseas payments)?");
        (await recurringOverseas.IsVisibleAsync()).Should().BeFalse();
        await page.GetByLabel("Do you accept cards issued abroad?").CheckAsync();
        await recurringOverseas.CheckAsync();
        await page.GetByLabel("Is the business registered outside Korea?").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Recommend" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#tables').innerText.includes('OverseasCard.BusinessAbroad.DirectSelection')");
        (await page.GetByRole(AriaRole.Table, new() { Name = "Advisories" }).InnerTextAsync()).Should().Contain("Eximbay and Payletter");
    }

    [SkippableFact]
    public async Task WhyNot_ForCardPayment_FetchesTheExplanationOnlyWhenAsked_AndShowsWhyNotNhnKcp()
    {
        await WithPageAsync(async page =>
        {
            var posted = new List<string>();
            page.Request += (_, request) =>
            {
                if (request.Method == "POST")
                {
                    posted.Add(request.Url);
                }
            };

            await page.GetByLabel("신용카드 일반결제").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "추천받기" }).ClickAsync();
            await page.GetByRole(AriaRole.Table, new() { Name = "추천 항목" }).WaitForAsync();
            posted.Should().ContainSingle().Which.Should().NotContain("explain", "the answer itself is not explained");

            var card = page.GetByRole(AriaRole.Region, new() { Name = "신용카드 일반결제" });
            var whyNot = card.GetByRole(AriaRole.Button, new() { Name = "왜 다른 곳은 추천되지 않았나요?" });
            (await whyNot.GetAttributeAsync("aria-expanded")).Should().Be("false");
            await whyNot.ClickAsync();
            var panel = page.Locator("#" + await whyNot.GetAttributeAsync("aria-controls"));
            await panel.GetByText("NHN KCP", new() { Exact = false }).First.WaitForAsync();

            (await whyNot.GetAttributeAsync("aria-expanded")).Should().Be("true");
            posted.Should().HaveCount(2);
            posted[1].Should().Contain("explain=true");
            var reasons = await panel.InnerTextAsync();
            reasons.Should().Contain("계약 계획에서 이 서비스를 받을 곳: KG이니시스")
                .And.Contain("추천 항목에는 있지만 계약 계획에 넣지 않은 곳")
                .And.Contain("나이스정보통신")
                .And.Contain("NHN KCP가 나와 있지 않습니다")
                .And.Contain("포트원 문서에 이 서비스가 나와 있지 않은 곳");
            (await panel.GetByRole(AriaRole.Heading, new() { Name = "추천되지 않은 곳" }).CountAsync()).Should().Be(1);
            (await panel.Locator("a[href^='https://']").CountAsync()).Should().BeGreaterThan(0);
            (await panel.Locator("details").IsVisibleAsync()).Should().BeTrue();

            await whyNot.ClickAsync();
            (await whyNot.GetAttributeAsync("aria-expanded")).Should().Be("false");
            (await panel.IsHiddenAsync()).Should().BeTrue();
            await whyNot.ClickAsync();
            (await panel.IsVisibleAsync()).Should().BeTrue();
            posted.Should().HaveCount(2, "the explanation is fetched once per answer");

            // In English, the answer is asked for again and so is its explanation.
            await page.GetByLabel("언어").SelectOptionAsync("en");
            var english = page.GetByRole(AriaRole.Region, new() { Name = "One-time card payment" });
            await english.WaitForAsync();
            var whyNotEnglish = english.GetByRole(AriaRole.Button, new() { Name = "Why not others?" });
            await whyNotEnglish.ClickAsync();
            var englishPanel = page.Locator("#" + await whyNotEnglish.GetAttributeAsync("aria-controls"));
            await englishPanel.GetByText("does not list NHN KCP", new() { Exact = false }).WaitForAsync();
            (await englishPanel.InnerTextAsync()).Should().Contain("Not recommended").And.Contain("Sources");
        });
    }

    [SkippableFact]
    public async Task Comparison_WithTheLatestEdition_ListsTheChangesByService_AndSaysWhenNothingChanges()
    {
        await WithPageAsync(async page =>
        {
            await page.GetByLabel("신용카드 일반결제").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "추천받기" }).ClickAsync();
            await page.GetByRole(AriaRole.Table, new() { Name = "추천 항목" }).WaitForAsync();

            var comparison = page.GetByRole(AriaRole.Region, new() { Name = "다른 기준과 비교" });
            (await comparison.GetByLabel("비교할 추천패키지 기준").InputValueAsync()).Should().Be("april2026", "the latest edition is offered first");
            await comparison.GetByRole(AriaRole.Button, new() { Name = "비교하기" }).ClickAsync();
            var result = comparison.Locator("#compareResult");
            await result.GetByRole(AriaRole.Heading, new() { Name = "비교 결과" }).WaitForAsync();

            (await result.GetByRole(AriaRole.Heading, new() { Name = "신용카드 일반결제", Exact = true }).CountAsync()).Should().Be(1);
            (await result.GetByRole(AriaRole.Heading, new() { Name = "계약 계획과 그 밖의 변경" }).CountAsync()).Should().Be(1);
            var changes = await result.InnerTextAsync();
            changes.Should().Contain("신청할 곳에 한국결제네트웍스(KPN)가 새로 들어갑니다").And.Contain("→").And.NotContain("변경 없음");

            await comparison.GetByLabel("비교할 추천패키지 기준").SelectOptionAsync("may2025");
            await comparison.GetByLabel("비교할 포트원 API 버전").SelectOptionAsync("either");
            await comparison.GetByRole(AriaRole.Button, new() { Name = "비교하기" }).ClickAsync();
            await result.GetByText("변경 없음").WaitForAsync();
            (await result.GetByRole(AriaRole.Listitem).CountAsync()).Should().Be(0);
        });
    }

    [SkippableFact]
    public async Task OnboardingChecklist_ShowsEachPlannedContractsSourcedSteps_AndTheSiteRequirementsForWhatIsSold()
    {
        await WithPageAsync(async page =>
        {
            await page.GetByLabel("신용카드 일반결제").CheckAsync();
            await page.GetByLabel("결제와 별도로 본인인증이 필요한가요?").CheckAsync();
            await page.GetByLabel("실물 상품").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "추천받기" }).ClickAsync();

            var checklist = page.Locator("#onboardingPlan");
            await page.WaitForFunctionAsync("() => document.querySelector('#onboardingPlan').innerText.includes('KG이니시스 신규 계약')");
            var text = await checklist.InnerTextAsync();
            text.Should().Contain("다날 신규 계약").And.Contain("심사 전에 사이트에 갖출 것").And.Contain("실물 상품은 3개 이상");
            var first = page.GetByLabel("포트원 관리자콘솔에서 ‘전자결제 신청’을 눌러 사업자등록증을 올리고, 쓸 결제수단과 KG이니시스를 골라 가입 신청서를 제출합니다.");
            await first.CheckAsync();
            (await first.IsCheckedAsync()).Should().BeTrue();
            (await checklist.Locator("a").First.GetAttributeAsync("href")).Should().Be("https://help.portone.io/content/inicis-contract");
            (await page.GetByRole(AriaRole.Button, new() { Name = "인쇄하기" }).IsVisibleAsync()).Should().BeTrue();
        });
    }

    private async Task WithPageAsync(Func<IPage, Task> test)
    {
        var chromium = FindChromium();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new() { Locale = "ko-KR", ViewportSize = new() { Width = 1200, Height = 900 } });
        await page.GotoAsync(_baseAddress + "/");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        await test(page);
    }

    private static string FindChromium()
    {
        var path = Environment.GetEnvironmentVariable("PORTONE_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (File.Exists(path))
        {
            return path;
        }

        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (inCi)
        {
            throw new InvalidOperationException($"No Chromium at {path}: CI installs it (apt-get install chromium fonts-nanum) and must run this test.");
        }

        Skip.If(true, $"No Chromium at {path}. Install it (apt-get install chromium fonts-nanum) or set PORTONE_CHROMIUM to a Chromium executable.");
        return path;
    }

    private static string SamplePath() => Path.Combine(RepositoryRoot(), "samples", "PortOne.Recommendation.WebService");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PortOne.Recommendation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
