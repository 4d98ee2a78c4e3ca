namespace TopLeft.Shared.Data;

/// <summary>One module's DbContext, registered so start-up can migrate it and the dispatcher can drain its outbox.</summary>
public sealed record ModuleDatabase(Type ContextType, string Schema);
