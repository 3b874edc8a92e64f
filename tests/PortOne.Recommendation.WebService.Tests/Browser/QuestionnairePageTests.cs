using System;
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
        (await page.GetByRole(AriaRole.Table, new() { Name = "유의사항" }).InnerTextAsync()).Should().Contain("다날");
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
        english.Should().Contain("Recommended package").And.Contain("Danal");
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
        (await page.GetByRole(AriaRole.Table, new() { Name = "Advisories" }).InnerTextAsync()).Should().Contain("Eximbay, Payletter");
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
