var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/healthz", () => Results.Ok());
app.Run();

/// <summary>Lets tests host the real app.</summary>
public partial class Program;
