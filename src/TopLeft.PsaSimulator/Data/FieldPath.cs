using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TopLeft.PsaSimulator.Data;

/// <summary>
/// Reads a field of a stored entity by its JSON path (<c>board/id</c>, <c>queueID</c>), matching names
/// case-insensitively as both PSAs do. Resolution is cached per type and path, so filtering 100k rows
/// costs a few property reads each.
/// </summary>
internal sealed class FieldPath
{
    private static readonly ConcurrentDictionary<(Type, string), FieldPath?> Cache = new();
    private readonly PropertyInfo[] chain;
    private readonly Func<object, object?> getter;

    private FieldPath(Type root, string path, PropertyInfo[] chain)
    {
        Path = path;
        this.chain = chain;
        getter = Compile(root, chain);
    }

    public string Path { get; }

    public Type ValueType => Nullable.GetUnderlyingType(chain[^1].PropertyType) ?? chain[^1].PropertyType;

    public static FieldPath? Resolve(Type type, string path) =>
        Cache.GetOrAdd((type, path.ToUpperInvariant()), key => Build(key.Item1, path));

    public object? Get(object entity) => getter(entity);

    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    public static IEnumerable<PropertyInfo> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null);

    private static FieldPath? Build(Type type, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var chain = new PropertyInfo[segments.Length];
        var current = type;
        for (var i = 0; i < segments.Length; i++)
        {
            var property = JsonProperties(current)
                .FirstOrDefault(p => string.Equals(JsonName(p), segments[i], StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                return null;
            }

            chain[i] = property;
            current = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return IsScalar(current) ? new FieldPath(type, path, chain) : null;
    }

    /// <summary>
    /// Compiles the chain into one null-safe delegate: filters and sorts call it for every row, where
    /// reflection would dominate the cost of a 100k-row scan.
    /// </summary>
    private static Func<object, object?> Compile(Type root, PropertyInfo[] chain)
    {
        var parameter = Expression.Parameter(typeof(object), "entity");
        var result = Expression.Variable(typeof(object), "result");
        Expression current = Expression.Convert(parameter, root);
        var body = new List<Expression>();
        var variables = new List<ParameterExpression> { result };
        var end = Expression.Label("end");
        for (var i = 0; i < chain.Length; i++)
        {
            var value = Expression.Variable(chain[i].PropertyType, $"v{i}");
            variables.Add(value);
            body.Add(Expression.Assign(value, Expression.Property(current, chain[i])));
            if (i < chain.Length - 1 && !chain[i].PropertyType.IsValueType)
            {
                body.Add(Expression.IfThen(Expression.Equal(value, Expression.Constant(null, chain[i].PropertyType)), Expression.Return(end)));
            }

            current = value;
        }

        body.Add(Expression.Assign(result, Expression.Convert(current, typeof(object))));
        body.Add(Expression.Label(end));
        body.Add(result);
        return Expression.Lambda<Func<object, object?>>(Expression.Block(variables, body), parameter).Compile();
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || type == typeof(DateTime) || type == typeof(Guid);
}
