using TopLeft.AppHost;

// Reads like eShop's Aspire AppHost: backing resources first, then the projects that use them.
// Resources start one after another in this order (two `dotnet run` builds at once would fight over
// shared obj/ folders) and stop in reverse order on Ctrl+C.
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres", port: 55432)
    .AddDatabase("topleft");

// Without redis-server the Host falls back to its in-process cache, so Redis is optional.
var redis = builder.AddRedis("redis", port: 56379);

// Skipped (and left out of the Host's settings) until src/TopLeft.PsaSimulator exists.
var psaSimulator = builder.AddProject("psa-simulator", "src/TopLeft.PsaSimulator", port: 5090)
    .WithUrlsArgument();

// The mail catcher: every mail the Host sends lands here; read them at http://127.0.0.1:1080.
builder.AddExecutable("mail", "bash", port: 1080, args: port =>
    ["-c", $"cd tools/maildev && (test -d node_modules || npm ci --no-audit --no-fund) && exec node node_modules/maildev/bin/maildev --web {port} --smtp 1025 --ip 127.0.0.1"]);

builder.AddProject("host", "src/TopLeft.Host", port: 5080)
    .WithReference(postgres)
    .WithReference(redis)
    .WithEnvironment("Integrations__Simulator__Url", psaSimulator)
    .WithEnvironment("Email__Smtp__Port", "1025")
    // The demo workspace: browse http://demo.localhost:5080 (browsers resolve *.localhost to this machine).
    .WithEnvironment("Accounts__DemoTenant", "demo")
    .WithEnvironment("Accounts__DemoAdminPassword", "topleft-demo")
    .WithHttpHealthCheck("/health");

return await builder.Build().RunAsync();
