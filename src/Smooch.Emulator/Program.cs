using Microsoft.AspNetCore.Builder;

WebApplication app = WebApplication.CreateBuilder(args).Build();
app.Run();
