# KcspSearch query service.
#   docker build -t kcsp-search .
#   docker run -p 8080:8080 -v kcsp-index:/app/index-data -e Kcsp__ApiKey=change-me kcsp-search
# Configuration: the same Kcsp__* variables as appsettings.json (see docs: Configuration).

# --- build: the SDK, restoring and publishing the API as the README builds it -------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Project files first, so the restore layer is reused while only sources change.
COPY Directory.Build.props Directory.Packages.props KcspSearch.sln ./
COPY src/KcspSearch.Minutes/KcspSearch.Minutes.csproj src/KcspSearch.Minutes/
COPY src/KcspSearch.Search/KcspSearch.Search.csproj src/KcspSearch.Search/
COPY src/KcspSearch.Indexer/KcspSearch.Indexer.csproj src/KcspSearch.Indexer/
COPY src/KcspSearch.Api/KcspSearch.Api.csproj src/KcspSearch.Api/
RUN dotnet restore src/KcspSearch.Api

COPY src/ src/
RUN dotnet publish src/KcspSearch.Api --no-restore -c Release -o /app

# --- runtime: ASP.NET Core, poppler's pdftotext for PDFs, curl for the health check, a non-root user ---------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends poppler-utils curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY --from=build /app ./
# The committed topic taxonomy, acronym glossary and sample minutes; a new volume starts with a copy of them,
# and the samples are indexed on the first start.
COPY --chown=$APP_UID index-data/ index-data/

# A 6 MB gen-0 budget: the GC sizes it from the L3 cache, which many servers report at 100+ MB, and keeps it resident
# (at a million chunks 360 MB instead of 415 MB after a query run, benchmarks/RESULTS.md). Only the environment
# sets it; runtimeconfig.json does not.
ENV DOTNET_GCgen0size=0x600000

ENV ASPNETCORE_HTTP_PORTS=8080 \
    Kcsp__IndexDirectory=/app/index-data \
    Kcsp__Inbox=/app/index-data/inbox \
    Kcsp__SamplesDirectory=/app/index-data/samples \
    Kcsp__ConfigDirectory=/app/index-data \
    Kcsp__RunIndexer=true

# The index, the inbox and processed/failed files live here and outlive the container.
VOLUME /app/index-data
EXPOSE 8080
USER $APP_UID

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl -fsS "http://localhost:${ASPNETCORE_HTTP_PORTS}/health/ready" > /dev/null || exit 1

# Stops on SIGTERM: the host finishes in-flight requests and the worker its current document (20 s).
ENTRYPOINT ["dotnet", "KcspSearch.Api.dll"]
