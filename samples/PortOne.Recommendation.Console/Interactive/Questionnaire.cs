using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Interactive;

/// <summary>
/// Asks what PortOne console's e-payment application asks: the payment methods, the easy-pay brands and how they are
/// integrated, recurring card payments and how the billing key is issued, identity verification and why, cards
/// issued abroad (and then whether they are charged repeatedly and whether the business is registered abroad); then
/// the PortOne API version and the PG contracts the merchant already has. It reads one answer per line, so the answers
/// can come from a person or from a pipe.
/// </summary>
/// <param name="answers">Where the answers come from.</param>
/// <param name="prompts">Where the questions go (standard error, so that standard output holds only the report).</param>
/// <param name="language">The language of the questions.</param>
/// <param name="answersTyped">Whether a person types the answers: then a wrong answer is asked again. Answers from a
/// pipe are echoed after their question instead, and a wrong one is an error, because every later answer would land on
/// the wrong question.</param>
internal sealed class Questionnaire(TextReader answers, TextWriter prompts, Language language, bool answersTyped)
{
    /// <summary>The longest answer read: answers are a few numbers or a word.</summary>
    public const int MaxAnswerLength = 1000;

    private static readonly string[] YesWords = ["y", "yes", "예", "네", "ㅇ"];
    private static readonly string[] NoWords = ["n", "no", "아니요", "아니오", "ㄴ"];

    private static readonly PaymentService[] PaymentMethods =
    [
        PaymentService.CardPayment,
        PaymentService.BankTransfer,
        PaymentService.VirtualAccount,
        PaymentService.EasyPay,
        PaymentService.MobileMicropayment,
    ];

    private readonly CultureInfo _culture = Languages.Culture(language);

    /// <summary>Asks every question that applies and returns the requirements the answers describe.</summary>
    /// <exception cref="BadInputException">The answers ended early, or (on a pipe) an answer is not valid.</exception>
    public MerchantRequirements Ask()
    {
        prompts.WriteLine(UiTexts.QuestionnaireIntro.In(language));
        var methods = AskMany(UiTexts.AskPaymentMethods, PaymentMethods);
        var easyPay = methods.Contains(PaymentService.EasyPay) ? AskEasyPay() : null;
        var mobile = methods.Contains(PaymentService.MobileMicropayment)
            ? new MobileMicropaymentRequirement(AskYesNo(UiTexts.AskMobileRecurring))
            : null;
        var recurring = AskYesNo(UiTexts.AskRecurringCard)
            ? new RecurringCardRequirement(AskOne(UiTexts.AskBillingKeyIssuance, Enum.GetValues<BillingKeyIssuance>()))
            : null;
        var identity = AskYesNo(UiTexts.AskIdentityVerification)
            ? new IdentityVerificationRequirement(AskOne(UiTexts.AskVerificationPurpose, Enum.GetValues<VerificationPurpose>()))
            : null;
        var overseas = AskYesNo(UiTexts.AskOverseasCards);

        // Asked only with overseas cards, where PortOne's pages say what they change; the other answers stay in place.
        var recurringOverseas = overseas && AskYesNo(UiTexts.AskRecurringOverseasCards);
        var abroad = overseas && AskYesNo(UiTexts.AskBusinessRegisteredAbroad);
        var apiVersion = AskApiVersion();
        var existingContracts = AskMany(UiTexts.AskExistingContracts, Enum.GetValues<PaymentProvider>());

        // For the onboarding plan (--onboarding) and the high-risk advisory; answers that end before them leave them unstated.
        var sells = AskMany(UiTexts.AskSells, Enum.GetValues<MerchantOffering>(), optional: true);
        var industries = Enum.GetValues<MerchantIndustry>();
        var industry = AskOne<MerchantIndustry?>(
            UiTexts.AskIndustry,
            [null, .. industries.Select(i => (MerchantIndustry?)i)],
            [UiTexts.NoIndustry.In(language), .. Labels(industries)],
            optional: true);

        return new MerchantRequirements
        {
            CardPayment = methods.Contains(PaymentService.CardPayment),
            BankTransfer = methods.Contains(PaymentService.BankTransfer),
            VirtualAccount = methods.Contains(PaymentService.VirtualAccount),
            RecurringCard = recurring,
            EasyPay = easyPay,
            IdentityVerification = identity,
            MobileMicropayment = mobile,
            OverseasCards = overseas,
            RecurringOverseasCards = recurringOverseas,
            BusinessRegisteredAbroad = abroad,
            ApiVersion = apiVersion,
            ExistingContracts = existingContracts,
            Sells = sells,
            Industry = industry,
        };
    }

    private EasyPayRequirement AskEasyPay()
    {
        var brands = AskMany(UiTexts.AskEasyPayBrands, Enum.GetValues<EasyPayBrand>());
        var integration = AskOne(UiTexts.AskEasyPayIntegration, Enum.GetValues<EasyPayIntegration>());
        return new EasyPayRequirement { Brands = brands, Integration = integration };
    }

