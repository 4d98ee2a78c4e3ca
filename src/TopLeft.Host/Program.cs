using TopLeft.Host;
using TopLeft.Host.Infrastructure;
using TopLeft.Host.Live;

// ASP.NET Core's request activity carries no OpenTelemetry tags unless this is set before the builder.
AppContext.SetSwitch("Microsoft.AspNetCore.Hosting.SuppressActivityOpenTelemetryData", false);

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddInfrastructure();
builder.AddModules();

var app = builder.Build();

app.UseInfrastructure();
app.MapDefaultEndpoints();
app.MapModules();
app.MapHub<LiveHub>("/hubs/live");
app.MapSpa();

return await app.RunCheckedAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
