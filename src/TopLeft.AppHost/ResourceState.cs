namespace TopLeft.AppHost;

internal enum ResourceState
{
    Pending,
    Starting,
    Running,
    Stopping,
    Stopped,
    Exited,
    Failed,
    Skipped,
}