    /// <summary>V1, V2, or (the first choice, the default) either.</summary>
    private PortOneApiVersion? AskApiVersion()
    {
        var versions = Enum.GetValues<PortOneApiVersion>();
        return AskOne<PortOneApiVersion?>(
            UiTexts.AskApiVersion,
            [null, .. versions.Select(v => (PortOneApiVersion?)v)],
            [UiTexts.EitherApiVersion.In(language), .. Labels(versions)]);
    }

    /// <summary>A yes/no question; an empty answer is no.</summary>
    private bool AskYesNo(UiText question) =>
        Ask(question, UiTexts.YesNoChoices.In(language), [], optional: false, answer =>
        {
            var word = answer.ToLowerInvariant();
            return answer.Length == 0 || NoWords.Contains(word) ? Valid(false)
                : YesWords.Contains(word) ? Valid(true)
                : Invalid<bool>(UiTexts.InvalidYesNo.Format(language, answer));
        });

    /// <summary>One of numbered choices, shown with their display names; an empty answer is the first.</summary>
    private TEnum AskOne<TEnum>(UiText question, TEnum[] choices)
        where TEnum : struct, Enum =>
        AskOne(question, choices, Labels(choices));

    /// <summary>One of numbered choices, shown with the given labels; an empty answer is the first.</summary>
    private T AskOne<T>(UiText question, T[] choices, string[] labels, bool optional = false) =>
        Ask(question, UiTexts.DefaultChoice.Format(language, 1), labels, optional, answer =>
            answer.Length == 0 ? Valid(choices[0])
            : TryNumber(answer, choices.Length, out var number) ? Valid(choices[number - 1])
            : Invalid<T>(UiTexts.InvalidChoice.Format(language, answer, choices.Length)));

    /// <summary>Any number of numbered choices, separated by commas or spaces; an empty answer is none.</summary>
    private List<TEnum> AskMany<TEnum>(UiText question, TEnum[] choices, bool optional = false)
        where TEnum : struct, Enum =>
        Ask(question, string.Empty, Labels(choices), optional, answer =>
        {
            var numbers = new List<int>();
            foreach (var part in answer.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!TryNumber(part, choices.Length, out var number) || numbers.Contains(number))
                {
                    return Invalid<List<TEnum>>(UiTexts.InvalidChoices.Format(language, answer, choices.Length));
                }

                numbers.Add(number);
            }

            return Valid(numbers.Order().Select(n => choices[n - 1]).ToList());
        });

    /// <summary>Writes the question and its numbered choices, reads one line and interprets it; at the end of the
    /// answers an <paramref name="optional"/> question takes the empty answer, any other is an error.</summary>
    private T Ask<T>(UiText question, string hint, string[] choices, bool optional, Func<string, (T Value, string? Error)> interpret)
    {
        while (true)
        {
            prompts.WriteLine();
            prompts.WriteLine(hint.Length == 0 ? question.In(language) : question.In(language) + " " + hint);
            for (var i = 0; i < choices.Length; i++)
            {
                prompts.WriteLine("  " + (i + 1).ToString(CultureInfo.InvariantCulture) + ") " + choices[i]);
            }

            prompts.Write("> ");
            prompts.Flush();
            var line = ReadAnswer(question)
                ?? (optional ? string.Empty : throw new BadInputException(UiTexts.AnswersEnded.Format(language, question.In(language))));
            if (!answersTyped)
            {
                prompts.WriteLine(line);
            }

            var (value, error) = interpret(line.Trim());
            if (error is null)
            {
                return value;
            }

            if (!answersTyped)
            {
                throw new BadInputException(UiTexts.InvalidAnswerOnPipe.Format(language, question.In(language), error));
            }

            prompts.WriteLine(error);
        }
    }

    /// <summary>One line of at most <see cref="MaxAnswerLength"/> characters; <see langword="null"/> at the end of the
    /// input. A longer line is refused as soon as it gets too long, without reading the rest of it into memory.</summary>
    private string? ReadAnswer(UiText question)
    {
        var line = new StringBuilder();
        while (true)
        {
            var next = answers.Read();
            if (next < 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            if (next == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length >= MaxAnswerLength)
            {
                throw new BadInputException(UiTexts.AnswerTooLong.Format(language, question.In(language), MaxAnswerLength));
            }

            line.Append((char)next);
        }
    }

    private string[] Labels<TEnum>(TEnum[] choices)
        where TEnum : struct, Enum =>
        choices.Select(c => DisplayNames.Of(c, _culture)).ToArray();

    private static (T Value, string? Error) Valid<T>(T value) => (value, null);

    private static (T Value, string? Error) Invalid<T>(string error) => (default!, error);

    private static bool TryNumber(string text, int count, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1 && number <= count;
}
