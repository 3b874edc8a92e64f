using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using PortOne.Recommendation.Internal;


namespace PortOne.Recommendation.Catalog;

/// <summary>
/// Reads the provider catalog's XML (<c>ProviderCatalog.xml</c>) and checks it as a whole: any inconsistency fails with
/// a message naming the line and what is wrong. Not part of the library, which parses no XML: the catalog compiler
/// turns what this reads into <c>ProviderCatalog.Generated.cs</c>, and the library's tests (this file is linked into
/// them) check that a broken catalog is refused.
/// </summary>
internal static class ProviderCatalogReader
{
    /// <summary>Reads and checks a catalog.</summary>
    /// <param name="reader">The XML text.</param>
    /// <param name="origin">A name for the text in error messages.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidDataException">The text is not a consistent catalog.</exception>
    public static ProviderCatalog Parse(TextReader reader, string origin) => Read(reader, origin).ToCatalog();

    /// <summary>Reads and checks a catalog, and returns what it holds as the library's catalog types.</summary>
    /// <param name="reader">The XML text.</param>
    /// <param name="origin">A name for the text in error messages.</param>
    /// <returns>The catalog's contents.</returns>
    /// <exception cref="InvalidDataException">The text is not a consistent catalog.</exception>
    public static CatalogContents Read(TextReader reader, string origin)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"Provider catalog ({origin}) is not well-formed XML: {ex.Message}", ex);
        }

        return new Reader(origin).Read(document);
    }

    private sealed class Reader(string origin)
    {
        private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _evidence = new(StringComparer.Ordinal);
        private readonly Dictionary<PaymentProvider, ApiVersionSet> _providers = [];
        private readonly Dictionary<PaymentProvider, string> _providerSources = [];

        public CatalogContents Read(XDocument document)
        {
            var root = document.Root!;
            Expect(root, "catalog", "version", "snapshot");
            var version = Required(root, "version");
            var sections = Sections(root, "sources", "providers", "capabilities", "addOns", "limits", "editions", "advisories", "onboarding", "siteRequirements", "industries");

            foreach (var element in Children(sections["sources"], "source", "key", "url", "evidence"))
            {
                ReadSource(element);
            }

            foreach (var element in Children(sections["providers"], "provider", "name", "api", "source"))
            {
                ReadProvider(element);
            }

            foreach (var provider in EnumValues<PaymentProvider>.All.Where(p => !_providers.ContainsKey(p)))
            {
                throw Fail(sections["providers"], $"the provider {provider} has no <provider> entry");
            }

            var capabilities = new List<CatalogCapability>();
            foreach (var element in Children(sections["capabilities"], "capability", "provider", "kind", "brands", "api", "source"))
            {
                ReadCapabilities(element, capabilities);
            }

            var addOns = Children(sections["addOns"], "addOn", "name", "capability", "providers", "api", "source")
                .Select(ReadAddOn)
                .ToList();

            var limits = Children(sections["limits"], "limit", "capability", "providers", "excludes", "source")
                .Select(element => ReadLimit(element, capabilities))
                .ToList();

            var editions = new Dictionary<PackageEdition, CatalogEdition>();
            foreach (var element in Children(sections["editions"], "edition", "name", "effective", "source"))
            {
                var edition = ReadEdition(element, capabilities);
                if (editions.ContainsKey(edition.Edition))
                {
                    throw Fail(element, $"the edition {edition.Edition} is listed twice");
                }

                editions.Add(edition.Edition, edition);
            }

            foreach (var edition in EnumValues<PackageEdition>.All.Where(e => !editions.ContainsKey(e)))
            {
                throw Fail(sections["editions"], $"the package edition {edition} has no <edition> entry");
            }

            // One text per benefit states its condition, so a benefit has the same condition in every edition.
            foreach (var group in editions.Values.SelectMany(e => e.Benefits).GroupBy(b => b.Code))
            {
                if (group.Select(b => b.Condition).Distinct().Count() > 1)
                {
                    throw Fail(sections["editions"], $"the benefit {group.Key} has different conditions in different editions");
                }
            }

            var advisories = new Dictionary<AdvisoryCode, string>();
            var providerAdvisories = new List<CatalogProviderAdvisory>();
            foreach (var element in Children(sections["advisories"], "advisory", "code", "provider", "api", "source"))
            {
                ReadAdvisory(element, advisories, providerAdvisories);
            }

            var procedures = ReadProcedures(sections["onboarding"]);
            var siteRequirements = Children(sections["siteRequirements"], "requirement", "text", "sells", "when", "source").Select(ReadSiteRequirement).ToList();
            var industries = ReadIndustries(sections["industries"]);
            var industrySource = Source(sections["industries"], single: true);
            return new CatalogContents(
                version, _sources, _evidence, _providers, _providerSources, capabilities, addOns, limits, editions, advisories, providerAdvisories,
                procedures, siteRequirements, industries, industrySource);
        }

        /// <summary>The procedures: one NewContract and one AddService per provider, each item with its text, its page and
        /// when it applies. A procedure without a page of its own (page="none") starts by saying so and holds no step,
        /// wait, documents, insurance or review: nothing is copied from another provider's page.</summary>
        private List<CatalogProcedure> ReadProcedures(XElement section)
        {
            var procedures = new List<CatalogProcedure>();
            foreach (var element in Children(section, "procedure", "provider", "kind", "source", "page"))
            {
                var provider = KnownProvider(element, Required(element, "provider"));
                var kind = ParseEnum<OnboardingProcedureKind>(element, "kind", Required(element, "kind"));
                var source = Source(element, single: true);
                var hasPage = element.Attribute("page") is not { } page
                    || (page.Value == "none" ? false : throw Fail(element, $"the attribute 'page' takes 'none' only, not '{page.Value}'"));
                if (procedures.Any(p => p.Provider == provider && p.Kind == kind))
                {
                    throw Fail(element, $"the {kind} procedure of {provider} is listed twice");
                }

                var items = new List<CatalogOnboardingItem>();
                foreach (var itemElement in Children(element, "item", "kind", "actor", "text", "wait", "source", "link", "when", "sells"))
                {
                    var item = ReadItem(itemElement, source, OnboardingCondition.OverseasPayments);
                    if (item.Kind == OnboardingItemKind.NotDocumented ? hasPage || items.Count > 0 : !hasPage && item.Kind is not (OnboardingItemKind.ChannelSetting or OnboardingItemKind.SiteRequirement))
                    {
                        throw Fail(itemElement, hasPage || item.Kind == OnboardingItemKind.NotDocumented
                            ? "a NotDocumented item opens a procedure with page=\"none\" and stands nowhere else"
                            : $"the procedure of {provider} has no page of its own: it holds no {item.Kind} item");
                    }

                    items.Add(item);
                }

                if (items.Count == 0 || (!hasPage && items[0].Kind != OnboardingItemKind.NotDocumented))
                {
                    throw Fail(element, hasPage ? $"the {kind} procedure of {provider} has no item" : $"the procedure of {provider} has no page of its own: it must open with a NotDocumented item");
                }

                procedures.Add(new CatalogProcedure(provider, kind, source, hasPage, items));
            }

            foreach (var provider in EnumValues<PaymentProvider>.All)
            {
                foreach (var kind in EnumValues<OnboardingProcedureKind>.All.Where(k => !procedures.Any(p => p.Provider == provider && p.Kind == k)))
                {
                    throw Fail(section, $"the provider {provider} has no {kind} procedure");
                }
            }

            return procedures;
        }

        private CatalogOnboardingItem ReadSiteRequirement(XElement element)
        {
            var item = ReadItem(element, null, OnboardingCondition.Payments);
            return item.When is OnboardingCondition.Always or OnboardingCondition.OverseasPayments or OnboardingCondition.SalesUnstated
                ? item
                : throw Fail(element, $"a site requirement applies always, or when OverseasPayments or SalesUnstated, not when {item.When}");
        }

        /// <summary>An item: its kind and actor (a site requirement has neither: SiteRequirement, Merchant), its text key,
        /// its wait ("2-3 BusinessDays"), its page (the procedure's unless it names one), a page to link, and when it
        /// applies; <paramref name="notAllowed"/> is a condition that belongs to the other list.</summary>
        private CatalogOnboardingItem ReadItem(XElement element, string? procedureSource, OnboardingCondition notAllowed)
        {
            var isSite = procedureSource is null;
            var kind = isSite ? OnboardingItemKind.SiteRequirement : ParseEnum<OnboardingItemKind>(element, "kind", Required(element, "kind"));
            var actor = isSite ? OnboardingActor.Merchant : ParseEnum<OnboardingActor>(element, "actor", Required(element, "actor"));
            var text = Required(element, "text");
            if (!text.All(c => char.IsLetterOrDigit(c) || c == '.') || !char.IsLetter(text[0]))
            {
                throw Fail(element, $"the text key '{text}' is not a dotted name");
            }

            var wait = element.Attribute("wait") is { } waitAttribute ? ParseWait(element, waitAttribute.Value) : null;
            if (kind == OnboardingItemKind.Wait && wait is null)
            {
                throw Fail(element, "a Wait item needs the attribute 'wait'");
            }

            var source = element.Attribute("source") is not null || isSite ? Source(element, single: true) : procedureSource!;
            var link = element.Attribute("link") is not null ? SingleKey(element, "link") : null;
            var when = element.Attribute("when") is { } whenAttribute
                ? ParseEnum<OnboardingCondition>(element, "when", whenAttribute.Value)
                : OnboardingCondition.Always;
            if (when == notAllowed || (!isSite && when == OnboardingCondition.SalesUnstated))
            {
                throw Fail(element, $"the condition {when} does not apply here");
            }

            var sells = 0;
            if (element.Attribute("sells") is { } sellsAttribute)
            {
                foreach (var offering in Tokens(sellsAttribute.Value).Select(t => ParseEnum<MerchantOffering>(element, "sells", t)))
                {
                    sells |= 1 << (int)offering;
                }
            }

            return new CatalogOnboardingItem(kind, actor, "Onboarding." + text, wait, source, link, when, sells);
        }

        /// <summary>A wait as the catalog writes it: one figure or a range, then the unit ("2-3 BusinessDays", "2 Weeks").</summary>
        private OnboardingWait ParseWait(XElement element, string text)
        {
            var parts = Tokens(text);
            if (parts.Length == 2)
            {
                var figures = parts[0].Split('-');
                if (figures.Length <= 2
                    && int.TryParse(figures[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minimum)
                    && int.TryParse(figures[figures.Length - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var maximum)
                    && minimum > 0 && minimum <= maximum)
                {
                    return new OnboardingWait(minimum, maximum, ParseEnum<OnboardingWaitUnit>(element, "wait", parts[1]));
                }
            }

            throw Fail(element, $"the wait '{text}' is not a figure or a range and a unit, such as '2-3 BusinessDays'");
        }

        private string SingleKey(XElement element, string attribute)
        {
            var key = Required(element, attribute);
            return _sources.ContainsKey(key) ? key : throw Fail(element, $"the source key '{key}' in the attribute '{attribute}' is not in <sources>");
        }

        /// <summary>Every <see cref="MerchantIndustry"/> once: reviewed by the providers listed, or not accepted (no list).</summary>
        private List<CatalogIndustry> ReadIndustries(XElement section)
        {
            var industries = new List<CatalogIndustry>();
            foreach (var element in Children(section, "industry", "name", "reviewedBy", "accepted"))
            {
                var industry = ParseEnum<MerchantIndustry>(element, "name", Required(element, "name"));
                if (industries.Any(i => i.Industry == industry))
                {
                    throw Fail(element, $"the industry {industry} is listed twice");
                }

                var accepted = element.Attribute("accepted") is not { } acceptedAttribute
                    || (acceptedAttribute.Value == "false" ? false : throw Fail(element, $"the attribute 'accepted' takes 'false' only, not '{acceptedAttribute.Value}'"));
                var reviewers = element.Attribute("reviewedBy") is { } reviewedBy ? Tokens(reviewedBy.Value).Select(p => KnownProvider(element, p)).ToArray() : [];
                if (!accepted && reviewers.Length > 0)
                {
                    throw Fail(element, $"the industry {industry} is not accepted, so no provider reviews it");
                }

                if (reviewers.Distinct().Count() != reviewers.Length)
                {
                    throw Fail(element, $"the industry {industry} names a provider twice");
                }

                Array.Sort(reviewers);
                industries.Add(new CatalogIndustry(industry, accepted, reviewers));
            }

            foreach (var industry in EnumValues<MerchantIndustry>.All.Where(i => !industries.Any(x => x.Industry == i)))
            {
                throw Fail(section, $"the industry {industry} has no <industry> entry");
            }

            return industries;
        }

        private void ReadSource(XElement element)
        {
            var key = Required(element, "key");
            var url = Required(element, "url");
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "https")
            {
                throw Fail(element, $"the source '{key}' needs an absolute https URL, not '{url}'");
            }

            if (_sources.ContainsKey(key))
            {
                throw Fail(element, $"the source key '{key}' is listed twice");
            }

            _sources.Add(key, url);
            if (element.Attribute("evidence")?.Value is { Length: > 0 } evidence)
            {
                _evidence.Add(key, evidence);
            }
        }

        private void ReadProvider(XElement element)
        {
            var provider = ParseEnum<PaymentProvider>(element, "name", Required(element, "name"));
            if (_providers.ContainsKey(provider))
            {
                throw Fail(element, $"the provider {provider} is listed twice");
            }

            _providerSources.Add(provider, Source(element));
            _providers.Add(provider, ParseApi(element, Required(element, "api")));
        }

        private void ReadCapabilities(XElement element, List<CatalogCapability> capabilities)
        {
            var provider = KnownProvider(element, Required(element, "provider"));
            var providerApi = _providers[provider];
            var api = element.Attribute("api") is { } apiAttribute ? ParseApi(element, apiAttribute.Value) : providerApi;
            if ((api & ~providerApi) != 0)
            {
                throw Fail(element, $"the capability claims API versions ({api}) that the provider {provider} lacks ({providerApi})");
            }

            var source = Source(element);
            var brands = element.Attribute("brands") is { } brandsAttribute
                ? EasyPayBrandSet.Of(Tokens(brandsAttribute.Value).Select(b => ParseEnum<EasyPayBrand>(element, "brands", b)))
                : EasyPayBrandSet.Empty;
            foreach (var kind in Tokens(Required(element, "kind")).Select(k => ParseEnum<ProviderCapability>(element, "kind", k)))
            {
                var isEasyPay = kind is ProviderCapability.HubEasyPay or ProviderCapability.DirectEasyPay
                    or ProviderCapability.RecurringHubEasyPay or ProviderCapability.RecurringDirectEasyPay;
                if (isEasyPay == brands.IsEmpty)
                {
                    throw Fail(element, isEasyPay
                        ? $"the easy-pay capability {kind} of {provider} needs its brands"
                        : $"the capability {kind} of {provider} takes no brands");
                }

                if (capabilities.Any(c => c.Provider == provider && c.Capability == kind))
                {
                    throw Fail(element, $"the capability {kind} of {provider} is listed twice");
                }

                capabilities.Add(new CatalogCapability(provider, kind, brands, api, source));
            }
        }

        /// <summary>An advisory cites one source: for the advisory as a whole, or, with <c>provider</c>, for the one
        /// provider it concerns (and <c>api</c>, the versions that source covers; the provider's by default). One code
        /// is either general or listed per provider, never both, except a code in <see cref="SupplementedAdvisories"/>:
        /// its general entry may be followed by provider entries, each the source of that provider's addition to the
        /// general text.</summary>
        /// <summary>The advisories whose rule adds a provider's own sentence, citing that provider's entry, when the general
        /// advisory names the provider (RecurringEasyPayAvailable: KakaoPay's recurring addendum).</summary>
        private static readonly AdvisoryCode[] SupplementedAdvisories = [AdvisoryCode.RecurringEasyPayAvailable];

        private void ReadAdvisory(XElement element, Dictionary<AdvisoryCode, string> advisories, List<CatalogProviderAdvisory> providerAdvisories)
        {
            var code = ParseEnum<AdvisoryCode>(element, "code", Required(element, "code"));
            var source = Source(element, single: true);
            if (element.Attribute("provider") is not { } providerAttribute)
            {
                if (element.Attribute("api") is not null)
                {
                    throw Fail(element, $"the advisory {code} names API versions but no provider");
                }

                if (advisories.ContainsKey(code) || providerAdvisories.Any(a => a.Code == code))
                {
                    throw Fail(element, $"the advisory {code} is listed twice");
                }

                advisories.Add(code, source);
                return;
            }

            var provider = KnownProvider(element, providerAttribute.Value);
            var providerApi = _providers[provider];
            var api = element.Attribute("api") is { } apiAttribute ? ParseApi(element, apiAttribute.Value) : providerApi;
            if ((api & ~providerApi) != 0)
            {
                throw Fail(element, $"the advisory claims API versions ({api}) that the provider {provider} lacks ({providerApi})");
            }

            var supplements = SupplementedAdvisories.Contains(code) && advisories.ContainsKey(code);
            if ((advisories.ContainsKey(code) && !supplements) || providerAdvisories.Any(a => a.Code == code && a.Provider == provider))
            {
                throw Fail(element, $"the advisory {code} is listed twice for {provider}");
            }

            providerAdvisories.Add(new CatalogProviderAdvisory(code, provider, api, source));
        }

        private CatalogAddOn ReadAddOn(XElement element)
        {
            var addOn = ParseEnum<ContractAddOn>(element, "name", Required(element, "name"));
            var kinds = Tokens(Required(element, "capability")).Select(k => ParseEnum<ProviderCapability>(element, "capability", k)).ToArray();
            var providers = element.Attribute("providers") is { } providersAttribute
                ? Tokens(providersAttribute.Value).Select(p => KnownProvider(element, p)).ToArray()
                : [];
            var api = ApiVersionSet.Both;
            if (element.Attribute("api") is { } apiAttribute)
            {
                api = ParseApi(element, apiAttribute.Value);
                foreach (var provider in providers.Where(p => (api & ~_providers[p]) != 0))
                {
                    throw Fail(element, $"the add-on {addOn} claims API versions ({api}) that the provider {provider} lacks ({_providers[provider]})");
                }
            }

            return new CatalogAddOn(addOn, kinds, providers, api, Source(element));
        }

        private CatalogLimit ReadLimit(XElement element, List<CatalogCapability> capabilities)
        {
            var kinds = Tokens(Required(element, "capability")).Select(k => ParseEnum<ProviderCapability>(element, "capability", k)).ToArray();
            var providers = element.Attribute("providers") is { } providersAttribute
                ? Tokens(providersAttribute.Value).Select(p => KnownProvider(element, p)).ToArray()
                : [];
            foreach (var kind in kinds)
            {
                // A limit on a provider that lacks the capability says nothing: a typo, not a fact.
                foreach (var provider in providers.Where(p => !capabilities.Any(c => c.Provider == p && c.Capability == kind)))
                {
                    throw Fail(element, $"the limit names {provider} for {kind}, but the catalog lists no {kind} capability for it");
                }
            }

            var excludes = ParseEnum<MerchantCondition>(element, "excludes", Required(element, "excludes"));
            return new CatalogLimit(kinds, providers, excludes, Source(element, single: true));
        }

        private CatalogEdition ReadEdition(XElement element, List<CatalogCapability> capabilities)
        {
            var edition = ParseEnum<PackageEdition>(element, "name", Required(element, "name"));

            var effectiveText = Required(element, "effective");
            if (!DateTime.TryParseExact(effectiveText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
            {
                throw Fail(element, $"the date '{effectiveText}' is not in the form yyyy-MM-dd");
            }

            var source = Source(element, single: true);
            var offers = new List<PackageOffer>();
            var items = new HashSet<PackageItem>();
            var benefits = new List<CatalogBenefit>();
            foreach (var child in element.Elements())
            {
                if (child.Name.LocalName == "benefit")
                {
                    benefits.Add(ReadBenefit(child, edition, benefits));
                    continue;
                }

                if (child.Name.LocalName != "offer")
                {
                    throw Fail(child, $"unexpected element <{child.Name.LocalName}> in <edition>");
                }

                var offerElement = child;
                Expect(offerElement, "offer", "item", "providers");
                var item = ParseEnum<PackageItem>(offerElement, "item", Required(offerElement, "item"));
                if (!items.Add(item))
                {
                    throw Fail(offerElement, $"the edition {edition} lists the item {item} twice");
                }

                var capability = CapabilityOf(item);
                foreach (var provider in Tokens(Required(offerElement, "providers")).Select(p => KnownProvider(offerElement, p)))
                {
                    var match = capabilities.FirstOrDefault(c => c.Provider == provider && c.Capability == capability)
                        ?? throw Fail(offerElement, $"the edition {edition} offers {provider} for {item}, but the catalog lists no {capability} capability for it");
                    offers.Add(new PackageOffer(edition, item, provider, match.Brands, match.Api));
                }
            }

            foreach (var item in EnumValues<PackageItem>.All.Where(i => !items.Contains(i)))
            {
                throw Fail(element, $"the edition {edition} has no offer for the item {item}");
            }

            // Card items may lack a provider on a version (an edition of PGs that are V2 only): the rules answer those
            // through direct selection. Easy pay and identity verification always have one.
            foreach (var item in new[] { PackageItem.EasyPay, PackageItem.IdentityVerification })
            {
                foreach (var version in EnumValues<PortOneApiVersion>.All)
                {
                    if (!offers.Any(o => o.Item == item && o.IsAvailableOn(version)))
                    {
                        throw Fail(element, $"the edition {edition} offers no provider for the item {item} on {version}");
                    }
                }
            }

            return new CatalogEdition(edition, effective, source, offers, benefits);
        }

        /// <summary>A partner benefit an edition lists: its code, the condition the page states (if any) and the page
        /// that lists it. A benefit is listed once per edition.</summary>
        private CatalogBenefit ReadBenefit(XElement element, PackageEdition edition, List<CatalogBenefit> benefits)
        {
            Expect(element, "benefit", "code", "condition", "source");
            var code = ParseEnum<BenefitCode>(element, "code", Required(element, "code"));
            var condition = element.Attribute("condition") is { } conditionAttribute
                ? ParseEnum<BenefitCondition>(element, "condition", conditionAttribute.Value)
                : BenefitCondition.None;
            if (condition == BenefitCondition.None && element.Attribute("condition") is not null)
            {
                throw Fail(element, "'None' is not a condition a page states; leave the attribute out");
            }

            if (benefits.Any(b => b.Code == code))
            {
                throw Fail(element, $"the edition {edition} lists the benefit {code} twice");
            }

            return new CatalogBenefit(code, condition, Source(element, single: true));
        }

        private static ProviderCapability CapabilityOf(PackageItem item) => item switch
        {
            PackageItem.CardGeneral => ProviderCapability.CardPayment,
            PackageItem.CardRecurring => ProviderCapability.RecurringCardApi,
            PackageItem.EasyPay => ProviderCapability.DirectEasyPay,
            _ => ProviderCapability.IdentityVerification,
        };

        private PaymentProvider KnownProvider(XElement element, string name)
        {
            var provider = ParseEnum<PaymentProvider>(element, "provider", name);
            return _providers.ContainsKey(provider)
                ? provider
                : throw Fail(element, $"the provider {provider} has no <provider> entry");
        }

        /// <summary>The entry's source: one key, or (unless <paramref name="single"/>) several separated by spaces, as
        /// where a fact is documented once per API version.</summary>
        private string Source(XElement element, bool single = false)
        {
            var keys = Tokens(element.Attribute("source")?.Value ?? string.Empty);
            if (keys.Length == 0)
            {
                throw Fail(element, $"<{element.Name.LocalName}> has no source");
            }

            if (single && keys.Length > 1)
            {
                throw Fail(element, $"<{element.Name.LocalName}> cites one source, not '{string.Join(" ", keys)}'");
            }

            foreach (var key in keys)
            {
                if (!_sources.ContainsKey(key))
                {
                    throw Fail(element, $"the source key '{key}' is not in <sources>");
                }
            }

            return string.Join(" ", keys);
        }

        private ApiVersionSet ParseApi(XElement element, string text)
        {
            var set = ApiVersionSet.None;
            foreach (var token in Tokens(text))
            {
                set |= ParseEnum<PortOneApiVersion>(element, "api", token) == PortOneApiVersion.V1 ? ApiVersionSet.V1 : ApiVersionSet.V2;
            }

            return set != ApiVersionSet.None ? set : throw Fail(element, "the attribute 'api' names no version");
        }

        private TEnum ParseEnum<TEnum>(XElement element, string attribute, string text)
            where TEnum : struct, Enum =>
            text.Length > 0 && char.IsLetter(text[0]) && Enum.TryParse<TEnum>(text, ignoreCase: false, out var value)
                ? value
                : throw Fail(element, $"'{text}' in the attribute '{attribute}' is not a {typeof(TEnum).Name}");

        private string Required(XElement element, string attribute)
        {
            var value = element.Attribute(attribute)?.Value;
            return string.IsNullOrWhiteSpace(value)
                ? throw Fail(element, $"<{element.Name.LocalName}> needs the attribute '{attribute}'")
                : value!;
        }

        private Dictionary<string, XElement> Sections(XElement root, params string[] names)
        {
            var sections = new Dictionary<string, XElement>(StringComparer.Ordinal);
            foreach (var element in root.Elements())
            {
                var name = element.Name.LocalName;
                if (Array.IndexOf(names, name) < 0 || sections.ContainsKey(name))
                {
                    throw Fail(element, $"unexpected element <{name}>");
                }

                Expect(element, name, name == "industries" ? ["source"] : []);
                sections.Add(name, element);
            }

            foreach (var name in names.Where(n => !sections.ContainsKey(n)))
            {
                throw Fail(root, $"the section <{name}> is missing");
            }

            return sections;
        }

        private IEnumerable<XElement> Children(XElement parent, string name, params string[] attributes)
        {
            foreach (var element in parent.Elements())
            {
                if (element.Name.LocalName != name)
                {
                    throw Fail(element, $"unexpected element <{element.Name.LocalName}> in <{parent.Name.LocalName}>");
                }

                Expect(element, name, attributes);
                yield return element;
            }
        }

        private void Expect(XElement element, string name, params string[] attributes)
        {
            if (element.Name.LocalName != name || element.Name.NamespaceName.Length > 0)
            {
                throw Fail(element, $"expected <{name}>, found <{element.Name}>");
            }

            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                if (Array.IndexOf(attributes, attribute.Name.LocalName) < 0)
                {
                    throw Fail(element, $"unexpected attribute '{attribute.Name}' on <{name}>");
                }
            }
        }

        /// <summary>The tokens of a list attribute, split as <see cref="ProviderCatalog.SourceKeys"/> splits a source.</summary>
        private static string[] Tokens(string text) =>
            text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);

        private InvalidDataException Fail(XObject at, string message)
        {
            var line = ((IXmlLineInfo)at).HasLineInfo() ? ", line " + ((IXmlLineInfo)at).LineNumber.ToString(CultureInfo.InvariantCulture) : string.Empty;
            return new InvalidDataException($"Provider catalog ({origin}{line}): {message}.");
        }
    }
}
