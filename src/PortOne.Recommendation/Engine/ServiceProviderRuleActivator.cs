using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using NRules.Extensibility;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace PortOne.Recommendation;

/// <summary>
/// Creates the caller's rule classes from the application's service container, so a rule may take services in its
/// constructor (a rule class the container does not register is created with its constructor's services resolved),
/// and resolves the services a rule asks for with NRules' <c>Dependency()</c> in its conditions, as NRules' own
/// container integrations do. The engine is a singleton, so the services come from the root container: register
/// singletons for rules.
/// </summary>
internal sealed class ServiceProviderRuleActivator(IServiceProvider services) : IRuleActivator, IDependencyResolver
{
    public IEnumerable<Rule> Activate(Type type) => [(Rule)ActivatorUtilities.GetServiceOrCreateInstance(services, type)];

    public object Resolve(IResolutionContext context, Type serviceType) => services.GetRequiredService(serviceType);
}
