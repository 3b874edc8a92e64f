#if NET8_0_OR_GREATER
using System;
using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace PortOne.Recommendation;

/// <summary>
/// NRules' expression compiler for the engine's rule sets: FastExpressionCompiler emits the IL of each condition and
/// action itself, which compiles the rules faster than <see cref="LambdaExpression.Compile()"/> and gives delegates
/// that are cheaper to call; an expression it cannot compile falls back to the BCL's compiler. net8.0 only: the
/// netstandard2.0 build compiles with the BCL.
/// </summary>
internal sealed class FastRuleExpressionCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
#endif
