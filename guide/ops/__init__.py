"""Running the guide in production: request ids and JSON logs, health checks, a 503 while the
database is away, and a limit on password-form attempts for restricted pages and documents."""
